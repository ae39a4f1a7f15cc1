//! `time`: clocks, sleeping, and conversions between timestamps, `struct_time` and text,
//! through the C library (`gmtime_r`, `localtime_r`, `mktime`, `strftime`) as CPython
//! does, so the local time zone is the one `TZ` and the system give. `strptime` is
//! Python code (`lib/_strptime.py`).

use crate::modules::sys::{module_set, new_module};
use crate::objects::structseq::{self, StructSeqDef};
use crate::objects::{float, int};
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::ffi::{CStr, CString};

static STRUCT_TIME: StructSeqDef = StructSeqDef {
    module: "time",
    name: "struct_time",
    fields: &[
        Some("tm_year"),
        Some("tm_mon"),
        Some("tm_mday"),
        Some("tm_hour"),
        Some("tm_min"),
        Some("tm_sec"),
        Some("tm_wday"),
        Some("tm_yday"),
        Some("tm_isdst"),
        Some("tm_zone"),
        Some("tm_gmtoff"),
    ],
    n_sequence: 9,
    stat_times: false,
};

thread_local! {
    static STRUCT_TIME_CLS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn struct_time_cls() -> ObjRef {
    STRUCT_TIME_CLS
        .with(|c| c.borrow().clone())
        .expect("time module created")
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "time");
    let cls = structseq::new_class(vm, &STRUCT_TIME);
    STRUCT_TIME_CLS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    module_set(vm, &m, "struct_time", Value::Obj(cls));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("time", |vm, a| clock_f(vm, a, "time", libc::CLOCK_REALTIME)),
        ("time_ns", |vm, a| {
            clock_ns(vm, a, "time_ns", libc::CLOCK_REALTIME)
        }),
        ("monotonic", |vm, a| {
            clock_f(vm, a, "monotonic", libc::CLOCK_MONOTONIC)
        }),
        ("monotonic_ns", |vm, a| {
            clock_ns(vm, a, "monotonic_ns", libc::CLOCK_MONOTONIC)
        }),
        ("perf_counter", |vm, a| {
            clock_f(vm, a, "perf_counter", libc::CLOCK_MONOTONIC)
        }),
        ("perf_counter_ns", |vm, a| {
            clock_ns(vm, a, "perf_counter_ns", libc::CLOCK_MONOTONIC)
        }),
        ("process_time", |vm, a| {
            clock_f(vm, a, "process_time", libc::CLOCK_PROCESS_CPUTIME_ID)
        }),
        ("process_time_ns", |vm, a| {
            clock_ns(vm, a, "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID)
        }),
        ("thread_time", |vm, a| {
            clock_f(vm, a, "thread_time", libc::CLOCK_THREAD_CPUTIME_ID)
        }),
        ("thread_time_ns", |vm, a| {
            clock_ns(vm, a, "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID)
        }),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("strptime", strptime),
        ("tzset", tzset),
        ("get_clock_info", crate::modules::time_clock::get_clock_info),
    ];
    for (name, f) in funcs {
        let b = vm.new_builtin(name, *f);
        module_set(vm, &m, name, b);
    }
    for (name, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        module_set(vm, &m, name, Value::Int(i64::from(v)));
    }
    set_zone_info(vm, &m);
    m
}

/// `timezone`, `altzone`, `daylight` and `tzname`, as CPython's `init_timezone`: the
/// offsets in January and July of the current year.
fn set_zone_info(vm: &mut Vm, m: &ObjRef) {
    // SAFETY: tzset reads TZ; localtime_r fills a tm structure.
    unsafe { tzset_c() };
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = now_secs();
    let t = (now / YEAR) * YEAR;
    let jan = local_tm(t).unwrap_or_else(zero_tm);
    let jul = local_tm(t + YEAR / 2).unwrap_or_else(zero_tm);
    let (janzone, julzone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (janname, julname) = (zone_name(&jan), zone_name(&jul));
    let (tz, alt, names) = if janzone < julzone {
        // DST is reversed in the southern hemisphere.
        (julzone, janzone, (julname, janname))
    } else {
        (janzone, julzone, (janname, julname))
    };
    module_set(vm, m, "timezone", Value::Int(tz));
    module_set(vm, m, "altzone", Value::Int(alt));
    module_set(vm, m, "daylight", Value::Int(i64::from(janzone != julzone)));
    let n = vec![vm.new_str(names.0), vm.new_str(names.1)];
    let n = vm.new_tuple(n);
    module_set(vm, m, "tzname", n);
}

extern "C" {
    #[link_name = "tzset"]
    fn tzset_c();
}

fn tzset(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "tzset", 0, 0)?;
    // SAFETY: tzset re-reads TZ.
    unsafe { tzset_c() };
    Ok(Value::None)
}

fn zero_tm() -> libc::tm {
    // SAFETY: tm is plain data; all zeros (with a null zone pointer) is a valid value.
    unsafe { std::mem::zeroed() }
}

fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library's zone names are NUL-terminated static strings.
    unsafe { CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn now_secs() -> i64 {
    // SAFETY: time(NULL) cannot fail.
    unsafe { libc::time(std::ptr::null_mut()) }
}

fn local_tm(t: i64) -> Option<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: localtime_r fills `tm` from `t`.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

fn gm_tm(t: i64) -> Option<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: gmtime_r fills `tm` from `t`.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

fn timespec(clock: libc::clockid_t) -> libc::timespec {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime fills a timespec for a valid clock id.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts
}

fn clock_f(vm: &mut Vm, args: Args, name: &str, clock: libc::clockid_t) -> PyResult {
    args.check(vm, name, 0, 0)?;
    let ts = timespec(clock);
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn ns_value(vm: &mut Vm, ts: libc::timespec) -> Value {
    let ns = i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec);
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(num_bigint::BigInt::from(ns)),
    }
}

fn clock_ns(vm: &mut Vm, args: Args, name: &str, clock: libc::clockid_t) -> PyResult {
    args.check(vm, name, 0, 0)?;
    let ts = timespec(clock);
    Ok(ns_value(vm, ts))
}

fn clock_id(vm: &mut Vm, args: &Args, name: &str) -> PyResult<libc::clockid_t> {
    args.positional(vm, name, 1, 1)?;
    let id = vm.index_of(&args.pos[0])? as libc::clockid_t;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime fills a timespec; an invalid id fails with EINVAL.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(crate::modules::posix::last_err(vm, None, None));
    }
    Ok(id)
}

fn clock_gettime(vm: &mut Vm, args: Args) -> PyResult {
    let id = clock_id(vm, &args, "clock_gettime")?;
    let ts = timespec(id);
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult {
    let id = clock_id(vm, &args, "clock_gettime_ns")?;
    let ts = timespec(id);
    Ok(ns_value(vm, ts))
}

/// Seconds as a float (`_PyTime_FromSecondsObject`'s checks).
fn seconds_f(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if float::is_float(v) {
        let f = float::as_f64_num(v).unwrap_or(f64::NAN);
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        return Ok(f);
    }
    if int::is_int(v) {
        return match int::as_i64(v) {
            Some(i) => Ok(i as f64),
            None => Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        };
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "sleep")?;
    let secs = seconds_f(vm, &args.pos[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs * 1e9 > i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.out.flush();
    crate::modules::signal::check(vm)?;
    // PEP 475: a signal wakes the sleep up, its handler runs (and may raise), then the
    // sleep goes on until the deadline.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        let ts = libc::timespec {
            tv_sec: left.as_secs() as libc::time_t,
            tv_nsec: libc::c_long::from(left.subsec_nanos() as i32),
        };
        // SAFETY: nanosleep with a valid timespec and no remainder pointer.
        if unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) } == 0 {
            return Ok(Value::None);
        }
        crate::modules::signal::check(vm)?;
    }
}

/// A timestamp argument (None: now), floored to whole seconds.
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None => return Ok(now_secs()),
        Some(v) if v.is_none() => return Ok(now_secs()),
        Some(v) => v,
    };
    if float::is_float(v) {
        let f = float::as_f64_num(v).unwrap_or(f64::NAN);
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223372036854776e18..9.223372036854776e18).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    if int::is_int(v) {
        return int::as_i64(v)
            .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn struct_time_of(vm: &mut Vm, tm: &libc::tm) -> Value {
    let zone = zone_name(tm);
    let v = vec![
        Value::Int(i64::from(tm.tm_year) + 1900),
        Value::Int(i64::from(tm.tm_mon) + 1),
        Value::Int(i64::from(tm.tm_mday)),
        Value::Int(i64::from(tm.tm_hour)),
        Value::Int(i64::from(tm.tm_min)),
        Value::Int(i64::from(tm.tm_sec)),
        Value::Int(i64::from((tm.tm_wday + 6) % 7)),
        Value::Int(i64::from(tm.tm_yday) + 1),
        Value::Int(i64::from(tm.tm_isdst)),
        vm.new_str(zone),
        Value::Int(tm.tm_gmtoff),
    ];
    let cls = struct_time_cls();
    structseq::new(vm, &cls, v)
}

fn convert(vm: &mut Vm, args: Args, name: &str, f: fn(i64) -> Option<libc::tm>) -> PyResult {
    args.positional(vm, name, 0, 1)?;
    let t = time_t_arg(vm, args.pos.first())?;
    match f(t) {
        Some(tm) => Ok(struct_time_of(vm, &tm)),
        None => Err(crate::modules::posix::last_err(vm, None, None)),
    }
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult {
    convert(vm, args, "gmtime", gm_tm)
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult {
    convert(vm, args, "localtime", local_tm)
}

/// A C int from a time tuple item.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if float::is_float(v) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index_of(v).map_err(|e| {
        if vm.is_instance_of(&e, &vm.exc.index_error.clone()) {
            vm.overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    i32::try_from(i).map_err(|_| {
        vm.overflow_error(if i < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// `gettmarg`: a struct_time or 9-tuple as a C `tm` (and the zone name it points to).
fn gettmarg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let items = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut n = [0i32; 9];
    for (o, it) in n.iter_mut().zip(&items) {
        *o = c_int(vm, it)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = n[0].wrapping_sub(1900);
    tm.tm_mon = n[1] - 1;
    tm.tm_mday = n[2];
    tm.tm_hour = n[3];
    tm.tm_min = n[4];
    tm.tm_sec = n[5];
    tm.tm_wday = (n[6] + 1) % 7;
    tm.tm_yday = n[7] - 1;
    tm.tm_isdst = n[8];
    let mut zone = None;
    let cls = struct_time_cls();
    if std::rc::Rc::ptr_eq(vm.type_of(v), &cls) {
        let k = vm.new_str("tm_zone");
        let z = vm.get_attr(v, &k)?;
        if let Some(s) = z.as_str() {
            zone = CString::new(s.as_str()).ok();
        }
        let k = vm.new_str("tm_gmtoff");
        let g = vm.get_attr(v, &k)?;
        if let Some(g) = int::as_i64(&g) {
            tm.tm_gmtoff = g;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// `checktm`: the ranges asctime and strftime require; a zero month, day or day of
/// the year becomes the first one.
fn checktm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    let msg = if !(0..=11).contains(&tm.tm_mon) {
        "month out of range"
    } else if !(1..=31).contains(&tm.tm_mday) {
        "day of month out of range"
    } else if !(0..=23).contains(&tm.tm_hour) {
        "hour out of range"
    } else if !(0..=59).contains(&tm.tm_min) {
        "minute out of range"
    } else if !(0..=61).contains(&tm.tm_sec) {
        "seconds out of range"
    } else if tm.tm_wday < 0 {
        "day of week out of range"
    } else if !(0..=365).contains(&tm.tm_yday) {
        "day of year out of range"
    } else {
        return Ok(());
    };
    Err(vm.value_error(msg))
}

/// The time tuple argument, or the local time now when absent.
fn tm_or_now(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    match v {
        Some(v) => gettmarg(vm, v, fname),
        None => match local_tm(now_secs()) {
            Some(tm) => Ok((tm, None)),
            None => Err(crate::modules::posix::last_err(vm, None, None)),
        },
    }
}

fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.rem_euclid(7) as usize],
        MON[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + i64::from(tm.tm_year)
    )
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "asctime", 0, 1)?;
    let (mut tm, _zone) = tm_or_now(vm, args.pos.first(), "asctime")?;
    checktm(vm, &mut tm)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "ctime", 0, 1)?;
    let t = time_t_arg(vm, args.pos.first())?;
    match local_tm(t) {
        Some(tm) => Ok(vm.new_str(asctime_text(&tm))),
        None => Err(crate::modules::posix::last_err(vm, None, None)),
    }
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "mktime")?;
    let (mut tm, _zone) = gettmarg(vm, &args.pos[0], "mktime")?;
    tm.tm_wday = -1; // sentinel: mktime sets it on success
                     // SAFETY: mktime normalises `tm` in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "strftime", 1, 2)?;
    let Some(fmt) = args.pos[0].as_str().map(|s| s.as_str().to_string()) else {
        let t = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
    };
    let (mut tm, _zone) = tm_or_now(vm, args.pos.get(1), "strftime")?;
    checktm(vm, &mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: the buffer is writable for `size` bytes; `tm` (and its zone) are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() + 1024 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

/// `strptime(string, format='%a %b %d %H:%M:%S %Y')`: `_strptime._strptime_time`.
fn strptime(vm: &mut Vm, args: Args) -> PyResult {
    let name = vm.new_str("_strptime");
    let empty = vm.new_tuple(vec![]);
    let m = vm.import_name(&name, &empty, &Value::Int(0))?;
    let k = vm.new_str("_strptime_time");
    let f = vm.get_attr(&m, &k)?;
    vm.call(&f, args)
}
