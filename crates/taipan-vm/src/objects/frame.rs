//! Frame objects (`type(sys._getframe())`, `tb.tb_frame`, `gen.gi_frame`).
//!
//! The interpreter's frames (`interp::frame::Frame`) are plain structs on `Vm::frames`
//! whose locals live in `Vm::stack`; most calls never need more. A `PyFrame` is made only
//! when Python code asks for a frame (a traceback row, `sys._getframe`, `gi_frame`), and
//! the `Frame` then keeps it in `Frame::pyframe`, so asking again gives the same object.
//! While its frame runs, a `PyFrame` reads the live frame (found by identity on
//! `Vm::frames`); when the frame goes away and someone still holds the object, the VM
//! moves what the object needs into it (`Vm::frame_leaving`): the last instruction, the
//! fast locals and the caller's frame object, as CPython's frame objects take ownership
//! of their interpreter frame's data. A suspended generator's frame object reads the
//! generator's saved stack instead. A function frame's `f_locals` is its `locals()` dict
//! (namespaces.rs), refreshed on each access.

use crate::interp::frame::Frame;
use crate::objects::function::PyCode;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

pub struct PyFrame {
    pub code: Rc<PyCode>,
    pub globals: ObjRef,
    /// The LOAD_NAME mapping of a module, class body or exec'd code (its `f_locals`);
    /// None for a function frame.
    pub locals: Option<ObjRef>,
    /// The next instruction to run, as last known (updated when the frame stops running).
    pub pc: Cell<usize>,
    pub state: RefCell<FrameState>,
}

pub enum FrameState {
    /// On `Vm::frames` (or dropped without notice: then read as a finished frame with no
    /// locals).
    Live,
    /// A generator's frame, stored in the generator while it is suspended.
    Suspended(Weak<PyObject>),
    /// The frame has returned or raised. (Boxed: frame objects stay no larger than
    /// the other payloads.)
    Finished(Box<Finished>),
}

pub struct Finished {
    /// The fast locals (locals, cells, free cells) as the frame left them.
    fast: Box<[Value]>,
    /// The caller's frame object (`f_back`), or None.
    back: Value,
    /// The dict `f_locals` returns, once asked for.
    locals: Option<ObjRef>,
}

/// Where a frame object's data is right now.
enum Place {
    /// Index into `Vm::frames`.
    Running(usize),
    /// A suspended generator (its `GenState` holds the frame and the saved stack).
    Generator(ObjRef),
    Gone,
}

pub fn frame_of(v: &Value) -> Option<&PyFrame> {
    match v.payload() {
        Some(Payload::Frame(f)) => Some(f),
        _ => None,
    }
}

/// The LOAD_NAME mapping of a module, class body or exec'd code; None for a function,
/// whose `Frame::locals` is the dict `locals()` refreshes (not a namespace).
fn namespace_of(f: &Frame) -> Option<ObjRef> {
    if f.code.co.flags & taipan_bytecode::code::flags::OPTIMIZED != 0 {
        return None;
    }
    f.locals.clone()
}

/// The line of the instruction before `pc` (the one running, or last run); the
/// definition line for a generator that has not started.
pub fn line_before(code: &PyCode, pc: usize) -> u32 {
    match pc {
        0 => code.co.firstlineno,
        pc => code.co.line_at(pc - 1),
    }
}

impl Vm {
    /// The frame object of `self.frames[idx]`, made on first request.
    pub fn frame_object(&mut self, idx: usize) -> Value {
        let f = &self.frames[idx];
        if let Some(p) = &f.pyframe {
            return Value::Obj(p.clone());
        }
        let obj = Rc::new(PyObject {
            class: self.types.frame.clone().into(),
            dict: None,
            payload: Payload::Frame(PyFrame {
                code: f.code.clone(),
                globals: f.globals.clone(),
                locals: namespace_of(f),
                pc: Cell::new(f.pc),
                state: RefCell::new(FrameState::Live),
            }),
        });
        self.frames[idx].pyframe = Some(obj.clone());
        Value::Obj(obj)
    }

    /// Called with a frame just taken off `Vm::frames` for good (returned or raised at
    /// `pc`), before its stack slice is released: a frame object that outlives the frame
    /// keeps its locals and caller. The callers test `f.pyframe` first, so a frame that
    /// never had an object costs one branch.
    pub(crate) fn frame_leaving(&mut self, f: &Frame, pc: usize) {
        let Some(p) = &f.pyframe else {
            return;
        };
        let Payload::Frame(pf) = &p.payload else {
            return;
        };
        pf.pc.set(pc);
        if Rc::strong_count(p) == 1 {
            return;
        }
        // A finished generator's frame keeps no locals, as in CPython.
        let n = if f.code.co.is_generator() {
            0
        } else {
            f.code.nlocalsplus
        };
        let end = (f.base + n).min(self.stack.len());
        let mut fast: Box<[Value]> = self
            .stack
            .get_mut(f.base..end)
            .map(|s| {
                s.iter_mut()
                    .map(|v| std::mem::replace(v, Value::Null))
                    .collect()
            })
            .unwrap_or_default();
        break_traceback_cycles(p, &mut fast);
        // The dict `locals()` returned stays the frame's `f_locals`.
        let locals = match (n, namespace_of(f)) {
            (0, _) | (_, Some(_)) => None,
            _ => f.locals.clone(),
        };
        if let Some(d) = &locals {
            prune_traceback_cycles(p, d);
        }
        let back = match self.frames.len() {
            0 => Value::None,
            n => self.frame_object(n - 1),
        };
        *pf.state.borrow_mut() = FrameState::Finished(Box::new(Finished { fast, back, locals }));
    }

    /// Called when a generator's frame is suspended into generator `gen`.
    pub(crate) fn frame_suspended(&mut self, f: &Frame, gen: &Value) {
        if let (Some(p), Some(g)) = (&f.pyframe, gen.obj()) {
            if let Payload::Frame(pf) = &p.payload {
                pf.pc.set(f.pc);
                *pf.state.borrow_mut() = FrameState::Suspended(Rc::downgrade(g));
            }
        }
    }

    fn frame_place(&self, frame: &ObjRef, pf: &PyFrame) -> Place {
        if let Some(i) = self
            .frames
            .iter()
            .rposition(|f| f.pyframe.as_ref().is_some_and(|p| Rc::ptr_eq(p, frame)))
        {
            return Place::Running(i);
        }
        match &*pf.state.borrow() {
            FrameState::Suspended(g) => match g.upgrade() {
                Some(g) => Place::Generator(g),
                None => Place::Gone,
            },
            _ => Place::Gone,
        }
    }

    /// The next instruction of the frame behind `frame` (kept current while it runs).
    pub fn frame_pc(&self, frame: &ObjRef) -> usize {
        let Payload::Frame(pf) = &frame.payload else {
            return 0;
        };
        match self.frame_place(frame, pf) {
            Place::Running(i) => self.frames[i].pc,
            Place::Generator(g) => match &g.payload {
                Payload::Generator(st) => st.borrow().frame.as_ref().map_or(pf.pc.get(), |f| f.pc),
                _ => pf.pc.get(),
            },
            Place::Gone => pf.pc.get(),
        }
    }

    /// `f_back`: the caller's frame object, None for the outermost frame or a suspended
    /// generator.
    pub fn frame_back(&mut self, frame: &ObjRef) -> Value {
        let Payload::Frame(pf) = &frame.payload else {
            return Value::None;
        };
        match self.frame_place(frame, pf) {
            Place::Running(0) | Place::Generator(_) => Value::None,
            Place::Running(i) => self.frame_object(i - 1),
            Place::Gone => match &*pf.state.borrow() {
                FrameState::Finished(f) => f.back.clone(),
                _ => Value::None,
            },
        }
    }

    /// `f_locals`: the namespace of a module or class body; for a function, the dict
    /// `locals()` returns while it runs (namespaces.rs), brought up to date with its
    /// variables and cells, as in CPython 3.12. A finished frame gets a dict of its own.
    pub fn frame_locals(&mut self, frame: &ObjRef) -> PyResult {
        let Payload::Frame(pf) = &frame.payload else {
            return Ok(Value::None);
        };
        if let Some(l) = &pf.locals {
            return Ok(Value::Obj(l.clone()));
        }
        let n = pf.code.nlocalsplus;
        let new_dict = |vm: &Vm| vm.new_dict().obj().cloned().expect("a dict is an object");
        let (dict, fast) = match self.frame_place(frame, pf) {
            Place::Running(i) => {
                let d = match &self.frames[i].locals {
                    Some(d) => d.clone(),
                    None => {
                        let d = new_dict(self);
                        self.frames[i].locals = Some(d.clone());
                        d
                    }
                };
                let base = self.frames[i].base;
                (d, self.stack.get(base..base + n).map(<[Value]>::to_vec))
            }
            Place::Generator(g) => {
                let Payload::Generator(st) = &g.payload else {
                    return Ok(Value::None);
                };
                let mut s = st.borrow_mut();
                let fast = s.saved.get(..n).map(<[Value]>::to_vec);
                let d = match s.frame.as_mut() {
                    Some(f) => f.locals.get_or_insert_with(|| new_dict(self)).clone(),
                    None => new_dict(self),
                };
                (d, fast)
            }
            Place::Gone => match &mut *pf.state.borrow_mut() {
                FrameState::Finished(f) => {
                    let d = f.locals.get_or_insert_with(|| new_dict(self)).clone();
                    (d, Some(f.fast.to_vec()))
                }
                _ => (new_dict(self), None),
            },
        };
        let code = pf.code.clone();
        crate::namespaces::refresh_locals(self, &code, &fast.unwrap_or_default(), &dict)?;
        Ok(Value::Obj(dict))
    }

    /// `frame.__repr__`: `<frame at 0x..., file '...', line N, code NAME>`.
    pub fn frame_repr(&self, v: &Value) -> String {
        let Some(pf) = frame_of(v) else {
            return String::new();
        };
        let pc = v.obj().map_or(pf.pc.get(), |o| self.frame_pc(o));
        let line = line_before(&pf.code, pc);
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            v.id(),
            pf.code.co.filename,
            line,
            pf.code.co.name
        )
    }

    /// Attributes of frame objects.
    pub(crate) fn frame_attr(&mut self, o: &ObjRef, n: &str) -> PyResult<Option<Value>> {
        let Payload::Frame(pf) = &o.payload else {
            return Ok(None);
        };
        let pc = self.frame_pc(o);
        Ok(Some(match n {
            "f_code" => self.alloc(&self.types.code.clone(), Payload::Code(pf.code.clone())),
            "f_globals" => Value::Obj(pf.globals.clone()),
            "f_builtins" => Value::Obj(self.builtins_dict.clone()),
            "f_locals" => return self.frame_locals(o).map(Some),
            "f_back" => self.frame_back(o),
            "f_lineno" => Value::Int(i64::from(line_before(&pf.code, pc))),
            // A byte offset as CPython's: two per instruction (`dis` numbers the
            // instructions themselves).
            "f_lasti" => Value::Int(2 * pc.saturating_sub(1) as i64),
            "f_trace" | "f_trace_lines" => {
                return Ok(crate::modules::sys_trace::frame_get(o, n));
            }
            "f_trace_opcodes" => Value::Bool(false),
            _ => return Ok(None),
        }))
    }
}

/// Without a cycle collector, `except E as e: raise X from e` would leak: the frame
/// object would hold `e` in its locals, and `e.__traceback__` the frame object. The
/// snapshot leaves out exceptions whose traceback runs through this frame (CPython keeps
/// them and relies on its collector), the frame object itself, and cells holding either.
fn break_traceback_cycles(frame: &ObjRef, fast: &mut [Value]) {
    for v in fast.iter_mut() {
        let inner = match v.payload() {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => None,
        };
        if holds_frame(inner.as_ref().unwrap_or(v), frame) {
            *v = Value::Null;
        }
    }
}

/// Whether keeping `v` in frame object `frame` would make a cycle through it.
fn holds_frame(v: &Value, frame: &ObjRef) -> bool {
    v.obj().is_some_and(|o| Rc::ptr_eq(o, frame))
        || crate::objects::traceback::exception_passes(v, frame)
}

/// The same for the frame's `locals()` dict, which the frame object keeps.
fn prune_traceback_cycles(frame: &ObjRef, d: &ObjRef) {
    let Payload::Dict(dd) = &d.payload else {
        return;
    };
    let doomed: Vec<Value> = dd
        .borrow()
        .iter()
        .filter(|e| holds_frame(&e.value, frame))
        .map(|e| e.key.clone())
        .collect();
    for k in doomed {
        if let Some(name) = k.as_str() {
            dd.borrow_mut().del_str(name.as_str());
        }
    }
}

impl Vm {
    /// `gi_frame`, `gi_running`, `gi_code` and `gi_suspended` of generator object `g`
    /// (`cr_...` for a coroutine, `ag_...` for an async generator).
    pub(crate) fn generator_attr(&mut self, g: &ObjRef, n: &str) -> Option<Value> {
        use crate::objects::generator::GenKind;
        let Payload::Generator(st) = &g.payload else {
            return None;
        };
        let prefix = match st.borrow().kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        let n = n.strip_prefix(prefix)?;
        let running = st.borrow().running;
        Some(match n {
            "running" => Value::Bool(running),
            "suspended" => {
                let s = st.borrow();
                Value::Bool(!running && s.frame.as_ref().is_some_and(|f| f.pc > 0))
            }
            "code" => match st.borrow().code.clone() {
                Some(c) => self.alloc(&self.types.code.clone(), Payload::Code(c)),
                None => Value::None,
            },
            "frame" if running => match self.running_generator_frame(g) {
                Some(i) => {
                    let v = self.frame_object(i);
                    if let Some(Payload::Frame(pf)) = v.payload() {
                        // Remembers whose frame it is (found first on Vm::frames anyway).
                        *pf.state.borrow_mut() = FrameState::Suspended(Rc::downgrade(g));
                    }
                    v
                }
                None => Value::None,
            },
            "frame" => self.suspended_generator_frame(g, st),
            // What a `yield from` / `await` it is suspended in delegates to.
            "yieldfrom" if prefix == "gi_" => self.delegate_of(g),
            "await" if prefix != "gi_" => self.delegate_of(g),
            "origin" if prefix == "cr_" => Value::None,
            _ => return None,
        })
    }

    fn delegate_of(&self, g: &ObjRef) -> Value {
        self.yield_from_delegate(&Value::Obj(g.clone()))
            .map_or(Value::None, |(it, _)| it)
    }

    /// The index on `Vm::frames` of running generator `g`'s frame. The generator object
    /// does not point at it while it runs; a frame object made for it before knows its
    /// generator, a frame resumed by FOR_ITER does too, and otherwise it is the innermost
    /// frame running its code (where `g` is when it asks about itself).
    fn running_generator_frame(&self, g: &ObjRef) -> Option<usize> {
        let code = match &g.payload {
            Payload::Generator(st) => st.borrow().code.clone(),
            _ => None,
        };
        let knows = |f: &Frame| {
            f.pyframe.as_ref().is_some_and(|p| match &p.payload {
                Payload::Frame(pf) => matches!(&*pf.state.borrow(),
                    FrameState::Suspended(w) if std::ptr::eq(w.as_ptr(), Rc::as_ptr(g))),
                _ => false,
            }) || f
                .gen
                .as_ref()
                .and_then(Value::obj)
                .is_some_and(|x| Rc::ptr_eq(x, g))
        };
        self.frames.iter().rposition(knows).or_else(|| {
            let code = code.as_ref()?;
            self.frames.iter().rposition(|f| Rc::ptr_eq(&f.code, code))
        })
    }

    /// `gi_frame` of a generator that is not running: its frame object, made on first
    /// request and kept with the frame; None once the generator has finished.
    fn suspended_generator_frame(
        &mut self,
        g: &ObjRef,
        st: &RefCell<crate::objects::generator::GenState>,
    ) -> Value {
        let mut s = st.borrow_mut();
        let Some(f) = s.frame.as_mut() else {
            return Value::None;
        };
        if let Some(p) = &f.pyframe {
            return Value::Obj(p.clone());
        }
        let p = Rc::new(PyObject {
            class: self.types.frame.clone().into(),
            dict: None,
            payload: Payload::Frame(PyFrame {
                code: f.code.clone(),
                globals: f.globals.clone(),
                locals: namespace_of(f),
                pc: Cell::new(f.pc),
                state: RefCell::new(FrameState::Suspended(Rc::downgrade(g))),
            }),
        });
        f.pyframe = Some(p.clone());
        Value::Obj(p)
    }
}

pub const FRAME_METHODS: &[(&str, crate::vm::NativeFn)] = &[("clear", frame_clear)];

/// `frame.clear()`: drops a finished frame's locals; closes the generator of a suspended
/// one; a frame that is running cannot be cleared.
fn frame_clear(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    args.positional(vm, "clear", 1, 1)?;
    let Some(Value::Obj(frame)) = args.pos.first().cloned() else {
        return Ok(Value::None);
    };
    let Payload::Frame(pf) = &frame.payload else {
        return Ok(Value::None);
    };
    match vm.frame_place(&frame, pf) {
        Place::Running(_) => Err(vm.runtime_error("cannot clear an executing frame")),
        Place::Generator(g) => {
            let running = matches!(&g.payload, Payload::Generator(st) if st.borrow().running);
            if running {
                return Err(vm.runtime_error("cannot clear an executing frame"));
            }
            vm.close_iterator(&Value::Obj(g))?;
            Ok(Value::None)
        }
        Place::Gone => {
            if let FrameState::Finished(f) = &mut *pf.state.borrow_mut() {
                f.fast = Box::default();
            }
            Ok(Value::None)
        }
    }
}
