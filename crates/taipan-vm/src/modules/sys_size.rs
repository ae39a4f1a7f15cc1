//! `sys.getrefcount` and `sys.getsizeof`.
//!
//! Reference counts are the `Rc` counts; values Taipan keeps unboxed (small ints, floats,
//! None, bools) report what CPython 3.12 reports for its immortal objects. Sizes follow
//! CPython 3.12's object layouts on 64-bit platforms, so programs that print them agree
//! for the common types; containers use Taipan's own allocated capacity.

use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

/// CPython 3.12's refcount of an immortal object.
const IMMORTAL: i64 = 4294967295;

pub fn getrefcount(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "getrefcount", 1, 1)?;
    Ok(Value::Int(match &a.pos[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => IMMORTAL,
    }))
}

fn int_size(bits: u64) -> i64 {
    // 30-bit digits after a 24-byte header; zero still has one digit.
    24 + 4 * (bits.div_ceil(30).max(1) as i64)
}

fn str_size(s: &str) -> i64 {
    let n = s.chars().count() as i64;
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 41 + n,
        0x80..=0xff => 57 + n,
        0x100..=0xffff => 56 + 2 * (n + 1),
        _ => 56 + 4 * (n + 1),
    }
}

/// A CPython hash table's slot count for `n` entries (power of two, at most 2/3 full).
fn table_size(n: usize, min: usize) -> usize {
    let mut size = min;
    while n * 3 >= size * 2 {
        size *= 2;
    }
    size
}

/// Object and GC header with the 8-slot table inside; a bigger table (16-byte slots) is
/// allocated apart, grown as CPython's set_add_entry grows it.
fn set_size(n: usize) -> i64 {
    let mut slots: usize = 8;
    for fill in 1..=n {
        if fill * 5 >= (slots - 1) * 3 {
            let want = if fill > 50000 { fill * 2 } else { fill * 4 };
            slots = (want + 1).next_power_of_two();
        }
    }
    216 + if slots > 8 { 16 * slots as i64 } else { 0 }
}

pub fn size_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Null => 16,
        Value::Obj(o) => {
            if let Some(f) = crate::objects::typeobj::lookup(&o.class, "__sizeof__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = vm.call(&f, Args::new([v.clone()]))?;
                    let n = vm.index_of(&r)?;
                    if n < 0 {
                        return Err(vm.value_error("__sizeof__() should return >= 0"));
                    }
                    // The GC header and managed-dict pointers in front of the object.
                    return Ok(n + 32);
                }
            }
            let gc_header = 16;
            match &o.payload {
                Payload::Int(b) => int_size(b.bits()),
                Payload::Float(_) => 24,
                Payload::Complex(..) => 32,
                Payload::Str(s) => str_size(s.as_str()),
                Payload::Bytes(b) => 33 + b.len() as i64,
                Payload::Tuple(t) => 24 + gc_header + 8 * t.len() as i64,
                Payload::List(l) => 40 + gc_header + 8 * l.borrow().capacity() as i64,
                Payload::Dict(d) => {
                    let n = d.borrow().len();
                    if n == 0 {
                        64
                    } else {
                        let slots = table_size(n, 8);
                        // Object, keys header, 1-byte indices, 24-byte entries (usable 2/3).
                        (48 + 16 + 32 + slots + 24 * (slots * 2 / 3)) as i64
                    }
                }
                Payload::Set(s) => set_size(s.borrow().len()),
                Payload::FrozenSet(s) => set_size(s.len()),
                Payload::Range { .. } | Payload::BigRange(_) => 48,
                Payload::Instance => {
                    if crate::objects::typeobj::ty(&o.class).heap {
                        32 + gc_header
                    } else {
                        16
                    }
                }
                Payload::Type(_) => 432,
                Payload::Builtin(_) => 72,
                Payload::Function(_) => 144 + gc_header,
                Payload::BoundMethod { .. } => 48 + gc_header,
                _ => 48,
            }
        }
    })
}

pub fn getsizeof(vm: &mut Vm, mut a: Args) -> PyResult {
    let r = a.bind(vm, "getsizeof", &["object", "default"], 1)?;
    let obj = r[0].clone().unwrap_or(Value::None);
    match size_of(vm, &obj) {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) => match &r[1] {
            Some(d) => Ok(d.clone()),
            None => Err(e),
        },
    }
}
