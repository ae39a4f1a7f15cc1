//! Start-up: creates the builtin types (one table), the exception hierarchy, the builtins
//! module and sys, and returns a ready `Vm`.

use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Config, Types, Vm};
use std::rc::Rc;

fn finish(t: &ObjRef) {
    if let Ok(m) = typeobj::compute_mro(t) {
        *typeobj::ty(t).mro.borrow_mut() = m;
    }
}

pub fn new_vm(config: Config) -> Vm {
    let type_ = self_typed(typeobj::type_payload("type", vec![], Layout::Type, false));
    let object = typeobj::new_type(&type_, "object", vec![], Layout::Object, false);
    *typeobj::ty(&type_).bases.borrow_mut() = vec![object.clone()];
    finish(&object);
    finish(&type_);
    let mk = |name: &str, layout: Layout, base: &ObjRef| {
        let t = typeobj::new_type(&type_, name, vec![base.clone()], layout, false);
        finish(&t);
        t
    };
    let int = mk("int", Layout::Int, &object);
    let types = Types {
        bool_: mk("bool", Layout::Opaque, &int),
        int,
        float: mk("float", Layout::Float, &object),
        complex: mk("complex", Layout::Opaque, &object),
        str_: mk("str", Layout::Str, &object),
        bytes: mk("bytes", Layout::Bytes, &object),
        bytearray: mk("bytearray", Layout::ByteArray, &object),
        memoryview: mk("memoryview", Layout::Opaque, &object),
        bytearray_iterator: mk("bytearray_iterator", Layout::Opaque, &object),
        memory_iterator: mk("memory_iterator", Layout::Opaque, &object),
        tuple: mk("tuple", Layout::Tuple, &object),
        list: mk("list", Layout::List, &object),
        dict: mk("dict", Layout::Dict, &object),
        set: mk("set", Layout::Set, &object),
        frozenset: mk("frozenset", Layout::FrozenSet, &object),
        none_type: mk("NoneType", Layout::Opaque, &object),
        notimpl_type: mk("NotImplementedType", Layout::Opaque, &object),
        ellipsis_type: mk("ellipsis", Layout::Opaque, &object),
        function: mk("function", Layout::Opaque, &object),
        builtin_function: mk("builtin_function_or_method", Layout::Opaque, &object),
        method: mk("method", Layout::Opaque, &object),
        code: mk("code", Layout::Opaque, &object),
        cell: mk("cell", Layout::Opaque, &object),
        // Native: classes may subclass types.ModuleType (builtin_new makes their modules).
        module: mk("module", Layout::Native, &object),
        generator: mk("generator", Layout::Opaque, &object),
        coroutine: mk("coroutine", Layout::Opaque, &object),
        coroutine_wrapper: mk("coroutine_wrapper", Layout::Opaque, &object),
        async_generator: mk("async_generator", Layout::Opaque, &object),
        async_generator_asend: mk("async_generator_asend", Layout::Opaque, &object),
        async_generator_athrow: mk("async_generator_athrow", Layout::Opaque, &object),
        union_type: mk("UnionType", Layout::Opaque, &object),
        member_descriptor: mk("member_descriptor", Layout::Opaque, &object),
        generic_alias: mk("GenericAlias", Layout::Native, &object),
        async_generator_wrapped_value: mk("async_generator_wrapped_value", Layout::Opaque, &object),
        frame: mk("frame", Layout::Opaque, &object),
        traceback: mk("traceback", Layout::Opaque, &object),
        range: mk("range", Layout::Opaque, &object),
        slice: mk("slice", Layout::Opaque, &object),
        iterator: mk("iterator", Layout::Opaque, &object),
        list_iterator: mk("list_iterator", Layout::Opaque, &object),
        tuple_iterator: mk("tuple_iterator", Layout::Opaque, &object),
        str_ascii_iterator: mk("str_ascii_iterator", Layout::Opaque, &object),
        str_iterator: mk("str_iterator", Layout::Opaque, &object),
        range_iterator: mk("range_iterator", Layout::Opaque, &object),
        longrange_iterator: mk("longrange_iterator", Layout::Opaque, &object),
        dict_keyiterator: mk("dict_keyiterator", Layout::Opaque, &object),
        dict_valueiterator: mk("dict_valueiterator", Layout::Opaque, &object),
        dict_itemiterator: mk("dict_itemiterator", Layout::Opaque, &object),
        set_iterator: mk("set_iterator", Layout::Opaque, &object),
        bytes_iterator: mk("bytes_iterator", Layout::Opaque, &object),
        enumerate_type: mk("enumerate", Layout::Opaque, &object),
        zip_type: mk("zip", Layout::Opaque, &object),
        map_type: mk("map", Layout::Opaque, &object),
        filter_type: mk("filter", Layout::Opaque, &object),
        reversed_type: mk("reversed", Layout::Opaque, &object),
        list_reverseiterator: mk("list_reverseiterator", Layout::Opaque, &object),
        callable_iterator: mk("callable_iterator", Layout::Opaque, &object),
        property: mk("property", Layout::Descriptor, &object),
        staticmethod: mk("staticmethod", Layout::Descriptor, &object),
        classmethod: mk("classmethod", Layout::Descriptor, &object),
        super_: mk("super", Layout::Opaque, &object),
        dict_keys: mk("dict_keys", Layout::Opaque, &object),
        dict_values: mk("dict_values", Layout::Opaque, &object),
        dict_items: mk("dict_items", Layout::Opaque, &object),
        object,
        type_,
    };
    // The match statement's sequence and mapping types (CPython's Py_TPFLAGS_SEQUENCE
    // and Py_TPFLAGS_MAPPING).
    for t in [&types.list, &types.tuple, &types.range] {
        typeobj::ty(t).flags.set(typeobj::FLAG_SEQUENCE);
    }
    typeobj::ty(&types.dict).flags.set(typeobj::FLAG_MAPPING);
    typeobj::add_subclass(&types.object, &types.type_);
    let base_exc = typeobj::new_type(
        &types.type_,
        "BaseException",
        vec![types.object.clone()],
        Layout::Exception,
        false,
    );
    finish(&base_exc);
    let exc = crate::objects::exception::create(&types, base_exc);
    let dict_cls = types.dict.clone();
    let mk_dict = || {
        Rc::new(crate::value::PyObject {
            class: dict_cls.clone().into(),
            dict: None,
            payload: Payload::Dict(Default::default()),
        })
    };
    let builtins_dict = mk_dict();
    let sys_modules = mk_dict();
    let builtins = Rc::new(crate::value::PyObject {
        class: types.module.clone().into(),
        dict: None,
        payload: Payload::Module(crate::objects::module::PyModule {
            name: "builtins".into(),
            dict: builtins_dict.clone(),
        }),
    });
    let unbuffered = config.unbuffered;
    let mut vm = Vm {
        types,
        exc,
        builtins,
        builtins_dict,
        sys_modules,
        frames: Vec::new(),
        stack: Vec::with_capacity(1024),
        exc_info: Value::None,
        recursion_limit: 1000,
        depth: 0,
        native_depth: 0,
        importing: Vec::new(),
        interned: rustc_hash::FxHashMap::default(),
        config,
        out: crate::modules::io::StdStream::new(1, unbuffered),
        err: crate::modules::io::StdStream::new(2, true),
        hash_key: (0, 0),
        sys: None,
        native_types: rustc_hash::FxHashMap::default(),
    };
    crate::builtins::install(&mut vm);
    crate::methods::install(&mut vm);
    crate::objects::getset::install(&mut vm);
    let sys = crate::modules::sys::create(&mut vm);
    vm.sys = Some(sys.clone());
    let key = vm.intern("sys");
    if let Payload::Dict(d) = &vm.sys_modules.payload {
        d.borrow_mut().set_str(key, Value::Obj(sys));
    }
    let key = vm.intern("builtins");
    let b = Value::Obj(vm.builtins.clone());
    if let Payload::Dict(d) = &vm.sys_modules.payload {
        d.borrow_mut().set_str(key, b);
    }
    vm
}

/// `type`: the one object that is its own class. Built in place so the class field can
/// point at the allocation being initialised.
fn self_typed(payload: Payload) -> ObjRef {
    let uninit: Rc<std::mem::MaybeUninit<PyObject>> = Rc::new_uninit();
    let raw = Rc::into_raw(uninit) as *const PyObject;
    // SAFETY: `raw` comes from Rc::into_raw, so bumping its count and rebuilding Rcs from it
    // is allowed. The value is written exactly once before any Rc to it is dereferenced, and
    // no reference to the (uninitialised) contents exists during the write.
    unsafe {
        Rc::increment_strong_count(raw);
        let me: ObjRef = Rc::from_raw(raw);
        (raw as *mut PyObject).write(PyObject {
            class: crate::objects::class_slot::ClassSlot::immortal(me),
            dict: None,
            payload,
        });
        Rc::from_raw(raw)
    }
}
