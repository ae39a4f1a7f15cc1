//! From the parsed tree to the matcher's program: flags are resolved here (scoped
//! inline flags, IGNORECASE/MULTILINE/DOTALL/ASCII/LOCALE), literal runs become byte
//! strings in the subject's encoding (UTF-8 for str patterns, Latin-1 bytes for bytes
//! patterns), single-character repeats become `RepOne`, and the search helpers (anchor,
//! literal prefix, possible first bytes) are computed from the program.

use super::chars::{self, CharSet, Fold, SetItem};
use super::parser::{
    self, At, Node, Parsed, ReError, RepKind, FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE,
    FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE, FLAG_UNICODE,
};

/// A test of one character.
#[derive(Debug)]
pub enum Item {
    Char(u32),
    NotChar(u32),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl Item {
    #[inline(always)]
    pub fn matches(&self, ch: u32) -> bool {
        match self {
            Item::Char(c) => ch == *c,
            Item::NotChar(c) => ch != *c,
            Item::Any => ch != 10,
            Item::AnyAll => true,
            Item::Set(s) => s.contains(ch),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtCode {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    /// Word boundaries carry whether words are Unicode: a scoped `(?a:...)`
    /// or `(?u:...)` changes it for the boundaries inside only.
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Debug)]
pub enum Inst {
    Match,
    /// A run of literal characters, encoded as the subject is.
    Str(Box<[u8]>),
    Item(Item),
    At(AtCode),
    /// Capture slot `n` (2g: group g's start, 2g+1: its end) := position.
    Save(u32),
    /// Continue at pc+1; on failure, resume at the target.
    Split(u32),
    Jmp(u32),
    /// A repeat of one character test.
    RepOne {
        item: Item,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// Start of a general repeat: its counter := -1 (then the RepMax/RepMin follows).
    RepInit(u32),
    /// Loop head of a greedy repeat: the body is at pc+1, `exit` after the loop.
    RepMax {
        id: u32,
        min: u32,
        max: u32,
        exit: u32,
    },
    RepMin {
        id: u32,
        min: u32,
        max: u32,
        exit: u32,
    },
    AtomicStart,
    AtomicEnd,
    LookStart {
        behind: bool,
        negate: bool,
        width: u32,
        end: u32,
    },
    LookEnd,
    Backref {
        group: u32,
        fold: Fold,
    },
    GroupExists {
        group: u32,
        no: u32,
    },
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub groups: usize,
    pub counters: usize,
    pub is_bytes: bool,
    /// The pattern can only match at the start of the string.
    pub anchored: bool,
    /// Every match starts with these bytes.
    pub prefix: Vec<u8>,
    /// The pattern is exactly `prefix` (no groups, nothing else).
    pub pure_literal: bool,
    /// Bytes a match can start with (None: anything, or the empty string).
    pub first: Option<[u64; 4]>,
    /// The byte the instruction at pc must see first, when it is a literal.
    pub next_byte: Vec<Option<u8>>,
}

struct Compiler {
    insts: Vec<Inst>,
    counters: u32,
    is_bytes: bool,
}

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let type_flags = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    let mut f = flags;
    if add & type_flags != 0 {
        f &= !type_flags;
    }
    (f | add) & !del
}

fn fold_of(flags: u32) -> Fold {
    if flags & FLAG_IGNORECASE == 0 {
        Fold::None
    } else if flags & FLAG_LOCALE != 0 || flags & FLAG_UNICODE == 0 {
        Fold::Ascii
    } else {
        Fold::Unicode
    }
}

fn unicode_of(flags: u32) -> bool {
    flags & FLAG_UNICODE != 0
}

pub fn encode(c: u32, is_bytes: bool, out: &mut Vec<u8>) {
    if is_bytes {
        out.push(c as u8);
    } else {
        match char::from_u32(c) {
            Some(ch) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            // A lone surrogate can't occur in Taipan's strings: never matches.
            None => out.push(0xff),
        }
    }
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    /// The character test for a one-character node, if it is one.
    fn item(&self, node: &Node, flags: u32) -> Option<Item> {
        let fold = fold_of(flags);
        let unicode = unicode_of(flags);
        Some(match node {
            Node::Lit(c) | Node::NotLit(c) => {
                let neg = matches!(node, Node::NotLit(_));
                let cased = match fold {
                    Fold::None => false,
                    Fold::Ascii => chars::ascii_iscased(*c),
                    Fold::Unicode => chars::unicode_iscased(*c),
                };
                if !cased {
                    if neg {
                        Item::NotChar(*c)
                    } else {
                        Item::Char(*c)
                    }
                } else {
                    Item::Set(Box::new(CharSet::new(
                        vec![SetItem::Lit(*c)],
                        neg,
                        fold,
                        unicode,
                    )))
                }
            }
            Node::Any => {
                if flags & FLAG_DOTALL != 0 {
                    Item::AnyAll
                } else {
                    Item::Any
                }
            }
            Node::In(items, negate) => Item::Set(Box::new(CharSet::new(
                items.clone(),
                *negate,
                fold,
                unicode,
            ))),
            _ => return None,
        })
    }

    /// A single-character body (CPython's `_simple`), with the flags it runs under.
    fn simple<'a>(&self, body: &'a [Node], flags: u32) -> Option<(&'a Node, u32)> {
        if body.len() != 1 {
            return None;
        }
        match &body[0] {
            Node::Sub {
                group: None,
                add,
                del,
                body,
            } => self.simple(body, combine_flags(flags, *add, *del)),
            n @ (Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(..)) => Some((n, flags)),
            _ => None,
        }
    }

    fn seq(&mut self, seq: &[Node], flags: u32, p: &Parsed) -> Result<(), ReError> {
        let mut i = 0;
        while i < seq.len() {
            // A run of exact literals becomes one string.
            let mut run = Vec::new();
            while i < seq.len() {
                match self.item(&seq[i], flags) {
                    Some(Item::Char(c)) if matches!(seq[i], Node::Lit(_)) => {
                        encode(c, self.is_bytes, &mut run);
                        i += 1;
                    }
                    _ => break,
                }
            }
            if !run.is_empty() {
                self.emit(Inst::Str(run.into_boxed_slice()));
                continue;
            }
            self.node(&seq[i], flags, p)?;
            i += 1;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32, p: &Parsed) -> Result<(), ReError> {
        match node {
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(..) => {
                let item = self.item(node, flags).unwrap_or(Item::AnyAll);
                match item {
                    Item::Char(c) => {
                        let mut run = Vec::new();
                        encode(c, self.is_bytes, &mut run);
                        self.emit(Inst::Str(run.into_boxed_slice()));
                    }
                    other => {
                        self.emit(Inst::Item(other));
                    }
                }
            }
            Node::At(a) => {
                let multiline = flags & FLAG_MULTILINE != 0;
                let code = match a {
                    At::Beginning if multiline => AtCode::BeginningLine,
                    At::Beginning | At::BeginningString => AtCode::Beginning,
                    At::End if multiline => AtCode::EndLine,
                    At::End => AtCode::End,
                    At::EndString => AtCode::EndString,
                    At::Boundary => AtCode::Boundary(unicode_of(flags)),
                    At::NonBoundary => AtCode::NonBoundary(unicode_of(flags)),
                };
                self.emit(Inst::At(code));
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (k, alt) in alts.iter().enumerate() {
                    if k + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0));
                        self.seq(alt, flags, p)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.seq(alt, flags, p)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Sub {
                group,
                add,
                del,
                body,
            } => {
                let f = combine_flags(flags, *add, *del);
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * *g as u32));
                    self.seq(body, f, p)?;
                    self.emit(Inst::Save(2 * *g as u32 + 1));
                } else {
                    self.seq(body, f, p)?;
                }
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, flags, p)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => {
                if flags & FLAG_TEMPLATE != 0 {
                    let op = match kind {
                        RepKind::Greedy => "MAX_REPEAT",
                        RepKind::Lazy => "MIN_REPEAT",
                        RepKind::Possessive => "POSSESSIVE_REPEAT",
                    };
                    return Err(ReError::Error {
                        msg: format!("internal: unsupported template operator {op}"),
                        pos: None,
                    });
                }
                if let Some((n, f)) = self.simple(body, flags) {
                    let item = self.item(n, f).unwrap_or(Item::AnyAll);
                    self.emit(Inst::RepOne {
                        item,
                        min: *min,
                        max: *max,
                        kind: *kind,
                    });
                    return Ok(());
                }
                if *max == 0 {
                    // Never runs, but compiled for its errors (a variable-width
                    // look-behind inside `{0}` is still an error in CPython).
                    let mark = self.insts.len();
                    self.seq(body, flags, p)?;
                    self.insts.truncate(mark);
                    return Ok(());
                }
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicStart);
                }
                let id = self.counters;
                self.counters += 1;
                self.emit(Inst::RepInit(id));
                let head = self.emit(Inst::Jmp(0));
                self.seq(body, flags, p)?;
                self.emit(Inst::Jmp(head as u32));
                let exit = self.pc();
                self.insts[head] = if *kind == RepKind::Lazy {
                    Inst::RepMin {
                        id,
                        min: *min,
                        max: *max,
                        exit,
                    }
                } else {
                    Inst::RepMax {
                        id,
                        min: *min,
                        max: *max,
                        exit,
                    }
                };
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicEnd);
                }
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let mut w = 0u32;
                if *behind {
                    let (lo, hi) = parser::width(body, &p.group_widths);
                    if lo > u64::from(u32::MAX) {
                        return Err(ReError::Error {
                            msg: "looks too much behind".into(),
                            pos: None,
                        });
                    }
                    if lo != hi {
                        return Err(ReError::Error {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    w = lo as u32;
                }
                let start = self.emit(Inst::LookStart {
                    behind: *behind,
                    negate: *negate,
                    width: w,
                    end: 0,
                });
                self.seq(body, flags, p)?;
                self.emit(Inst::LookEnd);
                let end = self.pc();
                self.insts[start] = Inst::LookStart {
                    behind: *behind,
                    negate: *negate,
                    width: w,
                    end,
                };
            }
            Node::GroupRef(g) => {
                self.emit(Inst::Backref {
                    group: *g as u32,
                    fold: fold_of(flags),
                });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group as u32,
                    no: 0,
                });
                self.seq(yes, flags, p)?;
                let target = if let Some(no) = no {
                    let j = self.emit(Inst::Jmp(0));
                    let no_pc = self.pc();
                    self.seq(no, flags, p)?;
                    let end = self.pc();
                    self.insts[j] = Inst::Jmp(end);
                    no_pc
                } else {
                    self.pc()
                };
                self.insts[test] = Inst::GroupExists {
                    group: *group as u32,
                    no: target,
                };
            }
        }
        Ok(())
    }
}

pub fn compile(p: &Parsed, is_bytes: bool) -> Result<Program, ReError> {
    let mut c = Compiler {
        insts: Vec::new(),
        counters: 0,
        is_bytes,
    };
    c.seq(&p.seq, p.flags, p)?;
    c.emit(Inst::Match);
    let insts = c.insts;
    let mut prog = Program {
        next_byte: Vec::new(),
        groups: p.groups,
        counters: c.counters as usize,
        is_bytes,
        anchored: false,
        prefix: Vec::new(),
        pure_literal: false,
        first: None,
        insts,
    };
    analyse(&mut prog);
    Ok(prog)
}

fn analyse(prog: &mut Program) {
    let insts = &prog.insts;
    // Anchor and literal prefix.
    let mut pc = 0;
    let mut saw_save = false;
    while let Inst::Save(_) = insts[pc] {
        pc += 1;
        saw_save = true;
    }
    if let Inst::At(AtCode::Beginning) = insts[pc] {
        prog.anchored = true;
    }
    if let Inst::Str(s) = &insts[pc] {
        prog.prefix = s.to_vec();
        prog.pure_literal = !saw_save && matches!(insts[pc + 1], Inst::Match);
    }
    prog.next_byte = insts
        .iter()
        .map(|i| match i {
            Inst::Str(s) => s.first().copied(),
            _ => None,
        })
        .collect();
    let mut visiting = vec![false; insts.len()];
    let mut set = [0u64; 4];
    if first_set(insts, 0, prog.is_bytes, &mut set, &mut visiting) == Walk::Consumes {
        prog.first = Some(set);
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Walk {
    /// Every path from here consumes a character first (whose first byte is in the set).
    Consumes,
    /// Some path may match without consuming, or the analysis gave up.
    Unknown,
}

fn add_item(item: &Item, is_bytes: bool, set: &mut [u64; 4]) -> Walk {
    match item {
        Item::Char(c) => {
            let mut b = Vec::new();
            encode(*c, is_bytes, &mut b);
            set[(b[0] >> 6) as usize] |= 1 << (b[0] & 63);
            Walk::Consumes
        }
        Item::Set(s) => {
            if is_bytes {
                let m = s.latin1_bits();
                for k in 0..4 {
                    set[k] |= m[k];
                }
            } else {
                let m = s.ascii_bits();
                set[0] |= m[0];
                set[1] |= m[1];
                if s.has_non_ascii() {
                    for b in 0xc2u32..=0xf4 {
                        set[(b >> 6) as usize] |= 1 << (b & 63);
                    }
                }
            }
            Walk::Consumes
        }
        Item::NotChar(_) | Item::Any | Item::AnyAll => Walk::Unknown,
    }
}

/// Adds the first bytes of every path from `pc` to `set`.
fn first_set(
    insts: &[Inst],
    mut pc: usize,
    is_bytes: bool,
    set: &mut [u64; 4],
    visiting: &mut Vec<bool>,
) -> Walk {
    loop {
        if visiting[pc] {
            // Back at a loop head without consuming: the loop may end here.
            return match &insts[pc] {
                Inst::RepMax { exit, .. } | Inst::RepMin { exit, .. } => {
                    let e = *exit as usize;
                    if visiting[e] {
                        Walk::Consumes
                    } else {
                        first_set(insts, e, is_bytes, set, visiting)
                    }
                }
                _ => Walk::Consumes,
            };
        }
        match &insts[pc] {
            Inst::Match => return Walk::Unknown,
            Inst::Str(s) => {
                set[(s[0] >> 6) as usize] |= 1 << (s[0] & 63);
                return Walk::Consumes;
            }
            Inst::Item(item) => return add_item(item, is_bytes, set),
            Inst::RepOne { item, min, .. } => {
                if add_item(item, is_bytes, set) == Walk::Unknown {
                    return Walk::Unknown;
                }
                if *min > 0 {
                    return Walk::Consumes;
                }
                pc += 1;
            }
            Inst::At(_)
            | Inst::Save(_)
            | Inst::RepInit(_)
            | Inst::AtomicStart
            | Inst::AtomicEnd
            | Inst::LookEnd => pc += 1,
            Inst::LookStart { end, .. } => pc = *end as usize,
            Inst::Jmp(t) => pc = *t as usize,
            Inst::Split(alt) => {
                visiting[pc] = true;
                let a = first_set(insts, pc + 1, is_bytes, set, visiting);
                let b = if a == Walk::Consumes {
                    first_set(insts, *alt as usize, is_bytes, set, visiting)
                } else {
                    Walk::Unknown
                };
                visiting[pc] = false;
                return if a == Walk::Consumes && b == Walk::Consumes {
                    Walk::Consumes
                } else {
                    Walk::Unknown
                };
            }
            Inst::RepMax { min, exit, .. } | Inst::RepMin { min, exit, .. } => {
                visiting[pc] = true;
                let a = first_set(insts, pc + 1, is_bytes, set, visiting);
                let b = if a == Walk::Consumes && *min == 0 {
                    first_set(insts, *exit as usize, is_bytes, set, visiting)
                } else {
                    a
                };
                visiting[pc] = false;
                return b;
            }
            Inst::Backref { .. } | Inst::GroupExists { .. } => return Walk::Unknown,
        }
    }
}
