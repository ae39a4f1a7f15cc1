//! PEP 695: generic functions and classes and the `type` statement. Each is compiled as
//! CPython 3.12 does, inside an "annotation scope": a hidden function that creates the
//! type parameters (CALL_INTRINSIC_1/2), defines the function or class with them in
//! scope, records `__type_params__`, and returns it.
//!
//! ```text
//! def f[T](x=d): ...   ==  f = <generic parameters of f>(d_tuple, None)
//!                          where the hidden function makes T, .type_params = (T,),
//!                          then MAKE_FUNCTION f (defaults from its parameters) and sets
//!                          f.__type_params__
//! ```

use super::{CResult, Compiler};
use crate::parse::ast::{self, Expr};
use crate::symtable;
use ruff_text_size::Ranged;
use std::rc::Rc;
use taipan_bytecode::{Const, Opcode};

/// CALL_INTRINSIC operands (see the VM's interp/intrinsics.rs).
const TYPEVAR: u32 = 1;
const PARAMSPEC: u32 = 2;
const TYPEVARTUPLE: u32 = 3;
const SUBSCRIPT_GENERIC: u32 = 4;
const TYPEALIAS: u32 = 5;
const TYPEVAR_WITH_BOUND: u32 = 1;
const TYPEVAR_WITH_CONSTRAINTS: u32 = 2;

impl<'a> Compiler<'a> {
    /// Opens the annotation scope of a generic definition and creates its type
    /// parameters (each stored under its name, all in `.type_params`).
    fn open_type_params(
        &mut self,
        tp: &'a ast::TypeParams,
        name: &str,
        range: ruff_text_size::TextRange,
        argcount: u32,
    ) -> CResult {
        let scope = self.scope_id(symtable::key(symtable::KEY_TYPE_PARAMS, range));
        let label = format!("<generic parameters of {name}>");
        let line = self.line_of(range.start());
        self.push_unit(
            scope,
            Rc::from(label.as_str()),
            Rc::from(label.as_str()),
            line,
        );
        self.unit().argcount = argcount;
        self.scope_flags(scope);
        for p in &tp.type_params {
            let (n, bound, kind) = match p {
                ast::TypeParam::TypeVar(t) => (&t.name, t.bound.as_deref(), TYPEVAR),
                ast::TypeParam::ParamSpec(t) => (&t.name, None, PARAMSPEC),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, None, TYPEVARTUPLE),
            };
            self.set_loc(p.range());
            self.load_const(Const::Str(Rc::from(n.id.as_str())));
            match bound {
                Some(b) => {
                    self.lazy_function(n.id.as_str(), b)?;
                    let which = if matches!(b, Expr::Tuple(_)) {
                        TYPEVAR_WITH_CONSTRAINTS
                    } else {
                        TYPEVAR_WITH_BOUND
                    };
                    self.emit(Opcode::CallIntrinsic2, which);
                }
                None => self.emit(Opcode::CallIntrinsic1, kind),
            }
            self.emit(Opcode::Copy, 1);
            self.store_name(n.id.as_str());
        }
        self.emit(Opcode::BuildTuple, tp.type_params.len() as u32);
        self.store_name(".type_params");
        Ok(())
    }

    /// A function of no arguments returning `e`, evaluated only when asked (bounds,
    /// constraints, an alias's value).
    fn lazy_function(&mut self, name: &str, e: &'a Expr) -> CResult {
        let scope = self.scope_id(symtable::key(symtable::KEY_LAZY, e.range()));
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.range().start());
        self.push_unit(scope, Rc::from(name), qualname, line);
        self.scope_flags(scope);
        self.expr(e)?;
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0);
        Ok(())
    }

    /// `obj.__type_params__ = .type_params` for the object on top (kept there).
    fn set_type_params(&mut self) {
        self.emit(Opcode::Copy, 1);
        self.load_name(".type_params");
        self.emit(Opcode::Swap, 2);
        let n = self.add_name("__type_params__");
        self.emit(Opcode::StoreAttr, n);
    }

    /// Closes the annotation scope (returning the value on top) and calls it with the
    /// `nargs` values the caller pushes through `push_args`.
    fn call_type_params(
        &mut self,
        push_args: &mut dyn FnMut(&mut Self) -> CResult<u32>,
    ) -> CResult {
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0);
        let n = push_args(self)?;
        self.emit(Opcode::Call, n);
        Ok(())
    }

    /// `def f[T](...)`: decorators are already on the stack.
    pub(crate) fn generic_function_def(
        &mut self,
        f: &'a ast::StmtFunctionDef,
        tp: &'a ast::TypeParams,
    ) -> CResult {
        self.open_type_params(tp, &f.name.id, f.range, 2)?;
        let has_pos = f
            .parameters
            .posonlyargs
            .iter()
            .chain(f.parameters.args.iter())
            .any(|a| a.default.is_some());
        let has_kw = f.parameters.kwonlyargs.iter().any(|a| a.default.is_some());
        let mut fl = 0;
        if has_pos {
            self.load_name(".defaults");
            fl |= 1;
        }
        if has_kw {
            self.load_name(".kwdefaults");
            fl |= 2;
        }
        fl |= self.annotations(f)?;
        self.function_body(f, fl)?;
        self.set_type_params();
        self.call_type_params(&mut |c: &mut Self| {
            let dfl = c.defaults(&f.parameters)?;
            // Exactly (.defaults, .kwdefaults), None for a missing one.
            if dfl & 1 == 0 {
                c.load_const(Const::None);
                if dfl & 2 != 0 {
                    c.emit(Opcode::Swap, 2);
                }
            }
            if dfl & 2 == 0 {
                c.load_const(Const::None);
            }
            Ok(2)
        })
    }

    /// `class C[T](bases)`: decorators are already on the stack.
    pub(crate) fn generic_class_def(
        &mut self,
        c: &'a ast::StmtClassDef,
        tp: &'a ast::TypeParams,
    ) -> CResult {
        self.open_type_params(tp, &c.name.id, c.range, 0)?;
        self.class_body(
            c,
            Some(|c: &mut Self| {
                c.load_name(".type_params");
                c.emit(Opcode::CallIntrinsic1, SUBSCRIPT_GENERIC);
            }),
        )?;
        self.set_type_params();
        self.call_type_params(&mut |_| Ok(0))
    }

    /// `type X[T] = value`.
    pub(crate) fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult {
        let Expr::Name(n) = &*t.name else {
            return Err(self.error("invalid syntax", t.range));
        };
        let name = n.id.as_str();
        match &t.type_params {
            Some(tp) => {
                self.open_type_params(tp, name, t.range, 0)?;
                self.load_const(Const::Str(Rc::from(name)));
                self.load_name(".type_params");
                self.lazy_function(name, &t.value)?;
                self.emit(Opcode::BuildTuple, 3);
                self.emit(Opcode::CallIntrinsic1, TYPEALIAS);
                self.call_type_params(&mut |_| Ok(0))?;
            }
            None => {
                self.load_const(Const::Str(Rc::from(name)));
                self.load_const(Const::None);
                self.lazy_function(name, &t.value)?;
                self.emit(Opcode::BuildTuple, 3);
                self.emit(Opcode::CallIntrinsic1, TYPEALIAS);
            }
        }
        self.store_name(name);
        Ok(())
    }
}
