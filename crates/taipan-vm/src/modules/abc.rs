//! `_abc`: the native half of `lib/abc.py`, with CPython 3.12's API (`_abc_init`,
//! `_abc_register`, `_abc_instancecheck`, `_abc_subclasscheck`, `_get_dump`,
//! `_reset_registry`, `_reset_caches`, `get_cache_token`).
//!
//! Each ABC keeps an `_abc_impl` object (class `_abc._abc_data`) holding its registry of
//! virtual subclasses and its positive and negative caches. As in CPython these sets hold
//! weak references, so registering or testing a class never keeps it alive; here they are
//! Rust `Weak`s keyed by address (a `Weak` keeps the allocation, so an address cannot be
//! reused while its entry exists). One counter, bumped by every `register()`, invalidates
//! all negative caches (`get_cache_token()`).
//!
//! Registration also sets CPython's Py_TPFLAGS_SEQUENCE/MAPPING on the registered class
//! and its subclasses (what `match` tests), and `_abc_init` takes `__abc_tpflags__` from
//! the class namespace, as CPython's `_abc` does.

use crate::modules::sys::{module_set, new_module};
use crate::objects::typeobj::{self, ty, COLLECTION_FLAGS};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use rustc_hash::FxHashMap;
use std::cell::Cell;
use std::rc::{Rc, Weak};

thread_local! {
    /// CPython's abc_invalidation_counter.
    static INVALIDATION: Cell<i64> = const { Cell::new(0) };
}

fn counter() -> i64 {
    INVALIDATION.with(|c| c.get())
}

/// A set of classes held weakly, in insertion order.
#[derive(Default)]
struct WeakSet {
    map: FxHashMap<usize, (u64, Weak<PyObject>)>,
    seq: u64,
    prune_at: usize,
}

fn key(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const () as usize
}

impl WeakSet {
    fn contains(&self, o: &ObjRef) -> bool {
        self.map
            .get(&key(o))
            .is_some_and(|(_, w)| w.strong_count() > 0)
    }

    fn add(&mut self, o: &ObjRef) {
        if self.map.len() >= self.prune_at.max(16) {
            self.map.retain(|_, (_, w)| w.strong_count() > 0);
            self.prune_at = self.map.len() * 2;
        }
        self.seq += 1;
        let seq = self.seq;
        self.map
            .entry(key(o))
            .or_insert_with(|| (seq, Rc::downgrade(o)));
    }

    fn live(&self) -> Vec<ObjRef> {
        let mut v: Vec<(u64, ObjRef)> = self
            .map
            .values()
            .filter_map(|(s, w)| w.upgrade().map(|o| (*s, o)))
            .collect();
        v.sort_by_key(|(s, _)| *s);
        v.into_iter().map(|(_, o)| o).collect()
    }

    fn clear(&mut self) {
        self.map.clear();
    }
}

/// The state behind `cls._abc_impl`.
#[derive(Default)]
struct AbcData {
    registry: WeakSet,
    cache: WeakSet,
    negative_cache: WeakSet,
    negative_cache_version: i64,
}

const DATA_CLASS: &str = "_abc._abc_data";

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_abc");
    let cls = crate::objects::native::native_class(vm, "_abc_data", "_abc", &[]);
    vm.native_types.insert(DATA_CLASS, cls.clone());
    module_set(vm, &m, "_abc_data", Value::Obj(cls));
    let funcs: [(&'static str, NativeFn); 8] = [
        ("get_cache_token", get_cache_token),
        ("_abc_init", abc_init),
        ("_abc_register", abc_register),
        ("_abc_instancecheck", abc_instancecheck),
        ("_abc_subclasscheck", abc_subclasscheck),
        ("_get_dump", get_dump),
        ("_reset_registry", reset_registry),
        ("_reset_caches", reset_caches),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

fn get_cache_token(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "get_cache_token", 0, 0)?;
    Ok(Value::Int(counter()))
}

/// `cls._abc_impl`, checked to be an `_abc_data`.
fn impl_of(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let imp = vm.get_attr_str(cls, "_abc_impl")?;
    let ok = matches!(imp.payload(), Some(Payload::Native(n))
        if n.0.try_borrow().map(|b| b.is::<AbcData>()).unwrap_or(true));
    if !ok {
        return Err(vm.type_error("_abc_impl is set to a wrong type"));
    }
    Ok(imp)
}

fn with_data<R>(vm: &mut Vm, imp: &Value, f: impl FnOnce(&mut AbcData) -> R) -> PyResult<R> {
    let mut d = vm.native_mut::<AbcData>(imp, "_abc_data")?;
    Ok(f(&mut d))
}

fn type_arg(v: &Value) -> Option<ObjRef> {
    v.obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
}

/// CPython's `_PyObject_IsAbstract`: a true `__isabstractmethod__` attribute.
pub fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let name = vm.intern("__isabstractmethod__");
    match vm.lookup_attr(v, &name)? {
        Some(x) => vm.truthy(&x),
        None => Ok(false),
    }
}

/// `_abc_init(cls)`: computes `__abstractmethods__`, creates `_abc_impl` and applies
/// `__abc_tpflags__`.
fn abc_init(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_abc_init", 1, 1)?;
    let this = args.pos[0].clone();
    compute_abstract_methods(vm, &this)?;
    let Some(cls) = vm.native_types.get(DATA_CLASS).cloned() else {
        return Err(vm.runtime_error("_abc is not initialised"));
    };
    let data = vm.new_native(
        &cls,
        AbcData {
            negative_cache_version: counter(),
            ..Default::default()
        },
    );
    let k = vm.intern("_abc_impl");
    vm.set_attr(&this, &k, data)?;
    if let Some(t) = type_arg(&this) {
        let flags = ty(&t).dict.borrow().get_str("__abc_tpflags__");
        if let Some(flags) = flags {
            if let Value::Int(val) = flags {
                let val = val as u32;
                if val & COLLECTION_FLAGS == COLLECTION_FLAGS {
                    return Err(vm.type_error(
                        "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
                    ));
                }
                let tt = ty(&t);
                tt.flags
                    .set((tt.flags.get() & !COLLECTION_FLAGS) | (val & COLLECTION_FLAGS));
            }
            ty(&t).dict.borrow_mut().del_str("__abc_tpflags__");
        }
    }
    Ok(Value::None)
}

fn compute_abstract_methods(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let mut abstracts: Vec<Value> = Vec::new();
    // Stage 1: the class's own namespace.
    let ns = vm.get_attr_str(this, "__dict__")?;
    let keys = vm.iterate(&ns)?;
    for k in keys {
        let v = vm.get_item(&ns, &k)?;
        if is_abstract(vm, &v)? {
            abstracts.push(k);
        }
    }
    // Stage 2: what the bases left abstract and the class did not implement.
    let bases = vm.get_attr_str(this, "__bases__")?;
    let Some(Payload::Tuple(bases)) = bases.payload() else {
        return Err(vm.type_error("__bases__ is not tuple"));
    };
    let am = vm.intern("__abstractmethods__");
    for base in bases.iter() {
        let Some(base_abstracts) = vm.lookup_attr(base, &am)? else {
            continue;
        };
        for name in vm.iterate(&base_abstracts)? {
            if name.as_str().is_none() {
                let t = vm.type_name(&name);
                return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
            }
            let Some(v) = vm.lookup_attr(this, &name)? else {
                continue;
            };
            if is_abstract(vm, &v)? {
                abstracts.push(name);
            }
        }
    }
    let fs = vm.new_frozenset_from(abstracts)?;
    vm.set_attr(this, &am, fs)
}

/// `_abc_register(cls, subclass)`.
fn abc_register(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_abc_register", 2, 2)?;
    let (this, sub) = (args.pos[0].clone(), args.pos[1].clone());
    let Some(sub_t) = type_arg(&sub) else {
        return Err(vm.type_error("Can only register classes"));
    };
    if crate::builtins::object_issubclass(vm, &sub, &this)? {
        return Ok(sub); // Already a subclass.
    }
    // Subtle: test for cycles *after* testing for "already a subclass"; this means we
    // allow X.register(X) and interpret it as a no-op.
    if crate::builtins::object_issubclass(vm, &this, &sub)? {
        return Err(vm.runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(vm, &this)?;
    with_data(vm, &imp, |d| d.registry.add(&sub_t))?;
    INVALIDATION.with(|c| c.set(c.get() + 1));
    if let Some(t) = type_arg(&this) {
        let flag = ty(&t).flags.get() & COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag_recursive(&sub_t, flag);
        }
    }
    Ok(sub)
}

fn set_collection_flag_recursive(child: &ObjRef, flag: u32) {
    let t = ty(child);
    // Builtin (immutable) types keep their flags.
    if !t.heap || t.flags.get() & COLLECTION_FLAGS == flag {
        return;
    }
    t.flags.set((t.flags.get() & !COLLECTION_FLAGS) | flag);
    for g in typeobj::subclasses(child) {
        set_collection_flag_recursive(&g, flag);
    }
}

fn call_method1(vm: &mut Vm, obj: &Value, name: &str, arg: Value) -> PyResult {
    let m = vm.get_attr_str(obj, name)?;
    vm.call1(&m, arg)
}

/// `_abc_instancecheck(cls, instance)`.
fn abc_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_abc_instancecheck", 2, 2)?;
    let (this, inst) = (args.pos[0].clone(), args.pos[1].clone());
    let imp = impl_of(vm, &this)?;
    let subclass = vm.get_attr_str(&inst, "__class__")?;
    if let Some(s) = type_arg(&subclass) {
        if with_data(vm, &imp, |d| d.cache.contains(&s))? {
            return Ok(Value::Bool(true));
        }
    }
    let subtype = vm.type_of(&inst).clone();
    if subclass.obj().is_some_and(|s| Rc::ptr_eq(s, &subtype)) {
        let negative = with_data(vm, &imp, |d| {
            d.negative_cache_version == counter() && d.negative_cache.contains(&subtype)
        })?;
        if negative {
            return Ok(Value::Bool(false));
        }
        // Fall back to the subclass check.
        return call_method1(vm, &this, "__subclasscheck__", subclass);
    }
    let r = call_method1(vm, &this, "__subclasscheck__", subclass)?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    call_method1(vm, &this, "__subclasscheck__", Value::Obj(subtype))
}

/// `_abc_subclasscheck(cls, subclass)`.
fn abc_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_abc_subclasscheck", 2, 2)?;
    let (this, sub) = (args.pos[0].clone(), args.pos[1].clone());
    let Some(sub_t) = type_arg(&sub) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let imp = impl_of(vm, &this)?;
    // 1. The cache; 2. the negative cache, unless a registration made it stale.
    let cached = with_data(vm, &imp, |d| {
        if d.cache.contains(&sub_t) {
            return Some(true);
        }
        let now = counter();
        if d.negative_cache_version < now {
            d.negative_cache.clear();
            d.negative_cache_version = now;
        } else if d.negative_cache.contains(&sub_t) {
            return Some(false);
        }
        None
    })?;
    if let Some(r) = cached {
        return Ok(Value::Bool(r));
    }
    let remember = |vm: &mut Vm, ok: bool| -> PyResult {
        with_data(vm, &imp, |d| {
            if ok {
                d.cache.add(&sub_t)
            } else {
                d.negative_cache.add(&sub_t)
            }
        })?;
        Ok(Value::Bool(ok))
    };
    // 3. The subclass hook.
    let ok = call_method1(vm, &this, "__subclasshook__", sub.clone())?;
    match ok {
        Value::Bool(b) => return remember(vm, b),
        Value::NotImplemented => {}
        _ => {
            return Err(vm.new_exception(
                &vm.exc.assertion_error.clone(),
                "__subclasshook__ must return either False, True, or NotImplemented",
            ))
        }
    }
    // 4. A direct subclass.
    if let Some(t) = this.obj() {
        if ty(&sub_t).mro.borrow().iter().any(|m| Rc::ptr_eq(m, t)) {
            return remember(vm, true);
        }
    }
    // 5. A subclass of a registered class (recursive).
    let registry = with_data(vm, &imp, |d| {
        if d.registry.contains(&sub_t) {
            None
        } else {
            Some(d.registry.live())
        }
    })?;
    let Some(registry) = registry else {
        return Ok(Value::Bool(true));
    };
    for r in registry {
        if crate::builtins::object_issubclass(vm, &sub, &Value::Obj(r))? {
            return remember(vm, true);
        }
    }
    // 6. A subclass of a subclass (recursive).
    let subs = vm.get_attr_str(&this, "__subclasses__")?;
    let subs = vm.call0(&subs)?;
    let Some(Payload::List(items)) = subs.payload() else {
        return Err(vm.type_error("__subclasses__() must return a list"));
    };
    let items = items.borrow().clone();
    for s in items {
        if crate::builtins::object_issubclass(vm, &sub, &s)? {
            return remember(vm, true);
        }
    }
    // No dice; update the negative cache.
    remember(vm, false)
}

/// `_get_dump(cls)`: (registry, cache, negative cache, negative cache version), the
/// sets holding the classes themselves (CPython's hold weak references to them).
fn get_dump(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_get_dump", 1, 1)?;
    let imp = impl_of(vm, &args.pos[0])?;
    let (r, c, n, v) = with_data(vm, &imp, |d| {
        (
            d.registry.live(),
            d.cache.live(),
            d.negative_cache.live(),
            d.negative_cache_version,
        )
    })?;
    let mut out = Vec::new();
    for set in [r, c, n] {
        let items = set.into_iter().map(Value::Obj).collect();
        out.push(vm.new_set_from(items)?);
    }
    out.push(Value::Int(v));
    Ok(vm.new_tuple(out))
}

fn reset_registry(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_reset_registry", 1, 1)?;
    let imp = impl_of(vm, &args.pos[0])?;
    with_data(vm, &imp, |d| d.registry.clear())?;
    Ok(Value::None)
}

fn reset_caches(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_reset_caches", 1, 1)?;
    let imp = impl_of(vm, &args.pos[0])?;
    with_data(vm, &imp, |d| {
        d.cache.clear();
        d.negative_cache.clear();
    })?;
    Ok(Value::None)
}
