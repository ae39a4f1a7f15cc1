//! The sys module.

use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let n = vm.new_str(name);
    if let Some(Payload::Dict(dd)) = d.payload() {
        let k = vm.intern("__name__");
        dd.borrow_mut().set_str(k, n);
    }
    Rc::new(PyObject {
        class: vm.types.module.clone().into(),
        dict: None,
        payload: Payload::Module(crate::objects::module::PyModule {
            name: name.to_string(),
            dict: d.obj().cloned().expect("dict"),
        }),
    })
}

pub fn module_set(vm: &mut Vm, m: &ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    if let Payload::Module(md) = &m.payload {
        if let Payload::Dict(d) = &md.dict.payload {
            d.borrow_mut().set_str(k, v);
        }
    }
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "sys");
    let lists = [
        ("argv", vm.config.argv.clone()),
        ("orig_argv", vm.config.orig_argv.clone()),
        ("path", vm.config.path.clone()),
    ];
    for (name, items) in lists {
        let items = items.into_iter().map(|a| vm.new_str(a)).collect();
        let l = vm.new_list(items);
        module_set(vm, &m, name, l);
    }
    let mods = Value::Obj(vm.sys_modules.clone());
    module_set(vm, &m, "modules", mods);
    let v = vm.new_str("3.12.0 (taipan)");
    module_set(vm, &m, "version", v);
    let vi = vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(0),
        vm.new_str("final"),
        Value::Int(0),
    ];
    let vi = vm.new_tuple(vi);
    module_set(vm, &m, "version_info", vi);
    module_set(vm, &m, "hexversion", Value::Int(0x030c00f0));
    let impl_m = new_module(vm, "implementation");
    let n = vm.new_str("taipan");
    module_set(vm, &impl_m, "name", n);
    let ct = vm.new_str("taipan-312");
    module_set(vm, &impl_m, "cache_tag", ct);
    module_set(vm, &m, "implementation", Value::Obj(impl_m));
    let p = vm.new_str(if cfg!(target_os = "linux") {
        "linux"
    } else {
        std::env::consts::OS
    });
    module_set(vm, &m, "platform", p);
    module_set(vm, &m, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    module_set(vm, &m, "byteorder", bo);
    let exe = vm.new_str(vm.config.executable.clone());
    module_set(vm, &m, "executable", exe);
    module_set(
        vm,
        &m,
        "dont_write_bytecode",
        Value::Bool(vm.config.dont_write_bytecode),
    );
    let prefix = match vm.config.pycache_prefix.clone() {
        Some(p) => vm.new_str(p),
        None => Value::None,
    };
    module_set(vm, &m, "pycache_prefix", prefix);
    let opts: Vec<Value> = vm
        .config
        .warnoptions
        .clone()
        .into_iter()
        .map(|o| vm.new_str(o))
        .collect();
    let warnoptions = vm.new_list(opts);
    module_set(vm, &m, "warnoptions", warnoptions);
    // -X options: "name=value" or a bare name (True), as CPython's sys._xoptions.
    let xopts = vm.new_dict();
    for x in vm.config.xoptions.clone() {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (vm.new_str(k), vm.new_str(v)),
            None => (vm.new_str(x), Value::Bool(true)),
        };
        let _ = vm.set_item(&xopts, k, v);
    }
    module_set(vm, &m, "_xoptions", xopts);
    for (name, f) in [
        ("exit", exit as crate::vm::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("getrefcount", crate::modules::sys_size::getrefcount),
        ("getsizeof", crate::modules::sys_size::getsizeof),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("_getframe", getframe),
        ("exception", exception),
        ("intern", intern),
        ("getdefaultencoding", utf8),
        ("getfilesystemencoding", utf8),
        ("getfilesystemencodeerrors", surrogateescape),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
    ] {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    crate::modules::sys_flags::add(vm, &m);
    crate::modules::sys_hooks::add(vm, &m);
    let int_info = int_info(vm);
    module_set(vm, &m, "int_info", int_info);
    let hash_info = crate::methods::numeric_extra::hash_info(vm);
    module_set(vm, &m, "hash_info", hash_info);
    // The original stays reachable when a program replaces sys.displayhook.
    let hook = vm.new_builtin("displayhook", displayhook);
    module_set(vm, &m, "displayhook", hook.clone());
    module_set(vm, &m, "__displayhook__", hook);
    for (name, fd) in [("stdout", 1), ("stderr", 2)] {
        let s = crate::modules::io_std::std_stream(vm, fd);
        module_set(vm, &m, name, s.clone());
        module_set(vm, &m, &format!("__{name}__"), s);
    }
    let stdin = crate::modules::io_std::stdin(vm);
    module_set(vm, &m, "stdin", stdin.clone());
    module_set(vm, &m, "__stdin__", stdin);
    m
}

/// Checks a native function's arguments as CPython's METH_NOARGS/METH_O functions do:
/// no keywords and exactly `n` (0 or 1) positional arguments after the first `skip`
/// (the bound `self` of a method). `name` is the qualified name used in messages.
fn check_fixed(vm: &mut Vm, args: &Args, name: &str, skip: usize, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(skip);
    if given != n {
        let takes = if n == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        return Err(vm.type_error(format!("{name}() takes {takes} ({given} given)")));
    }
    Ok(())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("sys.exit() takes no keyword arguments"));
    }
    args.check(vm, "exit", 0, 1)?;
    // As PyErr_SetObject: a tuple status becomes the exception's args.
    let exit_args = match args.pos.first().and_then(|a| a.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => args.pos.to_vec(),
    };
    Err(vm.new_exception_args(&vm.exc.system_exit.clone(), exit_args))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.setrecursionlimit", 0, 1)?;
    let n = match crate::objects::int::as_i64(&args.pos[0]) {
        Some(n) => n,
        None if crate::objects::int::is_int(&args.pos[0]) => i64::MAX,
        None => vm.index_of(&args.pos[0])?,
    };
    if i32::try_from(n).is_err() {
        return Err(vm.new_exception(
            &vm.exc.overflow_error.clone(),
            "Python int too large to convert to C int",
        ));
    }
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() as i64;
    if depth >= n {
        return Err(vm.new_exception(
            &vm.exc.recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    // The interpreter thread's stack is sized for this ceiling.
    vm.recursion_limit = (n as usize).min(100_000);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.exc_info", 0, 0)?;
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e).clone());
    let tb = crate::objects::exception::traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

/// `sys._getframe([depth])`: the frame object `depth` calls below the caller's.
fn getframe(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        Some(d) => vm.index_of(d)?.max(0) as usize,
        None => 0,
    };
    match vm.frames.len().checked_sub(depth + 1) {
        Some(i) => Ok(vm.frame_object(i)),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

fn exception(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.exception", 0, 0)?;
    Ok(vm.exc_info.clone())
}

fn intern(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.intern", 0, 1)?;
    let s = &args.pos[0];
    let Some(Value::Obj(o)) = s.as_str().map(|_| s) else {
        let t = vm.type_name(s);
        return Err(vm.type_error(format!("intern() argument must be str, not {t}")));
    };
    if crate::objects::typeobj::ty(&o.class).heap {
        let t = vm.type_name(s);
        return Err(vm.type_error(format!("can't intern {t}")));
    }
    Ok(s.clone())
}

fn utf8(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

/// The file-system error handler of a UTF-8 POSIX build.
fn surrogateescape(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("surrogateescape"))
}

/// `sys.displayhook(value)`: what 'single' code calls for each expression statement.
/// Writes `repr(value)` to `sys.stdout` and keeps the value in `builtins._` (None is
/// neither shown nor kept).
fn displayhook(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.displayhook", 0, 1)?;
    let v = args.pos[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let underscore = vm.intern("_");
    let builtins = vm.builtins_dict.clone();
    if let Payload::Dict(d) = &builtins.payload {
        // Cleared first, so a repr that looks at `_` sees None (as in CPython).
        d.borrow_mut().set_str(underscore.clone(), Value::None);
    }
    let out = match vm.sys_attr("stdout") {
        Some(o) if !o.is_none() => o,
        _ => return Err(vm.runtime_error("lost sys.stdout")),
    };
    let text = vm.repr(&v)?;
    let write = vm.get_attr_str(&out, "write")?;
    let s = vm.new_str(text);
    vm.call1(&write, s)?;
    let nl = vm.new_str("\n");
    vm.call1(&write, nl)?;
    if let Payload::Dict(d) = &builtins.payload {
        d.borrow_mut().set_str(underscore, v);
    }
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    check_fixed(vm, &args, "sys.get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(vm, "set_int_max_str_digits", &["maxdigits"], 1)?;
    let v = slots[0].clone().unwrap_or(Value::None);
    let n = crate::objects::int::ssize_arg(vm, &v)?;
    let threshold = crate::objects::int::STR_DIGITS_CHECK_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    if i32::try_from(n).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    crate::objects::int::set_max_str_digits(n as usize);
    Ok(Value::None)
}

/// The fields of sys.int_info, in order.
const INT_INFO: [&str; 4] = [
    "bits_per_digit",
    "sizeof_digit",
    "default_max_str_digits",
    "str_digits_check_threshold",
];

macro_rules! int_info_field {
    ($($name:ident $i:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult {
            match args.pos.first().and_then(|v| v.payload()) {
                Some(Payload::Tuple(t)) => Ok(t.get($i).cloned().unwrap_or(Value::None)),
                _ => Err(vm.type_error("descriptor requires a 'sys.int_info' object")),
            }
        })*
    };
}
int_info_field!(info_0 0, info_1 1, info_2 2, info_3 3);

fn int_info_repr(vm: &mut Vm, args: Args) -> PyResult {
    let items = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (n, v) in INT_INFO.iter().zip(&items) {
        parts.push(format!("{n}={}", vm.repr(v)?));
    }
    Ok(vm.new_str(format!("sys.int_info({})", parts.join(", "))))
}

/// `sys.int_info`: a struct sequence (a tuple with named fields), as in CPython.
fn int_info(vm: &mut Vm) -> Value {
    use crate::objects::typeobj;
    let cls = typeobj::new_type(
        &vm.types.type_,
        "int_info",
        vec![vm.types.tuple.clone()],
        typeobj::Layout::Tuple,
        true,
    );
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    let getters: [crate::vm::NativeFn; 4] = [info_0, info_1, info_2, info_3];
    for (name, f) in INT_INFO.iter().zip(getters) {
        let fget = vm.new_builtin(name, f);
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
    typeobj::add_methods(vm, &cls, &[("__repr__", int_info_repr)]);
    let module = vm.new_str("sys");
    typeobj::set_attr(vm, &cls, "__module__", module);
    let items = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(crate::objects::int::DEFAULT_MAX_STR_DIGITS as i64),
        Value::Int(crate::objects::int::STR_DIGITS_CHECK_THRESHOLD as i64),
    ];
    vm.alloc(&cls, Payload::Tuple(items.into_boxed_slice()))
}
