//! `_io.StringIO`: an in-memory text stream. The text is kept as chars so positions
//! are character indexes, as CPython's are. newline= works as CPython's: None
//! translates \r and \r\n to \n as text is written, '' keeps every line ending but
//! splits lines on all of them, '\r' and '\r\n' are written in place of \n.

use crate::objects::file_open::new_class;
use crate::objects::file_text::size_arg;
use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefMut;

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

#[derive(Default)]
pub struct StringIO {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    /// newline=None: \r\n and \r become \n on write.
    translate: bool,
    /// newline=None or '': lines end at any of \r, \n, \r\n.
    universal: bool,
    /// The line ending readline looks for otherwise.
    readnl: Vec<char>,
    /// What \n is written as (newline='\r' or '\r\n').
    writenl: Option<&'static str>,
    /// Which line endings universal mode has met (for `newlines`).
    seen: u8,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("__init__", init),
    ("getvalue", getvalue),
    ("read", read),
    ("readline", readline),
    ("write", write),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("close", close),
    ("readable", readable),
    ("writable", readable),
    ("seekable", readable),
    ("__next__", next),
    ("flush", flush),
];

pub fn create_class(vm: &mut Vm, base: &ObjRef) -> ObjRef {
    let cls = new_class(vm, "StringIO", "_io", vec![base.clone()], Layout::Native);
    typeobj::add_methods(vm, &cls, METHODS);
    crate::objects::file_methods::add_getters(
        vm,
        &cls,
        &[
            ("closed", get_closed),
            ("newlines", get_newlines),
            ("line_buffering", get_line_buffering),
        ],
    );
    cls
}

fn state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<RefMut<'a, StringIO>> {
    match args.pos.first() {
        Some(v) => vm.native_mut::<StringIO>(v, "_io.StringIO"),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

/// The open state (ValueError, without the period CPython's StringIO leaves off).
fn open_state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<RefMut<'a, StringIO>> {
    let s = state(vm, args)?;
    if s.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(s)
}

/// Parses (initial_value='', newline='\n') into a fresh state.
fn build(vm: &mut Vm, mut args: Args) -> PyResult<StringIO> {
    let s = args.bind(vm, "StringIO", &["initial_value", "newline"], 0)?;
    let mut st = StringIO::default();
    let newline = match &s[1] {
        None => Some("\n".to_string()),
        Some(v) if v.is_none() => None,
        Some(v) => match v.as_str() {
            Some(n) => Some(n.as_str().to_string()),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("newline must be str or None, not {t}")));
            }
        },
    };
    if let Some(n) = &newline {
        if !["", "\n", "\r", "\r\n"].contains(&n.as_str()) {
            let r = crate::objects::str::repr_str(n);
            return Err(vm.value_error(format!("illegal newline value: {r}")));
        }
    }
    st.translate = newline.is_none();
    st.universal = newline.as_deref().is_none_or(str::is_empty);
    st.readnl = newline.as_deref().unwrap_or("\n").chars().collect();
    st.writenl = match newline.as_deref() {
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        _ => None,
    };
    match &s[0] {
        None => {}
        Some(v) if v.is_none() => {}
        Some(v) => match v.as_str() {
            Some(text) => {
                st.write_str(text.as_str());
                st.pos = 0;
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("initial_value must be str or None, not {t}")));
            }
        },
    }
    Ok(st)
}

impl StringIO {
    /// Writes at the position (padding with NULs past the end); newline handling first.
    fn write_str(&mut self, text: &str) {
        let mut text = text.to_string();
        if self.universal {
            self.note_newlines(&text);
        }
        if self.translate && text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        if let Some(nl) = self.writenl {
            if text.contains('\n') {
                text = text.replace('\n', nl);
            }
        }
        let chars: Vec<char> = text.chars().collect();
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        let end = (self.pos + chars.len()).min(self.buf.len());
        self.buf.splice(self.pos..end, chars.iter().copied());
        self.pos += chars.len();
    }

    fn note_newlines(&mut self, text: &str) {
        let b = text.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'\r' if b.get(i + 1) == Some(&b'\n') => self.seen |= SEEN_CRLF,
                b'\r' => self.seen |= SEEN_CR,
                b'\n' if i > 0 && b[i - 1] == b'\r' => {}
                b'\n' => self.seen |= SEEN_LF,
                _ => {}
            }
        }
    }

    /// The end (exclusive) of the line starting at the position, within `limit` chars.
    fn line_end(&self, limit: Option<usize>) -> usize {
        let start = self.pos.min(self.buf.len());
        let stop = limit.map_or(self.buf.len(), |l| (start + l).min(self.buf.len()));
        let rest = &self.buf[start..stop];
        let found = if self.translate {
            rest.iter().position(|c| *c == '\n').map(|i| i + 1)
        } else if self.universal {
            rest.iter().position(|c| *c == '\n' || *c == '\r').map(|i| {
                match (rest[i], rest.get(i + 1)) {
                    ('\r', Some('\n')) => i + 2,
                    _ => i + 1,
                }
            })
        } else {
            let nl = &self.readnl;
            rest.windows(nl.len())
                .position(|w| w == nl.as_slice())
                .map(|i| i + nl.len())
        };
        start + found.unwrap_or(rest.len())
    }
}

fn new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) => c,
        None => return Err(vm.type_error("StringIO.__new__(X): X is not a type object")),
    };
    args.pos.remove(0);
    let st = build(vm, args)?;
    Ok(vm.new_native(&cls, st))
}

/// __init__ (reached from a subclass's `super().__init__(...)`): starts afresh.
fn init(vm: &mut Vm, mut args: Args) -> PyResult {
    let Some(this) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    args.pos.remove(0);
    let st = build(vm, args)?;
    *vm.native_mut::<StringIO>(&this, "_io.StringIO")? = st;
    Ok(Value::None)
}

fn getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let s: String = open_state(vm, &args)?.buf.iter().collect();
    Ok(vm.new_str(s))
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "read", 1, 2)?;
    let n = size_arg(vm, args.pos.get(1))?;
    let mut s = open_state(vm, &args)?;
    let start = s.pos.min(s.buf.len());
    let end = n.map_or(s.buf.len(), |n| (start + n).min(s.buf.len()));
    let out: String = s.buf[start..end].iter().collect();
    s.pos = end.max(s.pos);
    drop(s);
    Ok(vm.new_str(out))
}

fn read_line(vm: &mut Vm, args: &Args, limit: Option<usize>) -> PyResult<String> {
    let mut s = open_state(vm, args)?;
    let start = s.pos.min(s.buf.len());
    let end = s.line_end(limit);
    let out: String = s.buf[start..end].iter().collect();
    s.pos = end.max(s.pos);
    Ok(out)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "readline", 1, 2)?;
    let n = size_arg(vm, args.pos.get(1))?;
    let out = read_line(vm, &args, n)?;
    Ok(vm.new_str(out))
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let out = read_line(vm, &args, None)?;
    if out.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(out))
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "write", 2, 2)?;
    let v = args.pos[1].clone();
    let Some(text) = v.as_str() else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    let mut s = open_state(vm, &args)?;
    s.write_str(text.as_str());
    Ok(Value::Int(text.char_len() as i64))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "seek", 2, 3)?;
    let pos = vm.index_of(&args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    let mut s = open_state(vm, &args)?;
    if !(0..=2).contains(&whence) {
        drop(s);
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if whence == 0 && pos < 0 {
        drop(s);
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        drop(s);
        let cls = vm.exc.os_error.clone();
        return Err(vm.new_exception(&cls, "Can't do nonzero cur-relative seeks"));
    }
    s.pos = match whence {
        0 => pos as usize,
        1 => s.pos,
        _ => s.buf.len(),
    };
    Ok(Value::Int(s.pos as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "tell", 1, 1)?;
    let s = open_state(vm, &args)?;
    Ok(Value::Int(s.pos as i64))
}

/// truncate(size=None): cuts the text at `size` (the position by default); the
/// position stays where it was.
fn truncate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "truncate", 1, 2)?;
    let size = match args.pos.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_of(v)?),
        _ => None,
    };
    let mut s = open_state(vm, &args)?;
    let size = size.unwrap_or(s.pos as i64);
    if size < 0 {
        drop(s);
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn close(vm: &mut Vm, args: Args) -> PyResult {
    let mut s = state(vm, &args)?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn readable(vm: &mut Vm, args: Args) -> PyResult {
    open_state(vm, &args)?;
    Ok(Value::Bool(true))
}

fn get_closed(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    Ok(Value::Bool(s.closed))
}

fn get_line_buffering(vm: &mut Vm, args: Args) -> PyResult {
    open_state(vm, &args)?;
    Ok(Value::Bool(false))
}

/// `newlines`: the line endings met so far in universal mode (a str, or a tuple of
/// them in CPython's order: \r, \n, \r\n).
fn get_newlines(vm: &mut Vm, args: Args) -> PyResult {
    let s = open_state(vm, &args)?;
    if !s.universal {
        return Ok(Value::None);
    }
    let seen = s.seen;
    drop(s);
    let names: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, n)| vm.new_str(*n))
        .collect();
    Ok(match names.len() {
        0 => Value::None,
        1 => names[0].clone(),
        _ => vm.new_tuple(names),
    })
}

/// flush() does nothing, even once closed (as CPython's StringIO).
fn flush(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}
