//! member_descriptor: what `__slots__` puts in a class for each slot. The value itself is
//! kept in the instance's attribute table under the slot's name; the descriptor gives the
//! class attribute (`P.x`), CPython's errors for an unset slot, and `__get__`/`__set__`/
//! `__delete__` for explicit use.

use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub const MEMBER_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", member_get),
    ("__set__", member_set),
    ("__delete__", member_delete),
];

impl Vm {
    pub(crate) fn new_member(&mut self, name: &str, owner: &ObjRef) -> Value {
        let n = self.intern(name);
        let cls = self.types.member_descriptor.clone();
        self.alloc(
            &cls,
            Payload::Member {
                name: n,
                owner: owner.clone(),
            },
        )
    }

    /// Reads slot `name` of `obj` (AttributeError naming the object when unset).
    pub(crate) fn member_read(&mut self, name: &Value, obj: &Value) -> PyResult {
        let found = match (obj.obj().and_then(|o| o.attrs()), name.payload()) {
            (Some(d), Some(Payload::Str(s))) => d.borrow().get_pystr(s),
            _ => None,
        };
        match found {
            Some(v) => Ok(v),
            None => {
                let n = name.as_str().map(|s| s.as_str()).unwrap_or_default();
                Err(self.no_attribute(obj, n))
            }
        }
    }

    pub(crate) fn member_write(&mut self, name: &Value, obj: &Value, v: Value) {
        if let Some(d) = obj.obj().and_then(|o| o.attrs()) {
            d.borrow_mut().set_str(name.clone(), v);
        }
    }

    /// Deletes slot `name` of `obj` (AttributeError(name) when unset, as CPython).
    pub(crate) fn member_remove(&mut self, name: &Value, obj: &Value) -> PyResult<()> {
        let n = name
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        let removed = obj
            .obj()
            .and_then(|o| o.attrs())
            .and_then(|d| d.borrow_mut().del_str(&n));
        if removed.is_none() {
            let e = crate::objects::exception::new_instance(
                self,
                &self.exc.attribute_error.clone(),
                vec![name.clone()],
            );
            return Err(e);
        }
        Ok(())
    }
}

fn member_of(vm: &mut Vm, v: &Value) -> PyResult<(Value, ObjRef)> {
    match v.payload() {
        Some(Payload::Member { name, owner }) => Ok((name.clone(), owner.clone())),
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

fn member_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (name, owner) = member_of(vm, &args.pos[0])?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    // A builtin type's member (`FunctionType.__globals__`): the computed attribute.
    if !crate::objects::typeobj::ty(&owner).heap {
        crate::objects::getset::check_applies(vm, &name, &owner, &args.pos[1])?;
        return vm.builtin_attr(&args.pos[1], &name);
    }
    vm.member_read(&name, &args.pos[1])
}

fn member_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__set__", 3, 3)?;
    let (name, _) = member_of(vm, &args.pos[0])?;
    vm.member_write(&name, &args.pos[1], args.pos[2].clone());
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delete__", 2, 2)?;
    let (name, _) = member_of(vm, &args.pos[0])?;
    vm.member_remove(&name, &args.pos[1])?;
    Ok(Value::None)
}
