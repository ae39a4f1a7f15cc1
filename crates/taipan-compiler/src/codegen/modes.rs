//! The `compile()` modes other than 'exec': 'eval' (one expression whose value the code
//! returns) and 'single' (one interactive statement whose expression statements show
//! their values through `sys.displayhook`).

use super::{has_annotations, Compiler};
use crate::error::{CompileError, ErrorKind};
use crate::parse::{ast, LineIndex, Parsed};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::rc::Rc;
use taipan_bytecode::{CodeObject, Const, Opcode};

/// Compiles `eval` input: the code object returns the expression's value.
pub fn compile_eval(
    source: &str,
    filename: &str,
    optimize: u32,
) -> Result<CodeObject, CompileError> {
    check_no_indent(source, filename)?;
    if !has_code(source) {
        return Err(nothing_to_compile(source, filename));
    }
    let parsed = crate::parse::parse_expression(source, filename)?;
    let table = crate::symtable::build(&parsed.module, filename, source, &parsed.lines)?;
    let mut c = Compiler::new(&table, source, &parsed.lines, filename, optimize);
    c.push_unit(0, Rc::from("<module>"), Rc::from("<module>"), 1);
    // parse_expression wraps the expression in exactly one expression statement.
    if let [ast::Stmt::Expr(e)] = parsed.module.body.as_slice() {
        c.expr(&e.value)?;
        c.emit(Opcode::ReturnValue, 0);
    }
    c.pop_unit()
}

/// Compiles 'single' input: one statement (simple statements may share its line),
/// compiled as module code whose top-level expression statements call
/// `sys.displayhook`, as the interactive prompt does.
pub fn compile_interactive(
    source: &str,
    filename: &str,
    optimize: u32,
) -> Result<CodeObject, CompileError> {
    let parsed = crate::parse::parse_module(source, filename)?;
    check_single_statement(&parsed, source, filename)?;
    let table = crate::symtable::build(&parsed.module, filename, source, &parsed.lines)?;
    let mut c = Compiler::new(&table, source, &parsed.lines, filename, optimize);
    c.interactive = true;
    c.push_unit(0, Rc::from("<module>"), Rc::from("<module>"), 1);
    let body = &parsed.module.body;
    // No docstring here: CPython's interactive code has none (a string is displayed).
    if has_annotations(body) {
        c.emit(Opcode::SetupAnnotations, 0);
    }
    c.stmts(body)?;
    let k = c.add_const(Const::None);
    c.emit(Opcode::ReturnConst, k);
    c.pop_unit()
}

impl Compiler<'_> {
    /// With the value of a top-level expression statement on the stack, calls
    /// `sys.displayhook(value)` (CPython's INTRINSIC_PRINT). An import keeps the
    /// instruction set unchanged: 'single' code is rare, and `sys` is always imported.
    pub(super) fn display_value(&mut self) {
        self.load_const(Const::Int(0));
        self.load_const(Const::None);
        let sys = self.add_name("sys");
        self.emit(Opcode::ImportName, sys);
        let hook = self.add_name("displayhook");
        self.emit(Opcode::LoadAttr, hook);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::Call, 1);
    }

    /// Whether an expression statement here is shown: only at the top level of 'single'
    /// code (not in the functions or classes it defines).
    pub(super) fn displays_expressions(&self) -> bool {
        self.interactive && self.units.len() == 1
    }
}

/// Whether the source has anything but blank lines and comments.
fn has_code(source: &str) -> bool {
    source.lines().any(|l| {
        let t = l.trim_start_matches([' ', '\t', '\x0c']);
        !t.is_empty() && !t.starts_with('#') && t != "\r"
    })
}

/// Input with no statement or expression in it: "invalid syntax" at offset 0, on line 0
/// when the source is empty, as CPython reports it.
fn nothing_to_compile(source: &str, filename: &str) -> CompileError {
    let line = u32::from(!source.is_empty());
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: filename.to_string(),
        line,
        col: 0,
        end_line: line,
        end_col: 0,
        text: Some(source.lines().next().unwrap_or("").to_string()),
    }
}

/// CPython's tokenizer rejects an indented first line ("unexpected indent"); eval()
/// strips leading blanks before it compiles, compile(..., 'eval') does not.
fn check_no_indent(source: &str, filename: &str) -> Result<(), CompileError> {
    let lines = LineIndex::new(source);
    for (i, line) in source.split_inclusive('\n').enumerate() {
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        let blank = body.trim_end_matches(['\n', '\r']).is_empty() || body.starts_with('#');
        if !blank {
            if body.len() != line.len() {
                let n = i as u32 + 1;
                return Err(CompileError {
                    kind: ErrorKind::IndentationError,
                    msg: "unexpected indent".into(),
                    filename: filename.to_string(),
                    line: n,
                    col: (line.len() - body.len()) as u32,
                    end_line: n,
                    end_col: (line.len() - body.len()) as u32,
                    text: lines.line_text(source, n),
                });
            }
            return Ok(());
        }
    }
    Ok(())
}

/// 'single' input is one statement: several simple statements may follow on the same
/// logical line (`x = 1; x`), but nothing may follow a compound statement, and a second
/// line is CPython's "multiple statements found while compiling a single statement".
fn check_single_statement(
    parsed: &Parsed,
    source: &str,
    filename: &str,
) -> Result<(), CompileError> {
    let body = &parsed.module.body;
    let error = |msg: &str, at: TextSize, width: u32| {
        let (line, col) = parsed.lines.position(source, at);
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: filename.to_string(),
            line,
            col,
            end_line: line,
            end_col: col + width,
            text: parsed.lines.line_text(source, line),
        }
    };
    let Some(first) = body.first() else {
        return Err(nothing_to_compile(source, filename));
    };
    if !is_simple(first) {
        if let Some(next) = body.get(1) {
            return Err(error("invalid syntax", next.start(), 1));
        }
        // A block statement must be ended by a newline when its last line is not
        // indented (`if x: pass` at the end of the input), as CPython's interactive
        // grammar requires.
        let end = usize::from(first.end());
        let line_start = source[..end].rfind('\n').map_or(0, |i| i + 1);
        let indented = source[line_start..].starts_with([' ', '\t', '\x0c']);
        if !source[end..].contains('\n') && !indented {
            let mut e = error("invalid syntax", TextSize::from(line_start as u32), 0);
            e.col = 0;
            e.end_col = 0;
            return Err(e);
        }
        return Ok(());
    }
    for pair in body.windows(2) {
        let gap = TextRange::new(pair[0].end(), pair[1].start());
        let between = &source[gap];
        let joined = between.replace("\\\r\n", "").replace("\\\n", "");
        if joined.contains('\n') || !is_simple(&pair[1]) {
            return Err(error(
                "multiple statements found while compiling a single statement",
                pair[0].end(),
                1,
            ));
        }
    }
    Ok(())
}

/// A statement of CPython's `simple_stmt` rule (anything that is not a block).
fn is_simple(s: &ast::Stmt) -> bool {
    use ast::Stmt;
    !matches!(
        s,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    )
}
