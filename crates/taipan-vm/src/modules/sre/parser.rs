//! The pattern parser: CPython 3.12's `re/_parser.py` ported to Rust, with the same
//! error messages and positions. It produces a tree of `Node`s (CPython's SubPattern
//! lists); flags that depend on the whole pattern (global inline flags) are applied by
//! the compiler afterwards, as in CPython.

use super::chars::{Category, SetItem};
use crate::objects::unicode;

pub const MAXREPEAT: u32 = u32::MAX;
pub const MAXGROUPS: usize = 1_073_741_823;
/// CPython's MAXWIDTH (1 << 64): "unbounded".
pub const MAXWIDTH: u64 = u64::MAX;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// A failure to compile: `re.error` (with a position in the pattern, or none), or the
/// other exception types `re.compile` can raise.
#[derive(Debug)]
pub enum ReError {
    Error { msg: String, pos: Option<usize> },
    Overflow(String),
    Value(String),
    Index(String),
    NotImplemented(String),
}

pub type PResult<T> = Result<T, ReError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    Beginning,
    BeginningString,
    Boundary,
    NonBoundary,
    End,
    EndString,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    In(Vec<SetItem>, bool),
    At(At),
    Branch(Vec<Vec<Node>>),
    Sub {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        body: Vec<Node>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// The parser's result: the tree, the final flags, and the group table.
pub struct Parsed {
    pub seq: Vec<Node>,
    pub flags: u32,
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
    pub group_widths: Vec<Option<(u64, u64)>>,
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    group_widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.group_widths.len()
    }
    fn group_id(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.group_widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(ogid) = self.group_id(name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    py_repr(name)
                ));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }
    fn close_group(&mut self, gid: usize, p: &[Node]) {
        let w = width(p, &self.group_widths);
        self.group_widths[gid] = Some(w);
    }
    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    fn is(self, ch: char) -> bool {
        !self.esc && self.c == ch as u32
    }
    fn text(self) -> String {
        let mut s = String::new();
        if self.esc {
            s.push('\\');
        }
        s.push(ch_of(self.c));
        s
    }
}

fn ch_of(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

/// Python's repr of a str.
pub fn py_repr(s: &str) -> String {
    crate::objects::str::repr_str(s)
}

/// Python's ascii() of a str.
fn py_ascii(s: &str) -> String {
    let r = py_repr(s);
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => {
            (c == '_' || unicode::is_alpha(c))
                && cs.all(|c| {
                    c == '_'
                        || unicode::is_alpha(c)
                        || unicode::is_decimal(c)
                        || c.is_alphanumeric()
                })
        }
        None => false,
    }
}

fn is_ascii_decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_decimal_str(s: &str) -> bool {
    !s.is_empty() && s.chars().all(unicode::is_decimal)
}

struct Source<'a> {
    s: &'a [u32],
    is_text: bool,
    index: usize,
    next: Option<Tok>,
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], is_text: bool) -> PResult<Source<'a>> {
        let mut src = Source {
            s,
            is_text,
            index: 0,
            next: None,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let mut index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        let tok = if c == '\\' as u32 {
            index += 1;
            match self.s.get(index) {
                Some(&c2) => Tok { c: c2, esc: true },
                None => {
                    return Err(ReError::Error {
                        msg: "bad escape (end of pattern)".into(),
                        pos: Some(self.s.len() - 1),
                    })
                }
            }
        } else {
            Tok { c, esc: false }
        };
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    fn matches(&mut self, ch: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(ch)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, ch: char) -> bool {
        self.next.is_some_and(|t| t.is(ch))
    }

    fn next_in(&self, set: &str) -> bool {
        self.next
            .is_some_and(|t| !t.esc && char::from_u32(t.c).is_some_and(|c| set.contains(c)))
    }

    /// Up to `n` characters from `set` (single-character tokens).
    fn get_while(&mut self, n: usize, set: &str) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_in(set) {
                break;
            }
            out.push(ch_of(self.next.map(|t| t.c).unwrap_or(0)));
            self.advance()?;
        }
        Ok(out)
    }

    fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut count = 0;
        loop {
            let c = self.next;
            self.advance()?;
            let Some(c) = c else {
                if result.is_empty() {
                    return Err(self.error(format!("missing {name}"), 0));
                }
                return Err(self.error(format!("missing {term}, unterminated name"), count));
            };
            if c.is(term) {
                if result.is_empty() {
                    return Err(self.error(format!("missing {name}"), 1));
                }
                break;
            }
            result.push_str(&c.text());
            count += c.len();
        }
        Ok(result)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map(|t| t.len()).unwrap_or(0)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        let mut msg = msg.into();
        if !self.is_text {
            msg = ascii_backslashreplace(&msg);
        }
        ReError::Error {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        let n = name.chars().count();
        if !(self.is_text || name.is_ascii()) {
            return Err(self.error(
                format!("bad character in group name {}", py_ascii(name)),
                n + offset,
            ));
        }
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                n + offset,
            ));
        }
        Ok(())
    }

    fn check_lookbehind_group(&self, state: &State, gid: usize) -> PResult<()> {
        if let Some(lb) = state.lookbehind_groups {
            if !state.check_group(gid) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

fn ascii_backslashreplace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

const HEX: &str = "0123456789abcdefABCDEF";
const OCT: &str = "01234567";
const DIGITS: &str = "0123456789";

fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn is_digit_char(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_oct_char(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

/// What an escape stands for.
enum Esc {
    Lit(u32),
    Cat(Category),
    At(At),
    GroupRef(usize),
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch_of(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_escape(c: u32) -> Option<Esc> {
    Some(match ch_of(c) {
        'A' => Esc::At(At::BeginningString),
        'b' => Esc::At(At::Boundary),
        'B' => Esc::At(At::NonBoundary),
        'd' => Esc::Cat(Category::Digit),
        'D' => Esc::Cat(Category::NotDigit),
        's' => Esc::Cat(Category::Space),
        'S' => Esc::Cat(Category::NotSpace),
        'w' => Esc::Cat(Category::Word),
        'W' => Esc::Cat(Category::NotWord),
        'Z' => Esc::At(At::EndString),
        _ => return None,
    })
}

/// `\x`, `\u`, `\U`, `\N{...}`: shared by both escape contexts. Returns None when `c`
/// is none of these.
fn unicode_escape(source: &mut Source, c: u32) -> PResult<Option<u32>> {
    let (n, len) = match ch_of(c) {
        'x' => (2, 4),
        'u' if source.is_text => (4, 6),
        'U' if source.is_text => (8, 10),
        'N' if source.is_text => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.get_until('}', "character name")?;
            return match lookup_name(&name) {
                Some(ch) => Ok(Some(ch)),
                None => Err(source.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let digits = source.get_while(n, HEX)?;
    let escape = format!("\\{}{digits}", ch_of(c));
    if escape.len() != len {
        return Err(source.error(format!("incomplete escape {escape}"), escape.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if v > 0x10ffff {
        return Err(source.error(format!("bad escape {escape}"), escape.len()));
    }
    Ok(Some(v))
}

/// `unicodedata.lookup` (names are matched case-insensitively).
fn lookup_name(name: &str) -> Option<u32> {
    let upper = name.to_ascii_uppercase();
    unicode_names2::character(&upper).map(|c| c as u32)
}

fn class_escape(source: &mut Source, esc: Tok) -> PResult<Esc> {
    let c = esc.c;
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(Esc::Cat(cat)) = category_escape(c) {
        return Ok(Esc::Cat(cat));
    }
    if let Some(v) = unicode_escape(source, c)? {
        return Ok(Esc::Lit(v));
    }
    if is_oct_char(c) {
        let more = source.get_while(2, OCT)?;
        let escape = format!("\\{}{more}", ch_of(c));
        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(source.error(
                format!("octal escape value {escape} outside of range 0-0o377"),
                escape.len(),
            ));
        }
        return Ok(Esc::Lit(v));
    }
    if is_digit_char(c) || is_ascii_letter(c) {
        return Err(source.error(format!("bad escape {}", esc.text()), 2));
    }
    Ok(Esc::Lit(c))
}

fn escape(source: &mut Source, state: &State, esc: Tok) -> PResult<Esc> {
    let c = esc.c;
    if let Some(e) = category_escape(c) {
        return Ok(e);
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Esc::Lit(v));
    }
    if let Some(v) = unicode_escape(source, c)? {
        return Ok(Esc::Lit(v));
    }
    if c == '0' as u32 {
        let more = source.get_while(2, OCT)?;
        return Ok(Esc::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if is_digit_char(c) {
        let mut escape = format!("\\{}", ch_of(c));
        if source.next_in(DIGITS) {
            let d2 = source.get()?.map(|t| t.c).unwrap_or(0);
            escape.push(ch_of(d2));
            if is_oct_char(c) && is_oct_char(d2) && source.next_in(OCT) {
                let d3 = source.get()?.map(|t| t.c).unwrap_or(0);
                escape.push(ch_of(d3));
                let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(source.error(
                        format!("octal escape value {escape} outside of range 0-0o377"),
                        escape.len(),
                    ));
                }
                return Ok(Esc::Lit(v));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            source.check_lookbehind_group(state, group)?;
            return Ok(Esc::GroupRef(group));
        }
        return Err(source.error(format!("invalid group reference {group}"), escape.len() - 1));
    }
    if is_ascii_letter(c) {
        return Err(source.error(format!("bad escape {}", esc.text()), 2));
    }
    Ok(Esc::Lit(c))
}

/// CPython's `getwidth()`: (min, max) characters a sequence can match.
pub fn width(seq: &[Node], gw: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in seq {
        let (i, j) = match node {
            Node::Branch(alts) => {
                let (mut i, mut j) = (MAXWIDTH, 0u64);
                for a in alts {
                    let (l, h) = width(a, gw);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Sub { body, .. } => width(body, gw),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, gw);
                let lo2 = i.saturating_mul(u64::from(*min));
                let hi2 = if *max == MAXREPEAT && j != 0 {
                    MAXWIDTH
                } else {
                    j.saturating_mul(u64::from(*max))
                };
                (lo2, hi2)
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(..) => (1, 1),
            Node::GroupRef(g) => gw.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, gw);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, gw);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo, hi)
}

fn parse_sub(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Node>> {
    let mut sub: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this.is('|') || this.is(')') {
            break;
        }
        source.advance()?;
        if verbose && !this.esc {
            if matches!(this.c, 32 | 9 | 10 | 13 | 11 | 12) {
                continue;
            }
            if this.c == '#' as u32 {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            match escape(source, state, this)? {
                Esc::Lit(c) => sub.push(Node::Lit(c)),
                Esc::Cat(cat) => sub.push(Node::In(vec![SetItem::Category(cat)], false)),
                Esc::At(a) => sub.push(Node::At(a)),
                Esc::GroupRef(g) => sub.push(Node::GroupRef(g)),
            }
            continue;
        }
        let ch = ch_of(this.c);
        if !".\\[{()*+?^$|".contains(ch) {
            sub.push(Node::Lit(this.c));
            continue;
        }
        match ch {
            '[' => sub.push(parse_set(source)?),
            '*' | '+' | '?' | '{' => {
                let here = source.tell();
                let (min, max) = match ch {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if source.next_is('}') {
                            sub.push(Node::Lit(this.c));
                            continue;
                        }
                        let mut lo = String::new();
                        let mut hi = String::new();
                        while source.next_in(DIGITS) {
                            lo.push(ch_of(source.get()?.map(|t| t.c).unwrap_or(0)));
                        }
                        if source.matches(',')? {
                            while source.next_in(DIGITS) {
                                hi.push(ch_of(source.get()?.map(|t| t.c).unwrap_or(0)));
                            }
                        } else {
                            hi = lo.clone();
                        }
                        if !source.matches('}')? {
                            sub.push(Node::Lit(this.c));
                            source.seek(here)?;
                            continue;
                        }
                        let num = |s: &str| -> u128 {
                            s.bytes().fold(0u128, |a, b| {
                                a.saturating_mul(10).saturating_add(u128::from(b - b'0'))
                            })
                        };
                        let mut min = 0u32;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            let v = num(&lo);
                            if v >= u128::from(MAXREPEAT) {
                                return Err(ReError::Overflow(
                                    "the repetition number is too large".into(),
                                ));
                            }
                            min = v as u32;
                        }
                        if !hi.is_empty() {
                            let v = num(&hi);
                            if v >= u128::from(MAXREPEAT) {
                                return Err(ReError::Overflow(
                                    "the repetition number is too large".into(),
                                ));
                            }
                            max = v as u32;
                            if max < min {
                                return Err(source.error(
                                    "min repeat greater than max repeat",
                                    source.tell() - here,
                                ));
                            }
                        }
                        (min, max)
                    }
                };
                let offset = source.tell() - here + 1;
                let item = match sub.last() {
                    None | Some(Node::At(_)) => {
                        return Err(source.error("nothing to repeat", offset))
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(source.error("multiple repeat", offset))
                    }
                    Some(_) => sub.pop().unwrap_or(Node::Any),
                };
                let body = match item {
                    Node::Sub {
                        group: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if source.matches('?')? {
                    RepKind::Lazy
                } else if source.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                sub.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    body,
                });
            }
            '.' => sub.push(Node::Any),
            '(' => match parse_group(source, state, verbose, nested, first, &sub)? {
                Group::Node(node) => sub.push(node),
                Group::Comment => {}
                Group::GlobalFlags => verbose = state.flags & FLAG_VERBOSE != 0,
            },
            '^' => sub.push(Node::At(At::Beginning)),
            '$' => sub.push(Node::At(At::End)),
            _ => sub.push(Node::Lit(this.c)),
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Vec::with_capacity(sub.len());
    for n in sub {
        match n {
            Node::Sub {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

enum Group {
    Node(Node),
    Comment,
    GlobalFlags,
}

/// After `(`: a group, an extension, a comment or global flags.
fn parse_group(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
    sub: &[Node],
) -> PResult<Group> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if source.matches('?')? {
        let Some(char) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        if char.is('P') {
            if source.matches('<')? {
                let n = source.get_until('>', "group name")?;
                source.check_group_name(&n, 1)?;
                name = Some(n);
            } else if source.matches('=')? {
                let n = source.get_until(')', "group name")?;
                source.check_group_name(&n, 1)?;
                let nlen = n.chars().count();
                let Some(gid) = state.group_id(&n) else {
                    return Err(
                        source.error(format!("unknown group name {}", py_repr(&n)), nlen + 1)
                    );
                };
                if !state.check_group(gid) {
                    return Err(source.error("cannot refer to an open group", nlen + 1));
                }
                source.check_lookbehind_group(state, gid)?;
                return Ok(Group::Node(Node::GroupRef(gid)));
            } else {
                let Some(c) = source.get()? else {
                    return Err(source.error("unexpected end of pattern", 0));
                };
                return Err(source.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
            }
        } else if char.is(':') {
            capture = false;
        } else if char.is('#') {
            loop {
                if source.next.is_none() {
                    return Err(
                        source.error("missing ), unterminated comment", source.tell() - start)
                    );
                }
                if source.get()?.is_some_and(|t| t.is(')')) {
                    break;
                }
            }
            return Ok(Group::Comment);
        } else if char.is('=') || char.is('!') || char.is('<') {
            let mut kind = char;
            let mut behind = false;
            let mut saved_lb = None;
            if char.is('<') {
                let Some(c) = source.get()? else {
                    return Err(source.error("unexpected end of pattern", 0));
                };
                if !(c.is('=') || c.is('!')) {
                    return Err(
                        source.error(format!("unknown extension ?<{}", c.text()), c.len() + 2)
                    );
                }
                kind = c;
                behind = true;
                saved_lb = Some(state.lookbehind_groups);
                if state.lookbehind_groups.is_none() {
                    state.lookbehind_groups = Some(state.groups());
                }
            }
            let p = parse_sub(source, state, verbose, nested + 1)?;
            if let Some(saved) = saved_lb {
                if saved.is_none() {
                    state.lookbehind_groups = None;
                }
            }
            if !source.matches(')')? {
                return Err(
                    source.error("missing ), unterminated subpattern", source.tell() - start)
                );
            }
            return Ok(Group::Node(Node::Assert {
                behind,
                negate: kind.is('!'),
                body: p,
            }));
        } else if char.is('(') {
            let condname = source.get_until(')', "group name")?;
            let clen = condname.chars().count();
            let condgroup;
            if !(is_ascii_decimal(&condname)) {
                if is_decimal_str(&condname) {
                    // Non-ASCII digits: CPython warns and uses int(); keep it simple.
                    condgroup = condname
                        .chars()
                        .map(|c| c.to_digit(10).unwrap_or(0) as usize)
                        .fold(0usize, |a, d| a.saturating_mul(10).saturating_add(d));
                } else {
                    source.check_group_name(&condname, 1)?;
                    match state.group_id(&condname) {
                        Some(g) => condgroup = g,
                        None => {
                            return Err(source.error(
                                format!("unknown group name {}", py_repr(&condname)),
                                clen + 1,
                            ))
                        }
                    }
                }
            } else {
                let g: usize = condname.parse().unwrap_or(usize::MAX);
                if g == 0 {
                    return Err(source.error("bad group number", clen + 1));
                }
                if g >= MAXGROUPS {
                    return Err(source.error(format!("invalid group reference {g}"), clen + 1));
                }
                if !state.groupref_pos.iter().any(|(x, _)| *x == g) {
                    state.groupref_pos.push((g, source.tell() - clen - 1));
                }
                condgroup = g;
            }
            source.check_lookbehind_group(state, condgroup)?;
            let yes = parse(source, state, verbose, nested + 1, false)?;
            let no = if source.matches('|')? {
                let no = parse(source, state, verbose, nested + 1, false)?;
                if source.next_is('|') {
                    return Err(source.error("conditional backref with more than two branches", 0));
                }
                Some(no)
            } else {
                None
            };
            if !source.matches(')')? {
                return Err(
                    source.error("missing ), unterminated subpattern", source.tell() - start)
                );
            }
            return Ok(Group::Node(Node::GroupRefExists {
                group: condgroup,
                yes,
                no,
            }));
        } else if char.is('>') {
            capture = false;
            atomic = true;
        } else if !char.esc && (flag_of(char.c).is_some() || char.c == '-' as u32) {
            match parse_flags(source, state, char)? {
                None => {
                    if !first || !sub.is_empty() {
                        return Err(source.error(
                            "global flags not at the start of the expression",
                            source.tell() - start,
                        ));
                    }
                    return Ok(Group::GlobalFlags);
                }
                Some((a, d)) => {
                    add_flags = a;
                    del_flags = d;
                    capture = false;
                }
            }
        } else {
            return Err(source.error(
                format!("unknown extension ?{}", char.text()),
                char.len() + 1,
            ));
        }
    }
    let group = if capture {
        match state.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let n = name.as_deref().map(|n| n.chars().count()).unwrap_or(0);
                return Err(source.error(msg, n + 1));
            }
        }
    } else {
        None
    };
    let sub_verbose = (verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
    let p = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(g) = group {
        state.close_group(g, &p);
    }
    if atomic {
        return Ok(Group::Node(Node::Atomic(p)));
    }
    Ok(Group::Node(Node::Sub {
        group,
        add: add_flags,
        del: del_flags,
        body: p,
    }))
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch_of(c) {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

fn is_alpha_tok(t: Tok) -> bool {
    char::from_u32(t.c).is_some_and(unicode::is_alpha) && !t.esc
}

/// `(?aiLmsux)`, `(?aiLmsux-imsx:...)`: None for global flags (applied to the state).
fn parse_flags(source: &mut Source, state: &mut State, first: Tok) -> PResult<Option<(u32, u32)>> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut char = first;
    if !char.is('-') {
        loop {
            let flag = flag_of(char.c).unwrap_or(0);
            if source.is_text {
                if char.is('L') {
                    return Err(source.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if char.is('u') {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(c) = source.get()? else {
                return Err(source.error("missing -, : or )", 0));
            };
            char = c;
            if c.is(')') || c.is('-') || c.is(':') {
                break;
            }
            if c.esc || flag_of(c.c).is_none() {
                let msg = if is_alpha_tok(c) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, c.len()));
            }
        }
    }
    if char.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if char.is('-') {
        let Some(c) = source.get()? else {
            return Err(source.error("missing flag", 0));
        };
        char = c;
        if c.esc || flag_of(c.c).is_none() {
            let msg = if is_alpha_tok(c) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, c.len()));
        }
        loop {
            let flag = flag_of(char.c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(c) = source.get()? else {
                return Err(source.error("missing :", 0));
            };
            char = c;
            if c.is(':') {
                break;
            }
            if c.esc || flag_of(c.c).is_none() {
                let msg = if is_alpha_tok(c) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg, c.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

fn parse_set(source: &mut Source) -> PResult<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = source.matches('^')?;
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(source, this)?
        } else {
            Esc::Lit(this.c)
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that.is(']') {
                set.push(set_item(code1));
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.esc {
                class_escape(source, that)?
            } else {
                Esc::Lit(that.c)
            };
            let bad = || format!("bad character range {}-{}", this.text(), that.text());
            let (Esc::Lit(lo), Esc::Lit(hi)) = (code1, code2) else {
                return Err(source.error(bad(), this.len() + 1 + that.len()));
            };
            if hi < lo {
                return Err(source.error(bad(), this.len() + 1 + that.len()));
            }
            set.push(SetItem::Range(lo, hi));
        } else {
            set.push(set_item(code1));
        }
    }
    // _uniq
    let mut uniq: Vec<SetItem> = Vec::with_capacity(set.len());
    for it in set {
        if !uniq.contains(&it) {
            uniq.push(it);
        }
    }
    if uniq.len() == 1 {
        if let SetItem::Lit(c) = uniq[0] {
            return Ok(if negate {
                Node::NotLit(c)
            } else {
                Node::Lit(c)
            });
        }
    }
    Ok(Node::In(uniq, negate))
}

fn set_item(e: Esc) -> SetItem {
    match e {
        Esc::Lit(c) => SetItem::Lit(c),
        Esc::Cat(c) => SetItem::Category(c),
        // class_escape returns only literals and categories.
        Esc::At(_) | Esc::GroupRef(_) => SetItem::Lit(0),
    }
}

/// `fix_flags`: checks and completes the flags for a str or bytes pattern.
pub fn fix_flags(is_text: bool, mut flags: u32) -> PResult<u32> {
    if is_text {
        if flags & FLAG_LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// Parses a whole pattern (`s`: its code points; bytes as Latin-1).
pub fn parse_pattern(s: &[u32], is_text: bool, flags: u32) -> PResult<Parsed> {
    let mut source = Source::new(s, is_text)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        group_widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let seq = parse_sub(&mut source, &mut state, flags & FLAG_VERBOSE != 0, 0)?;
    state.flags = fix_flags(is_text, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ReError::Error {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
            });
        }
    }
    if state.flags & FLAG_DEBUG != 0 {
        return Err(ReError::NotImplemented(
            "Taipan does not support re.DEBUG yet".into(),
        ));
    }
    Ok(Parsed {
        seq,
        flags: state.flags,
        groups: state.groups(),
        names: state.names,
        group_widths: state.group_widths,
    })
}
