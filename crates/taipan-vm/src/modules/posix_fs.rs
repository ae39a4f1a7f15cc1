//! `posix`'s file system calls: the working directory, creating, removing and renaming
//! files and directories, stat, permissions, times and links.

use crate::modules::posix::{
    self, follow_kw, int_arg, last_err, no_dir_fd, path_arg, path_or_fd, stat_value, PathOrFd,
};
use crate::objects::float;
use crate::value::{Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::os::unix::ffi::OsStrExt;

pub const FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("utime", utime),
    ("chmod", chmod),
    ("lchmod", lchmod),
    ("fchmod", fchmod),
    ("chown", chown),
    ("lchown", lchown),
    ("access", access),
    ("symlink", symlink),
    ("readlink", readlink),
    ("link", link),
    ("truncate", truncate),
    ("mkfifo", mkfifo),
    ("umask", umask),
];

fn cwd_bytes(vm: &mut Vm) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => Ok(p.as_os_str().as_bytes().to_vec()),
        Err(e) => Err(vm.os_error_io(&e, None)),
    }
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getcwd", 0, 0)?;
    let b = cwd_bytes(vm)?;
    Ok(posix::name_value(vm, &b, false))
}

fn getcwdb(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getcwdb", 0, 0)?;
    let b = cwd_bytes(vm)?;
    Ok(vm.new_bytes(b))
}

fn chdir(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "chdir", &["path"], 1)?;
    let p = s[0].clone().unwrap_or(Value::None);
    // SAFETY: plain system calls on a NUL-terminated path or an int descriptor.
    let (r, name) = match path_or_fd(vm, &p, "chdir", "path", true)? {
        PathOrFd::Path(a) => (unsafe { libc::chdir(a.c.as_ptr()) }, Some(a.orig)),
        PathOrFd::Fd(fd) => (unsafe { libc::fchdir(fd) }, Some(Value::Int(fd.into()))),
    };
    if r != 0 {
        return Err(last_err(vm, name.as_ref(), None));
    }
    Ok(Value::None)
}

/// One path argument (named `path`) plus optional others, with `dir_fd=None` accepted.
fn one_path(
    vm: &mut Vm,
    args: &mut Args,
    fname: &str,
    names: &[&str],
    req: usize,
) -> PyResult<(posix::PathArg, Vec<Option<Value>>)> {
    no_dir_fd(vm, args, fname)?;
    let mut s = args.bind(vm, fname, names, req)?;
    let p = s.remove(0).unwrap_or(Value::None);
    let a = path_arg(vm, &p, fname, "path")?;
    Ok((a, s))
}

fn check(vm: &mut Vm, r: i32, f1: &Value, f2: Option<&Value>) -> PyResult {
    if r != 0 {
        return Err(last_err(vm, Some(f1), f2));
    }
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, mut args: Args) -> PyResult {
    let (a, s) = one_path(vm, &mut args, "mkdir", &["path", "mode"], 1)?;
    let mode = match &s[0] {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    // SAFETY: mkdir on a NUL-terminated path.
    let r = unsafe { libc::mkdir(a.c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, &a.orig, None)
}

fn rmdir(vm: &mut Vm, mut args: Args) -> PyResult {
    let (a, _) = one_path(vm, &mut args, "rmdir", &["path"], 1)?;
    // SAFETY: rmdir on a NUL-terminated path.
    let r = unsafe { libc::rmdir(a.c.as_ptr()) };
    check(vm, r, &a.orig, None)
}

fn unlink_as(vm: &mut Vm, mut args: Args, fname: &str) -> PyResult {
    let (a, _) = one_path(vm, &mut args, fname, &["path"], 1)?;
    // SAFETY: unlink on a NUL-terminated path.
    let r = unsafe { libc::unlink(a.c.as_ptr()) };
    check(vm, r, &a.orig, None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    unlink_as(vm, args, "remove")
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult {
    unlink_as(vm, args, "unlink")
}

/// Two path arguments `src` and `dst` (rename, replace, link, symlink).
fn two_paths(
    vm: &mut Vm,
    args: &mut Args,
    fname: &str,
    names: &[&str],
) -> PyResult<(posix::PathArg, posix::PathArg, Vec<Option<Value>>)> {
    no_dir_fd(vm, args, fname)?;
    let mut s = args.bind(vm, fname, names, 2)?;
    let src = s.remove(0).unwrap_or(Value::None);
    let dst = s.remove(0).unwrap_or(Value::None);
    let a = path_arg(vm, &src, fname, names[0])?;
    let b = path_arg(vm, &dst, fname, names[1])?;
    if a.bytes != b.bytes {
        return Err(vm.type_error(format!("{fname}: src and dst must be the same type")));
    }
    Ok((a, b, s))
}

fn rename_as(vm: &mut Vm, mut args: Args, fname: &str) -> PyResult {
    let (a, b, _) = two_paths(vm, &mut args, fname, &["src", "dst"])?;
    // SAFETY: rename on two NUL-terminated paths.
    let r = unsafe { libc::rename(a.c.as_ptr(), b.c.as_ptr()) };
    check(vm, r, &a.orig, Some(&b.orig))
}

fn rename(vm: &mut Vm, args: Args) -> PyResult {
    rename_as(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: Args) -> PyResult {
    rename_as(vm, args, "replace")
}

fn link(vm: &mut Vm, mut args: Args) -> PyResult {
    let _ = follow_kw(vm, &mut args)?;
    let (a, b, _) = two_paths(vm, &mut args, "link", &["src", "dst"])?;
    // SAFETY: link on two NUL-terminated paths.
    let r = unsafe { libc::link(a.c.as_ptr(), b.c.as_ptr()) };
    check(vm, r, &a.orig, Some(&b.orig))
}

fn symlink(vm: &mut Vm, mut args: Args) -> PyResult {
    let (a, b, _) = two_paths(
        vm,
        &mut args,
        "symlink",
        &["src", "dst", "target_is_directory"],
    )?;
    // SAFETY: symlink on two NUL-terminated paths.
    let r = unsafe { libc::symlink(a.c.as_ptr(), b.c.as_ptr()) };
    check(vm, r, &a.orig, Some(&b.orig))
}

fn readlink(vm: &mut Vm, mut args: Args) -> PyResult {
    let (a, _) = one_path(vm, &mut args, "readlink", &["path"], 1)?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: the buffer is writable for its full length.
    let n = unsafe { libc::readlink(a.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(last_err(vm, Some(&a.orig), None));
    }
    buf.truncate(n as usize);
    Ok(posix::name_value(vm, &buf, a.bytes))
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` for `fname`.
fn do_stat(vm: &mut Vm, mut args: Args, fname: &str, follow: bool) -> PyResult {
    no_dir_fd(vm, &mut args, fname)?;
    let follow = follow && follow_kw(vm, &mut args)?;
    let s = args.bind(vm, fname, &["path"], 1)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let target = path_or_fd(vm, &p, fname, "path", fname == "stat")?;
    // SAFETY: `st` is a plain C structure the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let (r, name) = match &target {
        PathOrFd::Path(a) => {
            let r = if follow {
                unsafe { libc::stat(a.c.as_ptr(), &mut st) }
            } else {
                unsafe { libc::lstat(a.c.as_ptr(), &mut st) }
            };
            (r, a.orig.clone())
        }
        PathOrFd::Fd(fd) => (
            unsafe { libc::fstat(*fd, &mut st) },
            Value::Int((*fd).into()),
        ),
    };
    if r != 0 {
        return Err(last_err(vm, Some(&name), None));
    }
    Ok(stat_value(vm, &st))
}

fn stat(vm: &mut Vm, args: Args) -> PyResult {
    do_stat(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult {
    do_stat(vm, args, "lstat", false)
}

/// `stat` of a path (following links or not) as a C structure, or the errno.
pub fn raw_stat(c: &std::ffi::CStr, follow: bool) -> Result<libc::stat, i32> {
    // SAFETY: `st` is a plain C structure the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = if follow {
        unsafe { libc::stat(c.as_ptr(), &mut st) }
    } else {
        unsafe { libc::lstat(c.as_ptr(), &mut st) }
    };
    if r != 0 {
        return Err(posix::errno());
    }
    Ok(st)
}

fn fstat(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "fstat", &["fd"], 1)?;
    let fd = posix::fd_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: `st` is a plain C structure the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(last_err(vm, None, None));
    }
    Ok(stat_value(vm, &st))
}

/// A time in seconds (int or float) as a timespec.
fn timespec_of(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    if let Some(i) = crate::objects::int::as_i64(v) {
        return Ok(libc::timespec {
            tv_sec: i,
            tv_nsec: 0,
        });
    }
    if float::is_float(v) {
        let f = float::as_f64_num(v).unwrap_or(f64::NAN);
        if !f.is_finite() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let mut sec = f.floor();
        let mut ns = ((f - sec) * 1e9).round();
        if ns >= 1e9 {
            sec += 1.0;
            ns -= 1e9;
        }
        return Ok(libc::timespec {
            tv_sec: sec as i64,
            tv_nsec: ns as i64,
        });
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

fn utime(vm: &mut Vm, mut args: Args) -> PyResult {
    no_dir_fd(vm, &mut args, "utime")?;
    let follow = follow_kw(vm, &mut args)?;
    let ns = args.take_kw("ns");
    let s = args.bind(vm, "utime", &["path", "times"], 1)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let times = s[1].clone().filter(|t| !t.is_none());
    let target = path_or_fd(vm, &p, "utime", "path", true)?;
    let spec: Option<[libc::timespec; 2]> = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), None) => {
            let items = tuple_items(&t).filter(|i| i.len() == 2).ok_or_else(|| {
                vm.type_error("utime: 'times' must be either a tuple of two ints or None")
            })?;
            Some([timespec_of(vm, &items[0])?, timespec_of(vm, &items[1])?])
        }
        (None, Some(n)) => {
            let items = tuple_items(&n)
                .filter(|i| i.len() == 2)
                .ok_or_else(|| vm.type_error("utime: 'ns' must be a tuple of two ints"))?;
            let mut out = [libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            }; 2];
            for (o, v) in out.iter_mut().zip(&items) {
                let big = crate::modules::math::index_big(vm, v)?;
                let (sec, rem) = num_integer::Integer::div_mod_floor(
                    &big,
                    &num_bigint::BigInt::from(1_000_000_000),
                );
                use num_traits::ToPrimitive;
                o.tv_sec = sec.to_i64().unwrap_or(i64::MAX);
                o.tv_nsec = rem.to_i64().unwrap_or(0);
            }
            Some(out)
        }
        (None, None) => None,
    };
    let ptr = spec.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `ptr` is null or two timespecs; the path is NUL-terminated.
    let (r, name) = match &target {
        PathOrFd::Path(a) => (
            unsafe { libc::utimensat(libc::AT_FDCWD, a.c.as_ptr(), ptr, flags) },
            a.orig.clone(),
        ),
        PathOrFd::Fd(fd) => (
            unsafe { libc::futimens(*fd, ptr) },
            Value::Int((*fd).into()),
        ),
    };
    check(vm, r, &name, None)
}

fn chmod(vm: &mut Vm, mut args: Args) -> PyResult {
    no_dir_fd(vm, &mut args, "chmod")?;
    let follow = follow_kw(vm, &mut args)?;
    let s = args.bind(vm, "chmod", &["path", "mode"], 2)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let mode = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))? as libc::mode_t;
    // SAFETY: chmod on a NUL-terminated path or a descriptor.
    let (r, name) = match path_or_fd(vm, &p, "chmod", "path", true)? {
        PathOrFd::Path(a) => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            (
                unsafe { libc::fchmodat(libc::AT_FDCWD, a.c.as_ptr(), mode, flags) },
                a.orig,
            )
        }
        PathOrFd::Fd(fd) => (unsafe { libc::fchmod(fd, mode) }, Value::Int(fd.into())),
    };
    check(vm, r, &name, None)
}

fn lchmod(vm: &mut Vm, mut args: Args) -> PyResult {
    args.kw.push(("follow_symlinks".into(), Value::Bool(false)));
    chmod(vm, args)
}

fn fchmod(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "fchmod", &["fd", "mode"], 2)?;
    let fd = posix::fd_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    let mode = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))? as libc::mode_t;
    // SAFETY: fchmod on a descriptor.
    if unsafe { libc::fchmod(fd, mode) } != 0 {
        return Err(last_err(vm, None, None));
    }
    Ok(Value::None)
}

fn chown_impl(vm: &mut Vm, mut args: Args, fname: &str, follow: bool) -> PyResult {
    no_dir_fd(vm, &mut args, fname)?;
    let follow = follow && follow_kw(vm, &mut args)?;
    let s = args.bind(vm, fname, &["path", "uid", "gid"], 3)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let uid = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))? as libc::uid_t;
    let gid = int_arg(vm, s[2].as_ref().unwrap_or(&Value::None))? as libc::gid_t;
    let a = path_arg(vm, &p, fname, "path")?;
    // SAFETY: (l)chown on a NUL-terminated path.
    let r = if follow {
        unsafe { libc::chown(a.c.as_ptr(), uid, gid) }
    } else {
        unsafe { libc::lchown(a.c.as_ptr(), uid, gid) }
    };
    check(vm, r, &a.orig, None)
}

fn chown(vm: &mut Vm, args: Args) -> PyResult {
    chown_impl(vm, args, "chown", true)
}

fn lchown(vm: &mut Vm, args: Args) -> PyResult {
    chown_impl(vm, args, "lchown", false)
}

fn access(vm: &mut Vm, mut args: Args) -> PyResult {
    no_dir_fd(vm, &mut args, "access")?;
    let follow = follow_kw(vm, &mut args)?;
    let effective = match args.take_kw("effective_ids") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let s = args.bind(vm, "access", &["path", "mode"], 2)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let mode = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))? as i32;
    let a = path_arg(vm, &p, "access", "path")?;
    let mut flags = 0;
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    if effective {
        flags |= libc::AT_EACCESS;
    }
    // SAFETY: faccessat on a NUL-terminated path.
    let r = unsafe { libc::faccessat(libc::AT_FDCWD, a.c.as_ptr(), mode, flags) };
    Ok(Value::Bool(r == 0))
}

fn truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "truncate", &["path", "length"], 2)?;
    let p = s[0].clone().unwrap_or(Value::None);
    let len = int_arg(vm, s[1].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: (f)truncate on a NUL-terminated path or a descriptor.
    let (r, name) = match path_or_fd(vm, &p, "truncate", "path", true)? {
        PathOrFd::Path(a) => (unsafe { libc::truncate(a.c.as_ptr(), len) }, a.orig),
        PathOrFd::Fd(fd) => (unsafe { libc::ftruncate(fd, len) }, Value::Int(fd.into())),
    };
    check(vm, r, &name, None)
}

fn mkfifo(vm: &mut Vm, mut args: Args) -> PyResult {
    let (a, s) = one_path(vm, &mut args, "mkfifo", &["path", "mode"], 1)?;
    let mode = match &s[0] {
        Some(m) => int_arg(vm, m)?,
        None => 0o666,
    };
    // SAFETY: mkfifo on a NUL-terminated path.
    let r = unsafe { libc::mkfifo(a.c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, &a.orig, None)
}

fn umask(vm: &mut Vm, mut args: Args) -> PyResult {
    let s = args.bind(vm, "umask", &["mask"], 1)?;
    let mask = int_arg(vm, s[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(i64::from(old)))
}
