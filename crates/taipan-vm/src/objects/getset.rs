//! getset_descriptor, and the member_descriptors of builtin types: the class-level face
//! of the attributes builtin objects compute (`FunctionType.__code__`, `int.real`,
//! `FunctionType.__globals__`). Taipan computes these attributes in its getattr code
//! (`special_attr`); as in CPython they must also be reachable on the class, since
//! CPython's own types.py takes `type(FunctionType.__code__)` for GetSetDescriptorType and
//! inspect/dataclasses look at `vars(cls)`. The descriptors' `__get__` runs that same code.
//!
//! Which attributes are getsets and which members follows CPython 3.12 (`__doc__` and
//! `__module__` are left out: Taipan's type objects read those two from their own dict).

use crate::objects::native::native_class;
use crate::objects::typeobj::{self, ty};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// A getset_descriptor's state: the attribute's name and the type that defines it.
pub struct GetSet {
    pub name: Value,
    pub owner: ObjRef,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__get__", getset_get),
    ("__set__", getset_set),
    ("__delete__", getset_delete),
    ("__repr__", getset_repr),
];

/// The name and owner of a getset_descriptor `d` (None for anything else).
pub fn getset_of(d: &Value) -> Option<(Value, ObjRef)> {
    match d.payload() {
        Some(Payload::Native(n)) => {
            let b = n.0.try_borrow().ok()?;
            let g = b.downcast_ref::<GetSet>()?;
            Some((g.name.clone(), g.owner.clone()))
        }
        _ => None,
    }
}

/// The attributes of a getset_descriptor itself.
pub(crate) fn own_attr(vm: &mut Vm, obj: &Value, n: &str) -> Option<Value> {
    let (name, owner) = getset_of(obj)?;
    match n {
        "__name__" => Some(name),
        "__objclass__" => Some(Value::Obj(owner)),
        "__qualname__" => {
            let s = format!("{}.{}", ty(&owner).name(), name.as_str()?.as_str());
            Some(vm.new_str(s))
        }
        _ => None,
    }
}

fn get_of(vm: &mut Vm, v: &Value) -> PyResult<(Value, ObjRef)> {
    getset_of(v).ok_or_else(|| vm.type_error("descriptor requires a 'getset_descriptor' object"))
}

fn name_of(name: &Value) -> String {
    name.as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

/// CPython's check that a descriptor is used on an instance of its type.
pub(crate) fn check_applies(
    vm: &mut Vm,
    name: &Value,
    owner: &ObjRef,
    obj: &Value,
) -> PyResult<()> {
    if typeobj::is_subtype(vm.type_of(obj), owner) {
        return Ok(());
    }
    let t = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{t}' object",
        name_of(name),
        ty(owner).name()
    )))
}

fn getset_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (name, owner) = get_of(vm, &args.pos[0])?;
    let obj = &args.pos[1];
    if obj.is_none() {
        if args.pos.get(2).is_none_or(|t| t.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(args.pos[0].clone());
    }
    check_applies(vm, &name, &owner, obj)?;
    vm.builtin_attr(obj, &name)
}

fn getset_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__set__", 3, 3)?;
    let (name, owner) = get_of(vm, &args.pos[0])?;
    check_applies(vm, &name, &owner, &args.pos[1])?;
    // The object's own setattr knows the writable ones (and skips this descriptor).
    vm.set_attr(&args.pos[1], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn getset_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delete__", 2, 2)?;
    let (name, owner) = get_of(vm, &args.pos[0])?;
    check_applies(vm, &name, &owner, &args.pos[1])?;
    vm.del_attr(&args.pos[1], &name)?;
    Ok(Value::None)
}

fn getset_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let (name, owner) = get_of(vm, &args.pos[0])?;
    let s = format!(
        "<attribute '{}' of '{}' objects>",
        name_of(&name),
        ty(&owner).name()
    );
    Ok(vm.new_str(s))
}

/// The message for assigning to a read-only builtin attribute `n` found on `cls` as `d`.
pub(crate) fn readonly_message(d: &Value, n: &str) -> Option<String> {
    if let Some((_, owner)) = getset_of(d) {
        return Some(format!(
            "attribute '{n}' of '{}' objects is not writable",
            ty(&owner).name()
        ));
    }
    match d.payload() {
        Some(Payload::Member { owner, .. }) if !ty(owner).heap => {
            Some("readonly attribute".to_string())
        }
        _ => None,
    }
}

/// Whether `d` is a descriptor of a builtin type's computed attribute (assignments and
/// deletions then take the object's own path, not the descriptor's).
pub(crate) fn is_builtin_descriptor(d: &Value) -> bool {
    readonly_message(d, "").is_some()
}

/// `mappingproxy`: what a class's `__dict__` gives (a snapshot of the class namespace in
/// Taipan, drawn as CPython's read-only view is). CPython's types.py takes
/// `type(type.__dict__)` for MappingProxyType, and pprint dispatches on its `__repr__`.
fn mappingproxy_class(vm: &mut Vm) -> ObjRef {
    let dict = vm.types.dict.clone();
    let cls = typeobj::new_type(
        &vm.types.type_,
        "mappingproxy",
        vec![dict],
        typeobj::Layout::Dict,
        false,
    );
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *ty(&cls).mro.borrow_mut() = m;
    }
    typeobj::add_methods(
        vm,
        &cls,
        &[
            ("__repr__", mappingproxy_repr),
            ("__new__", mappingproxy_new),
        ],
    );
    vm.native_types.insert("mappingproxy", cls.clone());
    cls
}

/// `mappingproxy(mapping)`: a snapshot of the mapping's items (CPython's is a live
/// read-only view; enum's `__members__` and similar readers see the same items).
fn mappingproxy_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error("mappingproxy() takes exactly one argument"));
    }
    let mapping = args.pos[1].clone();
    let (keys, getitem) = (vm.intern("keys"), vm.intern("__getitem__"));
    let is_mapping = matches!(mapping.payload(), Some(Payload::Dict(_)))
        || (!matches!(
            mapping.payload(),
            Some(Payload::List(_) | Payload::Tuple(_))
        ) && vm.lookup_attr(&mapping, &keys)?.is_some()
            && vm.lookup_attr(&mapping, &getitem)?.is_some());
    if !is_mapping {
        let t = vm.type_name(&mapping);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {t}"
        )));
    }
    let copy = vm.call1(&Value::Obj(vm.types.dict.clone()), mapping)?;
    let Some(Payload::Dict(src)) = copy.payload() else {
        return Err(vm.type_error("mappingproxy() argument must be a mapping"));
    };
    let entries = src.borrow().clone();
    let cls = vm.native_types["mappingproxy"].clone();
    let d = vm.alloc(&cls, Payload::Dict(Default::default()));
    if let Some(Payload::Dict(dd)) = d.payload() {
        *dd.borrow_mut() = entries;
    }
    Ok(d)
}

fn mappingproxy_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let s = vm.repr(&args.pos[0])?;
    Ok(vm.new_str(s))
}

/// Whether `cls` is the mappingproxy class (its dict repr is wrapped).
pub(crate) fn is_mappingproxy(cls: &ObjRef) -> bool {
    let t = ty(cls);
    !t.heap && &*t.name() == "mappingproxy"
}

/// Creates getset_descriptor and puts the builtin types' descriptors in their dicts.
pub fn install(vm: &mut Vm) {
    mappingproxy_class(vm);
    let cls = native_class(vm, "getset_descriptor", "builtins", METHODS);
    vm.native_types.insert("getset_descriptor", cls.clone());
    let t = vm.types.clone();
    let e = &vm.exc;
    let (base_exc, stop, os, exit, import, syntax) = (
        e.base_exception.clone(),
        e.stop_iteration.clone(),
        e.os_error.clone(),
        e.system_exit.clone(),
        e.import_error.clone(),
        e.syntax_error.clone(),
    );
    let table: Vec<(ObjRef, &[&str], &[&str])> = vec![
        (
            cls.clone(),
            &["__name__", "__qualname__", "__objclass__"],
            &[],
        ),
        (
            t.type_.clone(),
            &[
                "__name__",
                "__qualname__",
                "__bases__",
                "__base__",
                "__mro__",
                "__dict__",
            ],
            &[],
        ),
        (t.int, &["real", "imag", "numerator", "denominator"], &[]),
        (t.float, &["real", "imag"], &[]),
        (t.complex, &[], &["real", "imag"]),
        (
            t.function,
            &[
                "__code__",
                "__defaults__",
                "__kwdefaults__",
                "__annotations__",
                "__dict__",
                "__name__",
                "__qualname__",
            ],
            &["__closure__", "__globals__"],
        ),
        // The code type's co_* attributes are properties of their own (code_attrs.rs).
        (t.slice, &[], &["start", "stop", "step"]),
        (t.range, &[], &["start", "stop", "step"]),
        (t.cell, &["cell_contents"], &[]),
        (
            t.property,
            &["__isabstractmethod__"],
            &["fget", "fset", "fdel"],
        ),
        (
            t.staticmethod,
            &["__isabstractmethod__"],
            &["__func__", "__wrapped__"],
        ),
        (
            t.classmethod,
            &["__isabstractmethod__"],
            &["__func__", "__wrapped__"],
        ),
        (
            t.generator,
            &[
                "__name__",
                "__qualname__",
                "gi_yieldfrom",
                "gi_running",
                "gi_frame",
                "gi_suspended",
                "gi_code",
            ],
            &[],
        ),
        (
            t.coroutine,
            &[
                "__name__",
                "__qualname__",
                "cr_await",
                "cr_running",
                "cr_frame",
                "cr_code",
                "cr_suspended",
            ],
            &["cr_origin"],
        ),
        (
            t.async_generator,
            &[
                "__name__",
                "__qualname__",
                "ag_await",
                "ag_frame",
                "ag_code",
                "ag_suspended",
            ],
            &["ag_running"],
        ),
        (t.method, &[], &["__func__", "__self__"]),
        (t.builtin_function, &["__name__", "__qualname__"], &[]),
        (
            t.frame,
            &[
                "f_back",
                "f_locals",
                "f_lineno",
                "f_trace",
                "f_lasti",
                "f_globals",
                "f_builtins",
                "f_code",
                "f_trace_opcodes",
            ],
            &["f_trace_lines"],
        ),
        (
            t.traceback,
            &["tb_next", "tb_lineno"],
            &["tb_frame", "tb_lasti"],
        ),
        (
            t.memoryview,
            &[
                "obj",
                "nbytes",
                "readonly",
                "itemsize",
                "format",
                "ndim",
                "shape",
                "strides",
                "suboffsets",
                "c_contiguous",
                "f_contiguous",
                "contiguous",
            ],
            &[],
        ),
        (
            t.generic_alias,
            &["__parameters__"],
            &["__origin__", "__args__"],
        ),
        (t.union_type, &["__parameters__"], &["__args__"]),
        (
            base_exc,
            &["args", "__traceback__", "__context__", "__cause__"],
            &["__suppress_context__"],
        ),
        (stop, &[], &["value"]),
        (os, &[], &["errno", "strerror", "filename", "filename2"]),
        (exit, &[], &["code"]),
        (import, &[], &["msg", "name", "path"]),
        (
            syntax,
            &[],
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
        ),
    ];
    for (owner, getsets, members) in table {
        for n in getsets {
            let name = vm.intern(n);
            let d = vm.new_native(
                &cls,
                GetSet {
                    name,
                    owner: owner.clone(),
                },
            );
            typeobj::set_attr(vm, &owner, n, d);
        }
        for n in members {
            let d = vm.new_member(n, &owner);
            typeobj::set_attr(vm, &owner, n, d);
        }
    }
}
