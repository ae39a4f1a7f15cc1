//! The pattern behind `re.Scanner`: CPython parses every phrase on its own and joins
//! the parsed trees as the branches of one alternation, each inside a group numbered
//! after the phrase. That differs from compiling `(p1)|(p2)|...` as text, and programs
//! see it: a phrase's own groups are numbered from 1 again (they overlap the phrase
//! groups), its global inline flags other than VERBOSE are dropped, the scanner's
//! flags are used as given (so without re.UNICODE a str scanner's `\w`, `\b` and case
//! folding are ASCII-only), and the pattern shows as `re.compile(None)`.

use super::parser::{self, Node};
use super::{code_points, compile, new_pattern, raise};
use crate::vm::{Args, PyResult, Vm};

/// `_sre._scanner_compile(phrases, flags)`.
pub fn scanner_compile(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "_scanner_compile", 2, 2)?;
    let phrases = vm.iterate(&args.pos[0])?;
    let flags = vm.index_of(&args.pos[1])?;
    let flags = (flags & 0x1ff) as u32;
    if phrases.is_empty() {
        // An empty alternation: CPython's code validator rejects it.
        return Err(vm.runtime_error("invalid SRE code"));
    }
    let mut is_text = true;
    let mut branches = Vec::new();
    // Group widths for look-behinds referring to groups: each phrase's own, merged.
    let mut widths: Vec<Option<(u64, u64)>> = vec![None; phrases.len() + 1];
    let mut groups = phrases.len() + 1;
    for (i, phrase) in phrases.iter().enumerate() {
        let Some((cps, text)) = code_points(phrase) else {
            return Err(vm.type_error("first argument must be string or compiled pattern"));
        };
        if i == 0 {
            is_text = text;
        }
        let p = parser::parse_pattern(&cps, text, flags).map_err(|e| raise(vm, e, phrase))?;
        groups = groups.max(p.groups);
        if widths.len() < p.groups {
            widths.resize(p.groups, None);
        }
        for (g, w) in p.group_widths.iter().enumerate().skip(1) {
            if widths[g].is_none() {
                widths[g] = *w;
            }
        }
        if widths[i + 1].is_none() {
            widths[i + 1] = Some(parser::width(&p.seq, &p.group_widths));
        }
        branches.push(vec![Node::Sub {
            group: Some(i + 1),
            add: 0,
            del: 0,
            body: p.seq,
        }]);
    }
    let combined = parser::Parsed {
        seq: vec![Node::Branch(branches)],
        flags,
        groups,
        names: Vec::new(),
        group_widths: widths,
    };
    let none = crate::value::Value::None;
    let prog = compile::compile(&combined, !is_text).map_err(|e| raise(vm, e, &none))?;
    Ok(new_pattern(vm, none, flags, is_text, prog, Vec::new()))
}
