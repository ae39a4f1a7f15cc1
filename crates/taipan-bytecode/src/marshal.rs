//! Serialises code objects to bytes and back. Fixed little-endian widths, no addresses and
//! no hash-ordered containers, so the same code object always yields the same bytes.
//! Reading validates everything the VM will trust (opcodes, operand ranges, jump targets),
//! so a damaged file is reported as an error, never run. Format: docs/PYC.md.

use crate::code::{unzigzag, zigzag, CodeObject, Const, ExceptionEntry, Locations};
use crate::opcodes::{decode, Opcode, OperandKind};
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError(pub String);

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad marshal data ({})", self.0)
    }
}

impl std::error::Error for MarshalError {}

const T_NONE: u8 = b'N';
const T_TRUE: u8 = b'T';
const T_FALSE: u8 = b'F';
const T_ELLIPSIS: u8 = b'.';
const T_INT: u8 = b'i';
const T_BIGINT: u8 = b'l';
const T_FLOAT: u8 = b'g';
const T_COMPLEX: u8 = b'y';
const T_STR: u8 = b'u';
const T_BYTES: u8 = b's';
const T_TUPLE: u8 = b'(';
const T_FROZENSET: u8 = b'>';
const T_CODE: u8 = b'c';

/// Nesting limit for tuples/code objects while reading: a hostile file cannot recurse deeply.
const MAX_DEPTH: usize = 200;

pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        strings: HashMap::new(),
    };
    w.code(code);
    w.out
}

pub fn loads(data: &[u8]) -> Result<CodeObject, MarshalError> {
    load(data, true)
}

/// `loads` without the stack-depth flow analysis, the dearest check: the caller must run
/// `verify_stack` on each code object before executing it. An import then pays only for
/// the functions that run (most imported functions never do).
pub fn loads_deferred(data: &[u8]) -> Result<CodeObject, MarshalError> {
    load(data, false)
}

fn load(data: &[u8], verify: bool) -> Result<CodeObject, MarshalError> {
    let mut r = Reader {
        data,
        pos: 0,
        depth: 0,
        strings: Vec::new(),
        verify,
    };
    let code = r.code()?;
    if r.pos != data.len() {
        return Err(MarshalError("trailing bytes".into()));
    }
    Ok(code)
}

struct Writer {
    out: Vec<u8>,
    /// Each distinct string is written once; later uses refer to its index. Keyed by
    /// content, and indices follow first use, so the output does not depend on hashing.
    strings: HashMap<Rc<str>, u32>,
}

impl Writer {
    /// LEB128: seven bits per byte, low bits first, high bit set on all but the last.
    fn var(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }
    fn u32(&mut self, v: u32) {
        self.var(u64::from(v));
    }
    fn signed(&mut self, v: i64) {
        self.var(zigzag(v));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.var(b.len() as u64);
        self.out.extend_from_slice(b);
    }
    /// A string: `2*index+1` for one already written, else `2*len` and its UTF-8 bytes.
    fn str(&mut self, s: &Rc<str>) {
        if let Some(&i) = self.strings.get(s) {
            self.var(u64::from(i) * 2 + 1);
            return;
        }
        let i = self.strings.len() as u32;
        self.strings.insert(s.clone(), i);
        self.var(s.len() as u64 * 2);
        self.out.extend_from_slice(s.as_bytes());
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.var(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    fn konst(&mut self, c: &Const) {
        match c {
            Const::None => self.out.push(T_NONE),
            Const::True => self.out.push(T_TRUE),
            Const::False => self.out.push(T_FALSE),
            Const::Ellipsis => self.out.push(T_ELLIPSIS),
            Const::Int(i) => {
                self.out.push(T_INT);
                self.signed(*i);
            }
            Const::BigInt(b) => {
                self.out.push(T_BIGINT);
                let (sign, mag) = b.to_bytes_le();
                self.out.push(u8::from(sign == Sign::Minus));
                self.bytes(&mag);
            }
            Const::Float(f) => {
                self.out.push(T_FLOAT);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex(re, im) => {
                self.out.push(T_COMPLEX);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.out.push(T_STR);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.out.push(T_BYTES);
                self.bytes(b);
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                self.out.push(if matches!(c, Const::Tuple(_)) {
                    T_TUPLE
                } else {
                    T_FROZENSET
                });
                self.var(items.len() as u64);
                for it in items.iter() {
                    self.konst(it);
                }
            }
            Const::Code(code) => {
                self.out.push(T_CODE);
                self.code(code);
            }
        }
    }
    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for v in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
        ] {
            self.u32(v);
        }
        self.u32(c.stacksize);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.var(c.cell2arg.len() as u64);
        for a in &c.cell2arg {
            // 0 for "not a parameter", else the parameter index + 1.
            self.var(a.map_or(0, |a| u64::from(a) + 1));
        }
        self.strs(&c.names);
        self.var(c.consts.len() as u64);
        for k in &c.consts {
            self.konst(k);
        }
        self.var(c.code.len() as u64);
        for w in &c.code {
            let (op, arg) = decode(*w);
            self.out.push(op);
            self.u32(arg);
        }
        // Locations as one length-prefixed blob (see `Locations`), so a reader can keep
        // it undecoded. Its deltas start at firstlineno.
        if c.locations.base() == c.firstlineno {
            self.bytes(c.locations.encoded());
        } else {
            let again = Locations::new(c.firstlineno, c.locations.as_slice().to_vec());
            self.bytes(again.encoded());
        }
        self.var(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.u32(v);
            }
        }
        match &c.docstring {
            Some(d) => {
                self.out.push(1);
                self.str(d);
            }
            None => self.out.push(0),
        }
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    /// The strings read so far, for back-references.
    strings: Vec<Rc<str>>,
    /// Run the stack-depth analysis too (see `loads_deferred`).
    verify: bool,
}

#[cold]
#[inline(never)]
fn err<T>(msg: &str) -> Result<T, MarshalError> {
    Err(MarshalError(msg.to_string()))
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        if self.data.len() - self.pos < n {
            return err("truncated");
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, MarshalError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => err("truncated"),
        }
    }
    fn var(&mut self) -> Result<u64, MarshalError> {
        // Most values fit in one byte: that case is a single bounds check.
        if let Some(&b) = self.data.get(self.pos) {
            if b < 0x80 {
                self.pos += 1;
                return Ok(u64::from(b));
            }
        }
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            // The tenth byte may only carry the top bit of a u64.
            if shift == 63 && b > 1 {
                return err("varint too long");
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        err("varint too long")
    }
    fn u32(&mut self) -> Result<u32, MarshalError> {
        u32::try_from(self.var()?).or_else(|_| err("integer out of range"))
    }
    fn signed(&mut self) -> Result<i64, MarshalError> {
        Ok(unzigzag(self.var()?))
    }
    fn u64(&mut self) -> Result<u64, MarshalError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// A length prefix, checked against the bytes left (each item takes at least
    /// `min_item` bytes) so a bogus length cannot make us allocate gigabytes.
    fn len(&mut self, min_item: usize) -> Result<usize, MarshalError> {
        let n = usize::try_from(self.var()?).unwrap_or(usize::MAX);
        if n.saturating_mul(min_item.max(1)) > self.data.len() - self.pos {
            return err("length out of range");
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&[u8], MarshalError> {
        let n = self.len(1)?;
        self.take(n)
    }
    fn str(&mut self) -> Result<Rc<str>, MarshalError> {
        let v = self.var()?;
        if v & 1 == 1 {
            let i = usize::try_from(v >> 1).unwrap_or(usize::MAX);
            return match self.strings.get(i) {
                Some(s) => Ok(s.clone()),
                None => err("bad string reference"),
            };
        }
        let n = usize::try_from(v >> 1).unwrap_or(usize::MAX);
        let b = self.take(n)?;
        match std::str::from_utf8(b) {
            Ok(s) => {
                let s: Rc<str> = Rc::from(s);
                self.strings.push(s.clone());
                Ok(s)
            }
            Err(_) => err("invalid utf-8"),
        }
    }
    fn strs(&mut self) -> Result<Vec<Rc<str>>, MarshalError> {
        let n = self.len(1)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v)
    }
    fn konst(&mut self) -> Result<Const, MarshalError> {
        Ok(match self.u8()? {
            T_NONE => Const::None,
            T_TRUE => Const::True,
            T_FALSE => Const::False,
            T_ELLIPSIS => Const::Ellipsis,
            T_INT => Const::Int(self.signed()?),
            T_BIGINT => {
                let neg = self.u8()? != 0;
                let mag = self.bytes()?;
                let sign = if neg { Sign::Minus } else { Sign::Plus };
                Const::BigInt(BigInt::from_bytes_le(sign, mag))
            }
            T_FLOAT => Const::Float(f64::from_bits(self.u64()?)),
            T_COMPLEX => Const::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            T_STR => Const::Str(self.str()?),
            T_BYTES => Const::Bytes(Rc::from(self.bytes()?)),
            t @ (T_TUPLE | T_FROZENSET) => {
                self.enter()?;
                let n = self.len(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.konst()?);
                }
                self.depth -= 1;
                if t == T_TUPLE {
                    Const::Tuple(Rc::from(items))
                } else {
                    Const::FrozenSet(Rc::from(items))
                }
            }
            T_CODE => {
                self.enter()?;
                let c = self.code()?;
                self.depth -= 1;
                Const::Code(Rc::new(c))
            }
            _ => return err("unknown type code"),
        })
    }
    fn enter(&mut self) -> Result<(), MarshalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("nesting too deep");
        }
        Ok(())
    }
    fn code(&mut self) -> Result<CodeObject, MarshalError> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let firstlineno = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let stacksize = self.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len(1)?;
        let mut cell2arg = Vec::with_capacity(n);
        for _ in 0..n {
            let a = self.u32()?;
            cell2arg.push(a.checked_sub(1));
        }
        let names = self.strs()?;
        let n = self.len(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.konst()?);
        }
        // Each instruction takes at least 2 bytes.
        let n = self.len(2)?;
        let mut code = Vec::with_capacity(n);
        for _ in 0..n {
            // Most operands fit in one varint byte: read those pairs straight off the slice.
            let (op, arg) = match self.data.get(self.pos..self.pos + 2) {
                Some(&[op, a]) if a < 0x80 => {
                    self.pos += 2;
                    (op, u32::from(a))
                }
                _ => (self.u8()?, self.u32()?),
            };
            if arg > 0x00ff_ffff {
                return err("operand out of range");
            }
            code.push(u32::from(op) | (arg << 8));
        }
        let locations = Locations::from_encoded(firstlineno, n, self.bytes()?);
        let n = self.len(4)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            exception_table.push(ExceptionEntry {
                start,
                end,
                target,
                depth,
            });
        }
        let docstring = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return err("bad docstring flag"),
        };
        let c = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            code,
            locations,
            exception_table,
            stacksize,
            docstring,
        };
        validate_shallow(&c)?;
        if self.verify {
            verify_stack(&c)?;
        }
        Ok(c)
    }
}

/// Number of `OperandKind`s, plus one for "not an opcode".
const KINDS: usize = OperandKind::Flags as usize + 2;

/// Per byte: its opcode's operand kind + 1, or 0 when the byte is no opcode.
const KIND_OF_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let op = Opcode::ALL[i];
        t[op as usize] = op.operand() as u8 + 1;
        i += 1;
    }
    t
};

/// Checks every invariant the interpreter relies on without re-checking at run time.
pub fn validate(c: &CodeObject) -> Result<(), MarshalError> {
    validate_shallow(c)?;
    verify_stack(c)
}

/// The stack-depth flow analysis: every path agrees on the depth at each instruction,
/// nothing pops below the bottom, and the recorded stack size is the real maximum.
pub fn verify_stack(c: &CodeObject) -> Result<(), MarshalError> {
    let depth = crate::verify::stack_depth(c).map_err(MarshalError)?;
    if depth != c.stacksize {
        return err("stack size mismatch");
    }
    Ok(())
}

/// Everything `validate` checks but the stack depths: operands, counts, the table.
fn validate_shallow(c: &CodeObject) -> Result<(), MarshalError> {
    let Ok(n) = u32::try_from(c.code.len()) else {
        return err("code too long");
    };
    if n == 0 {
        return err("empty code");
    }
    if c.locations.len() != c.code.len() {
        return err("location table length mismatch");
    }
    // `total_args` saturates, so a count near u32::MAX cannot wrap to something small.
    if c.posonlyargcount > c.argcount
        || c.total_args() > c.varnames.len()
        || c.cell2arg.len() != c.cellvars.len()
    {
        return err("bad argument counts");
    }
    if c.cell2arg
        .iter()
        .flatten()
        .any(|&a| a as usize >= c.total_args())
    {
        return err("bad cell2arg");
    }
    let nderef = c.cellvars.len().saturating_add(c.freevars.len());
    // One branch-light pass: the largest operand + 1 per operand kind, checked against
    // the table sizes afterwards (this runs for every code object of every warm import).
    let mut top = [0u32; KINDS];
    let mut yields = false;
    for &w in &c.code {
        let (b, arg) = decode(w);
        let k = KIND_OF_BYTE[b as usize];
        if k == 0 {
            return err("unknown opcode");
        }
        let k = usize::from(k);
        top[k] = top[k].max(arg + 1);
        if k == OperandKind::BinOp as usize + 1 && crate::opcodes::BinOp::from_arg(arg).is_none() {
            return err("operand out of range");
        }
        yields |= b == Opcode::YieldValue as u8 || b == Opcode::Send as u8;
    }
    let within = |kind: OperandKind, len: usize| top[kind as usize + 1] as usize <= len;
    if !(within(OperandKind::Const, c.consts.len())
        && within(OperandKind::Local, c.varnames.len())
        && within(OperandKind::Name, c.names.len())
        && within(OperandKind::Deref, nderef)
        && within(OperandKind::Jump, n as usize)
        && within(OperandKind::CmpOp, 6))
    {
        return err("operand out of range");
    }
    if yields && !c.is_generator() {
        return err("yield in a non-generator code object");
    }
    // The last instruction must not fall off the end of the code.
    let Some(&last) = c.code.last() else {
        return err("empty code");
    };
    if !matches!(
        Opcode::from_u8(decode(last).0),
        Some(
            Opcode::ReturnValue
                | Opcode::ReturnConst
                | Opcode::Jump
                | Opcode::Reraise
                | Opcode::RaiseVarargs
        )
    ) {
        return err("code falls off the end");
    }
    for e in &c.exception_table {
        if e.start > e.end || e.end > n || e.target >= n {
            return err("bad exception table");
        }
    }
    Ok(())
}
