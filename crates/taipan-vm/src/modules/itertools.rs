//! `itertools`: CPython 3.12's iterator building blocks as native classes. The
//! constructors here check their arguments with CPython's messages and in its order; the
//! iteration itself is in `itertools_next.rs`. Every class is subclassable where
//! CPython's is, and `repr(count(5))`/`repr(repeat(1, 3))` read as CPython's.

use crate::modules::itertools_next::{GroupBy, TeeData, TeeLink, Tool};
use crate::modules::sys::{module_set, new_module};
use crate::objects::int;
use crate::objects::iter::IterState;
use crate::objects::typeobj::{self, ty, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// An iterator object of class `cls` in state `t`.
pub fn new_tool(vm: &Vm, cls: &ObjRef, t: Tool) -> Value {
    vm.alloc(
        cls,
        Payload::Iter(Box::new(RefCell::new(IterState::Tool(Box::new(t))))),
    )
}

type Class = (&'static str, &'static str, NativeFn, bool);

/// (name, qualified name, `__new__`, subclassable).
const CLASSES: &[Class] = &[
    ("accumulate", "itertools.accumulate", accumulate, true),
    ("batched", "itertools.batched", batched, true),
    ("chain", "itertools.chain", chain, true),
    ("combinations", "itertools.combinations", combinations, true),
    (
        "combinations_with_replacement",
        "itertools.combinations_with_replacement",
        cwr,
        true,
    ),
    ("compress", "itertools.compress", compress, true),
    ("count", "itertools.count", count, true),
    ("cycle", "itertools.cycle", cycle, true),
    ("dropwhile", "itertools.dropwhile", dropwhile, true),
    ("filterfalse", "itertools.filterfalse", filterfalse, true),
    ("groupby", "itertools.groupby", groupby, true),
    ("islice", "itertools.islice", islice, true),
    ("pairwise", "itertools.pairwise", pairwise, true),
    ("permutations", "itertools.permutations", permutations, true),
    ("product", "itertools.product", product, true),
    ("repeat", "itertools.repeat", repeat, true),
    ("starmap", "itertools.starmap", starmap, true),
    ("takewhile", "itertools.takewhile", takewhile, true),
    ("zip_longest", "itertools.zip_longest", zip_longest, true),
    ("_grouper", "itertools._grouper", grouper_new, false),
    ("_tee", "itertools._tee", tee_new, false),
    (
        "_tee_dataobject",
        "itertools._tee_dataobject",
        tee_data_new,
        false,
    ),
];

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "itertools");
    let doc = vm.new_str(
        "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n",
    );
    module_set(vm, &m, "__doc__", doc);
    for &(name, qual, new, base) in CLASSES {
        let layout = if base { Layout::Native } else { Layout::Opaque };
        let object = vm.types.object.clone();
        let cls = typeobj::new_type(&vm.types.type_, name, vec![object], layout, false);
        if let Ok(mro) = typeobj::compute_mro(&cls) {
            *ty(&cls).mro.borrow_mut() = mro;
        }
        let module = vm.new_str("itertools");
        typeobj::set_attr(vm, &cls, "__module__", module);
        typeobj::add_methods(
            vm,
            &cls,
            &[
                ("__new__", new),
                ("__iter__", self_iter),
                ("__next__", tool_next),
            ],
        );
        vm.native_types.insert(qual, cls.clone());
        module_set(vm, &m, name, Value::Obj(cls));
    }
    let chain_cls = vm.native_types["itertools.chain"].clone();
    typeobj::add_classmethods(vm, &chain_cls, &[("from_iterable", from_iterable)]);
    let repeat_cls = vm.native_types["itertools.repeat"].clone();
    typeobj::add_methods(vm, &repeat_cls, &[("__length_hint__", repeat_length_hint)]);
    let tee_cls = vm.native_types["itertools._tee"].clone();
    typeobj::add_methods(vm, &tee_cls, &[("__copy__", tee_copy)]);
    let tee = vm.new_builtin("tee", tee);
    module_set(vm, &m, "tee", tee);
    m
}

/// The class a `__new__` was called with.
fn cls_arg(vm: &mut Vm, args: &mut Args) -> PyResult<ObjRef> {
    match args.pos.first().and_then(|c| c.obj()).cloned() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => {
            args.pos.remove(0);
            Ok(c)
        }
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

fn self_iter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

fn tool_next(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__next__", 1, 1)?;
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_args(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

/// A `Py_ssize_t` argument (`__index__`, OverflowError beyond 64 bits).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    int::ssize_arg(vm, v)
}

/// `PyNumber_Check`: ints, floats, complex numbers and objects that convert to one.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)
            ) || ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|n| typeobj::lookup(vm.type_of(v), n).is_some())
        }
        _ => false,
    }
}

/// Is `v` an int equal to one (PyLong_Check and PyLong_AsLong == 1)?
fn is_int_one(v: &Value) -> bool {
    int::is_int(v) && int::as_i64(v) == Some(1)
}

fn count(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut slots = args.bind(vm, "count", &["start", "step"], 0)?;
    let step = slots.pop().flatten();
    let start = slots.pop().flatten();
    if start.as_ref().is_some_and(|s| !is_number(vm, s))
        || step.as_ref().is_some_and(|s| !is_number(vm, s))
    {
        return Err(vm.type_error("a number is required"));
    }
    let step = step.unwrap_or(Value::Int(1));
    let start = start.unwrap_or(Value::Int(0));
    let fast_start = int::is_int(&start).then(|| int::as_i64(&start)).flatten();
    let t = match fast_start {
        Some(i) if is_int_one(&step) => Tool::Count {
            cnt: Value::Int(i),
            step: Value::Int(1),
            fast: true,
        },
        _ => Tool::Count {
            cnt: start,
            step,
            fast: false,
        },
    };
    Ok(new_tool(vm, &cls, t))
}

fn cycle(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.positional(vm, "cycle", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let t = Tool::Cycle {
        it: Some(it),
        saved: Vec::new(),
        index: 0,
    };
    Ok(new_tool(vm, &cls, t))
}

fn repeat(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut slots = args.bind(vm, "repeat", &["object", "times"], 1)?;
    let times = slots.pop().flatten();
    let obj = slots.pop().flatten().expect("required");
    let cnt = match times {
        Some(t) => ssize(vm, &t)?.max(0),
        None => -1,
    };
    Ok(new_tool(vm, &cls, Tool::Repeat { obj, cnt }))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__length_hint__", 1, 1)?;
    let cnt = match args.pos[0].payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Tool(t) => match **t {
                Tool::Repeat { cnt, .. } => Some(cnt),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    match cnt {
        Some(-1) => Err(vm.type_error("len() of unsized object")),
        Some(n) => Ok(Value::Int(n)),
        None => {
            Err(vm.type_error("descriptor '__length_hint__' requires a 'itertools.repeat' object"))
        }
    }
}

fn accumulate(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let initial = args.take_kw("initial").filter(|v| !v.is_none());
    let mut slots = args.bind(vm, "accumulate", &["iterable", "func"], 1)?;
    let func = slots.pop().flatten().unwrap_or(Value::None);
    let iterable = slots.pop().flatten().expect("required");
    let it = vm.get_iter(&iterable)?;
    let t = Tool::Accumulate {
        it,
        func,
        total: None,
        initial,
    };
    Ok(new_tool(vm, &cls, t))
}

fn batched(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let slots = args.bind(vm, "batched", &["iterable", "n"], 2)?;
    let n = ssize(vm, slots[1].as_ref().expect("required"))?;
    if n < 1 {
        return Err(vm.value_error("n must be at least one"));
    }
    let it = vm.get_iter(slots[0].as_ref().expect("required"))?;
    let t = Tool::Batched {
        it: Some(it),
        n: n as usize,
    };
    Ok(new_tool(vm, &cls, t))
}

fn chain(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.no_keywords(vm, "chain")?;
    let tuple = vm.new_tuple(args.pos.to_vec());
    let source = vm.get_iter(&tuple)?;
    let t = Tool::Chain {
        source: Some(source),
        active: None,
    };
    Ok(new_tool(vm, &cls, t))
}

fn from_iterable(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.no_keywords(vm, "chain.from_iterable")?;
    args.check(vm, "chain.from_iterable", 1, 1)?;
    let source = vm.get_iter(&args.pos[0])?;
    let t = Tool::Chain {
        source: Some(source),
        active: None,
    };
    Ok(new_tool(vm, &cls, t))
}

fn compress(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let slots = args.bind(vm, "compress", &["data", "selectors"], 2)?;
    let data = vm.get_iter(slots[0].as_ref().expect("required"))?;
    let selectors = vm.get_iter(slots[1].as_ref().expect("required"))?;
    Ok(new_tool(vm, &cls, Tool::Compress { data, selectors }))
}

/// The `(function, iterable)` constructors: dropwhile, takewhile, filterfalse, starmap.
fn func_and_iter(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<(ObjRef, Value, Value)> {
    let cls = cls_arg(vm, args)?;
    args.positional(vm, name, 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    Ok((cls, args.pos[0].clone(), it))
}

fn dropwhile(vm: &mut Vm, mut args: Args) -> PyResult {
    let (cls, func, it) = func_and_iter(vm, &mut args, "dropwhile")?;
    let t = Tool::DropWhile {
        func,
        it,
        start: false,
    };
    Ok(new_tool(vm, &cls, t))
}

fn takewhile(vm: &mut Vm, mut args: Args) -> PyResult {
    let (cls, func, it) = func_and_iter(vm, &mut args, "takewhile")?;
    let t = Tool::TakeWhile {
        func,
        it,
        stop: false,
    };
    Ok(new_tool(vm, &cls, t))
}

fn filterfalse(vm: &mut Vm, mut args: Args) -> PyResult {
    let (cls, func, it) = func_and_iter(vm, &mut args, "filterfalse")?;
    Ok(new_tool(vm, &cls, Tool::FilterFalse { func, it }))
}

fn starmap(vm: &mut Vm, mut args: Args) -> PyResult {
    let (cls, func, it) = func_and_iter(vm, &mut args, "starmap")?;
    Ok(new_tool(vm, &cls, Tool::StarMap { func, it }))
}

fn groupby(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut slots = args.bind(vm, "groupby", &["iterable", "key"], 1)?;
    let keyfunc = slots.pop().flatten().unwrap_or(Value::None);
    let it = vm.get_iter(slots[0].as_ref().expect("required"))?;
    let g = GroupBy {
        it,
        keyfunc,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        currgrouper: 0,
        next_id: 0,
    };
    Ok(new_tool(vm, &cls, Tool::GroupBy(Rc::new(RefCell::new(g)))))
}

fn grouper_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.positional(vm, "_grouper", 2, 2)?;
    let parent = match args.pos[0].payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Tool(t) => match &**t {
                Tool::GroupBy(g) => Some(g.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some(parent) = parent else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {t}"
        )));
    };
    let id = {
        let mut g = parent.borrow_mut();
        g.next_id += 1;
        g.currgrouper = g.next_id;
        g.next_id
    };
    let t = Tool::Grouper {
        parent,
        tgtkey: args.pos[1].clone(),
        id,
    };
    Ok(new_tool(vm, &cls, t))
}

/// islice's error when a bound is not a non-negative index.
const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDICES_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// PyNumber_AsSsize_t(v, OverflowError) with any error cleared to -1.
fn index_or_minus_one(vm: &mut Vm, v: &Value) -> i64 {
    ssize(vm, v).unwrap_or(-1)
}

fn islice(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.positional(vm, "islice", 2, 4)?;
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if args.len() == 2 {
        if !args.pos[1].is_none() {
            stop = index_or_minus_one(vm, &args.pos[1]);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    } else {
        if !args.pos[1].is_none() {
            start = index_or_minus_one(vm, &args.pos[1]);
        }
        if !args.pos[2].is_none() {
            stop = index_or_minus_one(vm, &args.pos[2]);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(INDICES_MSG));
    }
    if args.len() == 4 && !args.pos[3].is_none() {
        step = index_or_minus_one(vm, &args.pos[3]);
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let t = Tool::ISlice {
        it: Some(it),
        next: start,
        stop,
        step,
        cnt: 0,
    };
    Ok(new_tool(vm, &cls, t))
}

fn pairwise(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    args.positional(vm, "pairwise", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let t = Tool::Pairwise {
        it: Some(it),
        old: None,
    };
    Ok(new_tool(vm, &cls, t))
}

fn zip_longest(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut fill = Value::None;
    if !args.kw.is_empty() {
        match args.take_kw("fillvalue") {
            Some(f) if args.kw.is_empty() => fill = f,
            _ => return Err(vm.type_error("zip_longest() got an unexpected keyword argument")),
        }
    }
    let mut its = Vec::with_capacity(args.len());
    for a in args.pos.iter() {
        its.push(Some(vm.get_iter(a)?));
    }
    let active = its.len();
    Ok(new_tool(vm, &cls, Tool::ZipLongest { its, active, fill }))
}

fn product(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut repeat = 1i64;
    if !args.kw.is_empty() {
        let mut kw = Args {
            kw: std::mem::take(&mut args.kw),
            ..Args::default()
        };
        if let Some(r) = kw.bind(vm, "product", &["repeat"], 0)?.pop().flatten() {
            repeat = ssize(vm, &r)?;
        }
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let n = args.len();
    if n > 0 && repeat as u64 > (isize::MAX as u64) / (n as u64) / 8 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let mut pools: Vec<Rc<[Value]>> = Vec::with_capacity(n);
    for a in args.pos.iter() {
        pools.push(vm.iterate(a)?.into());
    }
    let pools: Vec<Rc<[Value]>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    let t = Tool::Product {
        indices: vec![0; pools.len()],
        pools,
        result: None,
        stopped: false,
    };
    Ok(new_tool(vm, &cls, t))
}

fn combinations(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let slots = args.bind(vm, "combinations", &["iterable", "r"], 2)?;
    let r = ssize(vm, slots[1].as_ref().expect("required"))?;
    let pool = vm.iterate(slots[0].as_ref().expect("required"))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let t = Tool::Combinations {
        indices: (0..r).collect(),
        pool,
        r,
        result: None,
        stopped: false,
    };
    Ok(new_tool(vm, &cls, t))
}

fn cwr(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let name = "combinations_with_replacement";
    let slots = args.bind(vm, name, &["iterable", "r"], 2)?;
    let r = ssize(vm, slots[1].as_ref().expect("required"))?;
    let pool = vm.iterate(slots[0].as_ref().expect("required"))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let t = Tool::Cwr {
        indices: vec![0; r],
        pool,
        r,
        result: None,
        stopped: false,
    };
    Ok(new_tool(vm, &cls, t))
}

fn permutations(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &mut args)?;
    let mut slots = args.bind(vm, "permutations", &["iterable", "r"], 1)?;
    let robj = slots.pop().flatten().unwrap_or(Value::None);
    let pool = vm.iterate(slots[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = if robj.is_none() {
        n as i64
    } else {
        if !int::is_int(&robj) {
            return Err(vm.type_error("Expected int as r"));
        }
        ssize(vm, &robj)?
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let t = Tool::Permutations {
        indices: (0..n).collect(),
        cycles: (0..r.min(n)).map(|i| n - i).collect(),
        pool,
        r,
        result: None,
        stopped: false,
    };
    Ok(new_tool(vm, &cls, t))
}

/// A copy of `iterable` if it is a `_tee`, else a new `_tee` over `iter(iterable)`.
fn tee_from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if let Some(copy) = tee_copy_of(vm, &it) {
        return Ok(copy);
    }
    let data = TeeData {
        it,
        buf: VecDeque::new(),
        base: 0,
        running: false,
        positions: BTreeMap::new(),
    };
    let cls = vm.native_types["itertools._tee"].clone();
    let link = TeeLink::new(Rc::new(RefCell::new(data)), 0);
    Ok(new_tool(vm, &cls, Tool::Tee(link)))
}

/// A new `_tee` at the same position as `v`, if `v` is a `_tee`.
fn tee_copy_of(vm: &Vm, v: &Value) -> Option<Value> {
    let link = match v.payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Tool(t) => match &**t {
                Tool::Tee(l) => Some((l.data.clone(), l.index)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }?;
    let cls = vm.type_of(v).clone();
    Some(new_tool(vm, &cls, Tool::Tee(TeeLink::new(link.0, link.1))))
}

fn tee_new(vm: &mut Vm, mut args: Args) -> PyResult {
    cls_arg(vm, &mut args)?;
    args.positional(vm, "_tee", 1, 1)?;
    tee_from_iterable(vm, &args.pos[0])
}

/// The shared buffer of tee iterators is internal to `_tee` here.
fn tee_data_new(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.type_error("cannot create 'itertools._tee_dataobject' instances"))
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__copy__", 1, 1)?;
    match tee_copy_of(vm, &args.pos[0]) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("__copy__ requires a '_tee' object")),
    }
}

fn tee(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "itertools.tee")?;
    args.check_positional(vm, "tee", 1, 2)?;
    let n = match args.pos.get(1) {
        Some(n) => ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let copy_name = vm.intern("__copy__");
    let copyfunc = vm.lookup_attr(&it, &copy_name)?;
    let mut out = Vec::with_capacity(n as usize);
    match copyfunc {
        Some(f) => {
            out.push(it);
            for _ in 1..n {
                out.push(vm.call0(&f)?);
            }
        }
        None => {
            // As CPython's tee_fromiterable, which calls iter() on the iterator again.
            let first = tee_from_iterable(vm, &it)?;
            let f = vm.get_attr_str(&first, "__copy__")?;
            out.push(first);
            for _ in 1..n {
                out.push(vm.call0(&f)?);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `repr()` of an itertools object, for those CPython gives one (count, repeat).
pub fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    let Payload::Iter(st) = &o.payload else {
        return Ok(None);
    };
    // (value, step or count, is count): cloned out so no borrow is held across repr().
    let parts = match &*st.borrow() {
        IterState::Tool(t) => match &**t {
            Tool::Count { cnt, step, .. } => Some((cnt.clone(), step.clone(), true)),
            Tool::Repeat { obj, cnt } => Some((obj.clone(), Value::Int(*cnt), false)),
            _ => None,
        },
        _ => None,
    };
    let Some((v, extra, is_count)) = parts else {
        return Ok(None);
    };
    let name = ty(&o.class).name().to_string();
    let r = vm.repr(&v)?;
    let plain = if is_count {
        is_int_one(&extra)
    } else {
        matches!(extra, Value::Int(-1))
    };
    if plain {
        return Ok(Some(format!("{name}({r})")));
    }
    let e = vm.repr(&extra)?;
    Ok(Some(format!("{name}({r}, {e})")))
}
