//! range: length, membership and equality without materialising the items.

use crate::value::{Payload, Value};

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

pub fn range_contains(start: i64, stop: i64, step: i64, i: i64) -> bool {
    let inside = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    inside && (i - start) % step == 0
}

/// (len, first, step) — equal ranges have equal keys (step ignored for len <= 1).
pub fn range_items_key(v: &Value) -> (usize, i64, i64) {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => {
            let n = range_len(*start, *stop, *step);
            match n {
                0 => (0, 0, 0),
                1 => (1, *start, 0),
                _ => (n, *start, *step),
            }
        }
        _ => (0, 0, 0),
    }
}
