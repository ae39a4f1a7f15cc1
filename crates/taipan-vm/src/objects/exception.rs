//! BaseException and the builtin hierarchy, defined by one table. An exception instance
//! is a `Payload::Exception` object (with a `__dict__`), holding args, traceback (a
//! traceback object or None), cause and context.

use crate::objects::typeobj::{self, Layout};
use crate::value::{ObjRef, Payload, PyObject, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct PyException {
    pub args: Value,
    /// A traceback object (objects/traceback.rs) or None.
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

macro_rules! exc_table {
    ($($field:ident = $name:literal : $base:ident),* $(,)?) => {
        pub struct ExcTypes { $(pub $field: ObjRef,)* }

        /// Creates every builtin exception class; `base_exception` must come first.
        pub fn create(vm_types: &crate::vm::Types, base_exception: ObjRef) -> ExcTypes {
            let mut made: Vec<(&'static str, ObjRef)> = vec![("base_exception", base_exception.clone())];
            $(
                let t = if stringify!($field) == "base_exception" {
                    base_exception.clone()
                } else {
                    let base = made.iter().find(|(n, _)| *n == stringify!($base)).map(|(_, t)| t.clone())
                        .expect("exception table lists bases first");
                    let t = typeobj::new_type(&vm_types.type_, $name, vec![base], Layout::Exception, false);
                    let mro = typeobj::compute_mro(&t).expect("single inheritance");
                    *typeobj::ty(&t).mro.borrow_mut() = mro;
                    t
                };
                made.push((stringify!($field), t));
            )*
            let get = |n: &str| made.iter().find(|(m, _)| *m == n).map(|(_, t)| t.clone()).expect("made");
            ExcTypes { $($field: get(stringify!($field)),)* }
        }

        impl ExcTypes {
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![$(($name, self.$field.clone()),)*]
            }
        }
    };
}

exc_table! {
    base_exception = "BaseException": base_exception,
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    stop_iteration = "StopIteration": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    file_not_found_error = "FileNotFoundError": os_error,
    file_exists_error = "FileExistsError": os_error,
    permission_error = "PermissionError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    warning = "Warning": exception,
    deprecation_warning = "DeprecationWarning": warning,
    user_warning = "UserWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
}

pub fn new_instance(vm: &Vm, cls: &ObjRef, args: Vec<Value>) -> Value {
    let args = vm.new_tuple(args);
    Value::Obj(Rc::new(PyObject {
        class: cls.clone(),
        dict: Some(PyObject::new_attrs(&vm.types.dict)),
        payload: Payload::Exception(RefCell::new(PyException {
            args,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        })),
    }))
}

pub fn exc_state(v: &Value) -> Option<&RefCell<PyException>> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

pub fn args_of(v: &Value) -> Vec<Value> {
    match exc_state(v) {
        Some(e) => match e.borrow().args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![],
        },
        None => vec![],
    }
}

/// The traceback of exception `v` (None if it has none or is not an exception).
pub fn traceback_of(v: &Value) -> Value {
    exc_state(v).map_or(Value::None, |e| e.borrow().traceback.clone())
}

/// SyntaxError's `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset` and `print_file_and_line`, from its args as CPython's `SyntaxError_init`
/// reads them: `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
pub fn syntax_error_attr(e: &Value, n: &str) -> Option<Value> {
    let args = args_of(e);
    let details = match args.get(1).and_then(Value::payload) {
        Some(Payload::Tuple(d)) if args.len() == 2 => d.to_vec(),
        _ => vec![],
    };
    let field = |i: usize| details.get(i).cloned().unwrap_or(Value::None);
    Some(match n {
        "msg" => args.first().cloned().unwrap_or(Value::None),
        "filename" => field(0),
        "lineno" => field(1),
        "offset" => field(2),
        "text" => field(3),
        "end_lineno" => field(4),
        "end_offset" => field(5),
        "print_file_and_line" => Value::None,
        _ => return None,
    })
}

impl Vm {
    /// Assignment to the attributes BaseException keeps in its payload, with CPython's
    /// checks; Ok(false) for any other attribute.
    pub(crate) fn exception_setattr(&mut self, e: &Value, n: &str, v: &Value) -> PyResult<bool> {
        let Some(st) = exc_state(e) else {
            return Ok(false);
        };
        let is_exc_or_none =
            |vm: &Vm, v: &Value| v.is_none() || vm.is_instance_of(v, &vm.exc.base_exception);
        match n {
            "__traceback__" => {
                if !v.is_none() && crate::objects::traceback::tb_of(v).is_none() {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
                st.borrow_mut().traceback = v.clone();
            }
            "__cause__" => {
                if !is_exc_or_none(self, v) {
                    return Err(self
                        .type_error("exception cause must be None or derive from BaseException"));
                }
                let mut s = st.borrow_mut();
                s.cause = v.clone();
                s.suppress_context = true;
            }
            "__context__" => {
                if !is_exc_or_none(self, v) {
                    return Err(self.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                st.borrow_mut().context = v.clone();
            }
            "__suppress_context__" => {
                let Value::Bool(b) = v else {
                    return Err(self.type_error("attribute value type must be bool"));
                };
                st.borrow_mut().suppress_context = *b;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// An OSError for a failed OS call, as CPython's `PyErr_SetFromErrnoWithFilename`: the
    /// subclass chosen by errno, args `(errno, strerror[, filename])`.
    pub fn os_error_io(&mut self, e: &std::io::Error, filename: Option<&str>) -> Value {
        let Some(errno) = e.raw_os_error() else {
            return self.new_exception(&self.exc.os_error.clone(), e.to_string());
        };
        // std formats OS errors as "<strerror> (os error N)".
        let text = e.to_string();
        let strerror = text
            .strip_suffix(&format!(" (os error {errno})"))
            .unwrap_or(&text)
            .to_string();
        let cls = match errno {
            2 => self.exc.file_not_found_error.clone(),
            1 | 13 => self.exc.permission_error.clone(),
            17 => self.exc.file_exists_error.clone(),
            20 => self.exc.not_a_directory_error.clone(),
            21 => self.exc.is_a_directory_error.clone(),
            _ => self.exc.os_error.clone(),
        };
        let mut args = vec![Value::Int(i64::from(errno)), self.new_str(strerror)];
        if let Some(f) = filename {
            args.push(self.new_str(f));
        }
        self.new_exception_args(&cls, args)
    }
}
