//! The 'unicode_escape' and 'raw_unicode_escape' codecs: str as Python-literal escapes
//! in Latin-1 bytes, and back.

use crate::objects::codecs::{CodecError, Failure};

/// `s.encode('unicode_escape')` (or `'raw_unicode_escape'`, which escapes only
/// characters beyond Latin-1). Never fails.
pub fn encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if raw && n < 0x100 {
            out.push(n as u8);
            continue;
        }
        match c {
            _ if raw => {}
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if (0x20..0x7f).contains(&n) => out.push(n as u8),
            _ if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            _ => {}
        }
        if !raw && n < 0x100 {
            continue;
        }
        if n < 0x10000 {
            out.extend_from_slice(format!("\\u{n:04x}").as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{n:08x}").as_bytes());
        }
    }
    out
}

/// `count` hex digits from `data[*i..]`; None (with `*i` after the digits read) when
/// fewer are there.
fn hex(data: &[u8], i: &mut usize, count: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for _ in 0..count {
        let d = data.get(*i).and_then(|&b| char::from(b).to_digit(16))?;
        v = (v << 4) | d;
        *i += 1;
    }
    Some(v)
}

/// Decodes escapes; `fail` applies the error handler to an error (positions relative
/// to `data`).
pub fn decode(
    data: &[u8],
    raw: bool,
    out: &mut String,
    fail: &mut dyn FnMut(CodecError, &mut String) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let encoding = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let err = |start: usize, end: usize, reason: &'static str| CodecError {
        encoding,
        start,
        end,
        reason,
    };
    let n = data.len();
    let mut i = 0;
    while i < n {
        let b = data[i];
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        if raw {
            // Only \u and \U after an odd run of backslashes are escapes.
            let run = data[i..].iter().take_while(|&&c| c == b'\\').count();
            let j = i + run;
            if run % 2 == 0 || j >= n || (data[j] != b'u' && data[j] != b'U') {
                out.extend(std::iter::repeat_n('\\', run));
                i = j;
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            let start = j - 1;
            let (count, reason) = if data[j] == b'u' {
                (4, "truncated \\uXXXX escape")
            } else {
                (8, "truncated \\UXXXXXXXX escape")
            };
            i = j + 1;
            match hex(data, &mut i, count) {
                None => fail(err(start, i, reason), out)?,
                Some(v) => match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None if v > 0x10ffff => fail(err(start, i, "\\Uxxxxxxxx out of range"), out)?,
                    None => return Err(Failure::Surrogate),
                },
            }
            continue;
        }
        let start = i;
        i += 1;
        if i >= n {
            fail(err(start, n, "\\ at end of string"), out)?;
            break;
        }
        let c = data[i];
        i += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match hex(data, &mut i, count) {
                    None => fail(err(start, i, reason), out)?,
                    Some(v) => match char::from_u32(v) {
                        Some(ch) => out.push(ch),
                        None if v > 0x10ffff => {
                            fail(err(start, i, "illegal Unicode character"), out)?
                        }
                        None => return Err(Failure::Surrogate),
                    },
                }
            }
            b'N' => {
                let close = data[i..].iter().position(|&b| b == b'}');
                match (data.get(i), close) {
                    (Some(b'{'), Some(p)) if p > 1 => return Err(Failure::CharacterName),
                    _ => {
                        let end = close.map_or(n, |p| i + p + 1);
                        fail(
                            err(start, end.max(i), "malformed \\N character escape"),
                            out,
                        )?;
                        i = end.max(i);
                    }
                }
            }
            _ => {
                // An unknown escape stays as written (CPython also warns).
                out.push('\\');
                out.push(char::from(c));
            }
        }
    }
    Ok(())
}
