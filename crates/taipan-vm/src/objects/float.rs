//! float arithmetic, comparison across int/float (exact, as CPython), and the numeric hash.

use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use taipan_bytecode::{BinOp, CmpOp};

pub fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

/// The float value of an int or float (None for other types or ints too big for f64).
pub fn as_f64_num(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            Payload::Int(b) => int::bigint_to_f64(b),
            _ => None,
        },
        _ => None,
    }
}

pub fn float_binop(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult {
    Ok(vm.new_float(match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            floor_div(x, y).0
        }
        BinOp::Remainder => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            floor_div(x, y).1
        }
        BinOp::Power => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return crate::objects::complex::float_pow_as_complex(vm, x, y);
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(Value::NotImplemented),
    }))
}

/// Python's float divmod: (floor quotient, remainder with the divisor's sign).
pub fn floor_div(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Exact comparison of int/float mixtures (a huge int is never equal to a rounded float).
pub fn compare_num(a: &Value, b: &Value, op: CmpOp) -> bool {
    use std::cmp::Ordering;
    let ord = match (is_float(a), is_float(b)) {
        (true, true) | (false, false) => {
            let (x, y) = (
                as_f64_num(a).unwrap_or(f64::NAN),
                as_f64_num(b).unwrap_or(f64::NAN),
            );
            x.partial_cmp(&y)
        }
        (true, false) => cmp_float_int(
            as_f64_num(a).unwrap_or(f64::NAN),
            &int::as_bigint(b).unwrap_or_default(),
        ),
        (false, true) => cmp_float_int(
            as_f64_num(b).unwrap_or(f64::NAN),
            &int::as_bigint(a).unwrap_or_default(),
        )
        .map(Ordering::reverse),
    };
    match ord {
        Some(o) => crate::interp::cmp_ord(op as u32, o),
        None => op == CmpOp::Ne,
    }
}

fn cmp_float_int(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    // Compare floor(f) with i, then the fractional part breaks ties.
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match fb.cmp(i) {
        std::cmp::Ordering::Equal => Some(if f > fl {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

/// CPython's hash for floats: integral values hash like the int; others via the
/// modulus 2**61-1 reduction of the exact rational value.
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 {
        if let Some(i) = f.to_i64() {
            return int::hash_i64(i);
        }
        if let Some(b) = BigInt::from_f64(f) {
            return int::hash_bigint(&b);
        }
    }
    const BITS: i32 = 61;
    let modulus: u64 = int::MODULUS;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
