//! Code objects nested in others: functions, lambdas, classes and comprehensions.
//!
//! A function definition emits, in order: decorators, the defaults tuple, the kw-defaults
//! dict, the closure tuple, the code constant, MAKE_FUNCTION, one CALL 1 per decorator,
//! then the store of its name.

use super::{CResult, Compiler};
use crate::parse::ast::{self, Expr};
use crate::symtable::{self, ScopeKind};
use std::rc::Rc;
use taipan_bytecode::code::flags;
use taipan_bytecode::{CodeObject, Const, Opcode};

pub(crate) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl<'a> Compiler<'a> {
    pub(crate) fn qualname_for(&self, name: &str) -> Rc<str> {
        // Annotation scopes of generic definitions do not show in qualified names.
        let Some(parent) = self
            .units
            .iter()
            .rev()
            .find(|u| !u.name.starts_with("<generic parameters of "))
        else {
            return Rc::from(name);
        };
        match parent.kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", parent.qualname, name)),
            _ => Rc::from(format!("{}.<locals>.{}", parent.qualname, name)),
        }
    }

    pub(crate) fn scope_id(&self, key: symtable::ScopeKey) -> usize {
        // Every scope-creating node was registered by the symbol table pass.
        *self
            .table
            .by_key
            .get(&key)
            .expect("scope registered by symtable")
    }

    /// Pushes defaults and kw-defaults; returns the MAKE_FUNCTION flags they need.
    pub(crate) fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut fl = 0;
        let positional: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !positional.is_empty() {
            for d in &positional {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, positional.len() as u32);
            fl |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.load_const(Const::Str(Rc::from(*name)));
                self.expr(d)?;
            }
            self.emit(Opcode::BuildMap, kw.len() as u32);
            fl |= 2;
        }
        Ok(fl)
    }

    /// The (name, annotation, ...) tuple MAKE_FUNCTION stores as `__annotations__`
    /// (flag 4), evaluated after the defaults as in CPython; 0 when nothing is annotated.
    pub(crate) fn annotations(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<u32> {
        let p = &f.parameters;
        let params = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        let mut n = 0;
        for param in params {
            if let Some(ann) = &param.annotation {
                let name = self.mangle(&param.name.id).into_owned();
                self.load_const(Const::Str(Rc::from(name)));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(ret) = &f.returns {
            self.load_const(Const::Str(Rc::from("return")));
            self.annotation(ret)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Opcode::BuildTuple, 2 * n);
        Ok(4)
    }

    fn set_params(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Emits the closure tuple (if the code has free variables), the code and MAKE_FUNCTION.
    pub(crate) fn make_function(&mut self, code: CodeObject, mut fl: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.deref_index(&name);
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            fl |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, fl);
    }

    pub(crate) fn scope_flags(&mut self, scope: usize) {
        let s = &self.table.scopes[scope];
        let gen = s.is_generator;
        let is_async = s.is_async;
        let nested = s
            .parent
            .map(|p| self.table.scopes[p].is_function_like())
            .unwrap_or(false);
        let u = self.unit();
        u.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        u.flags |= match (is_async, gen) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::COROUTINE,
            (false, true) => flags::GENERATOR,
            (false, false) => 0,
        };
        if nested {
            u.flags |= flags::NESTED;
        }
    }

    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        match &f.type_params {
            Some(tp) => self.generic_function_def(f, tp)?,
            None => {
                let fl = self.defaults(&f.parameters)? | self.annotations(f)?;
                self.function_body(f, fl)?;
            }
        }
        for _ in &f.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    /// The function's code and MAKE_FUNCTION (with `fl`'s extras already on the stack).
    pub(crate) fn function_body(&mut self, f: &'a ast::StmtFunctionDef, fl: u32) -> CResult {
        let scope = self.scope_id(symtable::key(symtable::KEY_FUNCTION, f.range));
        let qualname = self.qualname_for(&f.name.id);
        let first_line = f
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range.start()))
            .unwrap_or_else(|| self.line_of(f.range.start()));
        self.push_unit(scope, Rc::from(f.name.id.as_str()), qualname, first_line);
        self.set_params(&f.parameters);
        self.scope_flags(scope);
        let body: &'a [ast::Stmt] = &f.body;
        let body = match self.docstring(body) {
            Some(doc) => {
                self.unit().docstring = Some(Rc::from(doc));
                &body[1..]
            }
            None => body,
        };
        self.stmts(body)?;
        // The implicit `return None`, only where control can reach it (as CPython, which
        // drops it after a final `return` or `raise`).
        if self.can_fall_off() {
            let k = self.add_const(Const::None);
            self.emit(Opcode::ReturnConst, k);
        }
        let code = self.pop_unit()?;
        self.set_loc(f.range);
        self.make_function(code, fl);
        Ok(())
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let fl = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = self.scope_id(symtable::key(symtable::KEY_LAMBDA, l.range));
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range.start());
        self.push_unit(scope, Rc::from("<lambda>"), qualname, line);
        if let Some(p) = &l.parameters {
            self.set_params(p);
        }
        self.scope_flags(scope);
        self.expr(&l.body)?;
        if self.table.scopes[scope].is_generator {
            self.emit(Opcode::PopTop, 0);
            self.load_const(Const::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, fl);
        Ok(())
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        match &c.type_params {
            Some(tp) => self.generic_class_def(c, tp)?,
            None => self.class_body(c, None)?,
        }
        for _ in &c.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(&c.name.id);
        Ok(())
    }

    /// LOAD_BUILD_CLASS, the body function, and the call making the class (with the
    /// extra base `extra` pushes, if any).
    pub(crate) fn class_body(
        &mut self,
        c: &'a ast::StmtClassDef,
        extra: Option<fn(&mut Self)>,
    ) -> CResult {
        let scope = self.scope_id(symtable::key(symtable::KEY_CLASS, c.range));
        let qualname = self.qualname_for(&c.name.id);
        let first_line = self.line_of(c.range.start());
        self.emit(Opcode::LoadBuildClass, 0);
        self.push_unit(
            scope,
            Rc::from(c.name.id.as_str()),
            qualname.clone(),
            first_line,
        );
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Const::Str(qualname));
        self.store_name("__qualname__");
        let body: &'a [ast::Stmt] = &c.body;
        if super::has_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        let body = match self.docstring(body) {
            Some(doc) => {
                self.load_const(Const::Str(Rc::from(doc)));
                self.store_name("__doc__");
                &body[1..]
            }
            None => body,
        };
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.store_name("__classcell__");
            self.emit(Opcode::ReturnValue, 0);
        } else {
            self.load_const(Const::None);
            self.emit(Opcode::ReturnValue, 0);
        }
        let code = self.pop_unit()?;
        self.set_loc(c.range);
        self.make_function(code, 0);
        self.load_const(Const::Str(Rc::from(c.name.id.as_str())));
        let (args, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_with_extra(2, args, kws, c.range, extra)?;
        Ok(())
    }

    /// A comprehension is a function of one argument (`.0`, the first iterator), called at
    /// once with `iter(first iterable)`.
    pub(crate) fn comprehension(
        &mut self,
        range: ruff_text_size::TextRange,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let scope = self.scope_id(symtable::key(symtable::KEY_COMP, range));
        if self.table.scopes[scope].inlined {
            return self.inline_comprehension(scope, gens, kind);
        }
        let qualname = self.qualname_for(name);
        let line = self.line_of(range.start());
        self.push_unit(scope, Rc::from(name), qualname, line);
        self.unit().argcount = 1;
        self.scope_flags(scope);
        let is_gen = matches!(kind, CompKind::Gen(_));
        match kind {
            CompKind::List(_) => self.emit(Opcode::BuildList, 0),
            CompKind::Set(_) => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Opcode::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        if !is_gen {
            self.unit().depth += 1;
        }
        self.comp_loop(gens, 0, &kind, false)?;
        if is_gen {
            self.load_const(Const::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, 0);
        self.expr(&gens[0].iter)?;
        self.get_iter(gens[0].is_async);
        self.emit(Opcode::Call, 1);
        // An asynchronous list/set/dict comprehension that is not inlined is a coroutine
        // function: its result is awaited here (a generator expression's is returned).
        if self.table.scopes[scope].is_async && !is_gen {
            self.emit_await(0);
        }
        Ok(())
    }

    /// GET_ITER, or GET_AITER for `async for`.
    fn get_iter(&mut self, is_async: bool) {
        self.emit(
            if is_async {
                Opcode::GetAiter
            } else {
                Opcode::GetIter
            },
            0,
        );
    }

    /// `await` of the value on top: GET_AWAITABLE then the SEND/YIELD_VALUE loop.
    pub(crate) fn emit_await(&mut self, context: u32) {
        self.emit(Opcode::GetAwaitable, context);
        self.load_const(Const::None);
        self.yield_from_loop();
    }

    /// The next value of an async iterator on top, or a jump to `end` (via the
    /// END_ASYNC_FOR handler, which pops the iterator) when it is exhausted:
    /// `GET_ANEXT; await` covered by a handler at the current depth, which counts the
    /// iterator.
    pub(crate) fn async_next(&mut self, handler: super::Label) {
        let d = self.unit_ref().depth;
        self.push_handler(handler, d);
        self.emit(Opcode::GetAnext, 0);
        self.emit_await(0);
        self.unit().handlers.pop();
    }

    /// A list/set/dict comprehension inlined into the current code (PEP 709): no function,
    /// no frame. The names it binds are isolated by saving the current code's slots:
    ///
    /// ```text
    ///     <first iterable>; GET_ITER
    ///     (LOAD_FAST_AND_CLEAR x; SWAP 2)...        saved values under the iterator
    ///     BUILD_LIST 0; SWAP 2                      (saved.. result iter)   handler R
    ///     <loops>                                   as comp_loop
    ///     (SWAP 2; STORE_FAST x)... reversed; JUMP end
    /// R:  (SWAP 2; STORE_FAST x)... reversed; RERAISE
    /// end:
    /// ```
    fn inline_comprehension(
        &mut self,
        scope: usize,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        self.expr(&gens[0].iter)?;
        self.get_iter(gens[0].is_async);
        let names: Vec<String> = self.table.scopes[scope]
            .local_names()
            .map(str::to_string)
            .collect();
        let slots: Vec<u32> = names
            .iter()
            .map(|n| self.varname_index(&self.mangle(n)))
            .collect();
        for &slot in &slots {
            self.emit(Opcode::LoadFastAndClear, slot);
            self.emit(Opcode::Swap, 2);
        }
        match kind {
            CompKind::List(_) => self.emit(Opcode::BuildList, 0),
            CompKind::Set(_) => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Opcode::BuildMap, 0),
            CompKind::Gen(_) => unreachable!("generator expressions are never inlined"),
        }
        self.emit(Opcode::Swap, 2);
        let d = self.unit_ref().depth;
        let k = slots.len() as u32;
        let restore = self.new_label();
        let end = self.new_label();
        self.unit().depth += k + 1;
        self.push_comp_handler(restore, d + k);
        self.unit().inline_scopes.push(scope);
        self.comp_loop(gens, 0, &kind, true)?;
        self.unit().inline_scopes.pop();
        self.unit().handlers.pop();
        self.unit().depth = d;
        for &slot in slots.iter().rev() {
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::StoreFast, slot);
        }
        self.emit_jump(Opcode::Jump, end);
        self.bind(restore);
        for &slot in slots.iter().rev() {
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::StoreFast, slot);
        }
        self.emit(Opcode::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: &CompKind<'a>,
        inlined: bool,
    ) -> CResult {
        let g = &gens[i];
        let top = self.new_label();
        let end = self.new_label();
        if i == 0 {
            // Function form: the iterator is the argument; inlined: already on the stack.
            if !inlined {
                let z = self.varname_index(".0");
                self.emit(Opcode::LoadFast, z);
            }
        } else {
            self.expr(&g.iter)?;
            self.get_iter(g.is_async);
        }
        self.unit().depth += 1;
        self.bind(top);
        let exhausted = self.new_label();
        if g.is_async {
            self.async_next(exhausted);
        } else {
            self.emit_jump(Opcode::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, inlined)?;
        } else {
            // The result container sits below one iterator per loop.
            let deep = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::ListAppend, deep);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::SetAdd, deep);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Opcode::MapAdd, deep);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit_yield();
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.emit_jump(Opcode::Jump, top);
        if g.is_async {
            self.bind(exhausted);
            self.emit(Opcode::EndAsyncFor, 0);
        }
        self.bind(end);
        self.unit().depth -= 1;
        Ok(())
    }
}
