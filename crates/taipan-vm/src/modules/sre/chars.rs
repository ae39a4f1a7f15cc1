//! Character predicates for the regex engine: the `\d \w \s` categories (Unicode,
//! ASCII and locale flavours, as `_sre` defines them), case mapping as SRE does it
//! (`Py_UNICODE_TOLOWER`: the first code point of the full mapping), the extra case
//! equivalences of `re/_casefix.py`, and compiled character sets with a 256-bit map for
//! the common (Latin-1) case.

use crate::objects::unicode;

/// How literals and sets compare letters: exactly, ASCII-only folding (bytes patterns,
/// `re.ASCII`, `re.LOCALE` in the C locale) or Unicode simple folding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    None,
    Ascii,
    Unicode,
}

/// `\d \w \s` and their negations, in the flavour fixed by the pattern's flags.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

impl Category {
    pub fn matches(self, ch: u32, unicode: bool) -> bool {
        match self {
            Category::Digit => is_digit(ch, unicode),
            Category::NotDigit => !is_digit(ch, unicode),
            Category::Space => is_space(ch, unicode),
            Category::NotSpace => !is_space(ch, unicode),
            Category::Word => is_word(ch, unicode),
            Category::NotWord => !is_word(ch, unicode),
        }
    }
}

#[inline]
fn as_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

pub fn is_digit(ch: u32, unicode: bool) -> bool {
    if ch < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&ch);
    }
    unicode && as_char(ch).is_some_and(unicode::is_decimal)
}

pub fn is_space(ch: u32, unicode: bool) -> bool {
    if ch < 128 {
        return matches!(ch, 9..=13 | 32) || (unicode && (0x1c..=0x1f).contains(&ch));
    }
    unicode && as_char(ch).is_some_and(unicode::is_space)
}

#[inline]
pub fn is_word(ch: u32, unicode: bool) -> bool {
    if ch < 128 {
        let b = ch as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode
        && as_char(ch).is_some_and(|c| {
            unicode::is_alpha(c)
                || unicode::is_decimal(c)
                || unicode::is_digit(c)
                || unicode::is_numeric(c)
        })
}

/// `Py_UNICODE_TOLOWER`.
#[inline]
pub fn lower(ch: u32) -> u32 {
    if ch < 128 {
        return (ch as u8).to_ascii_lowercase() as u32;
    }
    match as_char(ch) {
        Some(c) => {
            let m = unicode_case_mapping::to_lowercase(c);
            if m[0] == 0 {
                ch
            } else {
                m[0]
            }
        }
        None => ch,
    }
}

/// `Py_UNICODE_TOUPPER`.
pub fn upper(ch: u32) -> u32 {
    if ch < 128 {
        return (ch as u8).to_ascii_uppercase() as u32;
    }
    match as_char(ch) {
        Some(c) => {
            let m = unicode_case_mapping::to_uppercase(c);
            if m[0] == 0 {
                ch
            } else {
                m[0]
            }
        }
        None => ch,
    }
}

fn title(ch: u32) -> u32 {
    match as_char(ch) {
        Some(c) => {
            let m = unicode_case_mapping::to_titlecase(c);
            if m[0] == 0 {
                ch
            } else {
                m[0]
            }
        }
        None => ch,
    }
}

#[inline]
pub fn ascii_lower(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

pub fn ascii_upper(ch: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

/// `_sre.unicode_iscased`.
pub fn unicode_iscased(ch: u32) -> bool {
    ch != lower(ch) || ch != upper(ch)
}

pub fn ascii_iscased(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphabetic()
}

/// re/_casefix.py's `_EXTRA_CASES`: lowercase characters that share an uppercase with
/// other lowercase characters.
static EXTRA_CASES: &[(u32, &[u32])] = &[
    (0x0069, &[0x0131]),
    (0x0073, &[0x017f]),
    (0x00b5, &[0x03bc]),
    (0x0131, &[0x0069]),
    (0x017f, &[0x0073]),
    (0x0345, &[0x03b9, 0x1fbe]),
    (0x0390, &[0x1fd3]),
    (0x03b0, &[0x1fe3]),
    (0x03b2, &[0x03d0]),
    (0x03b5, &[0x03f5]),
    (0x03b8, &[0x03d1]),
    (0x03b9, &[0x0345, 0x1fbe]),
    (0x03ba, &[0x03f0]),
    (0x03bc, &[0x00b5]),
    (0x03c0, &[0x03d6]),
    (0x03c1, &[0x03f1]),
    (0x03c2, &[0x03c3]),
    (0x03c3, &[0x03c2]),
    (0x03c6, &[0x03d5]),
    (0x03d0, &[0x03b2]),
    (0x03d1, &[0x03b8]),
    (0x03d5, &[0x03c6]),
    (0x03d6, &[0x03c0]),
    (0x03f0, &[0x03ba]),
    (0x03f1, &[0x03c1]),
    (0x03f5, &[0x03b5]),
    (0x0432, &[0x1c80]),
    (0x0434, &[0x1c81]),
    (0x043e, &[0x1c82]),
    (0x0441, &[0x1c83]),
    (0x0442, &[0x1c84, 0x1c85]),
    (0x044a, &[0x1c86]),
    (0x0463, &[0x1c87]),
    (0x1c80, &[0x0432]),
    (0x1c81, &[0x0434]),
    (0x1c82, &[0x043e]),
    (0x1c83, &[0x0441]),
    (0x1c84, &[0x0442, 0x1c85]),
    (0x1c85, &[0x0442, 0x1c84]),
    (0x1c86, &[0x044a]),
    (0x1c87, &[0x0463]),
    (0x1c88, &[0xa64b]),
    (0x1e61, &[0x1e9b]),
    (0x1e9b, &[0x1e61]),
    (0x1fbe, &[0x0345, 0x03b9]),
    (0x1fd3, &[0x0390]),
    (0x1fe3, &[0x03b0]),
    (0xa64b, &[0x1c88]),
    (0xfb05, &[0xfb06]),
    (0xfb06, &[0xfb05]),
];

pub fn extra_cases(lo: u32) -> &'static [u32] {
    match EXTRA_CASES.binary_search_by_key(&lo, |e| e.0) {
        Ok(i) => EXTRA_CASES[i].1,
        Err(_) => &[],
    }
}

/// Characters whose lowercase is `y` but which are neither `upper(y)` nor `title(y)`
/// (KELVIN SIGN → k, ANGSTROM SIGN → å, ...).
static EXTRA_PREIMAGES: &[(u32, u32)] = &[
    (0x69, 0x130),
    (0xdf, 0x1e9e),
    (0x3b8, 0x3f4),
    (0x3c9, 0x2126),
    (0x6b, 0x212a),
    (0xe5, 0x212b),
];

/// Calls `f` with every character whose lowercase is `y` (y itself included when it
/// is its own lowercase), stopping early when `f` returns true.
fn any_preimage(y: u32, f: &mut impl FnMut(u32) -> bool) -> bool {
    if lower(y) == y && f(y) {
        return true;
    }
    let u = upper(y);
    if u != y && lower(u) == y && f(u) {
        return true;
    }
    let t = title(y);
    if t != y && t != u && lower(t) == y && f(t) {
        return true;
    }
    for &(lo, z) in EXTRA_PREIMAGES {
        if lo == y && f(z) {
            return true;
        }
    }
    false
}

/// One member of a character set as the parser produces it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Category(Category),
}

/// A compiled `[...]` (or a folded literal): membership for code points below 256 is a
/// bitmap lookup; above, the items are tested. Case folding is SRE's `IN_UNI_IGNORE`:
/// the subject character is lowercased, then compared with the lowercase forms of the
/// set's characters (and their `_casefix` equivalents), while `\d \w \s` test the
/// lowercased character itself. A set with no cased character is not folded at all.
#[derive(Debug)]
pub struct CharSet {
    pub negate: bool,
    items: Vec<SetItem>,
    fold: Fold,
    unicode: bool,
    map: [u64; 4],
}

/// Whether some character of the set is cased (CPython's `hascased`, which decides
/// between a folding and a plain set test). Beyond the BMP CPython assumes it is.
fn has_cased(items: &[SetItem], fold: Fold) -> bool {
    let iscased = |c: u32| match fold {
        Fold::Unicode => unicode_iscased(c),
        _ => ascii_iscased(c),
    };
    items.iter().any(|it| match *it {
        SetItem::Lit(c) => c > 0xffff || iscased(c),
        SetItem::Range(lo, hi) => hi > 0xffff || (lo..=hi).any(iscased),
        SetItem::Category(_) => false,
    })
}

impl CharSet {
    pub fn new(items: Vec<SetItem>, negate: bool, fold: Fold, unicode: bool) -> CharSet {
        let fold = if fold == Fold::Unicode && !has_cased(&items, fold) {
            Fold::None
        } else {
            fold
        };
        let mut cs = CharSet {
            negate,
            items,
            fold,
            unicode,
            map: [0; 4],
        };
        for ch in 0..256u32 {
            if cs.slow_contains(ch) {
                cs.map[(ch >> 6) as usize] |= 1 << (ch & 63);
            }
        }
        cs
    }

    /// The raw membership of the set's items, without folding or negation.
    fn raw(&self, ch: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(c) => c == ch,
            SetItem::Range(lo, hi) => lo <= ch && ch <= hi,
            SetItem::Category(cat) => cat.matches(ch, self.unicode),
        })
    }

    /// Membership through the literal and range items only.
    fn raw_chars(&self, ch: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(c) => c == ch,
            SetItem::Range(lo, hi) => lo <= ch && ch <= hi,
            SetItem::Category(_) => false,
        })
    }

    fn slow_contains(&self, ch: u32) -> bool {
        let hit = match self.fold {
            Fold::None => self.raw(ch),
            Fold::Ascii => {
                let lo = ascii_lower(ch);
                self.raw(ch) || self.raw(lo) || self.raw(ascii_upper(lo))
            }
            Fold::Unicode => {
                let x = lower(ch);
                let cat = self.items.iter().any(|it| match *it {
                    SetItem::Category(cat) => cat.matches(x, self.unicode),
                    _ => false,
                });
                cat || self.raw_chars(ch) || {
                    let mut test = |z: u32| self.raw_chars(z);
                    any_preimage(x, &mut test)
                        || extra_cases(x).iter().any(|&y| any_preimage(y, &mut test))
                }
            }
        };
        hit != self.negate
    }

    #[inline]
    pub fn contains(&self, ch: u32) -> bool {
        if ch < 256 {
            self.map[(ch >> 6) as usize] & (1 << (ch & 63)) != 0
        } else {
            self.slow_contains(ch)
        }
    }

    /// Can the set match some character at or above 128?
    pub fn has_non_ascii(&self) -> bool {
        if self.negate {
            return true;
        }
        if self.map[2] != 0 || self.map[3] != 0 {
            return true;
        }
        self.items.iter().any(|it| match *it {
            SetItem::Lit(c) => {
                c >= 128
                    || (self.fold == Fold::Unicode && {
                        let l = lower(c);
                        l == b'k' as u32 || l == b's' as u32 || l == b'i' as u32
                    })
            }
            SetItem::Range(_, hi) => hi >= 128 || self.fold == Fold::Unicode,
            SetItem::Category(_) => true,
        })
    }

    /// The bitmap for code points below 128.
    pub fn ascii_bits(&self) -> [u64; 2] {
        [self.map[0], self.map[1]]
    }

    pub fn latin1_bits(&self) -> [u64; 4] {
        self.map
    }
}
