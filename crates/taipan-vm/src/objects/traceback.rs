//! Traceback objects: one row of an exception's `__traceback__`, a linked list from the
//! frame that caught (or printed) the exception towards the frame that raised it. As in
//! CPython, each frame the exception passes through puts a new row in front of the list
//! (`Vm::unwind`), so re-raising an exception with a traceback extends it.

use crate::objects::function::PyCode;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct PyTraceback {
    /// The frame object of the row.
    pub frame: ObjRef,
    /// The instruction that raised or passed the exception on (an index, as `dis` shows).
    pub lasti: usize,
    /// The next row towards where the exception was raised, or None.
    pub next: RefCell<Value>,
    /// The line given to `TracebackType(...)`; None: the line of `lasti`.
    pub lineno: Option<i64>,
}

impl PyTraceback {
    pub fn line(&self) -> i64 {
        self.lineno.unwrap_or_else(|| {
            code_of(&self.frame).map_or(0, |c| i64::from(c.co.line_at(self.lasti)))
        })
    }
}

/// A traceback row reduced to what printing needs.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<PyCode>,
    pub pc: usize,
    pub line: i64,
}

/// Stops walking a chain that is longer than any real one (chains cannot loop: setting
/// `tb_next` checks for loops; this is a second guard).
const MAX_ROWS: usize = 10_000_000;

pub fn tb_of(v: &Value) -> Option<&PyTraceback> {
    match v.payload() {
        Some(Payload::Traceback(t)) => Some(t),
        _ => None,
    }
}

/// The code object of a frame object.
fn code_of(frame: &ObjRef) -> Option<&Rc<PyCode>> {
    match &frame.payload {
        Payload::Frame(f) => Some(&f.code),
        _ => None,
    }
}

/// The rows of traceback `tb`, outermost first.
pub fn entries(tb: &Value) -> Vec<TbEntry> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Some(t) = tb_of(&cur) {
        if let Some(code) = code_of(&t.frame) {
            out.push(TbEntry {
                code: code.clone(),
                pc: t.lasti,
                line: t.line(),
            });
        }
        if out.len() >= MAX_ROWS {
            break;
        }
        let next = t.next.borrow().clone();
        cur = next;
    }
    out
}

/// Whether exception `exc` has a traceback row in frame object `frame`.
pub fn exception_passes(exc: &Value, frame: &ObjRef) -> bool {
    let Some(st) = crate::objects::exception::exc_state(exc) else {
        return false;
    };
    let mut cur = st.borrow().traceback.clone();
    let mut rows = 0;
    while let Some(t) = tb_of(&cur) {
        if Rc::ptr_eq(&t.frame, frame) {
            return true;
        }
        rows += 1;
        if rows >= MAX_ROWS {
            break;
        }
        let next = t.next.borrow().clone();
        cur = next;
    }
    false
}

impl Vm {
    /// A traceback row for frame object `frame` at instruction `lasti`, in front of
    /// `next`; `lineno` overrides the instruction's line.
    pub fn new_traceback(
        &self,
        frame: ObjRef,
        lasti: usize,
        next: Value,
        lineno: Option<i64>,
    ) -> Value {
        self.alloc(
            &self.types.traceback.clone(),
            Payload::Traceback(PyTraceback {
                frame,
                lasti,
                next: RefCell::new(next),
                lineno,
            }),
        )
    }

    /// Puts a row for the frame `self.frames[idx]` at instruction `pc` in front of
    /// `exc`'s traceback (CPython's `PyTraceBack_Here`).
    pub(crate) fn traceback_here(&mut self, exc: &Value, idx: usize, pc: usize) {
        let Some(st) = crate::objects::exception::exc_state(exc) else {
            return;
        };
        // A generator that has not started yet is at its `def` line (where CPython's
        // first instruction is), not at its first statement.
        let unstarted = self.frames[idx].pc == 0;
        let firstlineno = i64::from(self.frames[idx].code.co.firstlineno);
        let Value::Obj(frame) = self.frame_object(idx) else {
            return;
        };
        let next = std::mem::replace(&mut st.borrow_mut().traceback, Value::None);
        let tb = self.new_traceback(frame, pc, next, unstarted.then_some(firstlineno));
        st.borrow_mut().traceback = tb;
    }

    /// Attributes of traceback objects.
    pub(crate) fn traceback_attr(&mut self, o: &ObjRef, n: &str) -> Option<Value> {
        let Payload::Traceback(t) = &o.payload else {
            return None;
        };
        Some(match n {
            "tb_frame" => Value::Obj(t.frame.clone()),
            // A byte offset as CPython's (two per instruction), so CPython's traceback
            // module finds the instruction in code.co_positions().
            "tb_lasti" => Value::Int(2 * t.lasti as i64),
            "tb_lineno" => Value::Int(t.line()),
            "tb_next" => t.next.borrow().clone(),
            _ => return None,
        })
    }

    /// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`, as CPython allows (for
    /// tools that build tracebacks).
    pub fn traceback_new(&mut self, mut args: crate::vm::Args) -> PyResult {
        let names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
        let bound = args.bind(self, "TracebackType", &names, 4)?;
        let [Some(next), Some(frame), Some(lasti), Some(lineno)] = &bound[..] else {
            return Err(self.type_error("TracebackType() takes exactly 4 arguments"));
        };
        if !next.is_none() && tb_of(next).is_none() {
            let t = self.type_name(next);
            return Err(self.type_error(format!("expected traceback object or None, got '{t}'")));
        }
        let Some(frame_obj) = frame
            .obj()
            .filter(|o| matches!(o.payload, Payload::Frame(_)))
        else {
            let t = self.type_name(frame);
            return Err(self.type_error(format!(
                "TracebackType() argument 'tb_frame' must be frame, not {t}"
            )));
        };
        let lasti = usize::try_from(self.index_of(lasti)?).unwrap_or(0) / 2;
        let lineno = self.index_of(lineno)?;
        Ok(self.new_traceback(frame_obj.clone(), lasti, next.clone(), Some(lineno)))
    }

    /// `tb.tb_next = v`, with CPython's checks. Ok(false) for other attributes.
    pub(crate) fn traceback_setattr(&mut self, tb: &Value, n: &str, v: &Value) -> PyResult<bool> {
        let Some(t) = tb_of(tb) else {
            return Ok(false);
        };
        if n != "tb_next" {
            return Ok(false);
        }
        if !v.is_none() && tb_of(v).is_none() {
            let name = self.type_name(v);
            return Err(self.type_error(format!("expected traceback object, got '{name}'")));
        }
        // The new chain must not come back to this row.
        let mut cur = v.clone();
        while let Some(c) = tb_of(&cur) {
            if cur.is(tb) {
                return Err(self.value_error("traceback loop detected"));
            }
            let next = c.next.borrow().clone();
            cur = next;
        }
        *t.next.borrow_mut() = v.clone();
        Ok(true)
    }
}

/// `code.co_positions()`: (lineno, end_lineno, col, end_col) for each instruction, None
/// where unknown (columns are character offsets; CPython's are UTF-8 byte offsets, which
/// differ only on lines with non-ASCII text).
pub fn co_positions(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    args.check(vm, "co_positions", 1, 1)?;
    let Some(Payload::Code(code)) = args.pos[0].payload() else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor 'co_positions' for 'code' objects doesn't apply to a '{t}' object"
        )));
    };
    let code = code.clone();
    let num = |n: u32, known: bool| {
        if known {
            Value::Int(i64::from(n))
        } else {
            Value::None
        }
    };
    let mut rows = Vec::with_capacity(code.co.locations.len());
    for loc in &code.co.locations {
        let has_line = loc.line != 0;
        let has_cols = has_line && !(loc.col == 0 && loc.end_col == 0 && loc.line == loc.end_line);
        let row = vm.new_tuple(vec![
            num(loc.line, has_line),
            num(loc.end_line, has_line),
            num(loc.col, has_cols),
            num(loc.end_col, has_cols),
        ]);
        rows.push(row);
    }
    let list = vm.new_list(rows);
    vm.get_iter(&list)
}
