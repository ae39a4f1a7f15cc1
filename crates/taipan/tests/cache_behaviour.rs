//! The bytecode cache as the user sees it (issue 3), driven through the `taipan` binary:
//! what is written where, what the `TAIPAN_CACHE_LOG` lines say, when a cache file is
//! trusted and when it is recompiled (timestamp, racy, checked-hash, unchecked-hash),
//! damaged files (every single-bit flip, every truncation), unwritable places, -B and
//! friends, the pycache prefix, determinism, sourceless `.pyc` files, moved projects,
//! concurrent writers and a `dis` snapshot.
//!
//! Every test works in its own directory under the temp dir, and every child process gets
//! a controlled environment (the development machines export PYTHONDONTWRITEBYTECODE=1).
//! Source mtimes are set explicitly: `OLD` is far in the past so sources are never "racy".

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use taipan_bytecode::pyc;

/// A source mtime well in the past (2020-09-13), so a cache written now is a plain
/// timestamp file.
const OLD: u64 = 1_600_000_000;
const LOG: (&str, &str) = ("TAIPAN_CACHE_LOG", "1");

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// A test's directory: removed when the test passes, kept for inspection when it fails.
struct TmpDir(PathBuf);

impl std::ops::Deref for TmpDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TmpDir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A fresh, canonical directory for one test (canonical so that it compares equal to the
/// absolute paths the log prints).
fn tmpdir(name: &str) -> TmpDir {
    let d = std::env::temp_dir().join(format!("taipan-cb-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    TmpDir(d.canonicalize().expect("canonicalize"))
}

/// The binary with every environment variable that steers the cache removed; `env` is
/// then applied on top.
fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args).current_dir(dir);
    for var in [
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONPYCACHEPREFIX",
        "TAIPAN_CACHE_LOG",
        "PYTHONHASHSEED",
        "PYTHONPATH",
        "PYTHONSAFEPATH",
        "PYTHONHOME",
        "SOURCE_DATE_EPOCH",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

struct Run {
    status: std::process::ExitStatus,
    stdout: String,
    stderr: String,
}

impl Run {
    fn from_output(o: Output) -> Run {
        Run {
            status: o.status,
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    /// Stdout of a run that must have succeeded.
    fn ok(&self) -> &str {
        assert!(
            self.status.success(),
            "taipan failed ({}):\nstdout:\n{}\nstderr:\n{}",
            self.status,
            self.stdout,
            self.stderr
        );
        &self.stdout
    }

    /// The cache log: `(NAME, what)` for every `taipan-cache: NAME: what` line.
    fn log(&self) -> Vec<(String, String)> {
        self.stderr
            .lines()
            .filter_map(|l| l.strip_prefix("taipan-cache: "))
            .map(|l| {
                let (name, what) = l.split_once(": ").expect("NAME: what");
                (name.to_string(), what.to_string())
            })
            .collect()
    }

    /// The log entry for `name` (exactly one must exist).
    fn log_for(&self, name: &str) -> String {
        let found: Vec<String> = self
            .log()
            .into_iter()
            .filter(|(n, _)| n == name)
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected one log line for {name}:\n{}",
            self.stderr
        );
        found[0].clone()
    }

    /// Stderr without the cache log lines.
    fn other_stderr(&self) -> String {
        self.stderr
            .lines()
            .filter(|l| !l.starts_with("taipan-cache: "))
            .map(|l| format!("{l}\n"))
            .collect()
    }
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    Run::from_output(command(dir, args, env).output().expect("run taipan"))
}

fn set_mtime_at(path: &Path, t: SystemTime) {
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open for set_modified");
    f.set_modified(t).expect("set mtime");
}

fn set_mtime(path: &Path, secs: u64) {
    set_mtime_at(path, UNIX_EPOCH + Duration::from_secs(secs));
}

/// Writes `text` to `dir/rel` (creating directories) with mtime `OLD`.
fn write_old(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    set_mtime(&p, OLD);
    p
}

fn pyc_in(dir: &Path, stem: &str) -> PathBuf {
    dir.join("__pycache__")
        .join(format!("{stem}.taipan-312.pyc"))
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn flags(data: &[u8]) -> u32 {
    u32::from_le_bytes(data[4..8].try_into().unwrap())
}

fn header_u32(data: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(data[at..at + 4].try_into().unwrap())
}

fn hit(path: &Path) -> String {
    format!("hit {}", path.display())
}

fn written(why: &str, path: &Path) -> String {
    format!("miss ({why}), written {}", path.display())
}

/// Every file under `dir` (recursively) whose name satisfies `pred`.
fn files_named(dir: &Path, pred: &dyn Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if pred(&e.file_name().to_string_lossy()) {
                found.push(p.clone());
            }
            if e.file_type().unwrap().is_dir() {
                stack.push(p);
            }
        }
    }
    found.sort();
    found
}

/// main.py imports `helper`, whose `greet()` returns a string constant: a damaged cache
/// that were used anyway would most likely change the output.
fn helper_project(name: &str) -> TmpDir {
    let d = tmpdir(name);
    write_old(
        &d,
        "main.py",
        "import helper\nprint('main', helper.greet())\n",
    );
    write_old(&d, "helper.py", "def greet():\n    return 'hello'\n");
    d
}

// ---------------------------------------------------------------------------------------
// Where caches go, what the log says, second runs
// ---------------------------------------------------------------------------------------

fn package_project(name: &str) -> TmpDir {
    let d = tmpdir(name);
    write_old(
        &d,
        "main.py",
        "import pkg.sub\nimport mod\nprint(pkg.NAME, pkg.sub.VALUE, mod.f())\n",
    );
    write_old(&d, "pkg/__init__.py", "NAME = 'pkg'\n");
    write_old(&d, "pkg/sub.py", "VALUE = 42\n");
    write_old(&d, "mod.py", "def f():\n    return 'f'\n");
    d
}

#[test]
fn modules_package_inits_and_the_main_script_are_all_cached() {
    let d = package_project("all");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "pkg 42 f\n");
    assert_eq!(r.other_stderr(), "");
    let caches = [
        ("__main__", pyc_in(&d, "main"), "main.py"),
        ("pkg", pyc_in(&d.join("pkg"), "__init__"), "pkg/__init__.py"),
        ("pkg.sub", pyc_in(&d.join("pkg"), "sub"), "pkg/sub.py"),
        ("mod", pyc_in(&d, "mod"), "mod.py"),
    ];
    let expected: Vec<(String, String)> = caches
        .iter()
        .map(|(n, p, _)| (n.to_string(), written("missing", p)))
        .collect();
    assert_eq!(r.log(), expected, "first run's log");
    for (_, pyc, src) in &caches {
        let data = read(pyc);
        assert_eq!(&data[..4], &pyc::MAGIC, "{}: magic", pyc.display());
        assert_eq!(flags(&data), 0, "{}: a timestamp file", pyc.display());
        assert_eq!(header_u32(&data, 8), OLD as u32, "{}: mtime", pyc.display());
        let size = std::fs::metadata(d.join(src)).unwrap().len() as u32;
        assert_eq!(header_u32(&data, 12), size, "{}: size", pyc.display());
        pyc::decode(&data).unwrap_or_else(|e| panic!("{}: {e}", pyc.display()));
    }
    // Nothing else was left behind (no temporary files).
    let all = files_named(&d, &|n| n.ends_with(".pyc") || n.ends_with(".tmp"));
    let mut want: Vec<PathBuf> = caches.iter().map(|(_, p, _)| p.clone()).collect();
    want.sort();
    assert_eq!(all, want);
}

#[test]
fn second_run_compiles_nothing_and_rewrites_nothing() {
    let d = package_project("second");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "pkg 42 f\n");
    let caches = [
        ("__main__", pyc_in(&d, "main")),
        ("pkg", pyc_in(&d.join("pkg"), "__init__")),
        ("pkg.sub", pyc_in(&d.join("pkg"), "sub")),
        ("mod", pyc_in(&d, "mod")),
    ];
    // Age the cache files: a rewrite would give them a new mtime.
    let before: Vec<Vec<u8>> = caches
        .iter()
        .map(|(_, p)| {
            set_mtime(p, OLD + 5);
            read(p)
        })
        .collect();
    for _ in 0..2 {
        let r = run(&d, &["main.py"], &[LOG]);
        assert_eq!(r.ok(), "pkg 42 f\n");
        assert_eq!(r.other_stderr(), "");
        let expected: Vec<(String, String)> = caches
            .iter()
            .map(|(n, p)| (n.to_string(), hit(p)))
            .collect();
        assert_eq!(r.log(), expected);
        for ((_, p), b) in caches.iter().zip(&before) {
            assert_eq!(&read(p), b, "{} changed", p.display());
            let m = std::fs::metadata(p).unwrap().modified().unwrap();
            assert_eq!(m, UNIX_EPOCH + Duration::from_secs(OLD + 5), "rewritten");
        }
    }
}

#[test]
fn log_is_off_by_default_and_on_with_env_or_x_option() {
    let d = helper_project("logswitch");
    let r = run(&d, &["main.py"], &[]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.stderr, "", "nothing on stderr without the log");
    let r = run(&d, &["main.py"], &[("TAIPAN_CACHE_LOG", "0")]);
    assert_eq!(r.stderr, "", "TAIPAN_CACHE_LOG=0 is off");
    let expected = vec![
        ("__main__".to_string(), hit(&pyc_in(&d, "main"))),
        ("helper".to_string(), hit(&pyc_in(&d, "helper"))),
    ];
    let by_env = run(&d, &["main.py"], &[LOG]);
    let by_x = run(&d, &["-X", "cache_log", "main.py"], &[]);
    for r in [by_env, by_x] {
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(r.log(), expected);
        assert_eq!(r.other_stderr(), "");
    }
}

#[test]
fn editing_one_of_twenty_modules_recompiles_exactly_that_one() {
    let d = tmpdir("twenty");
    let mut main = String::new();
    for i in 0..20 {
        write_old(&d, &format!("m{i:02}.py"), &format!("V = {i}\n"));
        main.push_str(&format!("import m{i:02}\n"));
    }
    main.push_str("print(sum(m.V for m in [");
    for i in 0..20 {
        main.push_str(&format!("m{i:02}, "));
    }
    main.push_str("]))\n");
    write_old(&d, "main.py", &main);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "190\n");
    let log = r.log();
    assert_eq!(log.len(), 21);
    assert!(log
        .iter()
        .all(|(_, w)| w.starts_with("miss (missing), written ")));
    // Edit m07: new content, same size, another (old) mtime.
    let m07 = write_old(&d, "m07.py", "V = 8\n");
    set_mtime(&m07, OLD + 100);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "191\n");
    let log = r.log();
    assert_eq!(log.len(), 21, "{}", r.stderr);
    let misses: Vec<_> = log.iter().filter(|(_, w)| w.starts_with("miss")).collect();
    assert_eq!(
        misses,
        vec![&(
            "m07".to_string(),
            written("stale mtime", &pyc_in(&d, "m07"))
        )]
    );
    let hits: Vec<_> = log.iter().filter(|(_, w)| w.starts_with("hit ")).collect();
    assert_eq!(hits.len(), 20);
    assert_eq!(log[0], ("__main__".to_string(), hit(&pyc_in(&d, "main"))));
    // And the next run compiles nothing at all.
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "191\n");
    assert!(r.log().iter().all(|(_, w)| w.starts_with("hit ")));
    assert_eq!(r.log().len(), 21);
}

#[test]
fn a_module_run_with_dash_m_is_cached_as_main() {
    let d = tmpdir("dashm");
    write_old(&d, "runme.py", "print('ran as', __name__)\n");
    let pyc = pyc_in(&d, "runme");
    let r = run(&d, &["-m", "runme"], &[LOG]);
    assert_eq!(r.ok(), "ran as __main__\n");
    assert_eq!(
        r.log(),
        vec![("__main__".to_string(), written("missing", &pyc))]
    );
    let r = run(&d, &["-m", "runme"], &[LOG]);
    assert_eq!(r.ok(), "ran as __main__\n");
    assert_eq!(r.log(), vec![("__main__".to_string(), hit(&pyc))]);
}

#[test]
fn a_syntax_error_leaves_the_old_cache_alone_and_a_fix_is_picked_up() {
    let d = helper_project("syntax");
    let pyc = pyc_in(&d, "helper");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    let good = read(&pyc);
    write_old(&d, "helper.py", "def greet(:\n    return 'broken'\n");
    set_mtime(&d.join("helper.py"), OLD + 1);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(r.stdout, "");
    let last = r.other_stderr();
    assert!(
        last.lines()
            .last()
            .unwrap_or("")
            .starts_with("SyntaxError: "),
        "{}",
        r.stderr
    );
    assert_eq!(read(&pyc), good, "the cache was touched");
    write_old(&d, "helper.py", "def greet():\n    return 'fixed'\n");
    set_mtime(&d.join("helper.py"), OLD + 2);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main fixed\n");
    assert_eq!(r.log_for("helper"), written("stale mtime", &pyc));
}

#[test]
fn a_cache_without_its_source_is_not_imported() {
    // As CPython: only a .pyc beside the importer is sourceless; __pycache__ is not
    // searched on its own.
    let d = helper_project("orphan");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    std::fs::remove_file(d.join("helper.py")).unwrap();
    let r = run(&d, &["main.py"], &[]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(
        r.stderr.lines().last(),
        Some("ModuleNotFoundError: No module named 'helper'")
    );
}

#[test]
fn sources_dated_before_1970_are_cached() {
    let d = helper_project("pre1970");
    let src = d.join("helper.py");
    let pyc = pyc_in(&d, "helper");
    set_mtime_at(&src, UNIX_EPOCH - Duration::from_secs(100));
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), written("missing", &pyc));
    let data = read(&pyc);
    assert_eq!(flags(&data), 0);
    // int(st_mtime) & 0xFFFFFFFF, as CPython.
    assert_eq!(header_u32(&data, 8), (-100i64) as u32);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
}

// ---------------------------------------------------------------------------------------
// Freshness: timestamp, racy, checked-hash, unchecked-hash
// ---------------------------------------------------------------------------------------

#[test]
fn timestamp_mode_stale_mtime_and_stale_size() {
    let d = helper_project("stale");
    let pyc = pyc_in(&d, "helper");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    // Same text, another mtime.
    set_mtime(&d.join("helper.py"), OLD + 1);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), written("stale mtime", &pyc));
    assert_eq!(header_u32(&read(&pyc), 8), (OLD + 1) as u32);
    // Another size, the same mtime.
    write_old(&d, "helper.py", "def greet():\n    return 'hello again'\n");
    set_mtime(&d.join("helper.py"), OLD + 1);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello again\n");
    assert_eq!(r.log_for("helper"), written("stale size", &pyc));
    assert_eq!(r.log_for("__main__"), hit(&pyc_in(&d, "main")));
    // Same size and mtime as the cache records: timestamp mode trusts it (as CPython).
    write_old(&d, "helper.py", "def greet():\n    return 'HELLO AGAIN'\n");
    set_mtime(&d.join("helper.py"), OLD + 1);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello again\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
}

#[test]
fn racy_source_gets_a_hash_checked_file_then_a_timestamp_one() {
    let d = helper_project("racy");
    let src = d.join("helper.py");
    let pyc = pyc_in(&d, "helper");
    let now = SystemTime::now();
    std::fs::write(&src, "def greet():\n    return 'one'\n").unwrap();
    set_mtime_at(&src, now);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main one\n");
    assert_eq!(r.log_for("helper"), written("missing", &pyc));
    let data = read(&pyc);
    assert_eq!(flags(&data), 7, "a racy (hash-checked) file");
    assert_eq!(
        &data[8..16],
        &pyc::source_hash(b"def greet():\n    return 'one'\n")
    );
    // The main script is old: a timestamp file.
    assert_eq!(flags(&read(&pyc_in(&d, "main"))), 0);

    // A same-size edit within the same mtime second (python/cpython#75953): noticed.
    std::fs::write(&src, "def greet():\n    return 'two'\n").unwrap();
    set_mtime_at(&src, now);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(
        r.ok(),
        "main two\n",
        "stale code ran after a same-second edit"
    );
    assert_eq!(r.log_for("helper"), written("stale hash", &pyc));
    let data = read(&pyc);
    assert_eq!(flags(&data), 7, "still racy");
    assert_eq!(
        &data[8..16],
        &pyc::source_hash(b"def greet():\n    return 'two'\n")
    );

    // While the source is still young and unchanged: a hit, not rewritten.
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main two\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
    assert_eq!(flags(&read(&pyc)), 7);

    // The source becomes old (>= 2 s): the next load turns the file into a timestamp one
    // with the same body.
    let old = now - Duration::from_secs(10);
    set_mtime_at(&src, old);
    let old_secs = old.duration_since(UNIX_EPOCH).unwrap().as_secs();
    let racy_body = read(&pyc);
    // Under -B nothing is rewritten.
    let r = run(&d, &["-B", "main.py"], &[LOG]);
    assert_eq!(r.ok(), "main two\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
    assert_eq!(read(&pyc), racy_body);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main two\n");
    assert_eq!(
        r.log_for("helper"),
        format!("{}, rewritten with timestamp", hit(&pyc))
    );
    let data = read(&pyc);
    assert_eq!(flags(&data), 0);
    assert_eq!(header_u32(&data, 8), old_secs as u32);
    assert_eq!(header_u32(&data, 12), read(&src).len() as u32);
    assert_eq!(
        data[16..data.len() - 8],
        racy_body[16..racy_body.len() - 8],
        "the body is kept"
    );
    pyc::decode(&data).expect("valid after the rewrite");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main two\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
}

#[test]
fn source_with_a_future_mtime_stays_hash_checked() {
    let d = helper_project("future");
    let src = d.join("helper.py");
    let pyc = pyc_in(&d, "helper");
    set_mtime_at(&src, SystemTime::now() + Duration::from_secs(3600));
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    assert_eq!(flags(&read(&pyc)), 7);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), hit(&pyc), "not rewritten yet");
    assert_eq!(flags(&read(&pyc)), 7);
}

/// The importer's file with its header replaced by a hash-based one (the body does not
/// depend on the header).
fn make_hash_based(pyc_path: &Path, source: &[u8], checked: bool) {
    let h = pyc::source_hash(source);
    let v = if checked {
        pyc::Validation::CheckedHash(h)
    } else {
        pyc::Validation::UncheckedHash(h)
    };
    std::fs::write(pyc_path, pyc::reheader(&read(pyc_path), v).unwrap()).unwrap();
}

#[test]
fn checked_hash_files_follow_the_source_hash_not_its_stat() {
    let d = helper_project("checked");
    let src = d.join("helper.py");
    let pyc = pyc_in(&d, "helper");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    make_hash_based(&pyc, &read(&src), true);
    assert_eq!(flags(&read(&pyc)), 3);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
    // A new mtime with the same text: still fresh.
    set_mtime(&src, OLD + 50);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
    // Same size, same mtime, other text: recompiled, and the mode is kept.
    std::fs::write(&src, "def greet():\n    return 'HELLO'\n").unwrap();
    set_mtime(&src, OLD + 50);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main HELLO\n");
    assert_eq!(r.log_for("helper"), written("stale hash", &pyc));
    let data = read(&pyc);
    assert_eq!(flags(&data), 3, "a checked-hash file stays checked-hash");
    assert_eq!(&data[8..16], &pyc::source_hash(&read(&src)));
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main HELLO\n");
    assert_eq!(r.log_for("helper"), hit(&pyc));
}

#[test]
fn unchecked_hash_files_are_trusted_as_cpython_does() {
    let d = helper_project("unchecked");
    let src = d.join("helper.py");
    let pyc = pyc_in(&d, "helper");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    make_hash_based(&pyc, &read(&src), false);
    let before = read(&pyc);
    assert_eq!(flags(&before), 1);
    std::fs::write(&src, "def greet():\n    return 'a different greeting'\n").unwrap();
    set_mtime(&src, OLD + 77);
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n", "unchecked: the cached code runs");
    assert_eq!(r.log_for("helper"), hit(&pyc));
    assert_eq!(read(&pyc), before, "not rewritten");
}

// ---------------------------------------------------------------------------------------
// Damaged cache files
// ---------------------------------------------------------------------------------------

/// The log's reason for a copy of a valid timestamp file `good` with bit `bit` of byte
/// `at` flipped.
fn reason_for_flip(good: &[u8], at: usize, bit: u32) -> &'static str {
    match at {
        0..=3 => "bad magic number",
        // 0 -> 1 is a valid (unchecked-hash) header; the trailer then fails.
        4 if bit == 0 && flags(good) == 0 => "checksum mismatch",
        4..=7 => "invalid flags",
        8..=11 => "stale mtime",
        12..=15 => "stale size",
        _ => "checksum mismatch",
    }
}

#[test]
fn every_single_bit_flip_is_recompiled_and_rewritten() {
    let d = helper_project("bitflip");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    let pyc = pyc_in(&d, "helper");
    let good = read(&pyc);
    assert!(good.len() <= 600, "module cache unexpectedly large");
    let started = std::time::Instant::now();
    let mut runs = 0;
    for at in 0..good.len() {
        for bit in 0..8u32 {
            let mut bad = good.clone();
            bad[at] ^= 1 << bit;
            std::fs::write(&pyc, &bad).unwrap();
            let r = run(&d, &["main.py"], &[LOG]);
            runs += 1;
            assert_eq!(r.ok(), "main hello\n", "byte {at} bit {bit}");
            assert_eq!(r.other_stderr(), "", "byte {at} bit {bit}");
            assert_eq!(
                r.log_for("helper"),
                written(reason_for_flip(&good, at, bit), &pyc),
                "byte {at} bit {bit}"
            );
            let after = read(&pyc);
            pyc::decode(&after).unwrap_or_else(|e| panic!("byte {at} bit {bit}: {e}"));
            if at == 4 && bit == 0 {
                // See damaged_flags_do_not_turn_a_timestamp_file_into_an_unchecked_one.
                continue;
            }
            assert_eq!(after, good, "byte {at} bit {bit}: not rewritten as fresh");
        }
    }
    assert_eq!(runs, good.len() * 8);
    // The last rewritten file is used by the next run.
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.log_for("helper"), hit(&pyc));
    eprintln!("{runs} runs in {:?}", started.elapsed());
}

#[test]
fn damaged_flags_do_not_turn_a_timestamp_file_into_an_unchecked_one() {
    let d = helper_project("flagflip");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    let pyc = pyc_in(&d, "helper");
    let good = read(&pyc);
    let mut bad = good.clone();
    bad[4] ^= 1; // flags 0 -> 1: the header claims unchecked-hash; the trailer disagrees
    std::fs::write(&pyc, &bad).unwrap();
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), written("checksum mismatch", &pyc));
    // The header of a file that failed its checksum cannot be trusted: the rewrite should
    // be the ordinary (timestamp) file.
    assert_eq!(
        flags(&read(&pyc)),
        0,
        "rewritten as flags 1 (unchecked-hash)"
    );
    assert_eq!(read(&pyc), good);
    // Either way, an edit must never leave stale code running.
    write_old(
        &d,
        "helper.py",
        "def greet():\n    return 'edited, longer'\n",
    );
    set_mtime(&d.join("helper.py"), OLD + 3);
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main edited, longer\n");
}

#[test]
fn every_truncation_and_extension_is_recompiled_and_rewritten() {
    let d = helper_project("truncate");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    let pyc = pyc_in(&d, "helper");
    let good = read(&pyc);
    let mut cases: Vec<(Vec<u8>, &str)> = (0..good.len())
        .map(|n| {
            let why = if n < pyc::HEADER_LEN + pyc::TRAILER_LEN {
                "truncated"
            } else {
                "checksum mismatch"
            };
            (good[..n].to_vec(), why)
        })
        .collect();
    for extra in [&b"\0"[..], b"xyz", &[0u8; 100][..]] {
        let mut long = good.clone();
        long.extend_from_slice(extra);
        cases.push((long, "checksum mismatch"));
    }
    for (bad, why) in cases {
        std::fs::write(&pyc, &bad).unwrap();
        let r = run(&d, &["main.py"], &[LOG]);
        assert_eq!(r.ok(), "main hello\n", "length {}", bad.len());
        assert_eq!(r.other_stderr(), "", "length {}", bad.len());
        assert_eq!(
            r.log_for("helper"),
            written(why, &pyc),
            "length {}",
            bad.len()
        );
        assert_eq!(read(&pyc), good, "length {}", bad.len());
    }
}

#[test]
fn bad_magic_bad_flags_and_bad_bodies_are_recompiled() {
    let d = helper_project("badhdr");
    assert_eq!(run(&d, &["main.py"], &[]).ok(), "main hello\n");
    let pyc = pyc_in(&d, "helper");
    let good = read(&pyc);
    let mut cases: Vec<(Vec<u8>, String)> = Vec::new();
    // Another format's magic (byte 0 changed), as after an upgrade.
    let mut other = good.clone();
    other[0] = other[0].wrapping_add(1);
    cases.push((other, "bad magic number".into()));
    // CPython 3.12's magic.
    let mut cpython = good.clone();
    cpython[..4].copy_from_slice(&[0xcb, 0x0d, 0x0d, 0x0a]);
    cases.push((cpython, "bad magic number".into()));
    for f in [2u32, 4, 5, 6, 8, 0x100, 0xffff_ffff] {
        let mut b = good.clone();
        b[4..8].copy_from_slice(&f.to_le_bytes());
        cases.push((b, "invalid flags".into()));
    }
    // A body that is garbage but correctly sealed: the marshal reader rejects it.
    for body in [
        &b""[..],
        b"\x00",
        &[0xffu8; 40][..],
        &good[16..good.len() / 2],
    ] {
        let mut b = good[..pyc::HEADER_LEN].to_vec();
        b.extend_from_slice(body);
        pyc::seal(&mut b);
        cases.push((b, "corrupt: ".into()));
    }
    // Garbage from the start.
    cases.push((vec![0x5a; good.len()], "bad magic number".into()));
    for (bad, why) in cases {
        std::fs::write(&pyc, &bad).unwrap();
        let r = run(&d, &["main.py"], &[LOG]);
        assert_eq!(r.ok(), "main hello\n", "{why}");
        assert_eq!(r.other_stderr(), "", "{why}");
        let line = r.log_for("helper");
        if why == "corrupt: " {
            let rest = line
                .strip_prefix("miss (corrupt: ")
                .unwrap_or_else(|| panic!("{line}"));
            assert!(
                rest.ends_with(&format!("), written {}", pyc.display())),
                "{line}"
            );
        } else {
            assert_eq!(line, written(&why, &pyc));
        }
        assert_eq!(read(&pyc), good, "{why}: not rewritten");
    }
}

#[test]
fn unreadable_cache_path_is_reported_and_harmless() {
    let d = helper_project("isdir");
    let pyc = pyc_in(&d, "helper");
    // A directory where the cache file should be: cannot be read, cannot be replaced.
    std::fs::create_dir_all(&pyc).unwrap();
    let r = run(&d, &["main.py"], &[]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.stderr, "");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    let line = r.log_for("helper");
    assert!(line.starts_with("miss (unreadable: "), "{line}");
    assert!(line.contains("), not written ("), "{line}");
    assert_eq!(r.log_for("__main__"), hit(&pyc_in(&d, "main")));
    assert_eq!(r.other_stderr(), "");
    assert!(pyc.is_dir());
}

// ---------------------------------------------------------------------------------------
// Writing: atomic, concurrent, unwritable places, switched off
// ---------------------------------------------------------------------------------------

#[test]
fn concurrent_compiles_of_a_large_module_leave_a_valid_file() {
    let d = tmpdir("race");
    let mut src = String::new();
    let mut expected: i64 = 0;
    for i in 0..1000i64 {
        src.push_str(&format!(
            "def f{i}(x):\n    y = x * {i} + {} + len('s{i}')\n    return y - {}\n",
            i % 7,
            i % 3
        ));
        expected += i + i % 7 + format!("s{i}").len() as i64 - i % 3;
    }
    src.push_str("RESULT = sum(globals()['f%d' % i](1) for i in range(1000))\n");
    write_old(&d, "big.py", &src);
    assert!(src.lines().count() >= 3000);
    let pyc = pyc_in(&d, "big");
    let want = format!("{expected}\n");
    let args = ["-c", "import big; print(big.RESULT)"];
    let mut fresh: Option<Vec<u8>> = None;
    for round in 0..10 {
        let _ = std::fs::remove_dir_all(d.join("__pycache__"));
        let children: Vec<_> = (0..3)
            .map(|_| {
                command(&d, &args, &[LOG])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for c in children {
            let r = Run::from_output(c.wait_with_output().unwrap());
            assert_eq!(r.ok(), want, "round {round}");
            assert_eq!(r.other_stderr(), "", "round {round}");
            let line = r.log_for("big");
            assert!(
                line == written("missing", &pyc) || line == hit(&pyc),
                "round {round}: {line}"
            );
        }
        let data = read(&pyc);
        pyc::decode(&data).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(flags(&data), 0);
        match &fresh {
            None => fresh = Some(data),
            Some(f) => assert_eq!(&data, f, "round {round}: not the same file"),
        }
        let leftovers = files_named(&d, &|n| n.ends_with(".tmp"));
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
        let r = run(&d, &args, &[LOG]);
        assert_eq!(r.ok(), want);
        assert_eq!(r.log_for("big"), hit(&pyc), "round {round}");
    }
}

#[test]
fn plain_file_named_pycache_in_the_way() {
    let d = helper_project("blocked");
    std::fs::write(d.join("__pycache__"), "a plain file in the way").unwrap();
    let r = run(&d, &["main.py"], &[]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.stderr, "", "nothing extra without the log");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.other_stderr(), "");
    for name in ["__main__", "helper"] {
        let line = r.log_for(name);
        assert!(line.starts_with("miss ("), "{line}");
        assert!(line.contains(", not written ("), "{line}");
    }
    assert_eq!(
        std::fs::read_to_string(d.join("__pycache__")).unwrap(),
        "a plain file in the way"
    );
}

#[test]
fn pycache_prefix_under_a_regular_file() {
    let d = helper_project("devnull");
    std::fs::write(d.join("afile"), "x").unwrap();
    for prefix in [
        "/dev/null/x".to_string(),
        format!("{}/afile/p", d.display()),
    ] {
        let x = format!("pycache_prefix={prefix}");
        let r = run(&d, &["-X", &x, "main.py"], &[]);
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(r.stderr, "", "nothing extra without the log");
        let r = run(&d, &["main.py"], &[("PYTHONPYCACHEPREFIX", &prefix)]);
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(r.stderr, "");
        let r = run(&d, &["-X", &x, "main.py"], &[LOG]);
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(r.other_stderr(), "");
        for name in ["__main__", "helper"] {
            let line = r.log_for(name);
            assert!(line.starts_with("miss ("), "{line}");
            assert!(line.contains(", not written ("), "{line}");
        }
    }
    assert!(!d.join("__pycache__").exists());
}

#[cfg(unix)]
#[test]
fn read_only_directories_do_not_disturb_the_program() {
    use std::os::unix::fs::PermissionsExt;
    let d = helper_project("readonly");
    let sub = d.join("ro");
    write_old(&d, "ro/rmod.py", "X = 'ro'\n");
    write_old(
        &d,
        "main.py",
        "import sys\nsys.path.insert(0, 'ro')\nimport helper, rmod\nprint(helper.greet(), rmod.X)\n",
    );
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Tests may run as root, where 0555 stops nothing: only the program's behaviour is
    // asserted.
    let r1 = run(&d, &["main.py"], &[]);
    let r2 = run(&d, &["main.py"], &[]);
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    for r in [r1, r2] {
        assert_eq!(r.ok(), "hello ro\n");
        assert_eq!(r.stderr, "");
    }
    // A read-only __pycache__ that already holds a file.
    let pycache = d.join("__pycache__");
    std::fs::set_permissions(&pycache, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::write(d.join("helper.py"), "def greet():\n    return 'changed!'\n").unwrap();
    set_mtime(&d.join("helper.py"), OLD + 9);
    let r = run(&d, &["main.py"], &[]);
    std::fs::set_permissions(&pycache, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(r.ok(), "changed! ro\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn dash_b_and_dont_write_bytecode_still_read_caches() {
    let d = helper_project("nowrite");
    let main_pyc = pyc_in(&d, "main");
    let helper_pyc = pyc_in(&d, "helper");
    type Args<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);
    let no_write: [Args; 2] = [
        (&["-B", "main.py"], &[LOG]),
        (&["main.py"], &[LOG, ("PYTHONDONTWRITEBYTECODE", "1")]),
    ];
    // Nothing cached yet: nothing written.
    for (args, env) in no_write {
        let r = run(&d, args, env);
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(
            r.log(),
            vec![
                (
                    "__main__".to_string(),
                    "miss (missing), not written (dont_write_bytecode)".to_string()
                ),
                (
                    "helper".to_string(),
                    "miss (missing), not written (dont_write_bytecode)".to_string()
                ),
            ],
            "{args:?}"
        );
        assert!(!d.join("__pycache__").exists(), "{args:?} wrote a cache");
    }
    // -E ignores PYTHONDONTWRITEBYTECODE.
    let r = run(
        &d,
        &["-E", "main.py"],
        &[LOG, ("PYTHONDONTWRITEBYTECODE", "1")],
    );
    assert_eq!(r.ok(), "main hello\n");
    assert_eq!(r.log_for("helper"), written("missing", &helper_pyc));
    // Caches exist: they are read (hits).
    for (args, env) in no_write {
        let r = run(&d, args, env);
        assert_eq!(r.ok(), "main hello\n");
        assert_eq!(
            r.log(),
            vec![
                ("__main__".to_string(), hit(&main_pyc)),
                ("helper".to_string(), hit(&helper_pyc)),
            ],
            "{args:?}"
        );
    }
    // A stale cache is not rewritten.
    write_old(&d, "helper.py", "def greet():\n    return 'edited'\n");
    let before = read(&helper_pyc);
    for (args, env) in no_write {
        let r = run(&d, args, env);
        assert_eq!(r.ok(), "main edited\n");
        assert_eq!(
            r.log_for("helper"),
            "miss (stale size), not written (dont_write_bytecode)"
        );
        assert_eq!(read(&helper_pyc), before);
    }
}

#[test]
fn sys_dont_write_bytecode_set_by_the_script() {
    let d = tmpdir("sysdwb");
    write_old(
        &d,
        "main.py",
        "import sys\nsys.dont_write_bytecode = True\nimport helper\nprint(helper.greet())\n",
    );
    write_old(&d, "helper.py", "def greet():\n    return 'hi'\n");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "hi\n");
    // The main script was compiled (and cached) before it ran.
    assert_eq!(
        r.log_for("__main__"),
        written("missing", &pyc_in(&d, "main"))
    );
    assert_eq!(
        r.log_for("helper"),
        "miss (missing), not written (dont_write_bytecode)"
    );
    assert!(!pyc_in(&d, "helper").exists());
    // With a cache present, it is still read.
    assert_eq!(run(&d, &["-c", "import helper"], &[]).ok(), "");
    let r = run(&d, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "hi\n");
    assert_eq!(r.log_for("helper"), hit(&pyc_in(&d, "helper")));
    let r = run(
        &d,
        &["-c", "import sys; print(sys.dont_write_bytecode)"],
        &[],
    );
    assert_eq!(r.ok(), "False\n");
    let r = run(
        &d,
        &["-B", "-c", "import sys; print(sys.dont_write_bytecode)"],
        &[],
    );
    assert_eq!(r.ok(), "True\n");
}

// ---------------------------------------------------------------------------------------
// pycache prefix, __cached__, cache_from_source
// ---------------------------------------------------------------------------------------

fn prefixed(prefix: &Path, source_dir: &Path, stem: &str) -> PathBuf {
    let rel = source_dir.strip_prefix("/").expect("absolute source dir");
    prefix.join(rel).join(format!("{stem}.taipan-312.pyc"))
}

#[test]
fn pycache_prefix_by_option_and_environment() {
    let d = package_project("prefix");
    let script = "import sys\nprint(sys.pycache_prefix)\n";
    write_old(&d, "show.py", script);
    let px = d.join("px");
    let pe = d.join("pe");
    let x = format!("pycache_prefix={}", px.display());
    let pe_s = pe.display().to_string();
    let expected = |p: &Path| {
        vec![
            ("__main__".to_string(), prefixed(p, &d, "main")),
            ("pkg".to_string(), prefixed(p, &d.join("pkg"), "__init__")),
            ("pkg.sub".to_string(), prefixed(p, &d.join("pkg"), "sub")),
            ("mod".to_string(), prefixed(p, &d, "mod")),
        ]
    };
    let as_log = |v: Vec<(String, PathBuf)>, f: &dyn Fn(&Path) -> String| {
        v.into_iter().map(|(n, p)| (n, f(&p))).collect::<Vec<_>>()
    };

    // -X pycache_prefix=DIR
    let r = run(&d, &["-X", &x, "main.py"], &[LOG]);
    assert_eq!(r.ok(), "pkg 42 f\n");
    assert_eq!(r.log(), as_log(expected(&px), &|p| written("missing", p)));
    for (_, p) in expected(&px) {
        pyc::decode(&read(&p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    }
    assert!(
        files_named(&d, &|n| n == "__pycache__").is_empty(),
        "a __pycache__ was made"
    );
    let r = run(&d, &["-X", &x, "main.py"], &[LOG]);
    assert_eq!(r.ok(), "pkg 42 f\n");
    assert_eq!(r.log(), as_log(expected(&px), &|p| hit(p)));
    assert_eq!(
        run(&d, &["-X", &x, "show.py"], &[]).ok(),
        format!("{}\n", px.display())
    );

    // PYTHONPYCACHEPREFIX=DIR
    let env = [LOG, ("PYTHONPYCACHEPREFIX", pe_s.as_str())];
    let r = run(&d, &["main.py"], &env);
    assert_eq!(r.ok(), "pkg 42 f\n");
    assert_eq!(r.log(), as_log(expected(&pe), &|p| written("missing", p)));
    let r = run(&d, &["main.py"], &env);
    assert_eq!(r.log(), as_log(expected(&pe), &|p| hit(p)));
    assert_eq!(
        run(&d, &["show.py"], &env[1..]).ok(),
        format!("{}\n", pe.display())
    );

    // Both: -X wins.
    let r = run(&d, &["-X", &x, "main.py"], &env);
    assert_eq!(r.log(), as_log(expected(&px), &|p| hit(p)));
    assert_eq!(
        run(&d, &["-X", &x, "show.py"], &env[1..]).ok(),
        format!("{}\n", px.display())
    );
    // -E ignores the variable; an empty prefix means none.
    assert_eq!(run(&d, &["-B", "-E", "show.py"], &env[1..]).ok(), "None\n");
    assert_eq!(
        run(&d, &["-B", "show.py"], &[("PYTHONPYCACHEPREFIX", "")]).ok(),
        "None\n"
    );
    assert_eq!(run(&d, &["-B", "show.py"], &[]).ok(), "None\n");
    assert!(
        files_named(&d, &|n| n == "__pycache__").is_empty(),
        "a __pycache__ was made"
    );
}

#[test]
fn cached_attribute_cache_from_source_and_the_written_path_agree() {
    let d = package_project("cachedattr");
    let script = "\
import sys, importlib.util
import pkg.sub, mod
print(sys.implementation.cache_tag)
for m in (pkg, pkg.sub, mod):
    c = importlib.util.cache_from_source(m.__file__)
    print(m.__name__, m.__cached__ == c,
          importlib.util.source_from_cache(c) == m.__file__)
    print(m.__cached__)
";
    write_old(&d, "check.py", script);
    // The paths __cached__ names are the files actually written (and valid).
    let expect = |cached: [PathBuf; 3]| {
        for p in &cached {
            pyc::decode(&read(p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        }
        format!(
            "taipan-312\npkg True True\n{}\npkg.sub True True\n{}\nmod True True\n{}\n",
            cached[0].display(),
            cached[1].display(),
            cached[2].display()
        )
    };
    let r = run(&d, &["check.py"], &[]);
    assert_eq!(
        r.ok(),
        expect([
            pyc_in(&d.join("pkg"), "__init__"),
            pyc_in(&d.join("pkg"), "sub"),
            pyc_in(&d, "mod"),
        ])
    );
    let px = d.join("px");
    let x = format!("pycache_prefix={}", px.display());
    let r = run(&d, &["-X", &x, "check.py"], &[]);
    assert_eq!(
        r.ok(),
        expect([
            prefixed(&px, &d.join("pkg"), "__init__"),
            prefixed(&px, &d.join("pkg"), "sub"),
            prefixed(&px, &d, "mod"),
        ])
    );
    let r = run(
        &d,
        &[
            "-c",
            "import importlib.util as u\n\
             print(u.cache_from_source('/a/b/c.py'))\n\
             print(u.source_from_cache('/a/b/__pycache__/c.taipan-312.pyc'))\n\
             print(u.source_from_cache(u.cache_from_source('/x/y/z.py')))",
        ],
        &[],
    );
    assert_eq!(
        r.ok(),
        "/a/b/__pycache__/c.taipan-312.pyc\n/a/b/c.py\n/x/y/z.py\n"
    );
}

// ---------------------------------------------------------------------------------------
// Determinism
// ---------------------------------------------------------------------------------------

#[test]
fn same_source_gives_byte_identical_files_under_any_hash_seed() {
    let d = tmpdir("determinism");
    write_old(
        &d,
        "consts.py",
        "\
def f(x):
    if x in {1, 2, 'a', (3, 4), 'b', 'c', 2.5, b'y', None, frozenset()}:
        return 'yes'
    def g(y):
        class K:
            z = {'q', 'r', 's', 't'}
            d = {'k': 1, 'j': 2}
            def meth(self):
                return [w for w in (y, x) if w not in {'u', 'v'}]
        return K
    return g
R = (f(1), f('zz'), f(5)(2)().meth(), sorted(f(0)(0).z))
",
    );
    let pyc = pyc_in(&d, "consts");
    let want = "('yes', 'function', [2, 5], ['q', 'r', 's', 't'])\n";
    let args = [
        "-c",
        "import consts; r = consts.R; print((r[0], type(r[1]).__name__, r[2], r[3]))",
    ];
    let mut files = Vec::new();
    for seed in ["0", "1", "42", "4294967295", "random"] {
        let _ = std::fs::remove_dir_all(d.join("__pycache__"));
        let r = run(&d, &args, &[("PYTHONHASHSEED", seed)]);
        assert_eq!(r.ok(), want, "seed {seed}");
        files.push((seed, read(&pyc)));
    }
    // Two processes at once, different seeds, each with its own prefix.
    let children: Vec<_> = ["7", "8"]
        .iter()
        .map(|seed| {
            let x = format!("pycache_prefix={}", d.join(format!("p{seed}")).display());
            command(
                &d,
                &["-X", &x, args[0], args[1]],
                &[("PYTHONHASHSEED", seed)],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        assert_eq!(Run::from_output(c.wait_with_output().unwrap()).ok(), want);
    }
    for seed in ["7", "8"] {
        let p = prefixed(&d.join(format!("p{seed}")), &d, "consts");
        files.push((seed, read(&p)));
    }
    for (seed, f) in &files[1..] {
        assert!(f == &files[0].1, "seed {seed} gave another file");
    }
}

// ---------------------------------------------------------------------------------------
// Sourceless .pyc files
// ---------------------------------------------------------------------------------------

#[test]
fn a_pyc_file_runs_directly() {
    let d = tmpdir("runpyc");
    write_old(
        &d,
        "app.py",
        "import sys\ndef twice(x):\n    return x * 2\nprint('app', twice(21), sys.argv[1:])\n",
    );
    assert_eq!(run(&d, &["app.py", "a"], &[]).ok(), "app 42 ['a']\n");
    let other = d.join("elsewhere");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::copy(pyc_in(&d, "app"), other.join("app.pyc")).unwrap();
    let r = run(&other, &["app.pyc", "b", "c"], &[LOG]);
    assert_eq!(r.ok(), "app 42 ['b', 'c']\n");
    assert_eq!(r.other_stderr(), "");
    assert!(!other.join("__pycache__").exists(), "a .pyc is not cached");
}

#[test]
fn a_pyc_beside_the_importer_is_importable_without_source() {
    let d = tmpdir("sourceless");
    write_old(&d, "mod.py", "def f():\n    return 'from pyc'\n");
    write_old(&d, "pkg/__init__.py", "P = 'pkg from pyc'\n");
    assert_eq!(run(&d, &["-c", "import mod, pkg"], &[]).ok(), "");
    let app = d.join("app");
    std::fs::create_dir_all(app.join("pkg")).unwrap();
    std::fs::copy(pyc_in(&d, "mod"), app.join("mod.pyc")).unwrap();
    std::fs::copy(
        pyc_in(&d.join("pkg"), "__init__"),
        app.join("pkg/__init__.pyc"),
    )
    .unwrap();
    write_old(
        &app,
        "main.py",
        "import mod, pkg\nprint(mod.f(), mod.__file__.endswith('mod.pyc'), mod.__cached__ == mod.__file__)\nprint(pkg.P, pkg.__file__.endswith('__init__.pyc'))\n",
    );
    let r = run(&app, &["main.py"], &[LOG]);
    assert_eq!(r.ok(), "from pyc True True\npkg from pyc True\n");
    assert_eq!(r.other_stderr(), "");
    assert_eq!(
        r.log_for("mod"),
        format!("sourceless {}", app.join("mod.pyc").display())
    );
    assert!(!app.join("__pycache__").join("mod.taipan-312.pyc").exists());
    // A source beside it wins over the .pyc.
    write_old(&app, "mod.py", "def f():\n    return 'from source'\n");
    let r = run(&app, &["main.py"], &[]);
    assert_eq!(r.ok(), "from source False False\npkg from pyc True\n");
    // A damaged sourceless module is an ImportError, not a crash.
    std::fs::remove_file(app.join("mod.py")).unwrap();
    std::fs::write(app.join("mod.pyc"), b"not a pyc at all, not at all").unwrap();
    let r = run(&app, &["main.py"], &[]);
    assert_eq!(r.status.code(), Some(1));
    let last = r.stderr.lines().last().unwrap_or("");
    assert!(
        last.starts_with("ImportError: bad magic number in 'mod'"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_garbage_pyc_run_directly_is_a_bad_magic_number() {
    let d = tmpdir("garbage");
    std::fs::write(
        d.join("junk.pyc"),
        b"this is not bytecode, it is a sentence\n",
    )
    .unwrap();
    let r = run(&d, &["junk.pyc"], &[]);
    assert_eq!(r.status.code(), Some(1), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr.lines().last(),
        Some("RuntimeError: Bad magic number in .pyc file")
    );
}

#[test]
fn a_short_garbage_pyc_run_directly_is_a_bad_magic_number() {
    let d = tmpdir("shortgarbage");
    // CPython reads the 4-byte magic first: any file of at least 4 bytes with another
    // magic is "Bad magic number"; only a file shorter than that is an EOFError.
    std::fs::write(d.join("junk.pyc"), b"garbage\n").unwrap();
    let r = run(&d, &["junk.pyc"], &[]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(
        r.stderr.lines().last(),
        Some("RuntimeError: Bad magic number in .pyc file")
    );
}

// ---------------------------------------------------------------------------------------
// Moving a project
// ---------------------------------------------------------------------------------------

#[test]
fn a_moved_project_keeps_its_caches_and_reports_new_paths() {
    let base = tmpdir("move");
    let a = base.join("before");
    write_old(
        &a,
        "main.py",
        "import lib\nprint(lib.where())\nlib.boom()\n",
    );
    write_old(
        &a,
        "lib.py",
        "def where():\n    return where.__code__.co_filename\n\ndef boom():\n    raise ValueError('bang')\n",
    );
    let r = run(&a, &["main.py"], &[]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(r.stdout, format!("{}\n", a.join("lib.py").display()));
    let b = base.join("after");
    std::fs::rename(&a, &b).unwrap();
    let r = run(&b, &["main.py"], &[LOG]);
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(
        r.log(),
        vec![
            ("__main__".to_string(), hit(&pyc_in(&b, "main"))),
            ("lib".to_string(), hit(&pyc_in(&b, "lib"))),
        ]
    );
    assert_eq!(r.stdout, format!("{}\n", b.join("lib.py").display()));
    let expected_tb = format!(
        "Traceback (most recent call last):\n  File \"{}\", line 3, in <module>\n    lib.boom()\n  File \"{}\", line 5, in boom\n    raise ValueError('bang')\nValueError: bang\n",
        b.join("main.py").display(),
        b.join("lib.py").display()
    );
    assert_eq!(r.other_stderr(), expected_tb);
    assert!(!r.stderr.contains("before"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------
// dis
// ---------------------------------------------------------------------------------------

const DIS_SCRIPT: &str = "\
import dis

def area(shape, scale=2):
    total = shape.width * shape.height
    if total > 100:
        return 'big'
    return round(total / scale, 1)

dis.dis(area)
";

/// Offsets are instruction indices (Taipan's jumps are absolute instruction indices),
/// then the opname, the operand and what it means.
const DIS_EXPECTED: &str = "  4           0 LOAD_FAST                0 (shape)
              1 LOAD_ATTR                0 (width)
              2 LOAD_FAST                0 (shape)
              3 LOAD_ATTR                1 (height)
              4 BINARY_OP                5 (*)
              5 STORE_FAST               2 (total)

  5           6 LOAD_FAST                2 (total)
              7 LOAD_CONST               0 (100)
              8 COMPARE_OP               4 (>)
              9 POP_JUMP_IF_FALSE       12 (to 12)

  6          10 LOAD_CONST               1 ('big')
             11 RETURN_VALUE

  7     >>   12 LOAD_GLOBAL              2 (round)
             13 LOAD_FAST                2 (total)
             14 LOAD_FAST                1 (scale)
             15 BINARY_OP               11 (/)
             16 LOAD_CONST               2 (1)
             17 CALL                     2
             18 RETURN_VALUE
";

#[test]
fn dis_listing_is_the_same_compiled_or_cached() {
    let d = tmpdir("dis");
    write_old(&d, "show.py", DIS_SCRIPT);
    let r = run(&d, &["show.py"], &[LOG]);
    assert_eq!(
        r.log_for("__main__"),
        written("missing", &pyc_in(&d, "show"))
    );
    assert_eq!(r.ok(), DIS_EXPECTED);
    let r = run(&d, &["show.py"], &[LOG]);
    assert_eq!(r.log_for("__main__"), hit(&pyc_in(&d, "show")));
    assert_eq!(r.ok(), DIS_EXPECTED);
}
