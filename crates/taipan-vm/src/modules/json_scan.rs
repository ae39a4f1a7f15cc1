//! `_json.make_scanner`: `make_scanner(decoder)` is a callable `scan_once(string, idx)`
//! -> (value, end) parsing a whole JSON value natively, with the decoder's options
//! (strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) read
//! once at construction, as CPython's C scanner does. No value at `idx` raises
//! StopIteration(idx); malformed input raises JSONDecodeError with the messages and
//! positions of lib/json/decoder.py.

use crate::modules::json::{byte_index, char_index, raise, scan_str, ScanError};
use crate::objects::native::native_class;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::collections::HashMap;

const NAME: &str = "_json.Scanner";

struct Scanner {
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

pub fn scanner_class(vm: &mut Vm) -> ObjRef {
    native_class(
        vm,
        "Scanner",
        "_json",
        &[("__new__", scanner_new), ("__call__", scanner_call)],
    )
}

fn scanner_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error("make_scanner() takes exactly 1 argument"));
    }
    let cls = args.pos[0].obj().cloned().expect("called with its class");
    let ctx = &args.pos[1];
    let strict = vm.get_attr_str(ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let state = Scanner {
        strict,
        object_hook: vm.get_attr_str(ctx, "object_hook")?,
        pairs_hook: vm.get_attr_str(ctx, "object_pairs_hook")?,
        parse_float: vm.get_attr_str(ctx, "parse_float")?,
        parse_int: vm.get_attr_str(ctx, "parse_int")?,
        parse_constant: vm.get_attr_str(ctx, "parse_constant")?,
    };
    Ok(vm.new_native(&cls, state))
}

/// One scan's state: the options (cloned out of the scanner, so hooks may run freely)
/// and the memo that makes repeated object keys share one str.
struct Cx<'a> {
    s: &'a str,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    float_default: bool,
    int_default: bool,
    memo: HashMap<String, Value>,
}

type Scan<T> = Result<T, ScanError>;

fn scanner_call(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 3 || !args.kw.is_empty() {
        return Err(vm.type_error("scan_once() takes exactly 2 arguments"));
    }
    let doc = args.pos[1].clone();
    let Some(text) = doc.as_str() else {
        let t = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let Some(idx) = crate::objects::int::as_i64(&args.pos[2]) else {
        let t = vm.type_name(&args.pos[2]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let s = text.as_str();
    let Some(start) = byte_index(s, idx as usize).filter(|&b| b < s.len()) else {
        return Err(vm.stop_iteration(Value::Int(idx)));
    };
    let mut cx = {
        let st = vm.native_mut::<Scanner>(&args.pos[0], NAME)?;
        Cx {
            s,
            strict: st.strict,
            object_hook: st.object_hook.clone(),
            pairs_hook: st.pairs_hook.clone(),
            parse_float: st.parse_float.clone(),
            parse_int: st.parse_int.clone(),
            parse_constant: st.parse_constant.clone(),
            float_default: false,
            int_default: false,
            memo: HashMap::new(),
        }
    };
    cx.float_default =
        matches!(&cx.parse_float, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.float));
    cx.int_default =
        matches!(&cx.parse_int, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.int));
    match value(vm, &mut cx, start) {
        Ok(Some((v, end))) => {
            let end = Value::Int(char_index(s, end) as i64);
            Ok(vm.new_tuple(vec![v, end]))
        }
        Ok(None) => Err(vm.stop_iteration(Value::Int(idx))),
        Err(e) => Err(raise(vm, e, &doc)),
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

fn py<T>(r: PyResult<T>) -> Scan<T> {
    r.map_err(ScanError::Py)
}

/// The value starting at byte `i`, or None when no value starts there.
fn value(vm: &mut Vm, cx: &mut Cx, i: usize) -> Scan<Option<(Value, usize)>> {
    let b = cx.s.as_bytes();
    let Some(&c) = b.get(i) else {
        return Ok(None);
    };
    let rest = &b[i..];
    let found = match c {
        b'"' => {
            let (t, end) = scan_str(cx.s, i + 1, cx.strict)?;
            (vm.new_str(t), end)
        }
        b'{' => {
            let what = " while decoding a JSON object from a unicode string";
            py(vm.recursing(what, |vm| Ok(object(vm, cx, i + 1))))??
        }
        b'[' => {
            let what = " while decoding a JSON array from a unicode string";
            py(vm.recursing(what, |vm| Ok(array(vm, cx, i + 1))))??
        }
        b'n' if rest.starts_with(b"null") => (Value::None, i + 4),
        b't' if rest.starts_with(b"true") => (Value::Bool(true), i + 4),
        b'f' if rest.starts_with(b"false") => (Value::Bool(false), i + 5),
        b'N' if rest.starts_with(b"NaN") => (constant(vm, cx, "NaN")?, i + 3),
        b'I' if rest.starts_with(b"Infinity") => (constant(vm, cx, "Infinity")?, i + 8),
        b'-' if rest.starts_with(b"-Infinity") => (constant(vm, cx, "-Infinity")?, i + 9),
        b'-' | b'0'..=b'9' => return number(vm, cx, i),
        _ => return Ok(None),
    };
    Ok(Some(found))
}

fn constant(vm: &mut Vm, cx: &Cx, name: &str) -> Scan<Value> {
    let arg = vm.new_str(name);
    py(vm.call(&cx.parse_constant, Args::new([arg])))
}

fn digits(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at byte `start`.
fn number(vm: &mut Vm, cx: &Cx, start: usize) -> Scan<Option<(Value, usize)>> {
    let b = cx.s.as_bytes();
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => i = digits(b, i + 1),
        _ => return Ok(None),
    }
    let mut is_float = false;
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i = digits(b, i + 2);
        is_float = true;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        let mut j = i + 1;
        if let Some(b'-' | b'+') = b.get(j) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = digits(b, j + 1);
            is_float = true;
        }
    }
    let text = &cx.s[start..i];
    let v = if is_float {
        match text.parse::<f64>() {
            Ok(f) if cx.float_default => vm.new_float(f),
            _ => {
                let arg = vm.new_str(text);
                py(vm.call(&cx.parse_float, Args::new([arg])))?
            }
        }
    } else {
        match text.parse::<i64>() {
            // Long digit strings go through int() for its digit limit.
            Ok(n) if cx.int_default && text.len() <= 18 => Value::Int(n),
            _ => {
                let arg = vm.new_str(text);
                py(vm.call(&cx.parse_int, Args::new([arg])))?
            }
        }
    };
    Ok(Some((v, i)))
}

fn expect_value(vm: &mut Vm, cx: &mut Cx, i: usize) -> Scan<(Value, usize)> {
    value(vm, cx, i)?.ok_or(ScanError::Decode("Expecting value", i))
}

const PROPERTY: &str = "Expecting property name enclosed in double quotes";

/// The members of an object whose '{' is just before byte `i`.
fn object(vm: &mut Vm, cx: &mut Cx, i: usize) -> Scan<(Value, usize)> {
    let b = cx.s.as_bytes();
    let mut i = skip_ws(b, i);
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    match b.get(i) {
        Some(b'"') => {}
        Some(b'}') => return finish_object(vm, cx, pairs, i + 1),
        _ => return Err(ScanError::Decode(PROPERTY, i)),
    }
    i += 1;
    loop {
        let (key, end) = scan_str(cx.s, i, cx.strict)?;
        let key = match cx.memo.get(&key) {
            Some(k) => k.clone(),
            None => {
                let k = vm.new_str(key.clone());
                cx.memo.insert(key, k.clone());
                k
            }
        };
        i = end;
        if b.get(i) != Some(&b':') {
            i = skip_ws(b, i);
            if b.get(i) != Some(&b':') {
                return Err(ScanError::Decode("Expecting ':' delimiter", i));
            }
        }
        i = skip_ws(b, i + 1);
        let (v, end) = expect_value(vm, cx, i)?;
        pairs.push((key, v));
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b'}') => return finish_object(vm, cx, pairs, i + 1),
            Some(b',') => {}
            _ => return Err(ScanError::Decode("Expecting ',' delimiter", i)),
        }
        i = skip_ws(b, i + 1);
        if b.get(i) != Some(&b'"') {
            return Err(ScanError::Decode(PROPERTY, i));
        }
        i += 1;
    }
}

fn finish_object(
    vm: &mut Vm,
    cx: &Cx,
    pairs: Vec<(Value, Value)>,
    end: usize,
) -> Scan<(Value, usize)> {
    if !cx.pairs_hook.is_none() {
        let items = pairs
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect();
        let list = vm.new_list(items);
        let r = py(vm.call(&cx.pairs_hook, Args::new([list])))?;
        return Ok((r, end));
    }
    let d = vm.new_dict();
    if let Some(Payload::Dict(dd)) = d.payload() {
        for (k, v) in pairs {
            // A replaced value is dropped only after the borrow ends.
            let old = dd.borrow_mut().set_str_returning(k, v);
            drop(old);
        }
    }
    if cx.object_hook.is_none() {
        return Ok((d, end));
    }
    let r = py(vm.call(&cx.object_hook, Args::new([d])))?;
    Ok((r, end))
}

/// The elements of an array whose '[' is just before byte `i`.
fn array(vm: &mut Vm, cx: &mut Cx, i: usize) -> Scan<(Value, usize)> {
    let b = cx.s.as_bytes();
    let mut i = skip_ws(b, i);
    let mut items = Vec::new();
    if b.get(i) == Some(&b']') {
        return Ok((vm.new_list(items), i + 1));
    }
    loop {
        let (v, end) = expect_value(vm, cx, i)?;
        items.push(v);
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b']') => return Ok((vm.new_list(items), i + 1)),
            Some(b',') => {}
            _ => return Err(ScanError::Decode("Expecting ',' delimiter", i)),
        }
        i = skip_ws(b, i + 1);
    }
}
