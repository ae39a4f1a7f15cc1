//! An object's class, as stored in `PyObject::class`: read like a plain `ObjRef` field
//! (it derefs to one), and replaceable through a shared reference for `__class__`
//! assignment (interp/class_assign.rs).
//!
//! Reads hand out `&ObjRef` borrowed from the object, and the VM holds such references
//! across calls that may run Python code, so the slot cannot own its `ObjRef` inline: a
//! reassignment would change it under a live shared reference. Instead the slot holds a
//! pointer to the class's own handle (`PyType::handle`, a non-owning `ObjRef` to itself,
//! at a fixed address inside the class) plus one strong count of the class, which the
//! slot owns. Assignment points the slot at the new class's handle and never gives back
//! the old class's count, so every reference handed out before stays valid: a class an
//! object has been moved away from lives as long as the process. That is one count per
//! assignment, and assignments are rare.

use crate::value::{ObjRef, Payload};
use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

pub struct ClassSlot(Cell<NonNull<ObjRef>>);

/// A class's handle: a stable `ObjRef` to it that owns no count (made once per class).
fn handle(cls: &ObjRef) -> NonNull<ObjRef> {
    match &cls.payload {
        Payload::Type(t) => {
            let h: &ManuallyDrop<ObjRef> = t.handle.get_or_init(|| {
                // SAFETY: `cls` is a live Rc; the copy is never dropped (ManuallyDrop), so
                // it neither takes nor gives back a count. It lives inside the class's
                // boxed PyType, which stays where it is until the class is freed, and the
                // class is not freed while any slot points at it (each holds a count).
                ManuallyDrop::new(unsafe { Rc::from_raw(Rc::as_ptr(cls)) })
            });
            // A class whose metaclass has `__del__` is resurrected in a new allocation
            // with the same PyType: its handle would name the dead one.
            if Rc::ptr_eq(h, cls) {
                return NonNull::from(&**h);
            }
            NonNull::from(Box::leak(Box::new(cls.clone())))
        }
        // Not a type object (nothing in the VM makes one a class, but a handle is still
        // needed): a leaked handle, which keeps the object alive for good.
        _ => NonNull::from(Box::leak(Box::new(cls.clone()))),
    }
}

impl ClassSlot {
    /// The slot of an object created as an instance of `cls` (taking over its count).
    pub fn new(cls: ObjRef) -> ClassSlot {
        let h = handle(&cls);
        // The slot owns this count from now on (given back in Drop).
        std::mem::forget(cls);
        ClassSlot(Cell::new(h))
    }

    /// For `type`, which is its own class and is built in place: `cls` cannot be looked
    /// at yet, so its handle is a leaked one (`type` lives as long as the process anyway).
    pub fn immortal(cls: ObjRef) -> ClassSlot {
        let h: &'static mut ObjRef = Box::leak(Box::new(cls.clone()));
        std::mem::forget(cls);
        ClassSlot(Cell::new(NonNull::from(h)))
    }

    /// `obj.__class__ = cls`: the object is an instance of `cls` from now on. The old
    /// class's count is kept (see the module comment).
    pub fn set(&self, cls: ObjRef) {
        let h = handle(&cls);
        std::mem::forget(cls);
        // The old class's count is deliberately not given back: references to its
        // handle may still be live.
        self.0.set(h);
    }
}

impl std::ops::Deref for ClassSlot {
    type Target = ObjRef;

    fn deref(&self) -> &ObjRef {
        // SAFETY: the pointer is a handle of a class this slot holds a count of, or of a
        // class an earlier `set` left with a count that is never given back; either way
        // the class, and the handle inside it, outlive the borrow of the slot.
        unsafe { self.0.get().as_ref() }
    }
}

impl From<ObjRef> for ClassSlot {
    fn from(cls: ObjRef) -> ClassSlot {
        ClassSlot::new(cls)
    }
}

impl Drop for ClassSlot {
    fn drop(&mut self) {
        // SAFETY: the slot owns one count of its current class (taken in `new`/`set`);
        // this gives it back. The handle is read before the class can be freed.
        unsafe {
            let ptr = Rc::as_ptr(self.0.get().as_ref());
            Rc::decrement_strong_count(ptr);
        }
    }
}
