//! LOAD_ATTR/LOAD_METHOD inline caches, one per name of a code object: for instances of
//! classes without attribute hooks, what the class's MRO holds under the name, valid
//! while no type has changed (the epoch of objects/typecache.rs) and for that one class.
//! A hit skips the MRO walk; the instance dict is still consulted (with the name's cached
//! hash), since it can change without any type changing. Class attributes are held weakly:
//! the cache must not keep an object alive after its class lets go of it.

use crate::objects::function::PyCode;
use crate::objects::typecache;
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{PyResult, Vm};
use std::rc::{Rc, Weak};

pub struct AttrCache {
    epoch: u64,
    cls: usize,
    found: Found,
}

enum Found {
    /// Not cacheable (a data descriptor, a hook): always the general path.
    Slow,
    /// The MRO has nothing under the name.
    Nothing,
    /// A `__slots__` member: its value lives in the instance's attribute table.
    Member,
    /// A plain function: LOAD_METHOD binds it without making a bound method.
    Function(Weak<PyObject>),
    /// Any other non-data class attribute (held unboxed when it has no object).
    Other(Weak<PyObject>),
    OtherImm(Value),
}

/// The cacheable case: an instance of a class without `__getattribute__` whose MRO entry
/// for the name is not a data descriptor (those need the class attribute first).
fn fill(vm: &Vm, cls: &ObjRef, name: &str, epoch: u64) -> AttrCache {
    AttrCache {
        epoch,
        cls: Rc::as_ptr(cls) as usize,
        found: find(vm, cls, name).unwrap_or(Found::Slow),
    }
}

fn find(vm: &Vm, cls: &ObjRef, name: &str) -> Option<Found> {
    if typeobj::hooks(cls) & typeobj::HOOK_GETATTRIBUTE != 0 {
        return None;
    }
    Some(match typeobj::lookup(cls, name) {
        None => Found::Nothing,
        Some(v) => match &v {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) => Found::Function(Rc::downgrade(o)),
                Payload::Member { .. } => Found::Member,
                // A builtin type's native method (object.__repr__, ...) binds to the
                // instance: the general path makes the bound builtin. A plain builtin
                // function stored in a class (`f = len`) does not bind.
                Payload::Builtin(b) if b.owner.is_some() => return None,
                _ => {
                    // Anything else that binds (a descriptor of any kind) takes the
                    // general path.
                    let c = vm.type_of(&v);
                    if typeobj::lookup(c, "__get__").is_some()
                        || typeobj::lookup(c, "__set__").is_some()
                        || typeobj::lookup(c, "__delete__").is_some()
                    {
                        return None;
                    }
                    Found::Other(Rc::downgrade(o))
                }
            },
            v => Found::OtherImm(v.clone()),
        },
    })
}

/// What a cached lookup gives.
pub enum Hit {
    /// The instance dict's value.
    Instance(Value),
    /// A function from the class, to bind (LOAD_ATTR) or call with self (LOAD_METHOD).
    Function(Value),
    /// A plain class attribute, returned as is.
    Class(Value),
    /// Not found anywhere: the slow path raises (or calls `__getattr__`).
    Missing,
}

impl Vm {
    /// The attribute `code.names[i]` of an instance `o`, through the cache; None when the
    /// case is not cacheable (the caller takes the general path).
    #[inline]
    pub(crate) fn cached_instance_attr(&self, code: &PyCode, i: usize, o: &ObjRef) -> Option<Hit> {
        let cls = &o.class;
        if !typeobj::ty(cls).heap || !matches!(o.payload, Payload::Instance) {
            return None;
        }
        let epoch = typecache::epoch();
        let slot = &code.attr_cache[i];
        let key = Rc::as_ptr(cls) as usize;
        let valid = matches!(&*slot.borrow(), Some(c) if c.epoch == epoch && c.cls == key);
        if !valid {
            let name = code.names[i].as_str()?.as_str();
            let c = fill(self, cls, name, epoch);
            *slot.borrow_mut() = Some(c);
        }
        if matches!(
            &*slot.borrow(),
            Some(AttrCache {
                found: Found::Slow,
                ..
            })
        ) {
            return None;
        }
        if let Some(d) = o.attrs() {
            if let Some(Payload::Str(s)) = code.names[i].payload() {
                if let Some(v) = d.borrow().get_pystr(s) {
                    return Some(Hit::Instance(v));
                }
            }
        }
        let c = slot.borrow();
        let c = c.as_ref()?;
        Some(match &c.found {
            Found::Slow => return None,
            Found::Nothing | Found::Member => Hit::Missing,
            Found::Function(w) => Hit::Function(Value::Obj(w.upgrade()?)),
            Found::Other(w) => Hit::Class(Value::Obj(w.upgrade()?)),
            Found::OtherImm(v) => Hit::Class(v.clone()),
        })
    }

    /// LOAD_ATTR through the cache.
    #[inline]
    pub(crate) fn load_attr_cached(&mut self, code: &PyCode, i: usize, obj: &Value) -> PyResult {
        if let Value::Obj(o) = obj {
            match self.cached_instance_attr(code, i, o) {
                Some(Hit::Instance(v)) | Some(Hit::Class(v)) => return Ok(v),
                Some(Hit::Function(f)) => {
                    return Ok(self.alloc(
                        &self.types.method.clone(),
                        Payload::BoundMethod {
                            func: f,
                            this: obj.clone(),
                        },
                    ))
                }
                Some(Hit::Missing) | None => {}
            }
        }
        self.get_attr(obj, &code.names[i])
    }

    /// LOAD_METHOD through the cache: (function, self) or (attribute, NULL).
    #[inline]
    pub(crate) fn load_method_cached(
        &mut self,
        code: &PyCode,
        i: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        if let Value::Obj(o) = &obj {
            match self.cached_instance_attr(code, i, o) {
                Some(Hit::Function(f)) => return Ok((f, obj)),
                Some(Hit::Instance(v)) | Some(Hit::Class(v)) => return Ok((v, Value::Null)),
                Some(Hit::Missing) | None => {}
            }
        }
        self.load_method(obj, &code.names[i])
    }
}

impl Vm {
    /// STORE_ATTR through the cache: true when stored (an instance of a class without
    /// `__setattr__`, the name not a data descriptor, and a slot or an instance dict).
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &PyCode,
        i: usize,
        obj: &Value,
        v: &Value,
    ) -> bool {
        let Value::Obj(o) = obj else { return false };
        let cls = &o.class;
        let t = typeobj::ty(cls);
        if !t.heap || !matches!(o.payload, Payload::Instance) {
            return false;
        }
        let epoch = typecache::epoch();
        let slot = &code.attr_cache[i];
        let key = Rc::as_ptr(cls) as usize;
        let valid = matches!(&*slot.borrow(), Some(c) if c.epoch == epoch && c.cls == key);
        if !valid {
            let Some(name) = code.names[i].as_str() else {
                return false;
            };
            let c = fill(self, cls, name.as_str(), epoch);
            *slot.borrow_mut() = Some(c);
        }
        if typeobj::hooks(cls) & typeobj::HOOK_SETATTR != 0 {
            return false;
        }
        // `__class__`, `__dict__`...: special attributes take the general path.
        if code.names[i]
            .as_str()
            .is_some_and(|n| n.as_str().starts_with("__"))
        {
            return false;
        }
        let ok = match &*slot.borrow() {
            Some(AttrCache {
                found: Found::Member,
                ..
            }) => true,
            Some(AttrCache {
                found: Found::Nothing | Found::Function(_) | Found::Other(_) | Found::OtherImm(_),
                ..
            }) => t.instance_dict.get(),
            _ => false,
        };
        if !ok {
            return false;
        }
        match o.attrs() {
            Some(d) => {
                // Replacing a value frees the old one after the borrow ends.
                let old = d
                    .borrow_mut()
                    .set_str_returning(code.names[i].clone(), v.clone());
                drop(old);
                true
            }
            None => false,
        }
    }
}
