//! The type attribute cache (as CPython's `_PyType_Lookup` method cache): a direct-mapped
//! table of recent MRO lookups keyed by (type, name). Any change to any type's dict, bases
//! or MRO, and the creation of any type, bumps one global epoch, which makes every entry
//! stale at once; so entries never need to be found and removed, and a lookup that hits
//! costs two pointer compares, a length compare and a short memcmp instead of hashing the
//! name and probing one dict per class in the MRO.

use crate::value::{ObjRef, Value};
use std::cell::{Ref, RefCell, RefMut};
use std::sync::atomic::{AtomicU64, Ordering};

static EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current epoch: a cached answer computed under another epoch is stale.
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// Invalidates every cached lookup.
#[inline]
pub fn bump() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// A type's attribute dict or MRO: reading is as a RefCell; borrowing mutably bumps the
/// epoch, so no mutation path can forget to invalidate the cache.
pub struct Versioned<T>(RefCell<T>);

impl<T> Versioned<T> {
    pub fn new(v: T) -> Self {
        Versioned(RefCell::new(v))
    }
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        self.0.borrow()
    }
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        bump();
        self.0.borrow_mut()
    }
}

const SIZE: usize = 4096;

struct Entry {
    epoch: u64,
    cls: usize,
    /// Which lookup: full MRO (false) or only the heap classes before the builtin base.
    user_only: bool,
    name: Box<str>,
    /// The value found and the class that defined it.
    found: Option<(Value, ObjRef)>,
}

thread_local! {
    static TABLE: RefCell<Vec<Option<Entry>>> = RefCell::new((0..SIZE).map(|_| None).collect());
}

fn slot(cls: usize, name: &str, user_only: bool) -> usize {
    // Mix the type's address with the name's length and first/last bytes: stable for a
    // name whatever string object carries it.
    let b = name.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0) as usize,
        b.last().copied().unwrap_or(0) as usize,
    );
    let mid = b.get(b.len() / 2).copied().unwrap_or(0) as usize;
    let h = (cls >> 4)
        .wrapping_mul(0x9E37_79B9)
        .wrapping_add(b.len().wrapping_mul(31))
        .wrapping_add(first.wrapping_mul(0x45d9f3b))
        .wrapping_add(last.wrapping_mul(0x1b873593))
        .wrapping_add(mid.wrapping_mul(0x2545F491))
        .wrapping_add(user_only as usize);
    (h ^ (h >> 12)) & (SIZE - 1)
}

/// Short names compare faster inline than through a libc call.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i + 8 <= a.len() {
        let x = u64::from_ne_bytes(a[i..i + 8].try_into().expect("8 bytes"));
        let y = u64::from_ne_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        if x != y {
            return false;
        }
        i += 8;
    }
    a[i..] == b[i..]
}

/// The cached result of a lookup of `name` on `cls`, or `compute`'s (then remembered).
/// `want_owner` false skips cloning the defining class.
#[inline]
pub fn cached(
    cls: &ObjRef,
    name: &str,
    user_only: bool,
    want_owner: bool,
    compute: impl FnOnce() -> Option<(Value, ObjRef)>,
) -> Option<(Value, Option<ObjRef>)> {
    let key = std::rc::Rc::as_ptr(cls) as usize;
    let epoch = EPOCH.load(Ordering::Relaxed);
    let i = slot(key, name, user_only);
    let hit = TABLE.with(|t| {
        let t = t.borrow();
        match &t[i] {
            Some(e)
                if e.epoch == epoch
                    && e.cls == key
                    && e.user_only == user_only
                    && same_name(&e.name, name) =>
            {
                Some(
                    e.found
                        .as_ref()
                        .map(|(v, o)| (v.clone(), want_owner.then(|| o.clone()))),
                )
            }
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = compute();
    // The lookup itself runs no Python code, but re-check the epoch: if it moved, the
    // answer may already be stale and is not worth keeping.
    if EPOCH.load(Ordering::Relaxed) == epoch {
        let entry = Entry {
            epoch,
            cls: key,
            user_only,
            name: name.into(),
            found: found.clone(),
        };
        // Replaced outside the borrow: dropping the old entry can free objects.
        let old = TABLE.with(|t| t.borrow_mut()[i].replace(entry));
        drop(old);
    }
    found.map(|(v, o)| (v, Some(o)))
}
