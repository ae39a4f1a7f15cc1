//! The import system: finds `NAME.py` / `NAME/__init__.py` on sys.path, compiles with the
//! bytecode cache (`__pycache__/NAME.taipan-312.pyc`), and executes the module.

use crate::interp::frame::Frame;
use crate::objects::function::PyCode;
use crate::objects::str::repr_str;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use taipan_bytecode::{CodeObject, Const};

/// Where a module came from, for its `__file__`, `__cached__`, `__path__`.
struct ModuleSpec {
    /// "source", "sourceless" or "frozen": which loader lib/_frozen_importlib names.
    kind: &'static str,
    file: Option<String>,
    cached: Option<String>,
    /// `Some` for a package: its directory (empty for a frozen package).
    path: Option<String>,
    is_pkg: bool,
}

impl Vm {
    /// Converts a code object's constants to Values (recursively) for the VM.
    pub fn load_code(&mut self, co: Rc<CodeObject>) -> Rc<PyCode> {
        let consts = co.consts.iter().map(|c| self.const_value(c)).collect();
        let names = co.names.iter().map(|n| self.intern(n)).collect();
        let nlocalsplus = co.nlocalsplus();
        let ncells = co.cellvars.len();
        let global_cache = (0..co.names.len())
            .map(|_| std::cell::RefCell::new(None))
            .collect();
        let attr_cache = (0..co.names.len())
            .map(|_| std::cell::RefCell::new(None))
            .collect();
        Rc::new(PyCode {
            co,
            consts,
            names,
            nlocalsplus,
            ncells,
            global_cache,
            attr_cache,
            verified: std::cell::Cell::new(false),
        })
    }

    /// Runs the stack-depth analysis the loader deferred (`marshal::loads_deferred`),
    /// once per code object, before its first frame.
    #[cold]
    pub(crate) fn verify_code(&mut self, code: &PyCode) -> PyResult<()> {
        match taipan_bytecode::marshal::verify_stack(&code.co) {
            Ok(()) => {
                code.verified.set(true);
                Ok(())
            }
            Err(e) => Err(self.new_exception(
                &self.exc.system_error.clone(),
                format!("code object {} cannot run: {e}", code.co.qualname),
            )),
        }
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::True => Value::Bool(true),
            Const::False => Value::Bool(false),
            Const::Ellipsis => Value::Ellipsis,
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_int(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(re, im) => self.new_complex(*re, *im),
            // As CPython: only identifier-like constants are interned; hashing and
            // keeping every docstring or message forever would cost more than it saves.
            Const::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                self.intern(s)
            }
            Const::Str(s) => self.new_str(&**s),
            Const::Bytes(b) => self.new_bytes(b.to_vec()),
            Const::Tuple(items) => {
                let v = items.iter().map(|i| self.const_value(i)).collect();
                self.new_tuple(v)
            }
            Const::FrozenSet(items) => {
                // CPython builds a constant frozenset twice (from the source tuple, then
                // again from that set's iteration order while merging constants); its
                // table layout, and so its iteration order, is what that leaves.
                let source: Vec<Value> = items.iter().map(|i| self.const_value(i)).collect();
                let first = self.new_frozenset_from(source).unwrap_or(Value::None);
                let again = crate::objects::set_ops::items(&first);
                self.new_frozenset_from(again).unwrap_or(Value::None)
            }
            Const::Code(co) => {
                let code = self.load_code(co.clone());
                self.alloc(&self.types.code.clone(), Payload::Code(code))
            }
        }
    }

    /// Runs module code with `globals` as both globals and locals.
    pub fn exec_code(&mut self, code: Rc<PyCode>, globals: &ObjRef) -> PyResult {
        if !code.verified.get() {
            self.verify_code(&code)?;
        }
        let base = self.stack.len();
        let n = code.nlocalsplus;
        self.stack.resize(base + n, Value::Null);
        self.frames.push(Frame {
            code,
            pc: 0,
            base,
            ret_sp: base,
            globals: globals.clone(),
            locals: Some(globals.clone()),
            is_entry: true,
            init_self: None,
            gen: None,
            for_iter_exit: None,
            pyframe: None,
        });
        self.run_entry()
    }

    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys.clone()?;
        match &sys.payload {
            Payload::Module(m) => match &m.dict.payload {
                Payload::Dict(d) => d.borrow().get_str(name),
                _ => None,
            },
            _ => None,
        }
    }

    fn modules_get(&self, name: &str) -> Option<Value> {
        match &self.sys_modules.payload {
            Payload::Dict(d) => d.borrow().get_str(name),
            _ => None,
        }
    }

    fn modules_set(&mut self, name: &str, m: Value) {
        let k = self.new_str(name);
        if let Payload::Dict(d) = &self.sys_modules.payload {
            d.borrow_mut().set_str(k, m);
        }
    }

    pub fn import_name(&mut self, name: &Value, fromlist: &Value, level: &Value) -> PyResult {
        self.import_name_in(name, None, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`: relative to `globals`'s
    /// package when given, else to the importing frame's.
    pub fn import_name_in(
        &mut self,
        name: &Value,
        globals: Option<&Value>,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult {
        let Some(name) = name.as_str().map(|s| s.as_str().to_string()) else {
            return Err(self.type_error("module name must be a string"));
        };
        let level = self.index_of(level)?;
        self.ensure_import_machinery()?;
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let full = if level > 0 {
            let package = self.current_package(globals)?;
            if package.is_empty() {
                return Err(self.new_exception(
                    &self.exc.import_error.clone(),
                    "attempted relative import with no known parent package",
                ));
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            if level as usize > parts.len() {
                return Err(self.new_exception(
                    &self.exc.import_error.clone(),
                    "attempted relative import beyond top-level package",
                ));
            }
            parts.truncate(parts.len() + 1 - level as usize);
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.clone()
        };
        // As importlib's _find_and_load: each parent (`full` up to a dot, when that is not
        // empty) is imported first, then the module itself.
        let mut module = Value::None;
        let mut top = Value::None;
        let ends = full
            .match_indices('.')
            .map(|(i, _)| i)
            .filter(|&i| i > 0)
            .chain(std::iter::once(full.len()));
        for end in ends {
            module = self.import_one(&full[..end], &module)?;
            if top.is_none() {
                top = module.clone();
            }
        }
        let fromlist: Vec<Value> = match fromlist.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => vec![],
        };
        if !fromlist.is_empty() || level > 0 && name.is_empty() {
            // `from pkg import sub` may name submodules.
            for item in fromlist.iter() {
                let Some(s) = item.as_str() else { continue };
                let s = s.as_str().to_string();
                // As importlib's _handle_fromlist: only packages get submodules
                // imported for missing names.
                if s != "*" && self.is_package(&module) && self.get_attr_str(&module, &s).is_err() {
                    // A missing submodule is left to IMPORT_FROM's "cannot import name";
                    // any other error (the submodule's own failing import) propagates.
                    let sub = format!("{full}.{s}");
                    if let Err(e) = self.import_one(&sub, &module) {
                        let mnf = self.exc.module_not_found_error.clone();
                        let itself = self.is_instance_of(&e, &mnf)
                            && self
                                .get_attr_str(&e, "name")
                                .ok()
                                .and_then(|n| n.as_str().map(|n| n.as_str() == sub))
                                .unwrap_or(false);
                        if !itself {
                            return Err(e);
                        }
                    }
                }
            }
            Ok(module)
        } else {
            Ok(top)
        }
    }

    fn is_package(&mut self, m: &Value) -> bool {
        self.get_attr_str(m, "__path__").is_ok()
    }

    /// The package a relative import is relative to, from `globals` (the importing
    /// frame's when None), as CPython's resolve_name: __package__, else
    /// __spec__.parent, else __name__ (itself for a package, else its parent).
    fn current_package(&mut self, globals: Option<&Value>) -> PyResult<String> {
        let g = match globals {
            Some(g) => {
                if !matches!(g.payload(), Some(Payload::Dict(_))) {
                    return Err(self.type_error("globals must be a dict"));
                }
                g.clone()
            }
            None => match self.frames.last() {
                Some(f) => Value::Obj(f.globals.clone()),
                None => return Ok(String::new()),
            },
        };
        let get = |k: &str| match g.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str(k),
            _ => None,
        };
        if let Some(p) = get("__package__").filter(|p| !p.is_none()) {
            return match p.as_str() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error("package must be a string")),
            };
        }
        if let Some(spec) = get("__spec__").filter(|s| !s.is_none()) {
            let parent = self.get_attr_str(&spec, "parent")?;
            return match parent.as_str() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error("__spec__.parent must be a string")),
            };
        }
        let Some(name) = get("__name__") else {
            let k = self.new_str("'__name__' not in globals");
            return Err(self.new_exception_args(&self.exc.key_error.clone(), vec![k]));
        };
        let Some(name) = name.as_str().map(|s| s.as_str().to_string()) else {
            return Err(self.type_error("__name__ must be a string"));
        };
        if get("__path__").is_some() {
            Ok(name)
        } else {
            Ok(name
                .rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default())
        }
    }

    /// `parent.short = m` once a submodule is imported.
    fn bind_submodule(&mut self, parent: &Value, short: &str, m: &Value) {
        if !parent.is_none() {
            let k = self.intern(short);
            let _ = self.set_attr(parent, &k, m.clone());
        }
    }

    fn import_one(&mut self, fullname: &str, parent: &Value) -> PyResult {
        if let Some(m) = self.modules_get(fullname) {
            if m.is_none() {
                let msg = format!("import of {fullname} halted; None in sys.modules");
                let cls = self.exc.module_not_found_error.clone();
                return Err(self.import_error(&cls, msg, fullname));
            }
            return Ok(m);
        }
        // As CPython's sys.meta_path (BuiltinImporter, FrozenImporter, PathFinder, and any
        // finder the program adds). The finders of lib/_frozen_importlib carry a
        // `_taipan_kind` and are run natively; Taipan's frozen library is searched by the
        // path finder after sys.path, so CPython's own pure-Python modules on PYTHONPATH
        // take precedence over Taipan's (as its Lib would).
        let finders: Vec<Value> = match self.sys_attr("meta_path") {
            Some(mp) => match mp.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => return Err(self.value_error("sys.meta_path must be a list of import hooks")),
            },
            // Before the import machinery is set up: built-in modules, then the path.
            None => vec![Value::None, Value::Int(0)],
        };
        for finder in finders {
            let kind = match &finder {
                Value::None => Some("builtin".to_string()),
                Value::Int(_) => Some("path".to_string()),
                f => self
                    .get_attr_str(f, "_taipan_kind")
                    .ok()
                    .and_then(|k| k.as_str().map(|s| s.as_str().to_string())),
            };
            let found = match kind.as_deref() {
                Some("builtin") => self.load_builtin(fullname)?,
                Some("frozen") => None,
                Some("path") => self.path_find_load(fullname, parent)?,
                _ => self.custom_find_load(&finder, fullname, parent)?,
            };
            if let Some(m) = found {
                let short = fullname.rsplit('.').next().unwrap_or(fullname);
                self.bind_submodule(parent, short, &m);
                return Ok(m);
            }
        }
        let mut msg = format!("No module named '{fullname}'");
        if !parent.is_none() && !self.is_package(parent) {
            let pname = fullname.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            msg.push_str(&format!("; '{pname}' is not a package"));
        }
        Err(self.import_error(&self.exc.module_not_found_error.clone(), msg, fullname))
    }

    /// Calls `_frozen_importlib.<func>(*args)` once that module is (being) loaded.
    fn bootstrap_call(&mut self, func: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
        let Some(b) = self.modules_get("_frozen_importlib") else {
            return Ok(None);
        };
        let Ok(f) = self.get_attr_str(&b, func) else {
            return Ok(None);
        };
        self.call(&f, crate::vm::Args::new(args)).map(Some)
    }

    /// `repr(module)`: lib/_frozen_importlib's `_module_repr` once the import machinery is
    /// loaded (it reads __spec__ / __loader__ / __file__ as CPython does).
    pub(crate) fn module_repr(&mut self, m: &Value, name: &str) -> PyResult<String> {
        match self.bootstrap_call("_module_repr", vec![m.clone()])? {
            Some(r) => match r.as_str() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error("__repr__ returned non-string")),
            },
            None => Ok(format!("<module {}>", repr_str(name))),
        }
    }

    /// Loads lib/_frozen_importlib (ModuleSpec, sys.meta_path, ...) before the first import.
    fn ensure_import_machinery(&mut self) -> PyResult<()> {
        const NAME: &str = "_frozen_importlib";
        if self.modules_get(NAME).is_none()
            && !self.importing.iter().any(|n| n == NAME)
            && crate::modules::frozen(NAME).is_some()
        {
            self.import_one(NAME, &Value::None)?;
        }
        Ok(())
    }

    fn load_builtin(&mut self, fullname: &str) -> PyResult<Option<Value>> {
        let Some(init) = crate::modules::native(fullname) else {
            return Ok(None);
        };
        let m = Value::Obj(init(self));
        self.modules_set(fullname, m.clone());
        let kind = self.new_str("builtin");
        self.bootstrap_call(
            "_set_spec",
            vec![m.clone(), kind, Value::None, Value::Bool(false)],
        )?;
        Ok(Some(m))
    }

    /// A finder the program put on sys.meta_path: `find_spec(name, path, None)`, and the
    /// spec it returns loaded by lib/_frozen_importlib's `_load`.
    fn custom_find_load(
        &mut self,
        finder: &Value,
        fullname: &str,
        parent: &Value,
    ) -> PyResult<Option<Value>> {
        let Ok(find_spec) = self.get_attr_str(finder, "find_spec") else {
            return Ok(None);
        };
        let path = if parent.is_none() {
            Value::None
        } else {
            self.get_attr_str(parent, "__path__").unwrap_or(Value::None)
        };
        let name = self.new_str(fullname);
        let spec = self.call(
            &find_spec,
            crate::vm::Args::new(vec![name, path, Value::None]),
        )?;
        if spec.is_none() {
            return Ok(None);
        }
        self.bootstrap_call("_load", vec![spec])
    }

    /// The path finder: each directory of sys.path (or the parent package's __path__),
    /// then Taipan's frozen library, then a namespace package (PEP 420) made of the
    /// directories without __init__.py seen on the way.
    fn path_find_load(&mut self, fullname: &str, parent: &Value) -> PyResult<Option<Value>> {
        let entries: Vec<Value> = if parent.is_none() {
            match self.sys_attr("path") {
                Some(p) => self.iterate(&p)?,
                None => vec![],
            }
        } else {
            match self.get_attr_str(parent, "__path__") {
                Ok(p) => self.iterate(&p)?,
                Err(_) => vec![],
            }
        };
        let custom = self.path_hooks_customised();
        let short = fullname.rsplit('.').next().unwrap_or(fullname);
        // Only a plain name can be a file in a directory on the path.
        let findable = !short.is_empty() && !short.contains(['/', '\\', '\0']);
        let mut namespace: Vec<Value> = Vec::new();
        for entry in entries.into_iter().filter(|_| findable) {
            let Some(d) = entry.as_str().map(|s| s.as_str().to_string()) else {
                continue;
            };
            if custom {
                // sys.path_hooks / sys.path_importer_cache hold a finder of the program's.
                let ext = self.modules_get("_frozen_importlib_external");
                if let Some(f) = ext.and_then(|e| self.get_attr_str(&e, "_taipan_path_finder").ok())
                {
                    let finder = self.call(&f, crate::vm::Args::new(vec![entry.clone()]))?;
                    match finder {
                        Value::None => {}
                        Value::Bool(_) => continue,
                        finder => {
                            let find_spec = self.get_attr_str(&finder, "find_spec")?;
                            let name = self.new_str(fullname);
                            let spec = self
                                .call(&find_spec, crate::vm::Args::new(vec![name, Value::None]))?;
                            if spec.is_none() {
                                continue;
                            }
                            let loader = self.get_attr_str(&spec, "loader")?;
                            if loader.is_none() {
                                let locs =
                                    self.get_attr_str(&spec, "submodule_search_locations")?;
                                if !locs.is_none() {
                                    namespace.extend(self.iterate(&locs)?);
                                }
                                continue;
                            }
                            return self.bootstrap_call("_load", vec![spec]);
                        }
                    }
                }
            }
            // importlib's FileFinder: '' is the current directory, as an absolute path.
            let dir = if d.is_empty() {
                std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
            } else {
                PathBuf::from(&d)
            };
            // As importlib's FileFinder: a package directory first, then the module's
            // source, then a sourceless `.pyc` beside where the source would be.
            let pkg_dir = dir.join(short);
            let candidates = [
                (pkg_dir.join("__init__.py"), true),
                (pkg_dir.join("__init__.pyc"), true),
                (dir.join(format!("{short}.py")), false),
                (dir.join(format!("{short}.pyc")), false),
            ];
            match candidates.into_iter().find(|(p, _)| p.is_file()) {
                Some((path, is_pkg)) => {
                    return self.load_source_module(fullname, &path, is_pkg).map(Some)
                }
                None if pkg_dir.is_dir() => {
                    let p = self.new_str(pkg_dir.to_string_lossy().into_owned());
                    namespace.push(p);
                }
                None => {}
            }
        }
        if let Some((is_pkg, data)) = crate::modules::frozen(fullname) {
            return self.load_frozen_module(fullname, is_pkg, data).map(Some);
        }
        if namespace.is_empty() {
            return Ok(None);
        }
        let name = self.new_str(fullname);
        let dirs = self.new_list(namespace);
        match self.bootstrap_call("_namespace", vec![name, dirs])? {
            Some(m) => Ok(Some(m)),
            None => Ok(None),
        }
    }

    /// Whether the program changed sys.path_hooks or filled sys.path_importer_cache, so
    /// that path entries must go through them rather than the native file search.
    fn path_hooks_customised(&mut self) -> bool {
        let hooks = self.sys_attr("path_hooks");
        let cache = self.sys_attr("path_importer_cache");
        let n_hooks = match hooks.as_ref().and_then(|h| h.payload()) {
            Some(Payload::List(l)) => l.borrow().len(),
            _ => return false,
        };
        let cached = match cache.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Dict(d)) => d.borrow().len(),
            _ => 0,
        };
        n_hooks != 1 || cached != 0
    }

    fn load_source_module(&mut self, name: &str, path: &Path, is_pkg: bool) -> PyResult {
        let sourceless = path.extension().is_some_and(|e| e == "pyc");
        let code = if sourceless {
            self.load_pyc(name, path)?
        } else {
            self.compile_cached(name, path)?
        };
        let file = path.to_string_lossy().into_owned();
        let cached = if sourceless {
            file.clone()
        } else {
            let prefix = self.pycache_prefix();
            let opt = crate::cache::opt_tag(self.config.optimize);
            crate::cache::cache_from_source(&file, prefix.as_deref(), &opt)
        };
        let pkg_dir = is_pkg.then(|| {
            path.parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        let spec = ModuleSpec {
            kind: if sourceless { "sourceless" } else { "source" },
            file: Some(file),
            cached: Some(cached),
            path: pkg_dir,
            is_pkg,
        };
        self.exec_new_module(name, code, spec)
    }

    /// A module of Taipan's frozen library (`lib/`, compiled at build time).
    fn load_frozen_module(&mut self, name: &str, is_pkg: bool, data: &[u8]) -> PyResult {
        let code = match taipan_bytecode::marshal::loads_deferred(data) {
            Ok(c) => c,
            Err(e) => {
                let msg = format!("frozen module {name} is damaged: {e}");
                return Err(self.import_error(&self.exc.import_error.clone(), msg, name));
            }
        };
        // The import machinery's own modules load on the first import of every program;
        // the cache log reports only what the program imports.
        if self.config.cache_log && !name.starts_with("_frozen_importlib") {
            self.err.write(&format!("taipan-cache: {name}: frozen\n"));
        }
        let spec = ModuleSpec {
            kind: "frozen",
            file: None,
            cached: None,
            path: is_pkg.then(String::new),
            is_pkg,
        };
        self.exec_new_module(name, code, spec)
    }

    /// Creates the module object, registers it in sys.modules and runs `code` in it; on
    /// failure the module is removed from sys.modules again (as importlib).
    fn exec_new_module(&mut self, name: &str, code: CodeObject, spec: ModuleSpec) -> PyResult {
        let m = crate::modules::sys::new_module(self, name);
        let origin = match &spec.file {
            Some(f) => self.new_str(f.clone()),
            None => Value::None,
        };
        // CPython's order of a module's attributes: __name__, __doc__ (a docstring
        // replaces it), __package__, __loader__, __spec__ (filled in by
        // lib/_frozen_importlib), __path__, __file__, __cached__, __builtins__.
        crate::modules::sys::module_set(self, &m, "__doc__", Value::None);
        let pkg = if spec.is_pkg {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        };
        let pkg = self.new_str(pkg);
        crate::modules::sys::module_set(self, &m, "__package__", pkg);
        if self.modules_get("_frozen_importlib").is_some() {
            crate::modules::sys::module_set(self, &m, "__loader__", Value::None);
            crate::modules::sys::module_set(self, &m, "__spec__", Value::None);
        }
        if let Some(dir) = spec.path {
            // A frozen package has an empty __path__: its submodules are frozen too.
            let items = if dir.is_empty() {
                vec![]
            } else {
                vec![self.new_str(dir)]
            };
            let l = self.new_list(items);
            crate::modules::sys::module_set(self, &m, "__path__", l);
        }
        if let Some(file) = spec.file {
            let file = self.new_str(file);
            crate::modules::sys::module_set(self, &m, "__file__", file);
        }
        if let Some(cached) = spec.cached {
            let cached = self.new_str(cached);
            crate::modules::sys::module_set(self, &m, "__cached__", cached);
        }
        let b = Value::Obj(self.builtins.clone());
        crate::modules::sys::module_set(self, &m, "__builtins__", b);
        let kind = self.new_str(spec.kind);
        let mv = Value::Obj(m.clone());
        self.modules_set(name, Value::Obj(m.clone()));
        let r = self.bootstrap_call(
            "_set_spec",
            vec![mv, kind, origin, Value::Bool(spec.is_pkg)],
        );
        if let Err(e) = r {
            if let Payload::Dict(d) = &self.sys_modules.payload {
                d.borrow_mut().del_str(name);
            }
            return Err(e);
        }
        let globals = match &m.payload {
            Payload::Module(md) => md.dict.clone(),
            _ => return Ok(Value::None),
        };
        let code = self.load_code(Rc::new(code));
        self.importing.push(name.to_string());
        let r = self.exec_code(code, &globals);
        self.importing.pop();
        if let Err(e) = r {
            if let Payload::Dict(d) = &self.sys_modules.payload {
                d.borrow_mut().del_str(name);
            }
            return Err(e);
        }
        Ok(self.modules_get(name).unwrap_or(Value::Obj(m)))
    }

    /// Source → code, through the bytecode cache (read if fresh; written unless disabled).
    /// `name` is the module name the cache log reports.
    pub fn compile_cached(&mut self, name: &str, path: &Path) -> PyResult<CodeObject> {
        let settings = crate::cache::Settings {
            write: !self.dont_write_bytecode(),
            prefix: self.pycache_prefix(),
            log: self.config.cache_log,
            optimize: self.config.optimize,
        };
        let mut lines = Vec::new();
        let r = crate::cache::load_source(name, path, &settings, &mut |l| lines.push(l));
        for l in lines {
            self.err.write(&format!("taipan-cache: {l}\n"));
        }
        match r {
            Ok(code) => Ok(code),
            Err(crate::cache::LoadError::Io(e)) => Err(self.os_error_from(&e, path)),
            Err(crate::cache::LoadError::Compile(e)) => Err(self.syntax_error(&e)),
        }
    }

    /// A sourceless module: the `.pyc` must be whole and of this format; its freshness
    /// cannot be checked.
    fn load_pyc(&mut self, name: &str, path: &Path) -> PyResult<CodeObject> {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => return Err(self.os_error_from(&e, path)),
        };
        let r = taipan_bytecode::pyc::decode(&data);
        if self.config.cache_log {
            let what = match &r {
                Ok(_) => "sourceless".to_string(),
                Err(e) => format!("sourceless, rejected ({e})"),
            };
            self.err.write(&format!(
                "taipan-cache: {name}: {what} {}\n",
                path.display()
            ));
        }
        match r {
            Ok((_, code)) => Ok(code),
            Err(taipan_bytecode::pyc::PycError::BadMagic) => {
                let magic = crate::objects::repr::bytes_repr(&data[..data.len().min(4)]);
                let msg = format!("bad magic number in {}: {magic}", repr_str(name));
                Err(self.import_error(&self.exc.import_error.clone(), msg, name))
            }
            Err(e) => {
                let msg = format!("bad .pyc file for {}: {e}", repr_str(name));
                Err(self.import_error(&self.exc.import_error.clone(), msg, name))
            }
        }
    }

    /// `taipan app.pyc`: CPython's errors for a file that is not a valid .pyc.
    pub fn run_pyc_code(&mut self, path: &Path) -> PyResult<CodeObject> {
        use taipan_bytecode::pyc::PycError;
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => return Err(self.os_error_from(&e, path)),
        };
        match taipan_bytecode::pyc::decode(&data) {
            Ok((_, code)) => Ok(code),
            Err(PycError::BadMagic) => Err(self.new_exception(
                &self.exc.runtime_error.clone(),
                "Bad magic number in .pyc file",
            )),
            Err(PycError::Truncated) => {
                Err(self.new_exception(&self.exc.eof_error.clone(), "EOF read where not expected"))
            }
            Err(PycError::Body(e)) => Err(self.value_error(e.to_string())),
            Err(e) => Err(self.value_error(format!("bad marshal data ({e})"))),
        }
    }

    /// `sys.pycache_prefix` when it is a string.
    pub fn pycache_prefix(&mut self) -> Option<String> {
        self.sys_attr("pycache_prefix")
            .and_then(|v| v.as_str().map(|s| s.as_str().to_string()))
    }

    fn os_error_from(&mut self, e: &std::io::Error, path: &Path) -> Value {
        self.os_error_io(e, Some(&path.to_string_lossy()))
    }

    fn dont_write_bytecode(&mut self) -> bool {
        match self.sys_attr("dont_write_bytecode") {
            Some(v) => self.truthy(&v).unwrap_or(true),
            None => self.config.dont_write_bytecode,
        }
    }

    pub fn syntax_error(&mut self, e: &taipan_compiler::CompileError) -> Value {
        let cls = match e.kind {
            taipan_compiler::ErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            taipan_compiler::ErrorKind::IndentationError => self.exc.indentation_error.clone(),
            taipan_compiler::ErrorKind::TabError => self.exc.tab_error.clone(),
            taipan_compiler::ErrorKind::NotImplemented => self.exc.not_implemented_error.clone(),
            taipan_compiler::ErrorKind::RecursionError => self.exc.recursion_error.clone(),
        };
        let msg = self.new_str(e.msg.clone());
        if matches!(
            e.kind,
            taipan_compiler::ErrorKind::NotImplemented | taipan_compiler::ErrorKind::RecursionError
        ) {
            return self.new_exception_args(&cls, vec![msg]);
        }
        let file = self.new_str(e.filename.clone());
        // As CPython's: the line with its newline, and where the error ends.
        let text = match &e.text {
            Some(t) => self.new_str(format!("{t}\n")),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            file,
            Value::Int(i64::from(e.line)),
            Value::Int(i64::from(e.col)),
            text,
            Value::Int(i64::from(e.end_line)),
            Value::Int(i64::from(e.end_col)),
        ]);
        self.new_exception_args(&cls, vec![msg, details])
    }

    /// An ImportError (or subclass) with its `name` attribute set.
    fn import_error(&mut self, cls: &ObjRef, msg: String, module: &str) -> Value {
        let e = self.new_exception(cls, msg);
        let (k, v) = (self.intern("name"), self.new_str(module));
        if let Value::Obj(o) = &e {
            if let Some(d) = o.attrs() {
                d.borrow_mut().set_str(k, v);
            }
        }
        e
    }

    pub(crate) fn import_from(&mut self, m: &Value, name: &Value) -> PyResult {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let n = name
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let mname = self
                    .get_attr_str(m, "__name__")
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.as_str().to_string()))
                    .unwrap_or_default();
                if let Some(sub) = self.modules_get(&format!("{mname}.{n}")) {
                    return Ok(sub);
                }
                let file = self
                    .get_attr_str(m, "__file__")
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.as_str().to_string()));
                let loc = match &file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                let partial = if self.importing.contains(&mname) {
                    "partially initialized module "
                } else {
                    ""
                };
                let why = if partial.is_empty() {
                    ""
                } else {
                    " (most likely due to a circular import)"
                };
                let msg = format!("cannot import name '{n}' from {partial}'{mname}'{why}{loc}");
                let e = self.import_error(&self.exc.import_error.clone(), msg, &mname);
                // As CPython: the error's `path` is the module's file.
                if let (Some(f), Value::Obj(o)) = (file, &e) {
                    let (k, v) = (self.intern("path"), self.new_str(f));
                    if let Some(d) = o.attrs() {
                        d.borrow_mut().set_str(k, v);
                    }
                }
                Err(e)
            }
        }
    }

    pub(crate) fn import_star(&mut self, m: &Value) -> PyResult<()> {
        // As CPython's import_all_from: __all__ when present, else the public names of
        // __dict__; a name that is not a str is a TypeError naming where it came from.
        let (names, from_all) = match self.get_attr_str(m, "__all__") {
            Ok(all) => (self.iterate(&all)?, true),
            Err(_) => {
                let d = self.get_attr_str(m, "__dict__")?;
                (self.iterate(&d)?, false)
            }
        };
        for n in names {
            let Some(s) = n.as_str().map(|s| s.as_str().to_string()) else {
                let mname = self
                    .get_attr_str(m, "__name__")
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.as_str().to_string()))
                    .unwrap_or_else(|| "<module>".to_string());
                let t = self.type_name(&n);
                let msg = if from_all {
                    format!("Item in {mname}.__all__ must be str, not {t}")
                } else {
                    format!("Key in {mname}.__dict__ must be str, not {t}")
                };
                return Err(self.type_error(msg));
            };
            if !from_all && s.starts_with('_') {
                continue;
            }
            let v = self.get_attr(m, &n)?;
            self.store_name(n, v)?;
        }
        Ok(())
    }
}
