//! The backtracking matcher. It runs the compiled program over the subject's bytes with
//! an explicit backtrack stack (never recursing per character, so long subjects cannot
//! overflow the Rust stack). The stack is also an undo log: capture slots and repeat
//! counters are restored from it when the matcher backtracks, which gives CPython's
//! capture semantics. Atomic groups and lookarounds push a barrier; leaving them cuts
//! the choice points above it (keeping the undo entries).
//!
//! Subjects are bytes: a bytes object, an ASCII str (one byte per character), or UTF-8
//! text, decoded on the fly (`Utf8`). Positions are byte offsets; the glue converts them
//! to character indices.

use super::chars::{self, Fold};
use super::compile::{AtCode, Inst, Item, Program};
use super::parser::{RepKind, MAXREPEAT};

pub const NONE: usize = usize::MAX;

pub trait Text: Copy {
    fn bytes(&self) -> &[u8];
    /// The character at `pos` (< len) and its length in bytes.
    fn at(&self, pos: usize) -> (u32, usize);
    /// The character before `pos` (> 0) and its length in bytes.
    fn before(&self, pos: usize) -> (u32, usize);
    /// The start of the character before `pos` (> 0).
    fn back(&self, pos: usize) -> usize;
}

/// One byte per character: bytes subjects and ASCII strs.
#[derive(Clone, Copy)]
pub struct Narrow<'a>(pub &'a [u8]);

/// UTF-8 text (a str with non-ASCII characters).
#[derive(Clone, Copy)]
pub struct Utf8<'a>(pub &'a [u8]);

impl Text for Narrow<'_> {
    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline(always)]
    fn at(&self, pos: usize) -> (u32, usize) {
        (self.0[pos] as u32, 1)
    }
    #[inline(always)]
    fn before(&self, pos: usize) -> (u32, usize) {
        (self.0[pos - 1] as u32, 1)
    }
    #[inline(always)]
    fn back(&self, pos: usize) -> usize {
        pos - 1
    }
}

impl Text for Utf8<'_> {
    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline(always)]
    fn at(&self, pos: usize) -> (u32, usize) {
        let b = self.0;
        let b0 = b[pos] as u32;
        if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xe0 {
            (((b0 & 0x1f) << 6) | (b[pos + 1] as u32 & 0x3f), 2)
        } else if b0 < 0xf0 {
            (
                ((b0 & 0x0f) << 12)
                    | ((b[pos + 1] as u32 & 0x3f) << 6)
                    | (b[pos + 2] as u32 & 0x3f),
                3,
            )
        } else {
            (
                ((b0 & 0x07) << 18)
                    | ((b[pos + 1] as u32 & 0x3f) << 12)
                    | ((b[pos + 2] as u32 & 0x3f) << 6)
                    | (b[pos + 3] as u32 & 0x3f),
                4,
            )
        }
    }
    #[inline(always)]
    fn before(&self, pos: usize) -> (u32, usize) {
        let p = self.back(pos);
        (self.at(p).0, pos - p)
    }
    #[inline(always)]
    fn back(&self, pos: usize) -> usize {
        let mut p = pos - 1;
        while self.0[p] & 0xc0 == 0x80 {
            p -= 1;
        }
        p
    }
}

#[derive(Clone, Copy)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo: capture slot `slot` (and lastindex) were these.
    Slot {
        slot: u32,
        lastindex: u32,
        old: usize,
    },
    /// Undo: repeat counter `id` was this.
    Counter { id: u32, count: i64, last: usize },
    /// A greedy single-character repeat can give back characters down to `min_pos`;
    /// `pos` is where the current attempt ended. The continuation is `pc`.
    Greedy { pc: u32, min_pos: usize, pos: usize },
    /// A lazy single-character repeat (its instruction at `pc`) can take one more
    /// character at `pos`; it has taken `count`.
    Lazy { pc: u32, pos: usize, count: u32 },
    /// A lazy general repeat (its RepMin at `pc`) can try another iteration at `pos`.
    LazyIter { pc: u32, pos: usize },
    /// An atomic group or lookaround started at `pc` with the subject at `pos`.
    Barrier { pc: u32, prev: usize, pos: usize },
}

#[derive(Default)]
pub struct Scratch {
    stack: Vec<Bt>,
    pub slots: Vec<usize>,
    counters: Vec<(i64, usize)>,
    pub lastindex: u32,
}

impl Scratch {
    fn reset(&mut self, prog: &Program) {
        self.slots.clear();
        self.slots.resize(2 * prog.groups, NONE);
        self.counters.clear();
        self.counters.resize(prog.counters, (-1, NONE));
        self.lastindex = 0;
        self.stack.clear();
    }

    /// The span of group `g` of the last match, if it took part.
    pub fn group(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == NONE || e == NONE || e < s {
            None
        } else {
            Some((s, e))
        }
    }
}

#[derive(Clone, Copy, Default)]
pub struct Opts {
    /// fullmatch: the match must end at the end of the subject.
    pub match_all: bool,
    /// After an empty match: a match at the search start must not be empty.
    pub must_advance: bool,
}

#[inline(always)]
fn word<T: Text>(text: T, pos: usize, before: bool, unicode: bool) -> bool {
    if before {
        pos > 0 && chars::is_word(text.before(pos).0, unicode)
    } else {
        pos < text.bytes().len() && chars::is_word(text.at(pos).0, unicode)
    }
}

#[inline]
fn at_ok<T: Text>(code: AtCode, text: T, pos: usize) -> bool {
    let b = text.bytes();
    let len = b.len();
    match code {
        AtCode::Beginning => pos == 0,
        AtCode::BeginningLine => pos == 0 || b[pos - 1] == b'\n',
        AtCode::End => pos == len || (pos + 1 == len && b[pos] == b'\n'),
        AtCode::EndLine => pos == len || b[pos] == b'\n',
        AtCode::EndString => pos == len,
        AtCode::Boundary(unicode) => {
            len != 0 && word(text, pos, true, unicode) != word(text, pos, false, unicode)
        }
        AtCode::NonBoundary(unicode) => {
            len != 0 && word(text, pos, true, unicode) == word(text, pos, false, unicode)
        }
    }
}

/// Matches `item` repeatedly from `pos`, at most `max` times. Returns (end, count,
/// position after the first `min` matches — or NONE if fewer matched).
#[inline]
fn scan<T: Text>(item: &Item, text: T, pos: usize, min: u32, max: u32) -> (usize, u32, usize) {
    let b = text.bytes();
    let len = b.len();
    let mut p = pos;
    let mut count: u32 = 0;
    let mut min_pos = if min == 0 { pos } else { NONE };
    // Fast paths for "the rest of the line/subject".
    if max == MAXREPEAT && matches!(item, Item::AnyAll | Item::Any) {
        let end = match item {
            Item::Any => memchr::memchr(b'\n', &b[pos..]).map_or(len, |i| pos + i),
            _ => len,
        };
        while count < min && p < end {
            p += text.at(p).1;
            count += 1;
        }
        if count < min {
            return (p, count, NONE);
        }
        return (end, count, p);
    }
    while count < max && p < len {
        let (c, n) = text.at(p);
        if !item.matches(c) {
            break;
        }
        p += n;
        count += 1;
        if count == min {
            min_pos = p;
        }
    }
    (p, count, min_pos)
}

/// Tries the program at exactly `start`; returns the end of the match.
fn try_at<T: Text>(
    prog: &Program,
    text: T,
    start: usize,
    search_start: usize,
    opts: Opts,
    sc: &mut Scratch,
) -> Option<usize> {
    let insts = &prog.insts[..];
    let b = text.bytes();
    let len = b.len();
    let mut pc: usize = 0;
    let mut pos = start;
    let mut top_barrier = NONE;
    sc.stack.clear();
    let stack = &mut sc.stack;
    let slots = &mut sc.slots;
    let counters = &mut sc.counters;
    let lastindex = &mut sc.lastindex;

    loop {
        let ok = match &insts[pc] {
            Inst::Match => {
                if (opts.match_all && pos != len)
                    || (opts.must_advance && pos == search_start && start == search_start)
                {
                    false
                } else {
                    return Some(pos);
                }
            }
            Inst::Str(s) => {
                if b.len() - pos >= s.len() && b[pos..pos + s.len()] == **s {
                    pos += s.len();
                    pc += 1;
                    true
                } else {
                    false
                }
            }
            Inst::Item(item) => {
                if pos < len {
                    let (c, n) = text.at(pos);
                    if item.matches(c) {
                        pos += n;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                } else {
                    false
                }
            }
            Inst::At(code) => {
                if at_ok(*code, text, pos) {
                    pc += 1;
                    true
                } else {
                    false
                }
            }
            Inst::Save(slot) => {
                let s = *slot as usize;
                stack.push(Bt::Slot {
                    slot: *slot,
                    lastindex: *lastindex,
                    old: slots[s],
                });
                slots[s] = pos;
                if s & 1 == 1 {
                    *lastindex = (s / 2) as u32;
                }
                pc += 1;
                true
            }
            Inst::Split(alt) => {
                stack.push(Bt::Alt { pc: *alt, pos });
                pc += 1;
                true
            }
            Inst::Jmp(t) => {
                pc = *t as usize;
                true
            }
            Inst::RepOne {
                item,
                min,
                max,
                kind,
            } => match kind {
                RepKind::Greedy | RepKind::Possessive => {
                    let (end, _count, min_pos) = scan(item, text, pos, *min, *max);
                    if min_pos == NONE {
                        false
                    } else {
                        if *kind == RepKind::Greedy && end > min_pos {
                            stack.push(Bt::Greedy {
                                pc: pc as u32 + 1,
                                min_pos,
                                pos: end,
                            });
                        }
                        pos = end;
                        pc += 1;
                        true
                    }
                }
                RepKind::Lazy => {
                    let (end, count, _) = scan(item, text, pos, *min, *min);
                    if count < *min {
                        false
                    } else {
                        if *min < *max {
                            stack.push(Bt::Lazy {
                                pc: pc as u32,
                                pos: end,
                                count,
                            });
                        }
                        pos = end;
                        pc += 1;
                        true
                    }
                }
            },
            Inst::RepInit(id) => {
                let i = *id as usize;
                let (count, last) = counters[i];
                stack.push(Bt::Counter {
                    id: *id,
                    count,
                    last,
                });
                counters[i] = (-1, NONE);
                pc += 1;
                true
            }
            Inst::RepMax { id, min, max, exit } => {
                let i = *id as usize;
                let (count, last) = counters[i];
                let c1 = count + 1;
                if c1 < i64::from(*min) {
                    stack.push(Bt::Counter {
                        id: *id,
                        count,
                        last,
                    });
                    counters[i].0 = c1;
                    pc += 1;
                } else if (*max == MAXREPEAT || c1 < i64::from(*max)) && pos != last {
                    stack.push(Bt::Alt { pc: *exit, pos });
                    stack.push(Bt::Counter {
                        id: *id,
                        count,
                        last,
                    });
                    counters[i] = (c1, pos);
                    pc += 1;
                } else {
                    pc = *exit as usize;
                }
                true
            }
            Inst::RepMin { id, min, exit, .. } => {
                let i = *id as usize;
                let (count, last) = counters[i];
                let c1 = count + 1;
                if c1 < i64::from(*min) {
                    stack.push(Bt::Counter {
                        id: *id,
                        count,
                        last,
                    });
                    counters[i].0 = c1;
                    pc += 1;
                } else {
                    stack.push(Bt::LazyIter { pc: pc as u32, pos });
                    pc = *exit as usize;
                }
                true
            }
            Inst::AtomicStart => {
                stack.push(Bt::Barrier {
                    pc: pc as u32,
                    prev: top_barrier,
                    pos,
                });
                top_barrier = stack.len() - 1;
                pc += 1;
                true
            }
            Inst::AtomicEnd => {
                top_barrier = cut(stack, top_barrier);
                pc += 1;
                true
            }
            Inst::LookStart {
                behind,
                negate,
                width,
                end,
            } => {
                let from = if *behind {
                    let mut p = pos;
                    let mut k = 0;
                    while k < *width && p > 0 {
                        p = text.back(p);
                        k += 1;
                    }
                    if k == *width {
                        Some(p)
                    } else {
                        None
                    }
                } else {
                    Some(pos)
                };
                match from {
                    None => {
                        if *negate {
                            pc = *end as usize;
                            true
                        } else {
                            false
                        }
                    }
                    Some(f) => {
                        stack.push(Bt::Barrier {
                            pc: pc as u32,
                            prev: top_barrier,
                            pos,
                        });
                        top_barrier = stack.len() - 1;
                        pos = f;
                        pc += 1;
                        true
                    }
                }
            }
            Inst::LookEnd => {
                let Bt::Barrier {
                    pc: lpc,
                    pos: saved,
                    ..
                } = stack[top_barrier]
                else {
                    unreachable!("LookEnd without its barrier")
                };
                let negate = matches!(insts[lpc as usize], Inst::LookStart { negate: true, .. });
                if negate {
                    // The assertion fails: undo everything since it started.
                    while stack.len() > top_barrier + 1 {
                        match stack.pop() {
                            Some(Bt::Slot {
                                slot,
                                lastindex: li,
                                old,
                            }) => {
                                slots[slot as usize] = old;
                                *lastindex = li;
                            }
                            Some(Bt::Counter { id, count, last }) => {
                                counters[id as usize] = (count, last);
                            }
                            _ => {}
                        }
                    }
                    if let Some(Bt::Barrier { prev, .. }) = stack.pop() {
                        top_barrier = prev;
                    }
                    false
                } else {
                    top_barrier = cut(stack, top_barrier);
                    pos = saved;
                    pc += 1;
                    true
                }
            }
            Inst::Backref { group, fold } => {
                let g = *group as usize;
                let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                if s == NONE || e == NONE || e < s {
                    false
                } else if *fold == Fold::None {
                    let n = e - s;
                    if len - pos >= n && b[pos..pos + n] == b[s..e] {
                        pos += n;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                } else {
                    let mut p = pos;
                    let mut q = s;
                    let mut ok = true;
                    while q < e {
                        if p >= len {
                            ok = false;
                            break;
                        }
                        let (x, nx) = text.at(q);
                        let (y, ny) = text.at(p);
                        let same = if *fold == Fold::Ascii {
                            chars::ascii_lower(x) == chars::ascii_lower(y)
                        } else {
                            chars::lower(x) == chars::lower(y)
                        };
                        if !same {
                            ok = false;
                            break;
                        }
                        q += nx;
                        p += ny;
                    }
                    if ok {
                        pos = p;
                        pc += 1;
                    }
                    ok
                }
            }
            Inst::GroupExists { group, no } => {
                let g = *group as usize;
                let set = 2 * g + 1 < slots.len() && {
                    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                    s != NONE && e != NONE && e >= s
                };
                if set {
                    pc += 1;
                } else {
                    pc = *no as usize;
                }
                true
            }
        };
        if ok {
            continue;
        }
        // Backtrack.
        loop {
            let entry = stack.pop()?;
            match entry {
                Bt::Alt { pc: p, pos: q } => {
                    pc = p as usize;
                    pos = q;
                    break;
                }
                Bt::Slot {
                    slot,
                    lastindex: li,
                    old,
                } => {
                    slots[slot as usize] = old;
                    *lastindex = li;
                }
                Bt::Counter { id, count, last } => {
                    counters[id as usize] = (count, last);
                }
                Bt::Greedy {
                    pc: p,
                    min_pos,
                    pos: q,
                } => {
                    // Give back one character (or, before a literal, back to where the
                    // literal's first byte is).
                    let np = match prog.next_byte[p as usize] {
                        Some(nb) => match memchr::memrchr(nb, &b[min_pos..q]) {
                            Some(i) => min_pos + i,
                            None => continue,
                        },
                        None => text.back(q),
                    };
                    if np > min_pos {
                        stack.push(Bt::Greedy {
                            pc: p,
                            min_pos,
                            pos: np,
                        });
                    }
                    pc = p as usize;
                    pos = np;
                    break;
                }
                Bt::Lazy {
                    pc: p,
                    pos: q,
                    count,
                } => {
                    let Inst::RepOne { item, max, .. } = &insts[p as usize] else {
                        continue;
                    };
                    if q >= len {
                        continue;
                    }
                    let (c, n) = text.at(q);
                    if !item.matches(c) {
                        continue;
                    }
                    let np = q + n;
                    let nc = count + 1;
                    if nc < *max {
                        stack.push(Bt::Lazy {
                            pc: p,
                            pos: np,
                            count: nc,
                        });
                    }
                    pc = p as usize + 1;
                    pos = np;
                    break;
                }
                Bt::LazyIter { pc: p, pos: q } => {
                    let Inst::RepMin { id, max, .. } = &insts[p as usize] else {
                        continue;
                    };
                    let i = *id as usize;
                    let (count, last) = counters[i];
                    let c1 = count + 1;
                    if (*max != MAXREPEAT && c1 >= i64::from(*max)) || q == last {
                        continue;
                    }
                    stack.push(Bt::Counter {
                        id: *id,
                        count,
                        last,
                    });
                    counters[i] = (c1, q);
                    pc = p as usize + 1;
                    pos = q;
                    break;
                }
                Bt::Barrier {
                    pc: p,
                    prev,
                    pos: q,
                } => {
                    top_barrier = prev;
                    if let Inst::LookStart {
                        negate: true, end, ..
                    } = &insts[p as usize]
                    {
                        // The negative assertion's body failed: it succeeds.
                        pc = *end as usize;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }
}

/// Leaves an atomic group or positive lookaround: drops the choice points above its
/// barrier (keeping the undo entries) and the barrier. Returns the enclosing barrier.
fn cut(stack: &mut Vec<Bt>, top: usize) -> usize {
    let Bt::Barrier { prev, .. } = stack[top] else {
        unreachable!("cut without a barrier")
    };
    let mut w = top;
    for r in top + 1..stack.len() {
        if matches!(stack[r], Bt::Slot { .. } | Bt::Counter { .. }) {
            stack[w] = stack[r];
            w += 1;
        }
    }
    stack.truncate(w);
    prev
}

/// `match`/`fullmatch`: the program at `start` only. Returns the match's end.
pub fn match_at<T: Text>(
    prog: &Program,
    text: T,
    start: usize,
    opts: Opts,
    sc: &mut Scratch,
) -> Option<usize> {
    sc.reset(prog);
    if start > text.bytes().len() {
        return None;
    }
    try_at(prog, text, start, start, opts, sc)
}

/// `search`: the leftmost match at or after `start`. Returns (start, end).
pub fn search<T: Text>(
    prog: &Program,
    text: T,
    start: usize,
    opts: Opts,
    sc: &mut Scratch,
    finder: Option<&memchr::memmem::Finder<'static>>,
) -> Option<(usize, usize)> {
    sc.reset(prog);
    let b = text.bytes();
    let len = b.len();
    if start > len {
        return None;
    }
    if prog.anchored {
        return try_at(prog, text, start, start, opts, sc).map(|e| (start, e));
    }
    if let Some(f) = finder {
        let mut p = start;
        while p <= len {
            let i = f.find(&b[p..])?;
            let at = p + i;
            if prog.pure_literal && !opts.match_all {
                return Some((at, at + prog.prefix.len()));
            }
            if let Some(e) = try_at(prog, text, at, start, opts, sc) {
                return Some((at, e));
            }
            p = at + 1;
        }
        return None;
    }
    if let Some(first) = &prog.first {
        let mut p = start;
        loop {
            while p < len && first[(b[p] >> 6) as usize] & (1 << (b[p] & 63)) == 0 {
                p += 1;
            }
            if p >= len {
                return None;
            }
            if let Some(e) = try_at(prog, text, p, start, opts, sc) {
                return Some((p, e));
            }
            p += 1;
        }
    }
    let mut p = start;
    loop {
        if let Some(e) = try_at(prog, text, p, start, opts, sc) {
            return Some((p, e));
        }
        if p >= len {
            return None;
        }
        p += text.at(p).1;
    }
}
