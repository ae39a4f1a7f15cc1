//! `posix`: the operating system calls behind `os`. Paths are str, bytes or os.PathLike
//! objects (some functions also take a file descriptor); failures raise the OSError
//! subclass for the errno with CPython's arguments (`errno, strerror, filename[, None,
//! filename2]`). The file system calls live in `posix_fs.rs`, directory listing in
//! `posix_dir.rs`, descriptors and processes in `posix_proc.rs`.

use crate::modules::posix_dir;
use crate::modules::posix_fs;
use crate::modules::posix_proc;
use crate::modules::sys::{module_set, new_module};
use crate::objects::structseq::{self, StructSeqDef};
use crate::objects::typeobj;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

/// The classes the module's functions return instances of.
#[derive(Clone)]
pub struct PosixTypes {
    pub stat_result: ObjRef,
    pub terminal_size: ObjRef,
    pub times_result: ObjRef,
    pub uname_result: ObjRef,
    pub dir_entry: ObjRef,
    pub scandir_iter: ObjRef,
}

thread_local! {
    static TYPES: RefCell<Option<PosixTypes>> = const { RefCell::new(None) };
}

pub fn types() -> PosixTypes {
    TYPES
        .with(|t| t.borrow().clone())
        .expect("posix module created")
}

pub static STAT_RESULT: StructSeqDef = StructSeqDef {
    module: "os",
    name: "stat_result",
    fields: &[
        Some("st_mode"),
        Some("st_ino"),
        Some("st_dev"),
        Some("st_nlink"),
        Some("st_uid"),
        Some("st_gid"),
        Some("st_size"),
        None,
        None,
        None,
        Some("st_atime"),
        Some("st_mtime"),
        Some("st_ctime"),
        Some("st_atime_ns"),
        Some("st_mtime_ns"),
        Some("st_ctime_ns"),
        Some("st_blksize"),
        Some("st_blocks"),
        Some("st_rdev"),
    ],
    n_sequence: 10,
    stat_times: true,
};

static TERMINAL_SIZE: StructSeqDef = StructSeqDef {
    module: "os",
    name: "terminal_size",
    fields: &[Some("columns"), Some("lines")],
    n_sequence: 2,
    stat_times: false,
};

static TIMES_RESULT: StructSeqDef = StructSeqDef {
    module: "posix",
    name: "times_result",
    fields: &[
        Some("user"),
        Some("system"),
        Some("children_user"),
        Some("children_system"),
        Some("elapsed"),
    ],
    n_sequence: 5,
    stat_times: false,
};

static UNAME_RESULT: StructSeqDef = StructSeqDef {
    module: "posix",
    name: "uname_result",
    fields: &[
        Some("sysname"),
        Some("nodename"),
        Some("release"),
        Some("version"),
        Some("machine"),
    ],
    n_sequence: 5,
    stat_times: false,
};

/// A path argument converted for a system call.
pub struct PathArg {
    pub c: CString,
    /// The str or bytes path (the OSError's filename, as CPython's `path->object`
    /// after `__fspath__`).
    pub orig: Value,
    /// Given as bytes: results naming files are bytes too.
    pub bytes: bool,
}

pub enum PathOrFd {
    Path(PathArg),
    Fd(i32),
}

/// `path_converter`: str, bytes or `__fspath__`; `allow_fd` also takes an int.
pub fn path_or_fd(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
    argname: &str,
    allow_fd: bool,
) -> PyResult<PathOrFd> {
    if allow_fd {
        if let Some(i) = crate::objects::int::as_i64(v) {
            if !matches!(v, Value::Bool(_)) {
                let fd = i32::try_from(i).map_err(|_| {
                    vm.overflow_error(if i < 0 {
                        "fd is less than minimum"
                    } else {
                        "fd is greater than maximum"
                    })
                })?;
                return Ok(PathOrFd::Fd(fd));
            }
        }
    }
    let p = match v.payload() {
        Some(Payload::Str(_) | Payload::Bytes(_)) => v.clone(),
        _ => match typeobj::lookup(vm.type_of(v), "__fspath__") {
            Some(f) if !matches!(v, Value::Int(_) | Value::Bool(_)) => {
                let r = vm.call1(&f, v.clone())?;
                if !matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
                    let (t, rt) = (vm.type_name(v), vm.type_name(&r));
                    return Err(vm.type_error(format!(
                        "expected {t}.__fspath__() to return str or bytes, not {rt}"
                    )));
                }
                r
            }
            _ => {
                let t = vm.type_name(v);
                let what = if allow_fd {
                    "string, bytes, os.PathLike or integer"
                } else {
                    "string, bytes or os.PathLike"
                };
                return Err(vm.type_error(format!("{fname}: {argname} should be {what}, not {t}")));
            }
        },
    };
    let (raw, bytes): (Vec<u8>, bool) = match p.payload() {
        Some(Payload::Str(s)) => (s.as_str().as_bytes().to_vec(), false),
        Some(Payload::Bytes(b)) => (b.to_vec(), true),
        _ => unreachable!("checked above"),
    };
    let Ok(c) = CString::new(raw) else {
        return Err(vm.value_error("embedded null byte"));
    };
    Ok(PathOrFd::Path(PathArg { c, orig: p, bytes }))
}

/// A path argument that may not be a descriptor.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str, argname: &str) -> PyResult<PathArg> {
    match path_or_fd(vm, v, fname, argname, false)? {
        PathOrFd::Path(p) => Ok(p),
        PathOrFd::Fd(_) => unreachable!("descriptors not allowed"),
    }
}

/// The text of `strerror(errno)`, as std (and CPython) words it.
pub fn strerror_text(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    text.strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string()
}

/// `PyErr_SetFromErrnoWithFilenameObjects`.
pub fn os_err(vm: &mut Vm, errno: i32, f1: Option<&Value>, f2: Option<&Value>) -> Value {
    let cls = vm.os_error_class(i64::from(errno));
    let mut args = vec![
        Value::Int(i64::from(errno)),
        vm.new_str(strerror_text(errno)),
    ];
    if let Some(f) = f1 {
        args.push(f.clone());
        if let Some(f2) = f2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    vm.new_exception_args(&cls, args)
}

pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The OSError for the errno a failed call left, naming `f1` (and `f2`).
pub fn last_err(vm: &mut Vm, f1: Option<&Value>, f2: Option<&Value>) -> Value {
    let e = errno();
    os_err(vm, e, f1, f2)
}

/// A file name from the system as str (UTF-8, invalid bytes replaced) or bytes.
pub fn name_value(vm: &mut Vm, raw: &[u8], bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(raw.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(raw).into_owned())
    }
}

/// An int argument (`__index__`), with CPython's TypeError for others.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index_of(v)
}

pub fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let i = int_arg(vm, v)?;
    i32::try_from(i).map_err(|_| {
        vm.overflow_error(if i < 0 {
            "fd is less than minimum"
        } else {
            "fd is greater than maximum"
        })
    })
}

/// A keyword-only `dir_fd` must be None: Taipan has no `*at` variants yet.
pub fn no_dir_fd(vm: &mut Vm, args: &mut Args, fname: &str) -> PyResult<()> {
    for k in ["dir_fd", "src_dir_fd", "dst_dir_fd"] {
        if let Some(v) = args.take_kw(k) {
            if !v.is_none() {
                return Err(
                    vm.not_implemented_error(format!("{fname}: {k} unavailable on this platform"))
                );
            }
        }
    }
    Ok(())
}

/// A keyword-only `follow_symlinks` (default True).
pub fn follow_kw(vm: &mut Vm, args: &mut Args) -> PyResult<bool> {
    match args.take_kw("follow_symlinks") {
        Some(v) => vm.truthy(&v),
        None => Ok(true),
    }
}

pub fn new_struct(vm: &mut Vm, cls: &ObjRef, values: Vec<Value>) -> Value {
    structseq::new(vm, cls, values)
}

fn int_value(vm: &mut Vm, i: i128) -> Value {
    match i64::try_from(i) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(num_bigint::BigInt::from(i)),
    }
}

/// An `os.stat_result` from the C structure.
pub fn stat_value(vm: &mut Vm, st: &libc::stat) -> Value {
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut v = vec![
        Value::Int(i64::from(st.st_mode)),
        int_value(vm, i128::from(st.st_ino)),
        int_value(vm, i128::from(st.st_dev)),
        int_value(vm, i128::from(st.st_nlink)),
        Value::Int(i64::from(st.st_uid)),
        Value::Int(i64::from(st.st_gid)),
        Value::Int(st.st_size),
    ];
    for (s, _) in times {
        v.push(Value::Int(s));
    }
    for (s, ns) in times {
        v.push(Value::Float(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in times {
        v.push(int_value(
            vm,
            i128::from(s) * 1_000_000_000 + i128::from(ns),
        ));
    }
    v.push(Value::Int(st.st_blksize));
    v.push(Value::Int(st.st_blocks));
    v.push(int_value(vm, i128::from(st.st_rdev)));
    let cls = types().stat_result;
    new_struct(vm, &cls, v)
}

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "posix");
    let stat_result = structseq::new_class(vm, &STAT_RESULT);
    let terminal_size = structseq::new_class(vm, &TERMINAL_SIZE);
    let times_result = structseq::new_class(vm, &TIMES_RESULT);
    let uname_result = structseq::new_class(vm, &UNAME_RESULT);
    let (dir_entry, scandir_iter) = posix_dir::classes(vm);
    let t = PosixTypes {
        stat_result,
        terminal_size,
        times_result,
        uname_result,
        dir_entry,
        scandir_iter,
    };
    for (name, c) in [
        ("stat_result", &t.stat_result),
        ("terminal_size", &t.terminal_size),
        ("times_result", &t.times_result),
        ("uname_result", &t.uname_result),
        ("DirEntry", &t.dir_entry),
    ] {
        module_set(vm, &m, name, Value::Obj(c.clone()));
    }
    TYPES.with(|s| *s.borrow_mut() = Some(t));
    let mut funcs: Vec<(&'static str, NativeFn)> = Vec::new();
    funcs.extend_from_slice(posix_fs::FUNCS);
    funcs.extend_from_slice(posix_dir::FUNCS);
    funcs.extend_from_slice(posix_proc::FUNCS);
    funcs.extend_from_slice(super::posix_spawn::FUNCS);
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    for (name, v) in CONSTANTS {
        module_set(vm, &m, name, Value::Int(*v));
    }
    let environ = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_bytes(k.as_bytes().to_vec());
        let v = vm.new_bytes(v.as_bytes().to_vec());
        let _ = vm.set_item(&environ, k, v);
    }
    module_set(vm, &m, "environ", environ);
    // No function takes dir_fd/follow_symlinks variants (CPython's os.py builds its
    // supports_* sets from this list).
    let have = vm.new_list(vec![]);
    module_set(vm, &m, "_have_functions", have);
    m
}

const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_NDELAY", libc::O_NDELAY as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_DSYNC", libc::O_DSYNC as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("O_NOATIME", libc::O_NOATIME as i64),
    ("O_PATH", libc::O_PATH as i64),
    ("O_ASYNC", libc::O_ASYNC as i64),
    ("O_DIRECT", libc::O_DIRECT as i64),
    ("O_LARGEFILE", 0),
    ("O_RSYNC", libc::O_RSYNC as i64),
    ("SEEK_SET", libc::SEEK_SET as i64),
    ("SEEK_CUR", libc::SEEK_CUR as i64),
    ("SEEK_END", libc::SEEK_END as i64),
    ("SEEK_DATA", libc::SEEK_DATA as i64),
    ("SEEK_HOLE", libc::SEEK_HOLE as i64),
    ("WNOHANG", libc::WNOHANG as i64),
    ("WUNTRACED", libc::WUNTRACED as i64),
    ("WCONTINUED", libc::WCONTINUED as i64),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
    ("F_LOCK", libc::F_LOCK as i64),
    ("F_TLOCK", libc::F_TLOCK as i64),
    ("F_ULOCK", libc::F_ULOCK as i64),
    ("F_TEST", libc::F_TEST as i64),
    ("P_PID", 1),
    ("P_PGID", 2),
    ("P_ALL", 0),
    ("PRIO_PROCESS", 0),
    ("PRIO_PGRP", 1),
    ("PRIO_USER", 2),
];
