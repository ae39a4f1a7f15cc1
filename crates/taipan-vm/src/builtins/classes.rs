//! `__build_class__` and class instantiation (`type.__call__`, `object.__new__` for
//! heap classes): how a class statement becomes a class and a class call an instance.

use crate::objects::iter::IterState;
use crate::objects::typeobj::{self, ty, Layout};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`
pub fn build_class(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    let name = args.pos[1].clone();
    let given: Vec<Value> = args.pos[2..].to_vec();
    // __orig_bases__ is recorded only when __mro_entries__ changed the bases.
    let (bases, orig_bases) = match update_bases(vm, &given)? {
        Some(b) => (b, Some(vm.new_tuple(given))),
        None => (given, None),
    };
    let explicit_meta = args.take_kw("metaclass");
    let mut meta = match &explicit_meta {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b).clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    // The most derived metaclass among the bases wins.
    if let Some(Payload::Type(_)) = meta.payload() {
        for b in &bases {
            let bm = vm.type_of(b).clone();
            let m = meta.obj().cloned().expect("type");
            if typeobj::is_subtype(&bm, &m) {
                meta = Value::Obj(bm);
            }
        }
    }
    let bases_t = vm.new_tuple(bases);
    let ns = prepare_namespace(vm, &meta, &name, &bases_t, &args.kw)?;
    // Run the class body with the namespace as its locals.
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let fobj = func.obj().cloned().expect("function");
    let start = vm.stack.len();
    vm.push_function_frame(&fobj, f, start, 0, None, start, None)?;
    if let Some(fr) = vm.frames.last_mut() {
        fr.locals = ns.obj().cloned();
    }
    let cell = vm.run_entry()?;
    if let Some(ob) = orig_bases {
        let k = vm.intern("__orig_bases__");
        vm.set_item(&ns, k, ob)?;
    }
    let mut a = Args::new([name, bases_t, ns.clone()]);
    a.kw = args.kw;
    let cls = vm.call(&meta, a)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// PEP 560: each base that is not a type but has `__mro_entries__` is replaced by the
/// tuple that method returns when called with the original bases. `None` when no base
/// was replaced.
fn update_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    let mut orig: Option<Value> = None;
    for (i, b) in bases.iter().enumerate() {
        // list[int] and Generic[T] as bases stand for their origin (Generic only when no
        // other base is generic already), as GenericAlias.__mro_entries__.
        if let Some(Payload::GenericAlias { origin, .. }) = b.payload() {
            let o = out.get_or_insert_with(|| bases[..i].to_vec());
            if orig.is_none() {
                orig = Some(vm.new_tuple(bases.to_vec()));
            }
            let is_generic = |v: &Value| {
                v.obj().is_some_and(|c| {
                    matches!(c.payload, Payload::Type(_))
                        && ty(c).mro.borrow().iter().any(is_typing_generic)
                })
            };
            let skip = origin.obj().is_some_and(is_typing_generic)
                && bases.iter().enumerate().any(|(j, other)| {
                    j != i
                        && match other.payload() {
                            Some(Payload::GenericAlias { origin: oo, .. }) => {
                                !oo.obj().is_some_and(is_typing_generic) && is_generic(oo)
                            }
                            _ => is_generic(other),
                        }
                });
            if !skip {
                o.push(origin.clone());
            }
            continue;
        }
        let entries = if matches!(b.payload(), Some(Payload::Type(_))) {
            None
        } else {
            match vm.get_attr_str(b, "__mro_entries__") {
                Ok(m) => Some(m),
                Err(e) if vm.is_instance_of(&e, &vm.exc.attribute_error.clone()) => None,
                Err(e) => return Err(e),
            }
        };
        let Some(meth) = entries else {
            if let Some(o) = out.as_mut() {
                o.push(b.clone());
            }
            continue;
        };
        let orig_t = match &orig {
            Some(t) => t.clone(),
            None => {
                let t = vm.new_tuple(bases.to_vec());
                orig = Some(t.clone());
                t
            }
        };
        let r = vm.call1(&meth, orig_t)?;
        let Some(Payload::Tuple(items)) = r.payload() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        let o = out.get_or_insert_with(|| bases[..i].to_vec());
        o.extend(items.iter().cloned());
    }
    Ok(out)
}

/// The class body's namespace: what the metaclass's `__prepare__` returns, else a new dict.
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: &Value,
    kw: &[(Rc<str>, Value)],
) -> PyResult {
    let prepare = match meta.obj() {
        Some(m) if matches!(meta.payload(), Some(Payload::Type(_))) => {
            typeobj::user_defines(m, "__prepare__").map(|_| ())
        }
        _ => None,
    };
    if prepare.is_none() {
        return Ok(vm.new_dict());
    }
    let f = vm.get_attr_str(meta, "__prepare__")?;
    let mut a = Args::new([name.clone(), bases.clone()]);
    a.kw = kw.to_vec();
    let ns = vm.call(&f, a)?;
    // A dict (or a dict subclass such as enum's, whose __setitem__ the class body's
    // STORE_NAME then calls) or any other mapping.
    if matches!(ns.payload(), Some(Payload::Dict(_))) || vm.get_attr_str(&ns, "__getitem__").is_ok()
    {
        return Ok(ns);
    }
    let meta_name = match meta.payload() {
        Some(Payload::Type(t)) => t.name().to_string(),
        _ => String::new(),
    };
    Err(vm.type_error(format!(
        "{meta_name}.__prepare__() must return a mapping, not {}",
        vm.type_name(&ns)
    )))
}

impl Vm {
    /// Calling a class: `type(x)`, builtin constructors, or `__new__` then `__init__`.
    pub fn call_type(&mut self, cls: &ObjRef, mut args: Args) -> PyResult {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && args.kw.is_empty() {
            return Ok(Value::Obj(self.type_of(&args.pos[0]).clone()));
        }
        let meta = cls.class.clone();
        if ty(&meta).heap {
            if let Some(call) = typeobj::user_defines(&meta, "__call__") {
                if matches!(call.payload(), Some(Payload::Function(_))) {
                    args.pos.insert(0, Value::Obj(cls.clone()));
                    return self.call(&call, args);
                }
                // Any other object binds as descriptors do (typing's TypedDict metaclass
                // has `__call__ = dict`, which is called as is).
                let bound = self.descr_get(&call, &Value::Obj(cls.clone()), &meta)?;
                return self.call(&bound, args);
            }
        }
        self.type_call(cls, args)
    }

    /// type.__call__(cls, ...): construct without consulting the metaclass's __call__
    /// (what `super().__call__(...)` in a metaclass reaches).
    pub fn type_call(&mut self, cls: &ObjRef, args: Args) -> PyResult {
        let t = ty(cls);
        if !t.heap {
            return crate::constructors::construct(self, cls, args);
        }
        // Heap class: __new__ then __init__.
        let inst = match typeobj::user_defines(cls, "__new__") {
            Some(new) => {
                let new = match new.payload() {
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => new,
                };
                let mut a = Args {
                    pos: args.pos.clone(),
                    kw: args.kw.clone(),
                };
                a.pos.insert(0, Value::Obj(cls.clone()));
                self.call(&new, a)?
            }
            None => {
                // object.__new__ checks surplus arguments before abstractness.
                if t.layout == Layout::Object
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                    && typeobj::user_defines(cls, "__init__").is_none()
                {
                    return Err(self.type_error(format!("{}() takes no arguments", t.name())));
                }
                self.builtin_new(cls, &args)?
            }
        };
        if !self.is_instance_of(&inst, cls) {
            return Ok(inst);
        }
        if let Some(init) = typeobj::user_defines(cls, "__init__") {
            let mut a = args;
            a.pos.insert(0, inst.clone());
            let r = self.call(&init, a)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        } else if t.layout == Layout::Object
            && (!args.pos.is_empty() || !args.kw.is_empty())
            && typeobj::user_defines(cls, "__new__").is_none()
        {
            return Err(self.type_error(format!("{}() takes no arguments", t.name())));
        } else if t.layout == Layout::Exception {
            // BaseException.__init__ (ImportError's takes name= and path=).
            crate::constructors::exception_keywords(self, cls, &inst, &args.kw)?;
        } else if matches!(t.layout, Layout::List | Layout::Dict | Layout::Set) {
            crate::constructors::init_container(self, &inst, args)?;
        } else if t.layout == Layout::ByteArray {
            crate::objects::bytes::bytearray_init(self, &inst, args)?;
        }
        Ok(inst)
    }

    /// CPython's object.__new__ refusal of a class with abstract methods.
    pub fn abstract_class_error(&mut self, cls: &ObjRef) -> Value {
        let am = ty(cls).dict.borrow().get_str("__abstractmethods__");
        let names = match am {
            Some(v) => match self.iterate(&v) {
                Ok(items) => items,
                Err(e) => return e,
            },
            None => Vec::new(),
        };
        let mut names: Vec<String> = names
            .iter()
            .map(|n| {
                n.as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default()
            })
            .collect();
        names.sort();
        let s = if names.len() > 1 { "s" } else { "" };
        self.type_error(format!(
            "Can't instantiate abstract class {} without an implementation for abstract method{s} '{}'",
            ty(cls).name(),
            names.join("', '")
        ))
    }

    /// object.__new__ for a heap class: the payload its builtin base needs.
    pub fn builtin_new(&mut self, cls: &ObjRef, args: &Args) -> PyResult {
        // A metaclass without its own __new__ makes classes with type.__new__.
        if ty(cls).layout == Layout::Type && !Rc::ptr_eq(cls, &self.types.type_) {
            let a = Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            };
            return crate::constructors::type_new(self, cls, a);
        }
        let t = ty(cls);
        let payload = match t.layout {
            Layout::Object => {
                if t.flags.get() & typeobj::FLAG_ABSTRACT != 0 {
                    return Err(self.abstract_class_error(cls));
                }
                Payload::Instance
            }
            Layout::Exception => {
                if typeobj::is_subtype(cls, &self.exc.base_exception_group.clone()) {
                    return self.exception_group_new(cls, args);
                }
                let e = crate::objects::exception::new_instance(self, cls, args.pos.to_vec());
                crate::objects::codecs::init_unicode_error(self, &e, &args.pos)?;
                return Ok(e);
            }
            Layout::List => Payload::List(RefCell::new(Vec::new())),
            Layout::Dict => Payload::Dict(RefCell::new(Default::default())),
            Layout::Set => Payload::Set(RefCell::new(Default::default())),
            Layout::ByteArray => Payload::ByteArray(Box::default()),
            _ => {
                // Immutable builtins: build the base value, then re-wrap it for `cls`.
                let base = t
                    .mro
                    .borrow()
                    .iter()
                    .find(|m| !ty(m).heap)
                    .cloned()
                    .expect("object is in every MRO");
                let v = crate::constructors::construct(
                    self,
                    &base,
                    Args {
                        pos: args.pos.clone(),
                        kw: args.kw.clone(),
                    },
                )?;
                let payload = match v {
                    Value::Int(i) => Payload::Int(BigInt::from(i)),
                    Value::Bool(b) => Payload::Int(BigInt::from(i64::from(b))),
                    Value::Float(f) => Payload::Float(f),
                    Value::Obj(o) => match &o.payload {
                        Payload::Int(b) => Payload::Int(b.clone()),
                        Payload::Float(f) => Payload::Float(*f),
                        Payload::Str(s) => {
                            Payload::Str(crate::objects::str::PyStr::new(s.as_str().to_string()))
                        }
                        Payload::Tuple(t) => Payload::Tuple(t.clone()),
                        Payload::Bytes(b) => Payload::Bytes(b.clone()),
                        Payload::FrozenSet(s) => Payload::FrozenSet(s.clone()),
                        // A native module's iterator (itertools.chain...): the state the
                        // base's __new__ made is moved into the subclass instance.
                        Payload::Iter(st) => Payload::Iter(Box::new(RefCell::new(
                            std::mem::replace(&mut *st.borrow_mut(), IterState::Exhausted),
                        ))),
                        // A types.ModuleType subclass: the module the base made.
                        Payload::Module(m) => Payload::Module(crate::objects::module::PyModule {
                            name: m.name.clone(),
                            dict: m.dict.clone(),
                        }),
                        Payload::Native(n) => Payload::Native(crate::objects::native::NativeObj(
                            RefCell::new(std::mem::replace(&mut *n.0.borrow_mut(), Box::new(()))),
                        )),
                        // A subclass of types.GenericAlias (collections.abc's Callable).
                        Payload::GenericAlias { origin, args } => Payload::GenericAlias {
                            origin: origin.clone(),
                            args: args.clone(),
                        },
                        // A subclass of property/staticmethod/classmethod: the wrapped
                        // callables come from the class call's arguments (the base's
                        // __init__ cannot change them later).
                        Payload::StaticMethod(f) => Payload::StaticMethod(f.clone()),
                        Payload::ClassMethod(f) => Payload::ClassMethod(f.clone()),
                        Payload::Property {
                            fget,
                            fset,
                            fdel,
                            doc,
                        } => Payload::Property {
                            fget: fget.clone(),
                            fset: fset.clone(),
                            fdel: fdel.clone(),
                            doc: doc.clone(),
                        },
                        _ => Payload::Instance,
                    },
                    _ => Payload::Instance,
                };
                payload
            }
        };
        let o = Rc::new(PyObject {
            class: cls.clone().into(),
            dict: Some(PyObject::new_attrs(&self.types.dict)),
            payload,
        });
        crate::memory::gc::track(&o);
        Ok(Value::Obj(o))
    }
}

/// `typing.Generic` (defined in the frozen `_taipan_typing`).
fn is_typing_generic(c: &ObjRef) -> bool {
    let t = ty(c);
    &*t.name() == "Generic"
        && t.dict
            .borrow()
            .get_str("__module__")
            .and_then(|m| m.as_str().map(|s| s.as_str() == "typing"))
            .unwrap_or(false)
}
