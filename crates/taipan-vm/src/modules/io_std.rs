//! sys.stdin, sys.stdout and sys.stderr. stdin is an ordinary text file on descriptor
//! 0. stdout and stderr write through the VM's own buffered `StdStream`s (what print()
//! uses directly), so print() and sys.stdout.write() stay in order and print() keeps
//! its fast path; their class is a subclass of TextIOWrapper, so isinstance() holds.

use crate::objects::file::{Kind, Newline, PyFile, Stream, TextInfo};
use crate::objects::file_codec::Codec;
use crate::objects::file_methods::add_getters;
use crate::objects::file_open::{new_class, new_file, types, unsupported};
use crate::objects::typeobj::{self, Layout};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::os::fd::FromRawFd;
use std::rc::Rc;

const METHODS: &[(&str, NativeFn)] = &[
    ("write", write),
    ("writelines", writelines),
    ("flush", flush),
    ("close", flush),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", no),
    ("writable", yes),
    ("seekable", no),
    ("read", not_readable),
    ("readline", not_readable),
    ("readlines", not_readable),
    ("__next__", not_readable),
    ("seek", not_seekable),
    ("tell", not_seekable),
    ("truncate", not_seekable),
    ("reconfigure", reconfigure),
    ("__repr__", repr),
];

/// A file over a standard descriptor the stream must never close.
fn std_file(fd: i32, kind: Kind, text: bool) -> PyFile {
    // SAFETY: descriptors 0-2 belong to the process; closefd=false keeps them open.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    // Writes go straight out (after the VM's own buffers), keeping output in order.
    let mut stream = Stream::new(file, fd != 0);
    stream.closefd = false;
    let (readable, writable) = (fd == 0, fd != 0);
    let mode = match (text, fd) {
        (true, 0) => "r",
        (true, _) => "w",
        (false, 0) => "rb",
        (false, _) => "wb",
    };
    PyFile {
        stream: Rc::new(RefCell::new(stream)),
        kind,
        name: Value::None,
        mode: mode.to_string(),
        readable,
        writable,
        text: text.then(|| TextInfo {
            encoding: "utf-8".to_string(),
            codec: Codec::Utf8,
            errors: "strict".to_string(),
            newline: Newline::Translate,
            seen: std::cell::Cell::new(0),
            line_buffering: std::cell::Cell::new(false),
        }),
        closefd: false,
    }
}

/// sys.stdin: a text file reading descriptor 0.
pub fn stdin(vm: &mut Vm) -> Value {
    let mut f = std_file(0, Kind::Text, true);
    f.name = vm.new_str("<stdin>");
    new_file(vm, f)
}

/// sys.stdout (fd 1) or sys.stderr (fd 2).
pub fn std_stream(vm: &mut Vm, fd: i64) -> Value {
    let text = types(vm).text.clone();
    let cls = new_class(vm, "TextIOWrapper", "_io", vec![text], Layout::Opaque);
    typeobj::add_methods(vm, &cls, METHODS);
    add_getters(
        vm,
        &cls,
        &[
            ("name", get_name),
            ("mode", get_mode),
            ("encoding", get_encoding),
            ("errors", get_errors),
            ("closed", no),
            ("line_buffering", get_line_buffering),
            ("write_through", no),
            ("newlines", get_none),
            ("buffer", get_buffer),
        ],
    );
    vm.alloc(&cls, Payload::Marker(std::cell::Cell::new(fd as u64)))
}

fn fd_of(vm: &mut Vm, args: &Args) -> PyResult<i32> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Marker(c)) => Ok(c.get() as i32),
        _ => Err(vm.type_error("descriptor requires a standard stream")),
    }
}

fn write_text(vm: &mut Vm, fd: i32, text: &str) {
    if fd == 2 {
        vm.write_stderr(text);
    } else {
        vm.write_stdout(text);
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    crate::objects::file_methods::arity(vm, &args, "TextIOWrapper.write", 1, 1)?;
    let fd = fd_of(vm, &args)?;
    let Some(s) = args.pos[1].as_str() else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let n = s.char_len();
    let text = s.as_str().to_string();
    write_text(vm, fd, &text);
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult {
    crate::objects::file_methods::arity(vm, &args, "TextIOWrapper.writelines", 1, 1)?;
    let fd = fd_of(vm, &args)?;
    for line in vm.iterate(&args.pos[1])? {
        let Some(s) = line.as_str() else {
            let t = vm.type_name(&line);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        };
        let text = s.as_str().to_string();
        write_text(vm, fd, &text);
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult {
    crate::objects::file_methods::arity(vm, &args, "TextIOWrapper.flush", 0, 0)?;
    let fd = fd_of(vm, &args)?;
    if fd == 2 {
        vm.err.flush();
    } else {
        vm.out.flush();
    }
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(i64::from(fd_of(vm, &args)?)))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn no(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}

fn yes(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(true))
}

fn get_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn not_readable(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "not readable"))
}

fn not_seekable(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "underlying stream is not seekable"))
}

/// reconfigure(*, encoding, errors, newline, line_buffering, write_through): the
/// streams are UTF-8 already; other settings are accepted and have no effect.
fn reconfigure(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    if args.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    for name in names {
        if let Some(v) = args.take_kw(name) {
            if name == "encoding" && !v.is_none() {
                let e = v
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                if Codec::lookup(&e) != Some(Codec::Utf8) {
                    return Err(vm.not_implemented_error(format!(
                        "reconfigure(): the standard streams only support UTF-8, not {e}"
                    )));
                }
            }
        }
    }
    args.invalid_kw(vm, "reconfigure")?;
    Ok(Value::None)
}

fn stream_name(fd: i32) -> &'static str {
    if fd == 2 {
        "<stderr>"
    } else {
        "<stdout>"
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    let s = format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        stream_name(fd)
    );
    Ok(vm.new_str(s))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    Ok(vm.new_str(stream_name(fd)))
}

fn get_mode(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("w"))
}

fn get_encoding(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

fn get_errors(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    Ok(vm.new_str(if fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    }))
}

fn get_line_buffering(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    Ok(Value::Bool(fd == 2 || tty))
}

/// `buffer`: a binary writer on the same descriptor; it writes straight through after
/// flushing the VM's buffers, so text and bytes come out in order.
fn get_buffer(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_of(vm, &args)?;
    let mut f = std_file(fd, Kind::Writer, false);
    f.name = vm.new_str(stream_name(fd));
    Ok(new_file(vm, f))
}
