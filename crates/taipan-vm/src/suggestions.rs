//! "Did you mean: 'x'?" for NameError and AttributeError, as CPython 3.12 offers it: the
//! closest name by a Levenshtein distance in which a case-only change costs half of any
//! other edit, among the names the failing code could have meant (the frame's locals,
//! then its globals, then the builtins; or `dir(obj)`), and only if at most about a third
//! of the characters differ. Used by the uncaught-exception printer and, through
//! `_taipan_tb`, by `lib/traceback.py`.

use crate::value::{Payload, Value};
use crate::vm::{Args, Vm};

/// More candidates than this and no suggestion is computed (it would be slow).
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Longer names (after trimming a common prefix and suffix) are never matched.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// The cost of replacing a character by itself in another case.
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.is_ascii() && b.is_ascii() && a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between `a` and `b` (UTF-8 bytes), or anything above
/// `max_cost` once it is known to exceed it.
pub fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let common_prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common_prefix..], &b[common_prefix..]);
    let common_suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - common_suffix], &b[..b.len() - common_suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // One row of the matrix, over the shorter string.
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        // `diagonal` is the cost of b[..bi] against a[..i]; `result` of b[..bi+1] against a[..i].
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &ch) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ch);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if any is close enough.
pub fn best_match<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &cand in candidates {
        if cand == name {
            continue;
        }
        // No more than a third of the characters involved may change, and it must beat
        // the best so far.
        let mut max = (name.len() + cand.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), cand.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((cand, d));
        }
    }
    best.map(|(c, _)| c)
}

fn str_items(v: &[Value]) -> Vec<String> {
    v.iter()
        .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
        .collect()
}

fn closest(name: &str, names: &[String]) -> Option<String> {
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    best_match(name, &refs).map(str::to_string)
}

fn dict_keys(v: &Value) -> Vec<String> {
    match v.payload() {
        Some(Payload::Dict(d)) => str_items(&d.borrow().keys()),
        _ => vec![],
    }
}

/// The suggestion CPython's printer adds to `exc`'s message, if any: a name for an
/// AttributeError (from `dir(exc.obj)`) or a NameError (from the frame it was raised in,
/// or `self.name` inside a method whose instance has that attribute).
pub fn suggestion(vm: &mut Vm, exc: &Value) -> Option<String> {
    let is_attr = vm.is_instance_of(exc, &vm.exc.attribute_error.clone());
    let is_name = vm.is_instance_of(exc, &vm.exc.name_error.clone());
    if !is_attr && !is_name {
        return None;
    }
    let name_key = vm.intern("name");
    let name = vm.lookup_attr(exc, &name_key).ok().flatten()?;
    let name = name.as_str()?.as_str().to_string();
    if is_attr {
        let obj_key = vm.intern("obj");
        let obj = vm.lookup_attr(exc, &obj_key).ok().flatten()?;
        let dir = vm.get_builtin("dir")?;
        let listing = vm.call(&dir, Args::new([obj])).ok()?;
        let names = match listing.payload() {
            Some(Payload::List(l)) => str_items(&l.borrow()),
            _ => return None,
        };
        return closest(&name, &names);
    }
    // The innermost frame of the traceback.
    let mut tb = crate::objects::exception::traceback_of(exc);
    loop {
        let next = crate::objects::traceback::tb_of(&tb)?.next.borrow().clone();
        if next.is_none() {
            break;
        }
        tb = next;
    }
    let frame = crate::objects::traceback::tb_of(&tb)?.frame.clone();
    let Payload::Frame(pf) = &frame.payload else {
        return None;
    };
    let varnames: Vec<String> = pf.code.co.varnames.iter().map(|s| s.to_string()).collect();
    if varnames.iter().any(|v| v == "self") {
        let locals = vm.frame_locals(&frame).ok()?;
        let this = match locals.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str("self"),
            _ => None,
        };
        if let Some(this) = this {
            let key = vm.intern(&name);
            if matches!(vm.lookup_attr(&this, &key), Ok(Some(_))) {
                return Some(format!("self.{name}"));
            }
        }
    }
    let globals = Value::Obj(pf.globals.clone());
    let builtins = Value::Obj(vm.builtins_dict.clone());
    closest(&name, &varnames)
        .or_else(|| closest(&name, &dict_keys(&globals)))
        .or_else(|| closest(&name, &dict_keys(&builtins)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance(b"print", b"print", 10), 0);
        assert_eq!(distance(b"pritn", b"print", 10), 4);
        assert_eq!(distance(b"Print", b"print", 10), 1);
        assert_eq!(distance(b"prin", b"print", 10), 2);
        assert!(distance(b"abcdef", b"uvwxyz", 3) > 3);
    }

    #[test]
    fn matches() {
        assert_eq!(best_match("pritn", &["print", "len"]), Some("print"));
        assert_eq!(best_match("xyz", &["print", "len"]), None);
        assert_eq!(best_match("x", &["x"]), None);
    }
}
