//! `_array`: the storage and methods of `array.array` (lib/array.py subclasses this
//! class so the interpreter's operator and len()/in/iteration dispatch reaches them);
//! typed arrays of numbers or characters (CPython 3.12's `array.array`).
//! Items are kept unpacked (ints widened to i128, floats as f64 — 'f' items rounded
//! through f32 on the way in, 'u' as chars); bytes are produced on demand with the
//! x86-64 Linux item sizes, little-endian. Conversion errors use CPython's messages.

use crate::modules::sys::{module_set, new_module};
use crate::objects::typeobj::{self, Layout};
use crate::objects::{int, sequence};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const NAME: &str = "array.array";
const CODES: &str = "bBuhHiIlLqQfd";

#[derive(Clone, Copy, PartialEq)]
enum Elem {
    I(i128),
    F(f64),
    U(char),
}

#[derive(Clone)]
struct Arr {
    code: u8,
    items: Vec<Elem>,
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_array");
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", array_new),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__repr__", repr),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", |vm, a| cmp(vm, a, "__eq__")),
        ("__ne__", |vm, a| cmp(vm, a, "__ne__")),
        ("__lt__", |vm, a| cmp(vm, a, "__lt__")),
        ("__le__", |vm, a| cmp(vm, a, "__le__")),
        ("__gt__", |vm, a| cmp(vm, a, "__gt__")),
        ("__ge__", |vm, a| cmp(vm, a, "__ge__")),
        ("__copy__", copy),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("_typecode", typecode),
        ("_itemsize", itemsize),
    ];
    // Layout::Native: lib/array.py's `array` subclasses this class.
    let object = vm.types.object.clone();
    let cls = typeobj::new_type(
        &vm.types.type_,
        "array",
        vec![object],
        Layout::Native,
        false,
    );
    if let Ok(mro) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = mro;
    }
    let module = vm.new_str("array");
    typeobj::set_attr(vm, &cls, "__module__", module);
    typeobj::add_methods(vm, &cls, methods);
    // typecode and itemsize are read-only properties.
    for (name, getter) in [("typecode", "_typecode"), ("itemsize", "_itemsize")] {
        let fget = typeobj::lookup(&cls, getter).unwrap_or(Value::None);
        let prop = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, &cls, name, prop);
    }
    vm.native_types.insert(NAME, cls.clone());
    module_set(vm, &m, "array", Value::Obj(cls));
    let codes = vm.new_str(CODES);
    module_set(vm, &m, "typecodes", codes);
    m
}

fn size_of(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

fn state(vm: &mut Vm, v: &Value) -> PyResult<Arr> {
    Ok(vm.native_mut::<Arr>(v, NAME)?.clone())
}

fn with<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Arr) -> T) -> PyResult<T> {
    let mut a = vm.native_mut::<Arr>(v, NAME)?;
    Ok(f(&mut a))
}

fn is_array(vm: &Vm, v: &Value) -> bool {
    matches!((v, vm.native_types.get(NAME)), (Value::Obj(o), Some(c)) if crate::objects::typeobj::is_subtype(&o.class, c))
}

/// A new array of the class of `like` (the public `array.array` for plain arrays).
fn new_array(vm: &mut Vm, like: &Value, code: u8, items: Vec<Elem>) -> Value {
    let cls = match like {
        Value::Obj(o) => o.class.clone(),
        _ => vm.native_types[NAME].clone(),
    };
    vm.new_native(&cls, Arr { code, items })
}

/// An int for an integer typecode: the value or its `__index__`.
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b);
    }
    let t = vm.type_name(v);
    if let (Value::Obj(_), false) = (v, matches!(v.payload(), Some(Payload::Float(_)))) {
        if let Ok(f) = vm.get_attr_str(v, "__index__") {
            let r = vm.call(&f, Args::new([]))?;
            if let Some(b) = int::as_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// Converts `v` to an item of `code`, with CPython's OverflowError/TypeError messages.
fn convert(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Elem> {
    match code {
        b'u' => match v.as_str() {
            Some(s) if s.char_len() == 1 => Ok(Elem::U(s.as_str().chars().next().unwrap_or('\0'))),
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        b'f' | b'd' => {
            let f = match crate::objects::float::as_f64_num(v) {
                Some(f) => f,
                None => match int::as_bigint(v) {
                    Some(b) => b.to_f64().unwrap_or(f64::INFINITY),
                    None => {
                        let t = vm.type_name(v);
                        let conv = vm.get_attr_str(v, "__float__").ok();
                        let conv = conv.or_else(|| vm.get_attr_str(v, "__index__").ok());
                        match conv {
                            Some(c) => {
                                let r = vm.call(&c, Args::new([]))?;
                                return convert(vm, code, &r);
                            }
                            None => {
                                return Err(vm.type_error(format!("must be real number, not {t}")))
                            }
                        }
                    }
                },
            };
            Ok(Elem::F(if code == b'f' { f64::from(f as f32) } else { f }))
        }
        _ => {
            let n = index_value(vm, v)?;
            let (lo, hi, low_msg, high_msg): (i128, i128, &str, &str) = match code {
                b'b' => (
                    -128,
                    127,
                    "signed char is less than minimum",
                    "signed char is greater than maximum",
                ),
                b'B' => (
                    0,
                    255,
                    "unsigned byte integer is less than minimum",
                    "unsigned byte integer is greater than maximum",
                ),
                b'h' => (
                    -32768,
                    32767,
                    "signed short integer is less than minimum",
                    "signed short integer is greater than maximum",
                ),
                b'H' => (
                    0,
                    65535,
                    "unsigned short is less than minimum",
                    "unsigned short is greater than maximum",
                ),
                b'i' => (
                    i32::MIN.into(),
                    i32::MAX.into(),
                    "signed integer is less than minimum",
                    "signed integer is greater than maximum",
                ),
                b'I' => (
                    0,
                    u32::MAX.into(),
                    "can't convert negative value to unsigned int",
                    "unsigned int is greater than maximum",
                ),
                b'l' => (
                    i64::MIN.into(),
                    i64::MAX.into(),
                    "Python int too large to convert to C long",
                    "Python int too large to convert to C long",
                ),
                b'L' => (
                    0,
                    u64::MAX.into(),
                    "can't convert negative value to unsigned int",
                    "Python int too large to convert to C unsigned long",
                ),
                b'q' => (
                    i64::MIN.into(),
                    i64::MAX.into(),
                    "int too big to convert",
                    "int too big to convert",
                ),
                _ => (
                    0,
                    u64::MAX.into(),
                    "can't convert negative int to unsigned",
                    "int too big to convert",
                ),
            };
            // CPython converts 'b' through a C short and 'H' through a C int first, with
            // those types' messages.
            if code == b'b'
                && !(-32768..=32767).contains(&n.to_i128().unwrap_or(0))
                && n.to_i64().is_some()
            {
                let msg = if n.sign() == num_bigint::Sign::Minus {
                    "signed short integer is less than minimum"
                } else {
                    "signed short integer is greater than maximum"
                };
                return Err(vm.overflow_error(msg));
            }
            if code == b'H' && n.to_i32().is_none() && n.to_i64().is_some() {
                let msg = if n.sign() == num_bigint::Sign::Minus {
                    "signed integer is less than minimum"
                } else {
                    "signed integer is greater than maximum"
                };
                return Err(vm.overflow_error(msg));
            }
            // The narrow signed/unsigned codes first go through a C long.
            let via_long = matches!(code, b'b' | b'B' | b'h' | b'H' | b'i');
            let Some(x) = n.to_i128() else {
                let msg = if via_long || n.sign() == num_bigint::Sign::Minus {
                    if via_long {
                        "Python int too large to convert to C long"
                    } else {
                        low_msg
                    }
                } else if code == b'I' {
                    "Python int too large to convert to C unsigned long"
                } else {
                    high_msg
                };
                return Err(vm.overflow_error(msg));
            };
            if via_long && (x < i64::MIN.into() || x > i64::MAX.into()) {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            }
            if code == b'I' && x > u64::MAX.into() {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
            }
            if x < lo {
                return Err(vm.overflow_error(low_msg));
            }
            if x > hi {
                return Err(vm.overflow_error(high_msg));
            }
            Ok(Elem::I(x))
        }
    }
}

fn to_value(vm: &mut Vm, e: Elem) -> Value {
    match e {
        Elem::I(i) => match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int(BigInt::from(i)),
        },
        Elem::F(f) => vm.new_float(f),
        Elem::U(c) => vm.new_str(c.to_string()),
    }
}

fn elem_bytes(code: u8, e: Elem, out: &mut Vec<u8>) {
    let n = size_of(code);
    match e {
        Elem::I(i) => out.extend_from_slice(&i.to_le_bytes()[..n]),
        Elem::F(f) if code == b'f' => out.extend_from_slice(&(f as f32).to_le_bytes()),
        Elem::F(f) => out.extend_from_slice(&f.to_le_bytes()),
        Elem::U(c) => out.extend_from_slice(&(c as u32).to_le_bytes()),
    }
}

fn elem_from(vm: &mut Vm, code: u8, b: &[u8]) -> PyResult<Elem> {
    let mut raw = [0u8; 8];
    raw[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(raw);
    Ok(match code {
        b'f' => Elem::F(f64::from(f32::from_bits(u as u32))),
        b'd' => Elem::F(f64::from_bits(u)),
        b'u' => match char::from_u32(u as u32) {
            Some(c) => Elem::U(c),
            None => {
                return Err(vm.value_error(format!(
                    "character U+{:x} is not in range [U+0000; U+10ffff]",
                    u as u32
                )))
            }
        },
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            let shift = 64 - 8 * b.len();
            Elem::I((((u << shift) as i64) >> shift).into())
        }
        _ => Elem::I(u.into()),
    })
}

fn typecode_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let t = vm.type_name(v);
    let Some(s) = v.as_str().filter(|s| s.char_len() == 1) else {
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {t}"
        )));
    };
    let c = s.as_str().as_bytes()[0];
    if s.as_str().len() != 1 || !CODES.as_bytes().contains(&c) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    Ok(c)
}

fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    let t = vm.type_name(v);
    if t != "bytearray" && t != "memoryview" {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    }
    let mut out = Vec::new();
    for x in vm.iterate(v)? {
        out.push(int::as_i64(&x).unwrap_or(0) as u8);
    }
    Ok(out)
}

fn decode_bytes(vm: &mut Vm, code: u8, data: &[u8]) -> PyResult<Vec<Elem>> {
    let n = size_of(code);
    if !data.len().is_multiple_of(n) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    data.chunks(n).map(|c| elem_from(vm, code, c)).collect()
}

/// Items for `code` from an iterable (or another array).
fn items_from(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<Elem>> {
    if is_array(vm, v) {
        let other = state(vm, v)?;
        if (other.code == b'u') != (code == b'u') {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if other.code == code {
            return Ok(other.items);
        }
        let mut out = Vec::with_capacity(other.items.len());
        for e in other.items {
            let v = to_value(vm, e);
            out.push(convert(vm, code, &v)?);
        }
        return Ok(out);
    }
    let mut out = Vec::new();
    for x in vm.iterate(v)? {
        out.push(convert(vm, code, &x)?);
    }
    Ok(out)
}

fn array_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = args.pos.remove(0);
    let a = args.bind(vm, "array", &["typecode", "initializer"], 1)?;
    let code = typecode_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let items = match &a[1] {
        None => Vec::new(),
        Some(init) => {
            if let Some(s) = init.as_str() {
                if code != b'u' {
                    return Err(vm.type_error(format!(
                        "cannot use a str to initialize an array with typecode '{}'",
                        code as char
                    )));
                }
                s.as_str().chars().map(Elem::U).collect()
            } else if matches!(init.payload(), Some(Payload::Bytes(_)))
                || vm.type_name(init) == "bytearray"
            {
                let data = bytes_of(vm, init)?;
                decode_bytes(vm, code, &data)?
            } else {
                items_from(vm, code, init)?
            }
        }
    };
    let cls = cls.obj().cloned().expect("called with its class");
    Ok(vm.new_native(&cls, Arr { code, items }))
}

fn this(args: &Args) -> Value {
    args.pos[0].clone()
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let n = with(vm, &this(&args), |a| a.items.len())?;
    Ok(Value::Int(n as i64))
}

fn norm_index(i: i64, n: usize) -> Option<usize> {
    let i = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&i).then_some(i as usize)
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match int::as_i64(v) {
        Some(i) => Ok(i),
        None => Err(vm.type_error("array indices must be integers")),
    }
}

fn slice_positions(vm: &mut Vm, s: &Value, n: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, count) = sequence::slice_indices(vm, s, n)?;
    Ok((0..count as i64)
        .map(|k| (start + k * step) as usize)
        .collect())
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    let key = &args.pos[1];
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let pos = slice_positions(vm, key, a.items.len())?;
        let items = pos.into_iter().map(|p| a.items[p]).collect();
        return Ok(new_array(vm, &args.pos[0], a.code, items));
    }
    let i = index_arg(vm, key)?;
    match norm_index(i, a.items.len()) {
        Some(p) => Ok(to_value(vm, a.items[p])),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let (key, val) = (&args.pos[1], &args.pos[2]);
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        if !is_array(vm, val) {
            let t = vm.type_name(val);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{t}\") to array slice"
            )));
        }
        let other = state(vm, val)?;
        if other.code != code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let n = with(vm, &me, |a| a.items.len())?;
        let (start, stop, step, count) = sequence::slice_indices(vm, key, n)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            with(vm, &me, |a| {
                a.items.splice(start as usize..stop, other.items);
            })?;
            return Ok(Value::None);
        }
        if other.items.len() != count {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {count}",
                other.items.len()
            )));
        }
        with(vm, &me, |a| {
            for (k, e) in other.items.into_iter().enumerate() {
                a.items[(start + k as i64 * step) as usize] = e;
            }
        })?;
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    let e = convert(vm, code, val)?;
    let ok = with(vm, &me, |a| match norm_index(i, a.items.len()) {
        Some(p) => {
            a.items[p] = e;
            true
        }
        None => false,
    })?;
    if ok {
        Ok(Value::None)
    } else {
        Err(vm.index_error("array assignment index out of range"))
    }
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let key = &args.pos[1];
    let n = with(vm, &me, |a| a.items.len())?;
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let mut pos = slice_positions(vm, key, n)?;
        pos.sort_unstable();
        with(vm, &me, |a| {
            for p in pos.into_iter().rev() {
                a.items.remove(p);
            }
        })?;
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    match norm_index(i, n) {
        Some(p) => {
            with(vm, &me, |a| a.items.remove(p))?;
            Ok(Value::None)
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    let code = a.code as char;
    if a.items.is_empty() {
        return Ok(vm.new_str(format!("array('{code}')")));
    }
    let body = if a.code == b'u' {
        let s: String = a
            .items
            .iter()
            .map(|e| if let Elem::U(c) = e { *c } else { '?' })
            .collect();
        crate::objects::str::repr_str(&s)
    } else {
        let parts: Vec<String> = a
            .items
            .iter()
            .map(|e| match e {
                Elem::I(i) => i.to_string(),
                Elem::F(f) => crate::objects::format::float_repr(*f),
                Elem::U(c) => c.to_string(),
            })
            .collect();
        format!("[{}]", parts.join(", "))
    };
    Ok(vm.new_str(format!("array('{code}', {body})")))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    let items = a.items.into_iter().map(|e| to_value(vm, e)).collect();
    Ok(vm.new_list(items))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    // Iterates a snapshot taken now (CPython's iterator sees later changes; rare).
    let list = tolist(vm, args)?;
    let it = vm.get_builtin("iter").expect("builtin iter");
    vm.call(&it, Args::new([list]))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    let list = tolist(vm, Args::new([this(&args)]))?;
    let f = vm.get_attr_str(&list, "__contains__")?;
    vm.call(&f, Args::new([args.pos[1].clone()]))
}

fn concat_check(vm: &mut Vm, a: &Arr, other: &Value, what: &str) -> PyResult<Vec<Elem>> {
    if !is_array(vm, other) {
        let t = vm.type_name(other);
        return Err(vm.type_error(format!("can only {what} array (not \"{t}\") to array")));
    }
    let o = state(vm, other)?;
    if o.code != a.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    Ok(o.items)
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    if !is_array(vm, &args.pos[1]) {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only append array (not \"{t}\") to array")));
    }
    let more = concat_check(vm, &a, &args.pos[1], "append")?;
    let mut items = a.items;
    items.extend(more);
    Ok(new_array(vm, &args.pos[0], a.code, items))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let a = state(vm, &me)?;
    if !is_array(vm, &args.pos[1]) {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{t}\")")));
    }
    let more = concat_check(vm, &a, &args.pos[1], "extend")?;
    with(vm, &me, |a| a.items.extend(more))?;
    Ok(me)
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match int::as_i64(v) {
        Some(n) => Ok(n.max(0) as usize),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")))
        }
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    let n = repeat_count(vm, &args.pos[1])?;
    Ok(new_array(vm, &args.pos[0], a.code, a.items.repeat(n)))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let n = repeat_count(vm, &args.pos[1])?;
    with(vm, &me, |a| a.items = a.items.repeat(n))?;
    Ok(me)
}

fn cmp(vm: &mut Vm, args: Args, op: &str) -> PyResult {
    if !is_array(vm, &args.pos[1]) {
        return Ok(Value::NotImplemented);
    }
    // Compare as lists: element order, then length, as CPython does.
    let a = tolist(vm, Args::new([this(&args)]))?;
    let b = tolist(vm, Args::new([args.pos[1].clone()]))?;
    let f = vm.get_attr_str(&a, op)?;
    vm.call(&f, Args::new([b]))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    Ok(new_array(vm, &args.pos[0], a.code, a.items))
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    args.check_positional(vm, "append", 2, 2)?;
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let e = convert(vm, code, &args.pos[1])?;
    with(vm, &me, |a| a.items.push(e))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let a = state(vm, &me)?;
    let other = &args.pos[1];
    let items = if is_array(vm, other) {
        let o = state(vm, other)?;
        if o.code != a.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        o.items
    } else {
        // Items converted so far are kept when a later one fails, as in CPython.
        let mut done = Vec::new();
        let mut err = None;
        for x in vm.iterate(other)? {
            match convert(vm, a.code, &x) {
                Ok(e) => done.push(e),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        with(vm, &me, |a| a.items.extend(done))?;
        return match err {
            Some(e) => Err(e),
            None => Ok(Value::None),
        };
    };
    with(vm, &me, |a| a.items.extend(items))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    args.check_positional(vm, "insert", 3, 3)?;
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let i = vm.index_of(&args.pos[1])?;
    let e = convert(vm, code, &args.pos[2])?;
    with(vm, &me, |a| {
        let n = a.items.len() as i64;
        let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
        a.items.insert(p as usize, e);
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let i = match args.pos.get(1) {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    let r = with(vm, &me, |a| {
        if a.items.is_empty() {
            return Err("pop from empty array");
        }
        match norm_index(i, a.items.len()) {
            Some(p) => Ok(a.items.remove(p)),
            None => Err("pop index out of range"),
        }
    })?;
    match r {
        Ok(e) => Ok(to_value(vm, e)),
        Err(msg) => Err(vm.index_error(msg)),
    }
}

/// Position of the first item equal to `x` within [start, stop).
fn find(vm: &mut Vm, me: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let a = state(vm, me)?;
    for (p, e) in a.items.iter().enumerate().take(stop).skip(start) {
        let v = to_value(vm, *e);
        let eq = vm.compare(&v, x, taipan_bytecode::CmpOp::Eq)?;
        if vm.truthy(&eq)? {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    match find(vm, &me, &args.pos[1], 0, usize::MAX)? {
        Some(p) => {
            with(vm, &me, |a| a.items.remove(p))?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let n = with(vm, &me, |a| a.items.len())? as i64;
    let bound = |vm: &mut Vm, k: usize, d: i64| -> PyResult<usize> {
        match args.pos.get(k) {
            Some(v) => {
                let i = vm.index_of(v)?;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
            None => Ok(d as usize),
        }
    };
    let start = bound(vm, 2, 0)?;
    let stop = bound(vm, 3, n)?;
    match find(vm, &me, &args.pos[1], start, stop)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let n = with(vm, &me, |a| a.items.len())?;
    let mut c = 0;
    let mut at = 0;
    while let Some(p) = find(vm, &me, &args.pos[1], at, n)? {
        c += 1;
        at = p + 1;
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    with(vm, &this(&args), |a| a.items.reverse())?;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let n = with(vm, &me, |a| a.items.len())?;
    Ok(vm.new_tuple(vec![Value::Int(me.id()), Value::Int(n as i64)]))
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let a = state(vm, &me)?;
    let n = size_of(a.code);
    let mut items = Vec::with_capacity(a.items.len());
    for e in a.items {
        let mut b = Vec::with_capacity(8);
        elem_bytes(a.code, e, &mut b);
        b.reverse();
        items.push(elem_from(vm, a.code, &b[..n])?);
    }
    with(vm, &me, |a| a.items = items)?;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    let mut out = Vec::with_capacity(a.items.len() * size_of(a.code));
    for e in a.items {
        elem_bytes(a.code, e, &mut out);
    }
    Ok(vm.new_bytes(out))
}

fn frombytes(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let data = bytes_of(vm, &args.pos[1])?;
    let items = decode_bytes(vm, code, &data)?;
    with(vm, &me, |a| a.items.extend(items))?;
    Ok(Value::None)
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let Some(Payload::List(l)) = args.pos[1].payload() else {
        return Err(vm.type_error("arg must be list"));
    };
    let vals = l.borrow().clone();
    // All or nothing: a bad item leaves the array unchanged.
    let mut items = Vec::with_capacity(vals.len());
    for v in &vals {
        items.push(convert(vm, code, v)?);
    }
    with(vm, &me, |a| a.items.extend(items))?;
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: Args) -> PyResult {
    let a = state(vm, &this(&args))?;
    if a.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = a
        .items
        .iter()
        .map(|e| if let Elem::U(c) = e { *c } else { '?' })
        .collect();
    Ok(vm.new_str(s))
}

fn fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let code = with(vm, &me, |a| a.code)?;
    let Some(s) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    with(vm, &me, |a| a.items.extend(s.chars().map(Elem::U)))?;
    Ok(Value::None)
}

fn typecode(vm: &mut Vm, args: Args) -> PyResult {
    let c = with(vm, &this(&args), |a| a.code)?;
    Ok(vm.new_str((c as char).to_string()))
}

fn itemsize(vm: &mut Vm, args: Args) -> PyResult {
    let c = with(vm, &this(&args), |a| a.code)?;
    Ok(Value::Int(size_of(c) as i64))
}
