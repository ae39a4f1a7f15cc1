//! `_codecs`: the native half of `lib/_taipan_codecs.py` (Taipan's codecs): the registry of error handlers that
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
    let funcs: [(&'static str, NativeFn); 2] = [
        ("_canonical_name", canonical_name),
        ("__getattr__", module_getattr),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    let all: Vec<Value> = PY_NAMES.iter().map(|n| vm.new_str(*n)).collect();
    let all = vm.new_list(all);
    module_set(vm, &m, "__all__", all);
    m
}

/// CPython's `_codecs` functions that Taipan writes in Python (lib/_taipan_codecs.py):
/// CPython's own codecs.py does `from _codecs import *`, so the module's `__getattr__`
/// (PEP 562) hands them out and `__all__` lists them.
const PY_NAMES: &[&str] = &[
    "ascii_decode",
    "ascii_encode",
    "decode",
    "encode",
    "latin_1_decode",
    "latin_1_encode",
    "lookup",
    "lookup_error",
    "raw_unicode_escape_decode",
    "raw_unicode_escape_encode",
    "register",
    "register_error",
    "unicode_escape_decode",
    "unicode_escape_encode",
    "unregister",
    "utf_16_be_decode",
    "utf_16_be_encode",
    "utf_16_decode",
    "utf_16_encode",
    "utf_16_ex_decode",
    "utf_16_le_decode",
    "utf_16_le_encode",
    "utf_32_be_decode",
    "utf_32_be_encode",
    "utf_32_decode",
    "utf_32_encode",
    "utf_32_ex_decode",
    "utf_32_le_decode",
    "utf_32_le_encode",
    "utf_8_decode",
    "utf_8_encode",
];

fn module_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "__getattr__", 1, 1)?;
    let name = args.pos[0].clone();
    let n = name
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if PY_NAMES.contains(&n.as_str()) {
        let helper = vm.intern("_taipan_codecs");
        let m = vm.import_name(&helper, &Value::None, &Value::Int(0))?;
        let f = vm.get_attr(&m, &name)?;
        // CPython's are builtin functions, which do not bind as methods: the encodings
        // package stores them as class attributes (`_buffer_decode = codecs.utf_8_decode`).
        let sm = Value::Obj(vm.types.staticmethod.clone());
        return vm.call1(&sm, f);
    }
    Err(vm.attribute_error(format!("module '_codecs' has no attribute '{n}'")))
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
