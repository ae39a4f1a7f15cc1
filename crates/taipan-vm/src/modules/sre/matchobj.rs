//! `re.Match` objects, `Pattern.scanner()` (`_sre.SRE_Scanner`) and the iterator that
//! `Pattern.finditer()` returns.

use super::matcher::{Opts, Scratch, NONE};
use super::{
    bounds_of, byte_offset, char_index, classes, expand_into, finish_text, get_template,
    group_index, pat_of, split_self, subject, truncate_chars, Conv, Pat, Searcher, Subject,
};
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub struct MatchData {
    pub pattern: Value,
    pub pat: Pat,
    pub string: Value,
    pub pos: usize,
    pub endpos: usize,
    /// Byte spans of group 0..n, (NONE, NONE) when a group did not take part.
    pub spans: Box<[(usize, usize)]>,
    /// Character spans, when they differ from the byte spans (non-ASCII str).
    pub cspans: Option<Box<[(usize, usize)]>>,
    pub lastindex: u32,
}

impl MatchData {
    fn cspan(&self, g: usize) -> (usize, usize) {
        match &self.cspans {
            Some(c) => c[g],
            None => self.spans[g],
        }
    }

    fn value(&self, vm: &Vm, g: usize, default: &Value) -> Value {
        let (a, b) = self.spans[g];
        if a == NONE {
            return default.clone();
        }
        match self.string.payload() {
            Some(crate::value::Payload::Str(s)) => vm.new_str(&s.as_str()[a..b]),
            Some(crate::value::Payload::Bytes(x)) => vm.new_bytes(x[a..b].to_vec()),
            _ => Value::None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn new_match(
    vm: &mut Vm,
    pattern: &Value,
    pat: &Pat,
    s: &Subject,
    conv: &mut Conv,
    pos: usize,
    endpos: usize,
    b: usize,
    e: usize,
    sc: &Scratch,
) -> Value {
    let groups = pat.prog.groups;
    let mut spans = Vec::with_capacity(groups);
    spans.push((b, e));
    for g in 1..groups {
        spans.push(sc.group(g).unwrap_or((NONE, NONE)));
    }
    let cspans = if s.utf8 {
        let mut c = Vec::with_capacity(groups);
        for &(x, y) in &spans {
            if x == NONE {
                c.push((NONE, NONE));
            } else {
                let cx = char_index(s, conv, x);
                let cy = char_index(s, conv, y);
                c.push((cx, cy));
            }
        }
        // Leave the conversion point at the match's end, where the next search starts.
        char_index(s, conv, e);
        Some(c.into_boxed_slice())
    } else {
        None
    };
    let data = MatchData {
        pattern: pattern.clone(),
        pat: pat.clone(),
        string: s.val.clone(),
        pos,
        endpos,
        spans: spans.into_boxed_slice(),
        cspans,
        lastindex: sc.lastindex,
    };
    let cls = classes().match_.clone();
    vm.new_native(&cls, data)
}

pub const MATCH_METHODS: &[(&str, NativeFn)] = &[
    // Only the engine makes matches; the message names the type as CPython's tp_name.
    ("__new__", |vm, _| {
        Err(vm.type_error("cannot create 're.Match' instances"))
    }),
    ("group", match_group),
    ("__getitem__", match_getitem),
    ("groups", match_groups),
    ("groupdict", match_groupdict),
    ("start", |vm, a| match_pos(vm, a, "start", 0)),
    ("end", |vm, a| match_pos(vm, a, "end", 1)),
    ("span", |vm, a| match_pos(vm, a, "span", 2)),
    ("expand", match_expand),
    ("__repr__", match_repr),
    ("__copy__", super::return_self),
    ("__deepcopy__", super::return_self),
];

pub const MATCH_PROPS: &[(&str, NativeFn)] = &[
    ("pos", |vm, a| {
        with_match(vm, &a, |_, m| Value::Int(m.pos as i64))
    }),
    ("endpos", |vm, a| {
        with_match(vm, &a, |_, m| Value::Int(m.endpos as i64))
    }),
    ("string", |vm, a| {
        with_match(vm, &a, |_, m| m.string.clone())
    }),
    ("re", |vm, a| with_match(vm, &a, |_, m| m.pattern.clone())),
    ("lastindex", |vm, a| {
        with_match(vm, &a, |_, m| {
            if m.lastindex == 0 {
                Value::None
            } else {
                Value::Int(i64::from(m.lastindex))
            }
        })
    }),
    ("lastgroup", |vm, a| {
        with_match(vm, &a, |vm, m| {
            let li = m.lastindex as usize;
            match m.pat.names.iter().find(|(_, g)| *g == li && li != 0) {
                Some((n, _)) => vm.new_str(n.as_str()),
                None => Value::None,
            }
        })
    }),
    ("regs", |vm, a| {
        with_match(vm, &a, |vm, m| {
            let items = (0..m.spans.len())
                .map(|g| span_tuple(vm, m.cspan(g)))
                .collect();
            vm.new_tuple(items)
        })
    }),
];

fn span_tuple(vm: &Vm, (a, b): (usize, usize)) -> Value {
    let f = |x: usize| Value::Int(if x == NONE { -1 } else { x as i64 });
    vm.new_tuple(vec![f(a), f(b)])
}

fn with_match(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut Vm, &MatchData) -> Value) -> PyResult {
    let Some(this) = args.pos.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let m = vm.native_mut::<MatchData>(this, "re.Match")?;
    Ok(f(vm, &m))
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult {
    let (this, args) = split_self(vm, args)?;
    args.no_keywords(vm, "group")?;
    let m = vm.native_mut::<MatchData>(&this, "re.Match")?;
    let pat = m.pat.clone();
    match args.pos.len() {
        0 => Ok(m.value(vm, 0, &Value::None)),
        1 => {
            let g = group_index(vm, &pat, &args.pos[0])?;
            Ok(m.value(vm, g, &Value::None))
        }
        _ => {
            let mut items = Vec::with_capacity(args.pos.len());
            for a in args.pos.iter() {
                let g = group_index(vm, &pat, a)?;
                items.push(m.value(vm, g, &Value::None));
            }
            Ok(vm.new_tuple(items))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__getitem__", 2, 2)?;
    let m = vm.native_mut::<MatchData>(&args.pos[0], "re.Match")?;
    let pat = m.pat.clone();
    let g = group_index(vm, &pat, &args.pos[1])?;
    Ok(m.value(vm, g, &Value::None))
}

fn match_groups(vm: &mut Vm, args: Args) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let a = args.bind(vm, "groups", &["default"], 0)?;
    let default = a[0].clone().unwrap_or(Value::None);
    let m = vm.native_mut::<MatchData>(&this, "re.Match")?;
    let items = (1..m.spans.len())
        .map(|g| m.value(vm, g, &default))
        .collect();
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let a = args.bind(vm, "groupdict", &["default"], 0)?;
    let default = a[0].clone().unwrap_or(Value::None);
    let (pat, values) = {
        let m = vm.native_mut::<MatchData>(&this, "re.Match")?;
        let pat = m.pat.clone();
        let values: Vec<Value> = pat
            .names
            .iter()
            .map(|(_, g)| m.value(vm, *g, &default))
            .collect();
        (pat, values)
    };
    let d = vm.new_dict();
    for ((name, _), v) in pat.names.iter().zip(values) {
        let k = vm.new_str(name.as_str());
        vm.dict_set_item(&d, k, v)?;
    }
    Ok(d)
}

/// start (0), end (1) or span (2) of a group.
fn match_pos(vm: &mut Vm, args: Args, name: &str, what: u8) -> PyResult {
    let (this, args) = split_self(vm, args)?;
    args.no_keywords(vm, name)?;
    args.check_positional(vm, name, 0, 1)?;
    let pat = vm.native_mut::<MatchData>(&this, "re.Match")?.pat.clone();
    let g = match args.pos.first() {
        Some(v) => group_index(vm, &pat, v)?,
        None => 0,
    };
    let m = vm.native_mut::<MatchData>(&this, "re.Match")?;
    let (a, b) = m.cspan(g);
    let f = |x: usize| Value::Int(if x == NONE { -1 } else { x as i64 });
    Ok(match what {
        0 => f(a),
        1 => f(b),
        _ => vm.new_tuple(vec![f(a), f(b)]),
    })
}

fn match_expand(vm: &mut Vm, args: Args) -> PyResult {
    let (this, args) = split_self(vm, args)?;
    args.one_arg(vm, "expand")?;
    let (pat, string, spans) = {
        let m = vm.native_mut::<MatchData>(&this, "re.Match")?;
        (m.pat.clone(), m.string.clone(), m.spans.clone())
    };
    let t = get_template(vm, &pat, &args.pos[0])?;
    let s = subject(vm, &pat, &string)?;
    let mut out = Vec::new();
    expand_into(&mut out, &t, s.bytes(), |g| {
        let (a, b) = spans[g];
        (a != NONE).then_some((a, b))
    });
    Ok(finish_text(vm, s.is_str, out))
}

fn match_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__repr__", 1, 1)?;
    let (span, g0) = {
        let m = vm.native_mut::<MatchData>(&args.pos[0], "re.Match")?;
        (m.cspan(0), m.value(vm, 0, &Value::None))
    };
    let r = vm.repr(&g0)?;
    let r = truncate_chars(&r, 50);
    Ok(vm.new_str(format!(
        "<re.Match object; span=({}, {}), match={r}>",
        span.0, span.1
    )))
}

/// The state of `Pattern.scanner()` and of `finditer()`'s iterator.
pub struct ScanData {
    pattern: Value,
    pat: Pat,
    string: Value,
    pos: usize,
    endpos: usize,
    searcher: Searcher,
    conv: Conv,
}

/// `finditer` (an iterator) or `scanner` (an SRE_Scanner).
pub fn pattern_scanner(vm: &mut Vm, args: Args, iter: bool) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let pat = pat_of(vm, &this)?;
    let fname = if iter { "finditer" } else { "scanner" };
    let a = args.bind(vm, fname, &["string", "pos", "endpos"], 1)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let s = subject(vm, &pat, &string)?;
    let (pos, endpos) = bounds_of(vm, &s, a[1].as_ref(), a[2].as_ref())?;
    let mut conv = Conv::load(&s);
    let bpos = byte_offset(&s, &mut conv, pos);
    let bend = byte_offset(&s, &mut conv, endpos);
    let data = ScanData {
        pattern: this.clone(),
        pat,
        string,
        pos,
        endpos,
        searcher: Searcher {
            end: bend,
            start: bpos,
            must_advance: false,
            done: false,
        },
        conv,
    };
    let c = classes();
    let cls = if iter {
        c.iter.clone()
    } else {
        c.scanner.clone()
    };
    Ok(vm.new_native(&cls, data))
}

/// The next match of a scanner (`search` semantics) or its next `match()`.
fn scan_next(vm: &mut Vm, this: &Value, anchored: bool) -> PyResult {
    let (pattern, pat, string, pos, endpos, mut searcher, mut conv) = {
        let d = vm.native_mut::<ScanData>(this, "_sre.SRE_Scanner")?;
        (
            d.pattern.clone(),
            d.pat.clone(),
            d.string.clone(),
            d.pos,
            d.endpos,
            Searcher { ..d.searcher },
            d.conv,
        )
    };
    let s = subject(vm, &pat, &string)?;
    let mut sc = pat.scratch.take();
    let found = if anchored {
        if searcher.done || searcher.start > searcher.end {
            searcher.done = true;
            None
        } else {
            let opts = Opts {
                match_all: false,
                must_advance: searcher.must_advance,
            };
            let t = &s.bytes()[..searcher.end];
            let r = if s.utf8 {
                super::matcher::match_at(
                    &pat.prog,
                    super::matcher::Utf8(t),
                    searcher.start,
                    opts,
                    &mut sc,
                )
            } else {
                super::matcher::match_at(
                    &pat.prog,
                    super::matcher::Narrow(t),
                    searcher.start,
                    opts,
                    &mut sc,
                )
            };
            match r {
                Some(e) => {
                    let b = searcher.start;
                    searcher.must_advance = e == b;
                    searcher.start = e;
                    Some((b, e))
                }
                None => {
                    searcher.done = true;
                    None
                }
            }
        }
    } else {
        searcher.next(&pat, &s, &mut sc)
    };
    let r = match found {
        Some((b, e)) => new_match(vm, &pattern, &pat, &s, &mut conv, pos, endpos, b, e, &sc),
        None => Value::None,
    };
    pat.scratch.replace(sc);
    let mut d = vm.native_mut::<ScanData>(this, "_sre.SRE_Scanner")?;
    d.searcher = searcher;
    d.conv = conv;
    Ok(r)
}

pub const SCANNER_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", |vm, _| {
        Err(vm.type_error("cannot create '_sre.SRE_Scanner' instances"))
    }),
    ("match", |vm, a| {
        a.positional(vm, "match", 1, 1)?;
        scan_next(vm, &a.pos[0], true)
    }),
    ("search", |vm, a| {
        a.positional(vm, "search", 1, 1)?;
        scan_next(vm, &a.pos[0], false)
    }),
];

pub fn scanner_pattern(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let d = vm.native_mut::<ScanData>(this, "_sre.SRE_Scanner")?;
    Ok(d.pattern.clone())
}

pub const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", super::return_self),
    ("__next__", |vm, a| {
        a.positional(vm, "__next__", 1, 1)?;
        let m = scan_next(vm, &a.pos[0], false)?;
        if m.is_none() {
            return Err(vm.stop_iteration(Value::None));
        }
        Ok(m)
    }),
];
