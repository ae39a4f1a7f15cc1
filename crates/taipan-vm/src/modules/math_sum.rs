//! math's sums: fsum (Shewchuk's exact partials, rounded as CPython rounds), prod, and
//! sumprod (exact for ints, triple-length for floats, generic `+`/`*` otherwise).

use crate::modules::math::to_f64;
use crate::modules::math_float::dl_mul;
use crate::objects::{float, int};
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use taipan_bytecode::BinOp;

fn add(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    vm.binary_op(a, b, BinOp::Add as u32)
}

fn mul(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    vm.binary_op(a, b, BinOp::Multiply as u32)
}

pub fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "math.fsum")?;
    let it = vm.get_iter(&args.pos[0])?;
    // Non-overlapping partials, smallest magnitude first; their exact sum is the total.
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let xsave = to_f64(vm, &item)?;
        let mut x = xsave;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf/nan summand, or from overflow of finite ones.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special_sum));
    }
    let mut hi = 0.0f64;
    if let Some(&top) = p.last() {
        let mut n = p.len() - 1;
        hi = top;
        let mut lo = 0.0f64;
        // Add from the top down until the sum stops being exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials break the tie.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

pub fn prod(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args.take_kw("start");
    args.invalid_kw(vm, "prod")?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut total = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(item) = vm.next(&it)? {
        total = mul(vm, total, item)?;
    }
    Ok(total)
}

/// a + b exactly as hi + lo (Knuth's two-sum).
fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// A float sum carried in three parts.
#[derive(Clone, Copy, Default)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

fn tl_fma(x: f64, y: f64, t: Triple) -> Triple {
    let pr = dl_mul(x, y);
    let sm = dl_sum(t.hi, pr.0);
    let r1 = dl_sum(t.lo, pr.1);
    let r2 = dl_sum(r1.0, sm.1);
    Triple {
        hi: sm.0,
        lo: r2.0,
        tiny: t.tiny + r1.1 + r2.1,
    }
}

fn tl_to_d(t: Triple) -> f64 {
    let last = dl_sum(t.lo, t.hi);
    t.tiny + last.1 + last.0
}

fn exact_type(vm: &Vm, v: &Value, builtin: fn(&Vm) -> &crate::value::ObjRef) -> bool {
    std::rc::Rc::ptr_eq(vm.type_of(v), builtin(vm))
}

/// The float of an int/bool for sumprod's float path (None past f64's range).
fn flt_of(vm: &Vm, v: &Value) -> Option<f64> {
    if exact_type(vm, v, |vm| &vm.types.float) {
        return float::as_f64_num(v);
    }
    if exact_type(vm, v, |vm| &vm.types.int) || matches!(v, Value::Bool(_)) {
        return float::as_f64_num(v);
    }
    None
}

pub fn sumprod(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "math.sumprod")?;
    args.check_positional(vm, "sumprod", 2, 2)?;
    let p_it = vm.get_iter(&args.pos[0])?;
    let q_it = vm.get_iter(&args.pos[1])?;
    let mut total = Value::Int(0);
    let (mut int_path, mut int_total, mut int_in_use) = (true, 0i64, false);
    let (mut flt_path, mut flt_total, mut flt_in_use) = (true, Triple::default(), false);
    loop {
        let p = vm.next(&p_it)?;
        let q = vm.next(&q_it)?;
        let (p, q) = match (p, q) {
            (Some(p), Some(q)) => (Some(p), Some(q)),
            (None, None) => (None, None),
            _ => return Err(vm.value_error("Inputs are not the same length")),
        };
        if int_path {
            if let (Some(a), Some(b)) = (&p, &q) {
                let exact = |v: &Value| {
                    matches!(v, Value::Int(_))
                        || matches!(v.payload(), Some(Payload::Int(_)))
                            && exact_type(vm, v, |vm| &vm.types.int)
                };
                if exact(a) && exact(b) {
                    let sum = match (int::as_i64(a), int::as_i64(b)) {
                        (Some(x), Some(y)) => {
                            x.checked_mul(y).and_then(|m| int_total.checked_add(m))
                        }
                        _ => None,
                    };
                    if let Some(s) = sum {
                        int_total = s;
                        int_in_use = true;
                        continue;
                    }
                }
            }
            // Finished, overflowed, or a non-int: fold the exact part in and stop.
            int_path = false;
            if int_in_use {
                total = add(vm, total, Value::Int(int_total))?;
                int_in_use = false;
            }
        }
        if flt_path {
            if let (Some(a), Some(b)) = (&p, &q) {
                let fa = exact_type(vm, a, |vm| &vm.types.float);
                let fb = exact_type(vm, b, |vm| &vm.types.float);
                let pair = if fa || fb {
                    flt_of(vm, a).zip(flt_of(vm, b))
                } else {
                    None
                };
                if let Some((x, y)) = pair {
                    let t = tl_fma(x, y, flt_total);
                    if t.hi.is_finite() {
                        flt_total = t;
                        flt_in_use = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if flt_in_use {
                let f = vm.new_float(tl_to_d(flt_total));
                total = add(vm, total, f)?;
                flt_in_use = false;
            }
        }
        let (Some(a), Some(b)) = (p, q) else {
            return Ok(total);
        };
        let term = mul(vm, a, b)?;
        total = add(vm, total, term)?;
    }
}
