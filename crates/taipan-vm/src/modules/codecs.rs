//! `_codecs`: the native half of `lib/codecs.py`: the registry of error handlers that
//! `str.encode`/`bytes.decode` consult for names they do not know (see
//! objects/codec_custom.rs), and the canonical names of the codecs Taipan implements.

use crate::modules::sys::{module_set, new_module};
use crate::objects::codecs::{Codec, Order};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_codecs");
    let registry = vm.new_dict();
    module_set(vm, &m, "_registry", registry);
    let funcs: [(&'static str, NativeFn); 1] = [("_canonical_name", canonical_name)];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

/// `_canonical_name(encoding)`: the name `codecs.lookup(encoding).name` has, or None
/// when Taipan has no such text codec.
fn canonical_name(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_canonical_name", 1, 1)?;
    let enc = args.pos[0].clone();
    let Some(s) = enc.as_str() else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            vm.type_name(&enc)
        )));
    };
    let name = match Codec::lookup(s.as_str()) {
        None => return Ok(Value::None),
        Some(c) => match c {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Cp1252 => "cp1252",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
        },
    };
    Ok(vm.new_str(name))
}
