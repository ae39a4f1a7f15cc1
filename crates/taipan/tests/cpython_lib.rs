//! Issue 7's compatibility check: with CPython 3.12's own Lib directory on PYTHONPATH,
//! its pure-Python modules import (ahead of Taipan's frozen copies, as sys.path puts
//! PYTHONPATH before the frozen library) and work. Each program in tests/cpython_lib/
//! runs under Taipan and CPython 3.12 with that PYTHONPATH and the outputs must match.
//! Skipped, with a message, when CPython 3.12 is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cpython() -> Option<(PathBuf, PathBuf)> {
    let ask = |cmd: &mut Command| -> Option<String> {
        let out = cmd
            .args([
                "-c",
                "import sys, sysconfig; assert sys.version_info[:2] == (3, 12); \
                 print(sys.executable); print(sysconfig.get_paths()['stdlib'])",
            ])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let text = ask(Command::new("python3").env("PYENV_VERSION", "3.12.1")).or_else(|| {
        let home = std::env::var("HOME").ok()?;
        ask(&mut Command::new(format!(
            "{home}/.pyenv/versions/3.12.1/bin/python3"
        )))
    })?;
    let mut lines = text.lines();
    let exe = PathBuf::from(lines.next()?);
    let lib = PathBuf::from(lines.next()?);
    lib.join("colorsys.py").is_file().then_some((exe, lib))
}

fn run(exe: &str, script: &Path, lib: &Path) -> Output {
    let mut cmd = Command::new(exe);
    cmd.arg(script)
        .env("PYTHONPATH", lib)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON")
            && !matches!(k.as_str(), "PYTHONHASHSEED" | "PYTHONDONTWRITEBYTECODE")
        {
            cmd.env_remove(k);
        }
    }
    cmd.output().expect("cannot run interpreter")
}

#[test]
fn cpython_pure_python_modules() {
    let Some((exe, lib)) = cpython() else {
        eprintln!("cpython_lib: CPython 3.12 with its Lib not found; skipped");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cpython_lib");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cpython_lib")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    let mut failed = Vec::new();
    for s in &scripts {
        let want = run(&exe.to_string_lossy(), s, &lib);
        let got = run(env!("CARGO_BIN_EXE_taipan"), s, &lib);
        if want.stdout != got.stdout || want.status.code() != got.status.code() {
            eprintln!(
                "FAIL {}\n--- CPython\n{}--- Taipan\n{}{}",
                s.display(),
                String::from_utf8_lossy(&want.stdout),
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&got.stderr)
            );
            failed.push(s.clone());
        }
    }
    eprintln!(
        "cpython_lib: {} of {} programs match",
        scripts.len() - failed.len(),
        scripts.len()
    );
    assert!(failed.is_empty(), "{failed:?}");
}
