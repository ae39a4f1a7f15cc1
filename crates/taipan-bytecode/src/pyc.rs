//! The `.pyc` file: a 16-byte header followed by the marshalled module code object.
//!
//! ```text
//! 0..2   format number (u16 LE)     2..4  b"\r\n"
//! 4..8   flags (u32 LE): bit 0 hash-based, bit 1 check-source
//! 8..16  timestamp mode: source mtime (u32 LE), source size (u32 LE)
//!        hash mode: SipHash-1-3 of the source bytes keyed by the magic (8 bytes)
//! ```
//! Every failure to read is a `PycError`, which the importer turns into "recompile".

use crate::code::CodeObject;
use crate::marshal;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// Bump whenever the opcode table or the marshal format changes.
pub const FORMAT_NUMBER: u16 = 5;
/// `opcodes::table_fingerprint()` at the time FORMAT_NUMBER was last bumped.
pub const TABLE_FINGERPRINT: u64 = 5876940946806647530;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    Timestamp { mtime: u32, size: u32 },
    CheckedHash([u8; 8]),
    UncheckedHash([u8; 8]),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PycError {
    Truncated,
    BadMagic,
    BadFlags,
    Body(marshal::MarshalError),
}

impl std::fmt::Display for PycError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PycError::Truncated => write!(f, "truncated"),
            PycError::BadMagic => write!(f, "bad magic number"),
            PycError::BadFlags => write!(f, "invalid flags"),
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

pub fn encode(code: &CodeObject, validation: Validation) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + 256);
    out.extend_from_slice(&MAGIC);
    match validation {
        Validation::Timestamp { mtime, size } => {
            out.extend_from_slice(&0u32.to_le_bytes());
            out.extend_from_slice(&mtime.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
        }
        Validation::CheckedHash(h) => {
            out.extend_from_slice(&(FLAG_HASH_BASED | FLAG_CHECK_SOURCE).to_le_bytes());
            out.extend_from_slice(&h);
        }
        Validation::UncheckedHash(h) => {
            out.extend_from_slice(&FLAG_HASH_BASED.to_le_bytes());
            out.extend_from_slice(&h);
        }
    }
    out.extend_from_slice(&marshal::dumps(code));
    out
}

/// Parses the header only.
pub fn read_header(data: &[u8]) -> Result<Validation, PycError> {
    if data.len() < HEADER_LEN {
        return Err(PycError::Truncated);
    }
    if data[0..4] != MAGIC {
        return Err(PycError::BadMagic);
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
        _ => Err(PycError::BadFlags),
    }
}

/// Parses header and body.
pub fn decode(data: &[u8]) -> Result<(Validation, CodeObject), PycError> {
    let v = read_header(data)?;
    let code = marshal::loads(&data[HEADER_LEN..]).map_err(PycError::Body)?;
    Ok((v, code))
}

/// `dir/__pycache__/stem.taipan-312.pyc` for `dir/stem.py`.
pub fn cache_path(source: &Path) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    let dir = source.parent().unwrap_or(Path::new(""));
    Some(
        dir.join("__pycache__")
            .join(format!("{stem}.{CACHE_TAG}.pyc")),
    )
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
