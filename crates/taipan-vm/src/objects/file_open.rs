//! The `open()` builtin: argument and mode checking as CPython's `_io.open`, and the
//! file types it makes (created on first use; no `_io` module to hold them yet).

use crate::objects::file::{self, Kind, Newline, PyFile, Stream, TextInfo};
use crate::objects::file_codec::Codec;
use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct FileTypes {
    pub text: ObjRef,
    pub reader: ObjRef,
    pub writer: ObjRef,
    pub random: ObjRef,
    pub raw: ObjRef,
    pub unsupported: ObjRef,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<FileTypes>>> = const { RefCell::new(None) };
}

fn new_class(vm: &mut Vm, name: &str, module: &str, bases: Vec<ObjRef>, layout: Layout) -> ObjRef {
    let cls = typeobj::new_type(&vm.types.type_, name, bases, layout, false);
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    let m = vm.new_str(module);
    typeobj::set_attr(vm, &cls, "__module__", m);
    cls
}

pub fn types(vm: &mut Vm) -> Rc<FileTypes> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let make = |vm: &mut Vm, name: &str, methods: &[&[(&'static str, crate::vm::NativeFn)]]| {
        let cls = new_class(vm, name, "_io", vec![object.clone()], Layout::Opaque);
        for m in methods {
            typeobj::add_methods(vm, &cls, m);
        }
        crate::objects::file_methods::add_properties(vm, &cls, name == "TextIOWrapper");
        cls
    };
    use crate::objects::{file_binary as b, file_methods as c, file_text as t};
    let text = make(vm, "TextIOWrapper", &[c::METHODS, t::METHODS]);
    let reader = make(vm, "BufferedReader", &[c::METHODS, b::METHODS]);
    let writer = make(vm, "BufferedWriter", &[c::METHODS, b::METHODS]);
    let random = make(vm, "BufferedRandom", &[c::METHODS, b::METHODS]);
    let raw = make(vm, "FileIO", &[c::METHODS, b::METHODS]);
    let bases = vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()];
    let unsupported = new_class(vm, "UnsupportedOperation", "io", bases, Layout::Exception);
    let t = Rc::new(FileTypes {
        text,
        reader,
        writer,
        random,
        raw,
        unsupported,
    });
    TYPES.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> Value {
    let cls = types(vm).unsupported.clone();
    vm.new_exception(&cls, msg)
}

/// A path argument: str, bytes, or an object whose `__fspath__` gives one of them;
/// the path and the str or bytes it came from.
fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<(std::path::PathBuf, Value)> {
    use std::os::unix::ffi::OsStrExt;
    let p = match v.payload() {
        Some(Payload::Str(_) | Payload::Bytes(_)) => v.clone(),
        _ => match typeobj::lookup(vm.type_of(v), "__fspath__") {
            Some(f) => vm.call1(&f, v.clone())?,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        },
    };
    match p.payload() {
        Some(Payload::Str(s)) => Ok((s.as_str().into(), p.clone())),
        Some(Payload::Bytes(b)) => Ok((std::ffi::OsStr::from_bytes(b).into(), p.clone())),
        _ => {
            let (t, pt) = (vm.type_name(v), vm.type_name(&p));
            Err(vm.type_error(format!(
                "expected {t}.__fspath__() to return str or bytes, not {pt}"
            )))
        }
    }
}

/// An optional str argument (None when absent or None).
fn opt_str(vm: &mut Vm, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {t}"
                )))
            }
        },
    }
}

struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = Mode {
        creating: has('x'),
        reading: has('r'),
        writing: has('w'),
        appending: has('a'),
        updating: has('+'),
        binary: has('b'),
    };
    if has('t') && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let s = args.bind(vm, "open", &names, 1)?;
    let name = s[0].clone().unwrap_or(Value::None);
    let mode = match &s[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(m) => m.as_str().to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let buffering = match &s[2] {
        None => -1,
        Some(v) => vm.index_of(v)?,
    };
    let encoding = opt_str(vm, &s[3], "encoding")?;
    let errors = opt_str(vm, &s[4], "errors")?;
    let newline = opt_str(vm, &s[5], "newline")?;
    let closefd = match &s[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    if s[7].as_ref().is_some_and(|o| !o.is_none()) {
        return Err(vm.not_implemented_error("open(): opener is not supported"));
    }
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if matches!(name, Value::Int(_) | Value::Bool(_)) {
        return Err(vm.not_implemented_error("open(): file descriptors are not supported"));
    }
    // The file keeps the path `__fspath__` gave as its name, as FileIO does.
    let (path, name) = path_arg(vm, &name)?;
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(readable).write(writable);
    if m.creating {
        opts.create_new(true);
    } else if m.writing {
        opts.create(true).truncate(true);
    } else if m.appending {
        opts.create(true).append(true);
    }
    let shown = path.to_string_lossy().into_owned();
    let opened = opts.open(&path).and_then(|f| {
        // Reading a directory "works" on Linux; CPython refuses it at open.
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    let f = match opened {
        Ok(f) => f,
        Err(e) => return Err(vm.os_error_io(&e, Some(&shown))),
    };
    let stream = Rc::new(RefCell::new(Stream::new(f, buffering == 0)));
    if m.appending {
        // As FileIO does, so that tell() starts at the end.
        let r = stream.borrow_mut().seek(std::io::SeekFrom::End(0));
        r.map_err(|e| vm.os_error_io(&e, None))?;
    }
    let text = if m.binary {
        None
    } else {
        Some(text_info(vm, encoding, errors, newline)?)
    };
    if writable {
        file::register_writer(&stream);
    }
    let t = types(vm);
    let (kind, cls) = if text.is_some() {
        (Kind::Text, &t.text)
    } else if buffering == 0 {
        (Kind::Raw, &t.raw)
    } else if readable && writable {
        (Kind::Random, &t.random)
    } else if writable {
        (Kind::Writer, &t.writer)
    } else {
        (Kind::Reader, &t.reader)
    };
    let mode = if text.is_some() {
        mode
    } else {
        let plus = if m.updating { "+" } else { "" };
        match () {
            _ if m.creating => format!("xb{plus}"),
            _ if m.appending => format!("ab{plus}"),
            _ if readable && writable => "rb+".to_string(),
            _ if readable => "rb".to_string(),
            _ => "wb".to_string(),
        }
    };
    let obj = PyFile {
        stream,
        kind,
        name,
        mode,
        readable,
        writable,
        text,
        closefd,
    };
    Ok(vm.alloc(cls, Payload::File(Box::new(obj))))
}

fn text_info(
    vm: &mut Vm,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
) -> PyResult<TextInfo> {
    let (encoding, codec) = match encoding.as_deref() {
        None | Some("locale") => ("UTF-8".to_string(), Codec::Utf8),
        Some(e) => match Codec::lookup(e) {
            Some(c) => (e.to_string(), c),
            None => {
                let cls = vm.exc.lookup_error.clone();
                return Err(vm.new_exception(&cls, format!("unknown encoding: {e}")));
            }
        },
    };
    let newline = match newline.as_deref() {
        None => Newline::Translate,
        Some("") => Newline::Universal,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => {
            return Err(vm.value_error(format!("illegal newline value: {other}")));
        }
    };
    Ok(TextInfo {
        encoding,
        codec,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
    })
}
