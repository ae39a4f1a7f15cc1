//! Native modules under CPython's names.

pub mod io;
pub mod sys;
