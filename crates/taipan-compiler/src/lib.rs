//! Taipan's compiler: source bytes → text → ruff AST → symbol table → CodeObject.

pub mod codegen;
pub mod error;
pub mod parse;
pub mod source;
pub mod symtable;

pub use error::{CompileError, ErrorKind};

/// Stack the compiler wants left before it starts; with less, it runs on a fresh segment of
/// `COMPILE_STACK`. Symtable and codegen stop at 3000 levels of nesting (a few MiB), but
/// ruff's parser has no depth limit of its own, so callers on small threads (2 MiB is
/// Rust's default) would otherwise overflow on deeply nested source.
const STACK_RED_ZONE: usize = 64 << 20;
const COMPILE_STACK: usize = 256 << 20;

/// Compiles a module's source text (optimisation level 0).
pub fn compile_module(
    source: &str,
    filename: &str,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    compile_source_opt(source, filename, Mode::Exec, 0)
}

/// Decodes and compiles a module's source bytes (optimisation level 0).
pub fn compile_bytes(
    bytes: &[u8],
    filename: &str,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    compile_bytes_mode_opt(bytes, filename, Mode::Exec, 0)
}

/// The `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements.
    Exec,
    /// One expression; the code returns its value.
    Eval,
    /// One interactive statement; expression statements call `sys.displayhook`.
    Single,
}

/// Compiles source text in one of `compile()`'s modes (optimisation level 0).
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    compile_source_opt(source, filename, mode, 0)
}

/// Decodes source bytes (BOM, PEP 263 cookie) and compiles them in `mode` (level 0).
pub fn compile_bytes_mode(
    bytes: &[u8],
    filename: &str,
    mode: Mode,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    compile_bytes_mode_opt(bytes, filename, mode, 0)
}

/// Compiles source text in `mode` at CPython's optimisation level `optimize` (`-O` is
/// 1, `-OO` 2; higher levels act as 2): from 1, `assert` statements compile to nothing
/// and `__debug__` is the constant False (True at level 0); from 2, docstrings are
/// dropped too.
pub fn compile_source_opt(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    stacker::maybe_grow(STACK_RED_ZONE, COMPILE_STACK, || match mode {
        Mode::Exec => codegen::compile_module(source, filename, optimize),
        Mode::Eval => codegen::compile_eval(source, filename, optimize),
        Mode::Single => codegen::compile_interactive(source, filename, optimize),
    })
}

/// `compile_source_opt` over source bytes (BOM, PEP 263 cookie).
pub fn compile_bytes_mode_opt(
    bytes: &[u8],
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    let text = source::decode_source(bytes, filename)?;
    compile_source_opt(&text, filename, mode, optimize)
}
