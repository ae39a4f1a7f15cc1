//! The methods bytes and bytearray share (CPython's bytes_methods.c and stringlib), with
//! their argument checks and messages. A method of a bytearray returns a new bytearray.
//! Arguments are converted first (that may run Python code), and only then is the
//! receiver's data borrowed.

use crate::objects::bytes::{buffer, is_space, Kind};
use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", seq_add),
    ("__mul__", seq_mul),
    ("__rmul__", seq_mul),
    ("hex", hex),
    ("count", count),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("replace", replace),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("partition", partition),
    ("rpartition", rpartition),
    ("join", join),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isupper", isupper),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("translate", translate),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("decode", decode),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__str__", repr),
];

/// bytes only (bytearray is unhashable and has its own `__bytes__`-less protocol).
pub const BYTES_ONLY: &[(&str, NativeFn)] = &[("__bytes__", dunder_bytes), ("__hash__", hash)];

pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("fromhex", fromhex)];
pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", maketrans)];

/// `bytes.__add__`: CPython's sequence slot, which raises rather than answering
/// NotImplemented.
fn seq_add(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if vm.buffer_arg(b)?.is_none() {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    }
    vm.native_binop(a, b, taipan_bytecode::BinOp::Add)
}

/// `bytes.__mul__`/`__rmul__`: the count must be an index.
fn seq_mul(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let n = vm.index_of(&args.pos[1])?;
    vm.native_binop(
        &args.pos[0],
        &Value::Int(n),
        taipan_bytecode::BinOp::Multiply,
    )
}

fn recv(args: &Args) -> &Value {
    &args.pos[0]
}

fn kind(args: &Args) -> Kind {
    Kind::of(recv(args))
}

/// The receiver's bytes (borrowed: no Python code may run while this lives).
fn data(args: &Args) -> crate::objects::bytes::BufRef<'_> {
    buffer(recv(args)).unwrap_or(crate::objects::bytes::BufRef::Slice(&[]))
}

fn owned(args: &Args) -> Vec<u8> {
    data(args).to_vec()
}

/// The receiver itself when a bytes method would return its data unchanged (CPython
/// returns the same object for an exact bytes), else a new object of the receiver's kind.
fn same_or_new(vm: &Vm, args: &Args, b: Vec<u8>) -> Value {
    let v = recv(args);
    if kind(args) == Kind::Bytes && std::rc::Rc::ptr_eq(vm.type_of(v), &vm.types.bytes) {
        return v.clone();
    }
    kind(args).make(vm, b)
}

fn qual(args: &Args, name: &str) -> String {
    format!("{}.{name}", kind(args).name())
}

/// A METH_VARARGS method's arity check (PyArg_ParseTuple "O|OO:name" wording).
fn parse_tuple(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual(args, name))));
    }
    let n = args.len() - 1;
    if n < min || n > max {
        let (how, want) = if n < min {
            (if min == max { "exactly" } else { "at least" }, min)
        } else {
            (if min == max { "exactly" } else { "at most" }, max)
        };
        let s = if want == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {want} argument{s} ({n} given)"
        )));
    }
    Ok(())
}

/// An Argument Clinic positional-only method: `name expected at most 1 argument, got 2`.
fn positional(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual(args, name))));
    }
    let n = args.len() - 1;
    if min == 1 && max == 1 && n != 1 {
        // METH_O.
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({n} given)",
            qual(args, name)
        )));
    }
    if n < min || n > max {
        let (how, want) = if n < min {
            (if min == max { "" } else { "at least " }, min)
        } else {
            (if min == max { "" } else { "at most " }, max)
        };
        let s = if want == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name} expected {how}{want} argument{s}, got {n}")));
    }
    Ok(())
}

/// Binds keyword-capable parameters after the receiver.
fn bind(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut a = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw.clone(),
    };
    a.bind(vm, name, names, required)
}

/// A find/count needle: an int in range(256) or a bytes-like object.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let has_index = int::is_int(v)
        || matches!(v, Value::Obj(o) if crate::objects::typeobj::user_defines(&o.class, "__index__").is_some());
    if has_index {
        let b = crate::objects::bytes::byte_value(vm, v, "byte must be in range(0, 256)")?;
        return Ok(vec![b]);
    }
    match vm.buffer_arg(v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A start/end bound (_PyEval_SliceIndex): None, an int (clamped) or __index__.
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Some(b) = int::as_bigint(v) {
                return Ok(Some(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                    if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    },
                )));
            }
            let has_index = matches!(v, Value::Obj(o)
                if crate::objects::typeobj::user_defines(&o.class, "__index__").is_some());
            if !has_index {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            Ok(Some(vm.index_of(v)?))
        }
    }
}

/// CPython's ADJUST_INDICES.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn find_in(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    if sub.len() > hay.len() {
        return None;
    }
    if sub.len() == 1 {
        return hay.iter().position(|&c| c == sub[0]);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_in(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    if sub.len() > hay.len() {
        return None;
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_in(&hay[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    n
}

/// (needle, start, end) of find/count/index and their r-versions.
fn find_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    parse_tuple(vm, args, name, 1, 3)?;
    let sub = needle(vm, &args.pos[1])?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    Ok((sub, start, end))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<i64> {
    let (sub, start, end) = find_args(vm, args, name)?;
    let d = data(args);
    let (start, end) = adjust(start, end, d.len());
    if end - start < sub.len() as i64 {
        return Ok(-1);
    }
    let hay = &d[start as usize..end as usize];
    let r = if right {
        rfind_in(hay, &sub)
    } else {
        find_in(hay, &sub)
    };
    Ok(r.map_or(-1, |p| p as i64 + start))
}

fn find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?))
}
fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?))
}
fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "count")?;
    let d = data(&args);
    let (start, end) = adjust(start, end, d.len());
    if end < start {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_in(&d[start as usize..end as usize], &sub) as i64
    ))
}

fn tailmatch(d: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, ends: bool) -> bool {
    let (start, end) = adjust(start, end, d.len());
    let (len, slen) = (d.len() as i64, sub.len() as i64);
    if !ends {
        if start > len - slen {
            return false;
        }
        if end - start < slen {
            return false;
        }
        let s = start as usize;
        &d[s..s + sub.len()] == sub
    } else {
        if end - start < slen || start > len {
            return false;
        }
        let s = (end - slen) as usize;
        &d[s..s + sub.len()] == sub
    }
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult {
    parse_tuple(vm, &args, name, 1, 3)?;
    let start = slice_bound(vm, args.pos.get(2))?;
    let end = slice_bound(vm, args.pos.get(3))?;
    let subs: Vec<Vec<u8>> = match args.pos[1].payload() {
        Some(Payload::Tuple(t)) => {
            // Checked one by one: a match ends the search before a later bad item.
            let t = t.clone();
            let d = data(&args);
            for it in t.iter() {
                let s = vm.bytes_like(it)?;
                if tailmatch(&d, &s, start, end, ends) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
        _ => match vm.buffer_arg(&args.pos[1])? {
            Some(b) => vec![b],
            None => {
                return Err(vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(&args.pos[1])
                )))
            }
        },
    };
    let d = data(&args);
    Ok(Value::Bool(
        subs.iter().any(|s| tailmatch(&d, s, start, end, ends)),
    ))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "endswith", true)
}

/// `data.replace(old, new, count)`.
pub fn replace_bytes(d: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, up to `count` times.
        let mut n = 0;
        for (i, &c) in d.iter().enumerate() {
            if n < max {
                out.extend_from_slice(new);
                n += 1;
            } else {
                out.extend_from_slice(&d[i..]);
                return out;
            }
            out.push(c);
        }
        if n < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let (mut i, mut n) = (0, 0);
    while n < max {
        match find_in(&d[i..], old) {
            Some(p) => {
                out.extend_from_slice(&d[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    out
}

fn replace(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "replace", 2, 3)?;
    let old = vm.bytes_like(&args.pos[1])?;
    let new = vm.bytes_like(&args.pos[2])?;
    let count = match args.pos.get(3) {
        Some(c) => int::ssize_arg(vm, c)?,
        None => -1,
    };
    let d = owned(&args);
    if count == 0 || (!old.is_empty() && find_in(&d, &old).is_none()) {
        return Ok(same_or_new(vm, &args, d));
    }
    let out = replace_bytes(&d, &old, &new, count);
    if !crate::objects::sequence::fits_alloc(1, out.len()) {
        return Err(vm.memory_error());
    }
    Ok(kind(&args).make(vm, out))
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let slots = bind(vm, args, name, &["sep", "maxsplit"], 0)?;
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(s) => {
            let b = vm.bytes_like(s)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match &slots[1] {
        Some(m) => int::ssize_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, max))
}

/// bytes.split / rsplit as byte ranges.
pub fn split_ranges(d: &[u8], sep: Option<&[u8]>, max: i64, right: bool) -> Vec<(usize, usize)> {
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::new();
    match sep {
        None if !right => {
            let mut i = 0;
            let n = d.len();
            while max > 0 {
                while i < n && is_space(d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                while i < n && !is_space(d[i]) {
                    i += 1;
                }
                out.push((j, i));
                max -= 1;
            }
            while i < n && is_space(d[i]) {
                i += 1;
            }
            if i < n {
                out.push((i, n));
            }
        }
        None => {
            let mut i = d.len();
            while max > 0 {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                out.push((i, j));
                max -= 1;
            }
            while i > 0 && is_space(d[i - 1]) {
                i -= 1;
            }
            if i > 0 {
                out.push((0, i));
            }
            out.reverse();
        }
        Some(sep) if !right => {
            let mut i = 0;
            while max > 0 {
                match find_in(&d[i..], sep) {
                    Some(p) => {
                        out.push((i, i + p));
                        i += p + sep.len();
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push((i, d.len()));
        }
        Some(sep) => {
            let mut j = d.len();
            while max > 0 {
                match rfind_in(&d[..j], sep) {
                    Some(p) => {
                        out.push((p + sep.len(), j));
                        j = p;
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push((0, j));
            out.reverse();
        }
    }
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    let (sep, max) = split_args(vm, &args, name)?;
    let d = owned(&args);
    let k = kind(&args);
    let parts = split_ranges(&d, sep.as_deref(), max, right)
        .into_iter()
        .map(|(a, b)| k.make(vm, d[a..b].to_vec()))
        .collect();
    Ok(vm.new_list(parts))
}

fn split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}
fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let slots = bind(vm, &args, "splitlines", &["keepends"], 0)?;
    let keep = match &slots[0] {
        Some(v) => {
            if matches!(v, Value::Float(_)) || crate::objects::float::is_float(v) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.index_of(v)? != 0
        }
        None => false,
    };
    let d = owned(&args);
    let k = kind(&args);
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let start = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && i + 1 < d.len() && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(k.make(vm, d[start..eol].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult {
    positional(vm, &args, name, 0, 1)?;
    let chars = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(c) => Some(vm.bytes_like(c)?),
    };
    let d = owned(&args);
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut a = 0;
    let mut b = d.len();
    if left {
        while a < b && strip(d[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(d[b - 1]) {
            b -= 1;
        }
    }
    if a == 0 && b == d.len() {
        return Ok(same_or_new(vm, &args, d));
    }
    Ok(kind(&args).make(vm, d[a..b].to_vec()))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", false, true)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    positional(vm, &args, name, 1, 1)?;
    let sep = vm.bytes_like(&args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = owned(&args);
    let k = kind(&args);
    let found = if right {
        rfind_in(&d, &sep)
    } else {
        find_in(&d, &sep)
    };
    // bytes gives back the separator object itself; bytearray a new bytearray.
    let sep_v = match k {
        Kind::Bytes => args.pos[1].clone(),
        Kind::ByteArray => k.make(vm, sep.clone()),
    };
    let parts = match found {
        Some(p) => vec![
            k.make(vm, d[..p].to_vec()),
            sep_v,
            k.make(vm, d[p + sep.len()..].to_vec()),
        ],
        None if right => vec![
            k.make(vm, Vec::new()),
            k.make(vm, Vec::new()),
            same_or_new(vm, &args, d),
        ],
        None => vec![
            same_or_new(vm, &args, d),
            k.make(vm, Vec::new()),
            k.make(vm, Vec::new()),
        ],
    };
    Ok(vm.new_tuple(parts))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "join", 1, 1)?;
    let items = match vm.iterate(&args.pos[1]) {
        Ok(items) => items,
        Err(e)
            if vm.is_instance_of(&e, &vm.exc.type_error.clone())
                && vm.get_iter(&args.pos[1]).is_err() =>
        {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match vm.buffer_arg(it)? {
            Some(b) => parts.push(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    let sep = owned(&args);
    let total: usize =
        parts.iter().map(Vec::len).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    if !crate::objects::sequence::fits_alloc(1, total) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(kind(&args).make(vm, out))
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    positional(vm, &args, name, 0, 0)?;
    let out = f(&data(&args));
    Ok(kind(&args).make(vm, out))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, args, "upper", |d| d.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, args, "lower", |d| d.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    positional(vm, &args, name, 0, 0)?;
    Ok(Value::Bool(f(&data(&args))))
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}
fn isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}
fn isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|c| is_space(*c))
    })
}
fn isascii(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}
fn islower(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn isupper(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
fn fill_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<u8> {
    match args.pos.get(2) {
        None => Ok(b' '),
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
            Some(Payload::ByteArray(a)) if a.data.borrow().len() == 1 => Ok(a.data.borrow()[0]),
            _ => Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    positional(vm, &args, name, 1, 2)?;
    let width = int::ssize_arg(vm, &args.pos[1])?;
    let fill = fill_arg(vm, &args, name)?;
    let d = owned(&args);
    let len = d.len() as i64;
    if width <= len {
        return Ok(same_or_new(vm, &args, d));
    }
    if !crate::objects::sequence::fits_alloc(1, width as usize) {
        return Err(vm.memory_error());
    }
    let pad = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & (width as usize) & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.resize(out.len() + right, fill);
    Ok(kind(&args).make(vm, out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center")
}
fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust")
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "zfill", 1, 1)?;
    let width = int::ssize_arg(vm, &args.pos[1])?;
    let d = owned(&args);
    if width <= d.len() as i64 {
        return Ok(same_or_new(vm, &args, d));
    }
    if !crate::objects::sequence::fits_alloc(1, width as usize) {
        return Err(vm.memory_error());
    }
    let fill = width as usize - d.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&d);
    if matches!(d.first(), Some(b'+' | b'-')) {
        out[0] = d[0];
        out[fill] = b'0';
    }
    Ok(kind(&args).make(vm, out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let slots = bind(vm, &args, "expandtabs", &["tabsize"], 0)?;
    let tab = match &slots[0] {
        Some(v) => int::ssize_arg(vm, v)?,
        None => 8,
    };
    let d = owned(&args);
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in &d {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if !crate::objects::sequence::fits_alloc(1, out.len() + n as usize) {
                        return Err(vm.memory_error());
                    }
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(kind(&args).make(vm, out))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult {
    let slots = bind(vm, &args, "translate", &["", "delete"], 1)?;
    let table = match &slots[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = vm.bytes_like(t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &slots[1] {
        Some(v) => vm.bytes_like(v)?,
        None => Vec::new(),
    };
    let d = owned(&args);
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    if table.is_none() && out.len() == d.len() {
        return Ok(same_or_new(vm, &args, d));
    }
    Ok(kind(&args).make(vm, out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "maketrans", 2, 2)?;
    let from = vm.bytes_like(&args.pos[0])?;
    let to = vm.bytes_like(&args.pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, t2) in from.iter().zip(&to) {
        t[usize::from(*f)] = *t2;
    }
    Ok(vm.new_bytes(t))
}

fn removefix(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult {
    positional(vm, &args, name, 1, 1)?;
    let fix = vm.bytes_like(&args.pos[1])?;
    let d = owned(&args);
    let out = if prefix && d.starts_with(&fix) && !fix.is_empty() {
        d[fix.len()..].to_vec()
    } else if !prefix && d.ends_with(&fix) && !fix.is_empty() {
        d[..d.len() - fix.len()].to_vec()
    } else {
        return Ok(same_or_new(vm, &args, d));
    };
    Ok(kind(&args).make(vm, out))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    removefix(vm, args, "removeprefix", true)
}
fn removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    removefix(vm, args, "removesuffix", false)
}

fn decode(vm: &mut Vm, args: Args) -> PyResult {
    let slots = bind(vm, &args, "decode", &["encoding", "errors"], 0)?;
    let mut slots = slots.into_iter();
    let enc = crate::objects::bytes::text_arg(vm, slots.next().flatten(), "decode", "encoding")?;
    let errors = crate::objects::bytes::text_arg(vm, slots.next().flatten(), "decode", "errors")?;
    let d = owned(&args);
    let this = recv(&args).clone();
    crate::objects::codecs::decode_bytes(
        vm,
        &this,
        &d,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref(),
    )
}

/// `hex(sep=..., bytes_per_sep=1)` of `data`; `skip` arguments (the receiver) come first.
pub fn hex_with(vm: &mut Vm, d: Vec<u8>, args: Args, skip: usize) -> PyResult {
    let mut a = Args {
        pos: args.pos[skip.min(args.pos.len())..]
            .iter()
            .cloned()
            .collect(),
        kw: args.kw,
    };
    let slots = a.bind(vm, "hex", &["sep", "bytes_per_sep"], 0)?;
    let sep = match &slots[0] {
        None => None,
        Some(s) => {
            let sb: Vec<u8> = if let Some(st) = s.as_str() {
                if st.char_len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if !st.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                st.as_str().as_bytes().to_vec()
            } else if let Some(b) = vm.buffer_arg(s)? {
                if b.len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                b
            } else {
                let n = crate::builtins::len_of(vm, s)?;
                if n != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if !sb[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sb[0])
        }
    };
    let per = match &slots[1] {
        Some(v) => {
            let n = vm.index_of(v)?;
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
        None => 1,
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = d.len();
    for (i, &c) in d.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                // Groups are counted from the right for a positive count, else the left.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s as char);
                }
            }
        }
        out.push(HEX[usize::from(c >> 4)] as char);
        out.push(HEX[usize::from(c & 15)] as char);
    }
    Ok(vm.new_str(out))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let d = owned(&args);
    hex_with(vm, d, args, 1)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (a classmethod).
fn fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos[0].clone();
    let owner = match &cls {
        Value::Obj(c) if crate::objects::typeobj::is_subtype(c, &vm.types.bytearray) => "bytearray",
        _ => "bytes",
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.fromhex() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.fromhex() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(s) = args.pos[1].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: char| c.to_digit(16).filter(|_| c.is_ascii());
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(chars[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| digit(*c)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let Value::Obj(c) = &cls else {
        return Ok(vm.new_bytes(out));
    };
    if std::rc::Rc::ptr_eq(c, &vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if std::rc::Rc::ptr_eq(c, &vm.types.bytearray) {
        return Ok(vm.new_bytearray(out));
    }
    // A subclass: cls(result), as CPython does.
    let base = if crate::objects::typeobj::is_subtype(c, &vm.types.bytearray) {
        vm.new_bytearray(out)
    } else {
        vm.new_bytes(out)
    };
    vm.call1(&cls, base)
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(data(&args).len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    crate::objects::sequence::seq_getitem(vm, &args.pos[0], &args.pos[1])
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    Ok(Value::Bool(bytes_contains(vm, &args.pos[0], &args.pos[1])?))
}

/// `item in data` for bytes and bytearray.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let sub = match needle(vm, item) {
        Ok(s) => s,
        Err(e) => {
            if vm.is_instance_of(&e, &vm.exc.type_error.clone())
                && !crate::objects::bytes::is_buffer(item)
                && !int::is_int(item)
            {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(item)
                )));
            }
            return Err(e);
        }
    };
    let d = buffer(container).map(|b| find_in(&b, &sub).is_some());
    Ok(d.unwrap_or(false))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "__iter__", 0, 0)?;
    vm.get_iter_native(&args.pos[0])
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let o = args.pos[0].obj().cloned().expect("checked receiver");
    let s = vm.repr_native(&args.pos[0], &o)?;
    Ok(vm.new_str(s))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__hash__", 1, 1)?;
    Ok(Value::Int(crate::objects::bytes::hash_bytes(&data(&args))))
}

fn dunder_bytes(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "__bytes__", 0, 0)?;
    Ok(same_or_new(vm, &args, owned(&args)))
}
