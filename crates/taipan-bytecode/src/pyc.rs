//! The `.pyc` file: a 16-byte header, the marshalled module code object, and an 8-byte
//! checksum of everything before it (docs/PYC.md).
//!
//! ```text
//! 0..2    format number (u16 LE)     2..4  b"\r\n"
//! 4..8    flags (u32 LE): bit 0 hash-based, bit 1 check-source, bit 2 racy
//! 8..16   timestamp mode: source mtime (u32 LE), source size (u32 LE)
//!         hash mode: SipHash-1-3 of the source bytes keyed by the magic (8 bytes)
//! 16..n-8 marshalled code object
//! n-8..n  XXH3-64 of bytes 0..n-8 (seed: magic as u32 XOR CHECKSUM_KEY)
//! ```
//! The trailer is Taipan's addition: CPython trusts a body whose header is valid, so one
//! flipped byte in a string constant runs silently wrong code. Every failure to read is a
//! `PycError`, which the importer turns into "recompile".

use crate::code::CodeObject;
use crate::marshal;
use std::hash::Hasher;

/// Bump whenever the opcode table or the marshal format changes.
pub const FORMAT_NUMBER: u16 = 12;
/// `opcodes::table_fingerprint()` at the time FORMAT_NUMBER was last bumped.
pub const TABLE_FINGERPRINT: u64 = 17410893643981078733;
/// `tests::file_format_fingerprint()` at the time FORMAT_NUMBER was last bumped.
pub const FILE_FINGERPRINT: u64 = 5402720351148814443;
pub const MAGIC: [u8; 4] = [
    FORMAT_NUMBER.to_le_bytes()[0],
    FORMAT_NUMBER.to_le_bytes()[1],
    b'\r',
    b'\n',
];
pub const CACHE_TAG: &str = "taipan-312";
pub const HEADER_LEN: usize = 16;

pub const FLAG_HASH_BASED: u32 = 1;
pub const FLAG_CHECK_SOURCE: u32 = 2;
/// Written by the importer instead of a timestamp header when the source was modified
/// within `RACY_SECONDS` of the write (a checked-hash file it may later turn back into a
/// timestamp one). Not a CPython flag.
pub const FLAG_RACY: u32 = 4;
/// A source whose mtime is this close to (or after) the moment its cache is written could
/// be edited again within the same mtime tick, so its cache is validated by hash.
pub const RACY_SECONDS: f64 = 2.0;
pub const TRAILER_LEN: usize = 8;
const CHECKSUM_KEY: u64 = 0x7461_6970_616e_7063; // "taipanpc"

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    Timestamp {
        mtime: u32,
        size: u32,
    },
    CheckedHash([u8; 8]),
    UncheckedHash([u8; 8]),
    /// A checked-hash file written for a source modified just before the write.
    RacyHash([u8; 8]),
}

impl Validation {
    pub fn flags(self) -> u32 {
        match self {
            Validation::Timestamp { .. } => 0,
            Validation::CheckedHash(_) => FLAG_HASH_BASED | FLAG_CHECK_SOURCE,
            Validation::UncheckedHash(_) => FLAG_HASH_BASED,
            Validation::RacyHash(_) => FLAG_HASH_BASED | FLAG_CHECK_SOURCE | FLAG_RACY,
        }
    }

    fn fields(self) -> [u8; 8] {
        match self {
            Validation::Timestamp { mtime, size } => {
                let mut f = [0u8; 8];
                f[..4].copy_from_slice(&mtime.to_le_bytes());
                f[4..].copy_from_slice(&size.to_le_bytes());
                f
            }
            Validation::CheckedHash(h) | Validation::UncheckedHash(h) | Validation::RacyHash(h) => {
                h
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PycError {
    Truncated,
    BadMagic,
    BadFlags,
    Checksum,
    Body(marshal::MarshalError),
}

impl std::fmt::Display for PycError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PycError::Truncated => write!(f, "truncated"),
            PycError::BadMagic => write!(f, "bad magic number"),
            PycError::BadFlags => write!(f, "invalid flags"),
            PycError::Checksum => write!(f, "checksum mismatch"),
            PycError::Body(e) => write!(f, "corrupt: {e}"),
        }
    }
}

/// CPython's `_imp.source_hash`: SipHash-1-3 of the source, keyed by the magic number.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    let key = u64::from(u32::from_le_bytes(MAGIC));
    let mut h = siphasher::sip::SipHasher13::new_with_keys(key, 0);
    h.write(source);
    h.finish().to_le_bytes()
}

/// The trailer: a seeded XXH3-64 of the header and body. It guards against damage, not
/// forgery, and is checked on every warm import, so it is the fastest good 64-bit hash
/// (SipHash here was a twentieth of a warm start).
pub fn checksum(data: &[u8]) -> [u8; 8] {
    let seed = u64::from(u32::from_le_bytes(MAGIC)) ^ CHECKSUM_KEY;
    twox_hash::XxHash3_64::oneshot_with_seed(seed, data).to_le_bytes()
}

/// Header for `validation`, the marshalled `code`, and the trailer.
pub fn encode(code: &CodeObject, validation: Validation) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + 256);
    out.extend_from_slice(&header(validation));
    out.extend_from_slice(&marshal::dumps(code));
    seal(&mut out);
    out
}

pub fn header(validation: Validation) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..4].copy_from_slice(&MAGIC);
    h[4..8].copy_from_slice(&validation.flags().to_le_bytes());
    h[8..].copy_from_slice(&validation.fields());
    h
}

/// Appends the checksum of `data` to it.
pub fn seal(data: &mut Vec<u8>) {
    let c = checksum(data);
    data.extend_from_slice(&c);
}

/// The same file with another header (the body is not re-marshalled).
pub fn reheader(data: &[u8], validation: Validation) -> Option<Vec<u8>> {
    if data.len() < HEADER_LEN + TRAILER_LEN {
        return None;
    }
    let mut out = header(validation).to_vec();
    out.extend_from_slice(&data[HEADER_LEN..data.len() - TRAILER_LEN]);
    seal(&mut out);
    Some(out)
}

/// Parses the header only.
pub fn read_header(data: &[u8]) -> Result<Validation, PycError> {
    // The magic first, as CPython: a short file of another kind is "bad magic".
    if data.len() >= 4 && data[0..4] != MAGIC {
        return Err(PycError::BadMagic);
    }
    if data.len() < HEADER_LEN {
        return Err(PycError::Truncated);
    }
    let flags = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    let mut rest = [0u8; 8];
    rest.copy_from_slice(&data[8..16]);
    match flags {
        0 => Ok(Validation::Timestamp {
            mtime: u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]),
            size: u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]),
        }),
        1 => Ok(Validation::UncheckedHash(rest)),
        3 => Ok(Validation::CheckedHash(rest)),
        7 => Ok(Validation::RacyHash(rest)),
        _ => Err(PycError::BadFlags),
    }
}

/// Checks the trailer; the header must already have been read.
pub fn check_sum(data: &[u8]) -> Result<(), PycError> {
    if data.len() < HEADER_LEN + TRAILER_LEN {
        return Err(PycError::Truncated);
    }
    let (body, trailer) = data.split_at(data.len() - TRAILER_LEN);
    if checksum(body) != trailer {
        return Err(PycError::Checksum);
    }
    Ok(())
}

/// The body only (header and checksum verified).
pub fn decode_body(data: &[u8]) -> Result<CodeObject, PycError> {
    check_sum(data)?;
    marshal::loads(&data[HEADER_LEN..data.len() - TRAILER_LEN]).map_err(PycError::Body)
}

/// `decode_body` whose code objects still need `marshal::verify_stack` before they run
/// (see `marshal::loads_deferred`).
pub fn decode_body_deferred(data: &[u8]) -> Result<CodeObject, PycError> {
    check_sum(data)?;
    marshal::loads_deferred(&data[HEADER_LEN..data.len() - TRAILER_LEN]).map_err(PycError::Body)
}

/// Parses header, checksum and body.
pub fn decode(data: &[u8]) -> Result<(Validation, CodeObject), PycError> {
    let v = read_header(data)?;
    Ok((v, decode_body(data)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_table_change_requires_magic_bump() {
        assert_eq!(
            crate::opcodes::table_fingerprint(),
            TABLE_FINGERPRINT,
            "the opcode table changed: bump FORMAT_NUMBER and update TABLE_FINGERPRINT"
        );
    }

    /// Every constant kind, every field and every header mode, marshalled: a change to
    /// the marshal format or the file layout changes these bytes.
    fn file_format_fingerprint() -> u64 {
        use crate::code::{Const, ExceptionEntry, Location, Locations};
        use std::rc::Rc;
        let inner = CodeObject {
            name: "f".into(),
            qualname: "C.f".into(),
            filename: "m.py".into(),
            firstlineno: 3,
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 1,
            flags: 0x23,
            varnames: vec!["a".into(), "k".into(), "c".into()],
            cellvars: vec!["c".into()],
            freevars: vec!["z".into()],
            cell2arg: vec![None],
            names: vec!["print".into()],
            consts: vec![Const::None],
            code: vec![1, 2, 3],
            locations: Locations::new(
                3,
                vec![
                    Location {
                        line: 3,
                        end_line: 4,
                        col: 5,
                        end_col: 6
                    };
                    3
                ],
            ),
            exception_table: vec![ExceptionEntry {
                start: 0,
                end: 2,
                target: 2,
                depth: 1,
            }],
            stacksize: 2,
            docstring: Some("doc".into()),
        };
        let consts = vec![
            Const::None,
            Const::True,
            Const::False,
            Const::Ellipsis,
            Const::Int(-7),
            Const::BigInt(num_bigint::BigInt::from(-1i64) << 100),
            Const::Float(0.1),
            Const::Complex(1.0, -2.0),
            Const::Str("h\u{e9}".into()),
            Const::Bytes(Rc::from(&b"\x00b"[..])),
            Const::Tuple(Rc::from(vec![Const::Int(1), Const::Str("x".into())])),
            Const::FrozenSet(Rc::from(vec![Const::Int(2)])),
            Const::Code(Rc::new(inner.clone())),
        ];
        let module = CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            consts,
            docstring: None,
            cell2arg: vec![Some(0)],
            ..inner
        };
        let mut h: u64 = 0xcbf29ce484222325;
        for v in [
            Validation::Timestamp { mtime: 1, size: 2 },
            Validation::CheckedHash(*b"12345678"),
            Validation::UncheckedHash(*b"abcdefgh"),
            Validation::RacyHash(*b"ABCDEFGH"),
        ] {
            for b in encode(&module, v) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x100000001b3);
            }
        }
        h
    }

    #[test]
    fn file_format_change_requires_magic_bump() {
        assert_eq!(
            file_format_fingerprint(),
            FILE_FINGERPRINT,
            "the marshal format or .pyc layout changed: bump FORMAT_NUMBER and update FILE_FINGERPRINT"
        );
    }

    #[test]
    fn trailer_catches_any_flipped_bit() {
        let code = CodeObject {
            consts: vec![crate::code::Const::Str("hello".into())],
            code: vec![crate::opcodes::encode(
                crate::opcodes::Opcode::ReturnConst,
                0,
            )],
            locations: crate::code::Locations::new(1, vec![Default::default()]),
            ..sample_empty()
        };
        let data = encode(&code, Validation::Timestamp { mtime: 1, size: 2 });
        assert!(decode(&data).is_ok());
        for i in HEADER_LEN..data.len() {
            for bit in 0..8 {
                let mut d = data.clone();
                d[i] ^= 1 << bit;
                assert!(decode(&d).is_err(), "flip at {i}:{bit} accepted");
            }
        }
        let re = reheader(&data, Validation::RacyHash([9; 8])).expect("reheader");
        assert_eq!(
            decode(&re).map(|(v, _)| v),
            Ok(Validation::RacyHash([9; 8]))
        );
    }

    fn sample_empty() -> CodeObject {
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "m.py".into(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell2arg: vec![],
            names: vec![],
            consts: vec![],
            code: vec![],
            locations: crate::code::Locations::new(1, vec![]),
            exception_table: vec![],
            stacksize: 0,
            docstring: None,
        }
    }

    #[test]
    fn header_round_trip_and_damage() {
        let v = Validation::Timestamp { mtime: 7, size: 9 };
        let mut data = MAGIC.to_vec();
        data.extend_from_slice(&0u32.to_le_bytes());
        data.extend_from_slice(&7u32.to_le_bytes());
        data.extend_from_slice(&9u32.to_le_bytes());
        assert_eq!(read_header(&data), Ok(v));
        assert_eq!(read_header(&data[..15]), Err(PycError::Truncated));
        data[0] ^= 1;
        assert_eq!(read_header(&data), Err(PycError::BadMagic));
    }
}
