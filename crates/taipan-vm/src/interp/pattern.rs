//! Run-time support for the `match` statement (PEP 634): the checks behind MATCH_CLASS,
//! MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and GET_LEN. The compiler
//! (`taipan-compiler/src/codegen/pattern.rs`) does the rest with ordinary instructions.
//!
//! "Is a sequence" and "is a mapping" are CPython's type flags (`typeobj::FLAG_SEQUENCE`
//! and `FLAG_MAPPING`): list, tuple and range are sequences and dict is a mapping; a class
//! inherits the flag from its MRO (so subclasses of `collections.abc.Sequence` and
//! `Mapping` have it), and registering a class with one of those ABCs sets it. str, bytes
//! and everything else are neither. The cases in `tests/cases/match/` pin these rules.

use crate::objects::typeobj::{ty, Layout, FLAG_MAPPING, FLAG_SEQUENCE};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// MATCH_SEQUENCE: CPython's Py_TPFLAGS_SEQUENCE test.
    pub(crate) fn is_match_sequence(&self, v: &Value) -> bool {
        ty(self.type_of(v)).flags.get() & FLAG_SEQUENCE != 0
    }

    /// MATCH_MAPPING: CPython's Py_TPFLAGS_MAPPING test.
    pub(crate) fn is_match_mapping(&self, v: &Value) -> bool {
        ty(self.type_of(v)).flags.get() & FLAG_MAPPING != 0
    }

    /// GET_LEN: `len(v)` as an int.
    pub(crate) fn match_len(&mut self, v: &Value) -> PyResult {
        let n = crate::builtins::len_of(self, v)?;
        Ok(Value::Int(n as i64))
    }

    /// MATCH_KEYS: the values of `keys` in `subject` as a tuple, or None when one is
    /// missing. As CPython, each key is looked up with `subject.get(key, sentinel)` (so a
    /// subclass's `__missing__` is not triggered but an overridden `get` is called), and a
    /// key seen twice (possible only through value patterns such as `C.x`) is a
    /// ValueError, detected when the lookup reaches it.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            // Only a damaged .pyc could get here: the compiler always builds a tuple.
            _ => return Err(self.type_error("MATCH_KEYS expects a tuple of keys")),
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact_dict = Rc::ptr_eq(self.type_of(subject), &self.types.dict);
        let get = if exact_dict {
            None
        } else {
            Some(self.get_attr_str(subject, "get")?)
        };
        let sentinel = self.alloc(&self.types.object.clone(), Payload::Instance);
        let seen = self.new_set_from(Vec::new())?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.set_contains(&seen, &key)? {
                let r = self.repr(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(&seen, key.clone())?;
            let value = match &get {
                // An exact dict's own `get` cannot be replaced: look the key up directly.
                None => self.dict_get_item(subject, &key)?,
                Some(get) => {
                    let v = self.call(get, Args::new([key, sentinel.clone()]))?;
                    (!v.is(&sentinel)).then_some(v)
                }
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// MATCH_CLASS: None when `subject` is not an instance of `cls` or lacks one of the
    /// attributes, else the tuple of the `nargs` positional attributes (named by
    /// `cls.__match_args__`, or the subject itself for the builtin self-matching types)
    /// followed by the attributes named in the tuple `names`.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        nargs: usize,
    ) -> PyResult {
        let Some(cls_ref) = cls.obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        let cls_ref = cls_ref.clone();
        // PyObject_IsInstance: a metaclass's __instancecheck__ (an ABC's) decides.
        if !crate::builtins::object_isinstance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let cls_name = ty(&cls_ref).name();
        let mut seen: Vec<Value> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let key = self.intern("__match_args__");
            let match_args = self.lookup_attr(cls, &key)?;
            let (names_pos, match_self) = match &match_args {
                Some(m) => match m.payload() {
                    Some(Payload::Tuple(t)) if Rc::ptr_eq(self.type_of(m), &self.types.tuple) => {
                        (t.to_vec(), false)
                    }
                    _ => {
                        let got = self.type_name(m);
                        return Err(self.type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got {got})"
                        )));
                    }
                },
                // Only a class without __match_args__ may match itself: a subclass that
                // defines it loses the behaviour.
                None => (Vec::new(), self.is_self_matching(&cls_ref)),
            };
            let allowed = if match_self { 1 } else { names_pos.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &names_pos[..nargs] {
                    if !Rc::ptr_eq(self.type_of(name), &self.types.str_) {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let kw: Vec<Value> = match names.payload() {
            Some(Payload::Tuple(t)) if t.iter().all(|n| n.as_str().is_some()) => t.to_vec(),
            // Only a damaged .pyc could get here: the compiler always builds this tuple.
            _ => return Err(self.type_error("MATCH_CLASS expects a tuple of names")),
        };
        for name in &kw {
            match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute for MATCH_CLASS: None when it is missing (AttributeError), an error
    /// when two sub-patterns name it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls_name: &str,
        name: &Value,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let text = name.as_str().map(|s| s.as_str()).unwrap_or("");
        if seen
            .iter()
            .any(|s| s.as_str().map(|s| s.as_str()) == Some(text))
        {
            let r = crate::interp::protocol::str_repr(text);
            return Err(self.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        self.lookup_attr(subject, name)
    }

    /// The builtin types whose instances a class pattern's single positional sub-pattern
    /// matches as a whole (`int(x)`): bool, bytes, dict, float, frozenset, int, list, set,
    /// str, tuple and their subclasses (CPython's _Py_TPFLAGS_MATCH_SELF; it also has
    /// bytearray, which Taipan lacks). Layouts follow the solid base, as the flag does.
    fn is_self_matching(&self, cls: &ObjRef) -> bool {
        Rc::ptr_eq(cls, &self.types.bool_)
            || matches!(
                ty(cls).layout,
                Layout::Int
                    | Layout::Float
                    | Layout::Str
                    | Layout::Bytes
                    | Layout::Tuple
                    | Layout::List
                    | Layout::Dict
                    | Layout::Set
                    | Layout::FrozenSet
            )
    }
}
