//! Deterministic fuzzing of the `.pyc` loading path: real compiled modules are serialised,
//! damaged in many ways (byte flips, truncation, insertion, duplicated ranges, huge length
//! fields, and structural edits to the code object that are re-marshalled), and fed to
//! `pyc::decode` / `marshal::loads`. Whatever loads is also run through the verifier and the
//! disassembler. The contract: a bad file is an error, never a panic, a hang or an abort.
//!
//! A failure prints the seed, iteration and mutation so it can be replayed with
//! `replay(seed, iteration)`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};
use taipan_bytecode::code::{flags, Locations};
use taipan_bytecode::opcodes::{decode, encode, Opcode, MAX_OPERAND};
use taipan_bytecode::{dis, marshal, pyc, verify, CodeObject, Const, ExceptionEntry};

const SNIPPETS: &[&str] = &[
    r#"
import sys
def f(a, b=2, /, c=3, *args, k=3, **kw):
    try:
        return [x * a for x in range(b) if x] + list(args)
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    finally:
        pass
class C(object):
    def m(self):
        return super().__repr__()
g = (i for i in {1: 2} if i)
with open("x") if False else sys as s:
    print(f"{s!r:>10} {1.5:.2f}", 10**30, -0.0, b"x", (1, "a", None))
"#,
    r#"
def outer(n):
    total = 0
    def inner(m):
        nonlocal total
        total += m
        return lambda: total + n
    for i in range(n):
        if i in {1, 2, 3} or i not in (4, 5):
            inner(i)
        elif i:
            continue
        else:
            break
    while total > 100:
        total //= 2
    a, *b, c = [1, 2, 3, 4]
    d = {k: v for k, v in zip("ab", b)}
    s = {x for x in b}
    return total, d, s, a, c, 123456789012345678901234567890, -98765432109876543210
"#,
    r#"
def gen(xs):
    for x in xs:
        try:
            got = yield x
        except GeneratorExit:
            raise
        except Exception as e:
            yield from [e]
        else:
            yield got
class K:
    """doc"""
    x: int = 3
    def __init__(self, *a, **k):
        self.a = a[1:2:3]
        del self.a
    @property
    def p(self):
        assert self, "msg"
        return not -+~1
print(*gen(range(3)), sep=", ", **{"end": "\n"})
"#,
    r#"
from os import path as p, sep
import collections.abc
x = 1.5e300 * 2 if p else 0.25
y = [1, 2, 3][::-1]
z = (((1, 2), (3, (4, 5))), frozenset(), b"\x00\xff", ..., None, True, False)
try:
    pass
finally:
    try:
        raise KeyError
    except KeyError if False else Exception:
        pass
def kw(*, a, b=1): return a is b, a is not b, a < b <= 3 != 4
"#,
];

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn u32(&mut self) -> u32 {
        self.next() as u32
    }
    /// A value likely to hit a boundary.
    fn interesting_u32(&mut self, near: u32) -> u32 {
        const VALS: [u32; 12] = [
            0,
            1,
            2,
            3,
            0x7f,
            0xff,
            0xffff,
            MAX_OPERAND,
            1 << 24,
            0x7fff_ffff,
            0x8000_0000,
            u32::MAX,
        ];
        match self.below(4) {
            0 => VALS[self.below(VALS.len())],
            1 => near.wrapping_add(self.below(5) as u32).wrapping_sub(2),
            2 => self.u32() >> self.below(32),
            _ => self.u32(),
        }
    }
}

fn modules() -> Vec<CodeObject> {
    SNIPPETS
        .iter()
        .map(|s| taipan_compiler::compile_module(s, "fuzz.py").expect("snippet compiles"))
        .collect()
}

/// Every code object in `c` (depth first), so structural mutations can target nested ones.
fn count_codes(c: &CodeObject) -> usize {
    1 + c
        .consts
        .iter()
        .map(|k| match k {
            Const::Code(inner) => count_codes(inner),
            _ => 0,
        })
        .sum::<usize>()
}

/// Applies `f` to the `idx`-th code object of `c` (depth-first order).
fn with_code(c: &mut CodeObject, idx: &mut usize, f: &mut dyn FnMut(&mut CodeObject)) -> bool {
    if *idx == 0 {
        f(c);
        return true;
    }
    *idx -= 1;
    for k in c.consts.iter_mut() {
        if let Const::Code(inner) = k {
            let mut copy = (**inner).clone();
            if with_code(&mut copy, idx, f) {
                *inner = std::rc::Rc::new(copy);
                return true;
            }
        }
    }
    false
}

/// One random structural edit to a code object.
fn mutate_code(rng: &mut Rng, c: &mut CodeObject) {
    let n = c.code.len() as u32;
    match rng.below(14) {
        0..=2 => {
            // Change one instruction's operand.
            if !c.code.is_empty() {
                let i = rng.below(c.code.len());
                let (b, arg) = decode(c.code[i]);
                let arg = rng.interesting_u32(arg) & MAX_OPERAND;
                c.code[i] = u32::from(b) | (arg << 8);
            }
        }
        3 | 4 => {
            // Replace one instruction by a random valid opcode with a plausible operand.
            if !c.code.is_empty() {
                let i = rng.below(c.code.len());
                let op = Opcode::ALL[rng.below(Opcode::ALL.len())];
                let near = rng.below(4) as u32;
                let arg = rng.interesting_u32(near) & MAX_OPERAND;
                c.code[i] = encode(op, arg);
            }
        }
        5 => {
            // Insert an instruction (locations stay in step so the file is well formed).
            let i = rng.below(c.code.len() + 1);
            let op = Opcode::ALL[rng.below(Opcode::ALL.len())];
            let arg = rng.interesting_u32(n) & MAX_OPERAND;
            c.code.insert(i, encode(op, arg));
            let mut locs = c.locations.as_slice().to_vec();
            locs.insert(i.min(locs.len()), Default::default());
            c.locations = Locations::new(c.firstlineno, locs);
        }
        6 => {
            // Remove an instruction.
            if !c.code.is_empty() {
                let i = rng.below(c.code.len());
                c.code.remove(i);
                if i < c.locations.len() {
                    let mut locs = c.locations.as_slice().to_vec();
                    locs.remove(i);
                    c.locations = Locations::new(c.firstlineno, locs);
                }
            }
        }
        7 | 8 => {
            // Damage or add an exception-table entry.
            let e = ExceptionEntry {
                start: rng.interesting_u32(0),
                end: rng.interesting_u32(n),
                target: rng.interesting_u32(n / 2),
                depth: rng.interesting_u32(1),
            };
            if c.exception_table.is_empty() || rng.below(2) == 0 {
                c.exception_table.push(e);
            } else {
                let i = rng.below(c.exception_table.len());
                let old = &mut c.exception_table[i];
                match rng.below(4) {
                    0 => old.start = e.start,
                    1 => old.end = e.end,
                    2 => old.target = e.target,
                    _ => old.depth = e.depth,
                }
            }
        }
        9 => {
            // Argument counts and flags.
            let v = rng.interesting_u32(c.argcount);
            match rng.below(5) {
                0 => c.argcount = v,
                1 => c.posonlyargcount = v,
                2 => c.kwonlyargcount = v,
                3 => {
                    c.flags ^= [flags::VARARGS, flags::VARKEYWORDS, flags::GENERATOR][rng.below(3)]
                }
                _ => c.flags = v,
            }
        }
        10 => {
            // cell2arg / cells / free variables.
            match rng.below(4) {
                0 => c.cell2arg.push(Some(rng.interesting_u32(0))),
                1 => {
                    if !c.cell2arg.is_empty() {
                        let i = rng.below(c.cell2arg.len());
                        c.cell2arg[i] = Some(rng.interesting_u32(c.argcount));
                    }
                }
                2 => {
                    c.cellvars.push("cv".into());
                    c.cell2arg.push(None);
                }
                _ => c.freevars.push("fv".into()),
            }
        }
        11 => {
            // Drop names, varnames or consts so operands dangle.
            match rng.below(3) {
                0 => {
                    c.names.pop();
                }
                1 => {
                    c.varnames.pop();
                }
                _ => {
                    c.consts.pop();
                }
            }
        }
        12 => {
            // Constants: nesting and a complex number.
            let k = match rng.below(3) {
                0 => Const::Complex(1.0, 2.0),
                1 => Const::Tuple(vec![Const::Complex(0.0, 1.0), Const::None].into()),
                _ => Const::FrozenSet(vec![Const::Int(1)].into()),
            };
            if c.consts.is_empty() {
                c.consts.push(k);
            } else {
                let i = rng.below(c.consts.len());
                c.consts[i] = k;
            }
        }
        _ => c.stacksize = rng.interesting_u32(c.stacksize),
    }
}

/// A structural edit somewhere in the module, then the stack size fixed up when the
/// verifier can compute one, so the mutated code reaches the deeper checks.
fn structural(rng: &mut Rng, module: &CodeObject) -> Vec<u8> {
    let mut m = module.clone();
    for _ in 0..1 + rng.below(3) {
        let mut idx = rng.below(count_codes(&m));
        with_code(&mut m, &mut idx, &mut |c| {
            mutate_code(rng, c);
            if rng.below(4) != 0 {
                if let Ok(d) = verify::stack_depth(c) {
                    c.stacksize = d;
                }
            }
        });
    }
    marshal::dumps(&m)
}

/// One random byte-level edit.
fn mutate_bytes(rng: &mut Rng, d: &mut Vec<u8>) {
    let len = d.len();
    match rng.below(9) {
        0 | 1 => {
            if len > 0 {
                let i = rng.below(len);
                d[i] ^= 1 << rng.below(8);
            }
        }
        2 => {
            if len > 0 {
                let i = rng.below(len);
                d[i] = rng.next() as u8;
            }
        }
        3 => d.truncate(rng.below(len + 1)),
        4 => {
            let i = rng.below(len + 1);
            let k = 1 + rng.below(8);
            for _ in 0..k {
                d.insert(i, rng.next() as u8);
            }
        }
        5 => {
            // Duplicate a range somewhere else.
            if len > 0 {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let chunk = d[a..b].to_vec();
                let at = rng.below(len + 1);
                d.splice(at..at, chunk);
            }
        }
        6 => {
            // Delete a range.
            if len > 0 {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(16)).min(len);
                d.drain(a..b);
            }
        }
        _ => {
            // Overwrite a u32 (likely a length or count field) with a boundary value.
            if len >= 4 {
                let i = rng.below(len - 3);
                let old = u32::from_le_bytes([d[i], d[i + 1], d[i + 2], d[i + 3]]);
                let v = rng.interesting_u32(old);
                d[i..i + 4].copy_from_slice(&v.to_le_bytes());
            }
        }
    }
}

/// The loading path the runner uses, plus what is done with an accepted code object.
fn exercise_body(body: &[u8]) -> bool {
    let Ok(c) = marshal::loads(body) else {
        return false;
    };
    {
        assert_eq!(
            verify::stack_depth(&c),
            Ok(c.stacksize),
            "accepted code object fails the verifier"
        );
        let _ = dis::disassemble(&c);
        // What loads re-marshals and loads again.
        let again = marshal::dumps(&c);
        assert!(
            marshal::loads(&again).is_ok(),
            "re-marshalled code rejected"
        );
    }
    true
}

fn exercise_pyc(file: &[u8]) {
    if let Ok((_, c)) = pyc::decode(file) {
        let _ = dis::disassemble(&c);
    }
}

/// Builds one damaged file from `(seed, iteration)` and runs the loading path on it; the
/// mutation itself (which calls the verifier on edited code objects) is inside the
/// `catch_unwind` too.
fn run_case(seed: u64, iteration: u64, modules: &[CodeObject]) -> Result<bool, String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| case(seed, iteration, modules)));
    outcome.map_err(|e| {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("seed {seed:#x} iteration {iteration}: panic: {msg}")
    })
}

fn case(seed: u64, iteration: u64, modules: &[CodeObject]) -> bool {
    let mut rng = Rng::new(seed ^ iteration.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    let module = &modules[rng.below(modules.len())];
    let structural_first = rng.below(2) == 0;
    let mut body = if structural_first {
        structural(&mut rng, module)
    } else {
        marshal::dumps(module)
    };
    let rounds = if structural_first {
        rng.below(2)
    } else {
        1 + rng.below(4)
    };
    for _ in 0..rounds {
        mutate_bytes(&mut rng, &mut body);
    }
    let validation = match rng.below(3) {
        0 => pyc::Validation::Timestamp {
            mtime: rng.u32(),
            size: rng.u32(),
        },
        1 => pyc::Validation::CheckedHash(rng.next().to_le_bytes()),
        _ => pyc::Validation::UncheckedHash(rng.next().to_le_bytes()),
    };
    let mut file = pyc::encode(module, validation);
    file.truncate(pyc::HEADER_LEN);
    file.extend_from_slice(&body);
    if rng.below(8) == 0 {
        // Damage the header too.
        let i = rng.below(pyc::HEADER_LEN);
        file[i] ^= 1 << rng.below(8);
    }
    // A valid trailer over the damaged bytes, so the body still reaches the unmarshaller
    // (the damage models a bug in the writer, not a flipped bit on disk); sometimes not.
    if rng.below(8) == 0 {
        file.extend_from_slice(&rng.next().to_le_bytes());
    } else {
        pyc::seal(&mut file);
    }
    let accepted = exercise_body(&body);
    exercise_pyc(&file);
    accepted
}

const SEED: u64 = 0x007a_19a4_2024;
const ITERATIONS: u64 = 4000;

/// `TAIPAN_FUZZ_SEED` / `TAIPAN_FUZZ_ITERATIONS` override the defaults for a longer run.
fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| {
            let v = v.trim();
            match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => v.parse().ok(),
            }
        })
        .unwrap_or(default)
}

#[test]
fn mutated_pyc_files_never_panic() {
    let modules = modules();
    let seed = env_u64("TAIPAN_FUZZ_SEED", SEED);
    let iterations = env_u64("TAIPAN_FUZZ_ITERATIONS", ITERATIONS);
    let start = Instant::now();
    let mut failures = Vec::new();
    let mut accepted = 0;
    for it in 0..iterations {
        match run_case(seed, it, &modules) {
            Ok(ok) => accepted += u64::from(ok),
            Err(e) => failures.push(e),
        }
    }
    assert!(
        failures.is_empty(),
        "{} panics, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
    // The mutations must not be so destructive that nothing gets past the reader: a fair
    // share of the cases has to reach the verifier and the disassembler.
    assert!(
        accepted * 20 > iterations,
        "only {accepted} of {iterations} mutated files loaded"
    );
    eprintln!("{accepted} of {iterations} mutated files loaded");
    // Generous bound: catches a hang-like slowdown without flaking on a slow machine.
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "fuzzing took {:?}",
        start.elapsed()
    );
}

/// Replays one failing case from the message of `mutated_pyc_files_never_panic`.
#[allow(dead_code)]
fn replay(seed: u64, iteration: u64) {
    run_case(seed, iteration, &modules()).unwrap();
}

// ---- hand-written hostile inputs -------------------------------------------------------

fn minimal(code: Vec<u32>) -> CodeObject {
    let mut c = taipan_compiler::compile_module("pass", "m.py").expect("compiles");
    let n = code.len();
    c.code = code;
    c.locations = Locations::new(c.firstlineno, vec![Default::default(); n]);
    c.exception_table.clear();
    c
}

fn no_panic(what: &str, f: impl FnOnce()) {
    let r = catch_unwind(AssertUnwindSafe(f));
    assert!(r.is_ok(), "{what} panicked");
}

#[test]
fn deeply_nested_constants_are_rejected() {
    // Tuples nested far beyond the limit: the reader must stop, not overflow the stack.
    let mut body = marshal::dumps(&minimal(vec![encode(Opcode::ReturnConst, 0)]));
    // Find the consts count (1 const: None) and splice a deep tuple in front of `N`.
    // (The count is a one-byte varint.)
    let pos = body
        .windows(2)
        .position(|w| w == [1, b'N'])
        .expect("consts of the minimal module");
    let mut deep = Vec::new();
    for _ in 0..100_000 {
        deep.push(b'(');
        deep.push(1);
    }
    // The outer tuple replaces the None constant, which becomes the innermost item.
    body.splice(pos + 1..pos + 1, deep);
    no_panic("deep tuples", || {
        assert!(marshal::loads(&body).is_err());
    });

    // Code objects nested in code objects: each level is a full `c` record.
    let c = nested_code(1000);
    let body = marshal::dumps(&c);
    no_panic("deep code objects", || {
        assert!(marshal::loads(&body).is_err());
        let _ = dis::disassemble(&c);
    });
}

/// `levels` code objects, each holding the next as a constant.
fn nested_code(levels: usize) -> CodeObject {
    let leaf = minimal(vec![encode(Opcode::ReturnConst, 0)]);
    let mut c = leaf.clone();
    for _ in 0..levels {
        let mut outer = leaf.clone();
        outer.consts = vec![Const::None, Const::Code(std::rc::Rc::new(c))];
        c = outer;
    }
    c
}

#[test]
fn nesting_at_the_limit_loads_on_a_small_stack() {
    // 199 levels of code objects (the limit is 200) must load, verify and disassemble
    // without exhausting a 2 MiB thread stack, even in a debug build.
    let c = nested_code(199);
    let body = marshal::dumps(&c);
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let back = marshal::loads(&body).expect("199 levels load");
            let _ = dis::disassemble(&back);
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

#[test]
fn huge_stack_effects_do_not_overflow() {
    // Each UNPACK_SEQUENCE 0xffffff adds ~2^24 to the depth: 300 of them pass u32::MAX.
    let mut code = vec![encode(Opcode::LoadConst, 0)];
    code.extend(std::iter::repeat_n(
        encode(Opcode::UnpackSequence, MAX_OPERAND),
        300,
    ));
    code.push(encode(Opcode::ReturnValue, 0));
    let c = minimal(code);
    no_panic("unpack overflow", || {
        assert!(verify::stack_depth(&c).is_err());
        let mut c2 = c.clone();
        c2.stacksize = 0;
        assert!(marshal::loads(&marshal::dumps(&c2)).is_err());
    });
}

#[test]
fn hostile_exception_tables_and_counts() {
    let base = minimal(vec![encode(Opcode::Nop, 0), encode(Opcode::ReturnConst, 0)]);
    let entries = [
        ExceptionEntry {
            start: 0,
            end: 2,
            target: 1,
            depth: u32::MAX,
        },
        ExceptionEntry {
            start: 0,
            end: u32::MAX,
            target: 1,
            depth: 0,
        },
        ExceptionEntry {
            start: u32::MAX,
            end: 0,
            target: 1,
            depth: 0,
        },
        ExceptionEntry {
            start: 0,
            end: 1,
            target: u32::MAX,
            depth: 0,
        },
        ExceptionEntry {
            start: 5,
            end: 9,
            target: 0,
            depth: 0,
        },
    ];
    for e in entries {
        let mut c = base.clone();
        c.exception_table = vec![e];
        no_panic(&format!("{e:?}"), || {
            let _ = verify::stack_depth(&c);
            let _ = marshal::validate(&c);
            let _ = dis::disassemble(&c);
            let _ = marshal::loads(&marshal::dumps(&c));
        });
    }
    for (a, p, k) in [
        (u32::MAX, 0, 1),
        (u32::MAX, u32::MAX, u32::MAX),
        (1, 2, 0),
        (0, 0, u32::MAX),
    ] {
        let mut c = base.clone();
        c.argcount = a;
        c.posonlyargcount = p;
        c.kwonlyargcount = k;
        no_panic("argument counts", || {
            assert!(marshal::validate(&c).is_err());
            assert!(marshal::loads(&marshal::dumps(&c)).is_err());
        });
    }
}

#[test]
fn many_wide_exception_entries_are_fast() {
    // m entries each covering all n instructions: checking them must not take n*m steps.
    let n = 200_000;
    let m = 200_000;
    let mut code = vec![encode(Opcode::Nop, 0); n - 2];
    code.push(encode(Opcode::ReturnConst, 0));
    code.push(encode(Opcode::Reraise, 0));
    let mut c = minimal(code);
    c.exception_table = (0..m)
        .map(|_| ExceptionEntry {
            start: 0,
            end: (n - 1) as u32,
            target: (n - 1) as u32,
            depth: 0,
        })
        .collect();
    c.stacksize = verify::stack_depth(&c).expect("valid");
    loads_quickly(&c);
}

/// `c` round-trips through marshal, and loading it (with its checks) takes under 5 s.
fn loads_quickly(c: &CodeObject) {
    let body = marshal::dumps(c);
    let start = Instant::now();
    assert!(marshal::loads(&body).is_ok());
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn huge_length_prefixes_do_not_allocate() {
    // Every u32 in a real file replaced by u32::MAX, one at a time.
    for module in modules() {
        let body = marshal::dumps(&module);
        for i in 0..body.len().saturating_sub(3) {
            let mut d = body.clone();
            d[i..i + 4].copy_from_slice(&u32::MAX.to_le_bytes());
            no_panic(&format!("u32::MAX at {i}"), || {
                exercise_body(&d);
            });
        }
    }
}

#[test]
fn big_constants_used_many_times_are_cheap() {
    // 100k LOAD_CONSTs of a 100k-item tuple: validation looks at each constant once.
    let n = 100_000;
    let mut code = Vec::with_capacity(2 * n + 1);
    for _ in 0..n {
        code.push(encode(Opcode::LoadConst, 1));
        code.push(encode(Opcode::PopTop, 0));
    }
    code.push(encode(Opcode::ReturnConst, 0));
    let mut c = minimal(code);
    let big: Vec<Const> = (0..n as i64).map(Const::Int).collect();
    c.consts = vec![Const::None, Const::Tuple(big.into())];
    c.stacksize = verify::stack_depth(&c).expect("valid");
    loads_quickly(&c);

    // A million-bit integer: dis must not spend minutes converting it to decimal, once
    // per instruction that loads it.
    let huge = num_bigint::BigInt::from(1) << 1_000_000u32;
    let mut c = minimal(vec![
        encode(Opcode::LoadConst, 1),
        encode(Opcode::LoadConst, 1),
        encode(Opcode::ReturnValue, 0),
    ]);
    c.consts = vec![Const::None, Const::BigInt(huge)];
    c.stacksize = verify::stack_depth(&c).expect("valid");
    let back = marshal::loads(&marshal::dumps(&c)).expect("loads");
    let start = Instant::now();
    let text = dis::disassemble(&back);
    assert!(text.contains("<int of 1000001 bits>"), "{text}");
    assert!(start.elapsed() < Duration::from_secs(5));
    // Ordinary big integers still print in full.
    assert_eq!(
        dis::const_repr(&Const::BigInt(num_bigint::BigInt::from(10).pow(30))),
        "1000000000000000000000000000000"
    );
}
