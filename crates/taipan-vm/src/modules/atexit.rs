//! `atexit`: functions run at interpreter exit, last registered first (after the
//! traceback of an uncaught exception, before module globals are cleared).

use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

struct Callback {
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "atexit");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", |vm, a| {
            a.check(vm, "_run_exitfuncs", 0, 0)?;
            run_exitfuncs(vm);
            Ok(Value::None)
        }),
        ("_clear", |vm, a| {
            a.check(vm, "_clear", 0, 0)?;
            let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
            drop(old);
            Ok(Value::None)
        }),
        ("_ncallbacks", |vm, a| {
            a.check(vm, "_ncallbacks", 0, 0)?;
            // As CPython 3.12: unregistered slots still count until the next run.
            Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
        }),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    m
}

fn register(vm: &mut Vm, args: Args) -> PyResult {
    let Some(func) = args.pos.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args.pos[1..].to_vec(),
        kw: args.kw,
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func)
}

fn unregister(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "unregister", 1, 1)?;
    let target = args.pos[0].clone();
    // Compared with ==, as CPython does; the list is copied because __eq__ may run code.
    let funcs: Vec<Option<Value>> = CALLBACKS.with(|c| {
        c.borrow()
            .iter()
            .map(|cb| cb.as_ref().map(|cb| cb.func.clone()))
            .collect()
    });
    for (i, f) in funcs.iter().enumerate() {
        let Some(f) = f else { continue };
        if vm.eq(f, &target)? {
            CALLBACKS.with(|c| {
                if let Some(slot) = c.borrow_mut().get_mut(i) {
                    *slot = None;
                }
            });
        }
    }
    Ok(Value::None)
}

/// Runs (and forgets) every registered function, newest first; an exception is reported
/// as "Exception ignored in atexit callback" and the others still run.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let Some(cb) = cb else { continue };
        let a = Args {
            pos: cb.args.into_iter().collect(),
            kw: cb.kw,
        };
        if let Err(e) = vm.call(&cb.func, a) {
            let what = vm.repr(&cb.func).unwrap_or_default();
            let tb = crate::traceback::format_exception(vm, &e, 0);
            vm.write_stderr(&format!(
                "Exception ignored in atexit callback: {what}\n{tb}"
            ));
        }
    }
}
