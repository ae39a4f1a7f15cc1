//! Iterator states for the builtin iterators (list, tuple, range, str, dict views, set,
//! enumerate, zip, map, filter, reversed, the sequence protocol and iter(f, sentinel)).

use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: num_bigint::BigInt,
        stop: num_bigint::BigInt,
        step: num_bigint::BigInt,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        /// Entries still expected: finding more means keys were replaced while the
        /// size stayed the same ("dictionary keys changed during iteration").
        left: usize,
        part: DictPart,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    /// `last`: the previous result tuple, refilled in place when nothing else holds it
    /// (as CPython does), so `for i, x in enumerate(...)` allocates no tuple per step.
    Enumerate {
        it: Value,
        n: Value,
        last: Option<crate::value::ObjRef>,
    },
    /// The iterators are shared (`Rc`) so that each step clones one pointer, not a Vec.
    Zip {
        its: std::rc::Rc<[Value]>,
        strict: bool,
        last: Option<crate::value::ObjRef>,
    },
    Map {
        f: Value,
        its: std::rc::Rc<[Value]>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: isize,
    },
    /// The old `__getitem__` protocol.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// An `itertools` iterator (see modules/itertools_next.rs).
    Tool(Box<crate::modules::itertools_next::Tool>),
    Exhausted,
}

impl crate::vm::Vm {
    /// The class CPython gives an iterator in this state (`list_iterator`, `zip`...).
    pub fn iter_class(&self, st: &IterState) -> crate::value::ObjRef {
        use crate::value::Payload;
        let t = &self.types;
        match st {
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => t.list_iterator.clone(),
                Some(Payload::Tuple(_)) => t.tuple_iterator.clone(),
                Some(Payload::Bytes(_)) => t.bytes_iterator.clone(),
                Some(Payload::ByteArray(_)) => t.bytearray_iterator.clone(),
                Some(Payload::MemoryView(_)) => t.memory_iterator.clone(),
                _ => t.iterator.clone(),
            },
            IterState::Range { .. } => t.range_iterator.clone(),
            IterState::BigRange { .. } => t.longrange_iterator.clone(),
            IterState::Str { s, .. } => match s.as_str() {
                Some(x) if x.as_str().is_ascii() => t.str_ascii_iterator.clone(),
                _ => t.str_iterator.clone(),
            },
            IterState::Dict { part, .. } => match part {
                DictPart::Keys => t.dict_keyiterator.clone(),
                DictPart::Values => t.dict_valueiterator.clone(),
                DictPart::Items => t.dict_itemiterator.clone(),
            },
            IterState::Set { .. } => t.set_iterator.clone(),
            IterState::Enumerate { .. } => t.enumerate_type.clone(),
            IterState::Zip { .. } => t.zip_type.clone(),
            IterState::Map { .. } => t.map_type.clone(),
            IterState::Filter { .. } => t.filter_type.clone(),
            IterState::Reversed { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => t.list_reverseiterator.clone(),
                _ => t.reversed_type.clone(),
            },
            IterState::Callable { .. } => t.callable_iterator.clone(),
            IterState::GetItem { .. } | IterState::Tool(_) | IterState::Exhausted => {
                t.iterator.clone()
            }
        }
    }
}
