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
    pub locations: Locations,
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
        self.locations.get(pc).map_or(0, |l| l.line)
    }

    /// The handler covering instruction `pc`, innermost first (entries are sorted so the
    /// first match is the innermost).
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
    }
}

/// The instructions' source positions, kept in the compact form the .pyc stores them in
/// and decoded on first use: most code objects never need them (they serve tracebacks,
/// tracing and `dis`), and decoding every one on import was a third of a warm start.
///
/// Encoding, per instruction: zigzag varints of the line minus the previous line (the
/// first from `base`), the end line minus the line, then the column as a plain varint
/// and the end column minus the column.
pub struct Locations {
    base: u32,
    len: usize,
    bytes: Box<[u8]>,
    decoded: std::cell::OnceCell<Box<[Location]>>,
}

impl Locations {
    pub fn new(base: u32, locs: Vec<Location>) -> Self {
        let mut bytes = Vec::with_capacity(locs.len() * 4);
        let mut prev = i64::from(base);
        for l in &locs {
            push_var(&mut bytes, zigzag(i64::from(l.line) - prev));
            prev = i64::from(l.line);
            push_var(
                &mut bytes,
                zigzag(i64::from(l.end_line) - i64::from(l.line)),
            );
            push_var(&mut bytes, u64::from(l.col));
            push_var(&mut bytes, zigzag(i64::from(l.end_col) - i64::from(l.col)));
        }
        let decoded = std::cell::OnceCell::new();
        let len = locs.len();
        let _ = decoded.set(locs.into_boxed_slice());
        Locations {
            base,
            len,
            bytes: bytes.into_boxed_slice(),
            decoded,
        }
    }

    /// Positions for `len` instructions as encoded in `bytes` (from a file: damage is
    /// found when they are decoded, and then reads as "no location").
    pub fn from_encoded(base: u32, len: usize, bytes: &[u8]) -> Self {
        Locations {
            base,
            len,
            bytes: bytes.into(),
            decoded: std::cell::OnceCell::new(),
        }
    }

    /// The line the first instruction's delta is taken from.
    pub fn base(&self) -> u32 {
        self.base
    }

    pub fn encoded(&self) -> &[u8] {
        &self.bytes
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, pc: usize) -> Option<&Location> {
        self.as_slice().get(pc)
    }

    pub fn as_slice(&self) -> &[Location] {
        self.decoded.get_or_init(|| {
            decode(self.base, self.len, &self.bytes)
                .unwrap_or_else(|| vec![Location::default(); self.len].into_boxed_slice())
        })
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Location> {
        self.as_slice().iter()
    }
}

fn decode(base: u32, len: usize, bytes: &[u8]) -> Option<Box<[Location]>> {
    let mut pos = 0;
    let mut var = || -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = *bytes.get(pos)?;
            pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    };
    let mut out = Vec::with_capacity(len);
    let mut prev = i64::from(base);
    let add = |base: i64, d: u64| u32::try_from(base.checked_add(unzigzag(d))?).ok();
    for _ in 0..len {
        let line = add(prev, var()?)?;
        prev = i64::from(line);
        let end_line = add(prev, var()?)?;
        let col = u32::try_from(var()?).ok()?;
        let end_col = add(i64::from(col), var()?)?;
        out.push(Location {
            line,
            end_line,
            col,
            end_col,
        });
    }
    (pos == bytes.len()).then(|| out.into_boxed_slice())
}

pub(crate) fn push_var(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Zigzag: small negative and positive numbers both become small unsigned ones.
pub(crate) fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

pub(crate) fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

impl Clone for Locations {
    fn clone(&self) -> Self {
        Locations::from_encoded(self.base, self.len, &self.bytes)
    }
}

impl PartialEq for Locations {
    fn eq(&self, other: &Self) -> bool {
        self.base == other.base && self.len == other.len && self.bytes == other.bytes
    }
}

impl std::fmt::Debug for Locations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Locations {
    type Item = &'a Location;
    type IntoIter = std::slice::Iter<'a, Location>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
