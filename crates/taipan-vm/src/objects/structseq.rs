//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose items also
//! have names, such as `os.stat_result` and `time.struct_time`. The first
//! `n_sequence_fields` values are the tuple's items; every named value, including the
//! ones past the tuple (`st_atime` as a float, `tm_zone`), is also an attribute held in
//! the instance's attribute table.

use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct StructSeqDef {
    /// The module shown in the repr and in `__module__` ("os", "time").
    pub module: &'static str,
    pub name: &'static str,
    /// Every field in order; `None` for an unnamed one (stat_result's integer times).
    pub fields: &'static [Option<&'static str>],
    /// How many fields are the tuple's items.
    pub n_sequence: usize,
    /// stat_result's rule: a missing float time is taken from the integer item.
    pub stat_times: bool,
}

thread_local! {
    static DEFS: RefCell<Vec<(usize, &'static StructSeqDef)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `cls` itself is a struct sequence type (its fields are read-only).
pub fn is_structseq_class(cls: &ObjRef) -> bool {
    let p = Rc::as_ptr(cls) as usize;
    DEFS.with(|d| d.borrow().iter().any(|(k, _)| *k == p))
}

fn def_of(cls: &ObjRef) -> Option<&'static StructSeqDef> {
    // The registered class or the first registered one on its MRO.
    let mro = typeobj::ty(cls).mro.borrow().clone();
    DEFS.with(|d| {
        let d = d.borrow();
        mro.iter().find_map(|c| {
            let p = Rc::as_ptr(c) as usize;
            d.iter().find(|(k, _)| *k == p).map(|(_, def)| *def)
        })
    })
}

/// The class for `def`: a builtin subclass of tuple with `__new__`, `__repr__`,
/// `n_fields`, `n_sequence_fields`, `n_unnamed_fields` and `__match_args__`.
pub fn new_class(vm: &mut Vm, def: &'static StructSeqDef) -> ObjRef {
    let tuple = vm.types.tuple.clone();
    let cls = typeobj::new_type(&vm.types.type_, def.name, vec![tuple], Layout::Tuple, true);
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    let m = vm.new_str(def.module);
    typeobj::set_attr(vm, &cls, "__module__", m);
    typeobj::add_methods(
        vm,
        &cls,
        &[("__new__", structseq_new), ("__repr__", structseq_repr)],
    );
    let unnamed = def.fields.iter().filter(|f| f.is_none()).count() as i64;
    typeobj::set_attr(vm, &cls, "n_fields", Value::Int(def.fields.len() as i64));
    typeobj::set_attr(
        vm,
        &cls,
        "n_sequence_fields",
        Value::Int(def.n_sequence as i64),
    );
    typeobj::set_attr(vm, &cls, "n_unnamed_fields", Value::Int(unnamed));
    let names: Vec<Value> = def.fields[..def.n_sequence]
        .iter()
        .flatten()
        .map(|n| vm.new_str(*n))
        .collect();
    let names = vm.new_tuple(names);
    typeobj::set_attr(vm, &cls, "__match_args__", names);
    DEFS.with(|d| d.borrow_mut().push((Rc::as_ptr(&cls) as usize, def)));
    cls
}

/// A new instance of `cls` from all its field values (missing trailing ones are None).
pub fn new(vm: &mut Vm, cls: &ObjRef, mut values: Vec<Value>) -> Value {
    let def = def_of(cls).expect("a struct sequence class");
    values.resize(def.fields.len(), Value::None);
    let attrs = PyObject::new_attrs(&vm.types.dict);
    if let Payload::Dict(d) = &attrs.payload {
        let mut d = d.borrow_mut();
        for (name, v) in def.fields.iter().zip(&values) {
            if let Some(n) = name {
                d.set_str(vm.intern(n), v.clone());
            }
        }
    }
    values.truncate(def.n_sequence);
    Value::Obj(Rc::new(PyObject {
        class: cls.clone().into(),
        dict: Some(attrs),
        payload: Payload::Tuple(values.into_boxed_slice()),
    }))
}

/// `cls(sequence, dict=None)`.
fn structseq_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("structseq.__new__(X): X is not a type object")),
    };
    let Some(def) = def_of(&cls) else {
        return Err(vm.type_error("not a struct sequence type"));
    };
    args.pos.remove(0);
    let full = format!("{}.{}", def.module, def.name);
    let slots = args.bind(vm, &full, &["sequence", "dict"], 1)?;
    let seq = slots[0].clone().unwrap_or(Value::None);
    let items = vm.iterate(&seq)?;
    let (min, max, n) = (def.n_sequence, def.fields.len(), items.len());
    if n < min || n > max {
        let msg = if min == max {
            format!("{full}() takes a {min}-sequence ({n}-sequence given)")
        } else if n < min {
            format!("{full}() takes an at least {min}-sequence ({n}-sequence given)")
        } else {
            format!("{full}() takes an at most {max}-sequence ({n}-sequence given)")
        };
        return Err(vm.type_error(msg));
    }
    let dict = slots[1].clone().filter(|d| !d.is_none());
    let mut values = items;
    for name in &def.fields[n..] {
        let v = match (name, &dict) {
            (Some(name), Some(d)) => {
                let k = vm.new_str(*name);
                match vm.get_item(d, &k) {
                    Ok(v) => v,
                    Err(_) => Value::None,
                }
            }
            _ => Value::None,
        };
        values.push(v);
    }
    if def.stat_times {
        // st_atime, st_mtime, st_ctime follow the ten sequence items.
        for i in 0..3 {
            if values[10 + i].is_none() {
                values[10 + i] = values[7 + i].clone();
            }
        }
    }
    Ok(new(vm, &cls, values))
}

fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&this).clone();
    let Some(def) = def_of(&cls) else {
        return Err(vm.type_error("not a struct sequence"));
    };
    let items: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    let names = def.fields.iter().flatten();
    let mut parts = Vec::new();
    for (name, v) in names.zip(&items) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    let s = format!("{}.{}({})", def.module, def.name, parts.join(", "));
    Ok(vm.new_str(s))
}
