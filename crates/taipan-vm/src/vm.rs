//! The virtual machine's state: builtin types, the frame stack, the value stack, the
//! module table, and the helpers every part of the runtime uses to make objects and
//! raise exceptions.

use crate::interp::frame::Frame;
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::value::{ObjRef, Payload, PyObject, Value};
use smallvec::SmallVec;
use std::cell::RefCell;
use std::rc::Rc;

pub type PyResult<T = Value> = Result<T, Value>;

/// Arguments to a native function: positional values (self first for methods) and
/// keyword arguments in call order.
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Value; 4]>,
    pub kw: Vec<(Rc<str>, Value)>,
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

impl Args {
    pub fn new(pos: impl IntoIterator<Item = Value>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw: Vec::new(),
        }
    }
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    /// Removes and returns keyword `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
    /// Fails with CPython's message if keywords remain that the function does not accept.
    pub fn no_kw(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
        Ok(())
    }
    /// `_PyArg_NoKeywords`: "f() takes no keyword arguments".
    pub fn no_keywords(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            return Ok(());
        }
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
    /// Keywords left over in a builtin that parses keywords (Argument Clinic,
    /// `PyArg_ParseTupleAndKeywords`): "'k' is an invalid keyword argument for f()".
    pub fn invalid_kw(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
        Ok(())
    }
    /// A `METH_O` builtin: no keywords and exactly one positional argument.
    pub fn one_arg(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        self.no_keywords(vm, fname)?;
        self.check(vm, fname, 1, 1)
    }
    /// A positional-only builtin checked by `_PyArg_CheckPositional`:
    /// "f expected 2 arguments, got 1", "f expected at most 1 argument, got 2".
    pub fn positional(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_keywords(vm, fname)?;
        self.check_positional(vm, fname, min, max)
    }
    /// `_PyArg_CheckPositional` alone, for builtins that take keywords elsewhere.
    pub fn check_positional(
        &self,
        vm: &mut Vm,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = self.pos.len();
        let (how, want) = match () {
            _ if n < min => (if min == max { "" } else { "at least " }, min),
            _ if n > max => (if min == max { "" } else { "at most " }, max),
            _ => return Ok(()),
        };
        let s = if want == 1 { "" } else { "s" };
        Err(vm.type_error(format!("{fname} expected {how}{want} argument{s}, got {n}")))
    }
    /// Binds the parameters `names` as Argument Clinic does; an empty name is
    /// positional-only, the first `required` are required. Returns one slot per name.
    pub fn bind(
        &mut self,
        vm: &mut Vm,
        fname: &str,
        names: &[&str],
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let (n, nkw, max) = (self.pos.len(), self.kw.len(), names.len());
        if n + nkw > max {
            let kw = if n == 0 { "keyword " } else { "" };
            let s = if max == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{fname}() takes at most {max} {kw}argument{s} ({} given)",
                n + nkw
            )));
        }
        let posonly = names.iter().take_while(|s| s.is_empty()).count();
        let min_posonly = posonly.min(required);
        if n < min_posonly {
            let how = if min_posonly < max {
                "at least"
            } else {
                "exactly"
            };
            let s = if min_posonly == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{fname}() takes {how} {min_posonly} positional argument{s} ({n} given)"
            )));
        }
        let mut out: Vec<Option<Value>> = self.pos.iter().cloned().map(Some).collect();
        for (i, name) in names.iter().enumerate().skip(n) {
            let v = if name.is_empty() {
                None
            } else {
                self.take_kw(name)
            };
            if v.is_none() && i < required {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
            out.push(v);
        }
        if let Some((k, _)) = self.kw.first() {
            if let Some(i) = names.iter().position(|s| !s.is_empty() && **s == **k) {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
        }
        self.invalid_kw(vm, fname)?;
        Ok(out)
    }
    /// Checks `min <= len <= max` with CPython's wording.
    pub fn check(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(vm.type_error(msg))
    }
}

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// Every builtin type object, created once at start-up.
        #[derive(Clone)]
        pub struct Types { $(pub $field: ObjRef,)* }
    };
}

builtin_types!(
    object,
    type_,
    int,
    bool_,
    float,
    complex,
    str_,
    bytes,
    bytearray,
    memoryview,
    bytearray_iterator,
    memory_iterator,
    tuple,
    list,
    dict,
    set,
    frozenset,
    none_type,
    notimpl_type,
    ellipsis_type,
    function,
    builtin_function,
    method,
    code,
    cell,
    module,
    generator,
    coroutine,
    coroutine_wrapper,
    async_generator,
    async_generator_asend,
    async_generator_athrow,
    async_generator_wrapped_value,
    frame,
    traceback,
    union_type,
    member_descriptor,
    generic_alias,
    range,
    slice,
    iterator,
    list_iterator,
    tuple_iterator,
    str_ascii_iterator,
    str_iterator,
    range_iterator,
    longrange_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    set_iterator,
    bytes_iterator,
    enumerate_type,
    zip_type,
    map_type,
    filter_type,
    reversed_type,
    list_reverseiterator,
    callable_iterator,
    property,
    staticmethod,
    classmethod,
    super_,
    dict_keys,
    dict_values,
    dict_items,
);

pub struct Config {
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    pub path: Vec<String>,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub isolated: bool,
    /// -P / -I / PYTHONSAFEPATH: no script directory (or cwd) at the front of sys.path.
    pub safe_path: bool,
    pub ignore_environment: bool,
    pub quiet: bool,
    pub xoptions: Vec<String>,
    pub executable: String,
    /// -X pycache_prefix=DIR / PYTHONPYCACHEPREFIX: the initial `sys.pycache_prefix`.
    pub pycache_prefix: Option<String>,
    /// -X cache_log / TAIPAN_CACHE_LOG=1: report each module's cache outcome on stderr.
    pub cache_log: bool,
    /// PYTHONWARNINGS entries then -W options: the initial `sys.warnoptions`.
    pub warnoptions: Vec<String>,
    /// -O / -OO / PYTHONOPTIMIZE: `sys.flags.optimize`, the level code is compiled at
    /// (1: no asserts, `__debug__` False; 2+: no docstrings either) and cached under.
    pub optimize: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            argv: vec![String::new()],
            orig_argv: Vec::new(),
            path: Vec::new(),
            dont_write_bytecode: false,
            unbuffered: false,
            isolated: false,
            safe_path: false,
            ignore_environment: false,
            quiet: false,
            xoptions: Vec::new(),
            executable: String::new(),
            pycache_prefix: None,
            cache_log: false,
            warnoptions: Vec::new(),
            optimize: 0,
        }
    }
}

pub struct Vm {
    pub types: Types,
    pub exc: crate::objects::exception::ExcTypes,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys_modules: ObjRef,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub recursion_limit: usize,
    /// Python frames plus nested native→Python calls; checked against the limit.
    pub depth: usize,
    /// Native recursion into nested containers (repr, ==, hash); counted with the frames
    /// against the recursion limit, as CPython counts C recursion.
    pub native_depth: usize,
    /// Modules whose code is running right now (for circular-import messages).
    pub importing: Vec<String>,
    /// Fx-hashed: names are short and looked up at every code load; the table holds
    /// only identifiers and constants from code, so hash flooding is not a concern.
    pub interned: rustc_hash::FxHashMap<Box<str>, Value>,
    pub config: Config,
    pub out: crate::modules::io::StdStream,
    pub err: crate::modules::io::StdStream,
    pub hash_key: (u64, u64),
    pub sys: Option<ObjRef>,
    /// Classes of native modules, by qualified name (`itertools._grouper`), for native
    /// code that makes instances of them.
    pub native_types: rustc_hash::FxHashMap<&'static str, ObjRef>,
}

impl Vm {
    #[inline]
    pub fn type_of<'v>(&'v self, v: &'v Value) -> &'v ObjRef {
        match v {
            Value::Obj(o) => &o.class,
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None | Value::Null => &self.types.none_type,
            Value::NotImplemented => &self.types.notimpl_type,
            Value::Ellipsis => &self.types.ellipsis_type,
        }
    }

    /// The `__name__` of `v`'s type, for error messages.
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v)
            .type_payload()
            .map(|t| match &*t.tp_name.borrow() {
                Some(n) => n.to_string(),
                None => t.name.borrow().to_string(),
            })
            .unwrap_or_default()
    }

    pub fn alloc(&self, class: &ObjRef, payload: Payload) -> Value {
        let track = crate::memory::gc::tracks(&payload);
        let o = Rc::new(PyObject {
            class: class.clone().into(),
            dict: None,
            payload,
        });
        if track {
            crate::memory::gc::track(&o);
        }
        Value::Obj(o)
    }

    pub fn new_str(&self, s: impl Into<String>) -> Value {
        self.alloc(&self.types.str_, Payload::Str(PyStr::new(s.into())))
    }

    /// An interned str: the same object for the same text (names, attribute keys).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        self.interned.insert(s.into(), v.clone());
        v
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.alloc(&self.types.list, Payload::List(RefCell::new(items)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        self.alloc(&self.types.tuple, Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&self) -> Value {
        self.alloc(
            &self.types.dict,
            Payload::Dict(RefCell::new(PyDict::default())),
        )
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        self.alloc(&self.types.bytes, Payload::Bytes(b.into_boxed_slice()))
    }

    /// A float value. NaNs are boxed: each NaN result is a distinct object, so identity
    /// (`x is y`, and the identity shortcut in `[x] == [x]`) behaves as in CPython, where
    /// unboxed values could not tell two NaNs apart.
    pub fn new_float(&self, f: f64) -> Value {
        if f.is_nan() {
            return self.alloc(&self.types.float, Payload::Float(f));
        }
        Value::Float(f)
    }

    pub fn new_int(&self, i: num_bigint::BigInt) -> Value {
        crate::objects::int::from_bigint(self, i)
    }

    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        self.alloc(
            &self.types.builtin_function,
            Payload::Builtin(crate::objects::function::PyBuiltin {
                name,
                func,
                owner: None,
            }),
        )
    }

    /// An exception instance of class `cls` with a single message argument.
    pub fn new_exception(&self, cls: &ObjRef, msg: impl Into<String>) -> Value {
        let arg = self.new_str(msg.into());
        crate::objects::exception::new_instance(self, cls, vec![arg])
    }

    pub fn new_exception_args(&self, cls: &ObjRef, args: Vec<Value>) -> Value {
        crate::objects::exception::new_instance(self, cls, args)
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.type_error.clone(), msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.value_error.clone(), msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.index_error.clone(), msg)
    }
    pub fn key_error(&self, key: Value) -> Value {
        self.new_exception_args(&self.exc.key_error.clone(), vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.attribute_error.clone(), msg)
    }
    pub fn name_error(&self, name: &str) -> Value {
        let e = self.new_exception(
            &self.exc.name_error.clone(),
            format!("name '{name}' is not defined"),
        );
        // As CPython, for the "Did you mean" suggestion (suggestions.rs).
        if let Some(d) = e.obj().and_then(|o| o.attrs()) {
            d.borrow_mut()
                .set_str(self.new_str("name"), self.new_str(name));
        }
        e
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.zero_division_error.clone(), msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.overflow_error.clone(), msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.runtime_error.clone(), msg)
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.exc.not_implemented_error.clone(), msg)
    }
    pub fn stop_iteration(&self, value: Value) -> Value {
        self.new_exception_args(&self.exc.stop_iteration.clone(), vec![value])
    }
    pub fn recursion_error(&self) -> Value {
        self.new_exception(
            &self.exc.recursion_error.clone(),
            "maximum recursion depth exceeded",
        )
    }
    pub fn memory_error(&self) -> Value {
        self.new_exception_args(&self.exc.memory_error.clone(), vec![])
    }

    /// `isinstance(exc, cls)` for exception matching.
    pub fn is_instance_of(&self, v: &Value, cls: &ObjRef) -> bool {
        crate::objects::typeobj::is_subtype(self.type_of(v), cls)
    }

    /// Interpreter shutdown as CPython does it: each module's globals are set to None
    /// (names starting with one underscore first), __main__ first and the rest in reverse
    /// import order, so objects they held are freed and generators finalized now.
    pub fn shutdown(&mut self) {
        // The process ends without freeing the heap: files still open flush now.
        crate::objects::file::flush_all();
        // Clearing module globals is observable only through generators that are still
        // suspended (their `finally` blocks run): without any, it would only free memory
        // the process is about to give back. (When `__del__` exists, it must count too.)
        let del_seen = crate::memory::del::DEL_SEEN.load(std::sync::atomic::Ordering::Relaxed);
        if crate::objects::generator::LIVE.load(std::sync::atomic::Ordering::Relaxed) == 0
            && !del_seen
        {
            return;
        }
        let modules: Vec<Value> = match &self.sys_modules.payload {
            Payload::Dict(d) => d.borrow().iter().map(|e| e.value.clone()).collect(),
            _ => vec![],
        };
        let main = modules.iter().position(
            |m| matches!(m.payload(), Some(Payload::Module(pm)) if pm.name == "__main__"),
        );
        let order = main
            .into_iter()
            .chain((0..modules.len()).rev().filter(|i| Some(*i) != main));
        for m in order.map(|i| &modules[i]) {
            let Some(Payload::Module(pm)) = m.payload() else {
                continue;
            };
            if pm.name == "builtins" || pm.name == "sys" {
                continue;
            }
            let Payload::Dict(d) = &pm.dict.payload else {
                continue;
            };
            let keys = d.borrow().keys();
            for underscore_pass in [true, false] {
                for k in &keys {
                    let Some(name) = k.as_str().map(|s| s.as_str().to_string()) else {
                        continue;
                    };
                    let single_underscore = name.starts_with('_') && !name.starts_with("__");
                    if single_underscore != underscore_pass || name == "__builtins__" {
                        continue;
                    }
                    // The old value is dropped outside the dict borrow.
                    let old = d.borrow().get_str(&name);
                    d.borrow_mut().set_str(k.clone(), Value::None);
                    drop(old);
                    let _ = self.run_pending();
                }
            }
        }
        let _ = self.run_pending();
        if del_seen {
            // Cycles still holding objects with __del__ (CPython collects once more here).
            self.gc_collect(2);
            let _ = self.run_pending();
        }
    }

    /// Runs `f` one native recursion level deeper, raising RecursionError (with `what`
    /// appended to CPython's message) past the recursion limit.
    pub fn recursing<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.native_depth + self.frames.len() >= self.recursion_limit {
            let cls = self.exc.recursion_error.clone();
            return Err(self.new_exception(&cls, format!("maximum recursion depth exceeded{what}")));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    pub fn get_builtin(&self, name: &str) -> Option<Value> {
        match &self.builtins_dict.payload {
            Payload::Dict(d) => d.borrow().get_str(name),
            _ => None,
        }
    }
}
