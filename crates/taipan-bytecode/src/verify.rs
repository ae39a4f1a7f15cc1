//! Stack-depth verification: a flow analysis over a code object's instructions that
//! computes the maximum operand-stack depth and rejects code where two paths reach an
//! instruction with different depths or an instruction pops more than is there. The
//! compiler uses it as a self-check; the unmarshaller runs it on every loaded code object,
//! so the interpreter can index its stack without bounds surprises from a bad .pyc.

use crate::code::CodeObject;
use crate::opcodes::{decode, Opcode};

/// Flow analysis over the final code: the maximum stack depth, and a check that every
/// path agrees on the depth at each instruction (a codegen bug otherwise).
pub fn stack_depth(co: &CodeObject) -> Result<u32, String> {
    let n = co.code.len();
    let mut depth_at: Vec<Option<u32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0u32)];
    for e in &co.exception_table {
        work.push((e.target as usize, e.depth + 1));
    }
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        match depth_at[pc] {
            Some(prev) if prev == d => continue,
            Some(prev) => {
                return Err(format!(
                    "stack depth {d} != {prev} at {pc} in {}",
                    co.qualname
                ))
            }
            None => depth_at[pc] = Some(d),
        }
        let (b, arg) = decode(co.code[pc]);
        let op = Opcode::from_u8(b).ok_or("bad opcode")?;
        check_operand(op, arg, d).map_err(|m| format!("{m} at {pc} in {}", co.qualname))?;
        let (pops, pushes) = op.stack_effect(arg);
        if pops > d {
            return Err(format!("stack underflow at {pc} in {}", co.qualname));
        }
        let after = d - pops + pushes;
        max = max.max(after).max(d);
        let next = pc + 1;
        match op {
            Opcode::Jump => work.push((arg as usize, after)),
            Opcode::ReturnValue | Opcode::ReturnConst | Opcode::RaiseVarargs | Opcode::Reraise => {}
            Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone => {
                work.push((arg as usize, after));
                work.push((next, after));
            }
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                work.push((arg as usize, d));
                work.push((next, after));
            }
            Opcode::ForIter => {
                work.push((arg as usize, d - 1));
                work.push((next, after));
            }
            Opcode::Send => {
                work.push((arg as usize, d - 1));
                work.push((next, after));
            }
            _ => work.push((next, after)),
        }
    }
    // A handler unwinds *down* to its depth: every covered instruction must have at
    // least that many values on the stack.
    for e in &co.exception_table {
        for pc in e.start..e.end {
            if let Some(d) = depth_at[pc as usize] {
                if d < e.depth {
                    return Err(format!(
                        "handler depth {} above stack depth {d} at {pc}",
                        e.depth
                    ));
                }
            }
        }
    }
    Ok(max)
}

/// Operands the stack-effect table cannot express: instructions that reach `arg` items
/// deep must stay inside the stack, and a few take only specific counts.
fn check_operand(op: Opcode, arg: u32, depth: u32) -> Result<(), &'static str> {
    let ok = match op {
        Opcode::Copy | Opcode::Swap => arg >= 1 && arg <= depth,
        Opcode::ListAppend
        | Opcode::SetAdd
        | Opcode::ListExtend
        | Opcode::SetUpdate
        | Opcode::DictUpdate
        | Opcode::DictMerge => arg >= 1 && arg < depth,
        Opcode::MapAdd => arg >= 1 && arg + 1 < depth,
        Opcode::BuildSlice => arg == 2 || arg == 3,
        Opcode::RaiseVarargs => arg <= 2,
        Opcode::CallFunctionEx => arg <= 1,
        Opcode::FormatValue => arg <= 7,
        Opcode::MakeFunction => arg & !0b1011 == 0,
        Opcode::UnpackEx => arg <= 0xffff,
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err("operand out of range for the stack")
    }
}
