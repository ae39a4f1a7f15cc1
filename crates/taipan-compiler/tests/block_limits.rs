//! CPython allows 20 statically nested blocks per code object; the 21st is a SyntaxError
//! "too many statically nested blocks". Expected lines come from CPython 3.12's compile().

use taipan_compiler::compile_module;

fn nested(kind: &str, n: usize) -> String {
    let mut lines = Vec::new();
    for i in 0..n {
        let ind = " ".repeat(i);
        lines.push(match kind {
            "for" => format!("{ind}for x{i} in []:"),
            "while" => format!("{ind}while False:"),
            "with" => format!("{ind}with c:"),
            _ => format!("{ind}try:"),
        });
    }
    lines.push(format!("{}pass", " ".repeat(n)));
    if kind == "try" {
        for i in (0..n).rev() {
            lines.push(format!("{}except E:", " ".repeat(i)));
            lines.push(format!("{} pass", " ".repeat(i)));
        }
    }
    lines.join("\n") + "\n"
}

/// None when it compiles, else the error's line.
fn error_line(src: &str) -> Option<u32> {
    match compile_module(src, "x.py") {
        Ok(_) => None,
        Err(e) => {
            assert_eq!(e.msg, "too many statically nested blocks");
            Some(e.line)
        }
    }
}

#[test]
fn twenty_blocks_compile_twenty_one_do_not() {
    for kind in ["for", "while", "with"] {
        assert_eq!(error_line(&nested(kind, 20)), None, "{kind} 20");
        assert_eq!(error_line(&nested(kind, 21)), Some(21), "{kind} 21");
    }
    assert_eq!(error_line(&nested("try", 21)), Some(21));
}

#[test]
fn an_except_body_counts_twice() {
    // The innermost handler sits in 19 try bodies and needs two more blocks.
    assert_eq!(error_line(&nested("try", 20)), Some(22));
    let mut src = String::from("try:\n pass\nexcept E:\n");
    for i in 0..19 {
        src.push_str(&format!("{}for x in []:\n", " ".repeat(i + 1)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(20)));
    assert_eq!(error_line(&src), Some(22));
}
