//! Attribute access: the descriptor protocol for instances and classes, module attributes,
//! the builtin types' special attributes, and name lookups (globals, locals, cells).

use crate::objects::function::{kwdefaults_from_dict, PyCode};
use crate::objects::getset;
use crate::objects::typeobj::{self, ty};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

fn name_str(v: &Value) -> &str {
    v.as_str().map(|s| s.as_str()).unwrap_or("")
}

impl Vm {
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &Value) -> PyResult {
        // type.__type_params__ is not inherited: a class's own, else ().
        if let Some(Payload::Type(t)) = obj.payload() {
            if name_str(name) == "__type_params__" {
                let own = t.dict.borrow().get_str("__type_params__");
                return Ok(match own {
                    Some(v) => v,
                    None => self.new_tuple(vec![]),
                });
            }
        }
        if let Some(Payload::Super {
            thisclass,
            obj: this,
            objtype,
        }) = obj.payload()
        {
            let n = name_str(name);
            // Unbound (`super(T)`) and `__class__` skip the MRO, as in CPython.
            let mro = if matches!(this, Value::Null) || n == "__class__" {
                Vec::new()
            } else {
                ty(objtype).mro.borrow().clone()
            };
            let start = mro
                .iter()
                .position(|m| Rc::ptr_eq(m, thisclass))
                .map(|p| p + 1)
                .unwrap_or(mro.len());
            for m in &mro[start..] {
                let found = ty(m).dict.borrow().get_str(n);
                if let Some(v) = found {
                    let (this, objtype) = (this.clone(), objtype.clone());
                    // Class-level access (super(C, cls) in a classmethod: objtype is cls
                    // itself); a class that is an instance of a metaclass binds as any
                    // instance does.
                    if this.obj().is_some_and(|t| Rc::ptr_eq(t, &objtype)) {
                        return match v.payload() {
                            Some(Payload::ClassMethod(f)) => Ok(self.alloc(
                                &self.types.method.clone(),
                                Payload::BoundMethod {
                                    func: f.clone(),
                                    this,
                                },
                            )),
                            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                            _ => Ok(v),
                        };
                    }
                    return self.descr_get(&v, &this, &objtype);
                }
            }
            let unbound = matches!(this, Value::Null);
            match n {
                "__thisclass__" => return Ok(Value::Obj(thisclass.clone())),
                "__self__" if unbound => return Ok(Value::None),
                "__self__" => return Ok(this.clone()),
                "__self_class__" if unbound => return Ok(Value::None),
                "__self_class__" => return Ok(Value::Obj(objtype.clone())),
                _ => {}
            }
            let sup = self.types.super_.clone();
            if let Some(v) = self.generic_getattr(obj, &sup, name)? {
                return Ok(v);
            }
            return Err(self.attribute_error(format!("'super' object has no attribute '{n}'")));
        }
        let cls = self.type_of(obj).clone();
        if !ty(&cls).heap {
            return match self.generic_getattr(obj, &cls, name)? {
                Some(v) => Ok(v),
                None => Err(self.no_attribute(obj, name_str(name))),
            };
        }
        // As CPython's slot_tp_getattr_hook: __getattribute__ (or the generic lookup), and
        // on AttributeError from it (a property's getter included) __getattr__.
        let hooks = typeobj::hooks(&cls);
        let r = if hooks & typeobj::HOOK_GETATTRIBUTE == 0 {
            match self.generic_getattr(obj, &cls, name) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) if hooks & typeobj::HOOK_GETATTR == 0 => {
                    return Err(self.no_attribute(obj, name_str(name)))
                }
                Ok(None) => Err(Value::None),
                Err(e) => Err(e),
            }
        } else {
            match typeobj::user_defines(&cls, "__getattribute__") {
                Some(ga) => self.call(&ga, Args::new([obj.clone(), name.clone()])),
                None => Err(Value::None),
            }
        };
        match r {
            Ok(v) => Ok(v),
            Err(e) if e.is_none() || self.is_instance_of(&e, &self.exc.attribute_error.clone()) => {
                if let Some(ga) = typeobj::lookup(&cls, "__getattr__") {
                    return self.call(&ga, Args::new([obj.clone(), name.clone()]));
                }
                Err(if e.is_none() {
                    self.no_attribute(obj, name_str(name))
                } else {
                    e
                })
            }
            Err(e) => Err(e),
        }
    }

    /// `obj.name`, or None where it would raise AttributeError (as CPython's
    /// `_PyObject_LookupAttr`): `hasattr` and `getattr(o, n, default)` build no exception
    /// in the common case.
    pub fn lookup_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj).clone();
        let hooks = ty(&cls).heap
            && typeobj::hooks(&cls) & (typeobj::HOOK_GETATTRIBUTE | typeobj::HOOK_GETATTR) != 0;
        let r = if !hooks && !matches!(obj.payload(), Some(Payload::Super { .. })) {
            self.generic_getattr(obj, &cls, name)
        } else {
            self.get_attr(obj, name).map(Some)
        };
        // A property or descriptor may itself raise AttributeError: that too is "absent".
        match r {
            Ok(v) => Ok(v),
            Err(e) if self.is_instance_of(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> Value {
        let msg = match obj.payload() {
            Some(Payload::Module(m)) => format!("module '{}' has no attribute '{}'", m.name, name),
            Some(Payload::Type(t)) => {
                format!("type object '{}' has no attribute '{}'", t.name(), name)
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.attribute_error(msg);
        // As CPython, the error says which attribute of which object was missing.
        if let Some(d) = e.obj().and_then(|o| o.attrs()) {
            let mut d = d.borrow_mut();
            d.set_str(self.new_str("name"), self.new_str(name));
            d.set_str(self.new_str("obj"), obj.clone());
        }
        e
    }

    /// object.__getattribute__ without the final AttributeError (None = not found).
    pub(crate) fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let n = name_str(name);
        if let Some(Payload::Type(_)) = obj.payload() {
            return self.type_getattr(obj, n);
        }
        if let Some(Payload::Module(m)) = obj.payload() {
            // A types.ModuleType subclass's attributes come first when they are data
            // descriptors (module properties), and before the module's __getattr__.
            let sub_descr = ty(cls).heap.then(|| typeobj::lookup(cls, n)).flatten();
            if let Some(d) = &sub_descr {
                if self.is_data_descriptor(d) {
                    return self.descr_get(d, obj, cls).map(Some);
                }
            }
            if let Payload::Dict(d) = &m.dict.payload {
                if let Some(v) = d.borrow().get_str(n) {
                    return Ok(Some(v));
                }
            }
            if n == "__dict__" {
                return Ok(Some(Value::Obj(m.dict.clone())));
            }
            if let Some(d) = sub_descr {
                return self.descr_get(&d, obj, cls).map(Some);
            }
            // PEP 562: a module-level __getattr__ answers names the module lacks.
            let hook = match &m.dict.payload {
                Payload::Dict(d) => d.borrow().get_str("__getattr__"),
                _ => None,
            };
            if let Some(hook) = hook {
                return self.call1(&hook, name.clone()).map(Some);
            }
        }
        let descr = typeobj::lookup(cls, n);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = o.attrs() {
                if let Some(Payload::Str(s)) = name.payload() {
                    if let Some(v) = dict.borrow().get_pystr(s) {
                        return Ok(Some(v));
                    }
                }
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, cls).map(Some);
        }
        self.special_attr(obj, n)
    }

    fn is_data_descriptor(&self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Property { .. } | Payload::Member { .. }) => true,
            Some(Payload::Instance | Payload::Native(_)) => {
                let c = self.type_of(d);
                typeobj::lookup(c, "__set__").is_some()
                    || typeobj::lookup(c, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for `obj` (an instance of `cls`).
    pub(crate) fn descr_get(&mut self, d: &Value, obj: &Value, cls: &ObjRef) -> PyResult {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(self.alloc(
                &self.types.method.clone(),
                Payload::BoundMethod {
                    func: d.clone(),
                    this: obj.clone(),
                },
            )),
            // A builtin bound to its object is a builtin_function_or_method, as CPython's.
            Some(Payload::Builtin(_)) => Ok(self.alloc(
                &self.types.builtin_function.clone(),
                Payload::BoundMethod {
                    func: d.clone(),
                    this: obj.clone(),
                },
            )),
            Some(Payload::Member { name, owner }) => {
                let name = name.clone();
                if !ty(owner).heap {
                    return self.builtin_attr(obj, &name);
                }
                self.member_read(&name, obj)
            }
            Some(Payload::Native(_)) if let Some((name, _)) = getset::getset_of(d) => {
                self.builtin_attr(obj, &name)
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => Ok(self.alloc(
                &self.types.method.clone(),
                Payload::BoundMethod {
                    func: f.clone(),
                    this: Value::Obj(cls.clone()),
                },
            )),
            // An unbound super object is a descriptor: super(T) in a class binds on access.
            Some(Payload::Super {
                obj: Value::Null, ..
            }) if !obj.is_none() => {
                crate::constructors::super_get(self, Args::new([d.clone(), obj.clone()]))
            }
            Some(Payload::Property { fget, .. }) => {
                if fget.is_none() {
                    // The name the property is stored under in the class, as CPython's
                    // message gives it.
                    let qual = ty(self.type_of(obj)).qualname.borrow().clone();
                    let name = ty(cls).mro.borrow().iter().find_map(|c| {
                        let dict = ty(c).dict.borrow();
                        let found = dict
                            .iter()
                            .find(|e| e.value.is(d))
                            .and_then(|e| e.key.as_str().map(|k| k.as_str().to_string()));
                        found
                    });
                    let msg = match name {
                        Some(n) => format!("property '{n}' of '{qual}' object has no getter"),
                        None => format!("property of '{qual}' object has no getter"),
                    };
                    return Err(self.attribute_error(msg));
                }
                let fget = fget.clone();
                self.call1(&fget, obj.clone())
            }
            Some(Payload::Instance | Payload::Native(_)) => {
                let c = self.type_of(d).clone();
                match typeobj::lookup(&c, "__get__") {
                    Some(get) => self.call(
                        &get,
                        Args::new([d.clone(), obj.clone(), Value::Obj(cls.clone())]),
                    ),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// Attribute lookup on a class object: its MRO, then the metaclass.
    fn type_getattr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        let Value::Obj(cls) = obj else {
            return Ok(None);
        };
        let meta = cls.class.clone();
        // A class's own annotations, never a base's; created empty on first access.
        if n == "__annotations__" && ty(cls).heap {
            let own = ty(cls).dict.borrow().get_str(n);
            if let Some(v) = own {
                return Ok(Some(v));
            }
            let d = self.new_dict();
            let k = self.intern(n);
            ty(cls).dict.borrow_mut().set_str(k, d.clone());
            return Ok(Some(d));
        }
        // type's __abstractmethods__ descriptor: the class's own entry, never a base's
        // (and `type` itself has none).
        if n == "__abstractmethods__" {
            let own = ty(cls).dict.borrow().get_str(n);
            return match own {
                Some(v) => Ok(Some(v)),
                None => Err(self.attribute_error(n)),
            };
        }
        // A metaclass's property is a data descriptor: it wins over the class's own
        // attributes, as in CPython's type_getattro. `type`'s only one is __flags__
        // (checked by name: class attribute reads are hot).
        if ty(&meta).heap || n == "__flags__" {
            if let Some(d) = typeobj::lookup(&meta, n) {
                if matches!(d.payload(), Some(Payload::Property { .. })) {
                    return self.descr_get(&d, obj, &meta).map(Some);
                }
            }
        }
        // The metaclass's own data descriptors (`type.__name__`, `type.__mro__`) come
        // before a builtin type's descriptor of the same name for its instances
        // (`FunctionType.__name__`, and `type.__mro__` itself).
        let found = typeobj::lookup(cls, n).filter(|v| {
            !(getset::is_builtin_descriptor(v)
                && typeobj::lookup(&meta, n).is_some_and(|m| getset::is_builtin_descriptor(&m)))
        });
        if let Some(v) = found {
            return Ok(Some(match v.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::ClassMethod(f)) => self.alloc(
                    &self.types.method.clone(),
                    Payload::BoundMethod {
                        func: f.clone(),
                        this: obj.clone(),
                    },
                ),
                Some(Payload::Instance) => {
                    let c = self.type_of(&v).clone();
                    match typeobj::lookup(&c, "__get__") {
                        Some(get) => {
                            self.call(&get, Args::new([v.clone(), Value::None, obj.clone()]))?
                        }
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(Some(v));
        }
        if let Some(v) = typeobj::lookup(&meta, n) {
            return self.descr_get(&v, obj, &meta).map(Some);
        }
        Ok(None)
    }

    /// A builtin type's computed attribute as its descriptor (objects/getset.rs) reads
    /// it: what the object's own dict holds under the name (an assignment stores there),
    /// else the computed value.
    pub(crate) fn builtin_attr(&mut self, obj: &Value, name: &Value) -> PyResult {
        if let (Some(d), Some(Payload::Str(s))) =
            (obj.obj().and_then(|o| o.attrs()), name.payload())
        {
            if let Some(v) = d.borrow().get_pystr(s) {
                return Ok(v);
            }
        }
        let n = name_str(name);
        if let Some(v) = getset::own_attr(self, obj, n) {
            return Ok(v);
        }
        match self.special_attr(obj, n)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, n)),
        }
    }

    /// Attributes that builtin objects compute rather than store.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj).clone())));
        }
        // Builtin types carry no docstrings in Taipan: their __doc__ reads as None
        // (None's own is None in CPython too).
        if n == "__doc__" && !ty(self.type_of(obj)).heap {
            let found = self.special_attr_inner(obj, n)?;
            return Ok(Some(found.unwrap_or(Value::None)));
        }
        self.special_attr_inner(obj, n)
    }

    fn special_attr_inner(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        let Value::Obj(o) = obj else {
            return Ok(match (obj, n) {
                (Value::Int(i), "real" | "numerator") => Some(Value::Int(*i)),
                (Value::Int(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_), "denominator") => Some(Value::Int(1)),
                (Value::Bool(b), "real" | "numerator") => Some(Value::Int(i64::from(*b))),
                (Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(f), "real") => Some(Value::Float(*f)),
                (Value::Float(_), "imag") => Some(Value::Float(0.0)),
                _ => None,
            });
        };
        match &o.payload {
            Payload::Frame(_) => return self.frame_attr(o, n),
            Payload::Traceback(_) => return Ok(self.traceback_attr(o, n)),
            Payload::MemoryView(_) => return crate::objects::memoryview::attr(self, obj, n),
            Payload::Generator(_) if matches!(n.get(..3), Some("gi_" | "cr_" | "ag_")) => {
                return Ok(self.generator_attr(o, n))
            }
            _ => {}
        }
        if n == "__isabstractmethod__" {
            // property, classmethod and staticmethod are abstract when what they wrap is.
            let wrapped: Vec<Value> = match &o.payload {
                Payload::Property {
                    fget, fset, fdel, ..
                } => vec![fget.clone(), fset.clone(), fdel.clone()],
                Payload::StaticMethod(f) | Payload::ClassMethod(f) => vec![f.clone()],
                _ => vec![],
            };
            if !wrapped.is_empty() {
                for f in &wrapped {
                    if crate::modules::abc::is_abstract(self, f)? {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
                return Ok(Some(Value::Bool(false)));
            }
        }
        Ok(match (&o.payload, n) {
            (Payload::Type(t), "__name__") => Some(self.new_str(t.name().to_string())),
            (Payload::Union(items), "__args__") => Some(self.new_tuple(items.to_vec())),
            (Payload::Member { name, .. }, "__name__") => Some(name.clone()),
            (Payload::Member { owner, .. }, "__objclass__") => Some(Value::Obj(owner.clone())),
            (Payload::GenericAlias { args, .. }, "__args__") => Some(self.new_tuple(args.to_vec())),
            (Payload::GenericAlias { origin, .. }, "__origin__") => Some(origin.clone()),
            (Payload::Union(_) | Payload::GenericAlias { .. }, "__parameters__") => {
                Some(self.new_tuple(vec![]))
            }
            (Payload::Type(t), "__qualname__") => {
                Some(self.new_str(t.qualname.borrow().to_string()))
            }
            (Payload::Type(t), "__module__") => Some(
                t.dict
                    .borrow()
                    .get_str("__module__")
                    .unwrap_or_else(|| self.new_str("builtins")),
            ),
            (Payload::Type(t), "__doc__") => {
                Some(t.dict.borrow().get_str("__doc__").unwrap_or(Value::None))
            }
            (Payload::Type(t), "__bases__") => {
                let b: Vec<Value> = t
                    .bases
                    .borrow()
                    .iter()
                    .map(|b| Value::Obj(b.clone()))
                    .collect();
                Some(self.new_tuple(b))
            }
            (Payload::Type(t), "__base__") => Some(
                t.bases
                    .borrow()
                    .first()
                    .map(|b| Value::Obj(b.clone()))
                    .unwrap_or(Value::None),
            ),
            (Payload::Type(t), "__mro__") => {
                let b: Vec<Value> = t
                    .mro
                    .borrow()
                    .iter()
                    .map(|b| Value::Obj(b.clone()))
                    .collect();
                Some(self.new_tuple(b))
            }
            (Payload::Type(t), "__dict__") => {
                let d = match self.native_types.get("mappingproxy").cloned() {
                    Some(mp) => self.alloc(&mp, Payload::Dict(Default::default())),
                    None => self.new_dict(),
                };
                if let Some(Payload::Dict(dd)) = d.payload() {
                    *dd.borrow_mut() = t.dict.borrow().clone();
                }
                Some(d)
            }
            (Payload::Function(f), "__name__") => Some(f.name.borrow().clone()),
            (Payload::Function(f), "__qualname__") => Some(f.qualname.borrow().clone()),
            (Payload::Function(f), "__doc__") => Some(f.doc.borrow().clone()),
            (Payload::Function(f), "__module__") => Some(f.module.borrow().clone()),
            (Payload::Function(f), "__defaults__") => {
                let d = f.defaults.borrow().clone();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    self.new_tuple(d)
                })
            }
            (Payload::Function(f), "__kwdefaults__") => {
                let kd = f.kwdefaults.borrow().clone();
                if kd.is_empty() {
                    Some(Value::None)
                } else {
                    let d = self.new_dict();
                    for (k, v) in kd {
                        let k = self.new_str(k.to_string());
                        self.dict_set_item(&d, k, v)?;
                    }
                    Some(d)
                }
            }
            (Payload::Function(f), "__code__") => {
                Some(self.alloc(&self.types.code.clone(), Payload::Code(f.code.clone())))
            }
            (Payload::Function(f), "__globals__") => Some(Value::Obj(f.globals.clone())),
            // A function without any gets an empty dict on first access, as CPython.
            (Payload::Function(f), "__annotations__") => {
                let cur = f.annotations.borrow().clone();
                if matches!(cur, Value::Null) {
                    let d = self.new_dict();
                    *f.annotations.borrow_mut() = d.clone();
                    Some(d)
                } else {
                    Some(cur)
                }
            }
            (Payload::Function(f), "__closure__") => Some(if f.closure.is_empty() {
                Value::None
            } else {
                self.new_tuple(f.closure.to_vec())
            }),
            (Payload::Function(_), "__dict__")
            | (Payload::Instance, "__dict__")
            | (Payload::Exception(_), "__dict__") => {
                let t = ty(&o.class);
                if t.heap && !t.instance_dict.get() {
                    None
                } else {
                    o.dict.clone().map(Value::Obj)
                }
            }
            // The first weak reference to an instance of a user class, as CPython's slot.
            (_, "__weakref__") if ty(&o.class).heap => Some(
                crate::memory::weak::refs_of(o)
                    .into_iter()
                    .next()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            // An instance of a class derived from a builtin (`class L(list)`).
            (_, "__dict__")
                if o.dict.is_some() && (!ty(&o.class).heap || ty(&o.class).instance_dict.get()) =>
            {
                o.dict.clone().map(Value::Obj)
            }
            (Payload::Builtin(b), "__name__") => Some(self.new_str(b.name)),
            // Builtins carry no docstrings yet.
            (Payload::Builtin(_), "__doc__") => Some(Value::None),
            (Payload::Builtin(b), "__module__") => match b.owner {
                Some(_) => Some(Value::None),
                None => Some(self.new_str("builtins")),
            },
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => {
                Some(f.clone())
            }
            (Payload::Exception(_), "name" | "path")
                if self.is_instance_of(obj, &self.exc.import_error.clone()) =>
            {
                Some(Value::None)
            }
            (Payload::Builtin(b), "__qualname__") => Some(self.new_str(b.name)),
            (Payload::BoundMethod { func, .. }, "__func__") => Some(func.clone()),
            (Payload::BoundMethod { this, .. }, "__self__") => Some(this.clone()),
            (Payload::BoundMethod { func, .. }, "__name__" | "__qualname__" | "__doc__") => {
                let f = func.clone();
                return self.get_attr_str(&f, n).map(Some);
            }
            // As CPython's method objects, any other attribute is the function's
            // (`C.abstract_classmethod.__isabstractmethod__`, attributes set on `f`).
            (Payload::BoundMethod { func, .. }, _)
                if Rc::ptr_eq(self.type_of(obj), &self.types.method) =>
            {
                let f = func.clone();
                return self.get_attr_str(&f, n).map(Some);
            }
            (Payload::Module(m), "__name__") => Some(self.new_str(m.name.clone())),
            (Payload::Exception(e), "args") => {
                let args = e.borrow().args.clone();
                // OSError keeps filename and filename2 out of args, as CPython's
                // OSError.__init__ does (they are still stored for str() and the attributes).
                let n = args.payload().and_then(|p| match p {
                    Payload::Tuple(t) => Some(t.len()),
                    _ => None,
                });
                if n.is_some_and(|n| (3..=5).contains(&n))
                    && self.is_instance_of(obj, &self.exc.os_error.clone())
                {
                    let t = crate::objects::exception::args_of(obj);
                    Some(self.new_tuple(t[..2].to_vec()))
                } else {
                    Some(args)
                }
            }
            (Payload::Exception(e), "__cause__") => Some(e.borrow().cause.clone()),
            (Payload::Exception(e), "__context__") => Some(e.borrow().context.clone()),
            (Payload::Exception(e), "__suppress_context__") => {
                Some(Value::Bool(e.borrow().suppress_context))
            }
            (Payload::Exception(e), "__traceback__") => Some(e.borrow().traceback.clone()),
            (Payload::Exception(_), "value")
                if self.is_instance_of(obj, &self.exc.stop_iteration.clone()) =>
            {
                Some(
                    crate::objects::exception::args_of(obj)
                        .into_iter()
                        .next()
                        .unwrap_or(Value::None),
                )
            }
            (Payload::Exception(_), "code")
                if self.is_instance_of(obj, &self.exc.system_exit.clone()) =>
            {
                let a = crate::objects::exception::args_of(obj);
                Some(match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => self.new_tuple(a),
                })
            }
            (Payload::Exception(_), "errno" | "strerror" | "filename" | "filename2")
                if self.is_instance_of(obj, &self.exc.os_error.clone()) =>
            {
                let a = crate::objects::exception::args_of(obj);
                let i = match n {
                    "errno" => 0,
                    "strerror" => 1,
                    "filename" => 2,
                    _ => 4,
                };
                Some(if (2..=5).contains(&a.len()) {
                    a.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                })
            }
            (Payload::Exception(_), "message" | "exceptions") if self.is_exception_group(obj) => {
                let a = crate::objects::exception::args_of(obj);
                Some(if n == "message" {
                    a.first().cloned().unwrap_or(Value::None)
                } else {
                    let items = match a.get(1) {
                        Some(e) => self.iterate(e).unwrap_or_default(),
                        None => vec![],
                    };
                    self.new_tuple(items)
                })
            }
            (Payload::Exception(_), _)
                if crate::objects::exception::SYNTAX_ERROR_FIELDS.contains(&n)
                    && self.is_instance_of(obj, &self.exc.syntax_error.clone()) =>
            {
                Some(crate::objects::exception::syntax_error_field(obj, n))
            }
            (Payload::Slice { start, .. }, "start") => Some(start.clone()),
            (Payload::Slice { stop, .. }, "stop") => Some(stop.clone()),
            (Payload::Slice { step, .. }, "step") => Some(step.clone()),
            (Payload::BigRange(r), "start") => Some(self.new_int(r.start.clone())),
            (Payload::BigRange(r), "stop") => Some(self.new_int(r.stop.clone())),
            (Payload::BigRange(r), "step") => Some(self.new_int(r.step.clone())),
            (Payload::Range { start, .. }, "start") => Some(Value::Int(*start)),
            (Payload::Range { stop, .. }, "stop") => Some(Value::Int(*stop)),
            (Payload::Range { step, .. }, "step") => Some(Value::Int(*step)),
            (Payload::Property { fget, .. }, "fget") => Some(fget.clone()),
            (Payload::Property { fset, .. }, "fset") => Some(fset.clone()),
            (Payload::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
            (Payload::Property { doc, .. }, "__doc__") => Some(doc.clone()),
            (Payload::Generator(g), "__name__") => Some(g.borrow().name.clone()),
            (Payload::Generator(g), "__qualname__") => Some(g.borrow().qualname.clone()),
            (Payload::Int(_), "real" | "numerator") => Some(obj.clone()),
            (Payload::Int(_), "denominator") => Some(Value::Int(1)),
            (Payload::Int(_), "imag") => Some(Value::Int(0)),
            (Payload::Complex(re, _), "real") => Some(Value::Float(*re)),
            (Payload::Complex(_, im), "imag") => Some(Value::Float(*im)),
            (Payload::Cell(c), "cell_contents") => match c.borrow().clone() {
                Some(v) => Some(v),
                None => return Err(self.value_error("Cell is empty")),
            },
            _ => None,
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        let n = name_str(name);
        if ty(&cls).heap {
            let sa = if typeobj::hooks(&cls) & typeobj::HOOK_SETATTR != 0 {
                typeobj::user_defines(&cls, "__setattr__")
            } else {
                None
            };
            if let Some(sa) = sa {
                self.call(&sa, Args::new([obj.clone(), name.clone(), v]))?;
                return Ok(());
            }
        }
        if matches!(obj.payload(), Some(Payload::Tuple(_)))
            && crate::objects::structseq::is_structseq_class(&cls)
        {
            // sys.flags, os.stat_result, time.struct_time: fields are read-only.
            return Err(self.attribute_error("readonly attribute"));
        }
        self.generic_setattr(obj, &cls, name, v, n)
    }

    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &ObjRef,
        name: &Value,
        v: Value,
        n: &str,
    ) -> PyResult<()> {
        if n == "__class__" {
            return self.set_class(obj, &v);
        }
        if let Some(Payload::Function(f)) = obj.payload() {
            if n == "__dict__" {
                // The dict object is fixed at creation: take over the new one's contents.
                let Some(Payload::Dict(src)) = v.payload() else {
                    let t = self.type_name(&v);
                    return Err(self
                        .type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
                };
                if let Some(dst) = obj.obj().and_then(|o| o.attrs()) {
                    let copy = src.borrow().clone();
                    *dst.borrow_mut() = copy;
                }
                return Ok(());
            }
            if self.set_function_attr(f, n, &v)? {
                return Ok(());
            }
        }
        if self.exception_setattr(obj, n, &v)?
            || self.traceback_setattr(obj, n, &v)?
            || self.frame_setattr(obj, n, &v)?
        {
            return Ok(());
        }
        if let Some(Payload::Type(t)) = obj.payload() {
            if !t.heap {
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    t.name()
                )));
            }
            // A user metaclass's property takes the assignment, as a data descriptor.
            if ty(cls).heap {
                if let Some(d) = typeobj::lookup(cls, n) {
                    if let Some(Payload::Property { fset, .. }) = d.payload() {
                        if fset.is_none() {
                            let qual = ty(cls).qualname.borrow().clone();
                            return Err(self.attribute_error(format!(
                                "property '{n}' of '{qual}' object has no setter"
                            )));
                        }
                        let fset = fset.clone();
                        self.call(&fset, Args::new([obj.clone(), v]))?;
                        return Ok(());
                    }
                }
            }
            // The name and qualified name are the type's own fields (repr uses them).
            if n == "__name__" || n == "__qualname__" {
                let Some(sv) = v.as_str().map(|s| s.as_str().to_string()) else {
                    let tn = self.type_name(&v);
                    return Err(self.type_error(format!(
                        "can only assign string to {}.{n}, not '{tn}'",
                        t.name()
                    )));
                };
                let slot = if n == "__name__" {
                    &t.name
                } else {
                    &t.qualname
                };
                *slot.borrow_mut() = Rc::from(sv.as_str());
                return Ok(());
            }
            // A non-empty __abstractmethods__ makes the class abstract (object.__new__
            // refuses it), as CPython's type_set_abstractmethods.
            if n == "__abstractmethods__" {
                let abstract_ = self.truthy(&v)?;
                let f = t.flags.get() & !typeobj::FLAG_ABSTRACT;
                t.flags.set(if abstract_ {
                    f | typeobj::FLAG_ABSTRACT
                } else {
                    f
                });
            }
            t.dict.borrow_mut().set_str(name.clone(), v);
            return Ok(());
        }
        if let Some(d) = typeobj::lookup(cls, n) {
            match d.payload() {
                // A builtin type's descriptor: the object's own path below.
                _ if getset::is_builtin_descriptor(&d) => {}
                Some(Payload::Member { name, .. }) => {
                    let name = name.clone();
                    self.member_write(&name, obj, v);
                    return Ok(());
                }
                Some(Payload::Property { fset, .. }) => {
                    if fset.is_none() {
                        let qual = ty(cls).qualname.borrow().clone();
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{qual}' object has no setter"
                        )));
                    }
                    let fset = fset.clone();
                    self.call(&fset, Args::new([obj.clone(), v]))?;
                    return Ok(());
                }
                Some(Payload::Instance | Payload::Native(_)) => {
                    let c = self.type_of(&d).clone();
                    if let Some(set) = typeobj::lookup(&c, "__set__") {
                        self.call(&set, Args::new([d.clone(), obj.clone(), v]))?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(Payload::Module(m)) = obj.payload() {
            if let Payload::Dict(d) = &m.dict.payload {
                d.borrow_mut().set_str(name.clone(), v);
            }
            return Ok(());
        }
        match obj {
            Value::Obj(o) if o.dict.is_some() => {
                let t = ty(cls);
                if t.heap && !t.instance_dict.get() && !t.slots.borrow().iter().any(|s| &**s == n) {
                    return Err(self
                        .attribute_error(format!("'{}' object has no attribute '{n}'", t.name())));
                }
                if let Some(d) = o.attrs() {
                    d.borrow_mut().set_str(name.clone(), v);
                }
                Ok(())
            }
            _ => {
                let d = typeobj::lookup(cls, n);
                if let Some(msg) = d.and_then(|d| getset::readonly_message(&d, n)) {
                    Err(self.attribute_error(msg))
                } else if typeobj::lookup(cls, n).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{n}' is read-only",
                        self.type_name(obj)
                    )))
                } else {
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{n}'",
                        self.type_name(obj)
                    )))
                }
            }
        }
    }

    /// Writable special attributes of functions; false for ordinary attributes.
    fn set_function_attr(
        &mut self,
        f: &crate::objects::function::PyFunction,
        n: &str,
        v: &Value,
    ) -> PyResult<bool> {
        match n {
            "__annotations__" => {
                if !v.is_none() && !matches!(v.payload(), Some(Payload::Dict(_))) {
                    return Err(self.type_error("__annotations__ must be set to a dict object"));
                }
                // None means "not set": the next read makes a new empty dict.
                *f.annotations.borrow_mut() = if v.is_none() { Value::Null } else { v.clone() };
            }
            "__code__" => {
                return Err(
                    self.not_implemented_error("Taipan does not support assigning to __code__ yet")
                )
            }
            "__defaults__" => {
                *f.defaults.borrow_mut() = match v.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ if v.is_none() => vec![],
                    _ => return Err(self.type_error("__defaults__ must be set to a tuple object")),
                };
            }
            "__kwdefaults__" => {
                *f.kwdefaults.borrow_mut() = match v.payload() {
                    Some(Payload::Dict(d)) => kwdefaults_from_dict(&d.borrow()),
                    _ if v.is_none() => vec![],
                    _ => return Err(self.type_error("__kwdefaults__ must be set to a dict object")),
                };
            }
            "__name__" | "__qualname__" => {
                if v.as_str().is_none() {
                    return Err(self.type_error(format!("{n} must be set to a string object")));
                }
                let slot = if n == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                *slot.borrow_mut() = v.clone();
            }
            "__doc__" => *f.doc.borrow_mut() = v.clone(),
            "__module__" => *f.module.borrow_mut() = v.clone(),
            _ => return Ok(false),
        }
        Ok(true)
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        if ty(&cls).heap {
            if typeobj::hooks(&cls) & typeobj::HOOK_DELATTR == 0 {
                return self.generic_delattr(obj, name);
            }
            if let Some(da) = typeobj::user_defines(&cls, "__delattr__") {
                self.call(&da, Args::new([obj.clone(), name.clone()]))?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// object.__delattr__: descriptors' deleters, else the instance's own attribute.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        let n = name_str(name);
        if n == "__class__" {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        let d = typeobj::lookup(&cls, n).filter(|d| !getset::is_builtin_descriptor(d));
        if let Some(d) = d {
            if let Some(Payload::Property { fdel, .. }) = d.payload() {
                if fdel.is_none() {
                    let qual = ty(&cls).qualname.borrow().clone();
                    return Err(self.attribute_error(format!(
                        "property '{n}' of '{qual}' object has no deleter"
                    )));
                }
                let fdel = fdel.clone();
                self.call1(&fdel, obj.clone())?;
                return Ok(());
            }
            if let Some(Payload::Member { name, .. }) = d.payload() {
                let name = name.clone();
                return self.member_remove(&name, obj);
            }
            // A data descriptor: its __delete__ (an AttributeError if it only has __set__).
            if let Some(Payload::Instance | Payload::Native(_)) = d.payload() {
                let dc = self.type_of(&d).clone();
                if let Some(del) = typeobj::lookup(&dc, "__delete__") {
                    self.call(&del, Args::new([d.clone(), obj.clone()]))?;
                    return Ok(());
                }
                if typeobj::lookup(&dc, "__set__").is_some() {
                    return Err(self.attribute_error("__delete__"));
                }
            }
        }
        let removed = match obj {
            Value::Obj(o) => match (&o.payload, o.attrs()) {
                (Payload::Type(t), _) => {
                    if n == "__abstractmethods__" {
                        t.flags.set(t.flags.get() & !typeobj::FLAG_ABSTRACT);
                    }
                    t.dict.borrow_mut().del_str(n)
                }
                (Payload::Module(m), _) => match &m.dict.payload {
                    Payload::Dict(d) => d.borrow_mut().del_str(n),
                    _ => None,
                },
                (_, Some(d)) => d.borrow_mut().del_str(n),
                _ => None,
            },
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, n)),
        }
    }

    /// LOAD_METHOD: (function, self) when the attribute is a plain method found on the
    /// class, so no bound-method object is made; otherwise (attribute, Null).
    pub(crate) fn load_method(&mut self, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(&obj).clone();
        let n = name_str(name);
        // Objects whose attribute lookup is not "class dict, then instance dict".
        let is_type = matches!(
            obj.payload(),
            Some(Payload::Type(_)) | Some(Payload::Module(_)) | Some(Payload::Super { .. })
        );
        if !(is_type || typeobj::hooks(&cls) & typeobj::HOOK_GETATTRIBUTE != 0) {
            if let Some(d) = typeobj::lookup(&cls, n) {
                if matches!(
                    d.payload(),
                    Some(Payload::Function(_)) | Some(Payload::Builtin(_))
                ) {
                    let shadowed = match &obj {
                        Value::Obj(o) => o
                            .attrs()
                            .map(|dd| dd.borrow().get_str(n).is_some())
                            .unwrap_or(false),
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// LOAD_GLOBAL through the code object's cache (see `PyCode::global_cache`).
    #[inline]
    pub(crate) fn load_global_cached(&mut self, code: &PyCode, i: usize) -> PyResult {
        if crate::exec::CUSTOM_BUILTINS.load(std::sync::atomic::Ordering::Relaxed) {
            let g = &self.frames.last().expect("frame").globals;
            if crate::exec::custom_builtins(self, g).is_some() {
                return self.load_global(&code.names[i]);
            }
        }
        let g = &self.frames.last().expect("frame").globals;
        let (Payload::Dict(gd), Payload::Dict(bd)) = (&g.payload, &self.builtins_dict.payload)
        else {
            return self.load_global(&code.names[i]);
        };
        let (gd, bd) = (gd.borrow(), bd.borrow());
        let gaddr = Rc::as_ptr(g) as usize;
        if let Some(c) = &*code.global_cache[i].borrow() {
            if c.globals == gaddr
                && c.globals_version == gd.version
                && c.builtins_version == bd.version
            {
                let d = if c.in_builtins { &bd } else { &gd };
                if let Some(e) = d.entry(c.index) {
                    return Ok(e.value.clone());
                }
            }
        }
        let Some(Payload::Str(name)) = code.names[i].payload() else {
            return Err(self.name_error("?"));
        };
        let found = match gd.find_pystr(name) {
            Some(ix) => Some((false, ix)),
            None => bd.find_pystr(name).map(|ix| (true, ix)),
        };
        let Some((in_builtins, index)) = found else {
            return Err(self.name_error(name.as_str()));
        };
        let d = if in_builtins { &bd } else { &gd };
        let value = d
            .entry(index)
            .map(|e| e.value.clone())
            .unwrap_or(Value::None);
        *code.global_cache[i].borrow_mut() = Some(crate::objects::function::GlobalCache {
            globals: gaddr,
            globals_version: gd.version,
            builtins_version: bd.version,
            in_builtins,
            index,
        });
        Ok(value)
    }

    pub(crate) fn load_global(&mut self, name: &Value) -> PyResult {
        let Some(Payload::Str(s)) = name.payload() else {
            return Err(self.name_error("?"));
        };
        let g = &self.frames.last().expect("frame").globals;
        if let Payload::Dict(d) = &g.payload {
            if let Some(v) = d.borrow().get_pystr(s) {
                return Ok(v);
            }
        }
        if crate::exec::CUSTOM_BUILTINS.load(std::sync::atomic::Ordering::Relaxed) {
            let g = self.frames.last().expect("frame").globals.clone();
            if let Some(b) = crate::exec::custom_builtins(self, &g) {
                return match self.get_item(&b, name) {
                    Err(e) if self.is_instance_of(&e, &self.exc.key_error.clone()) => {
                        Err(self.name_error(s.as_str()))
                    }
                    r => r,
                };
            }
        }
        if let Payload::Dict(d) = &self.builtins_dict.payload {
            if let Some(v) = d.borrow().get_pystr(s) {
                return Ok(v);
            }
        }
        Err(self.name_error(s.as_str()))
    }

    pub(crate) fn load_name(&mut self, name: &Value) -> PyResult {
        let f = self.frames.last().expect("frame");
        if let Some(l) = &f.locals {
            if !Rc::ptr_eq(l, &f.globals) {
                let l = l.clone();
                // Only an exact dict skips __getitem__ (a subclass may override it or
                // define __missing__), as CPython's LOAD_NAME.
                if let (Payload::Dict(d), false) = (&l.payload, ty(&l.class).heap) {
                    if let Some(Payload::Str(s)) = name.payload() {
                        if let Some(v) = d.borrow().get_pystr(s) {
                            return Ok(v);
                        }
                    }
                } else {
                    match self.get_item(&Value::Obj(l), name) {
                        Ok(v) => return Ok(v),
                        Err(e) if self.is_instance_of(&e, &self.exc.key_error.clone()) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        self.load_global(name)
    }

    fn locals_mapping(&self) -> ObjRef {
        let f = self.frames.last().expect("frame");
        f.locals.clone().unwrap_or_else(|| f.globals.clone())
    }

    pub(crate) fn store_name(&mut self, name: Value, v: Value) -> PyResult<()> {
        let l = self.locals_mapping();
        match &l.payload {
            Payload::Dict(d) if !ty(&l.class).heap => {
                d.borrow_mut().set_str(name, v);
                Ok(())
            }
            _ => self.set_item(&Value::Obj(l), name, v),
        }
    }

    pub(crate) fn delete_name(&mut self, name: &Value) -> PyResult<()> {
        let l = self.locals_mapping();
        match &l.payload {
            Payload::Dict(d) if !ty(&l.class).heap => {
                if d.borrow_mut().del_str(name_str(name)).is_some() {
                    return Ok(());
                }
            }
            // Any mapping (exec's locals): whatever `del ns[name]` raises becomes the
            // NameError, as in CPython.
            _ => {
                if self.del_item(&Value::Obj(l), name).is_ok() {
                    return Ok(());
                }
            }
        }
        Err(self.name_error(name_str(name)))
    }

    pub(crate) fn deref_name(&self, code: &PyCode, i: usize) -> String {
        let nc = code.co.cellvars.len();
        if i < nc {
            code.co.cellvars[i].to_string()
        } else {
            code.co
                .freevars
                .get(i - nc)
                .map(|s| s.to_string())
                .unwrap_or_default()
        }
    }

    pub(crate) fn load_deref(&mut self, code: &PyCode, base: usize, i: usize) -> PyResult {
        let slot = &self.stack[base + code.co.varnames.len() + i];
        if let Some(Payload::Cell(c)) = slot.payload() {
            if let Some(v) = c.borrow().clone() {
                return Ok(v);
            }
        }
        let name = self.deref_name(code, i);
        if i < code.co.cellvars.len() {
            Err(self.new_exception(
                &self.exc.unbound_local_error.clone(),
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            ))
        } else {
            Err(self.new_exception(
                &self.exc.name_error.clone(),
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            ))
        }
    }
}
