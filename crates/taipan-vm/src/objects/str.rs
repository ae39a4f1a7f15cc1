//! The str payload: UTF-8 text with its character count and an ASCII flag cached, so ASCII
//! strings index in O(1); the hash (SipHash-1-3 keyed per process) is computed once.

use std::cell::Cell;
use std::hash::Hasher;
use std::sync::OnceLock;

pub struct PyStr {
    /// A String rather than a Box<str>: `s += t` on an unshared str appends in place.
    s: String,
    chars: usize,
    hash: Cell<i64>,
}

static HASH_KEY: OnceLock<(u64, u64)> = OnceLock::new();

/// Sets the per-process str hash key (from PYTHONHASHSEED or random) before any hashing.
pub fn set_hash_key(k0: u64, k1: u64) {
    let _ = HASH_KEY.set((k0, k1));
}

/// CPython hashes the characters as it stores them: one byte each when all are below
/// U+0100, two (little-endian) below U+10000, else four; so do we, for the same hashes
/// (and set orders), and so a Latin-1 str hashes as its bytes do.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_data(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let data: Vec<u8> = if max < 0x100 {
        s.chars().map(|c| c as u32 as u8).collect()
    } else if max < 0x10000 {
        s.chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect()
    } else {
        s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
    };
    hash_data(&data)
}

/// SipHash-1-3 of `data` with the process key: the hash of str (its UTF-8 text) and of
/// bytes (so an ASCII str and the bytes of its characters hash alike, as in CPython).
pub fn hash_data(data: &[u8]) -> i64 {
    let (k0, k1) = *HASH_KEY.get_or_init(|| (0, 0));
    if data.is_empty() {
        return 0;
    }
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(data);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: Cell::new(-1),
        }
    }

    /// Appends `other` (only for a str object nobody else can see).
    pub fn append(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.chars += other.chars;
        self.hash.set(-1);
    }

    /// A str of known length in code points (no scan).
    pub fn with_len(s: String, chars: usize) -> PyStr {
        PyStr {
            s,
            chars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by code point range.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        if a >= b {
            ""
        } else {
            &self.s[a..b]
        }
    }
}

/// CPython's repr of a str: single quotes unless the text has ' and no ".
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (see objects/unicode.rs).
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}
