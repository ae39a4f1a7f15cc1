//! `_collections`: the native helpers of `lib/collections/__init__.py`.
//!
//! - `_count_elements(mapping, iterable)`: Counter's counting loop (CPython has it in C
//!   too), direct on the dict storage unless the mapping's class overrides `get` or
//!   `__setitem__`.
//! - `_tuplegetter(index, doc)`: a namedtuple field, a native data descriptor (so `p.x`
//!   costs no Python frame); setting or deleting the field is CPython's "can't set
//!   attribute" / "can't delete attribute".
//! - `_odict_move_to_end(od, key, last)`: OrderedDict.move_to_end. Taipan's OrderedDict
//!   is a dict whose own order is the ordered dict's order; this moves the entry itself,
//!   key object included, to either end.
//! - `_set_type_name(cls, name)`: the name error messages give `cls`'s instances
//!   (`'collections.deque'`, as CPython's C type is called).
//! - `deque` and `defaultdict`, which CPython's collections package imports from here:
//!   Taipan writes them in Python (lib/_taipan_collections.py); the module's
//!   `__getattr__` (PEP 562) imports them on first use.

use crate::modules::sys::{module_set, new_module};
use crate::objects::native::native_class;
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use taipan_bytecode::BinOp;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_collections");
    let tg = tuplegetter_class(vm);
    module_set(vm, &m, "_tuplegetter", Value::Obj(tg));
    let funcs: [(&'static str, NativeFn); 4] = [
        ("__getattr__", module_getattr),
        ("_set_type_name", set_type_name),
        ("_count_elements", count_elements),
        ("_odict_move_to_end", odict_move_to_end),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

fn module_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__getattr__", 1, 1)?;
    let name = args.pos[0].clone();
    let n = name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if n == "deque" || n == "defaultdict" {
        let helper = vm.intern("_taipan_collections");
        let m = vm.import_name(&helper, &Value::None, &Value::Int(0))?;
        return vm.get_attr(&m, &name);
    }
    Err(vm.attribute_error(format!("module '_collections' has no attribute '{n}'")))
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

/// A namedtuple field: the tuple item at `index`, with a writable docstring.
struct TupleGetter {
    index: usize,
    doc: Value,
}

const TUPLEGETTER: &str = "_collections._tuplegetter";

fn tuplegetter_class(vm: &mut Vm) -> ObjRef {
    let methods: [(&'static str, NativeFn); 6] = [
        ("__new__", tuplegetter_new),
        ("__get__", tuplegetter_get),
        ("__set__", tuplegetter_set),
        ("__delete__", tuplegetter_delete),
        ("__repr__", tuplegetter_repr),
        ("__reduce__", tuplegetter_reduce),
    ];
    let cls = native_class(vm, "_tuplegetter", "collections", &methods);
    // `__doc__` reads and writes the field's own docstring (a property on the class,
    // as CPython's member descriptor).
    let get = vm.new_builtin("__doc__", tuplegetter_doc_get);
    let set = vm.new_builtin("__doc__", tuplegetter_doc_set);
    let doc = vm.alloc(
        &vm.types.property.clone(),
        Payload::Property {
            fget: get,
            fset: set,
            fdel: Value::None,
            doc: Value::None,
        },
    );
    typeobj::set_attr(vm, &cls, "__doc__", doc);
    vm.native_types.insert(TUPLEGETTER, cls.clone());
    cls
}

/// `_tuplegetter(index, doc)`.
fn tuplegetter_new(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("_tuplegetter.__new__(): not enough arguments"));
    }
    let cls = args.pos.remove(0);
    args.positional(vm, "_tuplegetter", 2, 2)?;
    let index = vm.index_of(&args.pos[0])?;
    let Ok(index) = usize::try_from(index) else {
        return Err(vm.index_error("index is negative"));
    };
    let Some(cls) = cls.obj().cloned() else {
        return Err(vm.type_error("_tuplegetter.__new__(X): X is not a type object"));
    };
    let doc = args.pos[1].clone();
    Ok(vm.new_native(&cls, TupleGetter { index, doc }))
}

fn getter_state(vm: &mut Vm, this: &Value) -> PyResult<(usize, Value)> {
    let g = vm.native_mut::<TupleGetter>(this, "_tuplegetter")?;
    Ok((g.index, g.doc.clone()))
}

/// `__get__(self, obj, type=None)`: the item, or the descriptor itself on the class.
fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (index, _) = getter_state(vm, &args.pos[0])?;
    let obj = &args.pos[1];
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    let Some(Payload::Tuple(t)) = obj.payload() else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{t}' object"
        )));
    };
    match t.get(index) {
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

fn tuplegetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let (index, doc) = getter_state(vm, &args.pos[0])?;
    let doc = vm.repr(&doc)?;
    Ok(vm.new_str(format!("_tuplegetter({index}, {doc})")))
}

fn tuplegetter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    let (index, doc) = getter_state(vm, &args.pos[0])?;
    let cls = Value::Obj(vm.type_of(&args.pos[0]).clone());
    let state = vm.new_tuple(vec![Value::Int(index as i64), doc]);
    Ok(vm.new_tuple(vec![cls, state]))
}

fn tuplegetter_doc_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__doc__", 1, 1)?;
    Ok(getter_state(vm, &args.pos[0])?.1)
}

fn tuplegetter_doc_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__doc__", 2, 2)?;
    let doc = args.pos[1].clone();
    vm.native_mut::<TupleGetter>(&args.pos[0], "_tuplegetter")?
        .doc = doc;
    Ok(Value::None)
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
