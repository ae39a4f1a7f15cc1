//! Builtin object types, one file each, plus the shared table and operator helpers.

pub mod coroutine;
pub mod dict;
pub mod dict_ops;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod format;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod int_ops;
pub mod iter;
pub mod iter_next;
pub mod module;
pub mod percent;
pub mod range;
pub mod repr;
pub mod sequence;
pub mod set;
pub mod set_ops;
pub mod str;
pub mod traceback;
pub mod typeobj;
pub mod unicode;
pub mod union;
