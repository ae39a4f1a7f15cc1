//! `time.get_clock_info(name)`: how each clock of the time module is read.

use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

pub fn get_clock_info(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kw(vm, "get_clock_info")?;
    args.positional(vm, "get_clock_info", 1, 1)?;
    let Some(name) = args.pos[0].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("get_clock_info() argument 1 must be str, not {t}")));
    };
    let (clock, cname, monotonic, adjustable) = match name.as_str() {
        "time" => (libc::CLOCK_REALTIME, "CLOCK_REALTIME", false, true),
        "monotonic" | "perf_counter" => (libc::CLOCK_MONOTONIC, "CLOCK_MONOTONIC", true, false),
        "process_time" => (
            libc::CLOCK_PROCESS_CPUTIME_ID,
            "CLOCK_PROCESS_CPUTIME_ID",
            true,
            false,
        ),
        "thread_time" => (
            libc::CLOCK_THREAD_CPUTIME_ID,
            "CLOCK_THREAD_CPUTIME_ID",
            true,
            false,
        ),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_getres only writes the timespec we pass.
    let ok = unsafe { libc::clock_getres(clock, &mut ts) } == 0;
    let resolution = if ok {
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    } else {
        1e-9
    };
    // The result is a types.SimpleNamespace, as in CPython.
    let types = vm.new_str("types");
    let m = vm.import_name(&types, &Value::None, &Value::Int(0))?;
    let ns = vm.get_attr_str(&m, "SimpleNamespace")?;
    let implementation = vm.new_str(format!("clock_gettime({cname})"));
    let kw: Vec<(Rc<str>, Value)> = vec![
        (Rc::from("implementation"), implementation),
        (Rc::from("monotonic"), Value::Bool(monotonic)),
        (Rc::from("adjustable"), Value::Bool(adjustable)),
        (Rc::from("resolution"), Value::Float(resolution)),
    ];
    vm.call(
        &ns,
        Args {
            pos: Default::default(),
            kw,
        },
    )
}
