//! bytes and bytearray: the bytearray payload, access to the bytes of any "bytes-like"
//! object (bytes, bytearray, memoryview: CPython's buffer protocol), their reprs and hash,
//! and the constructors `bytes(...)` / `bytearray(...)` with CPython's checks.

use crate::objects::int;
use crate::objects::typeobj;
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

/// A bytearray's storage and the number of memoryviews exporting it (while there are any,
/// its size cannot change: CPython's `ob_exports`).
#[derive(Default)]
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }
}

/// The bytes of a bytes-like object, borrowed where possible.
pub enum BufRef<'a> {
    Slice(&'a [u8]),
    Array(Ref<'a, Vec<u8>>),
    Owned(Vec<u8>),
}

impl Deref for BufRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BufRef::Slice(s) => s,
            BufRef::Array(r) => r,
            BufRef::Owned(v) => v,
        }
    }
}

/// The bytes of a bytes-like object (bytes, bytearray or a live memoryview), or None.
pub fn buffer(v: &Value) -> Option<BufRef<'_>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(BufRef::Slice(b)),
        Payload::ByteArray(a) => Some(BufRef::Array(a.data.borrow())),
        Payload::MemoryView(m) => m.to_bytes().map(BufRef::Owned),
        _ => None,
    }
}

/// Whether `v` supports the buffer protocol (a released memoryview still does: using it
/// is the error).
pub fn is_buffer(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_))
    )
}

/// The bytearray payload of `v`, if it is one.
pub fn bytearray_of(v: &Value) -> Option<&PyByteArray> {
    match v.payload()? {
        Payload::ByteArray(a) => Some(a),
        _ => None,
    }
}

impl Vm {
    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        self.alloc(
            &self.types.bytearray,
            Payload::ByteArray(Box::new(PyByteArray::new(b))),
        )
    }

    /// The bytes of a bytes-like argument: a copy, so callers may run Python code after.
    /// A released memoryview raises ValueError; anything else gives None.
    pub fn buffer_arg(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(Payload::MemoryView(m)) = v.payload() {
            return match m.to_bytes() {
                Some(b) => Ok(Some(b)),
                None => Err(crate::objects::memoryview::released_error(self)),
            };
        }
        Ok(buffer(v).map(|b| b.to_vec()))
    }

    /// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
    pub fn bytes_like(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match self.buffer_arg(v)? {
            Some(b) => Ok(b),
            None => Err(self.type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(v)
            ))),
        }
    }
}

/// CPython's bytes repr: single quotes unless the data has ' and no ". bytearray's repr
/// (`escape_single`) escapes every single quote, even inside double quotes.
pub fn bytes_repr(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\'' if quote == b'\'' || escape_single => out.push_str("\\'"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[usize::from(c >> 4)] as char);
                out.push(HEX[usize::from(c & 15)] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

/// `bytearray(b'...')`, with the class name for a subclass.
pub fn bytearray_repr(name: &str, b: &[u8]) -> String {
    format!("{name}({})", bytes_repr(b, true))
}

/// The bytes hash: SipHash of the data with the str hash's key, so that a bytes object
/// and an ASCII str with the same characters hash alike (as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    crate::objects::str::hash_data(b)
}

/// ASCII whitespace as CPython's Py_ISSPACE sees it (including \x0b).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Which of the two types a method's result takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn of(v: &Value) -> Kind {
        match v.payload() {
            Some(Payload::ByteArray(_)) => Kind::ByteArray,
            _ => Kind::Bytes,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
    pub fn make(self, vm: &Vm, b: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => vm.new_bytes(b),
            Kind::ByteArray => vm.new_bytearray(b),
        }
    }
}

/// One item of an iterable given to bytes()/bytearray() (or bytearray.append...): an int
/// in range(256). `msg` is "bytes must be in range(0, 256)" for bytes(), "byte must be in
/// range(0, 256)" for bytearray.
pub fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = if let Some(b) = int::as_bigint(v) {
        num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1)
    } else {
        vm.index_of(v).map_err(|e| {
            if vm.is_instance_of(&e, &vm.exc.index_error.clone()) {
                vm.value_error(msg.to_string())
            } else {
                e
            }
        })?
    };
    u8::try_from(i).map_err(|_| vm.value_error(msg.to_string()))
}

/// The bytes of `bytes(x)` / `bytearray(x)` for a source that is not a str: a count of
/// zero bytes, a bytes-like object, or an iterable of ints.
pub fn from_source(vm: &mut Vm, x: &Value, kind: Kind) -> PyResult<Vec<u8>> {
    // An int (or an object with __index__) is a count of zero bytes.
    let has_index = int::is_int(x)
        || matches!(x, Value::Obj(o) if typeobj::user_defines(&o.class, "__index__").is_some());
    if has_index {
        let n = if int::is_int(x) {
            match int::as_i64(x) {
                Some(n) => n,
                None => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
        } else {
            vm.index_of(x).map_err(|e| {
                if vm.is_instance_of(&e, &vm.exc.index_error.clone()) {
                    vm.overflow_error("cannot fit 'int' into an index-sized integer")
                } else {
                    e
                }
            })?
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if !crate::objects::sequence::fits_alloc(1, n as usize) {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = vm.buffer_arg(x)? {
        return Ok(b);
    }
    let msg = match kind {
        Kind::Bytes => "bytes must be in range(0, 256)",
        Kind::ByteArray => "byte must be in range(0, 256)",
    };
    let it = match vm.get_iter(x) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {}",
                vm.type_name(x),
                kind.name()
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item, msg)?);
    }
    Ok(out)
}

/// The encoding and errors arguments of bytes()/bytearray()/str(): each must be a str.
pub fn text_arg(
    vm: &mut Vm,
    v: Option<Value>,
    fname: &str,
    what: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                vm.type_name(&v)
            ))),
        },
    }
}

/// `bytes(source=b'', encoding=..., errors=...)` for the exact type (subclasses re-wrap).
pub fn bytes_new(vm: &mut Vm, mut args: crate::vm::Args) -> PyResult {
    let slots = args.bind(vm, "bytes", &["source", "encoding", "errors"], 0)?;
    let mut slots = slots.into_iter();
    let x = slots.next().flatten();
    let encoding = text_arg(vm, slots.next().flatten(), "bytes", "encoding")?;
    let errors = text_arg(vm, slots.next().flatten(), "bytes", "errors")?;
    let Some(x) = x else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(vm.new_bytes(Vec::new()));
    };
    if let Some(enc) = encoding {
        let Some(s) = x.as_str().map(|s| s.as_str().to_string()) else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let b = crate::objects::codecs::encode_str(vm, &x, &s, &enc, errors.as_deref())?;
        return Ok(b);
    }
    if errors.is_some() {
        return Err(vm.type_error(if x.as_str().is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Value::Obj(o) = &x {
        if let Some(f) = typeobj::lookup(&o.class, "__bytes__") {
            let r = vm.call1(&f, x.clone())?;
            if !matches!(r.payload(), Some(Payload::Bytes(_))) {
                return Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                )));
            }
            return Ok(r);
        }
        if matches!(o.payload, Payload::Bytes(_)) && std::rc::Rc::ptr_eq(&o.class, &vm.types.bytes)
        {
            return Ok(x.clone());
        }
    }
    if x.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    let b = from_source(vm, &x, Kind::Bytes)?;
    Ok(vm.new_bytes(b))
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`: replaces the contents.
pub fn bytearray_init(vm: &mut Vm, this: &Value, mut args: crate::vm::Args) -> PyResult<()> {
    let slots = args.bind(vm, "bytearray", &["source", "encoding", "errors"], 0)?;
    let mut slots = slots.into_iter();
    let x = slots.next().flatten();
    let encoding = text_arg(vm, slots.next().flatten(), "bytearray", "encoding")?;
    let errors = text_arg(vm, slots.next().flatten(), "bytearray", "errors")?;
    let Some(a) = bytearray_of(this) else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'bytearray' object but received a '{}'",
            vm.type_name(this)
        )));
    };
    // As CPython, the old contents go first of all (even if the new ones then fail).
    if !a.data.borrow().is_empty() {
        check_resizable(vm, a)?;
        a.data.borrow_mut().clear();
    }
    let data = match x {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(vm.type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(s) = x.as_str().map(|s| s.as_str().to_string()) {
                let Some(enc) = encoding else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                let b = crate::objects::codecs::encode_str(vm, &x, &s, &enc, errors.as_deref())?;
                buffer(&b).map(|b| b.to_vec()).unwrap_or_default()
            } else {
                if encoding.is_some() || errors.is_some() {
                    return Err(vm.type_error(if encoding.is_some() {
                        "encoding without a string argument"
                    } else {
                        "errors without a string argument"
                    }));
                }
                from_source(vm, &x, Kind::ByteArray)?
            }
        }
    };
    let Some(a) = bytearray_of(this) else {
        return Ok(());
    };
    if a.exports.get() > 0 && !data.is_empty() {
        return Err(resize_error(vm));
    }
    *a.data.borrow_mut() = data;
    Ok(())
}

/// BufferError for resizing a bytearray that memoryviews are looking at.
pub fn resize_error(vm: &mut Vm) -> Value {
    let cls = vm.exc.buffer_error.clone();
    vm.new_exception(&cls, "Existing exports of data: object cannot be re-sized")
}

/// Fails when `a` is exported (its size must not change).
pub fn check_resizable(vm: &mut Vm, a: &PyByteArray) -> PyResult<()> {
    if a.exports.get() > 0 {
        return Err(resize_error(vm));
    }
    Ok(())
}
