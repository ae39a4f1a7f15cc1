//! `_struct`: packing values to and from C struct layouts (CPython 3.12's `_struct`
//! functions; lib/struct.py adds the `Struct` class and re-exports them). Native mode
//! ('@', the default) uses x86-64 Linux sizes and alignment, little-endian; '=', '<',
//! '>' and '!' use the standard sizes without alignment. Errors are `struct.error`
//! with CPython's messages.

use crate::modules::sys::{module_set, new_module};
use crate::objects::int;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_struct");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("calcsize", calcsize),
        ("pack", pack),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("pack_into", pack_into),
    ];
    for &(name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    // Struct, error, iter_unpack and _clearcache are written in Python
    // (lib/_taipan_struct.py); CPython's struct.py imports them from here, so the
    // module's __getattr__ (PEP 562) hands them out, and __all__ lists them for `*`.
    let doc = vm.new_str("Functions to convert between Python values and C structs.");
    module_set(vm, &m, "__doc__", doc);
    let hook = vm.new_builtin("__getattr__", module_getattr);
    module_set(vm, &m, "__getattr__", hook);
    let all: Vec<Value> = funcs
        .iter()
        .map(|(n, _)| *n)
        .chain(PY_NAMES.iter().copied().filter(|n| !n.starts_with('_')))
        .map(|n| vm.new_str(n))
        .collect();
    let all = vm.new_list(all);
    module_set(vm, &m, "__all__", all);
    m
}

const PY_NAMES: &[&str] = &["Struct", "error", "iter_unpack", "_clearcache"];

fn module_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__getattr__", 1, 1)?;
    let name = args.pos[0].clone();
    let n = name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if PY_NAMES.contains(&n.as_str()) {
        let helper = vm.intern("_taipan_struct");
        let m = vm.import_name(&helper, &Value::None, &Value::Int(0))?;
        return vm.get_attr(&m, &name);
    }
    Err(vm.attribute_error(format!("module '_struct' has no attribute '{n}'")))
}

/// `struct.error(msg)`: the class lives in lib/_taipan_struct.py.
fn error(vm: &mut Vm, msg: impl Into<String>) -> Value {
    let msg = msg.into();
    let made = (|| -> PyResult {
        let name = vm.new_str("_taipan_struct");
        let attr = vm.new_str("error");
        let from = vm.new_tuple(vec![attr]);
        let module = vm.import_name(&name, &from, &Value::Int(0))?;
        let cls = vm.get_attr_str(&module, "error")?;
        let msg = vm.new_str(msg);
        vm.call(&cls, Args::new([msg]))
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// Number of values pack() takes and unpack() returns.
    nvalues: usize,
}

/// (size, alignment) of one `code`, or None for a bad char.
fn entry(code: u8, native: bool) -> Option<(usize, usize)> {
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = match code {
        b'x' | b'c' | b's' | b'p' => 1,
        _ => size,
    };
    Some((size, align))
}

/// The format as text: a str, or bytes (decoded as ASCII/Latin-1).
fn format_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Ok(b.iter().map(|&c| c as char).collect()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {t}"
            )))
        }
    }
}

fn layout(vm: &mut Vm, fmt: &Value) -> PyResult<Layout> {
    let text = format_text(vm, fmt)?;
    let b = text.as_bytes();
    if b.contains(&0) {
        return Err(error(vm, "embedded null character"));
    }
    let (order, mut i) = match b.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'=' | b'<') => (Order::Little, 1),
        Some(b'>' | b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let native = order == Order::Native;
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    const MAX: usize = isize::MAX as usize;
    while i < b.len() {
        let mut c = b[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = b.get(i) else {
                    return Err(error(vm, "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = match count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                {
                    Some(n) if n <= MAX => n,
                    _ => return Err(too_long(vm)),
                };
            }
        }
        let Some((isize_, align)) = entry(c, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if native && align > 1 && size > 0 {
            size += (align - 1) - (size - 1) % align;
        }
        match c {
            b's' | b'p' => nvalues += 1,
            b'x' => {}
            _ => nvalues += count,
        }
        if count > (MAX - size) / isize_ {
            return Err(too_long(vm));
        }
        items.push(Item {
            code: c,
            count,
            offset: size,
            size: isize_,
        });
        size += count * isize_;
    }
    Ok(Layout {
        order,
        items,
        size,
        nvalues,
    })
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "calcsize", 1, 1)?;
    let l = layout(vm, &args.pos[0])?;
    Ok(Value::Int(l.size as i64))
}

/// The bytes of a bytes-like object (bytes directly; bytearray/memoryview/array by
/// iterating their items).
fn buffer_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    let t = vm.type_name(v);
    if !matches!(t.as_str(), "bytearray" | "memoryview") {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    }
    let mut out = Vec::new();
    for x in vm.iterate(v)? {
        match int::as_i64(&x) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'"))),
        }
    }
    Ok(out)
}

fn put(out: &mut [u8], order: Order, v: u64, size: usize) {
    let bytes = v.to_le_bytes();
    match order {
        Order::Big => {
            for k in 0..size {
                out[k] = bytes[size - 1 - k];
            }
        }
        _ => out[..size].copy_from_slice(&bytes[..size]),
    }
}

fn get(data: &[u8], order: Order, size: usize) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let byte = match order {
            Order::Big => data[k],
            _ => data[size - 1 - k],
        };
        v = (v << 8) | u64::from(byte);
    }
    v
}

/// The integer a value packs as: an int, or what its `__index__` returns.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b);
    }
    if matches!(v, Value::Obj(_)) && !matches!(v.payload(), Some(Payload::Float(_))) {
        if let Ok(f) = vm.get_attr_str(v, "__index__") {
            let r = vm.call(&f, Args::new([]))?;
            if let Some(b) = int::as_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(error(vm, "required argument is not an integer"))
}

/// The float a value packs as, and whether it was an int (an int too large for the
/// format is a struct.error rather than an OverflowError, as in CPython).
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<(f64, bool)> {
    if let Some(b) = int::as_bigint(v) {
        return match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok((f, true)),
            None => Err(error(vm, "required argument is not a float")),
        };
    }
    if let Some(f) = crate::objects::float::as_f64_num(v) {
        return Ok((f, false));
    }
    if matches!(v, Value::Obj(_)) {
        for name in ["__float__", "__index__"] {
            if let Ok(f) = vm.get_attr_str(v, name) {
                let r = vm.call(&f, Args::new([]))?;
                return Ok((float_arg(vm, &r)?.0, false));
            }
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// f64 -> IEEE half precision bits, rounding to nearest even; None on overflow.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // a in [2**exp, 2**(exp+1)); f64 subnormals (far below half's range) get -1023.
    // Scaling by a power of two is exact, so rounding half to even happens once.
    let exp = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let bits = if a == 0.0 {
        0
    } else if exp < -14 {
        let m = round_even(a * 2f64.powi(24));
        m as u32 // may round up into the normal range: bits 0x400 is then exponent 1
    } else {
        let m = round_even(a * 2f64.powi(10 - exp)); // 1024..=2048
        let (m, exp) = if m >= 2048.0 {
            (1024.0, exp + 1)
        } else {
            (m, exp)
        };
        if exp > 15 {
            return None;
        }
        (((exp + 15) as u32) << 10) | ((m as u32) - 1024)
    };
    Some(sign | bits as u16)
}

fn round_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn range_error(vm: &mut Vm, code: u8, size: usize, signed: bool) -> Value {
    let bits = size * 8;
    let msg = if signed {
        let max = (BigInt::from(1) << (bits - 1)) - 1;
        let min = -(BigInt::from(1) << (bits - 1));
        format!(
            "'{}' format requires {min} <= number <= {max}",
            code as char
        )
    } else {
        let max = (BigInt::from(1) << bits) - 1;
        format!("'{}' format requires 0 <= number <= {max}", code as char)
    };
    error(vm, msg)
}

fn too_large(vm: &mut Vm, was_int: bool, code: char) -> Value {
    if was_int {
        error(vm, "int too large to convert")
    } else {
        vm.overflow_error(format!("float too large to pack with {code} format"))
    }
}

fn pack_one(vm: &mut Vm, l: &Layout, it: &Item, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let (order, size, code) = (l.order, it.size, it.code);
    match code {
        b'?' => out[0] = u8::from(vm.truthy(v)?),
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'e' => {
            let (f, was_int) = float_arg(vm, v)?;
            let Some(h) = to_half(f) else {
                return Err(too_large(vm, was_int, 'e'));
            };
            put(out, order, u64::from(h), 2);
        }
        b'f' => {
            let (f, was_int) = float_arg(vm, v)?;
            let g = f as f32;
            if g.is_infinite() && f.is_finite() && order != Order::Native {
                return Err(too_large(vm, was_int, 'f'));
            }
            put(out, order, u64::from(g.to_bits()), 4);
        }
        b'd' => {
            let (f, _) = float_arg(vm, v)?;
            put(out, order, f.to_bits(), 8);
        }
        b'P' => {
            let n = int_arg(vm, v)?;
            let bits = match (n.to_u64(), n.to_i64()) {
                (Some(u), _) => u,
                (None, Some(i)) => i as u64,
                _ => return Err(error(vm, "int too large to convert")),
            };
            put(out, order, bits, 8);
        }
        _ => {
            let n = int_arg(vm, v)?;
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let bits = size * 8;
            let ok = if signed {
                let lim = BigInt::from(1) << (bits - 1);
                n >= -lim.clone() && n < lim
            } else {
                n >= BigInt::from(0) && n < (BigInt::from(1) << bits)
            };
            if !ok {
                return Err(range_error(vm, code, size, signed));
            }
            let raw = n
                .to_i64()
                .map_or_else(|| n.to_u64().unwrap_or(0), |i| i as u64);
            put(out, order, raw, size);
        }
    }
    Ok(())
}

/// Bytes for 's'/'p' arguments: bytes or bytearray.
fn bytes_arg(vm: &mut Vm, v: &Value, code: u8) -> PyResult<Vec<u8>> {
    let ok = matches!(v.payload(), Some(Payload::Bytes(_))) || vm.type_name(v) == "bytearray";
    if !ok {
        return Err(error(
            vm,
            format!("argument for '{}' must be a bytes object", code as char),
        ));
    }
    buffer_bytes(vm, v)
}

fn pack_values(vm: &mut Vm, l: &Layout, vals: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = vec![0u8; l.size];
    let mut k = 0;
    for it in &l.items {
        let region = &mut out[it.offset..it.offset + it.count * it.size];
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let data = bytes_arg(vm, &vals[k], it.code)?;
                k += 1;
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    region[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    region[0] = n.min(255) as u8;
                    region[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for j in 0..it.count {
                    let cell = &mut region[j * it.size..(j + 1) * it.size];
                    pack_one(vm, l, it, &vals[k], cell)?;
                    k += 1;
                }
            }
        }
    }
    Ok(out)
}

fn pack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "pack")?;
    let Some(fmt) = args.pos.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    let vals = &args.pos[1..];
    if vals.len() != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                l.nvalues,
                vals.len()
            ),
        ));
    }
    let out = pack_values(vm, &l, vals)?;
    Ok(vm.new_bytes(out))
}

fn unpack_values(vm: &mut Vm, l: &Layout, data: &[u8]) -> PyResult {
    let mut vals = Vec::with_capacity(l.nvalues);
    for it in &l.items {
        let region = &data[it.offset..it.offset + it.count * it.size];
        match it.code {
            b'x' => {}
            b's' => vals.push(vm.new_bytes(region.to_vec())),
            b'p' => {
                let n = region
                    .first()
                    .map_or(0, |&n| n as usize)
                    .min(it.count.saturating_sub(1));
                let body = if it.count > 0 {
                    &region[1..1 + n]
                } else {
                    &[][..]
                };
                vals.push(vm.new_bytes(body.to_vec()));
            }
            _ => {
                for cell in region.chunks(it.size) {
                    vals.push(unpack_one(vm, l.order, it.code, cell));
                }
            }
        }
    }
    Ok(vm.new_tuple(vals))
}

fn unpack_one(vm: &mut Vm, order: Order, code: u8, cell: &[u8]) -> Value {
    let size = cell.len();
    let raw = get(cell, order, size);
    match code {
        b'?' => Value::Bool(raw != 0),
        b'c' => vm.new_bytes(cell.to_vec()),
        b'e' => vm.new_float(from_half(raw as u16)),
        b'f' => vm.new_float(f64::from(f32::from_bits(raw as u32))),
        b'd' => vm.new_float(f64::from_bits(raw)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - size * 8;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int(BigInt::from(raw)),
        },
    }
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "unpack")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let l = layout(vm, &args.pos[0])?;
    let data = buffer_bytes(vm, &args.pos[1])?;
    if data.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    unpack_values(vm, &l, &data)
}

/// The start of `size` bytes at `offset` (negative counts from the end) in a buffer of
/// `len` bytes, with CPython's messages for `what` ("unpack_from"/"pack_into").
fn place(vm: &mut Vm, what: &str, size: usize, offset: i64, len: usize) -> PyResult<usize> {
    let (size_i, len_i) = (size as i64, len as i64);
    let mut off = offset;
    if off < 0 {
        if off + size_i > 0 {
            let msg = if what == "pack_into" {
                format!("no space to pack {size} bytes at offset {off}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {off}")
            };
            return Err(error(vm, msg));
        }
        if off + len_i < 0 {
            return Err(error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len_i;
    }
    if len_i - off < size_i {
        let verb = if what == "pack_into" {
            "packing"
        } else {
            "unpacking"
        };
        return Err(error(
            vm,
            format!(
                "{what} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {off} (actual buffer size is {len})",
                size_i + off
            ),
        ));
    }
    Ok(off as usize)
}

fn offset_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &mut Vm, mut args: Args) -> PyResult {
    let Some(fmt) = (!args.pos.is_empty()).then(|| args.pos.remove(0)) else {
        return Err(vm.type_error("missing format argument"));
    };
    let a = args.bind(vm, "unpack_from", &["buffer", "offset"], 1)?;
    let l = layout(vm, &fmt)?;
    let buf = a[0].clone().unwrap_or(Value::None);
    let data = buffer_bytes(vm, &buf)?;
    let offset = match &a[1] {
        Some(v) => offset_arg(vm, v)?,
        None => 0,
    };
    let at = place(vm, "unpack_from", l.size, offset, data.len())?;
    unpack_values(vm, &l, &data[at..at + l.size])
}

/// `pack_into(format, buffer, offset, *values)`: writes through the buffer's
/// `__setitem__` with a slice, so any writable buffer type works.
fn pack_into(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "pack_into")?;
    let Some(fmt) = args.pos.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    let Some(buf) = args.pos.get(1).cloned() else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(offv) = args.pos.get(2).cloned() else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    let vals = &args.pos[3..];
    if vals.len() != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                l.nvalues,
                vals.len()
            ),
        ));
    }
    let t = vm.type_name(&buf);
    if !matches!(t.as_str(), "bytearray" | "memoryview") {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {t}"
        )));
    }
    let offset = offset_arg(vm, &offv)?;
    let len = vm.iterate(&buf)?.len();
    let at = place(vm, "pack_into", l.size, offset, len)?;
    let data = pack_values(vm, &l, vals)?;
    let data = vm.new_bytes(data);
    let slice = vm.alloc(
        &vm.types.slice.clone(),
        Payload::Slice {
            start: Value::Int(at as i64),
            stop: Value::Int((at + l.size) as i64),
            step: Value::None,
        },
    );
    let setitem = vm.get_attr_str(&buf, "__setitem__")?;
    vm.call(&setitem, Args::new([slice, data]))?;
    Ok(Value::None)
}
