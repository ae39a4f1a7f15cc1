//! The `match` statement (PEP 634), with CPython 3.12's code shape and error messages.
//!
//! A pattern consumes the subject on top of the stack. The values it captures stay on
//! the stack until the whole pattern has matched, and only then are they stored. So a
//! failed case binds nothing, while a case whose guard fails keeps its bindings, as in
//! CPython. A failed test jumps to `fail_pop[n]`, where `n` is the number of values
//! still above the case's base: the captures plus the `on_top` items (subjects being
//! taken apart). That is a run of POP_TOPs that falls through to `fail_pop[0]`.
//!
//! ```text
//!         <subject>
//!         COPY 1                  every case but the last one tested
//!         <pattern>               captures left on the stack, first name on top
//!         STORE x ...             in capture order
//!         <guard> → fail_pop[0]   (if any)
//!         POP_TOP                 the subject copy (every case but the last one tested)
//!         <body>
//!         JUMP end
//! fail_pop[n]: POP_TOP ... fail_pop[1]: POP_TOP
//! fail_pop[0]: ...next case...
//!         NOP; <guard> → end; <body>      a trailing `case _:` needs no copy
//! end:
//! ```
//! `tests/snapshots/dis/match_statement.py` pins this layout; `tests/cases/match/` the
//! behaviour.

use super::{CResult, Compiler, Label};
use crate::parse::ast::{self, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;
use taipan_bytecode::{BinOp, CmpOp, Const, Opcode};

/// The state of one case's pattern while it is compiled.
struct PatternCtx {
    /// Names captured so far, in the order they will be stored. Their values sit on the
    /// stack under the `on_top` items, the first name nearest the top.
    stores: Vec<String>,
    /// Whether a capture or wildcard may stand alone here: in the last case, a guarded
    /// case, and only in the last alternative of an or-pattern there.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values and falls through to `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Values above the captures that a failure must pop as well.
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` alone: matches anything and binds nothing (CPython's WILDCARD_CHECK).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A literal key's identity for the compile-time duplicate check: `1`, `1.0` and `True`
/// are one key, as they are one dict key.
#[derive(PartialEq)]
enum KeyId {
    Int(num_bigint::BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    None,
    Other,
}

fn key_id(c: &Const) -> KeyId {
    use num_bigint::BigInt;
    match c {
        Const::Int(i) => KeyId::Int(BigInt::from(*i)),
        Const::BigInt(b) => KeyId::Int(b.clone()),
        Const::True => KeyId::Int(BigInt::from(1)),
        Const::False => KeyId::Int(BigInt::from(0)),
        Const::Float(f) if f.fract() == 0.0 && f.is_finite() => {
            // An integral float is equal to the int of the same value.
            KeyId::Int(num_traits::FromPrimitive::from_f64(*f).unwrap_or_default())
        }
        Const::Float(f) => KeyId::Float(*f),
        Const::Str(s) => KeyId::Str(s.clone()),
        Const::Bytes(b) => KeyId::Bytes(b.clone()),
        Const::None => KeyId::None,
        _ => KeyId::Other,
    }
}

/// `repr()` of a literal key for the duplicate-key message.
fn key_repr(c: &Const) -> String {
    match c {
        Const::Str(s) => py_str_repr(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &byte in b.iter() {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(byte as char),
                    _ => out.push_str(&format!("\\x{byte:02x}")),
                }
            }
            out.push('\'');
            out
        }
        other => taipan_bytecode::dis::const_repr(other),
    }
}

/// Python's str repr: single quotes unless the text has one and no double quote.
fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        let has_default = n > 1 && is_wildcard(&m.cases[n - 1].pattern);
        let tested = n - usize::from(has_default);
        for (i, case) in m.cases[..tested].iter().enumerate() {
            let keep_subject = i + 1 < tested;
            self.set_loc(case.pattern.range());
            if keep_subject {
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                // The subject copy is on the stack while the guard runs: handlers the
                // guard sets up (an inlined comprehension's) must unwind to above it.
                let extra = u32::from(keep_subject);
                self.unit().depth += extra;
                self.jump_if(guard, false, fail)?;
                self.unit().depth -= extra;
            }
            self.set_loc(case.pattern.range());
            if keep_subject {
                self.emit(Opcode::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Opcode::Jump, end);
            // A failed pattern's cleanup belongs to the pattern's line, not the body's.
            self.set_loc(case.pattern.range());
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &m.cases[n - 1];
            self.set_loc(case.pattern.range());
            self.emit(Opcode::Nop, 0);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.enter_nesting(p.range())?;
        let saved = self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => self.pattern_value(v, pc)?,
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                });
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => {
                self.store_capture(s.name.as_ref().map(|n| n.id.as_str()), pc, s.range)?
            }
            Pattern::MatchAs(a) => self.pattern_as(a, pc)?,
            Pattern::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        self.unit().loc = saved;
        self.nesting -= 1;
        Ok(())
    }

    /// A pattern nested in another: a lone capture is fine there (`[x, _]`).
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// `subject == value`: a literal (folded to a constant) or a dotted name.
    fn pattern_value(&mut self, v: &'a ast::PatternMatchValue, pc: &mut PatternCtx) -> CResult {
        match self.pattern_literal(&v.value)? {
            Some(c) => self.load_const(c),
            None if matches!(&*v.value, Expr::Attribute(_)) => self.expr(&v.value)?,
            None => {
                return Err(self.error(
                    "patterns may only match literals and attribute lookups",
                    v.range,
                ))
            }
        }
        self.emit(Opcode::CompareOp, CmpOp::Eq as u32);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        Ok(())
    }

    /// The constant a literal pattern or mapping key denotes (`-1` folded, as CPython's
    /// AST optimiser does), or None for anything else.
    fn pattern_literal(&self, e: &Expr) -> CResult<Option<Const>> {
        Ok(Some(match e {
            Expr::NumberLiteral(n) => self.number(&n.value, n.range)?,
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
                let Expr::NumberLiteral(n) = &*u.operand else {
                    return Ok(None);
                };
                match self.number(&n.value, n.range)? {
                    Const::Int(i) => match i.checked_neg() {
                        Some(v) => Const::Int(v),
                        None => Const::BigInt(-num_bigint::BigInt::from(i)),
                    },
                    Const::BigInt(b) => {
                        let neg = -b;
                        match i64::try_from(&neg) {
                            Ok(v) => Const::Int(v),
                            Err(_) => Const::BigInt(neg),
                        }
                    }
                    Const::Float(f) => Const::Float(-f),
                    Const::Complex(re, im) => Const::Complex(-re, -im),
                    other => other,
                }
            }
            // The parser only builds `real ± imaginary` here (folded, as CPython does).
            Expr::BinOp(b) => {
                let (Some(l), Some(r)) = (
                    self.pattern_literal(&b.left)?,
                    self.pattern_literal(&b.right)?,
                ) else {
                    return Ok(None);
                };
                let re = match l {
                    Const::Int(i) => i as f64,
                    Const::Float(f) => f,
                    _ => return Ok(None),
                };
                let Const::Complex(_, im) = r else {
                    return Ok(None);
                };
                match b.op {
                    ast::Operator::Add => Const::Complex(re, im),
                    ast::Operator::Sub => Const::Complex(re, -im),
                    _ => return Ok(None),
                }
            }
            Expr::StringLiteral(s) => Const::Str(Rc::from(s.value.to_str())),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Const::True
                } else {
                    Const::False
                }
            }
            Expr::NoneLiteral(_) => Const::None,
            _ => return Ok(None),
        }))
    }

    /// `[a, *rest, b]` / `(a, b)`: a length check, then the items by unpacking, or by
    /// indexing when the star is `*_` (so a long subject is not copied).
    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> CResult {
        let pats = &s.patterns;
        let size = pats.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(st) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
                }
                star_wildcard = st.name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on the stack through the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let min_len = match star {
            None => Some((size, CmpOp::Eq)),
            // `[*x]` matches any length.
            Some(_) if size > 1 => Some((size - 1, CmpOp::Ge)),
            Some(_) => None,
        };
        if let Some((len, op)) = min_len {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(len as i64));
            self.emit(Opcode::CompareOp, op as u32);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if star_wildcard {
            return self.sequence_by_index(pats, star.unwrap_or(size), pc);
        }
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        s.range,
                    ));
                }
                self.emit(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UnpackSequence, size as u32),
        }
        pc.on_top += size;
        for p in pats {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Items of a sequence with a `*_`: `subject[i]` before the star and
    /// `subject[len(subject) - k]` after it (the subject may not support negative indices).
    fn sequence_by_index(
        &mut self,
        pats: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult {
        pc.on_top += 1;
        let size = pats.len();
        for (i, p) in pats.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Const::Int((size - i) as i64));
                self.emit(Opcode::BinaryOp, BinOp::Subtract as u32);
            }
            self.emit(Opcode::BinarySubscr, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    /// `{k: p, ..., **rest}`: MATCH_KEYS looks every key up at once; `rest` is a copy of
    /// the subject without those keys.
    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Opcode::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        // Literal keys are checked for duplicates now; dotted names at run time.
        let mut seen: Vec<KeyId> = Vec::new();
        for key in &m.keys {
            match self.pattern_literal(key)? {
                Some(c) => {
                    let id = key_id(&c);
                    if id != KeyId::Other && seen.contains(&id) {
                        let msg =
                            format!("mapping pattern checks duplicate key ({})", key_repr(&c));
                        return Err(self.error(msg, m.range));
                    }
                    seen.push(id);
                    self.load_const(c);
                }
                None if matches!(key, Expr::Attribute(_)) => self.expr(key)?,
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        m.range,
                    ))
                }
            }
        }
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        // (subject keys values|None): the values tuple counts until it is unpacked.
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfNone);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // What follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for each key.
                self.emit(Opcode::BuildMap, 0); //     (subject keys {})
                self.emit(Opcode::Swap, 3); //         ({} keys subject)
                self.emit(Opcode::DictUpdate, 2); //   (rest keys)
                self.emit(Opcode::UnpackSequence, size as u32); // (rest k_n .. k_1)
                for remaining in (1..=size).rev() {
                    self.emit(Opcode::Copy, remaining as u32 + 1);
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::DeleteSubscr, 0);
                }
                self.store_capture(Some(rest.id.as_str()), pc, rest.range)?;
            }
            None => {
                self.emit(Opcode::PopTop, 0); // the keys
                self.emit(Opcode::PopTop, 0); // the subject
            }
        }
        Ok(())
    }

    /// `Cls(p1, p2, attr=p3)`: MATCH_CLASS does the isinstance check and fetches every
    /// attribute; the sub-patterns then match the unpacked tuple.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        for (i, kw) in args.keywords.iter().enumerate() {
            let name = kw.attr.id.as_str();
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kw.pattern.range()));
            }
            if let Some(dup) = args.keywords[i + 1..]
                .iter()
                .find(|k| k.attr.id == kw.attr.id)
            {
                let msg = format!("attribute name repeated in class pattern: {name}");
                return Err(self.error(msg, dup.pattern.range()));
            }
        }
        self.expr(&c.cls)?;
        let names: Vec<Const> = args
            .keywords
            .iter()
            .map(|k| Const::Str(Rc::from(k.attr.id.as_str())))
            .collect();
        self.load_const(Const::Tuple(names.into()));
        self.emit(Opcode::MatchClass, nargs as u32);
        pc.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfNone);
        let total = nargs + args.keywords.len();
        self.emit(Opcode::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::PopTop, 0);
            } else {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `p as name`, or a bare capture / wildcard when there is no `p`.
    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx) -> CResult {
        let name = a.name.as_ref().map(|n| n.id.as_str());
        let Some(sub) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, a.range));
            }
            return self.store_capture(name, pc, a.range);
        };
        // Keep a copy of the subject to capture once `sub` has matched.
        pc.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.pattern(sub, pc)?;
        pc.on_top -= 1;
        self.store_capture(name, pc, a.range)
    }

    /// `p1 | p2 | ...`: each alternative works on its own copy of the subject with a
    /// fresh context, and must capture the same names. The captures of the one that
    /// matched are put in the first alternative's order, then moved under everything
    /// the enclosing pattern keeps on the stack.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut alt_pc = PatternCtx::new(i + 1 == n && pc.allow_irrefutable);
            self.set_loc(alt.range());
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, &mut alt_pc)?;
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(names) => {
                    let same = names.len() == alt_pc.stores.len()
                        && names.iter().all(|n| alt_pc.stores.contains(n));
                    if !same {
                        return Err(
                            self.error("alternative patterns bind different names", o.range)
                        );
                    }
                    self.reorder_captures(&mut alt_pc.stores, names);
                }
            }
            self.emit_jump(Opcode::Jump, end);
            self.emit_fail_pops(&mut alt_pc);
        }
        self.set_loc(o.range);
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.bind(end);
        let names = control.unwrap_or_default();
        // Under: the other new captures, the subject, the on_top items, the old captures.
        let depth = names.len() + 1 + pc.on_top + pc.stores.len();
        for name in names {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.error(msg, o.range));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    /// Permutes the captures on top of the stack (`current[0]` on top) into `wanted`'s
    /// order, swapping two at a time.
    fn reorder_captures(&mut self, current: &mut [String], wanted: &[String]) {
        for (k, want) in wanted.iter().enumerate() {
            let Some(j) = current.iter().position(|n| n == want) else {
                continue;
            };
            if j == k {
                continue;
            }
            // Swap the values at depths k+1 and j+1 (depth 1 is the top).
            let (a, b) = (k as u32 + 1, j as u32 + 1);
            if a == 1 {
                self.emit_swap(b);
            } else {
                self.emit_swap(a);
                self.emit_swap(b);
                self.emit_swap(a);
            }
            current.swap(k, j);
        }
    }

    /// Keeps the value on top as the capture `name` (None: `_`, dropped).
    fn store_capture(
        &mut self,
        name: Option<&str>,
        pc: &mut PatternCtx,
        range: TextRange,
    ) -> CResult {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(msg, range));
        }
        // Under the on_top items and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Moves the top value down to depth `n`, shifting the ones above it up.
    fn rotate(&mut self, n: usize) {
        for k in (2..=n).rev() {
            self.emit_swap(k as u32);
        }
    }

    /// SWAP n. Consecutive captures often rotate by the same depth twice in a row, which
    /// undoes itself: then the first SWAP is dropped instead, unless a jump lands on
    /// the second.
    fn emit_swap(&mut self, n: u32) {
        let u = self.unit();
        let here = u.instrs.len() as u32;
        let undoes = u
            .instrs
            .last()
            .is_some_and(|i| i.op == Opcode::Swap && i.arg == n);
        if undoes && !u.labels.contains(&here) {
            u.instrs.pop();
        } else {
            self.emit(Opcode::Swap, n);
        }
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops]
    }

    /// Jumps (with `op`) to the cleanup that pops everything the pattern has left.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        let l = self.fail_label(pc, pops);
        self.emit_jump(op, l);
    }

    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (k, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if k > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }
}
