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
        })
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
            Const::Str(s) => self.intern(s),
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
        let Some(name) = name.as_str().map(|s| s.as_str().to_string()) else {
            return Err(self.type_error("module name must be a string"));
        };
        let level = self.index_of(level)?;
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let full = if level > 0 {
            let package = self.current_package();
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
                    let _ = self.import_one(&format!("{full}.{s}"), &module);
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

    fn current_package(&mut self) -> String {
        let Some(f) = self.frames.last() else {
            return String::new();
        };
        let g = f.globals.clone();
        let get = |k: &str| match &g.payload {
            Payload::Dict(d) => d.borrow().get_str(k),
            _ => None,
        };
        if let Some(p) = get("__package__").and_then(|p| p.as_str().map(|s| s.as_str().to_string()))
        {
            return p;
        }
        let name = get("__name__")
            .and_then(|p| p.as_str().map(|s| s.as_str().to_string()))
            .unwrap_or_default();
        if get("__path__").is_some() {
            name
        } else {
            name.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
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
            return Ok(m);
        }
        // As CPython's meta_path: built-in (native) modules first, then sys.path, then
        // the frozen library (which sits at the end of the path, so CPython's own
        // pure-Python modules on PYTHONPATH take precedence over Taipan's).
        if let Some(init) = crate::modules::native(fullname) {
            let m = Value::Obj(init(self));
            self.modules_set(fullname, m.clone());
            let short = fullname.rsplit('.').next().unwrap_or(fullname);
            self.bind_submodule(parent, short, &m);
            return Ok(m);
        }
        let dirs: Vec<String> = if parent.is_none() {
            match self.sys_attr("path") {
                Some(p) => self
                    .iterate(&p)?
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                    .collect(),
                None => vec![],
            }
        } else {
            match self.get_attr_str(parent, "__path__") {
                Ok(p) => self
                    .iterate(&p)?
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                    .collect(),
                Err(_) => vec![],
            }
        };
        let short = fullname.rsplit('.').next().unwrap_or(fullname);
        // Only a plain name can be a file in a directory on the path.
        let findable = !short.is_empty() && !short.contains(['/', '\\', '\0']);
        for d in dirs.into_iter().filter(|_| findable) {
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
            let Some((path, is_pkg)) = candidates.into_iter().find(|(p, _)| p.is_file()) else {
                continue;
            };
            let m = self.load_source_module(fullname, &path, is_pkg)?;
            self.bind_submodule(parent, short, &m);
            return Ok(m);
        }
        if let Some((is_pkg, data)) = crate::modules::frozen(fullname) {
            let m = self.load_frozen_module(fullname, is_pkg, data)?;
            self.bind_submodule(parent, short, &m);
            return Ok(m);
        }
        let mut msg = format!("No module named '{fullname}'");
        if !parent.is_none() && !self.is_package(parent) {
            let pname = fullname.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            msg.push_str(&format!("; '{pname}' is not a package"));
        }
        Err(self.import_error(&self.exc.module_not_found_error.clone(), msg, fullname))
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
            crate::cache::cache_from_source(&file, prefix.as_deref(), "")
        };
        let pkg_dir = is_pkg.then(|| {
            path.parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        let spec = ModuleSpec {
            file: Some(file),
            cached: Some(cached),
            path: pkg_dir,
            is_pkg,
        };
        self.exec_new_module(name, code, spec)
    }

    /// A module of Taipan's frozen library (`lib/`, compiled at build time).
    fn load_frozen_module(&mut self, name: &str, is_pkg: bool, data: &[u8]) -> PyResult {
        let code = match taipan_bytecode::marshal::loads(data) {
            Ok(c) => c,
            Err(e) => {
                let msg = format!("frozen module {name} is damaged: {e}");
                return Err(self.import_error(&self.exc.import_error.clone(), msg, name));
            }
        };
        if self.config.cache_log {
            self.err.write(&format!("taipan-cache: {name}: frozen\n"));
        }
        let spec = ModuleSpec {
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
        if let Some(file) = spec.file {
            let file = self.new_str(file);
            crate::modules::sys::module_set(self, &m, "__file__", file);
        }
        if let Some(cached) = spec.cached {
            let cached = self.new_str(cached);
            crate::modules::sys::module_set(self, &m, "__cached__", cached);
        }
        let pkg = if spec.is_pkg {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        };
        let pkg = self.new_str(pkg);
        crate::modules::sys::module_set(self, &m, "__package__", pkg);
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
        let b = Value::Obj(self.builtins.clone());
        crate::modules::sys::module_set(self, &m, "__builtins__", b);
        self.modules_set(name, Value::Obj(m.clone()));
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
                let loc = match file {
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
                Err(self.import_error(&self.exc.import_error.clone(), msg, &mname))
            }
        }
    }

    pub(crate) fn import_star(&mut self, m: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.get_attr_str(m, "__all__") {
            Ok(all) => self.iterate(&all)?,
            Err(_) => {
                let d = self.get_attr_str(m, "__dict__")?;
                let keys = self.iterate(&d)?;
                keys.into_iter()
                    .filter(|k| {
                        k.as_str()
                            .map(|s| !s.as_str().starts_with('_'))
                            .unwrap_or(false)
                    })
                    .collect()
            }
        };
        for n in names {
            let v = self.get_attr(m, &n)?;
            self.store_name(n, v)?;
        }
        Ok(())
    }
}
