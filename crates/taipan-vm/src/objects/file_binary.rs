//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`/`FileIO` methods: bytes in,
//! bytes out, byte offsets for seek/tell.

use crate::objects::file::PyFile;
use crate::objects::file_methods::{arity, check_open, io_error, this};
use crate::objects::file_open::unsupported;
use crate::objects::file_text::size_arg;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::io::SeekFrom;

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
    ("peek", peek),
    ("read1", read1),
    ("readinto", readinto),
    ("readinto1", readinto),
    ("readall", readall),
];

/// peek(size=0): the buffered bytes, without moving (one read when the buffer is empty).
fn peek(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "peek", 0, 1)?;
    let f = reader(vm, &args, "peek", "peek of closed file")?;
    let r = f.stream.borrow_mut().peek_buf().map(<[u8]>::to_vec);
    let data = r.map_err(|e| io_error(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn read1(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "read1", 0, 1)?;
    let f = reader(vm, &args, "read1", "read of closed file")?;
    let n = size_arg(vm, args.pos.get(1))?;
    let r = f.stream.borrow_mut().read1(n);
    let data = r.map_err(|e| io_error(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn readall(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readall", 0, 0)?;
    let f = reader(vm, &args, "readall", "read of closed file")?;
    let r = f.stream.borrow_mut().read(None);
    let data = r.map_err(|e| io_error(vm, e))?;
    Ok(vm.new_bytes(data))
}

/// readinto(b): fills the writable buffer `b` (a bytearray, a memoryview, or anything
/// taking slice assignment) with up to len(b) bytes; the count read.
fn readinto(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readinto", 1, 1)?;
    let f = reader(vm, &args, "readinto", "readinto of closed file")?;
    let target = args.pos[1].clone();
    let n = crate::modules::io_base::writable_len(vm, &target)?;
    let r = f.stream.borrow_mut().read(Some(n));
    let data = r.map_err(|e| io_error(vm, e))?;
    crate::modules::io_base::fill_into(vm, &target, data)
}

/// The file, checked to support reading (UnsupportedOperation first, as CPython's
/// writer has no read at all) and to be open.
fn reader<'a>(vm: &mut Vm, args: &'a Args, name: &str, closed: &str) -> PyResult<&'a PyFile> {
    let f = this(vm, args, name)?;
    if !f.readable {
        return Err(unsupported(
            vm,
            if name == "read1" { "read1" } else { "read" },
        ));
    }
    check_open(vm, f, closed)?;
    Ok(f)
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "read", 0, 1)?;
    let f = reader(vm, &args, "read", "read of closed file")?;
    let n = size_arg(vm, args.pos.get(1))?;
    let r = f.stream.borrow_mut().read(n);
    let data = r.map_err(|e| io_error(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn line(vm: &mut Vm, f: &PyFile, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let r = f.stream.borrow_mut().read_line(limit);
    r.map_err(|e| io_error(vm, e))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readline", 0, 1)?;
    let f = reader(vm, &args, "readline", "readline of closed file")?;
    let n = size_arg(vm, args.pos.get(1))?;
    let data = line(vm, f, n)?;
    Ok(vm.new_bytes(data))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readlines", 0, 1)?;
    let f = reader(vm, &args, "readlines", "I/O operation on closed file.")?;
    let hint = size_arg(vm, args.pos.get(1))?.filter(|h| *h > 0);
    let (mut lines, mut total) = (Vec::new(), 0);
    loop {
        let data = line(vm, f, None)?;
        if data.is_empty() {
            break;
        }
        total += data.len();
        lines.push(vm.new_bytes(data));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let f = reader(vm, &args, "__next__", "readline of closed file")?;
    let data = line(vm, f, None)?;
    if data.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(data))
}

fn writer<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyFile> {
    let f = this(vm, args, name)?;
    if !f.writable {
        return Err(unsupported(vm, "write"));
    }
    check_open(vm, f, "write to closed file")?;
    Ok(f)
}

fn write_bytes(vm: &mut Vm, f: &PyFile, v: &Value) -> PyResult<usize> {
    let Some(Payload::Bytes(b)) = v.payload() else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    crate::objects::file::before_write(vm, f);
    let r = f.stream.borrow_mut().write(b);
    r.map_err(|e| io_error(vm, e))?;
    Ok(b.len())
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "write", 1, 1)?;
    let f = writer(vm, &args, "write")?;
    let n = write_bytes(vm, f, &args.pos[1])?;
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "writelines", 1, 1)?;
    let f = writer(vm, &args, "writelines")?;
    for item in vm.iterate(&args.pos[1])? {
        write_bytes(vm, f, &item)?;
    }
    Ok(Value::None)
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "tell", 0, 0)?;
    let f = this(vm, &args, "tell")?;
    check_open(vm, f, "I/O operation on closed file")?;
    let r = f.stream.borrow_mut().tell();
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}

/// seek(offset, whence=0) -> the new absolute position.
fn seek(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "seek", 1, 2)?;
    let f = this(vm, &args, "seek")?;
    let offset = vm.index_of(&args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    check_open(vm, f, "seek of closed file")?;
    let to = match whence {
        0 if offset < 0 => return Err(io_error(vm, std::io::Error::from_raw_os_error(22))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let r = f.stream.borrow_mut().seek(to);
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "truncate", 0, 1)?;
    let f = this(vm, &args, "truncate")?;
    check_open(vm, f, "truncate of closed file")?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match args.pos.get(1) {
        Some(v) if !v.is_none() => Some(vm.index_of(v)?),
        _ => None,
    };
    if size.is_some_and(|n| n < 0) {
        return Err(io_error(vm, std::io::Error::from_raw_os_error(22)));
    }
    let r = f.stream.borrow_mut().truncate(size.map(|n| n as u64));
    Ok(Value::Int(r.map_err(|e| io_error(vm, e))? as i64))
}
