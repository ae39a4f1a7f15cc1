//! Objects of types defined by native modules (`_random.Random`'s generator state, a
//! compiled `re` pattern...): the payload holds any Rust value, reached again by
//! downcasting. A native type is a builtin (non-heap) class made by `native_class`; it is
//! callable when its own dict has a native `__new__` (called with the class first).

use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{NativeFn, PyResult, Vm};
use std::any::Any;
use std::cell::{RefCell, RefMut};

pub struct NativeObj(pub RefCell<Box<dyn Any>>);

/// A new builtin class `module.name` (subclass of object) with native methods. A
/// `("__new__", f)` entry makes the class callable: `f(cls, *args, **kw)`.
pub fn native_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> ObjRef {
    let object = vm.types.object.clone();
    let cls = typeobj::new_type(&vm.types.type_, name, vec![object], Layout::Opaque, false);
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    let m = vm.new_str(module);
    typeobj::set_attr(vm, &cls, "__module__", m);
    typeobj::add_methods(vm, &cls, methods);
    cls
}

impl Vm {
    /// A new instance of native class `cls` holding `data`.
    pub fn new_native<T: Any>(&self, cls: &ObjRef, data: T) -> Value {
        self.alloc(
            cls,
            Payload::Native(NativeObj(RefCell::new(Box::new(data)))),
        )
    }

    /// The `T` inside `v`, mutably borrowed; a TypeError naming `what` (the expected
    /// type's name) when `v` holds something else. Don't call back into Python code while
    /// the borrow is held: re-entry on the same object would find it borrowed.
    pub fn native_mut<'a, T: Any>(&mut self, v: &'a Value, what: &str) -> PyResult<RefMut<'a, T>> {
        if let Some(Payload::Native(n)) = v.payload() {
            if let Ok(b) = n.0.try_borrow_mut() {
                if b.is::<T>() {
                    return Ok(RefMut::map(b, |b| {
                        b.downcast_mut::<T>().expect("checked by is::<T>()")
                    }));
                }
            } else {
                return Err(self.runtime_error(format!("{what} object is already in use")));
            }
        }
        let t = self.type_name(v);
        Err(self.type_error(format!(
            "descriptor requires a '{what}' object but received a '{t}'"
        )))
    }
}

/// A special method (`__repr__`, `__eq__`, `__hash__`, `__getitem__`...) that the native
/// class of `v` defines, if `v` is an instance of a native class. The protocols consult
/// it where they would consult a user class's method.
pub fn native_dunder(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Native(_)) => typeobj::lookup(&o.class, name),
        _ => None,
    }
}

/// `cls(...)` for a native class: its own `__new__`, if it has one.
pub fn native_new(cls: &ObjRef) -> Option<Value> {
    typeobj::ty(cls).dict.borrow().get_str("__new__")
}
