//! Error handlers registered with `codecs.register_error`, used by `str.encode` and
//! `bytes.decode` when the handler name is not a built-in one. The codec runs strictly
//! piece by piece; at each error the handler gets the UnicodeEncodeError/DecodeError and
//! returns the replacement and the position to resume at, as CPython's codecs do.

use crate::objects::codecs::{decode_at, encode, failure_to_exc, Codec, Failure, Order};
use crate::objects::int;
use crate::value::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// The handler registered under `name` (in `_codecs._registry`), if any.
pub fn custom_handler(vm: &Vm, name: &str) -> Option<Value> {
    let module = match &vm.sys_modules.payload {
        Payload::Dict(d) => d.borrow().get_str("_codecs")?,
        _ => return None,
    };
    let Some(Payload::Module(m)) = module.payload() else {
        return None;
    };
    let registry = match &m.dict.payload {
        Payload::Dict(d) => d.borrow().get_str("_registry")?,
        _ => return None,
    };
    match registry.payload() {
        Some(Payload::Dict(d)) => d.borrow().get_str(name),
        _ => None,
    }
}

/// The UnicodeEncodeError/DecodeError for `[start, end)` of `object`.
fn make_error(
    vm: &mut Vm,
    decoding: bool,
    object: &Value,
    e: &crate::objects::codecs::CodecError,
) -> Value {
    let f = Failure::Error(e.clone());
    failure_to_exc(vm, f, decoding, object.clone(), "strict")
}

/// Calls the handler on `exc`; returns the replacement and the resume position (checked
/// against `len` as CPython does).
fn call_handler(
    vm: &mut Vm,
    handler: &Value,
    exc: &Value,
    decoding: bool,
    len: usize,
) -> PyResult<(Value, usize)> {
    let r = vm.call1(handler, exc.clone())?;
    let bad = || {
        if decoding {
            "decoding error handler must return (str, int) tuple"
        } else {
            "encoding error handler must return (str/bytes, int) tuple"
        }
    };
    let (rep, pos) = match r.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => return Err(vm.type_error(bad())),
    };
    let rep_ok =
        rep.as_str().is_some() || (!decoding && matches!(rep.payload(), Some(Payload::Bytes(_))));
    if !rep_ok || !int::is_int(&pos) {
        return Err(vm.type_error(bad()));
    }
    let n = vm.index_of(&pos)?;
    let n = if n < 0 { n + len as i64 } else { n };
    if n < 0 || n > len as i64 {
        return Err(vm.index_error(format!("position {n} from error handler out of bounds")));
    }
    Ok((rep, n as usize))
}

/// `s.encode(codec, handler)`; `sv` is the str object the errors carry.
pub fn encode_with(
    vm: &mut Vm,
    codec: Codec,
    sv: &Value,
    s: &str,
    handler: &Value,
) -> PyResult<Vec<u8>> {
    // The byte order mark (if any) is written once; the pieces are encoded without it.
    let (mut out, piece) = match codec {
        Codec::Utf8Sig => (b"\xef\xbb\xbf".to_vec(), Codec::Utf8),
        Codec::Utf16(Order::Bom) => (vec![0xff, 0xfe], Codec::Utf16(Order::Le)),
        Codec::Utf32(Order::Bom) => (vec![0xff, 0xfe, 0, 0], Codec::Utf32(Order::Le)),
        c => (Vec::new(), c),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut pos = 0;
    while pos <= chars.len() {
        let rest: String = chars[pos..].iter().collect();
        let e = match encode(piece, &rest, "strict") {
            Ok(b) => {
                out.extend(b);
                break;
            }
            Err(Failure::Error(e)) => e,
            Err(f) => return Err(failure_to_exc(vm, f, false, sv.clone(), "strict")),
        };
        let head: String = chars[pos..pos + e.start].iter().collect();
        out.extend(encode(piece, &head, "strict").unwrap_or_default());
        let mut e = e;
        e.start += pos;
        e.end += pos;
        let exc = make_error(vm, false, sv, &e);
        let (rep, next) = call_handler(vm, handler, &exc, false, chars.len())?;
        match rep.payload() {
            Some(Payload::Bytes(b)) => out.extend_from_slice(b),
            _ => {
                let text = rep
                    .as_str()
                    .map(|t| t.as_str().to_string())
                    .unwrap_or_default();
                // A replacement the codec cannot encode raises the original error.
                match encode(piece, &text, "strict") {
                    Ok(b) => out.extend(b),
                    Err(_) => return Err(exc),
                }
            }
        }
        pos = next;
        if pos == chars.len() {
            break;
        }
    }
    Ok(out)
}

/// `data.decode(codec, handler)`; `obj` is the bytes object the errors carry.
pub fn decode_with(
    vm: &mut Vm,
    codec: Codec,
    obj: &Value,
    data: &[u8],
    handler: &Value,
) -> PyResult<String> {
    // A byte order mark decides the order of the whole input (little-endian without one).
    let (mut pos, piece) = match codec {
        Codec::Utf8Sig if data.starts_with(b"\xef\xbb\xbf") => (3, Codec::Utf8),
        Codec::Utf8Sig => (0, Codec::Utf8),
        Codec::Utf16(Order::Bom) => match data {
            [0xfe, 0xff, ..] => (2, Codec::Utf16(Order::Be)),
            [0xff, 0xfe, ..] => (2, Codec::Utf16(Order::Le)),
            _ => (0, Codec::Utf16(Order::Le)),
        },
        Codec::Utf32(Order::Bom) => match data {
            [0, 0, 0xfe, 0xff, ..] => (4, Codec::Utf32(Order::Be)),
            [0xff, 0xfe, 0, 0, ..] => (4, Codec::Utf32(Order::Le)),
            _ => (0, Codec::Utf32(Order::Le)),
        },
        c => (0, c),
    };
    let mut out = String::new();
    while pos < data.len() {
        let e = match decode_at(piece, &data[pos..], "strict", pos) {
            Ok(s) => {
                out.push_str(&s);
                break;
            }
            Err(Failure::Error(e)) => e,
            Err(f) => return Err(failure_to_exc(vm, f, true, obj.clone(), "strict")),
        };
        out.push_str(&decode_at(piece, &data[pos..e.start], "strict", pos).unwrap_or_default());
        let exc = make_error(vm, true, obj, &e);
        let (rep, next) = call_handler(vm, handler, &exc, true, data.len())?;
        if let Some(t) = rep.as_str() {
            out.push_str(t.as_str());
        }
        pos = next;
    }
    Ok(out)
}
