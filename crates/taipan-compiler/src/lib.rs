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

/// Compiles a module's source text.
pub fn compile_module(
    source: &str,
    filename: &str,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    stacker::maybe_grow(STACK_RED_ZONE, COMPILE_STACK, || {
        codegen::compile_module(source, filename)
    })
}

/// Decodes and compiles a module's source bytes.
pub fn compile_bytes(
    bytes: &[u8],
    filename: &str,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    let text = source::decode_source(bytes, filename)?;
    compile_module(&text, filename)
}
