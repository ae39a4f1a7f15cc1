//! The value representation. Small ints, floats, bools and the singletons live unboxed in
//! `Value`; everything else is an `Rc<PyObject>`: Rust's reference count is the object's
//! refcount, so an object dies (and a file closes) when its last reference goes, as in
//! CPython. `is` on unboxed values compares by value (as PyPy does).

use crate::objects::dict::PyDict;
use crate::objects::function::{PyBuiltin, PyCode, PyFunction};
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use crate::objects::typeobj::PyType;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// Ints that fit in i64; larger ones are `Payload::Int` objects.
    Int(i64),
    Float(f64),
    Obj(Rc<PyObject>),
    /// Never visible to Python code: marks an unbound local slot and the empty `self`
    /// slot that LOAD_METHOD leaves for a plain attribute.
    Null,
}

pub type ObjRef = Rc<PyObject>;

pub struct PyObject {
    /// The object's type (a `Payload::Type` object); reads as an `ObjRef`, and only
    /// `__class__` assignment changes it (see objects/class_slot.rs).
    pub class: crate::objects::class_slot::ClassSlot,
    /// Instance attributes, for instances of classes that have them: a dict object, so
    /// `obj.__dict__` is the live table itself.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

impl PyObject {
    /// A new, empty attribute table for an instance.
    pub fn new_attrs(dict_type: &ObjRef) -> ObjRef {
        Rc::new(PyObject {
            class: dict_type.clone().into(),
            dict: None,
            payload: Payload::Dict(RefCell::new(PyDict::default())),
        })
    }

    /// The instance attribute table, if the object has one.
    pub fn attrs(&self) -> Option<&RefCell<PyDict>> {
        match &self.dict.as_ref()?.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

pub enum Payload {
    /// Plain instance of a user class (attributes in `dict`).
    Instance,
    Int(BigInt),
    Float(f64),
    /// (real, imag).
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(Box<crate::objects::bytes::PyByteArray>),
    MemoryView(Box<crate::objects::memoryview::PyMemoryView>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<PyDict>),
    Set(RefCell<PySet>),
    FrozenSet(PySet),
    Type(Box<PyType>),
    Function(Box<PyFunction>),
    BoundMethod {
        func: Value,
        this: Value,
    },
    Builtin(PyBuiltin),
    Code(Rc<PyCode>),
    Cell(RefCell<Option<Value>>),
    Module(crate::objects::module::PyModule),
    Exception(Box<RefCell<crate::objects::exception::PyException>>),
    Generator(Box<RefCell<crate::objects::generator::GenState>>),
    /// A `__slots__` member of a class: the slot's value lives in the instance's attribute
    /// table under `name` (see objects/member.rs).
    Member {
        name: Value,
        owner: crate::value::ObjRef,
    },
    /// `int | str` (see objects/union.rs).
    Union(Box<[Value]>),
    /// `list[int]`.
    GenericAlias {
        origin: Value,
        args: Box<[Value]>,
    },
    /// The awaitables of coroutines and async generators (see objects/coroutine.rs).
    Await(RefCell<crate::objects::coroutine::AwaitState>),
    Frame(crate::objects::frame::PyFrame),
    Traceback(crate::objects::traceback::PyTraceback),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds or length do not fit i64 (rare; the slow, exact path).
    BigRange(Box<crate::objects::range::BigRange>),
    /// dict.keys()/values()/items(): a live view of `dict`.
    DictView {
        dict: Value,
        part: crate::objects::iter::DictPart,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Iter(Box<RefCell<crate::objects::iter::IterState>>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        thisclass: ObjRef,
        obj: Value,
        objtype: ObjRef,
    },
    /// A user object's counter or flag (used for e.g. `object()` sentinels).
    Marker(Cell<u64>),
    /// A file object from `open()` (see objects/file.rs).
    File(Box<crate::objects::file::PyFile>),
    /// An instance of a native module's class (see objects/native.rs).
    Native(crate::objects::native::NativeObj),
}

impl Value {
    #[inline]
    pub fn obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    pub fn as_type(&self) -> Option<&PyType> {
        match self.payload() {
            Some(Payload::Type(t)) => Some(t),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable identity number (`id()`): the address for heap objects.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::NotImplemented => 0x1010,
            Value::Ellipsis => 0x1020,
            Value::Bool(b) => 0x1030 + i64::from(*b) * 16,
            Value::Int(i) => i.wrapping_mul(16).wrapping_add(0x7000_0000),
            Value::Float(f) => (f.to_bits() as i64).wrapping_mul(16),
            Value::Null => 0,
        }
    }
}

impl PyObject {
    pub fn type_payload(&self) -> Option<&PyType> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}

/// Containers whose contents were moved out of a dying object (see `Drop for PyObject`).
/// Dropping one drops the values it holds.
#[allow(dead_code)]
enum Contents {
    Values(Vec<Value>),
    Boxed(Box<[Value]>),
    Dict(PyDict),
    Set(PySet),
    Object(ObjRef),
}

thread_local! {
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Contents>> = const { RefCell::new(Vec::new()) };
}

/// Nesting beyond which a dying object's contents are queued instead of freed at once.
const DEFER_DEPTH: u32 = 1000;

/// Freeing a deeply nested structure (a list of lists ten million deep, a long linked
/// list of instances) would recurse once per level in Rust and overflow the stack. As
/// CPython's "trashcan": a dying container's contents are moved out and freed inside this
/// `drop`, where the nesting depth is known; past `DEFER_DEPTH` they are queued instead,
/// and the outermost drop empties the queue iteratively.
impl Drop for PyObject {
    fn drop(&mut self) {
        crate::memory::weak::on_drop(self);
        if crate::memory::del::intercept(self) {
            return;
        }
        let (dict, payload) = (self.dict.take(), take_contents(&mut self.payload));
        if dict.is_none() && payload.is_none() {
            return;
        }
        let depth = DROP_DEPTH.with(|d| {
            let v = d.get() + 1;
            d.set(v);
            v
        });
        let dict = dict.map(Contents::Object);
        if depth > DEFER_DEPTH {
            let _ = DEFERRED.try_with(|q| {
                if let Ok(mut q) = q.try_borrow_mut() {
                    q.extend(dict.into_iter().chain(payload));
                }
            });
        } else {
            drop(dict);
            drop(payload);
        }
        if depth == 1 {
            // The outermost drop: free what deeper drops queued, one container at a time.
            while let Some(c) = DEFERRED
                .try_with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop()))
                .ok()
                .flatten()
            {
                drop(c);
            }
        }
        DROP_DEPTH.with(|d| d.set(depth - 1));
    }
}

/// CPython releases a list's or tuple's items last to first: with `__del__` around the
/// order is visible, so the items are reversed to drop in that order.
pub fn in_release_order(mut v: Vec<Value>) -> Vec<Value> {
    if crate::memory::del::DEL_SEEN.load(std::sync::atomic::Ordering::Relaxed) {
        v.reverse();
    }
    v
}

fn take_contents(p: &mut Payload) -> Option<Contents> {
    Some(match p {
        Payload::List(l) => Contents::Values(in_release_order(std::mem::take(l.get_mut()))),
        Payload::Tuple(t) => Contents::Boxed(in_release_order(std::mem::take(t).into_vec()).into()),
        Payload::Dict(d) => Contents::Dict(std::mem::take(d.get_mut())),
        Payload::Set(s) => Contents::Set(std::mem::take(s.get_mut())),
        Payload::FrozenSet(s) => Contents::Set(std::mem::take(s)),
        _ => return None,
    })
}

#[cfg(test)]
mod size_tests {
    /// Every object carries a whole `Payload`: large variants are boxed so that a str or
    /// an int stays small (memory use and cache misses grow with this size).
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::PyObject>() <= 96);
        assert!(std::mem::size_of::<super::Value>() == 16);
    }
}
