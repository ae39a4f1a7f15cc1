//! `_io.TextIOWrapper` methods: str reads and writes with the file's encoding and
//! newline translation. tell() cookies are byte offsets (enough for these encodings).

use crate::objects::file::{Newline, PyFile, Stream, TextInfo};
use crate::objects::file_codec::Codec;
use crate::objects::file_methods::{arity, check_open, io_error, this};
use crate::objects::file_open::unsupported;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::io::{self, SeekFrom};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("tell", tell),
    ("seek", seek),
    ("truncate", truncate),
    ("__next__", next),
    ("reconfigure", reconfigure),
];

const CLOSED: &str = "I/O operation on closed file.";

fn info(f: &PyFile) -> &TextInfo {
    f.text.as_ref().expect("text files have TextInfo")
}

/// A size argument: an int (negative: no limit) or None.
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if crate::objects::int::is_int(v) => {
            let n = vm.index_of(v)?;
            Ok(usize::try_from(n).ok())
        }
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

fn readable_file<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyFile> {
    let f = this(vm, args, name)?;
    check_open(vm, f, CLOSED)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(f)
}

/// Raw bytes of up to `limit` characters, stopping after a line end when `line`.
/// With universal newlines a \r\n pair is one character and never split.
fn take(s: &mut Stream, t: &TextInfo, limit: Option<usize>, line: bool) -> io::Result<Vec<u8>> {
    if line && limit.is_none() {
        return take_line(s, t);
    }
    let mut out = Vec::new();
    let mut chars = 0;
    let universal = matches!(t.newline, Newline::Translate | Newline::Universal);
    while let Some(b) = s.peek()? {
        let starts_char = t.codec.single_byte() || (b & 0xc0) != 0x80;
        if starts_char {
            if limit.is_some_and(|l| chars >= l) {
                break;
            }
            chars += 1;
        }
        out.push(b);
        s.next_byte()?;
        let ends = match b {
            b'\n' => match t.newline {
                Newline::CrLf => out.ends_with(b"\r\n"),
                Newline::Cr => false,
                _ => true,
            },
            b'\r' if universal => {
                if s.peek()? == Some(b'\n') {
                    out.push(b'\n');
                    s.next_byte()?;
                }
                true
            }
            b'\r' => t.newline == Newline::Cr,
            _ => false,
        };
        if line && ends {
            break;
        }
    }
    Ok(out)
}

/// A whole line's bytes, found by scanning for the line end rather than byte by byte.
fn take_line(s: &mut Stream, t: &TextInfo) -> io::Result<Vec<u8>> {
    match t.newline {
        Newline::Lf => s.read_through(b"\n"),
        Newline::Cr => s.read_through(b"\r"),
        Newline::Translate | Newline::Universal => {
            let mut out = s.read_through(b"\r\n")?;
            if out.ends_with(b"\r") && s.peek()? == Some(b'\n') {
                out.push(b'\n');
                s.next_byte()?;
            }
            Ok(out)
        }
        Newline::CrLf => {
            let mut out = Vec::new();
            loop {
                let part = s.read_through(b"\n")?;
                let done = part.is_empty() || !part.ends_with(b"\n");
                out.extend_from_slice(&part);
                if done || out.ends_with(b"\r\n") {
                    return Ok(out);
                }
            }
        }
    }
}

/// Decodes and, with newline=None, turns \r\n and \r into \n.
fn decode(vm: &mut Vm, t: &TextInfo, data: &[u8], base: usize) -> PyResult<String> {
    let s = match t.codec.decode(data, &t.errors, base) {
        Ok(s) => s,
        Err(msg) if msg.is_empty() => return Err(unknown_handler(vm, &t.errors)),
        Err(msg) => {
            let cls = vm.exc.unicode_decode_error.clone();
            return Err(vm.new_exception(&cls, msg));
        }
    };
    Ok(translate_newlines(t, s))
}

/// Records which line endings `data` holds, for the `newlines` attribute.
fn note_newlines(t: &TextInfo, data: &[u8]) {
    let mut seen = t.seen.get();
    for (i, &c) in data.iter().enumerate() {
        seen |= match c {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 4,
            b'\r' => 1,
            b'\n' if i > 0 && data[i - 1] == b'\r' => 0,
            b'\n' => 2,
            _ => 0,
        };
    }
    t.seen.set(seen);
}

/// With newline=None, \r\n and \r read as \n.
fn translate_newlines(t: &TextInfo, s: String) -> String {
    if t.newline == Newline::Translate && s.contains('\r') {
        return s.replace("\r\n", "\n").replace('\r', "\n");
    }
    s
}

fn unknown_handler(vm: &mut Vm, name: &str) -> Value {
    let cls = vm.exc.lookup_error.clone();
    vm.new_exception(&cls, format!("unknown error handler name '{name}'"))
}

/// Reads up to `limit` characters (a line when `line`) as a str.
fn read_text(vm: &mut Vm, f: &PyFile, limit: Option<usize>, line: bool) -> PyResult<String> {
    let t = info(f);
    let mut s = f.stream.borrow_mut();
    let data = if limit.is_none() && !line {
        s.read(None)
    } else {
        take(&mut s, t, limit, line)
    };
    drop(s);
    let data = data.map_err(|e| io_error(vm, e))?;
    // Valid text needs no position: only a decoding error reports where it was, so
    // only then is the stream asked (a pipe has no position: 0).
    if matches!(t.newline, Newline::Translate | Newline::Universal) {
        note_newlines(t, &data);
    }
    if let Ok(text) = t.codec.decode(&data, &t.errors, 0) {
        return Ok(translate_newlines(t, text));
    }
    let end = f.stream.borrow_mut().tell().unwrap_or(0) as usize;
    decode(vm, t, &data, end.saturating_sub(data.len()))
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "read", 0, 1)?;
    let f = readable_file(vm, &args, "read")?;
    let n = size_arg(vm, args.pos.get(1))?;
    let s = read_text(vm, f, n, false)?;
    Ok(vm.new_str(s))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readline", 0, 1)?;
    let f = readable_file(vm, &args, "readline")?;
    let n = size_arg(vm, args.pos.get(1))?;
    let s = read_text(vm, f, n, true)?;
    Ok(vm.new_str(s))
}

/// readlines(hint=-1): lines until their total length reaches the hint.
fn readlines(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readlines", 0, 1)?;
    let f = readable_file(vm, &args, "readlines")?;
    let hint = size_arg(vm, args.pos.get(1))?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let s = read_text(vm, f, None, true)?;
        if s.is_empty() {
            break;
        }
        total += s.chars().count();
        lines.push(vm.new_str(s));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let f = readable_file(vm, &args, "__next__")?;
    let s = read_text(vm, f, None, true)?;
    if s.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(s))
}

fn write_str(vm: &mut Vm, f: &PyFile, v: &Value) -> PyResult<usize> {
    let Some(s) = v.as_str() else {
        let t = if v.is_none() {
            "None".to_string()
        } else {
            vm.type_name(v)
        };
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let t = info(f);
    let text = s.as_str();
    let translated;
    let text = match t.newline {
        Newline::Cr if text.contains('\n') => {
            translated = text.replace('\n', "\r");
            &translated
        }
        Newline::CrLf if text.contains('\n') => {
            translated = text.replace('\n', "\r\n");
            &translated
        }
        _ => text,
    };
    let data = match t.codec.encode(text, &t.errors) {
        Ok(d) => d,
        Err(msg) if msg.is_empty() => return Err(unknown_handler(vm, &t.errors)),
        Err(msg) => {
            let cls = vm.exc.unicode_encode_error.clone();
            return Err(vm.new_exception(&cls, msg));
        }
    };
    crate::objects::file::before_write(vm, f);
    let r = f.stream.borrow_mut().write(&data);
    r.map_err(|e| io_error(vm, e))?;
    if t.line_buffering.get() && text.contains(['\n', '\r']) {
        let r = f.stream.borrow_mut().flush();
        r.map_err(|e| io_error(vm, e))?;
    }
    Ok(s.char_len())
}

fn writable_file<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyFile> {
    let f = this(vm, args, name)?;
    check_open(vm, f, CLOSED)?;
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    Ok(f)
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "write", 1, 1)?;
    let f = writable_file(vm, &args, "write")?;
    let n = write_str(vm, f, &args.pos[1])?;
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "writelines", 1, 1)?;
    let f = writable_file(vm, &args, "writelines")?;
    for line in vm.iterate(&args.pos[1])? {
        write_str(vm, f, &line)?;
    }
    Ok(Value::None)
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "tell", 0, 0)?;
    let f = this(vm, &args, "tell")?;
    check_open(vm, f, CLOSED)?;
    if !f.stream.borrow().seekable() {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let r = f.stream.borrow_mut().tell();
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}

/// seek(cookie, whence=0): only cookies from tell(), or the start/end of the file.
fn seek(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "seek", 1, 2)?;
    let f = this(vm, &args, "seek")?;
    check_open(vm, f, CLOSED)?;
    if !f.stream.borrow().seekable() {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let cookie = vm.index_of(&args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    let to = match whence {
        0 if cookie < 0 => {
            return Err(vm.value_error(format!("negative seek position {cookie}")));
        }
        0 => SeekFrom::Start(cookie as u64),
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => SeekFrom::Current(0),
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(0),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let r = f.stream.borrow_mut().seek(to);
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "truncate", 0, 1)?;
    let f = this(vm, &args, "truncate")?;
    check_open(vm, f, CLOSED)?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match args.pos.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_of(v)?),
        _ => None,
    };
    if let Some(n) = size.filter(|n| *n < 0) {
        return Err(vm.value_error(format!("negative size value {n}")));
    }
    let r = f.stream.borrow_mut().truncate(size.map(|n| n as u64));
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}

/// reconfigure(*, encoding, errors, newline, line_buffering, write_through): flushes;
/// line_buffering and write_through are accepted, the text settings may only be
/// given their current values (changing them is not supported).
fn reconfigure(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let given = ["encoding", "errors", "newline"].map(|n| (n, args.take_kw(n)));
    let line_buffering = args.take_kw("line_buffering").filter(|v| !v.is_none());
    args.take_kw("write_through");
    args.invalid_kw(vm, "reconfigure")?;
    let f = this(vm, &args, "reconfigure")?;
    check_open(vm, f, CLOSED)?;
    let t = info(f);
    for (name, v) in given {
        let Some(v) = v else {
            continue;
        };
        let same = match (name, v.as_str()) {
            (_, None) => v.is_none() && name != "newline",
            ("encoding", Some(e)) => Codec::lookup(e.as_str()) == Some(t.codec),
            ("errors", Some(e)) => e.as_str() == t.errors,
            (_, Some(n)) => matches!(
                (n.as_str(), t.newline),
                ("", Newline::Universal)
                    | ("\n", Newline::Lf)
                    | ("\r", Newline::Cr)
                    | ("\r\n", Newline::CrLf)
            ),
        };
        if !same {
            return Err(vm.not_implemented_error(format!(
                "TextIOWrapper.reconfigure(): changing {name} is not supported"
            )));
        }
    }
    if let Some(lb) = line_buffering {
        t.line_buffering.set(vm.truthy(&lb)?);
    }
    let r = f.stream.borrow_mut().flush();
    r.map_err(|e| io_error(vm, e))?;
    Ok(Value::None)
}
