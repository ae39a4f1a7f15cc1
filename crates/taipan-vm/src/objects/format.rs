//! The `format()` mini-language for int, float and str, plus float repr and `round(x, n)`.
//! A port of CPython 3.12's Python/formatter_unicode.c and the float-to-string half of
//! Python/pystrtod.c, so results and ValueError messages match CPython's. Rust's correctly
//! rounded float formatting supplies the digits in place of David Gay's dtoa.
//! Self-contained: depends only on std, num-bigint, num-traits and num-integer.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

// CPython raises MemoryError here; with only a String to return we say so in words, and
// failing is better than letting a huge width abort the process.
const MSG_NO_MEMORY: &str = "MemoryError: not enough memory to format the value";

/// Which exception a formatting error message stands for: most are ValueError, but
/// CPython raises OverflowError for values out of a C type's or float's range and
/// MemoryError for results too big to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Value,
    Overflow,
    Memory,
}

pub fn error_kind(msg: &str) -> ErrorKind {
    if msg == MSG_NO_MEMORY {
        ErrorKind::Memory
    } else if msg == "int too large to convert to float"
        || msg == "%c arg not in range(0x110000)"
        || msg == "Python int too large to convert to C long"
    {
        ErrorKind::Overflow
    } else {
        ErrorKind::Value
    }
}

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parse; Err carries CPython's ValueError message (e.g. "Invalid format specifier '...' for
/// object of type 'int'" is produced by the format_* functions below when they get the type
/// name; parse itself returns e.g. "Invalid format specifier").
///
/// A leading '0' (without an explicit fill) sets `zero` and makes `fill` '0'; the '='
/// alignment it implies for numbers is applied by the format_* functions, since it depends
/// on the type. The 'z' flag is accepted but not recorded (format_float honours it).
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    match parse_internal(spec, '\0') {
        Ok(p) => Ok(p.spec),
        Err(ParseError::Invalid) => Err("Invalid format specifier".to_string()),
        Err(ParseError::Msg(m)) => Err(m),
    }
}

/// CPython's float repr: shortest round-trip digits; exponent form when exp < -4 or exp >= 16
/// ('1e+16', '1e-05', '1.5e-07'), else positional with '.0' for integral values; 'inf',
/// '-inf', 'nan', '-0.0'.
/// The 'r' format without a forced ".0" (a complex number's parts: `(1+2j)`).
pub fn float_repr_no_dot(f: f64) -> String {
    format_float_short(f, 'r', 0, false, false, false, false).unwrap_or_default()
}

pub fn float_repr(f: f64) -> String {
    // Can only fail on allocation failure of a ~30 byte string.
    format_float_short(f, 'r', 0, true, false, false, false).unwrap_or_default()
}

/// format(i, spec) for ints: types b c d o x X n e E f F g G % and None; '#' prefixes
/// 0b/0o/0x; ',' and '_' grouping (with '_' for b/o/x every 4 digits); sign; fill/align incl.
/// '='; zero padding. Errors: CPython's ValueError messages, e.g. "Unknown format code 's'
/// for object of type 'int'", "Precision not allowed in integer format specifier", "Sign not
/// allowed with integer format specifier 'c'". CPython's OverflowErrors ("int too large to
/// convert to float", "%c arg not in range(0x110000)", "Python int too large to convert to C
/// long") come back as Err with CPython's message too.
pub fn format_int(i: &BigInt, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return crate::objects::int::to_decimal(i);
    }
    let p = parse_internal(spec, 'd').map_err(|e| e.into_message(spec, "int"))?;
    match p.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(i, &p),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            // to_f64 rounds correctly (like PyLong_AsDouble) but saturates to inf.
            let f = i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| "int too large to convert to float".to_string())?;
            format_float_internal(f, &p)
        }
        t => Err(unknown_presentation_type(t, "int")),
    }
}

/// format(f, spec) for floats: types e E f F g G n % and None (None = like 'g' but with at
/// least one digit after the point when it'd be integral, i.e. str(f) when no precision is
/// given); precision defaults to 6 for e/f/g/%; '#', ',' '_' grouping of the integer part,
/// sign incl. ' ', 'z', fill/align/'=', zero padding, inf/nan (upper case for E/F/G).
pub fn format_float(f: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(f));
    }
    let p = parse_internal(spec, '\0').map_err(|e| e.into_message(spec, "float"))?;
    match p.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(f, &p),
        t => Err(unknown_presentation_type(t, "float")),
    }
}

/// format(s, spec) for str: fill/align (default left), width, precision truncates (by chars);
/// type None or 's'; errors as CPython ("Unknown format code 'd' for object of type 'str'",
/// "Sign not allowed in string format specifier", ...).
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let p = parse_internal(spec, 's').map_err(|e| e.into_message(spec, "str"))?;
    if p.ty != 's' {
        return Err(unknown_presentation_type(p.ty, "str"));
    }
    let fs = &p.spec;
    match fs.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if p.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if fs.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    let align = resolve_align(fs, '<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let mut text = s;
    let mut len = s.chars().count();
    if let Some(prec) = fs.precision {
        if prec < len {
            // Truncate by code points, as Python's len() counts them.
            let cut = s.char_indices().nth(prec).map_or(s.len(), |(i, _)| i);
            text = s.get(..cut).unwrap_or(s);
            len = prec;
        }
    }
    let pad = fs.width.map_or(0, |w| w.saturating_sub(len));
    let (lpad, rpad) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::new();
    let bytes = pad
        .checked_mul(fs.fill.len_utf8())
        .and_then(|b| b.checked_add(text.len()))
        .ok_or(MSG_NO_MEMORY)?;
    out.try_reserve(bytes).map_err(|_| MSG_NO_MEMORY)?;
    push_fill(&mut out, fs.fill, lpad);
    out.push_str(text);
    push_fill(&mut out, fs.fill, rpad);
    Ok(out)
}

/// Round a float to `ndigits` decimal places with correct rounding (round-half-even on the
/// exact binary value), as Python's round(x, n): e.g. round(2.675, 2) == 2.67.
/// nan/inf and ndigits > 323 return x; ndigits < -308 return 0.0 with x's sign. Where
/// CPython raises OverflowError ("rounded value too large to represent", e.g.
/// round(1.7e308, -308)) this returns an infinity, so a caller seeing an infinite result
/// from a finite x should raise that error.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    // Same cut-offs as CPython's float___round___impl (NDIGITS_MAX / NDIGITS_MIN).
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        // Rust's fixed formatting is exact and rounds half-even, and parsing is correctly
        // rounded, which is exactly CPython's dtoa-then-strtod approach.
        let s = format!("{:.*}", ndigits as usize, x);
        return s.parse::<f64>().unwrap_or(x);
    }
    round_to_power_of_ten(x, ndigits.unsigned_abs() as u32)
}

// ---------------------------------------------------------------------------------------
// Spec parsing (parse_internal_render_format_spec)
// ---------------------------------------------------------------------------------------

/// Why parsing failed; `Invalid` needs the object's type name to become CPython's message.
enum ParseError {
    Invalid,
    Msg(String),
}

impl ParseError {
    fn into_message(self, spec: &str, type_name: &str) -> String {
        match self {
            ParseError::Invalid => {
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
            }
            ParseError::Msg(m) => m,
        }
    }
}

struct Parsed {
    spec: FormatSpec,
    /// Presentation type with the caller's default applied; '\0' means "none", which is
    /// also what an explicit NUL type character means to CPython.
    ty: char,
    /// The 'z' flag, kept out of `FormatSpec` so that struct keeps its agreed shape.
    no_neg_0: bool,
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Unicode decimal digit value, like Py_UNICODE_TODECIMAL: CPython accepts any Nd digit in
/// widths and precisions (e.g. Arabic-Indic). Every Nd run is ten code points starting at a
/// zero; these are the zeros of Unicode 15.0 (Python 3.12's database).
fn decimal_value(c: char) -> Option<usize> {
    const ZEROS: [u32; 68] = [
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
        0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
        0x1E950, 0x1FBF0,
    ];
    let v = c as u32;
    if c.is_ascii() {
        return c.to_digit(10).map(|d| d as usize);
    }
    let idx = ZEROS.partition_point(|&z| z <= v);
    let zero = *ZEROS.get(idx.checked_sub(1)?)?;
    let d = v - zero;
    (d < 10).then_some(d as usize)
}

/// Reads a run of decimal digits; None when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, ParseError> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        // Same limit as CPython's Py_ssize_t accumulator.
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(ParseError::Msg(
                "Too many decimal digits in format string".into(),
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
        any = true;
    }
    Ok(any.then_some(acc))
}

/// Presentation type as it appears in an error message: itself if printable ASCII, else
/// '\x..' (CPython's "%c" / "\\x%x" split).
fn type_char_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

fn unknown_presentation_type(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(c),
        type_name
    )
}

fn parse_internal(spec: &str, default_type: char) -> Result<Parsed, ParseError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut fill = ' ';
    let mut align = None;
    let mut fill_specified = false;

    // A fill character is only recognised when followed by an alignment token.
    match (chars.first(), chars.get(1)) {
        (Some(&f), Some(&a)) if is_alignment_token(a) => {
            fill = f;
            align = Some(a);
            fill_specified = true;
            pos = 2;
        }
        (Some(&a), _) if is_alignment_token(a) => {
            align = Some(a);
            pos = 1;
        }
        _ => {}
    }

    let mut sign = None;
    if let Some(&c) = chars.get(pos) {
        if matches!(c, '+' | '-' | ' ') {
            sign = Some(c);
            pos += 1;
        }
    }
    let mut no_neg_0 = false;
    if chars.get(pos) == Some(&'z') {
        no_neg_0 = true;
        pos += 1;
    }
    let mut alternate = false;
    if chars.get(pos) == Some(&'#') {
        alternate = true;
        pos += 1;
    }
    // Backwards-compatible '0' flag; with an explicit fill the '0' is part of the width.
    let mut zero = false;
    if !fill_specified && chars.get(pos) == Some(&'0') {
        zero = true;
        fill = '0';
        pos += 1;
    }
    let width = get_integer(&chars, &mut pos)?;

    let both = || ParseError::Msg("Cannot specify both ',' and '_'.".into());
    let mut grouping = None;
    if chars.get(pos) == Some(&',') {
        grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if grouping.is_some() {
            return Err(both());
        }
        grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && grouping == Some('_') {
        return Err(both());
    }

    let mut precision = None;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        precision = get_integer(&chars, &mut pos)?;
        if precision.is_none() {
            return Err(ParseError::Msg("Format specifier missing precision".into()));
        }
    }

    if end.saturating_sub(pos) > 1 {
        return Err(ParseError::Invalid);
    }
    let ty = chars.get(pos).copied().unwrap_or(default_type);

    if let Some(g) = grouping {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            // PEP 515: '_' groups bin/oct/hex digits (by four, decided when formatting).
            'b' | 'o' | 'x' | 'X' if g == '_' => {}
            t => {
                return Err(ParseError::Msg(format!(
                    "Cannot specify '{}' with '{}'.",
                    g,
                    type_char_repr(t)
                )))
            }
        }
    }

    Ok(Parsed {
        spec: FormatSpec {
            fill,
            align,
            sign,
            alternate,
            zero,
            width,
            grouping,
            precision,
            ty: (ty != '\0').then_some(ty),
        },
        ty,
        no_neg_0,
    })
}

/// The '0' flag implies '=' alignment, but only for types whose default alignment is right.
fn resolve_align(fs: &FormatSpec, default: char) -> char {
    match fs.align {
        Some(a) => a,
        None if fs.zero && default == '>' => '=',
        None => default,
    }
}

// ---------------------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number + _PyUnicode_InsertThousandsGrouping)
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Grouping {
    /// Digits per group; 0 means no grouping.
    size: usize,
    sep: char,
}

const NO_GROUPING: Grouping = Grouping { size: 0, sep: ',' };

fn grouping_for(fs: &FormatSpec, base: u32) -> Grouping {
    match fs.grouping {
        Some(',') => Grouping { size: 3, sep: ',' },
        Some(sep) => Grouping {
            size: if base == 10 { 3 } else { 4 },
            sep,
        },
        None => NO_GROUPING,
    }
}

/// A number split into the pieces CPython lays out:
/// <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

fn fill_number(
    np: &NumberParts,
    fs: &FormatSpec,
    align: char,
    grouping: Grouping,
) -> Result<String, String> {
    let sign = match fs.sign {
        Some('+') => Some(if np.negative { '-' } else { '+' }),
        Some(' ') => Some(if np.negative { '-' } else { ' ' }),
        _ => np.negative.then_some('-'),
    };
    let non_digit = (usize::from(sign.is_some())
        + np.prefix.chars().count()
        + usize::from(np.has_decimal)
        + np.remainder.chars().count()) as i128;
    let width = fs.width.map_or(-1, |w| w as i128);
    // Zero padding goes inside the digits so separators get inserted into it too.
    let min_width = if fs.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    // No digits only happens for 'c' and inf/nan, which must not get grouping zeros.
    let grouped = if np.digits.is_empty() {
        String::new()
    } else {
        group_digits(np.digits, min_width, grouping)?
    };
    let n_padding = width - (non_digit + grouped.len() as i128);
    let n = usize::try_from(n_padding).unwrap_or(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    let bytes = n
        .checked_mul(fs.fill.len_utf8())
        .and_then(|b| b.checked_add(1 + np.prefix.len() + grouped.len() + 1 + np.remainder.len()))
        .ok_or(MSG_NO_MEMORY)?;
    let mut out = String::new();
    out.try_reserve(bytes).map_err(|_| MSG_NO_MEMORY)?;
    push_fill(&mut out, fs.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(np.prefix);
    push_fill(&mut out, fs.fill, spad);
    out.push_str(&grouped);
    if np.has_decimal {
        out.push('.');
    }
    out.push_str(np.remainder);
    push_fill(&mut out, fs.fill, rpad);
    Ok(out)
}

/// _PyUnicode_InsertThousandsGrouping: groups ASCII `digits` from the right, left-padding
/// with '0's (separated too) until at least `min_width` characters. Never starts with a
/// separator, so the result may exceed `min_width` by one (format(1234, '08,') is
/// '0,001,234').
fn group_digits(digits: &str, min_width: i128, g: Grouping) -> Result<String, String> {
    let bytes = digits.as_bytes();
    let sep_len: i128 = if g.size == 0 { 0 } else { 1 };
    let mut min_width = min_width.max(0);
    let mut remaining = bytes.len() as i128;
    let mut end = bytes.len();

    let estimate = usize::try_from(min_width)
        .ok()
        .and_then(|m| m.checked_add(bytes.len() * 2 + 2))
        .ok_or(MSG_NO_MEMORY)?;
    // Built right to left, then reversed.
    let mut rev: Vec<u8> = Vec::new();
    rev.try_reserve(estimate).map_err(|_| MSG_NO_MEMORY)?;
    let mut sep_buf = [0u8; 4];
    let sep = g.sep.encode_utf8(&mut sep_buf).as_bytes();

    let mut emit = |len: i128, remaining: &mut i128, use_sep: bool| {
        let n_zeros = (len - *remaining).max(0) as usize;
        let n_chars = (*remaining).min(len).max(0) as usize;
        if use_sep {
            rev.extend(sep.iter().rev());
        }
        let start = end.saturating_sub(n_chars);
        if let Some(chunk) = bytes.get(start..end) {
            rev.extend(chunk.iter().rev());
        }
        end = start;
        rev.extend(std::iter::repeat_n(b'0', n_zeros));
        *remaining -= n_chars as i128;
    };

    let mut use_sep = false;
    let mut loop_broken = false;
    if g.size > 0 {
        let group = g.size as i128;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            emit(len, &mut remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        emit(len, &mut remaining, use_sep);
    }
    rev.reverse();
    // Only ASCII digits and the separator char went in, so this cannot fail.
    String::from_utf8(rev).map_err(|_| MSG_NO_MEMORY.to_string())
}

// ---------------------------------------------------------------------------------------
// int formatting (format_long_internal)
// ---------------------------------------------------------------------------------------

fn format_long_internal(v: &BigInt, p: &Parsed) -> Result<String, String> {
    let fs = &p.spec;
    if fs.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if p.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let align = resolve_align(fs, '>');

    if p.ty == 'c' {
        if fs.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if fs.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let x = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".into());
        }
        // Python can build a lone surrogate; a Rust String cannot hold one.
        let ch = char::from_u32(x as u32).ok_or_else(|| {
            "format code 'c' cannot produce a lone surrogate (U+D800..U+DFFF)".to_string()
        })?;
        let rem = ch.to_string();
        // Like CPython, the character is a "remainder": copied, never grouped or zero-filled.
        let np = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return fill_number(&np, fs, align, NO_GROUPING);
    }

    let (base, prefix) = match p.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        crate::objects::int::decimal_magnitude(v)?
    } else {
        v.magnitude().to_str_radix(base)
    };
    if p.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let np = NumberParts {
        negative: v.is_negative(),
        prefix: if fs.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    // 'n' uses the C locale (no grouping); CPython also never sets LC_NUMERIC by itself.
    let grouping = if p.ty == 'n' {
        NO_GROUPING
    } else {
        grouping_for(fs, base)
    };
    fill_number(&np, fs, align, grouping)
}

// ---------------------------------------------------------------------------------------
// float formatting (format_float_internal + PyOS_double_to_string + format_float_short)
// ---------------------------------------------------------------------------------------

fn format_float_internal(val: f64, p: &Parsed) -> Result<String, String> {
    let fs = &p.spec;
    if fs.precision.is_some_and(|pr| pr > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut val = val;
    let mut add_dot_0 = false;
    let mut add_pct = false;
    let mut default_precision = 6;
    let upper = matches!(p.ty, 'E' | 'F' | 'G');
    let mut code = match p.ty {
        '\0' => {
            // No type: repr() unless a precision is given, then 'g' keeping a '.0'.
            add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        'n' => 'g',
        '%' => {
            val *= 100.0;
            add_pct = true;
            'f'
        }
        t => t.to_ascii_lowercase(),
    };
    let precision = match fs.precision {
        Some(pr) => {
            if code == 'r' {
                code = 'g';
            }
            pr as i64
        }
        None => default_precision,
    };
    let mut buf = format_float_short(
        val,
        code,
        precision,
        add_dot_0,
        fs.alternate,
        p.no_neg_0,
        upper,
    )?;
    if add_pct {
        buf.push('%');
    }

    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = body.get(..n_digits).unwrap_or("");
    let rest = body.get(n_digits..).unwrap_or("");
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let np = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let grouping = if p.ty == 'n' {
        NO_GROUPING
    } else {
        grouping_for(fs, 10)
    };
    fill_number(&np, fs, resolve_align(fs, '>'), grouping)
}

/// Splits Rust's "d.ddde±x" output into dtoa form.
fn split_sci(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    normalize_digits(&format!("{ip}{fp}"), ip.len() as i64 + exp)
}

/// Strips leading and trailing zeros, giving _Py_dg_dtoa's (digits, decpt) form where the
/// value is 0.DIGITS * 10**decpt; zero is ("0", 1).
fn normalize_digits(all: &str, decpt: i64) -> (String, i64) {
    let no_lead = all.trim_start_matches('0');
    let lead = (all.len() - no_lead.len()) as i64;
    let digits = no_lead.trim_end_matches('0');
    if digits.is_empty() {
        ("0".to_string(), 1)
    } else {
        (digits.to_string(), decpt - lead)
    }
}

/// dtoa mode 0: shortest digits that round-trip.
fn digits_shortest(a: f64) -> (String, i64) {
    let shortest = format!("{a:e}");
    // When two shortest candidates are equally close (e.g. ...168.25 -> .2 or .3), Rust
    // rounds up but Gay's dtoa takes the even digit. The half-even rounding to the same
    // length is that choice whenever it round-trips.
    let n = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let nearest = format!("{:.*e}", n.saturating_sub(1), a);
    if nearest != shortest && nearest.parse::<f64>() == Ok(a) {
        return split_sci(&nearest);
    }
    split_sci(&shortest)
}

/// dtoa mode 2: `n` significant digits. An f64 has at most 767 significant decimal digits,
/// so asking Rust for more than 800 only adds zeros, which are stripped anyway.
fn digits_significant(a: f64, n: i64) -> (String, i64) {
    let n = n.clamp(1, 800) as usize;
    split_sci(&format!("{:.*e}", n - 1, a))
}

/// dtoa mode 3: `p` digits after the point. Every f64 is exact within 1074 decimals.
fn digits_fixed(a: f64, p: i64) -> (String, i64) {
    let p = p.clamp(0, 1100) as usize;
    let s = format!("{a:.p$}");
    let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
    normalize_digits(&format!("{ip}{fp}"), ip.len() as i64)
}

/// PyOS_double_to_string + format_float_short. `code` is one of 'e', 'f', 'g', 'r'.
fn format_float_short(
    d: f64,
    code: char,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
    upper: bool,
) -> Result<String, String> {
    if d.is_nan() {
        // The sign of a nan is never shown.
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    if d.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return Ok(if d < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        });
    }
    let a = d.abs();
    let (precision, (digits, decpt)) = match code {
        'e' => (precision + 1, digits_significant(a, precision + 1)),
        'f' => (precision, digits_fixed(a, precision)),
        // Precision 0 makes no sense for 'g'; CPython reads it as 1.
        'g' => {
            let pr = precision.max(1);
            (pr, digits_significant(a, pr))
        }
        _ => (0, digits_shortest(a)),
    };
    let mut negative = d.is_sign_negative();
    if no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;

    // Output is a slice vdigits[vstart..vend] of the digits padded with zeros both sides.
    let mut vend = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        // repr switches to exponent form at 1e16.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut decpt = decpt;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let size = usize::try_from(vend - vstart + 12).map_err(|_| MSG_NO_MEMORY)?;
    let mut s = String::new();
    s.try_reserve(size).map_err(|_| MSG_NO_MEMORY)?;
    let zeros = |s: &mut String, n: i64| push_fill(s, '0', usize::try_from(n).unwrap_or(0));

    if negative {
        s.push('-');
    }
    // Zero padding on the left of the digits.
    if decpt <= 0 {
        zeros(&mut s, decpt - vstart);
        s.push('.');
        zeros(&mut s, -decpt);
    } else {
        zeros(&mut s, -vstart);
    }
    // The digits, with the point inside them if it falls there.
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        s.push_str(digits.get(..split).unwrap_or(""));
        s.push('.');
        s.push_str(digits.get(split..).unwrap_or(""));
    } else {
        s.push_str(&digits);
    }
    // Zero padding on the right.
    if digits_len < decpt {
        zeros(&mut s, decpt - digits_len);
        s.push('.');
        zeros(&mut s, vend - decpt);
    } else {
        zeros(&mut s, vend - digits_len);
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": always signed, at least two digits.
        s.push_str(&format!("{exp:+03}"));
    }
    Ok(s)
}

// ---------------------------------------------------------------------------------------
// round(x, n) for n < 0
// ---------------------------------------------------------------------------------------

/// Rounds finite `x` to a multiple of 10**k (k >= 1) half-even on its exact binary value,
/// using exact integer arithmetic; the final conversion is correctly rounded.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant * 2**exp exactly.
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let pow10 = num_traits::pow(BigInt::from(10u32), k as usize);
    let (num, den) = if exp >= 0 {
        (BigInt::from(mant) << (exp as usize), pow10.clone())
    } else {
        (BigInt::from(mant), &pow10 << ((-exp) as usize))
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let magnitude = if q.is_zero() {
        0.0
    } else {
        // Saturates to inf where CPython raises OverflowError.
        (q * pow10).to_f64().unwrap_or(f64::INFINITY)
    };
    if x.is_sign_negative() {
        -magnitude
    } else {
        magnitude
    }
}
