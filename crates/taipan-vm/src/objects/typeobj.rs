//! Type objects: name, bases, C3 MRO, the attribute dict, and which builtin layout its
//! instances carry (`Layout`), so `class L(list)` instances hold a real list payload.

use crate::objects::dict::PyDict;
use crate::objects::typecache::{self, Versioned};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// `PyType::flags`: CPython's Py_TPFLAGS_IS_ABSTRACT (set while `__abstractmethods__` is
/// non-empty; object.__new__ refuses such a class).
pub const FLAG_ABSTRACT: u32 = 1 << 20;
/// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (same bit values, which
/// `collections.abc` names in `__abc_tpflags__`): what the match statement's sequence and
/// mapping patterns test. Builtin list/tuple/range and dict carry them; a class inherits
/// the first one found along its MRO; ABC registration sets them (see modules/abc.rs).
pub const FLAG_SEQUENCE: u32 = 1 << 5;
pub const FLAG_MAPPING: u32 = 1 << 6;
pub const COLLECTION_FLAGS: u32 = FLAG_SEQUENCE | FLAG_MAPPING;

/// The builtin payload an instance of a type (or of its subclasses) carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// property, staticmethod, classmethod: subclassable wrappers of callables.
    Descriptor,
    /// Types that cannot be instantiated from Python (function, NoneType...).
    Opaque,
    /// A native module's type that classes may subclass (`itertools.chain`): a subclass's
    /// instance holds the payload the native `__new__` builds.
    Native,
}

pub struct PyType {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: Versioned<Vec<ObjRef>>,
    pub mro: Versioned<Vec<ObjRef>>,
    /// Mutable borrows invalidate the type attribute cache (objects/typecache.rs).
    pub dict: Versioned<PyDict>,
    pub layout: Layout,
    /// Defined by a class statement (or type(name, bases, ns)): may have user dunders.
    pub heap: bool,
    /// Instances have a `__dict__`: false for a class whose `__slots__` (and its bases')
    /// leave it out. Slot values still live in the instance's attribute table, but only
    /// the names in `slots` can be set there.
    pub instance_dict: Cell<bool>,
    /// Every slot name of the class and its bases, when `instance_dict` is false.
    pub slots: RefCell<Vec<Rc<str>>>,
    /// `FLAG_*` bits.
    pub flags: Cell<u32>,
    /// The classes naming this one in their `__bases__`, in creation order
    /// (`type.__subclasses__()`); dead entries are dropped as the list grows.
    pub subclasses: RefCell<Vec<Weak<PyObject>>>,
    /// (cache epoch, HOOK_* bits): which attribute hooks the class's heap part defines.
    pub hooks: Cell<(u64, u8)>,
    /// The name error messages give instances' type, when it differs from `__name__`:
    /// CPython's C types name their module there (`'collections.deque'`), and Taipan's
    /// library classes standing in for them say the same.
    pub tp_name: RefCell<Option<Rc<str>>>,
}

impl PyType {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
}

/// Creates a type object. `metaclass` is `type` (or a subclass for user metaclasses).
pub fn new_type(
    metaclass: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    layout: Layout,
    heap: bool,
) -> ObjRef {
    let cls = Rc::new(PyObject {
        class: metaclass.clone(),
        dict: None,
        payload: type_payload(name, bases, layout, heap),
    });
    for b in ty(&cls).bases.borrow().iter() {
        add_subclass(b, &cls);
    }
    cls
}

/// Records `cls` in `base`'s `__subclasses__()`.
pub fn add_subclass(base: &ObjRef, cls: &ObjRef) {
    let mut subs = ty(base).subclasses.borrow_mut();
    if subs.len() >= 8 && subs.len().is_power_of_two() {
        subs.retain(|w| w.strong_count() > 0);
    }
    subs.push(Rc::downgrade(cls));
}

/// The live classes of `base.__subclasses__()`.
pub fn subclasses(base: &ObjRef) -> Vec<ObjRef> {
    ty(base)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect()
}

/// CPython's inherit_patma_flags: a class without a collection flag of its own takes the
/// first one along its MRO (call once the MRO is set).
pub fn inherit_collection_flags(cls: &ObjRef) {
    let t = ty(cls);
    if t.flags.get() & COLLECTION_FLAGS != 0 {
        return;
    }
    let found = t
        .mro
        .borrow()
        .iter()
        .skip(1)
        .map(|m| ty(m).flags.get() & COLLECTION_FLAGS)
        .find(|f| *f != 0);
    if let Some(f) = found {
        t.flags.set(t.flags.get() | f);
    }
}

pub fn type_payload(name: &str, bases: Vec<ObjRef>, layout: Layout, heap: bool) -> Payload {
    // A new type may reuse a dead one's address, which the cache keys on.
    typecache::bump();
    let instance_dict = heap || layout == Layout::Exception;
    Payload::Type(Box::new(PyType {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: Versioned::new(bases),
        mro: Versioned::new(Vec::new()),
        dict: Versioned::new(PyDict::default()),
        layout,
        heap,
        instance_dict: Cell::new(instance_dict),
        slots: RefCell::new(Vec::new()),
        flags: Cell::new(0),
        subclasses: RefCell::new(Vec::new()),
        hooks: Cell::new((0, 0)),
        tp_name: RefCell::new(None),
    }))
}

pub fn ty(o: &ObjRef) -> &PyType {
    match &o.payload {
        Payload::Type(t) => t,
        // Callers only pass type objects (an object's class is always a type).
        _ => panic!("not a type object"),
    }
}

/// C3 linearisation; `Err` holds CPython's message for an inconsistent hierarchy.
pub fn compute_mro(cls: &ObjRef) -> Result<Vec<ObjRef>, String> {
    let bases = ty(cls).bases.borrow().clone();
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|p| Rc::ptr_eq(p, b)) {
            return Err(format!("duplicate base class {}", ty(b).name()));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| ty(b).mro.borrow().clone()).collect();
    seqs.push(bases.clone());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(c) = candidate else {
            // As CPython: the heads of the lists still to merge, each once.
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            let names: Vec<String> = heads.iter().map(|b| ty(b).name().to_string()).collect();
            return Err(format!(
                // CPython's message has this line break.
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match &a.payload {
        Payload::Type(t) => t.mro.borrow().iter().any(|m| Rc::ptr_eq(m, b)),
        _ => false,
    }
}

/// Looks `name` up along the MRO of `cls` (no descriptor binding).
pub fn lookup(cls: &ObjRef, name: &str) -> Option<Value> {
    typecache::cached(cls, name, false, false, || mro_lookup(cls, name)).map(|(v, _)| v)
}

fn mro_lookup(cls: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    let hash = crate::objects::str::hash_str(name);
    for m in ty(cls).mro.borrow().iter() {
        if let Some(v) = ty(m).dict.borrow().get_str_hashed(name, hash) {
            return Some((v, m.clone()));
        }
    }
    None
}

/// Like `lookup` but also reports which class defined it.
pub fn lookup_with_owner(cls: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    typecache::cached(cls, name, false, true, || mro_lookup(cls, name))
        .and_then(|(v, o)| Some((v, o?)))
}

/// Does a heap class in `cls`'s MRO define `name` before any builtin class that does?
/// (A builtin base without it is passed over: in `class C(int, Mixin)` the mixin's
/// `__contains__` counts, its `__add__` does not.)
pub fn user_defines(cls: &ObjRef, name: &str) -> Option<Value> {
    let found = typecache::cached(cls, name, true, false, || {
        let hash = crate::objects::str::hash_str(name);
        for m in ty(cls).mro.borrow().iter() {
            let t = ty(m);
            if !t.heap {
                if t.dict.borrow().get_str_hashed(name, hash).is_some() {
                    return None;
                }
                continue;
            }
            if let Some(v) = t.dict.borrow().get_str_hashed(name, hash) {
                return Some((v, m.clone()));
            }
        }
        None
    });
    found.map(|(v, _)| v)
}

pub fn set_attr(vm: &mut Vm, cls: &ObjRef, name: &str, v: Value) {
    let key = vm.intern(name);
    ty(cls).dict.borrow_mut().set_str(key, v);
}

/// Adds native methods to a builtin type's dict.
pub fn add_methods(vm: &mut Vm, cls: &ObjRef, methods: &[(&'static str, crate::vm::NativeFn)]) {
    for (name, f) in methods {
        let b = vm.alloc(
            &vm.types.builtin_function.clone(),
            Payload::Builtin(crate::objects::function::PyBuiltin {
                name,
                func: *f,
                owner: Some(cls.clone()),
            }),
        );
        set_attr(vm, cls, name, b);
    }
}

/// Adds native classmethods (their first argument is the class).
pub fn add_classmethods(
    vm: &mut Vm,
    cls: &ObjRef,
    methods: &[(&'static str, crate::vm::NativeFn)],
) {
    for (name, f) in methods {
        let b = vm.new_builtin(name, *f);
        let cm = vm.alloc(&vm.types.classmethod.clone(), Payload::ClassMethod(b));
        set_attr(vm, cls, name, cm);
    }
}

/// The most derived layout among `bases` (the "solid base"), or a TypeError message.
pub fn solid_layout(bases: &[ObjRef]) -> Result<Layout, String> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = ty(b).layout;
        if l == Layout::Opaque {
            return Err(format!(
                "type '{}' is not an acceptable base type",
                full_name(b, false)
            ));
        }
        if l != Layout::Object {
            if layout != Layout::Object && layout != l {
                return Err("multiple bases have instance lay-out conflict".into());
            }
            layout = l;
        }
    }
    Ok(layout)
}

/// `module.Qualname`, or just `Qualname` for builtins (and for `__main__` with `hide_main`,
/// as tracebacks print it).
pub fn full_name(cls: &ObjRef, hide_main: bool) -> String {
    let t = ty(cls);
    let module = t.dict.borrow().get_str("__module__");
    match module.as_ref().and_then(|m| m.as_str()).map(|m| m.as_str()) {
        Some(m) if m != "builtins" && !(hide_main && m == "__main__") => {
            format!("{m}.{}", t.qualname.borrow())
        }
        _ => t.qualname.borrow().to_string(),
    }
}

pub fn type_repr(cls: &ObjRef) -> String {
    format!("<class '{}'>", full_name(cls, false))
}

/// object.__repr__: `<module.Class object at 0x...>`.
pub fn instance_repr(cls: &ObjRef, id: i64) -> String {
    format!("<{} object at {id:#x}>", full_name(cls, false))
}

pub fn check_type(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("expected a type, not {}", vm.type_name(v)))),
    }
}

pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 2;
pub const HOOK_SETATTR: u8 = 4;
pub const HOOK_DELATTR: u8 = 8;
/// `__del__` (see memory/del.rs).
pub const HOOK_DEL: u8 = 16;

/// Which of `__getattribute__`, `__getattr__`, `__setattr__`, `__delattr__` a heap class
/// defines (as HOOK_* bits), remembered until any type changes: every attribute access
/// asks, and the answer is almost always "none".
#[inline]
pub fn hooks(cls: &ObjRef) -> u8 {
    let t = ty(cls);
    let epoch = typecache::epoch();
    let (e, bits) = t.hooks.get();
    if e == epoch {
        return bits;
    }
    let mut bits = 0;
    if t.heap {
        for (name, bit) in [
            ("__getattribute__", HOOK_GETATTRIBUTE),
            ("__setattr__", HOOK_SETATTR),
            ("__delattr__", HOOK_DELATTR),
        ] {
            if user_defines(cls, name).is_some() {
                bits |= bit;
            }
        }
        if lookup(cls, "__getattr__").is_some() {
            bits |= HOOK_GETATTR;
        }
        if lookup(cls, "__del__").is_some() {
            bits |= HOOK_DEL;
            crate::memory::del::DEL_SEEN.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    t.hooks.set((epoch, bits));
    bits
}
