//! math's integer functions: factorial, comb, perm, gcd, lcm, isqrt, all exact on big
//! ints and taking any object with `__index__`.

use crate::modules::math::index_big;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product lo * (lo+1) * ... * hi, split in halves so the multiplications stay
/// balanced (much faster than a running product for big factorials).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial_of(vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(k) => Ok(range_product(1, k as u64)),
        None => Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

pub fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.factorial")?;
    let n = index_big(vm, &args.pos[0])?;
    let r = factorial_of(vm, &n)?;
    Ok(vm.new_int(r))
}

fn nonneg(vm: &mut Vm, v: &crate::value::Value, what: &str) -> PyResult<BigInt> {
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

/// n * (n-1) * ... * (n-k+1).
fn falling(n: &BigInt, k: u64) -> BigInt {
    match n.to_u64() {
        Some(top) => range_product(top - k + 1, top),
        None => (0..k).fold(BigInt::one(), |acc, i| acc * (n - i)),
    }
}

pub fn comb(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.comb")?;
    args.check_positional(vm, "comb", 2, 2)?;
    let n = nonneg(vm, &args.pos[0], "n")?;
    let k = nonneg(vm, &args.pos[1], "k")?;
    if k > n {
        return Ok(vm.new_int(BigInt::zero()));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let r = falling(&n, k as u64) / range_product(1, k as u64);
    Ok(vm.new_int(r))
}

pub fn perm(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.perm")?;
    args.check_positional(vm, "perm", 1, 2)?;
    if matches!(args.pos.get(1), None | Some(crate::value::Value::None)) {
        let n = index_big(vm, &args.pos[0])?;
        let r = factorial_of(vm, &n)?;
        return Ok(vm.new_int(r));
    }
    let n = nonneg(vm, &args.pos[0], "n")?;
    let k = match args.pos.get(1) {
        None => return Ok(crate::value::Value::None),
        Some(v) => nonneg(vm, &v.clone(), "k")?,
    };
    if k > n {
        return Ok(vm.new_int(BigInt::zero()));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_int(falling(&n, k as u64)))
}

pub fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.gcd")?;
    let mut g = BigInt::zero();
    for v in &args.pos {
        let n = index_big(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(vm.new_int(g))
}

pub fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.lcm")?;
    let mut l = BigInt::one();
    for v in &args.pos {
        let n = index_big(vm, v)?;
        // Later arguments are still converted (and may raise) once the result is 0.
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(vm.new_int(l))
}

pub fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.isqrt")?;
    let n = index_big(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}
