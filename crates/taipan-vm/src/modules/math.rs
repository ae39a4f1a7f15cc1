//! `math`: CPython 3.12's math module. Float functions use the platform C library (as
//! CPython does) so results agree bit for bit; the algorithms CPython implements itself
//! (hypot/dist's vector norm, fsum, gamma, sumprod's triple-length sum) follow its
//! operation order. Integer functions live in `math_int.rs`, gamma in `math_gamma.rs`,
//! sums in `math_sum.rs`, representation and norms in `math_float.rs`.

use crate::modules::math_float;
use crate::modules::math_gamma::{lgamma, tgamma};
use crate::modules::math_int;
use crate::modules::sys::{module_set, new_module};
use crate::objects::typeobj;
use crate::objects::{float, int};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

// The C library's versions: Rust computes asinh/acosh/atanh/cbrt itself and lacks
// erf/erfc, and CPython's results are the C library's.
mod libc_math {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        // Rust's runtime defines its own `cbrt`, which shadows the C library's at link
        // time; glibc's `cbrtf64` alias (glibc >= 2.27) reaches the one CPython calls.
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
    }
}

macro_rules! c_fn {
    ($name:ident) => {
        fn $name(x: f64) -> f64 {
            // SAFETY: a pure C math function of one double, linked with every Rust program
            // on the platforms Taipan builds for; it reads no memory and keeps no state.
            unsafe { libc_math::$name(x) }
        }
    };
}
c_fn!(asinh);
c_fn!(acosh);
c_fn!(atanh);
c_fn!(erf);
c_fn!(erfc);
c_fn!(cbrt);

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "math");
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v);
        module_set(vm, &m, name, f);
    }
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", |vm, a| unary(vm, a, "sqrt", f64::sqrt, false)),
        ("exp", |vm, a| unary(vm, a, "exp", f64::exp, true)),
        ("exp2", |vm, a| unary(vm, a, "exp2", f64::exp2, true)),
        ("expm1", |vm, a| unary(vm, a, "expm1", f64::exp_m1, true)),
        ("log1p", |vm, a| unary(vm, a, "log1p", f64::ln_1p, false)),
        ("sin", |vm, a| unary(vm, a, "sin", f64::sin, false)),
        ("cos", |vm, a| unary(vm, a, "cos", f64::cos, false)),
        ("tan", |vm, a| unary(vm, a, "tan", f64::tan, false)),
        ("asin", |vm, a| unary(vm, a, "asin", f64::asin, false)),
        ("acos", |vm, a| unary(vm, a, "acos", f64::acos, false)),
        ("atan", |vm, a| unary(vm, a, "atan", f64::atan, false)),
        ("sinh", |vm, a| unary(vm, a, "sinh", f64::sinh, true)),
        ("cosh", |vm, a| unary(vm, a, "cosh", f64::cosh, true)),
        ("tanh", |vm, a| unary(vm, a, "tanh", f64::tanh, false)),
        ("asinh", |vm, a| unary(vm, a, "asinh", asinh, false)),
        ("acosh", |vm, a| unary(vm, a, "acosh", acosh, false)),
        ("atanh", |vm, a| unary(vm, a, "atanh", atanh, false)),
        ("erf", |vm, a| unary(vm, a, "erf", erf, false)),
        ("erfc", |vm, a| unary(vm, a, "erfc", erfc, false)),
        ("cbrt", |vm, a| unary(vm, a, "cbrt", cbrt, false)),
        ("fabs", |vm, a| unary(vm, a, "fabs", f64::abs, false)),
        ("gamma", |vm, a| errno_unary(vm, a, "gamma", tgamma)),
        ("lgamma", |vm, a| errno_unary(vm, a, "lgamma", lgamma)),
        ("degrees", |vm, a| {
            unary(
                vm,
                a,
                "degrees",
                |x| x * (180.0 / std::f64::consts::PI),
                false,
            )
        }),
        ("radians", |vm, a| {
            unary(
                vm,
                a,
                "radians",
                |x| x * (std::f64::consts::PI / 180.0),
                false,
            )
        }),
        ("isfinite", |vm, a| {
            predicate(vm, a, "isfinite", f64::is_finite)
        }),
        ("isinf", |vm, a| predicate(vm, a, "isinf", f64::is_infinite)),
        ("isnan", |vm, a| predicate(vm, a, "isnan", f64::is_nan)),
        ("atan2", |vm, a| binary(vm, a, "atan2", f64::atan2)),
        ("fmod", |vm, a| binary(vm, a, "fmod", fmod)),
        ("copysign", |vm, a| binary(vm, a, "copysign", f64::copysign)),
        ("remainder", |vm, a| binary(vm, a, "remainder", remainder)),
        ("log", log),
        ("log2", |vm, a| log_n(vm, a, "log2", f64::log2)),
        ("log10", |vm, a| log_n(vm, a, "log10", f64::log10)),
        ("pow", pow),
        ("ceil", |vm, a| rounding(vm, a, "ceil", f64::ceil)),
        ("floor", |vm, a| rounding(vm, a, "floor", f64::floor)),
        ("trunc", trunc),
        ("modf", modf),
        ("frexp", math_float::frexp_fn),
        ("ldexp", math_float::ldexp_fn),
        ("isclose", math_float::isclose),
        ("hypot", math_float::hypot),
        ("dist", math_float::dist),
        ("fsum", crate::modules::math_sum::fsum),
        ("sumprod", crate::modules::math_sum::sumprod),
        ("prod", crate::modules::math_sum::prod),
        ("nextafter", math_float::nextafter_fn),
        ("ulp", math_float::ulp),
        ("factorial", math_int::factorial),
        ("comb", math_int::comb),
        ("perm", math_int::perm),
        ("gcd", math_int::gcd),
        ("lcm", math_int::lcm),
        ("isqrt", math_int::isqrt),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    m
}

/// `PyFloat_AsDouble`: floats, ints (OverflowError past f64's range), then `__float__`,
/// then `__index__`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if float::is_float(v) {
        return Ok(float::as_f64_num(v).unwrap_or(f64::NAN));
    }
    if let Value::Obj(o) = v {
        if let Some(f) = typeobj::user_defines(&o.class, "__float__") {
            let r = vm.call1(&f, v.clone())?;
            if float::is_float(&r) {
                return Ok(float::as_f64_num(&r).unwrap_or(f64::NAN));
            }
            let (c, t) = (vm.type_name(v), vm.type_name(&r));
            return Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")));
        }
    }
    if int::is_int(v) {
        return int_to_f64(vm, v);
    }
    if let Value::Obj(o) = v {
        if typeobj::user_defines(&o.class, "__index__").is_some() {
            let i = index_big(vm, v)?;
            return big_to_f64(vm, &i);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

fn int_to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match float::as_f64_num(v) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    int::bigint_to_f64(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// `operator.index(v)` as an exact integer.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    // An int subclass is taken as its value; its own __index__ is not called (as CPython).
    if let Some(b) = int::as_bigint(v) {
        return Ok(b);
    }
    if let Value::Obj(o) = v {
        if let Some(f) = typeobj::user_defines(&o.class, "__index__") {
            let r = vm.call1(&f, v.clone())?;
            return match int::as_bigint(&r) {
                Some(b) => Ok(b),
                None => {
                    let t = vm.type_name(&r);
                    Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
                }
            };
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

pub fn domain_error(vm: &Vm) -> Value {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &Vm) -> Value {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; infinity from a finite
/// input is a range error for functions that can overflow, else a domain error.
fn unary(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    args.one_arg(vm, &format!("math.{name}"))?;
    let x = to_f64(vm, &args.pos[0])?;
    let r = f(x);
    check_result(vm, x, r, can_overflow)
}

fn check_result(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(vm.new_float(r))
}

/// Outcome of a function that reports errors as C's errno does (`math_1a`).
pub enum MathErr {
    Domain,
    Range,
}

fn errno_unary(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> Result<f64, MathErr>,
) -> PyResult {
    args.one_arg(vm, &format!("math.{name}"))?;
    let x = to_f64(vm, &args.pos[0])?;
    match f(x) {
        Ok(r) => Ok(vm.new_float(r)),
        Err(MathErr::Domain) => Err(domain_error(vm)),
        Err(MathErr::Range) => Err(range_error(vm)),
    }
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult {
    args.one_arg(vm, &format!("math.{name}"))?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(Value::Bool(f(x)))
}

/// CPython's `math_2`: NaN from non-NaN inputs is a domain error, and so is infinity
/// from finite ones.
fn binary(vm: &mut Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    args.no_keywords(vm, &format!("math.{name}"))?;
    args.check_positional(vm, name, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(vm.new_float(r))
}

fn fmod(x: f64, y: f64) -> f64 {
    // fmod(x, ±inf) is x for finite x (some C libraries got this wrong; CPython checks).
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    x % y
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the neighbour whose quotient is even.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// C's `log` with CPython's errno conventions folded into NaN/-inf results.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(v) {
        let b = int::as_bigint(v).unwrap_or_default();
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = int::bigint_to_f64(&b) {
            return Ok(f(x));
        }
        // Too big for a float: log(m * 2**e) = log(m) + log(2) * e.
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) || x < 0.0 {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// A positive big int as m * 2**e with m in [0.5, 1), m correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(55);
    let mut top = (b >> shift).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && (b.clone() - (BigInt::from(top) << shift)).is_positive() {
        // Sticky bit: the dropped bits decide rounding only through being non-zero.
        top |= 1;
    }
    let m = top as f64 / (1u64 << (bits - shift)) as f64;
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.log")?;
    args.check_positional(vm, "log", 1, 2)?;
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    if args.len() == 1 {
        return Ok(vm.new_float(num));
    }
    let den = log_of(vm, &args.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(vm.new_float(num / den))
}

fn log_n(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult {
    args.one_arg(vm, &format!("math.{name}"))?;
    let r = log_of(vm, &args.pos[0], f)?;
    Ok(vm.new_float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.pow")?;
    args.check_positional(vm, "pow", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    // IEEE specials are settled here, as CPython does, rather than trusting libm.
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(vm.new_float(r))
}

/// An integral float as an int, with int()'s errors for NaN and infinities.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(vm.new_int(BigInt::from_f64(f).unwrap_or_default()))
}

fn user_special(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Obj(o) => typeobj::user_defines(&o.class, name),
        _ => None,
    }
}

/// ceil/floor: an exact float directly, else the object's `__ceil__`/`__floor__`, else
/// its float value.
fn rounding(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult {
    args.one_arg(vm, &format!("math.{name}"))?;
    let v = &args.pos[0];
    if let Some(m) = user_special(v, &format!("__{name}__")) {
        return vm.call1(&m, v.clone());
    }
    if int::is_int(v) {
        return Ok(vm.new_int(int::as_bigint(v).unwrap_or_default()));
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.trunc")?;
    let v = &args.pos[0];
    if let Some(m) = user_special(v, "__trunc__") {
        return vm.call1(&m, v.clone());
    }
    if int::is_int(v) {
        return Ok(vm.new_int(int::as_bigint(v).unwrap_or_default()));
    }
    if float::is_float(v) {
        let x = float::as_f64_num(v).unwrap_or(f64::NAN);
        return float_to_int(vm, x.trunc());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.modf")?;
    let x = to_f64(vm, &args.pos[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let w = x.trunc();
        ((x - w).copysign(x), w)
    };
    let items = vec![vm.new_float(frac), vm.new_float(whole)];
    Ok(vm.new_tuple(items))
}
