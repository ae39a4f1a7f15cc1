//! Taipan's compiler: source bytes → text → ruff AST → symbol table → CodeObject.

pub mod codegen;
pub mod error;
pub mod parse;
pub mod source;
pub mod symtable;

pub use codegen::compile_module;
pub use error::{CompileError, ErrorKind};

/// Decodes and compiles a module's source bytes.
pub fn compile_bytes(
    bytes: &[u8],
    filename: &str,
) -> Result<taipan_bytecode::CodeObject, CompileError> {
    let text = source::decode_source(bytes, filename)?;
    compile_module(&text, filename)
}
