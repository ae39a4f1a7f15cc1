//! `taipan -m compileall [options] [FILE|DIR ...]`: CPython 3.12's compileall command
//! line, native. Same flags, messages (all on stdout, argparse's on stderr) and exit
//! status (0 when everything compiled, 1 otherwise, 2 for a usage error); caches are
//! Taipan's (`__pycache__/NAME.taipan-312.pyc`, or `NAME.pyc` beside the source with -b).
//!
//! Each `-o LEVEL` writes the cache of that optimisation level (`NAME.taipan-312.opt-1.pyc`
//! for 1; -1, the default, is the interpreter's own `-O` level); `--hardlink-dupes` links
//! identical results of different levels.
//!
//! Differences from CPython: `-j` runs threads rather than processes; a cache file counts as up to date when its header
//! matches the requested invalidation mode (timestamp: the source's mtime and size, or a
//! racy hash header with the source's hash, as the cache writer leaves a just-edited
//! source; hash modes: the source's hash), where CPython only ever accepts a timestamp
//! header with the right mtime.

use crate::py_compile;
use crate::py_compile::argparse::{self, Kind, Opt, Outcome};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use taipan_bytecode::pyc;
use taipan_vm::cache::{self, InvalidationMode};
use taipan_vm::objects::str::repr_str;

const PROG: &str = "compileall.py";

const USAGE: &str = "\
usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
";

const HELP: &str = "
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                        options are specified, then `-r` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. `-d` and `-s` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by `-s` option. `-d` and `-p` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if \"-\", names are
                        read from stdin
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to \"checked-hash\"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and \"timestamp\" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
";

// Indices into OPTS.
const O_L: usize = 1;
const O_R: usize = 2;
const O_F: usize = 3;
const O_Q: usize = 4;
const O_B: usize = 5;
const O_D: usize = 6;
const O_S: usize = 7;
const O_P: usize = 8;
const O_X: usize = 9;
const O_I: usize = 10;
const O_J: usize = 11;
const O_MODE: usize = 12;
const O_O: usize = 13;
const O_E: usize = 14;
const O_HARDLINK: usize = 15;

const OPTS: [Opt; 16] = [
    Opt::new(&["-h", "--help"], Kind::Help),
    Opt::new(&["-l"], Kind::Flag),
    Opt::new(&["-r"], Kind::Int),
    Opt::new(&["-f"], Kind::Flag),
    Opt::new(&["-q"], Kind::Flag),
    Opt::new(&["-b"], Kind::Flag),
    Opt::new(&["-d"], Kind::Str),
    Opt::new(&["-s"], Kind::Str),
    Opt::new(&["-p"], Kind::Str),
    Opt::new(&["-x"], Kind::Str),
    Opt::new(&["-i"], Kind::Str),
    Opt::new(&["-j", "--workers"], Kind::Int),
    Opt::new(
        &["--invalidation-mode"],
        Kind::Choice(&["checked-hash", "timestamp", "unchecked-hash"]),
    ),
    Opt::new(&["-o"], Kind::Int),
    Opt::new(&["-e"], Kind::Str),
    Opt::new(&["--hardlink-dupes"], Kind::Flag),
];

/// `sys.getrecursionlimit()`, compile_dir's default depth.
const DEFAULT_MAXLEVELS: i64 = 1000;

/// What every file is compiled with.
struct Settings {
    force: bool,
    rx: Option<regex::Regex>,
    quiet: usize,
    legacy: bool,
    mode: InvalidationMode,
    limit_sl_dest: Option<String>,
    prefix: Option<String>,
    /// The `-o` levels, sorted without duplicates (-1: the interpreter's level).
    levels: Vec<i64>,
    /// The interpreter's optimisation level (`taipan -O -m compileall`).
    interp_level: u32,
    hardlink_dupes: bool,
}

/// Where the recorded file name comes from (compile_file's ddir / stripdir / prependdir).
#[derive(Clone, Default)]
struct Dest {
    ddir: Option<String>,
    stripdir: Option<String>,
    prependdir: Option<String>,
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{USAGE}{PROG}: error: {msg}");
    2
}

/// `python -m compileall ARGS` with `argv` as `sys.argv` (argv[0] is not used), run by
/// an interpreter at optimisation level `interp_level`.
pub fn main(argv: &[String], interp_level: u32) -> i32 {
    let status = run(argv, interp_level);
    // The caller may end the process without flushing.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    status
}

fn run(argv: &[String], interp_level: u32) -> i32 {
    let args = argv.get(1..).unwrap_or(&[]);
    let p = match argparse::parse(&OPTS, "FILE|DIR", false, args) {
        Outcome::Parsed(p) => p,
        Outcome::Help => {
            print!("{USAGE}{HELP}");
            return 0;
        }
        Outcome::Error(msg) => return usage_error(&msg),
    };
    let int = |s: &str| argparse::parse_int(s).expect("checked by the parser");
    let mut opt_levels: Vec<i64> = p.all(O_O).into_iter().map(int).collect();
    if opt_levels.is_empty() {
        opt_levels.push(-1);
    }
    let quiet = p.count(O_Q);
    let rx = match p.last(O_X).filter(|s| !s.is_empty()) {
        None => None,
        Some(pattern) => match regex::Regex::new(pattern) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!("re.error: {e}");
                return 1;
            }
        },
    };
    let maxlevels = match p.last(O_R) {
        Some(r) => Some(int(r)),
        None if p.count(O_L) > 0 => Some(0),
        None => None,
    };
    let hardlink_dupes = p.count(O_HARDLINK) > 0;
    if hardlink_dupes && opt_levels.len() == 1 {
        return usage_error(
            "Hardlinking of duplicated bytecode makes sense only for more than one optimization level.",
        );
    }
    // compile_file's `sorted(set(optimize))`: each level once, in a fixed order.
    opt_levels.sort_unstable();
    opt_levels.dedup();
    if hardlink_dupes && opt_levels.len() < 2 {
        // CPython's compile_file raises this ValueError (uncaught) for `-o 1 -o 1`.
        eprintln!("ValueError: Hardlinking of duplicated bytecode makes sense only for more than one optimization level");
        return 1;
    }
    let dest = Dest {
        ddir: p.last(O_D).map(String::from),
        stripdir: p.last(O_S).map(String::from),
        prependdir: p.last(O_P).map(String::from),
    };
    if dest.ddir.is_some() && (dest.stripdir.is_some() || dest.prependdir.is_some()) {
        return usage_error("-d cannot be used in combination with -s or -p");
    }
    let mut dests: Vec<String> = p.positionals.clone();
    if let Some(flist) = p.last(O_I).filter(|s| !s.is_empty()) {
        let lines: std::io::Result<Vec<String>> = if flist == "-" {
            std::io::stdin().lock().lines().collect()
        } else {
            std::fs::File::open(flist).and_then(|f| std::io::BufReader::new(f).lines().collect())
        };
        match lines {
            Ok(lines) => dests.extend(lines.iter().map(|l| l.trim().to_string())),
            Err(_) => {
                if quiet < 2 {
                    println!("Error reading file list {flist}");
                }
                return 1;
            }
        }
    }
    let mode = match p.last(O_MODE) {
        Some(m) => InvalidationMode::parse(m).expect("checked by the parser"),
        None => InvalidationMode::default_for_tools(),
    };
    let settings = Settings {
        force: p.count(O_F) > 0,
        rx,
        quiet,
        legacy: p.count(O_B) > 0,
        mode,
        limit_sl_dest: p.last(O_E).filter(|s| !s.is_empty()).map(String::from),
        prefix: py_compile::pycache_prefix(),
        levels: opt_levels,
        interp_level,
        hardlink_dupes,
    };
    let workers = p.last(O_J).map_or(1, int);
    let mut success = true;
    if dests.is_empty() {
        // CPython compiles each sys.path entry without recursing (skipping '' and '.').
        // Taipan's library is frozen into the binary, so its sys.path under -m is the
        // current directory (made absolute, as CPython's sys.path[0] for -m): compile that.
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_else(|_| ".".into());
        let plain = Settings {
            rx: None,
            limit_sl_dest: None,
            ..settings
        };
        return match compile_dir(&cwd, Some(0), &Dest::default(), &plain, 1) {
            Ok(ok) => i32::from(!ok),
            Err(code) => code,
        };
    }
    for d in &dests {
        let ok = if Path::new(d).is_file() {
            let (ok, text) = compile_file(d, &dest, &settings);
            emit(&text);
            ok
        } else {
            match compile_dir(d, maxlevels, &dest, &settings, workers) {
                Ok(ok) => ok,
                Err(code) => return code,
            }
        };
        success &= ok;
    }
    i32::from(!success)
}

/// Writes one file's report in one piece (workers' reports do not interleave).
fn emit(text: &str) {
    if text.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// `os.path.join`.
fn join(parts: &[&str]) -> String {
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if b.starts_with('/') || i == 0 {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn basename(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

/// compile_dir: the files under `dir` (to `maxlevels` levels of subdirectories, default
/// `sys.getrecursionlimit()`), compiled one by one or by `workers` threads (0: one per
/// CPU). `Err` is the exit status for an invalid worker count (CPython's ValueError).
fn compile_dir(
    dir: &str,
    maxlevels: Option<i64>,
    dest: &Dest,
    s: &Settings,
    workers: i64,
) -> Result<bool, i32> {
    let dest = match &dest.ddir {
        Some(ddir) => Dest {
            ddir: None,
            stripdir: Some(dir.to_string()),
            prependdir: Some(ddir.clone()),
        },
        None => dest.clone(),
    };
    if workers < 0 {
        eprintln!("ValueError: workers must be greater or equal to 0");
        return Err(1);
    }
    let maxlevels = maxlevels.unwrap_or(DEFAULT_MAXLEVELS);
    if workers == 1 {
        let mut success = true;
        walk_dir(dir, maxlevels, s.quiet, &mut |file| {
            let (ok, text) = compile_file(&file, &dest, s);
            emit(&text);
            success &= ok;
        });
        return Ok(success);
    }
    // As CPython's executor.map: the whole walk (and its Listing lines) comes first.
    let mut files = Vec::new();
    walk_dir(dir, maxlevels, s.quiet, &mut |f| files.push(f));
    let n = if workers == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        workers as usize
    }
    .min(files.len().max(1));
    let queue = Arc::new(Mutex::new(files.into_iter()));
    let success = std::sync::atomic::AtomicBool::new(true);
    std::thread::scope(|scope| {
        for _ in 0..n {
            let queue = Arc::clone(&queue);
            let success = &success;
            let dest = &dest;
            scope.spawn(move || loop {
                let next = queue.lock().map(|mut q| q.next()).unwrap_or(None);
                let Some(file) = next else { break };
                let (ok, text) = compile_file(&file, dest, s);
                emit(&text);
                if !ok {
                    success.store(false, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
    });
    Ok(success.load(std::sync::atomic::Ordering::Relaxed))
}

/// `_walk_dir`: every non-directory entry of `dir` in sorted order, and the contents of
/// subdirectories (not symlinks, not `__pycache__`) while `maxlevels` allows.
fn walk_dir(dir: &str, maxlevels: i64, quiet: usize, f: &mut dyn FnMut(String)) {
    if quiet == 0 {
        emit(&format!("Listing {}...\n", repr_str(dir)));
    }
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => {
            if quiet < 2 {
                emit(&format!("Can't list {}\n", repr_str(dir)));
            }
            Vec::new()
        }
    };
    names.sort();
    for name in names {
        if name == "__pycache__" {
            continue;
        }
        let fullname = join(&[dir, &name]);
        let path = Path::new(&fullname);
        if !path.is_dir() {
            f(fullname);
        } else if maxlevels > 0 && name != "." && name != ".." && !path.is_symlink() {
            walk_dir(&fullname, maxlevels - 1, quiet, f);
        }
    }
}

/// The file name recorded in the code: `ddir/NAME`, or the path with `stripdir`'s
/// leading components removed and `prependdir` joined in front.
fn dfile_for(fullname: &str, dest: &Dest) -> Option<String> {
    let mut dfile = dest.ddir.as_ref().map(|d| join(&[d, basename(fullname)]));
    if let Some(stripdir) = &dest.stripdir {
        let full_parts: Vec<&str> = fullname.split('/').collect();
        let mut parts = full_parts.clone();
        for (spart, opart) in stripdir.split('/').zip(&full_parts) {
            if spart == *opart {
                // list.remove: the first equal element.
                if let Some(k) = parts.iter().position(|p| *p == spart) {
                    parts.remove(k);
                }
            }
        }
        dfile = Some(join(&parts));
    }
    if let Some(prependdir) = &dest.prependdir {
        dfile = Some(match dfile {
            None => join(&[prependdir, fullname]),
            Some(d) => join(&[prependdir, &d]),
        });
    }
    dfile
}

/// Path.resolve(): the real path, or the absolute one when it cannot be resolved.
fn resolve(p: &str) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| PathBuf::from(p))
    })
}

/// compile_file: compiles `fullname` if it is a `.py` file not excluded and not up to
/// date; returns success and the report to print.
fn compile_file(fullname: &str, dest: &Dest, s: &Settings) -> (bool, String) {
    let mut out = String::new();
    let name = basename(fullname);
    let dfile = dfile_for(fullname, dest);
    if s.rx.as_ref().is_some_and(|rx| rx.is_match(fullname)) {
        return (true, out);
    }
    if let Some(limit) = &s.limit_sl_dest {
        if Path::new(fullname).is_symlink() {
            let limit = resolve(limit);
            let target = resolve(fullname);
            if !target.ancestors().skip(1).any(|a| a == limit) {
                return (true, out);
            }
        }
    }
    if !Path::new(fullname).is_file() || !name.ends_with(".py") {
        return (true, out);
    }
    // One cache file per level (-1: the interpreter's level, and its file name).
    let cfiles: Vec<(i64, String)> = s
        .levels
        .iter()
        .map(|&level| {
            let cfile = if s.legacy {
                format!("{fullname}c")
            } else {
                let opt = match u32::try_from(level) {
                    Ok(l) => cache::opt_tag(l),
                    Err(_) => cache::opt_tag(s.interp_level),
                };
                cache::cache_from_source(fullname, s.prefix.as_deref(), &opt)
            };
            (level, cfile)
        })
        .collect();
    if !s.force && cfiles.iter().all(|(_, c)| up_to_date(fullname, c, s.mode)) {
        return (true, out);
    }
    if s.quiet == 0 {
        out.push_str(&format!("Compiling {}...\n", repr_str(fullname)));
    }
    let mut result = Ok(());
    for (i, (level, cfile)) in cfiles.iter().enumerate() {
        result = compile_level(fullname, cfile, dfile.as_deref(), *level, s);
        if result.is_err() {
            break;
        }
        if i > 0 && s.hardlink_dupes {
            let previous = &cfiles[i - 1].1;
            if let Err(e) = hardlink_if_same(cfile, previous) {
                result = Err(py_compile::os_failure(&e, cfile));
                break;
            }
        }
    }
    match result {
        Ok(()) => (true, out),
        Err(failure) => {
            if s.quiet >= 2 {
                return (false, out);
            }
            if s.quiet > 0 {
                out.push_str(&format!("*** Error compiling {}...\n", repr_str(fullname)));
            } else {
                out.push_str("*** ");
            }
            out.push_str(&failure.compileall_text());
            out.push('\n');
            (false, out)
        }
    }
}

/// py_compile.compile for one level: levels outside -1..=2 fail as compile() does.
fn compile_level(
    fullname: &str,
    cfile: &str,
    dfile: Option<&str>,
    level: i64,
    s: &Settings,
) -> Result<(), py_compile::Failure> {
    let optimize = match level {
        -1 => s.interp_level,
        0..=2 => level as u32,
        _ => {
            return Err(py_compile::Failure::Compile(
                "Sorry: ValueError: compile(): invalid optimize value".into(),
            ))
        }
    };
    py_compile::compile(fullname, Some(cfile), dfile, s.mode, None, optimize)
}

/// `--hardlink-dupes`: when `cfile` has the same bytes as `previous`, it becomes a hard
/// link to it.
fn hardlink_if_same(cfile: &str, previous: &str) -> std::io::Result<()> {
    if cfile == previous || std::fs::read(cfile)? != std::fs::read(previous)? {
        return Ok(());
    }
    std::fs::remove_file(cfile)?;
    std::fs::hard_link(previous, cfile)
}

/// Whether `cfile` already holds `source` compiled with `mode` (see the module comment).
fn up_to_date(source: &str, cfile: &str, mode: InvalidationMode) -> bool {
    let Ok(meta) = std::fs::metadata(source) else {
        return false;
    };
    let Ok(data) = std::fs::read(cfile) else {
        return false;
    };
    let Ok(v) = pyc::read_header(&data) else {
        return false;
    };
    if pyc::check_sum(&data).is_err() {
        return false;
    }
    let hash_matches = |h: [u8; 8]| std::fs::read(source).is_ok_and(|b| pyc::source_hash(&b) == h);
    match (mode, v) {
        (InvalidationMode::Timestamp, pyc::Validation::Timestamp { mtime, size }) => {
            let secs = match meta
                .modified()
                .map(|t| t.duration_since(std::time::UNIX_EPOCH))
            {
                Ok(Ok(d)) => d.as_secs_f64(),
                Ok(Err(e)) => -e.duration().as_secs_f64(),
                Err(_) => return false,
            };
            mtime == (secs.floor() as i64) as u32 && size == meta.len() as u32
        }
        (InvalidationMode::Timestamp, pyc::Validation::RacyHash(h))
        | (InvalidationMode::CheckedHash, pyc::Validation::CheckedHash(h))
        | (InvalidationMode::UncheckedHash, pyc::Validation::UncheckedHash(h)) => hash_matches(h),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_names_as_cpython() {
        let d = |ddir: Option<&str>, strip: Option<&str>, prepend: Option<&str>| Dest {
            ddir: ddir.map(String::from),
            stripdir: strip.map(String::from),
            prependdir: prepend.map(String::from),
        };
        assert_eq!(dfile_for("t/sub/s.py", &d(None, None, None)), None);
        assert_eq!(
            dfile_for("t/sub/s.py", &d(Some("/dest"), None, None)).as_deref(),
            Some("/dest/s.py")
        );
        assert_eq!(
            dfile_for("t/sub/s.py", &d(None, Some("t"), Some("/dest"))).as_deref(),
            Some("/dest/sub/s.py")
        );
        assert_eq!(
            dfile_for("/a/b/c.py", &d(None, Some("/a"), None)).as_deref(),
            Some("b/c.py")
        );
        assert_eq!(
            dfile_for("x/c.py", &d(None, None, Some("/p"))).as_deref(),
            Some("/p/x/c.py")
        );
        assert_eq!(join(&["a/", "b"]), "a/b");
        assert_eq!(join(&["a", "/b"]), "/b");
        assert_eq!(join(&["", "b"]), "b");
    }
}
