//! The command line as CPython spells it: argument forms, sys.argv, exit statuses and the
//! messages for usage errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn taipan(args: &[&str], stdin: Option<&str>, dir: &std::path::Path) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH");
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn taipan");
    if let Some(mut sin) = child.stdin.take() {
        sin.write_all(stdin.unwrap_or("").as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn command_string_and_argv() {
    let d = tmpdir("c");
    let o = taipan(&["-c", "import sys; print(sys.argv)", "a", "-b"], None, &d);
    assert_eq!(stdout(&o), "['-c', 'a', '-b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn script_argv_and_exit_status() {
    let d = tmpdir("script");
    std::fs::write(
        d.join("app.py"),
        "import sys\nprint(sys.argv)\nsys.exit(int(sys.argv[1]))\n",
    )
    .unwrap();
    let o = taipan(&["app.py", "7", "x"], None, &d);
    assert_eq!(stdout(&o), "['app.py', '7', 'x']\n");
    assert_eq!(o.status.code(), Some(7));
}

#[test]
fn stdin_program() {
    let d = tmpdir("stdin");
    let o = taipan(
        &["-", "q"],
        Some("import sys\nprint(sys.argv, 6 * 7)\n"),
        &d,
    );
    assert_eq!(stdout(&o), "['-', 'q'] 42\n");
    let o = taipan(&[], Some("print('no args')\n"), &d);
    assert_eq!(stdout(&o), "no args\n");
}

#[test]
fn uncaught_exception_is_status_1_with_traceback() {
    let d = tmpdir("exc");
    let o = taipan(&["-c", "def f():\n    raise KeyError('k')\nf()"], None, &d);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nKeyError: 'k'\n"
    );
}

#[test]
fn system_exit_forms() {
    let d = tmpdir("exit");
    let cases: [(&str, i32, &str); 5] = [
        ("raise SystemExit", 0, ""),
        ("raise SystemExit(3)", 3, ""),
        ("import sys; sys.exit('bye')", 1, "bye\n"),
        ("import sys; sys.exit(None)", 0, ""),
        ("import sys; sys.exit(True)", 1, ""),
    ];
    for (code, status, err) in cases {
        let o = taipan(&["-c", code], None, &d);
        assert_eq!(o.status.code(), Some(status), "{code}");
        assert_eq!(stderr(&o), err, "{code}");
    }
}

#[test]
fn missing_script_is_status_2() {
    let d = tmpdir("missing");
    let o = taipan(&["nope.py"], None, &d);
    assert_eq!(o.status.code(), Some(2));
    let want = format!(
        "taipan: can't open file '{}': [Errno 2] No such file or directory\n",
        d.canonicalize().unwrap().join("nope.py").display()
    );
    assert_eq!(stderr(&o), want);
}

#[test]
fn usage_errors_are_status_2() {
    let d = tmpdir("usage");
    let o = taipan(&["-Z"], None, &d);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("Unknown option: -Z\nusage: "),
        "{}",
        stderr(&o)
    );
    let o = taipan(&["-c"], None, &d);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("Argument expected for the -c option"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn version_and_help() {
    let d = tmpdir("version");
    for flag in ["-V", "--version"] {
        let o = taipan(&[flag], None, &d);
        assert!(stdout(&o).starts_with("Python 3.12"), "{}", stdout(&o));
        assert_eq!(o.status.code(), Some(0));
    }
    let o = taipan(&["-h"], None, &d);
    assert!(stdout(&o).starts_with("usage: taipan"));
}

#[test]
fn module_mode_runs_module_and_package_main() {
    let d = tmpdir("m");
    std::fs::write(
        d.join("tool.py"),
        "import sys\nprint('tool', __name__, sys.argv[0].endswith('/tool.py'), sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(d.join("pkg/__main__.py"), "print('pkg main', __name__)\n").unwrap();
    let o = taipan(&["-m", "tool", "x"], None, &d);
    // As CPython: sys.argv[0] is the module's file.
    assert_eq!(stdout(&o), "tool __main__ True ['x']\n");
    let o = taipan(&["-m", "pkg"], None, &d);
    assert_eq!(stdout(&o), "pkg main __main__\n");
    let o = taipan(&["-m", "nosuch"], None, &d);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("No module named nosuch\n"),
        "{}",
        stderr(&o)
    );
    // A submodule: its parent packages are imported first, and it gets its spec.
    std::fs::create_dir_all(d.join("pkg/sub")).unwrap();
    std::fs::write(d.join("pkg/sub/__init__.py"), "").unwrap();
    std::fs::write(
        d.join("pkg/sub/tool.py"),
        "import sys\nfrom .. import __name__ as p\n\
         print(__name__, __package__, __spec__.name, p, sys.argv[0].endswith('pkg/sub/tool.py'))\n",
    )
    .unwrap();
    let o = taipan(&["-m", "pkg.sub.tool"], None, &d);
    assert_eq!(stdout(&o), "__main__ pkg.sub pkg.sub.tool pkg True\n");
    let o = taipan(&["-m", "pkg.sub"], None, &d);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with(
            "No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n"
        ),
        "{}",
        stderr(&o)
    );
    let o = taipan(&["-m", "nosuch.x"], None, &d);
    assert!(
        stderr(&o).ends_with(
            "Error while finding module specification for 'nosuch.x' \
             (ModuleNotFoundError: No module named 'nosuch')\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn isolated_mode_ignores_pythonpath() {
    let d = tmpdir("isolated");
    std::fs::create_dir_all(d.join("extra")).unwrap();
    std::fs::write(d.join("extra/helper.py"), "VALUE = 5\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.current_dir(&d).env("PYTHONPATH", d.join("extra"));
    let o = cmd
        .args(["-c", "import helper; print(helper.VALUE)"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "5\n");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.current_dir(&d).env("PYTHONPATH", d.join("extra"));
    let o = cmd.args(["-I", "-c", "import helper"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("ModuleNotFoundError: No module named 'helper'\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn safe_path_drops_the_script_directory() {
    let d = tmpdir("safepath");
    std::fs::write(d.join("sibling.py"), "X = 1\n").unwrap();
    std::fs::write(
        d.join("where.py"),
        "import sys\nprint(sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    )
    .unwrap();
    std::fs::write(d.join("app.py"), "import sibling\nprint('imported')\n").unwrap();
    assert_eq!(stdout(&taipan(&["where.py"], None, &d)), "True\n");
    assert_eq!(stdout(&taipan(&["app.py"], None, &d)), "imported\n");
    for flag in ["-P", "-I"] {
        let o = taipan(&[flag, "app.py"], None, &d);
        assert_eq!(o.status.code(), Some(1), "{flag}");
        assert!(
            stderr(&o).ends_with("ModuleNotFoundError: No module named 'sibling'\n"),
            "{flag}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn unsupported_features_raise_not_implemented_error_naming_them() {
    let d = tmpdir("unsupported");
    let cases = [
        (
            "def f(): pass\nf.__code__ = None\n",
            "assigning to __code__",
        ),
        (
            "compile('1', 'f', 'exec', 0x400)\n",
            "PyCF_ONLY_AST (compiling to an AST)",
        ),
    ];
    for (src, what) in cases {
        let o = taipan(&["-c", src], None, &d);
        let last = stderr(&o).lines().last().unwrap_or_default().to_string();
        assert_eq!(
            last,
            format!("NotImplementedError: Taipan does not support {what} yet"),
            "{src}"
        );
        assert_eq!(o.status.code(), Some(1), "{src}");
    }
}
