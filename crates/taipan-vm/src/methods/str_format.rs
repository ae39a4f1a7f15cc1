//! str.format and str.format_map: the format-string mini language.

use super::str::this;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// str.format(*args, **kwargs).
pub(super) fn format(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let positional: Vec<Value> = args.pos[1..].to_vec();
    let mut kw = Vec::with_capacity(args.kw.len());
    for (k, v) in &args.kw {
        kw.push((vm.new_str(k.to_string()), v.clone()));
    }
    let mapping = Fields::Pairs(kw);
    let out = format_string(vm, &s, &positional, &mapping, &mut Numbering::Unset, 2)?;
    Ok(vm.new_str(out))
}

/// str.format_map(mapping).
pub(super) fn format_map(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "format_map", 2, 2)?;
    let s = this(vm, &args)?;
    let mapping = Fields::Mapping(args.pos[1].clone());
    let out = format_string(vm, &s, &[], &mapping, &mut Numbering::Unset, 2)?;
    Ok(vm.new_str(out))
}

/// Where named fields come from.
enum Fields {
    Pairs(Vec<(Value, Value)>),
    Mapping(Value),
}

/// Automatic (`{}`) and manual (`{0}`) numbering cannot be mixed in one format string.
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

/// The format-string mini language: literal text with `{{`/`}}`, and fields
/// `{name[.attr|[key]]...[!conv][:spec]}` whose spec may hold nested fields (recursion
/// depth is limited as in CPython).
fn format_string(
    vm: &mut Vm,
    s: &str,
    args: &[Value],
    fields: &Fields,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => return Err(vm.value_error("Single '}' encountered in format string")),
            '{' if i + 1 == chars.len() => {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            '{' => {
                let (field, end) = scan_field(&chars, i + 1).map_err(|m| vm.value_error(m))?;
                out.push_str(&format_field(vm, &field, args, fields, numbering, depth)?);
                i = end;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// A replacement field's parts: `name`, `!conv` and `:spec`.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
}

/// Parses the replacement field starting after its `{` as CPython's parse_field does
/// (the messages depend on where the scan stops): the name runs to `}`, `:` or `!` (a
/// `[` skips to its `]`), then a one-character conversion, then a spec whose nested
/// braces must balance. Returns the field and the index after its closing `}`.
fn scan_field(chars: &[char], start: usize) -> Result<(Field, usize), &'static str> {
    let n = chars.len();
    let mut k = start;
    let mut end = None;
    while k < n {
        let c = chars[k];
        k += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while k < n && chars[k] != ']' {
                    k += 1;
                }
            }
            '}' | ':' | '!' => {
                end = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = end else {
        return Err("expected '}' before end of string");
    };
    let name: String = chars[start..k - 1].iter().collect();
    if stop == '}' {
        let f = Field {
            name,
            conv: None,
            spec: String::new(),
        };
        return Ok((f, k));
    }
    let mut conv = None;
    if stop == '!' {
        let Some(&c) = chars.get(k) else {
            return Err("end of string while looking for conversion specifier");
        };
        conv = Some(c);
        k += 1;
        if let Some(&c) = chars.get(k) {
            k += 1;
            if c == '}' {
                let f = Field {
                    name,
                    conv,
                    spec: String::new(),
                };
                return Ok((f, k));
            }
            if c != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = k;
    let mut count = 1;
    while k < n {
        let c = chars[k];
        k += 1;
        match c {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    let spec = chars[spec_start..k - 1].iter().collect();
                    return Ok((Field { name, conv, spec }, k));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

fn format_field(
    vm: &mut Vm,
    field: &Field,
    args: &[Value],
    fields: &Fields,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    let (name, conv, spec) = (field.name.as_str(), field.conv, field.spec.as_str());
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let key = &name[..first_end];
    let mut v = if key.is_empty() {
        let n =
            match numbering {
                Numbering::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unset => 0,
                Numbering::Auto(n) => *n,
            };
        *numbering = Numbering::Auto(n + 1);
        if matches!(fields, Fields::Mapping(_)) {
            // format_map() has no positional arguments to index.
            return Err(vm.value_error("Format string contains positional fields"));
        }
        match args.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else if key.bytes().all(|b| b.is_ascii_digit()) && key.parse::<usize>().is_err() {
        return Err(vm.value_error("Too many decimal digits in format string"));
    } else if let Ok(n) = key.parse::<usize>() {
        if let Numbering::Auto(_) = numbering {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *numbering = Numbering::Manual;
        if matches!(fields, Fields::Mapping(_)) {
            // format_map() has no positional arguments to index.
            return Err(vm.value_error("Format string contains positional fields"));
        }
        match args.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else {
        let k = vm.new_str(key);
        match fields {
            Fields::Pairs(pairs) => match pairs
                .iter()
                .find(|(name, _)| name.as_str().is_some_and(|n| n.as_str() == key))
            {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(k)),
            },
            Fields::Mapping(m) => vm.get_item(m, &k)?,
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            v = vm.get_attr_str(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let idx = &r[..end];
            if idx.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match idx.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(idx),
            };
            v = vm.get_item(&v, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let v = match conv {
        None => v,
        Some('r') => {
            let r = vm.repr(&v)?;
            vm.new_str(r)
        }
        Some('s') => {
            let r = vm.str_of(&v)?;
            vm.new_str(r)
        }
        Some('a') => {
            let r = vm.ascii(&v)?;
            vm.new_str(r)
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    // Nested fields in the spec share the numbering.
    let spec = if spec.contains('{') {
        format_string(vm, spec, args, fields, numbering, depth - 1)?
    } else {
        spec.to_string()
    };
    vm.format(&v, &spec)
}
