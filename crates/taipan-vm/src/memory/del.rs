//! `__del__`: when the last reference to an instance of a class defining `__del__` goes,
//! its parts are queued and rebuilt into a live object at the next safe point, where
//! `__del__` runs (PEP 442: once per object). The object's identity changes, which
//! Python code cannot observe once the last reference is gone.

use crate::value::{ObjRef, Payload, PyObject};
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};

/// Some class defining `__del__` was created: drops check for it, and shutdown clears
/// module globals so that such objects still alive are finalized.
pub static DEL_SEEN: AtomicBool = AtomicBool::new(false);

pub struct Dying {
    pub class: ObjRef,
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

thread_local! {
    static QUEUE: RefCell<Vec<Dying>> = const { RefCell::new(Vec::new()) };
    /// Addresses of live objects whose `__del__` has run (they were resurrected, or are
    /// in a cycle being cleared): dropping them again must not finalize them again.
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

pub fn mark_finalized(o: &PyObject) {
    let _ = FINALIZED.try_with(|s| s.borrow_mut().insert(o as *const PyObject as usize));
}

pub fn is_finalized(o: &PyObject) -> bool {
    FINALIZED
        .try_with(|s| s.borrow().contains(&(o as *const PyObject as usize)))
        .unwrap_or(false)
}

/// Called from `PyObject::drop`: true when the object's parts were queued for `__del__`
/// (the drop must then leave them alone).
pub fn intercept(o: &mut PyObject) -> bool {
    if !DEL_SEEN.load(Ordering::Relaxed) {
        return false;
    }
    let Payload::Type(t) = &o.class.payload else {
        return false;
    };
    if !t.heap {
        return false;
    }
    if crate::objects::typeobj::hooks(&o.class) & crate::objects::typeobj::HOOK_DEL == 0 {
        return false;
    }
    let addr = o as *const PyObject as usize;
    let was_finalized = FINALIZED
        .try_with(|s| {
            s.try_borrow_mut()
                .map(|mut s| s.remove(&addr))
                .unwrap_or(true)
        })
        .unwrap_or(true);
    if was_finalized {
        return false;
    }
    let item = Dying {
        class: o.class.clone(),
        dict: o.dict.take(),
        payload: std::mem::replace(&mut o.payload, Payload::Instance),
    };
    match QUEUE.try_with(|q| q.try_borrow_mut().map(|mut q| q.push(item))) {
        Ok(Ok(())) => {
            super::pending::request(super::pending::DEL);
            true
        }
        // Thread teardown: nothing can run any more.
        _ => false,
    }
}

/// Everything queued so far, oldest first.
pub fn take_all() -> Vec<Dying> {
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
