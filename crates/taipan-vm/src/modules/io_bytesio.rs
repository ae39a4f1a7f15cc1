//! `_io.BytesIO`: an in-memory binary stream with CPython's seek, truncate and
//! closed-file behaviour.

use crate::modules::io_base::{fill_into, writable_len};
use crate::objects::file_open::new_class;
use crate::objects::file_text::size_arg;
use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefMut;

#[derive(Default)]
pub struct BytesIO {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("__init__", init),
    ("getvalue", getvalue),
    ("getbuffer", getbuffer),
    ("read", read),
    ("read1", read),
    ("readline", readline),
    ("readinto", readinto),
    ("readinto1", readinto),
    ("write", write),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("close", close),
    ("flush", flush),
    ("isatty", flush_false),
    ("readable", yes),
    ("writable", yes),
    ("seekable", yes),
    ("__next__", next),
    ("__iter__", iter),
];

/// iter() of a BytesIO does not check for closed (CPython's doesn't either).
fn iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

pub fn create_class(vm: &mut Vm, base: &ObjRef) -> ObjRef {
    let cls = new_class(vm, "BytesIO", "_io", vec![base.clone()], Layout::Native);
    typeobj::add_methods(vm, &cls, METHODS);
    crate::objects::file_methods::add_getters(vm, &cls, &[("closed", get_closed)]);
    cls
}

const CLOSED: &str = "I/O operation on closed file.";

fn state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<RefMut<'a, BytesIO>> {
    match args.pos.first() {
        Some(v) => vm.native_mut::<BytesIO>(v, "_io.BytesIO"),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn open_state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<RefMut<'a, BytesIO>> {
    let s = state(vm, args)?;
    if s.closed {
        return Err(vm.value_error(CLOSED));
    }
    Ok(s)
}

/// The bytes of a bytes-like object (bytes, or bytearray/memoryview/array once they
/// exist, through `bytes(v)`); None for anything else.
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(Some(b.to_vec()));
    }
    let t = vm.type_name(v);
    if !["bytearray", "memoryview", "array"].contains(&t.as_str()) {
        return Ok(None);
    }
    let Some(bytes) = vm.get_builtin("bytes") else {
        return Ok(None);
    };
    let b = vm.call1(&bytes, v.clone())?;
    Ok(match b.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    })
}

fn build(vm: &mut Vm, mut args: Args) -> PyResult<BytesIO> {
    let s = args.bind(vm, "BytesIO", &["initial_bytes"], 0)?;
    let mut st = BytesIO::default();
    if let Some(v) = s[0].as_ref().filter(|v| !v.is_none()) {
        match bytes_like(vm, v)? {
            Some(b) => st.buf = b,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
            }
        }
    }
    Ok(st)
}

fn new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) => c,
        None => return Err(vm.type_error("BytesIO.__new__(X): X is not a type object")),
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
    *vm.native_mut::<BytesIO>(&this, "_io.BytesIO")? = st;
    Ok(Value::None)
}

fn getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let b = open_state(vm, &args)?.buf.clone();
    Ok(vm.new_bytes(b))
}

/// getbuffer(): a memoryview of a snapshot of the contents (it does not follow later
/// writes as CPython's does); NotImplementedError while memoryview is missing.
fn getbuffer(vm: &mut Vm, args: Args) -> PyResult {
    let b = open_state(vm, &args)?.buf.clone();
    let Some(mv) = vm.get_builtin("memoryview") else {
        return Err(vm.not_implemented_error("BytesIO.getbuffer() needs memoryview"));
    };
    let b = vm.new_bytes(b);
    vm.call1(&mv, b)
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "read", 1, 2)?;
    let n = size_arg(vm, args.pos.get(1))?;
    let mut s = open_state(vm, &args)?;
    let start = s.pos.min(s.buf.len());
    let end = n.map_or(s.buf.len(), |n| (start + n).min(s.buf.len()));
    let out = s.buf[start..end].to_vec();
    s.pos = end.max(s.pos);
    drop(s);
    Ok(vm.new_bytes(out))
}

fn read_line(vm: &mut Vm, args: &Args, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut s = open_state(vm, args)?;
    let start = s.pos.min(s.buf.len());
    let stop = limit.map_or(s.buf.len(), |l| (start + l).min(s.buf.len()));
    let end = s.buf[start..stop]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(stop, |i| start + i + 1);
    let out = s.buf[start..end].to_vec();
    s.pos = end.max(s.pos);
    Ok(out)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "readline", 1, 2)?;
    let n = size_arg(vm, args.pos.get(1))?;
    let out = read_line(vm, &args, n)?;
    Ok(vm.new_bytes(out))
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let out = read_line(vm, &args, None)?;
    if out.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(out))
}

fn readinto(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "readinto", 2, 2)?;
    let target = args.pos[1].clone();
    let n = writable_len(vm, &target)?;
    let mut s = open_state(vm, &args)?;
    let start = s.pos.min(s.buf.len());
    let end = (start + n).min(s.buf.len());
    let data = s.buf[start..end].to_vec();
    s.pos = end.max(s.pos);
    drop(s);
    fill_into(vm, &target, data)
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "write", 2, 2)?;
    let v = args.pos[1].clone();
    open_state(vm, &args)?;
    let Some(data) = bytes_like(vm, &v)? else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    let mut s = open_state(vm, &args)?;
    let pos = s.pos;
    if pos > s.buf.len() {
        s.buf.resize(pos, 0);
    }
    let end = (pos + data.len()).min(s.buf.len());
    s.buf.splice(pos..end, data.iter().copied());
    s.pos = pos + data.len();
    Ok(Value::Int(data.len() as i64))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "seek", 2, 3)?;
    let pos = vm.index_of(&args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    let mut s = open_state(vm, &args)?;
    let pos = match whence {
        0 if pos < 0 => {
            drop(s);
            return Err(vm.value_error(format!("negative seek value {pos}")));
        }
        0 => pos,
        1 => (s.pos as i64).saturating_add(pos),
        2 => (s.buf.len() as i64).saturating_add(pos),
        _ => {
            drop(s);
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    s.pos = pos.max(0) as usize;
    Ok(Value::Int(s.pos as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "tell", 1, 1)?;
    let s = open_state(vm, &args)?;
    Ok(Value::Int(s.pos as i64))
}

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
        return Err(vm.value_error(format!("negative size value {size}")));
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

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    open_state(vm, &args)?;
    Ok(Value::None)
}

fn flush_false(vm: &mut Vm, args: Args) -> PyResult {
    open_state(vm, &args)?;
    Ok(Value::Bool(false))
}

fn yes(vm: &mut Vm, args: Args) -> PyResult {
    open_state(vm, &args)?;
    Ok(Value::Bool(true))
}

fn get_closed(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    Ok(Value::Bool(s.closed))
}
