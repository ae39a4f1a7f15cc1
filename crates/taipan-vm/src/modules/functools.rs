//! `_functools`: the parts of functools that CPython writes in C, natively here too
//! since they sit on hot paths: `partial` and `_lru_cache_wrapper` (the object
//! `@lru_cache` returns). `lib/functools.py` imports them.

use crate::modules::sys::{module_set, new_module};
use crate::objects::native::NativeObj;
use crate::objects::typeobj::{self, ty, Layout};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A partial object: `func` called with `args` (a tuple) and `kw` (a dict) first.
pub struct Partial {
    func: Value,
    args: Value,
    kw: Value,
}

/// An lru_cache wrapper. `maxsize` None is unbounded; Some(0) caches nothing. The
/// cache dict's order is the recency order (the first entry is the least recent).
pub struct Lru {
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
    cache: Value,
    hits: i64,
    misses: i64,
    info_type: Value,
}

const PARTIAL: &str = "functools.partial";
const LRU: &str = "functools._lru_cache_wrapper";

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_functools");
    let partial = new_class(
        vm,
        "partial",
        true,
        &[
            ("__new__", partial_new),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
            ("__reduce__", partial_reduce),
            ("__setstate__", partial_setstate),
        ],
    );
    for (name, get) in [
        ("func", partial_func as NativeFn),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ] {
        let fget = vm.new_builtin(name, get);
        let fset = vm.new_builtin(name, readonly);
        let prop = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset: fset.clone(),
                fdel: fset,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, &partial, name, prop);
    }
    let alias = Value::Obj(vm.types.generic_alias.clone());
    let cgi = vm.alloc(&vm.types.classmethod.clone(), Payload::ClassMethod(alias));
    typeobj::set_attr(vm, &partial, "__class_getitem__", cgi);
    vm.native_types.insert(PARTIAL, partial.clone());
    module_set(vm, &m, "partial", Value::Obj(partial));

    let lru = new_class(
        vm,
        "_lru_cache_wrapper",
        false,
        &[
            ("__new__", lru_new),
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", lru_cache_info),
            ("cache_clear", lru_cache_clear),
            ("__copy__", lru_self),
            ("__deepcopy__", lru_self),
            ("__reduce__", lru_reduce),
        ],
    );
    vm.native_types.insert(LRU, lru.clone());
    module_set(vm, &m, "_lru_cache_wrapper", Value::Obj(lru));
    // The separator between positional and keyword arguments in a cache key.
    let mark = vm.alloc(
        &vm.types.object.clone(),
        Payload::Marker(std::cell::Cell::new(0)),
    );
    if let Value::Obj(o) = &mark {
        vm.native_types.insert("_functools.kwd_mark", o.clone());
    }
    m
}

fn new_class(vm: &mut Vm, name: &str, base: bool, methods: &[(&'static str, NativeFn)]) -> ObjRef {
    let layout = if base { Layout::Native } else { Layout::Opaque };
    let object = vm.types.object.clone();
    let cls = typeobj::new_type(&vm.types.type_, name, vec![object], layout, false);
    if let Ok(mro) = typeobj::compute_mro(&cls) {
        *ty(&cls).mro.borrow_mut() = mro;
    }
    let module = vm.new_str("functools");
    typeobj::set_attr(vm, &cls, "__module__", module);
    typeobj::add_methods(vm, &cls, methods);
    cls
}

/// A native object of `cls` with an attribute dict (partial and lru_cache wrappers
/// take attributes: `update_wrapper` sets `__wrapped__`, `__name__`...).
fn new_with_dict<T: 'static>(vm: &Vm, cls: &ObjRef, data: T) -> Value {
    Value::Obj(Rc::new(PyObject {
        class: cls.clone().into(),
        dict: Some(PyObject::new_attrs(&vm.types.dict)),
        payload: Payload::Native(NativeObj(RefCell::new(Box::new(data)))),
    }))
}

fn readonly(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

/// The partial state of `v` (cloned out, so no borrow outlives the call).
fn partial_state(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value, Value)> {
    let p = vm.native_mut::<Partial>(v, PARTIAL)?;
    Ok((p.func.clone(), p.args.clone(), p.kw.clone()))
}

/// Is `v` a partial whose call is partial's own and which has no attributes set (so a
/// partial of it can be flattened into one)?
fn flattenable(vm: &Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return false;
    };
    let Payload::Native(n) = &o.payload else {
        return false;
    };
    if !n.0.try_borrow().is_ok_and(|b| b.is::<Partial>()) {
        return false;
    }
    let call = typeobj::lookup(&o.class, "__call__");
    let own = typeobj::lookup(&vm.native_types[PARTIAL], "__call__");
    let same_call = matches!((call, own), (Some(a), Some(b)) if a.is(&b));
    same_call && o.attrs().is_none_or(|d| d.borrow().is_empty())
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn dict_pairs(v: &Value) -> Vec<(Value, Value)> {
    match v.payload() {
        Some(Payload::Dict(d)) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn partial_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => c,
        _ => return Err(vm.type_error("partial.__new__(X): X is not a type object")),
    };
    args.pos.remove(0);
    if args.pos.is_empty() {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args.pos.remove(0);
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = args.pos.to_vec();
    let kw = vm.new_dict();
    if flattenable(vm, &func) {
        let (inner, pargs, pkw) = partial_state(vm, &func)?;
        let mut all = tuple_items(&pargs);
        all.extend(pos);
        pos = all;
        for (k, v) in dict_pairs(&pkw) {
            vm.dict_set_item(&kw, k, v)?;
        }
        func = inner;
    }
    for (k, v) in args.kw {
        let k = vm.new_str(&*k);
        vm.dict_set_item(&kw, k, v)?;
    }
    let state = Partial {
        func,
        args: vm.new_tuple(pos),
        kw,
    };
    Ok(new_with_dict(vm, &cls, state))
}

fn partial_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(
            vm.type_error("descriptor '__call__' of 'functools.partial' object needs an argument")
        );
    }
    let this = args.pos.remove(0);
    let (func, pargs, pkw) = partial_state(vm, &this)?;
    let mut call = Args::default();
    call.pos.extend(tuple_items(&pargs));
    call.pos.extend(args.pos);
    // {**self.keywords, **kwargs}: a keyword given again keeps its first position.
    for (k, v) in dict_pairs(&pkw) {
        let Some(name) = k.as_str().map(|s| Rc::<str>::from(s.as_str())) else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let v = match args.kw.iter().position(|(n, _)| *n == name) {
            Some(i) => args.kw.remove(i).1,
            None => v,
        };
        call.kw.push((name, v));
    }
    call.kw.extend(args.kw);
    vm.call(&func, call)
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let this = &args.pos[0];
    let (func, pargs, pkw) = partial_state(vm, this)?;
    let cls = vm.type_of(this).clone();
    // CPython's tp_name: "functools.partial", or a subclass's bare name.
    let name = if ty(&cls).heap {
        ty(&cls).name().to_string()
    } else {
        PARTIAL.to_string()
    };
    let mut parts = vec![vm.repr(&func)?];
    for a in tuple_items(&pargs) {
        parts.push(vm.repr(&a)?);
    }
    for (k, v) in dict_pairs(&pkw) {
        let k = vm.str_of(&k)?;
        let v = vm.repr(&v)?;
        parts.push(format!("{k}={v}"));
    }
    Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult {
    Ok(partial_state(vm, &args.pos[0])?.0)
}
fn partial_args(vm: &mut Vm, args: Args) -> PyResult {
    Ok(partial_state(vm, &args.pos[0])?.1)
}
fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult {
    Ok(partial_state(vm, &args.pos[0])?.2)
}

fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    let this = &args.pos[0];
    let (func, pargs, pkw) = partial_state(vm, this)?;
    let cls = Value::Obj(vm.type_of(this).clone());
    let kw = if dict_pairs(&pkw).is_empty() {
        Value::None
    } else {
        pkw
    };
    let dict = match this.obj().and_then(|o| o.dict.clone()) {
        Some(d) if !dict_pairs(&Value::Obj(d.clone())).is_empty() => Value::Obj(d),
        _ => Value::None,
    };
    let fargs = vm.new_tuple(vec![func.clone()]);
    let state = vm.new_tuple(vec![func, pargs, kw, dict]);
    Ok(vm.new_tuple(vec![cls, fargs, state]))
}

fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setstate__", 2, 2)?;
    let this = args.pos[0].clone();
    let Some(Payload::Tuple(state)) = args.pos[1].payload() else {
        return Err(vm.type_error("invalid partial state"));
    };
    let state = state.to_vec();
    let valid = state.len() == 4
        && vm.is_callable(&state[0])
        && matches!(state[1].payload(), Some(Payload::Tuple(_)))
        && (state[2].is_none() || matches!(state[2].payload(), Some(Payload::Dict(_))));
    if !valid {
        return Err(vm.type_error("invalid partial state"));
    }
    let fargs = vm.new_tuple(tuple_items(&state[1]));
    let kw = vm.new_dict();
    for (k, v) in dict_pairs(&state[2]) {
        vm.dict_set_item(&kw, k, v)?;
    }
    if let Some(d) = this.obj().and_then(|o| o.dict.clone()) {
        let dv = Value::Obj(d);
        dict_cell(&dv).borrow_mut().clear();
        for (k, v) in dict_pairs(&state[3]) {
            vm.dict_set_item(&dv, k, v)?;
        }
    }
    let mut p = vm.native_mut::<Partial>(&this, PARTIAL)?;
    p.func = state[0].clone();
    p.args = fargs;
    p.kw = kw;
    Ok(Value::None)
}

fn lru_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => c,
        _ => return Err(vm.type_error("_lru_cache_wrapper.__new__(X): X is not a type object")),
    };
    args.pos.remove(0);
    let slots = args.bind(
        vm,
        "lru_cache",
        &["user_function", "maxsize", "typed", "cache_info_type"],
        4,
    )?;
    let [func, maxsize, typed, info_type] =
        [0, 1, 2, 3].map(|i| slots[i].clone().expect("required"));
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = if maxsize.is_none() {
        None
    } else if crate::objects::int::is_int(&maxsize) {
        Some(crate::objects::int::ssize_arg(vm, &maxsize)?.max(0) as usize)
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let typed = vm.truthy(&typed)?;
    let state = Lru {
        func,
        maxsize,
        typed,
        cache: vm.new_dict(),
        hits: 0,
        misses: 0,
        info_type,
    };
    Ok(new_with_dict(vm, &cls, state))
}

/// The cache key of a call, as CPython's lru_cache_make_key builds it: a lone int or
/// str argument is its own key, otherwise a tuple of the arguments, the keyword names
/// and values after a marker, and with `typed` the types of all of them.
fn make_key(vm: &mut Vm, args: &Args, typed: bool) -> Value {
    if !typed && args.kw.is_empty() {
        if args.pos.len() == 1 {
            let a = &args.pos[0];
            let exact = match a {
                Value::Int(_) => true,
                Value::Obj(o) => {
                    (Rc::ptr_eq(&o.class, &vm.types.int) || Rc::ptr_eq(&o.class, &vm.types.str_))
                        && matches!(o.payload, Payload::Int(_) | Payload::Str(_))
                }
                _ => false,
            };
            if exact {
                return a.clone();
            }
        }
        return vm.new_tuple(args.pos.to_vec());
    }
    let mut key: Vec<Value> = args.pos.to_vec();
    if !args.kw.is_empty() {
        key.push(Value::Obj(vm.native_types["_functools.kwd_mark"].clone()));
        for (k, v) in &args.kw {
            key.push(vm.new_str(&**k));
            key.push(v.clone());
        }
    }
    if typed {
        for a in args.pos.iter() {
            key.push(Value::Obj(vm.type_of(a).clone()));
        }
        for (_, v) in &args.kw {
            key.push(Value::Obj(vm.type_of(v).clone()));
        }
    }
    vm.new_tuple(key)
}

fn dict_cell(d: &Value) -> &RefCell<crate::objects::dict::PyDict> {
    match d.payload() {
        Some(Payload::Dict(c)) => c,
        _ => unreachable!("the cache is a dict"),
    }
}

fn lru_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error(
            "descriptor '__call__' of 'functools._lru_cache_wrapper' object needs an argument",
        ));
    }
    let this = args.pos.remove(0);
    let (func, maxsize, typed, cache) = {
        let l = vm.native_mut::<Lru>(&this, LRU)?;
        (l.func.clone(), l.maxsize, l.typed, l.cache.clone())
    };
    if maxsize == Some(0) {
        vm.native_mut::<Lru>(&this, LRU)?.misses += 1;
        return vm.call(&func, args);
    }
    let key = make_key(vm, &args, typed);
    let hash = vm.hash(&key)?;
    if let Some(ix) = vm.dict_find(&cache, &key, hash)? {
        let found = {
            let mut d = dict_cell(&cache).borrow_mut();
            match maxsize {
                // A hit becomes the most recent entry.
                Some(_) => d.remove_at(ix).map(|e| {
                    d.insert_new(e.hash, e.key, e.value.clone());
                    e.value
                }),
                None => d.entry(ix).map(|e| e.value.clone()),
            }
        };
        if let Some(v) = found {
            vm.native_mut::<Lru>(&this, LRU)?.hits += 1;
            return Ok(v);
        }
    }
    vm.native_mut::<Lru>(&this, LRU)?.misses += 1;
    let result = vm.call(&func, args)?;
    // The call may have cached this key itself (recursion) or changed the cache.
    let again = vm.dict_find(&cache, &key, hash)?;
    let mut d = dict_cell(&cache).borrow_mut();
    match (again, maxsize) {
        (Some(ix), None) => d.set_value_at(ix, result.clone()),
        (Some(_), Some(_)) => {}
        (None, None) => d.insert_new(hash, key, result.clone()),
        (None, Some(max)) => {
            let oldest = if d.len() >= max {
                d.next_entry(0).map(|(ix, _)| ix)
            } else {
                None
            };
            let evicted = oldest.and_then(|ix| d.remove_at(ix));
            d.insert_new(hash, key, result.clone());
            drop(d);
            drop(evicted);
        }
    }
    Ok(result)
}

fn lru_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (this, obj) = (args.pos[0].clone(), args.pos[1].clone());
    if obj.is_none() {
        return Ok(this);
    }
    Ok(vm.alloc(
        &vm.types.method.clone(),
        Payload::BoundMethod {
            func: this,
            this: obj,
        },
    ))
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cache_info", 1, 1)?;
    let (hits, misses, maxsize, cache, info_type) = {
        let l = vm.native_mut::<Lru>(&args.pos[0], LRU)?;
        (
            l.hits,
            l.misses,
            l.maxsize,
            l.cache.clone(),
            l.info_type.clone(),
        )
    };
    let size = dict_cell(&cache).borrow().len() as i64;
    let maxsize = match maxsize {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    vm.call(
        &info_type,
        Args::new([
            Value::Int(hits),
            Value::Int(misses),
            maxsize,
            Value::Int(size),
        ]),
    )
}

fn lru_cache_clear(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cache_clear", 1, 1)?;
    let cache = {
        let mut l = vm.native_mut::<Lru>(&args.pos[0], LRU)?;
        l.hits = 0;
        l.misses = 0;
        l.cache.clone()
    };
    dict_cell(&cache).borrow_mut().clear();
    Ok(Value::None)
}

fn lru_self(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__copy__", 1, 2)?;
    Ok(args.pos[0].clone())
}

fn lru_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    vm.get_attr_str(&args.pos[0], "__qualname__")
}
