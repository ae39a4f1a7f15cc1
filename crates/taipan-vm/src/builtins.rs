//! The builtins module: builtin functions and the type constructors (`int(...)`, `list(...)`
//! ...); `__build_class__` and class instantiation are in builtins/classes.rs.

use crate::objects::iter::IterState;
use crate::objects::typeobj::{self, ty};
use crate::objects::{float, format, int};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Num, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

mod classes;
pub use classes::build_class;

fn set_builtin(vm: &mut Vm, name: &str, v: Value) {
    let key = vm.intern(name);
    if let Payload::Dict(d) = &vm.builtins_dict.payload {
        d.borrow_mut().set_str(key, v);
    }
}

pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, crate::vm::NativeFn)] = &[
        ("print", print),
        ("open", crate::objects::file_open::open),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("hash", hash),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("id", id),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("max", max),
        ("min", min),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("round", round),
        ("pow", pow),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("input", input),
        ("vars", crate::namespaces::vars),
        ("globals", crate::namespaces::globals),
        ("locals", crate::namespaces::locals),
        ("format", format_fn),
        ("dir", dir),
        ("__build_class__", build_class),
        ("__import__", import_fn),
        ("exit", exit),
        ("quit", exit),
        ("eval", crate::exec::eval),
        ("exec", crate::exec::exec),
        ("compile", crate::exec::compile),
    ];
    for (name, f) in fns {
        let b = vm.new_builtin(name, *f);
        set_builtin(vm, name, b);
    }
    let t = &vm.types;
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("complex", t.complex.clone()),
    ];
    for (name, cls) in types {
        set_builtin(vm, name, Value::Obj(cls));
    }
    for (name, cls) in vm.exc.all() {
        set_builtin(vm, name, Value::Obj(cls));
    }
    for alias in ["EnvironmentError", "IOError"] {
        set_builtin(vm, alias, Value::Obj(vm.exc.os_error.clone()));
    }
    set_builtin(vm, "None", Value::None);
    set_builtin(vm, "True", Value::Bool(true));
    set_builtin(vm, "False", Value::Bool(false));
    set_builtin(vm, "NotImplemented", Value::NotImplemented);
    set_builtin(vm, "Ellipsis", Value::Ellipsis);
    let n = vm.new_str("builtins");
    set_builtin(vm, "__name__", n);
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep = args.take_kw("sep").filter(|v| !v.is_none());
    let end = args.take_kw("end").filter(|v| !v.is_none());
    let file = args.take_kw("file").filter(|v| !v.is_none());
    let flush = args.take_kw("flush");
    args.invalid_kw(vm, "print")?;
    let sep = match sep {
        Some(s) => match s.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(&s)
                )))
            }
        },
        None => " ".into(),
    };
    let end = match end {
        Some(s) => match s.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(&s)
                )))
            }
        },
        None => "\n".into(),
    };
    // The stream: `file`, else sys.stdout (a program may replace it); None prints nothing.
    let file = match file {
        Some(f) => f,
        None => match vm.sys_attr("stdout") {
            Some(f) if !f.is_none() => f,
            Some(_) => return Ok(Value::None),
            None => return Err(vm.runtime_error("lost sys.stdout")),
        },
    };
    let flush = match flush {
        Some(fl) => vm.truthy(&fl)?,
        None => false,
    };
    if vm.sys_attr("__stdout__").is_some_and(|o| o.is(&file)) {
        // The process's own stdout: one buffered write.
        let mut out = String::new();
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_of(a)?);
        }
        out.push_str(&end);
        vm.write_stdout(&out);
        if flush {
            vm.out.flush();
        }
        return Ok(Value::None);
    }
    // Any other stream: one write() per piece, as CPython's print makes them.
    let write = |vm: &mut Vm, text: String| -> PyResult<()> {
        let w = vm.get_attr_str(&file, "write")?;
        let s = vm.new_str(text);
        vm.call1(&w, s)?;
        Ok(())
    };
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            write(vm, sep.clone())?;
        }
        let text = vm.str_of(a)?;
        write(vm, text)?;
    }
    write(vm, end)?;
    if flush {
        let f2 = vm.get_attr_str(&file, "flush")?;
        vm.call0(&f2)?;
    }
    Ok(Value::None)
}

pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if ty(&o.class).heap {
            if let Some(f) = typeobj::user_defines(&o.class, "__len__") {
                let r = vm.call1(&f, v.clone())?;
                // A huge int is an OverflowError here (IndexError elsewhere).
                if int::is_int(&r) && int::as_i64(&r).is_none() {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
                let n = vm.index_of(&r)?;
                if n < 0 {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                return Ok(n as usize);
            }
        }
    }
    if let Some(n) = len_native(vm, v)? {
        return Ok(n);
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

/// The length of a builtin container's own storage (a subclass's `__len__` is not
/// consulted), or None for objects without one.
pub fn len_native(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if let Value::Obj(o) = v {
        let n = match &o.payload {
            Payload::Str(s) => Some(s.char_len()),
            Payload::List(l) => Some(l.borrow().len()),
            Payload::Tuple(t) => Some(t.len()),
            Payload::Dict(d) => Some(d.borrow().len()),
            Payload::Set(s) => Some(s.borrow().len()),
            Payload::FrozenSet(s) => Some(s.len()),
            Payload::Bytes(b) => Some(b.len()),
            Payload::ByteArray(a) => Some(a.data.borrow().len()),
            Payload::MemoryView(_) => Some(crate::objects::memoryview::len(vm, v)?),
            Payload::Range { start, stop, step } => {
                let n = crate::objects::range::range_len(*start, *stop, *step);
                if i64::try_from(n).is_err() {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                }
                Some(n)
            }
            Payload::BigRange(r) => match num_traits::ToPrimitive::to_i64(&r.len()) {
                Some(n) => Some(n as usize),
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            },
            _ => crate::objects::dict_ops::view_parts(v).and_then(|(d, _)| match d.payload() {
                Some(Payload::Dict(d)) => Some(d.borrow().len()),
                _ => None,
            }),
        };
        return Ok(n);
    }
    Ok(None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "len")?;
    Ok(Value::Int(len_of(vm, &args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "repr")?;
    let s = vm.repr(&args.pos[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "ascii")?;
    let s = vm.ascii(&args.pos[0])?;
    Ok(vm.new_str(s))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "abs")?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    // An int or float subclass may override __abs__.
    if let Value::Obj(o) = v {
        if let Some(f) = typeobj::user_defines(&o.class, "__abs__") {
            return vm.call1(&f, v.clone());
        }
    }
    if let Some(b) = int::as_bigint(v) {
        return Ok(vm.new_int(b.abs()));
    }
    if let Some(f) = float::as_f64_num(v) {
        return Ok(vm.new_float(f.abs()));
    }
    if let Some((re, im)) = crate::objects::complex::as_complex(v) {
        return crate::objects::complex::complex_abs(vm, re, im);
    }
    if let Value::Obj(o) = v {
        if let Some(f) = typeobj::user_defines(&o.class, "__abs__") {
            return vm.call1(&f, v.clone());
        }
    }
    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
}

fn all(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "all")?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "any")?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "callable")?;
    Ok(Value::Bool(vm.is_callable(&args.pos[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::BoundMethod { .. }
                | Payload::Type(_),
            ) => true,
            Some(_) => typeobj::lookup(self.type_of(v), "__call__").is_some(),
            None => false,
        }
    }
}

/// chr's argument is a C int: anything beyond 32 bits is CPython's OverflowError.
fn chr_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = int::clamped_arg(vm, v)?;
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(i)
}

fn chr(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "chr")?;
    let i = chr_int_arg(vm, &args.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "ord")?;
    let v = &args.pos[0];
    if let Some(s) = v.as_str() {
        if s.char_len() == 1 {
            return Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        )));
    }
    if matches!(v.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        let b = crate::objects::bytes::buffer(v)
            .map(|b| b.to_vec())
            .unwrap_or_default();
        if b.len() == 1 {
            return Ok(Value::Int(i64::from(b[0])));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    // divmod(a, b): __divmod__ / __rdivmod__ for user classes, else the numbers' own.
    for (x, y, name) in [(&a, &b, "__divmod__"), (&b, &a, "__rdivmod__")] {
        if let Some(f) = typeobj::user_defines(vm.type_of(x), name) {
            let r = vm.call(&f, Args::new([x.clone(), y.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let numeric = |v: &Value| int::is_int(v) || float::is_float(v);
    if !numeric(&a) || !numeric(&b) {
        let (ta, tb) = (vm.type_name(&a), vm.type_name(&b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    // float.__divmod__ names itself in its error; // and % name themselves.
    if (float::is_float(&a) || float::is_float(&b)) && float::as_f64_num(&b) == Some(0.0) {
        return Err(vm.zero_division("float divmod()"));
    }
    let q = vm.binary_op(
        a.clone(),
        b.clone(),
        taipan_bytecode::BinOp::FloorDivide as u32,
    )?;
    let r = vm.binary_op(a, b, taipan_bytecode::BinOp::Remainder as u32)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(vm.intern(s.as_str())),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    if args.len() == 2 {
        return vm.get_attr(&args.pos[0], &name);
    }
    Ok(vm
        .lookup_attr(&args.pos[0], &name)?
        .unwrap_or_else(|| args.pos[2].clone()))
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.lookup_attr(&args.pos[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "hash")?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn radix(vm: &mut Vm, args: Args, name: &str, spec: &str) -> PyResult {
    args.one_arg(vm, name)?;
    let i = vm
        .index_of(&args.pos[0])
        .or_else(|_| match int::as_bigint(&args.pos[0]) {
            Some(_) => Ok(0),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[0])
            ))),
        })?;
    let b = int::as_bigint(&args.pos[0]).unwrap_or_else(|| BigInt::from(i));
    let s = format::format_int(&b, spec).map_err(|m| crate::objects::percent::spec_error(vm, m))?;
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "hex", "#x")
}
fn oct(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "oct", "#o")
}
fn bin(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "bin", "#b")
}

fn id(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "id")?;
    Ok(Value::Int(args.pos[0].id()))
}

/// isinstance/issubclass against `cls_v`: a class, a tuple of them (recursively), or
/// anything whose type defines `hook` (`__instancecheck__`/`__subclasscheck__`, e.g. a
/// metaclass), which then decides.
fn class_matches(
    vm: &mut Vm,
    cls_v: &Value,
    subject: &Value,
    hook: &str,
    check: &dyn Fn(&Vm, &ObjRef) -> bool,
    fname: &str,
) -> PyResult<bool> {
    if let Some(Payload::GenericAlias { .. }) = cls_v.payload() {
        return Err(vm.type_error(format!(
            "{fname}() argument 2 cannot be a parameterized generic"
        )));
    }
    if let Some(Payload::Tuple(items) | Payload::Union(items)) = cls_v.payload() {
        let items = items.clone();
        for it in items.iter() {
            if class_matches(vm, it, subject, hook, check, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = vm.type_of(cls_v).clone();
    if ty(&meta).heap {
        if let Some(h) = typeobj::lookup(&meta, hook) {
            let r = vm.call(&h, Args::new([cls_v.clone(), subject.clone()]))?;
            return vm.truthy(&r);
        }
    }
    match cls_v.payload() {
        Some(Payload::Type(_)) => Ok(check(vm, cls_v.obj().expect("type"))),
        _ => Err(vm.type_error(if fname == "issubclass" {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
        } else {
            format!("{fname}() arg 2 must be a type, a tuple of types, or a union")
        })),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "isinstance", 2, 2)?;
    let r = object_isinstance(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::Bool(r))
}

/// `isinstance(inst, cls)` (CPython's PyObject_IsInstance): a metaclass's
/// `__instancecheck__` decides, except for an exact type match.
pub fn object_isinstance(vm: &mut Vm, inst: &Value, cls_v: &Value) -> PyResult<bool> {
    let cls = vm.type_of(inst).clone();
    // The exact type needs no hook (as CPython).
    if cls_v.obj().is_some_and(|c| Rc::ptr_eq(c, &cls)) {
        return Ok(true);
    }
    // A class that overrides `__class__` (a proxy) is also an instance of what that
    // reports, as in CPython's object_isinstance.
    let mut claimed = None;
    if ty(&cls).heap && typeobj::user_defines(&cls, "__class__").is_some() {
        let k = vm.intern("__class__");
        if let Ok(Value::Obj(c)) = vm.get_attr(inst, &k) {
            if c.type_payload().is_some() {
                claimed = Some(c);
            }
        }
    }
    class_matches(
        vm,
        cls_v,
        inst,
        "__instancecheck__",
        &|_, c| {
            typeobj::is_subtype(&cls, c)
                || claimed.as_ref().is_some_and(|k| typeobj::is_subtype(k, c))
        },
        "isinstance",
    )
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "issubclass", 2, 2)?;
    let r = object_issubclass(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::Bool(r))
}

/// `issubclass(derived, cls)` (CPython's PyObject_IsSubclass), honouring a metaclass's
/// `__subclasscheck__`.
pub fn object_issubclass(vm: &mut Vm, derived: &Value, cls_v: &Value) -> PyResult<bool> {
    let c = derived
        .obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned();
    let meta = vm.type_of(cls_v).clone();
    let hooked = ty(&meta).heap && typeobj::lookup(&meta, "__subclasscheck__").is_some();
    let Some(c) = c.or_else(|| hooked.then(|| vm.types.object.clone())) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    class_matches(
        vm,
        cls_v,
        derived,
        "__subclasscheck__",
        &|_, t| typeobj::is_subtype(&c, t),
        "issubclass",
    )
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "iter", 1, 2)?;
    if args.len() == 2 {
        let ok = callable(vm, Args::new([args.pos[0].clone()]))?;
        if !matches!(ok, Value::Bool(true)) {
            return Err(vm.type_error("iter(object, sentinel): object must be callable"));
        }
        let st = IterState::Callable {
            f: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        };
        return Ok(make_iter(vm, st));
    }
    vm.get_iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "next", 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it.payload() {
        Some(Payload::Generator(g)) => {
            g.borrow().kind == crate::objects::generator::GenKind::Generator
        }
        Some(Payload::Iter(_)) => true,
        Some(_) => typeobj::lookup(vm.type_of(it), "__next__").is_some(),
        None => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        return match vm.resume_generator(it, Value::None, None)? {
            crate::interp::Exit::Yield(v) => Ok(v),
            crate::interp::Exit::Return(v) => {
                if args.len() == 2 {
                    return Ok(args.pos[1].clone());
                }
                let e = if v.is_none() {
                    vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])
                } else {
                    vm.stop_iteration(v)
                };
                Err(e)
            }
        };
    }
    // Iterators defined by a `__next__` (user classes, awaitables): their StopIteration,
    // with its value, propagates as it is.
    if !matches!(it.payload(), Some(Payload::Iter(_))) {
        let f = typeobj::lookup(vm.type_of(it), "__next__").expect("checked above");
        return match vm.call1(&f, it.clone()) {
            Err(e) if args.len() == 2 && vm.is_instance_of(&e, &vm.exc.stop_iteration.clone()) => {
                Ok(args.pos[1].clone())
            }
            r => r,
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(args.pos[1].clone()),
        None => Err(vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: taipan_bytecode::CmpOp) -> PyResult {
    if args.is_empty() {
        args.check_positional(vm, name, 1, usize::MAX)?;
    }
    let (default, key) = if args.kw.is_empty() {
        (None, None)
    } else {
        let mut kw = Args {
            kw: std::mem::take(&mut args.kw),
            ..Args::default()
        };
        let mut slots = kw.bind(vm, name, &["key", "default"], 0)?;
        let default = slots[1].take();
        (default, slots[0].take().filter(|k| !k.is_none()))
    };
    let items = match args.len() {
        0 => unreachable!("checked above"),
        1 => vm.iterate(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call1(f, it.clone())?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let better = match (&k, &bk) {
                    (Value::Int(a), Value::Int(b)) => match op {
                        taipan_bytecode::CmpOp::Lt => a < b,
                        _ => a > b,
                    },
                    _ => {
                        let r = vm.compare(&k, &bk, op)?;
                        vm.truthy(&r)?
                    }
                };
                if better {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", taipan_bytecode::CmpOp::Gt)
}
fn min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", taipan_bytecode::CmpOp::Lt)
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(vm, "sum", &["", "start"], 1)?;
    let mut acc = slots[1].clone().unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Payload::Bytes(_)) = acc.payload() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if let Some(Payload::ByteArray(_)) = acc.payload() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args.pos[0])?;
    // Floats are summed with compensation as CPython 3.12 does (Neumaier).
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = vm.next(&it)? {
        if let (Value::Float(a), Some(b)) = (
            &acc,
            float::as_f64_num(&x).filter(|_| matches!(x, Value::Float(_) | Value::Int(_))),
        ) {
            let (s, c) = fsum.unwrap_or((*a, 0.0));
            let t = s + b;
            let c = if s.abs() >= b.abs() {
                c + ((s - t) + b)
            } else {
                c + ((b - t) + s)
            };
            fsum = Some((t, c));
            acc = vm.new_float(t);
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            acc = vm.new_float(if c.is_finite() && c != 0.0 { s + c } else { s });
        }
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(acc, x, 0)?,
        };
    }
    if let Some((s, c)) = fsum {
        acc = vm.new_float(if c.is_finite() && c != 0.0 { s + c } else { s });
    }
    Ok(acc)
}

pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call1(k, it.clone())?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err: Option<Value> = None;
    // Stable merge sort that calls `<` like CPython; errors stop further comparisons.
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        if let Some(lt) = crate::objects::dict::fast_lt(&keys[*b], &keys[*a]) {
            return lt;
        }
        match vm
            .compare(&keys[*b], &keys[*a], taipan_bytecode::CmpOp::Lt)
            .and_then(|r| vm.truthy(&r))
        {
            Ok(lt) => lt,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// `less(a, b)` = b < a is false... precisely: returns true when `b` must come before `a`.
fn merge_sort(v: &mut Vec<usize>, before: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mut buf = v.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                if before(&v[l], &v[r]) {
                    buf[k] = v[r];
                    r += 1;
                } else {
                    buf[k] = v[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = v[l];
                l += 1;
                k += 1;
            }
            while r < hi {
                buf[k] = v[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult {
    args.check_positional(vm, "sorted", 1, 1)?;
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    args.invalid_kw(vm, "sort")?;
    crate::constructors::length_hint(vm, &args.pos[0])?;
    let mut items = vm.iterate(&args.pos[0])?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(vm.new_list(items))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "reversed", 1, 1)?;
    let v = args.pos[0].clone();
    if let Value::Obj(o) = &v {
        if let Some(f) = typeobj::user_defines(&o.class, "__reversed__") {
            if f.is_none() {
                return Err(vm.type_error(format!(
                    "'{}' object is not reversible",
                    vm.type_name(&args.pos[0])
                )));
            }
            return vm.call1(&f, v.clone());
        }
    }
    reversed_native(vm, &v)
}

/// `reversed(v)` by `v`'s builtin storage or its sequence protocol, ignoring a
/// subclass's `__reversed__` (what `list.__reversed__` does).
pub fn reversed_native(vm: &mut Vm, v: &Value) -> PyResult {
    let v = v.clone();
    if let Value::Obj(o) = &v {
        let n = match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Range { .. }
            | Payload::BigRange(_)
            | Payload::Bytes(_) => Some(len_of(vm, &v)?),
            Payload::Dict(_) | Payload::DictView { .. } => {
                let mut keys = vm.iterate(&v)?;
                keys.reverse();
                let l = vm.new_list(keys);
                return vm.get_iter(&l);
            }
            // Any __getitem__ makes it a sequence; len() then decides (and may fail).
            _ if typeobj::lookup(&o.class, "__getitem__").is_some() => Some(len_of(vm, &v)?),
            _ => None,
        };
        if let Some(n) = n {
            let st = IterState::Reversed {
                seq: v.clone(),
                idx: n as isize - 1,
            };
            return Ok(make_iter(vm, st));
        }
    }
    Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&v))))
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult {
    let mut slots = args.bind(vm, "round", &["number", "ndigits"], 1)?;
    let nd = slots[1].take().filter(|v| !v.is_none());
    let v = slots[0].take().expect("required");
    if let Value::Obj(o) = &v {
        if let Some(f) = typeobj::user_defines(&o.class, "__round__") {
            let mut a = Args::new([v.clone()]);
            if let Some(n) = nd {
                a.pos.push(n);
            }
            return vm.call(&f, a);
        }
    }
    if int::is_int(&v) {
        let Some(n) = nd else {
            return Ok(vm.new_int(int::as_bigint(&v).unwrap_or_default()));
        };
        let n = int::clamped_arg(vm, &n)?;
        if n >= 0 {
            return Ok(vm.new_int(int::as_bigint(&v).unwrap_or_default()));
        }
        let b = int::as_bigint(&v).unwrap_or_default();
        // 10**k > 2*|b| once k exceeds b's bit length, and then the result is 0: say so
        // rather than building an enormous power of ten.
        let k = n.unsigned_abs();
        if k > b.bits() + 1 {
            return Ok(Value::Int(0));
        }
        let p = num_traits::pow(BigInt::from(10), k as usize);
        let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return Ok(vm.new_int(q * p));
    }
    let Some(f) = float::as_f64_num(&v) else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&v)
        )));
    };
    match nd {
        None => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            Ok(vm.new_int(num_traits::FromPrimitive::from_f64(r).unwrap_or(BigInt::zero())))
        }
        Some(n) => {
            let n = int::clamped_arg(vm, &n)?;
            let r = format::round_float(f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(vm.new_float(r))
        }
    }
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult {
    let mut slots = args.bind(vm, "pow", &["base", "exp", "mod"], 2)?;
    let base = slots[0].take().expect("required");
    let exp = slots[1].take().expect("required");
    match slots[2].take().filter(|v| !v.is_none()) {
        None => vm.binary_op(base, exp, taipan_bytecode::BinOp::Power as u32),
        Some(m) => {
            let (Some(b), Some(e), Some(mm)) = (
                int::as_bigint(&base),
                int::as_bigint(&exp),
                int::as_bigint(&m),
            ) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            crate::objects::int_ops::pow_mod(vm, &b, &e, &mm)
        }
    }
}

fn make_iter(vm: &mut Vm, st: IterState) -> Value {
    let cls = vm.iter_class(&st);
    vm.alloc(&cls, Payload::Iter(Box::new(RefCell::new(st))))
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult {
    // CPython's enumerate checks its arguments by hand (enum_vectorcall), so its
    // wording differs from Argument Clinic's.
    let total = args.len() + args.kw.len();
    if args.is_empty() && total != 1 && total != 2 {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if total > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        )));
    }
    // Keywords fill the parameters left after the positional ones, in order.
    let params = ["iterable", "start"];
    let mut slots: Vec<Option<Value>> = args.pos.iter().cloned().map(Some).collect();
    let mut by_name = [None, None];
    for (i, (k, v)) in args.kw.iter().enumerate() {
        let expected = if total == 2 && args.kw.len() == 2 && i == 0 && &**k == "start" {
            "start"
        } else if total == 2 && args.kw.len() == 2 && i == 1 && by_name[1].is_some() {
            "iterable"
        } else {
            params[args.len() + i]
        };
        if &**k != expected {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for enumerate()"
            )));
        }
        by_name[if expected == "start" { 1 } else { 0 }] = Some(v.clone());
    }
    slots.resize(2, None);
    for (slot, v) in slots.iter_mut().zip(by_name) {
        if v.is_some() {
            *slot = v;
        }
    }
    let it = vm.get_iter(&slots[0].take().expect("iterable is given"))?;
    let mut n = slots[1].take().unwrap_or(Value::Int(0));
    if !int::is_int(&n) {
        n = Value::Int(vm.index_of(&n)?);
    }
    Ok(make_iter(vm, IterState::Enumerate { it, n, last: None }))
}

fn zip(vm: &mut Vm, mut args: Args) -> PyResult {
    let mut kw = Args {
        kw: std::mem::take(&mut args.kw),
        ..Args::default()
    };
    let strict = match kw.bind(vm, "zip", &["strict"], 0)?.pop().flatten() {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in args.pos.iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(make_iter(
        vm,
        IterState::Zip {
            its: its.into(),
            strict,
            last: None,
        },
    ))
}

fn map(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "map")?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in args.pos[1..].iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(make_iter(
        vm,
        IterState::Map {
            f: args.pos[0].clone(),
            its: its.into(),
        },
    ))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "filter", 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    Ok(make_iter(
        vm,
        IterState::Filter {
            f: args.pos[0].clone(),
            it,
        },
    ))
}

fn input(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "input", 0, 1)?;
    let stdin = match vm.sys_attr("stdin") {
        Some(s) if !s.is_none() => s,
        _ => return Err(vm.runtime_error("input(): lost sys.stdin")),
    };
    if let Some(p) = args.pos.first() {
        let s = vm.str_of(p)?;
        match vm.sys_attr("stdout") {
            Some(out) if vm.sys_attr("__stdout__").is_some_and(|o| o.is(&out)) => {
                vm.write_stdout(&s)
            }
            Some(out) if !out.is_none() => {
                let w = vm.get_attr_str(&out, "write")?;
                let s = vm.new_str(s);
                vm.call1(&w, s)?;
            }
            _ => return Err(vm.runtime_error("input(): lost sys.stdout")),
        }
    }
    vm.out.flush();
    // As CPython without a terminal: sys.stdin.readline(), less the line end.
    let readline = vm.get_attr_str(&stdin, "readline")?;
    let line = vm.call0(&readline)?;
    let Some(text) = line.as_str() else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    let text = text.as_str();
    if text.is_empty() {
        return Err(vm.new_exception(&vm.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let text = text.strip_suffix('\n').unwrap_or(text).to_string();
    Ok(vm.new_str(text))
}

fn format_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "format", 1, 2)?;
    let spec = args
        .pos
        .get(1)
        .and_then(|s| s.as_str())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let s = vm.format(&args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn dir(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.pos.first() {
        None => {
            let names = crate::namespaces::dir_locals(vm)?;
            return Ok(vm.new_list(names));
        }
        Some(v) => {
            // A class's own __dir__ (or its metaclass's, for a class) decides.
            let cls = vm.type_of(v).clone();
            if ty(&cls).heap {
                if let Some(f) = typeobj::user_defines(&cls, "__dir__") {
                    let r = vm.call1(&f, v.clone())?;
                    let mut items = vm.iterate(&r)?;
                    sort_values(vm, &mut items, None, false)?;
                    return Ok(vm.new_list(items));
                }
            }
            if let Some(Value::Obj(o)) = Some(v.clone()) {
                if let Some(d) = o.attrs() {
                    names.extend(
                        d.borrow()
                            .iter()
                            .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string())),
                    );
                }
                if let Payload::Module(m) = &o.payload {
                    // PEP 562: a module's own __dir__ function answers, sorted by dir().
                    let hook = match &m.dict.payload {
                        Payload::Dict(d) => d.borrow().get_str("__dir__"),
                        _ => None,
                    };
                    if let Some(hook) = hook {
                        let r = vm.call(&hook, Args::default())?;
                        let items = vm.iterate(&r)?;
                        let l = vm.new_list(items);
                        let sort = vm.get_attr_str(&l, "sort")?;
                        vm.call(&sort, Args::default())?;
                        return Ok(l);
                    }
                    // dir(module) is the sorted keys of its namespace only.
                    if let Payload::Dict(d) = &m.dict.payload {
                        names.extend(
                            d.borrow()
                                .iter()
                                .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string())),
                        );
                    }
                    names.sort();
                    names.dedup();
                    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
                    return Ok(vm.new_list(items));
                }
            }
            let cls = match v.payload() {
                Some(Payload::Type(_)) => v.obj().cloned().expect("type"),
                _ => vm.type_of(v).clone(),
            };
            for m in ty(&cls).mro.borrow().iter() {
                names.extend(
                    ty(m)
                        .dict
                        .borrow()
                        .iter()
                        .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string())),
                );
            }
            names.extend(implicit_dir_names(vm, &cls).into_iter().map(String::from));
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// The descriptors CPython keeps in class dicts that Taipan computes instead: object's
/// `__class__` and `__doc__`, the `__dict__` and `__weakref__` of a class without
/// `__slots__`, and the data attributes of BaseException and the numbers, range and slice.
fn implicit_dir_names(vm: &Vm, cls: &crate::value::ObjRef) -> Vec<&'static str> {
    let mut extra = vec!["__class__", "__doc__"];
    for m in ty(cls).mro.borrow().iter() {
        let t = ty(m);
        if t.heap && t.dict.borrow().get_str("__slots__").is_none() {
            extra.extend(["__dict__", "__weakref__"]);
        }
        let t_ = &vm.types;
        if std::rc::Rc::ptr_eq(m, &t_.int) {
            extra.extend(["real", "imag", "numerator", "denominator"]);
        }
        if std::rc::Rc::ptr_eq(m, &t_.float) || std::rc::Rc::ptr_eq(m, &t_.complex) {
            extra.extend(["real", "imag"]);
        }
        if std::rc::Rc::ptr_eq(m, &t_.range) || std::rc::Rc::ptr_eq(m, &t_.slice) {
            extra.extend(["start", "stop", "step"]);
        }
        if std::rc::Rc::ptr_eq(m, &vm.exc.base_exception) {
            extra.extend([
                "__dict__",
                "__cause__",
                "__context__",
                "__suppress_context__",
                "__traceback__",
                "args",
            ]);
        }
    }
    extra
}

fn import_fn(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut slots = args.bind(vm, "__import__", &names, 1)?;
    let name = slots[0].take().expect("required");
    let fromlist = slots[3].take().unwrap_or(Value::None);
    let level = slots[4].take().unwrap_or(Value::Int(0));
    // Relative imports resolve against the globals passed (CPython's resolve_name).
    let globals = slots[1].take().filter(|g| !g.is_none());
    if matches!(level, Value::Int(l) if l > 0) && globals.is_none() {
        let k = vm.new_str("'__name__' not in globals");
        return Err(vm.new_exception_args(&vm.exc.key_error.clone(), vec![k]));
    }
    vm.import_name_in(&name, globals.as_ref(), &fromlist, &level)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let code = args.pos.first().cloned().unwrap_or(Value::None);
    let args = if code.is_none() { vec![] } else { vec![code] };
    Err(vm.new_exception_args(&vm.exc.system_exit.clone(), args))
}

/// Why `int(s, base)` failed.
pub enum ParseIntError {
    Invalid,
    /// More digits than sys.get_int_max_str_digits() allows (the count).
    TooLong(usize),
}

/// Parses an int literal string as `int(s, base)` does (Unicode decimal digits count as
/// their ASCII equivalents, as in CPython).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_opt(s, base, true)
}

fn parse_int_opt(s: &str, base: u32, limited: bool) -> Result<BigInt, ParseIntError> {
    let (neg, clean, base) = int_digits(s, base).ok_or(ParseIntError::Invalid)?;
    // Bases that are powers of two convert in linear time: CPython does not limit them.
    if limited && !base.is_power_of_two() {
        let max = crate::objects::int::max_str_digits();
        if max > 0 && clean.len() > max {
            return Err(ParseIntError::TooLong(clean.len()));
        }
    }
    let v = BigInt::from_str_radix(&clean, base).map_err(|_| ParseIntError::Invalid)?;
    Ok(if neg { -v } else { v })
}

/// The sign, digits (without underscores) and base of an int literal, if it is valid.
fn int_digits(s: &str, base: u32) -> Option<(bool, String, u32)> {
    let ascii: String = s
        .chars()
        .map(|c| crate::methods::unicode_digit(c).map_or(c, |d| (b'0' + d) as char))
        .collect();
    let t = ascii.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = match base {
        0 | 16 if lower.starts_with("0x") => (&t[2..], 16),
        0 | 8 if lower.starts_with("0o") => (&t[2..], 8),
        0 | 2 if lower.starts_with("0b") => (&t[2..], 2),
        0 => {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (t, 10)
        }
        b => (t, b),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || t.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    Some((neg, clean, base))
}

pub fn to_f64_checked(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    b.to_f64()
        .filter(|f| f.is_finite())
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}
