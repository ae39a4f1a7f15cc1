//! `__get__`/`__set__`/`__delete__` of the builtin descriptors (function, classmethod,
//! staticmethod, property), for code that calls them directly: functools binding a
//! wrapped callable, a user descriptor delegating to a property.

use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const GET: &[(&str, NativeFn)] = &[("__get__", descr_get)];
pub const PROPERTY_SET: &[(&str, NativeFn)] =
    &[("__set__", property_set), ("__delete__", property_delete)];

/// `d.__get__(obj, type=None)`.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0].clone(), args.pos[1].clone());
    let owner = args.pos.get(2).cloned().filter(|t| !t.is_none());
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    match d.payload() {
        Some(Payload::ClassMethod(f)) => {
            let cls = match owner {
                Some(t) => t,
                None => Value::Obj(vm.type_of(&obj).clone()),
            };
            let f = f.clone();
            Ok(vm.alloc(
                &vm.types.method.clone(),
                Payload::BoundMethod { func: f, this: cls },
            ))
        }
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ if obj.is_none() => Ok(d),
        Some(Payload::Function(_)) => Ok(vm.alloc(
            &vm.types.method.clone(),
            Payload::BoundMethod {
                func: d.clone(),
                this: obj,
            },
        )),
        Some(Payload::Property { fget, .. }) => {
            if fget.is_none() {
                let qual = vm.type_name(&obj);
                return Err(
                    vm.attribute_error(format!("property of '{qual}' object has no getter"))
                );
            }
            let fget = fget.clone();
            vm.call1(&fget, obj)
        }
        _ => {
            let t = vm.type_name(&d);
            Err(vm.type_error(format!(
                "descriptor '__get__' for this object doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__set__", 3, 3)?;
    let Some(Payload::Property { fset, .. }) = args.pos[0].payload() else {
        return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
    };
    if fset.is_none() {
        let qual = vm.type_name(&args.pos[1]);
        return Err(vm.attribute_error(format!("property of '{qual}' object has no setter")));
    }
    let fset = fset.clone();
    vm.call(&fset, Args::new([args.pos[1].clone(), args.pos[2].clone()]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delete__", 2, 2)?;
    let Some(Payload::Property { fdel, .. }) = args.pos[0].payload() else {
        return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
    };
    if fdel.is_none() {
        let qual = vm.type_name(&args.pos[1]);
        return Err(vm.attribute_error(format!("property of '{qual}' object has no deleter")));
    }
    let fdel = fdel.clone();
    vm.call1(&fdel, args.pos[1].clone())?;
    Ok(Value::None)
}

pub const CONTAINER_INIT: &[(&str, NativeFn)] = &[("__init__", container_init)];

/// `list.__init__`/`set.__init__` (which empty the object first) and `dict.__init__`
/// (which updates), called explicitly by subclasses' `__init__`.
fn container_init(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    }
    let this = args.pos.remove(0);
    let name = match this.payload() {
        Some(Payload::List(l)) => {
            l.borrow_mut().clear();
            "list"
        }
        Some(Payload::Set(s)) => {
            *s.borrow_mut() = Default::default();
            "set"
        }
        Some(Payload::Dict(_)) => "dict",
        _ => {
            let t = vm.type_name(&this);
            return Err(vm.type_error(format!(
                "descriptor '__init__' requires a container object but received a '{t}'"
            )));
        }
    };
    if name != "dict" && !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() > 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    crate::constructors::init_container(vm, &this, args)?;
    Ok(Value::None)
}
