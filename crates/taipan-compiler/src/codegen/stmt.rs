//! Statements: assignment forms, control flow, imports, and the break/continue/return
//! unwinding through enclosing blocks.

use super::{CResult, Compiler, FBlock};
use crate::parse::ast::{self, Expr, Stmt};
use taipan_bytecode::{BinOp, Const, Opcode};

pub(crate) fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Subtract,
        O::Mult => BinOp::Multiply,
        O::MatMult => BinOp::MatrixMultiply,
        O::Div => BinOp::TrueDivide,
        O::Mod => BinOp::Remainder,
        O::Pow => BinOp::Power,
        O::LShift => BinOp::Lshift,
        O::RShift => BinOp::Rshift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDivide,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        use ruff_text_size::Ranged;
        self.set_loc(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                if self.displays_expressions() {
                    self.display_value();
                }
                self.emit(Opcode::PopTop, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Pass(_) => self.emit(Opcode::Nop, 0),
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
            }
            Stmt::Assert(_) if !self.asserts_enabled() => {}
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, w.is_async)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => self.type_alias(t)?,
            Stmt::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
        }
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::StoreAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::StoreSubscr, 0);
            }
            Expr::Tuple(tu) => self.unpack(&tu.elts, tu.range)?,
            Expr::List(l) => self.unpack(&l.elts, l.range)?,
            Expr::Starred(s) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => {
                use ruff_text_size::Ranged;
                return Err(self.error("cannot assign to expression", other.range()));
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], range: ruff_text_size::TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.error("multiple starred expressions in assignment", range));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::DeleteAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                use ruff_text_size::Ranged;
                return Err(self.error("cannot delete expression", other.range()));
            }
        }
        Ok(())
    }

    /// `target: annotation [= value]`. In a module or class body a simple name's
    /// annotation is stored in `__annotations__`; other annotations are evaluated and
    /// dropped there, and never evaluated in functions (CPython 3.12 without PEP 563).
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let at_top = matches!(
            self.unit_ref().kind,
            crate::symtable::ScopeKind::Module | crate::symtable::ScopeKind::Class
        );
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if at_top {
                    self.annotation(&a.annotation)?;
                    self.load_name("__annotations__");
                    let name = self.mangle(&n.id).into_owned();
                    self.load_const(Const::Str(std::rc::Rc::from(name)));
                    self.emit(Opcode::StoreSubscr, 0);
                }
                return Ok(());
            }
            // Without a value, the target's own parts are still evaluated.
            Expr::Attribute(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.emit(Opcode::PopTop, 0);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.emit(Opcode::PopTop, 0);
                self.expr(&t.slice)?;
                self.emit(Opcode::PopTop, 0);
            }
            _ => {}
        }
        // (Under PEP 563 these annotations are not evaluated at all.)
        if at_top && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::stmt::binop_of(a.op) as u32 + BinOp::INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(Opcode::BinaryOp, op);
                self.store_name(&n.id);
            }
            // As CPython: the target's load and store carry the target's position (a
            // traceback draws `d[k]` there), the operation the statement's.
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                let stmt = self.set_loc(at.range);
                self.emit(Opcode::Copy, 1);
                let n = self.add_name(&self.mangle(&at.attr.id));
                self.emit(Opcode::LoadAttr, n);
                self.expr(&a.value)?;
                self.unit().loc = stmt;
                self.emit(Opcode::BinaryOp, op);
                self.set_loc(at.range);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, n);
                self.unit().loc = stmt;
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let stmt = self.set_loc(s.range);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.unit().loc = stmt;
                self.emit(Opcode::BinaryOp, op);
                self.set_loc(s.range);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
                self.unit().loc = stmt;
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    a.range,
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            next = self.new_label();
            self.set_loc(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let top = self.new_label();
        let orelse = self.new_label();
        let after = self.new_label();
        self.bind(top);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(
            FBlock::Loop {
                cont: top,
                brk: after,
                is_for: false,
            },
            w.range,
        )?;
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::Jump, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(after);
        Ok(())
    }

    /// `async for`: GET_AITER, then each turn GET_ANEXT and an await covered by the
    /// END_ASYNC_FOR handler, which ends the loop on StopAsyncIteration.
    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async && !self.in_async_function() {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let top = self.new_label();
        let orelse = self.new_label();
        let after = self.new_label();
        self.expr(&f.iter)?;
        self.emit(
            if f.is_async {
                Opcode::GetAiter
            } else {
                Opcode::GetIter
            },
            0,
        );
        self.unit().depth += 1;
        self.bind(top);
        let exhausted = self.new_label();
        if f.is_async {
            self.async_next(exhausted);
        } else {
            self.emit_jump(Opcode::ForIter, orelse);
        }
        self.store_target(&f.target)?;
        self.push_fblock(
            FBlock::Loop {
                cont: top,
                brk: after,
                is_for: true,
            },
            f.range,
        )?;
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::Jump, top);
        self.unit().depth -= 1;
        if f.is_async {
            self.bind(exhausted);
            self.emit(Opcode::EndAsyncFor, 0);
        }
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(after);
        Ok(())
    }

    /// Inside an `async def` (where `async for`/`async with` are allowed).
    pub(crate) fn in_async_function(&self) -> bool {
        use taipan_bytecode::code::flags;
        self.unit_ref().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult {
        let Some(loop_index) = self
            .unit_ref()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(msg, range));
        };
        if self.unit_ref().fblocks[loop_index..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
        {
            return Err(self.error(EXCEPT_STAR_EXIT, range));
        }
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handlers = self.unit_ref().handlers.clone();
        let saved_depth = self.unit_ref().depth;
        // Unwind every block above the loop.
        while self.unit_ref().fblocks.len() > loop_index + 1 {
            let b = self.unit().fblocks.pop().expect("block");
            self.unwind_block(b, false)?;
        }
        let FBlock::Loop { cont, brk, is_for } = self.unit_ref().fblocks[loop_index] else {
            unreachable!("rposition found a loop")
        };
        if is_break {
            if is_for {
                self.emit(Opcode::PopTop, 0);
            }
            self.emit_jump(Opcode::Jump, brk);
        } else {
            self.emit_jump(Opcode::Jump, cont);
        }
        let u = self.unit();
        u.fblocks = saved_blocks;
        u.handlers = saved_handlers;
        u.depth = saved_depth;
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let kind = self.unit_ref().kind;
        if !matches!(
            kind,
            crate::symtable::ScopeKind::Function | crate::symtable::ScopeKind::Lambda
        ) {
            return Err(self.error("'return' outside function", r.range));
        }
        if self
            .unit_ref()
            .fblocks
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
        {
            return Err(self.error(EXCEPT_STAR_EXIT, r.range));
        }
        if r.value.is_some()
            && self.unit_ref().flags & taipan_bytecode::code::flags::ASYNC_GENERATOR != 0
        {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handlers = self.unit_ref().handlers.clone();
        let saved_depth = self.unit_ref().depth;
        self.unit().depth += 1; // the return value sits on top while blocks unwind
        while let Some(b) = self.unit().fblocks.pop() {
            self.unwind_block(b, true)?;
        }
        self.emit(Opcode::ReturnValue, 0);
        let u = self.unit();
        u.fblocks = saved_blocks;
        u.handlers = saved_handlers;
        u.depth = saved_depth;
        Ok(())
    }

    /// Emits the exit code of one block. With `preserve_top`, a value (the return value)
    /// sits above the block's stack items and must stay on top.
    fn unwind_block(&mut self, b: FBlock<'a>, preserve_top: bool) -> CResult {
        let pop_under = |c: &mut Self| {
            if preserve_top {
                c.emit(Opcode::Swap, 2);
            }
            c.emit(Opcode::PopTop, 0);
        };
        match b {
            FBlock::Loop { is_for, .. } => {
                if is_for {
                    pop_under(self);
                    self.unit().depth -= 1;
                }
            }
            FBlock::TryExcept => {
                self.unit().handlers.pop();
            }
            FBlock::TryFinally { body } => {
                self.unit().handlers.pop();
                if preserve_top {
                    self.unit().fblocks.push(FBlock::PopValue);
                    self.stmts(body)?;
                    self.unit().fblocks.pop();
                } else {
                    self.stmts(body)?;
                }
            }
            FBlock::PopValue => {
                pop_under(self);
                self.unit().depth -= 1;
            }
            FBlock::HandlerCleanup { name, pops_exc } => {
                // Leave the cleanup handler's region (and the name-cleanup one) first.
                self.unit().handlers.pop();
                if name.is_some() {
                    self.unit().handlers.pop();
                }
                if pops_exc {
                    pop_under(self);
                    self.unit().depth -= 1;
                }
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                self.unit().depth -= 1;
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            // break/continue/return never leave an except* clause (a SyntaxError).
            FBlock::ExceptStar => {}
            FBlock::With { is_async } => {
                self.unit().handlers.pop();
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.emit(Opcode::Call, 3);
                if is_async {
                    self.emit_await(2);
                }
                self.emit(Opcode::PopTop, 0);
                self.unit().depth -= 1;
            }
        }
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for a in &i.names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let n = self.add_name(&a.name.id);
            self.emit(Opcode::ImportName, n);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.id.split('.').collect();
                    for p in &parts[1..] {
                        let pn = self.add_name(p);
                        self.emit(Opcode::ImportFrom, pn);
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                    }
                    self.store_name(&asname.id);
                }
                None => {
                    let top = a.name.id.split('.').next().unwrap_or("");
                    self.store_name(top);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        self.load_const(Const::Int(i64::from(i.level)));
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.id.as_str().into()))
            .collect();
        self.load_const(Const::Tuple(names.into()));
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        let n = self.add_name(module);
        self.emit(Opcode::ImportName, n);
        if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for a in &i.names {
            let n = self.add_name(&a.name.id);
            self.emit(Opcode::ImportFrom, n);
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(&bound.id);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
