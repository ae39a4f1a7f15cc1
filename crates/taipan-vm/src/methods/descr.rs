//! `__init__` of the builtin containers, for subclasses that call it explicitly.

use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

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
