//! `compile()`, `exec()` and `eval()`: source text or bytes → code objects, and running a
//! code object over globals and locals the caller chooses (by default the caller's own).

use crate::objects::function::{PyCode, PyFunction};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use taipan_bytecode::code::flags;
use taipan_compiler::Mode;

/// `PyCF_ONLY_AST`: compile() would return an AST, and Taipan has no `ast` module.
const ONLY_AST: i64 = 0x400;
/// The flags compile() accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE |
/// PyCF_COMPILE_MASK): the `__future__` features, CO_NESTED and the compiler options.
const KNOWN_FLAGS: i64 = 0x1fe_0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;
/// Future features that change what code means (`annotations`, `barry_as_FLUFL`); the
/// others are no-ops in Python 3.
const UNSUPPORTED_FUTURES: &[(i64, &str)] = &[
    (0x100_0000, "'from __future__ import annotations'"),
    (0x40_0000, "'from __future__ import barry_as_FLUFL'"),
];

/// Set once exec/eval runs code with globals whose `__builtins__` is not the builtins
/// module: from then on global lookups consult `__builtins__` (see `custom_builtins`).
/// Until then they skip that lookup, so programs that never do this pay nothing.
pub static CUSTOM_BUILTINS: AtomicBool = AtomicBool::new(false);

/// The builtins that code running with `globals` sees when they are not the builtins
/// module: `globals['__builtins__']` (a module stands for its dict). CPython takes them
/// from the globals when a frame starts; Taipan looks at each lookup, which differs only
/// if `__builtins__` is rebound while the code runs.
pub fn custom_builtins(vm: &Vm, globals: &ObjRef) -> Option<Value> {
    let Payload::Dict(d) = &globals.payload else {
        return None;
    };
    let b = d.borrow().get_str("__builtins__")?;
    match &b {
        Value::Obj(o) if Rc::ptr_eq(o, &vm.builtins) || Rc::ptr_eq(o, &vm.builtins_dict) => None,
        Value::Obj(o) => match &o.payload {
            Payload::Module(m) if Rc::ptr_eq(&m.dict, &vm.builtins_dict) => None,
            Payload::Module(m) => Some(Value::Obj(m.dict.clone())),
            _ => Some(b.clone()),
        },
        _ => Some(b.clone()),
    }
}

/// Source text or bytes given to compile/exec/eval.
enum Source {
    Text(String),
    Bytes(Vec<u8>),
}

/// `_Py_SourceAsString`: str or bytes, never with a NUL (CPython passes a C string on).
fn source_arg(vm: &mut Vm, v: &Value, fname: &str, what: &str) -> PyResult<Option<Source>> {
    let src = match v.payload() {
        Some(Payload::Str(s)) => Source::Text(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Source::Bytes(b.to_vec()),
        Some(Payload::Code(_)) => return Ok(None),
        _ => {
            return Err(vm.type_error(format!("{fname}() arg 1 must be a {what} object")));
        }
    };
    let has_nul = match &src {
        Source::Text(s) => s.contains('\0'),
        Source::Bytes(b) => b.contains(&0),
    };
    if has_nul {
        let cls = vm.exc.syntax_error.clone();
        return Err(vm.new_exception(&cls, "source code string cannot contain null bytes"));
    }
    Ok(Some(src))
}

/// Compiles at the optimisation level `optimize` (exec and eval strings: the
/// interpreter's, as CPython).
fn compile_source(
    vm: &mut Vm,
    src: &Source,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> PyResult<Rc<PyCode>> {
    let r = match src {
        Source::Text(s) => taipan_compiler::compile_source_opt(s, filename, mode, optimize),
        Source::Bytes(b) => taipan_compiler::compile_bytes_mode_opt(b, filename, mode, optimize),
    };
    match r {
        Ok(co) => Ok(vm.load_code(Rc::new(co))),
        Err(e) => Err(vm.syntax_error(&e)),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
/// _feature_version=-1)`
pub fn compile(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.len()
        )));
    }
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let slots = args.bind(vm, "compile", &names, 3)?;
    let [source, filename, mode, cflags, _dont_inherit, optimize, _feature] = &slots[..] else {
        return Err(vm.type_error("compile() missing required arguments"));
    };
    let source = source.clone().unwrap_or(Value::None);
    let filename = filename_arg(vm, filename.as_ref().unwrap_or(&Value::None))?;
    let mode = mode.clone().unwrap_or(Value::None);
    let Some(mode) = mode.as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(&mode)
        )));
    };
    let cflags = match cflags {
        Some(v) => crate::objects::int::clamped_arg(vm, v)?,
        None => 0,
    };
    let optimize = match optimize {
        Some(v) => crate::objects::int::clamped_arg(vm, v)?,
        None => -1,
    };
    if cflags & !KNOWN_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if cflags & ONLY_AST == 0 => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
        }
        "func_type" => Mode::Exec,
        _ if cflags & ONLY_AST != 0 => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if cflags & ONLY_AST != 0 {
        return Err(vm.not_implemented_error(
            "Taipan does not support PyCF_ONLY_AST (compiling to an AST) yet",
        ));
    }
    for (bit, what) in UNSUPPORTED_FUTURES {
        if cflags & bit != 0 {
            return Err(vm.not_implemented_error(format!("Taipan does not support {what} yet")));
        }
    }
    // -1: the interpreter's own level (-O).
    let optimize = u32::try_from(optimize).unwrap_or(vm.config.optimize);
    if let Some(Payload::Code(_)) = source.payload() {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    let Some(src) = source_arg(vm, &source, "compile", "string, bytes or AST")? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let code = compile_source(vm, &src, &filename, mode, optimize)?;
    Ok(vm.alloc(&vm.types.code.clone(), Payload::Code(code)))
}

/// compile()'s filename goes through `PyUnicode_FSDecoder`: str, bytes or a path-like.
fn filename_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => return Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => return Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {}
    }
    if let Some(f) = typeobj::lookup(vm.type_of(v), "__fspath__") {
        let p = vm.call1(&f, v.clone())?;
        match p.payload() {
            Some(Payload::Str(s)) => return Ok(s.as_str().to_string()),
            Some(Payload::Bytes(b)) => return Ok(String::from_utf8_lossy(b).into_owned()),
            _ => {}
        }
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(v)
    )))
}

/// `PyMapping_Check`: the type can be subscripted.
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
        || typeobj::lookup(vm.type_of(v), "__getitem__").is_some()
}

fn is_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

/// The namespaces exec/eval run in: the caller's when `globals` is None (its locals too
/// when `locals` is None), else `globals` for both unless `locals` is given.
fn namespaces(vm: &mut Vm, globals: Value, locals: Value) -> PyResult<(Value, Value)> {
    if globals.is_none() {
        let g = match vm.frames.last() {
            Some(f) => Value::Obj(f.globals.clone()),
            None => Value::Obj(vm.builtins_dict.clone()),
        };
        let l = if locals.is_none() {
            Value::Obj(crate::namespaces::current_locals(vm)?)
        } else {
            locals
        };
        return Ok((g, l));
    }
    let l = if locals.is_none() {
        globals.clone()
    } else {
        locals
    };
    Ok((globals, l))
}

/// As CPython: code run with globals that lack `__builtins__` gets the builtins dict.
fn ensure_builtins(vm: &mut Vm, globals: &Value) -> PyResult<()> {
    let k = vm.intern("__builtins__");
    if vm.dict_get_item(globals, &k)?.is_none() {
        let b = Value::Obj(vm.builtins_dict.clone());
        vm.dict_set_item(globals, k, b)?;
    } else if let Some(g) = globals.obj() {
        if custom_builtins(vm, g).is_some() {
            CUSTOM_BUILTINS.store(true, Ordering::Relaxed);
        }
    }
    Ok(())
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`
pub fn exec(vm: &mut Vm, mut args: Args) -> PyResult {
    match args.len() {
        0 => return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)")),
        n if n > 3 => {
            return Err(vm.type_error(format!(
                "exec() takes at most 3 positional arguments ({n} given)"
            )))
        }
        _ => {}
    }
    let closure = args.take_kw("closure").filter(|c| !c.is_none());
    args.invalid_kw(vm, "exec")?;
    let source = args.pos[0].clone();
    let globals = args.pos.get(1).cloned().unwrap_or(Value::None);
    let locals = args.pos.get(2).cloned().unwrap_or(Value::None);
    let (globals, locals) = namespaces(vm, globals, locals)?;
    if !is_dict(&globals) {
        return Err(vm.type_error(format!(
            "exec() globals must be a dict, not {}",
            vm.type_name(&globals)
        )));
    }
    if !is_mapping(vm, &locals) {
        return Err(vm.type_error(format!(
            "locals must be a mapping or None, not {}",
            vm.type_name(&locals)
        )));
    }
    ensure_builtins(vm, &globals)?;
    let code = match source_arg(vm, &source, "exec", "string, bytes or code")? {
        None => {
            let Some(Payload::Code(code)) = source.payload() else {
                return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object"));
            };
            code.clone()
        }
        Some(src) => {
            if closure.is_some() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            compile_source(vm, &src, "<string>", Mode::Exec, vm.config.optimize)?
        }
    };
    let cells = closure_cells(vm, &code, closure)?;
    vm.run_code(code, &globals, &locals, cells)?;
    Ok(Value::None)
}

/// The cells a code object with free variables runs with: exactly one per free variable.
fn closure_cells(vm: &mut Vm, code: &PyCode, closure: Option<Value>) -> PyResult<Box<[Value]>> {
    let nfree = code.co.freevars.len();
    if nfree == 0 {
        if closure.is_some() {
            return Err(vm.type_error("cannot use a closure with this code object"));
        }
        return Ok(Box::new([]));
    }
    let cells = match closure.as_ref().and_then(|c| c.obj()) {
        Some(o) if Rc::ptr_eq(&o.class, &vm.types.tuple) => match &o.payload {
            Payload::Tuple(t) if t.len() == nfree => Some(t.clone()),
            _ => None,
        },
        _ => None,
    };
    match cells {
        Some(t)
            if t.iter()
                .all(|c| matches!(c.payload(), Some(Payload::Cell(_)))) =>
        {
            Ok(t)
        }
        _ => Err(vm.type_error(format!(
            "code object requires a closure of exactly length {nfree}"
        ))),
    }
}

/// `eval(source, globals=None, locals=None, /)`
pub fn eval(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "eval", 1, 3)?;
    let source = args.pos[0].clone();
    let globals = args.pos.get(1).cloned().unwrap_or(Value::None);
    let locals = args.pos.get(2).cloned().unwrap_or(Value::None);
    if !locals.is_none() && !is_mapping(vm, &locals) {
        return Err(vm.type_error("locals must be a mapping"));
    }
    if !globals.is_none() && !is_dict(&globals) {
        return Err(vm.type_error(if is_mapping(vm, &globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        }));
    }
    let (globals, locals) = namespaces(vm, globals, locals)?;
    ensure_builtins(vm, &globals)?;
    let code = match source_arg(vm, &source, "eval", "string, bytes or code")? {
        None => {
            let Some(Payload::Code(code)) = source.payload() else {
                return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"));
            };
            if !code.co.freevars.is_empty() {
                return Err(
                    vm.type_error("code object passed to eval() may not contain free variables")
                );
            }
            code.clone()
        }
        // eval() (unlike compile()) skips leading blanks, so indented input works.
        Some(Source::Text(s)) => {
            let src = Source::Text(s.trim_start_matches([' ', '\t']).to_string());
            compile_source(vm, &src, "<string>", Mode::Eval, vm.config.optimize)?
        }
        Some(Source::Bytes(b)) => {
            let start = b.iter().position(|c| *c != b' ' && *c != b'\t');
            let src = Source::Bytes(b[start.unwrap_or(b.len())..].to_vec());
            compile_source(vm, &src, "<string>", Mode::Eval, vm.config.optimize)?
        }
    };
    vm.run_code(code, &globals, &locals, Box::new([]))
}

impl Vm {
    /// Runs `code` in a new frame over `globals` and `locals` (`PyEval_EvalCode`). A
    /// function-like code object keeps its fast locals, and `locals` is only what
    /// `locals()` reports there; its arguments are missing, as in CPython.
    pub fn run_code(
        &mut self,
        code: Rc<PyCode>,
        globals: &Value,
        locals: &Value,
        closure: Box<[Value]>,
    ) -> PyResult {
        let (Some(g), Some(l)) = (globals.obj(), locals.obj()) else {
            return Err(self.type_error("globals and locals must be objects"));
        };
        let name = self.intern(&code.co.name);
        let qualname = self.new_str(code.co.qualname.to_string());
        let is_generator = code.co.flags & (flags::GENERATOR | flags::COROUTINE) != 0;
        // A function object only to bind (no) arguments and build the frame as a call
        // would; it is never visible to Python code.
        let f = PyFunction {
            code,
            globals: g.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(vec![]),
            kwdefaults: RefCell::new(vec![]),
            closure,
            doc: RefCell::new(Value::None),
            module: RefCell::new(Value::None),
            annotations: RefCell::new(Value::Null),
        };
        let fobj = Rc::new(PyObject {
            class: self.types.function.clone().into(),
            dict: None,
            payload: Payload::Function(Box::new(f)),
        });
        if is_generator {
            return self.call(&Value::Obj(fobj), Args::default());
        }
        let Payload::Function(f) = &fobj.payload else {
            return Err(self.type_error("not a function"));
        };
        let start = self.stack.len();
        self.push_function_frame(&fobj, f, start, 0, None, start, None)?;
        if let Some(fr) = self.frames.last_mut() {
            fr.locals = Some(l.clone());
        }
        self.run_entry()
    }
}
