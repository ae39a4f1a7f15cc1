//! The instructions of `await`, `async for` and `async with`: finding the awaitable
//! iterator of an object and the async iteration and context-manager protocols, with
//! CPython's error messages.

use crate::interp::call::gen_kind;
use crate::objects::generator::GenKind;
use crate::objects::typeobj;
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// Calls the special method `f` found on `o`'s type with `o` as self.
    fn call_special(&mut self, f: &Value, o: &Value) -> PyResult {
        self.call(f, Args::new([o.clone()]))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Iter(_)) => true,
            Some(Payload::Generator(g)) => g.borrow().kind == GenKind::Generator,
            _ => typeobj::lookup(self.type_of(v), "__next__").is_some(),
        }
    }

    /// GET_AWAITABLE: a coroutine itself, else `type(o).__await__(o)`, which must be an
    /// iterator. `context` picks the message for an object that is not awaitable.
    pub(crate) fn get_awaitable(&mut self, o: &Value, context: u32) -> PyResult {
        if gen_kind(o) == Some(GenKind::Coroutine) {
            return Ok(o.clone());
        }
        let Some(f) = typeobj::lookup(self.type_of(o), "__await__") else {
            let t = self.type_name(o);
            return Err(self.type_error(match context {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {t}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {t}"
                ),
                _ => format!("object {t} can't be used in 'await' expression"),
            }));
        };
        let it = self.call_special(&f, o)?;
        if gen_kind(&it) == Some(GenKind::Coroutine) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            let t = self.type_name(&it);
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{t}'")));
        }
        Ok(it)
    }

    /// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`).
    pub(crate) fn before_async_with(&mut self, cm: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(cm).clone();
        let Some(enter) = typeobj::lookup(&cls, "__aenter__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(cm)
            )));
        };
        let Some(exit) = typeobj::lookup(&cls, "__aexit__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name(cm)
            )));
        };
        let exit_bound = self.alloc(
            &self.types.method.clone(),
            Payload::BoundMethod {
                func: exit,
                this: cm.clone(),
            },
        );
        let entered = self.call_special(&enter, cm)?;
        Ok((exit_bound, entered))
    }

    /// GET_AITER: `type(o).__aiter__(o)`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, o: &Value) -> PyResult {
        let Some(f) = typeobj::lookup(self.type_of(o), "__aiter__") else {
            let t = self.type_name(o);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {t}"
            )));
        };
        let ait = self.call_special(&f, o)?;
        if typeobj::lookup(self.type_of(&ait), "__anext__").is_none() {
            let t = self.type_name(&ait);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
            )));
        }
        Ok(ait)
    }

    /// GET_ANEXT: the awaitable of `ait.__anext__()`.
    pub(crate) fn get_anext(&mut self, ait: &Value) -> PyResult {
        if gen_kind(ait) == Some(GenKind::AsyncGenerator) {
            return Ok(self.agen_asend_object(ait, Value::None));
        }
        let Some(f) = typeobj::lookup(self.type_of(ait), "__anext__") else {
            let t = self.type_name(ait);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {t}"
            )));
        };
        let aw = self.call_special(&f, ait)?;
        if gen_kind(&aw) == Some(GenKind::Coroutine)
            || typeobj::lookup(self.type_of(&aw), "__await__").is_some()
        {
            return self.get_awaitable(&aw, 0);
        }
        let t = self.type_name(&aw);
        Err(self.type_error(format!(
            "'async for' received an invalid object from __anext__: {t}"
        )))
    }

    /// END_ASYNC_FOR: true when `exc` ends the loop (StopAsyncIteration).
    pub(crate) fn ends_async_for(&mut self, exc: &Value) -> bool {
        self.is_instance_of(exc, &self.exc.stop_async_iteration.clone())
    }
}
