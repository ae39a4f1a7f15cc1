//! Serialises code objects to bytes and back. Fixed little-endian widths, no addresses and
//! no hash-ordered containers, so the same code object always yields the same bytes.
//! Reading validates everything the VM will trust (opcodes, operand ranges, jump targets),
//! so a damaged file is reported as an error, never run. Format: docs/PYC.md.

use crate::code::{CodeObject, Const, ExceptionEntry, Location};
use crate::opcodes::{decode, Opcode, OperandKind};
use num_bigint::{BigInt, Sign};
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
    let mut w = Writer { out: Vec::new() };
    w.code(code);
    w.out
}

pub fn loads(data: &[u8]) -> Result<CodeObject, MarshalError> {
    let mut r = Reader {
        data,
        pos: 0,
        depth: 0,
    };
    let code = r.code()?;
    if r.pos != data.len() {
        return Err(MarshalError("trailing bytes".into()));
    }
    Ok(code)
}

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.out.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.u32(v.len() as u32);
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
                self.out.extend_from_slice(&i.to_le_bytes());
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
                self.u32(items.len() as u32);
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
        self.u32(c.cell2arg.len() as u32);
        for a in &c.cell2arg {
            self.u32(a.map_or(u32::MAX, |a| a));
        }
        self.strs(&c.names);
        self.u32(c.consts.len() as u32);
        for k in &c.consts {
            self.konst(k);
        }
        self.u32(c.code.len() as u32);
        for w in &c.code {
            self.u32(*w);
        }
        // Locations: one row per instruction; stored as deltas would be smaller, but
        // plain rows keep the format obvious for now.
        for l in &c.locations {
            for v in [l.line, l.end_line, l.col, l.end_col] {
                self.u32(v);
            }
        }
        self.u32(c.exception_table.len() as u32);
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
}

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
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, MarshalError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, MarshalError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// A length prefix, checked against the bytes left so a bogus length cannot make us
    /// allocate gigabytes.
    fn len(&mut self, min_item: usize) -> Result<usize, MarshalError> {
        let n = self.u32()? as usize;
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
        let b = self.bytes()?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(Rc::from(s)),
            Err(_) => err("invalid utf-8"),
        }
    }
    fn strs(&mut self) -> Result<Vec<Rc<str>>, MarshalError> {
        let n = self.len(4)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn konst(&mut self) -> Result<Const, MarshalError> {
        Ok(match self.u8()? {
            T_NONE => Const::None,
            T_TRUE => Const::True,
            T_FALSE => Const::False,
            T_ELLIPSIS => Const::Ellipsis,
            T_INT => Const::Int(self.u64()? as i64),
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
                let items = (0..n)
                    .map(|_| self.konst())
                    .collect::<Result<Vec<_>, _>>()?;
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
        let n = self.len(4)?;
        let mut cell2arg = Vec::with_capacity(n);
        for _ in 0..n {
            let a = self.u32()?;
            cell2arg.push(if a == u32::MAX { None } else { Some(a) });
        }
        let names = self.strs()?;
        let n = self.len(1)?;
        let consts = (0..n)
            .map(|_| self.konst())
            .collect::<Result<Vec<_>, _>>()?;
        let n = self.len(4 + 16)?;
        let code = (0..n).map(|_| self.u32()).collect::<Result<Vec<_>, _>>()?;
        let mut locations = Vec::with_capacity(n);
        for _ in 0..n {
            let (line, end_line, col, end_col) =
                (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            locations.push(Location {
                line,
                end_line,
                col,
                end_col,
            });
        }
        let n = self.len(16)?;
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
        validate(&c)?;
        Ok(c)
    }
}

/// Checks every invariant the interpreter relies on without re-checking at run time.
pub fn validate(c: &CodeObject) -> Result<(), MarshalError> {
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
    // Once per constant, not once per LOAD_CONST: a large tuple loaded by many
    // instructions would otherwise cost their product.
    let complex: Vec<bool> = c.consts.iter().map(contains_complex).collect();
    for &w in &c.code {
        let (b, arg) = decode(w);
        let Some(op) = Opcode::from_u8(b) else {
            return err("unknown opcode");
        };
        let ok = match op.operand() {
            OperandKind::Const => (arg as usize) < c.consts.len(),
            OperandKind::Local => (arg as usize) < c.varnames.len(),
            OperandKind::Name => (arg as usize) < c.names.len(),
            OperandKind::Deref => (arg as usize) < nderef,
            OperandKind::Jump => arg < n,
            OperandKind::BinOp => crate::opcodes::BinOp::from_arg(arg).is_some(),
            OperandKind::CmpOp => arg < 6,
            OperandKind::None | OperandKind::Count | OperandKind::Flags => true,
        };
        if !ok {
            return err("operand out of range");
        }
        if op.operand() == OperandKind::Const && complex.get(arg as usize).copied().unwrap_or(false)
        {
            return err("complex constants are not supported yet");
        }
        if matches!(op, Opcode::YieldValue | Opcode::Send) && !c.is_generator() {
            return err("yield in a non-generator code object");
        }
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
    let depth = crate::verify::stack_depth(c).map_err(MarshalError)?;
    if depth != c.stacksize {
        return err("stack size mismatch");
    }
    Ok(())
}

fn contains_complex(c: &Const) -> bool {
    match c {
        Const::Complex(..) => true,
        Const::Tuple(items) | Const::FrozenSet(items) => items.iter().any(contains_complex),
        _ => false,
    }
}
