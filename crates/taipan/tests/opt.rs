//! Optimisation levels as CPython 3.12 has them: `-O` (asserts compile to nothing,
//! `__debug__` is False), `-OO` (docstrings dropped too), PYTHONOPTIMIZE, `sys.flags`,
//! and one cache file per level (`NAME.taipan-312.opt-1.pyc`), written by imports,
//! `py_compile` and `compileall -o`. Expected outputs are CPython 3.12's (its cache tag
//! `cpython-312` read as `taipan-312`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A test's directory: removed when the test passes, kept for inspection when it fails.
struct TmpDir(PathBuf);

impl std::ops::Deref for TmpDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TmpDir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn tmpdir(name: &str) -> TmpDir {
    let d = std::env::temp_dir().join(format!("taipan-opt-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("mkdir");
    TmpDir(d.canonicalize().expect("canonicalize"))
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
}

/// The binary with the environment variables that steer optimisation and the cache
/// removed (development machines export PYTHONDONTWRITEBYTECODE=1); `env` on top.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args).current_dir(dir);
    for var in [
        "PYTHONOPTIMIZE",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONPYCACHEPREFIX",
        "TAIPAN_CACHE_LOG",
        "PYTHONPATH",
        "PYTHONSAFEPATH",
        "SOURCE_DATE_EPOCH",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run taipan")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The names in `dir/__pycache__`, sorted.
fn pycache(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir.join("__pycache__")) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

const PROGRAM: &str = r#""""module doc"""
import sys
print(__debug__, sys.flags.optimize, __doc__)
class C:
    """class doc"""
def f():
    """function doc"""
print(C.__doc__, f.__doc__)
try:
    assert False, "boom"
    print("assert skipped")
except AssertionError as e:
    print("assert raised", e)
if __debug__:
    print("debug block")
if not __debug__:
    print("not debug block")
import builtins
print(builtins.__debug__, eval("__debug__"))
g = {}
exec("assert 0\nx = __debug__", g) if not __debug__ else print("exec skipped")
print(g.get("x"))
"#;

#[test]
fn asserts_debug_and_docstrings_by_level() {
    let d = tmpdir("levels");
    write(&d, "prog.py", PROGRAM);
    let expected = [
        (
            "",
            "True 0 module doc\nclass doc function doc\nassert raised boom\ndebug block\n\
             True True\nexec skipped\nNone\n",
        ),
        (
            "-O",
            "False 1 module doc\nclass doc function doc\nassert skipped\nnot debug block\n\
             False False\nFalse\n",
        ),
        (
            "-OO",
            "False 2 None\nNone None\nassert skipped\nnot debug block\nFalse False\nFalse\n",
        ),
        (
            "-OOO",
            "False 3 None\nNone None\nassert skipped\nnot debug block\nFalse False\nFalse\n",
        ),
    ];
    for (flag, out) in expected {
        let args: Vec<&str> = [flag, "prog.py"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let o = run(&d, &args, &[]);
        assert_eq!(stdout(&o), out, "{flag}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(0), "{flag}");
    }
    // -c and stdin code is compiled at the level too; -O combines with other flags.
    let o = run(&d, &["-BO", "-c", "assert 0; print(__debug__)"], &[]);
    assert_eq!(stdout(&o), "False\n", "{}", stderr(&o));
    let o = run(
        &d,
        &["-O", "-O", "-c", "import sys; print(sys.flags.optimize)"],
        &[],
    );
    assert_eq!(stdout(&o), "2\n");
}

#[test]
fn pythonoptimize_environment_variable() {
    let d = tmpdir("env");
    let show = ["-c", "import sys; print(sys.flags.optimize, __debug__)"];
    // CPython's _Py_get_env_flag: an integer is the level, other text counts as 1, and the
    // higher of the variable and the -O count wins.
    for (value, out) in [
        ("1", "1 False\n"),
        ("2", "2 False\n"),
        ("5", "5 False\n"),
        ("x", "1 False\n"),
        ("-1", "1 False\n"),
        ("0", "0 True\n"),
        ("", "0 True\n"),
    ] {
        let o = run(&d, &show, &[("PYTHONOPTIMIZE", value)]);
        assert_eq!(stdout(&o), out, "PYTHONOPTIMIZE={value:?}: {}", stderr(&o));
    }
    let o = run(
        &d,
        &[&["-O"][..], &show].concat(),
        &[("PYTHONOPTIMIZE", "2")],
    );
    assert_eq!(stdout(&o), "2 False\n");
    let o = run(
        &d,
        &[&["-OO"][..], &show].concat(),
        &[("PYTHONOPTIMIZE", "1")],
    );
    assert_eq!(stdout(&o), "2 False\n");
    // -E and -I ignore it.
    for flag in ["-E", "-I"] {
        let o = run(
            &d,
            &[&[flag][..], &show].concat(),
            &[("PYTHONOPTIMIZE", "2")],
        );
        assert_eq!(stdout(&o), "0 True\n", "{flag}");
    }
    let o = run(
        &d,
        &["-E", "-O", show[0], show[1]],
        &[("PYTHONOPTIMIZE", "2")],
    );
    assert_eq!(stdout(&o), "1 False\n");
}

#[test]
fn each_level_has_its_own_cache_file() {
    let d = tmpdir("cache");
    write(&d, "m.py", "\"\"\"m doc\"\"\"\nassert False, 'm assert'\n");
    write(
        &d,
        "main.py",
        "import importlib.util\ntry:\n    import m\n    print(m.__doc__, m.__cached__.rsplit('/', 1)[1])\n\
         except AssertionError as e:\n    print('AssertionError', e)\n\
         print(importlib.util.cache_from_source('/a/b.py').rsplit('/', 1)[1])\n",
    );
    let log = [("TAIPAN_CACHE_LOG", "1")];
    // Twice at each level: the second run reads the file the first wrote, and no level
    // reads another's.
    let cases = [
        (
            "",
            "AssertionError m assert\nb.taipan-312.pyc\n",
            "m.taipan-312.pyc",
        ),
        (
            "-O",
            "m doc m.taipan-312.opt-1.pyc\nb.taipan-312.opt-1.pyc\n",
            "m.taipan-312.opt-1.pyc",
        ),
        (
            "-OO",
            "None m.taipan-312.opt-2.pyc\nb.taipan-312.opt-2.pyc\n",
            "m.taipan-312.opt-2.pyc",
        ),
    ];
    for (flag, out, file) in cases {
        let args: Vec<&str> = [flag, "main.py"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        for round in ["miss (missing), written", "hit"] {
            let o = run(&d, &args, &log);
            assert_eq!(stdout(&o), out, "{flag} {round}: {}", stderr(&o));
            let pyc = d.join("__pycache__").join(file);
            let line = format!("taipan-cache: m: {round} {}\n", pyc.display());
            assert!(stderr(&o).contains(&line), "{flag}: {}", stderr(&o));
        }
    }
    assert_eq!(
        pycache(&d),
        [
            "m.taipan-312.opt-1.pyc",
            "m.taipan-312.opt-2.pyc",
            "m.taipan-312.pyc",
            "main.taipan-312.opt-1.pyc",
            "main.taipan-312.opt-2.pyc",
            "main.taipan-312.pyc",
        ]
    );
    // PYTHONOPTIMIZE selects the level's file as -O does.
    let o = run(&d, &["main.py"], &[("PYTHONOPTIMIZE", "1"), log[0]]);
    assert_eq!(stdout(&o), cases[1].1);
    let pyc = d.join("__pycache__/m.taipan-312.opt-1.pyc");
    assert!(stderr(&o).contains(&format!("taipan-cache: m: hit {}\n", pyc.display())));
}

#[test]
fn py_compile_writes_the_levels_cache() {
    let d = tmpdir("py_compile");
    write(
        &d,
        "x.py",
        "\"\"\"x doc\"\"\"\nassert False\nprint(__doc__)\n",
    );
    // The command line compiles at the interpreter's level.
    let o = run(&d, &["-O", "-m", "py_compile", "x.py"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(pycache(&d), ["x.taipan-312.opt-1.pyc"]);
    // py_compile.compile(optimize=N) names and compiles the file for level N.
    let o = run(
        &d,
        &[
            "-c",
            "import py_compile\nfor o in (-1, 0, 2):\n    print(py_compile.compile('x.py', optimize=o).rsplit('/', 1)[1])\n\
             try:\n    py_compile.compile('x.py', optimize=3, doraise=True)\n\
             except py_compile.PyCompileError as e:\n    print(e)\n",
        ],
        &[],
    );
    assert_eq!(
        stdout(&o),
        "x.taipan-312.pyc\nx.taipan-312.pyc\nx.taipan-312.opt-2.pyc\n\
         Sorry: ValueError: compile(): invalid optimize value\n",
        "{}",
        stderr(&o)
    );
    // The level-2 file has no assert and no docstring.
    let o = run(&d, &["__pycache__/x.taipan-312.opt-2.pyc"], &[]);
    assert_eq!(stdout(&o), "None\n", "{}", stderr(&o));
    let o = run(&d, &["__pycache__/x.taipan-312.opt-1.pyc"], &[]);
    assert_eq!(stdout(&o), "x doc\n", "{}", stderr(&o));
    let o = run(&d, &["__pycache__/x.taipan-312.pyc"], &[]);
    assert!(stderr(&o).ends_with("AssertionError\n"), "{}", stderr(&o));
}

#[test]
fn compileall_optimization_levels() {
    let d = tmpdir("compileall");
    write(&d, "a.py", "\"\"\"a doc\"\"\"\nprint(__doc__)\n");
    write(&d, "b.py", "x = 1\n");
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "-o",
            "0",
            "-o",
            "2",
            "-o",
            "1",
            "-o",
            "1",
            "a.py",
        ],
        &[],
    );
    assert_eq!(stdout(&o), "Compiling 'a.py'...\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        pycache(&d),
        [
            "a.taipan-312.opt-1.pyc",
            "a.taipan-312.opt-2.pyc",
            "a.taipan-312.pyc"
        ]
    );
    // Up to date at every level: nothing to do.
    let o = run(&d, &["-m", "compileall", "-o", "0", "-o", "2", "a.py"], &[]);
    assert_eq!(stdout(&o), "");
    // ... but a level without its file is compiled (all levels are rewritten).
    let o = run(&d, &["-m", "compileall", "-o", "0", "-o", "2", "b.py"], &[]);
    assert_eq!(stdout(&o), "Compiling 'b.py'...\n");
    assert!(d.join("__pycache__/b.taipan-312.opt-2.pyc").is_file());
    // Without -o: the interpreter's level.
    let o = run(&d, &["-OO", "-m", "compileall", "-f", "-q", "b.py"], &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!d.join("__pycache__/b.taipan-312.opt-1.pyc").exists());
    let o = run(
        &d,
        &["-O", "-m", "compileall", "-q", "-o", "-1", "b.py"],
        &[],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(d.join("__pycache__/b.taipan-312.opt-1.pyc").is_file());
    // A level compile() rejects fails the file, as CPython's py_compile reports it.
    let o = run(&d, &["-m", "compileall", "-o", "3", "a.py"], &[]);
    assert_eq!(
        stdout(&o),
        "Compiling 'a.py'...\n*** Sorry: ValueError: compile(): invalid optimize value\n"
    );
    assert_eq!(o.status.code(), Some(1));
    // Duplicate levels left after removing repeats cannot be linked.
    let o = run(
        &d,
        &[
            "-m",
            "compileall",
            "-o",
            "1",
            "-o",
            "1",
            "--hardlink-dupes",
            "a.py",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(
        "ValueError: Hardlinking of duplicated bytecode makes sense only for more than one optimization level"
    ));
}

#[cfg(unix)]
#[test]
fn compileall_hardlinks_identical_levels() {
    use std::os::unix::fs::MetadataExt;
    let d = tmpdir("hardlink");
    // No assert and no docstring: the three levels compile alike.
    write(&d, "same.py", "x = 1\n");
    // A docstring: level 2 differs from levels 0 and 1.
    write(&d, "doc.py", "\"\"\"doc\"\"\"\n");
    let args = [
        "-m",
        "compileall",
        "-q",
        "-o",
        "0",
        "-o",
        "1",
        "-o",
        "2",
        "--hardlink-dupes",
    ];
    for f in ["same.py", "doc.py"] {
        let o = run(&d, &[&args[..], &[f]].concat(), &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let ino = |name: &str| {
        std::fs::metadata(d.join("__pycache__").join(name))
            .unwrap()
            .ino()
    };
    assert_eq!(ino("same.taipan-312.pyc"), ino("same.taipan-312.opt-1.pyc"));
    assert_eq!(
        ino("same.taipan-312.opt-1.pyc"),
        ino("same.taipan-312.opt-2.pyc")
    );
    assert_eq!(ino("doc.taipan-312.pyc"), ino("doc.taipan-312.opt-1.pyc"));
    assert_ne!(
        ino("doc.taipan-312.opt-1.pyc"),
        ino("doc.taipan-312.opt-2.pyc")
    );
}

#[test]
fn help_lists_the_optimisation_flags() {
    let d = tmpdir("help");
    let o = run(&d, &["-h"], &[]);
    let out = stdout(&o);
    assert!(out.contains("-O     : remove assert and __debug__-dependent statements"));
    assert!(out.contains("-OO    : do -O changes and also discard docstrings"));
}
