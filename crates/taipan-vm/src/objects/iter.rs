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
        part: DictPart,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
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
    Exhausted,
}
