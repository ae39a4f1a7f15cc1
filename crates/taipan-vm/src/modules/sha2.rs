//! `_sha2`: CPython's SHA-2 hash objects (`sha224`, `sha256`, `sha384`, `sha512`) on the
//! `sha2` crate. `random.seed` hashes str and bytes seeds with `sha512` through it.

use crate::modules::sys::{module_set, new_module};
use crate::objects::native::native_class;
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

#[derive(Clone)]
enum Hasher {
    S224(Sha224),
    S256(Sha256),
    S384(Sha384),
    S512(Sha512),
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::S224(h) => h.update(data),
            Hasher::S256(h) => h.update(data),
            Hasher::S384(h) => h.update(data),
            Hasher::S512(h) => h.update(data),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::S224(h) => h.finalize().to_vec(),
            Hasher::S256(h) => h.finalize().to_vec(),
            Hasher::S384(h) => h.finalize().to_vec(),
            Hasher::S512(h) => h.finalize().to_vec(),
        }
    }
}

/// (function name, type name, digest size, block size).
const KINDS: [(&str, &str, i64, i64); 4] = [
    ("sha224", "SHA224Type", 28, 64),
    ("sha256", "SHA256Type", 32, 64),
    ("sha384", "SHA384Type", 48, 128),
    ("sha512", "SHA512Type", 64, 128),
];

fn new_hasher(kind: usize) -> Hasher {
    match kind {
        0 => Hasher::S224(Sha224::new()),
        1 => Hasher::S256(Sha256::new()),
        2 => Hasher::S384(Sha384::new()),
        _ => Hasher::S512(Sha512::new()),
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("update", sha_update),
    ("digest", sha_digest),
    ("hexdigest", sha_hexdigest),
    ("copy", sha_copy),
];

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_sha2");
    for (fname, tname, digest_size, block_size) in KINDS {
        let cls = native_class(vm, tname, "_sha2", METHODS);
        let name = vm.new_str(fname);
        typeobj::set_attr(vm, &cls, "name", name);
        typeobj::set_attr(vm, &cls, "digest_size", Value::Int(digest_size));
        typeobj::set_attr(vm, &cls, "block_size", Value::Int(block_size));
        module_set(vm, &m, tname, Value::Obj(cls));
    }
    let funcs: [(&'static str, NativeFn); 4] = [
        ("sha224", |vm, a| construct(vm, a, 0)),
        ("sha256", |vm, a| construct(vm, a, 1)),
        ("sha384", |vm, a| construct(vm, a, 2)),
        ("sha512", |vm, a| construct(vm, a, 3)),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

/// The class of hash `kind`: `_sha2`'s, from `sys.modules` (or a fresh copy of the module
/// when it has been removed from there).
fn class_of(vm: &mut Vm, kind: usize) -> PyResult<ObjRef> {
    let module = match &vm.sys_modules.payload {
        Payload::Dict(d) => d.borrow().get_str("_sha2"),
        _ => None,
    };
    let module = match module {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => m,
        _ => create(vm),
    };
    let tname = vm.intern(KINDS[kind].1);
    match vm.get_attr(&Value::Obj(module), &tname)? {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => Ok(c),
        _ => Err(vm.type_error("_sha2 hash type is missing")),
    }
}

/// The bytes of a buffer argument (bytes only: Taipan has no other buffer types yet).
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::Str(_)) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// `sha512(string=None, *, usedforsecurity=True)`.
fn construct(vm: &mut Vm, mut args: Args, kind: usize) -> PyResult {
    let fname = KINDS[kind].0;
    args.take_kw("usedforsecurity");
    let slots = args.bind(vm, fname, &["string"], 0)?;
    let mut h = new_hasher(kind);
    if let Some(v) = slots[0].as_ref().filter(|v| !v.is_none()) {
        let data = buffer(vm, v)?;
        h.update(&data);
    }
    let cls = class_of(vm, kind)?;
    Ok(vm.new_native(&cls, h))
}

/// A method's argument count (self excluded), checked with CPython's wording.
fn method_args(vm: &mut Vm, args: &Args, name: &str, want: usize) -> PyResult<()> {
    let tname = vm.type_name(&args.pos[0]);
    args.no_keywords(vm, &format!("{tname}.{name}"))?;
    let n = args.pos.len() - 1;
    if n == want {
        return Ok(());
    }
    Err(vm.type_error(match want {
        0 => format!("{tname}.{name}() takes no arguments ({n} given)"),
        _ => format!("{tname}.{name}() takes exactly one argument ({n} given)"),
    }))
}

fn sha_update(vm: &mut Vm, args: Args) -> PyResult {
    method_args(vm, &args, "update", 1)?;
    let data = buffer(vm, &args.pos[1])?;
    vm.native_mut::<Hasher>(&args.pos[0], "_sha2 hash")?
        .update(&data);
    Ok(Value::None)
}

fn sha_digest(vm: &mut Vm, args: Args) -> PyResult {
    method_args(vm, &args, "digest", 0)?;
    let d = vm
        .native_mut::<Hasher>(&args.pos[0], "_sha2 hash")?
        .digest();
    Ok(vm.new_bytes(d))
}

fn sha_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    method_args(vm, &args, "hexdigest", 0)?;
    let d = vm
        .native_mut::<Hasher>(&args.pos[0], "_sha2 hash")?
        .digest();
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(hex))
}

fn sha_copy(vm: &mut Vm, args: Args) -> PyResult {
    method_args(vm, &args, "copy", 0)?;
    let this = args.pos[0].clone();
    let h = vm.native_mut::<Hasher>(&this, "_sha2 hash")?.clone();
    let cls = vm.type_of(&this).clone();
    Ok(vm.new_native(&cls, h))
}
