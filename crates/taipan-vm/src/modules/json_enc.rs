//! `_json.make_encoder`: JSONEncoder's one-shot encoder, called as
//! `make_encoder(markers, default, encoder, indent, key_separator, item_separator,
//! sort_keys, skipkeys, allow_nan)(obj, level)` and returning a one-item tuple with the
//! whole text. `indent` is None or the str for one level (lib/json converts an int
//! indent first; CPython 3.12's C encoder leaves indentation to Python). Output, errors and the order of `default()` calls are those of the
//! Python encoder in lib/json/encoder.py.

use crate::objects::format::float_repr;
use crate::objects::native::native_class;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::collections::HashSet;
use std::rc::Rc;

const NAME: &str = "_json.Encoder";

/// How strings are escaped: inline when the encoder is one of `_json`'s own.
#[derive(Clone, Copy)]
enum Escape {
    Ascii,
    Unicode,
    Call,
}

#[derive(Clone)]
struct Encoder {
    check_circular: bool,
    default: Value,
    encoder: Value,
    escape: Escape,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

pub fn encoder_class(vm: &mut Vm) -> ObjRef {
    native_class(
        vm,
        "Encoder",
        "_json",
        &[("__new__", encoder_new), ("__call__", encoder_call)],
    )
}

fn str_arg(vm: &mut Vm, v: &Value, n: usize) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("make_encoder() argument {n} must be str, not {t}")))
        }
    }
}

fn encoder_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 10 || !args.kw.is_empty() {
        return Err(vm.type_error("make_encoder() takes exactly 9 arguments"));
    }
    let cls = args.pos[0].obj().cloned().expect("called with its class");
    let a = &args.pos[1..];
    let indent = match &a[3] {
        Value::None => None,
        v => Some(str_arg(vm, v, 4)?),
    };
    let same = |key: &str| matches!((&a[2], vm.native_types.get(key)), (Value::Obj(e), Some(n)) if Rc::ptr_eq(e, n));
    let escape = if same("_json.encode_ascii") {
        Escape::Ascii
    } else if same("_json.encode") {
        Escape::Unicode
    } else {
        Escape::Call
    };
    let state = Encoder {
        check_circular: !a[0].is_none(),
        default: a[1].clone(),
        encoder: a[2].clone(),
        escape,
        indent,
        key_sep: str_arg(vm, &a[4], 5)?,
        item_sep: str_arg(vm, &a[5], 6)?,
        sort_keys: vm.truthy(&a[6])?,
        skipkeys: vm.truthy(&a[7])?,
        allow_nan: vm.truthy(&a[8])?,
    };
    Ok(vm.new_native(&cls, state))
}

struct Run {
    enc: Encoder,
    out: String,
    markers: HashSet<i64>,
    level: usize,
}

impl Run {
    /// Opens a level of nesting: with indentation, a newline and the deeper indent.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        if let Some(ind) = &self.enc.indent {
            self.level += 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn separate(&mut self) {
        self.out.push_str(&self.enc.item_sep);
        if let Some(ind) = &self.enc.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(ind) = &self.enc.indent {
            self.level -= 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
        self.out.push(bracket);
    }
}

fn encoder_call(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 3 || !args.kw.is_empty() {
        return Err(vm.type_error("_iterencode() takes exactly 2 arguments"));
    }
    let enc = vm.native_mut::<Encoder>(&args.pos[0], NAME)?.clone();
    let level = crate::objects::int::as_i64(&args.pos[2])
        .unwrap_or(0)
        .max(0) as usize;
    let mut run = Run {
        enc,
        out: String::new(),
        markers: HashSet::new(),
        level,
    };
    encode(vm, &mut run, &args.pos[1])?;
    let text = vm.new_str(std::mem::take(&mut run.out));
    Ok(vm.new_tuple(vec![text]))
}

fn float_text(vm: &mut Vm, run: &Run, f: f64) -> PyResult<String> {
    let special = if f.is_nan() {
        "NaN"
    } else if f == f64::INFINITY {
        "Infinity"
    } else if f == f64::NEG_INFINITY {
        "-Infinity"
    } else {
        return Ok(float_repr(f));
    };
    if !run.enc.allow_nan {
        return Err(vm.value_error(format!(
            "Out of range float values are not JSON compliant: {}",
            float_repr(f)
        )));
    }
    Ok(special.to_string())
}

fn push_str(vm: &mut Vm, run: &mut Run, v: &Value, s: &str) -> PyResult<()> {
    match run.enc.escape {
        Escape::Ascii => crate::modules::json::escape_into(&mut run.out, s, true),
        Escape::Unicode => crate::modules::json::escape_into(&mut run.out, s, false),
        Escape::Call => {
            let r = vm.call(&run.enc.encoder, Args::new([v.clone()]))?;
            match r.as_str() {
                Some(t) => run.out.push_str(t.as_str()),
                None => {
                    let t = vm.type_name(&r);
                    return Err(vm.type_error(format!("encoder() must return a string, not {t}")));
                }
            }
        }
    }
    Ok(())
}

/// Records `v` as being encoded; a second visit is a cycle.
fn enter(vm: &mut Vm, run: &mut Run, v: &Value) -> PyResult<()> {
    if run.enc.check_circular && !run.markers.insert(v.id()) {
        return Err(vm.value_error("Circular reference detected"));
    }
    Ok(())
}

fn leave(run: &mut Run, v: &Value) {
    if run.enc.check_circular {
        run.markers.remove(&v.id());
    }
}

fn encode(vm: &mut Vm, run: &mut Run, v: &Value) -> PyResult<()> {
    match v {
        Value::None => run.out.push_str("null"),
        Value::Bool(true) => run.out.push_str("true"),
        Value::Bool(false) => run.out.push_str("false"),
        Value::Int(i) => run.out.push_str(&i.to_string()),
        Value::Float(f) => {
            let t = float_text(vm, run, *f)?;
            run.out.push_str(&t);
        }
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => push_str(vm, run, v, s.as_str())?,
            Payload::Int(b) => run.out.push_str(&b.to_string()),
            Payload::Float(f) => {
                let t = float_text(vm, run, *f)?;
                run.out.push_str(&t);
            }
            Payload::List(l) => {
                let items = l.borrow().clone();
                let what = " while encoding a JSON object";
                vm.recursing(what, |vm| encode_seq(vm, run, v, &items))?;
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                let what = " while encoding a JSON object";
                vm.recursing(what, |vm| encode_seq(vm, run, v, &items))?;
            }
            Payload::Dict(_) => {
                let what = " while encoding a JSON object";
                vm.recursing(what, |vm| encode_dict(vm, run, v))?;
            }
            _ => encode_other(vm, run, v)?,
        },
        _ => encode_other(vm, run, v)?,
    }
    Ok(())
}

/// An object JSON has no form for: encode what `default(v)` returns instead.
fn encode_other(vm: &mut Vm, run: &mut Run, v: &Value) -> PyResult<()> {
    enter(vm, run, v)?;
    let what = " while encoding a JSON object";
    let default = run.enc.default.clone();
    vm.recursing(what, |vm| {
        let r = vm.call(&default, Args::new([v.clone()]))?;
        encode(vm, run, &r)
    })?;
    leave(run, v);
    Ok(())
}

fn encode_seq(vm: &mut Vm, run: &mut Run, v: &Value, items: &[Value]) -> PyResult<()> {
    if items.is_empty() {
        run.out.push_str("[]");
        return Ok(());
    }
    enter(vm, run, v)?;
    run.open('[');
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            run.separate();
        }
        encode(vm, run, item)?;
    }
    run.close(']');
    leave(run, v);
    Ok(())
}

/// The (key, value) pairs of a dict to encode: its entries for an exact dict, else what
/// its `items()` gives; sorted by `sorted()` when sort_keys is set.
fn dict_items(vm: &mut Vm, run: &Run, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    let exact = matches!(v, Value::Obj(o) if Rc::ptr_eq(&o.class, &vm.types.dict));
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if exact && !run.enc.sort_keys {
        if let Some(Payload::Dict(d)) = v.payload() {
            pairs = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
        }
        return Ok(pairs);
    }
    let items = vm.get_attr_str(v, "items")?;
    let mut items = vm.call(&items, Args::new([]))?;
    if run.enc.sort_keys {
        let sorted = vm.get_builtin("sorted").expect("builtin sorted");
        items = vm.call(&sorted, Args::new([items]))?;
    }
    for pair in vm.iterate(&items)? {
        match pair.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => pairs.push((t[0].clone(), t[1].clone())),
            _ => return Err(vm.value_error("items must return 2-tuples")),
        }
    }
    Ok(pairs)
}

/// The text of a dict key (unquoted), or None to skip it.
fn key_text(vm: &mut Vm, run: &Run, k: &Value) -> PyResult<Option<String>> {
    Ok(Some(match k {
        Value::None => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_text(vm, run, *f)?,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Int(b) => b.to_string(),
            Payload::Float(f) => float_text(vm, run, *f)?,
            _ => return bad_key(vm, run, k),
        },
        _ => return bad_key(vm, run, k),
    }))
}

fn bad_key(vm: &mut Vm, run: &Run, k: &Value) -> PyResult<Option<String>> {
    if run.enc.skipkeys {
        return Ok(None);
    }
    let t = vm.type_name(k);
    Err(vm.type_error(format!(
        "keys must be str, int, float, bool or None, not {t}"
    )))
}

fn encode_dict(vm: &mut Vm, run: &mut Run, v: &Value) -> PyResult<()> {
    let empty = matches!(v.payload(), Some(Payload::Dict(d)) if d.borrow().is_empty());
    if empty {
        run.out.push_str("{}");
        return Ok(());
    }
    enter(vm, run, v)?;
    let pairs = dict_items(vm, run, v)?;
    run.open('{');
    let mut first = true;
    for (k, val) in &pairs {
        let Some(text) = key_text(vm, run, k)? else {
            continue;
        };
        if !first {
            run.separate();
        }
        first = false;
        if k.as_str().is_some() {
            push_str(vm, run, k, &text)?;
        } else {
            let key = vm.new_str(text.clone());
            push_str(vm, run, &key, &text)?;
        }
        let sep = std::mem::take(&mut run.enc.key_sep);
        run.out.push_str(&sep);
        run.enc.key_sep = sep;
        encode(vm, run, val)?;
    }
    run.close('}');
    leave(run, v);
    Ok(())
}
