//! `_collections`: the native helpers of `lib/collections/__init__.py`.
//!
//! - `_count_elements(mapping, iterable)`: Counter's counting loop (CPython has it in C
//!   too), direct on the dict storage unless the mapping's class overrides `get` or
//!   `__setitem__`.
//! - `_tuplegetter(index, doc)`: a namedtuple field. It is a property whose getter is a
//!   native function bound to the index, so `p.x` costs no Python frame; setting or
//!   deleting the field is CPython's "can't set attribute" / "can't delete attribute".
//! - `_odict_move_to_end(od, key, last)`: OrderedDict.move_to_end. Taipan's OrderedDict
//!   is a dict whose own order is the ordered dict's order; this moves the entry itself,
//!   key object included, to either end.
//! - `_set_type_name(cls, name)`: the name error messages give `cls`'s instances
//!   (`'collections.deque'`, as CPython's C type is called).

use crate::modules::sys::{module_set, new_module};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use taipan_bytecode::BinOp;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_collections");
    let funcs: [(&'static str, NativeFn); 4] = [
        ("_set_type_name", set_type_name),
        ("_count_elements", count_elements),
        ("_tuplegetter", tuplegetter),
        ("_odict_move_to_end", odict_move_to_end),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each
/// item.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_count_elements", 2, 2)?;
    let mapping = args.pos[0].clone();
    let it = vm.get_iter(&args.pos[1])?;
    let cls = vm.type_of(&mapping).clone();
    let fast = matches!(mapping.payload(), Some(Payload::Dict(_)))
        && typeobj::user_defines(&cls, "get").is_none()
        && typeobj::user_defines(&cls, "__setitem__").is_none();
    if fast {
        while let Some(x) = vm.next(&it)? {
            let new = match vm.dict_get_item(&mapping, &x)? {
                None => Value::Int(1),
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(old) => vm.binary_op(old, Value::Int(1), BinOp::Add as u32)?,
            };
            vm.dict_set_item(&mapping, x, new)?;
        }
        return Ok(Value::None);
    }
    let get = vm.get_attr_str(&mapping, "get")?;
    while let Some(x) = vm.next(&it)? {
        let old = vm.call(&get, Args::new([x.clone(), Value::Int(0)]))?;
        let new = vm.binary_op(old, Value::Int(1), BinOp::Add as u32)?;
        vm.set_item(&mapping, x, new)?;
    }
    Ok(Value::None)
}

/// `_tuplegetter(index, doc)`: the property behind a namedtuple field.
fn tuplegetter(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_tuplegetter", 2, 2)?;
    let index = vm.index_of(&args.pos[0])?;
    if index < 0 {
        return Err(vm.index_error("index is negative"));
    }
    let get = vm.new_builtin("_tuplegetter", tuplegetter_get);
    let fget = vm.alloc(
        &vm.types.builtin_function.clone(),
        Payload::BoundMethod {
            func: get,
            this: Value::Int(index),
        },
    );
    let fset = vm.new_builtin("_tuplegetter_set", tuplegetter_set);
    let fdel = vm.new_builtin("_tuplegetter_delete", tuplegetter_delete);
    Ok(vm.alloc(
        &vm.types.property.clone(),
        Payload::Property {
            fget,
            fset,
            fdel,
            doc: args.pos[1].clone(),
        },
    ))
}

fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_tuplegetter", 2, 2)?;
    let index = vm.index_of(&args.pos[0])?;
    let obj = &args.pos[1];
    let Some(Payload::Tuple(t)) = obj.payload() else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{t}' object"
        )));
    };
    match usize::try_from(index).ok().and_then(|i| t.get(i)) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

fn tuplegetter_set(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("can't set attribute"))
}

fn tuplegetter_delete(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("can't delete attribute"))
}

/// `_odict_move_to_end(od, key, last)`; KeyError(key) when the key is absent.
fn odict_move_to_end(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_odict_move_to_end", 3, 3)?;
    let (d, key) = (&args.pos[0], &args.pos[1]);
    if !matches!(d.payload(), Some(Payload::Dict(_))) {
        let t = vm.type_name(d);
        return Err(vm.type_error(format!("expected a dict, not {t}")));
    }
    let last = vm.truthy(&args.pos[2])?;
    let h = vm.hash(key)?;
    let Some(ix) = vm.dict_find(d, key, h)? else {
        return Err(vm.key_error(key.clone()));
    };
    if let Some(Payload::Dict(cell)) = d.payload() {
        cell.borrow_mut().move_entry(ix, last);
    }
    Ok(Value::None)
}

/// `_set_type_name(cls, name)`.
fn set_type_name(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_set_type_name", 2, 2)?;
    let (Some(Payload::Type(t)), Some(name)) = (args.pos[0].payload(), args.pos[1].as_str()) else {
        return Err(vm.type_error("_set_type_name(cls, name) expects a class and a str"));
    };
    *t.tp_name.borrow_mut() = Some(std::rc::Rc::from(name.as_str()));
    Ok(Value::None)
}
