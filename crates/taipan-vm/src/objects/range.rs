//! range: length, membership and equality without materialising the items.

use crate::value::{Payload, Value};

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    // i128: `stop - start` of two i64s (and `-i64::MIN`) cannot overflow there.
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    usize::try_from(n).unwrap_or(usize::MAX)
}

pub fn range_contains(start: i64, stop: i64, step: i64, i: i64) -> bool {
    let inside = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    inside && (i128::from(i) - i128::from(start)) % i128::from(step) == 0
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
