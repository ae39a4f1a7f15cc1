//! Dict-level helpers beyond the table: equality and the keys/values/items views.

use crate::objects::iter::{DictPart, IterState};
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// A view object holds (dict, part) in a 2-tuple payload of a view type.
pub fn make_view(vm: &mut Vm, d: &Value, part: DictPart) -> Value {
    let cls = match part {
        DictPart::Keys => vm.types.dict_keys.clone(),
        DictPart::Values => vm.types.dict_values.clone(),
        DictPart::Items => vm.types.dict_items.clone(),
    };
    vm.alloc(&cls, Payload::Tuple(vec![d.clone()].into_boxed_slice()))
}

pub fn view_parts(vm: &Vm, v: &Value) -> Option<(Value, DictPart)> {
    let o = v.obj()?;
    let part = if std::rc::Rc::ptr_eq(&o.class, &vm.types.dict_keys) {
        DictPart::Keys
    } else if std::rc::Rc::ptr_eq(&o.class, &vm.types.dict_values) {
        DictPart::Values
    } else if std::rc::Rc::ptr_eq(&o.class, &vm.types.dict_items) {
        DictPart::Items
    } else {
        return None;
    };
    match &o.payload {
        Payload::Tuple(t) => Some((t[0].clone(), part)),
        _ => None,
    }
}

pub fn view_iter(vm: &mut Vm, v: &Value) -> Option<IterState> {
    let (dict, part) = view_parts(vm, v)?;
    let len = match dict.payload() {
        Some(Payload::Dict(d)) => d.borrow().len(),
        _ => 0,
    };
    Some(IterState::Dict {
        dict,
        pos: 0,
        len,
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
