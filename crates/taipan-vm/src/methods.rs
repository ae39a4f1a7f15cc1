//! Native methods of the builtin types, registered into their type dicts at start-up.
//! One table per type; the functions live in methods/<type>.rs.

pub(crate) mod bytearray;
pub(crate) mod bytes;
mod descr;
mod dict;
pub(crate) mod dunders;
mod int_bytes;
pub(crate) mod introspect;
mod list;
pub(crate) mod numeric_extra;
pub(crate) mod object;
mod protocols;
mod range;
mod set;
mod str;
mod str_format;

use crate::objects::typeobj;
use crate::vm::Vm;

/// The value of a Unicode decimal digit (Nd). Without a table: Nd characters come in
/// runs of ten starting at zero, so the value is the position within the run.
pub fn unicode_digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if c.is_ascii() || !crate::objects::unicode::is_decimal(c) {
        return None;
    }
    let mut run = 0u32;
    let mut cp = c as u32;
    while cp > 0 && char::from_u32(cp - 1).is_some_and(crate::objects::unicode::is_decimal) {
        run += 1;
        cp -= 1;
    }
    Some((run % 10) as u8)
}

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> &crate::value::ObjRef| f(&vm.types).clone();
    let str_t = t(vm, |t| &t.str_);
    typeobj::add_methods(vm, &str_t, str::METHODS);
    typeobj::add_methods(vm, &str_t, &[("__str__", object::str_str)]);
    for (name, f) in str::STATIC_METHODS {
        let b = vm.new_builtin(name, *f);
        let sm = vm.alloc(
            &vm.types.staticmethod.clone(),
            crate::value::Payload::StaticMethod(b),
        );
        typeobj::set_attr(vm, &str_t, name, sm);
    }
    let bytes_t = t(vm, |t| &t.bytes);
    let ba_t = t(vm, |t| &t.bytearray);
    for cls in [&bytes_t, &ba_t] {
        typeobj::add_methods(vm, cls, bytes::METHODS);
        typeobj::add_classmethods(vm, cls, bytes::CLASS_METHODS);
        for (name, f) in bytes::STATIC_METHODS {
            let b = vm.new_builtin(name, *f);
            let sm = vm.alloc(
                &vm.types.staticmethod.clone(),
                crate::value::Payload::StaticMethod(b),
            );
            typeobj::set_attr(vm, cls, name, sm);
        }
        let ops = dunders::select(dunders::BINARY, &["__mod__", "__rmod__"]);
        typeobj::add_methods(vm, cls, &ops);
        typeobj::add_methods(vm, cls, dunders::COMPARE);
    }
    typeobj::add_methods(vm, &bytes_t, bytes::BYTES_ONLY);
    typeobj::add_methods(vm, &ba_t, bytearray::METHODS);
    typeobj::set_attr(vm, &ba_t, "__hash__", crate::value::Value::None);
    let mv_t = t(vm, |t| &t.memoryview);
    typeobj::add_methods(vm, &mv_t, crate::objects::memoryview::METHODS);
    typeobj::add_methods(vm, &mv_t, dunders::LIST_ITEMS);
    typeobj::add_methods(vm, &mv_t, dunders::CONTAINER);
    typeobj::add_methods(
        vm,
        &mv_t,
        &dunders::select(dunders::COMPARE, &["__eq__", "__ne__"]),
    );
    let list_t = t(vm, |t| &t.list);
    typeobj::add_methods(vm, &list_t, list::METHODS);
    let range_t = t(vm, |t| &t.range);
    typeobj::add_methods(vm, &range_t, range::METHODS);
    let tuple_t = t(vm, |t| &t.tuple);
    typeobj::add_methods(vm, &tuple_t, list::TUPLE_METHODS);
    let dict_t = t(vm, |t| &t.dict);
    typeobj::add_methods(vm, &dict_t, dict::METHODS);
    typeobj::add_classmethods(vm, &dict_t, dict::CLASS_METHODS);
    let set_t = t(vm, |t| &t.set);
    typeobj::add_methods(vm, &set_t, set::METHODS);
    typeobj::add_methods(vm, &set_t, set::FROZEN_METHODS);
    let fs_t = t(vm, |t| &t.frozenset);
    typeobj::add_methods(vm, &fs_t, set::FROZEN_METHODS);
    let obj_t = t(vm, |t| &t.object);
    typeobj::add_methods(vm, &obj_t, object::OBJECT_METHODS);
    typeobj::add_classmethods(vm, &obj_t, object::OBJECT_CLASS_METHODS);
    let int_t = t(vm, |t| &t.int);
    typeobj::add_methods(vm, &int_t, object::INT_METHODS);
    typeobj::add_methods(vm, &int_t, int_bytes::METHODS);
    typeobj::add_classmethods(vm, &int_t, int_bytes::CLASS_METHODS);
    let float_t = t(vm, |t| &t.float);
    typeobj::add_methods(vm, &float_t, object::FLOAT_METHODS);
    for cls in [&int_t, &float_t] {
        typeobj::add_methods(vm, cls, object::NUMBER_CONVERSIONS);
    }
    // Operator dunders of the builtin types (the operators themselves do not use them).
    let numeric: Vec<_> = dunders::BINARY
        .iter()
        .chain(dunders::COMPARE)
        .chain(dunders::UNARY)
        .copied()
        .collect();
    typeobj::add_methods(vm, &int_t, &numeric);
    // float has no bitwise operators.
    let bitwise = [
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__invert__",
    ];
    let float_ops: Vec<_> = numeric
        .iter()
        .filter(|(n, _)| !bitwise.contains(n))
        .copied()
        .collect();
    typeobj::add_methods(vm, &float_t, &float_ops);
    let seq_ops = dunders::select(dunders::BINARY, &["__add__", "__mul__", "__rmul__"]);
    for cls in [str_t.clone(), list_t.clone(), tuple_t.clone()] {
        typeobj::add_methods(vm, &cls, &seq_ops);
        typeobj::add_methods(vm, &cls, dunders::COMPARE);
    }
    typeobj::add_methods(vm, &str_t, &dunders::select(dunders::BINARY, &["__mod__"]));
    let set_ops = dunders::select(
        dunders::BINARY,
        &["__or__", "__and__", "__sub__", "__xor__"],
    );
    for cls in [set_t.clone(), fs_t.clone()] {
        typeobj::add_methods(vm, &cls, &set_ops);
        typeobj::add_methods(vm, &cls, dunders::COMPARE);
    }
    typeobj::add_methods(vm, &dict_t, &dunders::select(dunders::BINARY, &["__or__"]));
    typeobj::add_methods(
        vm,
        &dict_t,
        &dunders::select(dunders::COMPARE, &["__eq__", "__ne__"]),
    );
    typeobj::add_methods(vm, &list_t, dunders::LIST_ITEMS);
    for cls in [&tuple_t, &str_t, &range_t] {
        typeobj::add_methods(vm, cls, dunders::SEQ_ITEMS);
    }
    typeobj::add_methods(vm, &dict_t, dunders::DICT_ITEMS);
    // The mutable containers are unhashable: their __hash__ is None, as in CPython
    // (dataclasses tells mutable defaults apart by it).
    for cls in [&list_t, &dict_t, &set_t] {
        typeobj::set_attr(vm, cls, "__hash__", crate::value::Value::None);
    }
    for cls in [&list_t, &tuple_t, &str_t, &range_t, &dict_t, &set_t, &fs_t] {
        typeobj::add_methods(vm, cls, dunders::CONTAINER);
    }
    protocols::install(vm);
    introspect::install(vm);
    crate::objects::code_attrs::install(vm);
    for cls in [&int_t, &float_t, &str_t, &vm.types.complex.clone()] {
        typeobj::add_methods(vm, cls, object::FORMAT);
    }
    // Their reprs, so that super().__repr__() in a subclass (and list.__repr__(x)) reach them.
    let repr: &[(&str, crate::vm::NativeFn)] = &[("__repr__", object::native_repr)];
    for cls in [
        &int_t, &float_t, &str_t, &list_t, &tuple_t, &dict_t, &set_t, &fs_t, &range_t,
    ] {
        typeobj::add_methods(vm, cls, repr);
    }
    let frame_t = t(vm, |t| &t.frame);
    typeobj::add_methods(vm, &frame_t, crate::objects::frame::FRAME_METHODS);
    let gen_t = t(vm, |t| &t.generator);
    typeobj::add_methods(vm, &gen_t, object::GENERATOR_METHODS);
    for cls in [vm.types.union_type.clone(), vm.types.generic_alias.clone()] {
        let (k, m) = (vm.intern("__module__"), vm.new_str("types"));
        typeobj::ty(&cls).dict.borrow_mut().set_str(k, m);
    }
    object::install_type_news(vm);
    let code_t = t(vm, |t| &t.code);
    typeobj::add_methods(
        vm,
        &code_t,
        &[("co_positions", crate::objects::traceback::co_positions)],
    );
    let ga_t = t(vm, |t| &t.generic_alias);
    typeobj::add_methods(vm, &ga_t, crate::objects::union::GENERIC_ALIAS_METHODS);
    let member_t = t(vm, |t| &t.member_descriptor);
    typeobj::add_methods(vm, &member_t, crate::objects::member::MEMBER_METHODS);
    let complex_t = t(vm, |t| &t.complex);
    typeobj::add_methods(vm, &complex_t, crate::objects::complex::COMPLEX_METHODS);
    let coro_t = t(vm, |t| &t.coroutine);
    typeobj::add_methods(vm, &coro_t, crate::objects::coroutine::COROUTINE_METHODS);
    let agen_t = t(vm, |t| &t.async_generator);
    typeobj::add_methods(
        vm,
        &agen_t,
        crate::objects::coroutine::ASYNC_GENERATOR_METHODS,
    );
    for cls in [
        vm.types.coroutine_wrapper.clone(),
        vm.types.async_generator_asend.clone(),
        vm.types.async_generator_athrow.clone(),
    ] {
        typeobj::add_methods(vm, &cls, crate::objects::coroutine::AWAITABLE_METHODS);
    }
    let be = vm.exc.base_exception.clone();
    typeobj::add_methods(vm, &be, object::EXCEPTION_METHODS);
    let beg = vm.exc.base_exception_group.clone();
    typeobj::add_methods(vm, &beg, crate::objects::exception_group::GROUP_METHODS);
    let ty_t = t(vm, |t| &t.type_);
    typeobj::add_methods(vm, &ty_t, object::TYPE_METHODS);
    let prop = t(vm, |t| &t.property);
    typeobj::add_methods(vm, &prop, object::PROPERTY_METHODS);
    for cls in [
        prop.clone(),
        vm.types.function.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
    ] {
        typeobj::add_methods(vm, &cls, object::DESCR_GET);
    }
    for cls in [list_t.clone(), dict_t.clone(), set_t.clone()] {
        typeobj::add_methods(vm, &cls, descr::CONTAINER_INIT);
    }
    let sup = t(vm, |t| &t.super_);
    typeobj::add_methods(vm, &sup, &[("__get__", crate::constructors::super_get)]);
    let tt = &vm.types;
    let iterators = [
        tt.iterator.clone(),
        tt.list_iterator.clone(),
        tt.tuple_iterator.clone(),
        tt.str_ascii_iterator.clone(),
        tt.str_iterator.clone(),
        tt.range_iterator.clone(),
        tt.longrange_iterator.clone(),
        tt.dict_keyiterator.clone(),
        tt.dict_valueiterator.clone(),
        tt.dict_itemiterator.clone(),
        tt.set_iterator.clone(),
        tt.bytes_iterator.clone(),
        tt.enumerate_type.clone(),
        tt.zip_type.clone(),
        tt.map_type.clone(),
        tt.filter_type.clone(),
        tt.reversed_type.clone(),
        tt.list_reverseiterator.clone(),
        tt.callable_iterator.clone(),
    ];
    for cls in iterators {
        typeobj::add_methods(vm, &cls, object::ITERATOR_METHODS);
    }
    for v in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        typeobj::add_methods(vm, &v, set::VIEW_METHODS);
    }
    numeric_extra::install(vm);
}
