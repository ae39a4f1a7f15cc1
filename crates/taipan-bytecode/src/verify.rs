//! Stack-depth verification: a flow analysis over a code object's instructions that
//! computes the maximum operand-stack depth and rejects code where two paths reach an
//! instruction with different depths or an instruction pops more than is there. The
//! compiler uses it as a self-check; the unmarshaller runs it on every loaded code object,
//! so the interpreter can index its stack without bounds surprises from a bad .pyc.

use crate::code::CodeObject;
use crate::opcodes::{decode, Opcode};

/// Flow analysis over the final code: the maximum stack depth, and a check that every
/// path agrees on the depth at each instruction (a codegen bug otherwise).
///
/// The code object may come from a damaged file, so nothing here trusts it: exception-table
/// rows must lie inside the code, depths are computed with checked arithmetic, and the work
/// is O((instructions + rows) log rows) however the rows overlap.
pub fn stack_depth(co: &CodeObject) -> Result<u32, String> {
    let n = co.code.len();
    if u32::try_from(n).is_err() {
        return Err(format!("code too long in {}", co.qualname));
    }
    for e in &co.exception_table {
        if e.start > e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!(
                "bad exception table entry {}..{} -> {} in {}",
                e.start, e.end, e.target, co.qualname
            ));
        }
    }
    let mut depth_at: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    for e in &co.exception_table {
        // The handler starts with the exception pushed on the unwound stack.
        let d = e
            .depth
            .checked_add(1)
            .ok_or_else(|| format!("handler depth too large in {}", co.qualname))?;
        work.push((e.target as usize, d));
    }
    let mut max = 0;
    // Each path is followed straight through its fall-through successors; only branch
    // targets go on the work list (most instructions fall through).
    while let Some((start, d0)) = work.pop() {
        let (mut pc, mut d) = (start, d0);
        while pc < n {
            match depth_at[pc] {
                Some(prev) if prev == d => break,
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
            let after = (d - pops)
                .checked_add(pushes)
                .ok_or_else(|| format!("stack depth overflow at {pc} in {}", co.qualname))?;
            max = max.max(after).max(d);
            match op {
                Opcode::Jump => {
                    pc = arg as usize;
                    d = after;
                    continue;
                }
                Opcode::ReturnValue
                | Opcode::ReturnConst
                | Opcode::RaiseVarargs
                | Opcode::Reraise => break,
                Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::PopJumpIfNone
                | Opcode::PopJumpIfNotNone => work.push((arg as usize, after)),
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => work.push((arg as usize, d)),
                Opcode::ForIter | Opcode::Send => work.push((arg as usize, d - 1)),
                _ => {}
            }
            pc += 1;
            d = after;
        }
    }
    check_handler_depths(co, &depth_at)?;
    Ok(max)
}

/// A handler unwinds *down* to its depth: every covered (reachable) instruction must have
/// at least that many values on the stack. A sweep over the instructions with a max-heap of
/// the rows covering the current one, so rows that overlap heavily cost no more than
/// O(log rows) each. Rows must already be inside the code (checked by the caller).
fn check_handler_depths(co: &CodeObject, depth_at: &[Option<u32>]) -> Result<(), String> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    if co.exception_table.is_empty() {
        return Ok(());
    }
    let mut rows: Vec<(u32, u32, u32)> = co
        .exception_table
        .iter()
        .filter(|e| e.start < e.end)
        .map(|e| (e.start, e.end, e.depth))
        .collect();
    rows.sort_unstable_by_key(|r| Reverse(r.0));
    // (depth, end): the deepest row still covering `pc` is on top; rows that ended are
    // dropped lazily when they reach the top.
    let mut active: BinaryHeap<(u32, u32)> = BinaryHeap::new();
    for (pc, d) in depth_at.iter().enumerate() {
        let pc = pc as u32;
        while rows.last().is_some_and(|r| r.0 <= pc) {
            if let Some((_, end, depth)) = rows.pop() {
                active.push((depth, end));
            }
        }
        while active.peek().is_some_and(|&(_, end)| end <= pc) {
            active.pop();
        }
        if let (Some(d), Some(&(depth, _))) = (d, active.peek()) {
            if *d < depth {
                return Err(format!(
                    "handler depth {depth} above stack depth {d} at {pc} in {}",
                    co.qualname
                ));
            }
        }
    }
    Ok(())
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
        Opcode::MakeFunction => arg & !0b1111 == 0,
        Opcode::UnpackEx => arg <= 0xffff,
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err("operand out of range for the stack")
    }
}
