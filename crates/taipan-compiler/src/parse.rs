//! The ONLY file that names ruff's parser: source text → ruff AST, with parse errors mapped
//! to CPython's SyntaxError wording and 1-based locations.

use crate::error::{CompileError, ErrorKind};
pub use ruff_python_ast as ast;
use ruff_python_parser::{Mode, ParseErrorType, ParseOptions};
use ruff_text_size::TextSize;

pub struct Parsed {
    pub module: ast::ModModule,
    pub lines: LineIndex,
}

pub fn parse_module(source: &str, filename: &str) -> Result<Parsed, CompileError> {
    let lines = LineIndex::new(source);
    match ruff_python_parser::parse(source, ParseOptions::from(Mode::Module)) {
        Ok(parsed) => {
            let module = match parsed.into_syntax() {
                ast::Mod::Module(m) => m,
                ast::Mod::Expression(_) => unreachable!("Mode::Module yields a module"),
            };
            Ok(Parsed { module, lines })
        }
        Err(e) => Err(map_error(
            &e.error,
            e.location.start(),
            source,
            filename,
            &lines,
        )),
    }
}

fn map_error(
    err: &ParseErrorType,
    at: TextSize,
    source: &str,
    filename: &str,
    lines: &LineIndex,
) -> CompileError {
    let (line, col) = lines.position(source, at);
    let text = lines.line_text(source, line);
    let mut kind = ErrorKind::SyntaxError;
    let raw = err.to_string();
    let msg = match err {
        ParseErrorType::Lexical(lex) => {
            let s = lex.to_string();
            if s.contains("unindent") || s.contains("dedent") {
                kind = ErrorKind::IndentationError;
                "unindent does not match any outer indentation level".to_string()
            } else if s.contains("indent") {
                kind = ErrorKind::IndentationError;
                "unexpected indent".to_string()
            } else if s.contains("unterminated string") || s.contains("missing closing quote") {
                format!("unterminated string literal (detected at line {line})")
            } else if s.contains("triple-quoted") {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                s
            }
        }
        _ if raw.contains("Expected an indented block") => {
            kind = ErrorKind::IndentationError;
            let prev = line.saturating_sub(1).max(1);
            format!("expected an indented block after statement on line {prev}")
        }
        _ if raw.contains("Unexpected indentation") => {
            kind = ErrorKind::IndentationError;
            "unexpected indent".to_string()
        }
        _ => "invalid syntax".to_string(),
    };
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line,
        col,
        end_line: line,
        end_col: col,
        text,
    }
}

/// Byte offset → 1-based (line, character column) conversions.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// (line, column) with the column counted in characters, 1-based.
    pub fn position(&self, source: &str, offset: TextSize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.starts[line as usize - 1] as usize;
        let end = (u32::from(offset) as usize).min(source.len());
        let col = source
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1;
        (line, col)
    }

    pub fn line_text(&self, source: &str, line: u32) -> Option<String> {
        let start = *self.starts.get(line as usize - 1)? as usize;
        let end = self
            .starts
            .get(line as usize)
            .map(|e| *e as usize)
            .unwrap_or(source.len());
        Some(
            source
                .get(start..end)?
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        )
    }
}
