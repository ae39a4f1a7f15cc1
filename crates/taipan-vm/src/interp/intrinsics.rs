//! CALL_INTRINSIC_1/2: the runtime objects of PEP 695 syntax. They are Python classes of
//! the frozen `_taipan_typing` module (lib/), imported on first use.

use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    fn typing_helper(&mut self, name: &str, args: Vec<Value>) -> PyResult {
        let module_name = self.new_str("_taipan_typing");
        let empty = self.new_tuple(vec![]);
        let m = self.import_name(&module_name, &empty, &Value::Int(0))?;
        let f = self.get_attr_str(&m, name)?;
        self.call(&f, Args::new(args))
    }

    pub(crate) fn intrinsic1(&mut self, kind: u32, v: Value) -> PyResult {
        let name = match kind {
            1 => "typevar",
            2 => "paramspec",
            3 => "typevartuple",
            4 => "subscript_generic",
            5 => "typealias",
            _ => {
                return Err(self.new_exception(&self.exc.system_error.clone(), "unknown intrinsic"))
            }
        };
        let r = self.typing_helper(name, vec![v])?;
        if kind == 5 {
            // A type alias belongs to the module that defines it.
            let module = self.frames.last().and_then(|f| match &f.globals.payload {
                crate::value::Payload::Dict(d) => d.borrow().get_str("__name__"),
                _ => None,
            });
            if let Some(m) = module {
                let k = self.intern("__module__");
                self.set_attr(&r, &k, m)?;
            }
        }
        Ok(r)
    }

    pub(crate) fn intrinsic2(&mut self, kind: u32, a: Value, b: Value) -> PyResult {
        let name = match kind {
            1 => "typevar_with_bound",
            2 => "typevar_with_constraints",
            _ => {
                return Err(self.new_exception(&self.exc.system_error.clone(), "unknown intrinsic"))
            }
        };
        self.typing_helper(name, vec![a, b])
    }
}
