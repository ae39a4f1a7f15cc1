//! `_io._IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`: the abstract bases of
//! every stream. Their methods only use other methods of `self` (`readline` via `read`,
//! `close` via `flush`...), so Python classes deriving from them get working defaults;
//! the native file types override nearly all of them.

use crate::objects::file_methods::add_getters;
use crate::objects::file_open::{new_class, unsupported};
use crate::objects::typeobj::Layout;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const DEFAULT_BUFFER_SIZE: i64 = 8192;
/// Where a Python subclass of IOBase keeps its closed flag (CPython's name).
const CLOSED_KEY: &str = "__IOBase_closed";

const IOBASE: &[(&str, NativeFn)] = &[
    ("close", close),
    ("flush", flush),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("readable", no),
    ("writable", no),
    ("seekable", no),
    ("isatty", isatty),
    ("seek", seek),
    ("truncate", truncate),
    ("fileno", fileno),
    ("tell", tell),
    ("readline", readline),
    ("readlines", readlines),
    ("writelines", writelines),
];

const RAWIOBASE: &[(&str, NativeFn)] = &[("read", raw_read), ("readall", raw_readall)];

const BUFFEREDIOBASE: &[(&str, NativeFn)] = &[
    ("read", read_unsupported),
    ("read1", read1_unsupported),
    ("write", write_unsupported),
    ("detach", detach_unsupported),
    ("readinto", buffered_readinto),
    ("readinto1", buffered_readinto),
];

const TEXTIOBASE: &[(&str, NativeFn)] = &[
    ("read", read_unsupported),
    ("readline", readline_unsupported),
    ("write", write_unsupported),
    ("detach", detach_unsupported),
];

/// [_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase].
pub fn create_bases(vm: &mut Vm) -> [ObjRef; 4] {
    let object = vm.types.object.clone();
    let iobase = new_class(vm, "_IOBase", "_io", vec![object], Layout::Object);
    crate::objects::typeobj::add_methods(vm, &iobase, IOBASE);
    add_getters(vm, &iobase, &[("closed", get_closed)]);
    let mut sub = |name: &str, methods: &[(&'static str, NativeFn)]| {
        let cls = new_class(vm, name, "_io", vec![iobase.clone()], Layout::Object);
        crate::objects::typeobj::add_methods(vm, &cls, methods);
        cls
    };
    let raw = sub("_RawIOBase", RAWIOBASE);
    let buffered = sub("_BufferedIOBase", BUFFEREDIOBASE);
    let text = sub("_TextIOBase", TEXTIOBASE);
    let none: NativeFn = |_, _| Ok(Value::None);
    add_getters(
        vm,
        &text,
        &[("encoding", none), ("newlines", none), ("errors", none)],
    );
    [iobase, raw, buffered, text]
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(format!("unbound method {name}() needs an argument"))),
    }
}

/// `self.name(*args)`.
pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult {
    let m = vm.get_attr_str(obj, name)?;
    vm.call(&m, Args::new(args))
}

fn is_closed(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    let c = vm.get_attr_str(obj, "closed")?;
    vm.truthy(&c)
}

fn check_closed(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    if is_closed(vm, obj)? {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn get_closed(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "closed")?;
    let flag = obj
        .obj()
        .and_then(|o| o.attrs())
        .and_then(|d| d.borrow().get_str(CLOSED_KEY));
    match flag {
        Some(v) => Ok(Value::Bool(vm.truthy(&v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// close(): flushes, then marks the stream closed (even when the flush fails).
fn close(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "close")?;
    if is_closed(vm, &obj)? {
        return Ok(Value::None);
    }
    let r = call_method(vm, &obj, "flush", vec![]);
    let key = vm.new_str(CLOSED_KEY);
    vm.set_attr(&obj, &key, Value::Bool(true))?;
    r.map(|_| Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "flush")?;
    check_closed(vm, &obj)?;
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__enter__")?;
    check_closed(vm, &obj)?;
    Ok(obj)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__exit__")?;
    call_method(vm, &obj, "close", vec![])
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__iter__")?;
    check_closed(vm, &obj)?;
    Ok(obj)
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__next__")?;
    let line = call_method(vm, &obj, "readline", vec![])?;
    if crate::builtins::len_of(vm, &line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn no(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "isatty")?;
    check_closed(vm, &obj)?;
    Ok(Value::Bool(false))
}

fn seek(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn truncate(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn fileno(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "tell")?;
    call_method(vm, &obj, "seek", vec![Value::Int(0), Value::Int(1)])
}

/// A size argument: None or an int, negative meaning "no limit".
fn limit(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    crate::objects::file_text::size_arg(vm, v)
}

/// readline(size=-1) from read(1) calls: bytes up to and including b'\n'.
fn readline(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "readline")?;
    let max = limit(vm, args.pos.get(1))?;
    let mut out = Vec::new();
    while max.is_none_or(|m| out.len() < m) {
        let b = call_method(vm, &obj, "read", vec![Value::Int(1)])?;
        let Some(Payload::Bytes(b)) = b.payload() else {
            if b.is_none() {
                break;
            }
            let t = vm.type_name(&b);
            let cls = vm.exc.os_error.clone();
            let msg = format!("read() should have returned a bytes object, not '{t}'");
            return Err(vm.new_exception(&cls, msg));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "readlines")?;
    let hint = limit(vm, args.pos.get(1))?.filter(|h| *h > 0);
    let (mut lines, mut total) = (Vec::new(), 0);
    let it = vm.get_iter(&obj)?;
    while let Some(line) = vm.next(&it)? {
        total += crate::builtins::len_of(vm, &line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "writelines")?;
    check_closed(vm, &obj)?;
    let Some(lines) = args.pos.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    for line in vm.iterate(lines)? {
        call_method(vm, &obj, "write", vec![line])?;
    }
    Ok(Value::None)
}

/// RawIOBase.read(size=-1): readinto() a buffer of that size.
fn raw_read(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "read")?;
    let Some(n) = limit(vm, args.pos.get(1))? else {
        return call_method(vm, &obj, "readall", vec![]);
    };
    let Some(bytearray) = vm.get_builtin("bytearray") else {
        return Err(vm.not_implemented_error("RawIOBase.read() needs bytearray"));
    };
    let buf = vm.call1(&bytearray, Value::Int(n as i64))?;
    let got = call_method(vm, &obj, "readinto", vec![buf.clone()])?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = vm.index_of(&got)?.clamp(0, n as i64) as usize;
    let all = vm.iterate(&buf)?;
    let mut out = Vec::with_capacity(got);
    for b in all.iter().take(got) {
        out.push(vm.index_of(b)? as u8);
    }
    Ok(vm.new_bytes(out))
}

fn raw_readall(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "readall")?;
    let mut out = Vec::new();
    loop {
        let chunk = call_method(vm, &obj, "read", vec![Value::Int(DEFAULT_BUFFER_SIZE)])?;
        match chunk.payload() {
            Some(Payload::Bytes(b)) if !b.is_empty() => out.extend_from_slice(b),
            Some(Payload::Bytes(_)) => break,
            _ if chunk.is_none() && out.is_empty() => return Ok(Value::None),
            _ if chunk.is_none() => break,
            _ => return Err(vm.type_error("read() should return bytes")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn read_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "read"))
}

fn read1_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "read1"))
}

fn readline_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "readline"))
}

fn write_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "write"))
}

fn detach_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "detach"))
}

/// BufferedIOBase.readinto(b): read(len(b)) copied into b.
fn buffered_readinto(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "readinto")?;
    let Some(target) = args.pos.get(1).cloned() else {
        return Err(vm.type_error("readinto() takes exactly one argument (0 given)"));
    };
    let n = writable_len(vm, &target)?;
    let data = call_method(vm, &obj, "read", vec![Value::Int(n as i64)])?;
    let Some(Payload::Bytes(b)) = data.payload() else {
        let t = vm.type_name(&data);
        return Err(vm.type_error(format!("read() should return bytes, not {t}")));
    };
    fill_into(vm, &target, b.to_vec())
}

/// The length of a buffer `readinto` may fill; bytes and str are refused as CPython's
/// "read-write bytes-like object" check does.
pub fn writable_len(vm: &mut Vm, target: &Value) -> PyResult<usize> {
    if matches!(target.payload(), Some(Payload::Bytes(_) | Payload::Str(_)))
        || target.obj().is_none()
    {
        let t = vm.type_name(target);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {t}"
        )));
    }
    crate::builtins::len_of(vm, target)
}

/// target[:len(data)] = data; the count as an int.
pub fn fill_into(vm: &mut Vm, target: &Value, data: Vec<u8>) -> PyResult {
    let n = data.len() as i64;
    let slice = vm.alloc(
        &vm.types.slice.clone(),
        Payload::Slice {
            start: Value::Int(0),
            stop: Value::Int(n),
            step: Value::None,
        },
    );
    let b = vm.new_bytes(data);
    vm.set_item(target, slice, b)?;
    Ok(Value::Int(n))
}
