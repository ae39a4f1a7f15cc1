//! `posix`'s descriptors, environment, processes and system information.

use crate::modules::posix::{self, fd_arg, int_arg, last_err, new_struct, path_arg, types};
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::ffi::{CStr, CString};

pub const FUNCS: &[(&str, NativeFn)] = &[
    ("putenv", putenv),
    ("_fsdecode", fsdecode),
    ("unsetenv", unsetenv),
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
    ("getpgrp", getpgrp),
    ("getgroups", getgroups),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("strerror", strerror),
    ("open", open),
    ("close", close),
    ("closerange", closerange),
    ("read", read),
    ("write", write),
    ("lseek", lseek),
    ("fsync", fsync),
    ("fdatasync", fdatasync),
    ("ftruncate", ftruncate),
    ("pipe", pipe),
    ("dup", dup),
    ("dup2", dup2),
    ("isatty", isatty),
    ("get_inheritable", get_inheritable),
    ("set_inheritable", set_inheritable),
    ("get_blocking", get_blocking),
    ("set_blocking", set_blocking),
    ("get_terminal_size", get_terminal_size),
    ("times", times),
    ("uname", uname),
    ("kill", kill),
    ("_exit", exit_now),
    ("system", system),
    ("fork", fork),
    ("register_at_fork", register_at_fork),
    ("waitpid", waitpid),
    ("wait", wait),
    ("execv", execv),
    ("execve", execve),
    ("WIFEXITED", wifexited),
    ("WEXITSTATUS", wexitstatus),
    ("WIFSIGNALED", wifsignaled),
    ("WTERMSIG", wtermsig),
    ("WIFSTOPPED", wifstopped),
    ("WSTOPSIG", wstopsig),
    ("WCOREDUMP", wcoredump),
    ("WIFCONTINUED", wifcontinued),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
];

/// An environment name or value: str or bytes, as raw bytes without NUL.
fn env_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let a = path_arg(vm, v, "putenv", "name").map_err(|e| {
        if vm.is_instance_of(&e, &vm.exc.type_error.clone()) {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            ))
        } else {
            e
        }
    })?;
    Ok(a.c.into_bytes())
}

/// A name for putenv: '=' is refused here; setenv itself refuses an empty name (EINVAL).
fn env_name(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let n = env_bytes(vm, v)?;
    if n.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(n)
}

/// `posix._fsdecode(b)`: a file name's bytes as str (UTF-8; Taipan's str cannot hold
/// the lone surrogates of 'surrogateescape', so invalid bytes become U+FFFD).
fn fsdecode(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_fsdecode", 1, 1)?;
    let b = bytes_arg(vm, &args.pos[0])?;
    Ok(vm.new_str(String::from_utf8_lossy(&b).into_owned()))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "putenv", 2, 2)?;
    let name = env_name(vm, &args.pos[0])?;
    let value = env_bytes(vm, &args.pos[1])?;
    let (n, v) = (
        CString::new(name).expect("checked"),
        CString::new(value).expect("checked"),
    );
    // SAFETY: setenv copies both NUL-terminated strings; Taipan runs one interpreter thread.
    if unsafe { libc::setenv(n.as_ptr(), v.as_ptr(), 1) } != 0 {
        return Err(last_err(vm, None, None));
    }
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "unsetenv", 1, 1)?;
    let name = env_bytes(vm, &args.pos[0])?;
    let n = CString::new(name).expect("checked");
    // SAFETY: unsetenv on a NUL-terminated name.
    if unsafe { libc::unsetenv(n.as_ptr()) } != 0 {
        return Err(last_err(vm, None, None));
    }
    Ok(Value::None)
}

macro_rules! id_fn {
    ($name:ident, $call:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            args.check(vm, stringify!($name), 0, 0)?;
            // SAFETY: these identity calls cannot fail.
            Ok(Value::Int(i64::from(unsafe { $call })))
        }
    };
}
id_fn!(getpid, libc::getpid());
id_fn!(getppid, libc::getppid());
id_fn!(getuid, libc::getuid());
id_fn!(geteuid, libc::geteuid());
id_fn!(getgid, libc::getgid());
id_fn!(getegid, libc::getegid());
id_fn!(getpgrp, libc::getpgrp());

fn getgroups(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getgroups", 0, 0)?;
    let mut buf = vec![0 as libc::gid_t; 1024];
    // SAFETY: the buffer holds `len` gids.
    let n = unsafe { libc::getgroups(buf.len() as i32, buf.as_mut_ptr()) };
    if n < 0 {
        return Err(last_err(vm, None, None));
    }
    let items = buf[..n as usize]
        .iter()
        .map(|g| Value::Int(i64::from(*g)))
        .collect();
    Ok(vm.new_list(items))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cpu_count", 0, 0)?;
    // SAFETY: sysconf reads a system value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n) })
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "urandom", 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the rest of the buffer is writable.
        let r =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if r < 0 {
            if posix::errno() == libc::EINTR {
                continue;
            }
            return Err(last_err(vm, None, None));
        }
        filled += r as usize;
    }
    Ok(vm.new_bytes(buf))
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "strerror", 1, 1)?;
    let code = int_arg(vm, &args.pos[0])?;
    // SAFETY: strerror returns a pointer to a static or thread-local string.
    let s = unsafe { CStr::from_ptr(libc::strerror(code as i32)) };
    Ok(vm.new_str(s.to_string_lossy().into_owned()))
}

fn check_fd(vm: &mut Vm, r: i64) -> PyResult<i64> {
    if r < 0 {
        return Err(last_err(vm, None, None));
    }
    Ok(r)
}

fn open(vm: &mut Vm, mut args: Args) -> PyResult {
    posix::no_dir_fd(vm, &mut args, "open")?;
    let s = args.bind(vm, "open", &["path", "flags", "mode"], 2)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let a = path_arg(vm, &p, "open", "path")?;
    let flags = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))? as i32;
    let mode = match &s[2] {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    loop {
        // SAFETY: open on a NUL-terminated path; new descriptors are non-inheritable (PEP 446).
        let fd = unsafe { libc::open(a.c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
        if fd >= 0 {
            return Ok(Value::Int(i64::from(fd)));
        }
        if posix::errno() != libc::EINTR {
            return Err(last_err(vm, Some(&a.orig), None));
        }
    }
}

fn one_fd(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<i32> {
    args.positional(vm, fname, 1, 1)?;
    fd_arg(vm, &args.pos[0])
}

fn close(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "close", &["fd"], 1)?;
    let fd = fd_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: closing a descriptor the program named.
    check_fd(vm, i64::from(unsafe { libc::close(fd) }))?;
    Ok(Value::None)
}

fn closerange(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "closerange", 2, 2)?;
    let lo = fd_arg(vm, &args.pos[0])?;
    let hi = fd_arg(vm, &args.pos[1])?;
    for fd in lo.max(0)..hi {
        // SAFETY: closing descriptors the program named; errors are ignored as in CPython.
        unsafe { libc::close(fd) };
    }
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "read", 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let n = int_arg(vm, &args.pos[1])?;
    if n < 0 {
        return Err(posix::os_err(vm, libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: the buffer is writable for `n` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(vm.new_bytes(buf));
        }
        if posix::errno() != libc::EINTR {
            return Err(last_err(vm, None, None));
        }
        // PEP 475: run the signal handlers (they may raise), then retry.
        crate::modules::signal::check(vm)?;
    }
}

/// A bytes-like argument's bytes.
pub fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "write", 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let data = bytes_arg(vm, &args.pos[1])?;
    loop {
        // SAFETY: the buffer is readable for its length.
        let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if r >= 0 {
            return Ok(Value::Int(r as i64));
        }
        if posix::errno() != libc::EINTR {
            return Err(last_err(vm, None, None));
        }
        crate::modules::signal::check(vm)?;
    }
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "lseek", 3, 3)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let pos = int_arg(vm, &args.pos[1])?;
    let how = int_arg(vm, &args.pos[2])? as i32;
    // SAFETY: lseek on a descriptor.
    let r = unsafe { libc::lseek(fd, pos, how) };
    Ok(Value::Int(check_fd(vm, r)?))
}

/// A descriptor or an object with `fileno()` (`PyObject_AsFileDescriptor`).
fn fileno_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if crate::objects::int::as_i64(v).is_some() {
        return fd_arg(vm, v);
    }
    let k = vm.new_str("fileno");
    match vm.get_attr(v, &k) {
        Ok(f) => {
            let r = vm.call(&f, Args::default())?;
            fd_arg(vm, &r)
        }
        Err(_) => Err(vm.type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn fsync(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "fsync", 1, 1)?;
    let fd = fileno_arg(vm, &args.pos[0])?;
    // SAFETY: fsync on a descriptor.
    check_fd(vm, i64::from(unsafe { libc::fsync(fd) }))?;
    Ok(Value::None)
}

fn fdatasync(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "fdatasync", 1, 1)?;
    let fd = fileno_arg(vm, &args.pos[0])?;
    // SAFETY: fdatasync on a descriptor.
    check_fd(vm, i64::from(unsafe { libc::fdatasync(fd) }))?;
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "ftruncate", 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let len = int_arg(vm, &args.pos[1])?;
    // SAFETY: ftruncate on a descriptor.
    check_fd(vm, i64::from(unsafe { libc::ftruncate(fd, len) }))?;
    Ok(Value::None)
}

fn pipe(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "pipe", 0, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 fills two descriptors.
    check_fd(
        vm,
        i64::from(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }),
    )?;
    Ok(vm.new_tuple(vec![Value::Int(fds[0].into()), Value::Int(fds[1].into())]))
}

fn dup(vm: &mut Vm, args: Args) -> PyResult {
    let fd = one_fd(vm, &args, "dup")?;
    // SAFETY: fcntl duplicating a descriptor, non-inheritable.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    Ok(Value::Int(check_fd(vm, i64::from(r))?))
}

fn dup2(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "dup2", &["fd", "fd2", "inheritable"], 2)?;
    let fd = fd_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    let fd2 = fd_arg(vm, s[1].as_ref().unwrap_or(&Value::None))?;
    let inheritable = match &s[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    // SAFETY: dup2/dup3 on descriptors.
    let r = if inheritable || fd == fd2 {
        unsafe { libc::dup2(fd, fd2) }
    } else {
        unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) }
    };
    Ok(Value::Int(check_fd(vm, i64::from(r))?))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult {
    let fd = one_fd(vm, &args, "isatty")?;
    // SAFETY: isatty on a descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn fd_flags(vm: &mut Vm, fd: i32, get: i32) -> PyResult<i32> {
    // SAFETY: fcntl reading flags.
    let r = unsafe { libc::fcntl(fd, get) };
    Ok(check_fd(vm, i64::from(r))? as i32)
}

fn get_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    let fd = one_fd(vm, &args, "get_inheritable")?;
    let f = fd_flags(vm, fd, libc::F_GETFD)?;
    Ok(Value::Bool(f & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "set_inheritable", 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let on = vm.truthy(&args.pos[1])?;
    let f = fd_flags(vm, fd, libc::F_GETFD)?;
    let f = if on {
        f & !libc::FD_CLOEXEC
    } else {
        f | libc::FD_CLOEXEC
    };
    // SAFETY: fcntl setting flags.
    check_fd(vm, i64::from(unsafe { libc::fcntl(fd, libc::F_SETFD, f) }))?;
    Ok(Value::None)
}

fn get_blocking(vm: &mut Vm, args: Args) -> PyResult {
    let fd = one_fd(vm, &args, "get_blocking")?;
    let f = fd_flags(vm, fd, libc::F_GETFL)?;
    Ok(Value::Bool(f & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "set_blocking", 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let on = vm.truthy(&args.pos[1])?;
    let f = fd_flags(vm, fd, libc::F_GETFL)?;
    let f = if on {
        f & !libc::O_NONBLOCK
    } else {
        f | libc::O_NONBLOCK
    };
    // SAFETY: fcntl setting flags.
    check_fd(vm, i64::from(unsafe { libc::fcntl(fd, libc::F_SETFL, f) }))?;
    Ok(Value::None)
}

fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "get_terminal_size", 0, 1)?;
    let fd = match args.pos.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    // SAFETY: TIOCGWINSZ fills a winsize structure.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(last_err(vm, None, None));
    }
    let cls = types().terminal_size;
    Ok(new_struct(
        vm,
        &cls,
        vec![Value::Int(w.ws_col.into()), Value::Int(w.ws_row.into())],
    ))
}

fn times(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "times", 0, 0)?;
    // SAFETY: times fills a tms structure; sysconf reads a system value.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    if c == -1 as libc::clock_t {
        return Err(last_err(vm, None, None));
    }
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let v = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, c]
        .iter()
        .map(|x| Value::Float(*x as f64 / ticks))
        .collect();
    let cls = types().times_result;
    Ok(new_struct(vm, &cls, v))
}

fn uname(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "uname", 0, 0)?;
    // SAFETY: uname fills a utsname structure of NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_err(vm, None, None));
    }
    let fields = [&u.sysname, &u.nodename, &u.release, &u.version, &u.machine];
    let v = fields
        .iter()
        .map(|f| {
            // SAFETY: each field is NUL-terminated within its array.
            let s = unsafe { CStr::from_ptr(f.as_ptr()) };
            vm.new_str(s.to_string_lossy().into_owned())
        })
        .collect();
    let cls = types().uname_result;
    Ok(new_struct(vm, &cls, v))
}

fn kill(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "kill", 2, 2)?;
    let pid = int_arg(vm, &args.pos[0])? as libc::pid_t;
    let sig = int_arg(vm, &args.pos[1])? as i32;
    // SAFETY: kill sends a signal.
    check_fd(vm, i64::from(unsafe { libc::kill(pid, sig) }))?;
    Ok(Value::None)
}

fn exit_now(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "_exit", &["status"], 1)?;
    let n = int_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: ends the process at once, as os._exit does (no flushing).
    unsafe { libc::_exit(n as i32) }
}

fn system(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "system", &["command"], 1)?;
    let c = s[0].clone().unwrap_or(Value::None);
    let a = path_arg(vm, &c, "system", "command").map_err(|e| {
        if vm.is_instance_of(&e, &vm.exc.type_error.clone()) {
            let t = vm.type_name(&c);
            vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            ))
        } else {
            e
        }
    })?;
    // SAFETY: system runs a shell command and waits for it.
    let r = unsafe { libc::system(a.c.as_ptr()) };
    Ok(Value::Int(i64::from(r)))
}

fn fork(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fork", 0, 0)?;
    run_fork_hooks(vm, 0);
    // SAFETY: fork; the child goes on running this (single) interpreter thread.
    let pid = unsafe { libc::fork() };
    let r = check_fd(vm, i64::from(pid))?;
    run_fork_hooks(vm, if r == 0 { 2 } else { 1 });
    Ok(Value::Int(r))
}

thread_local! {
    /// register_at_fork's callables: before, after_in_parent, after_in_child.
    static FORK_HOOKS: std::cell::RefCell<[Vec<Value>; 3]> = const {
        std::cell::RefCell::new([Vec::new(), Vec::new(), Vec::new()])
    };
}

/// Runs one kind of fork hook: `before` ones last-registered first, the others in
/// registration order. As in CPython, an exception from a hook is ignored.
fn run_fork_hooks(vm: &mut Vm, kind: usize) {
    let mut hooks = FORK_HOOKS.with(|h| h.borrow()[kind].clone());
    if kind == 0 {
        hooks.reverse();
    }
    for f in hooks {
        let _ = vm.call(&f, Args::new([]));
    }
}

/// `os.register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`.
fn register_at_fork(vm: &mut Vm, args: Args) -> PyResult {
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "register_at_fork() takes exactly 0 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let names = ["before", "after_in_parent", "after_in_child"];
    let mut found: [Option<Value>; 3] = [None, None, None];
    for (k, v) in &args.kw {
        let Some(i) = names.iter().position(|n| *n == &**k) else {
            return Err(vm.type_error(format!(
                "register_at_fork() got an unexpected keyword argument '{k}'"
            )));
        };
        if !v.is_none() {
            found[i] = Some(v.clone());
        }
    }
    if found.iter().all(|f| f.is_none()) {
        return Err(vm.type_error("At least one argument is required."));
    }
    for (i, f) in found.iter().enumerate() {
        if let Some(f) = f {
            if !vm.is_callable(f) {
                let t = vm.type_name(f);
                return Err(vm.type_error(format!("'{}' must be callable, not {t}", names[i])));
            }
        }
    }
    FORK_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        for (i, f) in found.into_iter().enumerate() {
            if let Some(f) = f {
                h[i].push(f);
            }
        }
    });
    Ok(Value::None)
}

fn wait_result(vm: &mut Vm, pid: libc::pid_t, status: i32) -> PyResult {
    let pid = check_fd(vm, i64::from(pid))?;
    Ok(vm.new_tuple(vec![Value::Int(pid), Value::Int(i64::from(status))]))
}

fn waitpid(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "waitpid", 2, 2)?;
    let pid = int_arg(vm, &args.pos[0])? as libc::pid_t;
    let options = int_arg(vm, &args.pos[1])? as i32;
    let mut status = 0;
    loop {
        // SAFETY: waitpid fills an int status.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r < 0 && posix::errno() == libc::EINTR {
            crate::modules::signal::check(vm)?;
            continue;
        }
        return wait_result(vm, r, status);
    }
}

fn wait(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "wait", 0, 0)?;
    let mut status = 0;
    loop {
        // SAFETY: wait fills an int status.
        let r = unsafe { libc::wait(&mut status) };
        if r < 0 && posix::errno() == libc::EINTR {
            crate::modules::signal::check(vm)?;
            continue;
        }
        return wait_result(vm, r, status);
    }
}

/// A list or tuple of str/bytes arguments as C strings.
fn argv_of(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Vec<CString>> {
    let items = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error(format!("{fname}() arg 2 must be a tuple or list"))),
    };
    if items.is_empty() {
        return Err(vm.value_error(format!("{fname}() arg 2 must not be empty")));
    }
    let mut out = Vec::new();
    for it in &items {
        out.push(path_arg(vm, it, fname, "args")?.c);
    }
    if out[0].as_bytes().is_empty() {
        return Err(vm.value_error(format!("{fname}() arg 2 first element cannot be empty")));
    }
    Ok(out)
}

fn do_exec(
    vm: &mut Vm,
    path: &posix::PathArg,
    argv: &[CString],
    env: Option<&[CString]>,
) -> PyResult {
    let mut ptrs: Vec<*const libc::c_char> = argv.iter().map(|c| c.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    // SAFETY: NULL-terminated arrays of NUL-terminated strings that outlive the call.
    match env {
        None => unsafe { libc::execv(path.c.as_ptr(), ptrs.as_ptr()) },
        Some(env) => {
            let mut e: Vec<*const libc::c_char> = env.iter().map(|c| c.as_ptr()).collect();
            e.push(std::ptr::null());
            unsafe { libc::execve(path.c.as_ptr(), ptrs.as_ptr(), e.as_ptr()) }
        }
    };
    Err(last_err(vm, None, None))
}

fn execv(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "execv", 2, 2)?;
    let path = path_arg(vm, &args.pos[0], "execv", "path")?;
    let argv = argv_of(vm, &args.pos[1], "execv")?;
    do_exec(vm, &path, &argv, None)
}

fn execve(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "execve", &["path", "argv", "env"], 3)?;
    let path = path_arg(vm, s[0].as_ref().unwrap_or(&Value::None), "execve", "path")?;
    let argv = argv_of(vm, s[1].as_ref().unwrap_or(&Value::None), "execve")?;
    let envv = s[2].clone().unwrap_or(Value::None);
    let k = vm.new_str("items");
    let items_fn = vm.get_attr(&envv, &k)?;
    let items = vm.call(&items_fn, Args::default())?;
    let mut env = Vec::new();
    for kv in vm.iterate(&items)? {
        let pair = vm.iterate(&kv)?;
        let mut line = env_name(vm, &pair[0])?;
        line.push(b'=');
        line.extend(env_bytes(vm, &pair[1])?);
        env.push(CString::new(line).expect("checked"));
    }
    do_exec(vm, &path, &argv, Some(&env))
}

fn status_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<i32> {
    args.positional(vm, fname, 1, 1)?;
    Ok(int_arg(vm, &args.pos[0])? as i32)
}

fn wifexited(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WIFEXITED")?;
    Ok(Value::Bool(libc::WIFEXITED(s)))
}

fn wexitstatus(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WEXITSTATUS")?;
    Ok(Value::Int(i64::from(libc::WEXITSTATUS(s))))
}

fn wifsignaled(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WIFSIGNALED")?;
    Ok(Value::Bool(libc::WIFSIGNALED(s)))
}

fn wtermsig(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WTERMSIG")?;
    Ok(Value::Int(i64::from(libc::WTERMSIG(s))))
}

fn wifstopped(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WIFSTOPPED")?;
    Ok(Value::Bool(libc::WIFSTOPPED(s)))
}

fn wstopsig(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WSTOPSIG")?;
    Ok(Value::Int(i64::from(libc::WSTOPSIG(s))))
}

fn wcoredump(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WCOREDUMP")?;
    Ok(Value::Bool(libc::WCOREDUMP(s)))
}

fn wifcontinued(vm: &mut Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "WIFCONTINUED")?;
    Ok(Value::Bool(libc::WIFCONTINUED(s)))
}

fn waitstatus_to_exitcode(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "waitstatus_to_exitcode", &["status"], 1)?;
    let st = int_arg(vm, s[0].as_ref().unwrap_or(&Value::None))? as i32;
    if libc::WIFEXITED(st) {
        return Ok(Value::Int(i64::from(libc::WEXITSTATUS(st))));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(Value::Int(-i64::from(libc::WTERMSIG(st))));
    }
    Err(vm.value_error(format!("invalid wait status: {st}")))
}
