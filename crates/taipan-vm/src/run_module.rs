//! `taipan -m NAME`: runs a module (or a package's `__main__`) as `__main__`, as CPython's
//! runpy: parent packages are imported first, the module gets its `__spec__`, and
//! `sys.argv[0]` becomes the module's file.

use crate::modules::sys::module_set;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::Args;
use crate::Interpreter;

impl Interpreter {
    /// Runs module `name` as `__main__`; `prog` names the interpreter in error messages.
    pub fn run_module(&mut self, name: &str, prog: &str) -> i32 {
        let m = self.main_module(None);
        let spec = match self.main_spec(name) {
            Ok(spec) => spec,
            Err(e) => return self.finish(Err(e), &m),
        };
        if let Some(msg) = spec.as_str() {
            eprintln!("{prog}: {}", msg.as_str());
            return 1;
        }
        match self.prepare_main(&m, &spec) {
            Ok(code) => self.finish(Ok(code), &m),
            Err(e) => self.finish(Err(e), &m),
        }
    }

    /// `_frozen_importlib._taipan_main_spec(name)`: a spec, or a message (a str).
    fn main_spec(&mut self, name: &str) -> Result<Value, Value> {
        let vm = &mut self.vm;
        let bname = vm.new_str("_frozen_importlib");
        let boot = vm.import_name(&bname, &Value::None, &Value::Int(0))?;
        let f = vm.get_attr_str(&boot, "_taipan_main_spec")?;
        let n = vm.new_str(name);
        vm.call(&f, Args::new(vec![n]))
    }

    /// Gives `__main__` the spec's attributes, points sys.argv[0] at the file, and
    /// returns the code to run.
    fn prepare_main(
        &mut self,
        m: &ObjRef,
        spec: &Value,
    ) -> Result<taipan_bytecode::CodeObject, Value> {
        let vm = &mut self.vm;
        let origin = vm.get_attr_str(spec, "origin")?;
        let spec_name = vm.get_attr_str(spec, "name")?;
        let spec_name = spec_name
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        for (attr, key) in [
            ("__spec__", None),
            ("__loader__", Some("loader")),
            ("__package__", Some("parent")),
        ] {
            let v = match key {
                None => spec.clone(),
                Some(k) => vm.get_attr_str(spec, k)?,
            };
            module_set(vm, m, attr, v);
        }
        let has_location = vm.get_attr_str(spec, "has_location")?;
        let file = origin.as_str().map(|s| s.as_str().to_string());
        match file {
            Some(path) if vm.truthy(&has_location)? => {
                module_set(vm, m, "__file__", origin.clone());
                let cached = vm.get_attr_str(spec, "cached")?;
                module_set(vm, m, "__cached__", cached);
                if let Some(argv) = vm.sys_attr("argv") {
                    if let Some(Payload::List(l)) = argv.payload() {
                        if let Some(first) = l.borrow_mut().first_mut() {
                            *first = origin.clone();
                        }
                    }
                }
                vm.compile_cached("__main__", std::path::Path::new(&path))
            }
            _ => match crate::modules::frozen(&spec_name) {
                Some((_, data)) => taipan_bytecode::marshal::loads_deferred(data).map_err(|e| {
                    vm.runtime_error(format!("frozen module {spec_name} is damaged: {e}"))
                }),
                None => Err(vm.new_exception(
                    &vm.exc.not_implemented_error.clone(),
                    format!("taipan -m cannot run module {spec_name} (it has no source file)"),
                )),
            },
        }
    }
}
