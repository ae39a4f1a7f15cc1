//! Introspection corners of the builtins: `type.__flags__`, the dict views' `.mapping`,
//! the builtin classes' own `__reduce__` (set, bytearray, exceptions...), and the builtins
//! `help`, `breakpoint` and `sys.breakpointhook` (the parts written in Python live in
//! lib/_taipan_builtins.py and lib/_taipan_reduce.py).

use crate::objects::typeobj::{self, Layout};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// CPython's Py_TPFLAGS_* bits that Python code tests.
const HEAPTYPE: i64 = 1 << 9;
const BASETYPE: i64 = 1 << 10;
const IMMUTABLETYPE: i64 = 1 << 8;
const READY: i64 = 1 << 12;
const HAVE_GC: i64 = 1 << 14;
const HAVE_VERSION_TAG: i64 = 1 << 18;

/// A read-only property whose getter is the native `f`.
fn native_property(vm: &mut Vm, name: &'static str, f: NativeFn) -> Value {
    let fget = vm.new_builtin(name, f);
    vm.alloc(
        &vm.types.property.clone(),
        Payload::Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    )
}

pub fn install(vm: &mut Vm) {
    let type_t = vm.types.type_.clone();
    let p = native_property(vm, "__flags__", type_flags);
    typeobj::set_attr(vm, &type_t, "__flags__", p);
    for cls in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        let p = native_property(vm, "mapping", view_mapping);
        typeobj::set_attr(vm, &cls, "mapping", p);
    }
    // The builtin classes whose CPython version has its own __reduce__.
    let t = vm.types.clone();
    let exc = vm.exc.base_exception.clone();
    for cls in [&t.set, &t.frozenset, &t.range, &t.slice, &exc] {
        typeobj::add_methods(vm, cls, &[("__reduce__", own_reduce)]);
    }
    typeobj::add_methods(
        vm,
        &t.bytearray,
        &[
            ("__reduce__", own_reduce),
            ("__reduce_ex__", bytearray_reduce_ex),
        ],
    );
    typeobj::add_methods(vm, &exc, &[("__setstate__", exc_setstate)]);
    // help is an instance of _sitebuiltins._Helper, as site makes it in CPython.
    let helper = crate::objects::native::native_class(
        vm,
        "_Helper",
        "_sitebuiltins",
        &[("__call__", help), ("__repr__", help_repr)],
    );
    let help_obj = vm.new_native(&helper, ());
    let breakpoint_fn = vm.new_builtin("breakpoint", breakpoint);
    for (name, v) in [("help", help_obj), ("breakpoint", breakpoint_fn)] {
        let k = vm.intern(name);
        if let Payload::Dict(d) = &vm.builtins_dict.payload {
            d.borrow_mut().set_str(k, v);
        }
    }
}

/// `cls.__flags__`: the Py_TPFLAGS_* bits CPython would set for the class: heap type,
/// subclassable, abstract, sequence/mapping (for `match`), and the fast-subclass bits
/// 24-31 (int, list, tuple, bytes, str, dict, BaseException, type).
fn type_flags(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__flags__", 1, 1)?;
    let cls = typeobj::check_type(vm, &args.pos[0])?;
    let t = typeobj::ty(&cls);
    let mut f = READY | HAVE_VERSION_TAG;
    f |= if t.heap {
        HEAPTYPE | HAVE_GC
    } else {
        IMMUTABLETYPE
    };
    if t.heap || !matches!(t.layout, Layout::Opaque) {
        f |= BASETYPE;
    }
    if std::rc::Rc::ptr_eq(&cls, &vm.types.bool_) {
        f &= !BASETYPE;
    }
    let own = i64::from(t.flags.get());
    f |= own & i64::from(typeobj::FLAG_ABSTRACT | typeobj::FLAG_SEQUENCE | typeobj::FLAG_MAPPING);
    let subclass_bits = [
        (vm.types.int.clone(), 24),
        (vm.types.list.clone(), 25),
        (vm.types.tuple.clone(), 26),
        (vm.types.bytes.clone(), 27),
        (vm.types.str_.clone(), 28),
        (vm.types.dict.clone(), 29),
        (vm.exc.base_exception.clone(), 30),
        (vm.types.type_.clone(), 31),
    ];
    for (base, bit) in subclass_bits {
        if typeobj::is_subtype(&cls, &base) {
            f |= 1 << bit;
        }
    }
    Ok(Value::Int(f))
}

/// `dict.keys().mapping`: a read-only mappingproxy of the underlying dict.
fn view_mapping(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "mapping", 1, 1)?;
    let Some(Payload::DictView { dict, .. }) = args.pos[0].payload() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor 'mapping' doesn't apply to a '{t}' object"
        )));
    };
    let d = dict.clone();
    let types = vm.new_str("types");
    let m = vm.import_name(&types, &Value::None, &Value::Int(0))?;
    let proxy = vm.get_attr_str(&m, "MappingProxyType")?;
    vm.call(&proxy, Args::new([d]))
}

/// `set.__reduce__()` and the other builtin classes' own reductions.
fn own_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__reduce__")?;
    args.check(vm, "__reduce__", 1, 1)?;
    super::object::call_helper(vm, "_taipan_reduce", "own_reduce", args)
}

/// `bytearray.__reduce_ex__(protocol)`.
fn bytearray_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__reduce_ex__")?;
    args.check(vm, "__reduce_ex__", 2, 2)?;
    let proto = vm.index_of(&args.pos[1])?;
    let a = Args::new([args.pos[0].clone(), Value::Int(proto)]);
    super::object::call_helper(vm, "_taipan_reduce", "bytearray_reduce", a)
}

/// `BaseException.__setstate__(state)`: the state dict's items become attributes.
fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "__setstate__")?;
    args.check(vm, "__setstate__", 2, 2)?;
    super::object::call_helper(vm, "_taipan_reduce", "exc_setstate", args)
}

/// `help(obj)`: pydoc's plain-text help for functions (lib/_taipan_builtins.py).
fn help(vm: &mut Vm, mut args: Args) -> PyResult {
    args.pos.remove(0);
    super::object::call_helper(vm, "_taipan_builtins", "help", args)
}

fn help_repr(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook(*args, **kws)`.
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult {
    let Some(hook) = vm.sys_attr("breakpointhook") else {
        return Err(vm.runtime_error("lost sys.breakpointhook"));
    };
    vm.call(&hook, args)
}

/// `sys.breakpointhook(*args, **kws)`: honours $PYTHONBREAKPOINT.
pub fn breakpointhook(vm: &mut Vm, args: Args) -> PyResult {
    super::object::call_helper(vm, "_taipan_builtins", "breakpointhook", args)
}
