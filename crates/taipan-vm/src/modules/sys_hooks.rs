//! `sys.excepthook` and `sys.unraisablehook` (with their `__excepthook__` /
//! `__unraisablehook__` originals), and the VM paths that consult them: an uncaught
//! exception goes to a user-set `sys.excepthook`, an exception that cannot propagate
//! (a failing `__del__`, a weakref callback) to a user-set `sys.unraisablehook`.
//! Also `sys.audit` / `sys.addaudithook` (PEP 578): hooks see the events programs raise
//! with `sys.audit` (the VM's own operations raise none yet).

use crate::modules::sys::module_set;
use crate::objects::structseq::{self, StructSeqDef};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::{Cell, RefCell};

static UNRAISABLE_ARGS: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "UnraisableHookArgs",
    fields: &[
        Some("exc_type"),
        Some("exc_value"),
        Some("exc_traceback"),
        Some("err_msg"),
        Some("object"),
    ],
    n_sequence: 5,
    stat_times: false,
};

thread_local! {
    static ARGS_CLS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    /// A user unraisablehook is running: an error inside it is reported the default way.
    static IN_HOOK: Cell<bool> = const { Cell::new(false) };
    /// The callables sys.addaudithook registered, in order.
    static AUDIT_HOOKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

pub fn add(vm: &mut Vm, m: &ObjRef) {
    let cls = structseq::new_class(vm, &UNRAISABLE_ARGS);
    ARGS_CLS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    module_set(vm, m, "UnraisableHookArgs", Value::Obj(cls));
    let f = vm.new_builtin("excepthook", excepthook);
    module_set(vm, m, "excepthook", f.clone());
    module_set(vm, m, "__excepthook__", f);
    let f = vm.new_builtin("unraisablehook", unraisablehook);
    module_set(vm, m, "unraisablehook", f.clone());
    module_set(vm, m, "__unraisablehook__", f);
    let f = vm.new_builtin("breakpointhook", crate::methods::introspect::breakpointhook);
    module_set(vm, m, "breakpointhook", f.clone());
    module_set(vm, m, "__breakpointhook__", f);
    let f = vm.new_builtin("audit", audit);
    module_set(vm, m, "audit", f);
    let f = vm.new_builtin("addaudithook", addaudithook);
    module_set(vm, m, "addaudithook", f);
}

/// Calls every audit hook with (event, args).
fn run_audit_hooks(vm: &mut Vm, event: Value, args: Value) -> PyResult<()> {
    let hooks = AUDIT_HOOKS.with(|h| h.borrow().clone());
    for hook in hooks {
        vm.call(&hook, Args::new([event.clone(), args.clone()]))?;
    }
    Ok(())
}

/// `sys.audit(event, *args)`.
fn audit(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "audit")?;
    let Some(event) = args.pos.first().cloned() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    // As CPython: without hooks nothing is checked.
    if AUDIT_HOOKS.with(|h| h.borrow().is_empty()) {
        return Ok(Value::None);
    }
    if event.as_str().is_none() {
        let t = vm.type_name(&event);
        return Err(vm.type_error(format!("expected str for argument 'event', not {t}")));
    }
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    run_audit_hooks(vm, event, rest)?;
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`: the existing hooks see a "sys.addaudithook" event first; one
/// raising a RuntimeError (or subclass) vetoes the new hook silently, as in CPython.
fn addaudithook(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "addaudithook")?;
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!(
            "addaudithook() takes exactly one argument ({n} given)"
        )));
    }
    let event = vm.new_str("sys.addaudithook");
    let empty = vm.new_tuple(vec![]);
    if let Err(e) = run_audit_hooks(vm, event, empty) {
        if vm.is_instance_of(&e, &vm.exc.runtime_error.clone()) {
            return Ok(Value::None);
        }
        return Err(e);
    }
    let hook = args.pos[0].clone();
    AUDIT_HOOKS.with(|h| h.borrow_mut().push(hook));
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the interpreter does.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "excepthook")?;
    if args.pos.len() != 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {n}")));
    }
    let v = args.pos[1].clone();
    if !vm.is_instance_of(&v, &vm.exc.base_exception.clone()) {
        let t = vm.type_name(&v);
        vm.write_stderr(&format!(
            "TypeError: print_exception(): Exception expected for value, {t} found\n"
        ));
        return Ok(Value::None);
    }
    vm.out.flush();
    let text = crate::traceback::format_exception(vm, &v, 0);
    vm.write_stderr(&text);
    Ok(Value::None)
}

/// `sys.unraisablehook(unraisable)`: the default report on stderr.
fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "unraisablehook")?;
    args.positional(vm, "unraisablehook", 1, 1)?;
    let a = args.pos[0].clone();
    let get = |vm: &mut Vm, n: &str| vm.get_attr_str(&a, n);
    let (value, msg, obj) = (
        get(vm, "exc_value")?,
        get(vm, "err_msg")?,
        get(vm, "object")?,
    );
    let msg = match msg.as_str() {
        Some(s) => s.as_str().to_string(),
        None => "Exception ignored in".to_string(),
    };
    let head = if obj.is_none() {
        format!("{msg}:\n")
    } else {
        let r = vm
            .repr(&obj)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        format!("{msg}: {r}\n")
    };
    let tb = if value.is_none() {
        String::new()
    } else {
        crate::traceback::format_exception(vm, &value, 0)
    };
    vm.write_stderr(&format!("{head}{tb}"));
    Ok(Value::None)
}

/// Whether `v` is this module's own builtin `f` (the hook was not replaced).
fn is_default(v: &Value, f: crate::vm::NativeFn) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b)) if b.func as usize == f as usize)
}

/// An uncaught exception: if the program replaced `sys.excepthook`, calls it and
/// returns the exit status; None leaves the default printing to the caller.
pub fn user_excepthook(vm: &mut Vm, e: &Value) -> Option<i32> {
    let hook = vm.sys_attr("excepthook")?;
    if is_default(&hook, excepthook) {
        return None;
    }
    let t = Value::Obj(vm.type_of(e).clone());
    let tb = crate::objects::exception::traceback_of(e);
    if let Err(err) = vm.call(&hook, Args::new([t, e.clone(), tb])) {
        vm.out.flush();
        let hook_tb = crate::traceback::format_exception(vm, &err, 0);
        let orig = crate::traceback::format_exception(vm, e, 0);
        vm.write_stderr(&format!(
            "Error in sys.excepthook:\n{hook_tb}\nOriginal exception was:\n{orig}"
        ));
    }
    vm.out.flush();
    Some(1)
}

/// An exception that cannot propagate: if the program replaced `sys.unraisablehook`,
/// calls it with an `UnraisableHookArgs` and returns true.
pub fn user_unraisablehook(vm: &mut Vm, what: &Value, e: &Value) -> bool {
    if IN_HOOK.with(Cell::get) {
        return false;
    }
    let Some(hook) = vm.sys_attr("unraisablehook") else {
        return false;
    };
    if is_default(&hook, unraisablehook) {
        return false;
    }
    let Some(cls) = ARGS_CLS.with(|c| c.borrow().clone()) else {
        return false;
    };
    let t = Value::Obj(vm.type_of(e).clone());
    let tb = crate::objects::exception::traceback_of(e);
    let a = structseq::new(vm, &cls, vec![t, e.clone(), tb, Value::None, what.clone()]);
    IN_HOOK.with(|c| c.set(true));
    let r = vm.call1(&hook, a);
    IN_HOOK.with(|c| c.set(false));
    if let Err(err) = r {
        let h = vm.repr(&hook).unwrap_or_default();
        let tb = crate::traceback::format_exception(vm, &err, 0);
        vm.write_stderr(&format!(
            "Exception ignored in sys.unraisablehook: {h}\n{tb}"
        ));
    }
    true
}
