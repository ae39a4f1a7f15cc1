//! Snapshot tests: `tests/snapshots/dis/NAME.py` → `NAME.dis` (the `taipan -m dis`
//! output) and `tests/snapshots/errors/NAME.py` → `NAME.stderr` (everything the program
//! writes to stderr, plus its exit status). A missing or different snapshot fails the test
//! with the new text; `TAIPAN_BLESS=1` writes the new snapshots instead. Review the diff of
//! blessed files before committing them. The error snapshots were first produced by
//! CPython 3.12 (`tests/snapshots/errors/regen.sh`), so they pin CPython's exact text.

use std::path::{Path, PathBuf};
use std::process::Command;

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn check(kind: &str, ext: &str, render: impl Fn(&Path) -> String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/snapshots")
        .join(kind);
    let bless = std::env::var_os("TAIPAN_BLESS").is_some();
    let mut failures = Vec::new();
    let all = cases(&dir);
    assert!(!all.is_empty(), "no snapshot inputs in {}", dir.display());
    for case in all {
        let got = render(&case);
        let snap = case.with_extension(ext);
        let want = std::fs::read_to_string(&snap).ok();
        if want.as_deref() == Some(got.as_str()) {
            continue;
        }
        if bless {
            std::fs::write(&snap, &got).expect("write snapshot");
        } else {
            failures.push(format!("--- {} (new output below)\n{got}", snap.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ (TAIPAN_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

fn taipan(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1");
    cmd.output().expect("run taipan")
}

#[test]
fn dis_snapshots() {
    check("dis", "dis", |case| {
        let name = case
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let out = taipan(
            case.parent().unwrap_or(Path::new(".")),
            &["-m", "dis", &name],
        );
        assert!(
            out.status.success(),
            "dis failed for {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    });
}

#[test]
fn error_snapshots() {
    check("errors", "stderr", |case| {
        let name = case
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let dir = case.parent().unwrap_or(Path::new("."));
        let out = taipan(dir, &[&name]);
        // Tracebacks name the script by absolute path; the snapshot must not depend on
        // where the repository is checked out.
        let prefix = format!(
            "{}/",
            dir.canonicalize().unwrap_or(dir.to_path_buf()).display()
        );
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
        format!(
            "{stderr}[exit status {}]\n",
            out.status.code().unwrap_or(-1)
        )
    });
}
