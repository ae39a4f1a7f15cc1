//! Frames live in `Vm::frames`; their locals and operand stacks share `Vm::stack`. A frame
//! owns `stack[base..]`: first `nlocalsplus` slots (locals, then cells and free cells),
//! then its operand stack. Python-to-Python calls push a frame and continue in the same
//! interpreter loop, so they use no Rust stack.

use crate::objects::function::PyCode;
use crate::value::ObjRef;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<PyCode>,
    pub pc: usize,
    /// Start of the locals in `Vm::stack`.
    pub base: usize,
    /// Stack length to restore when the frame is gone (drops the callable too).
    pub ret_sp: usize,
    pub globals: ObjRef,
    /// The mapping LOAD_NAME/STORE_NAME use (module globals or a class namespace).
    pub locals: Option<ObjRef>,
    /// Returning from this frame leaves the interpreter loop (a native caller waits).
    pub is_entry: bool,
    /// For `__init__` frames started by a class call: return this instead.
    pub init_self: Option<crate::value::Value>,
    /// The generator this frame belongs to, while it runs (cleared when it suspends, so a
    /// suspended generator does not own itself).
    pub gen: Option<crate::value::Value>,
    /// Set when a `for` loop resumed this generator frame in place: where the loop goes
    /// when the generator returns.
    pub for_iter_exit: Option<usize>,
    /// The frame object made for this frame, if Python code asked for one
    /// (objects/frame.rs); it learns the frame's last state when the frame goes away.
    pub pyframe: Option<crate::value::ObjRef>,
}
