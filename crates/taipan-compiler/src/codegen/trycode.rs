//! try/except/else/finally and with, on the exception table (no SETUP instructions: a
//! handler is active for exactly the instructions emitted while it is on `Unit::handlers`).
//!
//! try/except layout (d = structural depth):
//! ```text
//!     <body>                 handler H @ d
//!     JUMP orelse
//! H:  PUSH_EXC_INFO          (prev exc)          handler CLEANUP @ d+1 from here
//!     <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next     per clause
//!     STORE name | POP_TOP; <clause body>; POP_EXCEPT; JUMP end
//! next: ... RERAISE
//! CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
//! orelse: <else body>
//! end:
//! ```

use super::{CResult, Compiler, FBlock, Handler};
use crate::parse::ast;
use taipan_bytecode::{Const, Opcode};

impl<'a> Compiler<'a> {
    pub(crate) fn push_handler(&mut self, label: super::Label, depth: u32) -> Handler {
        let h = Handler { label, depth };
        self.unit().handlers.push(h);
        h
    }

    /// An inlined comprehension's restore handler (see `inline_comprehension`).
    pub(crate) fn push_comp_handler(&mut self, label: super::Label, depth: u32) {
        self.push_handler(label, depth);
    }

    /// SWAP 2; POP_EXCEPT; RERAISE: restores the previous exception and re-raises.
    fn emit_cleanup(&mut self, label: super::Label) {
        self.bind(label);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
    }

    pub(crate) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        // The `try:` line has an instruction of its own, as in CPython (a line tracer
        // sees it).
        self.emit(Opcode::Nop, 0);
        if t.finalbody.is_empty() {
            return self.try_except_any(t);
        }
        // try/finally around (the try/except part, if any).
        let handler_label = self.new_label();
        let end = self.new_label();
        let d = self.unit_ref().depth;
        self.push_handler(handler_label, d);
        self.push_fblock(FBlock::TryFinally { body: &t.finalbody }, t.range)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except_any(t)?;
        }
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        self.stmts(&t.finalbody)?;
        self.emit_jump(Opcode::Jump, end);
        // Exceptional path: run the finally body with the exception saved, then re-raise.
        self.bind(handler_label);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        self.push_handler(cleanup, d + 1);
        self.unit().depth += 2;
        self.push_fblock(
            FBlock::HandlerCleanup {
                name: None,
                pops_exc: true,
            },
            t.range,
        )?;
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.unit().depth -= 2;
        self.emit(Opcode::Reraise, 0);
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    fn try_except_any(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            self.try_star(t)
        } else {
            self.try_except(t)
        }
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler_label = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let d = self.unit_ref().depth;
        self.push_handler(handler_label, d);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        self.emit_jump(Opcode::Jump, orelse);

        self.bind(handler_label);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_handler(cleanup, d + 1);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.emit_jump(Opcode::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 < n {
                        return Err(self.error("default 'except:' must be last", h.range));
                    }
                }
            }
            self.unit().depth += 1; // prev exception
            match &h.name {
                Some(name) => {
                    self.store_name(&name.id);
                    // An exception in the body must still unbind the name.
                    let name_cleanup = self.new_label();
                    self.push_handler(name_cleanup, d + 1);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name.id.as_str()),
                            pops_exc: false,
                        },
                        h.range,
                    )?;
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().handlers.pop();
                    self.emit(Opcode::PopExcept, 0);
                    // Past POP_EXCEPT the saved exception is gone: leave CLEANUP's range.
                    let cleanup_h = self.unit().handlers.pop();
                    self.load_const(Const::None);
                    self.store_name(&name.id);
                    self.delete_name(&name.id);
                    self.emit_jump(Opcode::Jump, end);
                    self.unit().handlers.extend(cleanup_h);
                    self.bind(name_cleanup);
                    self.load_const(Const::None);
                    self.store_name(&name.id);
                    self.delete_name(&name.id);
                    self.emit(Opcode::Reraise, 0);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: None,
                            pops_exc: false,
                        },
                        h.range,
                    )?;
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Opcode::PopExcept, 0);
                    let cleanup_h = self.unit().handlers.pop();
                    self.emit_jump(Opcode::Jump, end);
                    self.unit().handlers.extend(cleanup_h);
                }
            }
            self.unit().depth -= 1;
            self.bind(next);
        }
        self.emit(Opcode::Reraise, 0);
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// with A as a, B as b: <body>  ==  with A as a: with B as b: <body>
    ///
    /// ```text
    ///     <cm>; BEFORE_WITH          (exit enter_result)   handler W @ d+1
    ///     STORE a | POP_TOP; <body>
    ///     LOAD_CONST None x3; CALL 3; POP_TOP; JUMP end
    /// W:  PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress   handler CLEANUP @ d+2
    ///     RERAISE
    /// suppress: POP_TOP; POP_EXCEPT; POP_TOP
    /// CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
    /// end:
    /// ```
    pub(crate) fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        if is_async && !self.in_async_function() {
            return Err(self.error("'async with' outside async function", item.range));
        }
        let d = self.unit_ref().depth;
        // The calls to __exit__ belong to the `with` statement, not to its body's last line.
        let with_loc = self.unit_ref().loc;
        self.expr(&item.context_expr)?;
        if is_async {
            // Same shape, with each call to __aenter__/__aexit__ awaited.
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit_await(1);
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        let w = self.new_label();
        let end = self.new_label();
        self.push_handler(w, d + 1);
        self.unit().depth += 1;
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.push_fblock(FBlock::With { is_async }, item.range)?;
        self.with_stmt(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.unit().handlers.pop();
        self.unit().loc = with_loc;
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Opcode::Call, 3);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);

        self.bind(w);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        self.push_handler(cleanup, d + 2);
        if is_async {
            self.emit(Opcode::AsyncWithExceptStart, 0);
            self.emit_await(2);
        } else {
            self.emit(Opcode::WithExceptStart, 0);
        }
        let suppress = self.new_label();
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.unit().handlers.pop();
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        self.emit_cleanup(cleanup);
        self.unit().depth -= 1;
        self.bind(end);
        Ok(())
    }
}
