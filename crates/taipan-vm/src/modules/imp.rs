//! `_imp`: the import system's native helpers that `lib/importlib` and `lib/py_compile`
//! build on (cache paths, source hashes, compiling a file into its cache).

use crate::cache::{self, InvalidationMode};
use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::path::Path;
use taipan_bytecode::pyc;

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_imp");
    let magic = vm.new_bytes(pyc::MAGIC.to_vec());
    module_set(vm, &m, "MAGIC_NUMBER", magic);
    for (name, f) in [
        (
            "cache_from_source",
            cache_from_source as crate::vm::NativeFn,
        ),
        ("source_from_cache", source_from_cache),
        ("source_hash", source_hash),
        ("compile_file", compile_file),
        ("format_exception_only", format_exception_only),
        ("default_invalidation_mode", default_invalidation_mode),
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("is_frozen", is_frozen),
        ("is_frozen_package", is_frozen_package),
        ("get_frozen_object", get_frozen_object),
    ] {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

/// A path argument: str, or an object with `__fspath__` returning str (os.fspath).
fn fspath(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_str().to_string());
    }
    if let Ok(f) = vm.get_attr_str(v, "__fspath__") {
        let r = vm.call(&f, Args::new(vec![]))?;
        if let Some(s) = r.as_str() {
            return Ok(s.as_str().to_string());
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {t}"
    )))
}

/// `importlib.util.cache_from_source(path, debug_override=None, *, optimization=None)`.
fn cache_from_source(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(
        vm,
        "cache_from_source",
        &["path", "debug_override", "optimization"],
        1,
    )?;
    let path = fspath(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let optimization = slots[2].clone().filter(|v| !v.is_none());
    // The deprecated debug_override: true means no optimisation, false level 1.
    let optimization = match slots[1].as_ref().filter(|v| !v.is_none()) {
        Some(_) if optimization.is_some() => {
            return Err(vm.type_error("debug_override or optimization must be set to None"));
        }
        Some(d) if vm.truthy(d)? => Some(vm.new_str("")),
        Some(_) => Some(Value::Int(1)),
        None => optimization,
    };
    let opt = match optimization {
        // None: the interpreter's level (sys.flags.optimize).
        None => cache::opt_tag(vm.config.optimize),
        Some(v) => {
            let s = vm.str_of(&v)?;
            if !s.is_empty() && !s.chars().all(char::is_alphanumeric) {
                let r = crate::objects::str::repr_str(&s);
                return Err(vm.value_error(format!("{r} is not alphanumeric")));
            }
            s
        }
    };
    let prefix = vm.pycache_prefix();
    let r = cache::cache_from_source(&path, prefix.as_deref(), &opt);
    Ok(vm.new_str(r))
}

fn source_from_cache(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "source_from_cache")?;
    let path = fspath(vm, &args.pos[0])?;
    let prefix = vm.pycache_prefix();
    match cache::source_from_cache(&path, prefix.as_deref()) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(msg) => Err(vm.value_error(msg)),
    }
}

/// `importlib.util.source_hash(source_bytes)`: the 8 bytes a hash-based .pyc records.
fn source_hash(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "source_hash")?;
    let h = match args.pos[0].payload() {
        Some(Payload::Bytes(b)) => pyc::source_hash(b),
        _ => {
            let t = vm.type_name(&args.pos[0]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    Ok(vm.new_bytes(h.to_vec()))
}

/// `compile_file(file, cfile, dfile, mode, optimize=-1)`: compiles `file` (its code
/// objects report `dfile`) at optimisation level `optimize` (-1: the interpreter's) and
/// writes the cache `cfile` with invalidation `mode` (1 timestamp, 2 checked-hash,
/// 3 unchecked-hash: py_compile.PycInvalidationMode's values). Raises SyntaxError or
/// OSError.
fn compile_file(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "compile_file", 4, 5)?;
    let optimize = match args.pos.get(4) {
        Some(v) => crate::objects::int::clamped_arg(vm, v)?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let optimize = u32::try_from(optimize).unwrap_or(vm.config.optimize);
    let file = fspath(vm, &args.pos[0])?;
    let cfile = fspath(vm, &args.pos[1])?;
    let dfile = fspath(vm, &args.pos[2])?;
    let mode = match crate::objects::int::as_i64(&args.pos[3]) {
        Some(1) => InvalidationMode::Timestamp,
        Some(2) => InvalidationMode::CheckedHash,
        Some(3) => InvalidationMode::UncheckedHash,
        _ => return Err(vm.value_error("invalid invalidation mode")),
    };
    match cache::compile_file(
        Path::new(&file),
        Path::new(&cfile),
        Some(&dfile),
        mode,
        optimize,
    ) {
        Ok(_) => Ok(Value::None),
        Err(cache::CompileFileError::Io(e)) => Err(vm.os_error_io(&e, Some(&file))),
        Err(cache::CompileFileError::Compile(e)) => Err(vm.syntax_error(&e)),
        Err(cache::CompileFileError::Write(msg)) => {
            Err(vm.new_exception(&vm.exc.os_error.clone(), msg))
        }
    }
}

/// `traceback.format_exception_only(exc)` as one string (what py_compile reports).
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "format_exception_only")?;
    let s = crate::traceback::exception_line(vm, &args.pos[0]);
    Ok(vm.new_str(s))
}

/// 2 (checked-hash) when SOURCE_DATE_EPOCH is set, else 1 (timestamp).
fn default_invalidation_mode(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "default_invalidation_mode", 0, 0)?;
    Ok(Value::Int(match InvalidationMode::default_for_tools() {
        InvalidationMode::CheckedHash => 2,
        _ => 1,
    }))
}

/// The module name argument of the frozen/builtin queries.
fn name_arg(vm: &mut Vm, args: &Args, what: &str) -> PyResult<String> {
    match args.pos.first() {
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("{what}() argument must be str, not {t}")))
            }
        },
        None => Err(vm.type_error(format!("{what}() takes exactly one argument (0 given)"))),
    }
}

/// Modules built into the binary: the native ones, and sys/builtins made at start-up.
fn builtin_name(name: &str) -> bool {
    matches!(name, "sys" | "builtins") || crate::modules::native(name).is_some()
}

fn is_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_builtin")?;
    Ok(Value::Int(i64::from(builtin_name(&name))))
}

/// `_imp.create_builtin(spec)`: the module sys.modules already has, or a new one.
fn create_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let Some(spec) = args.pos.first().cloned() else {
        return Err(vm.type_error("create_builtin() takes exactly one argument (0 given)"));
    };
    let name = vm.get_attr_str(&spec, "name")?;
    let Some(name) = name.as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error("spec name must be string"));
    };
    let modules = Value::Obj(vm.sys_modules.clone());
    if let Some(Payload::Dict(d)) = modules.payload() {
        if let Some(m) = d.borrow().get_str(&name) {
            return Ok(m);
        }
    }
    match crate::modules::native(&name) {
        Some(init) => Ok(Value::Obj(init(vm))),
        None => Err(vm.new_exception(
            &vm.exc.import_error.clone(),
            format!("no built-in module named {name}"),
        )),
    }
}

fn is_frozen(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_frozen")?;
    Ok(Value::Bool(crate::modules::frozen(&name).is_some()))
}

fn is_frozen_package(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_frozen_package")?;
    match crate::modules::frozen(&name) {
        Some((is_pkg, _)) => Ok(Value::Bool(is_pkg)),
        None => Err(vm.new_exception(
            &vm.exc.import_error.clone(),
            format!(
                "No such frozen object named {}",
                crate::objects::str::repr_str(&name)
            ),
        )),
    }
}

/// The code object of a module of Taipan's frozen library (for FrozenImporter and reload).
fn get_frozen_object(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "get_frozen_object")?;
    let Some((_, data)) = crate::modules::frozen(&name) else {
        return Err(vm.new_exception(
            &vm.exc.import_error.clone(),
            format!(
                "No such frozen object named {}",
                crate::objects::str::repr_str(&name)
            ),
        ));
    };
    match taipan_bytecode::marshal::loads_deferred(data) {
        Ok(code) => {
            let code = vm.load_code(std::rc::Rc::new(code));
            let cls = vm.types.code.clone();
            Ok(vm.alloc(&cls, Payload::Code(code)))
        }
        Err(e) => Err(vm.new_exception(
            &vm.exc.import_error.clone(),
            format!("frozen module {name} is damaged: {e}"),
        )),
    }
}
