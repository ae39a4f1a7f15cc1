//! Methods of object, type, int, float, BaseException, generator and property.

use crate::interp::Exit;
use crate::objects::{exception, int};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__getattribute__", object_getattribute),
    ("__new__", object_new),
    ("__format__", object_format),
    ("__lt__", object_not_implemented),
    ("__le__", object_not_implemented),
    ("__gt__", object_not_implemented),
    ("__ge__", object_not_implemented),
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
    ("__getstate__", object_getstate),
];
/// `__format__` of the builtin value types (in their own dicts, as CPython's, so a mixin
/// after them in the MRO does not override it).
pub const FORMAT: &[(&str, NativeFn)] = &[("__format__", object_format)];
pub const OBJECT_CLASS_METHODS: &[(&str, NativeFn)] = &[
    ("__init_subclass__", object_init_subclass),
    ("__subclasshook__", object_subclasshook),
];
pub const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", type_call),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__new__", type_new),
];
pub const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("conjugate", int_self),
    ("__index__", int_self),
];
/// The numeric conversion dunders of int and float (`(3).__int__()`, `x.__abs__()`, what
/// `typing.SupportsInt` looks for): each defers to the builtin that does the conversion.
pub const NUMBER_CONVERSIONS: &[(&str, NativeFn)] = &[
    ("__int__", num_int),
    ("__float__", num_float),
    ("__abs__", num_abs),
    ("__round__", num_round),
    ("__trunc__", num_trunc),
    ("__floor__", num_floor),
    ("__ceil__", num_ceil),
];
pub const FLOAT_METHODS: &[(&str, NativeFn)] =
    &[("is_integer", is_integer), ("conjugate", float_self)];
pub const EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exc_init),
    ("with_traceback", exc_with_tb),
    ("add_note", exc_add_note),
];
pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("close", gen_close),
    ("throw", gen_throw),
    ("__next__", gen_next),
];
pub const PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", descr_dunder_get),
    ("__set__", prop_dunder_set),
    ("__delete__", prop_dunder_delete),
    ("setter", prop_setter),
    ("getter", prop_getter),
    ("deleter", prop_deleter),
];

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}
/// object.__init_subclass__(cls): accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        let name = args
            .pos
            .first()
            .and_then(|c| c.as_type())
            .map(|t| t.name().to_string())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}
/// object.__subclasshook__(cls, subclass): NotImplemented, so the normal check decides.
fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::NotImplemented)
}
fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args
        .pos
        .first()
        .and_then(|c| c.obj())
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: Vec::new(),
    };
    vm.builtin_new(&cls, &rest)
}
/// `type.__new__(meta, name, bases, ns)`, as a metaclass's `super().__new__` reaches it.
fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let meta = args.pos.first().and_then(|c| c.obj()).cloned();
    let Some(meta) = meta.filter(|m| {
        matches!(m.payload, Payload::Type(_))
            && crate::objects::typeobj::is_subtype(m, &vm.types.type_)
    }) else {
        let what = match args.pos.first() {
            Some(v) if matches!(v.payload(), Some(Payload::Type(_))) => {
                let t = crate::objects::typeobj::full_name(v.obj().expect("type"), false);
                format!("type.__new__({t}): {t} is not a subtype of type")
            }
            Some(v) => format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            ),
            None => "type.__new__(): not enough arguments".to_string(),
        };
        return Err(vm.type_error(what));
    };
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    crate::constructors::type_new(vm, &meta, rest)
}

/// `__repr__` of the builtin value types, reachable through `super()` from subclasses.
pub fn native_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let v = &args.pos[0];
    let s = match v {
        Value::Obj(o) => vm.repr_native(v, o)?,
        _ => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

/// `__format__(spec)` of object and the builtin value types.
fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let spec = spec.as_str().to_string();
    let s = vm.format_native(&args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&v).clone();
    let s = crate::objects::typeobj::instance_repr(&cls, v.id());
    Ok(vm.new_str(s))
}
fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let s = vm.repr(&v)?;
    Ok(vm.new_str(s))
}
/// Slot wrappers (`object.__eq__`) count arguments after self, as CPython reports them.
fn one_arg(vm: &Vm, args: &Args) -> PyResult<()> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    one_arg(vm, &args)?;
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}
fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    one_arg(vm, &args)?;
    // As CPython's object_richcompare: the type's own __eq__, inverted unless it
    // answers NotImplemented.
    let r = match crate::objects::typeobj::lookup(vm.type_of(&args.pos[0]), "__eq__") {
        Some(eq) => vm.call(&eq, Args::new([args.pos[0].clone(), args.pos[1].clone()]))?,
        None => vm.compare(&args.pos[0], &args.pos[1], taipan_bytecode::CmpOp::Eq)?,
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}
/// object.__lt__/__le__/__gt__/__ge__: NotImplemented, so the reflected method or the
/// TypeError decides.
fn object_not_implemented(vm: &mut Vm, args: Args) -> PyResult {
    one_arg(vm, &args)?;
    Ok(Value::NotImplemented)
}

/// Calls `func(*args)` of the pure-Python helper module `module` (in lib/): for the parts
/// of the builtins that are much simpler written in Python.
pub(crate) fn call_helper(vm: &mut Vm, module: &str, func: &str, args: Args) -> PyResult {
    let name = vm.new_str(module);
    let m = vm.import_name(&name, &Value::None, &Value::Int(0))?;
    let f = vm.get_attr_str(&m, func)?;
    vm.call(&f, args)
}

/// object.__reduce_ex__(protocol): copyreg-based reductions, in lib/_taipan_reduce.py.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "object.__reduce_ex__")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let proto = vm.index_of(&args.pos[1])?;
    let a = Args::new([args.pos[0].clone(), Value::Int(proto)]);
    call_helper(vm, "_taipan_reduce", "reduce_ex", a)
}

/// The object methods without arguments besides self: their TypeError.
fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_keywords(vm, name)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// object.__reduce__(): copyreg._reduce_ex(self, 0).
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "object.__reduce__")?;
    call_helper(vm, "_taipan_reduce", "reduce", args)
}

/// object.__getstate__(): the instance dict and slot values.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "object.__getstate__")?;
    call_helper(vm, "_taipan_reduce", "getstate", args)
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    // The singletons are unboxed: their hash is the one hash() gives.
    if let Some(v @ (Value::None | Value::NotImplemented | Value::Ellipsis)) = args.pos.first() {
        let h = vm.hash(v)?;
        return Ok(Value::Int(h));
    }
    Ok(Value::Int(args.pos[0].id() >> 4))
}
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setattr__", 3, 3)?;
    let cls = vm.type_of(&args.pos[0]).clone();
    let n = args.pos[1]
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    vm.generic_setattr(&args.pos[0], &cls, &args.pos[1], args.pos[2].clone(), &n)?;
    Ok(Value::None)
}
fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delattr__", 2, 2)?;
    if args.pos[1].as_str().is_none() {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    vm.generic_delattr(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}
fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getattribute__", 2, 2)?;
    let cls = vm.type_of(&args.pos[0]).clone();
    match vm.generic_getattr(&args.pos[0], &cls, &args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            let n = args.pos[1]
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            Err(vm.no_attribute(&args.pos[0], &n))
        }
    }
}
fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Payload::Type(t)) = args.pos.first().and_then(|v| v.payload()) else {
        return Ok(Value::None);
    };
    let items = t
        .mro
        .borrow()
        .iter()
        .map(|m| Value::Obj(m.clone()))
        .collect();
    Ok(vm.new_list(items))
}
/// `type.__subclasses__(cls)`: the live classes that name `cls` among their bases.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__subclasses__", 1, 1)?;
    let Some(cls) = args.pos[0]
        .obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{t}' object"
        )));
    };
    let subs = crate::objects::typeobj::subclasses(cls)
        .into_iter()
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}
fn bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let b = int::as_bigint(&args.pos[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(b.bits() as i64))
}
fn bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let b = int::as_bigint(&args.pos[0]).unwrap_or_default();
    let _ = vm;
    let ones: u64 = b.iter_u64_digits().map(|d| u64::from(d.count_ones())).sum();
    Ok(Value::Int(ones as i64))
}
/// `str.__str__`: the text as an exact str. A str subclass that overrides `__repr__`
/// (StrEnum) still prints its text through it, unlike object.__str__.
pub fn str_str(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first().and_then(|v| v.as_str()) {
        Some(s) if args.len() == 1 => {
            if std::rc::Rc::ptr_eq(vm.type_of(&args.pos[0]), &vm.types.str_) {
                return Ok(args.pos[0].clone());
            }
            let t = s.as_str().to_string();
            Ok(vm.new_str(t))
        }
        _ => Err(vm.type_error("descriptor '__str__' requires a 'str' object")),
    }
}
fn int_self(vm: &mut Vm, args: Args) -> PyResult {
    Ok(vm.new_int(int::as_bigint(&args.pos[0]).unwrap_or_default()))
}
fn is_integer(_vm: &mut Vm, args: Args) -> PyResult {
    let f = crate::objects::float::as_f64_num(&args.pos[0]).unwrap_or(0.5);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}
fn float_self(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.pos[0].clone())
}
fn exc_init(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(st) = exception::exc_state(&args.pos[0]) {
        let t = vm.new_tuple(args.pos[1..].to_vec());
        st.borrow_mut().args = t;
    }
    Ok(Value::None)
}
/// `exc.with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn exc_with_tb(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    vm.exception_setattr(&args.pos[0], "__traceback__", &args.pos[1])?;
    Ok(args.pos[0].clone())
}
fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "add_note", 2, 2)?;
    if args.pos[1].as_str().is_none() {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let e = args.pos[0].clone();
    let notes = match vm.get_attr_str(&e, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = vm.new_list(vec![]);
            let k = vm.intern("__notes__");
            vm.set_attr(&e, &k, l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(args.pos[1].clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}
fn finish(vm: &mut Vm, r: Exit) -> PyResult {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(if v.is_none() {
            vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])
        } else {
            vm.stop_iteration(v)
        }),
    }
}
pub(crate) fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "send")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let r = vm.resume_generator(&args.pos[0], args.pos[1].clone(), None)?;
    finish(vm, r)
}
fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    let r = vm.resume_generator(&args.pos[0], Value::None, None)?;
    finish(vm, r)
}
/// `throw(exc)`, or the deprecated `throw(type, value=None, tb=None)`: a class is
/// instantiated with the value (unless the value already is an instance of it).
pub(crate) fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    let e = thrown_exception(vm, &args)?;
    let r = vm.resume_generator(&args.pos[0], Value::None, Some(e))?;
    finish(vm, r)
}

/// The exception `throw(exc)` / `throw(type, value=None, tb=None)` (args after self)
/// throws: a class is instantiated with the value unless that already is an instance.
pub(crate) fn thrown_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw(vm, "throw")?;
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("throw expected at most 3 arguments, got {n}")));
    }
    let (typ, val) = (
        &args.pos[1],
        args.pos.get(2).cloned().unwrap_or(Value::None),
    );
    let tb = args.pos.get(3).cloned().unwrap_or(Value::None);
    if !tb.is_none() && crate::objects::traceback::tb_of(&tb).is_none() {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let base = vm.exc.base_exception.clone();
    let is_exc_class = matches!(typ.payload(), Some(Payload::Type(_)))
        && typ
            .obj()
            .is_some_and(|c| crate::objects::typeobj::is_subtype(c, &base));
    let e = if is_exc_class {
        let cls = typ.obj().cloned().expect("checked type");
        if vm.is_instance_of(&val, &cls) {
            val
        } else {
            let a = match val.payload() {
                _ if val.is_none() => Args::default(),
                Some(Payload::Tuple(t)) => Args::new(t.iter().cloned()),
                _ => Args::new([val]),
            };
            let inst = vm.call(typ, a)?;
            vm.make_raisable(inst)?
        }
    } else if vm.is_instance_of(typ, &base) {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if !tb.is_none() {
        vm.exception_setattr(&e, "__traceback__", &tb)?;
    }
    Ok(e)
}
pub(crate) fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "generator.close() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    vm.close_iterator(&args.pos[0])?;
    Ok(Value::None)
}
fn prop_with(vm: &mut Vm, args: Args, which: usize) -> PyResult {
    let Some(Payload::Property {
        fget,
        fset,
        fdel,
        doc,
    }) = args.pos.first().and_then(|p| p.payload())
    else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = args.pos.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(vm.alloc(
        &vm.types.property.clone(),
        Payload::Property {
            fget: g,
            fset: s,
            fdel: d,
            doc: doc.clone(),
        },
    ))
}
/// `__iter__` and `__next__` of the builtin iterators (list_iterator, zip, map...).
pub const ITERATOR_METHODS: &[(&str, NativeFn)] =
    &[("__iter__", iter_self), ("__next__", iter_next)];

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__iter__")?;
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__next__")?;
    args.check(vm, "__next__", 1, 1)?;
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

/// `__get__` of function, classmethod, staticmethod and property: what an attribute
/// access finds (functools.partialmethod and singledispatchmethod call it themselves).
pub const DESCR_GET: &[(&str, NativeFn)] = &[("__get__", descr_dunder_get)];

/// `d.__get__(obj, type=None)`: the binding an attribute lookup would make.
fn descr_dunder_get(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__get__")?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let d = args.pos[0].clone();
    let obj = args.pos[1].clone();
    let owner = args.pos.get(2).cloned().filter(|t| !t.is_none());
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    let cls = match &owner {
        Some(t) => crate::objects::typeobj::check_type(vm, t)?,
        None => vm.type_of(&obj).clone(),
    };
    if obj.is_none() {
        return Ok(match d.payload() {
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::ClassMethod(f)) => vm.alloc(
                &vm.types.method.clone(),
                Payload::BoundMethod {
                    func: f.clone(),
                    this: Value::Obj(cls),
                },
            ),
            _ => d,
        });
    }
    if let Some(Payload::ClassMethod(f)) = d.payload() {
        return Ok(vm.alloc(
            &vm.types.method.clone(),
            Payload::BoundMethod {
                func: f.clone(),
                this: Value::Obj(cls),
            },
        ));
    }
    vm.descr_get(&d, &obj, &cls)
}

/// property.__set__(obj, value) / __delete__(obj): the property's setter or deleter.
fn prop_set_or_delete(vm: &mut Vm, args: Args, delete: bool) -> PyResult {
    let (name, n) = if delete {
        ("__delete__", 2)
    } else {
        ("__set__", 3)
    };
    args.no_keywords(vm, name)?;
    args.check(vm, name, n, n)?;
    let Some(Payload::Property { fset, fdel, .. }) = args.pos[0].payload() else {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    let f = if delete { fdel.clone() } else { fset.clone() };
    if f.is_none() {
        let qual = crate::objects::typeobj::ty(vm.type_of(&args.pos[1]))
            .qualname
            .borrow()
            .clone();
        let what = if delete { "deleter" } else { "setter" };
        return Err(vm.attribute_error(format!("property of '{qual}' object has no {what}")));
    }
    vm.call(&f, Args::new(args.pos[1..].iter().cloned()))?;
    Ok(Value::None)
}
fn prop_dunder_set(vm: &mut Vm, args: Args) -> PyResult {
    prop_set_or_delete(vm, args, false)
}
fn prop_dunder_delete(vm: &mut Vm, args: Args) -> PyResult {
    prop_set_or_delete(vm, args, true)
}
fn prop_getter(vm: &mut Vm, args: Args) -> PyResult {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: Args) -> PyResult {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult {
    prop_with(vm, args, 2)
}
/// type.__call__(cls, *args, **kwargs).
fn type_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.pos.remove(0);
    let Some(c) = cls
        .obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        let t = vm.type_name(&cls);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{t}'"
        )));
    };
    vm.type_call(&c, args)
}

fn via_builtin(vm: &mut Vm, name: &str, pos: Vec<Value>) -> PyResult {
    let f = vm
        .get_builtin(name)
        .ok_or_else(|| vm.type_error(format!("builtin {name} is missing")))?;
    vm.call(&f, Args::new(pos))
}
fn num_int(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__int__", 1, 1)?;
    via_builtin(vm, "int", vec![args.pos[0].clone()])
}
fn num_float(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__float__", 1, 1)?;
    via_builtin(vm, "float", vec![args.pos[0].clone()])
}
fn num_abs(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__abs__", 1, 1)?;
    via_builtin(vm, "abs", vec![args.pos[0].clone()])
}
fn num_round(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__round__", 1, 2)?;
    via_builtin(vm, "round", args.pos.to_vec())
}
/// int(op(x)) for a float, int(x) for an int.
fn to_int_by(vm: &mut Vm, args: &Args, name: &str, op: fn(f64) -> f64) -> PyResult {
    args.check(vm, name, 1, 1)?;
    let v = &args.pos[0];
    let v = match crate::objects::float::as_f64_num(v) {
        Some(f) if crate::objects::float::is_float(v) => vm.new_float(op(f)),
        _ => v.clone(),
    };
    via_builtin(vm, "int", vec![v])
}
fn num_trunc(vm: &mut Vm, args: Args) -> PyResult {
    to_int_by(vm, &args, "__trunc__", f64::trunc)
}
fn num_floor(vm: &mut Vm, args: Args) -> PyResult {
    to_int_by(vm, &args, "__floor__", f64::floor)
}
fn num_ceil(vm: &mut Vm, args: Args) -> PyResult {
    to_int_by(vm, &args, "__ceil__", f64::ceil)
}

/// `int.__new__(cls, ...)`, `str.__new__`...: the builtin types' own `__new__` (enum and
/// copy look for `'__new__' in cls.__dict__`). Builds the object as calling the type does.
fn builtin_type_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args
        .pos
        .first()
        .and_then(|c| c.obj())
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    if !crate::objects::typeobj::ty(&cls).heap {
        return crate::constructors::construct(vm, &cls, rest);
    }
    vm.builtin_new(&cls, &rest)
}

/// Puts `__new__` in the dicts of the builtin types that calling constructs.
pub fn install_type_news(vm: &mut Vm) {
    let t = vm.types.clone();
    for cls in [
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
        &t.memoryview,
        &t.enumerate_type,
        &t.zip_type,
        &t.map_type,
        &t.filter_type,
        &t.reversed_type,
        &t.generic_alias,
    ] {
        crate::objects::typeobj::add_methods(vm, cls, &[("__new__", builtin_type_new)]);
    }
}
