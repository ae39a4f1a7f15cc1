//! `taipan -m py_compile [-q] FILE...`: CPython 3.12's py_compile command line, native.
//!
//! Each file is compiled to its cache file (`__pycache__/NAME.taipan-312.pyc`, or under
//! PYTHONPYCACHEPREFIX); the first failure is reported on stderr as CPython reports it
//! (a PyCompileError's message, or `str(OSError)`) and ends the run with status 1.
//!
//! Also home to what `compileall` shares with it: the error texts CPython's py_compile
//! produces, and a small emulation of argparse's parsing and messages.

use std::io::Read;
use std::path::Path;
use taipan_compiler::{CompileError, ErrorKind};
use taipan_vm::cache::{self, CompileFileError, InvalidationMode};
use taipan_vm::objects::str::repr_str;

const USAGE: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";

const HELP: &str = "
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
";

/// The program name argparse shows: CPython 3.12 prints the module file's basename.
const PROG: &str = "py_compile.py";

/// `python -m py_compile ARGS` with `argv` as `sys.argv` (argv[0] is not used), run by
/// an interpreter at optimisation level `optimize` (the level of the caches it writes).
pub fn main(argv: &[String], optimize: u32) -> i32 {
    let status = run(argv, optimize);
    // The caller may end the process without flushing.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    status
}

fn run(argv: &[String], optimize: u32) -> i32 {
    use argparse::{Kind, Opt, Outcome};
    let opts = [
        Opt::new(&["-h", "--help"], Kind::Help),
        Opt::new(&["-q", "--quiet"], Kind::Flag),
    ];
    let args = argv.get(1..).unwrap_or(&[]);
    let parsed = match argparse::parse(&opts, "filenames", true, args) {
        Outcome::Parsed(p) => p,
        Outcome::Help => {
            print!("{USAGE}{HELP}");
            return 0;
        }
        Outcome::Error(msg) => {
            eprintln!("{USAGE}{PROG}: error: {msg}");
            return 2;
        }
    };
    let quiet = parsed.count(1) > 0;
    let filenames = if parsed.positionals == ["-"] {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("{e}");
            return 1;
        }
        // readlines() with each name's newline removed (rstrip('\n')).
        text.split_inclusive('\n')
            .map(|l| l.trim_end_matches('\n').to_string())
            .collect()
    } else {
        parsed.positionals
    };
    let mode = InvalidationMode::default_for_tools();
    let prefix = pycache_prefix();
    for filename in &filenames {
        if let Err(failure) = compile(filename, None, None, mode, prefix.as_deref(), optimize) {
            if !quiet {
                // parser.exit(1, message): written as it is, without a newline added.
                eprint!("{}", failure.py_compile_text());
            }
            return 1;
        }
    }
    0
}

/// `sys.pycache_prefix` for the tools: PYTHONPYCACHEPREFIX unless unset or empty.
pub fn pycache_prefix() -> Option<String> {
    std::env::var("PYTHONPYCACHEPREFIX")
        .ok()
        .filter(|p| !p.is_empty())
}

/// Why `compile` failed, as the exception py_compile.compile(doraise=True) raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// PyCompileError; its message (ending in a newline for a plain SyntaxError).
    Compile(String),
    /// An OSError: its class name and `str()`.
    Os { class: &'static str, text: String },
}

impl Failure {
    /// What py_compile's command line prints: the message, or `str(OSError)`.
    pub fn py_compile_text(&self) -> &str {
        match self {
            Failure::Compile(msg) => msg,
            Failure::Os { text, .. } => text,
        }
    }

    /// What compileall prints after `*** `: the message, or `Class: str(OSError)`.
    pub fn compileall_text(&self) -> String {
        match self {
            Failure::Compile(msg) => msg.clone(),
            Failure::Os { class, text } => format!("{class}: {text}"),
        }
    }
}

/// `py_compile.compile(file, cfile, dfile, doraise=True, optimize=optimize,
/// invalidation_mode=mode)`: `cfile` defaults to the PEP 3147 cache path of level
/// `optimize` under `prefix`; `dfile` is the file name recorded in the code and shown in
/// errors.
pub fn compile(
    file: &str,
    cfile: Option<&str>,
    dfile: Option<&str>,
    mode: InvalidationMode,
    prefix: Option<&str>,
    optimize: u32,
) -> Result<(), Failure> {
    let cfile = match cfile {
        Some(c) => c.to_string(),
        None => cache::cache_from_source(file, prefix, &cache::opt_tag(optimize)),
    };
    let cpath = Path::new(&cfile);
    if cpath.is_symlink() {
        return Err(Failure::Os {
            class: "FileExistsError",
            text: format!(
                "{cfile} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it"
            ),
        });
    }
    if cpath.exists() && !cpath.is_file() {
        return Err(Failure::Os {
            class: "FileExistsError",
            text: format!(
                "{cfile} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it"
            ),
        });
    }
    match cache::compile_file(Path::new(file), cpath, dfile, mode, optimize) {
        Ok(_) => Ok(()),
        Err(CompileFileError::Io(e)) => Err(os_failure(&e, file)),
        Err(CompileFileError::Compile(e)) => Err(Failure::Compile(py_compile_error(
            &e,
            dfile.unwrap_or(file),
        ))),
        Err(CompileFileError::Write(msg)) => Err(write_failure(&msg, cpath)),
    }
}

/// An OSError for `e` on `filename`, as `PyErr_SetFromErrnoWithFilename` builds it.
pub fn os_failure(e: &std::io::Error, filename: &str) -> Failure {
    match e.raw_os_error() {
        Some(errno) => errno_failure(errno, filename),
        None => Failure::Os {
            class: "OSError",
            text: e.to_string(),
        },
    }
}

fn errno_failure(errno: i32, filename: &str) -> Failure {
    // std formats OS errors as "<strerror> (os error N)".
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    Failure::Os {
        class: os_error_class(errno),
        text: format!("[Errno {errno}] {strerror}: {}", repr_str(filename)),
    }
}

/// The OSError subclass CPython raises for `errno` (PEP 3151).
pub fn os_error_class(errno: i32) -> &'static str {
    match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => "OSError",
    }
}

/// The cache writer reports "cannot create DIR: ERR" or "cannot write FILE: ERR"; turned
/// back into the OSError CPython's makedirs / _write_atomic would raise.
fn write_failure(msg: &str, cfile: &Path) -> Failure {
    let dir = cfile.parent().unwrap_or(Path::new("."));
    let (path, rest) = if let Some(r) = msg
        .strip_prefix("cannot create ")
        .and_then(|r| r.strip_prefix(&*dir.to_string_lossy()))
    {
        (dir.to_string_lossy().into_owned(), r)
    } else if let Some(r) = msg
        .strip_prefix("cannot write ")
        .and_then(|r| r.strip_prefix(&*cfile.to_string_lossy()))
    {
        (cfile.to_string_lossy().into_owned(), r)
    } else {
        return Failure::Os {
            class: "OSError",
            text: msg.to_string(),
        };
    };
    let errno = rest
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once("(os error "))
        .and_then(|(_, n)| n.parse::<i32>().ok());
    match errno {
        Some(errno) => errno_failure(errno, &path),
        None => Failure::Os {
            class: "OSError",
            text: msg.to_string(),
        },
    }
}

/// `PyCompileError(type(err), err, file).msg`: the `format_exception_only` text of a
/// SyntaxError (with `File "<string>"` naming `file`), otherwise `Sorry: Type: str(err)`.
pub fn py_compile_error(e: &CompileError, file: &str) -> String {
    if e.kind == ErrorKind::SyntaxError {
        format_syntax_error(e).replace("File \"<string>\"", &format!("File \"{file}\""))
    } else {
        format!("Sorry: {}: {}", e.type_name(), exception_str(e))
    }
}

/// `str(err)`: SyntaxError's own form, `msg (basename, line N)`, for it and its subclasses.
fn exception_str(e: &CompileError) -> String {
    match e.kind {
        ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError => {
            let base = e.filename.rsplit('/').next().unwrap_or(&e.filename);
            format!("{} ({base}, line {})", e.msg, e.line)
        }
        ErrorKind::NotImplemented | ErrorKind::RecursionError => e.msg.clone(),
    }
}

/// `traceback.format_exception_only` for a SyntaxError (CPython 3.12's
/// `TracebackException._format_syntax_error`): the location, the stripped source line, a
/// caret run under the offending text, and `Type: msg`.
pub fn format_syntax_error(e: &CompileError) -> String {
    let mut out = String::new();
    let filename = if e.filename.is_empty() {
        "<string>"
    } else {
        &e.filename
    };
    out.push_str(&format!("  File \"{filename}\", line {}\n", e.line));
    if let Some(text) = &e.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        // A 0 offset is CPython's "no offset" as far as drawing goes (colno < 0).
        let offset = i64::from(e.col);
        let mut end_offset = if e.end_col == 0 {
            offset
        } else {
            i64::from(e.end_col)
        };
        if offset == end_offset {
            end_offset = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end_offset - 1 - spaces;
        if colno >= 0 {
            let space: String = ltext
                .chars()
                .take(colno as usize)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            let carets = "^".repeat((end_colno - colno).max(0) as usize);
            out.push_str(&format!("    {space}{carets}\n"));
        }
    }
    let msg = if e.msg.is_empty() {
        "<no detail available>"
    } else {
        &e.msg
    };
    out.push_str(&format!("{}: {msg}\n", e.type_name()));
    out
}

/// Just enough of argparse for these tools: options with no value (store_true, count,
/// help) or one value (checked as `int` or against choices when consumed), one positional
/// with `nargs='*'` or `'+'`, prefix matching of long options, bundled short flags,
/// `--`, and argparse's messages and its order of complaints.
pub mod argparse {
    use taipan_vm::objects::str::repr_str;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Kind {
        /// `-h`: print the help and stop.
        Help,
        /// No value (store_true, store_const, count): each occurrence is recorded.
        Flag,
        /// One value, any string.
        Str,
        /// One value, `type=int`.
        Int,
        /// One value from the list (`choices=`).
        Choice(&'static [&'static str]),
    }

    pub struct Opt {
        pub strings: &'static [&'static str],
        pub kind: Kind,
    }

    impl Opt {
        pub const fn new(strings: &'static [&'static str], kind: Kind) -> Opt {
            Opt { strings, kind }
        }

        fn takes_value(&self) -> bool {
            !matches!(self.kind, Kind::Help | Kind::Flag)
        }

        fn name(&self) -> String {
            self.strings.join("/")
        }
    }

    #[derive(Debug, Default)]
    pub struct Parsed {
        /// (index into the options, value) for every occurrence, in order.
        pub seen: Vec<(usize, Option<String>)>,
        pub positionals: Vec<String>,
    }

    impl Parsed {
        pub fn count(&self, opt: usize) -> usize {
            self.seen.iter().filter(|(i, _)| *i == opt).count()
        }

        /// The value given last (argparse's `store`).
        pub fn last(&self, opt: usize) -> Option<&str> {
            self.all(opt).last().copied()
        }

        /// Every value given (argparse's `append`).
        pub fn all(&self, opt: usize) -> Vec<&str> {
            self.seen
                .iter()
                .filter(|(i, _)| *i == opt)
                .filter_map(|(_, v)| v.as_deref())
                .collect()
        }
    }

    #[derive(Debug)]
    pub enum Outcome {
        Parsed(Parsed),
        Help,
        /// The text after `PROG: error: `.
        Error(String),
    }

    #[derive(Clone, Debug)]
    enum Tok {
        /// An option: which one (None: unknown), the option string, an attached value.
        Opt(Option<usize>, String, Option<String>),
        Arg,
        /// The first `--`.
        DashDash,
    }

    /// Python's `int(s)` for the decimal strings argparse's `type=int` sees.
    pub fn parse_int(s: &str) -> Option<i64> {
        let t = s.trim();
        let (neg, digits) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        if digits.is_empty()
            || digits.starts_with('_')
            || digits.ends_with('_')
            || digits.contains("__")
            || !digits.chars().all(|c| c.is_ascii_digit() || c == '_')
        {
            return None;
        }
        let clean: String = digits.chars().filter(|c| *c != '_').collect();
        // Leading zeros are only allowed for zero itself, as in Python.
        if clean.len() > 1 && clean.starts_with('0') && clean.chars().any(|c| c != '0') {
            return None;
        }
        let v: i64 = clean.parse().ok()?;
        Some(if neg { -v } else { v })
    }

    /// argparse's `_negative_number_matcher`: `^-\d+$|^-\d*\.\d+$`.
    fn is_negative_number(s: &str) -> bool {
        let Some(rest) = s.strip_prefix('-') else {
            return false;
        };
        let digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
        match rest.split_once('.') {
            None => !rest.is_empty() && digits(rest),
            Some((a, b)) => digits(a) && !b.is_empty() && digits(b),
        }
    }

    fn find(opts: &[Opt], s: &str) -> Option<usize> {
        opts.iter().position(|o| o.strings.contains(&s))
    }

    /// `_get_option_tuples`: the options an unknown option-like string may abbreviate.
    fn option_tuples(opts: &[Opt], arg: &str) -> Vec<(usize, String, Option<String>)> {
        let mut out = Vec::new();
        let all = opts
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.strings.iter().map(move |s| (i, *s)));
        if arg.starts_with("--") {
            let (prefix, explicit) = match arg.split_once('=') {
                Some((p, e)) => (p, Some(e.to_string())),
                None => (arg, None),
            };
            for (i, s) in all {
                if s.starts_with(prefix) {
                    out.push((i, s.to_string(), explicit.clone()));
                }
            }
        } else {
            let split = arg.char_indices().nth(2).map_or(arg.len(), |(i, _)| i);
            let (short, explicit) = arg.split_at(split);
            for (i, s) in all {
                if s == short {
                    out.push((i, s.to_string(), Some(explicit.to_string())));
                } else if s.starts_with(arg) {
                    out.push((i, s.to_string(), None));
                }
            }
        }
        out
    }

    /// `_parse_optional`: None for a positional argument.
    fn classify(opts: &[Opt], arg: &str) -> Result<Option<Tok>, String> {
        if !arg.starts_with('-') {
            return Ok(None);
        }
        if let Some(i) = find(opts, arg) {
            return Ok(Some(Tok::Opt(Some(i), arg.to_string(), None)));
        }
        if arg.len() == 1 {
            return Ok(None);
        }
        if let Some((o, explicit)) = arg.split_once('=') {
            if let Some(i) = find(opts, o) {
                return Ok(Some(Tok::Opt(
                    Some(i),
                    o.to_string(),
                    Some(explicit.to_string()),
                )));
            }
        }
        let mut tuples = option_tuples(opts, arg);
        if tuples.len() > 1 {
            let names: Vec<&str> = tuples.iter().map(|t| t.1.as_str()).collect();
            return Err(format!(
                "ambiguous option: {arg} could match {}",
                names.join(", ")
            ));
        }
        if let Some((i, s, explicit)) = tuples.pop() {
            return Ok(Some(Tok::Opt(Some(i), s, explicit)));
        }
        if is_negative_number(arg) || arg.contains(' ') {
            return Ok(None);
        }
        Ok(Some(Tok::Opt(None, arg.to_string(), None)))
    }

    /// Parses `args` (sys.argv[1:]) against `opts` and one positional called `pos_name`
    /// (`nargs='+'` when `pos_required`, else `'*'`).
    pub fn parse(opts: &[Opt], pos_name: &str, pos_required: bool, args: &[String]) -> Outcome {
        match parse_inner(opts, pos_name, pos_required, args) {
            Ok(Some(p)) => Outcome::Parsed(p),
            Ok(None) => Outcome::Help,
            Err(e) => Outcome::Error(e),
        }
    }

    fn parse_inner(
        opts: &[Opt],
        pos_name: &str,
        pos_required: bool,
        args: &[String],
    ) -> Result<Option<Parsed>, String> {
        let mut toks = Vec::with_capacity(args.len());
        let mut after_dashdash = false;
        for a in args {
            if after_dashdash {
                toks.push(Tok::Arg);
            } else if a == "--" {
                after_dashdash = true;
                toks.push(Tok::DashDash);
            } else {
                toks.push(classify(opts, a)?.unwrap_or(Tok::Arg));
            }
        }
        let opt_indices: Vec<usize> = (0..toks.len())
            .filter(|&i| matches!(toks[i], Tok::Opt(..)))
            .collect();
        let mut parsed = Parsed::default();
        let mut pos_done = false;
        let mut extras: Vec<String> = Vec::new();

        // consume_positionals: the positional takes the whole run of arguments at `start`
        // ('+' needs at least one real argument in it); `--` itself is dropped once.
        let consume_positionals = |start: usize, parsed: &mut Parsed, pos_done: &mut bool| {
            if *pos_done {
                return start;
            }
            let end = (start..toks.len())
                .find(|&i| matches!(toks[i], Tok::Opt(..)))
                .unwrap_or(toks.len());
            let run = &toks[start..end];
            if pos_required && !run.iter().any(|t| matches!(t, Tok::Arg)) {
                return start;
            }
            let mut values: Vec<String> = args[start..end].to_vec();
            if let Some(k) = run.iter().position(|t| matches!(t, Tok::DashDash)) {
                values.remove(k);
            }
            parsed.positionals = values;
            *pos_done = true;
            end
        };

        let mut start = 0usize;
        let max_opt = opt_indices.last().copied();
        while max_opt.is_some_and(|m| start <= m) {
            let next = *opt_indices
                .iter()
                .find(|&&i| i >= start)
                .expect("an option at or after start");
            if start != next {
                let end = consume_positionals(start, &mut parsed, &mut pos_done);
                if end > start {
                    start = end;
                    continue;
                }
            }
            if !matches!(toks[start], Tok::Opt(..)) {
                extras.extend(args[start..next].iter().cloned());
                start = next;
            }
            // consume_optional
            let Tok::Opt(which, optstr, explicit) = toks[start].clone() else {
                unreachable!("start is an option")
            };
            let Some(mut cur) = which else {
                extras.push(args[start].clone());
                start += 1;
                continue;
            };
            let mut optstr = optstr;
            let mut explicit = explicit;
            let mut actions: Vec<(usize, Option<String>, String)> = Vec::new();
            let stop;
            loop {
                let o = &opts[cur];
                match explicit.take() {
                    Some(ex) => {
                        if !o.takes_value() && !optstr.starts_with("--") && !ex.is_empty() {
                            // Bundled short flags: -qf, -qr1.
                            actions.push((cur, None, optstr.clone()));
                            let mut chars = ex.chars();
                            let first = chars.next().expect("non-empty");
                            let rest: String = chars.collect();
                            let next_str = format!("-{first}");
                            match find(opts, &next_str) {
                                Some(i) => {
                                    cur = i;
                                    optstr = next_str;
                                    explicit = (!rest.is_empty()).then_some(rest);
                                }
                                None => {
                                    return Err(format!(
                                        "argument {}: ignored explicit argument {}",
                                        o.name(),
                                        repr_str(&ex)
                                    ))
                                }
                            }
                        } else if o.takes_value() {
                            actions.push((cur, Some(ex), optstr.clone()));
                            stop = start + 1;
                            break;
                        } else {
                            return Err(format!(
                                "argument {}: ignored explicit argument {}",
                                o.name(),
                                repr_str(&ex)
                            ));
                        }
                    }
                    None => {
                        if o.takes_value() {
                            if !matches!(toks.get(start + 1), Some(Tok::Arg)) {
                                return Err(format!(
                                    "argument {}: expected one argument",
                                    o.name()
                                ));
                            }
                            actions.push((cur, Some(args[start + 1].clone()), optstr.clone()));
                            stop = start + 2;
                        } else {
                            actions.push((cur, None, optstr.clone()));
                            stop = start + 1;
                        }
                        break;
                    }
                }
            }
            for (i, value, _) in actions {
                let o = &opts[i];
                match (o.kind, value.as_deref()) {
                    (Kind::Help, _) => return Ok(None),
                    (Kind::Int, Some(v)) if parse_int(v).is_none() => {
                        return Err(format!(
                            "argument {}: invalid int value: {}",
                            o.name(),
                            repr_str(v)
                        ))
                    }
                    (Kind::Choice(choices), Some(v)) if !choices.contains(&v) => {
                        let listed: Vec<String> = choices.iter().map(|c| repr_str(c)).collect();
                        return Err(format!(
                            "argument {}: invalid choice: {} (choose from {})",
                            o.name(),
                            repr_str(v),
                            listed.join(", ")
                        ));
                    }
                    _ => {}
                }
                parsed.seen.push((i, value));
            }
            start = stop;
        }
        let stop = consume_positionals(start, &mut parsed, &mut pos_done);
        extras.extend(args[stop..].iter().cloned());
        if !pos_done {
            return Err(format!("the following arguments are required: {pos_name}"));
        }
        if !extras.is_empty() {
            return Err(format!("unrecognized arguments: {}", extras.join(" ")));
        }
        Ok(Some(parsed))
    }
}

#[cfg(test)]
mod tests {
    use super::argparse::{self, Kind, Opt, Outcome};
    use super::*;

    fn err(kind: ErrorKind, msg: &str, text: &str, col: u32, end_col: u32) -> CompileError {
        CompileError {
            kind,
            msg: msg.into(),
            filename: "d/bad.py".into(),
            line: 1,
            col,
            end_line: 1,
            end_col,
            text: Some(text.into()),
        }
    }

    #[test]
    fn syntax_errors_format_as_traceback() {
        let e = err(
            ErrorKind::SyntaxError,
            "'(' was never closed",
            "x = (1,",
            5,
            6,
        );
        assert_eq!(
            py_compile_error(&e, "d/bad.py"),
            "  File \"d/bad.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
        );
        let e = err(
            ErrorKind::SyntaxError,
            "Missing parentheses",
            "  print \"hi\"",
            3,
            13,
        );
        assert_eq!(
            format_syntax_error(&e),
            "  File \"d/bad.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses\n"
        );
        let e = err(
            ErrorKind::IndentationError,
            "unexpected indent",
            "  x",
            3,
            4,
        );
        assert_eq!(
            py_compile_error(&e, "d/bad.py"),
            "Sorry: IndentationError: unexpected indent (bad.py, line 1)"
        );
    }

    #[test]
    fn os_errors_format_as_python() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(
            os_failure(&e, "x.py"),
            Failure::Os {
                class: "FileNotFoundError",
                text: "[Errno 2] No such file or directory: 'x.py'".into()
            }
        );
        let w = write_failure(
            "cannot write /a/__pycache__/x.pyc: Permission denied (os error 13)",
            Path::new("/a/__pycache__/x.pyc"),
        );
        assert_eq!(
            w.compileall_text(),
            "PermissionError: [Errno 13] Permission denied: '/a/__pycache__/x.pyc'"
        );
    }

    const OPTS: [Opt; 5] = [
        Opt::new(&["-h", "--help"], Kind::Help),
        Opt::new(&["-q"], Kind::Flag),
        Opt::new(&["-r"], Kind::Int),
        Opt::new(&["-j", "--workers"], Kind::Int),
        Opt::new(&["--hardlink-dupes"], Kind::Flag),
    ];

    fn parse(args: &[&str]) -> Result<argparse::Parsed, String> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match argparse::parse(&OPTS, "FILE|DIR", false, &args) {
            Outcome::Parsed(p) => Ok(p),
            Outcome::Help => Err("help".into()),
            Outcome::Error(e) => Err(e),
        }
    }

    #[test]
    fn argparse_rules() {
        let p = parse(&["-qq", "-r1", "a", "b"]).unwrap();
        assert_eq!(p.count(1), 2);
        assert_eq!(p.last(2), Some("1"));
        assert_eq!(p.positionals, ["a", "b"]);
        let p = parse(&["--work=3", "-qr", "-1", "--", "-x"]).unwrap();
        assert_eq!(p.last(3), Some("3"));
        assert_eq!(p.last(2), Some("-1"));
        assert_eq!(p.positionals, ["-x"]);
        assert_eq!(
            parse(&["a", "-q", "b"]).unwrap_err(),
            "unrecognized arguments: b"
        );
        assert_eq!(
            parse(&["--h"]).unwrap_err(),
            "ambiguous option: --h could match --help, --hardlink-dupes"
        );
        assert_eq!(
            parse(&["-r", "x"]).unwrap_err(),
            "argument -r: invalid int value: 'x'"
        );
        assert_eq!(
            parse(&["-r"]).unwrap_err(),
            "argument -r: expected one argument"
        );
        assert_eq!(
            parse(&["-qz"]).unwrap_err(),
            "argument -q: ignored explicit argument 'z'"
        );
        assert_eq!(parse(&["-q", "-h", "--bogus"]).unwrap_err(), "help");
        assert_eq!(
            parse(&["--bogus", "-z"]).unwrap_err(),
            "unrecognized arguments: --bogus -z"
        );
        let args = vec!["-q".to_string()];
        match argparse::parse(&OPTS, "filenames", true, &args) {
            Outcome::Error(e) => {
                assert_eq!(e, "the following arguments are required: filenames")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(argparse::parse_int(" +1_0 "), Some(10));
        assert_eq!(argparse::parse_int("01"), None);
        assert_eq!(argparse::parse_int("-0"), Some(0));
    }
}
