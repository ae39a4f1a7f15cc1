//! Dict-level helpers beyond the table: equality and the keys/values/items views.

use crate::objects::iter::{DictPart, IterState};
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};

pub fn make_view(vm: &mut Vm, d: &Value, part: DictPart) -> Value {
    let cls = match part {
        DictPart::Keys => vm.types.dict_keys.clone(),
        DictPart::Values => vm.types.dict_values.clone(),
        DictPart::Items => vm.types.dict_items.clone(),
    };
    vm.alloc(
        &cls,
        Payload::DictView {
            dict: d.clone(),
            part,
        },
    )
}

pub fn view_parts(v: &Value) -> Option<(Value, DictPart)> {
    match v.payload() {
        Some(Payload::DictView { dict, part }) => Some((dict.clone(), *part)),
        _ => None,
    }
}

pub fn view_iter(v: &Value) -> Option<IterState> {
    let (dict, part) = view_parts(v)?;
    let len = match dict.payload() {
        Some(Payload::Dict(d)) => d.borrow().len(),
        _ => 0,
    };
    Some(IterState::Dict {
        dict,
        pos: 0,
        len,
        left: len,
        part,
    })
}

pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) else {
        return Ok(false);
    };
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(Value, Value)> = x
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        match vm.dict_get_item(b, &k)? {
            Some(w) => {
                if !vm.eq_or_is(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `'a' in d.keys()`, `('a', 1) in d.items()`, `1 in d.values()`.
pub fn view_contains(vm: &mut Vm, dict: &Value, part: DictPart, item: &Value) -> PyResult<bool> {
    match part {
        DictPart::Keys => Ok(vm.dict_get_item(dict, item)?.is_some()),
        DictPart::Items => {
            let Some(Payload::Tuple(kv)) = item.payload() else {
                return Ok(false);
            };
            if kv.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get_item(dict, &kv[0])? {
                Some(v) => vm.eq_or_is(&v, &kv[1]),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            let values: Vec<Value> = match dict.payload() {
                Some(Payload::Dict(d)) => d.borrow().iter().map(|e| e.value.clone()).collect(),
                _ => vec![],
            };
            for v in values {
                if vm.eq_or_is(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some((_, part)) = view_parts(v) else {
        return Ok(String::new());
    };
    let items = vm.iterate(v)?;
    let l = vm.new_list(items);
    let name = match part {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    };
    Ok(format!("{name}({})", vm.repr(&l)?))
}
