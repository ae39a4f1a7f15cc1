//! Printing uncaught exceptions as CPython does, and SystemExit's exit status.

use crate::objects::exception;
use crate::value::{Payload, Value};
use crate::vm::Vm;

/// Prints the traceback (or handles SystemExit) and returns the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: &Value) -> i32 {
    if vm.is_instance_of(e, &vm.exc.system_exit.clone()) {
        return system_exit_status(vm, e);
    }
    if let Some(status) = crate::modules::sys_hooks::user_excepthook(vm, e) {
        return status;
    }
    let text = format_exception(vm, e, 0);
    vm.write_stderr(&text);
    1
}

/// The exit status for an uncaught SystemExit, from its `code` as CPython's
/// `_Py_HandleSystemExit` does: None is 0, an int is truncated to a C int, anything else
/// is printed to stderr and exits with 1.
fn system_exit_status(vm: &mut Vm, e: &Value) -> i32 {
    let code = match vm.get_attr_str(e, "code") {
        Ok(c) => c,
        Err(_) => {
            let args = exception::args_of(e);
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => vm.new_tuple(args),
            }
        }
    };
    vm.out.flush();
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => i32::from(b),
        other if crate::objects::int::is_int(&other) => {
            // Too large for a C long: the OverflowError is reported and the status is -1.
            vm.write_stderr("OverflowError: Python int too large to convert to C long\n");
            -1
        }
        other => {
            match vm.str_of(&other) {
                Ok(s) => vm.write_stderr(&format!("{s}\n")),
                Err(err) => {
                    vm.write_stderr("\n");
                    let text = format_exception(vm, &err, 0);
                    vm.write_stderr(&text);
                }
            }
            1
        }
    }
}

pub fn format_exception(vm: &mut Vm, e: &Value, depth: usize) -> String {
    format_chain(vm, e, depth, &mut Vec::new())
}

/// Chained exceptions nested deeper than this are not shown (CPython stops at its
/// recursion limit).
const MAX_CHAIN: usize = 1000;

/// `e` after its cause or context, each exception shown once (`seen` holds their ids,
/// so a cycle of `__context__` links ends), as CPython's `print_exception_recursive`.
fn format_chain(vm: &mut Vm, e: &Value, depth: usize, seen: &mut Vec<i64>) -> String {
    if vm.is_exception_group(e) {
        return crate::traceback_group::format(vm, e, depth);
    }
    let mut out = String::new();
    seen.push(e.id());
    if let Some(st) = exception::exc_state(e) {
        let (cause, context, suppress) = {
            let s = st.borrow();
            (s.cause.clone(), s.context.clone(), s.suppress_context)
        };
        if depth < MAX_CHAIN {
            if !cause.is_none() {
                if !seen.contains(&cause.id()) {
                    out.push_str(&format_chain(vm, &cause, depth + 1, seen));
                    out.push_str(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                }
            } else if !context.is_none() && !suppress && !seen.contains(&context.id()) {
                out.push_str(&format_chain(vm, &context, depth + 1, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = crate::objects::traceback::entries(&st.borrow().traceback.clone());
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_stack(&tb));
        }
    }
    out.push_str(&exception_line(vm, e));
    out.push_str(&notes(vm, e));
    out
}

/// The `__notes__` lines under the exception line, as CPython's `print_exception_notes`:
/// each note of a list or tuple as its str(), anything else as one repr().
fn notes(vm: &mut Vm, e: &Value) -> String {
    let key = vm.intern("__notes__");
    let notes = match vm.lookup_attr(e, &key) {
        Ok(Some(n)) => n,
        _ => return String::new(),
    };
    let items = match notes.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let r = vm
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            return format!("{r}\n");
        }
    };
    let mut out = String::new();
    for note in items {
        match vm.str_of(&note) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
    out
}

pub fn exception_line(vm: &mut Vm, e: &Value) -> String {
    let cls = vm.type_of(e).clone();
    let name = crate::objects::typeobj::full_name(&cls, true);
    if vm.is_instance_of(e, &vm.exc.syntax_error.clone()) {
        if let Some(s) = syntax_error_location(vm, e) {
            let msg = exception::args_of(e)
                .first()
                .map(|m| vm.str_of(m).unwrap_or_else(|_| STR_FAILED.to_string()))
                .unwrap_or_default();
            return format!("{s}{name}: {msg}\n");
        }
    }
    // As CPython: an exception whose str() raises (or returns a non-str) is still shown.
    let mut msg = vm.str_of(e).unwrap_or_else(|_| STR_FAILED.to_string());
    if let Some(s) = crate::suggestions::suggestion(vm, e) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

const STR_FAILED: &str = "<exception str() failed>";

/// The `File "...", line N` row of a SyntaxError with (msg, (filename, lineno, offset,
/// text, ...)) args, and its source line with a caret as CPython's print_error_text draws
/// them. None when the details are missing or malformed (then only the message is shown).
fn syntax_error_location(vm: &mut Vm, e: &Value) -> Option<String> {
    let args = exception::args_of(e);
    if args.len() != 2 {
        return None;
    }
    let Some(Payload::Tuple(d)) = args[1].payload() else {
        return None;
    };
    if d.len() < 4 {
        return None;
    }
    let file = vm.str_of(&d[0]).ok()?;
    let line = crate::objects::int::as_i64(&d[1])?;
    let mut s = format!("  File \"{file}\", line {line}\n");
    let Some(text) = d[3].as_str() else {
        return Some(s);
    };
    let raw = text.as_str();
    let trimmed = raw.trim_start_matches([' ', '\t', '\x0c']);
    s.push_str(&format!("    {}\n", trimmed.trim_end()));
    // A 1-based offset into the text; None (or one left of the stripped text) draws no caret.
    if let Some(col) = crate::objects::int::as_i64(&d[2]) {
        let shift = (raw.chars().count() - trimmed.chars().count()) as i64;
        let len = trimmed.trim_end_matches('\n').chars().count() as i64;
        let offset = col.saturating_sub(1).saturating_sub(shift).min(len);
        // The caret run ends at end_offset on the same line, at the end of the text when
        // the error spans lines, and is at least one caret (CPython's print_error_text).
        let end_line = d.get(4).and_then(crate::objects::int::as_i64);
        let end_offset = d.get(5).and_then(crate::objects::int::as_i64);
        let end = match (end_line, end_offset) {
            (Some(el), _) if el > line => len,
            (Some(el), Some(eo)) if el == line => {
                eo.saturating_sub(1).saturating_sub(shift).min(len + 1)
            }
            _ => offset + 1,
        };
        let carets = if end > offset { end - offset } else { 1 };
        if offset >= 0 {
            s.push_str(&format!(
                "    {}{}\n",
                " ".repeat(offset as usize),
                "^".repeat(carets as usize)
            ));
        }
    }
    Some(s)
}

/// Frames shown before a run of identical ones is summarised (CPython's cutoff).
const RECURSIVE_CUTOFF: usize = 3;

/// The `File ..., line ..., in ...` rows, outermost first, with CPython's summary of long
/// runs of the same frame ("[Previous line repeated N more times]").
/// The `File ...` rows of a traceback (for exception groups' boxes).
pub(crate) fn format_stack_text(tb: &[crate::objects::traceback::TbEntry]) -> String {
    format_stack(tb)
}

fn format_stack(tb: &[crate::objects::traceback::TbEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, i64, &str)> = None;
    let mut count = 0usize;
    let flush = |out: &mut String, count: usize| {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n > 1 { "s" } else { "" }
            ));
        }
    };
    for entry in tb {
        let co = &entry.code.co;
        let line = entry.line;
        let key = (&*co.filename, line, &*co.name);
        if last != Some(key) {
            flush(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            co.filename, line, co.name
        ));
        let loc = co.locations.get(entry.pc).copied().unwrap_or_default();
        if let Some(src) = u32::try_from(line)
            .ok()
            .and_then(|l| source_line(&co.filename, l))
        {
            out.push_str(&format!("    {}\n", src.trim()));
            // No markers for a row whose line is not its instruction's (an unstarted
            // generator, a row built by TracebackType()).
            let same_line = i64::from(loc.line) == line;
            if let Some(carets) = caret_line(&src, loc).filter(|_| same_line) {
                out.push_str(&carets);
            }
        }
    }
    flush(&mut out, count);
    out
}

/// The marker line under a source line, as CPython 3.12 draws it: `^` under the failing
/// expression, or `~` and `^` around a binary operator or subscript; nothing when the
/// expression is the whole line.
fn caret_line(line: &str, loc: taipan_bytecode::Location) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    if loc.line == 0 || start > chars.len() || (loc.line == loc.end_line && end < start) {
        return None;
    }
    let mut anchors = None;
    if loc.line == loc.end_line {
        end = end.min(chars.len());
        let segment: String = chars[start..end].iter().collect();
        anchors = taipan_compiler::parse::caret_anchors(&segment);
    } else {
        // A multi-line expression is marked to the end of its first line.
        end = line.trim_end().chars().count().max(start);
    }
    let stripped_len = line.trim().chars().count();
    let secondary = anchors.is_some_and(|(l, r)| r > l);
    if end - start >= stripped_len && !secondary {
        return None;
    }
    let indent = chars.len() - line.trim_start().chars().count();
    // Markers are as wide as the text they mark on a terminal (CJK characters take two
    // columns), as in CPython.
    let width = |a: usize, b: usize| chars_width(chars.get(a..b.max(a)).unwrap_or(&[]));
    let mut out = format!("    {}", " ".repeat(width(indent, start)));
    match anchors {
        Some((l, r)) => {
            let (l, r) = (start + l.min(end - start), start + r.min(end - start));
            out.push_str(&"~".repeat(width(start, l)));
            out.push_str(&"^".repeat(width(l, r)));
            out.push_str(&"~".repeat(width(r, end)));
        }
        None => out.push_str(&"^".repeat(width(start, end))),
    }
    out.push('\n');
    Some(out)
}

/// Terminal columns of some text: two for East Asian wide and fullwidth characters, one
/// for every other character (CPython's `_display_width`).
pub fn chars_width(chars: &[char]) -> usize {
    use unicode_width::UnicodeWidthChar;
    chars
        .iter()
        .map(|c| if c.width() == Some(2) { 2 } else { 1 })
        .sum()
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines()
        .nth(line as usize - 1)
        .map(|l| l.to_string())
        .filter(|l| !l.trim().is_empty())
}
