//! The text codecs of `str.encode` / `bytes.decode` (and text files): UTF-8 (and
//! UTF-8-SIG), ASCII, Latin-1, cp1252, UTF-16 and UTF-32 (with a BOM, or -LE/-BE), with
//! CPython's names and aliases, error handlers, error positions and reasons, and the
//! UnicodeEncodeError/UnicodeDecodeError objects that carry them.
//!
//! Taipan's str cannot hold lone surrogates, so a str never needs `surrogateescape` or
//! `surrogatepass` when encoding (they fail as `strict` does, as in CPython for other
//! characters); decoding that would produce a surrogate raises NotImplementedError.

use crate::objects::codec_custom::custom_handler;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// With a byte order mark: written little-endian, read as the BOM says.
    Bom,
    Le,
    Be,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Order),
    Utf32(Order),
    UnicodeEscape,
    RawUnicodeEscape,
}

/// CPython's encodings.normalize_encoding, lowercased: runs of characters other than
/// letters, digits and '.' become one '_', stripped at both ends.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

impl Codec {
    /// Looks an encoding name up as CPython's codec registry does (aliases included).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = normalize(name);
        // The codec modules' own names match only as written; aliases also with '.'
        // read as '_' (CPython's encodings.search_function).
        let canonical = |n: &str| -> Option<Codec> {
            Some(match n {
                "utf_8" => Codec::Utf8,
                "utf_8_sig" => Codec::Utf8Sig,
                "ascii" => Codec::Ascii,
                "latin_1" => Codec::Latin1,
                "cp1252" => Codec::Cp1252,
                "utf_16" => Codec::Utf16(Order::Bom),
                "utf_16_le" => Codec::Utf16(Order::Le),
                "utf_16_be" => Codec::Utf16(Order::Be),
                "utf_32" => Codec::Utf32(Order::Bom),
                "utf_32_le" => Codec::Utf32(Order::Le),
                "utf_32_be" => Codec::Utf32(Order::Be),
                "unicode_escape" => Codec::UnicodeEscape,
                "raw_unicode_escape" => Codec::RawUnicodeEscape,
                _ => return None,
            })
        };
        let find = |n: &str| -> Option<Codec> {
            Some(match n {
                "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
                "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
                | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
                | "us_ascii" => Codec::Ascii,
                "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
                | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
                    Codec::Latin1
                }
                "windows_1252" | "1252" => Codec::Cp1252,
                "u16" | "utf16" => Codec::Utf16(Order::Bom),
                "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Le),
                "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Be),
                "u32" | "utf32" => Codec::Utf32(Order::Bom),
                "utf_32le" => Codec::Utf32(Order::Le),
                "utf_32be" => Codec::Utf32(Order::Be),
                _ => return None,
            })
        };
        find(&n)
            .or_else(|| find(&n.replace('.', "_")))
            .or_else(|| canonical(&n))
    }

    /// The name CPython's messages (and `UnicodeError.encoding`) give the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// Every character is one byte (so byte counting is character counting).
    pub fn single_byte(self) -> bool {
        matches!(self, Codec::Ascii | Codec::Latin1 | Codec::Cp1252)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    SurrogateEscape,
    SurrogatePass,
    XmlCharRefReplace,
    NameReplace,
    Unknown,
}

impl Handler {
    pub fn parse(errors: &str) -> Handler {
        match errors {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            _ => Handler::Unknown,
        }
    }
}

/// What one codec error is: the data range [start, end) and why.
#[derive(Debug, Clone)]
pub struct CodecError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Why encoding or decoding failed.
#[derive(Debug)]
pub enum Failure {
    /// UnicodeEncodeError / UnicodeDecodeError.
    Error(CodecError),
    /// LookupError: the error handler's name is unknown (noticed at the first error).
    UnknownHandler,
    /// TypeError: an encode-only handler used for decoding.
    WrongHandler,
    /// NotImplementedError: the result would hold a lone surrogate.
    Surrogate,
    /// NotImplementedError: `namereplace` (no Unicode name table).
    NameReplace,
    /// NotImplementedError: a `\N{...}` escape (no Unicode name table).
    CharacterName,
}

fn fail_decode(h: Handler, e: CodecError, out: &mut String, data: &[u8]) -> Result<(), Failure> {
    match h {
        Handler::Strict => Err(Failure::Error(e)),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for b in &data[e.start..e.end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Handler::SurrogateEscape => {
            if data[e.start..e.end].iter().any(|b| *b < 128) {
                Err(Failure::Error(e))
            } else {
                Err(Failure::Surrogate)
            }
        }
        Handler::SurrogatePass => {
            if e.reason.contains("surrogate") || e.reason == "invalid continuation byte" {
                // An encoded surrogate would decode to one: Taipan's str cannot hold it.
                let d = &data[e.start..];
                let utf8_surrogate = d.len() >= 3 && d[0] == 0xed && (0xa0..0xc0).contains(&d[1]);
                if utf8_surrogate || e.reason.contains("surrogate") {
                    return Err(Failure::Surrogate);
                }
            }
            Err(Failure::Error(e))
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(Failure::WrongHandler),
        Handler::Unknown => Err(Failure::UnknownHandler),
    }
}

const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[usize::from(b - 0x80)] {
            0 => None,
            c => char::from_u32(u32::from(c)),
        },
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x != 0 && u32::from(x) == n)
        .map(|i| 0x80 + i as u8)
}

/// Decodes `data` (all of it: error positions count from its start).
pub fn decode(codec: Codec, data: &[u8], errors: &str) -> Result<String, Failure> {
    decode_at(codec, data, errors, 0)
}

/// Decodes `data`, which starts at byte `base` of what CPython would have decoded in one
/// go (text files decode in pieces): error positions count from there.
pub fn decode_at(codec: Codec, data: &[u8], errors: &str, base: usize) -> Result<String, Failure> {
    let h = Handler::parse(errors);
    let mut out = String::with_capacity(data.len());
    let shift = |mut e: CodecError| {
        e.start += base;
        e.end += base;
        e
    };
    let fail = |e: CodecError, out: &mut String| -> Result<(), Failure> {
        match fail_decode(h, e.clone(), out, data) {
            Err(Failure::Error(e)) => Err(Failure::Error(shift(e))),
            r => r,
        }
    };
    let name = codec.name();
    match codec {
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            crate::objects::codec_escape::decode(data, raw, &mut out, &mut |e, o| fail(e, o))?;
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| char::from(b))),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                } else {
                    let e = CodecError {
                        encoding: name,
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    };
                    fail(e, &mut out)?;
                }
            }
        }
        Codec::Cp1252 => {
            for (i, &b) in data.iter().enumerate() {
                match cp1252_decode(b) {
                    Some(c) => out.push(c),
                    None => {
                        let e = CodecError {
                            encoding: name,
                            start: i,
                            end: i + 1,
                            reason: "character maps to <undefined>",
                        };
                        fail(e, &mut out)?;
                    }
                }
            }
        }
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut i = if codec == Codec::Utf8Sig && data.starts_with(b"\xef\xbb\xbf") {
                3
            } else {
                0
            };
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(err) => {
                        let good = err.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[i..i + good]).unwrap_or(""));
                        i += good;
                        let (n, reason) = match err.error_len() {
                            Some(n) => {
                                let lead = data[i];
                                if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                                    (n, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                            None => (data.len() - i, "unexpected end of data"),
                        };
                        let e = CodecError {
                            encoding: name,
                            start: i,
                            end: i + n,
                            reason,
                        };
                        fail(e, &mut out)?;
                        i += n;
                    }
                }
            }
        }
        Codec::Utf16(order) => {
            let (mut i, be) = match order {
                Order::Le => (0, false),
                Order::Be => (0, true),
                Order::Bom => match data {
                    [0xff, 0xfe, ..] => (2, false),
                    [0xfe, 0xff, ..] => (2, true),
                    _ => (0, false),
                },
            };
            let name = if be { "utf-16-be" } else { "utf-16-le" };
            let unit = |j: usize| -> u32 {
                let (a, b) = (u32::from(data[j]), u32::from(data[j + 1]));
                if be {
                    (a << 8) | b
                } else {
                    (b << 8) | a
                }
            };
            while i < data.len() {
                let err = |start: usize, end: usize, reason: &'static str| CodecError {
                    encoding: name,
                    start,
                    end,
                    reason,
                };
                if data.len() - i < 2 {
                    fail(err(i, data.len(), "truncated data"), &mut out)?;
                    break;
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                    i += 2;
                    continue;
                }
                if u >= 0xdc00 {
                    fail(err(i, i + 2, "illegal encoding"), &mut out)?;
                    i += 2;
                    continue;
                }
                if data.len() - i < 4 {
                    let end = data.len();
                    let reason = if end - i == 2 {
                        "unexpected end of data"
                    } else {
                        "truncated data"
                    };
                    fail(err(i, end, reason), &mut out)?;
                    break;
                }
                let u2 = unit(i + 2);
                if !(0xdc00..0xe000).contains(&u2) {
                    fail(err(i, i + 2, "illegal UTF-16 surrogate"), &mut out)?;
                    i += 2;
                    continue;
                }
                let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            }
        }
        Codec::Utf32(order) => {
            let (mut i, be) = match order {
                Order::Le => (0, false),
                Order::Be => (0, true),
                Order::Bom => match data {
                    [0xff, 0xfe, 0, 0, ..] => (4, false),
                    [0, 0, 0xfe, 0xff, ..] => (4, true),
                    _ => (0, false),
                },
            };
            let name = if be { "utf-32-be" } else { "utf-32-le" };
            while i < data.len() {
                let err = |start: usize, end: usize, reason: &'static str| CodecError {
                    encoding: name,
                    start,
                    end,
                    reason,
                };
                if data.len() - i < 4 {
                    fail(err(i, data.len(), "truncated data"), &mut out)?;
                    break;
                }
                let w = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                let u = if be {
                    u32::from_be_bytes(w)
                } else {
                    u32::from_le_bytes(w)
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if (0xd800..0xe000).contains(&u) {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        fail(err(i, i + 4, reason), &mut out)?;
                    }
                }
                i += 4;
            }
        }
    }
    Ok(out)
}

fn escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// Encodes `s`.
pub fn encode(codec: Codec, s: &str, errors: &str) -> Result<Vec<u8>, Failure> {
    let (limit, name) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            return Ok(crate::objects::codec_escape::encode(
                s,
                codec == Codec::RawUnicodeEscape,
            ))
        }
        Codec::Utf8Sig => {
            let mut v = b"\xef\xbb\xbf".to_vec();
            v.extend_from_slice(s.as_bytes());
            return Ok(v);
        }
        Codec::Utf16(order) => {
            let mut v = Vec::with_capacity(s.len() * 2 + 2);
            if order == Order::Bom {
                v.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    v.extend_from_slice(&if order == Order::Be {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            return Ok(v);
        }
        Codec::Utf32(order) => {
            let mut v = Vec::with_capacity(s.len() * 4 + 4);
            if order == Order::Bom {
                v.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let n = c as u32;
                v.extend_from_slice(&if order == Order::Be {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                });
            }
            return Ok(v);
        }
        Codec::Ascii => (0x80, "ascii"),
        Codec::Latin1 => (0x100, "latin-1"),
        Codec::Cp1252 => (0, "charmap"),
    };
    let one = |c: char| -> Option<u8> {
        if codec == Codec::Cp1252 {
            cp1252_encode(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        }
    };
    let h = Handler::parse(errors);
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = one(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // CPython's handlers get the whole run of characters the codec cannot encode.
        let end = chars[i..]
            .iter()
            .position(|c| one(*c).is_some())
            .map_or(chars.len(), |p| i + p);
        let reason = match codec {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "character maps to <undefined>",
        };
        let err = CodecError {
            encoding: name,
            start: i,
            end,
            reason,
        };
        // Replacements go through the codec again; an unencodable one is the same error.
        let put = |out: &mut Vec<u8>, text: &str| -> Result<(), Failure> {
            for c in text.chars() {
                match one(c) {
                    Some(b) => out.push(b),
                    None => return Err(Failure::Error(err.clone())),
                }
            }
            Ok(())
        };
        for &c in &chars[i..end] {
            match h {
                Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                    return Err(Failure::Error(err))
                }
                Handler::Unknown => return Err(Failure::UnknownHandler),
                Handler::Ignore => {}
                Handler::Replace => put(&mut out, "?")?,
                Handler::BackslashReplace => put(&mut out, &escape(c))?,
                Handler::XmlCharRefReplace => put(&mut out, &format!("&#{};", c as u32))?,
                // Needs the Unicode character names, which Taipan does not ship.
                Handler::NameReplace => return Err(Failure::NameReplace),
            }
        }
        i = end;
    }
    Ok(out)
}

/// The message of a UnicodeEncodeError/UnicodeDecodeError, as their `__str__` builds it.
pub fn error_message(
    decoding: bool,
    encoding: &str,
    object: &Value,
    e: (i64, i64),
    reason: &str,
) -> String {
    let (start, end) = e;
    if decoding {
        let data = crate::objects::bytes::buffer(object)
            .map(|b| b.to_vec())
            .unwrap_or_default();
        if start >= 0 && (start as usize) < data.len() && end == start + 1 {
            return format!(
                "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                data[start as usize]
            );
        }
        return format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        );
    }
    let ch = object.as_str().and_then(|s| {
        if start >= 0 && (start as usize) < s.char_len() && end == start + 1 {
            s.char_at(start as usize)
        } else {
            None
        }
    });
    match ch {
        Some(c) => format!(
            "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
            escape(c)
        ),
        None => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }
}

/// UnicodeTranslateError's message.
pub fn translate_message(object: &Value, start: i64, end: i64, reason: &str) -> String {
    let ch = object.as_str().and_then(|s| {
        if start >= 0 && (start as usize) < s.char_len() && end == start + 1 {
            s.char_at(start as usize)
        } else {
            None
        }
    });
    match ch {
        Some(c) => format!(
            "can't translate character '{}' in position {start}: {reason}",
            escape(c)
        ),
        None => format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        ),
    }
}

/// The Python exception for a failure; `object` is the str or bytes being converted.
pub fn failure_to_exc(
    vm: &mut Vm,
    f: Failure,
    decoding: bool,
    object: Value,
    errors: &str,
) -> Value {
    match f {
        Failure::Error(e) => {
            let cls = if decoding {
                vm.exc.unicode_decode_error.clone()
            } else {
                vm.exc.unicode_encode_error.clone()
            };
            let args = vec![
                vm.new_str(e.encoding),
                object,
                Value::Int(e.start as i64),
                Value::Int(e.end as i64),
                vm.new_str(e.reason),
            ];
            let exc = vm.new_exception_args(&cls, args.clone());
            set_unicode_attrs(vm, &exc, &args);
            exc
        }
        Failure::UnknownHandler => {
            let cls = vm.exc.lookup_error.clone();
            vm.new_exception(&cls, format!("unknown error handler name '{errors}'"))
        }
        Failure::WrongHandler => {
            vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
        }
        Failure::Surrogate => vm.not_implemented_error(
            "Taipan does not support lone surrogates (U+D800..U+DFFF) in str yet",
        ),
        Failure::NameReplace => {
            vm.not_implemented_error("Taipan does not support the 'namereplace' error handler yet")
        }
        Failure::CharacterName => vm.not_implemented_error(
            "Taipan does not support \\N{...} escapes in the unicode_escape codec yet",
        ),
    }
}

const ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// Stores UnicodeError's fields as attributes (str() reads them back).
pub fn set_unicode_attrs(vm: &mut Vm, exc: &Value, args: &[Value]) {
    let names: &[&str] = if args.len() == 4 { &ATTRS[1..] } else { &ATTRS };
    if let Some(d) = exc.obj().and_then(|o| o.attrs()) {
        if args.len() == 4 {
            // UnicodeTranslateError's encoding is None.
            let k = vm.intern("encoding");
            d.borrow_mut().set_str(k, Value::None);
        }
        for (n, v) in names.iter().zip(args) {
            let k = vm.intern(n);
            d.borrow_mut().set_str(k, v.clone());
        }
    }
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` (and Decode, and
/// `UnicodeTranslateError(object, start, end, reason)`): checks the arguments as CPython's
/// initialisers do, then records the fields.
pub fn init_unicode_error(vm: &mut Vm, exc: &Value, args: &[Value]) -> PyResult<()> {
    let (dec, enc, tr) = (
        vm.is_instance_of(exc, &vm.exc.unicode_decode_error.clone()),
        vm.is_instance_of(exc, &vm.exc.unicode_encode_error.clone()),
        vm.is_instance_of(exc, &vm.exc.unicode_translate_error.clone()),
    );
    if !(dec || enc || tr) {
        return Ok(());
    }
    let want = if tr { 4 } else { 5 };
    if args.len() != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len()
        )));
    }
    let mut fields = args.to_vec();
    let off = if tr { 0 } else { 1 };
    let must_str = |vm: &mut Vm, i: usize, v: &Value| -> PyResult<()> {
        if v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            )));
        }
        Ok(())
    };
    if !tr {
        must_str(vm, 0, &args[0])?;
    }
    if dec {
        let b = vm.bytes_like(&args[1])?;
        fields[1] = vm.new_bytes(b);
    } else {
        must_str(vm, off, &args[off])?;
    }
    for i in [off + 1, off + 2] {
        if !crate::objects::int::is_int(&args[i]) {
            vm.index_of(&args[i])?;
        }
    }
    must_str(vm, off + 3, &args[off + 3])?;
    set_unicode_attrs(vm, exc, &fields);
    Ok(())
}

/// `str()` of a UnicodeError subclass instance with its fields set (None otherwise).
pub fn unicode_error_str(vm: &mut Vm, exc: &Value) -> PyResult<Option<String>> {
    let (dec, enc, tr) = (
        vm.is_instance_of(exc, &vm.exc.unicode_decode_error.clone()),
        vm.is_instance_of(exc, &vm.exc.unicode_encode_error.clone()),
        vm.is_instance_of(exc, &vm.exc.unicode_translate_error.clone()),
    );
    if !(dec || enc || tr) {
        return Ok(None);
    }
    let Some(d) = exc.obj().and_then(|o| o.attrs()) else {
        return Ok(None);
    };
    let get = |n: &str| d.borrow().get_str(n);
    // Without the fields (a text file's errors carry only their message), the message.
    let Some(object) = get("object") else {
        return Ok(None);
    };
    let reason = get("reason").unwrap_or(Value::None);
    let reason = vm.str_of(&reason)?;
    let start = get("start")
        .and_then(|v| crate::objects::int::as_i64(&v))
        .unwrap_or(0);
    let end = get("end")
        .and_then(|v| crate::objects::int::as_i64(&v))
        .unwrap_or(0);
    if tr {
        return Ok(Some(translate_message(&object, start, end, &reason)));
    }
    let encoding = get("encoding").unwrap_or(Value::None);
    let encoding = vm.str_of(&encoding)?;
    Ok(Some(error_message(
        dec,
        &encoding,
        &object,
        (start, end),
        &reason,
    )))
}

/// The codecs CPython has that convert bytes to bytes (or str to str), not text.
fn is_binary_codec(name: &str) -> bool {
    let n = normalize(name);
    matches!(
        n.as_str(),
        "base64"
            | "base_64"
            | "base64_codec"
            | "bz2"
            | "bz2_codec"
            | "hex"
            | "hex_codec"
            | "quopri"
            | "quotedprintable"
            | "quoted_printable"
            | "quopri_codec"
            | "rot13"
            | "rot_13"
            | "uu"
            | "uu_codec"
            | "zip"
            | "zlib"
            | "zlib_codec"
    )
}

/// The codec for `encoding`, or LookupError "unknown encoding: x".
pub fn lookup_for(vm: &mut Vm, encoding: &str, decoding: bool) -> PyResult<Codec> {
    match Codec::lookup(encoding) {
        Some(c) => Ok(c),
        None => {
            let cls = vm.exc.lookup_error.clone();
            let msg = if is_binary_codec(encoding) {
                let f = if decoding { "decode" } else { "encode" };
                format!("'{encoding}' is not a text encoding; use codecs.{f}() to handle arbitrary codecs")
            } else {
                format!("unknown encoding: {encoding}")
            };
            Err(vm.new_exception(&cls, msg))
        }
    }
}

/// `s.encode(encoding, errors)` as a bytes object; `sv` is the str object (for errors).
pub fn encode_str(
    vm: &mut Vm,
    sv: &Value,
    s: &str,
    encoding: &str,
    errors: Option<&str>,
) -> PyResult {
    let codec = lookup_for(vm, encoding, false)?;
    let errors = errors.unwrap_or("strict");
    let f = match encode(codec, s, errors) {
        Ok(b) => return Ok(vm.new_bytes(b)),
        Err(f) => f,
    };
    if let (Failure::UnknownHandler, Some(h)) = (&f, custom_handler(vm, errors)) {
        let b = crate::objects::codec_custom::encode_with(vm, codec, sv, s, &h)?;
        return Ok(vm.new_bytes(b));
    }
    Err(failure_to_exc(vm, f, false, sv.clone(), errors))
}

/// `data.decode(encoding, errors)` as a str; `obj` is the bytes object (for errors).
pub fn decode_bytes(
    vm: &mut Vm,
    obj: &Value,
    data: &[u8],
    encoding: &str,
    errors: Option<&str>,
) -> PyResult {
    let codec = lookup_for(vm, encoding, true)?;
    let errors = errors.unwrap_or("strict");
    let f = match decode(codec, data, errors) {
        Ok(s) => return Ok(vm.new_str(s)),
        Err(f) => f,
    };
    // The error's object is a bytes object, even for a bytearray or memoryview.
    let object = match obj.payload() {
        Some(crate::value::Payload::Bytes(_)) => obj.clone(),
        _ => vm.new_bytes(data.to_vec()),
    };
    if let (Failure::UnknownHandler, Some(h)) = (&f, custom_handler(vm, errors)) {
        let s = crate::objects::codec_custom::decode_with(vm, codec, &object, data, &h)?;
        return Ok(vm.new_str(s));
    }
    Err(failure_to_exc(vm, f, true, object, errors))
}
