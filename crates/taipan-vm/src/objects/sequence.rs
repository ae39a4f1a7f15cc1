//! Sequence operations shared by str, list, tuple, range and bytes: concatenation,
//! repetition, indexing, slicing (read, assign, delete) and lexicographic comparison.

use crate::objects::int;
use crate::objects::range::BigRange;
use crate::objects::str::PyStr;
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use taipan_bytecode::{BinOp, CmpOp};

/// A slice bound or index of a range as an exact integer (via __index__ if need be).
fn big_index(vm: &mut Vm, v: &Value, slice: bool) -> PyResult<BigInt> {
    if let Some(b) = int::as_bigint(v) {
        return Ok(b);
    }
    match vm.index_of(v) {
        Ok(i) => Ok(BigInt::from(i)),
        Err(_) if slice => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
        Err(_) => Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `range[k]` in exact arithmetic, as CPython's range_subscript: an item, or for a slice
/// the range of the selected items (compute_slice with _PySlice_GetLongIndices).
fn range_subscript(vm: &mut Vm, r: &BigRange, k: &Value) -> PyResult {
    let Some(Payload::Slice { start, stop, step }) = k.payload() else {
        let i = big_index(vm, k, false)?;
        return match r.item(&i) {
            Some(v) => Ok(vm.new_int(v)),
            None => Err(vm.index_error("range object index out of range")),
        };
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let len = r.len();
    let step = if step.is_none() {
        BigInt::one()
    } else {
        big_index(vm, &step, true)?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = big_index(vm, v, true)?;
        if i.is_negative() {
            i += &len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (d_start, d_stop) = if neg {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let a = adjust(vm, &start, d_start)?;
    let b = adjust(vm, &stop, d_stop)?;
    Ok(crate::objects::range::new_range(
        vm,
        &r.start + a * &r.step,
        &r.start + b * &r.step,
        step * &r.step,
    ))
}

/// Resolved slice: start, stop, step and the resulting length (CPython's PySlice_AdjustIndices).
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
        return Err(vm.type_error("expected slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let len = len as i64;
    let step = if step.is_none() {
        1
    } else {
        slice_int(vm, &step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    // As CPython clamps: keeps `-step` and the index arithmetic below in range.
    let step = step.max(-i64::MAX);
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adj = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lo)
        } else {
            v.min(hi)
        }
    };
    let start = if start.is_none() {
        if step < 0 {
            hi
        } else {
            lo
        }
    } else {
        adj(slice_int(vm, &start)?)
    };
    let stop = if stop.is_none() {
        if step < 0 {
            lo
        } else {
            hi
        }
    } else {
        adj(slice_int(vm, &stop)?)
    };
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if int::is_int(v) {
        return Ok(int::as_i64(v).unwrap_or_else(|| {
            if int::as_bigint(v)
                .map(|b| b.sign() == num_bigint::Sign::Minus)
                .unwrap_or(false)
            {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }));
    }
    vm.index_of(v).map_err(|_| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    })
}

fn norm_index(vm: &mut Vm, k: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match int::as_i64(k) {
        Some(i) => i,
        None if int::is_int(k) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer".to_string()))
        }
        // An error raised by a user __index__ propagates; only a missing one is reported here.
        None if matches!(k, Value::Obj(o)
            if crate::objects::typeobj::user_defines(&o.class, "__index__").is_some()) =>
        {
            vm.index_of(k)?
        }
        None => match vm.index_of(k) {
            Ok(i) => i,
            Err(_) => {
                let t = vm.type_name(k);
                return Err(vm.type_error(if what == "string" {
                    format!("string indices must be integers, not '{t}'")
                } else {
                    let what = if what == "index" {
                        "byte"
                    } else {
                        what.trim_end_matches(" object")
                    };
                    format!("{what} indices must be integers or slices, not {t}")
                }));
            }
        },
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let msg = match what {
            "list" => "list index out of range",
            "tuple" => "tuple index out of range",
            "string" => "string index out of range",
            "range object" => "range object index out of range",
            "bytearray" => "bytearray index out of range",
            _ => "index out of range",
        };
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

pub fn seq_getitem(vm: &mut Vm, o: &Value, k: &Value) -> PyResult {
    let is_slice = matches!(k.payload(), Some(Payload::Slice { .. }));
    match o.payload() {
        Some(Payload::List(l)) => {
            let len = l.borrow().len();
            if is_slice {
                let (start, _, step, n) = slice_indices(vm, k, len)?;
                let items = l.borrow();
                let out: Vec<Value> = (0..n)
                    .map(|i| items[(start + i as i64 * step) as usize].clone())
                    .collect();
                drop(items);
                return Ok(vm.new_list(out));
            }
            let i = norm_index(vm, k, len, "list")?;
            let v = l.borrow().get(i).cloned();
            v.ok_or_else(|| vm.index_error("list index out of range"))
        }
        Some(Payload::Tuple(t)) => {
            if is_slice {
                let (start, _, step, n) = slice_indices(vm, k, t.len())?;
                let out: Vec<Value> = (0..n)
                    .map(|i| t[(start + i as i64 * step) as usize].clone())
                    .collect();
                return Ok(vm.new_tuple(out));
            }
            let i = norm_index(vm, k, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Some(Payload::Str(s)) => {
            if is_slice {
                let (start, stop, step, n) = slice_indices(vm, k, s.char_len())?;
                if step == 1 {
                    let sub = s
                        .substring(start as usize, stop.max(start) as usize)
                        .to_string();
                    return Ok(vm.new_str(sub));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n)
                    .map(|i| chars[(start + i as i64 * step) as usize])
                    .collect();
                return Ok(vm.new_str(out));
            }
            let i = norm_index(vm, k, s.char_len(), "string")?;
            let c = s.char_at(i).unwrap_or(' ');
            Ok(vm.new_str(c.to_string()))
        }
        Some(Payload::Bytes(b)) => {
            if is_slice {
                let (start, _, step, n) = slice_indices(vm, k, b.len())?;
                let out: Vec<u8> = (0..n)
                    .map(|i| b[(start + i as i64 * step) as usize])
                    .collect();
                return Ok(vm.new_bytes(out));
            }
            let i = norm_index(vm, k, b.len(), "index")?;
            Ok(Value::Int(i64::from(b[i])))
        }
        Some(Payload::ByteArray(a)) => {
            let len = a.data.borrow().len();
            if is_slice {
                let (start, _, step, n) = slice_indices(vm, k, len)?;
                let d = a.data.borrow();
                let out: Vec<u8> = (0..n)
                    .map(|i| d[(start + i as i64 * step) as usize])
                    .collect();
                drop(d);
                return Ok(vm.new_bytearray(out));
            }
            let i = norm_index(vm, k, len, "bytearray")?;
            let b = a.data.borrow().get(i).copied();
            b.map(|b| Value::Int(i64::from(b)))
                .ok_or_else(|| vm.index_error("bytearray index out of range"))
        }
        Some(Payload::MemoryView(_)) => crate::objects::memoryview::getitem(vm, o, k),
        Some(Payload::Range { start, stop, step }) => {
            let (rs, rstep) = (*start, *step);
            let len = crate::objects::range::range_len(*start, *stop, *step);
            if !is_slice && i64::try_from(len).is_ok() && int::as_i64(k).is_some() {
                // i < len, so the item lies between start and stop: no overflow.
                let i = norm_index(vm, k, len, "range object")?;
                return Ok(Value::Int(rs + i as i64 * rstep));
            }
            let r = BigRange {
                start: BigInt::from(*start),
                stop: BigInt::from(*stop),
                step: BigInt::from(*step),
            };
            range_subscript(vm, &r, k)
        }
        Some(Payload::BigRange(r)) => range_subscript(vm, r, k),
        _ => Err(vm.type_error(format!("'{}' object is not subscriptable", vm.type_name(o)))),
    }
}

pub fn list_setitem(vm: &mut Vm, o: &Value, k: &Value, v: Value) -> PyResult<()> {
    let l = match o.payload() {
        Some(Payload::List(l)) => l,
        Some(Payload::ByteArray(_)) => {
            return crate::methods::bytearray::set_item(vm, o, k, &v);
        }
        Some(Payload::MemoryView(_)) => {
            return crate::objects::memoryview::setitem(vm, o, k, &v);
        }
        _ => return Ok(()),
    };
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let items = vm
            .iterate(&v)
            .map_err(|_| vm.type_error("can only assign an iterable"))?;
        let len = l.borrow().len();
        let (start, stop, step, n) = slice_indices(vm, k, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            l.borrow_mut().splice(start as usize..stop, items);
            return Ok(());
        }
        if items.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                items.len()
            )));
        }
        let mut lst = l.borrow_mut();
        for (i, it) in items.into_iter().enumerate() {
            lst[(start + i as i64 * step) as usize] = it;
        }
        return Ok(());
    }
    let len = l.borrow().len();
    let i = norm_index(vm, k, len, "list").map_err(|e| {
        // Out of range, not the "cannot fit" error of an int beyond 64 bits.
        if int::as_i64(k).is_some() && vm.is_instance_of(&e, &vm.exc.index_error.clone()) {
            vm.index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    l.borrow_mut()[i] = v;
    Ok(())
}

pub fn list_delitem(vm: &mut Vm, o: &Value, k: &Value) -> PyResult<()> {
    let l = match o.payload() {
        Some(Payload::List(l)) => l,
        Some(Payload::ByteArray(_)) => return crate::methods::bytearray::del_item(vm, o, k),
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(crate::objects::memoryview::released_error(vm));
            }
            return Err(vm.type_error(if m.readonly {
                "cannot modify read-only memory"
            } else {
                "cannot delete memory"
            }));
        }
        _ => return Ok(()),
    };
    let len = l.borrow().len();
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let (start, _, step, n) = slice_indices(vm, k, len)?;
        if n == 0 {
            return Ok(());
        }
        // One pass over the list, whatever the step (removing items one at a time
        // would be quadratic); the removed items are dropped after the borrow ends.
        let mut lst = l.borrow_mut();
        let removed: Vec<Value> = if step == 1 || step == -1 {
            let lo = if step == 1 {
                start
            } else {
                start - (n as i64 - 1)
            } as usize;
            lst.drain(lo..lo + n).collect()
        } else {
            let mut doomed = vec![false; lst.len()];
            for i in 0..n {
                doomed[(start + i as i64 * step) as usize] = true;
            }
            let all = std::mem::take(&mut *lst);
            let mut gone = Vec::with_capacity(n);
            for (v, d) in all.into_iter().zip(doomed) {
                if d {
                    gone.push(v);
                } else {
                    lst.push(v);
                }
            }
            gone
        };
        drop(lst);
        drop(removed);
        return Ok(());
    }
    let i = norm_index(vm, k, len, "list").map_err(|e| {
        // Out of range, not the "cannot fit" error of an int beyond 64 bits.
        if int::as_i64(k).is_some() && vm.is_instance_of(&e, &vm.exc.index_error.clone()) {
            vm.index_error("list assignment index out of range")
        } else {
            e
        }
    })?;
    l.borrow_mut().remove(i);
    Ok(())
}

/// Concatenation, repetition, set algebra and `%` for the builtin containers.
pub fn seq_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    match (op, a.payload(), b.payload()) {
        (BinOp::Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            let len = x.char_len() + y.char_len();
            Ok(vm.alloc(
                &vm.types.str_.clone(),
                Payload::Str(PyStr::with_len(s, len)),
            ))
        }
        (BinOp::Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        (BinOp::Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        (BinOp::Add, Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(vm.new_bytes(v))
        }
        (BinOp::Add, Some(Payload::Bytes(_) | Payload::ByteArray(_)), _)
            if crate::objects::bytes::is_buffer(b) =>
        {
            let mut v = crate::objects::bytes::buffer(a)
                .map(|x| x.to_vec())
                .unwrap_or_default();
            let Some(y) = vm.buffer_arg(b)? else {
                return Ok(Value::NotImplemented);
            };
            if !fits_alloc(1, v.len() + y.len()) {
                return Err(vm.memory_error());
            }
            v.extend_from_slice(&y);
            Ok(crate::objects::bytes::Kind::of(a).make(vm, v))
        }
        (BinOp::Remainder, Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) => {
            crate::objects::percent::bytes_percent(vm, a, b)
        }
        (BinOp::Multiply, _, _) if int::is_int(b) && !int::is_int(a) => repeat(vm, a, b),
        (BinOp::Multiply, _, _) if int::is_int(a) && !int::is_int(b) => repeat(vm, b, a),
        (BinOp::Remainder, Some(Payload::Str(_)), _) => {
            crate::objects::percent::str_percent(vm, a, b)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor,
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => crate::objects::set_ops::set_binop(vm, a, b, op),
        // Keys and items views are set-like: their algebra yields sets.
        (BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor, _, _)
            if is_setlike_view(a) || is_setlike_view(b) =>
        {
            let (xa, xb) = (vm.iterate(a)?, vm.iterate(b)?);
            let (sa, sb) = (vm.new_set_from(xa)?, vm.new_set_from(xb)?);
            if op == BinOp::And {
                return crate::objects::set_ops::set_binop(vm, &sa, &sb, op);
            }
            // As CPython's dictviews_or/sub/xor: a set of the left operand, updated in
            // place by the right (so the result's table order is CPython's).
            crate::objects::set_ops::update_in_place(vm, &sa, &sb, op)?;
            Ok(sa)
        }
        (BinOp::Or, Some(Payload::Dict(_)), Some(Payload::Dict(_))) => {
            let d = vm.new_dict();
            vm.dict_update_from(&d, a, None)?;
            vm.dict_update_from(&d, b, None)?;
            Ok(d)
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// Largest result (in bytes or items) built in one go; beyond it CPython would fail to
/// allocate, and so do we, with MemoryError instead of aborting the process.
pub const MAX_ALLOC: usize = 1 << 34;

/// Whether `count` units of `unit` bytes (or items) stay within MAX_ALLOC.
pub fn fits_alloc(unit: usize, count: usize) -> bool {
    unit.checked_mul(count).is_some_and(|t| t <= MAX_ALLOC)
}

fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult {
    let count = match int::as_i64(n) {
        Some(c) => c.max(0) as usize,
        None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    let too_big = |len: usize| !fits_alloc(len, count);
    match seq.payload() {
        Some(Payload::Str(s)) => {
            if too_big(s.as_str().len()) {
                return Err(vm.memory_error());
            }
            Ok(vm.new_str(s.as_str().repeat(count)))
        }
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            if too_big(items.len()) {
                return Err(vm.memory_error());
            }
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend(items.iter().cloned());
            }
            Ok(vm.new_list(v))
        }
        Some(Payload::Tuple(t)) => {
            if too_big(t.len()) {
                return Err(vm.memory_error());
            }
            let mut v = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            Ok(vm.new_tuple(v))
        }
        Some(Payload::Bytes(b)) => {
            if too_big(b.len()) {
                return Err(vm.memory_error());
            }
            Ok(vm.new_bytes(b.repeat(count)))
        }
        Some(Payload::ByteArray(a)) => {
            let d = a.data.borrow().clone();
            if too_big(d.len()) {
                return Err(vm.memory_error());
            }
            Ok(vm.new_bytearray(d.repeat(count)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// Lexicographic comparison of two lists or two tuples.
pub fn seq_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult {
    // Tuples are immutable: compare them in place when no element needs Python code.
    if let (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) = (a.payload(), b.payload()) {
        let mut i = 0;
        while i < x.len() && i < y.len() {
            match crate::objects::dict::fast_eq(&x[i], &y[i]) {
                Some(true) => i += 1,
                Some(false) if op == CmpOp::Eq => return Ok(Value::Bool(false)),
                Some(false) if op == CmpOp::Ne => return Ok(Value::Bool(true)),
                _ => break,
            }
        }
        if i == x.len() || i == y.len() {
            let o = x.len().cmp(&y.len());
            return Ok(Value::Bool(crate::interp::cmp_ord(op as u32, o)));
        }
    }
    let items = |v: &Value| -> Vec<Value> {
        match v.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![],
        }
    };
    let (x, y) = (items(a), items(b));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq_or_is(p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(p, q, op),
            };
        }
    }
    let o = x.len().cmp(&y.len());
    Ok(Value::Bool(crate::interp::cmp_ord(op as u32, o)))
}

fn is_setlike_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::DictView { part, .. }) if *part != crate::objects::iter::DictPart::Values)
}
