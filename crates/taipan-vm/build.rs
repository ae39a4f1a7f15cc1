//! Freezes Taipan's own pure-Python library (`lib/` at the workspace root): every module is
//! compiled to bytecode here, at build time, and embedded in the binary (DESIGN.md,
//! "Standard library"), so a single `taipan` file needs nothing installed beside it.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    // Sorted, so the generated table (and the binary) does not depend on directory order.
    entries.sort();
    for p in entries {
        let Some(name) = p.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            continue;
        };
        if p.is_dir() {
            if p.join("__init__.py").is_file() {
                collect(&p, &format!("{prefix}{name}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem == "__init__" {
                out.push((prefix.trim_end_matches('.').to_string(), true, p));
            } else {
                out.push((format!("{prefix}{stem}"), false, p));
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let lib = manifest.join("../../lib");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    if lib.is_dir() {
        collect(&lib, "", &mut modules);
    }
    let mut table = String::from("pub static FROZEN: &[(&str, bool, &[u8])] = &[\n");
    for (name, is_pkg, path) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read(path).expect("read lib module");
        let code = taipan_compiler::compile_bytes(&source, &format!("<frozen {name}>"))
            .unwrap_or_else(|e| {
                panic!(
                    "{}:{}:{}: {}: {}",
                    path.display(),
                    e.line,
                    e.col,
                    e.type_name(),
                    e.msg
                )
            });
        let bin = out_dir.join(format!("{name}.frozen"));
        std::fs::write(&bin, taipan_bytecode::marshal::dumps(&code)).expect("write frozen");
        let _ = writeln!(
            table,
            "    ({name:?}, {is_pkg}, include_bytes!({:?})),",
            bin.display().to_string()
        );
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("frozen.rs"), table).expect("write frozen.rs");
}
