//! The interpreter loop. One `run` call executes the entry frame on top of `Vm::frames`
//! and every Python frame it calls, returning when the entry frame returns or yields.
//! Each instruction's fast path is inline; anything that can call user code or raise goes
//! through a method on `Vm` in the sibling files. An error breaks out of the inner loop to
//! `unwind`, which consults the exception tables frame by frame.

pub mod attr;
pub mod attr_cache;
pub mod awaiting;
pub mod call;
pub mod class_assign;
pub mod frame;
pub mod intrinsics;
pub mod ops;
pub mod pattern;
pub mod protocol;

use crate::objects::exception;
use crate::objects::int;
use crate::value::{Payload, PyObject, Value};
use crate::vm::{PyResult, Vm};
use taipan_bytecode::opcodes::decode;
use taipan_bytecode::{BinOp, CmpOp, Opcode};

pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// `s = s + t` / `s += t` on strs where the next instruction stores into the local
    /// that holds `s`: as CPython, the local lets go first, and if nobody else holds the
    /// string it grows in place (amortised O(1) instead of copying the whole string).
    #[inline]
    fn concat_in_place(
        &mut self,
        a: &mut Value,
        b: &Value,
        next: Option<u32>,
        base: usize,
    ) -> bool {
        let (Value::Obj(ao), Some(Payload::Str(bs))) = (&*a, b.payload()) else {
            return false;
        };
        if !matches!(ao.payload, Payload::Str(_))
            || !std::rc::Rc::ptr_eq(&ao.class, &self.types.str_)
            || !std::rc::Rc::ptr_eq(self.type_of(b), &self.types.str_)
        {
            return false;
        }
        let Some((op, local)) = next.map(decode) else {
            return false;
        };
        if Opcode::from_u8(op) != Some(Opcode::StoreFast) {
            return false;
        }
        let slot = base + local as usize;
        if !self.stack.get(slot).is_some_and(|v| v.is(a)) {
            return false;
        }
        let Value::Obj(rc) = a else { return false };
        if std::rc::Rc::strong_count(rc) != 2 || std::rc::Rc::weak_count(rc) != 0 {
            return false;
        }
        self.stack[slot] = Value::Null;
        match std::rc::Rc::get_mut(rc) {
            Some(PyObject {
                payload: Payload::Str(s),
                ..
            }) => {
                s.append(bs);
                true
            }
            _ => false,
        }
    }
}

/// Unwraps a PyResult inside the dispatch loop: errors leave the loop with the exception.
macro_rules! t {
    ($e:expr, $err:ident) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $err = e;
                break;
            }
        }
    };
}

impl Vm {
    #[inline(always)]
    fn pop(&mut self) -> Value {
        // The compiler's stack-depth analysis guarantees the operand is there.
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    pub fn run(&mut self) -> PyResult<Exit> {
        'frame: loop {
            let (code, mut pc, base) = {
                let f = self.frames.last().expect("run() needs a frame");
                (f.code.clone(), f.pc, f.base)
            };
            let consts = &code.consts;
            let names = &code.names;
            let words = &code.co.code;
            let mut reraise = false;
            let err: Value;
            loop {
                if crate::memory::pending::any() {
                    self.frames.last_mut().expect("frame").pc = pc;
                    if let Err(e) = self.run_pending_traced() {
                        // Raised "at" the instruction about to run (a signal handler's error).
                        pc += 1;
                        err = e;
                        break;
                    }
                }
                let (op, arg) = decode(words[pc]);
                pc += 1;
                let arg = arg as usize;
                // SAFETY-free dispatch: `op` was validated when the code was loaded.
                let Some(op) = Opcode::from_u8(op) else {
                    err = self.new_exception(&self.exc.system_error.clone(), "bad opcode");
                    break;
                };
                match op {
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        self.stack.pop();
                    }
                    Opcode::Copy => {
                        let v = self.stack[self.stack.len() - arg].clone();
                        self.stack.push(v);
                    }
                    Opcode::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Opcode::LoadConst => self.stack.push(consts[arg].clone()),
                    Opcode::LoadFast => {
                        let v = self.stack[base + arg].clone();
                        if let Value::Null = v {
                            let name = code.co.varnames[arg].clone();
                            err = self.new_exception(
                                &self.exc.unbound_local_error.clone(),
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            break;
                        }
                        self.stack.push(v);
                    }
                    Opcode::LoadFastAndClear => {
                        let v = std::mem::replace(&mut self.stack[base + arg], Value::Null);
                        self.stack.push(v);
                    }
                    Opcode::StoreFast => {
                        let v = self.pop();
                        self.stack[base + arg] = v;
                    }
                    Opcode::DeleteFast => {
                        if let Value::Null = self.stack[base + arg] {
                            let name = code.co.varnames[arg].clone();
                            err = self.new_exception(
                                &self.exc.unbound_local_error.clone(),
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            break;
                        }
                        self.stack[base + arg] = Value::Null;
                    }
                    Opcode::LoadGlobal => {
                        let v = t!(self.load_global_cached(&code, arg), err);
                        self.stack.push(v);
                    }
                    Opcode::StoreGlobal => {
                        let v = self.pop();
                        let g = self.frames.last().expect("frame").globals.clone();
                        t!(
                            self.dict_set_item(&Value::Obj(g), names[arg].clone(), v),
                            err
                        );
                    }
                    Opcode::DeleteGlobal => {
                        let g = self.frames.last().expect("frame").globals.clone();
                        if let Payload::Dict(d) = &g.payload {
                            if d.borrow_mut()
                                .del_str(names[arg].as_str().map(|s| s.as_str()).unwrap_or(""))
                                .is_none()
                            {
                                err = self.name_error(
                                    names[arg].as_str().map(|s| s.as_str()).unwrap_or(""),
                                );
                                break;
                            }
                        }
                    }
                    Opcode::LoadName => {
                        let v = t!(self.load_name(&names[arg]), err);
                        self.stack.push(v);
                    }
                    Opcode::StoreName => {
                        let v = self.pop();
                        t!(self.store_name(names[arg].clone(), v), err);
                    }
                    Opcode::DeleteName => t!(self.delete_name(&names[arg]), err),
                    Opcode::LoadDeref => {
                        let v = t!(self.load_deref(&code, base, arg), err);
                        self.stack.push(v);
                    }
                    Opcode::StoreDeref => {
                        let v = self.pop();
                        if let Some(Payload::Cell(c)) =
                            self.stack[base + code.co.varnames.len() + arg].payload()
                        {
                            *c.borrow_mut() = Some(v);
                        }
                    }
                    Opcode::DeleteDeref => {
                        if let Some(Payload::Cell(c)) =
                            self.stack[base + code.co.varnames.len() + arg].payload()
                        {
                            c.borrow_mut().take();
                        }
                    }
                    Opcode::LoadClosure => {
                        let v = self.stack[base + code.co.varnames.len() + arg].clone();
                        self.stack.push(v);
                    }
                    Opcode::LoadFromDictOrDeref => {
                        let mapping = self.pop();
                        let name = self.deref_name(&code, arg);
                        let found = match mapping.payload() {
                            Some(Payload::Dict(d)) => d.borrow().get_str(&name),
                            _ => None,
                        };
                        let v = match found {
                            Some(v) => v,
                            None => t!(self.load_deref(&code, base, arg), err),
                        };
                        self.stack.push(v);
                    }
                    Opcode::LoadLocals => {
                        let f = self.frames.last().expect("frame");
                        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        self.stack.push(Value::Obj(l));
                    }
                    Opcode::LoadAttr => {
                        let o = self.pop();
                        // For `frame.f_lineno` and for properties that look at frames.
                        if let Some(f) = self.frames.last_mut() {
                            f.pc = pc;
                        }
                        let v = t!(self.load_attr_cached(&code, arg, &o), err);
                        self.stack.push(v);
                    }
                    Opcode::LoadMethod => {
                        let o = self.pop();
                        let (m, s) = t!(self.load_method_cached(&code, arg, o), err);
                        self.stack.push(m);
                        self.stack.push(s);
                    }
                    Opcode::StoreAttr => {
                        let o = self.pop();
                        let v = self.pop();
                        if !self.store_attr_cached(&code, arg, &o, &v) {
                            t!(self.set_attr(&o, &names[arg], v), err);
                        }
                    }
                    Opcode::DeleteAttr => {
                        let o = self.pop();
                        t!(self.del_attr(&o, &names[arg]), err);
                    }
                    Opcode::BinaryOp => {
                        let b = self.pop();
                        let mut a = self.pop();
                        if (arg == 0 || arg == BinOp::INPLACE as usize)
                            && self.concat_in_place(&mut a, &b, words.get(pc).copied(), base)
                        {
                            self.stack.push(a);
                            continue;
                        }
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                match fast_int_binop(arg as u32, *x, *y) {
                                    Some(v) => v,
                                    None => t!(self.binary_op(a, b, arg as u32), err),
                                }
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                match fast_float_binop(arg as u32, *x, *y) {
                                    Some(v) => v,
                                    None => t!(self.binary_op(a, b, arg as u32), err),
                                }
                            }
                            _ => t!(self.binary_op(a, b, arg as u32), err),
                        };
                        self.stack.push(v);
                    }
                    Opcode::UnaryNegative => {
                        let v = self.pop();
                        let r = match v {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            v => t!(self.unary_op(v, "__neg__"), err),
                        };
                        self.stack.push(r);
                    }
                    Opcode::UnaryPositive => {
                        let v = self.pop();
                        let r = t!(self.unary_op(v, "__pos__"), err);
                        self.stack.push(r);
                    }
                    Opcode::UnaryInvert => {
                        let v = self.pop();
                        let r = t!(self.unary_op(v, "__invert__"), err);
                        self.stack.push(r);
                    }
                    Opcode::UnaryNot => {
                        let v = self.pop();
                        let b = t!(self.truthy(&v), err);
                        self.stack.push(Value::Bool(!b));
                    }
                    Opcode::CompareOp => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                Value::Bool(cmp_ord(arg as u32, x.cmp(y)))
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                Value::Bool(cmp_f64(arg as u32, *x, *y))
                            }
                            _ => {
                                let op = CmpOp::from_arg(arg as u32).unwrap_or(CmpOp::Eq);
                                t!(self.compare(&a, &b, op), err)
                            }
                        };
                        self.stack.push(r);
                    }
                    Opcode::IsOp => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let container = self.pop();
                        let item = self.pop();
                        let r = t!(self.contains(&container, &item), err);
                        self.stack.push(Value::Bool(r != (arg == 1)));
                    }
                    Opcode::BinarySubscr => {
                        let k = self.pop();
                        let o = self.pop();
                        let v = t!(self.get_item(&o, &k), err);
                        self.stack.push(v);
                    }
                    Opcode::StoreSubscr => {
                        let k = self.pop();
                        let o = self.pop();
                        let v = self.pop();
                        t!(self.set_item(&o, k, v), err);
                    }
                    Opcode::DeleteSubscr => {
                        let k = self.pop();
                        let o = self.pop();
                        t!(self.del_item(&o, &k), err);
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let s = self.alloc(
                            &self.types.slice.clone(),
                            Payload::Slice { start, stop, step },
                        );
                        self.stack.push(s);
                    }
                    Opcode::BuildTuple => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Opcode::BuildList => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        let l = self.new_list(items);
                        self.stack.push(l);
                    }
                    Opcode::BuildSet => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        let s = t!(self.new_set_from(items), err);
                        self.stack.push(s);
                    }
                    Opcode::BuildMap => {
                        let items = self.stack.split_off(self.stack.len() - 2 * arg);
                        let d = t!(self.build_map(items), err);
                        self.stack.push(d);
                    }
                    Opcode::BuildString => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        let mut s = String::new();
                        for it in &items {
                            if let Some(p) = it.as_str() {
                                s.push_str(p.as_str());
                            }
                        }
                        let v = self.new_str(s);
                        self.stack.push(v);
                    }
                    Opcode::ListAppend => {
                        let v = self.pop();
                        let l = &self.stack[self.stack.len() - arg];
                        if let Some(Payload::List(l)) = l.payload() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Opcode::SetAdd => {
                        let v = self.pop();
                        let s = self.stack[self.stack.len() - arg].clone();
                        t!(self.set_add(&s, v), err);
                    }
                    Opcode::MapAdd => {
                        let v = self.pop();
                        let k = self.pop();
                        let d = self.stack[self.stack.len() - arg].clone();
                        t!(self.dict_set_item(&d, k, v), err);
                    }
                    Opcode::ListExtend => {
                        let it = self.pop();
                        let items = t!(self.iterate_starred(&it), err);
                        if let Some(Payload::List(l)) = self.stack[self.stack.len() - arg].payload()
                        {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Opcode::SetUpdate => {
                        let it = self.pop();
                        let s = self.stack[self.stack.len() - arg].clone();
                        t!(self.set_update(&s, &it), err);
                    }
                    Opcode::DictUpdate | Opcode::DictMerge => {
                        let m = self.pop();
                        let d = self.stack[self.stack.len() - arg].clone();
                        // DICT_MERGE builds call keywords: the callee sits below the tuple.
                        let callee = (op == Opcode::DictMerge)
                            .then(|| {
                                self.stack
                                    .get(self.stack.len().wrapping_sub(arg + 2))
                                    .cloned()
                            })
                            .flatten();
                        t!(self.dict_update_from(&d, &m, callee.as_ref()), err);
                    }
                    Opcode::ListToTuple => {
                        let l = self.pop();
                        let items = match l.payload() {
                            Some(Payload::List(l)) => l.borrow().clone(),
                            _ => vec![],
                        };
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Opcode::UnpackSequence => {
                        let seq = self.pop();
                        let items = t!(self.unpack_exact(&seq, arg), err);
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::UnpackEx => {
                        let seq = self.pop();
                        let items = t!(self.unpack_ex(&seq, arg & 0xff, arg >> 8), err);
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::FormatValue => {
                        let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                        let v = self.pop();
                        let s = t!(self.format_value(v, arg as u32 & 3, spec), err);
                        self.stack.push(s);
                    }
                    Opcode::Jump => pc = arg,
                    Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                        let v = self.pop();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => t!(self.truthy(&v), err),
                        };
                        if b == (op == Opcode::PopJumpIfTrue) {
                            pc = arg;
                        }
                    }
                    Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                        let v = self.top().clone();
                        let b = t!(self.truthy(&v), err);
                        if b == (op == Opcode::JumpIfTrueOrPop) {
                            pc = arg;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                        let v = self.pop();
                        if v.is_none() == (op == Opcode::PopJumpIfNone) {
                            pc = arg;
                        }
                    }
                    Opcode::GetIter => {
                        let v = self.pop();
                        let it = t!(self.get_iter(&v), err);
                        self.stack.push(it);
                    }
                    Opcode::ForIter => {
                        let it = self.top().clone();
                        if let Some(Payload::Generator(_)) = it.payload() {
                            // Run the generator's frame in this loop: no Rust recursion.
                            self.frames.last_mut().expect("frame").pc = pc;
                            if t!(self.push_generator_frame(&it, arg), err) {
                                continue 'frame;
                            }
                            // Already finished: the loop ends.
                            self.stack.pop();
                            pc = arg;
                            continue;
                        }
                        match t!(self.next(&it), err) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                pc = arg;
                            }
                        }
                    }
                    Opcode::ReturnValue | Opcode::ReturnConst => {
                        let v = if op == Opcode::ReturnConst {
                            consts[arg].clone()
                        } else {
                            self.pop()
                        };
                        let f = self.frames.pop().expect("frame");
                        if f.pyframe.is_some() {
                            self.frame_leaving(&f, pc);
                        }
                        self.stack.truncate(f.ret_sp);
                        if let Some(exit) = f.for_iter_exit {
                            // A generator resumed by FOR_ITER finished: leave the loop.
                            self.finish_generator(&f);
                            self.stack.pop();
                            self.frames.last_mut().expect("caller frame").pc = exit;
                            continue 'frame;
                        }
                        let v = match f.init_self {
                            Some(s) if v.is_none() => s,
                            Some(_) => {
                                let msg = format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&v)
                                );
                                err = self.type_error(msg);
                                if f.is_entry {
                                    return Err(err);
                                }
                                // The error belongs to the caller's CALL instruction.
                                pc = self.frames.last().map(|f| f.pc).unwrap_or(0);
                                break;
                            }
                            None => v,
                        };
                        if f.is_entry {
                            return Ok(Exit::Return(v));
                        }
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Opcode::MakeFunction => {
                        let code_v = self.pop();
                        let closure = if arg & 8 != 0 { Some(self.pop()) } else { None };
                        let annotations = if arg & 4 != 0 { Some(self.pop()) } else { None };
                        let kwdefaults = if arg & 2 != 0 { Some(self.pop()) } else { None };
                        let defaults = if arg & 1 != 0 { Some(self.pop()) } else { None };
                        let f = self.make_function(code_v, defaults, kwdefaults, closure);
                        if let Some(a) = annotations {
                            self.set_annotations(&f, &a);
                        }
                        self.stack.push(f);
                    }
                    Opcode::Call | Opcode::CallMethod | Opcode::CallKw => {
                        let kwnames = if op == Opcode::CallKw {
                            Some(self.pop())
                        } else {
                            None
                        };
                        if let Some(k) = &kwnames {
                            // A constant from the compiler; a damaged .pyc could name too many.
                            let ok = matches!(k.payload(), Some(Payload::Tuple(t))
                                if t.len() <= arg && t.iter().all(|n| n.as_str().is_some()));
                            if !ok {
                                err = self.new_exception(
                                    &self.exc.system_error.clone(),
                                    "bad keyword names",
                                );
                                break;
                            }
                        }
                        let n = self.stack.len();
                        let (func, args_start, nargs, ret_sp) = if op == Opcode::CallMethod {
                            let this = &self.stack[n - arg - 1];
                            if let Value::Null = this {
                                (self.stack[n - arg - 2].clone(), n - arg, arg, n - arg - 2)
                            } else {
                                (
                                    self.stack[n - arg - 2].clone(),
                                    n - arg - 1,
                                    arg + 1,
                                    n - arg - 2,
                                )
                            }
                        } else {
                            (self.stack[n - arg - 1].clone(), n - arg, arg, n - arg - 1)
                        };
                        self.frames.last_mut().expect("frame").pc = pc;
                        match t!(
                            self.call_from_stack(func, args_start, nargs, kwnames, ret_sp),
                            err
                        ) {
                            call::CallOutcome::Pushed => continue 'frame,
                            call::CallOutcome::Done(v) => self.stack.push(v),
                        }
                    }
                    Opcode::CallFunctionEx => {
                        let kwargs = if arg & 1 != 0 { Some(self.pop()) } else { None };
                        let args = self.pop();
                        let func = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let v = t!(self.call_ex(&func, &args, kwargs.as_ref()), err);
                        self.stack.push(v);
                    }
                    Opcode::LoadBuildClass => {
                        // As CPython: whatever builtins.__build_class__ currently is.
                        let Some(b) = self.get_builtin("__build_class__") else {
                            err = self.name_error("__build_class__");
                            break;
                        };
                        self.stack.push(b);
                    }
                    Opcode::ImportName => {
                        let fromlist = self.pop();
                        let level = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let m = t!(self.import_name(&names[arg], &fromlist, &level), err);
                        self.stack.push(m);
                    }
                    Opcode::ImportFrom => {
                        let m = self.top().clone();
                        let v = t!(self.import_from(&m, &names[arg]), err);
                        self.stack.push(v);
                    }
                    Opcode::ImportStar => {
                        let m = self.pop();
                        t!(self.import_star(&m), err);
                    }
                    Opcode::RaiseVarargs => {
                        err = match arg {
                            0 => match self.exc_info.clone() {
                                Value::None => self.runtime_error("No active exception to reraise"),
                                e => {
                                    reraise = true;
                                    e
                                }
                            },
                            1 => {
                                let e = self.pop();
                                t!(self.make_raisable(e), err)
                            }
                            _ => {
                                let cause = self.pop();
                                let e = self.pop();
                                let e = t!(self.make_raisable(e), err);
                                t!(self.set_cause(&e, cause), err);
                                e
                            }
                        };
                        break;
                    }
                    Opcode::Reraise => {
                        err = self.pop();
                        reraise = true;
                        break;
                    }
                    Opcode::PushExcInfo => {
                        let e = self.pop();
                        let prev = std::mem::replace(&mut self.exc_info, e.clone());
                        self.stack.push(prev);
                        self.stack.push(e);
                    }
                    Opcode::PopExcept => {
                        self.exc_info = self.pop();
                    }
                    Opcode::CheckExcMatch => {
                        let ty = self.pop();
                        let e = self.top().clone();
                        let m = t!(self.exception_matches(&e, &ty), err);
                        self.stack.push(Value::Bool(m));
                    }
                    Opcode::LoadAssertionError => {
                        self.stack
                            .push(Value::Obj(self.exc.assertion_error.clone()));
                    }
                    Opcode::BeforeWith => {
                        let cm = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let (exit, entered) = t!(self.before_with(&cm), err);
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Opcode::WithExceptStart => {
                        let n = self.stack.len();
                        let exit = self.stack[n - 3].clone();
                        let e = self.stack[n - 1].clone();
                        let ty = Value::Obj(self.type_of(&e).clone());
                        let tb = exception::traceback_of(&e);
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.call(&exit, crate::vm::Args::new([ty, e, tb])), err);
                        let b = t!(self.truthy(&r), err);
                        self.stack.push(Value::Bool(b));
                    }
                    Opcode::YieldValue => {
                        let v = self.pop();
                        let f = self.frames.last_mut().expect("frame");
                        f.pc = pc;
                        if f.is_entry {
                            return Ok(Exit::Yield(v));
                        }
                        // Resumed in place by FOR_ITER: suspend and hand the value over.
                        self.suspend_generator_frame();
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Opcode::GetYieldFromIter => {
                        let v = self.pop();
                        let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                            v
                        } else {
                            t!(self.get_iter(&v), err)
                        };
                        self.stack.push(it);
                    }
                    Opcode::Send => {
                        let v = self.pop();
                        let it = self.top().clone();
                        self.frames.last_mut().expect("frame").pc = pc;
                        match t!(self.send(&it, v), err) {
                            Exit::Yield(y) => self.stack.push(y),
                            Exit::Return(r) => {
                                self.stack.pop();
                                self.stack.push(r);
                                pc = arg;
                            }
                        }
                    }
                    Opcode::GetAwaitable => {
                        let o = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let it = t!(self.get_awaitable(&o, arg as u32), err);
                        self.stack.push(it);
                    }
                    Opcode::AsyncGenWrap => {
                        let v = self.pop();
                        let w = self.async_gen_wrap(v);
                        self.stack.push(w);
                    }
                    Opcode::BeforeAsyncWith => {
                        let cm = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let (exit, entered) = t!(self.before_async_with(&cm), err);
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Opcode::GetAiter => {
                        let o = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let ait = t!(self.get_aiter(&o), err);
                        self.stack.push(ait);
                    }
                    Opcode::GetAnext => {
                        let ait = self.top().clone();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let aw = t!(self.get_anext(&ait), err);
                        self.stack.push(aw);
                    }
                    Opcode::EndAsyncFor => {
                        let e = self.pop();
                        if self.ends_async_for(&e) {
                            self.pop();
                        } else {
                            err = e;
                            reraise = true;
                            break;
                        }
                    }
                    Opcode::AsyncWithExceptStart => {
                        let n = self.stack.len();
                        let exit = self.stack[n - 3].clone();
                        let e = self.stack[n - 1].clone();
                        let ty = Value::Obj(self.type_of(&e).clone());
                        let tb = exception::traceback_of(&e);
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.call(&exit, crate::vm::Args::new([ty, e, tb])), err);
                        self.stack.push(r);
                    }
                    Opcode::CheckEgMatch => {
                        let types = self.pop();
                        let rest = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let (rest, matched) = t!(self.check_eg_match(&rest, &types), err);
                        if !matched.is_none() {
                            // The clause's part is the exception being handled in its body.
                            self.exc_info = matched.clone();
                        }
                        self.stack.push(rest);
                        self.stack.push(matched);
                    }
                    Opcode::PrepReraiseStar => {
                        let raised = self.pop();
                        let orig = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.prep_reraise_star(&orig, &raised), err);
                        self.stack.push(r);
                    }
                    Opcode::MatchClass => {
                        let names = self.pop();
                        let cls = self.pop();
                        let subject = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.match_class(&subject, &cls, &names, arg), err);
                        self.stack.push(r);
                    }
                    Opcode::MatchMapping | Opcode::MatchSequence => {
                        let v = self.top();
                        let b = if op == Opcode::MatchMapping {
                            self.is_match_mapping(v)
                        } else {
                            self.is_match_sequence(v)
                        };
                        self.stack.push(Value::Bool(b));
                    }
                    Opcode::MatchKeys => {
                        let n = self.stack.len();
                        let (subject, keys) =
                            (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.match_keys(&subject, &keys), err);
                        self.stack.push(r);
                    }
                    Opcode::CallIntrinsic1 => {
                        let v = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.intrinsic1(arg as u32, v), err);
                        self.stack.push(r);
                    }
                    Opcode::CallIntrinsic2 => {
                        let b = self.pop();
                        let a = self.pop();
                        self.frames.last_mut().expect("frame").pc = pc;
                        let r = t!(self.intrinsic2(arg as u32, a, b), err);
                        self.stack.push(r);
                    }
                    Opcode::GetLen => {
                        let v = self.top().clone();
                        let n = t!(self.match_len(&v), err);
                        self.stack.push(n);
                    }
                    Opcode::SetupAnnotations => {
                        let d = self.new_dict();
                        let key = self.intern("__annotations__");
                        t!(self.store_name(key, d), err);
                    }
                }
            }
            // Error path: record where it happened, then find a handler.
            if let Some(f) = self.frames.last_mut() {
                f.pc = pc;
            }
            match self.unwind(err, !reraise) {
                Ok(()) => continue 'frame,
                Err(e) => return Err(e),
            }
        }
    }

    fn build_map(&mut self, items: Vec<Value>) -> PyResult {
        let d = self.new_dict();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set_item(&d, k, v)?;
        }
        Ok(d)
    }

    /// Finds a handler for `exc` in the current frame or its callers within this `run`.
    /// `new_raise` adds a traceback row for the current frame (not for a re-raise).
    pub(crate) fn unwind(&mut self, mut exc: Value, new_raise: bool) -> Result<(), Value> {
        if new_raise {
            self.chain_context(&exc);
        }
        let mut first = true;
        loop {
            let Some(f) = self.frames.last() else {
                return Err(exc);
            };
            let pc = f.pc.saturating_sub(1);
            let raised_here = new_raise || !first;
            if raised_here {
                self.traceback_here(&exc, self.frames.len() - 1, pc);
            }
            first = false;
            if crate::modules::sys_trace::active() {
                let leaving = self
                    .frames
                    .last()
                    .is_some_and(|f| f.code.co.handler_for(pc as u32).is_none());
                exc = self.trace_unwind(exc, raised_here, leaving);
            }
            let f = self.frames.last_mut().expect("frame");
            if let Some(h) = f.code.co.handler_for(pc as u32) {
                let sb = f.base + f.code.nlocalsplus;
                f.pc = h.target as usize;
                let depth = h.depth as usize;
                self.stack.truncate(sb + depth);
                self.stack.push(exc);
                return Ok(());
            }
            let f = self.frames.pop().expect("frame");
            if f.pyframe.is_some() {
                self.frame_leaving(&f, f.pc);
            }
            self.stack.truncate(f.ret_sp);
            if f.for_iter_exit.is_some() {
                self.finish_generator(&f);
                exc = self.generator_escape(exc);
            }
            if f.is_entry {
                return Err(exc);
            }
        }
    }

    /// Sets `exc.__context__` to the exception being handled, as a raise does in CPython.
    pub(crate) fn chain_context(&mut self, exc: &Value) {
        let handled = self.exc_info.clone();
        if handled.is_none() || handled.is(exc) {
            return;
        }
        if let Some(st) = exception::exc_state(exc) {
            if st.borrow().context.is_none() {
                // Avoid a cycle: if exc is already in handled's context chain, cut it there.
                let mut cur = handled.clone();
                let mut guard = 0;
                while let Some(s) = exception::exc_state(&cur) {
                    let next = s.borrow().context.clone();
                    if next.is(exc) {
                        s.borrow_mut().context = Value::None;
                        break;
                    }
                    cur = next;
                    guard += 1;
                    if guard > 1000 {
                        break;
                    }
                }
                st.borrow_mut().context = handled;
            }
        }
    }
}

#[inline(always)]
fn fast_int_binop(arg: u32, x: i64, y: i64) -> Option<Value> {
    let op = if arg >= BinOp::INPLACE {
        arg - BinOp::INPLACE
    } else {
        arg
    };
    Some(Value::Int(match op {
        0 => x.checked_add(y)?,
        10 => x.checked_sub(y)?,
        5 => x.checked_mul(y)?,
        2 => int::floordiv_i64(x, y)?,
        6 => int::mod_i64(x, y)?,
        1 => x & y,
        7 => x | y,
        12 => x ^ y,
        3 if (0..63).contains(&y) && x.unsigned_abs() < (1u64 << (62 - y)) => x << y,
        9 if y >= 0 => x >> y.min(63),
        11 if y != 0 => {
            return Some(Value::Float(x as f64 / y as f64))
                .filter(|_| x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53))
        }
        _ => return None,
    }))
}

#[inline(always)]
fn fast_float_binop(arg: u32, x: f64, y: f64) -> Option<Value> {
    let op = if arg >= BinOp::INPLACE {
        arg - BinOp::INPLACE
    } else {
        arg
    };
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        _ => return None,
    };
    // NaN results are boxed (Vm::new_float); the slow path makes them.
    (!r.is_nan()).then_some(Value::Float(r))
}

#[inline(always)]
pub(crate) fn cmp_ord(arg: u32, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match arg {
        0 => o == Less,
        1 => o != Greater,
        2 => o == Equal,
        3 => o != Equal,
        4 => o == Greater,
        _ => o != Less,
    }
}

#[inline(always)]
pub(crate) fn cmp_f64(arg: u32, x: f64, y: f64) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}
