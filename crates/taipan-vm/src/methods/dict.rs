//! dict methods.

use crate::objects::dict_ops::make_view;
use crate::objects::iter::DictPart;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("items", items),
    ("keys", keys),
    ("values", values),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__contains__", contains),
];

pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("fromkeys", fromkeys)];

/// dict.fromkeys(iterable, value=None), for dict and its subclasses.
fn fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fromkeys", 2, 3)?;
    let d = vm.call0(&args.pos[0])?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    for k in vm.iterate(&args.pos[1])? {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

fn this(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if matches!(v.payload(), Some(Payload::Dict(_))) => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    Ok(Value::Int(crate::builtins::len_of(vm, &d)? as i64))
}

fn get(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "dict.get")?;
    args.check(vm, "get", 2, 3)?;
    let d = this(vm, &args)?;
    Ok(vm
        .dict_get_item(&d, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getitem__", 2, 2)?;
    let d = this(vm, &args)?;
    match vm.dict_get_item(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setitem__", 3, 3)?;
    let d = this(vm, &args)?;
    vm.dict_set_item(&d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__contains__", 2, 2)?;
    let d = this(vm, &args)?;
    Ok(Value::Bool(vm.dict_get_item(&d, &args.pos[1])?.is_some()))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "dict.setdefault")?;
    args.check(vm, "setdefault", 2, 3)?;
    let d = this(vm, &args)?;
    if let Some(v) = vm.dict_get_item(&d, &args.pos[1])? {
        return Ok(v);
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set_item(&d, args.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "dict.pop")?;
    args.check(vm, "pop", 2, 3)?;
    let d = this(vm, &args)?;
    match vm.dict_del_item(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let Some(Payload::Dict(cell)) = d.payload() else {
        return Ok(Value::None);
    };
    let last = cell.borrow().last_entry_index();
    let e = last.and_then(|ix| cell.borrow_mut().remove_at(ix));
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let m = vm.new_str("popitem(): dictionary is empty");
            Err(vm.new_exception_args(&vm.exc.key_error.clone(), vec![m]))
        }
    }
}

fn items(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    Ok(make_view(vm, &d, DictPart::Items))
}
fn keys(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    Ok(make_view(vm, &d, DictPart::Keys))
}
fn values(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    Ok(make_view(vm, &d, DictPart::Values))
}

fn update(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    crate::constructors::init_container(vm, &d, rest)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let n = vm.new_dict();
    vm.dict_update_from(&n, &d, None)?;
    Ok(n)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    if let Some(Payload::Dict(c)) = d.payload() {
        c.borrow_mut().clear();
    }
    Ok(Value::None)
}
