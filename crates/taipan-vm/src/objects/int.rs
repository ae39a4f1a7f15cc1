//! int: i64 values live unboxed in `Value::Int`; anything larger is a `Payload::Int`
//! BigInt. Every result goes through `from_bigint`, which demotes to i64 when it fits, so
//! a value has exactly one representation.

use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub const MODULUS: u64 = (1 << 61) - 1;

pub fn from_bigint(vm: &Vm, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => vm.alloc(&vm.types.int, Payload::Int(b)),
    }
}

/// The integer value of an int or bool (including int subclasses), if `v` is one.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// i64 view of an int-like value (None for big ints and non-ints).
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// An integer argument CPython converts with PyLong_AsSsize_t (a width, count or list
/// position): an int beyond 64 bits raises OverflowError rather than IndexError.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if is_int(v) && as_i64(v).is_none() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.index_of(v)
}

/// An integer argument CPython converts with _PyEval_SliceIndex (find/count/index bounds,
/// round's ndigits): an int beyond 64 bits clamps to the i64 range.
pub fn clamped_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = as_bigint(v) {
        return Ok(b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    vm.index_of(v)
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// CPython's numeric hash of an integer: value modulo 2**61 - 1, sign kept, -1 → -2.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    if i == -1 {
        return -2;
    }
    if i.unsigned_abs() < MODULUS {
        return i;
    }
    hash_bigint(&BigInt::from(i))
}

/// Floor division and modulo with Python's sign rules.
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    Some(Integer::div_floor(&a, &b))
}

pub fn mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    Some(a.mod_floor(&b))
}

pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

pub fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        _ => as_bigint(v).map(|b| b.is_zero()).unwrap_or(false),
    }
}

/// sys.int_info.default_max_str_digits and str_digits_check_threshold.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

thread_local! {
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`: the most decimal digits int<->str conversions take
/// (0: no limit).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

pub const TO_STR_LIMIT_MSG: &str =
    "for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

fn to_str_error(max: usize) -> String {
    format!("Exceeds the limit ({max} digits) {TO_STR_LIMIT_MSG}")
}

/// The decimal digits of |b|, or CPython's ValueError message when they exceed
/// sys.get_int_max_str_digits().
pub fn decimal_magnitude(b: &BigInt) -> Result<String, String> {
    let max = max_str_digits();
    if max >= STR_DIGITS_CHECK_THRESHOLD {
        // A number of `bits` bits has more than (bits - 1) * log10(2) digits: reject huge
        // values before spending quadratic time converting them.
        let bits = b.bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize > max {
            return Err(to_str_error(max));
        }
    }
    let s = b.magnitude().to_str_radix(10);
    if max > 0 && s.len() > max {
        return Err(to_str_error(max));
    }
    Ok(s)
}

/// `str(b)`, or the digit-limit message.
pub fn to_decimal(b: &BigInt) -> Result<String, String> {
    let m = decimal_magnitude(b)?;
    Ok(if b.is_negative() { format!("-{m}") } else { m })
}
