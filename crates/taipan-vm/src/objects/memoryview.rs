//! memoryview: a one-dimensional view of the bytes of a bytes or bytearray object, with
//! CPython's messages. A view of a bytearray counts as an export of it (the bytearray
//! cannot change size until the view is released). Views have a byte offset, a stride
//! and a length, so slices (with steps) are views too; `cast` changes the item format
//! of a contiguous view between bytes and the native C types.

use crate::objects::bytes::{buffer, bytearray_of};
use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::Cell;

pub struct PyMemoryView {
    /// The exporting bytes or bytearray object.
    pub obj: Value,
    /// Byte offset of the first item, byte stride between items, number of items.
    pub start: isize,
    pub step: isize,
    pub len: usize,
    pub format: &'static str,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl PyMemoryView {
    /// The raw bytes of every item, in order (None once released).
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let data = buffer(&self.obj)?;
        let mut out = Vec::with_capacity(self.len * self.itemsize);
        for i in 0..self.len {
            let at = (self.start + i as isize * self.step) as usize;
            out.extend_from_slice(data.get(at..at + self.itemsize)?);
        }
        Some(out)
    }

    fn release(&self) {
        if !self.released.replace(true) {
            if let Some(a) = bytearray_of(&self.obj) {
                a.exports.set(a.exports.get().saturating_sub(1));
            }
        }
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.step == self.itemsize as isize
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

pub fn released_error(vm: &mut Vm) -> Value {
    vm.value_error("operation forbidden on released memoryview object")
}

fn view(v: &Value) -> Option<&PyMemoryView> {
    match v.payload()? {
        Payload::MemoryView(m) => Some(m),
        _ => None,
    }
}

/// The view behind `args.pos[0]`, checked to be live.
fn this<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a PyMemoryView> {
    let Some(m) = args.pos.first().and_then(view) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok(m)
}

/// A new view of `obj`'s bytes (registering an export of a bytearray).
fn make(
    vm: &Vm,
    obj: Value,
    start: isize,
    step: isize,
    len: usize,
    fmt: (&'static str, usize),
    readonly: bool,
) -> Value {
    if let Some(a) = bytearray_of(&obj) {
        a.exports.set(a.exports.get() + 1);
    }
    vm.alloc(
        &vm.types.memoryview,
        Payload::MemoryView(Box::new(PyMemoryView {
            obj,
            start,
            step,
            len,
            format: fmt.0,
            itemsize: fmt.1,
            readonly,
            released: Cell::new(false),
        })),
    )
}

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(vm, "memoryview", &["object"], 1)?;
    let obj = slots[0].clone().unwrap_or(Value::None);
    match obj.payload() {
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(released_error(vm));
            }
            let (o, s, st, n, f, r) = (
                m.obj.clone(),
                m.start,
                m.step,
                m.len,
                (m.format, m.itemsize),
                m.readonly,
            );
            Ok(make(vm, o, s, st, n, f, r))
        }
        Some(Payload::Bytes(b)) => {
            let n = b.len();
            Ok(make(vm, obj.clone(), 0, 1, n, ("B", 1), true))
        }
        Some(Payload::ByteArray(a)) => {
            let n = a.data.borrow().len();
            Ok(make(vm, obj.clone(), 0, 1, n, ("B", 1), false))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&obj)
        ))),
    }
}

/// The item format codes memoryview knows: (code, code with '@', size).
const FORMATS: [(&str, &str, usize); 18] = [
    ("B", "@B", 1),
    ("b", "@b", 1),
    ("c", "@c", 1),
    ("?", "@?", 1),
    ("H", "@H", 2),
    ("h", "@h", 2),
    ("e", "@e", 2),
    ("I", "@I", 4),
    ("i", "@i", 4),
    ("f", "@f", 4),
    ("L", "@L", 8),
    ("l", "@l", 8),
    ("Q", "@Q", 8),
    ("q", "@q", 8),
    ("N", "@N", 8),
    ("n", "@n", 8),
    ("d", "@d", 8),
    ("P", "@P", 8),
];

/// A format string as given (kept for `.format`) and its item size.
fn format_size(f: &str) -> Option<(&'static str, usize)> {
    FORMATS.iter().find_map(|&(c, at, n)| match f {
        _ if f == c => Some((c, n)),
        _ if f == at => Some((at, n)),
        _ => None,
    })
}

/// IEEE half precision (format 'e') to double.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let mant = f64::from(h & 0x3ff);
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + mant / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Double to IEEE half precision, rounding half to even; None when too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Units of the smallest subnormal (2**-24) below 2**-14; of 2**(e-10) above.
    let (e, unit) = if a < 2f64.powi(-14) {
        (0, 2f64.powi(-24))
    } else {
        let e = a.log2().floor() as i32;
        // log2 may be off by one at the edges.
        let e = if 2f64.powi(e) > a {
            e - 1
        } else if 2f64.powi(e + 1) <= a {
            e + 1
        } else {
            e
        };
        (e + 15, 2f64.powi(e - 10))
    };
    let q = a / unit;
    let mut m = q.floor();
    let rest = q - m;
    if rest > 0.5 || (rest == 0.5 && m % 2.0 == 1.0) {
        m += 1.0;
    }
    let bits = if e == 0 {
        // Subnormal (rounding may carry into the smallest normal, which is the same bits).
        m as u32
    } else {
        // Normal: m counts 2**(e-25) units including the implicit 1024.
        ((e as u32) << 10) + (m as u32 - 1024)
    };
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

fn unpack(vm: &Vm, fmt: &str, b: &[u8]) -> Value {
    let fmt = fmt.trim_start_matches('@');
    let u = |n: usize| -> u64 {
        let mut w = [0u8; 8];
        w[..n].copy_from_slice(&b[..n]);
        u64::from_le_bytes(w)
    };
    match fmt {
        "B" => Value::Int(i64::from(b[0])),
        "b" => Value::Int(i64::from(b[0] as i8)),
        "c" => vm.new_bytes(vec![b[0]]),
        "?" => Value::Bool(b[0] != 0),
        "H" => Value::Int(u(2) as i64),
        "h" => Value::Int(i64::from(u(2) as u16 as i16)),
        "I" => Value::Int(u(4) as i64),
        "i" => Value::Int(i64::from(u(4) as u32 as i32)),
        "L" | "Q" | "N" | "P" => vm.new_int(num_bigint::BigInt::from(u(8))),
        "e" => Value::Float(half_to_f64(u(2) as u16)),
        "l" | "q" | "n" => Value::Int(u(8) as i64),
        "f" => Value::Float(f64::from(f32::from_bits(u(4) as u32))),
        _ => Value::Float(f64::from_bits(u(8))),
    }
}

/// The bytes of one item of format `fmt` for the value `v`, or CPython's error.
fn pack(vm: &mut Vm, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let shown = fmt;
    let fmt = fmt.trim_start_matches('@');
    let bad_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{shown}'"));
    let bad_value =
        |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{shown}'"));
    match fmt {
        "c" => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(vec![b[0]]),
            Some(Payload::Bytes(_)) => Err(bad_value(vm)),
            _ => Err(bad_type(vm)),
        },
        "e" => {
            let Some(x) = crate::objects::float::as_f64_num(v) else {
                return Err(bad_type(vm));
            };
            match f64_to_half(x) {
                Some(h) => Ok(h.to_le_bytes().to_vec()),
                None => Err(bad_value(vm)),
            }
        }
        "?" => Ok(vec![u8::from(vm.truthy(v)?)]),
        "f" | "d" => {
            let Some(x) = crate::objects::float::as_f64_num(v) else {
                return Err(bad_type(vm));
            };
            Ok(if fmt == "f" {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let n = if int::is_int(v) {
                int::as_bigint(v).unwrap_or_default()
            } else if has_index(v) {
                num_bigint::BigInt::from(vm.index_of(v)?)
            } else {
                return Err(bad_type(vm));
            };
            let (size, signed) = match fmt {
                "B" => (1, false),
                "b" => (1, true),
                "H" => (2, false),
                "h" => (2, true),
                "I" => (4, false),
                "i" => (4, true),
                "L" | "Q" | "N" => (8, false),
                _ => (8, true),
            };
            // A pointer ('P') takes any value of 64 bits, signed or not.
            if fmt == "P" {
                let one = num_bigint::BigInt::from(1);
                let half: num_bigint::BigInt = &one << 63;
                let lo: num_bigint::BigInt = -half;
                let hi: num_bigint::BigInt = &one << 64;
                if n < lo || n >= hi {
                    return Err(bad_value(vm));
                }
                let m = if n.sign() == num_bigint::Sign::Minus {
                    n + (num_bigint::BigInt::from(1) << 64)
                } else {
                    n
                };
                let mut out = m.to_bytes_le().1;
                out.resize(8, 0);
                return Ok(out);
            }
            let bits = size * 8;
            let one = num_bigint::BigInt::from(1);
            let (lo, hi): (num_bigint::BigInt, num_bigint::BigInt) = if signed {
                let half: num_bigint::BigInt = &one << (bits - 1);
                (-half.clone(), half)
            } else {
                (num_bigint::BigInt::from(0), &one << bits)
            };
            if n < lo || n >= hi {
                return Err(bad_value(vm));
            }
            let m = if n.sign() == num_bigint::Sign::Minus {
                n + (num_bigint::BigInt::from(1) << bits)
            } else {
                n
            };
            let mut out = m.to_bytes_le().1;
            out.resize(size, 0);
            Ok(out)
        }
    }
}

/// `mv[key]`.
pub fn getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult {
    let Some(m) = view(v) else {
        return Err(vm.type_error("expected a memoryview"));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    if let Some(Payload::Slice { .. }) = k.payload() {
        let (start, _, step, n) = crate::objects::sequence::slice_indices(vm, k, m.len)?;
        let m = view(v).expect("checked");
        let s = m.start + start as isize * m.step;
        let st = m.step * step as isize;
        return Ok(make(
            vm,
            m.obj.clone(),
            s,
            st,
            n,
            (m.format, m.itemsize),
            m.readonly,
        ));
    }
    let k = &tuple_key(vm, k, false)?;
    let i = item_index(vm, m.len, k)?;
    let m = view(v).expect("checked");
    let at = (m.start + i as isize * m.step) as usize;
    let data = buffer(&m.obj)
        .map(|b| b[at..at + m.itemsize].to_vec())
        .unwrap_or_default();
    Ok(unpack(vm, m.format, &data))
}

fn has_index(k: &Value) -> bool {
    int::is_int(k)
        || matches!(k, Value::Obj(o) if crate::objects::typeobj::user_defines(&o.class, "__index__").is_some())
}

/// A tuple key of a (1-dimensional) view: one index stands for that index; CPython's
/// errors for other tuples of indices or of slices. Other keys are returned as they are.
fn tuple_key(vm: &mut Vm, k: &Value, setting: bool) -> PyResult<Value> {
    let Some(Payload::Tuple(items)) = k.payload() else {
        return Ok(k.clone());
    };
    if items.iter().all(has_index) {
        return match items.len() {
            0 => Err(vm.not_implemented_error("sub-views are not implemented")),
            1 => Ok(items[0].clone()),
            n => Err(vm.type_error(format!(
                "cannot index 1-dimension view with {n}-element tuple"
            ))),
        };
    }
    if items
        .iter()
        .all(|i| matches!(i.payload(), Some(Payload::Slice { .. })))
    {
        return Err(vm.not_implemented_error(if setting {
            "memoryview slice assignments are currently restricted to ndim = 1"
        } else {
            "multi-dimensional slicing is not implemented"
        }));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn item_index(vm: &mut Vm, len: usize, k: &Value) -> PyResult<usize> {
    let has_index = has_index(k);
    if !has_index {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_of(k)?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// `mv[key] = value`.
pub fn setitem(vm: &mut Vm, v: &Value, k: &Value, val: &Value) -> PyResult<()> {
    let Some(m) = view(v) else {
        return Err(vm.type_error("expected a memoryview"));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (fmt, itemsize, len) = (m.format, m.itemsize, m.len);
    // (byte offset, bytes) writes, computed before touching the data.
    let mut writes: Vec<(usize, Vec<u8>)> = Vec::new();
    if let Some(Payload::Slice { .. }) = k.payload() {
        let (start, _, step, n) = crate::objects::sequence::slice_indices(vm, k, len)?;
        let src = match val.payload() {
            Some(Payload::MemoryView(s)) => {
                if s.released.get() {
                    return Err(released_error(vm));
                }
                if s.format != fmt
                    && !(is_byte_format(s.format) && is_byte_format(fmt) && s.itemsize == itemsize)
                {
                    return Err(vm.value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                (s.to_bytes().unwrap_or_default(), s.len)
            }
            _ => match vm.buffer_arg(val)? {
                Some(b) => {
                    let n = b.len();
                    (b, n)
                }
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(val)
                    )))
                }
            },
        };
        if src.1 != n || src.0.len() != n * itemsize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let m = view(v).expect("checked");
        for i in 0..n {
            let at = (m.start + (start + i as i64 * step) as isize * m.step) as usize;
            writes.push((at, src.0[i * itemsize..(i + 1) * itemsize].to_vec()));
        }
    } else {
        let k = &tuple_key(vm, k, true)?;
        let i = item_index(vm, len, k)?;
        let bytes = pack(vm, fmt, val)?;
        let m = view(v).expect("checked");
        writes.push(((m.start + i as isize * m.step) as usize, bytes));
    }
    let m = view(v).expect("checked");
    if let Some(a) = bytearray_of(&m.obj) {
        let mut d = a.data.borrow_mut();
        for (at, b) in writes {
            if let Some(dst) = d.get_mut(at..at + b.len()) {
                dst.copy_from_slice(&b);
            }
        }
    }
    Ok(())
}

fn is_byte_format(f: &str) -> bool {
    let f = f.trim_start_matches('@');
    matches!(f, "B" | "b" | "c")
}

/// The items as Python values.
pub fn items(vm: &Vm, m: &PyMemoryView) -> Option<Vec<Value>> {
    let data = m.to_bytes()?;
    Some(
        data.chunks(m.itemsize.max(1))
            .map(|c| unpack(vm, m.format, c))
            .collect(),
    )
}

/// Item `i` of a live view (None past the end or once released).
pub fn item_at(vm: &Vm, m: &PyMemoryView, i: usize) -> Option<Value> {
    if m.released.get() || i >= m.len {
        return None;
    }
    let at = (m.start + i as isize * m.step) as usize;
    let data = buffer(&m.obj)?;
    let b = data.get(at..at + m.itemsize)?.to_vec();
    drop(data);
    Some(unpack(vm, m.format, &b))
}

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match view(v) {
        Some(m) if !m.released.get() => Ok(m.len),
        _ => Err(released_error(vm)),
    }
}

/// `mv == other` (NotImplemented for objects without the buffer protocol).
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (ma, mb) = (view(a), view(b));
    if !crate::objects::bytes::is_buffer(a) || !crate::objects::bytes::is_buffer(b) {
        return Ok(None);
    }
    if a.is(b) {
        return Ok(Some(true));
    }
    if ma.is_some_and(|m| m.released.get()) || mb.is_some_and(|m| m.released.get()) {
        return Ok(Some(false));
    }
    let list = |vm: &Vm, v: &Value| -> Vec<Value> {
        match view(v) {
            Some(m) => items(vm, m).unwrap_or_default(),
            None => buffer(v)
                .map(|b| b.iter().map(|c| Value::Int(i64::from(*c))).collect())
                .unwrap_or_default(),
        }
    };
    let (x, y) = (list(vm, a), list(vm, b));
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    for (p, q) in x.iter().zip(&y) {
        if !vm.eq(p, q)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some(m) = view(v) else {
        return Ok(0);
    };
    if m.released.get() {
        return Err(vm.value_error("cannot hash released memoryview object"));
    }
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.format) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(crate::objects::bytes::hash_bytes(
        &m.to_bytes().unwrap_or_default(),
    ))
}

pub fn repr(v: &Value) -> String {
    match view(v) {
        Some(m) if m.released.get() => format!("<released memory at {:#x}>", v.id()),
        _ => format!("<memory at {:#x}>", v.id()),
    }
}

/// The attributes: obj, nbytes, readonly, itemsize, format, ndim, shape, strides...
pub fn attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = view(v) else {
        return Ok(None);
    };
    let known = [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    if !known.contains(&name) {
        return Ok(None);
    }
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok(Some(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int((m.len * m.itemsize) as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize as i64),
        "format" => vm.new_str(m.format),
        "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![Value::Int(m.len as i64)]),
        "strides" => vm.new_tuple(vec![Value::Int(m.step as i64)]),
        "suboffsets" => vm.new_tuple(vec![]),
        _ => Value::Bool(m.contiguous()),
    }))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("release", release),
    ("toreadonly", toreadonly),
    ("cast", cast),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__len__", len_method),
];

fn tobytes(vm: &mut Vm, mut args: Args) -> PyResult {
    let this_v = args.pos.remove(0);
    let slots = args.bind(vm, "tobytes", &["order"], 0)?;
    if let Some(o) = slots[0].clone().filter(|o| !o.is_none()) {
        let ok = o
            .as_str()
            .is_some_and(|s| matches!(s.as_str(), "C" | "F" | "A"));
        if !ok {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    args.pos.insert(0, this_v);
    let m = this(vm, &args)?;
    let b = m.to_bytes().unwrap_or_default();
    Ok(vm.new_bytes(b))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "tolist", 1, 1)?;
    let m = this(vm, &args)?;
    let items = items(vm, m).unwrap_or_default();
    Ok(vm.new_list(items))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let data = m.to_bytes().unwrap_or_default();
    crate::methods::bytes::hex_with(vm, data, args, 1)
}

fn release(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "release", 1, 1)?;
    if let Some(m) = args.pos.first().and_then(view) {
        m.release();
    }
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let (o, s, st, n, f) = (
        m.obj.clone(),
        m.start,
        m.step,
        m.len,
        (m.format, m.itemsize),
    );
    Ok(make(vm, o, s, st, n, f, true))
}

fn cast(vm: &mut Vm, mut args: Args) -> PyResult {
    let this_v = args.pos.remove(0);
    let slots = args.bind(vm, "cast", &["format", "shape"], 1)?;
    let fmt_v = slots[0].clone().unwrap_or(Value::None);
    let Some(fs) = fmt_v.as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&fmt_v)
        )));
    };
    let shape = slots[1].clone();
    args.pos.insert(0, this_v);
    let m = this(vm, &args)?;
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let dims: Option<Vec<Value>> = match &shape {
        None => None,
        Some(s) => match s.payload() {
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            Some(Payload::List(l)) => Some(l.borrow().clone()),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        },
    };
    if dims.is_some() && m.len == 0 {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if dims.as_ref().is_some_and(|d| d.len() > 64) {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let Some(fmt) = format_size(&fs) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(m.format) && !is_byte_format(fmt.0) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % fmt.1 != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(dims) = dims {
        let mut product: i64 = 1;
        for d in &dims {
            if !int::is_int(d) {
                return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
            }
            match int::as_i64(d) {
                Some(n) if n > 0 => product = product.saturating_mul(n),
                _ => {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    )
                }
            }
        }
        if product.saturating_mul(fmt.1 as i64) != nbytes as i64 {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if dims.len() != 1 {
            return Err(vm.not_implemented_error(
                "Taipan's memoryview does not support views of other than one dimension yet",
            ));
        }
    }
    let (o, s, r) = (m.obj.clone(), m.start, m.readonly);
    Ok(make(vm, o, s, fmt.1 as isize, nbytes / fmt.1, fmt, r))
}

fn enter(vm: &mut Vm, args: Args) -> PyResult {
    this(vm, &args)?;
    Ok(args.pos[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(m) = args.pos.first().and_then(view) {
        m.release();
    }
    let _ = vm;
    Ok(Value::None)
}

fn len_method(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    Ok(Value::Int(m.len as i64))
}
