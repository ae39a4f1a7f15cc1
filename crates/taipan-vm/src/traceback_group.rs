//! Printing an uncaught exception group as CPython 3.12 does: the group's traceback and
//! line, then each sub-exception in a numbered box, nested groups inside boxes.
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: eg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: 2
//!     +------------------------------------
//! ```

use crate::objects::exception;
use crate::value::Value;
use crate::vm::Vm;

/// CPython's limits: sub-exceptions shown per group, and nesting shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct Ctx {
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Every line of `text` with the current indent and margin (as textwrap.indent does,
    /// empty lines included).
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

/// The text for `e` (a group), preceded by its cause/context chain.
pub fn format(vm: &mut Vm, e: &Value, chain_depth: usize) -> String {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        out: String::new(),
    };
    format_one(vm, e, chain_depth, &mut ctx);
    ctx.out
}

fn format_one(vm: &mut Vm, e: &Value, chain_depth: usize, ctx: &mut Ctx) {
    if !vm.is_exception_group(e) {
        let text = crate::traceback::format_exception(vm, e, chain_depth);
        ctx.emit(&text, '|');
        return;
    }
    format_chain(vm, e, chain_depth, ctx);
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    let tb = crate::objects::traceback::entries(&exception::traceback_of(e));
    if !tb.is_empty() {
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
        );
        let stack = crate::traceback::format_stack_text(&tb);
        ctx.emit(&stack, '|');
    }
    let line = crate::traceback::exception_line(vm, e);
    ctx.emit(&line, '|');
    let subs = vm.group_exceptions(e).unwrap_or_default();
    let n = if subs.len() <= MAX_GROUP_WIDTH {
        subs.len()
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let last = i + 1 == n;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        let head = format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        );
        ctx.out.push_str(&head);
        ctx.depth += 1;
        if truncated {
            let remaining = subs.len() - MAX_GROUP_WIDTH;
            let s = if remaining > 1 { "s" } else { "" };
            ctx.emit(&format!("and {remaining} more exception{s}\n"), '|');
        } else {
            format_one(vm, &subs[i], 0, ctx);
        }
        if last && ctx.need_close {
            let close = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&close);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The exceptions `e` was raised from or during, each followed by CPython's sentence.
fn format_chain(vm: &mut Vm, e: &Value, chain_depth: usize, ctx: &mut Ctx) {
    let Some(st) = exception::exc_state(e) else {
        return;
    };
    let (cause, context, suppress) = {
        let s = st.borrow();
        (s.cause.clone(), s.context.clone(), s.suppress_context)
    };
    if chain_depth >= 20 {
        return;
    }
    let (prior, sentence) = if !cause.is_none() {
        (
            cause,
            "\nThe above exception was the direct cause of the following exception:\n\n",
        )
    } else if !context.is_none() && !suppress {
        (
            context,
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        )
    } else {
        return;
    };
    format_one(vm, &prior, chain_depth + 1, ctx);
    ctx.emit(sentence, '|');
}
