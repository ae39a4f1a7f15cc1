//! `next()` for the builtin iterator states.

use crate::objects::iter::{DictPart, IterState};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A result tuple's items, on the stack for the usual two or three.
type Items = smallvec::SmallVec<[Value; 4]>;

/// The tuple for one zip/enumerate step: `last` refilled in place when the iterator holds
/// the only reference to it (the consumer unpacked and dropped it), else a new one.
fn result_tuple(vm: &Vm, last: Option<ObjRef>, items: Items) -> ObjRef {
    if let Some(mut rc) = last {
        if let Some(obj) = Rc::get_mut(&mut rc) {
            if let Payload::Tuple(t) = &mut obj.payload {
                if t.len() == items.len() {
                    for (slot, v) in t.iter_mut().zip(items) {
                        *slot = v;
                    }
                    return rc;
                }
            }
        }
    }
    match vm.new_tuple(items.into_vec()) {
        Value::Obj(o) => o,
        _ => unreachable!("new_tuple makes an object"),
    }
}

pub fn next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut s = st.borrow_mut();
    match &mut *s {
        IterState::Seq { seq, idx } => {
            let v = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(*idx).cloned(),
                Some(Payload::Tuple(t)) => t.get(*idx).cloned(),
                Some(Payload::Bytes(b)) => b.get(*idx).map(|c| Value::Int(i64::from(*c))),
                Some(Payload::ByteArray(a)) => {
                    a.data.borrow().get(*idx).map(|c| Value::Int(i64::from(*c)))
                }
                Some(Payload::MemoryView(m)) => crate::objects::memoryview::item_at(vm, m, *idx),
                _ => None,
            };
            match v {
                Some(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    *s = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                // At i64's edge the next value does not exist: end the iteration there.
                *cur = cur.checked_add(*step).unwrap_or(*stop);
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::BigRange { cur, stop, step } => {
            let more = if step.sign() == num_bigint::Sign::Plus {
                *cur < *stop
            } else {
                *cur > *stop
            };
            if !more {
                return Ok(None);
            }
            let v = cur.clone();
            *cur += &*step;
            drop(s);
            Ok(Some(vm.new_int(v)))
        }
        IterState::Str { s: sv, byte } => {
            let Some(Payload::Str(ps)) = sv.payload() else {
                return Ok(None);
            };
            match ps.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    let text = c.encode_utf8(&mut buf).to_string();
                    drop(s);
                    Ok(Some(vm.new_str(text)))
                }
                None => Ok(None),
            }
        }
        IterState::Dict {
            dict,
            pos,
            len,
            left,
            part,
        } => {
            let Some(Payload::Dict(d)) = dict.payload() else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                drop(d);
                *len = usize::MAX;
                drop(s);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match d.next_entry(*pos) {
                Some(_) if *left == 0 => {
                    drop(d);
                    *pos = usize::MAX;
                    drop(s);
                    Err(vm.runtime_error("dictionary keys changed during iteration"))
                }
                Some((p, e)) => {
                    *pos = p + 1;
                    *left -= 1;
                    let (k, v) = (e.key.clone(), e.value.clone());
                    let part = *part;
                    drop(d);
                    drop(s);
                    Ok(Some(match part {
                        DictPart::Keys => k,
                        DictPart::Values => v,
                        DictPart::Items => vm.new_tuple(vec![k, v]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::Set { set, pos, len } => {
            let r = match set.payload() {
                Some(Payload::Set(t)) => {
                    let t = t.borrow();
                    if t.len() != *len {
                        drop(t);
                        drop(s);
                        return Err(vm.runtime_error("Set changed size during iteration"));
                    }
                    t.next_from(*pos)
                }
                Some(Payload::FrozenSet(t)) => t.next_from(*pos),
                _ => None,
            };
            match r {
                Some((p, k)) => {
                    *pos = p + 1;
                    Ok(Some(k))
                }
                None => Ok(None),
            }
        }
        IterState::Enumerate { it: inner, n, last } => {
            let inner = inner.clone();
            let cur = n.clone();
            let last = last.take();
            drop(s);
            match vm.next(&inner)? {
                Some(v) => {
                    let next_n = match cur {
                        Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                        _ => vm.binary_op(cur.clone(), Value::Int(1), 0)?,
                    };
                    let t = result_tuple(vm, last, [cur, v].into_iter().collect());
                    if let IterState::Enumerate { n, last, .. } = &mut *st.borrow_mut() {
                        *n = next_n;
                        *last = Some(t.clone());
                    }
                    Ok(Some(Value::Obj(t)))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict, last } => {
            let its = its.clone();
            let strict = *strict;
            let last = last.take();
            drop(s);
            let mut out: Items = Items::new();
            for (i, inner) in its.iter().enumerate() {
                match vm.next(inner)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict && i > 0 {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than {}",
                                i + 1,
                                zip_previous(i)
                            )));
                        }
                        if strict && i == 0 {
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than {}",
                                        j + 1,
                                        zip_previous(j)
                                    )));
                                }
                            }
                        }
                        *st.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            let t = result_tuple(vm, last, out);
            if let IterState::Zip { last, .. } = &mut *st.borrow_mut() {
                *last = Some(t.clone());
            }
            Ok(Some(Value::Obj(t)))
        }
        IterState::Map { f, its } => {
            let (f, its) = (f.clone(), its.clone());
            drop(s);
            let mut args = crate::vm::Args::default();
            for inner in its.iter() {
                match vm.next(inner)? {
                    Some(v) => args.pos.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&f, args).map(Some)
        }
        IterState::Filter { f, it: inner } => {
            let (f, inner) = (f.clone(), inner.clone());
            drop(s);
            while let Some(v) = vm.next(&inner)? {
                let keep = if f.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call1(&f, v.clone())?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, idx } => {
            if *idx < 0 {
                return Ok(None);
            }
            let i = *idx as usize;
            *idx -= 1;
            let seq = seq.clone();
            drop(s);
            let v = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                _ => Some(vm.get_item(&seq, &Value::Int(i as i64))?),
            };
            Ok(v)
        }
        IterState::GetItem { obj, idx } => {
            let (obj, i) = (obj.clone(), *idx);
            *idx += 1;
            drop(s);
            match vm.get_item(&obj, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if vm.is_instance_of(&e, &vm.exc.index_error.clone())
                        || vm.is_instance_of(&e, &vm.exc.stop_iteration.clone()) =>
                {
                    *st.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { f, sentinel } => {
            let (f, sentinel) = (f.clone(), sentinel.clone());
            drop(s);
            let v = vm.call0(&f)?;
            if vm.eq(&v, &sentinel)? {
                *st.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Tool(_) => {
            drop(s);
            crate::modules::itertools_next::next(vm, st)
        }
        IterState::Exhausted => Ok(None),
    }
}

/// The arguments before the 0-based `i`-th in zip(strict=True)'s errors, as CPython
/// words them ("argument 1", "arguments 1-2").
fn zip_previous(i: usize) -> String {
    if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    }
}
