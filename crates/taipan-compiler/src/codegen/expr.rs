//! Expressions: literals, names, operators, calls, displays, subscripts, f-strings,
//! conditional jumps.

use super::{CResult, Compiler};
use crate::parse::ast::{self, Expr};
use num_traits::Num;
use ruff_text_size::Ranged;
use std::rc::Rc;
use taipan_bytecode::{CmpOp, Const, Opcode};

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_nesting(e.range())?;
        let saved = self.set_loc(e.range());
        self.expr_inner(e)?;
        self.unit().loc = saved;
        self.nesting -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => {
                let c = self.number(&n.value, n.range)?;
                self.load_const(c);
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(Rc::from(s.value.to_str()))),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Const::Bytes(bytes.into()));
            }
            Expr::BooleanLiteral(b) => {
                self.load_const(if b.value { Const::True } else { Const::False })
            }
            Expr::NoneLiteral(_) => self.load_const(Const::None),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis),
            Expr::Name(n) if n.id.as_str() == "__debug__" => self.load_const(self.debug_const()),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BinaryOp, super::stmt::binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => Opcode::UnaryNot,
                    ast::UnaryOp::USub => Opcode::UnaryNegative,
                    ast::UnaryOp::UAdd => Opcode::UnaryPositive,
                    ast::UnaryOp::Invert => Opcode::UnaryInvert,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_name(&self.mangle(&a.attr.id));
                // `expr` restores the location afterwards.
                self.set_loc(self.attr_range(a, a.range()));
                self.emit(Opcode::LoadAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
            }
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, Opcode::BuildTuple)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, Opcode::BuildList)?,
            Expr::Set(s) => self.sequence(&s.elts, Opcode::BuildSet)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(
                c.range,
                "<listcomp>",
                &c.generators,
                super::function::CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.comprehension(
                c.range,
                "<setcomp>",
                &c.generators,
                super::function::CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    super::function::CompKind::Dict(k, &c.value),
                )?
            }
            Expr::Generator(c) => self.comprehension(
                c.range,
                "<genexpr>",
                &c.generators,
                super::function::CompKind::Gen(&c.elt),
            )?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range))
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::TString(t) => return Err(self.unsupported("template strings", t.range)),
            Expr::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
        }
        Ok(())
    }

    /// YIELD_VALUE of the value on top; in an async generator the value is wrapped first,
    /// so the awaitable driving it can tell it from values its awaits pass up.
    pub(crate) fn emit_yield(&mut self) {
        if self.unit_ref().flags & taipan_bytecode::code::flags::ASYNC_GENERATOR != 0 {
            self.emit(Opcode::AsyncGenWrap, 0);
        }
        self.emit(Opcode::YieldValue, 0);
    }

    /// (it v) → loop of SEND/YIELD_VALUE → (result)
    pub(crate) fn yield_from_loop(&mut self) {
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(Opcode::Send, end);
        self.emit(Opcode::YieldValue, 0);
        self.emit_jump(Opcode::Jump, top);
        self.bind(end);
    }

    pub(crate) fn number(
        &self,
        n: &ast::Number,
        range: ruff_text_size::TextRange,
    ) -> CResult<Const> {
        Ok(match n {
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => {
                    let text = i.to_string().replace('_', "").to_ascii_lowercase();
                    let (digits, radix) = if let Some(d) = text.strip_prefix("0x") {
                        (d, 16)
                    } else if let Some(d) = text.strip_prefix("0o") {
                        (d, 8)
                    } else if let Some(d) = text.strip_prefix("0b") {
                        (d, 2)
                    } else {
                        (text.as_str(), 10)
                    };
                    match num_bigint::BigInt::from_str_radix(digits, radix) {
                        Ok(b) => Const::BigInt(b),
                        Err(_) => return Err(self.error("invalid integer literal", range)),
                    }
                }
            },
        })
    }

    fn const_of(&self, e: &Expr) -> Option<Const> {
        Some(match e {
            Expr::NumberLiteral(n) => self.number(&n.value, n.range).ok()?,
            Expr::StringLiteral(s) => Const::Str(Rc::from(s.value.to_str())),
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Const::True
                } else {
                    Const::False
                }
            }
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::Tuple(t) => self.const_tuple(&t.elts)?,
            _ => return None,
        })
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Const> {
        let items: Option<Vec<Const>> = elts.iter().map(|e| self.const_of(e)).collect();
        Some(Const::Tuple(items?.into()))
    }

    /// Builds a tuple/list/set display, with `*x` items spliced in.
    fn sequence(&mut self, elts: &'a [Expr], build: Opcode) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        // As CPython: a set display of three or more constants is BUILD_SET 0 plus a
        // frozenset constant merged in, which decides the set's table layout (its order).
        if build == Opcode::BuildSet && !has_star && elts.len() > 2 {
            if let Some(Const::Tuple(items)) = self.const_tuple(elts) {
                self.emit(Opcode::BuildSet, 0);
                self.load_const(Const::FrozenSet(items));
                self.emit(Opcode::SetUpdate, 1);
                return Ok(());
            }
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BuildSet {
            (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate)
        } else {
            (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BuildTuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Opcode::BuildMap, pending);
                        if built {
                            self.emit(Opcode::DictUpdate, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Opcode::BuildMap, pending);
            if built {
                self.emit(Opcode::DictUpdate, 1);
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
                self.compare_op(*op);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.compare_op(*op);
            }
        }
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Opcode::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Opcode::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Opcode::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Opcode::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Opcode::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Opcode::IsOp, 0),
            C::IsNot => self.emit(Opcode::IsOp, 1),
            C::In => self.emit(Opcode::ContainsOp, 0),
            C::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    /// Jumps to `label` when `e`'s truth equals `when`; falls through otherwise.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, when: bool, label: super::Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !when, label),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // `and` jumping on false / `or` jumping on true: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    // `and` jumping on true: all must be true; a false one skips ahead.
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, label)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if when {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(op, label);
                Ok(())
            }
        }
    }

    /// Where an instruction for attribute `a` (or a call of it) covering `range` is
    /// located: as CPython's `update_start_location_to_match_attr`, a range that starts
    /// on an earlier line than the attribute's name starts at the name, so that
    /// `(obj\n .method())` points at `method` on its own line.
    fn attr_range(
        &self,
        a: &ast::ExprAttribute,
        range: ruff_text_size::TextRange,
    ) -> ruff_text_size::TextRange {
        if self.line_of(range.start()) == self.line_of(a.range().end()) {
            return range;
        }
        ruff_text_size::TextRange::new(a.attr.range().start(), range.end())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        for (i, k) in kws.iter().enumerate() {
            if let Some(name) = &k.arg {
                if kws[..i]
                    .iter()
                    .any(|p| p.arg.as_ref().is_some_and(|a| a.id == name.id))
                {
                    return Err(
                        self.error(format!("keyword argument repeated: {}", name.id), k.range)
                    );
                }
            }
        }
        let plain = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && kws.is_empty();
        if let (Expr::Attribute(a), true) = (&*c.func, plain) {
            self.expr(&a.value)?;
            let n = self.add_name(&self.mangle(&a.attr.id));
            let saved = self.set_loc(self.attr_range(a, a.range()));
            self.emit(Opcode::LoadMethod, n);
            self.unit().loc = saved;
            for arg in args.iter() {
                self.expr(arg)?;
            }
            self.set_loc(self.attr_range(a, c.range()));
            self.emit(Opcode::CallMethod, args.len() as u32);
            return Ok(());
        }
        self.expr(&c.func)?;
        // A method call with keywords is located as the plain one (CPython compiles both
        // as method calls); one with * or ** unpacking is not.
        let unpacks = kws.iter().any(|k| k.arg.is_none())
            || args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let range = match &*c.func {
            Expr::Attribute(a) if !unpacks => self.attr_range(a, c.range()),
            _ => c.range(),
        };
        self.call_with(0, args, kws, range)
    }

    /// Emits the arguments and the call, for a callable already on the stack followed by
    /// `leading` extra positional arguments (`__build_class__`'s function and name).
    ///
    /// Plain:   <args> <kw values> (CALL n | LOAD_CONST names; CALL_KW n)
    /// Starred: BUILD_LIST leading; (LIST_APPEND 1 | LIST_EXTEND 1)...; LIST_TO_TUPLE;
    ///          [BUILD_MAP 0; (BUILD_MAP 1 | <mapping>); DICT_MERGE 1 ...]; CALL_FUNCTION_EX
    pub(crate) fn call_with(
        &mut self,
        leading: u32,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
        range: ruff_text_size::TextRange,
    ) -> CResult {
        self.call_with_extra(leading, args, kws, range, None)
    }

    /// `call_with`, plus one more positional argument after `args` that `extra` emits
    /// (a generic class's `Generic[...]` base).
    pub(crate) fn call_with_extra(
        &mut self,
        leading: u32,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
        range: ruff_text_size::TextRange,
        extra: Option<fn(&mut Self)>,
    ) -> CResult {
        let has_star = extra.is_some()
            || args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args.iter() {
                self.expr(a)?;
            }
            for k in kws.iter() {
                self.expr(&k.value)?;
            }
            self.set_loc(range);
            let n = leading + (args.len() + kws.len()) as u32;
            if kws.is_empty() {
                self.emit(Opcode::Call, n);
            } else {
                let names: Vec<Const> = kws
                    .iter()
                    .map(|k| {
                        Const::Str(Rc::from(
                            k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or(""),
                        ))
                    })
                    .collect();
                self.load_const(Const::Tuple(names.into()));
                self.emit(Opcode::CallKw, n);
            }
            return Ok(());
        }
        if let ([Expr::Starred(only)], 0, None) = (args, leading, extra) {
            // f(*x): x goes to CALL_FUNCTION_EX as is (its errors name the function).
            self.expr(&only.value)?;
        } else {
            self.emit(Opcode::BuildList, leading);
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Opcode::ListExtend, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                }
            }
            if let Some(f) = extra {
                f(self);
                self.emit(Opcode::ListAppend, 1);
            }
            self.emit(Opcode::ListToTuple, 0);
        }
        if !kws.is_empty() {
            self.emit(Opcode::BuildMap, 0);
            for k in kws {
                if let Some(name) = &k.arg {
                    self.load_const(Const::Str(Rc::from(name.id.as_str())));
                    self.expr(&k.value)?;
                    self.emit(Opcode::BuildMap, 1);
                } else {
                    self.expr(&k.value)?;
                }
                self.emit(Opcode::DictMerge, 1);
            }
        }
        self.set_loc(range);
        self.emit(Opcode::CallFunctionEx, u32::from(!kws.is_empty()));
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut count = 0u32;
        let mut pending = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => pending.push_str(&l.value),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.fstring_element(el, &mut pending, &mut count)?;
                    }
                }
            }
        }
        if !pending.is_empty() || count == 0 {
            self.load_const(Const::Str(Rc::from(pending.as_str())));
            count += 1;
        }
        // One part is already a str (a constant or a FORMAT_VALUE result).
        if count > 1 {
            self.emit(Opcode::BuildString, count);
        }
        Ok(())
    }

    fn fstring_element(
        &mut self,
        el: &'a ast::InterpolatedStringElement,
        pending: &mut String,
        count: &mut u32,
    ) -> CResult {
        match el {
            ast::InterpolatedStringElement::Literal(l) => pending.push_str(&l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion;
                if let Some(debug) = &i.debug_text {
                    let expr_text = &self.source[i.expression.range()];
                    pending.push_str(debug.leading());
                    pending.push_str(expr_text);
                    pending.push_str(debug.trailing());
                    if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                        conversion = ast::ConversionFlag::Repr;
                    }
                }
                if !pending.is_empty() {
                    self.load_const(Const::Str(Rc::from(pending.as_str())));
                    pending.clear();
                    *count += 1;
                }
                self.expr(&i.expression)?;
                let mut flags = match conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                if let Some(spec) = &i.format_spec {
                    let mut inner_count = 0u32;
                    let mut inner_pending = String::new();
                    for e in spec.elements.iter() {
                        self.fstring_element(e, &mut inner_pending, &mut inner_count)?;
                    }
                    if !inner_pending.is_empty() || inner_count == 0 {
                        self.load_const(Const::Str(Rc::from(inner_pending.as_str())));
                        inner_count += 1;
                    }
                    if inner_count > 1 {
                        self.emit(Opcode::BuildString, inner_count);
                    }
                    flags |= 4;
                }
                self.emit(Opcode::FormatValue, flags);
                *count += 1;
            }
        }
        Ok(())
    }
}
