//! The `taipan` command: CPython's command-line interface over Taipan's VM.

mod compileall;
mod py_compile;

use std::path::PathBuf;
use taipan_vm::{Config, Interpreter};

// The VM allocates many small objects; glibc's per-thread arena (the VM runs on its own
// thread for a big stack) grows with an mprotect call per step, mimalloc does not.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Taipan from the user's environment (implies -E and -P)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Mode {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Deep Python recursion runs nested interpreter loops for native→Python calls; a big
    // stack keeps RecursionError (not a crash) as the failure mode.
    // The process exits from the interpreter's thread: nothing is left to free then, and
    // tearing down the thread's heap would only cost time.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || std::process::exit(run(args)));
    // Signals go to the interpreter's thread, where they interrupt blocking calls.
    taipan_vm::modules::signal::block_async_signals();
    let code = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    std::process::exit(code);
}

fn run(args: Vec<String>) -> i32 {
    let mut config = Config {
        orig_argv: args.clone(),
        executable: std::env::current_exe()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default(),
        ..Config::default()
    };
    let mut i = 1;
    let mut mode = None;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            mode = Some(Mode::Stdin);
            i += 1;
            break;
        }
        if a == "--version" {
            println!("Python 3.12.0 (taipan {})", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        if a == "--help" {
            print!("{HELP}");
            return 0;
        }
        if !a.starts_with('-') || a.len() < 2 {
            mode = Some(Mode::File(a.clone()));
            i += 1;
            break;
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            match flags[j] {
                'B' => config.dont_write_bytecode = true,
                'u' => config.unbuffered = true,
                'E' => config.ignore_environment = true,
                'I' => {
                    config.isolated = true;
                    config.ignore_environment = true;
                    config.safe_path = true;
                }
                'P' => config.safe_path = true,
                'q' => config.quiet = true,
                // Each -O adds a level (-OOO is level 3, which compiles as 2).
                'O' => config.optimize += 1,
                's' | 'S' | 'd' | 'v' | 'b' | 'R' => {}
                'V' => {
                    println!("Python 3.12.0");
                    return 0;
                }
                'h' | '?' => {
                    print!("{HELP}");
                    return 0;
                }
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = flags[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                eprintln!("Argument expected for the -{} option\n{USAGE}\nTry `taipan -h' for more information.", flags[j]);
                                return 2;
                            }
                        }
                    };
                    match flags[j] {
                        'c' => mode = Some(Mode::Command(value)),
                        'm' => mode = Some(Mode::Module(value)),
                        'X' => config.xoptions.push(value),
                        'W' => config.warnoptions.push(value),
                        _ => {}
                    }
                    j = flags.len();
                    continue;
                }
                other => {
                    eprintln!(
                        "Unknown option: -{other}\n{USAGE}\nTry `taipan -h' for more information."
                    );
                    return 2;
                }
            }
            j += 1;
        }
        i += 1;
        if matches!(mode, Some(Mode::Command(_)) | Some(Mode::Module(_))) {
            break;
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let env_ok = !config.ignore_environment;
    if env_ok
        && std::env::var_os("PYTHONDONTWRITEBYTECODE")
            .map(|v| !v.is_empty())
            .unwrap_or(false)
    {
        config.dont_write_bytecode = true;
    }
    if env_ok
        && std::env::var_os("PYTHONUNBUFFERED")
            .map(|v| !v.is_empty())
            .unwrap_or(false)
    {
        config.unbuffered = true;
    }
    // As CPython: the higher of the -O count and PYTHONOPTIMIZE.
    if env_ok {
        if let Some(level) = std::env::var_os("PYTHONOPTIMIZE").and_then(|v| env_level(&v)) {
            config.optimize = config.optimize.max(level);
        }
    }
    // -X pycache_prefix wins over PYTHONPYCACHEPREFIX; an empty value means none.
    if env_ok {
        if let Ok(p) = std::env::var("PYTHONPYCACHEPREFIX") {
            config.pycache_prefix = Some(p);
        }
    }
    // As CPython: PYTHONWARNINGS' comma-separated entries come before the -W options.
    if env_ok {
        if let Ok(w) = std::env::var("PYTHONWARNINGS") {
            let env_opts = w.split(',').filter(|s| !s.is_empty()).map(String::from);
            let cli = std::mem::take(&mut config.warnoptions);
            config.warnoptions = env_opts.chain(cli).collect();
        }
    }
    for x in &config.xoptions {
        if let Some(p) = x.strip_prefix("pycache_prefix=") {
            config.pycache_prefix = Some(p.to_string());
        } else if x == "cache_log" {
            config.cache_log = true;
        }
    }
    if config.pycache_prefix.as_deref() == Some("") {
        config.pycache_prefix = None;
    }
    if std::env::var_os("TAIPAN_CACHE_LOG").is_some_and(|v| !v.is_empty() && v != "0") {
        config.cache_log = true;
    }
    let mut path = Vec::new();
    let mode = mode.unwrap_or(Mode::Stdin);
    match &mode {
        Mode::File(f) => {
            // As CPython: sys.path[0] is the script's directory, made absolute.
            let abs = PathBuf::from(absolute(f));
            let dir = abs
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            path.push(dir);
            config.argv = std::iter::once(f.clone()).chain(rest).collect();
        }
        Mode::Command(_) => {
            path.push(String::new());
            config.argv = std::iter::once("-c".to_string()).chain(rest).collect();
        }
        Mode::Module(_) => {
            path.push(
                std::env::current_dir()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_default(),
            );
            config.argv = std::iter::once("-m".to_string()).chain(rest).collect();
        }
        Mode::Stdin => {
            path.push(String::new());
            config.argv = std::iter::once(
                if i <= args.len() && args.get(i - 1).map(|a| a == "-").unwrap_or(false) {
                    "-".to_string()
                } else {
                    String::new()
                },
            )
            .chain(rest)
            .collect();
        }
    }
    if env_ok && std::env::var_os("PYTHONSAFEPATH").is_some_and(|v| !v.is_empty()) {
        config.safe_path = true;
    }
    if config.safe_path {
        path.clear();
    }
    if env_ok {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
    }
    config.path = path;
    // The cache tools run natively, without starting the VM.
    if let Mode::Module(m) = &mode {
        // The tools read the prefix from the environment: hand them the resolved one
        // (-X pycache_prefix wins; -E ignores the variable). No other thread runs Rust
        // code that reads the environment now (the main thread only waits).
        match &config.pycache_prefix {
            Some(p) => std::env::set_var("PYTHONPYCACHEPREFIX", p),
            None => std::env::remove_var("PYTHONPYCACHEPREFIX"),
        }
        match m.as_str() {
            "py_compile" => return py_compile::main(&config.argv, config.optimize),
            "compileall" => return compileall::main(&config.argv, config.optimize),
            _ => {}
        }
    }
    // Leaked: the process ends when `run` returns, so the heap is never torn down.
    let interp: &mut Interpreter = Box::leak(Box::new(Interpreter::new(config)));
    // With warning options, CPython imports `warnings` at start-up, which installs
    // the filters (and reports invalid options) before the program runs.
    if !interp.vm.config.warnoptions.is_empty() {
        let name = interp.vm.new_str("warnings");
        let level = taipan_vm::value::Value::Int(0);
        let _ = interp
            .vm
            .import_name(&name, &taipan_vm::value::Value::None, &level);
    }
    match mode {
        Mode::File(f) => {
            let p = PathBuf::from(&f);
            if !p.exists() {
                eprintln!(
                    "{}: can't open file {}: [Errno 2] No such file or directory",
                    args[0].rsplit('/').next().unwrap_or("taipan"),
                    taipan_vm::objects::str::repr_str(&absolute(&f))
                );
                return 2;
            }
            if p.is_dir() {
                let main = p.join("__main__.py");
                if main.exists() {
                    return interp.run_file(&main);
                }
                eprintln!(
                    "{}: can't find '__main__' module in {}",
                    args[0].rsplit('/').next().unwrap_or("taipan"),
                    taipan_vm::objects::str::repr_str(&f)
                );
                return 1;
            }
            // The main module's __file__ and code filename are absolute (CPython 3.9+).
            interp.run_file(&PathBuf::from(absolute(&f)))
        }
        Mode::Command(c) => interp.run_source(&c, "<string>"),
        Mode::Module(m) if m == "dis" => {
            dis_tool(&interp.vm.config.argv, interp.vm.config.optimize)
        }
        Mode::Module(m) => interp.run_module(&m, args[0].rsplit('/').next().unwrap_or("taipan")),
        Mode::Stdin => {
            let mut src = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut src).is_err() {
                return 1;
            }
            interp.run_source(&src, "<stdin>")
        }
    }
}

/// The level an environment flag such as PYTHONOPTIMIZE asks for (CPython's
/// `_Py_get_env_flag`): unset or empty is none; a non-negative integer is that level; any
/// other text counts as 1.
fn env_level(v: &std::ffi::OsStr) -> Option<u32> {
    let s = v.to_string_lossy();
    if s.is_empty() {
        return None;
    }
    // strtol: leading blanks and a sign are allowed, nothing after the digits.
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let t = t.strip_prefix('+').unwrap_or(t);
    Some(match t.parse::<i32>() {
        Ok(n) if n >= 0 => n as u32,
        _ => 1,
    })
}

/// `os.path.abspath`: joined to the current directory and normalised (`.`/`..` removed).
fn absolute(f: &str) -> String {
    let p = PathBuf::from(f);
    let joined = if p.is_absolute() {
        p
    } else {
        std::env::current_dir().map(|d| d.join(&p)).unwrap_or(p)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().to_string()
}

/// `taipan -m dis FILE`: compiles FILE and prints the disassembly of every code object.
/// (Taipan's own bytecode, so this is a native tool rather than CPython's dis module.)
fn dis_tool(argv: &[String], optimize: u32) -> i32 {
    let Some(file) = argv.get(1) else {
        eprintln!("usage: taipan -m dis FILE");
        return 2;
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("taipan -m dis: can't open file {file:?}: {e}");
            return 1;
        }
    };
    match taipan_compiler::compile_bytes_mode_opt(
        &bytes,
        file,
        taipan_compiler::Mode::Exec,
        optimize,
    ) {
        Ok(code) => {
            print!("{}", taipan_bytecode::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!(
                "  File \"{}\", line {}\n{}: {}",
                e.filename,
                e.line,
                e.type_name(),
                e.msg
            );
            1
        }
    }
}
