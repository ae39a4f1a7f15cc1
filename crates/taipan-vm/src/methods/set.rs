//! set and frozenset methods, and set operations on dict key/item views.

use crate::objects::set_ops;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use taipan_bytecode::BinOp;

/// Methods of set only (they mutate); set also gets every FROZEN_METHODS entry.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("discard", discard),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("update", update),
    ("difference_update", difference_update),
    ("intersection_update", intersection_update),
    ("symmetric_difference_update", symmetric_difference_update),
];

/// Methods shared by set and frozenset.
pub const FROZEN_METHODS: &[(&str, NativeFn)] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

pub const VIEW_METHODS: &[(&str, NativeFn)] = &[("isdisjoint", isdisjoint)];

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "add", 2, 2)?;
    vm.set_add(&args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "discard", 2, 2)?;
    vm.set_discard(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "remove", 2, 2)?;
    if !vm.set_discard(&args.pos[0], &args.pos[1])? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args);
    let r = match s.payload() {
        Some(Payload::Set(c)) => c.borrow_mut().pop_first(),
        _ => None,
    };
    r.ok_or_else(|| {
        let m = vm.new_str("pop from an empty set");
        vm.new_exception_args(&vm.exc.key_error.clone(), vec![m])
    })
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult {
    if let Some(Payload::Set(c)) = this(&args).payload() {
        c.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args);
    // An exact frozenset is immutable: its copy is itself.
    if matches!(s.payload(), Some(Payload::FrozenSet(_)))
        && std::rc::Rc::ptr_eq(vm.type_of(&s), &vm.types.frozenset)
    {
        return Ok(s);
    }
    set_ops::copy_table(vm, &s, &s)
}

fn update_with(vm: &mut Vm, args: Args, op: BinOp) -> PyResult {
    let s = this(&args);
    for other in args.pos[1..].iter() {
        let o = as_set(vm, other)?;
        set_ops::update_in_place(vm, &s, &o, op)?;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult {
    update_with(vm, args, BinOp::Subtract)
}
fn intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    update_with(vm, args, BinOp::And)
}
fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    update_with(vm, args, BinOp::Xor)
}

fn update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args);
    for other in args.pos[1..].iter() {
        vm.set_update(&s, other)?;
    }
    Ok(Value::None)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    match v.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => Ok(v.clone()),
        _ => {
            let items = vm.iterate(v)?;
            vm.new_set_from(items)
        }
    }
}

fn fold(vm: &mut Vm, args: Args, op: BinOp) -> PyResult {
    let mut acc = copy(vm, Args::new([this(&args)]))?;
    for other in args.pos[1..].iter() {
        let o = as_set(vm, other)?;
        acc = set_ops::set_binop(vm, &acc, &o, op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult {
    fold(vm, args, BinOp::Or)
}
fn intersection(vm: &mut Vm, args: Args) -> PyResult {
    fold(vm, args, BinOp::And)
}
fn difference(vm: &mut Vm, args: Args) -> PyResult {
    fold(vm, args, BinOp::Subtract)
}
fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    fold(vm, args, BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "issubset", 2, 2)?;
    let o = as_set(vm, &args.pos[1])?;
    let a = as_set(vm, &args.pos[0])?;
    set_ops::set_compare(vm, &a, &o, taipan_bytecode::CmpOp::Le)
}
fn issuperset(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "issuperset", 2, 2)?;
    let o = as_set(vm, &args.pos[1])?;
    let a = as_set(vm, &args.pos[0])?;
    set_ops::set_compare(vm, &a, &o, taipan_bytecode::CmpOp::Ge)
}
fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isdisjoint", 2, 2)?;
    let a = as_set(vm, &args.pos[0])?;
    for it in vm.iterate(&args.pos[1])? {
        if vm.set_contains(&a, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
