//! `_taipan_weak`: the primitives lib/_weakref.py builds `weakref.ref` on (see
//! memory/weak.rs): a weak handle, and the per-referent registry for callbacks.

use crate::memory::weak;
use crate::modules::sys::{module_set, new_module};
use crate::objects::native::native_class;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::rc::{Rc, Weak};

struct Handle(Weak<crate::value::PyObject>);

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_taipan_weak");
    let cls = native_class(vm, "weakhandle", "_taipan_weak", &[]);
    vm.native_types.insert("_taipan_weak.weakhandle", cls);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("new", new),
        ("get", get),
        ("register", register),
        ("refs", refs),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    m
}

/// The object, if CPython's type for it supports weak references.
fn referent(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        let heap = matches!(&o.class.payload, Payload::Type(t) if t.heap);
        let plain = matches!(
            o.payload,
            Payload::Str(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Bytes(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
        ) || (matches!(o.payload, Payload::Instance)
            && Rc::ptr_eq(&o.class, &vm.types.object));
        if heap || !plain {
            return Ok(o.clone());
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("cannot create weak reference to '{t}' object")))
}

fn new(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "new", 1, 1)?;
    let o = referent(vm, &a.pos[0])?;
    let cls = vm.native_types["_taipan_weak.weakhandle"].clone();
    Ok(vm.new_native(&cls, Handle(Rc::downgrade(&o))))
}

fn get(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "get", 1, 1)?;
    let h = vm.native_mut::<Handle>(&a.pos[0], "weakhandle")?;
    Ok(h.0.upgrade().map(Value::Obj).unwrap_or(Value::None))
}

fn register(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "register", 2, 2)?;
    let o = referent(vm, &a.pos[0])?;
    if let Value::Obj(r) = &a.pos[1] {
        weak::register(&o, r);
    }
    Ok(Value::None)
}

fn refs(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "refs", 1, 1)?;
    let items = match &a.pos[0] {
        Value::Obj(o) => weak::refs_of(o).into_iter().map(Value::Obj).collect(),
        _ => vec![],
    };
    Ok(vm.new_list(items))
}
