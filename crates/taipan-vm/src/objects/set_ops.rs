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

pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let (xa, xb) = (items(a), items(b));
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            out = xa;
            out.extend(xb);
        }
        BinOp::And => {
            for x in xa {
                if vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
        }
        BinOp::Subtract => {
            for x in xa {
                if !vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
        }
        _ => {
            for x in xa {
                if !vm.set_contains(b, &x)? {
                    out.push(x);
                }
            }
            for x in xb {
                if !vm.set_contains(a, &x)? {
                    out.push(x);
                }
            }
        }
    }
    if is_frozen(a) {
        vm.new_frozenset_from(out)
    } else {
        vm.new_set_from(out)
    }
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
