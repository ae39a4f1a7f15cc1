//! Marshal round trips, determinism, and robustness against damaged bytes: a truncated or
//! corrupted code object is an error (never a panic) and anything accepted passes the
//! verifier the interpreter relies on.

use taipan_bytecode::{marshal, pyc, verify};

const SOURCE: &str = r#"
import sys
def f(a, b=2, *args, k=3, **kw):
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
"#;

fn code() -> taipan_bytecode::CodeObject {
    taipan_compiler::compile_module(SOURCE, "t.py").expect("compiles")
}

#[test]
fn round_trip_is_exact_and_deterministic() {
    let c = code();
    let a = marshal::dumps(&c);
    let b = marshal::dumps(&taipan_compiler::compile_module(SOURCE, "t.py").expect("compiles"));
    assert_eq!(a, b, "same source must give byte-identical output");
    let back = marshal::loads(&a).expect("loads");
    assert_eq!(back, c);
    assert_eq!(verify::stack_depth(&back), Ok(back.stacksize));
}

#[test]
fn every_truncation_is_an_error() {
    let data = pyc::encode(&code(), pyc::Validation::Timestamp { mtime: 1, size: 2 });
    for cut in 0..data.len() {
        assert!(
            pyc::decode(&data[..cut]).is_err(),
            "truncated at {cut} was accepted"
        );
    }
    assert!(pyc::decode(&data).is_ok());
}

#[test]
fn corrupted_bytes_never_panic() {
    let data = marshal::dumps(&code());
    for i in 0..data.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut d = data.clone();
            d[i] ^= flip;
            if let Ok(c) = marshal::loads(&d) {
                assert!(
                    verify::stack_depth(&c).is_ok(),
                    "accepted code that fails verification (byte {i})"
                );
            }
        }
    }
}
