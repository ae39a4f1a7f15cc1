//! bytearray's own methods: the mutations (append, extend, insert, pop, remove, clear,
//! reverse, item and slice assignment and deletion, `+=`, `*=`) and `__init__`, with
//! CPython's messages. A bytearray that memoryviews export cannot change size.

use crate::objects::bytes::{byte_value, bytearray_of, check_resizable, PyByteArray};
use crate::objects::{int, sequence};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__init__", init),
    ("__alloc__", alloc),
];

const RANGE: &str = "byte must be in range(0, 256)";

fn this<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a PyByteArray> {
    match args.pos.first().and_then(bytearray_of) {
        Some(a) => Ok(a),
        None => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn no_kw(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// A METH_O method: "bytearray.append() takes exactly one argument (0 given)".
fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kw(vm, args, name)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "bytearray.{name}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn none(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kw(vm, args, name)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "bytearray.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    one(vm, &args, "append")?;
    let b = byte_value(vm, &args.pos[1], RANGE)?;
    let a = this(vm, &args)?;
    check_resizable(vm, a)?;
    a.data.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes of `bytearray.extend(x)` / `ba += x`-style sources.
fn extend_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_arg(v)? {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v))))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, RANGE)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    one(vm, &args, "extend")?;
    let v = &args.pos[1];
    let items = if v.as_str().is_some() {
        // CPython iterates the str and fails on its first item.
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    } else {
        extend_items(vm, v)?
    };
    let a = this(vm, &args)?;
    if !items.is_empty() {
        check_resizable(vm, a)?;
    }
    a.data.borrow_mut().extend_from_slice(&items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "insert")?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = int::ssize_arg(vm, &args.pos[1])?;
    let b = byte_value(vm, &args.pos[2], RANGE)?;
    let a = this(vm, &args)?;
    check_resizable(vm, a)?;
    let mut d = a.data.borrow_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "pop")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let i = match args.pos.get(1) {
        Some(v) => int::ssize_arg(vm, v)?,
        None => -1,
    };
    let a = this(vm, &args)?;
    let n = a.data.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, a)?;
    let b = a.data.borrow_mut().remove(at as usize);
    Ok(Value::Int(i64::from(b)))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    one(vm, &args, "remove")?;
    let b = byte_value(vm, &args.pos[1], RANGE)?;
    let a = this(vm, &args)?;
    let pos = a.data.borrow().iter().position(|c| *c == b);
    let Some(p) = pos else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    check_resizable(vm, a)?;
    a.data.borrow_mut().remove(p);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    none(vm, &args, "clear")?;
    let a = this(vm, &args)?;
    check_resizable(vm, a)?;
    a.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    none(vm, &args, "copy")?;
    let a = this(vm, &args)?;
    let d = a.data.borrow().clone();
    Ok(vm.new_bytearray(d))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    none(vm, &args, "reverse")?;
    let a = this(vm, &args)?;
    a.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn alloc(vm: &mut Vm, args: Args) -> PyResult {
    none(vm, &args, "__alloc__")?;
    let a = this(vm, &args)?;
    let n = a.data.borrow().len() + 1;
    Ok(Value::Int(n as i64))
}

fn init(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'bytearray' object needs an argument"));
    }
    let me = args.pos.remove(0);
    crate::objects::bytes::bytearray_init(vm, &me, args)?;
    Ok(Value::None)
}

/// Index of an item assignment/deletion: "bytearray index out of range".
fn item_index(vm: &mut Vm, k: &Value, len: usize) -> PyResult<usize> {
    let has_index = int::is_int(k)
        || matches!(k, Value::Obj(o) if crate::objects::typeobj::user_defines(&o.class, "__index__").is_some());
    if !has_index {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    }
    let i = match int::as_i64(k) {
        Some(i) => i,
        None if int::is_int(k) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        None => vm.index_of(k)?,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}

/// `ba[k] = v`.
pub fn set_item(vm: &mut Vm, o: &Value, k: &Value, v: &Value) -> PyResult<()> {
    let Some(a) = bytearray_of(o) else {
        return Ok(());
    };
    if !matches!(k.payload(), Some(Payload::Slice { .. })) {
        let len = a.data.borrow().len();
        let i = item_index(vm, k, len)?;
        let b = byte_value(vm, v, RANGE)?;
        if let Some(slot) = a.data.borrow_mut().get_mut(i) {
            *slot = b;
        }
        return Ok(());
    }
    // The new bytes: a buffer (possibly this bytearray itself), or an iterable of ints.
    // Numbers and str are refused; anything else goes through bytearray(v).
    let number = int::is_int(v)
        || crate::objects::float::is_float(v)
        || matches!(v.payload(), Some(Payload::Complex(..)))
        || matches!(v, Value::Obj(o) if ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| crate::objects::typeobj::user_defines(&o.class, n).is_some()));
    let src: Vec<u8> = if number || v.as_str().is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    } else {
        crate::objects::bytes::from_source(vm, v, crate::objects::bytes::Kind::ByteArray)?
    };
    let len = a.data.borrow().len();
    let (start, stop, step, n) = sequence::slice_indices(vm, k, len)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        if stop - start != src.len() {
            check_resizable(vm, a)?;
        }
        a.data.borrow_mut().splice(start..stop, src);
        return Ok(());
    }
    if src.len() != n {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            src.len()
        )));
    }
    let mut d = a.data.borrow_mut();
    for (i, b) in src.into_iter().enumerate() {
        d[(start + i as i64 * step) as usize] = b;
    }
    Ok(())
}

/// `del ba[k]`.
pub fn del_item(vm: &mut Vm, o: &Value, k: &Value) -> PyResult<()> {
    let Some(a) = bytearray_of(o) else {
        return Ok(());
    };
    let len = a.data.borrow().len();
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let (start, _, step, n) = sequence::slice_indices(vm, k, len)?;
        if n == 0 {
            return Ok(());
        }
        check_resizable(vm, a)?;
        let mut idx: Vec<usize> = (0..n).map(|i| (start + i as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut d = a.data.borrow_mut();
        let mut keep = Vec::with_capacity(d.len() - n);
        let mut it = idx.iter().peekable();
        for (i, &b) in d.iter().enumerate() {
            if it.peek() == Some(&&i) {
                it.next();
            } else {
                keep.push(b);
            }
        }
        *d = keep;
        return Ok(());
    }
    let i = item_index(vm, k, len)?;
    check_resizable(vm, a)?;
    a.data.borrow_mut().remove(i);
    Ok(())
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    set_item(vm, &args.pos[0], &args.pos[1], &args.pos[2])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    del_item(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

/// `ba += x`: x must be bytes-like.
pub fn inplace_concat(vm: &mut Vm, o: &Value, x: &Value) -> PyResult {
    let Some(b) = vm.buffer_arg(x)? else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(x),
            vm.type_name(o)
        )));
    };
    if let Some(a) = bytearray_of(o) {
        if !b.is_empty() {
            check_resizable(vm, a)?;
        }
        a.data.borrow_mut().extend_from_slice(&b);
    }
    Ok(o.clone())
}

/// `ba *= n`.
pub fn inplace_repeat(vm: &mut Vm, o: &Value, n: &Value) -> PyResult {
    let count = match int::as_i64(n) {
        Some(c) => c.max(0) as usize,
        None if int::is_int(n) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        None => vm.index_of(n)?.max(0) as usize,
    };
    if let Some(a) = bytearray_of(o) {
        let len = a.data.borrow().len();
        if !sequence::fits_alloc(len, count) {
            return Err(vm.memory_error());
        }
        if len * count != len {
            check_resizable(vm, a)?;
        }
        let d = a.data.borrow().repeat(count);
        *a.data.borrow_mut() = d;
    }
    Ok(o.clone())
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    inplace_concat(vm, &args.pos[0], &args.pos[1])
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    // The slot wrapper wants an index (the `*=` operator has its own message).
    let n = vm.index_of(&args.pos[1])?;
    inplace_repeat(vm, &args.pos[0], &Value::Int(n))
}
