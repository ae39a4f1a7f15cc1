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
    ($($field:ident = $name:literal : $base:ident $(+ $base2:ident)?),* $(,)?) => {
        pub struct ExcTypes { $(pub $field: ObjRef,)* }

        /// Creates every builtin exception class; `base_exception` must come first.
        pub fn create(vm_types: &crate::vm::Types, base_exception: ObjRef) -> ExcTypes {
            let mut made: Vec<(&'static str, ObjRef)> = vec![("base_exception", base_exception.clone())];
            $(
                let t = if stringify!($field) == "base_exception" {
                    base_exception.clone()
                } else {
                    let find = |b: &str| made.iter().find(|(n, _)| *n == b).map(|(_, t)| t.clone())
                        .expect("exception table lists bases first");
                    #[allow(unused_mut)]
                    let mut bases = vec![find(stringify!($base))];
                    $(bases.push(find(stringify!($base2)));)?
                    let t = typeobj::new_type(&vm_types.type_, $name, bases, Layout::Exception, false);
                    let mro = typeobj::compute_mro(&t).expect("consistent builtin hierarchy");
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
    base_exception_group = "BaseExceptionGroup": base_exception,
    exception = "Exception": base_exception,
    exception_group = "ExceptionGroup": base_exception_group + exception,
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
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    interrupted_error = "InterruptedError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
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
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    deprecation_warning = "DeprecationWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    user_warning = "UserWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    bytes_warning = "BytesWarning": warning,
    resource_warning = "ResourceWarning": warning,
    encoding_warning = "EncodingWarning": warning,
}

pub fn new_instance(vm: &Vm, cls: &ObjRef, args: Vec<Value>) -> Value {
    let args = vm.new_tuple(args);
    Value::Obj(Rc::new(PyObject {
        class: cls.clone().into(),
        dict: Some(PyObject::new_attrs(&vm.types.dict)),
        payload: Payload::Exception(Box::new(RefCell::new(PyException {
            args,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }))),
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
            // args is stored as a tuple (any iterable is accepted).
            "args" => {
                let items = self.iterate(v)?;
                st.borrow_mut().args = self.new_tuple(items);
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
}

/// SyntaxError's attributes, which CPython fills from `args`: `(msg, (filename, lineno,
/// offset, text[, end_lineno, end_offset]))`.
pub const SYNTAX_ERROR_FIELDS: &[&str] = &[
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// One SyntaxError attribute read from `args` (None when args do not carry it).
pub fn syntax_error_field(v: &Value, name: &str) -> Value {
    let args = args_of(v);
    if name == "msg" {
        return args.first().cloned().unwrap_or(Value::None);
    }
    let details = match args.get(1).and_then(|d| d.payload()) {
        Some(Payload::Tuple(t)) if args.len() == 2 && (4..=6).contains(&t.len()) => t.clone(),
        _ => return Value::None,
    };
    let i = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return Value::None,
    };
    details.get(i).cloned().unwrap_or(Value::None)
}

impl Vm {
    /// `str()` of a SyntaxError: "msg (file, line N)", with the file's base name only.
    pub fn syntax_error_str(&mut self, e: &Value) -> crate::vm::PyResult<String> {
        let msg = self.get_attr_str(e, "msg")?;
        let filename = self.get_attr_str(e, "filename")?;
        let lineno = self.get_attr_str(e, "lineno")?;
        let msg = self.str_of(&msg)?;
        let file = filename
            .as_str()
            .map(|f| f.as_str().rsplit('/').next().unwrap_or("").to_string());
        let line = match &lineno {
            Value::Int(i) => Some(*i),
            _ => None,
        };
        Ok(match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }
}

impl Vm {
    /// The OSError subclass CPython picks for an errno (Linux numbering).
    pub fn os_error_class(&self, errno: i64) -> ObjRef {
        let e = &self.exc;
        match errno {
            1 | 13 => e.permission_error.clone(),
            2 => e.file_not_found_error.clone(),
            3 => e.process_lookup_error.clone(),
            4 => e.interrupted_error.clone(),
            10 => e.child_process_error.clone(),
            11 | 114 | 115 => e.blocking_io_error.clone(),
            17 => e.file_exists_error.clone(),
            20 => e.not_a_directory_error.clone(),
            21 => e.is_a_directory_error.clone(),
            32 | 108 => e.broken_pipe_error.clone(),
            103 => e.connection_aborted_error.clone(),
            104 => e.connection_reset_error.clone(),
            110 => e.timeout_error.clone(),
            111 => e.connection_refused_error.clone(),
            _ => e.os_error.clone(),
        }
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
        let cls = self.os_error_class(i64::from(errno));
        let mut args = vec![Value::Int(i64::from(errno)), self.new_str(strerror)];
        if let Some(f) = filename {
            args.push(self.new_str(f));
        }
        self.new_exception_args(&cls, args)
    }
}
