//! Memory bounds (issue 6): objects freed by reference counting and cycles found by the
//! collector keep a long allocation loop's peak RSS flat.

use std::process::{Command, Stdio};

/// Runs `taipan -c source`, returning (stdout, peak RSS in MB) of that one child.
// The child is reaped with wait4 (for its own rusage) rather than Child::wait.
#[allow(clippy::zombie_processes)]
fn run_measured(source: &str) -> (String, f64) {
    let child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-c", source])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn taipan");
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.expect("stdout");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut out, &mut text).expect("read stdout");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for; both out-pointers are valid.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "taipan failed: status {status}"
    );
    // ru_maxrss is in kilobytes on Linux.
    (text, usage.ru_maxrss as f64 / 1024.0)
}

#[test]
fn ten_million_objects_in_cycles_stay_under_100_mb() {
    let src = "class Node:\n    pass\n\
               for i in range(5_000_000):\n    a = Node(); b = Node()\n    a.other = b; b.other = a\n\
               print('done')\n";
    let (out, mb) = run_measured(src);
    assert_eq!(out, "done\n");
    eprintln!("cycles: peak RSS {mb:.1} MB");
    assert!(mb < 100.0, "peak RSS {mb:.1} MB");
}

#[test]
fn ten_million_plain_objects_stay_under_30_mb() {
    let src = "class Node:\n    pass\n\
               for i in range(10_000_000):\n    a = Node()\n    a.x = i\n\
               print('done')\n";
    let (out, mb) = run_measured(src);
    assert_eq!(out, "done\n");
    eprintln!("plain: peak RSS {mb:.1} MB");
    assert!(mb < 30.0, "peak RSS {mb:.1} MB");
}

#[test]
fn list_self_cycles_in_a_function_are_collected() {
    // Lists and dicts referencing themselves, made in a called function (frames and
    // locals die each call), a million times.
    let src = "def f(i):\n    l = [i]; l.append(l)\n    d = {'i': i}; d['d'] = d\n\
               for i in range(1_000_000):\n    f(i)\n\
               import gc\nprint(gc.collect() < 1000)\n";
    let (out, mb) = run_measured(src);
    assert_eq!(out, "True\n");
    assert!(mb < 60.0, "peak RSS {mb:.1} MB");
}
