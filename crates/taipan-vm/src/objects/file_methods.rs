//! Methods and attributes every file object from `open()` has: close/flush/fileno,
//! the readable/writable/seekable queries, `with` support, name/mode/closed, repr.

use crate::objects::file::{Kind, PyFile};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("close", close),
    ("flush", flush),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__repr__", repr),
];

/// The file a method was called on.
pub fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyFile> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a file object"))),
    }
}

/// Checks the positional argument count (after self) of a method taking at most `max`.
pub fn arity(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if n < min || n > max {
        let msg = match (min, max) {
            (0, 0) => format!("{name}() takes no arguments ({n} given)"),
            (1, 1) => format!("{name}() takes exactly one argument ({n} given)"),
            _ if n < min => format!("{name}() takes at least {min} argument ({n} given)"),
            _ => format!("{name}() takes at most {max} arguments ({n} given)"),
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// ValueError for an operation on a closed file (CPython's messages differ by method
/// and by type: the text layer's end with a period).
pub fn check_open(vm: &mut Vm, f: &PyFile, msg: &str) -> PyResult<()> {
    if f.stream.borrow().is_closed() {
        return Err(vm.value_error(msg));
    }
    Ok(())
}

pub fn closed_msg(f: &PyFile) -> &'static str {
    if f.kind == Kind::Text {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    }
}

pub fn io_error(vm: &mut Vm, e: std::io::Error) -> Value {
    vm.os_error_io(&e, None)
}

fn close(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "close", 0, 0)?;
    let f = this(vm, &args, "close")?;
    let r = f.stream.borrow_mut().close();
    r.map_err(|e| io_error(vm, e))?;
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "flush", 0, 0)?;
    let f = this(vm, &args, "flush")?;
    check_open(vm, f, "I/O operation on closed file.")?;
    let r = f.stream.borrow_mut().flush();
    r.map_err(|e| io_error(vm, e))?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "fileno", 0, 0)?;
    let f = this(vm, &args, "fileno")?;
    check_open(vm, f, "I/O operation on closed file")?;
    let fd = f.stream.borrow().fileno();
    Ok(Value::Int(fd))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "isatty", 0, 0)?;
    let f = this(vm, &args, "isatty")?;
    check_open(vm, f, "I/O operation on closed file")?;
    let t = f.stream.borrow().isatty();
    Ok(Value::Bool(t))
}

fn readable(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "readable", 0, 0)?;
    let f = this(vm, &args, "readable")?;
    check_open(vm, f, "I/O operation on closed file")?;
    Ok(Value::Bool(f.readable))
}

fn writable(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "writable", 0, 0)?;
    let f = this(vm, &args, "writable")?;
    // A read-only buffered stream answers without looking at its state (CPython).
    if !f.writable && f.kind != Kind::Raw {
        return Ok(Value::Bool(false));
    }
    check_open(vm, f, "I/O operation on closed file")?;
    Ok(Value::Bool(f.writable))
}

fn seekable(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "seekable", 0, 0)?;
    let f = this(vm, &args, "seekable")?;
    check_open(vm, f, "I/O operation on closed file")?;
    let s = f.stream.borrow().seekable();
    Ok(Value::Bool(s))
}

fn enter(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "__enter__", 0, 0)?;
    let f = this(vm, &args, "__enter__")?;
    check_open(vm, f, "I/O operation on closed file.")?;
    Ok(args.pos[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "__exit__")?;
    let r = f.stream.borrow_mut().close();
    r.map_err(|e| io_error(vm, e))?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "__iter__", 0, 0)?;
    let f = this(vm, &args, "__iter__")?;
    check_open(vm, f, "I/O operation on closed file.")?;
    Ok(args.pos[0].clone())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, "__repr__", 0, 0)?;
    let f = this(vm, &args, "__repr__")?;
    let s = file_repr(vm, f)?;
    Ok(vm.new_str(s))
}

pub fn file_repr(vm: &mut Vm, f: &PyFile) -> PyResult<String> {
    let name = vm.repr(&f.name)?;
    let s = match (&f.text, f.kind) {
        (Some(t), _) => format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode, t.encoding
        ),
        (None, Kind::Raw) => {
            let closefd = if f.closefd { "True" } else { "False" };
            if f.stream.borrow().is_closed() {
                "<_io.FileIO [closed]>".to_string()
            } else {
                format!(
                    "<_io.FileIO name={name} mode='{}' closefd={closefd}>",
                    f.mode
                )
            }
        }
        (None, kind) => {
            let t = match kind {
                Kind::Reader => "BufferedReader",
                Kind::Writer => "BufferedWriter",
                _ => "BufferedRandom",
            };
            format!("<_io.{t} name={name}>")
        }
    };
    Ok(s)
}

fn get_closed(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "closed")?;
    let c = f.stream.borrow().is_closed();
    Ok(Value::Bool(c))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(vm, &args, "name")?.name.clone())
}

fn get_mode(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(vm, &args, "mode")?.mode.clone();
    Ok(vm.new_str(m))
}

fn get_encoding(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "encoding")?;
    let e = f
        .text
        .as_ref()
        .map(|t| t.encoding.clone())
        .unwrap_or_default();
    Ok(vm.new_str(e))
}

fn get_errors(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "errors")?;
    let e = f
        .text
        .as_ref()
        .map(|t| t.errors.clone())
        .unwrap_or_default();
    Ok(vm.new_str(e))
}

/// `newlines`: the line endings universal-newline reading has met (None, one str,
/// or a tuple in CPython's order \r, \n, \r\n).
fn get_newlines(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "newlines")?;
    let seen = f.text.as_ref().map_or(0, |t| t.seen.get());
    let names: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
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

fn get_line_buffering(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "line_buffering")?;
    let lb = f.text.as_ref().is_some_and(|t| t.line_buffering.get());
    Ok(Value::Bool(lb))
}

fn get_false(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}

fn get_closefd(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Bool(this(vm, &args, "closefd")?.closefd))
}

/// The layer under this one: `buffer` of a text file, `raw` of a buffered one. They
/// share the byte stream, so reads and writes through either stay in order.
fn get_lower(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(vm, &args, "buffer")?;
    let kind = match (f.kind, f.readable, f.writable) {
        (Kind::Text, true, true) => Kind::Random,
        (Kind::Text, true, false) => Kind::Reader,
        (Kind::Text, _, _) => Kind::Writer,
        _ => Kind::Raw,
    };
    let mode = if f.kind == Kind::Text {
        let m = &f.mode;
        let plus = if m.contains('+') { "+" } else { "" };
        let c = m.chars().find(|c| "rwxa".contains(*c)).unwrap_or('r');
        format!("{c}b{plus}")
    } else {
        f.mode.clone()
    };
    let lower = PyFile {
        stream: f.stream.clone(),
        kind,
        name: f.name.clone(),
        mode,
        readable: f.readable,
        writable: f.writable,
        text: None,
        closefd: f.closefd,
    };
    Ok(crate::objects::file_open::new_file(vm, lower))
}

/// Read-only attributes, as properties whose getter is a native function.
pub fn add_properties(vm: &mut Vm, cls: &ObjRef, class_name: &str) {
    let mut props: Vec<(&'static str, NativeFn)> = vec![
        ("closed", get_closed),
        ("name", get_name),
        ("mode", get_mode),
    ];
    match class_name {
        "TextIOWrapper" => props.extend([
            ("encoding", get_encoding as NativeFn),
            ("errors", get_errors),
            ("newlines", get_newlines),
            ("line_buffering", get_line_buffering),
            ("write_through", get_false),
            ("buffer", get_lower),
        ]),
        "FileIO" => props.push(("closefd", get_closefd)),
        _ => props.push(("raw", get_lower)),
    }
    add_getters(vm, cls, &props);
    if class_name == "TextIOWrapper" {
        // CPython's tokenize.open sets `mode` on the TextIOWrapper it makes.
        let fget = vm.new_builtin("mode", get_mode);
        let fset = vm.new_builtin("mode", set_mode);
        let p = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, cls, "mode", p);
    }
}

/// `text.mode = m`: CPython keeps any value in the instance dict. Taipan's mode is fixed
/// at creation, so only the value it already has is accepted.
fn set_mode(vm: &mut Vm, args: Args) -> PyResult {
    let cur = this(vm, &args, "mode")?.mode.clone();
    let same = args
        .pos
        .get(1)
        .and_then(|v| v.as_str())
        .is_some_and(|s| s.as_str() == cur);
    if !same {
        return Err(vm.not_implemented_error(
            "Taipan does not support changing a TextIOWrapper's mode attribute",
        ));
    }
    Ok(Value::None)
}

/// Adds read-only properties whose getters are native functions.
pub fn add_getters(vm: &mut Vm, cls: &ObjRef, props: &[(&'static str, NativeFn)]) {
    for &(name, f) in props {
        let fget = vm.new_builtin(name, f);
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
