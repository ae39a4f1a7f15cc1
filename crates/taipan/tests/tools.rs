//! `taipan -m py_compile` and `taipan -m compileall`: CPython 3.12's command lines, with
//! Taipan's cache files (`__pycache__/NAME.taipan-312.pyc`). Every run clears the
//! environment variables that change where (or whether) caches are written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-tools-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
}

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("TAIPAN_CACHE_LOG");
    cmd
}

fn run(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("run taipan")
}

fn run_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = command(dir, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn taipan");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit status")
}

fn cache(dir: &Path, rel_dir: &str, stem: &str) -> PathBuf {
    dir.join(rel_dir)
        .join("__pycache__")
        .join(format!("{stem}.taipan-312.pyc"))
}

/// Bytes 4..8 of a .pyc: the flags (0 timestamp, 1 unchecked-hash, 3 checked-hash).
fn flags(pyc: &Path) -> u32 {
    let data = std::fs::read(pyc).unwrap_or_else(|_| panic!("{} missing", pyc.display()));
    u32::from_le_bytes([data[4], data[5], data[6], data[7]])
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

/// top.py, pkg/mod.py, pkg/sub/deep.py and a text file that is not compiled.
fn tree(name: &str) -> PathBuf {
    let d = tmpdir(name);
    write(&d, "src/top.py", "print('top')\n");
    write(
        &d,
        "src/pkg/mod.py",
        "def f():\n    return 1\nprint('mod', f())\n",
    );
    write(&d, "src/pkg/sub/deep.py", "print('deep')\n");
    write(&d, "src/notes.txt", "not python\n");
    d
}

const BAD_MESSAGE: &str =
    "  File \"src/bad.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n";

#[test]
fn py_compile_writes_the_cache_file() {
    let d = tmpdir("pyc");
    write(
        &d,
        "hello.py",
        "def greet():\n    return 'hi'\nprint(greet())\n",
    );
    let o = run(&d, &["-m", "py_compile", "hello.py"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let pyc = cache(&d, "", "hello");
    assert!(pyc.is_file());
    let o = run(&d, &[pyc.to_str().unwrap()]);
    assert_eq!(stdout(&o), "hi\n", "{}", stderr(&o));
}

#[test]
fn py_compile_failures() {
    let d = tmpdir("pyc-fail");
    write(&d, "src/bad.py", "x = (1,\n");
    write(&d, "good.py", "print(1)\n");
    let o = run(&d, &["-m", "py_compile", "good.py", "src/bad.py"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stderr(&o), BAD_MESSAGE);
    assert!(cache(&d, "", "good").is_file());
    assert!(!cache(&d, "src", "bad").exists());

    let o = run(&d, &["-m", "py_compile", "nope.py"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stderr(&o), "[Errno 2] No such file or directory: 'nope.py'");
    let o = run(&d, &["-m", "py_compile", "-q", "src/bad.py"]);
    assert_eq!((code(&o), stderr(&o).as_str()), (1, ""));

    let o = run(&d, &["-m", "py_compile"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n\
         py_compile.py: error: the following arguments are required: filenames\n"
    );
    let o = run(&d, &["-m", "py_compile", "-h"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).starts_with("usage: py_compile.py [-h] [-q] filenames"));
}

#[test]
fn py_compile_reads_names_from_stdin() {
    let d = tmpdir("pyc-stdin");
    write(&d, "a.py", "print('a')\n");
    write(&d, "b.py", "print('b')\n");
    let o = run_stdin(&d, &["-m", "py_compile", "-"], "a.py\nb.py\n");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(cache(&d, "", "a").is_file());
    assert!(cache(&d, "", "b").is_file());
}

#[test]
fn compileall_compiles_a_tree_recursively() {
    let d = tree("tree");
    let o = run(&d, &["-m", "compileall", "src"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Listing 'src'...\n\
         Listing 'src/pkg'...\n\
         Compiling 'src/pkg/mod.py'...\n\
         Listing 'src/pkg/sub'...\n\
         Compiling 'src/pkg/sub/deep.py'...\n\
         Compiling 'src/top.py'...\n"
    );
    assert!(cache(&d, "src", "top").is_file());
    assert!(cache(&d, "src/pkg", "mod").is_file());
    assert!(cache(&d, "src/pkg/sub", "deep").is_file());
    assert!(!d.join("src/__pycache__/notes.taipan-312.pyc").exists());
    let o = run(&d, &[cache(&d, "src/pkg", "mod").to_str().unwrap()]);
    assert_eq!(stdout(&o), "mod 1\n");
}

#[test]
fn compileall_depth_limits() {
    let d = tree("depth");
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "Listing 'src'...\nCompiling 'src/top.py'...\n");
    assert!(cache(&d, "src", "top").is_file());
    assert!(!cache(&d, "src/pkg", "mod").exists());

    let o = run(&d, &["-m", "compileall", "-q", "-r", "1", "src"]);
    assert_eq!((code(&o), stdout(&o).as_str()), (0, ""));
    assert!(cache(&d, "src/pkg", "mod").is_file());
    assert!(!cache(&d, "src/pkg/sub", "deep").exists());
}

#[test]
fn compileall_skips_files_matching_x() {
    let d = tree("rx");
    let o = run(&d, &["-m", "compileall", "-q", "-x", r"[/\\]sub", "src"]);
    assert_eq!(code(&o), 0);
    assert!(cache(&d, "src/pkg", "mod").is_file());
    assert!(!cache(&d, "src/pkg/sub", "deep").exists());
}

#[test]
fn compileall_skips_fresh_files_unless_forced() {
    let d = tree("force");
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert!(stdout(&o).contains("Compiling 'src/top.py'..."));
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert_eq!(stdout(&o), "Listing 'src'...\n");
    assert_eq!(code(&o), 0);
    // A source whose cache is older than an edit is compiled again.
    write(&d, "src/top.py", "print('top, edited')\n");
    set_old_mtime(&d.join("src/top.py"));
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert!(stdout(&o).contains("Compiling 'src/top.py'..."));
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert_eq!(stdout(&o), "Listing 'src'...\n");
    let o = run(&d, &["-m", "compileall", "-f", "-l", "src"]);
    assert_eq!(stdout(&o), "Listing 'src'...\nCompiling 'src/top.py'...\n");
    let o = run(&d, &[cache(&d, "src", "top").to_str().unwrap()]);
    assert_eq!(stdout(&o), "top, edited\n");
}

#[test]
fn compileall_reports_syntax_errors() {
    let d = tree("syntax");
    write(&d, "src/bad.py", "x = (1,\n");
    let o = run(&d, &["-m", "compileall", "-l", "src"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        format!(
            "Listing 'src'...\nCompiling 'src/bad.py'...\n*** {BAD_MESSAGE}\nCompiling 'src/top.py'...\n"
        )
    );
    assert!(cache(&d, "src", "top").is_file());

    let o = run(&d, &["-m", "compileall", "-q", "-l", "src"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        format!("*** Error compiling 'src/bad.py'...\n{BAD_MESSAGE}\n")
    );
    let o = run(&d, &["-m", "compileall", "-qq", "-l", "src"]);
    assert_eq!((code(&o), stdout(&o).as_str()), (1, ""));

    // A file named on the command line, and a directory that cannot be listed.
    let o = run(&d, &["-m", "compileall", "src/bad.py", "missing"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        format!(
            "Compiling 'src/bad.py'...\n*** {BAD_MESSAGE}\nListing 'missing'...\nCan't list 'missing'\n"
        )
    );
}

#[test]
fn compileall_legacy_locations() {
    let d = tree("legacy");
    let o = run(&d, &["-m", "compileall", "-q", "-b", "src"]);
    assert_eq!(code(&o), 0);
    assert!(d.join("src/top.pyc").is_file());
    assert!(d.join("src/pkg/sub/deep.pyc").is_file());
    assert!(!d.join("src/__pycache__").exists());
    let o = run(&d, &[d.join("src/top.pyc").to_str().unwrap()]);
    assert_eq!(stdout(&o), "top\n");
}

#[test]
fn compileall_invalidation_modes() {
    let d = tree("modes");
    set_old_mtime(&d.join("src/top.py"));
    let top = cache(&d, "src", "top");
    let o = run(&d, &["-m", "compileall", "-q", "-l", "src"]);
    assert_eq!(code(&o), 0);
    assert_eq!(flags(&top), 0);
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "--invalidation-mode",
            "checked-hash",
            "-l",
            "src",
        ],
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Compiling 'src/top.py'..."));
    assert_eq!(flags(&top), 3);
    // Fresh for the mode it was written with.
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "--invalidation-mode=checked-hash",
            "-l",
            "src",
        ],
    );
    assert_eq!(stdout(&o), "Listing 'src'...\n");
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "-q",
            "--invalidation-mode",
            "unchecked-hash",
            "-l",
            "src",
        ],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(flags(&top), 1);
    let o = command(&d, &["-m", "compileall", "-q", "-f", "-l", "src"])
        .env("SOURCE_DATE_EPOCH", "1600000000")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    assert_eq!(flags(&top), 3);
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "-q",
            "--invalidation-mode",
            "unchecked-hash",
            "-l",
            "src",
        ],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(flags(&top), 1);
    let o = command(&d, &["-m", "py_compile", "src/top.py"])
        .env("SOURCE_DATE_EPOCH", "1600000000")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    assert_eq!(flags(&top), 3);
    let o = run(
        &d,
        &["-m", "compileall", "--invalidation-mode", "nope", "src"],
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).ends_with(
        "compileall.py: error: argument --invalidation-mode: invalid choice: 'nope' \
         (choose from 'checked-hash', 'timestamp', 'unchecked-hash')\n"
    ));
}

#[test]
fn compileall_ddir_is_the_recorded_file_name() {
    let d = tmpdir("ddir");
    write(
        &d,
        "src/raiser.py",
        "def f():\n    raise ValueError('boom')\nf()\n",
    );
    let o = run(
        &d,
        &["-m", "compileall", "-q", "-d", "/installed/lib", "src"],
    );
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let o = run(&d, &[cache(&d, "src", "raiser").to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(
        err.contains("File \"/installed/lib/raiser.py\", line 2, in f"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
    // -s strips a leading part of the path, -p prepends one.
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "-q",
            "-f",
            "-s",
            "src",
            "-p",
            "/opt",
            "src/raiser.py",
        ],
    );
    assert_eq!(code(&o), 0);
    let o = run(&d, &[cache(&d, "src", "raiser").to_str().unwrap()]);
    assert!(stderr(&o).contains("File \"/opt/raiser.py\", line 2, in f"));
    let o = run(&d, &["-m", "compileall", "-d", "x", "-s", "y", "src"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o)
        .ends_with("compileall.py: error: -d cannot be used in combination with -s or -p\n"));
}

#[test]
fn compileall_workers() {
    let d = tree("workers");
    for i in 0..20 {
        write(&d, &format!("src/many/m{i}.py"), &format!("x = {i}\n"));
    }
    let o = run(&d, &["-m", "compileall", "-j", "2", "src"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let out = stdout(&o);
    assert_eq!(out.matches("Compiling ").count(), 23, "{out}");
    for i in 0..20 {
        assert!(cache(&d, "src/many", &format!("m{i}")).is_file());
    }
    assert!(cache(&d, "src/pkg/sub", "deep").is_file());
    write(&d, "src/bad.py", "x = (1,\n");
    let o = run(&d, &["-m", "compileall", "-q", "-f", "-j", "0", "src"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        format!("*** Error compiling 'src/bad.py'...\n{BAD_MESSAGE}\n")
    );
}

#[test]
fn compileall_file_list_and_no_arguments() {
    let d = tree("list");
    write(&d, "list.txt", "src/top.py\n  src/pkg/sub  \n");
    let o = run(&d, &["-m", "compileall", "-q", "-i", "list.txt"]);
    assert_eq!(code(&o), 0);
    assert!(cache(&d, "src", "top").is_file());
    assert!(cache(&d, "src/pkg/sub", "deep").is_file());
    assert!(!cache(&d, "src/pkg", "mod").exists());
    let o = run_stdin(
        &d,
        &["-m", "compileall", "-q", "-i", "-"],
        "src/pkg/mod.py\n",
    );
    assert_eq!(code(&o), 0);
    assert!(cache(&d, "src/pkg", "mod").is_file());
    let o = run(&d, &["-m", "compileall", "-i", "nope.txt"]);
    assert_eq!(
        (code(&o), stdout(&o).as_str()),
        (1, "Error reading file list nope.txt\n")
    );

    // No arguments: the current directory (Taipan's sys.path under -m), not recursively.
    let src = d.join("src");
    let o = run(&src, &["-m", "compileall", "-f"]);
    assert_eq!(code(&o), 0);
    let listed = format!("Listing {:?}...\n", std::fs::canonicalize(&src).unwrap());
    let out = stdout(&o).replace('\'', "\"");
    assert!(out.starts_with(&listed), "{out}");
    assert!(out.ends_with("/top.py\"...\n"), "{out}");
}

#[cfg(unix)]
#[test]
fn compileall_limit_symlinks() {
    let d = tree("symlinks");
    write(&d, "outside/o.py", "print('o')\n");
    std::os::unix::fs::symlink("../outside/o.py", d.join("src/link_out.py")).unwrap();
    std::os::unix::fs::symlink("pkg/mod.py", d.join("src/link_in.py")).unwrap();
    let o = run(&d, &["-m", "compileall", "-q", "-l", "-e", "src", "src"]);
    assert_eq!(code(&o), 0);
    assert!(cache(&d, "src", "link_in").is_file());
    assert!(!cache(&d, "src", "link_out").exists());
    let o = run(&d, &["-m", "compileall", "-q", "-l", "src"]);
    assert_eq!(code(&o), 0);
    assert!(cache(&d, "src", "link_out").is_file());
}

#[test]
fn compileall_usage_errors() {
    let d = tmpdir("usage");
    let o = run(&d, &["-m", "compileall", "-o", "x", "."]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).ends_with("compileall.py: error: argument -o: invalid int value: 'x'\n"));
    // One level (the default counts as one) cannot have duplicates to link.
    for args in [&["-o", "1"][..], &[]] {
        let o = run(
            &d,
            &[&["-m", "compileall", "--hardlink-dupes"], args, &["."]].concat(),
        );
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).ends_with(
            "compileall.py: error: Hardlinking of duplicated bytecode makes sense only for more than one optimization level.\n"
        ));
    }
    let o = run(&d, &["-m", "compileall", "-r", "x"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).starts_with("usage: compileall.py [-h] [-l] [-r RECURSION]"));
    assert!(stderr(&o).ends_with("compileall.py: error: argument -r: invalid int value: 'x'\n"));
    let o = run(&d, &["-m", "compileall", "--bogus"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).ends_with("compileall.py: error: unrecognized arguments: --bogus\n"));
    let o = run(&d, &["-m", "compileall", "--help"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Utilities to support installing Python libraries."));
}
