//! Methods of range: count and index answer in O(1) for ints, as CPython's range does.

use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

pub const METHODS: &[(&str, NativeFn)] = &[("count", count), ("index", index)];

fn bounds(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.payload()? {
        Payload::Range { start, stop, step } => {
            Some(((*start).into(), (*stop).into(), (*step).into()))
        }
        Payload::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
        _ => None,
    }
}

/// The position of the int `x` in the range, if it is an item.
fn position(r: &Value, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = bounds(r)?;
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        &stop < x && x <= &start
    };
    let (q, rem) = (x - &start).div_rem(&step);
    (inside && rem.is_zero()).then_some(q)
}

fn receiver<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let r = &args.pos[0];
    if bounds(r).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(r)
        )));
    }
    Ok((r, &args.pos[1]))
}

/// Ints and bools are found by arithmetic; anything else (int subclasses included, whose
/// `__eq__` may differ) is compared item by item, as in CPython.
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => int::as_bigint(v),
        Value::Obj(o)
            if matches!(o.payload, Payload::Int(_))
                && !crate::objects::typeobj::ty(&o.class).heap =>
        {
            int::as_bigint(v)
        }
        _ => None,
    }
}

/// Position of the first item equal to `x`, by iteration.
fn scan(vm: &mut Vm, r: &Value, x: &Value, mut on_match: impl FnMut() -> bool) -> PyResult<i64> {
    let it = vm.get_iter(r)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq_or_is(&item, x)? && on_match() {
            return Ok(i);
        }
        i += 1;
    }
    Ok(-1)
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let (r, x) = receiver(vm, &args, "count")?;
    if let Some(x) = exact_int(x) {
        return Ok(Value::Int(i64::from(position(r, &x).is_some())));
    }
    let mut n = 0;
    scan(vm, r, x, || {
        n += 1;
        false
    })?;
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let (r, x) = receiver(vm, &args, "index")?;
    if let Some(xi) = exact_int(x) {
        return match position(r, &xi) {
            Some(i) => Ok(vm.new_int(i)),
            None => {
                let s = vm.repr(x)?;
                Err(vm.value_error(format!("{s} is not in range")))
            }
        };
    }
    match scan(vm, r, x, || true)? {
        -1 => Err(vm.value_error("sequence.index(x): x not in sequence")),
        i => Ok(Value::Int(i)),
    }
}
