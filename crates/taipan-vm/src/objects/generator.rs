//! Generators: a suspended frame plus its slice of the value stack. Resuming copies the
//! slice back onto `Vm::stack` and runs the frame until it yields or returns.
//!
//! Finalization: a started generator that is dropped while suspended must be closed
//! (its `finally` blocks run), as CPython does when the last reference goes. `Drop` has no
//! VM at hand, so it parks the frame in a per-thread queue and raises a flag; the
//! interpreter loop notices the flag at its next instruction and runs the closes
//! (`Vm::run_finalizers`), which is "at once" as far as Python code can tell.

use crate::interp::frame::Frame;
use crate::value::Value;
use std::cell::RefCell;
use std::sync::atomic::Ordering;

/// What kind of suspendable frame a generator object holds (from its code's flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn of_flags(flags: u32) -> GenKind {
        use taipan_bytecode::code::flags as f;
        if flags & f::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & f::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// As in "generator raised StopIteration" and the type's name.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GenState {
    pub kind: GenKind,
    pub frame: Option<Frame>,
    pub saved: Vec<Value>,
    pub running: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// `gi_code`: kept apart from the frame, which is gone once the generator finishes.
    pub code: Option<std::rc::Rc<crate::objects::function::PyCode>>,
}

/// A dropped generator waiting to be closed.
pub struct Abandoned {
    pub kind: GenKind,
    pub frame: Frame,
    pub saved: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
}

thread_local! {
    static ABANDONED: RefCell<Vec<Abandoned>> = const { RefCell::new(Vec::new()) };
}

/// Generators alive now: at exit, module globals need clearing (so that suspended
/// generators run their `finally` blocks) only when there are any.
pub static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl GenState {
    /// A generator's state; counted in LIVE until dropped.
    pub fn new(
        kind: GenKind,
        frame: Option<Frame>,
        saved: Vec<Value>,
        started: bool,
        name: Value,
        qualname: Value,
    ) -> GenState {
        LIVE.fetch_add(1, Ordering::Relaxed);
        GenState {
            code: frame.as_ref().map(|f| f.code.clone()),
            kind,
            frame,
            saved,
            running: false,
            started,
            name,
            qualname,
        }
    }
}

impl Drop for GenState {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::Relaxed);
        let Some(frame) = self.frame.take() else {
            return;
        };
        if frame.pc == 0 || self.running {
            return;
        }
        let item = Abandoned {
            kind: self.kind,
            frame,
            saved: std::mem::take(&mut self.saved),
            name: std::mem::replace(&mut self.name, Value::None),
            qualname: std::mem::replace(&mut self.qualname, Value::None),
        };
        // During thread teardown the queue may be gone: then there is nothing to run.
        let _ = ABANDONED.try_with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                q.push(item);
                crate::memory::pending::request(crate::memory::pending::GENERATORS);
            }
        });
    }
}

/// Takes the next abandoned generator, if any.
pub fn take_abandoned() -> Option<Abandoned> {
    ABANDONED.with(|q| q.borrow_mut().pop())
}
