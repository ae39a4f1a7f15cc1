//! `_taipan_tb`: what `lib/traceback.py` and `lib/linecache.py` need from the VM and
//! cannot do in Python on Taipan: an instruction's source position, the `~~~^^^~~~`
//! anchors of a code segment (CPython's traceback.py parses it with `ast`), and reading
//! a source file (there is no `open` builtin or `os` module yet).

use crate::modules::sys::{module_set, new_module};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_taipan_tb");
    let funcs: [(&'static str, NativeFn); 6] = [
        ("positions", positions),
        ("display_width", display_width),
        ("distance", distance),
        ("caret_anchors", caret_anchors),
        ("source_lines", source_lines),
        ("stat", stat),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

fn str_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{fname}() argument must be str, not {t}")))
        }
    }
}

/// `positions(code, lasti)`: (lineno, end_lineno, colno, end_colno) of instruction
/// `lasti` (an index, as `tb_lasti`), columns 0-based in characters; None where the
/// instruction has no position.
fn positions(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "positions", 2, 2)?;
    let Some(Payload::Code(code)) = args.pos[0].payload() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("positions() argument 1 must be code, not {t}")));
    };
    let code = code.clone();
    let i = vm.index_of(&args.pos[1])?;
    let loc = usize::try_from(i)
        .ok()
        .and_then(|i| code.co.locations.get(i).copied())
        .unwrap_or_default();
    let num = |n: u32, known: bool| {
        if known {
            Value::Int(i64::from(n))
        } else {
            Value::None
        }
    };
    let has_line = loc.line != 0;
    // A location without columns (col = end_col = 0 on one line) draws no markers.
    let has_cols = has_line && !(loc.col == 0 && loc.end_col == 0 && loc.line == loc.end_line);
    Ok(vm.new_tuple(vec![
        num(loc.line, has_line),
        num(loc.end_line, has_line),
        num(loc.col, has_cols),
        num(loc.end_col, has_cols),
    ]))
}

/// `caret_anchors(segment)`: (left_end, right_start) character offsets where the markers
/// under a binary operation or subscript switch, or None.
fn caret_anchors(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "caret_anchors", 1, 1)?;
    let segment = str_arg(vm, &args.pos[0], "caret_anchors")?;
    Ok(match taipan_compiler::parse::caret_anchors(&segment) {
        Some((l, r)) => vm.new_tuple(vec![Value::Int(l as i64), Value::Int(r as i64)]),
        None => Value::None,
    })
}

/// `display_width(text, offset)`: the terminal columns of `text[:offset]` (wide East
/// Asian characters take two).
fn display_width(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "display_width", 2, 2)?;
    let text = str_arg(vm, &args.pos[0], "display_width")?;
    let offset = vm.index_of(&args.pos[1])?.max(0) as usize;
    let chars: Vec<char> = text.chars().take(offset).collect();
    Ok(Value::Int(crate::traceback::chars_width(&chars) as i64))
}

/// `distance(a, b, max_cost)`: the edit distance behind "Did you mean" suggestions
/// (suggestions.rs), or some value above `max_cost` once it exceeds it.
fn distance(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "distance", 3, 3)?;
    let a = str_arg(vm, &args.pos[0], "distance")?;
    let b = str_arg(vm, &args.pos[1], "distance")?;
    let max = vm.index_of(&args.pos[2])?.max(0) as usize;
    let d = crate::suggestions::distance(a.as_bytes(), b.as_bytes(), max);
    Ok(Value::Int(d as i64))
}

/// `source_lines(path)`: the lines of a source file as the compiler reads it (BOM and
/// coding cookie honoured, newlines translated to `\n`, each line with its `\n`).
/// Raises OSError when the file cannot be read and SyntaxError when it cannot be decoded.
fn source_lines(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "source_lines", 1, 1)?;
    let path = str_arg(vm, &args.pos[0], "source_lines")?;
    let bytes = std::fs::read(&path).map_err(|e| vm.os_error_io(&e, Some(&path)))?;
    let text =
        taipan_compiler::source::decode_source(&bytes, &path).map_err(|e| vm.syntax_error(&e))?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<Value> = text.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(lines))
}

/// `stat(path)`: (size, mtime) of a file, for linecache's freshness check.
fn stat(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "stat", 1, 1)?;
    let path = str_arg(vm, &args.pos[0], "stat")?;
    let md = std::fs::metadata(&path).map_err(|e| vm.os_error_io(&e, Some(&path)))?;
    let mtime = md
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64());
    let size = Value::Int(i64::try_from(md.len()).unwrap_or(i64::MAX));
    Ok(vm.new_tuple(vec![size, Value::Float(mtime)]))
}
