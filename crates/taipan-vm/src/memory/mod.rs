//! Memory management beyond reference counting: deferred work at safe points
//! (pending.rs), `__del__` (del.rs), the cycle collector (gc.rs) and weak references
//! (weak.rs).

pub mod del;
pub mod gc;
pub mod pending;
pub mod weak;

use crate::value::{PyObject, Value};
use crate::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// Runs the work queued for a safe point (see pending.rs). An error is an exception
    /// to raise in the running code (from a signal handler).
    pub fn run_pending(&mut self) -> crate::vm::PyResult<()> {
        if pending::take(pending::GENERATORS) {
            self.run_finalizers();
        }
        if pending::take(pending::DEL) {
            self.run_dels();
        }
        if pending::take(pending::WEAKREF_CALLBACKS) {
            self.run_weakref_callbacks();
        }
        if pending::take(pending::GC) {
            self.gc_auto();
        }
        if pending::take(pending::SIGNALS) {
            crate::modules::signal::run_handlers(self)?;
        }
        Ok(())
    }

    /// Runs `__del__` for the objects whose last reference went, in the order they died.
    pub fn run_dels(&mut self) {
        loop {
            let batch = del::take_all();
            if batch.is_empty() {
                return;
            }
            for d in batch {
                let o = Rc::new(PyObject {
                    class: d.class.into(),
                    dict: d.dict,
                    payload: d.payload,
                });
                del::mark_finalized(&o);
                self.call_del(&Value::Obj(o));
            }
        }
    }

    /// Calls the callbacks of weakrefs whose referents died (each once).
    pub fn run_weakref_callbacks(&mut self) {
        loop {
            let dead = weak::take_dead();
            if dead.is_empty() {
                return;
            }
            for r in dead {
                let r = Value::Obj(r);
                let Ok(cb) = self.get_attr_str(&r, "__callback__") else {
                    continue;
                };
                if cb.is_none() {
                    continue;
                }
                let k = self.intern("__callback__");
                let _ = self.set_attr(&r, &k, Value::None);
                if let Err(e) = self.call(&cb, crate::vm::Args::new([r.clone()])) {
                    self.unraisable(&cb, &e);
                }
            }
        }
    }

    /// Calls `o.__del__()`, reporting an error as CPython does ("Exception ignored in").
    pub fn call_del(&mut self, o: &Value) {
        let Some(f) = crate::objects::typeobj::lookup(self.type_of(o), "__del__") else {
            return;
        };
        if let Err(e) = self.call(&f, crate::vm::Args::new([o.clone()])) {
            self.unraisable(&f, &e);
        }
    }

    /// Reports an exception that cannot propagate (sys.unraisablehook's default output).
    pub fn unraisable(&mut self, what: &Value, e: &Value) {
        if crate::modules::sys_hooks::user_unraisablehook(self, what, e) {
            return;
        }
        let what = self.repr(what).unwrap_or_default();
        let tb = crate::traceback::format_exception(self, e, 0);
        self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
    }
}
