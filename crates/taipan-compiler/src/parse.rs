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

/// Where a traceback's `~~~^^^~~~` markers switch, for a one-line code segment: as
/// CPython's `_extract_caret_anchors_from_line_segment`, a binary operation anchors on its
/// operator and a subscript on its brackets. Returns (left_end, right_start) as character
/// offsets into `segment`, or None when the segment is neither.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse(segment, ParseOptions::from(Mode::Module)).ok()?;
    let ast::Mod::Module(m) = parsed.into_syntax() else {
        return None;
    };
    let [ast::Stmt::Expr(e)] = m.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let char_at = |b: usize| {
        segment
            .get(..b.min(segment.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0)
    };
    match &*e.value {
        ast::Expr::BinOp(b) => {
            let (l_end, r_start) = (usize::from(b.left.end()), usize::from(b.right.start()));
            let op_str = segment.get(l_end..r_start)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left = l_end + op_offset;
            let mut right = left + 1;
            if op_str
                .as_bytes()
                .get(op_offset + 1)
                .is_some_and(|c| !c.is_ascii_whitespace())
            {
                right += 1;
            }
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || b")#".contains(&bytes[left]))
            {
                left += 1;
                right += 1;
            }
            Some((char_at(left), char_at(right)))
        }
        ast::Expr::Subscript(s) => {
            let mut left = usize::from(s.value.end());
            let mut right = usize::from(s.slice.end()) + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((char_at(left), char_at(right)))
        }
        _ => None,
    }
}
