//! Taipan's virtual machine and its embedding API: `Interpreter::new(config)` then
//! `run_file` / `run_source`, each returning the process exit status CPython would use.

pub mod bootstrap;
pub mod builtins;
pub mod cache;
pub mod constructors;
pub mod exec;
pub mod import;
pub mod interp;
pub mod memory;
pub mod methods;
pub mod modules;
pub mod namespaces;
pub mod objects;
mod run_module;
pub mod suggestions;
pub mod traceback;
pub mod traceback_group;
pub mod value;
pub mod vm;

pub use vm::{Config, Vm};

pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        let seed = std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok());
        let (k0, k1) = match seed {
            Some(0) => (0, 0),
            Some(s) => (s, s.rotate_left(32)),
            None => {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1);
                (t ^ u64::from(std::process::id()), t.rotate_left(17))
            }
        };
        objects::str::set_hash_key(k0, k1);
        modules::signal::startup();
        Interpreter {
            vm: bootstrap::new_vm(config),
        }
    }

    fn main_module(&mut self, file: Option<&str>) -> value::ObjRef {
        let m = modules::sys::new_module(&mut self.vm, "__main__");
        if let Some(f) = file {
            let fv = self.vm.new_str(f);
            modules::sys::module_set(&mut self.vm, &m, "__file__", fv);
        }
        let b = value::Value::Obj(self.vm.builtins.clone());
        modules::sys::module_set(&mut self.vm, &m, "__builtins__", b);
        modules::sys::module_set(&mut self.vm, &m, "__package__", value::Value::None);
        // A script run directly has no spec (as CPython; `-m` would give one).
        modules::sys::module_set(&mut self.vm, &m, "__spec__", value::Value::None);
        modules::sys::module_set(&mut self.vm, &m, "__doc__", value::Value::None);
        let k = self.vm.new_str("__main__");
        if let value::Payload::Dict(d) = &self.vm.sys_modules.payload {
            d.borrow_mut().set_str(k, value::Value::Obj(m.clone()));
        }
        m
    }

    /// Runs a script file (cached in __pycache__ when its name ends in .py).
    pub fn run_file(&mut self, path: &std::path::Path) -> i32 {
        let m = self.main_module(Some(&path.to_string_lossy()));
        let ext = path.extension().and_then(|e| e.to_str());
        let code = if ext == Some("py") {
            self.vm.compile_cached("__main__", path)
        } else if ext == Some("pyc") {
            self.vm.run_pyc_code(path)
        } else {
            match std::fs::read(path) {
                Ok(b) => taipan_compiler::compile_bytes_mode_opt(
                    &b,
                    &path.to_string_lossy(),
                    taipan_compiler::Mode::Exec,
                    self.vm.config.optimize,
                )
                .map_err(|e| self.vm.syntax_error(&e)),
                Err(e) => Err(self
                    .vm
                    .new_exception(&self.vm.exc.os_error.clone(), e.to_string())),
            }
        };
        self.finish(code, &m)
    }

    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        let m = self.main_module(None);
        let optimize = self.vm.config.optimize;
        let code = taipan_compiler::compile_source_opt(
            source,
            filename,
            taipan_compiler::Mode::Exec,
            optimize,
        )
        .map_err(|e| self.vm.syntax_error(&e));
        self.finish(code, &m)
    }

    fn finish(
        &mut self,
        code: Result<taipan_bytecode::CodeObject, value::Value>,
        m: &value::ObjRef,
    ) -> i32 {
        let globals = match &m.payload {
            value::Payload::Module(md) => md.dict.clone(),
            _ => return 1,
        };
        let result = match code {
            Ok(code) => {
                let code = self.vm.load_code(std::rc::Rc::new(code));
                self.vm.exec_code(code, &globals).map(|_| ())
            }
            Err(e) => Err(e),
        };
        let mut interrupted = false;
        let mut status = match result {
            Ok(()) => 0,
            Err(e) => {
                interrupted = self
                    .vm
                    .is_instance_of(&e, &self.vm.exc.keyboard_interrupt.clone());
                traceback::handle_uncaught(&mut self.vm, &e)
            }
        };
        modules::atexit::run_exitfuncs(&mut self.vm);
        self.vm.shutdown();
        self.vm.out.flush();
        if self.vm.out.failed.take().is_some() && status == 0 {
            // CPython's final flush of sys.stdout failing (the reader went away).
            self.vm.err.write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
            status = 120;
        }
        self.vm.err.flush();
        if interrupted {
            modules::signal::die_of_sigint();
            status = 130;
        }
        status
    }
}
