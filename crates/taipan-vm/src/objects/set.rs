//! The set table, laid out as CPython's setobject.c so that iteration order matches
//! CPython: entries live directly in the slot array; insertion probes up to 9 slots
//! linearly, then jumps with the perturbation sequence; the table starts at 8 slots and
//! grows to 4x `used` (2x past 50,000) when 3/5 full. Deleted slots hold a dummy.

use crate::objects::dict::fast_eq;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    pub version: u64,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            version: 0,
        }
    }
}

pub enum SetProbe {
    Found,
    Missing,
    NeedEq(Vec<Value>),
}

impl PySet {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Visits slot indices in CPython's probe order until `f` returns true or an empty slot
    /// is reached; returns the empty slot's index in the latter case.
    fn probe(&self, hash: i64, mut f: impl FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Some(j),
                    _ => {
                        if f(j) {
                            return None;
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn lookup(&self, hash: i64, key: &Value) -> SetProbe {
        let mut found = false;
        let mut need = Vec::new();
        self.probe(hash, |j| {
            if let Slot::Active(h, k) = &self.table[j] {
                if *h == hash {
                    match fast_eq(k, key) {
                        Some(true) => {
                            found = true;
                            return true;
                        }
                        Some(false) => {}
                        None => need.push(k.clone()),
                    }
                }
            }
            false
        });
        if found {
            SetProbe::Found
        } else if need.is_empty() {
            SetProbe::Missing
        } else {
            SetProbe::NeedEq(need)
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        // As CPython's set_add_entry: the *last* deleted slot seen on the probe path
        // before an empty one is reused (and then the table is not resized).
        let mut dummy = None;
        let slot = self
            .probe(hash, |j| {
                if matches!(self.table[j], Slot::Dummy) {
                    dummy = Some(j);
                }
                false
            })
            .expect("set table has an empty slot");
        if let Some(d) = dummy {
            self.table[d] = Slot::Active(hash, key);
            self.used += 1;
            self.version += 1;
            return;
        }
        self.table[slot] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        self.version += 1;
        let mask = self.table.len() - 1;
        if self.fill * 5 >= mask * 3 {
            let min = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(min);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                let slot = self.probe(h, |_| false).expect("fresh table has room");
                self.table[slot] = Slot::Active(h, k);
            }
        }
    }

    /// Removes the key that is identical (or fast-equal) to `key`.
    pub fn remove_matching(&mut self, hash: i64, key: &Value, eq: impl Fn(&Value) -> bool) -> bool {
        let mut at = None;
        self.probe(hash, |j| {
            if let Slot::Active(h, k) = &self.table[j] {
                if *h == hash && (k.is(key) || eq(k)) {
                    at = Some(j);
                    return true;
                }
            }
            false
        });
        match at {
            Some(j) => {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
                self.version += 1;
                true
            }
            None => false,
        }
    }

    /// No slot has ever been used (CPython's `fill == 0`).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// Before adding `incoming` keys, grow as CPython's set_merge does.
    pub fn presize(&mut self, incoming: usize) {
        let mask = self.table.len() - 1;
        if (self.fill + incoming) * 5 >= mask * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// CPython's set_merge into a pristine set: presize, then copy the table slot for slot
    /// when the sizes match and `other` has no deleted slots, else re-insert `other`'s keys
    /// in its table order. Either way the result iterates as CPython's does.
    pub fn merge_into_pristine(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        self.presize(other.used);
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for (h, k) in other.iter_hashed() {
                let slot = self.probe(h, |_| false).expect("presized table has room");
                self.table[slot] = Slot::Active(h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
    }

    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The active key at slot position `pos` or later (iterators keep a position).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.table.len() {
            if let Slot::Active(_, k) = &self.table[pos] {
                return Some((pos, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns an arbitrary element (the first in table order).
    pub fn pop_first(&mut self) -> Option<Value> {
        let pos = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Active(..)))?;
        let Slot::Active(_, k) = std::mem::replace(&mut self.table[pos], Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.version += 1;
        Some(k)
    }

    pub fn clear(&mut self) {
        *self = PySet {
            version: self.version + 1,
            ..PySet::default()
        };
    }
}
