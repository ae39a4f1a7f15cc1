//! Constructors of the builtin types: `int(x)`, `str(x)`, `list(it)`, `dict(...)`,
//! `range(...)`, `property(...)`, `super()`, `type(name, bases, ns)`...

use crate::builtins::parse_int;
use crate::objects::typeobj::{self, ty, Layout};
use crate::objects::{float, int};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

pub fn construct(vm: &mut Vm, cls: &ObjRef, mut args: Args) -> PyResult {
    let name = ty(cls).name();
    let t = &vm.types;
    let is = |c: &ObjRef| Rc::ptr_eq(cls, c);
    if is(&t.object) {
        if !args.is_empty() || !args.kw.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Ok(vm.new_instance_plain(cls));
    }
    if is(&t.int) {
        return int_new(vm, args);
    }
    if is(&t.bool_) {
        args.positional(vm, "bool", 0, 1)?;
        let v = args.pos.first().cloned().unwrap_or(Value::Bool(false));
        return Ok(Value::Bool(vm.truthy(&v)?));
    }
    if is(&t.float) {
        return float_new(vm, args);
    }
    if is(&t.str_) {
        let names = ["object", "encoding", "errors"];
        let mut slots = args.bind(vm, "str", &names, 0)?.into_iter();
        let (v, enc, errors) = (
            slots.next().flatten(),
            slots.next().flatten(),
            slots.next().flatten(),
        );
        let enc = crate::objects::bytes::text_arg(vm, enc, "str", "encoding")?;
        let errors = crate::objects::bytes::text_arg(vm, errors, "str", "errors")?;
        if v.is_some() && (enc.is_some() || errors.is_some()) {
            // str(bytes, encoding, errors) decodes.
            let v = v.unwrap_or(Value::None);
            if v.as_str().is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let Some(data) = vm.buffer_arg(&v)? else {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&v)
                )));
            };
            let enc = enc.unwrap_or_else(|| "utf-8".to_string());
            return crate::objects::codecs::decode_bytes(vm, &v, &data, &enc, errors.as_deref());
        }
        let Some(v) = v else {
            return Ok(vm.new_str(""));
        };
        // A user __str__ returning a str subclass instance: str() returns that object.
        if let Value::Obj(o) = &v {
            if ty(&o.class).heap {
                if let Some(f) = typeobj::user_defines(&o.class, "__str__") {
                    let r = vm.call1(&f, v.clone())?;
                    if r.as_str().is_some() {
                        return Ok(r);
                    }
                    let t = vm.type_name(&r);
                    return Err(vm.type_error(format!("__str__ returned non-string (type {t})")));
                }
            }
        }
        let s = vm.str_of(&v)?;
        return Ok(vm.new_str(s));
    }
    if is(&t.bytes) {
        return crate::objects::bytes::bytes_new(vm, args);
    }
    if is(&t.bytearray) {
        let ba = vm.new_bytearray(Vec::new());
        crate::objects::bytes::bytearray_init(vm, &ba, args)?;
        return Ok(ba);
    }
    if is(&t.memoryview) {
        return crate::objects::memoryview::memoryview_new(vm, args);
    }
    if is(&t.tuple) {
        args.positional(vm, "tuple", 0, 1)?;
        let items = match args.pos.first() {
            Some(v) => {
                length_hint(vm, v)?;
                vm.iterate(v)?
            }
            None => vec![],
        };
        return Ok(vm.new_tuple(items));
    }
    if is(&t.list) {
        args.positional(vm, "list", 0, 1)?;
        let items = match args.pos.first() {
            Some(v) => {
                length_hint(vm, v)?;
                vm.iterate(v)?
            }
            None => vec![],
        };
        return Ok(vm.new_list(items));
    }
    if is(&t.dict) {
        args.check_positional(vm, "dict", 0, 1)?;
        let d = vm.new_dict();
        init_container(vm, &d, args)?;
        return Ok(d);
    }
    if is(&t.set) || is(&t.frozenset) {
        let frozen = is(&t.frozenset);
        args.positional(vm, &name, 0, 1)?;
        let s = match args.pos.first() {
            Some(v) => {
                // frozenset(f) of an exact frozenset is f itself.
                if frozen
                    && matches!(v.payload(), Some(Payload::FrozenSet(_)))
                    && Rc::ptr_eq(vm.type_of(v), &vm.types.frozenset)
                {
                    return Ok(v.clone());
                }
                vm.new_set_of(v)?
            }
            None => vm.new_set_from(vec![])?,
        };
        return Ok(if frozen { vm.freeze(&s) } else { s });
    }
    if is(&t.range) {
        args.positional(vm, "range", 1, 3)?;
        let mut n = Vec::new();
        for a in args.pos.iter() {
            match int::as_bigint(a) {
                Some(b) => n.push(b),
                None => n.push(num_bigint::BigInt::from(vm.index_of(a)?)),
            }
        }
        let one = num_bigint::BigInt::from(1);
        let (start, stop, step) = match n.len() {
            1 => (num_bigint::BigInt::from(0), n[0].clone(), one),
            2 => (n[0].clone(), n[1].clone(), one),
            _ => (n[0].clone(), n[1].clone(), n[2].clone()),
        };
        if num_traits::Zero::is_zero(&step) {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(crate::objects::range::new_range(vm, start, stop, step));
    }
    if is(&t.slice) {
        args.positional(vm, "slice", 1, 3)?;
        let a: Vec<Value> = args.pos.to_vec();
        let (start, stop, step) = match a.len() {
            1 => (Value::None, a[0].clone(), Value::None),
            2 => (a[0].clone(), a[1].clone(), Value::None),
            3 => (a[0].clone(), a[1].clone(), a[2].clone()),
            _ => unreachable!("checked above"),
        };
        return Ok(vm.alloc(
            &vm.types.slice.clone(),
            Payload::Slice { start, stop, step },
        ));
    }
    if is(&t.property) {
        let names = ["fget", "fset", "fdel", "doc"];
        let mut slots = args.bind(vm, "property", &names, 0)?.into_iter();
        let mut next = || slots.next().flatten().unwrap_or(Value::None);
        let (fget, fset, fdel, doc) = (next(), next(), next(), next());
        let doc = if doc.is_none() && !fget.is_none() {
            vm.get_attr_str(&fget, "__doc__").unwrap_or(Value::None)
        } else {
            doc
        };
        return Ok(vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
            },
        ));
    }
    if is(&t.complex) {
        return crate::objects::complex::complex_new(vm, args);
    }
    if is(&t.generic_alias) {
        args.positional(vm, "GenericAlias", 2, 2)?;
        let (origin, params) = (args.pos[0].clone(), args.pos[1].clone());
        return Ok(vm.generic_alias(&origin, &params));
    }
    if is(&t.staticmethod) {
        args.positional(vm, "staticmethod", 1, 1)?;
        return Ok(vm.alloc(
            &vm.types.staticmethod.clone(),
            Payload::StaticMethod(args.pos[0].clone()),
        ));
    }
    if is(&t.classmethod) {
        args.positional(vm, "classmethod", 1, 1)?;
        return Ok(vm.alloc(
            &vm.types.classmethod.clone(),
            Payload::ClassMethod(args.pos[0].clone()),
        ));
    }
    if is(&t.super_) {
        return super_new(vm, args);
    }
    if is(&t.type_) {
        return type_new(vm, cls, args);
    }
    if typeobj::is_subtype(cls, &vm.exc.base_exception_group.clone()) {
        return vm.exception_group_new(cls, &args);
    }
    if typeobj::is_subtype(cls, &vm.exc.base_exception.clone()) {
        // OSError(errno, strerror, ...) is the subclass for that errno, as in CPython.
        let mapped;
        let cls = if Rc::ptr_eq(cls, &vm.exc.os_error) && (2..=5).contains(&args.pos.len()) {
            mapped = match args.pos[0] {
                Value::Int(n) => vm.os_error_class(n),
                _ => cls.clone(),
            };
            &mapped
        } else {
            cls
        };
        let e = crate::objects::exception::new_instance(vm, cls, args.pos.to_vec());
        crate::objects::codecs::init_unicode_error(vm, &e, &args.pos)?;
        exception_keywords(vm, cls, &e, &args.kw)?;
        return Ok(e);
    }
    if ty(cls).layout == Layout::Type {
        return type_new(vm, cls, args);
    }
    if is(&t.traceback) {
        return vm.traceback_new(args);
    }
    if is(&t.module) {
        // types.ModuleType(name, doc=None).
        let slots = args.bind(vm, "module", &["name", "doc"], 1)?;
        let mname = slots[0].clone().unwrap_or(Value::None);
        let Some(n) = mname.as_str().map(|s| s.as_str().to_string()) else {
            let tn = vm.type_name(&mname);
            return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
        };
        let m = crate::modules::sys::new_module(vm, &n);
        let doc = slots[1].clone().unwrap_or(Value::None);
        crate::modules::sys::module_set(vm, &m, "__doc__", doc);
        for k in ["__package__", "__loader__", "__spec__"] {
            crate::modules::sys::module_set(vm, &m, k, Value::None);
        }
        return Ok(Value::Obj(m));
    }
    if is(&t.method) {
        // types.MethodType(function, instance).
        args.positional(vm, "method", 2, 2)?;
        if !vm.is_callable(&args.pos[0]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if args.pos[1].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        return Ok(vm.alloc(
            &vm.types.method.clone(),
            Payload::BoundMethod {
                func: args.pos[0].clone(),
                this: args.pos[1].clone(),
            },
        ));
    }
    // The singletons' types return the singleton.
    for (c, v) in [
        (&t.none_type, Value::None),
        (&t.ellipsis_type, Value::Ellipsis),
        (&t.notimpl_type, Value::NotImplemented),
    ] {
        if is(c) {
            if !args.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error(format!("{name} takes no arguments")));
            }
            return Ok(v);
        }
    }
    if let Some(new) = crate::objects::native::native_new(cls) {
        args.pos.insert(0, Value::Obj(cls.clone()));
        return vm.call(&new, args);
    }
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let mut slots = args.bind(vm, "int", &["", "base"], 0)?;
    let base = slots[1].take();
    let Some(v) = slots[0].take() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = int::clamped_arg(vm, &b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some((text, shown)) = int_text(vm, &v)? else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return int_from_text(vm, &text, b as u32, &shown);
    }
    if int::is_int(&v) {
        return Ok(vm.new_int(int::as_bigint(&v).unwrap_or_default()));
    }
    if let Some(f) = float::as_f64_num(&v) {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        let b: num_bigint::BigInt =
            num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
        return Ok(vm.new_int(b));
    }
    if let Value::Obj(o) = &v {
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(f) = typeobj::user_defines(&o.class, name) {
                let r = vm.call1(&f, v.clone())?;
                if name == "__trunc__" {
                    // Any Integral: int() of it again (its __index__/__int__).
                    if int::is_int(&r) {
                        return Ok(vm.new_int(int::as_bigint(&r).unwrap_or_default()));
                    }
                    return int_new(vm, Args::new([r]));
                }
                if !int::is_int(&r) {
                    let t = vm.type_name(&r);
                    return Err(vm.type_error(format!("{name} returned non-int (type {t})")));
                }
                // An int subclass (or bool) comes back as a plain int.
                return Ok(vm.new_int(int::as_bigint(&r).unwrap_or_default()));
            }
        }
    }
    if let Some((text, shown)) = int_text(vm, &v)? {
        return int_from_text(vm, &text, 10, &shown);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(&v)
    )))
}

/// The text of a str or bytes-like argument of int() (bytes read as Latin-1), and how an
/// error message shows it.
fn int_text(vm: &mut Vm, v: &Value) -> PyResult<Option<(String, String)>> {
    if let Some(s) = v.as_str() {
        let text = s.as_str().to_string();
        let shown = crate::objects::str::repr_str(&text);
        return Ok(Some((text, shown)));
    }
    let Some(b) = vm.buffer_arg(v)? else {
        return Ok(None);
    };
    let text: String = b.iter().map(|&c| char::from(c)).collect();
    let shown = crate::objects::bytes::bytes_repr(&b, false);
    Ok(Some((text, shown)))
}

fn int_from_text(vm: &mut Vm, text: &str, base: u32, shown: &str) -> PyResult {
    match parse_int(text, base) {
        Ok(i) => Ok(vm.new_int(i)),
        Err(crate::builtins::ParseIntError::TooLong(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::objects::int::max_str_digits()
        ))),
        Err(_) => {
            // CPython's "%.200R".
            let shown: String = shown.chars().take(200).collect();
            Err(vm.value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "float", 0, 1)?;
    let Some(v) = args.pos.first().cloned() else {
        return Ok(Value::Float(0.0));
    };
    if let Some(f) = float::as_f64_num(&v) {
        return Ok(vm.new_float(f));
    }
    if int::is_int(&v) {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    let textual = if crate::objects::bytes::is_buffer(&v) || v.as_str().is_some() {
        int_text(vm, &v)?
    } else {
        None
    };
    if let Some((raw, shown)) = textual {
        // Unicode decimal digits count as their ASCII values, as in CPython.
        let trimmed: String = raw
            .trim()
            .chars()
            .map(|c| match crate::methods::unicode_digit(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d),
                _ => c,
            })
            .collect();
        // An underscore is allowed only between two digits.
        let tc: Vec<char> = trimmed.chars().collect();
        let bad_underscore = tc.iter().enumerate().any(|(i, &c)| {
            c == '_'
                && !(i > 0
                    && tc[i - 1].is_ascii_digit()
                    && tc.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
        });
        let text = trimmed.replace('_', "");
        let lower = text.to_ascii_lowercase();
        let parsed = match lower.trim_start_matches(['+', '-']) {
            _ if bad_underscore => None,
            "inf" | "infinity" => Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }),
            "nan" => Some(f64::NAN),
            _ => text
                .parse::<f64>()
                .ok()
                .filter(|_| !lower.contains("inf") && !lower.contains("nan")),
        };
        return match parsed {
            Some(f) => Ok(vm.new_float(f)),
            None => Err(vm.value_error(format!("could not convert string to float: {shown}"))),
        };
    }
    if let Value::Obj(o) = &v {
        if let Some(f) = typeobj::user_defines(&o.class, "__float__") {
            let r = vm.call1(&f, v.clone())?;
            return match r {
                Value::Float(x) => Ok(Value::Float(x)),
                _ => match r.payload() {
                    Some(Payload::Float(x)) => Ok(Value::Float(*x)),
                    _ => {
                        let (c, t) = (ty(&o.class).name(), vm.type_name(&r));
                        Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")))
                    }
                },
            };
        }
        if typeobj::user_defines(&o.class, "__index__").is_some() {
            let f = typeobj::user_defines(&o.class, "__index__").expect("checked");
            let i = vm.call1(&f, v.clone())?;
            if !int::is_int(&i) {
                let t = vm.type_name(&i);
                return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
            }
            return float_new(
                vm,
                Args::new([vm.new_int(int::as_bigint(&i).unwrap_or_default())]),
            );
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(&v)
    )))
}

/// dict/list/set `__init__` for instances (also used by subclasses).
pub fn init_container(vm: &mut Vm, inst: &Value, args: Args) -> PyResult<()> {
    match inst.payload() {
        Some(Payload::Dict(_)) => {
            if let Some(src) = args.pos.first() {
                if matches!(src.payload(), Some(Payload::Dict(_)))
                    || vm.get_attr_str(src, "keys").is_ok()
                {
                    vm.dict_update_from(inst, src, None)?;
                } else {
                    for item in vm.iterate(src)? {
                        let kv = vm.iterate(&item).map_err(|_| vm.type_error("cannot convert dictionary update sequence element #0 to a sequence"))?;
                        if kv.len() != 2 {
                            return Err(vm.value_error(format!(
                                "dictionary update sequence element #0 has length {}; 2 is required",
                                kv.len()
                            )));
                        }
                        vm.dict_set_item(inst, kv[0].clone(), kv[1].clone())?;
                    }
                }
            }
            for (k, v) in args.kw {
                let k = vm.new_str(k.to_string());
                vm.dict_set_item(inst, k, v)?;
            }
        }
        Some(Payload::List(l)) => {
            if let Some(src) = args.pos.first() {
                let items = vm.iterate(src)?;
                *l.borrow_mut() = items;
            }
        }
        Some(Payload::Set(_)) => {
            if let Some(src) = args.pos.first() {
                for it in vm.iterate(src)? {
                    vm.set_add(inst, it)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// super() / super(type) / super(type, obj)
fn super_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let (thisclass, obj) = if args.is_empty() {
        super_from_frame(vm)?
    } else {
        let thisclass = match &args.pos[0] {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(other)
                )))
            }
        };
        // super(T, None) is unbound, as super(T).
        let obj = match args.pos.get(1) {
            None | Some(Value::None) => Value::Null,
            Some(o) => o.clone(),
        };
        (thisclass, obj)
    };
    make_super(vm, thisclass, obj)
}

/// The zero-argument form: `__class__` and the first argument of the calling frame.
fn super_from_frame(vm: &mut Vm) -> PyResult<(ObjRef, Value)> {
    let Some(f) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    let base = f.base;
    if code.co.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack[base].clone();
    // The first argument may have been captured into a cell.
    if let Some(ci) = code.co.cell2arg.iter().position(|a| *a == Some(0)) {
        if let Some(Payload::Cell(c)) = vm.stack[base + code.co.varnames.len() + ci].payload() {
            first = c.borrow().clone().unwrap_or(Value::Null);
        }
    }
    if matches!(first, Value::Null) {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let Some(fi) = code.co.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let slot = &vm.stack[base + code.co.varnames.len() + code.co.cellvars.len() + fi];
    let cls = match slot.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => None,
    };
    match cls {
        Some(Value::Obj(cls)) if matches!(cls.payload, Payload::Type(_)) => Ok((cls, first)),
        None | Some(Value::Null) => Err(vm.runtime_error("super(): empty __class__ cell")),
        Some(other) => Err(vm.runtime_error(format!(
            "super(): __class__ is not a type ({})",
            vm.type_name(&other)
        ))),
    }
}

/// A super object; `obj` is `Value::Null` for an unbound one (`super(T)`), whose
/// `objtype` is then unused (set to `thisclass`).
fn make_super(vm: &mut Vm, thisclass: ObjRef, obj: Value) -> PyResult {
    let objtype = if matches!(obj, Value::Null) {
        thisclass.clone()
    } else {
        super_check(vm, &thisclass, &obj)?
    };
    Ok(vm.alloc(
        &vm.types.super_.clone(),
        Payload::Super {
            thisclass,
            obj,
            objtype,
        },
    ))
}

/// CPython's supercheck: the class whose MRO a `super(thisclass, obj)` searches.
fn super_check(vm: &mut Vm, thisclass: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = obj {
        if matches!(o.payload, Payload::Type(_)) && typeobj::is_subtype(o, thisclass) {
            return Ok(o.clone());
        }
    }
    let t = vm.type_of(obj).clone();
    if typeobj::is_subtype(&t, thisclass) {
        return Ok(t);
    }
    // The slow way: an `obj.__class__` that differs from its type (proxies).
    if let Ok(Value::Obj(c)) = vm.get_attr_str(obj, "__class__") {
        if matches!(c.payload, Payload::Type(_))
            && !Rc::ptr_eq(&c, &t)
            && typeobj::is_subtype(&c, thisclass)
        {
            return Ok(c);
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super.__get__(self, obj, type=None)`: binds an unbound super object to `obj`.
pub fn super_get(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__get__' of 'super' object needs an argument"));
    };
    let Some(Payload::Super {
        thisclass,
        obj: bound,
        ..
    }) = this.payload()
    else {
        return Err(vm.type_error(format!(
            "descriptor '__get__' for 'super' objects doesn't apply to a '{}' object",
            vm.type_name(&this)
        )));
    };
    let obj = match args.pos.get(1) {
        Some(o) if !o.is_none() => o.clone(),
        _ => return Ok(this),
    };
    if !matches!(bound, Value::Null) {
        return Ok(this);
    }
    let thisclass = thisclass.clone();
    make_super(vm, thisclass, obj)
}

/// repr(super(...)): `<super: <class 'B'>, <B object>>`, `NULL` when unbound.
pub fn super_repr(payload: &Payload) -> String {
    let Payload::Super {
        thisclass,
        obj,
        objtype,
    } = payload
    else {
        return String::new();
    };
    if matches!(obj, Value::Null) {
        format!("<super: <class '{}'>, NULL>", ty(thisclass).name())
    } else {
        format!(
            "<super: <class '{}'>, <{} object>>",
            ty(thisclass).name(),
            ty(objtype).name()
        )
    }
}

/// type(name, bases, ns): creates a class.
/// `__slots__` in a class body: instances keep a `__dict__` only if it is named there or
/// a base has one. Slot names are recorded so attribute assignment can be checked.
fn apply_slots(vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
    let t = ty(cls);
    let Some(spec) = t.dict.borrow().get_str("__slots__") else {
        return Ok(());
    };
    let items = if spec.as_str().is_some() {
        vec![spec]
    } else {
        vm.iterate(&spec)?
    };
    let mut names: Vec<Rc<str>> = Vec::new();
    let mut wants_dict = false;
    for it in &items {
        let Some(s) = it.as_str() else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(it)
            )));
        };
        let s = s.as_str();
        if s == "__dict__" {
            wants_dict = true;
            continue;
        }
        // Private slot names are mangled with the class name, as the methods' `self.__x`.
        let stripped = t.name();
        let stripped = stripped.trim_start_matches('_');
        let mangled;
        let s = if s.starts_with("__") && !s.ends_with("__") && !stripped.is_empty() {
            mangled = format!("_{stripped}{s}");
            mangled.as_str()
        } else {
            s
        };
        // The implicit `__doc__ = None` of a class without a docstring is no class
        // variable of the user's (CPython only sets it when there is a docstring).
        let found = t.dict.borrow().get_str(s);
        if found.is_some_and(|v| !(s == "__doc__" && v.is_none())) {
            return Err(vm.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
        }
        names.push(Rc::from(s));
    }
    let bases = t.bases.borrow().clone();
    let base_dict = bases
        .iter()
        .any(|b| ty(b).heap && ty(b).instance_dict.get())
        || bases
            .iter()
            .any(|b| !ty(b).heap && ty(b).layout == Layout::Exception);
    // Each own slot is a member descriptor in the class (`P.x`).
    for n in &names {
        let m = vm.new_member(n, cls);
        let k = vm.intern(n);
        t.dict.borrow_mut().set_str(k, m);
    }
    for b in &bases {
        names.extend(ty(b).slots.borrow().iter().cloned());
    }
    t.instance_dict.set(wants_dict || base_dict);
    *t.slots.borrow_mut() = names;
    Ok(())
}

pub fn type_new(vm: &mut Vm, meta: &ObjRef, args: Args) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = args.pos[0].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&args.pos[0])
        )));
    };
    let given = vm.iterate(&args.pos[1])?;
    for b in &given {
        if !matches!(b.payload(), Some(Payload::Type(_)))
            && vm.get_attr_str(b, "__mro_entries__").is_ok()
        {
            return Err(
                vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()")
            );
        }
    }
    // CPython's _PyType_CalculateMetaclass: a base whose metaclass is unrelated conflicts.
    let mut winner = meta.clone();
    for b in &given {
        let bm = vm.type_of(b).clone();
        if typeobj::is_subtype(&winner, &bm) {
            continue;
        }
        if typeobj::is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    // A more derived metaclass among the bases makes the class (its own __new__ if any).
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(new) = typeobj::user_defines(&winner, "__new__") {
            let new = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut a = args;
            a.pos.insert(0, Value::Obj(winner));
            return vm.call(&new, a);
        }
    }
    let meta = &winner;
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in given {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let layout = typeobj::solid_layout(&bases).map_err(|m| vm.type_error(m))?;
    let cls = typeobj::new_type(meta, &name, bases, layout, true);
    let mro = typeobj::compute_mro(&cls).map_err(|m| vm.type_error(m))?;
    *ty(&cls).mro.borrow_mut() = mro;
    typeobj::inherit_collection_flags(&cls);
    let entries: Vec<(Value, Value)> = match args.pos[2].payload() {
        Some(Payload::Dict(d)) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(&args.pos[2])
            )))
        }
    };
    for (k, v) in entries {
        let Some(ks) = k.as_str() else { continue };
        let ks = ks.as_str().to_string();
        if ks == "__qualname__" {
            if let Some(q) = v.as_str() {
                *ty(&cls).qualname.borrow_mut() = Rc::from(q.as_str());
            }
            continue;
        }
        if ks == "__classcell__" {
            continue;
        }
        // Plain functions named __init_subclass__/__class_getitem__ are implicit classmethods.
        let v = if matches!(ks.as_str(), "__init_subclass__" | "__class_getitem__")
            && matches!(v.payload(), Some(Payload::Function(_)))
        {
            vm.alloc(&vm.types.classmethod.clone(), Payload::ClassMethod(v))
        } else if ks == "__new__" && matches!(v.payload(), Some(Payload::Function(_))) {
            vm.alloc(&vm.types.staticmethod.clone(), Payload::StaticMethod(v))
        } else {
            v
        };
        if ks == "__del__" {
            crate::memory::del::DEL_SEEN.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        ty(&cls).dict.borrow_mut().set_str(k, v);
    }
    // A class without a docstring has __doc__ = None in its namespace, as CPython.
    if ty(&cls).dict.borrow().get_str("__doc__").is_none() {
        let k = vm.intern("__doc__");
        ty(&cls).dict.borrow_mut().set_str(k, Value::None);
    }
    // type(name, bases, ns) without __module__: the caller's module, as CPython.
    if ty(&cls).dict.borrow().get_str("__module__").is_none() {
        let module = vm.frames.last().and_then(|f| match &f.globals.payload {
            Payload::Dict(d) => d.borrow().get_str("__name__"),
            _ => None,
        });
        if let Some(m) = module {
            let k = vm.intern("__module__");
            ty(&cls).dict.borrow_mut().set_str(k, m);
        }
    }
    apply_slots(vm, &cls)?;
    // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
    {
        let d = &ty(&cls).dict;
        if d.borrow().get_str("__eq__").is_some() && d.borrow().get_str("__hash__").is_none() {
            let k = vm.intern("__hash__");
            d.borrow_mut().set_str(k, Value::None);
        }
    }
    // __set_name__ and __init_subclass__ hooks.
    let items: Vec<(Value, Value)> = ty(&cls)
        .dict
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        if let Some(Payload::Instance) = v.payload() {
            if let Some(sn) = typeobj::lookup(vm.type_of(&v), "__set_name__") {
                vm.call(&sn, Args::new([v.clone(), Value::Obj(cls.clone()), k]))?;
            }
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs): the first definition after cls in its MRO.
    let hook = ty(&cls)
        .mro
        .borrow()
        .iter()
        .skip(1)
        .find_map(|m| ty(m).dict.borrow().get_str("__init_subclass__"));
    if let Some(Payload::ClassMethod(f)) = hook.as_ref().and_then(|h| h.payload()) {
        let mut a = Args {
            pos: Default::default(),
            kw: args.kw,
        };
        a.pos.push(Value::Obj(cls.clone()));
        vm.call(&f.clone(), a)?;
    }
    Ok(Value::Obj(cls))
}

impl Vm {
    pub fn new_instance_plain(&self, cls: &ObjRef) -> Value {
        self.alloc(cls, Payload::Instance)
    }
}

/// Keyword arguments an exception class accepts (ImportError's name= and path=).
pub fn exception_keywords(
    vm: &mut Vm,
    cls: &ObjRef,
    e: &Value,
    kw: &[(Rc<str>, Value)],
) -> PyResult<()> {
    // The keyword attributes each class takes (CPython's ImportError, AttributeError,
    // NameError), all None unless given.
    let allowed: &[&str] = if typeobj::is_subtype(cls, &vm.exc.import_error.clone()) {
        &["name", "path"]
    } else if typeobj::is_subtype(cls, &vm.exc.attribute_error.clone()) {
        &["name", "obj"]
    } else if typeobj::is_subtype(cls, &vm.exc.name_error.clone()) {
        &["name"]
    } else {
        &[]
    };
    let cname = ty(cls).name();
    if allowed.is_empty() {
        if kw.is_empty() {
            return Ok(());
        }
        return Err(vm.type_error(format!("{cname}() takes no keyword arguments")));
    }
    let mut attrs: Vec<(&str, Value)> = allowed.iter().map(|a| (*a, Value::None)).collect();
    for (k, v) in kw {
        match attrs.iter_mut().find(|(a, _)| **a == **k) {
            Some(slot) => slot.1 = v.clone(),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {cname}()"
                )))
            }
        }
    }
    if typeobj::is_subtype(cls, &vm.exc.import_error.clone()) {
        // ImportError.msg: the message when given alone.
        let a = crate::objects::exception::args_of(e);
        attrs.push((
            "msg",
            if a.len() == 1 {
                a[0].clone()
            } else {
                Value::None
            },
        ));
    }
    for (k, v) in attrs {
        let key = vm.intern(k);
        if let Value::Obj(o) = e {
            if let Some(d) = o.attrs() {
                // Set by an earlier step (e.g. no_attribute) wins over the default None.
                let mut d = d.borrow_mut();
                if v.is_none() && d.get_str(k).is_some() {
                    continue;
                }
                d.set_str(key, v);
            }
        }
    }
    Ok(())
}

/// `PyObject_LengthHint` as list()/tuple() call it before iterating: a user `__len__`
/// (or `__length_hint__`) runs; a TypeError from it is ignored, other errors propagate.
pub(crate) fn length_hint(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let Value::Obj(o) = v else {
        return Ok(());
    };
    if !ty(&o.class).heap {
        return Ok(());
    }
    let hook = typeobj::user_defines(&o.class, "__len__")
        .or_else(|| typeobj::user_defines(&o.class, "__length_hint__"));
    if let Some(f) = hook {
        if let Err(e) = vm.call1(&f, v.clone()) {
            if !vm.is_instance_of(&e, &vm.exc.type_error.clone()) {
                return Err(e);
            }
        }
    }
    Ok(())
}
