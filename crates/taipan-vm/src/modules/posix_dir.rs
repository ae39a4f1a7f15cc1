//! `posix.listdir` and `posix.scandir`: the directory's entries (without `.` and `..`) in
//! the order the system gives them; `DirEntry` objects cache their stat results.

use crate::modules::posix::{self, path_or_fd, types, PathOrFd};
use crate::modules::posix_fs::raw_stat;
use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::ffi::{CStr, CString};

pub const FUNCS: &[(&str, NativeFn)] = &[("listdir", listdir), ("scandir", scandir)];

struct RawEntry {
    name: Vec<u8>,
    ino: u64,
    d_type: u8,
}

/// Reads a directory with opendir/readdir (or fdopendir on a duplicate of `fd`).
fn read_dir(target: &PathOrFd) -> Result<Vec<RawEntry>, i32> {
    // SAFETY: standard use of the dirent API; the DIR is closed before returning.
    unsafe {
        let dir = match target {
            PathOrFd::Path(a) => libc::opendir(a.c.as_ptr()),
            PathOrFd::Fd(fd) => {
                let d = libc::dup(*fd);
                if d < 0 {
                    return Err(posix::errno());
                }
                let dir = libc::fdopendir(d);
                if dir.is_null() {
                    let e = posix::errno();
                    libc::close(d);
                    return Err(e);
                }
                libc::rewinddir(dir);
                dir
            }
        };
        if dir.is_null() {
            return Err(posix::errno());
        }
        let mut out = Vec::new();
        loop {
            *libc::__errno_location() = 0;
            let ent = libc::readdir(dir);
            if ent.is_null() {
                let e = posix::errno();
                libc::closedir(dir);
                if e != 0 {
                    return Err(e);
                }
                return Ok(out);
            }
            let name = CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            out.push(RawEntry {
                name: name.to_vec(),
                ino: (*ent).d_ino,
                d_type: (*ent).d_type,
            });
        }
    }
}

/// The directory argument (None means '.'), and whether names come back as bytes.
fn dir_arg(vm: &mut Vm, args: &mut Args, fname: &str) -> PyResult<(PathOrFd, bool, Value)> {
    let s = args.bind(vm, fname, &["path"], 0)?;
    match s[0].clone().filter(|v| !v.is_none()) {
        None => {
            let c = CString::new(".").expect("no NUL");
            let orig = vm.new_str(".");
            Ok((
                PathOrFd::Path(posix::PathArg {
                    c,
                    orig: orig.clone(),
                    bytes: false,
                }),
                false,
                orig,
            ))
        }
        Some(v) => {
            let t = path_or_fd(vm, &v, fname, "path", true).map_err(|e| {
                // CPython names None among the accepted types here.
                if vm.is_instance_of(&e, &vm.exc.type_error.clone()) {
                    let tn = vm.type_name(&v);
                    vm.type_error(format!(
                        "{fname}: path should be string, bytes, os.PathLike, integer or None, not {tn}"
                    ))
                } else {
                    e
                }
            })?;
            let bytes = matches!(&t, PathOrFd::Path(a) if a.bytes);
            Ok((t, bytes, v))
        }
    }
}

fn listdir(vm: &mut Vm, mut args: Args) -> PyResult {
    let (target, bytes, orig) = dir_arg(vm, &mut args, "listdir")?;
    let entries = read_dir(&target).map_err(|e| posix::os_err(vm, e, Some(&orig), None))?;
    let names = entries
        .iter()
        .map(|e| posix::name_value(vm, &e.name, bytes))
        .collect();
    Ok(vm.new_list(names))
}

struct DirEntry {
    name: Value,
    path: Value,
    /// The full path for system calls.
    c: CString,
    ino: u64,
    d_type: u8,
    stat: Option<Value>,
    lstat: Option<Value>,
}

struct ScandirIter {
    dir: Vec<u8>,
    bytes: bool,
    entries: std::vec::IntoIter<RawEntry>,
    /// Entries hold the directory path joined with their name, unless scanning an fd.
    fd: bool,
}

fn scandir(vm: &mut Vm, mut args: Args) -> PyResult {
    let (target, bytes, orig) = dir_arg(vm, &mut args, "scandir")?;
    let entries = read_dir(&target).map_err(|e| posix::os_err(vm, e, Some(&orig), None))?;
    let (dir, fd) = match &target {
        PathOrFd::Path(a) => (a.c.as_bytes().to_vec(), false),
        PathOrFd::Fd(_) => (Vec::new(), true),
    };
    let it = ScandirIter {
        dir,
        bytes,
        entries: entries.into_iter(),
        fd,
    };
    let cls = types().scandir_iter;
    Ok(vm.new_native(&cls, it))
}

/// A `posix` class of native objects whose own dunders (`__repr__`, `__iter__`...) the
/// interpreter honours, as it does a class statement's.
fn heap_native_class(vm: &mut Vm, name: &str, methods: &[(&'static str, NativeFn)]) -> ObjRef {
    let object = vm.types.object.clone();
    let cls = typeobj::new_type(&vm.types.type_, name, vec![object], Layout::Opaque, true);
    if let Ok(m) = typeobj::compute_mro(&cls) {
        *typeobj::ty(&cls).mro.borrow_mut() = m;
    }
    typeobj::ty(&cls).instance_dict.set(false);
    let m = vm.new_str("posix");
    typeobj::set_attr(vm, &cls, "__module__", m);
    typeobj::add_methods(vm, &cls, methods);
    cls
}

pub fn classes(vm: &mut Vm) -> (ObjRef, ObjRef) {
    let entry = heap_native_class(
        vm,
        "DirEntry",
        &[
            ("is_dir", entry_is_dir),
            ("is_file", entry_is_file),
            ("is_symlink", entry_is_symlink),
            ("is_junction", entry_is_junction),
            ("stat", entry_stat),
            ("inode", entry_inode),
            ("__fspath__", entry_fspath),
            ("__repr__", entry_repr),
        ],
    );
    for (name, f) in [("name", entry_name as NativeFn), ("path", entry_path)] {
        let fget = vm.new_builtin(name, f);
        let p = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        typeobj::set_attr(vm, &entry, name, p);
    }
    let iter = heap_native_class(
        vm,
        "ScandirIterator",
        &[
            ("__iter__", iter_self),
            ("__next__", iter_next),
            ("close", iter_close),
            ("__enter__", iter_self),
            ("__exit__", iter_exit),
        ],
    );
    (entry, iter)
}

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(&args))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let (raw, dir, bytes, fd) = {
        let mut it = vm.native_mut::<ScandirIter>(&me, "ScandirIterator")?;
        match it.entries.next() {
            Some(r) => (r, it.dir.clone(), it.bytes, it.fd),
            None => return Err(vm.stop_iteration(Value::None)),
        }
    };
    let mut full = dir;
    if !fd && !full.is_empty() && !full.ends_with(b"/") {
        full.push(b'/');
    }
    full.extend_from_slice(&raw.name);
    let name = posix::name_value(vm, &raw.name, bytes);
    let path = posix::name_value(vm, &full, bytes);
    let e = DirEntry {
        name,
        path,
        c: CString::new(full).expect("names have no NUL"),
        ino: raw.ino,
        d_type: raw.d_type,
        stat: None,
        lstat: None,
    };
    let cls = types().dir_entry;
    Ok(vm.new_native(&cls, e))
}

fn iter_close(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let mut it = vm.native_mut::<ScandirIter>(&me, "ScandirIterator")?;
    it.entries = Vec::new().into_iter();
    Ok(Value::None)
}

fn iter_exit(vm: &mut Vm, args: Args) -> PyResult {
    iter_close(vm, Args::new([this(&args)]))?;
    Ok(Value::Bool(false))
}

fn entry_name(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let e = vm.native_mut::<DirEntry>(&me, "posix.DirEntry")?;
    Ok(e.name.clone())
}

fn entry_path(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let e = vm.native_mut::<DirEntry>(&me, "posix.DirEntry")?;
    Ok(e.path.clone())
}

fn entry_fspath(vm: &mut Vm, args: Args) -> PyResult {
    entry_path(vm, args)
}

fn entry_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let name = vm
        .native_mut::<DirEntry>(&me, "posix.DirEntry")?
        .name
        .clone();
    let r = vm.repr(&name)?;
    Ok(vm.new_str(format!("<DirEntry {r}>")))
}

fn entry_inode(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    let ino = vm.native_mut::<DirEntry>(&me, "posix.DirEntry")?.ino;
    Ok(match i64::try_from(ino) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(num_bigint::BigInt::from(ino)),
    })
}

fn follow_arg(vm: &mut Vm, mut args: Args, fname: &str) -> PyResult<(Value, bool)> {
    let me = this(&args);
    args.pos.remove(0);
    if !args.pos.is_empty() {
        let n = args.pos.len();
        return Err(vm.type_error(format!(
            "DirEntry.{fname}() takes 0 positional arguments but {n} were given"
        )));
    }
    let f = match args.take_kw("follow_symlinks") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    args.invalid_kw(vm, fname)?;
    Ok((me, f))
}

/// The entry's stat (cached), following links or not.
fn cached_stat(vm: &mut Vm, me: &Value, follow: bool) -> PyResult {
    let (cached, c, is_link, path) = {
        let e = vm.native_mut::<DirEntry>(me, "posix.DirEntry")?;
        let cached = if follow {
            e.stat.clone()
        } else {
            e.lstat.clone()
        };
        (
            cached,
            e.c.clone(),
            e.d_type == libc::DT_LNK,
            e.path.clone(),
        )
    };
    if let Some(s) = cached {
        return Ok(s);
    }
    // A non-link's stat is its lstat.
    let follow_now = follow && is_link;
    let st = raw_stat(&c, follow_now || (follow && !is_link))
        .map_err(|e| posix::os_err(vm, e, Some(&path), None))?;
    let v = posix::stat_value(vm, &st);
    let mut e = vm.native_mut::<DirEntry>(me, "posix.DirEntry")?;
    if follow {
        e.stat = Some(v.clone());
        if !is_link {
            e.lstat = Some(v.clone());
        }
    } else {
        e.lstat = Some(v.clone());
    }
    Ok(v)
}

fn entry_stat(vm: &mut Vm, args: Args) -> PyResult {
    let (me, follow) = follow_arg(vm, args, "stat")?;
    cached_stat(vm, &me, follow)
}

/// The entry's file type bits (S_IFMT), from d_type when it can be trusted.
fn mode_type(vm: &mut Vm, me: &Value, follow: bool) -> PyResult<Option<u32>> {
    let d_type = vm.native_mut::<DirEntry>(me, "posix.DirEntry")?.d_type;
    let known = d_type != libc::DT_UNKNOWN && !(follow && d_type == libc::DT_LNK);
    if known {
        return Ok(Some(match d_type {
            libc::DT_DIR => libc::S_IFDIR,
            libc::DT_REG => libc::S_IFREG,
            libc::DT_LNK => libc::S_IFLNK,
            libc::DT_FIFO => libc::S_IFIFO,
            libc::DT_SOCK => libc::S_IFSOCK,
            libc::DT_CHR => libc::S_IFCHR,
            libc::DT_BLK => libc::S_IFBLK,
            _ => 0,
        }));
    }
    match cached_stat(vm, me, follow) {
        Ok(st) => {
            let k = vm.new_str("st_mode");
            let m = vm.get_attr(&st, &k)?;
            Ok(Some(
                crate::objects::int::as_i64(&m).unwrap_or(0) as u32 & libc::S_IFMT,
            ))
        }
        Err(e) if vm.is_instance_of(&e, &vm.exc.file_not_found_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

fn entry_is_dir(vm: &mut Vm, args: Args) -> PyResult {
    let (me, follow) = follow_arg(vm, args, "is_dir")?;
    Ok(Value::Bool(
        mode_type(vm, &me, follow)? == Some(libc::S_IFDIR),
    ))
}

fn entry_is_file(vm: &mut Vm, args: Args) -> PyResult {
    let (me, follow) = follow_arg(vm, args, "is_file")?;
    Ok(Value::Bool(
        mode_type(vm, &me, follow)? == Some(libc::S_IFREG),
    ))
}

fn entry_is_symlink(vm: &mut Vm, args: Args) -> PyResult {
    let me = this(&args);
    Ok(Value::Bool(
        mode_type(vm, &me, false)? == Some(libc::S_IFLNK),
    ))
}

fn entry_is_junction(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}
