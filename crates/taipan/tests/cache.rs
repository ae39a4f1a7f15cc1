//! The bytecode cache's happy path and its guard rails: the main script and imported
//! modules are written to `__pycache__/NAME.taipan-312.pyc` and loaded on the next run;
//! -B / PYTHONDONTWRITEBYTECODE stop the writing; damaged files are recompiled.
//! The development machines export PYTHONDONTWRITEBYTECODE=1, so every run here sets the
//! environment explicitly.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

fn run(dir: &Path, args: &[&str], write_bytecode: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX");
    if !write_bytecode {
        cmd.env("PYTHONDONTWRITEBYTECODE", "1");
    }
    cmd.output().expect("run taipan")
}

fn out(o: &Output) -> String {
    assert!(
        o.status.success(),
        "taipan failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A time well in the past, so the source is not "just written".
fn set_old_mtime(path: &Path) {
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open");
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000))
        .expect("set mtime");
}

fn project(name: &str) -> PathBuf {
    let d = tmpdir(name);
    std::fs::write(
        d.join("main.py"),
        "import helper\nprint('main', helper.greet())\n",
    )
    .unwrap();
    std::fs::write(d.join("helper.py"), "def greet():\n    return 'hello'\n").unwrap();
    set_old_mtime(&d.join("main.py"));
    set_old_mtime(&d.join("helper.py"));
    d
}

#[test]
fn main_script_and_imports_are_cached() {
    let d = project("write");
    assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
    for name in ["main", "helper"] {
        let pyc = d.join(format!("__pycache__/{name}.taipan-312.pyc"));
        let data = std::fs::read(&pyc).unwrap_or_else(|_| panic!("{} missing", pyc.display()));
        assert_eq!(&data[2..4], b"\r\n", "magic ends in CRLF");
        assert_eq!(&data[4..8], &[0, 0, 0, 0], "timestamp mode");
        let size = std::fs::metadata(d.join(format!("{name}.py")))
            .unwrap()
            .len() as u32;
        assert_eq!(
            u32::from_le_bytes([data[12], data[13], data[14], data[15]]),
            size
        );
    }
}

#[test]
fn second_run_loads_the_cache_instead_of_compiling() {
    let d = project("load");
    assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
    // Same size, same (old) mtime, different text: only a loaded cache prints 'hello'.
    std::fs::write(d.join("helper.py"), "def greet():\n    return 'HELLO'\n").unwrap();
    set_old_mtime(&d.join("helper.py"));
    assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
    // A real edit (new size) is noticed, recompiled and rewritten.
    std::fs::write(d.join("helper.py"), "def greet():\n    return 'changed!'\n").unwrap();
    assert_eq!(out(&run(&d, &["main.py"], true)), "main changed!\n");
    assert_eq!(out(&run(&d, &["main.py"], false)), "main changed!\n");
}

#[test]
fn dont_write_bytecode_and_dash_b_write_nothing() {
    let d = project("nowrite");
    assert_eq!(out(&run(&d, &["main.py"], false)), "main hello\n");
    assert!(
        !d.join("__pycache__").exists(),
        "PYTHONDONTWRITEBYTECODE wrote a cache"
    );
    assert_eq!(out(&run(&d, &["-B", "main.py"], true)), "main hello\n");
    assert!(!d.join("__pycache__").exists(), "-B wrote a cache");
    let o = run(
        &d,
        &[
            "-c",
            "import sys; sys.dont_write_bytecode = True; import helper",
        ],
        true,
    );
    assert!(o.status.success());
    assert!(
        !d.join("__pycache__").exists(),
        "sys.dont_write_bytecode was ignored"
    );
}

#[test]
fn scripts_without_py_suffix_are_not_cached() {
    let d = tmpdir("bin");
    std::fs::write(d.join("tool"), "print('tool ran')\n").unwrap();
    assert_eq!(out(&run(&d, &["tool"], true)), "tool ran\n");
    assert!(!d.join("__pycache__").exists());
}

#[test]
fn damaged_cache_files_are_recompiled() {
    let d = project("damaged");
    assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
    let pyc = d.join("__pycache__/helper.taipan-312.pyc");
    let good = std::fs::read(&pyc).unwrap();
    let damages: Vec<Vec<u8>> = vec![
        vec![],
        good[..10].to_vec(),
        good[..good.len() / 2].to_vec(),
        {
            let mut b = good.clone();
            b[0] ^= 0xff;
            b
        },
        {
            let mut b = good.clone();
            for x in b.iter_mut().skip(16) {
                *x = 0x5a;
            }
            b
        },
    ];
    for bad in damages {
        std::fs::write(&pyc, &bad).unwrap();
        assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
        assert_eq!(
            std::fs::read(&pyc).unwrap(),
            good,
            "the damaged file was not rewritten"
        );
    }
}

#[test]
fn unwritable_cache_directory_is_not_an_error() {
    let d = project("blocked");
    std::fs::write(d.join("__pycache__"), "a plain file in the way").unwrap();
    let o = run(&d, &["main.py"], true);
    assert_eq!(out(&o), "main hello\n");
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The importer defers the stack-depth analysis to a code object's first run. A file
/// whose trailer is right but whose function lies about its stack size (hand-made: the
/// checksum catches accidental damage) still imports; calling that function raises
/// SystemError instead of running unverified code.
#[test]
fn a_sealed_file_with_a_bad_stack_size_fails_when_the_function_first_runs() {
    use taipan_bytecode::{code::Const, pyc, CodeObject};
    let d = project("unverified");
    assert_eq!(out(&run(&d, &["main.py"], true)), "main hello\n");
    let p = d.join("__pycache__/helper.taipan-312.pyc");
    let data = std::fs::read(&p).expect("helper's cache");
    let (validation, mut module) = pyc::decode(&data).expect("a valid file");
    let Some(Const::Code(f)) = module
        .consts
        .iter_mut()
        .find(|c| matches!(c, Const::Code(_)))
    else {
        panic!("greet's code object is a constant of the module");
    };
    let mut bad: CodeObject = (**f).clone();
    bad.stacksize += 5;
    *f = std::rc::Rc::new(bad);
    std::fs::write(&p, pyc::encode(&module, validation)).unwrap();
    let o = run(
        &d,
        &["-c", "import helper; print('imported'); helper.greet()"],
        false,
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "imported\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.trim_end().ends_with(
            "SystemError: code object greet cannot run: bad marshal data (stack size mismatch)"
        ),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(1));
}
