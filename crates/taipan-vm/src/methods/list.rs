//! list and tuple methods.

use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("__len__", len),
];

pub const TUPLE_METHODS: &[(&str, NativeFn)] =
    &[("index", index), ("count", count), ("__len__", len)];

fn items(vm: &Vm, args: &Args) -> PyResult<Vec<Value>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn with_list<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut Vec<Value>) -> R) -> PyResult<R> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(f(&mut l.borrow_mut())),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(items(vm, &args)?.len() as i64))
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "list.append", 2, 2)?;
    let v = args.pos[1].clone();
    with_list(vm, &args, |l| l.push(v))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "list.extend", 2, 2)?;
    let new = vm.iterate(&args.pos[1])?;
    with_list(vm, &args, |l| l.extend(new))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "insert", 3, 3)?;
    let i = int::ssize_arg(vm, &args.pos[1])?;
    let v = args.pos[2].clone();
    with_list(vm, &args, |l| {
        let n = l.len() as i64;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(i as usize, v);
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "pop", 1, 2)?;
    let i = match args.pos.get(1) {
        Some(v) => int::ssize_arg(vm, v)?,
        None => -1,
    };
    let r = with_list(vm, &args, |l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        let n = l.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(l.remove(j as usize))
    })?;
    r.map_err(|m| vm.index_error(m))
}

fn position(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    let all = items(vm, args)?;
    let target = args.pos.get(1).cloned().unwrap_or(Value::None);
    let n = all.len() as i64;
    let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) } as usize;
    let start = match args.pos.get(2) {
        Some(v) => clamp(int::clamped_arg(vm, v)?),
        None => 0,
    };
    let end = match args.pos.get(3) {
        Some(v) => clamp(int::clamped_arg(vm, v)?),
        None => all.len(),
    };
    for (i, x) in all.iter().enumerate().take(end).skip(start) {
        if vm.eq_or_is(x, &target)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "index", 2, 4)?;
    match position(vm, &args)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let is_tuple = matches!(args.pos[0].payload(), Some(Payload::Tuple(_)));
            if is_tuple {
                Err(vm.value_error("tuple.index(x): x not in tuple"))
            } else {
                let r = vm.repr(&args.pos[1])?;
                Err(vm.value_error(format!("{r} is not in list")))
            }
        }
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "remove", 2, 2)?;
    match position(vm, &args)? {
        Some(i) => {
            with_list(vm, &args, |l| {
                if i < l.len() {
                    l.remove(i);
                }
            })?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "count", 2, 2)?;
    let all = items(vm, &args)?;
    let target = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut n = 0;
    for x in &all {
        if vm.eq_or_is(x, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    args.no_kw(vm, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut all = with_list(vm, &args, std::mem::take)?;
    let r = crate::builtins::sort_values(vm, &mut all, key, reverse);
    let modified = with_list(vm, &args, |l| {
        let m = !l.is_empty();
        *l = all;
        m
    })?;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    with_list(vm, &args, |l| l.reverse())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let all = items(vm, &args)?;
    Ok(vm.new_list(all))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let old = with_list(vm, &args, std::mem::take)?;
    drop(crate::value::in_release_order(old));
    Ok(Value::None)
}
