//! The informational parts of the sys module: `sys.flags`, `sys.float_info`,
//! `sys.thread_info`, the installation prefixes, the switch interval and
//! `sys.stdlib_module_names`.

use crate::modules::sys::module_set;
use crate::objects::structseq::{self, StructSeqDef};
use crate::value::{ObjRef, Value};
use crate::vm::{Args, PyResult, Vm};
use std::cell::Cell;

const FLAG_FIELDS: &[Option<&str>] = &[
    Some("debug"),
    Some("inspect"),
    Some("interactive"),
    Some("optimize"),
    Some("dont_write_bytecode"),
    Some("no_user_site"),
    Some("no_site"),
    Some("ignore_environment"),
    Some("verbose"),
    Some("bytes_warning"),
    Some("quiet"),
    Some("hash_randomization"),
    Some("isolated"),
    Some("dev_mode"),
    Some("utf8_mode"),
    Some("warn_default_encoding"),
    Some("safe_path"),
    Some("int_max_str_digits"),
];

static FLAGS: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "flags",
    fields: FLAG_FIELDS,
    n_sequence: 18,
    stat_times: false,
};

static VERSION_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "version_info",
    fields: &[
        Some("major"),
        Some("minor"),
        Some("micro"),
        Some("releaselevel"),
        Some("serial"),
    ],
    n_sequence: 5,
    stat_times: false,
};

static FLOAT_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "float_info",
    fields: &[
        Some("max"),
        Some("max_exp"),
        Some("max_10_exp"),
        Some("min"),
        Some("min_exp"),
        Some("min_10_exp"),
        Some("dig"),
        Some("mant_dig"),
        Some("epsilon"),
        Some("radix"),
        Some("rounds"),
    ],
    n_sequence: 11,
    stat_times: false,
};

static THREAD_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "thread_info",
    fields: &[Some("name"), Some("lock"), Some("version")],
    n_sequence: 3,
    stat_times: false,
};

/// CPython 3.12's `sys.builtin_module_names` (Linux build).
const BUILTIN_NAMES: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
    "xxsubtype",
];

/// CPython 3.12's `sys.stdlib_module_names` (Linux build).
const STDLIB_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

thread_local! {
    /// `sys.setswitchinterval`'s value (seconds). Taipan has one thread, so it is only kept.
    /// Kept in microseconds, as CPython.
    static SWITCH_INTERVAL: Cell<u64> = const { Cell::new(5000) };
}

/// Sets the informational attributes on the sys module `m`.
pub fn add(vm: &mut Vm, m: &ObjRef) {
    let cfg = &vm.config;
    let env_on =
        |name: &str| !cfg.ignore_environment && std::env::var(name).is_ok_and(|v| !v.is_empty());
    let dev_mode = cfg.xoptions.iter().any(|x| x == "dev") || env_on("PYTHONDEVMODE");
    let utf8 = cfg.xoptions.iter().any(|x| x == "utf8" || x == "utf8=1");
    let warn_enc = cfg.xoptions.iter().any(|x| x == "warn_default_encoding")
        || env_on("PYTHONWARNDEFAULTENCODING");
    let hash_random = match std::env::var("PYTHONHASHSEED") {
        Ok(s) if !cfg.ignore_environment && s != "random" => i64::from(s.trim() != "0"),
        _ => 1,
    };
    let b = |x: bool| Value::Int(i64::from(x));
    let values = vec![
        b(false),
        b(false),
        b(false),
        Value::Int(i64::from(cfg.optimize)),
        b(cfg.dont_write_bytecode),
        b(cfg.isolated),
        b(false),
        b(cfg.ignore_environment || cfg.isolated),
        b(false),
        b(false),
        b(cfg.quiet),
        Value::Int(hash_random),
        b(cfg.isolated),
        Value::Bool(dev_mode),
        b(utf8),
        b(warn_enc),
        Value::Bool(cfg.safe_path),
        Value::Int(crate::objects::int::max_str_digits() as i64),
    ];
    let cls = structseq::new_class(vm, &FLAGS);
    let flags = structseq::new(vm, &cls, values);
    module_set(vm, m, "flags", flags);

    // Replaces the plain tuple sys.rs starts with: `sys.version_info.major` works.
    let cls = structseq::new_class(vm, &VERSION_INFO);
    let level = vm.new_str("final");
    let values = vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(0),
        level,
        Value::Int(0),
    ];
    let vi = structseq::new(vm, &cls, values);
    module_set(vm, m, "version_info", vi);

    let cls = structseq::new_class(vm, &FLOAT_INFO);
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    let fi = structseq::new(vm, &cls, values);
    module_set(vm, m, "float_info", fi);

    let cls = structseq::new_class(vm, &THREAD_INFO);
    let values = vec![vm.new_str("pthread"), vm.new_str("semaphore"), Value::None];
    let ti = structseq::new(vm, &cls, values);
    module_set(vm, m, "thread_info", ti);

    module_set(vm, m, "maxunicode", Value::Int(0x10ffff));
    module_set(vm, m, "api_version", Value::Int(1013));
    let c = vm.new_str(COPYRIGHT);
    module_set(vm, m, "copyright", c);
    let fr = vm.new_str("short");
    module_set(vm, m, "float_repr_style", fr);
    let abi = vm.new_str("");
    module_set(vm, m, "abiflags", abi);
    let lib = vm.new_str("lib");
    module_set(vm, m, "platlibdir", lib);
    // The installation prefix: the directory above the executable's bin/ directory.
    let exe = std::path::Path::new(&vm.config.executable);
    let prefix = exe
        .parent()
        .and_then(|bin| bin.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.clone());
        module_set(vm, m, name, p);
    }
    let names: Vec<Value> = STDLIB_NAMES.iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    if let Ok(fs) = vm.call1(&Value::Obj(vm.types.frozenset.clone()), names) {
        module_set(vm, m, "stdlib_module_names", fs);
    }
    // The modules compiled into the interpreter: CPython's list, as far as Taipan has
    // them natively (CPython's os.py looks for 'posix' here).
    let builtin: Vec<Value> = BUILTIN_NAMES
        .iter()
        .filter(|n| matches!(**n, "builtins" | "sys") || crate::modules::native(n).is_some())
        .map(|n| vm.new_str(*n))
        .collect();
    let builtin = vm.new_tuple(builtin);
    module_set(vm, m, "builtin_module_names", builtin);
    for (name, f) in [
        (
            "getswitchinterval",
            getswitchinterval as crate::vm::NativeFn,
        ),
        ("setswitchinterval", setswitchinterval),
        ("settrace", crate::modules::sys_trace::settrace),
        ("gettrace", crate::modules::sys_trace::gettrace),
        ("setprofile", crate::modules::sys_trace::setprofile),
        ("getprofile", crate::modules::sys_trace::getprofile),
    ] {
        let f = vm.new_builtin(name, f);
        module_set(vm, m, name, f);
    }
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "getswitchinterval", 0, 0)?;
    Ok(Value::Float(1e-6 * SWITCH_INTERVAL.with(Cell::get) as f64))
}

fn setswitchinterval(vm: &mut Vm, mut args: Args) -> PyResult {
    let slots = args.bind(vm, "setswitchinterval", &["interval"], 1)?;
    let v = slots[0].clone().unwrap_or(Value::None);
    let x = crate::modules::math::to_f64(vm, &v)?;
    if x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let us = x * 1e6;
    if us > f64::from(i32::MAX) {
        return Err(vm.overflow_error("switch interval is too large"));
    }
    SWITCH_INTERVAL.with(|c| c.set(us as u64));
    Ok(Value::None)
}
