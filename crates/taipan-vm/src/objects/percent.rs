//! `str % args`: printf-style formatting, following CPython's PyUnicode_Format: a tuple
//! supplies positional values, any other mapping (not a tuple or str) may feed `%(name)`
//! fields, `*` takes a width or precision from the arguments, and the error messages are
//! CPython's.

use crate::objects::{float, format, int, typeobj};
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// Where the next value comes from: CPython's (args, arglen, argidx) triple.
struct Source {
    args: Value,
    /// Number of positional values, or -1 for a single non-tuple value.
    len: i64,
    idx: i64,
}

impl Source {
    fn new(args: Value) -> Source {
        let len = match args.payload() {
            Some(Payload::Tuple(t)) => t.len() as i64,
            _ => -1,
        };
        let idx = if len < 0 { -2 } else { 0 };
        Source { args, len, idx }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Payload::Tuple(t)) = self.args.payload() {
                return Ok(t[i as usize].clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

fn is_mapping(vm: &Vm, v: &Value, bytes: bool) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_)) | Some(Payload::Str(_)) => false,
        Some(Payload::Bytes(_)) if bytes => false,
        Some(Payload::Dict(_)) => true,
        Some(_) => typeobj::lookup(vm.type_of(v), "__getitem__").is_some(),
        None => false,
    }
}

pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let Some(f) = fmt.as_str() else {
        return Ok(Value::NotImplemented);
    };
    let chars: Vec<char> = f.as_str().chars().collect();
    let out = percent(vm, &chars, args, false)?;
    Ok(vm.new_str(out))
}

/// `bytes % args` (and bytearray): the same machinery over the bytes as Latin-1
/// characters, with %b/%s taking bytes-like objects (or `__bytes__`), %r/%a giving
/// ascii(), %c a byte.
pub fn bytes_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let Some(data) = crate::objects::bytes::buffer(fmt).map(|b| b.to_vec()) else {
        return Ok(Value::NotImplemented);
    };
    let chars: Vec<char> = data.iter().map(|&b| char::from(b)).collect();
    let out = percent(vm, &chars, args, true)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(crate::objects::bytes::Kind::of(fmt).make(vm, bytes))
}

fn percent(vm: &mut Vm, chars: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let dict = is_mapping(vm, args, bytes).then(|| args.clone());
    let mut src = Source::new(args.clone());
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i < chars.len() && chars[i] == '(' {
            let Some(map) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let key = if bytes {
                vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                vm.new_str(key)
            };
            let map = map.clone();
            let value = vm.get_item(&map, &key)?;
            src = Source {
                args: value,
                len: -1,
                idx: -2,
            };
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<i64> = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = src.next(vm)?;
            if !int::is_int(&w) {
                return Err(vm.type_error("* wants int"));
            }
            let w = int::ssize_arg(vm, &w)?;
            if w < 0 {
                flags.push('-');
            }
            // CPython negates in a Py_ssize_t too: -(-2**63) stays negative, so no padding.
            width = Some(w.wrapping_abs()).filter(|w| *w >= 0);
        } else {
            let mut digits = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                digits.push(chars[i]);
                i += 1;
            }
            if !digits.is_empty() {
                match digits.parse::<i64>() {
                    Ok(w) => width = Some(w),
                    Err(_) => return Err(vm.value_error("width too big")),
                }
            }
        }
        let mut prec: Option<i64> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = src.next(vm)?;
                if !int::is_int(&p) {
                    return Err(vm.type_error("* wants int"));
                }
                // A C int in CPython.
                let Some(p) = int::as_i64(&p).filter(|p| i32::try_from(*p).is_ok()) else {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                };
                prec = Some(p.max(0));
            } else {
                let mut digits = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    digits.push(chars[i]);
                    i += 1;
                }
                match digits.parse::<i32>() {
                    Ok(p) => prec = Some(i64::from(p)),
                    Err(_) if digits.is_empty() => prec = Some(0),
                    Err(_) => return Err(vm.value_error("precision too big")),
                }
            }
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        let conv_index = i;
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let known = if bytes {
            "sbradiuxXoeEfFgGc"
        } else {
            "sradiuxXoeEfFgGc"
        };
        if !known.contains(conv) {
            return Err(vm.value_error(format!(
                "unsupported format character '{conv}' (0x{:x}) at index {conv_index}",
                conv as u32
            )));
        }
        let arg = src.next(vm)?;
        if bytes && matches!(conv, 's' | 'b' | 'c' | 'r' | 'a') {
            out.push_str(&convert_bytes(vm, conv, &arg, &flags, width, prec)?);
            continue;
        }
        out.push_str(&convert(vm, conv, &arg, &flags, width, prec)?);
    }
    if src.idx < src.len && dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// The text conversions of bytes formatting, as Latin-1 characters.
fn convert_bytes(
    vm: &mut Vm,
    conv: char,
    arg: &Value,
    flags: &str,
    width: Option<i64>,
    prec: Option<i64>,
) -> PyResult<String> {
    let mut data: Vec<u8> = match conv {
        'r' | 'a' => vm.ascii(arg)?.into_bytes(),
        'c' => {
            if int::is_int(arg) {
                match int::as_i64(arg).and_then(|n| u8::try_from(n).ok()) {
                    Some(b) => vec![b],
                    None => return Err(vm.overflow_error("%c arg not in range(256)")),
                }
            } else {
                match crate::objects::bytes::buffer(arg) {
                    Some(b)
                        if b.len() == 1
                            && !matches!(arg.payload(), Some(Payload::MemoryView(_))) =>
                    {
                        b.to_vec()
                    }
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                }
            }
        }
        _ => {
            if let Some(b) = vm.buffer_arg(arg)? {
                b
            } else if let Some(f) = typeobj::lookup(vm.type_of(arg), "__bytes__") {
                let r = vm.call1(&f, arg.clone())?;
                match r.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    _ => {
                        return Err(vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        )))
                    }
                }
            } else {
                return Err(vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    vm.type_name(arg)
                )));
            }
        }
    };
    if let (Some(p), 's' | 'b' | 'r' | 'a') = (prec, conv) {
        data.truncate(p as usize);
    }
    let w = width.unwrap_or(0).max(0) as usize;
    let mut out: String = data.iter().map(|&b| char::from(b)).collect();
    if data.len() < w {
        let pad = " ".repeat(w - data.len());
        if flags.contains('-') {
            out.push_str(&pad);
        } else {
            out.insert_str(0, &pad);
        }
    }
    Ok(out)
}

/// The exception for an error message from the `format` module (see format::error_kind).
pub fn spec_error(vm: &mut Vm, msg: String) -> Value {
    match format::error_kind(&msg) {
        format::ErrorKind::Value => vm.value_error(msg),
        format::ErrorKind::Overflow => vm.overflow_error(msg),
        format::ErrorKind::Memory => vm.memory_error(),
    }
}

/// One conversion, via the format-spec machinery (`format(v, spec)`).
fn convert(
    vm: &mut Vm,
    conv: char,
    arg: &Value,
    flags: &str,
    width: Option<i64>,
    prec: Option<i64>,
) -> PyResult<String> {
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left;
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let alt = if flags.contains('#') { "#" } else { "" };
    let w = width.map(|w| w.to_string()).unwrap_or_default();
    let fail = |vm: &mut Vm, m: String| spec_error(vm, m);
    match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.str_of(arg)?,
                'r' => vm.repr(arg)?,
                _ => vm.ascii(arg)?,
            };
            let s: String = match prec {
                Some(p) => s.chars().take(p as usize).collect(),
                None => s,
            };
            let align = if left { "<" } else { ">" };
            format::format_str(&s, &format!("{align}{w}")).map_err(|m| fail(vm, m))
        }
        'c' => {
            let ch = if int::is_int(arg) {
                let n = int::as_i64(arg).unwrap_or(-1);
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(c) => c,
                    None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                }
            } else if let Some(s) = arg.as_str().filter(|s| s.char_len() == 1) {
                s.char_at(0).unwrap_or(' ')
            } else {
                return Err(vm.type_error("%c requires int or char"));
            };
            let align = if left { "<" } else { ">" };
            format::format_str(&ch.to_string(), &format!("{align}{w}")).map_err(|m| fail(vm, m))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = if int::is_int(arg) {
                int::as_bigint(arg).unwrap_or_default()
            } else if let Some(f) = float::as_f64_num(arg) {
                if matches!(conv, 'x' | 'X' | 'o') {
                    return Err(vm.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        vm.type_name(arg)
                    )));
                }
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
            } else {
                return Err(vm.type_error(format!(
                    "%{conv} format: a real number is required, not {}",
                    vm.type_name(arg)
                )));
            };
            let ty = if matches!(conv, 'i' | 'u') { 'd' } else { conv };
            let spec = number_spec(left, zero, sign, alt, &w, "", ty);
            format::format_int(&n, &spec).map_err(|m| fail(vm, m))
        }
        _ => {
            if int::is_int(arg) && float::as_f64_num(arg).is_none() {
                return Err(vm.overflow_error("int too large to convert to float"));
            }
            let Some(x) = float::as_f64_num(arg) else {
                return Err(
                    vm.type_error(format!("must be real number, not {}", vm.type_name(arg)))
                );
            };
            let p = format!(".{}", prec.unwrap_or(6));
            let spec = number_spec(left, zero, sign, alt, &w, &p, conv);
            format::format_float(x, &spec).map_err(|m| fail(vm, m))
        }
    }
}

fn number_spec(
    left: bool,
    zero: bool,
    sign: &str,
    alt: &str,
    width: &str,
    prec: &str,
    ty: char,
) -> String {
    let align = if left {
        "<"
    } else if zero {
        ""
    } else {
        ">"
    };
    let z = if zero { "0" } else { "" };
    format!("{align}{sign}{alt}{z}{width}{prec}{ty}")
}
