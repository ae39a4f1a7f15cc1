//! `signal`: the C-level handler only records the signal (an atomic flag per signal and
//! the SIGNALS bit of memory/pending.rs); the Python handlers run at the next instruction
//! boundary (`Vm::run_pending`) or when a blocking call is interrupted (EINTR).

use crate::memory::pending;
use crate::modules::posix;
use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const UNTRIPPED: AtomicBool = AtomicBool::new(false);
static TRIPPED: [AtomicBool; NSIG] = [UNTRIPPED; NSIG];

thread_local! {
    /// The Python-level handler of each signal; None: never set (the start-up state).
    static HANDLERS: RefCell<Vec<Option<Value>>> = RefCell::new(vec![None; NSIG]);
}

extern "C" fn c_handler(sig: libc::c_int) {
    // Async-signal-safe: two atomic stores.
    if let Some(t) = TRIPPED.get(sig as usize) {
        t.store(true, Ordering::SeqCst);
    }
    pending::request(pending::SIGNALS);
}

fn handler_addr() -> libc::sighandler_t {
    c_handler as *const () as libc::sighandler_t
}

fn install(sig: i32, handler: libc::sighandler_t) -> std::io::Result<()> {
    // SAFETY: sigaction with a zeroed struct, an empty mask and no SA_RESTART, so that
    // blocking calls return EINTR and the Python handler runs promptly (PEP 475).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

fn current_disposition(sig: i32) -> libc::sighandler_t {
    // SAFETY: sigaction only reading the current action.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old);
        old.sa_sigaction
    }
}

/// Start-up, as CPython: SIGPIPE is ignored (writes to a closed pipe raise
/// BrokenPipeError), SIGXFSZ too, and SIGINT raises KeyboardInterrupt unless the parent
/// left it ignored.
pub fn startup() {
    let _ = install(libc::SIGPIPE, libc::SIG_IGN);
    let _ = install(libc::SIGXFSZ, libc::SIG_IGN);
    if current_disposition(libc::SIGINT) == libc::SIG_DFL {
        let _ = install(libc::SIGINT, handler_addr());
    }
}

/// Blocks the asynchronous signals in the calling thread (the CLI's main thread, which
/// only waits for the interpreter's thread), so that they interrupt the interpreter.
pub fn block_async_signals() {
    // SAFETY: building a signal set and changing this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// After an uncaught KeyboardInterrupt: dies of SIGINT so that the parent sees it (a
/// shell prints 130), as CPython does.
pub fn die_of_sigint() {
    let _ = install(libc::SIGINT, libc::SIG_DFL);
    // SAFETY: sending SIGINT to this process; the default action ends it.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

/// Runs pending signal handlers now (a blocking call was interrupted, or the SIGNALS bit
/// was seen at an instruction boundary); the first exception propagates.
pub fn check(vm: &mut Vm) -> PyResult<()> {
    if pending::take(pending::SIGNALS) {
        run_handlers(vm)?;
    }
    Ok(())
}

pub fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    // A failed write of the buffered stdout (BrokenPipeError) surfaces here too.
    if let Some(errno) = vm.out.failed.take() {
        return Err(posix::os_err(vm, errno, None, None));
    }
    for (sig, tripped) in TRIPPED.iter().enumerate().skip(1) {
        if !tripped.swap(false, Ordering::SeqCst) {
            continue;
        }
        let h = HANDLERS.with(|h| h.borrow()[sig].clone());
        let r = match h {
            None if sig == libc::SIGINT as usize => Err(keyboard_interrupt(vm)),
            Some(f) if vm.is_callable(&f) => {
                let frame = match vm.frames.len().checked_sub(1) {
                    Some(i) => vm.frame_object(i),
                    None => Value::None,
                };
                vm.call(&f, Args::new([Value::Int(sig as i64), frame]))
                    .map(|_| ())
            }
            _ => Ok(()),
        };
        if let Err(e) = r {
            // The other tripped signals run at the next boundary.
            pending::request(pending::SIGNALS);
            return Err(e);
        }
    }
    Ok(())
}

fn keyboard_interrupt(vm: &mut Vm) -> Value {
    let cls = vm.exc.keyboard_interrupt.clone();
    vm.new_exception_args(&cls, vec![])
}

fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_of(v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn getsignal_of(vm: &mut Vm, sig: i32) -> Value {
    if let Some(h) = HANDLERS.with(|h| h.borrow()[sig as usize].clone()) {
        return h;
    }
    let d = current_disposition(sig);
    if d == libc::SIG_IGN {
        Value::Int(1)
    } else if d == libc::SIG_DFL {
        Value::Int(0)
    } else if sig == libc::SIGINT {
        vm.new_builtin("default_int_handler", default_int_handler)
    } else {
        Value::None
    }
}

fn signal(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "signal", &["signalnum", "handler"], 2)?;
    let sig = signum_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    let h = s[1].clone().unwrap_or(Value::None);
    let disp = match crate::objects::int::as_i64(&h) {
        Some(0) if !matches!(h, Value::Bool(_)) => libc::SIG_DFL,
        Some(1) if !matches!(h, Value::Bool(_)) => libc::SIG_IGN,
        _ if vm.is_callable(&h) => handler_addr(),
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    let old = getsignal_of(vm, sig);
    if let Err(e) = install(sig, disp) {
        return Err(posix::os_err(vm, e.raw_os_error().unwrap_or(0), None, None));
    }
    HANDLERS.with(|hs| hs.borrow_mut()[sig as usize] = Some(h));
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "getsignal", 1, 1)?;
    let sig = signum_arg(vm, &args.pos[0])?;
    Ok(getsignal_of(vm, sig))
}

fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult {
    Err(keyboard_interrupt(vm))
}

fn alarm(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "alarm", 1, 1)?;
    let secs = vm.index_of(&args.pos[0])?;
    // SAFETY: alarm schedules SIGALRM.
    Ok(Value::Int(i64::from(unsafe { libc::alarm(secs as u32) })))
}

fn raise_signal(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "raise_signal", 1, 1)?;
    let sig = signum_arg(vm, &args.pos[0])?;
    // SAFETY: raise sends the signal to this thread.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(posix::last_err(vm, None, None));
    }
    check(vm)?;
    Ok(Value::None)
}

fn pause(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "pause", 0, 0)?;
    vm.out.flush();
    // SAFETY: pause waits for a signal.
    unsafe { libc::pause() };
    check(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "strsignal", 1, 1)?;
    let sig = signum_arg(vm, &args.pos[0])?;
    // SAFETY: strsignal returns a NUL-terminated string valid until the next call.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::None);
    }
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(vm.new_str(s))
}

fn valid_signals(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "valid_signals", 0, 0)?;
    // glibc reserves 32 and 33 for its threads.
    let items = (1..NSIG as i64)
        .filter(|s| *s != 32 && *s != 33)
        .map(Value::Int)
        .collect();
    vm.new_set_from(items)
}

fn timer_pair(vm: &mut Vm, v: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let a = vm.new_float(f(&v.it_value));
    let b = vm.new_float(f(&v.it_interval));
    vm.new_tuple(vec![a, b])
}

fn seconds(vm: &mut Vm, v: &Value) -> PyResult<libc::timeval> {
    let f = crate::modules::math::to_f64(vm, v)?;
    let us = (f * 1e6).round().max(0.0) as i64;
    Ok(libc::timeval {
        tv_sec: us / 1_000_000,
        tv_usec: us % 1_000_000,
    })
}

fn setitimer(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "setitimer", 2, 3)?;
    let which = vm.index_of(&args.pos[0])? as i32;
    let value = seconds(vm, &args.pos[1])?;
    let interval = match args.pos.get(2) {
        Some(v) => seconds(vm, v)?,
        None => libc::timeval {
            tv_sec: 0,
            tv_usec: 0,
        },
    };
    let new = libc::itimerval {
        it_interval: interval,
        it_value: value,
    };
    // SAFETY: setitimer with valid structures.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        return Err(posix::last_err(vm, None, None));
    }
    Ok(timer_pair(vm, &old))
}

fn getitimer(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "getitimer", 1, 1)?;
    let which = vm.index_of(&args.pos[0])? as i32;
    // SAFETY: getitimer fills the structure.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        return Err(posix::last_err(vm, None, None));
    }
    Ok(timer_pair(vm, &cur))
}

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_signal");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("signal", signal),
        ("getsignal", getsignal),
        ("default_int_handler", default_int_handler),
        ("alarm", alarm),
        ("raise_signal", raise_signal),
        ("pause", pause),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
        ("setitimer", setitimer),
        ("getitimer", getitimer),
    ];
    let mut int_handler = Value::None;
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        if *name == "default_int_handler" {
            int_handler = b.clone();
        }
        module_set(vm, &m, name, b);
    }
    // The start-up SIGINT handler is this module's default_int_handler.
    if HANDLERS.with(|h| h.borrow()[libc::SIGINT as usize].is_none())
        && current_disposition(libc::SIGINT) == handler_addr()
    {
        let f = int_handler;
        HANDLERS.with(|h| h.borrow_mut()[libc::SIGINT as usize] = Some(f));
    }
    // Plain ints here; lib/signal.py wraps them in the Signals/Handlers enums.
    for (name, v) in SIGNALS {
        module_set(vm, &m, name, Value::Int(i64::from(*v)));
    }
    for (name, v) in [
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("NSIG", NSIG as i64),
        ("ITIMER_REAL", 0),
        ("ITIMER_VIRTUAL", 1),
        ("ITIMER_PROF", 2),
        ("SIG_BLOCK", 0),
        ("SIG_UNBLOCK", 1),
        ("SIG_SETMASK", 2),
    ] {
        module_set(vm, &m, name, Value::Int(v));
    }
    m
}
