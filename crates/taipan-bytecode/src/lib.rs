//! Taipan's bytecode: the opcode table, code objects, marshalling, the `.pyc` container and
//! the disassembler. Pure data: nothing here depends on the VM.

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcodes;
pub mod pyc;
pub mod verify;

pub use code::{CodeObject, Const, ExceptionEntry, Location};
pub use opcodes::{BinOp, CmpOp, Opcode};
