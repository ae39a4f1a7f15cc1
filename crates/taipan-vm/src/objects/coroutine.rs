//! Coroutines and async generators (PEP 492, PEP 525) on top of the generator machinery:
//! a coroutine or async generator object is a generator object (`Payload::Generator`) of
//! another kind and class. What this file adds are the awaitables that drive them:
//! `coro.__await__()` (coroutine_wrapper), and an async generator's `asend`/`__anext__`
//! and `athrow`/`aclose` objects.
//!
//! An async generator's frame suspends for two reasons: an `await` inside it passes a
//! value up to whoever drives the awaitable (an event loop), or a `yield` hands a value to
//! the `async for`. The compiler wraps the latter (ASYNC_GEN_WRAP), so the awaitable can
//! tell them apart: a wrapped value ends the awaitable with StopIteration(value).

use crate::interp::Exit;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;

/// Where an asend/athrow awaitable is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Init,
    Iter,
    Closed,
}

pub enum AwaitState {
    /// `coro.__await__()`: drives the coroutine.
    Wrapper { coro: Value },
    /// `agen.asend(value)` / `agen.__anext__()` (value None).
    ASend {
        gen: Value,
        value: Value,
        step: Step,
    },
    /// `agen.athrow(exc)`, or `agen.aclose()` when `exc` is None.
    AThrow {
        gen: Value,
        exc: Option<Value>,
        step: Step,
    },
    /// A value an async generator yields (marked by ASYNC_GEN_WRAP).
    Wrapped(Value),
}

pub const COROUTINE_METHODS: &[(&str, NativeFn)] = &[
    ("send", crate::methods::object::gen_send),
    ("throw", crate::methods::object::gen_throw),
    ("close", crate::methods::object::gen_close),
    ("__await__", coro_await),
];

pub const ASYNC_GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

/// coroutine_wrapper, async_generator_asend and async_generator_athrow: iterators whose
/// `__await__` is themselves.
pub const AWAITABLE_METHODS: &[(&str, NativeFn)] = &[
    ("send", aw_send),
    ("throw", aw_throw),
    ("close", aw_close),
    ("__next__", aw_next),
    ("__iter__", aw_self),
    ("__await__", aw_self),
];

impl Vm {
    fn new_await(&mut self, cls: &crate::value::ObjRef, st: AwaitState) -> Value {
        self.alloc(cls, Payload::Await(RefCell::new(st)))
    }

    /// ASYNC_GEN_WRAP.
    pub(crate) fn async_gen_wrap(&mut self, v: Value) -> Value {
        let cls = self.types.async_generator_wrapped_value.clone();
        self.new_await(&cls, AwaitState::Wrapped(v))
    }

    /// `agen.asend(v)` / `__anext__()`: the awaitable for one step.
    pub(crate) fn agen_asend_object(&mut self, gen: &Value, value: Value) -> Value {
        let cls = self.types.async_generator_asend.clone();
        self.new_await(
            &cls,
            AwaitState::ASend {
                gen: gen.clone(),
                value,
                step: Step::Init,
            },
        )
    }
}

fn wrapped(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Await(st)) => match &*st.borrow() {
            AwaitState::Wrapped(inner) => Some(inner.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn this_state(v: &Value) -> Option<&RefCell<AwaitState>> {
    match v.payload() {
        Some(Payload::Await(st)) => Some(st),
        _ => None,
    }
}

fn stop_iteration(vm: &mut Vm, v: Value) -> Value {
    if v.is_none() {
        vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])
    } else {
        vm.stop_iteration(v)
    }
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__await__", 1, 1)?;
    let cls = vm.types.coroutine_wrapper.clone();
    Ok(vm.new_await(
        &cls,
        AwaitState::Wrapper {
            coro: args.pos[0].clone(),
        },
    ))
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__aiter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__anext__", 1, 1)?;
    Ok(vm.agen_asend_object(&args.pos[0], Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "asend")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(vm.agen_asend_object(&args.pos[0], args.pos[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let exc = crate::methods::object::thrown_exception(vm, &args)?;
    let cls = vm.types.async_generator_athrow.clone();
    Ok(vm.new_await(
        &cls,
        AwaitState::AThrow {
            gen: args.pos[0].clone(),
            exc: Some(exc),
            step: Step::Init,
        },
    ))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "aclose", 1, 1)?;
    let cls = vm.types.async_generator_athrow.clone();
    Ok(vm.new_await(
        &cls,
        AwaitState::AThrow {
            gen: args.pos[0].clone(),
            exc: None,
            step: Step::Init,
        },
    ))
}

/// One step of an awaitable: `sent` is sent in, or `thrown` thrown in.
fn step(vm: &mut Vm, this: &Value, sent: Value, thrown: Option<Value>) -> PyResult {
    let Some(st) = this_state(this) else {
        return Err(vm.type_error("not an awaitable"));
    };
    // What to do, decided with the state borrowed; resumed without it.
    enum Plan {
        Coro(Value),
        ASend(Value, Value),
        AThrow(Value, Option<Value>, bool),
    }
    let plan = match &mut *st.borrow_mut() {
        AwaitState::Wrapper { coro } => Plan::Coro(coro.clone()),
        AwaitState::ASend { gen, value, step } => {
            if *step == Step::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let v = if *step == Step::Init && sent.is_none() {
                std::mem::replace(value, Value::None)
            } else {
                sent.clone()
            };
            *step = Step::Iter;
            Plan::ASend(gen.clone(), v)
        }
        AwaitState::AThrow { gen, exc, step } => {
            if *step == Step::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let first = *step == Step::Init;
            *step = Step::Iter;
            Plan::AThrow(gen.clone(), exc.clone(), first)
        }
        AwaitState::Wrapped(_) => return Err(vm.type_error("not an awaitable")),
    };
    match plan {
        Plan::Coro(coro) => match vm.resume_generator(&coro, sent, thrown)? {
            Exit::Yield(v) => Ok(v),
            Exit::Return(v) => Err(stop_iteration(vm, v)),
        },
        Plan::ASend(gen, v) => {
            let r = vm.resume_generator(&gen, v, thrown);
            match r {
                Ok(Exit::Yield(y)) => match wrapped(&y) {
                    Some(inner) => {
                        close_step(st);
                        Err(stop_iteration(vm, inner))
                    }
                    None => Ok(y),
                },
                Ok(Exit::Return(_)) => {
                    close_step(st);
                    Err(vm.new_exception_args(&vm.exc.stop_async_iteration.clone(), vec![]))
                }
                Err(e) => {
                    close_step(st);
                    Err(e)
                }
            }
        }
        Plan::AThrow(gen, exc, first) => athrow_step(vm, st, &gen, exc, first, sent, thrown),
    }
}

fn close_step(st: &RefCell<AwaitState>) {
    match &mut *st.borrow_mut() {
        AwaitState::ASend { step, .. } | AwaitState::AThrow { step, .. } => *step = Step::Closed,
        _ => {}
    }
}

/// athrow (exc Some) / aclose (exc None), as CPython's async_gen_athrow_send/throw.
fn athrow_step(
    vm: &mut Vm,
    st: &RefCell<AwaitState>,
    gen: &Value,
    exc: Option<Value>,
    first: bool,
    sent: Value,
    thrown: Option<Value>,
) -> PyResult {
    let closing = exc.is_none();
    let r = if first {
        let finished = match gen.payload() {
            Some(Payload::Generator(g)) => g.borrow().frame.is_none(),
            _ => true,
        };
        let unstarted = match gen.payload() {
            Some(Payload::Generator(g)) => g.borrow().frame.as_ref().is_some_and(|f| f.pc == 0),
            _ => false,
        };
        if finished || (closing && unstarted) {
            if let Some(Payload::Generator(g)) = gen.payload() {
                g.borrow_mut().frame = None;
            }
            close_step(st);
            return Err(stop_iteration(vm, Value::None));
        }
        let e = match exc {
            Some(e) => e,
            None => vm.new_exception_args(&vm.exc.generator_exit.clone(), vec![]),
        };
        vm.resume_generator(gen, Value::None, Some(e))
    } else {
        vm.resume_generator(gen, sent, thrown)
    };
    match r {
        Ok(Exit::Yield(y)) => match wrapped(&y) {
            Some(_) if closing => {
                close_step(st);
                Err(vm.runtime_error("async generator ignored GeneratorExit"))
            }
            Some(inner) => {
                close_step(st);
                Err(stop_iteration(vm, inner))
            }
            None => Ok(y),
        },
        Ok(Exit::Return(_)) => {
            close_step(st);
            if closing {
                Err(stop_iteration(vm, Value::None))
            } else {
                Err(vm.new_exception_args(&vm.exc.stop_async_iteration.clone(), vec![]))
            }
        }
        Err(e) => {
            close_step(st);
            let done = vm.is_instance_of(&e, &vm.exc.generator_exit.clone())
                || vm.is_instance_of(&e, &vm.exc.stop_async_iteration.clone());
            if closing && done {
                Err(stop_iteration(vm, Value::None))
            } else {
                Err(e)
            }
        }
    }
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "send")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    step(vm, &args.pos[0], args.pos[1].clone(), None)
}

fn aw_next(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__next__", 1, 1)?;
    step(vm, &args.pos[0], Value::None, None)
}

fn aw_throw(vm: &mut Vm, args: Args) -> PyResult {
    let e = crate::methods::object::thrown_exception(vm, &args)?;
    step(vm, &args.pos[0], Value::None, Some(e))
}

fn aw_close(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "close", 1, 1)?;
    let this = &args.pos[0];
    let coro = match this_state(this).map(|s| s.borrow()).as_deref() {
        Some(AwaitState::Wrapper { coro }) => Some(coro.clone()),
        _ => None,
    };
    match coro {
        Some(c) => vm.close_iterator(&c)?,
        None => {
            if let Some(st) = this_state(this) {
                close_step(st);
            }
        }
    }
    Ok(Value::None)
}

fn aw_self(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}
