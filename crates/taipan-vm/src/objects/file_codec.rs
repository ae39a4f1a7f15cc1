//! The text encodings text files support (UTF-8, ASCII, Latin-1) with CPython's
//! names, error handlers and error messages.

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up as CPython's codec registry normalizes it.
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us-ascii" | "646" | "us" => Some(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Every character is one byte (so byte counting is character counting).
    pub fn single_byte(self) -> bool {
        self != Codec::Utf8
    }

    /// Decodes `data`, which starts at byte `base` of what CPython would have decoded
    /// in one go (error positions count from there). Err is the message of a
    /// UnicodeDecodeError (empty for an unknown error handler).
    pub fn decode(self, data: &[u8], errors: &str, base: usize) -> Result<String, String> {
        let mut out = String::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let (bad, reason) = match self {
                Codec::Latin1 => {
                    out.extend(data[i..].iter().map(|&b| char::from(b)));
                    break;
                }
                Codec::Ascii => match data[i..].iter().position(|b| !b.is_ascii()) {
                    None => {
                        out.push_str(&String::from_utf8_lossy(&data[i..]));
                        break;
                    }
                    Some(p) => {
                        out.push_str(&String::from_utf8_lossy(&data[i..i + p]));
                        i += p;
                        (1, "ordinal not in range(128)")
                    }
                },
                Codec::Utf8 => match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[i..i + good]).unwrap_or(""));
                        i += good;
                        match e.error_len() {
                            Some(n) => {
                                let lead = data[i];
                                let reason = if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, reason)
                            }
                            None => (data.len() - i, "unexpected end of data"),
                        }
                    }
                },
            };
            match errors {
                "strict" => {
                    let pos = base + i;
                    let what = if bad == 1 || reason == "invalid continuation byte" {
                        format!("byte 0x{:02x} in position {pos}", data[i])
                    } else {
                        format!("bytes in position {pos}-{}", pos + bad - 1)
                    };
                    return Err(format!(
                        "'{}' codec can't decode {what}: {reason}",
                        self.name()
                    ));
                }
                "replace" => out.push('\u{fffd}'),
                "ignore" => {}
                "backslashreplace" => {
                    for b in &data[i..i + bad] {
                        out.push_str(&format!("\\x{b:02x}"));
                    }
                }
                _ => return Err(String::new()),
            }
            i += bad;
        }
        Ok(out)
    }

    /// Encodes `s`; Err as for `decode` (empty: unknown error handler).
    pub fn encode(self, s: &str, errors: &str) -> Result<Vec<u8>, String> {
        let limit = match self {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        };
        let mut out = Vec::with_capacity(s.len());
        let chars: Vec<char> = s.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if (c as u32) < limit {
                out.push(c as u32 as u8);
                i += 1;
                continue;
            }
            match errors {
                "strict" => {
                    let end = chars[i..]
                        .iter()
                        .position(|c| (*c as u32) < limit)
                        .map_or(chars.len(), |p| i + p);
                    let what = if end - i == 1 {
                        format!("character {} in position {i}", char_repr(c))
                    } else {
                        format!("characters in position {i}-{}", end - 1)
                    };
                    return Err(format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        self.name()
                    ));
                }
                "replace" => out.push(b'?'),
                "ignore" => {}
                "backslashreplace" => out.extend_from_slice(escape(c).as_bytes()),
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                _ => return Err(String::new()),
            }
            i += 1;
        }
        Ok(out)
    }
}

fn escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// The character as `repr()` shows a non-printable-or-not-ASCII one in a codec message.
fn char_repr(c: char) -> String {
    format!("'{}'", escape(c))
}
