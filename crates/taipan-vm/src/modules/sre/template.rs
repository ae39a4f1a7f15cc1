//! Replacement templates for `sub()` and `Match.expand()`: CPython's
//! `re._parser.parse_template`, with its errors, compiled to literal pieces (encoded as
//! the subject is) and group references.

use super::compile::encode;
use super::parser::{py_repr, ReError, MAXGROUPS};

pub enum Piece {
    Lit(Vec<u8>),
    Group(usize),
}

pub struct Template {
    pub pieces: Vec<Piece>,
}

fn is_oct(c: Option<u32>) -> bool {
    c.is_some_and(|c| (b'0' as u32..=b'7' as u32).contains(&c))
}

fn is_dig(c: Option<u32>) -> bool {
    c.is_some_and(|c| (b'0' as u32..=b'9' as u32).contains(&c))
}

fn err(msg: String, pos: usize) -> ReError {
    ReError::Error {
        msg,
        pos: Some(pos),
    }
}

fn is_identifier(s: &str) -> bool {
    use crate::objects::unicode;
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => {
            (c == '_' || unicode::is_alpha(c))
                && cs.all(|c| {
                    c == '_'
                        || unicode::is_alpha(c)
                        || unicode::is_decimal(c)
                        || c.is_alphanumeric()
                })
        }
        None => false,
    }
}

/// Parses `repl` (its code points; bytes as Latin-1) for a pattern with `groups`
/// groups (group 0 included) and the given group names.
pub fn parse(
    repl: &[u32],
    is_text: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Template, ReError> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u8> = Vec::new();
    let n = repl.len();
    let mut i = 0;
    let ch = |c: u32| char::from_u32(c).unwrap_or('\u{fffd}');
    let push_lit = |lit: &mut Vec<u8>, c: u32| encode(c, !is_text, lit);
    // A lone backslash at the end is a lexing error, and CPython's tokenizer lexes one
    // token ahead: it is raised as soon as the token before it is consumed, before
    // any error found in that token (`\\1\\` with no group 1: bad escape).
    let trailing = {
        let mut j = 0;
        while j + 1 < n {
            j += if repl[j] == '\\' as u32 { 2 } else { 1 };
        }
        j + 1 == n && repl[j] == '\\' as u32
    };
    let fail = |i: usize, e: ReError| -> Result<Template, ReError> {
        if trailing && i + 1 >= n {
            Err(err("bad escape (end of pattern)".into(), n - 1))
        } else {
            Err(e)
        }
    };
    // `i` always points after the current token, as the tokenizer's `tell()`.
    while i < n {
        let c = repl[i];
        if c != '\\' as u32 {
            push_lit(&mut lit, c);
            i += 1;
            continue;
        }
        if i + 1 >= n {
            return fail(i, err("bad escape (end of pattern)".into(), n - 1));
        }
        let c = repl[i + 1];
        i += 2;
        let next = repl.get(i).copied();
        match ch(c) {
            'g' => {
                if next != Some('<' as u32) {
                    return fail(i, err("missing <".into(), i));
                }
                i += 1;
                // getuntil('>', "group name")
                let start = i;
                let mut name = String::new();
                loop {
                    let Some(&t) = repl.get(i) else {
                        if name.is_empty() {
                            return fail(i, err("missing group name".into(), i));
                        }
                        return fail(i, err("missing >, unterminated name".into(), start));
                    };
                    if t == '\\' as u32 {
                        if i + 1 >= n {
                            return fail(i, err("bad escape (end of pattern)".into(), n - 1));
                        }
                        name.push('\\');
                        name.push(ch(repl[i + 1]));
                        i += 2;
                        continue;
                    }
                    i += 1;
                    if t == '>' as u32 {
                        if name.is_empty() {
                            return fail(i, err("missing group name".into(), i - 1));
                        }
                        break;
                    }
                    name.push(ch(t));
                }
                let nlen = name.chars().count();
                let index;
                if !(name.bytes().all(|b| b.is_ascii_digit())) {
                    if !(is_text || name.is_ascii()) || !is_identifier(&name) {
                        let shown = if is_text {
                            py_repr(&name)
                        } else {
                            ascii_of(&py_repr(&name))
                        };
                        return fail(
                            i,
                            err(format!("bad character in group name {shown}"), i - nlen - 1),
                        );
                    }
                    match names.iter().find(|(k, _)| *k == name) {
                        Some((_, g)) => index = *g,
                        None => {
                            return fail(
                                i,
                                ReError::Index(format!("unknown group name {}", py_repr(&name))),
                            )
                        }
                    }
                } else {
                    let v: u128 = name.bytes().fold(0u128, |a, b| {
                        a.saturating_mul(10).saturating_add(u128::from(b - b'0'))
                    });
                    if v >= MAXGROUPS as u128 {
                        return fail(i, err(format!("invalid group reference {v}"), i - nlen - 1));
                    }
                    index = v as usize;
                }
                if index >= groups {
                    return fail(
                        i,
                        err(format!("invalid group reference {index}"), i - nlen - 1),
                    );
                }
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::Group(index));
            }
            '0' => {
                let mut v = 0u32;
                if is_oct(next) {
                    v = repl[i] - '0' as u32;
                    i += 1;
                    if is_oct(repl.get(i).copied()) {
                        v = v * 8 + repl[i] - '0' as u32;
                        i += 1;
                    }
                }
                push_lit(&mut lit, v & 0xff);
            }
            d if d.is_ascii_digit() => {
                let mut text = String::from(d);
                let mut isoctal = false;
                if is_dig(next) {
                    text.push(ch(repl[i]));
                    i += 1;
                    let d2 = text.as_bytes()[1];
                    if is_oct(Some(c))
                        && (b'0'..=b'7').contains(&d2)
                        && is_oct(repl.get(i).copied())
                    {
                        text.push(ch(repl[i]));
                        i += 1;
                        isoctal = true;
                        let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                        if v > 0o377 {
                            return fail(
                                i,
                                err(
                                    format!("octal escape value \\{text} outside of range 0-0o377"),
                                    i - text.len() - 1,
                                ),
                            );
                        }
                        push_lit(&mut lit, v);
                    }
                }
                if !isoctal {
                    let index: usize = text.parse().unwrap_or(usize::MAX);
                    if index >= groups {
                        return fail(
                            i,
                            err(format!("invalid group reference {index}"), i - text.len()),
                        );
                    }
                    if !lit.is_empty() {
                        pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                    }
                    pieces.push(Piece::Group(index));
                }
            }
            e => {
                let v = match e {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match v {
                    Some(v) => push_lit(&mut lit, v),
                    None => {
                        if e.is_ascii_alphabetic() {
                            return fail(i, err(format!("bad escape \\{e}"), i - 2));
                        }
                        push_lit(&mut lit, '\\' as u32);
                        push_lit(&mut lit, c);
                    }
                }
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(Template { pieces })
}

fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
