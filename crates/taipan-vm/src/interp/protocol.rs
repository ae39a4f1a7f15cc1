//! The object protocols the interpreter and builtins share: truth, repr/str, hash,
//! equality, iteration, containment, format(), unpacking, and exception helpers.

use super::Exit;
use crate::objects::dict::{fast_eq, Probe};
use crate::objects::iter::{DictPart, IterState};
use crate::objects::set::{PySet, SetProbe};
use crate::objects::typeobj::{self, ty};
use crate::objects::{exception, format, int, str::repr_str};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use taipan_bytecode::CmpOp;

// Guards recursive repr of containers (`[[...]]`).
thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::None | Value::Null => false,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(o) => {
                if ty(&o.class).heap {
                    if let Some(b) = typeobj::lookup(&o.class, "__bool__") {
                        let r = self.call1(&b, v.clone())?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if typeobj::user_defines(&o.class, "__len__").is_some() {
                        return Ok(crate::builtins::len_of(self, v)? != 0);
                    }
                }
                match &o.payload {
                    Payload::Str(s) => s.char_len() != 0,
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::FrozenSet(s) => !s.is_empty(),
                    Payload::Int(b) => !num_traits::Zero::is_zero(b),
                    Payload::Complex(re, im) => *re != 0.0 || *im != 0.0,
                    Payload::Float(f) => *f != 0.0,
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(a) => !a.data.borrow().is_empty(),
                    Payload::MemoryView(_) => crate::objects::memoryview::len(self, v)? != 0,
                    Payload::Range { start, stop, step } => {
                        crate::objects::range::range_len(*start, *stop, *step) > 0
                    }
                    Payload::BigRange(r) => !num_traits::Zero::is_zero(&r.len()),
                    _ => true,
                }
            }
        })
    }

    /// `operator.index(v)` as i64.
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = int::as_i64(v) {
            return Ok(i);
        }
        if int::is_int(v) {
            return Err(self.new_exception(
                &self.exc.index_error.clone(),
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        if let Value::Obj(o) = v {
            if let Some(f) = typeobj::user_defines(&o.class, "__index__") {
                let r = self.call1(&f, v.clone())?;
                if !int::is_int(&r) {
                    return Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    )));
                }
                return self.index_of(&r);
            }
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(format::float_repr(*f)),
            Value::NotImplemented => return Ok("NotImplemented".into()),
            Value::Ellipsis => return Ok("Ellipsis".into()),
            Value::Null => return Ok("<NULL>".into()),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else {
            unreachable!("handled above")
        };
        if ty(&o.class).heap {
            if let Some(r) = typeobj::user_defines(&o.class, "__repr__") {
                return self.call_text_dunder(&r, v, "__repr__");
            }
        }
        self.repr_native(v, o)
    }

    /// The repr of `v` as its builtin type draws it, ignoring a subclass's `__repr__`
    /// (`list.__repr__(x)`, `super().__repr__()` in a list subclass).
    pub fn repr_native(&mut self, v: &Value, o: &ObjRef) -> PyResult<String> {
        let id = v.id() as usize;
        let recursive = matches!(
            o.payload,
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::Native(_)
        );
        if recursive {
            if REPR_STACK.with(|s| s.borrow().contains(&id)) {
                return Ok(match o.payload {
                    Payload::List(_) => "[...]",
                    Payload::Dict(_) => "{...}",
                    _ => "...",
                }
                .into());
            }
            REPR_STACK.with(|s| s.borrow_mut().push(id));
        }
        let r = self.recursing(" while getting the repr of an object", |vm| {
            crate::objects::repr::builtin_repr(vm, v, o)
        });
        if recursive {
            REPR_STACK.with(|s| s.borrow_mut().pop());
        }
        r
    }

    /// Calls a user `__repr__`/`__str__`, which must return a str.
    fn call_text_dunder(&mut self, f: &Value, v: &Value, name: &str) -> PyResult<String> {
        let s = self.call1(f, v.clone())?;
        match s.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(self.type_error(format!(
                "{name} returned non-string (type {})",
                self.type_name(&s)
            ))),
        }
    }

    /// `ascii(v)`: the repr with every non-ASCII character escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        if r.is_ascii() {
            return Ok(r);
        }
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            match n {
                0..=0x7f => out.push(c),
                0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
                0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                _ => out.push_str(&format!("\\U{n:08x}")),
            }
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Obj(o) = v {
            if let Payload::Str(s) = &o.payload {
                if !ty(&o.class).heap || typeobj::user_defines(&o.class, "__str__").is_none() {
                    return Ok(s.as_str().to_string());
                }
            }
            if ty(&o.class).heap {
                if let Some(r) = typeobj::user_defines(&o.class, "__str__") {
                    return self.call_text_dunder(&r, v, "__str__");
                }
            }
            if let Payload::Exception(_) = &o.payload {
                if self.is_exception_group(v) {
                    return self.exception_group_str(v);
                }
                if self.is_instance_of(v, &self.exc.syntax_error.clone()) {
                    return self.syntax_error_str(v);
                }
                if let Some(s) = crate::objects::codecs::unicode_error_str(self, v)? {
                    return Ok(s);
                }
                let args = exception::args_of(v);
                return match args.len() {
                    0 => Ok(String::new()),
                    1 => {
                        if self.is_instance_of(v, &self.exc.key_error.clone()) {
                            self.repr(&args[0])
                        } else {
                            self.str_of(&args[0])
                        }
                    }
                    2..=5 if self.is_instance_of(v, &self.exc.os_error.clone()) => {
                        // OSError(errno, strerror[, filename[, winerror[, filename2]]])
                        let mut s = format!(
                            "[Errno {}] {}",
                            self.str_of(&args[0])?,
                            self.str_of(&args[1])?
                        );
                        if let Some(f) = args.get(2).filter(|f| !f.is_none()) {
                            s.push_str(&format!(": {}", self.repr(f)?));
                            if let Some(f2) = args.get(4).filter(|f| !f.is_none()) {
                                s.push_str(&format!(" -> {}", self.repr(f2)?));
                            }
                        }
                        Ok(s)
                    }
                    _ => {
                        let t = self.new_tuple(args);
                        self.repr(&t)
                    }
                };
            }
        }
        self.repr(v)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => int::hash_i64(*i),
            Value::Bool(b) => i64::from(*b),
            Value::Float(f) => crate::objects::float::hash_f64(*f),
            Value::None | Value::Null => 0xFCA86420 >> 4,
            Value::NotImplemented | Value::Ellipsis => v.id() >> 4,
            Value::Obj(o) => {
                if ty(&o.class).heap {
                    if let Some(h) = typeobj::user_defines(&o.class, "__hash__") {
                        if h.is_none() {
                            return Err(self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        let r = self.call1(&h, v.clone())?;
                        // As CPython's slot: a result that fits a machine word is the hash
                        // as is (-1 becomes -2); only bigger ints are hashed again.
                        match r {
                            Value::Int(-1) => return Ok(-2),
                            Value::Int(i) => return Ok(i),
                            Value::Bool(b) => return Ok(i64::from(b)),
                            _ => {}
                        }
                        let Some(b) = int::as_bigint(&r) else {
                            return Err(self.type_error("__hash__ method should return an integer"));
                        };
                        let h = match i64::try_from(&b) {
                            Ok(-1) => -2,
                            Ok(i) => i,
                            Err(_) => int::hash_bigint(&b),
                        };
                        return Ok(h);
                    }
                }
                return self.hash_native(v);
            }
        })
    }

    /// The hash of a builtin value by its own storage (a subclass's `__hash__` is not
    /// consulted: what `int.__hash__(x)` computes).
    pub fn hash_native(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Obj(o) => {
                match &o.payload {
                    Payload::Str(s) => s.hash(),
                    Payload::Int(b) => int::hash_bigint(b),
                    Payload::Float(f) => crate::objects::float::hash_f64(*f),
                    Payload::Complex(re, im) => crate::objects::complex::complex_hash(*re, *im),
                    Payload::Bytes(b) => crate::objects::bytes::hash_bytes(b),
                    Payload::MemoryView(_) => crate::objects::memoryview::hash(self, v)?,
                    Payload::Tuple(items) => {
                        let items = items.clone();
                        let hashes = self.recursing("", |vm| {
                            items
                                .iter()
                                .map(|it| vm.hash(it))
                                .collect::<PyResult<Vec<i64>>>()
                        })?;
                        tuple_hash(&hashes)
                    }
                    Payload::FrozenSet(s) => frozenset_hash(s),
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::ByteArray(_)
                    | Payload::DictView {
                        part:
                            crate::objects::iter::DictPart::Keys | crate::objects::iter::DictPart::Items,
                        ..
                    } => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                    // Hashable since 3.12, as the tuple (start, stop, step).
                    Payload::Slice { start, stop, step } => {
                        let parts = [start.clone(), stop.clone(), step.clone()];
                        let hashes = parts
                            .iter()
                            .map(|p| self.hash(p))
                            .collect::<PyResult<Vec<i64>>>()?;
                        tuple_hash(&hashes)
                    }
                    Payload::Union(items) => {
                        let set = self.new_frozenset_from(items.to_vec())?;
                        return self.hash(&set);
                    }
                    Payload::GenericAlias { origin, args } => {
                        let (origin, t) = (origin.clone(), self.new_tuple(args.to_vec()));
                        return Ok(self.hash(&origin)? ^ self.hash(&t)?);
                    }
                    // hash(self) ^ hash(function), as CPython's method_hash.
                    Payload::BoundMethod { func, this } => {
                        let (func, this) = (func.clone(), this.clone());
                        let x = this.id().rotate_right(4);
                        let y = self.hash(&func)?;
                        let h = x ^ y;
                        if h == -1 {
                            -2
                        } else {
                            h
                        }
                    }
                    Payload::Native(_) => {
                        match crate::objects::native::native_dunder(v, "__hash__") {
                            Some(h) => {
                                let r = self.call1(&h, v.clone())?;
                                int::as_i64(&r).unwrap_or(0)
                            }
                            None => v.id().rotate_right(4),
                        }
                    }
                    _ => {
                        let id = v.id();
                        id.rotate_right(4)
                    }
                }
            }
            _ => return self.hash(v),
        })
    }

    /// `a == b` as a bool (with CPython's identity shortcut for containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Container membership uses identity first, then ==.
    pub fn eq_or_is(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.eq(a, b)
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            if ty(&o.class).heap {
                if let Some(f) = typeobj::user_defines(&o.class, "__iter__") {
                    if f.is_none() {
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            self.type_name(v)
                        )));
                    }
                    let it = self.call1(&f, v.clone())?;
                    if typeobj::lookup(self.type_of(&it), "__next__").is_none()
                        && !matches!(
                            it.payload(),
                            Some(Payload::Iter(_)) | Some(Payload::Generator(_))
                        )
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
            }
        }
        self.get_iter_native(v)
    }

    /// An iterator over `v`'s builtin storage, ignoring a subclass's `__iter__`
    /// (`super().__iter__()` in a list subclass).
    pub fn get_iter_native(&mut self, v: &Value) -> PyResult {
        let state = match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_) => IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
                Payload::MemoryView(_) => {
                    crate::objects::memoryview::len(self, v)?;
                    IterState::Seq {
                        seq: v.clone(),
                        idx: 0,
                    }
                }
                Payload::Str(_) => IterState::Str {
                    s: v.clone(),
                    byte: 0,
                },
                Payload::Range { start, stop, step } => IterState::Range {
                    cur: *start,
                    stop: *stop,
                    step: *step,
                },
                Payload::BigRange(r) => IterState::BigRange {
                    cur: r.start.clone(),
                    stop: r.stop.clone(),
                    step: r.step.clone(),
                },
                Payload::Dict(d) => IterState::Dict {
                    dict: v.clone(),
                    pos: 0,
                    len: d.borrow().len(),
                    left: d.borrow().len(),
                    part: DictPart::Keys,
                },
                Payload::Set(s) => IterState::Set {
                    set: v.clone(),
                    pos: 0,
                    len: s.borrow().len(),
                },
                Payload::FrozenSet(s) => IterState::Set {
                    set: v.clone(),
                    pos: 0,
                    len: s.len(),
                },
                Payload::Iter(_) => return Ok(v.clone()),
                Payload::File(f) => {
                    crate::objects::file_methods::check_open(
                        self,
                        f,
                        "I/O operation on closed file.",
                    )?;
                    return Ok(v.clone());
                }
                Payload::Generator(g) => {
                    if g.borrow().kind != crate::objects::generator::GenKind::Generator {
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            self.type_name(v)
                        )));
                    }
                    return Ok(v.clone());
                }
                Payload::Instance if typeobj::lookup(&o.class, "__getitem__").is_some() => {
                    IterState::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    }
                }
                _ => {
                    if let Some(view) = crate::objects::dict_ops::view_iter(v) {
                        view
                    } else if typeobj::lookup(&o.class, "__next__").is_some() {
                        if let Some(f) = typeobj::lookup(&o.class, "__iter__") {
                            // A native __iter__ may check state (a closed file raises).
                            return self.call1(&f, v.clone());
                        }
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            self.type_name(v)
                        )));
                    } else {
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            self.type_name(v)
                        )));
                    }
                }
            },
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                )
            }
        };
        let cls = self.iter_class(&state);
        Ok(self.alloc(&cls, Payload::Iter(Box::new(RefCell::new(state)))))
    }

    /// The next item, or None at exhaustion (StopIteration is absorbed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match &o.payload {
            Payload::Iter(st) => crate::objects::iter_next::next(self, st),
            Payload::Generator(g)
                if g.borrow().kind != crate::objects::generator::GenKind::Generator =>
            {
                Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )))
            }
            Payload::Generator(_) => match self.resume_generator(it, Value::None, None)? {
                Exit::Yield(v) => Ok(Some(v)),
                Exit::Return(_) => Ok(None),
            },
            _ => {
                let Some(f) = typeobj::lookup(&o.class, "__next__") else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call1(&f, it.clone()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_instance_of(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// A callable as CPython names it in call errors: `module.qualname()`.
    pub fn func_str(&mut self, f: &Value) -> String {
        let qual = self
            .get_attr_str(f, "__qualname__")
            .ok()
            .and_then(|q| q.as_str().map(|s| s.as_str().to_string()));
        let Some(qual) = qual else {
            return format!("{} object", self.type_name(f));
        };
        let module = self
            .get_attr_str(f, "__module__")
            .ok()
            .and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }

    /// `*x` in a display or call: CPython's message for a non-iterable.
    pub(crate) fn iterate_starred(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.iterate(v)
            .map_err(|e| self.not_iterable_after_star(e, v, None))
    }

    pub(crate) fn not_iterable_after_star(
        &mut self,
        e: Value,
        v: &Value,
        callee: Option<&Value>,
    ) -> Value {
        if !self.is_instance_of(&e, &self.exc.type_error.clone()) || self.get_iter(v).is_ok() {
            return e;
        }
        let t = self.type_name(v);
        match callee {
            Some(f) => {
                let fs = self.func_str(f);
                self.type_error(format!(
                    "{fs} argument after * must be an iterable, not {t}"
                ))
            }
            None => self.type_error(format!("Value after * must be an iterable, not {t}")),
        }
    }

    /// Collects an iterable into a Vec.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l)) if !ty(self.type_of(v)).heap => return Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) if !ty(self.type_of(v)).heap => return Ok(t.to_vec()),
            Some(Payload::Range { start, stop, step }) => {
                // Reserved up front, as CPython does from the length: a huge range is a
                // MemoryError at once rather than a slow march to exhaustion.
                let (start, step) = (*start, *step);
                let n = crate::objects::range::range_len(start, *stop, step);
                let mut out = Vec::new();
                if !crate::objects::sequence::fits_alloc(std::mem::size_of::<Value>(), n)
                    || out.try_reserve_exact(n).is_err()
                {
                    return Err(self.memory_error());
                }
                out.extend((0..n as i64).map(|i| Value::Int(start + i * step)));
                return Ok(out);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if ty(&o.class).heap {
                if let Some(f) = typeobj::user_defines(&o.class, "__contains__") {
                    if f.is_none() {
                        let t = self.type_name(container);
                        return Err(self.type_error(format!("'{t}' object is not a container")));
                    }
                    let r = self.call(&f, Args::new([container.clone(), item.clone()]))?;
                    return self.truthy(&r);
                }
            }
        }
        self.contains_native(container, item)
    }

    /// `item in container` by the builtin storage, ignoring a subclass's `__contains__`.
    pub fn contains_native(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::Str(s) => {
                    let Some(sub) = item.as_str() else {
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        )));
                    };
                    return Ok(s.as_str().contains(sub.as_str()));
                }
                Payload::Dict(_) => return Ok(self.dict_get_item(container, item)?.is_some()),
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return crate::methods::bytes::bytes_contains(self, container, item);
                }
                Payload::DictView { dict, part } => {
                    let (dict, part) = (dict.clone(), *part);
                    return crate::objects::dict_ops::view_contains(self, &dict, part, item);
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return self.set_contains(container, item)
                }
                Payload::BigRange(r) => {
                    if let Some(i) = int::as_bigint(item) {
                        return Ok(r.contains(&i));
                    }
                }
                Payload::Range { start, stop, step } => {
                    if let Some(i) = int::as_i64(item) {
                        return Ok(crate::objects::range::range_contains(
                            *start, *stop, *step, i,
                        ));
                    }
                }
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => return Ok(false),
                        };
                        if self.eq_or_is(&x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(t) => {
                    let t = t.clone();
                    for x in t.iter() {
                        if self.eq_or_is(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.is_instance_of(&e, &self.exc.type_error.clone()) => {
                let t = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq_or_is(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format(v, spec).
    pub(crate) fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult {
        let v = match conv {
            1 => {
                let s = self.str_of(&v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr(&v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.ascii(&v)?;
                self.new_str(s)
            }
            _ => v,
        };
        let spec_s = spec
            .as_ref()
            .and_then(|s| s.as_str())
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if spec_s.is_empty() {
            if let Some(s) = v.as_str() {
                if !ty(self.type_of(&v)).heap {
                    return Ok(v.clone()).map(|_| self.new_str(s.as_str().to_string()));
                }
            }
        }
        let s = self.format(&v, &spec_s)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(o) = v {
            if ty(&o.class).heap {
                if let Some(f) = typeobj::user_defines(&o.class, "__format__") {
                    let s = self.new_str(spec);
                    let r = self.call(&f, Args::new([v.clone(), s]))?;
                    return match r.as_str() {
                        Some(s) => Ok(s.as_str().to_string()),
                        None => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&r)
                        ))),
                    };
                }
            }
        }
        self.format_native(v, spec)
    }

    /// `format(v, spec)` by the builtin types' rules, ignoring a subclass's `__format__`
    /// (what `object.__format__` and `int.__format__` do when reached through super()).
    pub fn format_native(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match (v, v.payload()) {
            (Value::Bool(_), _) if spec.is_empty() => return self.str_of(v),
            // int/float/str/complex.__format__ with an empty spec is str(self): a
            // subclass's (or its mixin's) __str__ decides.
            (Value::Obj(o), _) if spec.is_empty() && ty(&o.class).heap => return self.str_of(v),
            (Value::Int(_) | Value::Bool(_), _) => {
                format::format_int(&int::as_bigint(v).unwrap_or_default(), spec)
            }
            (Value::Float(f), _) => format::format_float(*f, spec),
            (_, Some(Payload::Int(b))) => format::format_int(b, spec),
            (_, Some(Payload::Float(f))) => format::format_float(*f, spec),
            (_, Some(Payload::Str(s))) => format::format_str(s.as_str(), spec),
            (_, Some(Payload::Complex(re, im))) => {
                crate::objects::complex::format_complex(*re, *im, spec)
            }
            // object.__format__: str(v) for an empty spec, else an error.
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {t}.__format__"
                )));
            }
        };
        r.map_err(|m| crate::objects::percent::spec_error(self, m))
    }

    pub(crate) fn unpack_exact(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(Payload::Tuple(t)) = seq.payload() {
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(_) => {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                )));
            }
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            out.push(x);
        }
        if out.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                out.len()
            )));
        }
        Ok(out)
    }

    pub(crate) fn unpack_ex(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
    ) -> PyResult<Vec<Value>> {
        if self.get_iter(seq).is_err() {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.iterate(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out: Vec<Value> = items[..before].to_vec();
        let mid = items[before..items.len() - after].to_vec();
        out.push(self.new_list(mid));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// `raise X`: instantiate classes, check the type.
    /// An exception class is called with no arguments (which must give an exception
    /// instance); an instance is used as is; anything else is a TypeError.
    pub(crate) fn make_raisable(&mut self, e: Value) -> PyResult {
        if let Some(Payload::Type(_)) = e.payload() {
            let cls = e.obj().cloned().expect("type object");
            if typeobj::is_subtype(&cls, &self.exc.base_exception.clone()) {
                let inst = self.call0(&e)?;
                if !self.is_instance_of(&inst, &self.exc.base_exception.clone()) {
                    let what = self.repr(&e)?;
                    let got = Value::Obj(self.type_of(&inst).clone());
                    let got = self.repr(&got)?;
                    return Err(self.type_error(format!(
                        "calling {what} should have returned an instance of BaseException, not {got}"
                    )));
                }
                return Ok(inst);
            }
        } else if self.is_instance_of(&e, &self.exc.base_exception.clone()) {
            return Ok(e);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub(crate) fn set_cause(&mut self, e: &Value, cause: Value) -> PyResult<()> {
        let cause = if cause.is_none() {
            Value::None
        } else {
            let base = self.exc.base_exception.clone();
            match cause.obj() {
                // CPython 3.12 calls the class and uses whatever it returns.
                Some(c)
                    if matches!(c.payload, Payload::Type(_)) && typeobj::is_subtype(c, &base) =>
                {
                    self.call0(&cause)?
                }
                _ if self.is_instance_of(&cause, &self.exc.base_exception.clone()) => cause,
                _ => return Err(self.type_error("exception causes must derive from BaseException")),
            }
        };
        if let Some(st) = exception::exc_state(e) {
            let mut st = st.borrow_mut();
            st.cause = cause;
            st.suppress_context = true;
        }
        Ok(())
    }

    /// `except T:` — T must be an exception class or a tuple of them (not nested).
    pub(crate) fn exception_matches(&mut self, e: &Value, ty_v: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match ty_v.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![ty_v.clone()],
        };
        let base = self.exc.base_exception.clone();
        let mut matched = false;
        for t in &classes {
            let Some(cls) = t.obj().filter(|c| matches!(c.payload, Payload::Type(_))) else {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            };
            if !typeobj::is_subtype(cls, &base) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            matched = matched || self.is_instance_of(e, cls);
        }
        Ok(matched)
    }

    pub(crate) fn before_with(&mut self, cm: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(cm).clone();
        let Some(enter) = typeobj::lookup(&cls, "__enter__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(cm)
            )));
        };
        let Some(exit) = typeobj::lookup(&cls, "__exit__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                self.type_name(cm)
            )));
        };
        let exit_bound = self.alloc(
            &self.types.method.clone(),
            Payload::BoundMethod {
                func: exit,
                this: cm.clone(),
            },
        );
        let entered = self.call1(&enter, cm.clone())?;
        Ok((exit_bound, entered))
    }

    // ---- dict and set operations that may run user __hash__/__eq__ ----

    fn dict_cell<'v>(&self, d: &'v Value) -> Option<&'v RefCell<crate::objects::dict::PyDict>> {
        match d.payload() {
            Some(Payload::Dict(c)) => Some(c),
            _ => None,
        }
    }

    /// Entry index of `key`, resolving user `__eq__` without holding the table borrow.
    pub(crate) fn dict_find(
        &mut self,
        d: &Value,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let Some(cell) = self.dict_cell(d) else {
            return Ok(None);
        };
        let probe = cell.borrow().probe(hash, key);
        match probe {
            Probe::Found(ix) => Ok(Some(ix)),
            Probe::Missing => Ok(None),
            Probe::NeedEq(cands) => {
                for (ix, k) in cands {
                    if self.eq(&k, key)? {
                        let still = self
                            .dict_cell(d)
                            .map(|c| c.borrow().entry(ix).map(|e| e.key.is(&k)).unwrap_or(false))
                            .unwrap_or(false);
                        if still {
                            return Ok(Some(ix));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get_item(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let ix = self.dict_find(d, key, h)?;
        Ok(ix.and_then(|ix| {
            self.dict_cell(d)
                .and_then(|c| c.borrow().entry(ix).map(|e| e.value.clone()))
        }))
    }

    pub fn dict_set_item(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let ix = self.dict_find(d, &key, h)?;
        if let Some(cell) = self.dict_cell(d) {
            match ix {
                Some(ix) => cell.borrow_mut().set_value_at(ix, value),
                None => cell.borrow_mut().insert_new(h, key, value),
            }
        }
        Ok(())
    }

    pub fn dict_del_item(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let ix = self.dict_find(d, key, h)?;
        Ok(match (ix, self.dict_cell(d)) {
            (Some(ix), Some(cell)) => cell.borrow_mut().remove_at(ix).map(|e| e.value),
            _ => None,
        })
    }

    /// `d.update(m)`; with `callee` (DICT_MERGE for a call), duplicate keys are an error
    /// and messages name the function being called.
    pub(crate) fn dict_update_from(
        &mut self,
        d: &Value,
        m: &Value,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m.payload() {
            Some(Payload::Dict(src)) => src
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                let keys_fn = match self.get_attr_str(m, "keys") {
                    Ok(k) => k,
                    Err(_) => {
                        let t = self.type_name(m);
                        let msg = match callee {
                            Some(f) => format!(
                                "{} argument after ** must be a mapping, not {t}",
                                self.func_str(f)
                            ),
                            None => format!("'{t}' object is not a mapping"),
                        };
                        return Err(self.type_error(msg));
                    }
                };
                let keys = self.call0(&keys_fn)?;
                let mut out = Vec::new();
                for k in self.iterate(&keys)? {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(f) = callee {
                if self.dict_get_item(d, &k)?.is_some() {
                    let ks = self.str_of(&k)?;
                    let fs = self.func_str(f);
                    return Err(self.type_error(format!(
                        "{fs} got multiple values for keyword argument '{ks}'"
                    )));
                }
            }
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    fn set_cell<'v>(&self, s: &'v Value) -> Option<&'v RefCell<PySet>> {
        match s.payload() {
            Some(Payload::Set(c)) => Some(c),
            _ => None,
        }
    }

    pub fn set_contains(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_contains_hashed(s, key, h)
    }

    /// `key in s` with `key`'s hash already computed (once, as CPython does).
    fn set_contains_hashed(&mut self, s: &Value, key: &Value, h: i64) -> PyResult<bool> {
        let probe = match s.payload() {
            Some(Payload::Set(c)) => c.borrow().lookup(h, key),
            Some(Payload::FrozenSet(fs)) => fs.lookup(h, key),
            _ => return Ok(false),
        };
        match probe {
            SetProbe::Found => Ok(true),
            SetProbe::Missing => Ok(false),
            SetProbe::NeedEq(cands) => {
                for k in cands {
                    if self.eq(&k, key)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    pub fn set_add(&mut self, s: &Value, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if self.set_contains_hashed(s, &key, h)? {
            return Ok(());
        }
        if let Some(c) = self.set_cell(s) {
            c.borrow_mut().insert_new(h, key);
        }
        Ok(())
    }

    pub fn set_discard(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        let probe = match self.set_cell(s) {
            Some(c) => c.borrow().lookup(h, key),
            None => return Ok(false),
        };
        let target = match probe {
            SetProbe::Found => Some(key.clone()),
            SetProbe::Missing => None,
            SetProbe::NeedEq(cands) => {
                let mut t = None;
                for k in cands {
                    if self.eq(&k, key)? {
                        t = Some(k);
                        break;
                    }
                }
                t
            }
        };
        let Some(t) = target else { return Ok(false) };
        let Some(c) = self.set_cell(s) else {
            return Ok(false);
        };
        let removed = c
            .borrow_mut()
            .remove_matching(h, &t, |k| fast_eq(k, &t).unwrap_or(false));
        Ok(removed)
    }

    /// `target.update(source)` as CPython's set_update_internal: sets are merged (keeping
    /// CPython's table layout), dicts presize then add their keys, anything else is
    /// iterated.
    pub fn set_update(&mut self, target: &Value, source: &Value) -> PyResult<()> {
        if target.is(source) {
            return Ok(());
        }
        let other = match source.payload() {
            Some(Payload::Set(s)) => Some(s.borrow().clone()),
            Some(Payload::FrozenSet(s)) => Some(s.clone()),
            _ => None,
        };
        if let Some(other) = other {
            if let Some(Payload::Set(t)) = target.payload() {
                let mut t = t.borrow_mut();
                if t.is_pristine() {
                    t.merge_into_pristine(&other);
                    return Ok(());
                }
                t.presize(other.len());
            }
            for k in other.iter().cloned().collect::<Vec<_>>() {
                self.set_add(target, k)?;
            }
            return Ok(());
        }
        if let Some(Payload::Dict(d)) = source.payload() {
            let keys = d.borrow().keys();
            if let Some(Payload::Set(t)) = target.payload() {
                t.borrow_mut().presize(keys.len());
            }
            for k in keys {
                self.set_add(target, k)?;
            }
            return Ok(());
        }
        let it = self.get_iter(source)?;
        while let Some(k) = self.next(&it)? {
            self.set_add(target, k)?;
        }
        Ok(())
    }

    /// A new set holding `source`'s elements (set(source)).
    pub fn new_set_of(&mut self, source: &Value) -> PyResult {
        let s = self.new_set_from(vec![])?;
        self.set_update(&s, source)?;
        Ok(s)
    }

    /// A frozenset view of a freshly built set's table.
    pub fn freeze(&mut self, s: &Value) -> Value {
        let table = match s.payload() {
            Some(Payload::Set(c)) => c.borrow().clone(),
            _ => PySet::default(),
        };
        self.alloc(&self.types.frozenset.clone(), Payload::FrozenSet(table))
    }

    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult {
        let s = self.alloc(
            &self.types.set.clone(),
            Payload::Set(RefCell::new(PySet::default())),
        );
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    pub fn new_frozenset_from(&mut self, items: Vec<Value>) -> PyResult {
        let s = self.new_set_from(items)?;
        let table = match s.payload() {
            Some(Payload::Set(c)) => c.borrow().clone(),
            _ => PySet::default(),
        };
        Ok(self.alloc(&self.types.frozenset.clone(), Payload::FrozenSet(table)))
    }

    pub fn type_obj(&self, v: &Value) -> ObjRef {
        self.type_of(v).clone()
    }
}

/// CPython's tuple hash (xxHash-based, 64-bit constants).
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash (order-independent shuffle of the element hashes).
pub fn frozenset_hash(s: &PySet) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in s.iter_hashed() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

pub fn str_repr(s: &str) -> String {
    repr_str(s)
}
