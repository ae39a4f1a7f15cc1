//! BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's checks,
//! `split`/`subgroup`/`derive`, and the two steps of `except*` (CHECK_EG_MATCH and
//! PREP_RERAISE_STAR). A group's args are `(message, exceptions)` as given; `message` and
//! `exceptions` (a tuple) are read from them.

use crate::objects::exception::{args_of, exc_state};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::collections::HashSet;

pub const GROUP_METHODS: &[(&str, NativeFn)] = &[
    ("derive", eg_derive),
    ("split", eg_split),
    ("subgroup", eg_subgroup),
    ("__str__", eg_str),
];

/// What `split` tests each leaf exception with.
enum Cond {
    Types(Vec<ObjRef>),
    Pred(Value),
    /// Leaves chosen by identity (PREP_RERAISE_STAR's projection).
    Leaves(HashSet<i64>),
}

impl Vm {
    pub(crate) fn is_exception_group(&self, v: &Value) -> bool {
        self.is_instance_of(v, &self.exc.base_exception_group.clone())
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
    pub(crate) fn exception_group_new(&mut self, cls: &ObjRef, args: &Args) -> PyResult {
        let cname = typeobj::ty(cls).name();
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{cname}() takes no keyword arguments")));
        }
        if args.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        let (msg, excs) = (&args.pos[0], &args.pos[1]);
        if msg.as_str().is_none() {
            let t = self.type_name(msg);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
            )));
        }
        let is_seq = matches!(excs.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
            || (!matches!(excs.payload(), Some(Payload::Dict(_) | Payload::Str(_)))
                && typeobj::lookup(self.type_of(excs), "__getitem__").is_some()
                && typeobj::lookup(self.type_of(excs), "__len__").is_some());
        if !is_seq {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.iterate(excs)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let base = self.exc.base_exception.clone();
        let exception = self.exc.exception.clone();
        let mut all_exceptions = true;
        for (i, e) in items.iter().enumerate() {
            if !self.is_instance_of(e, &base) {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            all_exceptions &= self.is_instance_of(e, &exception);
        }
        let mut cls = cls.clone();
        if std::rc::Rc::ptr_eq(&cls, &self.exc.base_exception_group) {
            if all_exceptions {
                cls = self.exc.exception_group.clone();
            }
        } else if typeobj::is_subtype(&cls, &exception) && !all_exceptions {
            let msg = if std::rc::Rc::ptr_eq(&cls, &self.exc.exception_group) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!(
                    "Cannot nest BaseExceptions in '{}'",
                    typeobj::ty(&cls).name()
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(crate::objects::exception::new_instance(
            self,
            &cls,
            vec![msg.clone(), excs.clone()],
        ))
    }

    /// `eg.exceptions` as a tuple.
    pub(crate) fn group_exceptions(&mut self, eg: &Value) -> PyResult<Vec<Value>> {
        match args_of(eg).get(1) {
            Some(e) => self.iterate(e),
            None => Ok(vec![]),
        }
    }

    fn cond_of(&mut self, v: &Value) -> PyResult<Cond> {
        let base = self.exc.base_exception.clone();
        let is_exc_class = |v: &Value| {
            v.obj()
                .filter(|o| matches!(o.payload, Payload::Type(_)))
                .filter(|o| typeobj::is_subtype(o, &base))
                .cloned()
        };
        if let Some(c) = is_exc_class(v) {
            return Ok(Cond::Types(vec![c]));
        }
        if let Some(Payload::Tuple(t)) = v.payload() {
            let classes: Option<Vec<ObjRef>> = t.iter().map(is_exc_class).collect();
            if let Some(c) = classes {
                return Ok(Cond::Types(c));
            }
        } else if !matches!(v.payload(), Some(Payload::Type(_))) && self.is_callable(v) {
            return Ok(Cond::Pred(v.clone()));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn cond_matches(&mut self, cond: &Cond, e: &Value) -> PyResult<bool> {
        match cond {
            Cond::Types(ts) => Ok(ts.iter().any(|t| self.is_instance_of(e, t))),
            Cond::Pred(f) => {
                let r = self.call1(f, e.clone())?;
                self.truthy(&r)
            }
            Cond::Leaves(ids) => Ok(ids.contains(&e.id())),
        }
    }

    /// (match, rest) of `eg` by `cond`, as BaseExceptionGroup.split.
    fn split_group(&mut self, eg: &Value, cond: &Cond) -> PyResult<(Value, Value)> {
        if !matches!(cond, Cond::Leaves(_)) && self.cond_matches(cond, eg)? {
            return Ok((eg.clone(), Value::None));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in self.group_exceptions(eg)? {
            let (m, r) = if self.is_exception_group(&e) {
                self.split_group(&e, cond)?
            } else if self.cond_matches(cond, &e)? {
                (e, Value::None)
            } else {
                (Value::None, e)
            };
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        }
        let m = self.derived_subset(eg, matched)?;
        let r = self.derived_subset(eg, rest)?;
        Ok((m, r))
    }

    /// `eg.derive(excs)` with eg's traceback, cause, context and notes; None when empty.
    fn derived_subset(&mut self, eg: &Value, excs: Vec<Value>) -> PyResult {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        let list = self.new_list(excs);
        let derive = self.get_attr_str(eg, "derive")?;
        let new = self.call1(&derive, list)?;
        if !self.is_exception_group(&new) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(src), Some(dst)) = (exc_state(eg), exc_state(&new)) {
            let (tb, cause, context, suppress) = {
                let s = src.borrow();
                (
                    s.traceback.clone(),
                    s.cause.clone(),
                    s.context.clone(),
                    s.suppress_context,
                )
            };
            let mut d = dst.borrow_mut();
            d.traceback = tb;
            d.cause = cause;
            d.context = context;
            d.suppress_context = suppress;
        }
        if let Ok(notes) = self.get_attr_str(eg, "__notes__") {
            let k = self.intern("__notes__");
            self.set_attr(&new, &k, notes)?;
        }
        Ok(new)
    }

    /// CHECK_EG_MATCH: splits `rest` (the part of the group no clause has taken yet) by
    /// an `except*` clause's `types`: (rest', match or None). A naked exception that
    /// matches is wrapped in a group.
    pub(crate) fn check_eg_match(
        &mut self,
        rest: &Value,
        types: &Value,
    ) -> PyResult<(Value, Value)> {
        self.check_except_types(types)?;
        let cond = self.cond_of(types)?;
        if rest.is_none() {
            return Ok((Value::None, Value::None));
        }
        if !self.is_exception_group(rest) {
            if self.cond_matches(&cond, rest)? {
                let msg = self.new_str("");
                let one = self.new_tuple(vec![rest.clone()]);
                let cls = self.exc.base_exception_group.clone();
                let eg = self.exception_group_new(&cls, &Args::new([msg, one]))?;
                return Ok((Value::None, eg));
            }
            return Ok((rest.clone(), Value::None));
        }
        let (m, r) = self.split_group(rest, &cond)?;
        Ok((r, m))
    }

    /// An `except*` clause's types: exception classes that are not exception groups.
    fn check_except_types(&mut self, types: &Value) -> PyResult<()> {
        let items = match types.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![types.clone()],
        };
        let base = self.exc.base_exception.clone();
        let group = self.exc.base_exception_group.clone();
        for t in &items {
            let Some(c) = t.obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            };
            if !typeobj::is_subtype(c, &base) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            if typeobj::is_subtype(c, &group) {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        Ok(())
    }

    /// PREP_RERAISE_STAR: what an `except*` statement raises at its end, from the
    /// original exception and the list of exceptions its clauses raised (and the
    /// unhandled rest). Re-raised parts (same traceback, cause and context as the
    /// original) keep the original's structure; new ones are gathered beside them.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult {
        let list = self.iterate(excs)?;
        if !self.is_exception_group(orig) {
            return Ok(list
                .into_iter()
                .find(|e| !e.is_none())
                .unwrap_or(Value::None));
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in list.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut leaves = HashSet::new();
        for e in &reraised {
            self.collect_leaves(e, &mut leaves)?;
        }
        let reraised_eg = if leaves.is_empty() {
            Value::None
        } else {
            self.split_group(orig, &Cond::Leaves(leaves))?.0
        };
        if raised.is_empty() {
            return Ok(reraised_eg);
        }
        if !reraised_eg.is_none() {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            return Ok(raised.pop().unwrap_or(Value::None));
        }
        let msg = self.new_str("");
        let list = self.new_list(raised);
        let cls = self.exc.base_exception_group.clone();
        self.exception_group_new(&cls, &Args::new([msg, list]))
    }

    fn collect_leaves(&mut self, e: &Value, out: &mut HashSet<i64>) -> PyResult<()> {
        if self.is_exception_group(e) {
            for x in self.group_exceptions(e)? {
                self.collect_leaves(&x, out)?;
            }
        } else {
            out.insert(e.id());
        }
        Ok(())
    }
}

/// The same traceback, cause and context: a part of `orig` re-raised by a bare `raise`.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (exc_state(e), exc_state(orig)) else {
        return false;
    };
    let (a, b) = (a.borrow(), b.borrow());
    let same = |x: &Value, y: &Value| match (x, y) {
        (Value::None, Value::None) => true,
        (Value::Obj(p), Value::Obj(q)) => std::rc::Rc::ptr_eq(p, q),
        _ => false,
    };
    same(&a.traceback, &b.traceback) && same(&a.cause, &b.cause) && same(&a.context, &b.context)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "derive", 2, 2)?;
    let msg = args_of(&args.pos[0])
        .first()
        .cloned()
        .unwrap_or(Value::None);
    let cls = vm.exc.base_exception_group.clone();
    vm.exception_group_new(&cls, &Args::new([msg, args.pos[1].clone()]))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "split", 2, 2)?;
    let cond = vm.cond_of(&args.pos[1])?;
    let (m, r) = vm.split_group(&args.pos[0], &cond)?;
    Ok(vm.new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "subgroup", 2, 2)?;
    let cond = vm.cond_of(&args.pos[1])?;
    Ok(vm.split_group(&args.pos[0], &cond)?.0)
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__str__", 1, 1)?;
    let s = vm.exception_group_str(&args.pos[0])?;
    Ok(vm.new_str(s))
}

impl Vm {
    /// "message (N sub-exception[s])".
    pub(crate) fn exception_group_str(&mut self, eg: &Value) -> PyResult<String> {
        let a = args_of(eg);
        let msg = match a.first() {
            Some(m) => self.str_of(m)?,
            None => String::new(),
        };
        let n = self.group_exceptions(eg)?.len();
        let s = if n == 1 { "" } else { "s" };
        Ok(format!("{msg} ({n} sub-exception{s})"))
    }
}
