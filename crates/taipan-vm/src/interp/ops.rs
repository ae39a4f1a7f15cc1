//! Operators: binary/unary arithmetic with CPython's dunder dispatch order (reflected
//! first when the right operand's type is a subclass), rich comparisons, subscripts.

use crate::objects::typeobj::{self, ty};
use crate::objects::{float, int, sequence};
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use taipan_bytecode::{BinOp, CmpOp};

impl Vm {
    pub(crate) fn binary_op(&mut self, a: Value, b: Value, arg: u32) -> PyResult {
        let Some((op, inplace)) = BinOp::from_arg(arg) else {
            return Err(self.type_error("bad operator"));
        };
        let ta = self.type_of(&a).clone();
        let tb = self.type_of(&b).clone();
        let user = ty(&ta).heap || ty(&tb).heap;
        if user {
            let (fwd_name, rev_name, inplace_name) = op.dunders();
            if inplace {
                if let Some(f) = typeobj::user_defines(&ta, inplace_name) {
                    let r = self.call(&f, Args::new([a.clone(), b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                } else if let Some(r) = self.native_inplace(&a, &b, op)? {
                    return Ok(r);
                }
            }
            let fwd = typeobj::user_defines(&ta, fwd_name);
            let rev = if std::rc::Rc::ptr_eq(&ta, &tb) {
                None
            } else {
                typeobj::user_defines(&tb, rev_name)
            };
            let (fwd, rev) = (fwd.map(|f| (f, false)), rev.map(|f| (f, false)));
            let r = self.dispatch_pair(&a, &b, fwd, rev, &mut |vm| vm.native_binop(&a, &b, op))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        } else {
            if inplace {
                if let Some(r) = self.native_inplace(&a, &b, op)? {
                    return Ok(r);
                }
            }
            let r = self.native_binop(&a, &b, op)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        // Sequences report their own concat/repeat errors, as CPython's sq_concat/sq_repeat.
        let is_seq = |v: &Value| {
            matches!(
                v.payload(),
                Some(
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                )
            )
        };
        if op == BinOp::Add
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            let (ta, tb) = (self.type_name(&a), self.type_name(&b));
            return Err(self.type_error(format!("can't concat {tb} to {ta}")));
        }
        if op == BinOp::Add && is_seq(&a) {
            let (ta, tb) = (self.type_name(&a), self.type_name(&b));
            return Err(
                self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"))
            );
        }
        if op == BinOp::Multiply && (is_seq(&a) || is_seq(&b)) {
            let other = if is_seq(&a) { &b } else { &a };
            // sq_repeat takes any object with __index__ as the count.
            let has_index = matches!(other, Value::Obj(o)
                if typeobj::user_defines(&o.class, "__index__").is_some());
            if has_index {
                let n = Value::Int(self.index_of(other)?);
                let (x, y) = if is_seq(&a) { (&a, &n) } else { (&n, &b) };
                return self.native_binop(x, y, op);
            }
            if !int::is_int(other) {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                )));
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Power && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(&a),
                self.type_name(&b)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(&a),
            self.type_name(&b)
        )))
    }

    /// The protocol shared by binary operators and rich comparisons: `fwd(a, b)` (or the
    /// builtin `native` when `a`'s class defines none), then `rev(b, a)`; the reflected
    /// method goes first when `b`'s type is a proper subclass of `a`'s. NotImplemented from
    /// one moves on to the next. A method marked `true` is `__eq__` standing in for a
    /// missing `__ne__` (object.__ne__ inverts it).
    fn dispatch_pair(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: Option<(Value, bool)>,
        rev: Option<(Value, bool)>,
        native: &mut dyn FnMut(&mut Vm) -> PyResult,
    ) -> PyResult {
        let (ta, tb) = (self.type_of(a).clone(), self.type_of(b).clone());
        let rev_first =
            rev.is_some() && !std::rc::Rc::ptr_eq(&ta, &tb) && typeobj::is_subtype(&tb, &ta);
        if rev_first {
            if let Some(f) = &rev {
                let r = self.call_dunder(f, b, a)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let r = match &fwd {
            Some(f) => self.call_dunder(f, a, b)?,
            None => native(self)?,
        };
        if !matches!(r, Value::NotImplemented) || rev_first {
            return Ok(r);
        }
        match &rev {
            Some(f) => self.call_dunder(f, b, a),
            None => Ok(Value::NotImplemented),
        }
    }

    fn call_dunder(&mut self, (f, invert): &(Value, bool), x: &Value, y: &Value) -> PyResult {
        let r = self.call(f, Args::new([x.clone(), y.clone()]))?;
        if *invert && !matches!(r, Value::NotImplemented) {
            return Ok(Value::Bool(!self.truthy(&r)?));
        }
        Ok(r)
    }

    /// The mutable builtins' in-place operators (`list.__iadd__`, `set.__ior__`, ...):
    /// they change `a` and return it. None when `a` has no such operator.
    pub(crate) fn native_inplace(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        match (a.payload(), op) {
            (Some(Payload::List(l)), BinOp::Add) => {
                let items = self.iterate(b).map_err(|_| {
                    self.type_error(format!("'{}' object is not iterable", self.type_name(b)))
                })?;
                l.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Some(Payload::List(l)), BinOp::Multiply) if int::is_int(b) => {
                let n = int::as_i64(b).unwrap_or(i64::MAX).max(0) as usize;
                let items = l.borrow().clone();
                if items.len().checked_mul(n).is_none_or(|t| t > 1 << 34) {
                    return Err(self.memory_error());
                }
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                Ok(Some(a.clone()))
            }
            (Some(Payload::Set(_)), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                if !matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                    return Ok(None);
                }
                crate::objects::set_ops::update_in_place(self, a, b, op)?;
                Ok(Some(a.clone()))
            }
            (Some(Payload::Dict(_)), BinOp::Or) => {
                crate::constructors::init_container(self, a, Args::new([b.clone()]))?;
                Ok(Some(a.clone()))
            }
            (Some(Payload::ByteArray(_)), BinOp::Add) => {
                crate::methods::bytearray::inplace_concat(self, a, b).map(Some)
            }
            (Some(Payload::ByteArray(_)), BinOp::Multiply) if int::is_int(b) => {
                crate::methods::bytearray::inplace_repeat(self, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Builtin implementations; NotImplemented when the types don't support `op`.
    pub(crate) fn native_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        if int::is_int(a) && int::is_int(b) {
            return crate::objects::int_ops::int_binop(self, a, b, op);
        }
        if matches!(a.payload(), Some(Payload::Complex(..)))
            || matches!(b.payload(), Some(Payload::Complex(..)))
        {
            return crate::objects::complex::complex_binop(self, a, b, op);
        }
        let fa = float::as_f64_num(a);
        let fb = float::as_f64_num(b);
        if let (Some(x), Some(y)) = (fa, fb) {
            if matches!(a, Value::Float(_))
                || matches!(b, Value::Float(_))
                || matches!(a.payload(), Some(Payload::Float(_)))
                || matches!(b.payload(), Some(Payload::Float(_)))
            {
                return float::float_binop(self, x, y, op);
            }
        }
        // Big int with float: convert (OverflowError if too large).
        if (int::is_int(a) && fb.is_some()) || (int::is_int(b) && fa.is_some()) {
            let x = match fa {
                Some(x) => x,
                None => return Err(self.overflow_error("int too large to convert to float")),
            };
            let y = match fb {
                Some(y) => y,
                None => return Err(self.overflow_error("int too large to convert to float")),
            };
            return float::float_binop(self, x, y, op);
        }
        if op == BinOp::Or && !(a.is_none() && b.is_none()) {
            if let Some(u) = self.union_or(a, b)? {
                return Ok(u);
            }
        }
        sequence::seq_binop(self, a, b, op)
    }

    pub(crate) fn unary_op(&mut self, v: Value, dunder: &str) -> PyResult {
        if let Value::Obj(o) = &v {
            if ty(&o.class).heap {
                if let Some(f) = typeobj::user_defines(&o.class, dunder) {
                    return self.call1(&f, v.clone());
                }
            }
        }
        match (&v, dunder) {
            (Value::Float(f), "__neg__") => return Ok(self.new_float(-f)),
            (Value::Float(f), "__pos__") => return Ok(Value::Float(*f)),
            _ => {}
        }
        if let Some(b) = int::as_bigint(&v) {
            return Ok(match dunder {
                "__neg__" => self.new_int(-b),
                "__pos__" => self.new_int(b),
                _ => self.new_int(!b),
            });
        }
        if let Some(Payload::Float(f)) = v.payload() {
            match dunder {
                "__neg__" => return Ok(self.new_float(-f)),
                "__pos__" => return Ok(self.new_float(*f)),
                _ => {}
            }
        }
        if let Some(Payload::Complex(re, im)) = v.payload() {
            match dunder {
                "__neg__" => return Ok(self.new_complex(-re, -im)),
                "__pos__" => return Ok(self.new_complex(*re, *im)),
                _ => {}
            }
        }
        let sym = match dunder {
            "__neg__" => "unary -",
            "__pos__" => "unary +",
            _ => "unary ~",
        };
        Err(self.type_error(format!(
            "bad operand type for {sym}: '{}'",
            self.type_name(&v)
        )))
    }

    /// Rich comparison with reflection; `==`/`!=` fall back to identity.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        let ta = self.type_of(a).clone();
        let tb = self.type_of(b).clone();
        if ty(&ta).heap || ty(&tb).heap {
            // A class with __eq__ but no __ne__ gets object.__ne__: the inverted __eq__.
            let method = |cls: &crate::value::ObjRef, op: CmpOp| {
                typeobj::user_defines(cls, op.dunder())
                    .map(|f| (f, false))
                    .or_else(|| {
                        (op == CmpOp::Ne)
                            .then(|| typeobj::user_defines(cls, "__eq__").map(|f| (f, true)))
                            .flatten()
                    })
            };
            let (fwd, rev) = (method(&ta, op), method(&tb, op.swapped()));
            let (user_fwd, no_rev) = (fwd.is_some(), rev.is_none());
            let r = self.dispatch_pair(a, b, fwd, rev, &mut |vm| vm.native_compare(a, b, op))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            // b's reflected method is its builtin base's (dict.__eq__ for a dict subclass
            // whose __eq__ gave NotImplemented).
            if user_fwd && no_rev {
                let r = self.native_compare(b, a, op.swapped())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        } else {
            let r = self.native_compare(a, b, op)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = crate::objects::complex::complex_eq(a, b) {
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
            let same = match (a.payload(), b.payload()) {
                // Unions are equal as sets of arguments.
                (Some(Payload::Union(x)), Some(Payload::Union(y))) => {
                    let (x, y) = (x.clone(), y.clone());
                    let mut all = x.len() == y.len();
                    for p in x.iter() {
                        if !all {
                            break;
                        }
                        let mut found = false;
                        for q in y.iter() {
                            if self.eq(p, q)? {
                                found = true;
                                break;
                            }
                        }
                        all = found;
                    }
                    Some(all)
                }
                (
                    Some(Payload::GenericAlias {
                        origin: o1,
                        args: a1,
                    }),
                    Some(Payload::GenericAlias {
                        origin: o2,
                        args: a2,
                    }),
                ) => {
                    let (o1, o2) = (o1.clone(), o2.clone());
                    let t1 = self.new_tuple(a1.to_vec());
                    let t2 = self.new_tuple(a2.to_vec());
                    Some(self.eq(&o1, &o2)? && self.eq(&t1, &t2)?)
                }
                _ => None,
            };
            if let Some(same) = same {
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
        }
        // Slices compare as (start, stop, step) tuples.
        if let (
            Some(Payload::Slice {
                start: a1,
                stop: b1,
                step: c1,
            }),
            Some(Payload::Slice {
                start: a2,
                stop: b2,
                step: c2,
            }),
        ) = (a.payload(), b.payload())
        {
            let x = self.new_tuple(vec![a1.clone(), b1.clone(), c1.clone()]);
            let y = self.new_tuple(vec![a2.clone(), b2.clone(), c2.clone()]);
            return self.compare(&x, &y, op);
        }
        // Bound methods are equal when they bind the same object to equal functions.
        if let (
            Some(Payload::BoundMethod { func: f1, this: s1 }),
            Some(Payload::BoundMethod { func: f2, this: s2 }),
        ) = (a.payload(), b.payload())
        {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let (f1, f2) = (f1.clone(), f2.clone());
                let same = s1.is(s2) && self.eq(&f1, &f2)?;
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    pub(crate) fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        use std::cmp::Ordering;
        if let Some(f) = crate::objects::native::native_dunder(a, op.dunder()) {
            let r = self.call(&f, Args::new([a.clone(), b.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(f) = crate::objects::native::native_dunder(b, op.swapped().dunder()) {
            let r = self.call(&f, Args::new([b.clone(), a.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let ord: Option<Ordering> = if int::is_int(a) && int::is_int(b) {
            match (int::as_i64(a), int::as_i64(b)) {
                (Some(x), Some(y)) => Some(x.cmp(&y)),
                _ => Some(int::as_bigint(a).cmp(&int::as_bigint(b))),
            }
        } else if let (Some(_), Some(_)) = (float::as_f64_num(a), float::as_f64_num(b)) {
            return Ok(Value::Bool(float::compare_num(a, b, op)));
        } else if (int::is_int(a) || float::is_float(a)) && (int::is_int(b) || float::is_float(b)) {
            return Ok(Value::Bool(float::compare_num(a, b, op)));
        } else {
            match (a.payload(), b.payload()) {
                (Some(Payload::Str(x)), Some(Payload::Str(y))) => Some(x.as_str().cmp(y.as_str())),
                (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Some(x.cmp(y)),
                (Some(Payload::MemoryView(_)), Some(_))
                | (Some(_), Some(Payload::MemoryView(_)))
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                {
                    return Ok(match crate::objects::memoryview::eq(self, a, b)? {
                        Some(eq) => Value::Bool(eq == (op == CmpOp::Eq)),
                        None => Value::NotImplemented,
                    });
                }
                // bytearray compares with any bytes-like object (bytes only with bytes
                // and bytearray: it leaves memoryview to memoryview's own methods).
                (Some(Payload::Bytes(_) | Payload::ByteArray(_)), Some(Payload::ByteArray(_)))
                | (Some(Payload::ByteArray(_)), Some(Payload::Bytes(_) | Payload::MemoryView(_)))
                | (Some(Payload::MemoryView(_)), Some(Payload::ByteArray(_))) => {
                    match (self.buffer_arg(a)?, self.buffer_arg(b)?) {
                        (Some(x), Some(y)) => Some(x.cmp(&y)),
                        _ => None,
                    }
                }
                (Some(Payload::List(_)), Some(Payload::List(_)))
                | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_))) => {
                    return self
                        .recursing(" in comparison", |vm| sequence::seq_compare(vm, a, b, op));
                }
                (Some(Payload::Dict(_)), Some(Payload::Dict(_)))
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                {
                    let eq = self.recursing(" in comparison", |vm| {
                        crate::objects::dict_ops::dict_eq(vm, a, b)
                    })?;
                    return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
                }
                // Keys and items views compare as sets (with sets and with each other).
                (Some(x), Some(y))
                    if (is_setlike_view(x) && is_set_or_view(y))
                        || (is_setlike_view(y) && is_set_or_view(x)) =>
                {
                    let (sa, sb) = (self.new_set_of(a)?, self.new_set_of(b)?);
                    return crate::objects::set_ops::set_compare(self, &sa, &sb, op);
                }
                (
                    Some(Payload::Set(_) | Payload::FrozenSet(_)),
                    Some(Payload::Set(_) | Payload::FrozenSet(_)),
                ) => {
                    return crate::objects::set_ops::set_compare(self, a, b, op);
                }
                (Some(Payload::Code(x)), Some(Payload::Code(y)))
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                {
                    let eq = crate::objects::code_attrs::code_eq(x, y);
                    return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
                }
                (Some(Payload::Range { .. }), Some(Payload::Range { .. }))
                    if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                {
                    let la = crate::objects::range::range_items_key(a);
                    let lb = crate::objects::range::range_items_key(b);
                    return Ok(Value::Bool((la == lb) == (op == CmpOp::Eq)));
                }
                _ => None,
            }
        };
        match ord {
            Some(o) => Ok(Value::Bool(super::cmp_ord(op as u32, o))),
            None => Ok(Value::NotImplemented),
        }
    }

    pub fn get_item(&mut self, o: &Value, k: &Value) -> PyResult {
        if let Value::Obj(obj) = o {
            if ty(&obj.class).heap {
                if let Some(f) = typeobj::user_defines(&obj.class, "__getitem__") {
                    return self.call(&f, Args::new([o.clone(), k.clone()]));
                }
            }
            match &obj.payload {
                Payload::Dict(_) => {
                    return match self.dict_get_item(o, k)? {
                        Some(v) => Ok(v),
                        None => {
                            if ty(&obj.class).heap {
                                if let Some(m) = typeobj::lookup(&obj.class, "__missing__") {
                                    return self.call(&m, Args::new([o.clone(), k.clone()]));
                                }
                            }
                            Err(self.key_error(k.clone()))
                        }
                    };
                }
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range { .. }
                | Payload::BigRange(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::MemoryView(_) => {
                    return sequence::seq_getitem(self, o, k);
                }
                Payload::Type(_) => {
                    if let Some(f) = typeobj::lookup(obj, "__class_getitem__") {
                        // Stored as an implicit classmethod: bound to the class here.
                        let f = match f.payload() {
                            Some(Payload::ClassMethod(inner)) => inner.clone(),
                            _ => return self.call1(&f, k.clone()),
                        };
                        return self.call(&f, crate::vm::Args::new([o.clone(), k.clone()]));
                    }
                    let name = ty(obj).name();
                    if matches!(
                        &*name,
                        "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
                    ) && !ty(obj).heap
                    {
                        return Ok(self.generic_alias(o, k));
                    }
                    return Err(self.type_error(format!("type '{name}' is not subscriptable")));
                }
                Payload::Native(_) => {
                    if let Some(f) = crate::objects::native::native_dunder(o, "__getitem__") {
                        return self.call(&f, Args::new([o.clone(), k.clone()]));
                    }
                }
                // types.GenericAlias.__getitem__ (objects/union.rs).
                Payload::GenericAlias { .. } => {
                    if let Some(f) = typeobj::lookup(&obj.class, "__getitem__") {
                        return self.call(&f, Args::new([o.clone(), k.clone()]));
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(o)
        )))
    }

    pub fn set_item(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(obj) = o {
            if ty(&obj.class).heap {
                if let Some(f) = typeobj::user_defines(&obj.class, "__setitem__") {
                    self.call(&f, Args::new([o.clone(), k, v]))?;
                    return Ok(());
                }
            }
            match &obj.payload {
                Payload::Dict(_) => return self.dict_set_item(o, k, v),
                Payload::List(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                    return sequence::list_setitem(self, o, &k, v)
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(o)
        )))
    }

    pub fn del_item(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(obj) = o {
            if ty(&obj.class).heap {
                if let Some(f) = typeobj::user_defines(&obj.class, "__delitem__") {
                    self.call(&f, Args::new([o.clone(), k.clone()]))?;
                    return Ok(());
                }
            }
            match &obj.payload {
                Payload::Dict(_) => {
                    return match self.dict_del_item(o, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(k.clone())),
                    };
                }
                Payload::List(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                    return sequence::list_delitem(self, o, k)
                }
                _ => {}
            }
        }
        // CPython's two wordings: sequences (which have item slots) refuse an index with
        // "doesn't"; anything else, or a non-index key, gets "does not".
        let sequence_like = match o.payload() {
            Some(Payload::Instance) => true,
            Some(p) => matches!(
                p,
                Payload::Str(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::Range { .. }
                    | Payload::BigRange(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
            ),
            None => false,
        };
        let verb = if sequence_like && crate::objects::int::is_int(k) {
            "doesn't"
        } else {
            "does not"
        };
        Err(self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(o)
        )))
    }
}

fn is_setlike_view(p: &Payload) -> bool {
    matches!(p, Payload::DictView { part, .. } if *part != crate::objects::iter::DictPart::Values)
}

fn is_set_or_view(p: &Payload) -> bool {
    matches!(p, Payload::Set(_) | Payload::FrozenSet(_)) || is_setlike_view(p)
}
