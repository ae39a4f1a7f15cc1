//! Set algebra (| & - ^) and set comparisons (subset/superset/equality).

use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use taipan_bytecode::{BinOp, CmpOp};

pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().iter().cloned().collect(),
        Some(Payload::FrozenSet(s)) => s.iter().cloned().collect(),
        _ => vec![],
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

fn len_of(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().len(),
        Some(Payload::FrozenSet(s)) => s.len(),
        _ => 0,
    }
}

/// A new set (or frozenset, following `like`) holding `src`'s elements, built as
/// CPython's set_copy (a merge into an empty set), so iteration order matches.
pub fn copy_table(vm: &mut Vm, like: &Value, src: &Value) -> PyResult {
    let s = vm.new_set_of(src)?;
    Ok(if is_frozen(like) { vm.freeze(&s) } else { s })
}

/// Starts from a copy of `start` (or empty), then adds `items` one by one.
fn build(vm: &mut Vm, like: &Value, start: Option<&Value>, items: Vec<Value>) -> PyResult {
    let r = match start {
        Some(s) => vm.new_set_of(s)?,
        None => vm.new_set_from(vec![])?,
    };
    for x in items {
        vm.set_add(&r, x)?;
    }
    Ok(if is_frozen(like) { vm.freeze(&r) } else { r })
}

/// Set algebra with CPython's algorithms, so results iterate in CPython's order (which
/// operand is copied or iterated decides which of two equal elements, 2 or 2.0, is kept).
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    match op {
        BinOp::Or => {
            let r = vm.new_set_of(a)?;
            vm.set_update(&r, b)?;
            Ok(if is_frozen(a) { vm.freeze(&r) } else { r })
        }
        BinOp::And => {
            // Iterate the smaller set, keeping its elements.
            let (big, small) = if len_of(b) > len_of(a) {
                (b, a)
            } else {
                (a, b)
            };
            let mut keep = Vec::new();
            for x in items(small) {
                if vm.set_contains(big, &x)? {
                    keep.push(x);
                }
            }
            build(vm, a, None, keep)
        }
        BinOp::Subtract => {
            if len_of(a) >> 2 > len_of(b) {
                let r = build(vm, &Value::None, Some(a), vec![])?;
                for x in items(b) {
                    vm.set_discard(&r, &x)?;
                }
                return Ok(if is_frozen(a) { vm.freeze(&r) } else { r });
            }
            let mut keep = Vec::new();
            for x in items(a) {
                if !vm.set_contains(b, &x)? {
                    keep.push(x);
                }
            }
            build(vm, a, None, keep)
        }
        _ => {
            // CPython copies the other operand, then toggles this one's elements in.
            let r = build(vm, &Value::None, Some(b), vec![])?;
            for x in items(a) {
                if !vm.set_discard(&r, &x)? {
                    vm.set_add(&r, x)?;
                }
            }
            Ok(if is_frozen(a) { vm.freeze(&r) } else { r })
        }
    }
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on a mutable set `a`, as CPython's *_update
/// functions (which keep `a`'s table and so its order).
pub fn update_in_place(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    let other = items(b);
    match op {
        BinOp::Or => vm.set_update(a, b)?,
        BinOp::Subtract => {
            for x in other {
                vm.set_discard(a, &x)?;
            }
        }
        BinOp::Xor => {
            for x in other {
                if !vm.set_discard(a, &x)? {
                    vm.set_add(a, x)?;
                }
            }
        }
        _ => {
            let r = set_binop(vm, a, b, BinOp::And)?;
            if let (Some(Payload::Set(dst)), Some(Payload::Set(src))) = (a.payload(), r.payload()) {
                let table = src.borrow().clone();
                *dst.borrow_mut() = table;
            }
        }
    }
    Ok(())
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in items(a) {
        if !vm.set_contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult {
    let (la, lb) = (items(a).len(), items(b).len());
    let r = match op {
        CmpOp::Eq => la == lb && subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && subset(vm, a, b)?),
        CmpOp::Le => subset(vm, a, b)?,
        CmpOp::Lt => la < lb && subset(vm, a, b)?,
        CmpOp::Ge => subset(vm, b, a)?,
        CmpOp::Gt => la > lb && subset(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}
