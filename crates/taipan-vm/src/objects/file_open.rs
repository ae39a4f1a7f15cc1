//! The `open()` builtin: argument and mode checking as CPython's `_io.open`, and the
//! `_io` classes (created on first use, shared by `open()`, `sys` and the `_io` module).

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
    pub iobase: ObjRef,
    pub rawbase: ObjRef,
    pub bufbase: ObjRef,
    pub textbase: ObjRef,
    pub stringio: ObjRef,
    pub bytesio: ObjRef,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<FileTypes>>> = const { RefCell::new(None) };
}

pub fn new_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    bases: Vec<ObjRef>,
    layout: Layout,
) -> ObjRef {
    let cls = typeobj::new_type(&vm.types.type_, name, bases, layout, false);
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    let m = vm.new_str(module);
    typeobj::set_attr(vm, &cls, "__module__", m);
    cls
}

/// The `_io` classes, made on first use (by `open()`, `sys` or `import io`).
pub fn types(vm: &mut Vm) -> Rc<FileTypes> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    use crate::modules::io_base;
    let [iobase, rawbase, bufbase, textbase] = io_base::create_bases(vm);
    let make = |vm: &mut Vm,
                name: &str,
                base: &ObjRef,
                methods: &[&[(&'static str, crate::vm::NativeFn)]]| {
        let cls = new_class(vm, name, "_io", vec![base.clone()], Layout::Opaque);
        for m in methods {
            typeobj::add_methods(vm, &cls, m);
        }
        crate::objects::file_methods::add_properties(vm, &cls, name);
        cls
    };
    use crate::objects::{file_binary as b, file_methods as c, file_text as t};
    let ctor = crate::modules::io_module::CONSTRUCTORS;
    let text = make(
        vm,
        "TextIOWrapper",
        &textbase,
        &[c::METHODS, t::METHODS, &ctor[0..1]],
    );
    let reader = make(
        vm,
        "BufferedReader",
        &bufbase,
        &[c::METHODS, b::METHODS, &ctor[1..2]],
    );
    let writer = make(
        vm,
        "BufferedWriter",
        &bufbase,
        &[c::METHODS, b::METHODS, &ctor[2..3]],
    );
    let random = make(
        vm,
        "BufferedRandom",
        &bufbase,
        &[c::METHODS, b::METHODS, &ctor[3..4]],
    );
    let raw = make(
        vm,
        "FileIO",
        &rawbase,
        &[c::METHODS, b::METHODS, &ctor[4..5]],
    );
    let bases = vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()];
    // A heap class, as CPython's (made like a Python-level exception): CPython's io.py
    // sets its __module__.
    let unsupported = typeobj::new_type(
        &vm.types.type_,
        "UnsupportedOperation",
        bases,
        Layout::Exception,
        true,
    );
    if let Ok(m) = typeobj::compute_mro(&unsupported) {
        *typeobj::ty(&unsupported).mro.borrow_mut() = m;
    }
    let module = vm.new_str("io");
    typeobj::set_attr(vm, &unsupported, "__module__", module);
    let stringio = crate::modules::io_stringio::create_class(vm, &textbase);
    let bytesio = crate::modules::io_bytesio::create_class(vm, &bufbase);
    let t = Rc::new(FileTypes {
        text,
        reader,
        writer,
        random,
        raw,
        unsupported,
        iobase,
        rawbase,
        bufbase,
        textbase,
        stringio,
        bytesio,
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
pub fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<(std::path::PathBuf, Value)> {
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

pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub binary: bool,
}

pub fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
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
    let file = s[0].clone().unwrap_or(Value::None);
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
    let req = OpenRequest {
        encoding: opt_str(vm, &s[3], "encoding")?,
        errors: opt_str(vm, &s[4], "errors")?,
        newline: opt_str(vm, &s[5], "newline")?,
        closefd: match &s[6] {
            None => true,
            Some(v) => vm.truthy(v)?,
        },
        opener: s[7].clone().filter(|o| !o.is_none()),
        file,
        mode,
        buffering,
    };
    open_impl(vm, req)
}

pub struct OpenRequest {
    pub file: Value,
    pub mode: String,
    pub buffering: i64,
    pub encoding: Option<String>,
    pub errors: Option<String>,
    pub newline: Option<String>,
    pub closefd: bool,
    pub opener: Option<Value>,
}

/// The descriptor of an open file: `open(fd)` takes it as given (checked to be open),
/// an opener makes it from the path and flags, otherwise the path is opened.
fn open_fd(vm: &mut Vm, req: &OpenRequest, m: &Mode) -> PyResult<std::fs::File> {
    use std::os::fd::FromRawFd;
    let (readable, writable) = (m.reading || m.updating, !m.reading || m.updating);
    let fd = match &req.file {
        Value::Int(fd) => Some(*fd),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    if let Some(fd) = fd {
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        // SAFETY: fstat only inspects the descriptor.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd as i32, &mut st) } != 0 {
            return Err(vm.os_error_io(&std::io::Error::last_os_error(), None));
        }
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            return Err(vm.os_error_io(&std::io::Error::from_raw_os_error(21), None));
        }
        // SAFETY: the descriptor is open; Stream::closefd decides who closes it.
        return Ok(unsafe { std::fs::File::from_raw_fd(fd as i32) });
    }
    let (path, _) = path_arg(vm, &req.file)?;
    if !req.closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let shown = path.to_string_lossy().into_owned();
    if let Some(opener) = &req.opener {
        let mut flags = libc::O_CLOEXEC
            | match (readable, writable) {
                (true, true) => libc::O_RDWR,
                (true, false) => libc::O_RDONLY,
                _ => libc::O_WRONLY,
            };
        if m.creating {
            flags |= libc::O_EXCL | libc::O_CREAT;
        } else if m.writing {
            flags |= libc::O_CREAT | libc::O_TRUNC;
        } else if m.appending {
            flags |= libc::O_APPEND | libc::O_CREAT;
        }
        let fd = vm.call(
            opener,
            Args::new([req.file.clone(), Value::Int(i64::from(flags))]),
        )?;
        let Value::Int(fd) = fd else {
            return Err(vm.type_error("expected integer from opener"));
        };
        if fd < 0 {
            return Err(vm.value_error(format!("opener returned {fd}")));
        }
        // SAFETY: the opener handed this descriptor over to the file.
        return Ok(unsafe { std::fs::File::from_raw_fd(fd as i32) });
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(readable).write(writable);
    if m.creating {
        opts.create_new(true);
    } else if m.writing {
        opts.create(true).truncate(true);
    } else if m.appending {
        opts.create(true).append(true);
    }
    let opened = opts.open(&path).and_then(|f| {
        // Reading a directory "works" on Linux; CPython refuses it at open.
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    opened.map_err(|e| vm.os_error_io(&e, Some(&shown)))
}

pub fn open_impl(vm: &mut Vm, req: OpenRequest) -> PyResult {
    let m = parse_mode(vm, &req.mode)?;
    let (encoding, errors, newline) = (&req.encoding, &req.errors, &req.newline);
    let buffering = req.buffering;
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
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let f = open_fd(vm, &req, &m)?;
    // The file keeps the path `__fspath__` gave as its name, as FileIO does.
    let name = match &req.file {
        Value::Int(_) | Value::Bool(_) => req.file.clone(),
        other => path_arg(vm, other)?.1,
    };
    let mut stream = Stream::new(f, buffering == 0);
    stream.closefd = req.closefd;
    let stream = Rc::new(RefCell::new(stream));
    if m.appending {
        // As FileIO does, so that tell() starts at the end (not possible on pipes).
        let _ = stream.borrow_mut().seek(std::io::SeekFrom::End(0));
    }
    let text = if m.binary {
        None
    } else {
        let t = text_info(vm, req.encoding, req.errors, req.newline)?;
        t.line_buffering.set(buffering == 1);
        Some(t)
    };
    if writable {
        file::register_writer(&stream);
    }
    let kind = if text.is_some() {
        Kind::Text
    } else if buffering == 0 {
        Kind::Raw
    } else if readable && writable {
        Kind::Random
    } else if writable {
        Kind::Writer
    } else {
        Kind::Reader
    };
    let mode = if text.is_some() {
        req.mode
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
        closefd: req.closefd,
    };
    Ok(new_file(vm, obj))
}

/// A file object of the class its kind calls for.
pub fn new_file(vm: &mut Vm, f: PyFile) -> Value {
    let t = types(vm);
    let cls = match f.kind {
        Kind::Text => &t.text,
        Kind::Raw => &t.raw,
        Kind::Random => &t.random,
        Kind::Writer => &t.writer,
        Kind::Reader => &t.reader,
    };
    vm.alloc(cls, Payload::File(Box::new(f)))
}

pub fn text_info(
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
        seen: std::cell::Cell::new(0),
        line_buffering: std::cell::Cell::new(false),
    })
}
