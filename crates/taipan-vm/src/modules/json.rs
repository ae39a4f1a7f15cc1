//! `_json`: the speedups CPython's json package imports when present — `scanstring`,
//! `encode_basestring(_ascii)`, the `make_scanner` decoder (json_scan.rs) and the
//! `make_encoder` one-shot encoder (json_enc.rs). `lib/json` falls back to pure Python
//! without them, and the messages and error positions here match that code.
//!
//! Scanning works on the UTF-8 bytes of the document; positions are converted to code
//! point indices only where Python sees them (results and errors).

use crate::modules::json_enc;
use crate::modules::json_scan;
use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_json");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("scanstring", scanstring),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
    ];
    for &(name, f) in funcs {
        let b = vm.new_builtin(name, f);
        // The encoder recognises these two and escapes inline instead of calling them.
        if let Some(o) = b.obj() {
            match name {
                "encode_basestring_ascii" => {
                    vm.native_types.insert("_json.encode_ascii", o.clone());
                }
                "encode_basestring" => {
                    vm.native_types.insert("_json.encode", o.clone());
                }
                _ => {}
            }
        }
        module_set(vm, &m, name, b);
    }
    let scanner = json_scan::scanner_class(vm);
    module_set(vm, &m, "make_scanner", Value::Obj(scanner));
    let encoder = json_enc::encoder_class(vm);
    module_set(vm, &m, "make_encoder", Value::Obj(encoder));
    m
}

/// A failure found while scanning: a JSONDecodeError message at a byte offset, or a
/// Python exception already made.
pub enum ScanError {
    Decode(&'static str, usize),
    /// An unpaired surrogate escape, which a Taipan str cannot hold.
    Surrogate(u32),
    Py(Value),
}

/// Code point index of byte offset `b` in `s`.
pub fn char_index(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// Byte offset of code point index `i` in `s` (`None` past the end).
pub fn byte_index(s: &str, i: usize) -> Option<usize> {
    if s.is_ascii() {
        return (i <= s.len()).then_some(i);
    }
    if i == 0 {
        return Some(0);
    }
    match s.char_indices().nth(i) {
        Some((b, _)) => Some(b),
        None => (s.chars().count() == i).then_some(s.len()),
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)` with `pos` a byte offset into `doc`.
pub fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, byte_pos: usize) -> Value {
    let pos = doc.as_str().map_or(0, |s| char_index(s.as_str(), byte_pos));
    let made = (|| -> PyResult {
        let name = vm.new_str("json.decoder");
        let attr = vm.new_str("JSONDecodeError");
        let from = vm.new_tuple(vec![attr]);
        let module = vm.import_name(&name, &from, &Value::Int(0))?;
        let cls = vm.get_attr_str(&module, "JSONDecodeError")?;
        let msg = vm.new_str(msg);
        vm.call(&cls, Args::new([msg, doc.clone(), Value::Int(pos as i64)]))
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

/// Converts a scanning failure into the exception to raise.
pub fn raise(vm: &mut Vm, err: ScanError, doc: &Value) -> Value {
    match err {
        ScanError::Py(e) => e,
        ScanError::Decode(msg, pos) => decode_error(vm, msg, doc, pos),
        ScanError::Surrogate(u) => vm.not_implemented_error(format!(
            "json: lone surrogate escape \\u{u:04x} (str cannot hold surrogates in Taipan)"
        )),
    }
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// Decodes the JSON string whose opening quote is just before byte `start`, returning
/// its text and the byte offset after the closing quote.
pub fn scan_str(s: &str, start: usize, strict: bool) -> Result<(String, usize), ScanError> {
    let b = s.as_bytes();
    let begin = start.saturating_sub(1);
    let mut out = String::new();
    let mut i = start;
    // Taipan's str holds scalar values only; an unpaired surrogate escape is reported
    // once the string is otherwise known to be well formed (as the Python code does).
    let mut lone: Option<u32> = None;
    loop {
        let run = i;
        while i < b.len() {
            let c = b[i];
            if c == b'"' || c == b'\\' || (c < 0x20 && strict) {
                break;
            }
            i += 1;
        }
        out.push_str(&s[run..i]);
        let Some(&c) = b.get(i) else {
            return Err(ScanError::Decode("Unterminated string starting at", begin));
        };
        match c {
            b'"' => {
                if let Some(u) = lone {
                    return Err(ScanError::Surrogate(u));
                }
                return Ok((out, i + 1));
            }
            b'\\' => {}
            _ => return Err(ScanError::Decode("Invalid control character at", i)),
        }
        let Some(&esc) = b.get(i + 1) else {
            return Err(ScanError::Decode("Unterminated string starting at", begin));
        };
        let simple = match esc {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => return Err(ScanError::Decode("Invalid \\escape", i)),
        };
        if let Some(ch) = simple {
            out.push(ch);
            i += 2;
            continue;
        }
        let Some(mut u) = hex4(b, i + 2) else {
            return Err(ScanError::Decode("Invalid \\uXXXX escape", i + 1));
        };
        i += 6;
        if (0xd800..=0xdbff).contains(&u) && b.get(i..i + 2) == Some(b"\\u") {
            let Some(u2) = hex4(b, i + 2) else {
                return Err(ScanError::Decode("Invalid \\uXXXX escape", i + 1));
            };
            if (0xdc00..=0xdfff).contains(&u2) {
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                i += 6;
            }
        }
        match char::from_u32(u) {
            Some(ch) => out.push(ch),
            None => {
                lone.get_or_insert(u);
            }
        }
    }
}

/// `scan_str` with its failures raised as Python exceptions.
pub fn scan_str_py(
    vm: &mut Vm,
    doc: &Value,
    start: usize,
    strict: bool,
) -> PyResult<(String, usize)> {
    let s = doc.as_str().map(|p| p.as_str()).unwrap_or("");
    scan_str(s, start, strict).map_err(|e| raise(vm, e, doc))
}

/// `scanstring(s, end, strict=True)` -> (str, end).
fn scanstring(vm: &mut Vm, mut args: Args) -> PyResult {
    let a = args.bind(vm, "scanstring", &["s", "end", "strict"], 2)?;
    let doc = a[0].clone().unwrap_or(Value::None);
    let Some(text) = doc.as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let end = crate::objects::int::as_i64(a[1].as_ref().unwrap_or(&Value::None));
    let Some(end) = end else {
        return Err(vm.type_error("'end' must be an integer"));
    };
    let strict = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let nchars = doc.as_str().map_or(0, |s| s.char_len());
    if end < 0 || end as usize > nchars {
        return Err(vm.value_error("end is out of bounds"));
    }
    let Some(start) = byte_index(&text, end as usize) else {
        return Err(vm.value_error("end is out of bounds"));
    };
    let (out, stop) = scan_str_py(vm, &doc, start, strict)?;
    let out = vm.new_str(out);
    let stop = Value::Int(char_index(&text, stop) as i64);
    Ok(vm.new_tuple(vec![out, stop]))
}

/// Appends the JSON string literal for `s` (quotes included) to `out`.
pub fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            _ => None,
        };
        let needs = esc.is_some() || (c as u32) < 0x20 || (ascii && (c as u32) >= 0x7f);
        if !needs {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        if let Some(e) = esc {
            out.push_str(e);
            continue;
        }
        let n = c as u32;
        if n >= 0x10000 {
            let v = n - 0x10000;
            push_u(out, 0xd800 | (v >> 10));
            push_u(out, 0xdc00 | (v & 0x3ff));
        } else {
            push_u(out, n);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn push_u(out: &mut String, n: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((n >> shift) & 0xf) as usize] as char);
    }
}

fn encode_common(vm: &mut Vm, args: Args, name: &str, ascii: bool) -> PyResult {
    args.positional(vm, name, 1, 1)?;
    let Some(s) = args.pos[0].as_str() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let mut out = String::with_capacity(s.as_str().len() + 2);
    escape_into(&mut out, s.as_str(), ascii);
    Ok(vm.new_str(out))
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult {
    encode_common(vm, args, "encode_basestring_ascii", true)
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult {
    encode_common(vm, args, "encode_basestring", false)
}
