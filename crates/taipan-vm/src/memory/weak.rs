//! Weak references: a handle holding a `std::rc::Weak` to an object, and a registry of the
//! Python weakref objects per referent so that their callbacks run when it dies.
//! The Python-level types (`weakref.ref`, proxies) are in lib/_weakref.py.

use crate::value::{ObjRef, PyObject};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Referents with registered weakref objects: dropping any object looks here only when
/// this is not zero.
static REGISTERED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Referent address -> the weakref objects made for it, oldest first.
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<PyObject>>>> = RefCell::new(HashMap::new());
    /// Weakref objects whose referent died, waiting for their callbacks.
    static DEAD: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
}

fn addr(o: &PyObject) -> usize {
    o as *const PyObject as usize
}

pub fn register(referent: &ObjRef, weakref: &ObjRef) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let list = r.entry(addr(referent)).or_insert_with(|| {
            REGISTERED.fetch_add(1, Ordering::Relaxed);
            Vec::new()
        });
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(weakref));
    });
}

/// The live weakref objects registered for `referent`, oldest first.
pub fn refs_of(referent: &ObjRef) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        r.borrow()
            .get(&addr(referent))
            .map(|l| l.iter().filter_map(|w| w.upgrade()).collect())
            .unwrap_or_default()
    })
}

/// Called when an object dies: its weakref objects' callbacks are queued (most recent
/// first, as CPython calls them).
#[inline]
pub fn on_drop(o: &PyObject) {
    if REGISTERED.load(Ordering::Relaxed) == 0 {
        return;
    }
    // The values dropped most often cannot be weakly referenced (see modules/weak.rs):
    // no registry lookup for them.
    if matches!(
        o.payload,
        crate::value::Payload::Str(_)
            | crate::value::Payload::Int(_)
            | crate::value::Payload::Float(_)
            | crate::value::Payload::Tuple(_)
            | crate::value::Payload::List(_)
            | crate::value::Payload::Dict(_)
            | crate::value::Payload::Bytes(_)
    ) && !matches!(&o.class.payload, crate::value::Payload::Type(t) if t.heap)
    {
        return;
    }
    let refs = REGISTRY
        .try_with(|r| r.try_borrow_mut().ok().and_then(|mut r| r.remove(&addr(o))))
        .ok()
        .flatten();
    let Some(refs) = refs else {
        return;
    };
    REGISTERED.fetch_sub(1, Ordering::Relaxed);
    let _ = DEAD.try_with(|d| {
        if let Ok(mut d) = d.try_borrow_mut() {
            d.extend(refs.into_iter().rev());
            super::pending::request(super::pending::WEAKREF_CALLBACKS);
        }
    });
}

pub fn take_dead() -> Vec<ObjRef> {
    DEAD.with(|d| std::mem::take(&mut *d.borrow_mut()))
        .into_iter()
        .filter_map(|w| w.upgrade())
        .collect()
}
