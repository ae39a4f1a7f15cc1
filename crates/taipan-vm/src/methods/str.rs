//! str methods.

use crate::objects::{int, sequence, unicode};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("isidentifier", isidentifier),
    ("isascii", isascii),
    ("istitle", istitle),
    ("isprintable", isprintable),
    ("title", title),
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("format", super::str_format::format),
    ("format_map", super::str_format::format_map),
    ("encode", encode),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("expandtabs", expandtabs),
    ("translate", translate),
    ("__len__", len),
];

/// Registered as staticmethods on str.
pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", maketrans)];

pub(super) fn this(vm: &Vm, args: &Args) -> PyResult<String> {
    match args.pos.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

/// The receiver itself when a method returns its input unchanged (CPython returns the
/// same object for an exact str), else a new str with the same text.
fn unchanged(vm: &Vm, args: &Args, s: String) -> Value {
    match args.pos.first() {
        Some(v) if std::rc::Rc::ptr_eq(vm.type_of(v), &vm.types.str_) => v.clone(),
        _ => vm.new_str(s),
    }
}

fn str_arg(vm: &Vm, args: &Args, i: usize, fname: &str) -> PyResult<Option<String>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.type_error(format!("{fname} arg must be None or str"))),
        },
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let sep = this(vm, &args)?;
    let items = vm.iterate(&args.pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s.as_str()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(vm.new_str(out))
}

fn maxsplit(vm: &mut Vm, args: &mut Args, i: usize) -> PyResult<i64> {
    match args
        .take_kw("maxsplit")
        .or_else(|| args.pos.get(i).cloned())
    {
        Some(v) => int::ssize_arg(vm, &v),
        None => Ok(-1),
    }
}

fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult {
    let sep_kw = args.take_kw("sep");
    if let Some(s) = sep_kw {
        args.pos.insert(1, s);
    }
    let s = this(vm, &args)?;
    let sep = str_arg(vm, &args, 1, "split")?;
    let max = maxsplit(vm, &mut args, 2)?;
    let mut parts: Vec<String> = match &sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if max < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else if right {
                let mut v: Vec<String> = s
                    .rsplitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            // Whitespace as str.isspace sees it; runs of it separate, ends are dropped.
            let sp = unicode::is_space;
            let words: Vec<&str> = s.split(sp).filter(|w| !w.is_empty()).collect();
            if max < 0 || words.len() <= max as usize {
                words.into_iter().map(String::from).collect()
            } else if right {
                // Keep the leftmost remainder intact (with its inner whitespace).
                let mut out = Vec::new();
                let mut rest = s.trim_end_matches(sp);
                for _ in 0..max {
                    let cut = rest
                        .rfind(sp)
                        .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                        .unwrap_or(0);
                    out.push(rest[cut..].to_string());
                    rest = rest[..cut].trim_end_matches(sp);
                }
                out.push(rest.to_string());
                out.reverse();
                out
            } else {
                let mut out = Vec::new();
                let mut rest = s.trim_start_matches(sp);
                for _ in 0..max {
                    let cut = rest.find(sp).unwrap_or(rest.len());
                    out.push(rest[..cut].to_string());
                    rest = rest[cut..].trim_start_matches(sp);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            }
        }
    };
    if sep.is_none() {
        parts.retain(|p| !p.is_empty());
    }
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, false)
}
fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, true)
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult {
    let s = this(vm, &args)?;
    let chars = str_arg(vm, &args, 1, "strip")?;
    let matcher = |c: char| match &chars {
        Some(cs) => cs.contains(c),
        None => unicode::is_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(matcher);
    }
    if right {
        r = r.trim_end_matches(matcher);
    }
    Ok(vm.new_str(r.to_string()))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, false, true)
}

fn upper(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(s.to_uppercase()))
}
fn lower(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(s.to_lowercase()))
}
fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(unicode::swapcase(&s)))
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(unicode::casefold(&s)))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "replace", 3, 4)?;
    let s = this(vm, &args)?;
    for (i, a) in args.pos[1..3].iter().enumerate() {
        if a.as_str().is_none() {
            return Err(vm.type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                vm.type_name(a)
            )));
        }
    }
    let old = str_arg(vm, &args, 1, "replace")?.unwrap_or_default();
    let new = str_arg(vm, &args, 2, "replace")?.unwrap_or_default();
    let count = match args.pos.get(3) {
        Some(c) => int::ssize_arg(vm, c)?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(r))
}

/// Resolves optional start/end (character indices) to a char-bounded substring window.
/// The `[start:end]` window of find/count/startswith..., as character indices; None
/// when start lies beyond the end (then nothing matches, not even "").
fn window(vm: &mut Vm, s: &str, args: &Args, i: usize) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let get = |vm: &mut Vm, k: usize, default: i64| -> PyResult<i64> {
        match args.pos.get(k) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let x = int::clamped_arg(vm, v)?;
                Ok(if x < 0 { x.saturating_add(n).max(0) } else { x })
            }
        }
    };
    let a = get(vm, i, 0)?;
    let b = get(vm, i + 1, n)?.min(n);
    if a > n {
        return Ok(None);
    }
    Ok(Some((a as usize, b.max(a) as usize)))
}

fn byte_of(s: &str, ci: usize) -> usize {
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}

fn affix(vm: &mut Vm, args: Args, ends: bool) -> PyResult {
    let s = this(vm, &args)?;
    let Some((a, b)) = window(vm, &s, &args, 2)? else {
        return Ok(Value::Bool(false));
    };
    let sub = &s[byte_of(&s, a)..byte_of(&s, b)];
    let test = |p: &str| {
        if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    let name = if ends { "endswith" } else { "startswith" };
    match args.pos.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(p)) => Ok(Value::Bool(test(p.as_str()))),
        Some(Payload::Tuple(t)) => {
            for p in t.iter() {
                match p.as_str() {
                    Some(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(p)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let tn = args.pos.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, args, false)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, args, true)
}

fn find_impl(vm: &mut Vm, args: &Args, right: bool) -> PyResult<i64> {
    let s = this(vm, args)?;
    let Some(sub) = args
        .pos
        .get(1)
        .and_then(|v| v.as_str())
        .map(|p| p.as_str().to_string())
    else {
        let tn = args.pos.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    let Some((a, b)) = window(vm, &s, args, 2)? else {
        return Ok(-1);
    };
    let (ba, bb) = (byte_of(&s, a), byte_of(&s, b));
    let hay = &s[ba..bb];
    let found = if right {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(match found {
        Some(bi) => (a + hay[..bi].chars().count()) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, false)?))
}
fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, true)?))
}
fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let sub = str_arg(vm, &args, 1, "count")?.unwrap_or_default();
    let Some((a, b)) = window(vm, &s, &args, 2)? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[byte_of(&s, a)..byte_of(&s, b)];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn pred(vm: &mut Vm, args: Args, f: fn(char) -> bool) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn isdigit(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, unicode::is_digit)
}
fn isdecimal(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, unicode::is_decimal)
}
fn isnumeric(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, unicode::is_numeric)
}
fn isalpha(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, unicode::is_alpha)
}
fn isalnum(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, |c| unicode::is_alpha(c) || unicode::is_numeric(c))
}
fn isspace(vm: &mut Vm, args: Args) -> PyResult {
    pred(vm, args, unicode::is_space)
}
fn isprintable(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(s.chars().all(unicode::is_printable)))
}
fn isascii(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(s.is_ascii()))
}
fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(unicode::istitle(&s)))
}
fn isidentifier(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => {
            (c == '_' || unicode::is_alpha(c))
                && cs.all(|c| {
                    c == '_'
                        || unicode::is_alpha(c)
                        || unicode::is_decimal(c)
                        || c.is_alphanumeric()
                })
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}
fn isupper(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(unicode::is_all_case(&s, true)))
}
fn islower(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(Value::Bool(unicode::is_all_case(&s, false)))
}

fn title(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(unicode::title(&s)))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    Ok(vm.new_str(unicode::capitalize(&s)))
}

fn pad(vm: &mut Vm, args: Args, how: char) -> PyResult {
    args.check(vm, "center", 2, 3)?;
    let s = this(vm, &args)?;
    let width = int::ssize_arg(vm, &args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(f) => match f.as_str().filter(|f| f.char_len() == 1) {
            Some(f) => f.as_str().chars().next().unwrap_or(' '),
            None => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
        },
        None => ' ',
    };
    let n = s.chars().count();
    if width <= n {
        return Ok(vm.new_str(s));
    }
    let total = width - n;
    if !sequence::fits_alloc(fill.len_utf8(), total) {
        return Err(vm.memory_error());
    }
    let (left, right) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(vm.new_str(format!("{}{}{}", f.repeat(left), s, f.repeat(right))))
}

fn center(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, args, '^')
}
fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, args, '<')
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, args, '>')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "zfill", 2, 2)?;
    let s = this(vm, &args)?;
    let width = int::ssize_arg(vm, &args.pos[1])?.max(0) as usize;
    let n = s.chars().count();
    if width <= n {
        return Ok(vm.new_str(s));
    }
    if !sequence::fits_alloc(1, width - n) {
        return Err(vm.memory_error());
    }
    let zeros = "0".repeat(width - n);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(vm.new_str(out))
}

fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let keep = match args
        .take_kw("keepends")
        .or_else(|| args.pos.get(1).cloned())
    {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let s = this(vm, &args)?;
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    let items = out.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult {
    let s = this(vm, &args)?;
    let sep = str_arg(vm, &args, 1, "partition")?.unwrap_or_default();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(&sep) } else { s.find(&sep) };
    let (a, b, c) = match found {
        Some(i) => (
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ),
        None if right => (String::new(), String::new(), s.clone()),
        None => (s.clone(), String::new(), String::new()),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let p = str_arg(vm, &args, 1, "removeprefix")?.unwrap_or_default();
    Ok(vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s).to_string()))
}
fn removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let p = str_arg(vm, &args, 1, "removesuffix")?.unwrap_or_default();
    Ok(vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s).to_string()))
}

/// str.expandtabs(tabsize=8): a tab advances to the next multiple of tabsize (none
/// when tabsize <= 0); '\n' and '\r' restart the column.
fn expandtabs(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let kw = args.take_kw("tabsize");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for expandtabs()"
        )));
    }
    let given = args.pos.len() - 1 + usize::from(kw.is_some());
    if given > 1 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({given} given)"
        )));
    }
    let tabsize = match kw.or_else(|| args.pos.get(1).cloned()) {
        // Converted as a C int.
        Some(v) => match i32::try_from(int::clamped_arg(vm, &v)?) {
            Ok(t) => t.max(0) as u64,
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(unchanged(vm, &args, s));
    }
    // First pass: the size of the result, in bytes (tabs become spaces).
    let (mut bytes, mut col) = (0u64, 0u64);
    for c in s.chars() {
        let incr = match c {
            '\t' if tabsize > 0 => tabsize - col % tabsize,
            '\t' => 0,
            _ => 1,
        };
        col = if matches!(c, '\n' | '\r') {
            0
        } else {
            col + incr
        };
        let width = if c == '\t' { incr } else { c.len_utf8() as u64 };
        bytes = match bytes.checked_add(width).filter(|&b| b <= i64::MAX as u64) {
            Some(b) => b,
            None => return Err(vm.overflow_error("new string is too long")),
        };
    }
    if !sequence::fits_alloc(1, bytes as usize) {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(bytes as usize);
    col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

/// What a translate table says about one character.
enum Mapped {
    Keep,
    Delete,
    Code(u32),
    Text(String),
}

/// `table[ord(c)]` as str.translate reads it: LookupError keeps the character, None
/// deletes it, an int is a code point, a str replaces it; anything else is an error.
fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let v = match vm.get_item(table, &Value::Int(c as i64)) {
        Ok(v) => v,
        Err(e) if vm.is_instance_of(&e, &vm.exc.lookup_error.clone()) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if matches!(v, Value::None) {
        return Ok(Mapped::Delete);
    }
    if int::is_int(&v) {
        return match int::as_i64(&v).filter(|x| (0..=0x10ffff).contains(x)) {
            Some(x) => Ok(Mapped::Code(x as u32)),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    match v.as_str() {
        Some(t) => Ok(Mapped::Text(t.as_str().to_string())),
        None => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}

/// str.translate(table). Looks characters up exactly as often as CPython does, since a
/// table's __getitem__ may be Python code: an ASCII string first goes through a cached
/// pass that gives up at the first mapping to something other than one ASCII character,
/// and after a deleted character the following one is looked up twice.
fn translate(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = this(vm, &args)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.translate() takes no keyword arguments"));
    }
    args.pos.remove(0);
    args.check(vm, "str.translate", 1, 1)?;
    let table = args.pos[0].clone();
    if s.is_empty() {
        return Ok(unchanged(vm, &args, s));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    if s.is_ascii() {
        // Per character: None before its lookup, Some(None) when deleted.
        let mut cache: [Option<Option<u8>>; 128] = [None; 128];
        while i < chars.len() {
            let c = chars[i] as u8;
            let hit = match cache[c as usize] {
                Some(hit) => hit,
                None => {
                    let hit = match translate_lookup(vm, &table, chars[i])? {
                        Mapped::Keep => Some(c),
                        Mapped::Delete => None,
                        Mapped::Code(x) if x < 128 => Some(x as u8),
                        Mapped::Text(t) if t.len() == 1 && t.is_ascii() => Some(t.as_bytes()[0]),
                        _ => break,
                    };
                    cache[c as usize] = Some(hit);
                    hit
                }
            };
            if let Some(b) = hit {
                out.push(char::from(b));
            }
            i += 1;
        }
    }
    while i < chars.len() {
        match translate_lookup(vm, &table, chars[i])? {
            Mapped::Keep => out.push(chars[i]),
            Mapped::Code(x) => match char::from_u32(x) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(vm.not_implemented_error(
                        "Taipan does not support lone surrogates (U+D800..U+DFFF) in str yet",
                    ))
                }
            },
            Mapped::Text(t) => {
                if !sequence::fits_alloc(1, out.len() + t.len()) {
                    return Err(vm.memory_error());
                }
                out.push_str(&t);
            }
            Mapped::Delete => {
                // CPython skips the whole run of deleted characters, then looks up the
                // one that ended it again.
                i += 1;
                while i < chars.len() {
                    if !matches!(translate_lookup(vm, &table, chars[i])?, Mapped::Delete) {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
        }
        i += 1;
    }
    Ok(vm.new_str(out))
}

/// str.maketrans(x[, y[, z]]): a dict from code points to what translate maps them to.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    args.check(vm, "maketrans", 1, 3)?;
    let mut strs = Vec::new();
    for (k, v) in args.pos.iter().enumerate().skip(1) {
        match v.as_str() {
            Some(t) => strs.push(t.as_str().to_string()),
            None => {
                // Argument Clinic names None itself rather than NoneType.
                let tn = match v {
                    Value::None => "None".to_string(),
                    _ => vm.type_name(v),
                };
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {tn}",
                    k + 1
                )));
            }
        }
    }
    let new = vm.new_dict();
    let x = &args.pos[0];
    if let Some(y) = strs.first() {
        let Some(x) = x.as_str().map(|x| x.as_str().to_string()) else {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ));
        };
        if x.chars().count() != y.chars().count() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        for (a, b) in x.chars().zip(y.chars()) {
            vm.dict_set_item(&new, Value::Int(a as i64), Value::Int(b as i64))?;
        }
        for c in strs.get(1).map_or("", String::as_str).chars() {
            vm.dict_set_item(&new, Value::Int(c as i64), Value::None)?;
        }
        return Ok(new);
    }
    let entries: Vec<(Value, Value)> = match x.payload() {
        Some(Payload::Dict(d)) if std::rc::Rc::ptr_eq(vm.type_of(x), &vm.types.dict) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
    };
    for (k, v) in entries {
        let key = if let Some(ks) = k.as_str() {
            match ks.char_at(0) {
                Some(c) if ks.char_len() == 1 => Value::Int(c as i64),
                _ => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
            }
        } else if int::is_int(&k) {
            k
        } else {
            return Err(vm.type_error("keys in translate table must be strings or integers"));
        };
        vm.dict_set_item(&new, key, v)?;
    }
    Ok(new)
}

fn encode(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let me = args.pos.remove(0);
    let slots = args.bind(vm, "encode", &["encoding", "errors"], 0)?;
    let mut slots = slots.into_iter();
    let enc = crate::objects::bytes::text_arg(vm, slots.next().flatten(), "encode", "encoding")?;
    let errors = crate::objects::bytes::text_arg(vm, slots.next().flatten(), "encode", "errors")?;
    match (enc.as_deref(), errors.as_deref()) {
        (None | Some("utf-8"), None | Some("strict")) => Ok(vm.new_bytes(s.into_bytes())),
        (enc, errors) => {
            crate::objects::codecs::encode_str(vm, &me, &s, enc.unwrap_or("utf-8"), errors)
        }
    }
}
