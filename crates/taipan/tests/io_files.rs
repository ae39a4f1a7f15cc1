//! Files and standard streams seen from outside: piped stdin (read, iteration, input()),
//! missing and read-only files, data written without close() landing at exit, and
//! text and bytes written to stdout staying in order.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str, dir: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn taipan");
    if let Some(mut sin) = child.stdin.take() {
        sin.write_all(stdin.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-io-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    d
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn stdin_read_all() {
    let d = tmpdir("read");
    let code = "import sys; data = sys.stdin.read(); print(len(data), data.split())";
    let o = run(&["-c", code], "a b\r\nc\n", &d);
    assert_eq!(out(&o), "6 ['a', 'b', 'c']\n");
}

#[test]
fn stdin_iteration_and_readline() {
    let d = tmpdir("iter");
    let code = "import sys\nfirst = sys.stdin.readline()\nprint(repr(first))\nfor line in sys.stdin:\n    print(repr(line))\nprint(repr(sys.stdin.readline()))";
    let o = run(&["-c", code], "one\ntwo\nthree", &d);
    assert_eq!(out(&o), "'one\\n'\n'two\\n'\n'three'\n''\n");
}

#[test]
fn input_mixed_with_stdin_and_eof() {
    let d = tmpdir("input");
    let code = "import sys\nprint(input('> '))\nprint(repr(sys.stdin.readline()))\nprint(input())\ntry:\n    input()\nexcept EOFError as e:\n    print('EOF:', e)";
    let o = run(&["-c", code], "first\nsecond\nthird\n", &d);
    assert_eq!(
        out(&o),
        "> first\n'second\\n'\nthird\nEOF: EOF when reading a line\n"
    );
}

#[test]
fn input_from_replaced_stdin() {
    let d = tmpdir("replaced");
    let code = "import io, sys\nsys.stdin = io.StringIO('x\\ny\\n')\nprint(input(), input())";
    let o = run(&["-c", code], "", &d);
    assert_eq!(out(&o), "x y\n");
}

#[test]
fn missing_file_traceback() {
    let d = tmpdir("missing");
    let o = run(&["-c", "open('nope.txt')"], "", &d);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).ends_with("FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'\n")
    );
}

#[test]
fn read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let d = tmpdir("readonly");
    let p = d.join("ro.txt");
    std::fs::write(&p, "kept\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let code = "try:\n    open('ro.txt', 'a')\nexcept PermissionError as e:\n    print(e.errno, e.strerror, e.filename)\nprint(open('ro.txt').read(), end='')";
    let o = run(&["-c", code], "", &d);
    // Root may write anyway; then only the read is checked.
    let root_writes = std::fs::OpenOptions::new().append(true).open(&p).is_ok();
    if root_writes {
        assert!(out(&o).ends_with("kept\n"));
    } else {
        assert_eq!(out(&o), "13 Permission denied ro.txt\nkept\n");
    }
}

#[test]
fn unclosed_file_flushed_at_exit() {
    let d = tmpdir("flush");
    let code = "f = open('out.txt', 'w')\nf.write('pending data\\n')\nimport sys\nsys.exit(3)";
    let o = run(&["-c", code], "", &d);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(
        std::fs::read_to_string(d.join("out.txt")).unwrap(),
        "pending data\n"
    );
}

#[test]
fn stdout_text_and_bytes_in_order() {
    let d = tmpdir("order");
    let code = "import sys\nprint('a')\nsys.stdout.buffer.write(b'b\\n')\nsys.stdout.write('c\\n')\nprint('d', flush=True)\nsys.stdout.buffer.write(b'e\\n')";
    for args in [vec!["-c", code], vec!["-u", "-c", code]] {
        let o = run(&args, "", &d);
        assert_eq!(out(&o), "a\nb\nc\nd\ne\n");
    }
}
