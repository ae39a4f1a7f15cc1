//! Calls: Python functions get a frame on the VM's stack (arguments bound in place when
//! the call is simple); classes, bound methods and builtins are dispatched here too.
//! Generator functions return a generator holding the prepared frame.

use super::frame::Frame;
use super::Exit;
use crate::objects::function::{kwdefaults_from_dict, PyCode, PyFunction};
use crate::objects::generator::{GenKind, GenState};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use taipan_bytecode::code::flags;

/// How a suspended generator continues.
enum Resume {
    Send(Value),
    Throw(Value),
    /// Its `yield from` delegate finished with this value: continue at `end`.
    DelegateReturned {
        end: usize,
        value: Value,
    },
    /// Its delegate raised: drop the delegate and raise here.
    ThrowAfterDelegate(Value),
}

pub enum CallOutcome {
    Pushed,
    Done(Value),
}

impl Vm {
    /// Calls `func` with `nargs` arguments at `stack[args_start..]`; `ret_sp` is where the
    /// stack goes back to afterwards. Python functions become a new frame (Pushed).
    pub(crate) fn call_from_stack(
        &mut self,
        func: Value,
        args_start: usize,
        nargs: usize,
        kwnames: Option<Value>,
        ret_sp: usize,
    ) -> PyResult<CallOutcome> {
        if let Value::Obj(o) = &func {
            match &o.payload {
                Payload::Function(f) => {
                    let gen = f.code.co.is_generator();
                    self.push_function_frame(
                        o,
                        f,
                        args_start,
                        nargs,
                        kwnames.as_ref(),
                        ret_sp,
                        None,
                    )?;
                    if gen {
                        return Ok(CallOutcome::Done(self.suspend_new_generator(f)));
                    }
                    return Ok(CallOutcome::Pushed);
                }
                Payload::BoundMethod { func: inner, this } => {
                    if let Some(Payload::Function(_)) = inner.payload() {
                        self.stack.insert(args_start, this.clone());
                        return self.call_from_stack(
                            inner.clone(),
                            args_start,
                            nargs + 1,
                            kwnames,
                            ret_sp,
                        );
                    }
                }
                Payload::Type(_) => {
                    if let Some(outcome) =
                        self.try_fast_class_call(o, args_start, nargs, kwnames.as_ref(), ret_sp)?
                    {
                        return Ok(outcome);
                    }
                }
                _ => {}
            }
        }
        let args = self.args_from_stack(args_start, nargs, kwnames.as_ref());
        self.stack.truncate(ret_sp);
        Ok(CallOutcome::Done(self.call(&func, args)?))
    }

    fn args_from_stack(
        &mut self,
        args_start: usize,
        nargs: usize,
        kwnames: Option<&Value>,
    ) -> Args {
        let mut args = Args::default();
        let nkw = match kwnames.and_then(|k| k.payload()) {
            Some(Payload::Tuple(names)) => names.len(),
            _ => 0,
        };
        let kw_start = args_start + nargs - nkw;
        if let Some(Payload::Tuple(names)) = kwnames.and_then(|k| k.payload()) {
            let kwvals = self.stack.drain(kw_start..args_start + nargs);
            for (n, v) in names.iter().zip(kwvals) {
                let name: Rc<str> = Rc::from(n.as_str().map(|s| s.as_str()).unwrap_or(""));
                args.kw.push((name, v));
            }
        }
        // Straight into the small vector: no heap allocation for up to four arguments.
        args.pos = self.stack.drain(args_start..kw_start).collect();
        args
    }

    /// `cls(...)` where `__new__` is object's and `__init__` a Python function: the
    /// instance is made here and `__init__` runs as a frame of this loop.
    fn try_fast_class_call(
        &mut self,
        cls: &ObjRef,
        args_start: usize,
        nargs: usize,
        kwnames: Option<&Value>,
        ret_sp: usize,
    ) -> PyResult<Option<CallOutcome>> {
        let t = typeobj::ty(cls);
        if !t.heap
            || t.layout != typeobj::Layout::Object
            || !Rc::ptr_eq(&cls.class, &self.types.type_)
        {
            return Ok(None);
        }
        if typeobj::user_defines(cls, "__new__").is_some()
            || t.flags.get() & typeobj::FLAG_ABSTRACT != 0
        {
            return Ok(None);
        }
        let Some(init) = typeobj::user_defines(cls, "__init__") else {
            return Ok(None);
        };
        let Some(init_obj) = init.obj().cloned() else {
            return Ok(None);
        };
        let Payload::Function(f) = &init_obj.payload else {
            return Ok(None);
        };
        if f.code.co.flags & flags::GENERATOR != 0 {
            return Ok(None);
        }
        let inst = self.new_instance(cls);
        self.stack.insert(args_start, inst.clone());
        self.push_function_frame(
            &init_obj,
            f,
            args_start,
            nargs + 1,
            kwnames,
            ret_sp,
            Some(inst),
        )?;
        Ok(Some(CallOutcome::Pushed))
    }

    pub fn new_instance(&self, cls: &ObjRef) -> Value {
        let o = Rc::new(PyObject {
            class: cls.clone().into(),
            dict: Some(PyObject::new_attrs(&self.types.dict)),
            payload: Payload::Instance,
        });
        crate::memory::gc::track(&o);
        Value::Obj(o)
    }

    /// Binds arguments and pushes a frame for `f` (its arguments at `stack[args_start..]`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_function_frame(
        &mut self,
        fobj: &ObjRef,
        f: &PyFunction,
        args_start: usize,
        nargs: usize,
        kwnames: Option<&Value>,
        ret_sp: usize,
        init_self: Option<Value>,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(ret_sp);
            return Err(self.recursion_error());
        }
        let code = f.code.clone();
        if !code.verified.get() {
            if let Err(e) = self.verify_code(&code) {
                self.stack.truncate(ret_sp);
                return Err(e);
            }
        }
        let co = &code.co;
        let simple = kwnames.is_none()
            && nargs == co.argcount as usize
            && co.kwonlyargcount == 0
            && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        if simple {
            self.stack.truncate(args_start + nargs);
        } else {
            let bound = self.bind_args(fobj, f, args_start, nargs, kwnames);
            let bound = match bound {
                Ok(b) => b,
                Err(e) => {
                    self.stack.truncate(ret_sp);
                    return Err(e);
                }
            };
            self.stack.truncate(args_start);
            self.stack.extend(bound);
        }
        let nvars = co.varnames.len();
        self.stack.resize(args_start + nvars, Value::Null);
        // Cells: parameters that are captured start out holding the argument.
        for arg in co.cell2arg.iter() {
            let init = match arg {
                Some(a) => Some(self.stack[args_start + *a as usize].clone()),
                None => None,
            };
            let cell = self.alloc(&self.types.cell.clone(), Payload::Cell(RefCell::new(init)));
            self.stack.push(cell);
        }
        self.stack.extend(f.closure.iter().cloned());
        self.frames.push(Frame {
            code,
            pc: 0,
            base: args_start,
            ret_sp,
            globals: f.globals.clone(),
            locals: None,
            is_entry: false,
            init_self,
            gen: None,
            for_iter_exit: None,
            pyframe: None,
        });
        Ok(())
    }

    /// CPython's "f() takes N positional arguments but M were given", counting the
    /// keyword-only arguments that were given by keyword.
    fn too_many_positional(
        &mut self,
        f: &PyFunction,
        qual: &str,
        npos: usize,
        slots: &[Value],
    ) -> Value {
        let co = &f.code.co;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let ndefaults = f.defaults.borrow().len();
        let given_kw = slots[argcount..argcount + kwonly]
            .iter()
            .filter(|v| !matches!(v, Value::Null))
            .count();
        let takes = if ndefaults > 0 {
            // Negative when `__defaults__` is longer than the parameter list, as in CPython.
            format!(
                "from {} to {} positional arguments",
                argcount as i64 - ndefaults as i64,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let msg = if given_kw > 0 {
            format!(
                "{qual}() takes {takes} but {npos} positional argument{} (and {} keyword-only argument{}) were given",
                if npos == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{qual}() takes {takes} but {npos} {} given",
                if npos == 1 { "was" } else { "were" }
            )
        };
        self.type_error(msg)
    }

    /// The general argument binder with CPython's error messages. Reads the arguments
    /// from the stack; returns the values of the parameter slots.
    fn bind_args(
        &mut self,
        _fobj: &ObjRef,
        f: &PyFunction,
        args_start: usize,
        nargs: usize,
        kwnames: Option<&Value>,
    ) -> PyResult<Vec<Value>> {
        let co = &f.code.co;
        let qual = f
            .qualname
            .borrow()
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let names: Vec<Value> = match kwnames.and_then(|k| k.payload()) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![],
        };
        let npos = nargs - names.len();
        let args: Vec<Value> = self.stack[args_start..args_start + nargs].to_vec();
        let mut slots = vec![Value::Null; co.total_args()];
        for (i, a) in args[..npos.min(argcount)].iter().enumerate() {
            slots[i] = a.clone();
        }
        if has_varargs {
            let extra = args.get(argcount..npos).unwrap_or_default().to_vec();
            slots[argcount + kwonly] = self.new_tuple(extra);
        }
        let kwdict = if has_varkw {
            Some(self.new_dict())
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in names.iter().zip(args[npos..].iter()) {
            let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
            let pos = co.varnames[..argcount + kwonly]
                .iter()
                .position(|v| &**v == n);
            match pos {
                Some(p) if p < co.posonlyargcount as usize => {
                    if let Some(d) = &kwdict {
                        self.dict_set_item(d, name.clone(), value.clone())?;
                    } else {
                        posonly_as_kw.push(n.to_string());
                    }
                }
                Some(p) => {
                    if !matches!(slots[p], Value::Null) {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{n}'"
                        )));
                    }
                    slots[p] = value.clone();
                }
                None => match &kwdict {
                    Some(d) => self.dict_set_item(d, name.clone(), value.clone())?,
                    None => {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            let idx = argcount + kwonly + usize::from(has_varargs);
            slots[idx] = d;
        }
        if npos > argcount && !has_varargs {
            return Err(self.too_many_positional(f, &qual, npos, &slots));
        }
        // Defaults for missing positional parameters.
        let defaults = f.defaults.borrow().clone();
        // The last `argcount` defaults apply when `__defaults__` was set to a longer tuple.
        let first_default = argcount as isize - defaults.len() as isize;
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(slots[i], Value::Null) {
                if i as isize >= first_default {
                    slots[i] = defaults[(i as isize - first_default) as usize].clone();
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&qual, &missing, "positional")));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        let kw_slots = slots[argcount..argcount + kwonly].iter_mut();
        for (slot, n) in kw_slots.zip(&co.varnames[argcount..argcount + kwonly]) {
            if matches!(slot, Value::Null) {
                match kwdefaults.iter().find(|(k, _)| k == n) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(n.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&qual, &missing, "keyword-only")));
        }
        Ok(slots)
    }

    /// Calls any callable with already-collected arguments (native → Python re-enters the
    /// interpreter loop through a new entry frame).
    pub fn call(&mut self, func: &Value, args: Args) -> PyResult {
        let Value::Obj(o) = func else {
            return Err(
                self.type_error(format!("'{}' object is not callable", self.type_name(func)))
            );
        };
        match &o.payload {
            Payload::Builtin(b) => {
                if let Some(owner) = &b.owner {
                    self.check_method_self(b.name, owner, &args)?;
                }
                (b.func)(self, args)
            }
            Payload::Function(f) => self.call_function(o, f, args),
            Payload::BoundMethod { func, this } => {
                let mut args = args;
                args.pos.insert(0, this.clone());
                let func = func.clone();
                self.call(&func, args)
            }
            Payload::Type(_) => self.call_type(o, args),
            // list[int](...) makes a list.
            Payload::GenericAlias { origin, .. } => {
                let origin = origin.clone();
                self.call(&origin, args)
            }
            // staticmethod objects are callable since 3.10.
            Payload::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args)
            }
            _ => {
                if let Some(call) = typeobj::lookup(&o.class, "__call__") {
                    let mut args = args;
                    args.pos.insert(0, func.clone());
                    return self.call(&call, args);
                }
                Err(self.type_error(format!("'{}' object is not callable", self.type_name(func))))
            }
        }
    }

    /// `str.upper(1)` and `str.upper()` are TypeErrors, worded as CPython words them.
    fn check_method_self(&self, name: &str, owner: &ObjRef, args: &Args) -> PyResult<()> {
        match args.pos.first() {
            Some(v) if typeobj::is_subtype(self.type_of(v), owner) => Ok(()),
            // __new__ is a static method: its first argument is a class it checks itself.
            _ if name == "__new__" => Ok(()),
            None => {
                let tname = typeobj::ty(owner).name();
                Err(self.type_error(format!("unbound method {tname}.{name}() needs an argument")))
            }
            Some(v) => {
                let tname = typeobj::ty(owner).name();
                Err(self.type_error(format!(
                    "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
                    self.type_name(v)
                )))
            }
        }
    }

    pub fn call0(&mut self, func: &Value) -> PyResult {
        self.call(func, Args::default())
    }

    pub fn call1(&mut self, func: &Value, a: Value) -> PyResult {
        self.call(func, Args::new([a]))
    }

    fn call_function(&mut self, fobj: &ObjRef, f: &PyFunction, args: Args) -> PyResult {
        let start = self.stack.len();
        self.stack.extend(args.pos);
        let mut kwnames = None;
        if !args.kw.is_empty() {
            let mut names = Vec::with_capacity(args.kw.len());
            for (k, v) in args.kw {
                names.push(self.new_str(k.to_string()));
                self.stack.push(v);
            }
            kwnames = Some(self.new_tuple(names));
        }
        let nargs = self.stack.len() - start;
        self.push_function_frame(fobj, f, start, nargs, kwnames.as_ref(), start, None)?;
        if f.code.co.is_generator() {
            return Ok(self.suspend_new_generator(f));
        }
        self.run_entry()
    }

    /// Runs the frame just pushed as an entry frame (a nested interpreter loop).
    pub(crate) fn run_entry(&mut self) -> PyResult {
        if let Some(f) = self.frames.last_mut() {
            f.is_entry = true;
        }
        self.depth += 1;
        if self.depth > self.recursion_limit + 50 {
            self.depth -= 1;
            let f = self.frames.pop().expect("frame");
            self.stack.truncate(f.ret_sp);
            return Err(self.recursion_error());
        }
        let r = self.run();
        self.depth -= 1;
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => {
                // Only generator frames yield, and they are resumed elsewhere; unwind this
                // one rather than leave it on the frame stack.
                if let Some(f) = self.frames.pop() {
                    self.stack.truncate(f.ret_sp);
                }
                Err(self.runtime_error("yield outside a generator frame"))
            }
        }
    }

    /// f(*args, **kwargs)
    pub(crate) fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult {
        let pos = self
            .iterate(args)
            .map_err(|e| self.not_iterable_after_star(e, args, Some(func)))?;
        let mut a = Args {
            pos: pos.into(),
            kw: Vec::new(),
        };
        if let Some(kw) = kwargs {
            if let Some(Payload::Dict(d)) = kw.payload() {
                let entries: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    let Some(s) = k.as_str() else {
                        return Err(self.type_error("keywords must be strings"));
                    };
                    a.kw.push((Rc::from(s.as_str()), v));
                }
            }
        }
        self.call(func, a)
    }

    /// Moves the frame just pushed for a generator function into a new generator object.
    fn suspend_new_generator(&mut self, f: &PyFunction) -> Value {
        let frame = self.frames.pop().expect("frame");
        let saved = self.stack.split_off(frame.base);
        self.stack.truncate(frame.ret_sp);
        let kind = GenKind::of_flags(f.code.co.flags);
        let state = GenState::new(
            kind,
            Some(frame),
            saved,
            false,
            f.name.borrow().clone(),
            f.qualname.borrow().clone(),
        );
        let cls = match kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
        };
        self.alloc(&cls, Payload::Generator(Box::new(RefCell::new(state))))
    }

    /// Resumes generator `g` with `sent` (or throws `exc` into it). Yield or return.
    /// Takes a suspended generator's frame and stack for resuming (marking it running);
    /// None when it has finished.
    fn take_generator(
        &mut self,
        g: &Value,
        sending: bool,
    ) -> PyResult<Option<(Frame, Vec<Value>)>> {
        let Some(Payload::Generator(st)) = g.payload() else {
            return Err(self.type_error("not a generator"));
        };
        let mut s = st.borrow_mut();
        if s.running {
            return Err(self.value_error("generator already executing"));
        }
        let Some(frame) = s.frame.take() else {
            return Ok(None);
        };
        if !s.started && sending {
            s.frame = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if self.frames.len() >= self.recursion_limit {
            s.frame = Some(frame);
            return Err(self.recursion_error());
        }
        s.running = true;
        s.started = true;
        Ok(Some((frame, std::mem::take(&mut s.saved))))
    }

    /// Resumes generator `g` with `sent` (or throws `exc` into it) in a nested loop, for
    /// callers outside the interpreter loop (next(), send(), throw(), close(), yield from).
    /// A throw into a generator suspended in `yield from` goes to the delegate first.
    pub fn resume_generator(
        &mut self,
        g: &Value,
        sent: Value,
        exc: Option<Value>,
    ) -> PyResult<Exit> {
        let Some(e) = exc else {
            return self.resume_with(g, Resume::Send(sent));
        };
        let Some((it, end)) = self.yield_from_delegate(g) else {
            return self.resume_with(g, Resume::Throw(e));
        };
        if self.is_instance_of(&e, &self.exc.generator_exit.clone()) {
            // close(): close the delegate, then raise GeneratorExit here.
            let closed = self.while_delegating(g, |vm| vm.close_iterator(&it));
            if let Err(err) = closed {
                return self.resume_with(g, Resume::ThrowAfterDelegate(err));
            }
            return self.resume_with(g, Resume::Throw(e));
        }
        let outcome = if let Some(Payload::Generator(_)) = it.payload() {
            self.while_delegating(g, |vm| vm.resume_generator(&it, Value::None, Some(e)))
        } else {
            match self.get_attr_str(&it, "throw") {
                Err(_) => return self.resume_with(g, Resume::Throw(e)),
                Ok(throw) => match self.while_delegating(g, |vm| vm.call1(&throw, e)) {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(err) if self.is_instance_of(&err, &self.exc.stop_iteration.clone()) => {
                        let v = crate::objects::exception::args_of(&err)
                            .into_iter()
                            .next()
                            .unwrap_or(Value::None);
                        Ok(Exit::Return(v))
                    }
                    Err(err) => Err(err),
                },
            }
        };
        match outcome {
            Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
            Ok(Exit::Return(v)) => self.resume_with(g, Resume::DelegateReturned { end, value: v }),
            Err(err) => self.resume_with(g, Resume::ThrowAfterDelegate(err)),
        }
    }

    /// Runs `f` (a throw()/close() passed on to the delegate of `g`) with `g` marked as
    /// running, as CPython does, so that re-entering `g` from the delegate raises
    /// "generator already executing" instead of recursing.
    fn while_delegating<T>(&mut self, g: &Value, f: impl FnOnce(&mut Self) -> T) -> T {
        let st = match g.payload() {
            Some(Payload::Generator(st)) => Some(st),
            _ => None,
        };
        let was = st.map(|st| std::mem::replace(&mut st.borrow_mut().running, true));
        let r = f(self);
        if let (Some(st), Some(was)) = (st, was) {
            st.borrow_mut().running = was;
        }
        r
    }

    /// The iterator a generator suspended in `yield from` delegates to, and where its
    /// SEND loop ends. (Suspended there means: the last instruction run was YIELD_VALUE
    /// right after SEND; the iterator is on top of the saved stack.)
    pub(crate) fn yield_from_delegate(&self, g: &Value) -> Option<(Value, usize)> {
        let Some(Payload::Generator(st)) = g.payload() else {
            return None;
        };
        let s = st.borrow();
        let frame = s.frame.as_ref()?;
        let code = &frame.code.co.code;
        let pc = frame.pc;
        if pc < 2 {
            return None;
        }
        let (y, _) = taipan_bytecode::opcodes::decode(code[pc - 1]);
        let (send, end) = taipan_bytecode::opcodes::decode(code[pc - 2]);
        if y != taipan_bytecode::Opcode::YieldValue as u8
            || send != taipan_bytecode::Opcode::Send as u8
        {
            return None;
        }
        Some((s.saved.last()?.clone(), end as usize))
    }

    /// Closes every generator dropped while suspended (see objects/generator.rs). Errors
    /// are reported as CPython reports exceptions in finalizers, then ignored.
    pub fn run_finalizers(&mut self) {
        while let Some(a) = crate::objects::generator::take_abandoned() {
            let state = GenState::new(a.kind, Some(a.frame), a.saved, true, a.name, a.qualname);
            let g = self.alloc(
                &self.types.generator.clone(),
                Payload::Generator(Box::new(RefCell::new(state))),
            );
            if let Err(e) = self.close_iterator(&g) {
                let what = self.repr(&g).unwrap_or_default();
                let tb = crate::traceback::format_exception(self, &e, 0);
                self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
            }
        }
    }

    /// Closes an iterator: generators get GeneratorExit, others their `close()` if any.
    pub fn close_iterator(&mut self, it: &Value) -> PyResult<()> {
        if let Some(Payload::Generator(st)) = it.payload() {
            if st.borrow().running {
                return Err(self.value_error("generator already executing"));
            }
            let started = st.borrow().frame.as_ref().is_some_and(|f| f.pc > 0);
            if !started {
                st.borrow_mut().frame = None;
                return Ok(());
            }
            let ge = self.new_exception_args(&self.exc.generator_exit.clone(), vec![]);
            return match self.resume_generator(it, Value::None, Some(ge)) {
                Ok(Exit::Yield(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
                Ok(Exit::Return(_)) => Ok(()),
                Err(e)
                    if self.is_instance_of(&e, &self.exc.generator_exit.clone())
                        || self.is_instance_of(&e, &self.exc.stop_iteration.clone()) =>
                {
                    Ok(())
                }
                Err(e) => Err(e),
            };
        }
        if let Ok(close) = self.get_attr_str(it, "close") {
            self.call0(&close)?;
        }
        Ok(())
    }

    fn resume_with(&mut self, g: &Value, how: Resume) -> PyResult<Exit> {
        let sending = matches!(&how, Resume::Send(v) if !v.is_none());
        let Some((mut frame, mut saved)) = self.take_generator(g, sending)? else {
            return match how {
                Resume::Throw(e) | Resume::ThrowAfterDelegate(e) => Err(e),
                _ if gen_kind(g) == Some(GenKind::Coroutine) => {
                    Err(self.runtime_error("cannot reuse already awaited coroutine"))
                }
                _ => Ok(Exit::Return(Value::None)),
            };
        };
        let was_started = frame.pc > 0;
        match &how {
            Resume::DelegateReturned { end, value } => {
                // Continue after the `yield from` with the delegate's return value.
                saved.pop();
                saved.push(value.clone());
                frame.pc = *end;
            }
            Resume::ThrowAfterDelegate(_) => {
                saved.pop();
            }
            _ => {}
        }
        let base = self.stack.len();
        frame.base = base;
        frame.ret_sp = base;
        frame.is_entry = true;
        self.stack.append(&mut saved);
        give_back_saved(g, saved);
        self.frames.push(frame);
        self.depth += 1;
        let r = match how {
            // Raise at the suspension point: unwind from the current pc.
            Resume::Throw(e) | Resume::ThrowAfterDelegate(e) => match self.unwind(e, true) {
                Ok(()) => self.run(),
                Err(e) => Err(e),
            },
            Resume::Send(sent) => {
                if was_started {
                    self.stack.push(sent);
                }
                self.run()
            }
            Resume::DelegateReturned { .. } => self.run(),
        };
        self.depth -= 1;
        let Some(Payload::Generator(st)) = g.payload() else {
            return r;
        };
        st.borrow_mut().running = false;
        match r {
            Ok(Exit::Yield(v)) => {
                let frame = self.frames.pop().expect("generator frame");
                self.frame_suspended(&frame, g);
                let mut s = st.borrow_mut();
                // Into the generator's own buffer: no allocation per yield.
                s.saved.extend(self.stack.drain(frame.base..));
                s.frame = Some(frame);
                Ok(Exit::Yield(v))
            }
            Ok(Exit::Return(v)) => Ok(Exit::Return(v)),
            Err(e) => {
                let kind = gen_kind(g).unwrap_or(GenKind::Generator);
                Err(self.escape_of(kind, e))
            }
        }
    }

    /// FOR_ITER over a generator: pushes its frame to run in the current loop, returning
    /// to the loop with the yielded value or jumping to `exit` when it returns. False when
    /// the generator has already finished.
    pub(crate) fn push_generator_frame(&mut self, g: &Value, exit: usize) -> PyResult<bool> {
        let Some((mut frame, mut saved)) = self.take_generator(g, false)? else {
            return Ok(false);
        };
        let base = self.stack.len();
        frame.base = base;
        frame.ret_sp = base;
        frame.is_entry = false;
        frame.gen = Some(g.clone());
        frame.for_iter_exit = Some(exit);
        let was_started = frame.pc > 0;
        self.stack.append(&mut saved);
        give_back_saved(g, saved);
        if was_started {
            // The value of the `yield` expression it is suspended in.
            self.stack.push(Value::None);
        }
        self.frames.push(frame);
        Ok(true)
    }

    /// YIELD_VALUE in a frame pushed by `push_generator_frame`: store it back.
    pub(crate) fn suspend_generator_frame(&mut self) {
        let Some(mut frame) = self.frames.pop() else {
            return;
        };
        let base = frame.base;
        let gen = frame.gen.take();
        frame.for_iter_exit = None;
        if let Some(g) = &gen {
            self.frame_suspended(&frame, g);
        }
        if let Some(Payload::Generator(st)) = gen.as_ref().and_then(|g| g.payload()) {
            let mut s = st.borrow_mut();
            s.frame = Some(frame);
            s.saved.extend(self.stack.drain(base..));
            s.running = false;
        } else {
            self.stack.truncate(base);
        }
    }

    /// A generator frame run in place has returned or raised: it is finished.
    pub(crate) fn finish_generator(&mut self, f: &Frame) {
        if let Some(Payload::Generator(st)) = f.gen.as_ref().and_then(|g| g.payload()) {
            st.borrow_mut().running = false;
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
    pub(crate) fn generator_escape(&mut self, e: Value) -> Value {
        self.escape_of(GenKind::Generator, e)
    }

    /// PEP 479 for each kind: StopIteration (and, from an async generator,
    /// StopAsyncIteration) escaping the frame becomes a RuntimeError.
    pub(crate) fn escape_of(&mut self, kind: GenKind, e: Value) -> Value {
        let what = if self.is_instance_of(&e, &self.exc.stop_iteration.clone()) {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator
            && self.is_instance_of(&e, &self.exc.stop_async_iteration.clone())
        {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let re = self.runtime_error(format!("{} raised {what}", kind.name()));
        if let Some(st) = crate::objects::exception::exc_state(&re) {
            st.borrow_mut().cause = e.clone();
            st.borrow_mut().context = e;
        }
        re
    }

    /// One step of `yield from` / SEND: generators are resumed directly; other iterators
    /// get `next` (for None) or `send`.
    pub(crate) fn send(&mut self, it: &Value, v: Value) -> PyResult<Exit> {
        if let Some(Payload::Generator(_)) = it.payload() {
            return self.resume_generator(it, v, None);
        }
        if v.is_none() && matches!(it.payload(), Some(Payload::Iter(_))) {
            return Ok(match self.next(it)? {
                Some(y) => Exit::Yield(y),
                None => Exit::Return(Value::None),
            });
        }
        // `__next__` for None, else `send`; the StopIteration's value is the result.
        let r = if v.is_none() {
            match typeobj::lookup(self.type_of(it), "__next__") {
                Some(f) => self.call1(&f, it.clone()),
                None => {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )))
                }
            }
        } else {
            let send = self.get_attr_str(it, "send")?;
            self.call1(&send, v)
        };
        match r {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.is_instance_of(&e, &self.exc.stop_iteration.clone()) => {
                let args = crate::objects::exception::args_of(&e);
                Ok(Exit::Return(args.into_iter().next().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn make_function(
        &mut self,
        code_v: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Some(Payload::Code(code)) = code_v.payload() else {
            return Value::None;
        };
        let code: Rc<PyCode> = code.clone();
        let globals = self.frames.last().expect("frame").globals.clone();
        let defaults = match defaults.as_ref().and_then(|d| d.payload()) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![],
        };
        let kwdefaults = match kwdefaults.as_ref().and_then(|d| d.payload()) {
            Some(Payload::Dict(d)) => kwdefaults_from_dict(&d.borrow()),
            _ => vec![],
        };
        let closure: Box<[Value]> = match closure.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => Box::new([]),
        };
        let name = self.intern(&code.co.name);
        let qualname = self.new_str(code.co.qualname.to_string());
        let doc = match &code.co.docstring {
            Some(d) => self.new_str(d.to_string()),
            None => Value::None,
        };
        let module = match &globals.payload {
            Payload::Dict(d) => d.borrow().get_str("__name__").unwrap_or(Value::None),
            _ => Value::None,
        };
        let f = PyFunction {
            code,
            globals,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(Value::Null),
        };
        let o = Rc::new(PyObject {
            class: self.types.function.clone().into(),
            dict: Some(PyObject::new_attrs(&self.types.dict)),
            payload: Payload::Function(Box::new(f)),
        });
        crate::memory::gc::track(&o);
        Value::Obj(o)
    }
}

impl Vm {
    /// `__annotations__` of a new function from MAKE_FUNCTION's (name, value, ...) tuple.
    pub(crate) fn set_annotations(&mut self, f: &Value, pairs: &Value) {
        let Some(Payload::Tuple(t)) = pairs.payload() else {
            return;
        };
        let d = self.new_dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            let mut dd = dd.borrow_mut();
            for kv in t.chunks_exact(2) {
                dd.set_str(kv[0].clone(), kv[1].clone());
            }
        }
        if let Some(Payload::Function(func)) = f.payload() {
            *func.annotations.borrow_mut() = d;
        }
    }
}

fn missing_message(qual: &str, missing: &[String], kind: &str) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

/// The kind of generator object `g` is, if it is one.
pub(crate) fn gen_kind(g: &Value) -> Option<GenKind> {
    match g.payload() {
        Some(Payload::Generator(st)) => Some(st.borrow().kind),
        _ => None,
    }
}

/// Returns a generator's emptied stack buffer, so the next suspension reuses it.
fn give_back_saved(g: &Value, saved: Vec<Value>) {
    if let Some(Payload::Generator(st)) = g.payload() {
        if let Ok(mut s) = st.try_borrow_mut() {
            if s.saved.capacity() == 0 {
                s.saved = saved;
            }
        }
    }
}
