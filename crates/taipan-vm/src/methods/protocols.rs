//! The protocol dunders that CPython's builtin types carry in their `__dict__`
//! (`set.__len__`, `list_iterator.__next__`, `bytes.__getitem__`, `function.__call__`,
//! `list.__hash__ = None`...). The interpreter does not use them (it works on the payloads
//! directly), but Python code looks for them: `collections.abc`'s `__subclasshook__`s
//! read them from each class's `__dict__`, and `iter([]).__next__()`,
//! `super().__hash__()` in an int subclass and `len.__call__` must work.

use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// Slot wrappers count the arguments after self.
fn arity(vm: &mut Vm, args: &Args, n: usize) -> PyResult<()> {
    if args.len() != n + 1 || !args.kw.is_empty() {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "expected {n} argument{s}, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 0)?;
    match crate::builtins::len_native(vm, &args.pos[0])? {
        Some(n) => Ok(Value::Int(n as i64)),
        None => {
            let t = vm.type_name(&args.pos[0]);
            Err(vm.type_error(format!("object of type '{t}' has no len()")))
        }
    }
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 0)?;
    vm.get_iter_native(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 0)?;
    let it = args.pos[0].clone();
    if !matches!(it.payload(), Some(Payload::Iter(_))) {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 1)?;
    Ok(Value::Bool(vm.contains_native(&args.pos[0], &args.pos[1])?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 1)?;
    crate::objects::sequence::seq_getitem(vm, &args.pos[0], &args.pos[1])
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 0)?;
    crate::builtins::reversed_native(vm, &args.pos[0])
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, &args, 0)?;
    Ok(Value::Int(vm.hash_native(&args.pos[0])?))
}

fn call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let f = args.pos.remove(0);
    vm.call(&f, args)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let add = |vm: &mut Vm, classes: &[&ObjRef], methods: &[(&'static str, NativeFn)]| {
        for c in classes {
            typeobj::add_methods(vm, c, methods);
        }
    };
    add(
        vm,
        &[
            &t.set,
            &t.frozenset,
            &t.range,
            &t.bytes,
            &t.dict_keys,
            &t.dict_values,
            &t.dict_items,
        ],
        &[("__len__", len)],
    );
    add(
        vm,
        &[&t.bytes, &t.dict_keys, &t.dict_values, &t.dict_items],
        &[("__iter__", iter)],
    );
    add(
        vm,
        &[&t.bytes, &t.dict_keys, &t.dict_items],
        &[("__contains__", contains)],
    );
    add(vm, &[&t.bytes], &[("__getitem__", getitem)]);
    add(
        vm,
        &[
            &t.list,
            &t.dict,
            &t.range,
            &t.dict_keys,
            &t.dict_values,
            &t.dict_items,
        ],
        &[("__reversed__", reversed)],
    );
    let iterators = [
        &t.iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.bytes_iterator,
        &t.enumerate_type,
        &t.zip_type,
        &t.map_type,
        &t.filter_type,
        &t.reversed_type,
        &t.list_reverseiterator,
        &t.callable_iterator,
    ];
    add(vm, &iterators, &[("__iter__", iter), ("__next__", next)]);
    add(
        vm,
        &[
            &t.int,
            &t.float,
            &t.complex,
            &t.str_,
            &t.bytes,
            &t.tuple,
            &t.frozenset,
            &t.range,
        ],
        &[("__hash__", hash)],
    );
    // Mutable containers (and the set-like dict views) are unhashable.
    for c in [&t.list, &t.dict, &t.set, &t.dict_keys, &t.dict_items] {
        typeobj::set_attr(vm, c, "__hash__", Value::None);
    }
    add(
        vm,
        &[&t.function, &t.builtin_function, &t.method],
        &[("__call__", call)],
    );
    // `list[int]` and, through inheritance, `class L(list)` then `L[int]`.
    let alias = Value::Obj(t.generic_alias.clone());
    for c in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset] {
        let cgi = vm.alloc(&t.classmethod, Payload::ClassMethod(alias.clone()));
        typeobj::set_attr(vm, c, "__class_getitem__", cgi);
    }
}
