//! Text disassembly in CPython's `dis` column layout: line, offset, name, operand and the
//! operand's meaning in parentheses. Nested code objects follow their parent.

use crate::code::{CodeObject, Const};
use crate::opcodes::{decode, BinOp, CmpOp, Opcode, OperandKind};
use std::fmt::Write;

/// About 4300 decimal digits, CPython's default `sys.get_int_max_str_digits()`.
const MAX_REPR_BITS: u64 = 14_300;

pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        // Decimal conversion is quadratic in the size of the number: past CPython's
        // int-to-str limit (4300 digits, where its repr raises ValueError) say how big it is.
        Const::BigInt(b) if b.bits() > MAX_REPR_BITS => format!("<int of {} bits>", b.bits()),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        Const::Str(s) => format!("{s:?}").replace('"', "'"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => format!("<code object {}>", code.name),
    }
}

fn argrepr(code: &CodeObject, op: Opcode, arg: u32, const_reprs: &mut [Option<String>]) -> String {
    let deref_name = |i: usize| {
        let n = code.cellvars.len();
        if i < n {
            code.cellvars[i].to_string()
        } else {
            code.freevars
                .get(i - n)
                .map(|s| s.to_string())
                .unwrap_or_default()
        }
    };
    match op.operand() {
        // Each constant's repr is computed once per code object.
        OperandKind::Const => match (
            code.consts.get(arg as usize),
            const_reprs.get_mut(arg as usize),
        ) {
            (Some(c), Some(slot)) => slot.get_or_insert_with(|| const_repr(c)).clone(),
            _ => String::new(),
        },
        OperandKind::Local => code
            .varnames
            .get(arg as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        OperandKind::Name => code
            .names
            .get(arg as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        OperandKind::Deref => deref_name(arg as usize),
        OperandKind::Jump => format!("to {arg}"),
        OperandKind::BinOp => match BinOp::from_arg(arg) {
            Some((op, true)) => format!("{}=", op.symbol()),
            Some((op, false)) => op.symbol().to_string(),
            None => "?".into(),
        },
        OperandKind::CmpOp => CmpOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        OperandKind::None | OperandKind::Count | OperandKind::Flags => String::new(),
    }
}

/// Disassembles `code` and, after it, every code object in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of <code object {}>:", inner.name);
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// One decoded instruction, with what `dis` shows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Instr {
    pub offset: u32,
    pub opcode: u8,
    /// None for a byte that is not an opcode (only in damaged code).
    pub op: Option<Opcode>,
    /// The operand, for instructions that take one.
    pub arg: Option<u32>,
    /// The operand's meaning as text (a name, a constant's repr, "to 12", "+").
    pub argrepr: String,
    /// The source line, on the first instruction of each line.
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
}

impl Instr {
    pub fn opname(&self) -> String {
        match self.op {
            Some(op) => op.name().to_string(),
            None => format!("<{}>", self.opcode),
        }
    }
}

/// The instructions of `code` (not of nested code objects).
pub fn instructions(code: &CodeObject) -> Vec<Instr> {
    let targets: std::collections::HashSet<u32> = code
        .code
        .iter()
        .filter_map(|w| {
            let (b, a) = decode(*w);
            Opcode::from_u8(b)
                .filter(|op| op.operand() == OperandKind::Jump)
                .map(|_| a)
        })
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut const_reprs = vec![None; code.consts.len()];
    let mut last_line = 0;
    let mut out = Vec::with_capacity(code.code.len());
    for (i, w) in code.code.iter().enumerate() {
        let (b, arg) = decode(*w);
        let line = code.line_at(i);
        let starts_line = (line != last_line).then_some(line);
        last_line = line;
        let op = Opcode::from_u8(b);
        let has_arg = op.is_some_and(|op| op.operand() != OperandKind::None);
        let argrepr = match op {
            Some(op) if has_arg => argrepr(code, op, arg, &mut const_reprs),
            _ => String::new(),
        };
        out.push(Instr {
            offset: i as u32,
            opcode: b,
            op,
            arg: has_arg.then_some(arg),
            argrepr,
            starts_line,
            is_jump_target: targets.contains(&(i as u32)),
        });
    }
    out
}

/// Disassembles `code` alone (no nested code objects), as `dis.disassemble(co)`.
pub fn disassemble_one(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    for ins in instructions(code) {
        let i = ins.offset;
        if ins.starts_line.is_some() && i > 0 {
            out.push('\n');
        }
        let line_col = ins.starts_line.map(|l| l.to_string()).unwrap_or_default();
        let mark = if ins.is_jump_target { ">>" } else { "  " };
        if ins.op.is_none() {
            let _ = writeln!(out, "{line_col:>3}     {mark} {i:>4} <{}>", ins.opcode);
            continue;
        }
        // CPython's widths: line 3, opname 20, operand right-aligned in 5.
        let _ = write!(out, "{line_col:>3}     {mark} {i:>4} {:<20}", ins.opname());
        if let Some(arg) = ins.arg {
            let _ = write!(out, " {arg:>5}");
            if !ins.argrepr.is_empty() {
                let _ = write!(out, " ({})", ins.argrepr);
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
}
