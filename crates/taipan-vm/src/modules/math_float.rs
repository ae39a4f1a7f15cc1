//! math's functions on a float's representation and norms: frexp/ldexp, isclose,
//! hypot/dist (CPython's extended-precision vector norm), nextafter and ulp.

use crate::modules::math::{index_big, range_error, to_f64};
use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (x itself for 0, inf and NaN).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// C's ldexp: x * 2**n rounded once (subnormal results included).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut n = n.clamp(-10000, 10000) as i32;
    let mut y = x;
    if n > 1023 {
        y *= 2f64.powi(1023);
        n -= 1023;
        if n > 1023 {
            y *= 2f64.powi(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-969 steps, keeping 53 bits above the subnormal range so only the
        // last multiplication rounds.
        let step = 2f64.powi(-1022 + 53);
        y *= step;
        n += 1022 - 53;
        if n < -1022 {
            y *= step;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

pub fn frexp_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.frexp")?;
    let x = to_f64(vm, &args.pos[0])?;
    let (m, e) = frexp(x);
    let items = vec![vm.new_float(m), Value::Int(i64::from(e))];
    Ok(vm.new_tuple(items))
}

pub fn ldexp_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.ldexp")?;
    args.check_positional(vm, "ldexp", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let Some(e) = int::as_bigint(&args.pos[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = match e.to_i64() {
        Some(n) => ldexp(x, n),
        None if e.is_negative() => 0.0f64.copysign(x),
        None => return Err(range_error(vm)),
    };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(r))
}

/// isclose()'s arguments, shared by math and cmath: a, b (for the caller to convert
/// first, as CPython does) and the rel_tol/abs_tol keywords.
pub type IscloseArgs = (Value, Value, Option<Value>, Option<Value>);

pub fn isclose_args(vm: &mut Vm, mut args: Args) -> PyResult<IscloseArgs> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !matches!(&**k, "a" | "b")) {
        let k = k.clone();
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for isclose()"
        )));
    }
    if args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let b = args.bind(vm, "isclose", &["a", "b"], 2)?;
    let [a, b] = [0, 1].map(|i| b[i].clone().unwrap_or(Value::None));
    Ok((a, b, rel, abs))
}

/// rel_tol (default 1e-9) and abs_tol (default 0.0), which must not be negative.
pub fn isclose_tolerances(
    vm: &mut Vm,
    rel: Option<Value>,
    abs: Option<Value>,
) -> PyResult<(f64, f64)> {
    let rel_tol = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel_tol, abs_tol))
}

pub fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b, rel, abs) = isclose_args(vm, args)?;
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let (rel_tol, abs_tol) = isclose_tolerances(vm, rel, abs)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// x*y as an unevaluated sum hi + lo, exactly.
pub fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// a + b exactly as hi + lo, given |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite values whose
/// maximum is `max`, scaled to avoid overflow and summed in extended precision so the
/// result is correctly rounded in nearly all cases.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: bring subnormals up to normals first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, i64::from(-max_e));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, slo) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, slo) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

pub fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.hypot")?;
    let (mut vec, mut max, mut found_nan) = (Vec::with_capacity(args.len()), 0.0f64, false);
    for v in &args.pos {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vm.new_float(vector_norm(&mut vec, max, found_nan)))
}

fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.iterate(v),
    }
}

pub fn dist(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.dist")?;
    args.check_positional(vm, "dist", 2, 2)?;
    let p = point(vm, &args.pos[0])?;
    let q = point(vm, &args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let (mut vec, mut max, mut found_nan) = (Vec::with_capacity(p.len()), 0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vm.new_float(vector_norm(&mut vec, max, found_nan)))
}

/// `nextafter(x, y)` taken `steps` times at once by stepping the bit pattern.
fn next_after(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: walk down to zero, then up on y's side.
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(ux - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

pub fn nextafter_fn(vm: &mut Vm, mut args: Args) -> PyResult {
    let steps = args.take_kw("steps");
    args.invalid_kw(vm, "nextafter")?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!(
            "nextafter() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    let steps = match steps {
        None | Some(Value::None) => 1,
        Some(s) => {
            let n = index_big(vm, &s)?;
            if n.is_negative() {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n.to_u64().unwrap_or(u64::MAX)
        }
    };
    Ok(vm.new_float(next_after(x, y, steps)))
}

pub fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.ulp")?;
    let x = to_f64(vm, &args.pos[0])?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let r = if x == f64::MAX {
        x - next_after(x, f64::NEG_INFINITY, 1)
    } else {
        next_after(x, f64::INFINITY, 1) - x
    };
    Ok(vm.new_float(r))
}
