//! The bytecode cache: where a source file's `.pyc` lives, whether it is fresh, and
//! writing it. Independent of the VM so the `py_compile`/`compileall` tools share it.
//!
//! Freshness follows CPython's importlib (timestamp, checked-hash, unchecked-hash), with
//! one addition: a source modified within `pyc::RACY_SECONDS` of the write gets a racy
//! checked-hash file, so a same-size edit within the same mtime second is never missed.

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};
use taipan_bytecode::{pyc, CodeObject, Const};

/// How a cache file is validated, as `py_compile.PycInvalidationMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidationMode {
    Timestamp,
    CheckedHash,
    UncheckedHash,
}

impl InvalidationMode {
    pub fn parse(s: &str) -> Option<InvalidationMode> {
        match s {
            "timestamp" => Some(InvalidationMode::Timestamp),
            "checked-hash" | "checked_hash" => Some(InvalidationMode::CheckedHash),
            "unchecked-hash" | "unchecked_hash" => Some(InvalidationMode::UncheckedHash),
            _ => None,
        }
    }

    /// py_compile's default: checked-hash when SOURCE_DATE_EPOCH is set.
    pub fn default_for_tools() -> InvalidationMode {
        if std::env::var_os("SOURCE_DATE_EPOCH").is_some_and(|v| !v.is_empty()) {
            InvalidationMode::CheckedHash
        } else {
            InvalidationMode::Timestamp
        }
    }
}

/// What the importer needs to know about writing and reporting.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// False under -B, PYTHONDONTWRITEBYTECODE or `sys.dont_write_bytecode`.
    pub write: bool,
    /// `sys.pycache_prefix`.
    pub prefix: Option<String>,
    /// TAIPAN_CACHE_LOG / -X cache_log: one line per module on stderr.
    pub log: bool,
    /// The optimisation level code is compiled at; each level has its own cache file,
    /// so a `-O` run never reads code compiled with asserts, nor the reverse.
    pub optimize: u32,
}

/// Why a source could not be turned into code.
pub enum LoadError {
    Io(std::io::Error),
    Compile(taipan_compiler::CompileError),
}

/// `importlib.util.cache_from_source` for the cache tag `taipan-312`.
pub fn cache_from_source(source: &str, prefix: Option<&str>, opt: &str) -> String {
    let (head, tail) = split_path(source);
    let (base, sep, rest) = match tail.rfind('.') {
        Some(i) => (&tail[..i], ".", &tail[i + 1..]),
        None => ("", "", tail),
    };
    let mut filename = format!(
        "{}{sep}{}",
        if base.is_empty() { rest } else { base },
        pyc::CACHE_TAG
    );
    if !opt.is_empty() {
        filename.push_str(&format!(".opt-{opt}"));
    }
    filename.push_str(".pyc");
    match prefix {
        Some(prefix) => {
            let head = if head.starts_with('/') {
                head.to_string()
            } else {
                let cwd = std::env::current_dir()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                join_path(&[&cwd, head])
            };
            join_path(&[prefix, head.trim_start_matches('/'), &filename])
        }
        None => join_path(&[head, "__pycache__", &filename]),
    }
}

/// `importlib.util.source_from_cache`; the error is ValueError's message.
pub fn source_from_cache(path: &str, prefix: Option<&str>) -> Result<String, String> {
    let (mut head, file) = split_path(path);
    let mut in_prefix = false;
    if let Some(prefix) = prefix {
        let stripped = prefix.trim_end_matches('/');
        if head.starts_with(&format!("{stripped}/")) {
            head = &head[stripped.len()..];
            in_prefix = true;
        }
    }
    if !in_prefix {
        let (h, pycache) = split_path(head);
        if pycache != "__pycache__" {
            return Err(format!(
                "__pycache__ not bottom-level directory in {}",
                crate::objects::str::repr_str(path)
            ));
        }
        head = h;
    }
    let dots = file.matches('.').count();
    if dots != 2 && dots != 3 {
        return Err(format!(
            "expected only 2 or 3 dots in {}",
            crate::objects::str::repr_str(file)
        ));
    }
    if dots == 3 {
        let opt = file.rsplit('.').nth(1).unwrap_or("");
        let Some(level) = opt.strip_prefix("opt-") else {
            return Err("optimization portion of filename does not start with 'opt-'".into());
        };
        if level.is_empty() || !level.chars().all(char::is_alphanumeric) {
            return Err(format!(
                "optimization level {} is not an alphanumeric value",
                crate::objects::str::repr_str(opt)
            ));
        }
    }
    let base = file.split('.').next().unwrap_or("");
    Ok(join_path(&[head, &format!("{base}.py")]))
}

/// importlib's `_path_split`: everything up to the last separator, and the rest.
fn split_path(p: &str) -> (&str, &str) {
    match p.rfind('/') {
        Some(i) => (&p[..i], &p[i + 1..]),
        None => ("", p),
    }
}

/// importlib's `_path_join`: non-empty parts, trailing separators stripped, joined by `/`.
fn join_path(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches('/'))
        .collect::<Vec<_>>()
        .join("/")
}

/// The `opt-N` part of a cache file name for optimisation level `optimize` (none at 0),
/// as `cache_from_source` with `optimization=None` under `sys.flags.optimize`.
pub fn opt_tag(optimize: u32) -> String {
    if optimize == 0 {
        String::new()
    } else {
        optimize.to_string()
    }
}

/// Where `source`'s cache for optimisation level `optimize` lives.
pub fn cache_path(source: &Path, prefix: Option<&str>, optimize: u32) -> PathBuf {
    PathBuf::from(cache_from_source(
        &source.to_string_lossy(),
        prefix,
        &opt_tag(optimize),
    ))
}

/// The source's mtime as the header stores it (whole seconds, floored, modulo 2**32) and
/// as seconds since the epoch with a fraction (for the racy check).
fn mtime_of(meta: &std::fs::Metadata) -> (u32, f64) {
    let secs = match meta.modified().map(|t| t.duration_since(UNIX_EPOCH)) {
        Ok(Ok(d)) => d.as_secs_f64(),
        Ok(Err(e)) => -e.duration().as_secs_f64(),
        Err(_) => 0.0,
    };
    ((secs.floor() as i64) as u32, secs)
}

fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// True when the source may still change within its mtime tick after we look at it.
fn is_racy(mtime: f64) -> bool {
    now_secs() - mtime < pyc::RACY_SECONDS
}

/// The header a fresh compile of `source` is written with.
pub fn validation_for(
    mode: InvalidationMode,
    source: &[u8],
    meta: &std::fs::Metadata,
    allow_racy: bool,
) -> pyc::Validation {
    let (mtime, exact) = mtime_of(meta);
    match mode {
        InvalidationMode::CheckedHash => pyc::Validation::CheckedHash(pyc::source_hash(source)),
        InvalidationMode::UncheckedHash => pyc::Validation::UncheckedHash(pyc::source_hash(source)),
        InvalidationMode::Timestamp if allow_racy && is_racy(exact) => {
            pyc::Validation::RacyHash(pyc::source_hash(source))
        }
        InvalidationMode::Timestamp => pyc::Validation::Timestamp {
            mtime,
            size: meta.len() as u32,
        },
    }
}

/// CPython's `_imp._fix_co_filename`: code loaded from a cache whose source has moved
/// reports the source's current path.
pub fn fix_filename(code: &mut CodeObject, name: &Rc<str>) {
    if code.filename == *name {
        return;
    }
    code.filename = name.clone();
    for c in code.consts.iter_mut() {
        if let Const::Code(inner) = c {
            fix_filename(Rc::make_mut(inner), name);
        }
    }
}

/// Writes via a temporary file in the same directory and renames it into place, so a
/// reader never sees a torn file. The file gets the source's permissions plus owner-write,
/// as CPython's `_calc_mode`.
pub fn write_atomic(path: &Path, data: &[u8], mode: Option<u32>) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    if let Err(e) = std::fs::create_dir_all(dir) {
        return Err(format!("cannot create {}: {e}", dir.display()));
    }
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(
        "{}.{}.{n}.tmp",
        path.file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let written = {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(mode.map(|m| (m | 0o200) & 0o666).unwrap_or(0o644));
        }
        #[cfg(not(unix))]
        let _ = mode;
        opts.open(&tmp)
            .and_then(|mut f| std::io::Write::write_all(&mut f, data))
    };
    let result = written.and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("cannot write {}: {e}", path.display()));
    }
    Ok(())
}

#[cfg(unix)]
fn mode_of(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    Some(meta.permissions().mode())
}

#[cfg(not(unix))]
fn mode_of(_: &std::fs::Metadata) -> Option<u32> {
    None
}

/// Compiles `source` (read from `path`) at optimisation level `optimize` and writes its
/// cache file with `mode`; used by `py_compile`/`compileall`. Returns the code.
pub fn compile_file(
    path: &Path,
    cfile: &Path,
    dfile: Option<&str>,
    mode: InvalidationMode,
    optimize: u32,
) -> Result<CodeObject, CompileFileError> {
    let meta = std::fs::metadata(path).map_err(CompileFileError::Io)?;
    let source = std::fs::read(path).map_err(CompileFileError::Io)?;
    let display = dfile
        .map(str::to_string)
        .unwrap_or_else(|| path.to_string_lossy().into_owned());
    let code = compile_bytes(&source, &display, optimize).map_err(CompileFileError::Compile)?;
    // Timestamp mode gets the racy guard here too: a file written by a tool is trusted by
    // the importer exactly like one the importer wrote.
    let v = validation_for(mode, &source, &meta, true);
    write_atomic(cfile, &pyc::encode(&code, v), mode_of(&meta)).map_err(CompileFileError::Write)?;
    Ok(code)
}

fn compile_bytes(
    source: &[u8],
    filename: &str,
    optimize: u32,
) -> Result<CodeObject, taipan_compiler::CompileError> {
    taipan_compiler::compile_bytes_mode_opt(source, filename, taipan_compiler::Mode::Exec, optimize)
}

pub enum CompileFileError {
    Io(std::io::Error),
    Compile(taipan_compiler::CompileError),
    Write(String),
}

/// The importer's path from a `.py` file to code, through the cache. `log` receives the
/// one-line report for TAIPAN_CACHE_LOG.
pub fn load_source(
    name: &str,
    path: &Path,
    settings: &Settings,
    log: &mut dyn FnMut(String),
) -> Result<CodeObject, LoadError> {
    let meta = std::fs::metadata(path).map_err(LoadError::Io)?;
    let display: Rc<str> = path.to_string_lossy().into();
    let cpath = cache_path(path, settings.prefix.as_deref(), settings.optimize);
    let mut source: Option<Vec<u8>> = None;
    let read_source = |source: &mut Option<Vec<u8>>| -> Result<Vec<u8>, LoadError> {
        if let Some(s) = source {
            return Ok(s.clone());
        }
        let s = std::fs::read(path).map_err(LoadError::Io)?;
        *source = Some(s.clone());
        Ok(s)
    };
    let (mtime, exact) = mtime_of(&meta);
    // The mode an existing file asked for is kept when it is rewritten (as importlib).
    let mut keep_mode = InvalidationMode::Timestamp;
    let why = match std::fs::read(&cpath) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => "missing".to_string(),
        Err(e) => format!("unreadable: {e}"),
        Ok(data) => match pyc::read_header(&data) {
            Err(e) => e.to_string(),
            Ok(v) => {
                let stale = match v {
                    pyc::Validation::Timestamp { mtime: m, size } => {
                        if m != mtime {
                            Some("stale mtime")
                        } else if u64::from(size) != meta.len() & 0xFFFF_FFFF {
                            Some("stale size")
                        } else {
                            None
                        }
                    }
                    pyc::Validation::CheckedHash(h) | pyc::Validation::RacyHash(h) => {
                        let s = read_source(&mut source)?;
                        (pyc::source_hash(&s) != h).then_some("stale hash")
                    }
                    pyc::Validation::UncheckedHash(_) => None,
                };
                // The header's mode is kept only from a file that is whole: a damaged
                // flags field must not turn a timestamp file into a trusted one.
                let intact = pyc::check_sum(&data).is_ok();
                if intact {
                    keep_mode = match v {
                        pyc::Validation::CheckedHash(_) => InvalidationMode::CheckedHash,
                        pyc::Validation::UncheckedHash(_) => InvalidationMode::UncheckedHash,
                        _ => InvalidationMode::Timestamp,
                    };
                }
                match stale {
                    Some(why) => why.to_string(),
                    None => match pyc::decode_body_deferred(&data) {
                        Err(e) => e.to_string(),
                        Ok(mut code) => {
                            fix_filename(&mut code, &display);
                            let mut note = String::new();
                            if matches!(v, pyc::Validation::RacyHash(_))
                                && !is_racy(exact)
                                && settings.write
                            {
                                // Old enough now: later edits get a later mtime tick.
                                let ts = pyc::Validation::Timestamp {
                                    mtime,
                                    size: meta.len() as u32,
                                };
                                if let Some(d) = pyc::reheader(&data, ts) {
                                    note = match write_atomic(&cpath, &d, mode_of(&meta)) {
                                        Ok(()) => ", rewritten with timestamp".into(),
                                        Err(e) => format!(", not rewritten ({e})"),
                                    };
                                }
                            }
                            if settings.log {
                                log(format!("{name}: hit {}{note}", cpath.display()));
                            }
                            return Ok(code);
                        }
                    },
                }
            }
        },
    };
    let s = read_source(&mut source)?;
    let code = compile_bytes(&s, &display, settings.optimize).map_err(LoadError::Compile)?;
    let outcome = if settings.write {
        let v = validation_for(keep_mode, &s, &meta, true);
        match write_atomic(&cpath, &pyc::encode(&code, v), mode_of(&meta)) {
            Ok(()) => format!("written {}", cpath.display()),
            Err(e) => format!("not written ({e})"),
        }
    } else {
        "not written (dont_write_bytecode)".to_string()
    };
    if settings.log {
        log(format!("{name}: miss ({why}), {outcome}"));
    }
    Ok(code)
}

/// A `.pyc` run or imported without its source: header and body must be valid; freshness
/// is not checked (there is nothing to check against).
pub fn load_sourceless(path: &Path) -> Result<CodeObject, String> {
    let data = std::fs::read(path).map_err(|e| e.to_string())?;
    pyc::decode(&data)
        .map(|(_, c)| c)
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_paths_as_importlib() {
        assert_eq!(
            cache_from_source("/a/b.py", None, ""),
            "/a/__pycache__/b.taipan-312.pyc"
        );
        assert_eq!(
            cache_from_source("b.py", None, ""),
            "__pycache__/b.taipan-312.pyc"
        );
        assert_eq!(
            cache_from_source("/x/y/foo.bar.py", Some("/p"), ""),
            "/p/x/y/foo.bar.taipan-312.pyc"
        );
        assert_eq!(
            cache_from_source("/x/noext", None, ""),
            "/x/__pycache__/noexttaipan-312.pyc"
        );
        assert_eq!(
            cache_from_source("/a/b.py", None, "1"),
            "/a/__pycache__/b.taipan-312.opt-1.pyc"
        );
        assert_eq!(opt_tag(0), "");
        assert_eq!(
            cache_path(Path::new("/a/b.py"), None, 2),
            PathBuf::from("/a/__pycache__/b.taipan-312.opt-2.pyc")
        );
        assert_eq!(
            source_from_cache("/a/__pycache__/b.taipan-312.opt-1.pyc", None),
            Ok("/a/b.py".to_string())
        );
        assert_eq!(
            source_from_cache("/a/__pycache__/b.taipan-312.pyc", None),
            Ok("/a/b.py".to_string())
        );
        assert_eq!(
            source_from_cache("/p/x/y/foo.taipan-312.pyc", Some("/p/")),
            Ok("/x/y/foo.py".to_string())
        );
        assert!(source_from_cache("/a/b.taipan-312.pyc", None)
            .unwrap_err()
            .starts_with("__pycache__ not bottom-level directory"));
        assert_eq!(
            source_from_cache("/a/__pycache__/b.pyc", None),
            Err("expected only 2 or 3 dots in 'b.pyc'".to_string())
        );
        assert_eq!(
            source_from_cache("/a/__pycache__/b.x.y.pyc", None),
            Err("optimization portion of filename does not start with 'opt-'".to_string())
        );
    }
}
