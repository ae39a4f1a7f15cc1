//! The compiler's one error type: a SyntaxError (or IndentationError/TabError) with the
//! location and source line CPython reports.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A construct the compiler does not support yet; raised as NotImplementedError.
    NotImplemented,
    /// Source nested too deeply to compile; raised as RecursionError, as CPython does.
    RecursionError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line and column (column counts characters, as CPython's `offset`).
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
}

/// The NotImplementedError text for a construct Taipan cannot compile yet.
pub fn unsupported_message(what: &str) -> String {
    format!("Taipan does not support {what} yet")
}

impl CompileError {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::NotImplemented => "NotImplementedError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.type_name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

impl std::error::Error for CompileError {}
