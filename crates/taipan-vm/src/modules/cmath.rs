//! `cmath`: CPython 3.12's complex math module. Finite arguments follow the algorithms
//! of CPython's cmathmodule.c (same operation order over the C library's real functions,
//! so results agree bit for bit); arguments with an infinite or NaN part take the C
//! library's complex functions, whose special values are C99 Annex G's, as CPython's
//! tables are. Errors are CPython's: ValueError for a domain error (an Annex G
//! "invalid" result: NaN out of NaN-free input), OverflowError for overflow.

use crate::modules::math::to_f64;
use crate::modules::sys::{module_set, new_module};
use crate::objects::complex::as_complex;
use crate::objects::typeobj;
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

type C = (f64, f64);

/// C's `double _Complex`: two doubles, passed and returned as the platform ABI passes
/// a struct of two doubles (x86-64 SSE pair, AArch64 homogeneous aggregate).
#[repr(C)]
#[derive(Clone, Copy)]
struct CComplex {
    re: f64,
    im: f64,
}

mod libm {
    use super::CComplex;
    extern "C" {
        pub fn csqrt(z: CComplex) -> CComplex;
        pub fn cexp(z: CComplex) -> CComplex;
        pub fn clog(z: CComplex) -> CComplex;
        pub fn cacos(z: CComplex) -> CComplex;
        pub fn cacosh(z: CComplex) -> CComplex;
        pub fn casinh(z: CComplex) -> CComplex;
        pub fn catanh(z: CComplex) -> CComplex;
        pub fn ccosh(z: CComplex) -> CComplex;
        pub fn csinh(z: CComplex) -> CComplex;
        pub fn ctanh(z: CComplex) -> CComplex;
        pub fn asinh(x: f64) -> f64;
    }
}

fn special(f: unsafe extern "C" fn(CComplex) -> CComplex, z: C) -> C {
    // The C library lets a NaN's sign pick among the signs Annex G leaves open, where
    // CPython's tables ignore it: pass NaNs without a sign.
    let z = (
        if z.0.is_nan() { f64::NAN } else { z.0 },
        if z.1.is_nan() { f64::NAN } else { z.1 },
    );
    // SAFETY: a pure C99 complex function of the C math library (linked with every Rust
    // program on the supported platforms); it reads no memory and keeps no state.
    let r = unsafe { f(CComplex { re: z.0, im: z.1 }) };
    (r.re, r.im)
}

fn m_asinh(x: f64) -> f64 {
    // SAFETY: the C library's asinh (Rust computes its own, CPython calls the C one).
    unsafe { libm::asinh(x) }
}

/// errno after a function of `z` returned `r`, as the C code sets it.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const E: f64 = std::f64::consts::E;

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// A non-finite argument: the C library's special value, and a domain error when it
/// made a NaN out of an argument without one.
fn special_value(f: unsafe extern "C" fn(CComplex) -> CComplex, z: C) -> (C, Errno) {
    special_fixed(f, z, |_, r| r)
}

/// `special_value` with `fix` choosing CPython's table entry where the C library picks
/// another of the signs Annex G allows.
fn special_fixed(
    f: unsafe extern "C" fn(CComplex) -> CComplex,
    z: C,
    fix: fn(C, C) -> C,
) -> (C, Errno) {
    let r = fix(z, special(f, z));
    let nan_in = z.0.is_nan() || z.1.is_nan();
    let nan_out = r.0.is_nan() || r.1.is_nan();
    (
        r,
        if nan_out && !nan_in {
            Errno::Dom
        } else {
            Errno::Ok
        },
    )
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

fn c_sqrt(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_value(libm::csqrt, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

fn range_check(r: C) -> (C, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::cexp, z, |z, r| {
            if z.0 == f64::NEG_INFINITY && !z.1.is_finite() {
                (0.0, 0.0)
            } else {
                r
            }
        });
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    range_check(r)
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_value(libm::clog, z);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal.
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            return ((f64::NEG_INFINITY, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_acos(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::cacos, z, |z, r| {
            if z.0.is_infinite() && z.1.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else {
                r
            }
        });
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0))
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::cacosh, z, |z, r| {
            if z.0 == 0.0 && z.1.is_nan() {
                (f64::NAN, f64::NAN)
            } else {
                r
            }
        });
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
    };
    (r, Errno::Ok)
}

fn c_asinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_value(libm::casinh, z);
    }
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            m_asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

fn c_asin(z: C) -> (C, Errno) {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_value(libm::catanh, z);
    }
    // atanh(z) = -atanh(-z): work with a non-negative real part.
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        let re = z.0 / 4.0 / h / h;
        let im = -(std::f64::consts::FRAC_PI_2).copysign(-z.1);
        ((re, im), Errno::Ok)
    } else if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            ((f64::INFINITY, z.1), Errno::Dom)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            let im = (2f64.atan2(-ay) / 2.0).copysign(z.1);
            ((re, im), Errno::Ok)
        }
    } else {
        let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
        let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::ccosh, z, |z, r| {
            if z.0.is_nan() && z.1 == 0.0 {
                (f64::NAN, 0.0)
            } else {
                r
            }
        });
    }
    let r = if z.0.abs() > log_large() {
        // cosh(x) overflows before cosh(z) does.
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    range_check(r)
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::csinh, z, |z, r| {
            if z.0 == 0.0 && z.1.is_nan() {
                (0.0, f64::NAN)
            } else {
                r
            }
        });
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    range_check(r)
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return special_fixed(libm::ctanh, z, |z, r| {
            if z.0.is_infinite() && z.1.is_infinite() {
                (1f64.copysign(z.0), 0.0)
            } else if z.0 == 0.0 && z.1.is_nan() {
                (f64::NAN, f64::NAN)
            } else {
                r
            }
        });
    }
    let r = if z.0.abs() > log_large() {
        (
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        )
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    (
        (r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10),
        e,
    )
}

/// `PyComplex_AsCComplex`: a complex, `__complex__`, then anything `float()` takes.
fn arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = as_complex(v) {
        return Ok(c);
    }
    if let Value::Obj(o) = v {
        if let Some(f) = typeobj::user_defines(&o.class, "__complex__") {
            let r = vm.call1(&f, v.clone())?;
            return as_complex(&r).ok_or_else(|| {
                let t = vm.type_name(&r);
                vm.type_error(format!("__complex__ returned non-complex (type {t})"))
            });
        }
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn error(vm: &mut Vm, e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

fn unary(vm: &mut Vm, args: Args, name: &str, f: fn(C) -> (C, Errno)) -> PyResult {
    args.one_arg(vm, &format!("cmath.{name}"))?;
    let z = arg(vm, &args.pos[0])?;
    let (r, e) = f(z);
    error(vm, e)?;
    Ok(vm.new_complex(r.0, r.1))
}

/// CPython's `_Py_c_quot`, with its errno (EDOM for a zero divisor).
fn quot(a: C, b: C) -> (C, Errno) {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "log", 1, 2)?;
    let x = arg(vm, &args.pos[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.pos.get(1) {
        let b = arg(vm, b)?;
        // As in CPython, errno is what the base's log and the division leave: a domain
        // error of log(x) alone (log(0, 2)) is forgotten.
        let (lb, eb) = c_log(b);
        e = eb;
        let (q, eq) = quot(r, lb);
        r = q;
        if eq != Errno::Ok {
            e = eq;
        }
    }
    error(vm, e)?;
    Ok(vm.new_complex(r.0, r.1))
}

/// `abs()` of a complex as CPython's `_Py_c_abs`: overflow of a finite value is a range
/// error.
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() || z.1.is_infinite() {
            return (f64::INFINITY, Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

/// CPython's `c_atan2` with the errno glibc's atan2 leaves: a result that underflowed
/// to zero is a range error (so phase(1e300+1e-300j) raises OverflowError, as there).
fn c_atan2(z: C) -> (f64, Errno) {
    if z.0.is_nan() || z.1.is_nan() {
        return (f64::NAN, Errno::Ok);
    }
    let r = z.1.atan2(z.0);
    if r == 0.0 && z.1 != 0.0 && z.0.is_finite() {
        return (r, Errno::Range);
    }
    (r, Errno::Ok)
}

fn phase(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "cmath.phase")?;
    let z = arg(vm, &args.pos[0])?;
    let (r, e) = c_atan2(z);
    error(vm, e)?;
    Ok(vm.new_float(r))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "cmath.polar")?;
    let z = arg(vm, &args.pos[0])?;
    // CPython takes the angle first; abs() then resets errno, so only overflow of the
    // modulus is an error here.
    let phi = c_atan2(z).0;
    let (r, e) = c_abs(z);
    error(vm, e)?;
    let (a, b) = (vm.new_float(r), vm.new_float(phi));
    Ok(vm.new_tuple(vec![a, b]))
}

fn rect(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "rect", 2, 2)?;
    let r = to_f64(vm, &args.pos[0])?;
    let phi = to_f64(vm, &args.pos[1])?;
    let (z, e) = if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let z = if r > 0.0 {
                (
                    f64::INFINITY.copysign(phi.cos()),
                    f64::INFINITY.copysign(phi.sin()),
                )
            } else {
                (
                    -f64::INFINITY.copysign(phi.cos()),
                    -f64::INFINITY.copysign(phi.sin()),
                )
            };
            (z, Errno::Ok)
        } else {
            // exp-like: r * e^(i phi) with C99's special values.
            let z = rect_special(r, phi);
            let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
                Errno::Dom
            } else {
                Errno::Ok
            };
            (z, e)
        }
    } else if phi == 0.0 {
        ((r, r * phi), Errno::Ok)
    } else {
        ((r * phi.cos(), r * phi.sin()), Errno::Ok)
    };
    error(vm, e)?;
    Ok(vm.new_complex(z.0, z.1))
}

/// rect(r, phi) for an infinite or NaN r or phi (other than the infinite r with a
/// finite non-zero phi handled by the caller), as CPython's rect_special_values table.
fn rect_special(r: f64, phi: f64) -> C {
    let nan = f64::NAN;
    if r.is_nan() {
        // A zero angle gives a (positive) zero imaginary part.
        return if phi == 0.0 { (nan, 0.0) } else { (nan, nan) };
    }
    if phi.is_nan() {
        if r.is_infinite() {
            return (f64::INFINITY, nan);
        }
        return if r == 0.0 { (0.0, 0.0) } else { (nan, nan) };
    }
    if phi.is_infinite() {
        if r.is_infinite() {
            return (f64::INFINITY, nan);
        }
        return if r == 0.0 { (0.0, 0.0) } else { (nan, nan) };
    }
    // r infinite, phi zero.
    (r, if r > 0.0 { phi } else { -phi })
}

fn parts(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    args.one_arg(vm, &format!("cmath.{name}"))?;
    arg(vm, &args.pos[0])
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    use crate::modules::math_float::{isclose_args, isclose_tolerances};
    let (a, b, rel, abs) = isclose_args(vm, args)?;
    let a = arg(vm, &a)?;
    let b = arg(vm, &b)?;
    let (rel_tol, abs_tol) = isclose_tolerances(vm, rel, abs)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    Ok(Value::Bool(
        diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol,
    ))
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "cmath");
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
    let infj = vm.new_complex(0.0, f64::INFINITY);
    module_set(vm, &m, "infj", infj);
    let nanj = vm.new_complex(0.0, f64::NAN);
    module_set(vm, &m, "nanj", nanj);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", |vm, a| unary(vm, a, "sqrt", c_sqrt)),
        ("exp", |vm, a| unary(vm, a, "exp", c_exp)),
        ("log10", |vm, a| unary(vm, a, "log10", c_log10)),
        ("acos", |vm, a| unary(vm, a, "acos", c_acos)),
        ("asin", |vm, a| unary(vm, a, "asin", c_asin)),
        ("atan", |vm, a| unary(vm, a, "atan", c_atan)),
        ("cos", |vm, a| unary(vm, a, "cos", c_cos)),
        ("sin", |vm, a| unary(vm, a, "sin", c_sin)),
        ("tan", |vm, a| unary(vm, a, "tan", c_tan)),
        ("acosh", |vm, a| unary(vm, a, "acosh", c_acosh)),
        ("asinh", |vm, a| unary(vm, a, "asinh", c_asinh)),
        ("atanh", |vm, a| unary(vm, a, "atanh", c_atanh)),
        ("cosh", |vm, a| unary(vm, a, "cosh", c_cosh)),
        ("sinh", |vm, a| unary(vm, a, "sinh", c_sinh)),
        ("tanh", |vm, a| unary(vm, a, "tanh", c_tanh)),
        ("log", log),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isclose", isclose),
        ("isfinite", |vm, a| {
            let z = parts(vm, &a, "isfinite")?;
            Ok(Value::Bool(finite(z)))
        }),
        ("isinf", |vm, a| {
            let z = parts(vm, &a, "isinf")?;
            Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
        }),
        ("isnan", |vm, a| {
            let z = parts(vm, &a, "isnan")?;
            Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
        }),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    m
}
