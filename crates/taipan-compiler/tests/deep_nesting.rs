//! Deeply nested source compiles as deep as CPython allows and fails past that with
//! RecursionError, without overflowing a thread with Rust's default 2 MiB stack.

use taipan_compiler::{compile_module, ErrorKind};

fn shapes(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("binop chain", format!("x = {}1", "1+".repeat(n))),
        ("unary chain", format!("x = {}1", "-".repeat(n))),
        ("not chain", format!("x = {}1", "not ".repeat(n))),
        ("attribute chain", format!("x = a{}", ".b".repeat(n))),
        ("subscript chain", format!("x = a{}", "[0]".repeat(n))),
        ("call chain", format!("x = f{}", "()".repeat(n))),
        (
            "ternary chain",
            format!("x = {}1", "1 if c else ".repeat(n)),
        ),
        ("lambda chain", format!("x = {}1", "lambda: ".repeat(n))),
        ("power chain", format!("x = {}2", "2**".repeat(n))),
    ]
}

fn compile_on_small_stack(src: String) -> Result<(), ErrorKind> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            compile_module(&src, "deep.py")
                .map(|_| ())
                .map_err(|e| e.kind)
        })
        .expect("spawn")
        .join()
        .expect("compiler thread panicked")
}

#[test]
fn nesting_cpython_accepts_compiles() {
    // CPython 3.12 compiles all of these at depth 2000 and gives up between 2500 and 3000
    // depending on the shape; Taipan's limit is 3000, so 2900 exercises its deepest frames.
    for (what, src) in shapes(2000).into_iter().chain(shapes(2900)) {
        assert_eq!(compile_on_small_stack(src), Ok(()), "{what}");
    }
}

#[test]
fn nesting_past_the_limit_is_recursion_error() {
    for (what, src) in shapes(200_000) {
        assert_eq!(
            compile_on_small_stack(src),
            Err(ErrorKind::RecursionError),
            "{what}"
        );
    }
}
