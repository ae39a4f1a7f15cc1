//! The operator dunders of the builtin types (`int.__add__`, `str.__mul__`,
//! `float.__lt__`, ...), so `(3).__add__(2.0)`, `super().__add__(x)` and
//! `int.__radd__` work. Each calls the same native implementation the operators use; an
//! unsupported operand combination answers NotImplemented, as CPython's slots do.

use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};
use taipan_bytecode::{BinOp, CmpOp};

/// (self, other): slot wrappers count the arguments after self, as CPython reports them.
fn two(vm: &mut Vm, args: &Args) -> PyResult<(Value, Value)> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

/// int's slots know only ints: `(3).__add__(2.0)` is NotImplemented (float's reflected
/// method does the work), though `3 + 2.0` is 5.0.
fn int_meets_float(this: &Value, other: &Value) -> bool {
    crate::objects::int::is_int(this) && crate::objects::float::is_float(other)
}

macro_rules! binop_dunders {
    ($($fwd:ident $fname:literal, $rev:ident $rname:literal, $op:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult {
                let (a, b) = two(vm, &args)?;
                if int_meets_float(&a, &b) {
                    return Ok(Value::NotImplemented);
                }
                vm.native_binop(&a, &b, BinOp::$op)
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult {
                let (a, b) = two(vm, &args)?;
                if int_meets_float(&a, &b) {
                    return Ok(Value::NotImplemented);
                }
                vm.native_binop(&b, &a, BinOp::$op)
            }
        )*
        /// (name, function) for every binary operator, forward and reflected.
        pub const BINARY: &[(&str, NativeFn)] = &[
            $(($fname, $fwd), ($rname, $rev),)*
        ];
    };
}

binop_dunders! {
    add "__add__", radd "__radd__", Add;
    sub "__sub__", rsub "__rsub__", Subtract;
    mul "__mul__", rmul "__rmul__", Multiply;
    truediv "__truediv__", rtruediv "__rtruediv__", TrueDivide;
    floordiv "__floordiv__", rfloordiv "__rfloordiv__", FloorDivide;
    modulo "__mod__", rmodulo "__rmod__", Remainder;
    pow "__pow__", rpow "__rpow__", Power;
    lshift "__lshift__", rlshift "__rlshift__", Lshift;
    rshift "__rshift__", rrshift "__rrshift__", Rshift;
    and "__and__", rand "__rand__", And;
    or "__or__", ror "__ror__", Or;
    xor "__xor__", rxor "__rxor__", Xor;
}

macro_rules! cmp_dunders {
    ($($name:ident, $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult {
                let (a, b) = two(vm, &args)?;
                if int_meets_float(&a, &b) {
                    return Ok(Value::NotImplemented);
                }
                vm.native_compare(&a, &b, CmpOp::$op)
            }
        )*
        /// The six rich comparisons.
        pub const COMPARE: &[(&str, NativeFn)] = &[$((concat!("__", stringify!($name), "__"), $name),)*];
    };
}

cmp_dunders! {
    lt, Lt;
    le, Le;
    eq, Eq;
    ne, Ne;
    gt, Gt;
    ge, Ge;
}

macro_rules! unary_dunders {
    ($($name:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult {
                args.check(vm, concat!("__", stringify!($name), "__"), 1, 1)?;
                vm.unary_op(args.pos[0].clone(), concat!("__", stringify!($name), "__"))
            }
        )*
        /// Unary minus, plus and inversion.
        pub const UNARY: &[(&str, NativeFn)] = &[$((concat!("__", stringify!($name), "__"), $name),)*];
    };
}

unary_dunders! {
    neg;
    pos;
    invert;
}

/// Only the entries of `table` whose names are in `names`.
pub fn select(
    table: &'static [(&'static str, NativeFn)],
    names: &[&str],
) -> Vec<(&'static str, NativeFn)> {
    table
        .iter()
        .filter(|(n, _)| names.contains(n))
        .copied()
        .collect()
}

/// Item access of the builtin sequences and dict, by their own storage (so a subclass's
/// `super().__getitem__(i)` does not come back to the subclass's method).
fn seq_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (s, k) = two(vm, &args)?;
    crate::objects::sequence::seq_getitem(vm, &s, &k)
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    crate::objects::sequence::list_setitem(vm, &args.pos[0], &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (s, k) = two(vm, &args)?;
    crate::objects::sequence::list_delitem(vm, &s, &k)?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (d, k) = two(vm, &args)?;
    match vm.dict_del_item(&d, &k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k)),
    }
}

/// `__getitem__` of tuple, str, range (and list, with `LIST_ITEMS`).
pub const SEQ_ITEMS: &[(&str, NativeFn)] = &[("__getitem__", seq_getitem)];
pub const LIST_ITEMS: &[(&str, NativeFn)] = &[
    ("__getitem__", seq_getitem),
    ("__setitem__", list_setitem),
    ("__delitem__", list_delitem),
];
pub const DICT_ITEMS: &[(&str, NativeFn)] = &[("__delitem__", dict_delitem)];

fn native_iter(vm: &mut Vm, args: Args) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "expected 0 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    vm.get_iter_native(&args.pos[0])
}

fn native_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (c, x) = two(vm, &args)?;
    Ok(Value::Bool(vm.contains_native(&c, &x)?))
}

/// `__iter__` and `__contains__` of the builtin containers, by their own storage.
pub const CONTAINER: &[(&str, NativeFn)] =
    &[("__iter__", native_iter), ("__contains__", native_contains)];
