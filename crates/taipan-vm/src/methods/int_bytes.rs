//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the classmethod
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with CPython's checks.

use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};

pub const METHODS: &[(&str, NativeFn)] = &[("to_bytes", to_bytes)];
pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("from_bytes", from_bytes)];

/// Argument Clinic's binding of `(first, *rest, names..., *, signed)` after the bound
/// self or class: the slots of `names` and the `signed` flag.
fn bind(vm: &mut Vm, args: Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let mut args = Args {
        pos: args.pos.into_iter().skip(1).collect(),
        kw: args.kw,
    };
    let (npos, total, max) = (
        args.pos.len(),
        args.pos.len() + args.kw.len(),
        names.len() + 1,
    );
    if total > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} arguments ({total} given)"
        )));
    }
    if npos > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} positional arguments ({npos} given)",
            names.len()
        )));
    }
    let signed = args.take_kw("signed");
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    let required = usize::from(fname == "from_bytes");
    let mut slots = args.bind(vm, fname, names, required)?;
    slots.push(signed);
    Ok(slots)
}

/// The byteorder argument: true for little-endian.
fn little(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match v.as_str().map(|s| s.as_str()) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let value = int::as_bigint(&args.pos[0]).unwrap_or_default();
    let slots = bind(vm, args, "to_bytes", &["length", "byteorder"])?;
    let length = match &slots[0] {
        Some(v) => int::ssize_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little(vm, slots[1].as_ref(), "to_bytes")?;
    let signed = match &slots[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && value.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let bits = 8 * length as u64;
    let fits = if !signed {
        value.bits() <= bits
    } else if value.is_negative() {
        (-&value - 1u32).bits() < bits
    } else {
        value.is_zero() || value.bits() < bits
    };
    if !fits {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let unsigned = if value.is_negative() {
        (BigInt::from(1u32) << bits) + &value
    } else {
        value
    };
    let mut out = unsigned.magnitude().to_bytes_le();
    if unsigned.is_zero() {
        out.clear();
    }
    out.resize(length as usize, 0);
    if !little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

/// The bytes of `from_bytes`'s argument (PyObject_Bytes): bytes, or an iterable of ints
/// in range(0, 256).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    let cannot = |vm: &mut Vm| {
        let t = vm.type_name(v);
        vm.type_error(format!("cannot convert '{t}' object to bytes"))
    };
    if v.as_str().is_some() || int::is_int(v) {
        return Err(cannot(vm));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, &vm.exc.type_error.clone()) => return Err(cannot(vm)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let i = if int::is_int(&x) {
            int::as_i64(&x).unwrap_or(-1)
        } else {
            vm.index_of(&x)?
        };
        let Ok(b) = u8::try_from(i) else {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        };
        out.push(b);
    }
    Ok(out)
}

fn from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos[0].clone();
    let slots = bind(vm, args, "from_bytes", &["bytes", "byteorder"])?;
    let data = bytes_of(vm, slots[0].as_ref().expect("required"))?;
    let little = little(vm, slots[1].as_ref(), "from_bytes")?;
    let signed = match &slots[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mag = if little {
        BigUint::from_bytes_le(&data)
    } else {
        BigUint::from_bytes_be(&data)
    };
    let mut value = BigInt::from_biguint(Sign::Plus, mag);
    let top = if little { data.last() } else { data.first() };
    if signed && top.is_some_and(|b| b & 0x80 != 0) {
        value -= BigInt::from(1u32) << (8 * data.len());
    }
    let result = vm.new_int(value);
    match &cls {
        Value::Obj(c) if std::rc::Rc::ptr_eq(c, &vm.types.int) => Ok(result),
        _ => vm.call(&cls, Args::new([result])),
    }
}
