//! `sys.settrace` / `sys.setprofile`: CPython's legacy tracing and profiling events.
//!
//! No hook costs anything while no tracer is set. Setting one turns on the TRACE bit of
//! the interpreter's pending-work word (memory/pending.rs), which the loop checks once per
//! instruction anyway; the bit stays on while a trace or profile function is set, so every
//! instruction comes through `Vm::trace_step`, which sees everything from there: a frame
//! at its first instruction (or a generator frame resumed after a yield) is a 'call', a
//! change of line (or a backward jump) a 'line', a RETURN or YIELD instruction a 'return',
//! a CALL of a builtin a 'c_call' (its 'c_return' is seen at the frame's next
//! instruction). Only exceptions need a hook elsewhere (`trace_unwind`, from
//! `Vm::unwind`): an 'exception' event per frame the exception passes, and a 'return' with
//! None for each frame it leaves.
//!
//! The per-frame state (the local trace function `f_trace`, `f_trace_lines`, the last
//! line seen) is kept here, keyed by the frame object (every traced frame gets one).

use crate::memory::pending;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};
use taipan_bytecode::opcodes::decode;
use taipan_bytecode::Opcode;

struct FrameTrace {
    /// Held weakly so the address cannot be reused while this entry exists.
    frame: Weak<PyObject>,
    f_trace: Value,
    lines: bool,
    last_line: u32,
    last_pc: usize,
    /// A generator frame that yielded: its next instruction is a 'call' again.
    suspended: bool,
    /// A builtin called by the instruction before: its 'c_return' is due.
    c_call: Option<Value>,
}

struct State {
    trace: Value,
    profile: Value,
    /// Inside a trace or profile function: nothing is traced.
    busy: bool,
    frames: FxHashMap<usize, FrameTrace>,
}

thread_local! {
    // Never dropped: values must not be released during thread teardown.
    static STATE: ManuallyDrop<RefCell<State>> = ManuallyDrop::new(RefCell::new(State {
        trace: Value::None,
        profile: Value::None,
        busy: false,
        frames: FxHashMap::default(),
    }));
}

fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Whether a trace or profile function is set (the unwind hook's guard).
#[inline]
pub fn active() -> bool {
    pending::PENDING.load(std::sync::atomic::Ordering::Relaxed) & pending::TRACE != 0
}

fn update_bit(s: &State) {
    if s.trace.is_none() && s.profile.is_none() {
        pending::take(pending::TRACE);
    } else {
        pending::request(pending::TRACE);
    }
}

fn key(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as usize
}

fn new_entry(frame: &ObjRef, last_line: u32) -> FrameTrace {
    FrameTrace {
        frame: Rc::downgrade(frame),
        f_trace: Value::None,
        lines: true,
        last_line,
        last_pc: 0,
        suspended: false,
        c_call: None,
    }
}

/// The live entry for frame object `o`, if any (a dead one is dropped).
fn live(s: &mut State, o: &ObjRef) -> bool {
    match s.frames.get(&key(o)) {
        Some(e) if e.frame.strong_count() > 0 => true,
        Some(_) => {
            s.frames.remove(&key(o));
            false
        }
        None => false,
    }
}

/// CPython's METH_O / METH_NOARGS argument checks for `sys.<name>()`.
fn check_args(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != n {
        let takes = if n == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        let given = args.pos.len();
        return Err(vm.type_error(format!("sys.{name}() takes {takes} ({given} given)")));
    }
    Ok(())
}

/// Drops the entries of frames that are gone, once the table has grown.
fn prune(s: &mut State) {
    if s.frames.len() > 256 {
        s.frames.retain(|_, e| e.frame.strong_count() > 0);
    }
}

pub fn settrace(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, "settrace", 1)?;
    let f = args.pos[0].clone();
    // The caller's current line is not reported again when tracing starts mid-line.
    let here = vm.frames.last().map(|fr| {
        let line = crate::objects::frame::line_before(&fr.code, fr.pc);
        (fr.pyframe.clone(), line)
    });
    with(|s| {
        s.trace = f;
        if let Some((Some(fo), line)) = here {
            if let Some(e) = s.frames.get_mut(&key(&fo)) {
                e.last_line = line;
            }
        }
        prune(s);
        update_bit(s);
    });
    Ok(Value::None)
}

pub fn setprofile(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, "setprofile", 1)?;
    let f = args.pos[0].clone();
    with(|s| {
        s.profile = f;
        prune(s);
        update_bit(s);
    });
    Ok(Value::None)
}

pub fn gettrace(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, "gettrace", 0)?;
    Ok(with(|s| s.trace.clone()))
}

pub fn getprofile(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, "getprofile", 0)?;
    Ok(with(|s| s.profile.clone()))
}

/// `frame.f_trace` / `frame.f_trace_lines`.
pub fn frame_get(o: &ObjRef, n: &str) -> Option<Value> {
    with(|s| {
        let e = s.frames.get(&key(o)).filter(|e| e.frame.strong_count() > 0);
        match n {
            "f_trace" => Some(e.map_or(Value::None, |e| e.f_trace.clone())),
            "f_trace_lines" => Some(Value::Bool(e.is_none_or(|e| e.lines))),
            _ => None,
        }
    })
}

impl Vm {
    /// The interpreter loop's pending-work call: the queued work, then the tracing step
    /// when a tracer is set.
    #[inline]
    pub(crate) fn run_pending_traced(&mut self) -> PyResult<()> {
        self.run_pending()?;
        if active() {
            self.trace_step()?;
        }
        Ok(())
    }

    /// Setting `f_trace` / `f_trace_lines` on a frame object (true when handled).
    pub(crate) fn frame_setattr(&mut self, obj: &Value, n: &str, v: &Value) -> PyResult<bool> {
        let Some(o) = obj.obj() else {
            return Ok(false);
        };
        let Payload::Frame(pf) = &o.payload else {
            return Ok(false);
        };
        if n != "f_trace" && n != "f_trace_lines" {
            return Ok(false);
        }
        let lines = if n == "f_trace_lines" {
            if !matches!(v, Value::Bool(_)) {
                return Err(self.type_error("attribute value type must be bool"));
            }
            Some(self.truthy(v)?)
        } else {
            None
        };
        // Line events start with the next line, not the rest of this one.
        let line = crate::objects::frame::line_before(&pf.code, self.frame_pc(o));
        with(|s| {
            if !live(s, o) {
                s.frames.insert(key(o), new_entry(o, line));
            }
            let e = s.frames.get_mut(&key(o)).expect("entry");
            match lines {
                Some(b) => e.lines = b,
                None => e.f_trace = v.clone(),
            }
        });
        Ok(true)
    }

    /// Calls `f(frame, event, arg)` with tracing off. An error stops tracing (as CPython).
    fn trace_call(&mut self, f: &Value, frame: &Value, event: &str, arg: Value) -> PyResult {
        let ev = self.intern(event);
        with(|s| s.busy = true);
        let r = self.call(f, Args::new([frame.clone(), ev, arg]));
        with(|s| s.busy = false);
        if r.is_err() {
            with(|s| {
                s.trace = Value::None;
                s.profile = Value::None;
                s.frames.clear();
                update_bit(s);
            });
        }
        r
    }

    /// Sends `event` to the profile function and to the frame's local trace function.
    fn trace_both(&mut self, frame: &ObjRef, event: &str, arg: Value) -> PyResult<()> {
        let fo = Value::Obj(frame.clone());
        let profile = with(|s| s.profile.clone());
        if !profile.is_none() {
            self.trace_call(&profile, &fo, event, arg.clone())?;
        }
        let local = with(|s| {
            if s.trace.is_none() {
                return Value::None;
            }
            s.frames
                .get(&key(frame))
                .map_or(Value::None, |e| e.f_trace.clone())
        });
        if !local.is_none() {
            let r = self.trace_call(&local, &fo, event, arg)?;
            if !r.is_none() {
                with(|s| {
                    if let Some(e) = s.frames.get_mut(&key(frame)) {
                        e.f_trace = r;
                    }
                });
            }
        }
        Ok(())
    }

    /// The 'c_return' (or 'c_exception') of a builtin the frame called, if one is due.
    fn trace_c_result(&mut self, frame: &ObjRef, event: &str) -> PyResult<()> {
        let due = with(|s| s.frames.get_mut(&key(frame)).and_then(|e| e.c_call.take()));
        if let Some(func) = due {
            let profile = with(|s| s.profile.clone());
            if !profile.is_none() {
                self.trace_call(&profile, &Value::Obj(frame.clone()), event, func)?;
            }
        }
        Ok(())
    }

    /// The tracing work before each instruction while a tracer is set (see the module
    /// comment). `frames.last().pc` is the instruction about to run.
    pub(crate) fn trace_step(&mut self) -> PyResult<()> {
        if with(|s| s.busy) {
            return Ok(());
        }
        let Some(idx) = self.frames.len().checked_sub(1) else {
            return Ok(());
        };
        let pc = self.frames[idx].pc;
        let code = self.frames[idx].code.clone();
        let Some(&word) = code.co.code.get(pc) else {
            return Ok(());
        };
        let Some(fo) = self.frame_object(idx).obj().cloned() else {
            return Ok(());
        };
        let is_call = with(|s| {
            if live(s, &fo) {
                let e = s.frames.get_mut(&key(&fo)).expect("entry");
                std::mem::replace(&mut e.suspended, false)
            } else {
                // A frame running before tracing started gets no 'call'.
                let line = if pc == 0 { 0 } else { code.co.line_at(pc) };
                s.frames.insert(key(&fo), new_entry(&fo, line));
                pc == 0
            }
        });
        if is_call {
            let (trace, profile) = with(|s| (s.trace.clone(), s.profile.clone()));
            let v = Value::Obj(fo.clone());
            if !profile.is_none() {
                self.trace_call(&profile, &v, "call", Value::None)?;
            }
            if !trace.is_none() {
                let r = self.trace_call(&trace, &v, "call", Value::None)?;
                if !r.is_none() {
                    with(|s| {
                        if let Some(e) = s.frames.get_mut(&key(&fo)) {
                            e.f_trace = r;
                        }
                    });
                }
            }
        } else {
            self.trace_c_result(&fo, "c_return")?;
        }
        // f_lineno reads the line of the instruction before the frame's pc: make that
        // the instruction about to run while the events see the frame.
        self.frames[idx].pc = pc + 1;
        let r = self.trace_instruction(&fo, &code, pc, word);
        if let Some(f) = self.frames.get_mut(idx) {
            f.pc = pc;
        }
        r
    }

    fn trace_instruction(
        &mut self,
        fo: &ObjRef,
        code: &Rc<crate::objects::function::PyCode>,
        pc: usize,
        word: u32,
    ) -> PyResult<()> {
        let line = code.co.line_at(pc);
        let (op, arg) = decode(word);
        let op = Opcode::from_u8(op);
        let op_at = |i: usize| {
            code.co
                .code
                .get(i)
                .and_then(|w| Opcode::from_u8(decode(*w).0))
        };
        let (fire_line, delegate_done) = with(|s| {
            let tracing = !s.trace.is_none();
            let Some(e) = s.frames.get_mut(&key(fo)) else {
                return (None, None);
            };
            // A backward jump starts the line again, except the `yield from` / `await`
            // loop going back to its SEND.
            let back = pc < e.last_pc && op != Some(Opcode::Send);
            let fire = tracing
                && !e.f_trace.is_none()
                && e.lines
                && line > 0
                && (line != e.last_line || back);
            // A SEND that did not go on to its YIELD: the delegate returned, which
            // CPython reports as a StopIteration passing this frame.
            let done = tracing
                && !e.f_trace.is_none()
                && pc != e.last_pc + 1
                && op_at(e.last_pc) == Some(Opcode::Send);
            if line > 0 {
                e.last_line = line;
            }
            e.last_pc = pc;
            let f = e.f_trace.clone();
            (fire.then(|| f.clone()), done.then_some(f))
        });
        if let Some(f) = delegate_done {
            let cls = self.exc.stop_iteration.clone();
            let v = self.stack.last().cloned().unwrap_or(Value::None);
            let args = if v.is_none() { vec![] } else { vec![v] };
            let e = self.new_exception_args(&cls, args);
            let a = self.new_tuple(vec![Value::Obj(cls), e, Value::None]);
            let r = self.trace_call(&f, &Value::Obj(fo.clone()), "exception", a)?;
            if !r.is_none() {
                with(|s| {
                    if let Some(e) = s.frames.get_mut(&key(fo)) {
                        e.f_trace = r;
                    }
                });
            }
        }
        if let Some(f) = fire_line {
            let r = self.trace_call(&f, &Value::Obj(fo.clone()), "line", Value::None)?;
            if !r.is_none() {
                with(|s| {
                    if let Some(e) = s.frames.get_mut(&key(fo)) {
                        e.f_trace = r;
                    }
                });
            }
        }
        match op {
            Some(op @ (Opcode::ReturnValue | Opcode::ReturnConst | Opcode::YieldValue)) => {
                let v = if op == Opcode::ReturnConst {
                    code.consts
                        .get(arg as usize)
                        .cloned()
                        .unwrap_or(Value::None)
                } else {
                    self.stack.last().cloned().unwrap_or(Value::None)
                };
                self.trace_both(fo, "return", v)?;
                with(|s| {
                    if op == Opcode::YieldValue {
                        if let Some(e) = s.frames.get_mut(&key(fo)) {
                            e.suspended = true;
                        }
                    } else {
                        s.frames.remove(&key(fo));
                    }
                });
            }
            Some(op @ (Opcode::Call | Opcode::CallMethod | Opcode::CallKw)) => {
                if with(|s| s.profile.is_none()) {
                    return Ok(());
                }
                let n = self.stack.len();
                let arg = arg as usize;
                let at = match op {
                    Opcode::CallKw => n.checked_sub(arg + 2),
                    Opcode::CallMethod => n.checked_sub(arg + 2),
                    _ => n.checked_sub(arg + 1),
                };
                let func = at.and_then(|i| self.stack.get(i)).cloned();
                if let Some(func) =
                    func.filter(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
                {
                    let profile = with(|s| s.profile.clone());
                    self.trace_call(&profile, &Value::Obj(fo.clone()), "c_call", func.clone())?;
                    with(|s| {
                        if let Some(e) = s.frames.get_mut(&key(fo)) {
                            e.c_call = Some(func);
                        }
                    });
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// From `Vm::unwind` while tracing: `exc` is passing the top frame; `leaving` when
    /// that frame has no handler for it. Returns the exception to go on with (a trace
    /// function's own error replaces it).
    pub(crate) fn trace_unwind(&mut self, exc: Value, raised_here: bool, leaving: bool) -> Value {
        if with(|s| s.busy) {
            return exc;
        }
        let Some(idx) = self.frames.len().checked_sub(1) else {
            return exc;
        };
        let Some(fo) = self.frame_object(idx).obj().cloned() else {
            return exc;
        };
        if !with(|s| live(s, &fo)) {
            return exc;
        }
        let r = (|| -> PyResult<()> {
            self.trace_c_result(&fo, "c_exception")?;
            if raised_here {
                let local = with(|s| {
                    if s.trace.is_none() {
                        return Value::None;
                    }
                    s.frames
                        .get(&key(&fo))
                        .map_or(Value::None, |e| e.f_trace.clone())
                });
                if !local.is_none() {
                    let t = Value::Obj(self.type_of(&exc).clone());
                    let tb = crate::objects::exception::traceback_of(&exc);
                    let a = self.new_tuple(vec![t, exc.clone(), tb]);
                    let v = Value::Obj(fo.clone());
                    let r = self.trace_call(&local, &v, "exception", a)?;
                    if !r.is_none() {
                        with(|s| {
                            if let Some(e) = s.frames.get_mut(&key(&fo)) {
                                e.f_trace = r;
                            }
                        });
                    }
                }
            }
            if leaving {
                self.trace_both(&fo, "return", Value::None)?;
                with(|s| s.frames.remove(&key(&fo)));
            }
            Ok(())
        })();
        match r {
            Ok(()) => exc,
            Err(e) => e,
        }
    }
}
