//! AST → CodeObject. One `Unit` per code object being built (module, class body, function,
//! lambda, comprehension); `Compiler` holds the stack of them. Instructions are emitted with
//! symbolic labels and the active exception handler; `assemble` resolves labels, builds the
//! exception table and computes the stack depth.
//!
//! Stack-depth invariant: `Unit::depth` is the number of values that enclosing constructs
//! keep on the stack at statement boundaries (for-loop iterators, with-exit functions,
//! saved exceptions). Exception handlers unwind to that depth.

mod expr;
mod function;
mod generics;
mod modes;
mod pattern;
mod stmt;
mod trycode;
mod trystar;

pub use modes::{compile_eval, compile_interactive};

use crate::error::{CompileError, ErrorKind};
use crate::parse::{ast, LineIndex};
use crate::symtable::{NameScope, ScopeKind, SymbolTable};
use std::collections::HashMap;
use std::rc::Rc;
use taipan_bytecode::opcodes::{OperandKind, MAX_OPERAND};
use taipan_bytecode::{CodeObject, Const, ExceptionEntry, Location, Opcode};

pub type CResult<T = ()> = Result<T, CompileError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    label: Label,
    depth: u32,
}

#[derive(Clone, Copy, Debug)]
struct Instr {
    op: Opcode,
    arg: u32,
    loc: Location,
    handler: Option<Handler>,
}

/// What a `break`, `continue` or `return` must unwind on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        cont: Label,
        brk: Label,
        is_for: bool,
    },
    /// Body of try/finally: run the finally body inline.
    TryFinally { body: &'a [ast::Stmt] },
    /// Body of a try/except: the handler must not cover the unwinding code.
    TryExcept,
    /// Inside a finally handler or except body: the saved previous exception (and for a
    /// finally handler the exception itself) are on the stack.
    HandlerCleanup {
        name: Option<&'a str>,
        pops_exc: bool,
    },
    /// Body of an `except*` clause, where break/continue/return are SyntaxErrors.
    ExceptStar,
    /// Body of a `with`: call `__exit__(None, None, None)` (and await it for `async with`).
    With { is_async: bool },
    /// A finally body run on the way out of a `return`: the return value is on the stack,
    /// and a `break`/`continue`/`return` inside the finally body discards it.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    instrs: Vec<Instr>,
    labels: Vec<u32>,
    consts: Vec<Const>,
    const_index: HashMap<String, u32>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    handlers: Vec<Handler>,
    /// Scopes of inlined comprehensions being compiled into this unit, innermost last.
    inline_scopes: Vec<usize>,
    depth: u32,
    loc: Location,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<Rc<str>>,
}

pub struct Compiler<'a> {
    table: &'a SymbolTable,
    source: &'a str,
    lines: &'a LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    /// Recursion guard for deeply nested expressions.
    nesting: u32,
    /// 'single' mode: top-level expression statements are displayed (see `modes.rs`).
    interactive: bool,
    /// `from __future__ import annotations` (PEP 563): annotations are stored as their
    /// source text instead of being evaluated.
    future_annotations: bool,
    /// CPython's optimisation level (`-O`): see `crate::compile_source_opt`.
    optimize: u32,
}

const MAX_NESTING: u32 = 3000;

/// Compiles a module's source to its code object.
pub fn compile_module(
    source: &str,
    filename: &str,
    optimize: u32,
) -> Result<CodeObject, CompileError> {
    let parsed = crate::parse::parse_module(source, filename)?;
    let table = crate::symtable::build(&parsed.module, filename, source, &parsed.lines)?;
    let mut c = Compiler::new(&table, source, &parsed.lines, filename, optimize);
    c.push_unit(0, Rc::from("<module>"), Rc::from("<module>"), 1);
    let body = &parsed.module.body;
    c.future_annotations = has_future_annotations(body);
    if has_annotations(body) {
        c.emit(Opcode::SetupAnnotations, 0);
    }
    if let Some(doc) = c.docstring(body) {
        c.unit().docstring = Some(Rc::from(doc));
        let k = c.add_const(Const::Str(Rc::from(doc)));
        c.emit(Opcode::LoadConst, k);
        let n = c.add_name("__doc__");
        c.emit(Opcode::StoreName, n);
        c.stmts(&body[1..])?;
    } else {
        c.stmts(body)?;
    }
    let k = c.add_const(Const::None);
    c.emit(Opcode::ReturnConst, k);
    c.pop_unit()
}

/// Whether the module's leading `from __future__ import ...` statements (after an
/// optional docstring) include `annotations`.
pub(crate) fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let skip = usize::from(docstring_of(body).is_some());
    for stmt in body.iter().skip(skip) {
        match stmt {
            ast::Stmt::ImportFrom(f)
                if f.level == 0
                    && f.module
                        .as_ref()
                        .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if f.names.iter().any(|a| a.name.id.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether a module or class body annotates a name anywhere outside nested scopes, so
/// it needs `__annotations__` (CPython's find_ann).
pub(crate) fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::Stmt;
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

pub(crate) fn docstring_of(body: &[ast::Stmt]) -> Option<&str> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str());
        }
    }
    None
}

impl<'a> Compiler<'a> {
    fn new(
        table: &'a SymbolTable,
        source: &'a str,
        lines: &'a LineIndex,
        filename: &str,
        optimize: u32,
    ) -> Compiler<'a> {
        Compiler {
            table,
            source,
            lines,
            filename: Rc::from(filename),
            units: Vec::new(),
            nesting: 0,
            interactive: false,
            future_annotations: false,
            optimize,
        }
    }

    /// The body's docstring, unless `-OO` drops docstrings: the string statement then
    /// compiles as the no-op it is, and `__doc__` stays None (CPython's compiler_body).
    pub(crate) fn docstring(&self, body: &'a [ast::Stmt]) -> Option<&'a str> {
        if self.optimize >= 2 {
            return None;
        }
        docstring_of(body)
    }

    /// Whether `assert` statements are compiled (not under `-O`).
    pub(crate) fn asserts_enabled(&self) -> bool {
        self.optimize == 0
    }

    /// `__debug__` as CPython's AST optimiser folds it: a constant at every level.
    pub(crate) fn debug_const(&self) -> Const {
        if self.optimize == 0 {
            Const::True
        } else {
            Const::False
        }
    }

    /// An annotation's value: the expression, or under PEP 563 its source text (a
    /// string literal is given as its repr, as CPython's unparser writes it).
    pub(crate) fn annotation(&mut self, ann: &'a ast::Expr) -> CResult {
        if !self.future_annotations {
            return self.expr(ann);
        }
        let text = match ann {
            ast::Expr::StringLiteral(s) => {
                let v = s.value.to_str();
                if v.contains('\'') && !v.contains('"') {
                    format!("\"{v}\"")
                } else {
                    format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
                }
            }
            _ => {
                let r = ruff_text_size::Ranged::range(ann);
                self.source[usize::from(r.start())..usize::from(r.end())].to_string()
            }
        };
        self.load_const(Const::Str(Rc::from(text)));
        Ok(())
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        // There is always a unit while compiling: compile_module pushes the first.
        self.units.last_mut().expect("compiler unit")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    fn push_unit(&mut self, scope: usize, name: Rc<str>, qualname: Rc<str>, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames: Vec<Rc<str>> = s.params.iter().map(|p| Rc::from(p.as_str())).collect();
        if s.is_function_like() {
            for n in s.local_names() {
                if !varnames.iter().any(|v| &**v == n) {
                    varnames.push(Rc::from(n));
                }
            }
        }
        let unit = Unit {
            scope,
            kind: s.kind,
            name,
            qualname,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars: s.cellvars.iter().map(|c| Rc::from(c.as_str())).collect(),
            freevars: s.freevars.iter().map(|c| Rc::from(c.as_str())).collect(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            inline_scopes: Vec::new(),
            depth: 0,
            loc: Location {
                line: firstlineno,
                end_line: firstlineno,
                col: 0,
                end_col: 0,
            },
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        };
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> CResult<CodeObject> {
        let u = self.units.pop().expect("compiler unit");
        assemble(u, &self.filename).map_err(|msg| self.error_at_line(msg, 1))
    }

    fn error_at_line(&self, msg: String, line: u32) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: self.filename.to_string(),
            line,
            col: 1,
            end_line: line,
            end_col: 1,
            text: self.lines.line_text(self.source, line),
        }
    }

    pub(crate) fn error(
        &self,
        msg: impl Into<String>,
        range: ruff_text_size::TextRange,
    ) -> CompileError {
        let (line, col) = self.lines.position(self.source, range.start());
        let (end_line, end_col) = self.lines.position(self.source, range.end());
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col,
            end_line,
            end_col,
            text: self.lines.line_text(self.source, line),
        }
    }

    pub(crate) fn unsupported(&self, what: &str, range: ruff_text_size::TextRange) -> CompileError {
        let mut e = self.error(crate::error::unsupported_message(what), range);
        e.kind = ErrorKind::NotImplemented;
        e
    }

    fn set_loc(&mut self, range: ruff_text_size::TextRange) -> Location {
        let (line, col) = self.lines.position(self.source, range.start());
        let (end_line, end_col) = self.lines.position(self.source, range.end());
        let loc = Location {
            line,
            end_line,
            col: col - 1,
            end_col: end_col - 1,
        };
        std::mem::replace(&mut self.unit().loc, loc)
    }

    fn line_of(&self, offset: ruff_text_size::TextSize) -> u32 {
        self.lines.line_of(offset)
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        let handler = u.handlers.last().copied();
        let loc = u.loc;
        u.instrs.push(Instr {
            op,
            arg,
            loc,
            handler,
        });
    }

    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.emit(op, label.0);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    /// Whether control can reach the end of the unit's code so far: its last instruction
    /// falls through, or a label is bound after it.
    pub(crate) fn can_fall_off(&mut self) -> bool {
        let u = self.unit();
        let n = u.instrs.len() as u32;
        let ends = u.instrs.last().is_some_and(|i| {
            matches!(
                i.op,
                Opcode::ReturnValue
                    | Opcode::ReturnConst
                    | Opcode::RaiseVarargs
                    | Opcode::Reraise
                    | Opcode::Jump
            )
        });
        !ends || u.labels.contains(&n)
    }

    fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = u.instrs.len() as u32;
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        if matches!(c, Const::Code(_)) {
            u.consts.push(c);
            return u.consts.len() as u32 - 1;
        }
        // Debug text distinguishes 0, 0.0, -0.0 and False, which must stay separate.
        let key = format!("{c:?}");
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        u.consts.push(c);
        let i = u.consts.len() as u32 - 1;
        u.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Const) {
        let k = self.add_const(c);
        self.emit(Opcode::LoadConst, k);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = Rc::from(name);
        u.names.push(rc.clone());
        u.name_index.insert(rc, u.names.len() as u32 - 1);
        u.names.len() as u32 - 1
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        match u.varnames.iter().position(|v| &**v == name) {
            Some(i) => i as u32,
            None => {
                u.varnames.push(Rc::from(name));
                u.varnames.len() as u32 - 1
            }
        }
    }

    fn deref_index(&mut self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| &**v == name) {
            return (u.cellvars.len() + i) as u32;
        }
        // The symbol table guarantees every deref name is a cell or free variable.
        let u = self.unit();
        u.freevars.push(Rc::from(name));
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn name_scope(&self, name: &str) -> NameScope {
        let u = self.unit_ref();
        self.table.scopes[u.scope].lookup(name)
    }

    /// Mangles `__private` names inside a class body, as CPython does.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.into();
        }
        for u in self.units.iter().rev() {
            if u.kind == ScopeKind::Class {
                let cls = u.name.trim_start_matches('_');
                if cls.is_empty() {
                    return name.into();
                }
                return format!("_{cls}{name}").into();
            }
        }
        name.into()
    }

    /// Where a name used inside inlined comprehensions lives: their own (Fast), the module
    /// (Global), or wherever the enclosing code keeps it (None).
    /// In a class body, a comprehension's free name skips the class namespace and reads
    /// the enclosing function's variable through the class's cell (LoadDeref).
    fn inline_resolution(&self, name: &str) -> Option<Opcode> {
        let u = self.unit_ref();
        for &s in u.inline_scopes.iter().rev() {
            match self.table.scopes[s].lookup(name) {
                NameScope::Local | NameScope::Cell => return Some(Opcode::LoadFast),
                // Module code reads it by name, as CPython: exec() with separate
                // locals must find it there.
                NameScope::GlobalImplicit if u.kind == ScopeKind::Module => return None,
                NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                    return Some(Opcode::LoadGlobal)
                }
                NameScope::Free => continue,
            }
        }
        (!u.inline_scopes.is_empty() && u.kind == ScopeKind::Class).then_some(Opcode::LoadDeref)
    }

    pub(crate) fn load_name(&mut self, name: &str) {
        let name = self.mangle(name).into_owned();
        let name = name.as_str();
        match self.inline_resolution(name) {
            Some(Opcode::LoadFast) => {
                let i = self.varname_index(name);
                return self.emit(Opcode::LoadFast, i);
            }
            Some(Opcode::LoadDeref) => {
                let i = self.deref_index(name);
                return self.emit(Opcode::LoadDeref, i);
            }
            Some(_) => {
                let n = self.add_name(name);
                return self.emit(Opcode::LoadGlobal, n);
            }
            None => {}
        }
        let kind = self.unit_ref().kind;
        match (self.name_scope(name), kind) {
            (NameScope::Local, ScopeKind::Module | ScopeKind::Class)
            | (NameScope::GlobalImplicit, ScopeKind::Module | ScopeKind::Class) => {
                let n = self.add_name(name);
                self.emit(Opcode::LoadName, n);
            }
            (NameScope::Local, _) => {
                let i = self.varname_index(name);
                self.emit(Opcode::LoadFast, i);
            }
            (NameScope::GlobalExplicit | NameScope::GlobalImplicit, _) => {
                let n = self.add_name(name);
                self.emit(Opcode::LoadGlobal, n);
            }
            (NameScope::Free, ScopeKind::Class) => {
                let i = self.deref_index(name);
                self.emit(Opcode::LoadLocals, 0);
                self.emit(Opcode::LoadFromDictOrDeref, i);
            }
            (NameScope::Free | NameScope::Cell, _) => {
                let i = self.deref_index(name);
                self.emit(Opcode::LoadDeref, i);
            }
        }
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            Opcode::StoreName,
            Opcode::StoreFast,
            Opcode::StoreGlobal,
            Opcode::StoreDeref,
        );
    }

    pub(crate) fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            Opcode::DeleteName,
            Opcode::DeleteFast,
            Opcode::DeleteGlobal,
            Opcode::DeleteDeref,
        );
    }

    fn name_op(
        &mut self,
        name: &str,
        by_name: Opcode,
        fast: Opcode,
        global: Opcode,
        deref: Opcode,
    ) {
        let name = self.mangle(name).into_owned();
        let name = name.as_str();
        match self.inline_resolution(name) {
            Some(Opcode::LoadFast) => {
                let i = self.varname_index(name);
                return self.emit(fast, i);
            }
            Some(Opcode::LoadDeref) => {
                let i = self.deref_index(name);
                return self.emit(deref, i);
            }
            Some(_) => {
                let n = self.add_name(name);
                return self.emit(global, n);
            }
            None => {}
        }
        let kind = self.unit_ref().kind;
        match (self.name_scope(name), kind) {
            (
                NameScope::Local | NameScope::GlobalImplicit,
                ScopeKind::Module | ScopeKind::Class,
            ) => {
                let n = self.add_name(name);
                self.emit(by_name, n);
            }
            (NameScope::Local, _) => {
                let i = self.varname_index(name);
                self.emit(fast, i);
            }
            (NameScope::GlobalExplicit | NameScope::GlobalImplicit, _) => {
                let n = self.add_name(name);
                self.emit(global, n);
            }
            (NameScope::Free | NameScope::Cell, _) => {
                let i = self.deref_index(name);
                self.emit(deref, i);
            }
        }
    }

    /// Enters a loop, try, with or handler block; CPython allows 20 of them nested in one
    /// code object, counting an except body as two (its handler and its cleanup).
    fn push_fblock(&mut self, b: FBlock<'a>, range: ruff_text_size::TextRange) -> CResult {
        const MAX_BLOCKS: usize = 20;
        let weight = |b: &FBlock<'_>| match b {
            FBlock::HandlerCleanup {
                pops_exc: false, ..
            } => 2,
            _ => 1,
        };
        let used: usize = self.unit_ref().fblocks.iter().map(weight).sum();
        if used + weight(&b) > MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", range));
        }
        self.unit().fblocks.push(b);
        Ok(())
    }

    fn enter_nesting(&mut self, range: ruff_text_size::TextRange) -> CResult {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            let mut e = self.error(crate::symtable::TOO_DEEP, range);
            e.kind = ErrorKind::RecursionError;
            return Err(e);
        }
        Ok(())
    }
}

/// Resolves labels, builds the exception table and checks the stack depth.
fn assemble(u: Unit<'_>, filename: &Rc<str>) -> Result<CodeObject, String> {
    let resolve = |l: u32| -> Result<u32, String> {
        match u.labels.get(l as usize) {
            Some(&p) if p != u32::MAX => Ok(p),
            _ => Err("internal compiler error: unbound label".into()),
        }
    };
    let mut code = Vec::with_capacity(u.instrs.len());
    let mut locations = Vec::with_capacity(u.instrs.len());
    for ins in &u.instrs {
        let arg = if ins.op.operand() == OperandKind::Jump {
            resolve(ins.arg)?
        } else {
            ins.arg
        };
        if arg > MAX_OPERAND {
            return Err("too many constants, names or instructions in one code object".into());
        }
        code.push(taipan_bytecode::opcodes::encode(ins.op, arg));
        locations.push(ins.loc);
    }
    // Consecutive instructions with the same innermost handler form one table row.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, ins) in u.instrs.iter().enumerate() {
        let Some(h) = ins.handler else { continue };
        let target = resolve(h.label.0)?;
        match table.last_mut() {
            Some(e) if e.end == i as u32 && e.target == target && e.depth == h.depth => e.end += 1,
            _ => table.push(ExceptionEntry {
                start: i as u32,
                end: i as u32 + 1,
                target,
                depth: h.depth,
            }),
        }
    }
    let nparams = u.argcount
        + u.kwonlyargcount
        + u32::from(u.flags & taipan_bytecode::code::flags::VARARGS != 0)
        + u32::from(u.flags & taipan_bytecode::code::flags::VARKEYWORDS != 0);
    let cell2arg = u
        .cellvars
        .iter()
        .map(|c| {
            u.varnames
                .iter()
                .take(nparams as usize)
                .position(|v| v == c)
                .map(|p| p as u32)
        })
        .collect();
    let mut co = CodeObject {
        name: u.name,
        qualname: u.qualname,
        filename: filename.clone(),
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        cell2arg,
        names: u.names,
        consts: u.consts,
        code,
        locations: taipan_bytecode::code::Locations::new(u.firstlineno, locations),
        exception_table: table,
        stacksize: 0,
        docstring: u.docstring,
    };
    co.stacksize = taipan_bytecode::verify::stack_depth(&co)
        .map_err(|e| format!("internal compiler error: {e}"))?;
    Ok(co)
}
