//! The complex type: arithmetic with CPython's algorithms (so results match bit for bit),
//! repr, hashing, comparisons and the `complex()` constructor.

use crate::objects::{float, int, typeobj};
use crate::value::{Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use taipan_bytecode::opcodes::{BinOp, CmpOp};

/// (real, imag) of a complex value.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// A number usable with a complex: complex, float, int or bool.
fn as_complex_num(v: &Value) -> Option<(f64, f64)> {
    as_complex(v).or_else(|| float::as_f64_num(v).map(|f| (f, 0.0)))
}

impl Vm {
    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        self.alloc(&self.types.complex, Payload::Complex(re, im))
    }
}

/// CPython's `_Py_c_quot`.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's c_powu: repeated squaring for a positive integer exponent.
fn powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// CPython's `_Py_c_pow`; None for 0 to a negative or complex power.
fn pow_general(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` as CPython's complex_pow (small integral exponents by repeated squaring).
fn power(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    // Small integral exponents: repeated squaring, no overflow check (as CPython).
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let r = if n >= 0 {
            Some(powu(a, n))
        } else {
            quot((1.0, 0.0), powu(a, -n))
        };
        return r.ok_or_else(|| vm.zero_division("0.0 to a negative or complex power"));
    }
    let Some(r) = pow_general(a, b) else {
        return Err(vm.zero_division("0.0 to a negative or complex power"));
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// A negative float to a fractional power: the complex result, as CPython's float_pow.
pub fn float_pow_as_complex(vm: &mut Vm, x: f64, y: f64) -> PyResult {
    let (re, im) = power(vm, (x, 0.0), (y, 0.0))?;
    Ok(vm.new_complex(re, im))
}

/// `a op b` when either side is complex (NotImplemented for unsupported operands).
pub fn complex_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let (Some(x), Some(y)) = (as_complex_num(a), as_complex_num(b)) else {
        return Ok(Value::NotImplemented);
    };
    let (re, im) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Subtract => (x.0 - y.0, x.1 - y.1),
        BinOp::Multiply => prod(x, y),
        BinOp::TrueDivide => match quot(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOp::Power => power(vm, x, y)?,
        _ => return Ok(Value::NotImplemented),
    };
    Ok(vm.new_complex(re, im))
}

/// == and != against another number (None: not a number, so NotImplemented).
pub fn complex_eq(a: &Value, b: &Value) -> Option<bool> {
    let (c, other) = if let Some(c) = as_complex(a) {
        (c, b)
    } else if let Some(c) = as_complex(b) {
        (c, a)
    } else {
        return None;
    };
    if let Some(o) = as_complex(other) {
        return Some(c == o);
    }
    if !(int::is_int(other) || float::as_f64_num(other).is_some()) {
        return None;
    }
    if c.1 != 0.0 {
        return Some(false);
    }
    // Exact against ints (a huge int is never equal to a rounded float).
    Some(float::compare_num(&Value::Float(c.0), other, CmpOp::Eq))
}

/// hash(complex): hash(real) + 1000003 * hash(imag), as CPython.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let hr = float::hash_f64(re) as u64;
    let hi = float::hash_f64(im) as u64;
    let h = hr.wrapping_add(1_000_003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// One part of a complex repr: CPython's 'r' format without a forced ".0".
fn part(f: f64) -> String {
    crate::objects::format::float_repr_no_dot(f)
}

/// `(1+2j)`, `1j`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im.is_nan() || im.is_sign_positive() {
        "+"
    } else {
        ""
    };
    format!("({}{sign}{}j)", part(re), part(im))
}

/// abs(z), with CPython's OverflowError.
pub fn complex_abs(vm: &mut Vm, re: f64, im: f64) -> PyResult {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

/// `complex(real=0, imag=0)` and `complex(string)`.
pub fn complex_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(vm, "complex", &["real", "imag"], 0)?;
    let real = slots[0].clone();
    let imag = slots[1].clone();
    let Some(real) = real else {
        return Ok(vm.new_complex(0.0, 0.0));
    };
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let text = s.as_str().to_string();
        return match parse(&text) {
            Some((re, im)) => Ok(vm.new_complex(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if imag.as_ref().is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (mut re, mut im) = to_complex(vm, &real, "first")?;
    if let Some(i) = &imag {
        // complex(a, b) = a + b*1j; parts are only added when an argument is complex
        // (so complex(-0.0, -0.0) keeps both signs, as CPython).
        let (i0, i1) = to_complex(vm, i, "second")?;
        if as_complex(i).is_some() {
            re -= i1;
        }
        if as_complex(&real).is_some() || as_complex(i).is_some() {
            im += i0;
        } else {
            im = i0;
        }
    }
    Ok(vm.new_complex(re, im))
}

/// A complex() argument as (real, imag): complex, a number, or __complex__/__float__/
/// __index__ on an object.
fn to_complex(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = as_complex_num(v) {
        if int::is_int(v) && float::as_f64_num(v).is_none() {
            return Err(vm.overflow_error("int too large to convert to float"));
        }
        return Ok(c);
    }
    if let Value::Obj(o) = v {
        for name in ["__complex__", "__float__", "__index__"] {
            if let Some(f) = typeobj::user_defines(&o.class, name) {
                let r = vm.call1(&f, v.clone())?;
                if name == "__complex__" {
                    return as_complex(&r).ok_or_else(|| {
                        vm.type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            vm.type_name(&r)
                        ))
                    });
                }
                return as_complex_num(&r).ok_or_else(|| {
                    vm.type_error(format!(
                        "{name} returned non-float (type {})",
                        vm.type_name(&r)
                    ))
                });
            }
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "complex() {which} argument must be a string or a number, not '{t}'"
    )))
}

/// CPython's complex(str) grammar: optional parentheses and whitespace, then a real
/// part, an imaginary part, or both (`1+2j`, `-j`, `1e3J`, `inf+nanj`).
fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let t = t.replace('_', "");
    let t = t.as_str();
    let ends_j = t.ends_with('j') || t.ends_with('J');
    if !ends_j {
        return number(t).map(|re| (re, 0.0));
    }
    let body = &t[..t.len() - 1];
    // Split at the last sign that is not part of an exponent.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag_of = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => number(s),
        }
    };
    match split {
        Some(i) => Some((number(&body[..i])?, imag_of(&body[i..])?)),
        None => Some((0.0, imag_of(body)?)),
    }
}

fn number(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let v = match unsigned {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') => {
            unsigned.parse::<f64>().ok()?
        }
        _ => return None,
    };
    Some(if neg { -v } else { v })
}

pub const COMPLEX_METHODS: &[(&str, crate::vm::NativeFn)] = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_self),
];

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "conjugate", 1, 1)?;
    match as_complex(&args.pos[0]) {
        Some((re, im)) => Ok(vm.new_complex(re, -im)),
        None => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}

fn complex_self(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__complex__", 1, 1)?;
    match as_complex(&args.pos[0]) {
        Some((re, im)) => Ok(vm.new_complex(re, im)),
        None => Err(vm.type_error("descriptor '__complex__' requires a 'complex' object")),
    }
}

/// format(z, spec): with a presentation type (e, f, g...) each part is formatted with the
/// spec's sign and precision (the imaginary part always signed), then the whole is padded
/// to the width; without one, str(z) padded. Specs Taipan does not handle are an error
/// naming them rather than a wrong result.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    // [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let (mut fill, mut align) = (' ', '>');
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
        fill = chars[0];
        align = chars[1];
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
        align = chars[0];
        i = 1;
    }
    if align == '=' {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let rest: String = chars[i..].iter().collect();
    // The width (digits before '.' or the type) is applied to the whole number.
    let sign_end = rest
        .find(|c: char| !matches!(c, '+' | '-' | ' ' | 'z' | '#'))
        .unwrap_or(rest.len());
    let (flags, tail) = rest.split_at(sign_end);
    if tail.starts_with('0') {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    let width_end = tail
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(tail.len());
    let width: usize = tail[..width_end].parse().unwrap_or(0);
    let part_spec = &tail[width_end..];
    let ty = part_spec
        .chars()
        .last()
        .filter(|c| c.is_ascii_alphabetic() || *c == '%');
    let body = match ty {
        Some(t) if "eEfFgGn%".contains(t) => {
            if t == '%' || t == 'n' {
                return Err(format!(
                    "Unknown format code '{t}' for object of type 'complex'"
                ));
            }
            let plain_flags = flags.replace(['+', ' '], "");
            let real = crate::objects::format::format_float(re, &format!("{flags}{part_spec}"))?;
            let imag =
                crate::objects::format::format_float(im, &format!("+{plain_flags}{part_spec}"))?;
            format!("{real}{imag}j")
        }
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            ))
        }
        None if flags.is_empty() && part_spec.is_empty() => complex_repr(re, im),
        None => {
            return Err(
                "Taipan does not support this format specification for complex numbers yet".into(),
            )
        }
    };
    let n = body.chars().count();
    if n >= width {
        return Ok(body);
    }
    let pad = width - n;
    let f = |k: usize| fill.to_string().repeat(k);
    Ok(match align {
        '<' => format!("{body}{}", f(pad)),
        '^' => format!("{}{body}{}", f(pad / 2), f(pad - pad / 2)),
        _ => format!("{}{body}", f(pad)),
    })
}
