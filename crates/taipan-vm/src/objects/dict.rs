//! The dict table: CPython's compact layout (an index table probed with CPython's
//! perturbation sequence, pointing into an insertion-ordered entry array).
//!
//! This file only knows hashes and "fast" key equality for builtin keys. Lookups whose keys
//! may run user `__eq__` go through `Vm::dict_*` (objects/dict_ops.rs), which calls user
//! code without holding a borrow of the table, so `__eq__` may even mutate the dict.

use crate::value::{Payload, Value};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct PyDict {
    /// The open-addressing table (fixed size between resizes, so a boxed slice: a dict
    /// object stays within the PyObject size budget).
    indices: Box<[i32]>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Index slots not EMPTY (live entries plus DUMMY markers): the table grows when
    /// this reaches two thirds of its size, so probing always finds an empty slot.
    filled: u32,
    /// No live entry lies before this position; removals at either end keep the
    /// entries tight, so FIFO and LIFO use (`next(iter(d))`, popitem) stay O(1).
    /// (`filled` and `first` are u32, as the i32 index entries are.)
    first: u32,
    /// Changes on every mutation, to a value no dict has had before: (dict, version)
    /// identifies the contents, which is what the global-lookup caches rely on.
    pub version: u64,
}

/// A process-wide counter, so a version number is never reused by another dict.
fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Result of probing without calling user code.
pub enum Probe {
    Found(usize),
    Missing,
    /// Entries with the same hash whose keys need a full `==` to decide.
    NeedEq(Vec<(usize, Value)>),
}

/// Equality that needs no user code: `Some` when decidable for builtin values.
/// `a < b` without calling Python code, for exact builtin ints, floats, strs and tuples of
/// them (what sorting mostly compares); None means "ask the full protocol".
pub fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => {
            let builtin =
                |o: &crate::value::PyObject| o.class.type_payload().is_some_and(|t| !t.heap);
            if !builtin(x) || !builtin(y) {
                return None;
            }
            match (&x.payload, &y.payload) {
                // UTF-8 byte order is code point order.
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() < t.as_str()),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !fast_eq(p, q)? {
                            return fast_lt(p, q);
                        }
                    }
                    Some(s.len() < t.len())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
            Some(i64::from(*x) == *y)
        }
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(f64::from(u8::from(*x)) == *y)
        }
        // A big int against a float: exact comparison (10**20 == 1e20).
        (Value::Obj(o), Value::Float(_)) | (Value::Float(_), Value::Obj(o))
            if matches!(o.payload, Payload::Int(_))
                && !o.class.type_payload().is_some_and(|t| t.heap) =>
        {
            Some(crate::objects::float::compare_num(
                a,
                b,
                taipan_bytecode::CmpOp::Eq,
            ))
        }
        (Value::Obj(x), Value::Obj(y)) => {
            let heap =
                |o: &crate::value::PyObject| o.class.type_payload().map(|t| t.heap).unwrap_or(true);
            if heap(x) || heap(y) {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !fast_eq(p, q)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
                (Payload::Type(_), Payload::Type(_)) => Some(false),
                (Payload::Function(_), _) | (Payload::Builtin(_), _) => Some(false),
                _ => None,
            }
        }
        // A subclass (of int, str...) may define __eq__: only builtin types are decided here.
        (Value::Obj(o), _) | (_, Value::Obj(o))
            if o.class.type_payload().is_some_and(|t| t.heap) =>
        {
            None
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) => Some(false),
            Payload::Int(_) => Some(false),
            _ => None,
        },
        _ => Some(false),
    }
}

impl PyDict {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Walks the probe sequence for `hash`, calling `visit` on each occupied index
    /// (entry position); stops at the first empty slot and returns that slot.
    fn probe_slots(&self, hash: i64, mut visit: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Some(i);
            }
            if ix >= 0 && visit(ix as usize) {
                return None;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The index-table slot that holds entry position `ix` (whose hash is `hash`): on
    /// its probe sequence, before the first empty slot.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..self.indices.len() + 64 {
            match self.indices[i] {
                v if v == ix as i32 => return Some(i),
                EMPTY => return None,
                _ => {}
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        None
    }

    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut found = None;
        let mut need = Vec::new();
        self.probe_slots(hash, |ix| {
            let Some(e) = &self.entries[ix] else {
                return false;
            };
            if e.hash != hash {
                return false;
            }
            match fast_eq(&e.key, key) {
                Some(true) => {
                    found = Some(ix);
                    true
                }
                Some(false) => false,
                None => {
                    need.push((ix, e.key.clone()));
                    false
                }
            }
        });
        match found {
            Some(ix) => Probe::Found(ix),
            None if need.is_empty() => Probe::Missing,
            None => Probe::NeedEq(need),
        }
    }

    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    pub fn set_value_at(&mut self, ix: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(ix) {
            e.value = value;
            self.version = next_version();
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.filled as usize + 1 > self.usable() {
            self.resize((self.used + 1) * 3);
        }
        let ix = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let slot = self
            .probe_slots(hash, |_| false)
            .expect("table has an empty slot");
        self.indices[slot] = ix as i32;
        self.used += 1;
        self.filled += 1;
        self.version = next_version();
    }

    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size < min {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().flatten().map(Some).collect();
        self.filled = self.entries.len() as u32;
        self.first = 0;
        self.indices = vec![EMPTY; size].into_boxed_slice();
        for (ix, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map(|e| e.hash).unwrap_or(0);
            let slot = self
                .probe_slots(hash, |_| false)
                .expect("fresh table has room");
            self.indices[slot] = ix as i32;
        }
    }

    /// Removes the entry at entry position `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        let slot = self
            .slot_of(e.hash, ix)
            .or_else(|| self.indices.iter().position(|&i| i == ix as i32));
        if let Some(slot) = slot {
            self.indices[slot] = DUMMY;
        }
        self.used -= 1;
        if ix + 1 == self.entries.len() {
            while matches!(self.entries.last(), Some(None)) {
                self.entries.pop();
            }
        }
        if ix == self.first as usize {
            while matches!(self.entries.get(self.first as usize), Some(None)) {
                self.first += 1;
            }
        }
        self.first = self.first.min(self.entries.len() as u32);
        self.version = next_version();
        Some(e)
    }

    /// Moves the entry at position `ix` to the end (`last`) or the front of the order,
    /// keeping its key object (OrderedDict.move_to_end).
    pub fn move_entry(&mut self, ix: usize, last: bool) {
        let live_at = |d: &Self, i: usize| matches!(d.entries.get(i), Some(Some(_)));
        if !live_at(self, ix) {
            return;
        }
        if last && self.last_entry_index() == Some(ix) || !last && self.first as usize == ix {
            return;
        }
        let Some(e) = self.remove_at(ix) else { return };
        if last {
            self.insert_new(e.hash, e.key, e.value);
        } else {
            self.insert_first(e.hash, e.key, e.value);
        }
    }

    /// Puts a key known to be absent at the front of the order. Room is made before
    /// the first entry (half the live count), so moving entries to the front one after
    /// another costs O(1) each, amortised.
    fn insert_first(&mut self, hash: i64, key: Value, value: Value) {
        if self.filled as usize + 1 > self.usable() {
            self.resize((self.used + 1) * 3);
        }
        if self.first == 0 {
            let live: Vec<Entry> = std::mem::take(&mut self.entries)
                .into_iter()
                .flatten()
                .collect();
            let head = live.len() / 2 + 1;
            self.entries.resize_with(head, || None);
            self.entries.extend(live.into_iter().map(Some));
            self.first = head as u32;
            self.indices = vec![EMPTY; self.indices.len().max(8)].into_boxed_slice();
            for ix in head..self.entries.len() {
                let h = self.entries[ix].as_ref().map(|e| e.hash).unwrap_or(0);
                let slot = self
                    .probe_slots(h, |_| false)
                    .expect("table has an empty slot");
                self.indices[slot] = ix as i32;
            }
            self.filled = self.used as u32;
        }
        self.first -= 1;
        let ix = self.first as usize;
        self.entries[ix] = Some(Entry { hash, key, value });
        let slot = self
            .probe_slots(hash, |_| false)
            .expect("table has an empty slot");
        self.indices[slot] = ix as i32;
        self.used += 1;
        self.filled += 1;
        self.version = next_version();
    }

    pub fn clear(&mut self) {
        self.indices = Box::default();
        self.entries.clear();
        self.used = 0;
        self.filled = 0;
        self.first = 0;
        self.version = next_version();
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries[self.first as usize..].iter().flatten()
    }

    /// The entry at or after position `pos`, for iterators that survive mutation.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut pos = pos.max(self.first as usize);
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn last_entry_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    // ---- str-keyed fast paths (attribute dicts, globals); no user code can run ----

    /// Entry position of the str key `name` (whose hash is `hash`).
    fn find_str_hashed(&self, name: &str, hash: i64) -> Option<usize> {
        let mut found = None;
        self.probe_slots(hash, |ix| match &self.entries[ix] {
            Some(e) if e.hash == hash && e.key.as_str().is_some_and(|s| s.as_str() == name) => {
                found = Some(ix);
                true
            }
            _ => false,
        });
        found
    }

    /// Entry position of a str key (for caches that remember where a name lives).
    pub fn find_pystr(&self, key: &crate::objects::str::PyStr) -> Option<usize> {
        let hash = key.hash();
        let mut found = None;
        self.probe_slots(hash, |ix| match &self.entries[ix] {
            Some(e) if e.hash == hash => match e.key.as_str() {
                // Interned names are usually the very same string: no compare needed.
                Some(s) if std::ptr::eq(s, key) || s.as_str() == key.as_str() => {
                    found = Some(ix);
                    true
                }
                _ => false,
            },
            _ => false,
        });
        found
    }

    /// Lookup by a str payload, using its cached hash.
    pub fn get_pystr(&self, key: &crate::objects::str::PyStr) -> Option<Value> {
        self.find_pystr(key)
            .and_then(|ix| self.entry(ix))
            .map(|e| e.value.clone())
    }

    /// Lookup by a str key whose hash the caller already has.
    pub fn get_str_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        let ix = self.find_str_hashed(name, hash)?;
        self.entry(ix).map(|e| e.value.clone())
    }

    pub fn get_str(&self, name: &str) -> Option<Value> {
        let ix = self.find_str_hashed(name, crate::objects::str::hash_str(name))?;
        self.entry(ix).map(|e| e.value.clone())
    }

    /// Sets a str key, returning the value it replaces (for the caller to drop after
    /// releasing its borrow of the dict).
    pub fn set_str_returning(&mut self, key: Value, value: Value) -> Option<Value> {
        let (found, hash) = {
            let s = key.as_str()?;
            (self.find_pystr(s), s.hash())
        };
        match found {
            Some(ix) => {
                let e = self.entries.get_mut(ix)?.as_mut()?;
                let old = std::mem::replace(&mut e.value, value);
                self.version = next_version();
                Some(old)
            }
            None => {
                self.insert_new(hash, key, value);
                None
            }
        }
    }

    /// Sets a str key (`key` must be a str value).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let Some(s) = key.as_str() else { return };
        let hash = s.hash();
        match self.probe(hash, &key) {
            Probe::Found(ix) => self.set_value_at(ix, value),
            _ => self.insert_new(hash, key, value),
        }
    }

    pub fn del_str(&mut self, name: &str) -> Option<Value> {
        let ix = self.find_str_hashed(name, crate::objects::str::hash_str(name))?;
        self.remove_at(ix).map(|e| e.value)
    }
}
