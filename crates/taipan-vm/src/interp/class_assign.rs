//! `obj.__class__ = cls` (CPython's object_set_class): allowed between classes whose
//! instances are laid out alike, both defined in Python (or both modules), with CPython's
//! TypeErrors otherwise. The slot itself is objects/class_slot.rs; the attribute caches
//! are keyed by the class each lookup reads from the object, so they need no flushing.
//!
//! Layout follows CPython's compatible_for_assignment: each class is walked up while it
//! adds nothing to its base (no slots, `__dict__` or `__weakref__` of its own); the two
//! classes reached must be the same, or share their base and add the same things. Taipan
//! stops the walk at the first builtin class (CPython continues through builtins of the
//! same size, which only matters for `__slots__ = ()` subclasses of sibling exceptions).

use crate::objects::typeobj::{self, ty, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// What a class adds to the instances of its base.
#[derive(PartialEq, Eq)]
struct Added {
    slots: Vec<Rc<str>>,
    dict: bool,
    weakref: bool,
}

impl Vm {
    /// `object.__setattr__(obj, '__class__', v)`.
    pub(crate) fn set_class(&mut self, obj: &Value, v: &Value) -> PyResult<()> {
        let new = match v {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{t}' object"
                )));
            }
        };
        let old = self.type_of(obj).clone();
        let module = self.types.module.clone();
        let both_modules = typeobj::is_subtype(&new, &module) && typeobj::is_subtype(&old, &module);
        if !both_modules && (immutable(&new) || immutable(&old)) {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if !self.compatible(&old, &new) {
            let (nn, on) = (tp_name(&new), tp_name(&old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{nn}' object layout differs from '{on}'"
            )));
        }
        // Only heap objects reach here: immutable types cover every unboxed value.
        if let Value::Obj(o) = obj {
            o.class.set(new);
        }
        Ok(())
    }

    fn compatible(&self, old: &ObjRef, new: &ObjRef) -> bool {
        let nb = self.layout_base(new);
        let ob = self.layout_base(old);
        if Rc::ptr_eq(&nb, &ob) {
            return true;
        }
        if !ty(&nb).heap || !ty(&ob).heap {
            return false;
        }
        match (primary_base(&nb), primary_base(&ob)) {
            (Some(a), Some(b)) if Rc::ptr_eq(&a, &b) => self.added(&nb) == self.added(&ob),
            _ => false,
        }
    }

    /// The class reached by walking up from `cls` while the class adds nothing.
    fn layout_base(&self, cls: &ObjRef) -> ObjRef {
        let mut c = cls.clone();
        while ty(&c).heap {
            let added = self.added(&c);
            if !(added.slots.is_empty() && !added.dict && !added.weakref) {
                break;
            }
            match primary_base(&c) {
                Some(b) => c = b,
                None => break,
            }
        }
        c
    }

    /// The slots, `__dict__` and `__weakref__` a heap class adds to its base's instances.
    fn added(&self, cls: &ObjRef) -> Added {
        let t = ty(cls);
        let mut slots: Vec<Rc<str>> = Vec::new();
        for e in t.dict.borrow().iter() {
            if let Some(Payload::Member { name, owner }) = e.value.payload() {
                if Rc::ptr_eq(owner, cls) {
                    if let Some(s) = name.as_str() {
                        slots.push(Rc::from(s.as_str()));
                    }
                }
            }
        }
        slots.sort();
        let Some(base) = primary_base(cls) else {
            return Added {
                slots,
                dict: false,
                weakref: false,
            };
        };
        Added {
            slots,
            dict: self.has_dict(cls) && !self.has_dict(&base),
            weakref: self.has_weakref(cls) && !self.has_weakref(&base),
        }
    }

    fn has_dict(&self, cls: &ObjRef) -> bool {
        let t = ty(cls);
        t.instance_dict.get()
            || matches!(t.layout, Layout::Exception | Layout::Type)
            || Rc::ptr_eq(cls, &self.types.module)
    }

    /// Whether instances have a weakref slot (CPython's tp_weaklistoffset): builtins that
    /// have one, and classes without `__slots__` or naming `__weakref__` in them.
    fn has_weakref(&self, cls: &ObjRef) -> bool {
        let t = ty(cls);
        if !t.heap {
            return matches!(t.layout, Layout::Type | Layout::Set | Layout::FrozenSet)
                || Rc::ptr_eq(cls, &self.types.module);
        }
        if primary_base(cls).is_some_and(|b| self.has_weakref(&b)) {
            return true;
        }
        let slots = t.dict.borrow().get_str("__slots__");
        match slots.as_ref().and_then(|s| s.payload()) {
            None if slots.is_none() => true,
            Some(Payload::Str(s)) => s.as_str() == "__weakref__",
            Some(Payload::Tuple(items)) => items.iter().any(is_weakref_name),
            Some(Payload::List(items)) => items.borrow().iter().any(is_weakref_name),
            _ => false,
        }
    }
}

fn is_weakref_name(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.as_str() == "__weakref__")
}

/// Builtin types (and Taipan's library classes standing in for CPython's C types, which
/// carry a C-style name) cannot have their instances' class changed.
fn immutable(cls: &ObjRef) -> bool {
    let t = ty(cls);
    !t.heap || t.tp_name.borrow().is_some()
}

/// CPython's tp_name: a heap class's `__name__`, a C type's (possibly dotted) name.
fn tp_name(cls: &ObjRef) -> Rc<str> {
    let t = ty(cls);
    let name = t.tp_name.borrow().clone();
    name.unwrap_or_else(|| t.name())
}

/// CPython's tp_base: the base whose instances this class's extend (the first base with
/// a builtin layout other than object's, or with slots; else the first base).
fn primary_base(cls: &ObjRef) -> Option<ObjRef> {
    let bases = ty(cls).bases.borrow();
    let solid = bases.iter().find(|b| {
        let t = ty(b);
        t.layout != Layout::Object || !t.slots.borrow().is_empty()
    });
    solid.or(bases.first()).cloned()
}
