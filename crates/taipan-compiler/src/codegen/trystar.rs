//! try/except* (PEP 654). Each clause takes its part of the exception group; what the
//! clauses raise and what none of them took is combined at the end by PREP_RERAISE_STAR.
//!
//! ```text
//!     <body>                        handler H @ d
//!     JUMP orelse
//! H:  PUSH_EXC_INFO                 (prev eg)                 handler CLEANUP @ d+1
//!     COPY 1; BUILD_LIST 0; SWAP 2  (prev orig raised rest)
//!   per clause:
//!     <types>; CHECK_EG_MATCH       (prev orig raised rest match)
//!     COPY 1; POP_JUMP_IF_NONE no   (prev orig raised rest match)
//!     STORE name | POP_TOP          <body>  (handler HB @ d+4)   [unbind name]; JUMP next
//! HB: [unbind name]; LIST_APPEND 2; JUMP next        (the raised exception joins `raised`)
//! no: POP_TOP
//! next:
//!     LIST_APPEND 1; PREP_RERAISE_STAR  (prev exc|None)
//!     COPY 1; POP_JUMP_IF_NOT_NONE re
//!     POP_TOP; POP_EXCEPT; JUMP end
//! re: SWAP 2; POP_EXCEPT; RERAISE
//! CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
//! orelse: <else body>
//! end:
//! ```

use super::{CResult, Compiler, FBlock};
use crate::parse::ast;
use taipan_bytecode::{Const, Opcode};

impl<'a> Compiler<'a> {
    pub(crate) fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
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
        self.emit(Opcode::Copy, 1);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Swap, 2);
        self.unit().depth = d + 4;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(ty)?;
            self.emit(Opcode::CheckEgMatch, 0);
            self.emit(Opcode::Copy, 1);
            self.emit_jump(Opcode::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => self.emit(Opcode::PopTop, 0),
            }
            let raised = self.new_label();
            self.push_handler(raised, d + 4);
            self.push_fblock(FBlock::ExceptStar, h.range)?;
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().handlers.pop();
            self.unbind(name);
            self.emit_jump(Opcode::Jump, next);
            self.bind(raised);
            self.unbind(name);
            self.emit(Opcode::ListAppend, 2);
            self.emit_jump(Opcode::Jump, next);
            self.bind(no_match);
            self.emit(Opcode::PopTop, 0);
            self.bind(next);
        }
        self.emit(Opcode::ListAppend, 1);
        self.emit(Opcode::PrepReraiseStar, 0);
        self.unit().handlers.pop();
        self.unit().depth = d;
        let reraise = self.new_label();
        self.emit(Opcode::Copy, 1);
        self.emit_jump(Opcode::PopJumpIfNotNone, reraise);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* ... as name` clause.
    fn unbind(&mut self, name: Option<&'a str>) {
        if let Some(n) = name {
            self.load_const(Const::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }
}
