//! `_random`: CPython's Mersenne Twister (MT19937) core, `_random.Random`, with CPython's
//! seeding (`random_seed`: an int's absolute value split into 32-bit words, any other
//! object's hash, None for OS entropy), its 53-bit `random()`, its word order in
//! `getrandbits`, and its 625-tuple state. `lib/random.py` builds the `random` module on it.
//!
//! Taipan's native classes cannot be subclassed, so `random.Random` holds one of these
//! generators instead of inheriting from it. `_urandom(n)` is Taipan's own: `random.py`
//! reads OS entropy through it when there is no `os.urandom`.

use crate::modules::sys::{module_set, new_module};
use crate::objects::int;
use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the index of the next one to temper.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }

    pub fn genrand_uint32(&mut self) -> u32 {
        let mt = &mut self.state;
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `genrand_res53`: 27 bits and 26 bits of two outputs, as CPython combines them.
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_uint32() >> 5;
        let b = self.genrand_uint32() >> 6;
        (f64::from(a) * 67108864.0 + f64::from(b)) * (1.0 / 9007199254740992.0)
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `getrandbits(k)` for k >= 0: 32-bit words from least to most significant, the last
    /// one shifted right to keep its top bits.
    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        if k == 0 {
            return BigInt::from(0);
        }
        if k <= 32 {
            return BigInt::from(self.genrand_uint32() >> (32 - k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_uint32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(out))
    }
}

/// `n` bytes of OS entropy (getrandom(2) through /dev/urandom), or None when unavailable.
pub fn os_entropy(n: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    let mut f = std::fs::File::open("/dev/urandom").ok()?;
    f.read_exact(&mut buf).ok()?;
    Some(buf)
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_random");
    let doc = vm.new_str("Module implements the Mersenne Twister random number generator.");
    module_set(vm, &m, "__doc__", doc);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", random_new),
        ("random", random_random),
        ("seed", random_seed),
        ("getstate", random_getstate),
        ("setstate", random_setstate),
        ("getrandbits", random_getrandbits),
    ];
    // Layout::Native: CPython's random.py subclasses this class (`class Random(
    // _random.Random)`), its instances holding the generator state.
    let object = vm.types.object.clone();
    let cls = typeobj::new_type(
        &vm.types.type_,
        "Random",
        vec![object],
        Layout::Native,
        false,
    );
    if let Ok(mro) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = mro;
    }
    let module = vm.new_str("_random");
    typeobj::set_attr(vm, &cls, "__module__", module);
    typeobj::add_methods(vm, &cls, methods);
    let d = vm.new_str("Random() -> create a random number generator with its own internal state.");
    crate::objects::typeobj::set_attr(vm, &cls, "__doc__", d);
    module_set(vm, &m, "Random", Value::Obj(cls));
    let b = vm.new_builtin("_urandom", urandom);
    module_set(vm, &m, "_urandom", b);
    m
}

const WHAT: &str = "_random.Random";

/// `Random(x=None)`: CPython's generic new plus `random_init` (which seeds).
fn random_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    if args.pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let cls = cls.clone();
    let mut mt = Mt::new();
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    seed_mt(vm, &mut mt, &arg)?;
    Ok(vm.new_native(&cls, mt))
}

/// CPython's `random_seed`.
fn seed_mt(vm: &mut Vm, mt: &mut Mt, arg: &Value) -> PyResult<()> {
    if arg.is_none() {
        match os_entropy(N * 4) {
            Some(bytes) => {
                let key: Vec<u32> = bytes
                    .chunks_exact(4)
                    .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
                    .collect();
                mt.init_by_array(&key);
            }
            None => {
                // The worst entropy, as CPython's fallback: the time and the process id.
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0);
                let pid = std::process::id();
                mt.init_by_array(&[now as u32, (now >> 32) as u32, pid, 0, 0]);
            }
        }
        return Ok(());
    }
    let n: BigInt = match int::as_bigint(arg) {
        // Ints (bools too) by absolute value; anything else by its hash, as unsigned.
        Some(b) => b.abs(),
        None => {
            let h = vm.hash(arg)?;
            BigInt::from(h as u64)
        }
    };
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "seed")?;
    if args.pos.len() > 2 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("seed expected at most 1 argument, got {n}")));
    }
    let this = args.pos[0].clone();
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    // Hash (which may run Python code) before borrowing the state.
    let mut fresh = Mt::new();
    seed_mt(vm, &mut fresh, &arg)?;
    let mut mt = vm.native_mut::<Mt>(&this, WHAT)?;
    *mt = fresh;
    Ok(Value::None)
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_keywords(vm, &format!("Random.{name}"))?;
    if args.pos.len() > 1 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("Random.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "random")?;
    let x = vm.native_mut::<Mt>(&args.pos[0], WHAT)?.random();
    Ok(Value::Float(x))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "getrandbits")?;
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({n} given)"
        )));
    }
    let k = c_int(vm, &args.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let r = vm
        .native_mut::<Mt>(&args.pos[0], WHAT)?
        .getrandbits(k as u32);
    Ok(vm.new_int(r))
}

/// An argument converted as a C int (`_PyLong_AsInt`).
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if int::is_int(v) {
        return int::as_i64(v)
            .and_then(|i| i32::try_from(i).ok())
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"));
    }
    let i = vm.index_of(v)?;
    i32::try_from(i).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "getstate")?;
    let items: Vec<Value> = {
        let mt = vm.native_mut::<Mt>(&args.pos[0], WHAT)?;
        mt.state
            .iter()
            .map(|w| Value::Int(i64::from(*w)))
            .chain(std::iter::once(Value::Int(mt.index as i64)))
            .collect()
    };
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult {
    args.no_keywords(vm, "setstate")?;
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "Random.setstate() takes exactly one argument ({n} given)"
        )));
    }
    let Some(Payload::Tuple(items)) = args.pos[1].payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        // PyLong_AsUnsignedLong: ints only (no __index__), truncated to 32 bits.
        let Some(b) = int::as_bigint(v) else {
            return Err(vm.type_error("an integer is required"));
        };
        if b.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(u) = b.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        *w = u as u32;
    }
    let last = &items[N];
    let index = if int::is_int(last) {
        int::as_i64(last)
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?
    } else {
        vm.index_of(last)?
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = vm.native_mut::<Mt>(&args.pos[0], WHAT)?;
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::None)
}

/// `_urandom(n)`: n bytes of OS entropy, as `os.urandom`.
fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "urandom", 1, 1)?;
    let n = int::ssize_arg(vm, &args.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    match os_entropy(n as usize) {
        Some(b) => Ok(vm.new_bytes(b)),
        None => Err(vm.new_exception(&vm.exc.os_error.clone(), "cannot read from /dev/urandom")),
    }
}
