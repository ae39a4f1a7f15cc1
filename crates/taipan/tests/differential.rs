//! Runs every `tests/cases/**/NAME.py` through the built `taipan` and compares stdout, exit
//! status and the last stderr line with CPython 3.12's recorded expectations. Cases listed
//! in `tests/cases/KNOWN_FAILURES` may fail (they are reported); any other failure, or a
//! panic, fails the test. `TAIPAN_CASES=substr` runs a subset.

use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().map(|n| n != "__pycache__").unwrap_or(false) {
                collect(&p, out);
            }
        } else if p.extension().map(|e| e == "py").unwrap_or(false)
            && !p
                .file_name()
                .map(|n| n.to_string_lossy().starts_with('_'))
                .unwrap_or(true)
        {
            out.push(p);
        }
    }
}

fn run_case(bin: &str, case: &Path) -> Result<(), String> {
    let dir = case.parent().unwrap_or(Path::new("."));
    let name = case.file_name().unwrap_or_default();
    let mut cmd = Command::new(bin);
    cmd.arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON") && k != "PYTHONHASHSEED" && k != "PYTHONDONTWRITEBYTECODE" {
            cmd.env_remove(k);
        }
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run taipan: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("panicked at") {
        return Err(format!("PANIC\n{stderr}"));
    }
    let expected = std::fs::read_to_string(case.with_extension("out")).unwrap_or_default();
    let rc = out.status.code().unwrap_or(-1);
    let want_rc: i32 = std::fs::read_to_string(case.with_extension("rc"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = String::new();
    if stdout != expected {
        problems.push_str(&diff(&expected, &stdout));
    }
    if rc != want_rc {
        problems.push_str(&format!("exit status {rc}, expected {want_rc}\n"));
    }
    if want_rc != 0 {
        let want_err = std::fs::read_to_string(case.with_extension("err")).unwrap_or_default();
        let last = stderr
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if last.trim_end() != want_err.trim_end() {
            problems.push_str(&format!(
                "last stderr line {last:?}, expected {:?}\n",
                want_err.trim_end()
            ));
        }
    } else if rc != 0 {
        problems.push_str(&format!("stderr:\n{stderr}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A small line diff: the first differing line with context.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let i = e
        .iter()
        .zip(g.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(e.len().min(g.len()));
    let mut s = format!("stdout differs at line {}:\n", i + 1);
    for k in i.saturating_sub(2)..(i + 3).min(e.len().max(g.len())) {
        s.push_str(&format!(
            "  expected: {}\n  got:      {}\n",
            e.get(k).unwrap_or(&"<none>"),
            g.get(k).unwrap_or(&"<none>")
        ));
    }
    s
}

#[test]
fn differential_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let bin = env!("CARGO_BIN_EXE_taipan");
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    let filter = std::env::var("TAIPAN_CASES").unwrap_or_default();
    let known: Vec<String> = std::fs::read_to_string(root.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let (mut passed, mut failed, mut known_failed) = (0, Vec::new(), 0);
    let mut now_passing = Vec::new();
    for case in &cases {
        let rel = case
            .strip_prefix(&root)
            .unwrap_or(case)
            .to_string_lossy()
            .to_string();
        if !filter.is_empty() && !rel.contains(&filter) {
            continue;
        }
        let is_known = known.contains(&rel);
        match run_case(bin, case) {
            Ok(()) => {
                passed += 1;
                if is_known {
                    now_passing.push(rel);
                }
            }
            Err(msg) => {
                if is_known && !msg.starts_with("PANIC") {
                    known_failed += 1;
                } else {
                    eprintln!("FAIL {rel}\n{msg}");
                    failed.push(rel);
                }
            }
        }
    }
    for r in &now_passing {
        eprintln!("known failure now passes (remove it from KNOWN_FAILURES): {r}");
    }
    eprintln!(
        "differential: {passed} passed, {} failed, {known_failed} known failures",
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} differential cases failed: {:?}",
        failed.len(),
        failed
    );
}
