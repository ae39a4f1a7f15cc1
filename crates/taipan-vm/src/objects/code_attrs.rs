//! The code object's attributes (`co_*` properties in its type dict, so `dir()` lists
//! them), `co_lines()`, `co_positions()` and `replace()`. Taipan's bytecode is its own: `co_code` holds its instruction words (four
//! bytes each, little-endian) and the offsets `co_lines()` reports index into it.

use crate::objects::function::PyCode;
use crate::objects::typeobj;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::rc::Rc;
use taipan_bytecode::code::CodeObject;

/// Bytes per instruction word in `co_code`.
const WORD: usize = 4;

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("co_argcount", |vm, a| count(vm, a, |co| co.argcount)),
    ("co_posonlyargcount", |vm, a| {
        count(vm, a, |co| co.posonlyargcount)
    }),
    ("co_kwonlyargcount", |vm, a| {
        count(vm, a, |co| co.kwonlyargcount)
    }),
    ("co_flags", |vm, a| count(vm, a, |co| co.flags)),
    ("co_firstlineno", |vm, a| count(vm, a, |co| co.firstlineno)),
    ("co_nlocals", co_nlocals),
    ("co_name", |vm, a| text(vm, a, |co| &co.name)),
    ("co_qualname", |vm, a| text(vm, a, |co| &co.qualname)),
    ("co_filename", |vm, a| text(vm, a, |co| &co.filename)),
    ("co_varnames", co_varnames),
    ("co_cellvars", |vm, a| names(vm, a, |co| &co.cellvars)),
    ("co_freevars", |vm, a| names(vm, a, |co| &co.freevars)),
    ("co_names", |vm, a| names(vm, a, |co| &co.names)),
    ("co_consts", co_consts),
    ("co_stacksize", co_stacksize),
    ("co_code", co_code),
    ("co_linetable", co_empty_table),
    ("co_exceptiontable", co_empty_table),
];

const METHODS: &[(&str, NativeFn)] = &[
    ("co_lines", co_lines),
    ("co_positions", co_positions),
    ("replace", replace),
];

pub fn install(vm: &mut Vm) {
    let cls = vm.types.code.clone();
    for (name, f) in PROPERTIES {
        let fget = vm.new_builtin(name, *f);
        let p = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, &cls, name, p);
    }
    typeobj::add_methods(vm, &cls, METHODS);
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyCode>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'code' object"))),
    }
}

fn count(vm: &mut Vm, args: Args, field: fn(&CodeObject) -> u32) -> PyResult {
    let c = this(vm, &args, "code attribute")?;
    Ok(Value::Int(i64::from(field(&c.co))))
}

fn text(vm: &mut Vm, args: Args, field: fn(&CodeObject) -> &Rc<str>) -> PyResult {
    let c = this(vm, &args, "code attribute")?;
    Ok(vm.new_str(field(&c.co).to_string()))
}

fn names(vm: &mut Vm, args: Args, field: fn(&CodeObject) -> &Vec<Rc<str>>) -> PyResult {
    let c = this(vm, &args, "code attribute")?;
    let v = field(&c.co)
        .iter()
        .map(|s| vm.new_str(s.to_string()))
        .collect();
    Ok(vm.new_tuple(v))
}

fn co_varnames(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "co_varnames")?;
    let v = shown_varnames(&c.co)
        .into_iter()
        .map(|i| vm.new_str(c.co.varnames[i].to_string()))
        .collect();
    Ok(vm.new_tuple(v))
}

fn co_nlocals(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "co_nlocals")?;
    Ok(Value::Int(shown_varnames(&c.co).len() as i64))
}

fn co_consts(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "co_consts")?;
    Ok(vm.new_tuple(c.consts.clone()))
}

fn co_stacksize(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "co_stacksize")?;
    Ok(Value::Int(i64::from(c.co.stacksize)))
}

fn code_bytes(co: &CodeObject) -> Vec<u8> {
    co.code.iter().flat_map(|w| w.to_le_bytes()).collect()
}

fn co_code(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "co_code")?;
    Ok(vm.new_bytes(code_bytes(&c.co)))
}

/// co_linetable / co_exceptiontable: CPython's compressed tables have no Taipan
/// counterpart (co_lines(), co_positions() and the tracebacks give the same facts).
fn co_empty_table(vm: &mut Vm, args: Args) -> PyResult {
    this(vm, &args, "co_linetable")?;
    Ok(vm.new_bytes(Vec::new()))
}

fn line_or_none(n: u32) -> Value {
    if n == 0 {
        Value::None
    } else {
        Value::Int(i64::from(n))
    }
}

/// `co_lines()`: (start, end, line) for each run of instructions on one line.
fn co_lines(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "co_lines", 1, 1)?;
    let c = this(vm, &args, "co_lines")?;
    let mut runs: Vec<(usize, usize, u32)> = Vec::new();
    for i in 0..c.co.code.len() {
        let line = c.co.line_at(i);
        match runs.last_mut() {
            Some(r) if r.2 == line => r.1 = (i + 1) * WORD,
            _ => runs.push((i * WORD, (i + 1) * WORD, line)),
        }
    }
    let items = runs
        .into_iter()
        .map(|(s, e, l)| {
            vm.new_tuple(vec![
                Value::Int(s as i64),
                Value::Int(e as i64),
                line_or_none(l),
            ])
        })
        .collect();
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

/// `co_positions()`: (line, end_line, col, end_col) for each instruction.
fn co_positions(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "co_positions", 1, 1)?;
    let c = this(vm, &args, "co_positions")?;
    let items = (0..c.co.code.len())
        .map(|i| {
            let l = c.co.locations.get(i).copied().unwrap_or_default();
            let (col, end_col) = if l.line == 0 {
                (Value::None, Value::None)
            } else {
                (
                    Value::Int(i64::from(l.col)),
                    Value::Int(i64::from(l.end_col)),
                )
            };
            vm.new_tuple(vec![
                line_or_none(l.line),
                line_or_none(l.end_line),
                col,
                end_col,
            ])
        })
        .collect();
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

/// The indices into `co.varnames` that `co_varnames` shows: CPython lists a captured
/// local only among the cell variables, unless it is a parameter.
pub fn shown_varnames(co: &CodeObject) -> Vec<usize> {
    let nargs = co.total_args();
    (0..co.varnames.len())
        .filter(|&i| i < nargs || !co.cellvars.contains(&co.varnames[i]))
        .collect()
}

/// `code == code`: the same code with identical constants.
pub fn code_eq(x: &PyCode, y: &PyCode) -> bool {
    (Rc::ptr_eq(&x.co, &y.co) || *x.co == *y.co)
        && x.consts.len() == y.consts.len()
        && x.consts.iter().zip(&y.consts).all(|(a, b)| a.is(b))
}

fn str_arg(vm: &Vm, v: &Value, key: &str) -> PyResult<Rc<str>> {
    match v.as_str() {
        Some(s) => Ok(Rc::from(s.as_str())),
        None => Err(vm.type_error(format!(
            "replace() argument '{key}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn tuple_arg(vm: &Vm, v: &Value, key: &str) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!(
            "replace() argument '{key}' must be tuple, not {}",
            vm.type_name(v)
        ))),
    }
}

fn names_arg(vm: &Vm, v: &Value, key: &str, len: usize) -> PyResult<Vec<Rc<str>>> {
    let items = tuple_arg(vm, v, key)?;
    if items.len() != len {
        return Err(vm.not_implemented_error(format!(
            "code.replace() changing the number of {key} is not supported by Taipan"
        )));
    }
    items
        .iter()
        .map(|i| match i.as_str() {
            Some(s) => Ok(Rc::from(s.as_str())),
            None => Err(vm.type_error(format!(
                "name tuples must contain only strings, not '{}'",
                vm.type_name(i)
            ))),
        })
        .collect()
}

fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n = vm.index_of(v)?;
    u32::try_from(n).map_err(|_| vm.value_error("code: argument counts must not be negative"))
}

/// `code.replace(**changes)`: a copy with the given `co_*` fields replaced. The
/// instructions and their tables cannot change (Taipan's bytecode is not CPython's).
fn replace(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "replace")?;
    if args.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut co: CodeObject = (*c.co).clone();
    let mut consts = c.consts.clone();
    let mut nlocals = None;
    for (key, v) in &args.kw {
        match &**key {
            "co_argcount" => co.argcount = count_arg(vm, v)?,
            "co_posonlyargcount" => co.posonlyargcount = count_arg(vm, v)?,
            "co_kwonlyargcount" => co.kwonlyargcount = count_arg(vm, v)?,
            "co_nlocals" => nlocals = Some(count_arg(vm, v)? as usize),
            "co_stacksize" => co.stacksize = count_arg(vm, v)?,
            "co_flags" => co.flags = count_arg(vm, v)?,
            "co_firstlineno" => co.firstlineno = count_arg(vm, v)?,
            "co_name" => co.name = str_arg(vm, v, key)?,
            "co_qualname" => co.qualname = str_arg(vm, v, key)?,
            "co_filename" => co.filename = str_arg(vm, v, key)?,
            "co_consts" => {
                let items = tuple_arg(vm, v, key)?;
                if items.len() != consts.len() {
                    return Err(vm.not_implemented_error(
                        "code.replace() changing the number of co_consts is not supported by Taipan",
                    ));
                }
                consts = items;
            }
            "co_names" => co.names = names_arg(vm, v, key, co.names.len())?,
            "co_freevars" => co.freevars = names_arg(vm, v, key, co.freevars.len())?,
            "co_cellvars" => co.cellvars = names_arg(vm, v, key, co.cellvars.len())?,
            "co_varnames" => {
                let shown = shown_varnames(&c.co);
                let names = names_arg(vm, v, key, shown.len())?;
                for (i, n) in shown.into_iter().zip(names) {
                    co.varnames[i] = n;
                }
            }
            "co_code" | "co_linetable" | "co_exceptiontable" => {
                let current = match &**key {
                    "co_code" => code_bytes(&c.co),
                    _ => Vec::new(),
                };
                let same = matches!(v.payload(), Some(Payload::Bytes(b)) if b[..] == current[..]);
                if !same {
                    return Err(vm.not_implemented_error(format!(
                        "code.replace({key}=...) with other bytecode is not supported by Taipan"
                    )));
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    if nlocals.is_some_and(|n| n != shown_varnames(&co).len()) {
        return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
    }
    if co.total_args() > co.varnames.len() || co.posonlyargcount > co.argcount {
        return Err(vm.value_error("code: varnames is too small"));
    }
    let mut code = vm.load_code(Rc::new(co));
    // Constants given to replace() are the new code's own objects.
    if let Some(pc) = Rc::get_mut(&mut code) {
        pc.consts = consts;
    }
    Ok(vm.alloc(&vm.types.code.clone(), Payload::Code(code)))
}
