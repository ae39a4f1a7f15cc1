//! Integer arithmetic beyond the interpreter's i64 fast path: overflow into BigInt,
//! Python's floor division/modulo, true division, pow (with negative exponents), shifts.

use crate::objects::int;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_bytecode::BinOp;

pub fn int_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    // bool's own &, |, ^ keep the bool type.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (int::as_i64(a), int::as_i64(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Subtract => x.checked_sub(y),
            BinOp::Multiply => x.checked_mul(y),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (Some(x), Some(y)) = (int::as_bigint(a), int::as_bigint(b)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match op {
        BinOp::Add => vm.new_int(x + y),
        BinOp::Subtract => vm.new_int(x - y),
        BinOp::Multiply => vm.new_int(x * y),
        BinOp::And => vm.new_int(x & y),
        BinOp::Or => vm.new_int(x | y),
        BinOp::Xor => vm.new_int(x ^ y),
        BinOp::FloorDivide => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            vm.new_int(x.div_floor(&y))
        }
        BinOp::Remainder => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            vm.new_int(x.mod_floor(&y))
        }
        BinOp::TrueDivide => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return true_divide(vm, &x, &y);
        }
        BinOp::Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                let (fx, fy) = (int::bigint_to_f64(&x), y.to_f64());
                return match (fx, fy) {
                    (Some(fx), Some(fy)) => Ok(vm.new_float(fx.powf(fy))),
                    _ => Err(vm.overflow_error("int too large to convert to float")),
                };
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x.is_one() {
                    return Ok(vm.new_int(x));
                }
                return Err(vm.memory_error());
            };
            if x.bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
                return Err(vm.memory_error());
            }
            vm.new_int(num_traits::pow(x, e as usize))
        }
        BinOp::Lshift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = y.to_usize().filter(|s| *s < (1 << 32)) else {
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                return Err(vm.overflow_error("too many digits in integer"));
            };
            vm.new_int(x << s)
        }
        BinOp::Rshift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > x.bits() as usize {
                return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
            }
            vm.new_int(x >> s)
        }
        BinOp::MatrixMultiply => Value::NotImplemented,
    })
}

/// int / int, correctly rounded even when the operands exceed f64's range.
fn true_divide(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult {
    if let (Some(fx), Some(fy)) = (x.to_i64(), y.to_i64()) {
        if fx.unsigned_abs() < (1 << 53) && fy.unsigned_abs() < (1 << 53) {
            return Ok(Value::Float(fx as f64 / fy as f64));
        }
    }
    // Scale so the quotient has 64+ significant bits, then let f64 rounding finish.
    let shift = (x.bits() as i64 - y.bits() as i64 - 70).max(-1100);
    let q = if shift >= 0 {
        (x.abs()) / (y.abs() << shift as usize)
    } else {
        (x.abs() << (-shift) as usize) / y.abs()
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(shift as i32);
    if qf.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    let neg = x.is_negative() != y.is_negative();
    Ok(Value::Float(if neg { -qf } else { qf }))
}

pub fn pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if exp.is_negative() {
        let inv = mod_inverse(base, m)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.clone(), exp.clone())
    };
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(vm.new_int(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}
