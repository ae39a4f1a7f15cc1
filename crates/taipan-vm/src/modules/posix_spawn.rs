//! `posix._fork_exec`: the one native step of `subprocess` (CPython's
//! `_posixsubprocess.fork_exec`): fork, then in the child only async-signal-safe calls
//! on data prepared beforehand — set up descriptors, chdir, restore signals, execve —
//! reporting a failure through a pipe as "stage:errno".

use crate::modules::posix::{fd_arg, last_err, path_arg};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::ffi::CString;

pub const FUNCS: &[(&str, NativeFn)] = &[("_fork_exec", fork_exec)];

fn cstrings(vm: &mut Vm, v: &Value) -> PyResult<Vec<CString>> {
    let items = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("_fork_exec: expected a list")),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(path_arg(vm, it, "_fork_exec", "args")?.c);
    }
    Ok(out)
}

fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<_> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

/// `_fork_exec(executables, argv, env|None, cwd|None, stdin, stdout, stderr, errpipe,
/// start_new_session)` → pid. A descriptor of -1 leaves the child's stream as it is.
fn fork_exec(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_fork_exec", 9, 9)?;
    let exes = cstrings(vm, &args.pos[0])?;
    let argv = cstrings(vm, &args.pos[1])?;
    let env = match &args.pos[2] {
        Value::None => None,
        v => Some(cstrings(vm, v)?),
    };
    let cwd = match &args.pos[3] {
        Value::None => None,
        v => Some(path_arg(vm, v, "_fork_exec", "cwd")?.c),
    };
    let mut fds = [0i32; 3];
    for (i, slot) in fds.iter_mut().enumerate() {
        *slot = fd_arg(vm, &args.pos[4 + i])?;
    }
    let errpipe = fd_arg(vm, &args.pos[7])?;
    let new_session = vm.truthy(&args.pos[8])?;
    let argv_p = ptrs(&argv);
    let env_p = env.as_deref().map(ptrs);
    // SAFETY: sysconf reads a system value (before fork: nothing is computed in the child).
    let max_fd = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 65536) as i32;
    vm.out.flush();
    vm.err.flush();
    // SAFETY: the child calls only async-signal-safe functions on memory prepared above,
    // then execs or _exits.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_err(vm, None, None));
    }
    if pid == 0 {
        unsafe {
            child(
                &fds,
                errpipe,
                new_session,
                cwd.as_ref(),
                &exes,
                &argv_p,
                env_p.as_deref(),
                max_fd,
            )
        }
    }
    Ok(Value::Int(i64::from(pid)))
}

/// # Safety
/// Only in the forked child.
unsafe fn report(errpipe: i32, stage: u8, err: i32) -> ! {
    // "c:NN" or "x:NN", formatted without allocating.
    let mut buf = [stage, b':', 0, 0, 0, 0, 0, 0];
    let mut n = 2;
    let mut digits = [0u8; 6];
    let mut k = 0;
    let mut e = err.max(0);
    loop {
        digits[k] = b'0' + (e % 10) as u8;
        k += 1;
        e /= 10;
        if e == 0 || k == digits.len() {
            break;
        }
    }
    while k > 0 {
        k -= 1;
        buf[n] = digits[k];
        n += 1;
    }
    // SAFETY: writing a stack buffer, then leaving the child at once.
    unsafe {
        libc::write(errpipe, buf.as_ptr().cast(), n);
        libc::_exit(255)
    }
}

/// # Safety
/// Only in the forked child.
#[allow(clippy::too_many_arguments)]
unsafe fn child(
    fds: &[i32; 3],
    errpipe: i32,
    new_session: bool,
    cwd: Option<&CString>,
    exes: &[CString],
    argv: &[*const libc::c_char],
    env: Option<&[*const libc::c_char]>,
    max_fd: i32,
) -> ! {
    // SAFETY: the child runs async-signal-safe calls only, on memory prepared before fork.
    unsafe {
        let errno = || *libc::__errno_location();
        for (target, &fd) in fds.iter().enumerate() {
            let target = target as i32;
            if fd < 0 {
                continue;
            }
            if fd == target {
                // Already in place: only make it survive exec.
                let f = libc::fcntl(fd, libc::F_GETFD);
                libc::fcntl(fd, libc::F_SETFD, f & !libc::FD_CLOEXEC);
            } else if libc::dup2(fd, target) < 0 {
                report(errpipe, b'x', errno());
            }
        }
        for fd in 3..max_fd {
            if fd != errpipe {
                libc::close(fd);
            }
        }
        // The parent ignores SIGPIPE and SIGXFSZ and may block signals: the child starts clean.
        for s in [libc::SIGPIPE, libc::SIGXFSZ, libc::SIGINT] {
            libc::signal(s, libc::SIG_DFL);
        }
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
        if new_session {
            libc::setsid();
        }
        if let Some(c) = cwd {
            if libc::chdir(c.as_ptr()) < 0 {
                report(errpipe, b'c', errno());
            }
        }
        let mut first_err = 0;
        for exe in exes {
            match env {
                Some(e) => libc::execve(exe.as_ptr(), argv.as_ptr(), e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv.as_ptr()),
            };
            let e = errno();
            // As a shell: a missing candidate is skipped, the first other failure is kept.
            if first_err == 0 || (first_err == libc::ENOENT || first_err == libc::ENOTDIR) {
                first_err = e;
            }
        }
        report(
            errpipe,
            b'x',
            if first_err == 0 {
                libc::ENOENT
            } else {
                first_err
            },
        )
    }
}
