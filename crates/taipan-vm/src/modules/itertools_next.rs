//! The states of `itertools`' iterators and their `__next__`, step for step as CPython
//! 3.12's itertoolsmodule.c: the same calls into the inputs in the same order, so a
//! program that prints while its inputs are consumed sees what CPython shows.
//!
//! A state lives in an `IterState::Tool` of a `Payload::Iter` object, so `for`, `next()`,
//! `list()` and the other iterator consumers reach it on their native fast path. The
//! state's `RefCell` is never held across a call into Python code (an input's `__next__`,
//! a key function...): values are cloned out first and the state updated afterwards.

use crate::objects::iter::IterState;
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::{RefCell, RefMut};
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

pub enum Tool {
    /// `fast`: `cnt` is an i64 counting by one; otherwise `cnt + step` by `+`.
    Count {
        cnt: Value,
        step: Value,
        fast: bool,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    /// `cnt` as CPython keeps it: -1 forever, otherwise the items left (a negative count
    /// given by keyword also repeats forever).
    Repeat {
        obj: Value,
        cnt: i64,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Batched {
        it: Option<Value>,
        n: usize,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    DropWhile {
        func: Value,
        it: Value,
        start: bool,
    },
    TakeWhile {
        func: Value,
        it: Value,
        stop: bool,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    GroupBy(Rc<RefCell<GroupBy>>),
    Grouper {
        parent: Rc<RefCell<GroupBy>>,
        tgtkey: Value,
        id: u64,
    },
    /// `stop` -1 is None.
    ISlice {
        it: Option<Value>,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    Tee(TeeLink),
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Product {
        pools: Vec<Rc<[Value]>>,
        indices: Vec<usize>,
        result: Option<Value>,
        stopped: bool,
    },
    Combinations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        r: usize,
        result: Option<Value>,
        stopped: bool,
    },
    Cwr {
        pool: Vec<Value>,
        indices: Vec<usize>,
        r: usize,
        result: Option<Value>,
        stopped: bool,
    },
    Permutations {
        pool: Vec<Value>,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        r: usize,
        result: Option<Value>,
        stopped: bool,
    },
}

/// groupby's state, shared with its groups: a group yields only while it is the
/// groupby's current one (`currgrouper`), so advancing the groupby ends the last group.
pub struct GroupBy {
    pub it: Value,
    pub keyfunc: Value,
    pub tgtkey: Option<Value>,
    pub currkey: Option<Value>,
    pub currvalue: Option<Value>,
    pub currgrouper: u64,
    pub next_id: u64,
}

/// The values a set of tee iterators share: those read from `it` and not yet consumed by
/// every one of them (`buf[0]` is item number `base`). `positions` counts the tees at
/// each item number, so the buffer can drop what the slowest one has passed.
pub struct TeeData {
    pub it: Value,
    pub buf: VecDeque<Value>,
    pub base: u64,
    pub running: bool,
    pub positions: BTreeMap<u64, usize>,
}

/// One tee iterator: its shared data and the number of the next item it yields.
pub struct TeeLink {
    pub data: Rc<RefCell<TeeData>>,
    pub index: u64,
}

impl TeeLink {
    pub fn new(data: Rc<RefCell<TeeData>>, index: u64) -> TeeLink {
        *data.borrow_mut().positions.entry(index).or_insert(0) += 1;
        TeeLink { data, index }
    }
}

impl TeeData {
    fn leave(&mut self, index: u64) -> Vec<Value> {
        if let Some(n) = self.positions.get_mut(&index) {
            *n -= 1;
            if *n == 0 {
                self.positions.remove(&index);
            }
        }
        // Items before the slowest tee are never read again.
        let keep_from = self.positions.keys().next().copied().unwrap_or(u64::MAX);
        let mut dropped = Vec::new();
        while self.base < keep_from {
            match self.buf.pop_front() {
                Some(v) => dropped.push(v),
                None => break,
            }
            self.base += 1;
        }
        dropped
    }
}

impl Drop for TeeLink {
    fn drop(&mut self) {
        let dropped = match self.data.try_borrow_mut() {
            Ok(mut d) => d.leave(self.index),
            Err(_) => return,
        };
        drop(dropped);
    }
}

/// The tool state inside an iterator's cell.
fn tool(st: &RefCell<IterState>) -> RefMut<'_, Tool> {
    RefMut::map(st.borrow_mut(), |s| match s {
        IterState::Tool(t) => &mut **t,
        _ => unreachable!("an itertools state"),
    })
}

/// A new tuple, or `prev` updated in place when nothing else holds it (as CPython
/// reuses a result tuple whose reference count is one).
fn fill_tuple(vm: &Vm, prev: &mut Option<Value>, items: impl Iterator<Item = Value>) -> Value {
    if let Some(Value::Obj(o)) = prev {
        if let Some(obj) = Rc::get_mut(o) {
            if let Payload::Tuple(t) = &mut obj.payload {
                for (slot, v) in t.iter_mut().zip(items) {
                    *slot = v;
                }
                return Value::Obj(o.clone());
            }
        }
    }
    let t = vm.new_tuple(items.collect());
    *prev = Some(t.clone());
    t
}

pub fn next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut t = tool(st);
    match &mut *t {
        Tool::Count { cnt, step, fast } => {
            if *fast {
                if let Value::Int(i) = cnt {
                    if *i < i64::MAX {
                        let v = *i;
                        *i += 1;
                        return Ok(Some(Value::Int(v)));
                    }
                }
                *fast = false;
            }
            let (c, s) = (cnt.clone(), step.clone());
            drop(t);
            let n = vm.binary_op(c.clone(), s, 0)?;
            if let Tool::Count { cnt, .. } = &mut *tool(st) {
                *cnt = n;
            }
            Ok(Some(c))
        }
        Tool::Repeat { obj, cnt } => {
            if *cnt == 0 {
                return Ok(None);
            }
            if *cnt > 0 {
                *cnt -= 1;
            }
            Ok(Some(obj.clone()))
        }
        Tool::Cycle { it, saved, index } => {
            if let Some(inner) = it.clone() {
                drop(t);
                let r = vm.next(&inner)?;
                let mut t = tool(st);
                let Tool::Cycle { it, saved, .. } = &mut *t else {
                    unreachable!()
                };
                match r {
                    Some(v) => {
                        saved.push(v.clone());
                        return Ok(Some(v));
                    }
                    None => *it = None,
                }
                drop(t);
                return next_saved(st);
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*index].clone();
            *index += 1;
            if *index >= saved.len() {
                *index = 0;
            }
            Ok(Some(v))
        }
        Tool::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Ok(Some(init));
            }
            let (inner, f, tot) = (it.clone(), func.clone(), total.clone());
            drop(t);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let new = match tot {
                None => v,
                Some(tot) if f.is_none() => vm.binary_op(tot, v, 0)?,
                Some(tot) => vm.call(&f, Args::new([tot, v]))?,
            };
            if let Tool::Accumulate { total, .. } = &mut *tool(st) {
                *total = Some(new.clone());
            }
            Ok(Some(new))
        }
        Tool::Batched { it, n } => {
            let (Some(inner), n) = (it.clone(), *n) else {
                return Ok(None);
            };
            drop(t);
            let mut items = Vec::with_capacity(n.min(1024));
            while items.len() < n {
                match vm.next(&inner)? {
                    Some(v) => items.push(v),
                    None => break,
                }
            }
            if items.is_empty() {
                if let Tool::Batched { it, .. } = &mut *tool(st) {
                    *it = None;
                }
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(items)))
        }
        Tool::Chain { .. } => {
            drop(t);
            chain_next(vm, st)
        }
        Tool::Compress { data, selectors } => {
            let (data, sel) = (data.clone(), selectors.clone());
            drop(t);
            loop {
                let Some(d) = vm.next(&data)? else {
                    return Ok(None);
                };
                let Some(s) = vm.next(&sel)? else {
                    return Ok(None);
                };
                if vm.truthy(&s)? {
                    return Ok(Some(d));
                }
            }
        }
        Tool::DropWhile { func, it, start } => {
            let (f, inner, started) = (func.clone(), it.clone(), *start);
            drop(t);
            loop {
                let Some(v) = vm.next(&inner)? else {
                    return Ok(None);
                };
                if started {
                    return Ok(Some(v));
                }
                let good = vm.call1(&f, v.clone())?;
                if !vm.truthy(&good)? {
                    if let Tool::DropWhile { start, .. } = &mut *tool(st) {
                        *start = true;
                    }
                    return Ok(Some(v));
                }
            }
        }
        Tool::TakeWhile { func, it, stop } => {
            if *stop {
                return Ok(None);
            }
            let (f, inner) = (func.clone(), it.clone());
            drop(t);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let good = vm.call1(&f, v.clone())?;
            if vm.truthy(&good)? {
                return Ok(Some(v));
            }
            if let Tool::TakeWhile { stop, .. } = &mut *tool(st) {
                *stop = true;
            }
            Ok(None)
        }
        Tool::FilterFalse { func, it } => {
            let (f, inner) = (func.clone(), it.clone());
            drop(t);
            let plain = f.is_none() || f.is(&Value::Obj(vm.types.bool_.clone()));
            loop {
                let Some(v) = vm.next(&inner)? else {
                    return Ok(None);
                };
                let ok = if plain {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call1(&f, v.clone())?;
                    vm.truthy(&r)?
                };
                if !ok {
                    return Ok(Some(v));
                }
            }
        }
        Tool::GroupBy(g) => {
            let g = g.clone();
            drop(t);
            groupby_next(vm, &g)
        }
        Tool::Grouper { parent, tgtkey, id } => {
            let (g, key, id) = (parent.clone(), tgtkey.clone(), *id);
            drop(t);
            grouper_next(vm, &g, &key, id)
        }
        Tool::ISlice { .. } => {
            drop(t);
            islice_next(vm, st)
        }
        Tool::Pairwise { it, old } => {
            let Some(inner) = it.clone() else {
                return Ok(None);
            };
            let prev = old.clone();
            drop(t);
            let prev = match prev {
                Some(p) => p,
                None => match vm.next(&inner) {
                    Ok(Some(p)) => {
                        if let Tool::Pairwise { old, .. } = &mut *tool(st) {
                            *old = Some(p.clone());
                        }
                        p
                    }
                    r => {
                        if let Tool::Pairwise { it, old } = &mut *tool(st) {
                            *it = None;
                            *old = None;
                        }
                        return r.map(|_| None);
                    }
                },
            };
            match vm.next(&inner) {
                Ok(Some(new)) => {
                    if let Tool::Pairwise { old, .. } = &mut *tool(st) {
                        *old = Some(new.clone());
                    }
                    Ok(Some(vm.new_tuple(vec![prev, new])))
                }
                r => {
                    if let Tool::Pairwise { it, old } = &mut *tool(st) {
                        *it = None;
                        *old = None;
                    }
                    r.map(|_| None)
                }
            }
        }
        Tool::StarMap { func, it } => {
            let (f, inner) = (func.clone(), it.clone());
            drop(t);
            let Some(a) = vm.next(&inner)? else {
                return Ok(None);
            };
            let args = match a.payload() {
                Some(Payload::Tuple(items)) => items.to_vec(),
                _ => vm.iterate(&a)?,
            };
            vm.call(&f, Args::new(args)).map(Some)
        }
        Tool::Tee(link) => {
            let (data, index) = (link.data.clone(), link.index);
            drop(t);
            tee_next(vm, st, &data, index)
        }
        Tool::ZipLongest { .. } => {
            drop(t);
            zip_longest_next(vm, st)
        }
        Tool::Product {
            pools,
            indices,
            result,
            stopped,
        } => {
            if *stopped {
                return Ok(None);
            }
            if result.is_none() {
                if pools.iter().any(|p| p.is_empty()) {
                    *stopped = true;
                    return Ok(None);
                }
                let items: Vec<Value> = pools.iter().map(|p| p[0].clone()).collect();
                let r = vm.new_tuple(items);
                *result = Some(r.clone());
                return Ok(Some(r));
            }
            // Advance the rightmost index; a pool that rolls over carries to its left.
            let mut i = pools.len();
            loop {
                if i == 0 {
                    *stopped = true;
                    *result = None;
                    return Ok(None);
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] == pools[i].len() {
                    indices[i] = 0;
                } else {
                    break;
                }
            }
            let items = pools.iter().zip(indices.iter()).map(|(p, &k)| p[k].clone());
            Ok(Some(fill_tuple(vm, result, items)))
        }
        Tool::Combinations {
            pool,
            indices,
            r,
            result,
            stopped,
        } => {
            if *stopped {
                return Ok(None);
            }
            let (n, r) = (pool.len(), *r);
            if result.is_none() {
                if r > n {
                    *stopped = true;
                    return Ok(None);
                }
                let v = vm.new_tuple(indices.iter().map(|&k| pool[k].clone()).collect());
                *result = Some(v.clone());
                return Ok(Some(v));
            }
            // The rightmost index not at its maximum (i + n - r) moves up by one and the
            // indices after it follow it in sequence.
            let mut i = r;
            loop {
                if i == 0 {
                    *stopped = true;
                    *result = None;
                    return Ok(None);
                }
                i -= 1;
                if indices[i] != i + n - r {
                    break;
                }
            }
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            let items = indices.iter().map(|&k| pool[k].clone());
            Ok(Some(fill_tuple(vm, result, items)))
        }
        Tool::Cwr {
            pool,
            indices,
            r,
            result,
            stopped,
        } => {
            if *stopped {
                return Ok(None);
            }
            let (n, r) = (pool.len(), *r);
            if result.is_none() {
                if n == 0 && r > 0 {
                    *stopped = true;
                    return Ok(None);
                }
                let v = vm.new_tuple((0..r).map(|_| pool[0].clone()).collect());
                *result = Some(v.clone());
                return Ok(Some(v));
            }
            let mut i = r;
            loop {
                if i == 0 {
                    *stopped = true;
                    *result = None;
                    return Ok(None);
                }
                i -= 1;
                if indices[i] != n - 1 {
                    break;
                }
            }
            let index = indices[i] + 1;
            for slot in indices[i..].iter_mut() {
                *slot = index;
            }
            let items = indices.iter().map(|&k| pool[k].clone());
            Ok(Some(fill_tuple(vm, result, items)))
        }
        Tool::Permutations {
            pool,
            indices,
            cycles,
            r,
            result,
            stopped,
        } => {
            if *stopped {
                return Ok(None);
            }
            let (n, r) = (pool.len(), *r);
            if result.is_none() {
                if r > n {
                    *stopped = true;
                    return Ok(None);
                }
                let v = vm.new_tuple(indices[..r].iter().map(|&k| pool[k].clone()).collect());
                *result = Some(v.clone());
                return Ok(Some(v));
            }
            if n == 0 {
                *stopped = true;
                *result = None;
                return Ok(None);
            }
            // Decrement the rightmost cycle, moving leftwards when one rolls over.
            let mut i = r;
            loop {
                if i == 0 {
                    *stopped = true;
                    *result = None;
                    return Ok(None);
                }
                i -= 1;
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    let index = indices[i];
                    indices.copy_within(i + 1..n, i);
                    indices[n - 1] = index;
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    break;
                }
            }
            let items = indices[..r].iter().map(|&k| pool[k].clone());
            Ok(Some(fill_tuple(vm, result, items)))
        }
    }
}

/// cycle's later passes: the saved items in turn.
fn next_saved(st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut t = tool(st);
    let Tool::Cycle { saved, index, .. } = &mut *t else {
        unreachable!()
    };
    if saved.is_empty() {
        return Ok(None);
    }
    let v = saved[*index].clone();
    *index += 1;
    if *index >= saved.len() {
        *index = 0;
    }
    Ok(Some(v))
}

fn chain_next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    loop {
        let (source, active) = match &*tool(st) {
            Tool::Chain { source, active } => (source.clone(), active.clone()),
            _ => unreachable!(),
        };
        let Some(source) = source else {
            return Ok(None);
        };
        let active = match active {
            Some(a) => a,
            None => {
                let got = vm.next(&source).and_then(|x| match x {
                    Some(iterable) => vm.get_iter(&iterable).map(Some),
                    None => Ok(None),
                });
                let mut t = tool(st);
                let Tool::Chain { source, active } = &mut *t else {
                    unreachable!()
                };
                match got {
                    Ok(Some(a)) => {
                        *active = Some(a.clone());
                        a
                    }
                    r => {
                        *source = None;
                        return r.map(|_| None);
                    }
                }
            }
        };
        if let Some(v) = vm.next(&active)? {
            return Ok(Some(v));
        }
        if let Tool::Chain { active, .. } = &mut *tool(st) {
            *active = None;
        }
    }
}

fn groupby_step(vm: &mut Vm, g: &RefCell<GroupBy>) -> PyResult<bool> {
    let (it, keyfunc) = {
        let g = g.borrow();
        (g.it.clone(), g.keyfunc.clone())
    };
    let Some(v) = vm.next(&it)? else {
        return Ok(false);
    };
    let k = if keyfunc.is_none() {
        v.clone()
    } else {
        vm.call1(&keyfunc, v.clone())?
    };
    let (old_v, old_k) = {
        let mut g = g.borrow_mut();
        (g.currvalue.replace(v), g.currkey.replace(k))
    };
    drop((old_v, old_k));
    Ok(true)
}

fn groupby_next(vm: &mut Vm, g: &Rc<RefCell<GroupBy>>) -> PyResult<Option<Value>> {
    g.borrow_mut().currgrouper = 0;
    loop {
        let (tgt, cur) = {
            let b = g.borrow();
            (b.tgtkey.clone(), b.currkey.clone())
        };
        match (tgt, cur) {
            (_, None) => {}
            (None, Some(_)) => break,
            (Some(t), Some(c)) => {
                if !vm.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !groupby_step(vm, g)? {
            return Ok(None);
        }
    }
    let (key, id) = {
        let mut b = g.borrow_mut();
        let key = b.currkey.clone().expect("set by the loop");
        b.tgtkey = Some(key.clone());
        b.next_id += 1;
        b.currgrouper = b.next_id;
        (key, b.next_id)
    };
    let cls = vm.native_types["itertools._grouper"].clone();
    let grouper = super::itertools::new_tool(
        vm,
        &cls,
        Tool::Grouper {
            parent: g.clone(),
            tgtkey: key.clone(),
            id,
        },
    );
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}

fn grouper_next(
    vm: &mut Vm,
    g: &RefCell<GroupBy>,
    tgtkey: &Value,
    id: u64,
) -> PyResult<Option<Value>> {
    if g.borrow().currgrouper != id {
        return Ok(None);
    }
    if g.borrow().currvalue.is_none() && !groupby_step(vm, g)? {
        return Ok(None);
    }
    let cur = g.borrow().currkey.clone().expect("set by a step");
    if !vm.eq(tgtkey, &cur)? {
        return Ok(None);
    }
    let mut b = g.borrow_mut();
    b.currkey = None;
    Ok(b.currvalue.take())
}

fn islice_next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let (it, stop) = match &*tool(st) {
        Tool::ISlice { it, stop, .. } => (it.clone(), *stop),
        _ => unreachable!(),
    };
    let Some(it) = it else {
        return Ok(None);
    };
    let empty = |st: &RefCell<IterState>| {
        if let Tool::ISlice { it, .. } = &mut *tool(st) {
            *it = None;
        }
    };
    loop {
        let (cnt, next) = match &*tool(st) {
            Tool::ISlice { cnt, next, .. } => (*cnt, *next),
            _ => unreachable!(),
        };
        if cnt >= next {
            break;
        }
        match vm.next(&it) {
            Ok(Some(_)) => {}
            r => {
                empty(st);
                return r;
            }
        }
        if let Tool::ISlice { cnt, .. } = &mut *tool(st) {
            *cnt += 1;
        }
    }
    let cnt = match &*tool(st) {
        Tool::ISlice { cnt, .. } => *cnt,
        _ => unreachable!(),
    };
    if stop != -1 && cnt >= stop {
        empty(st);
        return Ok(None);
    }
    let item = match vm.next(&it) {
        Ok(Some(v)) => v,
        r => {
            empty(st);
            return r;
        }
    };
    if let Tool::ISlice {
        cnt, next, step, ..
    } = &mut *tool(st)
    {
        *cnt += 1;
        let old = *next;
        *next = next.wrapping_add(*step);
        if *next < old || (stop != -1 && *next > stop) {
            *next = stop;
        }
    }
    Ok(Some(item))
}

fn tee_next(
    vm: &mut Vm,
    st: &RefCell<IterState>,
    data: &Rc<RefCell<TeeData>>,
    index: u64,
) -> PyResult<Option<Value>> {
    let value = {
        let d = data.borrow();
        if index < d.base + d.buf.len() as u64 {
            Some(d.buf[(index - d.base) as usize].clone())
        } else {
            None
        }
    };
    let value = match value {
        Some(v) => v,
        None => {
            // The leading tee: read the next item from the shared iterator.
            let it = {
                let mut d = data.borrow_mut();
                if d.running {
                    drop(d);
                    return Err(vm.runtime_error("cannot re-enter the tee iterator"));
                }
                d.running = true;
                d.it.clone()
            };
            let r = vm.next(&it);
            let mut d = data.borrow_mut();
            d.running = false;
            match r? {
                Some(v) => {
                    d.buf.push_back(v.clone());
                    v
                }
                None => return Ok(None),
            }
        }
    };
    let dropped = {
        let mut d = data.borrow_mut();
        *d.positions.entry(index + 1).or_insert(0) += 1;
        d.leave(index)
    };
    if let Tool::Tee(link) = &mut *tool(st) {
        link.index = index + 1;
    }
    drop(dropped);
    Ok(Some(value))
}

fn zip_longest_next(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let (its, fill) = match &*tool(st) {
        Tool::ZipLongest { its, active, fill } => {
            if its.is_empty() || *active == 0 {
                return Ok(None);
            }
            (its.clone(), fill.clone())
        }
        _ => unreachable!(),
    };
    let mut out = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        let Some(it) = it else {
            out.push(fill.clone());
            continue;
        };
        let r = vm.next(it);
        let mut t = tool(st);
        let Tool::ZipLongest { its, active, .. } = &mut *t else {
            unreachable!()
        };
        match r {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                *active = active.saturating_sub(1);
                if *active == 0 {
                    return Ok(None);
                }
                its[i] = None;
                out.push(fill.clone());
            }
            Err(e) => {
                *active = 0;
                return Err(e);
            }
        }
    }
    Ok(Some(vm.new_tuple(out)))
}
