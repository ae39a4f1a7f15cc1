//! The `_io` module (what `io` re-exports): the stream classes, `open`, and the
//! constructors of the file classes (FileIO over a path or descriptor; the buffered
//! and text layers over a file object, sharing its byte stream).

use crate::modules::io_base::DEFAULT_BUFFER_SIZE;
use crate::modules::sys::{module_set, new_module};
use crate::objects::file::{Kind, PyFile};
use crate::objects::file_codec::Codec;
use crate::objects::file_open::{new_file, open_impl, text_info, types, unsupported, OpenRequest};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// `__new__` of TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, FileIO
/// (in that order: file_open::types picks them by index).
pub const CONSTRUCTORS: [(&str, NativeFn); 5] = [
    ("__new__", text_new),
    ("__new__", reader_new),
    ("__new__", writer_new),
    ("__new__", random_new),
    ("__new__", fileio_new),
];

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_io");
    let t = types(vm);
    let classes = [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.rawbase),
        ("_BufferedIOBase", &t.bufbase),
        ("_TextIOBase", &t.textbase),
        ("FileIO", &t.raw),
        ("BufferedReader", &t.reader),
        ("BufferedWriter", &t.writer),
        ("BufferedRandom", &t.random),
        ("TextIOWrapper", &t.text),
        ("StringIO", &t.stringio),
        ("BytesIO", &t.bytesio),
        ("UnsupportedOperation", &t.unsupported),
    ];
    for (name, cls) in classes {
        module_set(vm, &m, name, Value::Obj(cls.clone()));
    }
    module_set(
        vm,
        &m,
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE),
    );
    if let Some(open) = vm.get_builtin("open") {
        module_set(vm, &m, "open", open);
    }
    for (name, f) in [
        ("text_encoding", text_encoding as NativeFn),
        ("open_code", open_code),
        ("_decode", decode),
        ("_encode", encode),
        ("__getattr__", module_getattr),
    ] {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    if let Some(e) = vm.get_builtin("BlockingIOError") {
        module_set(vm, &m, "BlockingIOError", e);
    }
    m
}

/// IncrementalNewlineDecoder and BufferedRWPair are written in Python
/// (lib/_taipan_io.py); CPython's io.py imports them from here (PEP 562 hook).
fn module_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__getattr__", 1, 1)?;
    let name = args.pos[0].clone();
    let n = name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if n == "IncrementalNewlineDecoder" || n == "BufferedRWPair" {
        let helper = vm.intern("_taipan_io");
        let m = vm.import_name(&helper, &Value::None, &Value::Int(0))?;
        return vm.get_attr(&m, &name);
    }
    Err(vm.attribute_error(format!("module '_io' has no attribute '{n}'")))
}

/// text_encoding(encoding, stacklevel=2): the encoding, or "locale" for None.
fn text_encoding(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "text_encoding", 1, 2)?;
    let e = &args.pos[0];
    if e.is_none() {
        return Ok(vm.new_str("locale"));
    }
    Ok(e.clone())
}

/// open_code(path): the file opened for reading bytes.
fn open_code(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "open_code", 1, 1)?;
    if args.pos[0].as_str().is_none() {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("open_code() argument 'path' must be str, not {t}")));
    }
    open_impl(vm, request(args.pos[0].clone(), "rb", -1))
}

fn request(file: Value, mode: &str, buffering: i64) -> OpenRequest {
    OpenRequest {
        file,
        mode: mode.to_string(),
        buffering,
        encoding: None,
        errors: None,
        newline: None,
        closefd: true,
        opener: None,
    }
}

/// The class argument of a `__new__`, removed from the arguments.
fn take_cls(vm: &mut Vm, args: &mut Args) -> PyResult<ObjRef> {
    match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => {
            args.pos.remove(0);
            Ok(c)
        }
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// FileIO(file, mode='r', closefd=True, opener=None).
fn fileio_new(vm: &mut Vm, mut args: Args) -> PyResult {
    take_cls(vm, &mut args)?;
    let s = args.bind(vm, "FileIO", &["file", "mode", "closefd", "opener"], 1)?;
    let mode = match &s[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(m) => m.as_str().to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("FileIO() argument 'mode' must be str, not {t}")));
            }
        },
    };
    if mode.contains('t') || mode.matches('b').count() > 1 {
        return Err(vm.value_error(format!("invalid mode: {mode}")));
    }
    let mut req = request(s[0].clone().unwrap_or(Value::None), &mode, 0);
    if !req.mode.contains('b') {
        req.mode.push('b');
    }
    if let Some(c) = &s[2] {
        req.closefd = vm.truthy(c)?;
    }
    req.opener = s[3].clone().filter(|o| !o.is_none());
    open_impl(vm, req)
}

/// The file object a layer is being built over (only Taipan's own files can be).
fn lower<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a PyFile> {
    match v.payload() {
        Some(Payload::File(f)) => Ok(f),
        _ => {
            let t = vm.type_name(v);
            Err(vm.not_implemented_error(format!(
                "{what} over a '{t}' object (only over file objects from open())"
            )))
        }
    }
}

/// A new layer over `f`'s byte stream.
fn layer(f: &PyFile, kind: Kind) -> PyFile {
    PyFile {
        stream: f.stream.clone(),
        kind,
        name: f.name.clone(),
        mode: f.mode.clone(),
        readable: f.readable,
        writable: f.writable,
        text: None,
        closefd: f.closefd,
    }
}

/// BufferedReader/Writer/Random(raw, buffer_size=DEFAULT_BUFFER_SIZE).
fn buffered_new(vm: &mut Vm, mut args: Args, kind: Kind, name: &str) -> PyResult {
    take_cls(vm, &mut args)?;
    let s = args.bind(vm, name, &["raw", "buffer_size"], 1)?;
    if let Some(size) = &s[1] {
        if vm.index_of(size)? <= 0 {
            return Err(vm.value_error("buffer size must be strictly positive"));
        }
    }
    let raw = s[0].clone().unwrap_or(Value::None);
    let f = lower(vm, &raw, name)?;
    let (need_read, need_write) = match kind {
        Kind::Reader => (true, false),
        Kind::Writer => (false, true),
        _ => (true, true),
    };
    if need_read && !f.readable {
        return Err(unsupported(vm, "File or stream is not readable."));
    }
    if need_write && !f.writable {
        return Err(unsupported(vm, "File or stream is not writable."));
    }
    let new = layer(f, kind);
    Ok(new_file(vm, new))
}

fn reader_new(vm: &mut Vm, args: Args) -> PyResult {
    buffered_new(vm, args, Kind::Reader, "BufferedReader")
}

fn writer_new(vm: &mut Vm, args: Args) -> PyResult {
    buffered_new(vm, args, Kind::Writer, "BufferedWriter")
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult {
    buffered_new(vm, args, Kind::Random, "BufferedRandom")
}

/// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False).
fn text_new(vm: &mut Vm, mut args: Args) -> PyResult {
    take_cls(vm, &mut args)?;
    let names = [
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let s = args.bind(vm, "TextIOWrapper", &names, 1)?;
    let mut strs = Vec::new();
    for (i, what) in [(1, "encoding"), (2, "errors"), (3, "newline")] {
        strs.push(match &s[i] {
            Some(v) if !v.is_none() => match v.as_str() {
                Some(t) => Some(t.as_str().to_string()),
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "TextIOWrapper() argument '{what}' must be str or None, not {t}"
                    )));
                }
            },
            _ => None,
        });
    }
    let newline = strs.pop().flatten();
    let errors = strs.pop().flatten();
    let encoding = strs.pop().flatten();
    let buffer = s[0].clone().unwrap_or(Value::None);
    if !matches!(buffer.payload(), Some(Payload::File(_))) {
        // Any other buffer (a BytesIO, a Python class): the pure-Python wrapper.
        let name = vm.new_str("_pytextio");
        let module = vm.import_name(&name, &Value::None, &Value::Int(0))?;
        let cls = vm.get_attr_str(&module, "TextIOWrapper")?;
        let mut a = Args::new([buffer]);
        for (i, n) in names.iter().enumerate().skip(1) {
            if let Some(v) = &s[i] {
                a.kw.push(((*n).into(), v.clone()));
            }
        }
        return vm.call(&cls, a);
    }
    let f = lower(vm, &buffer, "TextIOWrapper")?;
    let mut new = layer(f, Kind::Text);
    new.mode = new.mode.replace('b', "");
    let t = text_info(vm, encoding, errors, newline)?;
    if let Some(lb) = &s[4] {
        t.line_buffering.set(vm.truthy(lb)?);
    }
    new.text = Some(t);
    Ok(new_file(vm, new))
}

/// The codec named by argument 1 and the error handler of argument 2 (for the Python
/// TextIOWrapper, which may not rely on bytes.decode/str.encode being there).
fn codec_args(vm: &mut Vm, args: &Args, what: &str) -> PyResult<(Codec, String)> {
    args.positional(vm, what, 3, 3)?;
    let (Some(enc), Some(errors)) = (args.pos[1].as_str(), args.pos[2].as_str()) else {
        return Err(vm.type_error(format!("{what}() encoding and errors must be str")));
    };
    let Some(codec) = Codec::lookup(enc.as_str()) else {
        let cls = vm.exc.lookup_error.clone();
        return Err(vm.new_exception(&cls, format!("unknown encoding: {}", enc.as_str())));
    };
    Ok((codec, errors.as_str().to_string()))
}

fn codec_error(vm: &mut Vm, msg: String, errors: &str, decoding: bool) -> Value {
    if msg.is_empty() {
        let cls = vm.exc.lookup_error.clone();
        return vm.new_exception(&cls, format!("unknown error handler name '{errors}'"));
    }
    let cls = if decoding {
        vm.exc.unicode_decode_error.clone()
    } else {
        vm.exc.unicode_encode_error.clone()
    };
    vm.new_exception(&cls, msg)
}

/// _decode(data, encoding, errors) -> str.
fn decode(vm: &mut Vm, args: Args) -> PyResult {
    let (codec, errors) = codec_args(vm, &args, "_decode")?;
    let Some(Payload::Bytes(b)) = args.pos[0].payload() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    match codec.decode(b, &errors, 0) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(msg) => Err(codec_error(vm, msg, &errors, true)),
    }
}

/// _encode(text, encoding, errors) -> bytes.
fn encode(vm: &mut Vm, args: Args) -> PyResult {
    let (codec, errors) = codec_args(vm, &args, "_encode")?;
    let Some(s) = args.pos[0].as_str() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    match codec.encode(s.as_str(), &errors) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(msg) => Err(codec_error(vm, msg, &errors, false)),
    }
}
