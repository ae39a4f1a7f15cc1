//! `str % args`: printf-style formatting for %s %r %a %d %i %x %X %o %e %f %g %c %%.

use crate::objects::{format, int};
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};

pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let Some(f) = fmt.as_str() else {
        return Ok(Value::NotImplemented);
    };
    let f = f.as_str().to_string();
    let (items, is_tuple) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.to_vec(), true),
        _ => (vec![args.clone()], false),
    };
    let mapping = matches!(args.payload(), Some(Payload::Dict(_)));
    let mut out = String::new();
    let mut next = 0usize;
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut k = String::new();
            for ch in chars.by_ref() {
                if ch == ')' {
                    break;
                }
                k.push(ch);
            }
            key = Some(k);
        }
        let mut flags = String::new();
        while let Some(&ch) = chars.peek() {
            if "-+ #0".contains(ch) {
                flags.push(ch);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&ch) = chars.peek() {
            if ch.is_ascii_digit() {
                width.push(ch);
                chars.next();
            } else {
                break;
            }
        }
        let mut prec = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_ascii_digit() {
                    p.push(ch);
                    chars.next();
                } else {
                    break;
                }
            }
            prec = Some(p);
        }
        let Some(conv) = chars.next() else {
            return Err(vm.value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = if let Some(k) = key {
            let kv = vm.new_str(k);
            vm.get_item(args, &kv)?
        } else if mapping && !is_tuple {
            args.clone()
        } else {
            let Some(a) = items.get(next).cloned() else {
                return Err(vm.type_error("not enough arguments for format string"));
            };
            next += 1;
            a
        };
        let align = if flags.contains('-') { "<" } else { ">" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let zero = flags.contains('0') && !flags.contains('-');
        let alt = if flags.contains('#') { "#" } else { "" };
        let precs = prec
            .as_ref()
            .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
            .unwrap_or_default();
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = if conv == 's' {
                    vm.str_of(&arg)?
                } else {
                    vm.repr(&arg)?
                };
                let s = match &prec {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                };
                format::format_str(&s, &format!("{align}{width}")).map_err(|m| vm.value_error(m))?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let b = if int::is_int(&arg) {
                    int::as_bigint(&arg).unwrap_or_default()
                } else if let Value::Float(fl) = arg {
                    if conv == 'c' {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    num_bigint::BigInt::from(fl.trunc() as i64)
                } else if conv == 'c' {
                    let s = vm.str_of(&arg)?;
                    out.push_str(&s);
                    continue;
                } else {
                    return Err(vm.type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        vm.type_name(&arg)
                    )));
                };
                let ty = match conv {
                    'i' | 'u' => 'd',
                    c => c,
                };
                let z = if zero { "0" } else { "" };
                let spec = format!("{align}{sign}{alt}{z}{width}{ty}");
                let spec = if zero {
                    spec.replacen(align, "", 1)
                } else {
                    spec
                };
                format::format_int(&b, &spec).map_err(|m| vm.value_error(m))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(x) = crate::objects::float::as_f64_num(&arg) else {
                    return Err(
                        vm.type_error(format!("must be real number, not {}", vm.type_name(&arg)))
                    );
                };
                let z = if zero { "0" } else { "" };
                let precs = if precs.is_empty() {
                    ".6".to_string()
                } else {
                    precs
                };
                let spec = format!("{align}{sign}{alt}{z}{width}{precs}{conv}");
                let spec = if zero {
                    spec.replacen(align, "", 1)
                } else {
                    spec
                };
                format::format_float(x, &spec).map_err(|m| vm.value_error(m))?
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    out.len()
                )))
            }
        };
        out.push_str(&piece);
    }
    if is_tuple && next < items.len() && !mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    if !is_tuple && !mapping && next == 0 && !items.is_empty() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}
