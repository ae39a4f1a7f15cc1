//! The cycle collector. Reference counting (Rust's `Rc`) frees everything that is not in a
//! cycle; this finds the rest, with CPython's algorithm: container objects are tracked in
//! three generations (weak handles, so tracking does not keep anything alive); for the
//! objects of the generations being collected, the references they hold to each other
//! are subtracted from their reference counts, and whatever is left with references from
//! outside, and everything reachable from it, is alive. The rest is garbage: finalizers
//! (`__del__`, suspended generators) run first (PEP 442), then the garbage's containers
//! are emptied, which breaks the cycles and lets reference counting free them.
//!
//! Containers that are not tracked themselves (an instance's attribute dict, tuples) but
//! are owned by exactly one object are walked through as part of their owner.

use super::pending;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::Vm;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct GcState {
    pub gens: [Vec<Weak<PyObject>>; 3],
    pub permanent: Vec<Weak<PyObject>>,
    /// gen 0: tracked allocations since its last collection; gens 1 and 2: collections
    /// of the younger generation since their own last one (as CPython counts).
    pub count: [usize; 3],
    pub threshold: [usize; 3],
    pub enabled: bool,
    pub collecting: bool,
    pub debug: i64,
    /// Per generation: collections, collected, uncollectable (`gc.get_stats()`).
    pub stats: [(usize, usize, usize); 3],
    /// Objects that reached the oldest generation at its last collection, and since:
    /// a full collection waits until the second is a quarter of the first (CPython's
    /// guard against quadratic behaviour with large heaps).
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    /// `gc.callbacks`, once the module exists.
    pub callbacks: Option<Value>,
}

thread_local! {
    pub static GC: RefCell<GcState> = const { RefCell::new(GcState {
        gens: [Vec::new(), Vec::new(), Vec::new()],
        permanent: Vec::new(),
        count: [0; 3],
        threshold: [700, 10, 10],
        enabled: true,
        collecting: false,
        debug: 0,
        stats: [(0, 0, 0); 3],
        long_lived_total: 0,
        long_lived_pending: 0,
        callbacks: None,
    }) };
}

/// Starts tracking a new container object.
#[inline]
pub fn track(o: &ObjRef) {
    let _ = GC.try_with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.gens[0].push(Rc::downgrade(o));
            g.count[0] += 1;
            if g.enabled && g.threshold[0] > 0 && g.count[0] > g.threshold[0] && !g.collecting {
                pending::request(pending::GC);
            }
        }
    });
}

/// Whether objects with this payload are tracked when allocated.
#[inline]
pub fn tracks(p: &Payload) -> bool {
    matches!(
        p,
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Cell(_)
            | Payload::Instance
            | Payload::Function(_)
            | Payload::Generator(_)
    )
}

fn addr(o: &PyObject) -> usize {
    o as *const PyObject as usize
}

/// Calls `f` with each object `o` references directly. Returns false when a container
/// could not be read (it is being changed): the caller must then not trust the walk.
pub fn children(o: &PyObject, f: &mut dyn FnMut(&ObjRef)) -> bool {
    let val = |v: &Value, f: &mut dyn FnMut(&ObjRef)| {
        if let Value::Obj(r) = v {
            f(r)
        }
    };
    if let Some(d) = &o.dict {
        f(d);
    }
    match &o.payload {
        Payload::Tuple(items) | Payload::Union(items) => items.iter().for_each(|v| val(v, f)),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(|v| val(v, f)),
            Err(_) => return false,
        },
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|e| {
                val(&e.key, f);
                val(&e.value, f);
            }),
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(|v| val(v, f)),
            Err(_) => return false,
        },
        Payload::FrozenSet(s) => s.iter().for_each(|v| val(v, f)),
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => c.iter().for_each(|v| val(v, f)),
            Err(_) => return false,
        },
        Payload::Function(func) => {
            func.closure.iter().for_each(|v| val(v, f));
            match func.defaults.try_borrow() {
                Ok(d) => d.iter().for_each(|v| val(v, f)),
                Err(_) => return false,
            }
            match func.kwdefaults.try_borrow() {
                Ok(d) => d.iter().for_each(|(_, v)| val(v, f)),
                Err(_) => return false,
            }
            for c in [&func.annotations, &func.doc, &func.module] {
                match c.try_borrow() {
                    Ok(v) => val(&v, f),
                    Err(_) => return false,
                }
            }
        }
        Payload::BoundMethod { func, this } => {
            val(func, f);
            val(this, f);
        }
        Payload::Generator(st) => match st.try_borrow() {
            Ok(st) => {
                st.saved.iter().for_each(|v| val(v, f));
                if let Some(fr) = &st.frame {
                    if let Some(l) = &fr.locals {
                        f(l);
                    }
                    if let Some(v) = &fr.init_self {
                        val(v, f);
                    }
                }
            }
            Err(_) => return false,
        },
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => [fget, fset, fdel, doc].into_iter().for_each(|v| val(v, f)),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => val(v, f),
        Payload::Slice { start, stop, step } => {
            [start, stop, step].into_iter().for_each(|v| val(v, f))
        }
        Payload::DictView { dict, .. } => val(dict, f),
        _ => {}
    }
    true
}

/// Walks `o`'s references as the collector sees them: `f` gets the index of each
/// referenced object that is being collected; untracked or older containers referenced
/// only by `o` are walked through.
fn walk(
    o: &PyObject,
    index: &HashMap<usize, usize>,
    depth: usize,
    ok: &mut bool,
    f: &mut dyn FnMut(usize),
) {
    let read = children(o, &mut |c| {
        // Strings and numbers (the most common references: names, docstrings,
        // constants) are never tracked and refer to nothing.
        if c.dict.is_none()
            && matches!(
                c.payload,
                Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_)
            )
        {
            return;
        }
        if let Some(&j) = index.get(&addr(c)) {
            f(j);
        } else if Rc::strong_count(c) == 1 && depth < 64 {
            walk(c, index, depth + 1, ok, f);
        }
    });
    if !read {
        *ok = false;
    }
}

/// Marks which of `objs` are reachable from outside the set.
fn reachable(objs: &[ObjRef]) -> Option<Vec<bool>> {
    let index: HashMap<usize, usize> = objs.iter().enumerate().map(|(i, o)| (addr(o), i)).collect();
    // Each object's references, less the one `objs` holds.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    let mut ok = true;
    for o in objs {
        walk(o, &index, 0, &mut ok, &mut |j| refs[j] -= 1);
    }
    let mut live = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        live[i] = true;
    }
    while let Some(i) = stack.pop() {
        walk(&objs[i], &index, 0, &mut ok, &mut |j| {
            if !live[j] {
                live[j] = true;
                stack.push(j);
            }
        });
    }
    ok.then_some(live)
}

/// Holds what clearing took out of the garbage until every object has been cleared
/// (never read: it exists to be dropped last).
#[allow(dead_code)]
enum Taken {
    Dict(crate::objects::dict::PyDict),
    Values(Vec<Value>),
    Set(crate::objects::set::PySet),
    One(Option<Value>),
    Frame(Option<crate::interp::frame::Frame>),
}

fn clear(o: &PyObject, out: &mut Vec<Taken>) {
    if let Some(d) = &o.dict {
        if Rc::strong_count(d) == 1 {
            if let Payload::Dict(cell) = &d.payload {
                if let Ok(mut d) = cell.try_borrow_mut() {
                    out.push(Taken::Dict(std::mem::take(&mut *d)));
                }
            }
        }
    }
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                out.push(Taken::Values(std::mem::take(&mut *l)));
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                out.push(Taken::Dict(std::mem::take(&mut *d)));
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.push(Taken::Set(std::mem::take(&mut *s)));
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                out.push(Taken::One(c.take()));
            }
        }
        Payload::Function(func) => {
            if let Ok(mut d) = func.defaults.try_borrow_mut() {
                out.push(Taken::Values(std::mem::take(&mut *d)));
            }
            if let Ok(mut d) = func.kwdefaults.try_borrow_mut() {
                out.push(Taken::Values(
                    std::mem::take(&mut *d)
                        .into_iter()
                        .map(|(_, v)| v)
                        .collect(),
                ));
            }
        }
        Payload::Generator(st) => {
            if let Ok(mut st) = st.try_borrow_mut() {
                out.push(Taken::Values(std::mem::take(&mut st.saved)));
                out.push(Taken::Frame(st.frame.take()));
            }
        }
        _ => {}
    }
}

/// Whether a garbage object needs its finalizer run before it is cleared.
fn needs_finalizer(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Generator(st) => st
            .try_borrow()
            .is_ok_and(|s| s.frame.as_ref().is_some_and(|f| f.pc > 0) && !s.running),
        _ => {
            matches!(&o.class.payload, Payload::Type(t) if t.heap)
                && crate::objects::typeobj::hooks(&o.class) & crate::objects::typeobj::HOOK_DEL != 0
                && !super::del::is_finalized(o)
        }
    }
}

impl Vm {
    /// Collects generations 0..=`gen`, returning the number of unreachable objects found.
    pub fn gc_collect(&mut self, gen: usize) -> usize {
        let gen = gen.min(2);
        let callbacks = GC.with(|g| g.borrow().callbacks.clone());
        self.gc_callbacks(&callbacks, "start", gen, 0, 0);
        let mut objs: Vec<ObjRef> = Vec::new();
        let started = GC.with(|g| {
            let mut g = g.borrow_mut();
            if g.collecting {
                return false;
            }
            g.collecting = true;
            for i in 0..=gen {
                for w in g.gens[i].drain(..) {
                    if let Some(o) = w.upgrade() {
                        objs.push(o);
                    }
                }
                g.count[i] = 0;
            }
            if gen < 2 {
                g.count[gen + 1] += 1;
            }
            true
        });
        if !started {
            return 0;
        }
        let live = reachable(&objs).unwrap_or_else(|| vec![true; objs.len()]);
        let older = (gen + 1).min(2);
        let mut garbage = Vec::new();
        let mut survivors = Vec::new();
        for (o, l) in objs.into_iter().zip(live) {
            if l {
                survivors.push(Rc::downgrade(&o));
            } else {
                garbage.push(o);
            }
        }
        GC.with(|g| {
            let mut g = g.borrow_mut();
            if older == 2 {
                if gen == 2 {
                    g.long_lived_total = survivors.len();
                    g.long_lived_pending = 0;
                } else {
                    g.long_lived_pending += survivors.len();
                }
            }
            g.gens[older].extend(survivors);
        });
        let found = garbage.len();
        // Finalizers first, on live objects; whatever they resurrect survives.
        let to_finalize: Vec<ObjRef> = garbage
            .iter()
            .filter(|o| needs_finalizer(o))
            .cloned()
            .collect();
        if !to_finalize.is_empty() {
            for o in &to_finalize {
                self.finalize_one(o);
            }
            drop(to_finalize);
            let live = reachable(&garbage).unwrap_or_else(|| vec![true; garbage.len()]);
            let mut still = Vec::new();
            for (o, l) in garbage.into_iter().zip(live) {
                if l {
                    GC.with(|g| g.borrow_mut().gens[2].push(Rc::downgrade(&o)));
                } else {
                    still.push(o);
                }
            }
            garbage = still;
        }
        let mut taken = Vec::new();
        for o in &garbage {
            clear(o, &mut taken);
        }
        GC.with(|g| {
            let mut g = g.borrow_mut();
            g.stats[gen].0 += 1;
            g.stats[gen].1 += found;
            g.collecting = false;
        });
        drop(taken);
        drop(garbage);
        self.gc_callbacks(&callbacks, "stop", gen, found, 0);
        found
    }

    /// Runs one garbage object's finalizer: `__del__`, or closing a suspended generator.
    fn finalize_one(&mut self, o: &ObjRef) {
        let v = Value::Obj(o.clone());
        if let Payload::Generator(_) = o.payload {
            if let Err(e) = self.close_iterator(&v) {
                self.unraisable(&v, &e);
            }
            return;
        }
        super::del::mark_finalized(o);
        self.call_del(&v);
    }

    fn gc_callbacks(&mut self, cbs: &Option<Value>, phase: &str, gen: usize, n: usize, u: usize) {
        let Some(Payload::List(l)) = cbs.as_ref().and_then(|c| c.payload()) else {
            return;
        };
        let list: Vec<Value> = l.borrow().clone();
        if list.is_empty() {
            return;
        }
        for cb in list {
            let info = self.new_dict();
            for (k, v) in [("generation", gen), ("collected", n), ("uncollectable", u)] {
                let k = self.intern(k);
                let _ = self.dict_set_item(&info, k, Value::Int(v as i64));
            }
            let p = self.new_str(phase);
            if let Err(e) = self.call(&cb, crate::vm::Args::new([p, info])) {
                self.unraisable(&cb, &e);
            }
        }
    }

    /// The automatic collection asked for by allocation counts: the oldest generation
    /// whose count is over its threshold.
    pub fn gc_auto(&mut self) {
        let gen = GC.with(|g| {
            let g = g.borrow();
            if !g.enabled || g.collecting {
                return None;
            }
            (0..3).rev().find(|&i| {
                g.count[i] > g.threshold[i]
                    && g.threshold[i] > 0
                    && (i < 2 || g.long_lived_pending >= g.long_lived_total / 4)
            })
        });
        if let Some(gen) = gen {
            self.gc_collect(gen);
        }
    }
}

/// Every tracked object still alive (`gc.get_objects()`), oldest generation last.
pub fn live_objects(gen: Option<usize>) -> Vec<ObjRef> {
    GC.with(|g| {
        let g = g.borrow();
        let gens: Vec<usize> = match gen {
            Some(i) => vec![i],
            None => vec![0, 1, 2],
        };
        gens.into_iter()
            .flat_map(|i| g.gens[i].iter().filter_map(|w| w.upgrade()))
            .collect()
    })
}

pub fn is_tracked(o: &ObjRef) -> bool {
    let a = addr(o);
    GC.with(|g| {
        let g = g.borrow();
        g.gens
            .iter()
            .chain(std::iter::once(&g.permanent))
            .any(|gen| gen.iter().any(|w| w.as_ptr() as usize == a))
    })
}
