//! range: length, membership and equality without materialising the items.

use crate::value::{Payload, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{One, ToPrimitive, Zero};

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

/// range() with exact bounds: the i64 `Payload::Range` when everything fits, else BigRange.
pub fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let small = (start.to_i64(), stop.to_i64(), step.to_i64());
    if let (Some(a), Some(b), Some(c)) = small {
        if c != i64::MIN {
            return vm.alloc(
                &vm.types.range.clone(),
                Payload::Range {
                    start: a,
                    stop: b,
                    step: c,
                },
            );
        }
    }
    vm.alloc(
        &vm.types.range.clone(),
        Payload::BigRange(Box::new(BigRange { start, stop, step })),
    )
}

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    pub fn len(&self) -> BigInt {
        let zero = BigInt::zero();
        let (lo, hi, step) = if self.step > zero {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -self.step.clone())
        };
        if lo >= hi {
            return zero;
        }
        (hi - lo - 1u32) / step + 1u32
    }

    pub fn item(&self, i: &BigInt) -> Option<BigInt> {
        let n = self.len();
        let j = if i.sign() == Sign::Minus {
            i + &n
        } else {
            i.clone()
        };
        if j.sign() == Sign::Minus || j >= n {
            return None;
        }
        Some(&self.start + j * &self.step)
    }

    pub fn contains(&self, i: &BigInt) -> bool {
        let inside = if self.step.sign() == Sign::Plus {
            &self.start <= i && i < &self.stop
        } else {
            &self.stop < i && i <= &self.start
        };
        inside && ((i - &self.start) % &self.step).is_zero()
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
}
