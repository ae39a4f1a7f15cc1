//! The builtins that show the running frame's namespaces: `globals()`, `locals()`,
//! `vars()` and `dir()` without an argument.
//!
//! A function's variables live in its frame's slots, so `locals()` there is a dict the
//! frame keeps (in `Frame::locals`) and refreshes from the slots at each call, as CPython
//! 3.12 does: the same dict every time, names bound since added, names deleted since
//! removed, and other keys (say, what `exec()` stored in it) left alone.

use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use taipan_bytecode::code::flags;

/// The current frame's locals mapping (`PyEval_GetLocals`), refreshed from a function's
/// slots first.
pub fn current_locals(vm: &mut Vm) -> PyResult<ObjRef> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.builtins_dict.clone());
    };
    if f.code.co.flags & flags::OPTIMIZED == 0 {
        return Ok(f.locals.clone().unwrap_or_else(|| f.globals.clone()));
    }
    let (code, base) = (f.code.clone(), f.base);
    let d = match &f.locals {
        Some(d) => d.clone(),
        None => {
            let d = vm.new_dict().obj().cloned().expect("a dict is an object");
            if let Some(f) = vm.frames.last_mut() {
                f.locals = Some(d.clone());
            }
            d
        }
    };
    let fast = vm.stack[base..base + code.nlocalsplus].to_vec();
    refresh_locals(vm, &code, &fast, &d)?;
    Ok(d)
}

/// Brings a function frame's locals dict `d` up to date with its fast slots `fast`
/// (locals, cells, free cells): bound names set, unbound ones removed. Also used for
/// `frame.f_locals` (objects/frame.rs).
pub fn refresh_locals(
    vm: &mut Vm,
    code: &crate::objects::function::PyCode,
    fast: &[Value],
    d: &ObjRef,
) -> PyResult<()> {
    // CPython's order: plain locals (a captured argument at its argument's place), then
    // the other captured locals, then the free variables.
    let co = &code.co;
    let nvars = co.varnames.len();
    let cell_of_arg = |i: usize| co.cell2arg.iter().position(|a| *a == Some(i as u32));
    let mut slots: Vec<(&str, usize)> = Vec::with_capacity(code.nlocalsplus);
    for (i, name) in co.varnames.iter().enumerate() {
        match cell_of_arg(i) {
            Some(c) => slots.push((name, nvars + c)),
            None if co.cellvars.contains(name) => {}
            None => slots.push((name, i)),
        }
    }
    for (c, name) in co.cellvars.iter().enumerate() {
        if co.cell2arg.get(c).copied().flatten().is_none() {
            slots.push((name, nvars + c));
        }
    }
    for (j, name) in co.freevars.iter().enumerate() {
        slots.push((name, nvars + co.cellvars.len() + j));
    }
    let target = Value::Obj(d.clone());
    for (name, slot) in slots {
        let v = fast.get(slot).cloned().unwrap_or(Value::Null);
        let v = if slot >= nvars {
            match v.payload() {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => None,
            }
        } else {
            (!matches!(v, Value::Null)).then_some(v)
        };
        let k = vm.intern(name);
        match v {
            Some(v) => vm.set_item(&target, k, v)?,
            None => match vm.del_item(&target, &k) {
                Ok(()) => {}
                Err(e) if vm.is_instance_of(&e, &vm.exc.key_error.clone()) => {}
                Err(e) => return Err(e),
            },
        }
    }
    Ok(())
}

pub fn globals(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "globals")?;
    args.check(vm, "globals", 0, 0)?;
    Ok(Value::Obj(
        vm.frames
            .last()
            .map(|f| f.globals.clone())
            .unwrap_or_else(|| vm.builtins_dict.clone()),
    ))
}

pub fn locals(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "locals")?;
    args.check(vm, "locals", 0, 0)?;
    Ok(Value::Obj(current_locals(vm)?))
}

/// `vars()` is `locals()`; `vars(obj)` is `obj.__dict__`.
pub fn vars(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "vars", 0, 1)?;
    if args.is_empty() {
        return Ok(Value::Obj(current_locals(vm)?));
    }
    let attr_error = vm.exc.attribute_error.clone();
    match vm.get_attr_str(&args.pos[0], "__dict__") {
        Err(e) if vm.is_instance_of(&e, &attr_error) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        r => r,
    }
}

/// `dir()`: the sorted names of the current local scope (a mapping's `keys()`).
pub fn dir_locals(vm: &mut Vm) -> PyResult<Vec<Value>> {
    let l = Value::Obj(current_locals(vm)?);
    let keys = match l.payload() {
        Some(Payload::Dict(d)) => d.borrow().keys(),
        _ => {
            let k = vm.get_attr_str(&l, "keys")?;
            let k = vm.call0(&k)?;
            vm.iterate(&k)?
        }
    };
    let mut keys = keys;
    crate::builtins::sort_values(vm, &mut keys, None, false)?;
    Ok(keys)
}
