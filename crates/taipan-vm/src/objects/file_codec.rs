//! The text encodings text files support (UTF-8, ASCII, Latin-1: those whose characters
//! can be found byte by byte in a stream) on top of the codecs of objects/codecs.rs.

use crate::objects::codecs::{self, Failure};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up as CPython's codec registry normalizes it.
    pub fn lookup(name: &str) -> Option<Codec> {
        match codecs::Codec::lookup(name)? {
            codecs::Codec::Utf8 => Some(Codec::Utf8),
            codecs::Codec::Ascii => Some(Codec::Ascii),
            codecs::Codec::Latin1 => Some(Codec::Latin1),
            _ => None,
        }
    }

    fn codec(self) -> codecs::Codec {
        match self {
            Codec::Utf8 => codecs::Codec::Utf8,
            Codec::Ascii => codecs::Codec::Ascii,
            Codec::Latin1 => codecs::Codec::Latin1,
        }
    }

    pub fn name(self) -> &'static str {
        self.codec().name()
    }

    /// Every character is one byte (so byte counting is character counting).
    pub fn single_byte(self) -> bool {
        self != Codec::Utf8
    }

    /// Decodes `data`, which starts at byte `base` of what CPython would have decoded
    /// in one go (error positions count from there). Err is the message of a
    /// UnicodeDecodeError (empty for an unknown error handler).
    pub fn decode(self, data: &[u8], errors: &str, base: usize) -> Result<String, String> {
        codecs::decode_at(self.codec(), data, errors, base).map_err(|f| match f {
            Failure::Error(e) => {
                let b = data.get(e.start - base).copied().unwrap_or(0);
                if e.end == e.start + 1 {
                    format!(
                        "'{}' codec can't decode byte 0x{b:02x} in position {}: {}",
                        e.encoding, e.start, e.reason
                    )
                } else {
                    format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        e.encoding,
                        e.start,
                        e.end - 1,
                        e.reason
                    )
                }
            }
            Failure::WrongHandler => {
                "don't know how to handle UnicodeDecodeError in error callback".to_string()
            }
            _ => String::new(),
        })
    }

    /// Encodes `s`; Err as for `decode` (empty: unknown error handler).
    pub fn encode(self, s: &str, errors: &str) -> Result<Vec<u8>, String> {
        codecs::encode(self.codec(), s, errors).map_err(|f| match f {
            Failure::Error(e) => {
                let object = s.chars().collect::<Vec<char>>();
                if e.end == e.start + 1 {
                    let c = object[e.start] as u32;
                    let esc = match c {
                        n if n < 0x100 => format!("\\x{n:02x}"),
                        n if n < 0x10000 => format!("\\u{n:04x}"),
                        n => format!("\\U{n:08x}"),
                    };
                    format!(
                        "'{}' codec can't encode character '{esc}' in position {}: {}",
                        e.encoding, e.start, e.reason
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        e.encoding,
                        e.start,
                        e.end - 1,
                        e.reason
                    )
                }
            }
            _ => String::new(),
        })
    }
}
