//! Work that must run at the next safe point of the interpreter loop: finalizers of
//! abandoned generators, `__del__` methods, weakref callbacks, an automatic cycle
//! collection, signal handlers. One atomic word is checked per instruction (CPython's
//! "eval breaker"); each kind of work owns one bit.

use std::sync::atomic::{AtomicU32, Ordering};

pub static PENDING: AtomicU32 = AtomicU32::new(0);

pub const GENERATORS: u32 = 1;
pub const DEL: u32 = 2;
pub const WEAKREF_CALLBACKS: u32 = 4;
pub const GC: u32 = 8;
pub const SIGNALS: u32 = 16;
/// A trace or profile function is set (modules/sys_trace.rs): stays on while it is.
pub const TRACE: u32 = 1 << 8;

#[inline]
pub fn request(bit: u32) {
    PENDING.fetch_or(bit, Ordering::Relaxed);
}

#[inline]
pub fn any() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Clears `bit`, returning whether it was set.
#[inline]
pub fn take(bit: u32) -> bool {
    PENDING.fetch_and(!bit, Ordering::Relaxed) & bit != 0
}
