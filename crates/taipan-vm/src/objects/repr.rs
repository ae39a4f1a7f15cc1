//! repr() of the builtin types (containers recurse through `Vm::repr`).

use crate::objects::str::repr_str;
use crate::objects::typeobj::{self, ty};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(vm.repr(it)?);
    }
    Ok(parts.join(", "))
}

pub fn builtin_repr(vm: &mut Vm, v: &Value, o: &ObjRef) -> PyResult<String> {
    Ok(match &o.payload {
        Payload::Str(s) => repr_str(s.as_str()),
        Payload::Int(b) => match crate::objects::int::to_decimal(b) {
            Ok(s) => s,
            Err(m) => return Err(vm.value_error(m)),
        },
        Payload::Float(f) => crate::objects::format::float_repr(*f),
        Payload::Complex(re, im) => crate::objects::complex::complex_repr(*re, *im),
        Payload::Bytes(b) => bytes_repr(b),
        Payload::ByteArray(a) => {
            crate::objects::bytes::bytearray_repr(&ty(&o.class).name(), &a.data.borrow())
        }
        Payload::MemoryView(_) => crate::objects::memoryview::repr(v),
        Payload::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", join_reprs(vm, &items)?)
        }
        Payload::Tuple(t) => {
            let t = t.clone();
            if t.len() == 1 {
                format!("({},)", vm.repr(&t[0])?)
            } else {
                format!("({})", join_reprs(vm, &t)?)
            }
        }
        Payload::Dict(d) => {
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut parts = Vec::with_capacity(entries.len());
            for (k, val) in entries {
                parts.push(format!("{}: {}", vm.repr(&k)?, vm.repr(&val)?));
            }
            if crate::objects::getset::is_mappingproxy(&o.class) {
                format!("mappingproxy({{{}}})", parts.join(", "))
            } else {
                format!("{{{}}}", parts.join(", "))
            }
        }
        // As CPython's set_repr: `{1}` for a set, `Name({1})` for a frozenset or any
        // subclass, `Name()` when empty.
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let items: Vec<Value> = match &o.payload {
                Payload::Set(s) => s.borrow().iter().cloned().collect(),
                Payload::FrozenSet(s) => s.iter().cloned().collect(),
                _ => Vec::new(),
            };
            let name = ty(&o.class).name();
            if items.is_empty() {
                format!("{name}()")
            } else if &*name == "set" && !ty(&o.class).heap {
                format!("{{{}}}", join_reprs(vm, &items)?)
            } else {
                format!("{name}({{{}}})", join_reprs(vm, &items)?)
            }
        }
        Payload::Type(_) => typeobj::type_repr(o),
        Payload::Member { name, owner } => {
            let n = name
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            format!("<member '{n}' of '{}' objects>", ty(owner).name())
        }
        Payload::Union(items) => {
            let items = items.clone();
            vm.union_repr(&items)?
        }
        Payload::GenericAlias { origin, args } => {
            let (origin, args) = (origin.clone(), args.clone());
            vm.generic_alias_repr(&origin, &args)?
        }
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname
                .borrow()
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
            v.id()
        ),
        Payload::Builtin(b) => match &b.owner {
            // A native __new__ is a static method bound to its class.
            Some(cls) if b.name == "__new__" => format!(
                "<built-in method __new__ of type object at {:#x}>",
                Value::Obj(cls.clone()).id()
            ),
            Some(cls) => descriptor_repr(cls, b.name),
            None => format!("<built-in function {}>", b.name),
        },
        Payload::BoundMethod { func, this } => {
            let fname = match func.payload() {
                Some(Payload::Function(f)) => f
                    .qualname
                    .borrow()
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                Some(Payload::Builtin(b)) => b.name.to_string(),
                _ => String::new(),
            };
            if let Some(Payload::Builtin(b)) = func.payload() {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    vm.type_name(this),
                    this.id()
                )
            } else {
                format!("<bound method {} of {}>", fname, vm.repr(this)?)
            }
        }
        Payload::Module(m) => vm.module_repr(v, &m.name)?,
        Payload::Super { .. } => crate::constructors::super_repr(&o.payload),
        Payload::DictView { .. } => crate::objects::dict_ops::view_repr(vm, v)?,
        Payload::Exception(_) => {
            let mut args = crate::objects::exception::args_of(v);
            // OSError(errno, strerror, filename...) shows only (errno, strerror).
            if (3..=5).contains(&args.len()) && vm.is_instance_of(v, &vm.exc.os_error.clone()) {
                args.truncate(2);
            }
            let name = ty(&o.class).name();
            if args.len() == 1 {
                format!("{}({})", name, vm.repr(&args[0])?)
            } else {
                format!("{}({})", name, join_reprs(vm, &args)?)
            }
        }
        Payload::BigRange(r) => r.repr(),
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }
        }
        Payload::Slice { start, stop, step } => {
            format!(
                "slice({}, {}, {})",
                vm.repr(start)?,
                vm.repr(stop)?,
                vm.repr(step)?
            )
        }
        Payload::Generator(g) => {
            let q = g
                .borrow()
                .qualname
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            let kind = match g.borrow().kind {
                crate::objects::generator::GenKind::Generator => "generator",
                crate::objects::generator::GenKind::Coroutine => "coroutine",
                crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
            };
            format!("<{kind} object {} at {:#x}>", q, v.id())
        }
        Payload::Cell(_) => format!("<cell at {:#x}>", v.id()),
        Payload::Frame(_) => vm.frame_repr(v),
        Payload::File(f) => crate::objects::file_methods::file_repr(vm, f)?,
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.co.name,
            v.id(),
            c.co.filename,
            c.co.firstlineno
        ),
        // A native module's type with its own __repr__ (functools.partial, sys.stdout).
        Payload::Native(_) | Payload::Marker(_) => {
            let own = ty(&o.class).mro.borrow().iter().find_map(|c| {
                let t = ty(c);
                if t.heap || std::rc::Rc::ptr_eq(c, &vm.types.object) {
                    return None;
                }
                let f = t.dict.borrow().get_str("__repr__");
                f
            });
            match own {
                Some(f) => {
                    let r = vm.call1(&f, v.clone())?;
                    match r.as_str() {
                        Some(s) => s.as_str().to_string(),
                        None => {
                            return Err(vm.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                vm.type_name(&r)
                            )))
                        }
                    }
                }
                None => typeobj::instance_repr(&o.class, v.id()),
            }
        }
        Payload::Iter(_) => match crate::modules::itertools::repr(vm, o)? {
            Some(r) => r,
            None => typeobj::instance_repr(&o.class, v.id()),
        },
        _ => typeobj::instance_repr(&o.class, v.id()),
    })
}

pub fn bytes_repr(b: &[u8]) -> String {
    crate::objects::bytes::bytes_repr(b, false)
}

/// The special methods CPython implements as type slots: their unbound form is a
/// "slot wrapper" (the others are "method" descriptors).
const SLOT_DUNDERS: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__buffer__",
    "__call__",
    "__contains__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__release_buffer__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__ifloordiv__",
    "__ilshift__",
    "__imod__",
    "__ipow__",
    "__irshift__",
    "__itruediv__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__del__",
];

/// A builtin class's method taken from the class: `<slot wrapper '__add__' of 'int'
/// objects>`, `<method 'append' of 'list' objects>`.
fn descriptor_repr(cls: &ObjRef, name: &str) -> String {
    let t = typeobj::ty(cls);
    let owner = match t.tp_name.borrow().as_ref() {
        Some(n) => n.to_string(),
        None => typeobj::full_name(cls, false),
    };
    // These few are methods in CPython although they name slots (METH_COEXIST).
    let coexist = matches!(
        (owner.as_str(), name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    let kind = if SLOT_DUNDERS.contains(&name) && !coexist {
        "slot wrapper"
    } else {
        "method"
    };
    format!("<{kind} '{name}' of '{owner}' objects>")
}
