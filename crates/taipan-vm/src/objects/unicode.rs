//! Python's character classes and case mappings, from the Unicode data in the
//! `unicode-general-category` and `unicode-case-mapping` crates: what `str.isalpha`,
//! `isspace`, `isprintable` (and so `repr`), `title`, `capitalize` and `casefold` need.

use unicode_general_category::{get_general_category, GeneralCategory as G};

fn category(c: char) -> G {
    get_general_category(c)
}

/// str.isspace: bidirectional class WS/B/S or category Zs (plus the ASCII controls that
/// count as separators).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' | '\u{85}'
    ) || matches!(
        category(c),
        G::SpaceSeparator | G::LineSeparator | G::ParagraphSeparator
    )
}

pub fn is_alpha(c: char) -> bool {
    matches!(
        category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

pub fn is_decimal(c: char) -> bool {
    category(c) == G::DecimalNumber
}

/// Digits: decimal digits plus the superscript, subscript and circled digit forms
/// (Numeric_Type=Digit, approximated by those blocks of category No).
pub fn is_digit(c: char) -> bool {
    is_decimal(c)
        || (category(c) == G::OtherNumber
            && matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea..=0x24ff | 0x2776..=0x2793 | 0x1369..=0x1371 | 0x1f100..=0x1f10a))
}

pub fn is_numeric(c: char) -> bool {
    matches!(
        category(c),
        G::DecimalNumber | G::LetterNumber | G::OtherNumber
    )
}

pub fn is_title(c: char) -> bool {
    category(c) == G::TitlecaseLetter
}

/// Cased: upper, lower or titlecase (what str.title/istitle track).
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

/// str.isprintable for one character: not Other (C*) or Separator (Z*), except ' '.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !matches!(
        category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::SpaceSeparator
            | G::LineSeparator
            | G::ParagraphSeparator
    )
}

fn push_mapped(out: &mut String, mapped: [u32; 3], fallback: char) {
    if mapped[0] == 0 {
        out.push(fallback);
        return;
    }
    for m in mapped.into_iter().take_while(|&m| m != 0) {
        out.push(char::from_u32(m).unwrap_or(fallback));
    }
}

/// The full titlecase mapping (ǆ → ǅ, ß → Ss, ﬁ → Fi).
pub fn push_title(out: &mut String, c: char) {
    push_mapped(out, unicode_case_mapping::to_titlecase(c), c);
}

/// Case_Ignorable, closely enough for the final-sigma rule: marks, format characters,
/// modifier letters and symbols, and the word-internal punctuation.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        category(c),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    ) || matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}'
    )
}

/// Lowercase of `chars[i]` as CPython's lower_ucs4: a capital sigma that ends a word
/// (a cased letter before it, none after, case-ignorables skipped) becomes final ς.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let skip = |c: &&char| is_case_ignorable(**c);
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !skip(c))
        .is_some_and(|c| is_cased(*c));
    let after = chars[i + 1..]
        .iter()
        .find(|c| !skip(c))
        .is_some_and(|c| is_cased(*c));
    out.push(if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

/// str.title: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// str.capitalize: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(&mut out, first);
        for i in 1..chars.len() {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// str.swapcase: upper ↔ lower; titlecase and uncased characters stay.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// str.casefold: full case folding, as lowercase-of-uppercase (ß → ss, ﬁ → fi, ς → σ),
/// except Cherokee, which folds to uppercase.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c as u32, 0x13a0..=0x13ff | 0xab70..=0xabbf) {
            out.extend(c.to_uppercase());
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{1e9e}' {
            // Capital sharp s folds to "ss" (its uppercase is itself).
            out.push_str("ss");
        } else {
            for u in c.to_uppercase() {
                out.extend(u.to_lowercase());
            }
        }
    }
    out
}

/// str.istitle: cased runs start upper/titlecase and continue lowercase.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// str.isupper / str.islower: no character of the other case (or titlecase), and at
/// least one cased character.
pub fn is_all_case(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (mine, other) = if upper {
            (c.is_uppercase(), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase())
        };
        if other || is_title(c) {
            return false;
        }
        cased |= mine;
    }
    cased
}
