//! The code object: what the compiler produces, the marshaller stores and the VM runs.
//! Plain data with no VM types in it, so the bytecode crate stays independent of the VM.

use num_bigint::BigInt;
use std::rc::Rc;

/// Code flags (the CPython values where the meaning matches).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    /// A frozenset of constants, in source order (the VM builds the set; see
    /// `Vm::const_value`), so the file does not depend on hash values.
    FrozenSet(Rc<[Const]>),
    Code(Rc<CodeObject>),
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` unwinds the value stack to `depth` items, pushes the exception and
/// jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Local variable names; the first `argcount + kwonlyargcount (+1 +1)` are parameters.
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar: the index of the parameter it starts as, if it is one.
    pub cell2arg: Vec<Option<u32>>,
    /// Names used by global/attribute/import instructions.
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Const>,
    /// Instruction words, see `opcodes::encode`.
    pub code: Vec<u32>,
    /// Per instruction: line, end line, column, end column; line 0 means "no location".
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum value-stack depth above the locals (computed by the assembler).
    pub stacksize: u32,
    pub docstring: Option<Rc<str>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl CodeObject {
    /// Number of fast-local slots: varnames, then cellvars, then freevars.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total positional+keyword parameter slots including *args and **kwargs.
    /// Computed in `usize` with saturation: the counts come from the file, and a damaged
    /// one must not overflow (the unmarshaller rejects counts above `varnames.len()`).
    pub fn total_args(&self) -> usize {
        let count = |v: u32| usize::try_from(v).unwrap_or(usize::MAX);
        count(self.argcount)
            .saturating_add(count(self.kwonlyargcount))
            .saturating_add(usize::from(self.flags & flags::VARARGS != 0))
            .saturating_add(usize::from(self.flags & flags::VARKEYWORDS != 0))
    }

    /// A generator, coroutine or async generator: calling it makes a suspendable frame.
    pub fn is_generator(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.locations.get(pc).map(|l| l.line).unwrap_or(0)
    }

    /// The handler covering instruction `pc`, innermost first (entries are sorted so the
    /// first match is the innermost).
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
    }
}
