//! Source bytes → text: a UTF-8 BOM is dropped, a PEP 263 coding cookie on line 1 or 2 is
//! honoured for the encodings Taipan knows (utf-8 and latin-1 spellings).

use crate::error::{CompileError, ErrorKind};

pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let (bytes, had_bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let encoding = find_cookie(bytes);
    let err = |msg: String, line: u32| CompileError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line,
        col: 0,
        end_line: line,
        end_col: 0,
        text: None,
    };
    match encoding.as_deref() {
        None | Some("utf-8") | Some("utf8") | Some("utf_8") => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count() as u32
                    + 1;
                let bad = bytes[e.valid_up_to()];
                Err(err(
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {}: invalid start byte",
                        e.valid_up_to()
                    ),
                    line,
                ))
            }
        },
        Some("latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1") if !had_bom => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        Some(other) => Err(err(format!("unknown encoding: {other}"), 1)),
    }
}

/// The PEP 263 cookie (`# -*- coding: NAME -*-`) on one of the first two lines.
fn find_cookie(bytes: &[u8]) -> Option<String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start();
        if !t.starts_with('#') {
            if t.is_empty() {
                continue;
            }
            return None;
        }
        if let Some(i) = t.find("coding") {
            let rest = &t[i + 6..];
            if let Some(rest) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('=')) {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
                    .collect();
                return Some(name.to_ascii_lowercase().replace('_', "-"));
            }
        }
    }
    None
}
