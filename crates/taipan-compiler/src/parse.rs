//! The ONLY file that names ruff's parser: source text → ruff AST, with parse errors mapped
//! to CPython's SyntaxError wording and 1-based locations.

mod messages;

use crate::error::{CompileError, ErrorKind};
pub use ruff_python_ast as ast;
use ruff_python_parser::{Mode, ParseErrorType, ParseOptions};
use ruff_text_size::{Ranged, TextSize};

pub struct Parsed {
    pub module: ast::ModModule,
    pub lines: LineIndex,
}

pub fn parse_module(source: &str, filename: &str) -> Result<Parsed, CompileError> {
    parse_in_mode(source, filename, Mode::Module)
}

/// Parses `eval` input (one expression). The result is a module whose only statement is
/// that expression, so the symbol table and codegen walk it like any module.
pub fn parse_expression(source: &str, filename: &str) -> Result<Parsed, CompileError> {
    parse_in_mode(source, filename, Mode::Expression)
}

fn parse_in_mode(source: &str, filename: &str, mode: Mode) -> Result<Parsed, CompileError> {
    let lines = LineIndex::new(source);
    match ruff_python_parser::parse(source, ParseOptions::from(mode)) {
        Ok(parsed) => {
            if let Some(e) = nesting_limit_error(parsed.tokens(), source, filename, &lines) {
                return Err(e);
            }
            let module = match parsed.into_syntax() {
                ast::Mod::Module(m) => m,
                ast::Mod::Expression(e) => ast::ModModule {
                    node_index: e.node_index,
                    range: e.range,
                    body: std::iter::once(ast::Stmt::Expr(ast::StmtExpr {
                        node_index: Default::default(),
                        range: e.body.range(),
                        value: e.body,
                    }))
                    .collect(),
                },
            };
            Ok(Parsed { module, lines })
        }
        Err(e) => Err(map_error(&e.error, e.location, source, filename, &lines)),
    }
}

fn map_error(
    err: &ParseErrorType,
    range: ruff_text_size::TextRange,
    source: &str,
    filename: &str,
    lines: &LineIndex,
) -> CompileError {
    let at = range.start();
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
                // ruff quotes tokens with backticks, CPython with single quotes.
                s.replace('`', "'")
            }
        }
        // Pattern errors the parser reports itself, in CPython's words.
        ParseErrorType::InvalidMatchPatternTarget => "cannot use '_' as a target".to_string(),
        ParseErrorType::ExpectedRealNumber => "real number required in complex literal".to_string(),
        ParseErrorType::ExpectedImaginaryNumber => {
            "imaginary number required in complex literal".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Positional patterns cannot follow keyword patterns" =>
        {
            "positional patterns follow keyword patterns".to_string()
        }
        _ if raw.contains("Expected an indented block") => {
            kind = ErrorKind::IndentationError;
            block_header_message(source, lines, line)
        }
        _ if raw.contains("Unexpected indentation") => {
            kind = ErrorKind::IndentationError;
            "unexpected indent".to_string()
        }
        _ => messages::message(err, source, range).unwrap_or_else(|| "invalid syntax".to_string()),
    };
    // As CPython: a generic error is replaced by what tokenizing the whole source finds
    // (an unclosed or mismatched bracket).
    // An unclosed bracket wins over an error at the end of the input, or on a later line
    // than the bracket (the parser ran on past it), as CPython's
    // _PyPegen_tokenize_full_source_to_check_for_errors decides.
    if msg.starts_with("invalid syntax") || msg.contains("unexpected EOF") {
        let at_eof = msg.contains("unexpected EOF")
            || source
                .get(usize::from(at)..)
                .is_none_or(|rest| rest.trim().is_empty());
        if let Some((bmsg, bline, bcol)) = bracket_error(source, lines)
            .filter(|(m, bline, _)| !m.ends_with("was never closed") || at_eof || line > *bline)
        {
            return CompileError {
                kind,
                msg: bmsg,
                filename: filename.to_string(),
                line: bline,
                col: bcol,
                end_line: bline,
                end_col: bcol,
                text: lines.line_text(source, bline),
            };
        }
    }
    // The caret range, as CPython's: the offending token for a plain "invalid syntax",
    // else the construct the parser names (at least one character), on the error's line.
    // The source from the error on (empty if `at` is not a character boundary).
    let rest = source.get(usize::from(at)..).unwrap_or("");
    // Indentation and tokenizer errors keep CPython's single caret.
    let end = if kind != ErrorKind::SyntaxError || matches!(err, ParseErrorType::Lexical(_)) {
        at
    } else if msg == "invalid syntax" || range.is_empty() {
        at + token_len(rest)
    } else {
        range.end()
    };
    let at_newline = rest.starts_with(['\n', '\r']);
    let (end_line, end_col) = match lines.position(source, end) {
        (l, c) if l == line && c > col => (l, c),
        // CPython's NEWLINE token ends one column past the end of the line.
        _ if at_newline => (line, col + 1),
        _ => (line, col),
    };
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line,
        col,
        end_line,
        end_col,
        text,
    }
}

/// CPython's tokenizer limits: 200 levels of open brackets, 100 levels of indentation.
fn nesting_limit_error(
    tokens: &[ast::token::Token],
    source: &str,
    filename: &str,
    lines: &LineIndex,
) -> Option<CompileError> {
    use ast::token::TokenKind as T;
    const MAX_BRACKETS: u32 = 200;
    const MAX_INDENT: u32 = 100;
    let (mut brackets, mut indents) = (0u32, 0u32);
    for t in tokens {
        let (kind, msg, col_end) = match t.kind() {
            T::Lpar | T::Lsqb | T::Lbrace => {
                brackets += 1;
                if brackets <= MAX_BRACKETS {
                    continue;
                }
                (ErrorKind::SyntaxError, "too many nested parentheses", None)
            }
            T::Rpar | T::Rsqb | T::Rbrace => {
                brackets = brackets.saturating_sub(1);
                continue;
            }
            T::Indent => {
                indents += 1;
                if indents < MAX_INDENT {
                    continue;
                }
                // CPython reports it at the start of the line, with no caret.
                (
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    Some(0),
                )
            }
            T::Dedent => {
                indents = indents.saturating_sub(1);
                continue;
            }
            _ => continue,
        };
        let (line, col) = lines.position(source, t.start());
        let col = if col_end.is_some() { 1 } else { col };
        return Some(CompileError {
            kind,
            msg: msg.to_string(),
            filename: filename.to_string(),
            line,
            col,
            end_line: line,
            end_col: col_end.unwrap_or(col),
            text: lines.line_text(source, line),
        });
    }
    None
}

/// "expected an indented block after 'if' statement on line N": the header is the last
/// non-blank line before the error.
fn block_header_message(source: &str, lines: &LineIndex, line: u32) -> String {
    let mut n = line.saturating_sub(1);
    while n > 1
        && lines
            .line_text(source, n)
            .is_none_or(|t| t.trim().is_empty() || t.trim_start().starts_with('#'))
    {
        n -= 1;
    }
    let header = lines.line_text(source, n.max(1)).unwrap_or_default();
    let mut words = header
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty());
    let mut kw = words.next().unwrap_or("");
    if kw == "async" {
        kw = words.next().unwrap_or("");
    }
    let what = match kw {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
        | "match" | "case" => {
            format!("'{kw}' statement")
        }
        _ => "statement".to_string(),
    };
    format!(
        "expected an indented block after {what} on line {}",
        n.max(1)
    )
}

/// Scans the source's brackets (skipping strings and comments) for CPython's tokenizer
/// errors: an unclosed bracket at the end, a mismatched or unmatched closer.
fn bracket_error(source: &str, lines: &LineIndex) -> Option<(String, u32, u32)> {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    let pos = |off: usize| lines.position(source, TextSize::from(off as u32));
    while i < chars.len() {
        let (off, c) = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i].1 != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' | '"' => {
                let triple = i + 2 < chars.len() && chars[i + 1].1 == c && chars[i + 2].1 == c;
                i += if triple { 3 } else { 1 };
                // Raw strings still cannot end in an escaped quote; close enough here.
                while i < chars.len() {
                    let d = chars[i].1;
                    if d == '\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && d == '\n' {
                        break;
                    }
                    if d == c
                        && (!triple
                            || (i + 2 < chars.len() && chars[i + 1].1 == c && chars[i + 2].1 == c))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            '(' | '[' | '{' => stack.push((c, off)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None => {
                        let (l, col) = pos(off);
                        return Some((format!("unmatched '{c}'"), l, col));
                    }
                    Some((open, ooff)) if open != want => {
                        let (l, col) = pos(off);
                        let (ol, _) = pos(ooff);
                        let on = if ol != l {
                            format!(" on line {ol}")
                        } else {
                            String::new()
                        };
                        return Some((format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'{on}"), l, col));
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    let (open, ooff) = stack.pop()?;
    let (l, col) = pos(ooff);
    Some((format!("'{open}' was never closed"), l, col))
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

/// Length in bytes of the token `rest` starts with: a name or number, the longest
/// operator, or one character (a newline counts as one, as CPython's NEWLINE token).
fn token_len(rest: &str) -> ruff_text_size::TextSize {
    const OPS: [&str; 23] = [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
        "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    ];
    let n = match rest.chars().next() {
        None => 0,
        Some(c) if c.is_alphanumeric() || c == '_' => rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len()),
        Some(c) => OPS
            .iter()
            .find(|op| rest.starts_with(**op))
            .map_or(c.len_utf8(), |op| op.len()),
    };
    ruff_text_size::TextSize::try_from(n).unwrap_or_default()
}
