//! `types.UnionType` (`int | str`, PEP 604) and `types.GenericAlias` (`list[int]`,
//! PEP 585): what annotations evaluate to. Both print as they are written, compare by
//! their arguments, and a union works with isinstance/issubclass.

use crate::objects::typeobj;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

/// types.GenericAlias's methods, for what a subclass reaches with super()
/// (`_collections_abc._CallableGenericAlias`): the alias's own behaviour is built in.
pub const GENERIC_ALIAS_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", ga_repr),
    ("__getitem__", ga_getitem),
    ("__mro_entries__", ga_mro_entries),
];

fn alias_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Box<[Value]>)> {
    match v.payload() {
        Some(Payload::GenericAlias { origin, args }) => Ok((origin.clone(), args.clone())),
        _ => Err(vm.type_error("descriptor requires a 'types.GenericAlias' object")),
    }
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let (origin, items) = alias_parts(vm, &args.pos[0])?;
    let s = vm.generic_alias_repr(&origin, &items)?;
    Ok(vm.new_str(s))
}

/// Taipan's aliases have no type parameters (`__parameters__` is empty), so none can be
/// substituted: CPython's error for that case.
fn ga_getitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getitem__", 2, 2)?;
    let (origin, items) = alias_parts(vm, &args.pos[0])?;
    let s = vm.generic_alias_repr(&origin, &items)?;
    Err(vm.type_error(format!("{s} is not a generic class")))
}

fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__mro_entries__", 2, 2)?;
    let (origin, _) = alias_parts(vm, &args.pos[0])?;
    Ok(vm.new_tuple(vec![origin]))
}

impl Vm {
    /// Whether `v` may be an operand of `|` making a union.
    fn unionable(&self, v: &Value) -> bool {
        v.is_none()
            || matches!(
                v.payload(),
                Some(Payload::Type(_) | Payload::Union(_) | Payload::GenericAlias { .. })
            )
    }

    /// `a | b` for types, None, unions and generic aliases (None when not applicable, so
    /// the operator falls through to its TypeError).
    pub(crate) fn union_or(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !self.unionable(a) || !self.unionable(b) {
            return Ok(None);
        }
        let mut args: Vec<Value> = Vec::new();
        for v in [a, b] {
            let parts = match v.payload() {
                Some(Payload::Union(items)) => items.to_vec(),
                _ if v.is_none() => vec![Value::Obj(self.types.none_type.clone())],
                _ => vec![v.clone()],
            };
            for p in parts {
                let mut dup = false;
                for q in &args {
                    if self.eq(q, &p)? {
                        dup = true;
                        break;
                    }
                }
                if !dup {
                    args.push(p);
                }
            }
        }
        if args.len() == 1 {
            return Ok(args.pop());
        }
        let cls = self.types.union_type.clone();
        Ok(Some(
            self.alloc(&cls, Payload::Union(args.into_boxed_slice())),
        ))
    }

    /// `list[int]`: a generic alias of a builtin class.
    pub(crate) fn generic_alias(&mut self, origin: &Value, item: &Value) -> Value {
        let args: Box<[Value]> = match item.payload() {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => Box::new([item.clone()]),
        };
        let cls = self.types.generic_alias.clone();
        self.alloc(
            &cls,
            Payload::GenericAlias {
                origin: origin.clone(),
                args,
            },
        )
    }

    /// How a union or alias shows one of its arguments: classes by (qualified) name,
    /// NoneType as None, `...`, anything else by repr.
    pub(crate) fn type_arg_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(o) = v.obj() {
            if std::rc::Rc::ptr_eq(o, &self.types.none_type) {
                return Ok("None".into());
            }
            if let Payload::Type(t) = &o.payload {
                let module = typeobj::lookup(o, "__module__")
                    .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
                    .unwrap_or_else(|| "builtins".into());
                let qual = t.qualname.borrow().to_string();
                return Ok(if module == "builtins" {
                    qual
                } else {
                    format!("{module}.{qual}")
                });
            }
        }
        if matches!(v, Value::Ellipsis) {
            return Ok("...".into());
        }
        self.repr(v)
    }

    pub(crate) fn union_repr(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.type_arg_repr(it)?);
        }
        Ok(parts.join(" | "))
    }

    pub(crate) fn generic_alias_repr(
        &mut self,
        origin: &Value,
        args: &[Value],
    ) -> PyResult<String> {
        let mut s = self.type_arg_repr(origin)?;
        s.push('[');
        if args.is_empty() {
            s.push_str("()");
        }
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.type_arg_repr(a)?);
        }
        s.push(']');
        Ok(s)
    }
}
