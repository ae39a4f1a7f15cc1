//! Function-like objects: Python functions (code + globals + defaults + closure), native
//! builtins, and the VM-side code wrapper whose constants and names are already Values.

use crate::value::{ObjRef, Value};
use crate::vm::NativeFn;
use std::cell::RefCell;
use std::rc::Rc;
use taipan_bytecode::CodeObject;

/// A code object ready to run: constants converted to Values, names interned.
pub struct PyCode {
    pub co: Rc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub nlocalsplus: usize,
    pub ncells: usize,
    /// LOAD_GLOBAL's cache, one slot per name: valid while the globals and builtins dicts
    /// still have the versions it was filled at.
    pub global_cache: Box<[RefCell<Option<GlobalCache>>]>,
    /// LOAD_ATTR/LOAD_METHOD's cache, one slot per name (interp/attr_cache.rs).
    pub attr_cache: Box<[RefCell<Option<crate::interp::attr_cache::AttrCache>>]>,
    /// The stack-depth analysis has passed (`Vm::verify_code`): code loaded from a file
    /// is checked when it first runs, not when it is loaded.
    pub verified: std::cell::Cell<bool>,
}

/// Where a global was found, not the value itself: the cache must not keep objects alive
/// (a rebound global's old value is freed at once, as in CPython).
pub struct GlobalCache {
    /// Address of the globals dict object (compared, never dereferenced).
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub in_builtins: bool,
    /// Entry position in that dict; stable while its version is unchanged.
    pub index: usize,
}

pub struct PyFunction {
    pub code: Rc<PyCode>,
    pub globals: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Vec<Value>>,
    /// keyword-only defaults as (name, value)
    pub kwdefaults: RefCell<Vec<(Rc<str>, Value)>>,
    pub closure: Box<[Value]>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__annotations__` (kept out of `__dict__`, as CPython); Null until first asked for.
    pub annotations: RefCell<Value>,
}

/// Keyword-only defaults from a `__kwdefaults__` dict; keys that are not strings can
/// never name a parameter, so they are dropped.
pub fn kwdefaults_from_dict(d: &crate::objects::dict::PyDict) -> Vec<(Rc<str>, Value)> {
    d.iter()
        .filter_map(|e| Some((Rc::from(e.key.as_str()?.as_str()), e.value.clone())))
        .collect()
}

pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a builtin type: that type. Calls check their first argument
    /// against it, so a method body may rely on `self` being there and of its type.
    pub owner: Option<ObjRef>,
}
