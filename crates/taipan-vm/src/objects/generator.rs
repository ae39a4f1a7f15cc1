//! Generators: a suspended frame plus its slice of the value stack. Resuming copies the
//! slice back onto `Vm::stack` and runs the frame until it yields or returns.

use crate::interp::frame::Frame;
use crate::value::Value;

pub struct GenState {
    pub frame: Option<Frame>,
    pub saved: Vec<Value>,
    pub running: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
}
