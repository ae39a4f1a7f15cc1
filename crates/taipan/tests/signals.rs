//! Processes and signals seen from outside: Ctrl-C, handlers woken by other processes,
//! a closed stdout pipe, atexit after an uncaught exception.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

fn spawn(code: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("taipan runs")
}

/// Waits until the child printed its first line (it is then running Python code).
fn wait_ready(child: &mut std::process::Child) -> String {
    let out = child.stdout.as_mut().unwrap();
    let mut got = Vec::new();
    let mut b = [0u8; 1];
    while out.read(&mut b).unwrap_or(0) == 1 {
        got.push(b[0]);
        if b[0] == b'\n' {
            break;
        }
    }
    String::from_utf8_lossy(&got).into_owned()
}

fn send(child: &std::process::Child, sig: i32) {
    // SAFETY: kill sends a signal to our own child.
    unsafe { libc::kill(child.id() as i32, sig) };
}

fn finish(child: std::process::Child) -> (std::process::ExitStatus, String, String) {
    let o = child.wait_with_output().unwrap();
    (
        o.status,
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn ctrl_c_uncaught_is_keyboard_interrupt_and_death_by_sigint() {
    let mut c = spawn("import time\nprint('ready', flush=True)\nwhile True: time.sleep(0.01)");
    assert_eq!(wait_ready(&mut c), "ready\n");
    send(&c, libc::SIGINT);
    let (status, _, err) = finish(c);
    assert!(err.contains("Traceback (most recent call last):"), "{err}");
    assert!(err.trim_end().ends_with("KeyboardInterrupt"), "{err}");
    assert_eq!(status.signal(), Some(libc::SIGINT));
}

#[test]
fn ctrl_c_in_a_busy_loop_is_catchable() {
    let code = "import atexit\natexit.register(print, 'atexit')\ntry:\n    print('ready', flush=True)\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')";
    let mut c = spawn(code);
    assert_eq!(wait_ready(&mut c), "ready\n");
    std::thread::sleep(Duration::from_millis(50));
    send(&c, libc::SIGINT);
    let (status, out, _) = finish(c);
    assert_eq!(out, "caught\natexit\n");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigterm_handler_runs() {
    let code = "import signal, sys, time\ndef h(s, f):\n    print('term', s)\n    sys.exit(3)\nsignal.signal(signal.SIGTERM, h)\nprint('ready', flush=True)\ntime.sleep(30)";
    let mut c = spawn(code);
    assert_eq!(wait_ready(&mut c), "ready\n");
    send(&c, libc::SIGTERM);
    let (status, out, _) = finish(c);
    assert_eq!(out, "term 15\n");
    assert_eq!(status.code(), Some(3));
}

#[test]
fn alarm_interrupts_a_pipe_read() {
    // The read of an idle pipe is interrupted, the handler raises.
    let code = "import signal, os\ndef h(s, f): raise TimeoutError('alarm')\nsignal.signal(signal.SIGALRM, h)\nr, w = os.pipe()\nsignal.alarm(1)\ntry:\n    os.read(r, 1)\nexcept TimeoutError as e:\n    print('caught', e)";
    let (status, out, err) = finish(spawn(code));
    assert_eq!(out, "caught alarm\n", "{err}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn closed_stdout_pipe_is_broken_pipe_error() {
    let out = Command::new("sh")
        .args([
            "-c",
            &format!(
                "'{}' -c 'for i in range(100000): print(i)' | head -1; echo \"status ${{PIPESTATUS:-}}\"",
                env!("CARGO_BIN_EXE_taipan")
            ),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.starts_with("0\n"), "{stdout}");
    assert!(
        stderr.contains("BrokenPipeError: [Errno 32] Broken pipe"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn broken_pipe_is_catchable() {
    let code = "import sys\ntry:\n    for i in range(100000): print(i)\nexcept BrokenPipeError:\n    sys.stderr.write('caught\\n')\n    sys.exit(0)";
    let mut c = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(c.stdout.take());
    let (status, _, err) = finish(c);
    assert_eq!(err, "caught\n");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn atexit_runs_after_the_traceback() {
    let code = "import atexit\natexit.register(print, 'first registered')\natexit.register(lambda: print('last registered'))\nraise ValueError('boom')";
    let (status, out, err) = finish(spawn(code));
    assert_eq!(out, "last registered\nfirst registered\n");
    assert!(err.trim_end().ends_with("ValueError: boom"), "{err}");
    assert_eq!(status.code(), Some(1));
}
