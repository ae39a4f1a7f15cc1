//! `_sre`: the regular expression engine behind `lib/re/`. `compile(pattern, flags)`
//! parses (parser.rs, CPython's `_parser.py`), compiles (compile.rs) and returns a
//! `re.Pattern`; the matcher (matcher.rs) is a backtracking machine with an explicit
//! stack. Pattern and Match objects are native classes (this file and matchobj.rs);
//! `re.error` is the Python class `lib/re/__init__.py` registers with `_set_error`.
//!
//! Subjects are matched as bytes: a bytes object, an ASCII str (one byte per character)
//! or a str's UTF-8 text decoded on the fly. Character indices given to or returned by
//! the API are converted from byte offsets by counting characters; a per-thread cache of
//! the last conversion point on the last subject keeps loops such as
//! `while m := p.match(s, pos)` linear on non-ASCII text.

pub mod chars;
mod compile;
mod lexicon;
mod matcher;
mod matchobj;
mod parser;
mod template;

use crate::modules::sys::{module_set, new_module};
use crate::objects::native::native_class;
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use compile::Program;
use matcher::{Narrow, Opts, Scratch, Utf8};
use parser::{ReError, FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use template::Template;

pub struct PatternData {
    pub pattern: Value,
    pub flags: u32,
    pub is_bytes: bool,
    pub prog: Program,
    finder: Option<memchr::memmem::Finder<'static>>,
    pub names: Vec<(String, usize)>,
    scratch: RefCell<Scratch>,
    templates: RefCell<Vec<(Value, Rc<Template>)>>,
}

pub type Pat = Rc<PatternData>;

struct Classes {
    pattern: ObjRef,
    match_: ObjRef,
    scanner: ObjRef,
    iter: ObjRef,
}

thread_local! {
    static CLASSES: RefCell<Option<Rc<Classes>>> = const { RefCell::new(None) };
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// `types.MappingProxyType` (written in Python), which wraps `Pattern.groupindex`.
    static PROXY: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The last subject whose character/byte positions were converted, and a known
    /// (byte, char) pair on it.
    static CONV_CACHE: RefCell<Option<(Weak<PyObject>, usize, usize)>> = const { RefCell::new(None) };
}

fn classes() -> Rc<Classes> {
    CLASSES.with(|c| {
        c.borrow()
            .clone()
            .expect("_sre classes are created with the module")
    })
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_sre");
    let pattern = native_class(vm, "Pattern", "re", PATTERN_METHODS);
    let match_ = native_class(vm, "Match", "re", matchobj::MATCH_METHODS);
    let scanner = native_class(vm, "SRE_Scanner", "_sre", matchobj::SCANNER_METHODS);
    let iter = native_class(vm, "callable_iterator", "builtins", matchobj::ITER_METHODS);
    // CPython's C-level names, which its error messages use ('re.Pattern').
    for (cls, name) in [
        (&pattern, "re.Pattern"),
        (&match_, "re.Match"),
        (&scanner, "_sre.SRE_Scanner"),
    ] {
        *typeobj::ty(cls).tp_name.borrow_mut() = Some(std::rc::Rc::from(name));
    }
    add_props(vm, &pattern, PATTERN_PROPS);
    add_props(vm, &match_, matchobj::MATCH_PROPS);
    add_props(vm, &scanner, &[("pattern", matchobj::scanner_pattern)]);
    for cls in [&pattern, &match_] {
        let none = Value::None;
        typeobj::set_attr(vm, cls, "__doc__", none);
        typeobj::add_classmethods(vm, cls, &[("__class_getitem__", class_getitem)]);
    }
    CLASSES.with(|c| {
        *c.borrow_mut() = Some(Rc::new(Classes {
            pattern: pattern.clone(),
            match_: match_.clone(),
            scanner,
            iter,
        }))
    });
    module_set(vm, &m, "Pattern", Value::Obj(pattern));
    module_set(vm, &m, "Match", Value::Obj(match_));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("compile", sre_compile),
        ("_set_error", set_error),
        ("_scanner_compile", lexicon::scanner_compile),
        ("_latin1_decode", latin1_decode),
        ("_latin1_encode", latin1_encode),
        ("ascii_iscased", |vm, a| {
            char_fn(vm, a, "ascii_iscased", |c| {
                Value::Bool(chars::ascii_iscased(c))
            })
        }),
        ("unicode_iscased", |vm, a| {
            char_fn(vm, a, "unicode_iscased", |c| {
                Value::Bool(chars::unicode_iscased(c))
            })
        }),
        ("ascii_tolower", |vm, a| {
            char_fn(vm, a, "ascii_tolower", |c| {
                Value::Int(i64::from(chars::ascii_lower(c)))
            })
        }),
        ("unicode_tolower", |vm, a| {
            char_fn(vm, a, "unicode_tolower", |c| {
                Value::Int(i64::from(chars::lower(c)))
            })
        }),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    for (name, v) in [
        ("MAXREPEAT", i64::from(parser::MAXREPEAT)),
        ("MAXGROUPS", parser::MAXGROUPS as i64),
        ("CODESIZE", 4),
        ("MAGIC", 20221023),
    ] {
        module_set(vm, &m, name, Value::Int(v));
    }
    m
}

fn add_props(vm: &mut Vm, cls: &ObjRef, props: &[(&'static str, NativeFn)]) {
    for (name, f) in props {
        let fget = vm.new_builtin(name, *f);
        let p = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, cls, name, p);
    }
}

/// `re.Pattern[str]`, `re.Match[bytes]`: a generic alias.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__class_getitem__", 2, 2)?;
    Ok(vm.generic_alias(&args.pos[0], &args.pos[1]))
}

fn char_fn(vm: &mut Vm, args: Args, name: &str, f: fn(u32) -> Value) -> PyResult {
    args.positional(vm, name, 1, 1)?;
    let c = vm.index_of(&args.pos[0])?;
    Ok(f(c.clamp(0, u32::MAX as i64) as u32))
}

fn set_error(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_set_error", 1, 2)?;
    let cls = args.pos[0].clone();
    ERROR.with(|e| *e.borrow_mut() = Some(cls));
    if let Some(proxy) = args.pos.get(1) {
        PROXY.with(|p| *p.borrow_mut() = Some(proxy.clone()));
    }
    Ok(Value::None)
}

/// `bytes.decode('latin-1')`, for lib/re (Taipan's bytes has no methods yet).
fn latin1_decode(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_latin1_decode", 1, 1)?;
    match args.pos[0].payload() {
        Some(Payload::Bytes(b)) => Ok(vm.new_str(b.iter().map(|&c| c as char).collect::<String>())),
        _ => {
            let t = vm.type_name(&args.pos[0]);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {t} found"
            )))
        }
    }
}

/// `str.encode('latin-1')` for text known to be Latin-1.
fn latin1_encode(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_latin1_encode", 1, 1)?;
    match args.pos[0].as_str() {
        Some(s) => Ok(vm.new_bytes(s.as_str().chars().map(|c| c as u32 as u8).collect())),
        None => Err(vm.type_error("expected str")),
    }
}

/// The exception for a compile (or template) error; `source` is the pattern or
/// template the position refers to.
fn raise(vm: &mut Vm, e: ReError, source: &Value) -> Value {
    match e {
        ReError::Error { msg, pos } => {
            let cls = ERROR.with(|c| c.borrow().clone());
            let Some(cls) = cls else {
                return vm.value_error(msg);
            };
            let m = vm.new_str(msg);
            let (pattern, pos) = match pos {
                Some(p) => (source.clone(), Value::Int(p as i64)),
                None => (Value::None, Value::None),
            };
            match vm.call(&cls, Args::new([m, pattern, pos])) {
                Ok(exc) | Err(exc) => exc,
            }
        }
        ReError::Overflow(m) => vm.overflow_error(m),
        ReError::Value(m) => vm.value_error(m),
        ReError::Index(m) => vm.index_error(m),
        ReError::NotImplemented(m) => vm.not_implemented_error(m),
    }
}

/// The code points of a str or bytes (bytes as Latin-1).
fn code_points(v: &Value) -> Option<(Vec<u32>, bool)> {
    match v.payload() {
        Some(Payload::Str(s)) => Some((s.as_str().chars().map(|c| c as u32).collect(), true)),
        Some(Payload::Bytes(b)) => Some((b.iter().map(|&c| u32::from(c)).collect(), false)),
        _ => None,
    }
}

/// `_sre.compile(pattern, flags)`.
fn sre_compile(vm: &mut Vm, args: Args) -> PyResult {
    // CPython's re package calls compile(pattern, flags, code, groups, groupindex,
    // indexgroup) with its own parser's program: Taipan compiles the pattern itself
    // (same syntax, same flags) and ignores the rest.
    args.positional(vm, "compile", 2, 6)?;
    let pattern = args.pos[0].clone();
    if args.pos.len() > 2 && pattern.is_none() {
        return Err(vm.not_implemented_error(
            "Taipan's _sre cannot run a program compiled without its pattern string (re.Scanner of CPython's re)",
        ));
    }
    let flags = vm.index_of(&args.pos[1])?;
    let Some((cps, is_text)) = code_points(&pattern) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    // Unknown flag bits are kept (Pattern.flags and the repr show them) but ignored.
    let extra = (flags as u32) & !0x1ff;
    let flags = (flags & 0x1ff) as u32;
    let parsed = parser::parse_pattern(&cps, is_text, flags).map_err(|e| raise(vm, e, &pattern))?;
    let prog = compile::compile(&parsed, !is_text).map_err(|e| raise(vm, e, &pattern))?;
    Ok(new_pattern(
        vm,
        pattern,
        parsed.flags | extra,
        is_text,
        prog,
        parsed.names,
    ))
}

/// A Pattern object for a compiled program; `pattern` is what `.pattern` shows.
fn new_pattern(
    vm: &mut Vm,
    pattern: Value,
    flags: u32,
    is_text: bool,
    prog: Program,
    names: Vec<(String, usize)>,
) -> Value {
    let finder = (!prog.anchored && !prog.prefix.is_empty())
        .then(|| memchr::memmem::Finder::new(&prog.prefix).into_owned());
    let data = PatternData {
        pattern,
        flags,
        is_bytes: !is_text,
        prog,
        finder,
        names,
        scratch: RefCell::new(Scratch::default()),
        templates: RefCell::new(Vec::new()),
    };
    let cls = classes().pattern.clone();
    vm.new_native(&cls, Rc::new(data))
}

pub fn pat_of(vm: &mut Vm, v: &Value) -> PyResult<Pat> {
    Ok(vm.native_mut::<Pat>(v, "re.Pattern")?.clone())
}

/// A subject string: a str or bytes object of the pattern's kind.
pub struct Subject {
    pub val: Value,
    /// A str with non-ASCII characters (byte offsets differ from indices).
    pub utf8: bool,
    pub is_str: bool,
    pub nchars: usize,
    /// The empty and one-ASCII-character results already made by this call (slot
    /// 128: empty): findall/split produce many, and CPython shares them too.
    small: RefCell<Vec<Option<Value>>>,
}

impl Subject {
    fn small(&self, key: usize, make: impl FnOnce() -> Value) -> Value {
        let mut cache = self.small.borrow_mut();
        if cache.is_empty() {
            cache.resize(129, None);
        }
        cache[key].get_or_insert_with(make).clone()
    }

    pub fn bytes(&self) -> &[u8] {
        match self.val.payload() {
            Some(Payload::Str(s)) => s.as_str().as_bytes(),
            Some(Payload::Bytes(b)) => b,
            _ => &[],
        }
    }

    /// The object for bytes `a..b` of the subject (str or bytes).
    pub fn slice(&self, vm: &Vm, a: usize, b: usize) -> Value {
        if b == a {
            return self.empty(vm);
        }
        if b == a + 1 && self.bytes()[a] < 128 {
            let c = self.bytes()[a];
            return self.small(usize::from(c), || {
                if self.is_str {
                    vm.new_str((c as char).to_string())
                } else {
                    vm.new_bytes(vec![c])
                }
            });
        }
        match self.val.payload() {
            Some(Payload::Str(s)) => vm.new_str(&s.as_str()[a..b]),
            Some(Payload::Bytes(x)) => vm.new_bytes(x[a..b].to_vec()),
            _ => Value::None,
        }
    }

    pub fn empty(&self, vm: &Vm) -> Value {
        self.small(128, || {
            if self.is_str {
                vm.new_str("")
            } else {
                vm.new_bytes(Vec::new())
            }
        })
    }
}

pub fn subject(vm: &mut Vm, pat: &PatternData, v: &Value) -> PyResult<Subject> {
    let (utf8, is_str, nchars) = match v.payload() {
        Some(Payload::Str(s)) => (!s.is_ascii(), true, s.char_len()),
        Some(Payload::Bytes(b)) => (false, false, b.len()),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")));
        }
    };
    if is_str && pat.is_bytes {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    if !is_str && !pat.is_bytes {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    Ok(Subject {
        val: v.clone(),
        utf8,
        is_str,
        nchars,
        small: RefCell::new(Vec::new()),
    })
}

/// Converts between character indices and byte offsets of UTF-8 text from a known
/// (byte, char) point.
#[derive(Clone, Copy, Default)]
pub struct Conv {
    byte: usize,
    ch: usize,
}

#[inline]
fn is_lead(b: u8) -> bool {
    (b as i8) >= -64
}

impl Conv {
    pub fn new() -> Conv {
        Conv { byte: 0, ch: 0 }
    }

    /// The conversion point cached for subject `s`, or the start.
    pub fn load(s: &Subject) -> Conv {
        if !s.utf8 {
            return Conv::new();
        }
        let Some(o) = s.val.obj() else {
            return Conv::new();
        };
        CONV_CACHE.with(|c| match &*c.borrow() {
            Some((w, byte, ch)) if w.as_ptr() == Rc::as_ptr(o) && w.strong_count() > 0 => Conv {
                byte: *byte,
                ch: *ch,
            },
            _ => Conv::new(),
        })
    }

    pub fn store(self, s: &Subject) {
        if !s.utf8 {
            return;
        }
        if let Some(o) = s.val.obj() {
            CONV_CACHE.with(|c| *c.borrow_mut() = Some((Rc::downgrade(o), self.byte, self.ch)));
        }
    }

    pub fn to_byte(&mut self, b: &[u8], ch: usize) -> usize {
        if ch < self.ch && ch < self.ch - ch {
            self.byte = 0;
            self.ch = 0;
        }
        let (mut p, mut c) = (self.byte, self.ch);
        if ch >= c {
            while c < ch && p < b.len() {
                p += 1;
                while p < b.len() && !is_lead(b[p]) {
                    p += 1;
                }
                c += 1;
            }
        } else {
            while c > ch && p > 0 {
                p -= 1;
                while p > 0 && !is_lead(b[p]) {
                    p -= 1;
                }
                c -= 1;
            }
        }
        self.byte = p;
        self.ch = c;
        p
    }

    pub fn to_char(&mut self, b: &[u8], byte: usize) -> usize {
        let c = if byte >= self.byte {
            self.ch + b[self.byte..byte].iter().filter(|&&x| is_lead(x)).count()
        } else if byte >= self.byte - byte {
            self.ch - b[byte..self.byte].iter().filter(|&&x| is_lead(x)).count()
        } else {
            b[..byte].iter().filter(|&&x| is_lead(x)).count()
        };
        self.byte = byte;
        self.ch = c;
        c
    }
}

/// Converts a byte offset of the subject to a character index.
pub fn char_index(s: &Subject, conv: &mut Conv, byte: usize) -> usize {
    if s.utf8 {
        conv.to_char(s.bytes(), byte)
    } else {
        byte
    }
}

pub fn byte_offset(s: &Subject, conv: &mut Conv, ch: usize) -> usize {
    if s.utf8 {
        conv.to_byte(s.bytes(), ch)
    } else {
        ch
    }
}

/// `pos`/`endpos` arguments, clamped to the subject as CPython's `state_init`.
pub fn bounds_of(
    vm: &mut Vm,
    s: &Subject,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = s.nchars as i64;
    let p = match pos {
        Some(v) => crate::objects::int::ssize_arg(vm, v)?,
        None => 0,
    };
    let e = match endpos {
        Some(v) => crate::objects::int::ssize_arg(vm, v)?,
        None => n,
    };
    Ok((p.clamp(0, n) as usize, e.clamp(0, n) as usize))
}

/// One search over `bytes[..end]` from `start`.
pub fn run_search(
    pat: &PatternData,
    s: &Subject,
    end: usize,
    start: usize,
    opts: Opts,
    sc: &mut Scratch,
) -> Option<(usize, usize)> {
    let t = &s.bytes()[..end];
    if s.utf8 {
        matcher::search(&pat.prog, Utf8(t), start, opts, sc, pat.finder.as_ref())
    } else {
        matcher::search(&pat.prog, Narrow(t), start, opts, sc, pat.finder.as_ref())
    }
}

fn run_match(
    pat: &PatternData,
    s: &Subject,
    end: usize,
    start: usize,
    opts: Opts,
    sc: &mut Scratch,
) -> Option<usize> {
    let t = &s.bytes()[..end];
    if s.utf8 {
        matcher::match_at(&pat.prog, Utf8(t), start, opts, sc)
    } else {
        matcher::match_at(&pat.prog, Narrow(t), start, opts, sc)
    }
}

/// Successive non-overlapping matches, with CPython's empty-match rule: after an empty
/// match, a match starting at the same place must not be empty.
#[derive(Clone, Copy)]
pub struct Searcher {
    pub end: usize,
    pub start: usize,
    pub must_advance: bool,
    pub done: bool,
}

impl Searcher {
    pub fn next(
        &mut self,
        pat: &PatternData,
        s: &Subject,
        sc: &mut Scratch,
    ) -> Option<(usize, usize)> {
        if self.done || self.start > self.end {
            self.done = true;
            return None;
        }
        let opts = Opts {
            match_all: false,
            must_advance: self.must_advance,
        };
        match run_search(pat, s, self.end, self.start, opts, sc) {
            None => {
                self.done = true;
                None
            }
            Some((b, e)) => {
                self.must_advance = b == e;
                self.start = e;
                Some((b, e))
            }
        }
    }
}

const PATTERN_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", |vm, _| {
        Err(vm.type_error("cannot create 're.Pattern' instances"))
    }),
    ("match", |vm, a| pattern_match(vm, a, Kind::Match)),
    ("fullmatch", |vm, a| pattern_match(vm, a, Kind::Full)),
    ("search", |vm, a| pattern_match(vm, a, Kind::Search)),
    ("sub", |vm, a| pattern_sub(vm, a, false)),
    ("subn", |vm, a| pattern_sub(vm, a, true)),
    ("split", pattern_split),
    ("findall", pattern_findall),
    ("finditer", |vm, a| matchobj::pattern_scanner(vm, a, true)),
    ("scanner", |vm, a| matchobj::pattern_scanner(vm, a, false)),
    ("__repr__", pattern_repr),
    ("__eq__", |vm, a| pattern_eq(vm, a, true)),
    ("__ne__", |vm, a| pattern_eq(vm, a, false)),
    ("__hash__", pattern_hash),
    ("__copy__", return_self),
    ("__deepcopy__", return_self),
];

const PATTERN_PROPS: &[(&str, NativeFn)] = &[
    ("pattern", |vm, a| Ok(this_pat(vm, &a)?.pattern.clone())),
    ("flags", |vm, a| {
        Ok(Value::Int(i64::from(this_pat(vm, &a)?.flags)))
    }),
    ("groups", |vm, a| {
        Ok(Value::Int(this_pat(vm, &a)?.prog.groups as i64 - 1))
    }),
    ("groupindex", pattern_groupindex),
];

fn this_pat(vm: &mut Vm, args: &Args) -> PyResult<Pat> {
    let Some(this) = args.pos.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    pat_of(vm, this)
}

pub fn return_self(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn pattern_groupindex(vm: &mut Vm, args: Args) -> PyResult {
    let pat = this_pat(vm, &args)?;
    let d = vm.new_dict();
    for (name, g) in &pat.names {
        let k = vm.new_str(name.as_str());
        vm.dict_set_item(&d, k, Value::Int(*g as i64))?;
    }
    match PROXY.with(|p| p.borrow().clone()) {
        Some(proxy) => vm.call1(&proxy, d),
        None => Ok(d),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Match,
    Full,
    Search,
}

/// Splits a method's arguments into self and the rest.
pub fn split_self(vm: &mut Vm, mut args: Args) -> PyResult<(Value, Args)> {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor needs an argument"));
    }
    let this = args.pos.remove(0);
    Ok((this, args))
}

fn pattern_match(vm: &mut Vm, args: Args, kind: Kind) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let pat = pat_of(vm, &this)?;
    let fname = match kind {
        Kind::Match => "match",
        Kind::Full => "fullmatch",
        Kind::Search => "search",
    };
    let (string, pos, endpos) = if args.kw.is_empty() && (1..=3).contains(&args.pos.len()) {
        (
            args.pos[0].clone(),
            args.pos.get(1).cloned(),
            args.pos.get(2).cloned(),
        )
    } else {
        let a = args.bind(vm, fname, &["string", "pos", "endpos"], 1)?;
        (
            a[0].clone().unwrap_or(Value::None),
            a[1].clone(),
            a[2].clone(),
        )
    };
    let s = subject(vm, &pat, &string)?;
    let (pos, endpos) = bounds_of(vm, &s, pos.as_ref(), endpos.as_ref())?;
    let mut conv = Conv::load(&s);
    let bpos = byte_offset(&s, &mut conv, pos);
    let bend = byte_offset(&s, &mut conv, endpos);
    let mut sc = pat.scratch.take();
    let found = match kind {
        Kind::Search => run_search(&pat, &s, bend, bpos, Opts::default(), &mut sc),
        _ => {
            let opts = Opts {
                match_all: kind == Kind::Full,
                must_advance: false,
            };
            run_match(&pat, &s, bend, bpos, opts, &mut sc).map(|e| (bpos, e))
        }
    };
    let r = match found {
        Some((b, e)) => matchobj::new_match(vm, &this, &pat, &s, &mut conv, pos, endpos, b, e, &sc),
        None => Value::None,
    };
    pat.scratch.replace(sc);
    conv.store(&s);
    Ok(r)
}

fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let pat = pat_of(vm, &this)?;
    let a = args.bind(vm, "findall", &["string", "pos", "endpos"], 1)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let s = subject(vm, &pat, &string)?;
    let (pos, endpos) = bounds_of(vm, &s, a[1].as_ref(), a[2].as_ref())?;
    let mut conv = Conv::load(&s);
    let bpos = byte_offset(&s, &mut conv, pos);
    let bend = byte_offset(&s, &mut conv, endpos);
    conv.store(&s);
    let mut sc = pat.scratch.take();
    let mut it = Searcher {
        end: bend,
        start: bpos,
        must_advance: false,
        done: false,
    };
    let groups = pat.prog.groups - 1;
    let mut out = Vec::new();
    let group_val = |vm: &Vm, sc: &Scratch, g: usize| match sc.group(g) {
        Some((a, b)) => s.slice(vm, a, b),
        None => s.empty(vm),
    };
    while let Some((b, e)) = it.next(&pat, &s, &mut sc) {
        let item = match groups {
            0 => s.slice(vm, b, e),
            1 => group_val(vm, &sc, 1),
            _ => {
                let items = (1..=groups).map(|g| group_val(vm, &sc, g)).collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
    }
    pat.scratch.replace(sc);
    Ok(vm.new_list(out))
}

fn pattern_split(vm: &mut Vm, args: Args) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let pat = pat_of(vm, &this)?;
    let a = args.bind(vm, "split", &["string", "maxsplit"], 1)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let s = subject(vm, &pat, &string)?;
    let maxsplit = match &a[1] {
        Some(v) => crate::objects::int::ssize_arg(vm, v)?,
        None => 0,
    };
    let mut sc = pat.scratch.take();
    let len = s.bytes().len();
    let mut it = Searcher {
        end: len,
        start: 0,
        must_advance: false,
        done: false,
    };
    let groups = pat.prog.groups - 1;
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    while maxsplit == 0 || n < maxsplit {
        let Some((b, e)) = it.next(&pat, &s, &mut sc) else {
            break;
        };
        out.push(s.slice(vm, last, b));
        for g in 1..=groups {
            out.push(match sc.group(g) {
                Some((x, y)) => s.slice(vm, x, y),
                None => Value::None,
            });
        }
        n += 1;
        last = e;
    }
    out.push(s.slice(vm, last, len));
    pat.scratch.replace(sc);
    Ok(vm.new_list(out))
}

/// The compiled template for `repl` (cached per pattern).
pub fn get_template(vm: &mut Vm, pat: &Pat, repl: &Value) -> PyResult<Rc<Template>> {
    {
        let cache = pat.templates.borrow();
        for (k, t) in cache.iter() {
            let same = match (k.payload(), repl.payload()) {
                (Some(Payload::Str(a)), Some(Payload::Str(b))) => a.as_str() == b.as_str(),
                (Some(Payload::Bytes(a)), Some(Payload::Bytes(b))) => a == b,
                _ => false,
            };
            if same {
                return Ok(t.clone());
            }
        }
    }
    let Some((cps, is_text)) = code_points(repl) else {
        // CPython's templates go through an lru_cache (unhashable: TypeError), then
        // the template parser starts with str(repl, 'latin1').
        vm.hash(repl)?;
        let t = vm.type_name(repl);
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {t} found"
        )));
    };
    let t = template::parse(&cps, is_text, pat.prog.groups, &pat.names)
        .map_err(|e| raise(vm, e, repl))?;
    let t = Rc::new(t);
    let mut cache = pat.templates.borrow_mut();
    if cache.len() >= 32 {
        cache.remove(0);
    }
    cache.push((repl.clone(), t.clone()));
    Ok(t)
}

/// Appends the expansion of `t` for the groups in `spans` (byte spans, NONE if unset).
pub fn expand_into(
    out: &mut Vec<u8>,
    t: &Template,
    bytes: &[u8],
    group: impl Fn(usize) -> Option<(usize, usize)>,
) {
    for p in &t.pieces {
        match p {
            template::Piece::Lit(l) => out.extend_from_slice(l),
            template::Piece::Group(g) => {
                if let Some((a, b)) = group(*g) {
                    out.extend_from_slice(&bytes[a..b]);
                }
            }
        }
    }
}

pub fn finish_text(vm: &Vm, is_str: bool, out: Vec<u8>) -> Value {
    if is_str {
        match String::from_utf8(out) {
            Ok(s) => vm.new_str(s),
            Err(e) => vm.new_str(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    } else {
        vm.new_bytes(out)
    }
}

fn pattern_sub(vm: &mut Vm, args: Args, subn: bool) -> PyResult {
    let (this, mut args) = split_self(vm, args)?;
    let pat = pat_of(vm, &this)?;
    let fname = if subn { "subn" } else { "sub" };
    let a = args.bind(vm, fname, &["repl", "string", "count"], 2)?;
    let repl = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let s = subject(vm, &pat, &string)?;
    let count = match &a[2] {
        Some(v) => crate::objects::int::ssize_arg(vm, v)?,
        None => 0,
    };
    enum Filter {
        Literal(Vec<u8>),
        Template(Rc<Template>),
        Call(Value),
        /// A str template for bytes (or the reverse): fails when joined.
        Mismatch(String),
    }
    let filter = match repl.payload() {
        Some(Payload::Str(r)) if s.is_str => {
            if r.as_str().contains('\\') {
                Filter::Template(get_template(vm, &pat, &repl)?)
            } else {
                Filter::Literal(r.as_str().as_bytes().to_vec())
            }
        }
        Some(Payload::Bytes(r)) if !s.is_str => {
            if r.contains(&b'\\') {
                Filter::Template(get_template(vm, &pat, &repl)?)
            } else {
                Filter::Literal(r.to_vec())
            }
        }
        Some(Payload::Str(_) | Payload::Bytes(_)) => {
            get_template(vm, &pat, &repl)?;
            Filter::Mismatch(vm.type_name(&repl))
        }
        _ if vm.is_callable(&repl) => Filter::Call(repl.clone()),
        _ => {
            // The same TypeError as the template parser's.
            let e = match get_template(vm, &pat, &repl) {
                Err(e) => e,
                Ok(_) => vm.type_error("expected str or bytes"),
            };
            return Err(e);
        }
    };
    let bytes_len = s.bytes().len();
    let mut sc = pat.scratch.take();
    let mut it = Searcher {
        end: bytes_len,
        start: 0,
        must_advance: false,
        done: false,
    };
    let mut out: Vec<u8> = Vec::with_capacity(bytes_len);
    let mut last = 0;
    let mut n = 0i64;
    // CPython joins a list of pieces at the end: a callback's bad result is reported
    // with its index in that list, after every callback has run.
    let mut pieces = 0usize;
    let mut bad: Option<(usize, String)> = None;
    let mut conv = Conv::new();
    while count == 0 || n < count {
        let Some((b, e)) = it.next(&pat, &s, &mut sc) else {
            break;
        };
        if last < b {
            out.extend_from_slice(&s.bytes()[last..b]);
            pieces += 1;
        }
        match &filter {
            Filter::Literal(l) => out.extend_from_slice(l),
            Filter::Template(t) => expand_into(&mut out, t, s.bytes(), |g| {
                if g == 0 {
                    Some((b, e))
                } else {
                    sc.group(g)
                }
            }),
            Filter::Mismatch(tn) => {
                if bad.is_none() {
                    bad = Some((pieces, tn.clone()));
                }
            }
            Filter::Call(f) => {
                let m = matchobj::new_match(vm, &this, &pat, &s, &mut conv, 0, s.nchars, b, e, &sc);
                pat.scratch.replace(std::mem::take(&mut sc));
                let r = vm.call1(f, m);
                sc = pat.scratch.take();
                let r = r?;
                match r.payload() {
                    _ if r.is_none() => {
                        pieces = pieces.wrapping_sub(1);
                    }
                    Some(Payload::Str(x)) if s.is_str => {
                        out.extend_from_slice(x.as_str().as_bytes())
                    }
                    Some(Payload::Bytes(x)) if !s.is_str => out.extend_from_slice(x),
                    _ => {
                        if bad.is_none() {
                            bad = Some((pieces, vm.type_name(&r)));
                        }
                    }
                }
            }
        }
        pieces = pieces.wrapping_add(1);
        last = e;
        n += 1;
    }
    pat.scratch.replace(sc);
    if let Some((i, t)) = bad {
        let what = if s.is_str {
            "str instance"
        } else {
            "a bytes-like object"
        };
        return Err(vm.type_error(format!("sequence item {i}: expected {what}, {t} found")));
    }
    let result = if n == 0 {
        string.clone()
    } else {
        out.extend_from_slice(&s.bytes()[last..]);
        finish_text(vm, s.is_str, out)
    };
    if subn {
        Ok(vm.new_tuple(vec![result, Value::Int(n)]))
    } else {
        Ok(result)
    }
}

const FLAG_NAMES: &[(&str, u32)] = &[
    ("re.TEMPLATE", parser::FLAG_TEMPLATE),
    ("re.IGNORECASE", parser::FLAG_IGNORECASE),
    ("re.LOCALE", FLAG_LOCALE),
    ("re.MULTILINE", parser::FLAG_MULTILINE),
    ("re.DOTALL", parser::FLAG_DOTALL),
    ("re.UNICODE", FLAG_UNICODE),
    ("re.VERBOSE", parser::FLAG_VERBOSE),
    ("re.DEBUG", parser::FLAG_DEBUG),
    ("re.ASCII", FLAG_ASCII),
];

/// The first `n` characters of `s`.
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn pattern_repr(vm: &mut Vm, args: Args) -> PyResult {
    let pat = this_pat(vm, &args)?;
    let mut flags = pat.flags;
    if !pat.is_bytes && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut names = Vec::new();
    for (name, v) in FLAG_NAMES {
        if flags & v != 0 {
            names.push(name.to_string());
            flags &= !v;
        }
    }
    if flags != 0 {
        names.push(format!("{flags:#x}"));
    }
    let r = vm.repr(&pat.pattern)?;
    let r = truncate_chars(&r, 200);
    let s = if names.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", names.join("|"))
    };
    Ok(vm.new_str(s))
}

fn pattern_eq(vm: &mut Vm, args: Args, eq: bool) -> PyResult {
    args.positional(vm, if eq { "__eq__" } else { "__ne__" }, 2, 2)?;
    let a = pat_of(vm, &args.pos[0])?;
    let b = match args.pos[1].payload() {
        Some(Payload::Native(_)) if vm.native_mut::<Pat>(&args.pos[1], "re.Pattern").is_ok() => {
            pat_of(vm, &args.pos[1])?
        }
        _ => return Ok(Value::NotImplemented),
    };
    let same = Rc::ptr_eq(&a, &b)
        || (a.flags == b.flags && a.is_bytes == b.is_bytes && vm.eq(&a.pattern, &b.pattern)?);
    Ok(Value::Bool(same == eq))
}

fn pattern_hash(vm: &mut Vm, args: Args) -> PyResult {
    let pat = this_pat(vm, &args)?;
    let h = vm.hash(&pat.pattern)?;
    let mut h = h ^ (i64::from(pat.flags).wrapping_mul(1_000_003));
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

/// Group `g` (an index or a name) of a pattern, as CPython's `match_getindex`: an
/// IndexError "no such group" otherwise.
pub fn group_index(vm: &mut Vm, pat: &PatternData, g: &Value) -> PyResult<usize> {
    let groups = pat.prog.groups as i64;
    let i = if crate::objects::int::is_int(g) || matches!(g, Value::Bool(_)) {
        crate::objects::int::as_i64(g).unwrap_or(-1)
    } else if let Some(s) = g.as_str() {
        pat.names
            .iter()
            .find(|(n, _)| n == s.as_str())
            .map(|(_, i)| *i as i64)
            .unwrap_or(-1)
    } else if g
        .obj()
        .is_some_and(|o| typeobj::lookup(&o.class, "__index__").is_some())
    {
        vm.index_of(g)?
    } else {
        -1
    };
    if i < 0 || i >= groups {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}
