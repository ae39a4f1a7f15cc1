//! `gc`: the interface to the cycle collector (memory/gc.rs).

use crate::memory::gc::{self as collector, GC};
use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "gc");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", |vm, a| set_enabled(vm, a, "enable", true)),
        ("disable", |vm, a| set_enabled(vm, a, "disable", false)),
        ("isenabled", |vm, a| {
            a.positional(vm, "isenabled", 0, 0)?;
            Ok(Value::Bool(GC.with(|g| g.borrow().enabled)))
        }),
        ("get_count", |vm, a| {
            a.positional(vm, "get_count", 0, 0)?;
            let c = GC.with(|g| g.borrow().count);
            Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n as i64)).collect()))
        }),
        ("get_threshold", |vm, a| {
            a.positional(vm, "get_threshold", 0, 0)?;
            let t = GC.with(|g| g.borrow().threshold);
            Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect()))
        }),
        ("set_threshold", set_threshold),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", |vm, a| {
            a.positional(vm, "is_finalized", 1, 1)?;
            Ok(Value::Bool(match &a.pos[0] {
                Value::Obj(o) => crate::memory::del::is_finalized(o),
                _ => false,
            }))
        }),
        ("freeze", |vm, a| {
            a.positional(vm, "freeze", 0, 0)?;
            GC.with(|g| {
                let mut g = g.borrow_mut();
                for i in 0..3 {
                    let moved = std::mem::take(&mut g.gens[i]);
                    g.permanent.extend(moved);
                }
            });
            Ok(Value::None)
        }),
        ("unfreeze", |vm, a| {
            a.positional(vm, "unfreeze", 0, 0)?;
            GC.with(|g| {
                let mut g = g.borrow_mut();
                let moved = std::mem::take(&mut g.permanent);
                g.gens[2].extend(moved);
            });
            Ok(Value::None)
        }),
        ("get_freeze_count", |vm, a| {
            a.positional(vm, "get_freeze_count", 0, 0)?;
            let n = GC.with(|g| {
                let mut g = g.borrow_mut();
                g.permanent.retain(|w| w.strong_count() > 0);
                g.permanent.len()
            });
            Ok(Value::Int(n as i64))
        }),
        ("get_stats", get_stats),
        ("set_debug", |vm, a| {
            a.positional(vm, "set_debug", 1, 1)?;
            let flags = vm.index_of(&a.pos[0])?;
            GC.with(|g| g.borrow_mut().debug = flags);
            Ok(Value::None)
        }),
        ("get_debug", |vm, a| {
            a.positional(vm, "get_debug", 0, 0)?;
            Ok(Value::Int(GC.with(|g| g.borrow().debug)))
        }),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        module_set(vm, &m, name, Value::Int(v));
    }
    let garbage = vm.new_list(vec![]);
    module_set(vm, &m, "garbage", garbage);
    let callbacks = vm.new_list(vec![]);
    GC.with(|g| g.borrow_mut().callbacks = Some(callbacks.clone()));
    module_set(vm, &m, "callbacks", callbacks);
    m
}

fn collect(vm: &mut Vm, mut a: Args) -> PyResult {
    let r = a.bind(vm, "collect", &["generation"], 0)?;
    let gen = match &r[0] {
        Some(v) => vm.index_of(v)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.gc_collect(gen as usize);
    // Finalizers queued by what the collection freed run before collect() returns.
    vm.run_pending()?;
    Ok(Value::Int(n as i64))
}

fn set_enabled(vm: &mut Vm, a: Args, name: &str, on: bool) -> PyResult {
    a.positional(vm, name, 0, 0)?;
    GC.with(|g| g.borrow_mut().enabled = on);
    Ok(Value::None)
}

fn set_threshold(vm: &mut Vm, a: Args) -> PyResult {
    a.no_keywords(vm, "set_threshold")?;
    if a.pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut vals = Vec::new();
    for v in &a.pos {
        let n = vm.index_of(v)?;
        vals.push(n.max(0) as usize);
    }
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for (i, n) in vals.into_iter().enumerate() {
            g.threshold[i] = n;
        }
    });
    Ok(Value::None)
}

fn get_objects(vm: &mut Vm, mut a: Args) -> PyResult {
    let r = a.bind(vm, "get_objects", &["generation"], 0)?;
    let gen = match &r[0] {
        Some(Value::None) | None => None,
        Some(v) => {
            let g = vm.index_of(v)?;
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    let objs = collector::live_objects(gen);
    Ok(vm.new_list(objs.into_iter().map(Value::Obj).collect()))
}

fn referents_of(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Value::Obj(o) = v {
        collector::children(o, &mut |c| {
            // An instance's attribute table is part of it (CPython 3.12 lists its values).
            out.push(Value::Obj(c.clone()))
        });
        // `children` reports the attribute table first.
        if o.dict.is_some()
            && !out.is_empty()
            && !matches!(o.payload, Payload::Type(_) | Payload::Module(_))
        {
            let d = out.remove(0);
            if let Some(Payload::Dict(d)) = d.payload() {
                let vals: Vec<Value> = d.borrow().iter().map(|e| e.value.clone()).collect();
                out.splice(0..0, vals);
            }
        }
    }
    out
}

fn get_referents(vm: &mut Vm, a: Args) -> PyResult {
    a.no_keywords(vm, "get_referents")?;
    let mut out = Vec::new();
    for v in &a.pos {
        out.extend(
            referents_of(v)
                .into_iter()
                .filter(|r| matches!(r, Value::Obj(_))),
        );
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, a: Args) -> PyResult {
    a.no_keywords(vm, "get_referrers")?;
    let mut out = Vec::new();
    for o in collector::live_objects(None) {
        let holder = Value::Obj(o);
        if referents_of(&holder)
            .iter()
            .any(|r| a.pos.iter().any(|t| t.is(r)))
        {
            out.push(holder);
        }
    }
    Ok(vm.new_list(out))
}

/// CPython's answer: atomic values and dicts holding only atomic values are untracked.
fn is_tracked(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "is_tracked", 1, 1)?;
    fn atomic(v: &Value) -> bool {
        match v {
            Value::Obj(o) => matches!(
                o.payload,
                Payload::Str(_)
                    | Payload::Int(_)
                    | Payload::Float(_)
                    | Payload::Complex(..)
                    | Payload::Bytes(_)
            ),
            _ => true,
        }
    }
    Ok(Value::Bool(match &a.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) => d
                .borrow()
                .iter()
                .any(|e| !atomic(&e.key) || !atomic(&e.value)),
            Payload::Tuple(t) => t.iter().any(|v| !atomic(v)),
            Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => false,
            Payload::Bytes(_) | Payload::Range { .. } => false,
            _ => true,
        },
        _ => false,
    }))
}

fn get_stats(vm: &mut Vm, a: Args) -> PyResult {
    a.positional(vm, "get_stats", 0, 0)?;
    let stats = GC.with(|g| g.borrow().stats);
    let mut out = Vec::new();
    for (c, n, u) in stats {
        let d = vm.new_dict();
        for (k, v) in [("collections", c), ("collected", n), ("uncollectable", u)] {
            let k = vm.intern(k);
            vm.dict_set_item(&d, k, Value::Int(v as i64))?;
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}
