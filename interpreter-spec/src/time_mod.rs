//! The `time` module (stage 4), and the state the OS-facing modules keep
//! in the VM (`OsState`).
//!
//! Invariants: `time.time()` is the realtime clock; `perf_counter` and
//! `monotonic` are the monotonic clock measured from the VM's start plus
//! one second (CPython's origin is arbitrary too); `sleep` flushes
//! buffered stdout first, so output before a sleep is seen before it.

use crate::objects::{err, type_error, ExcKind, PyErr, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct OsState {
    pub t0: Instant,
    /// errno of a failed stdout write not yet raised (vm.rs `check_stdout`).
    pub stdout_errno: i32,
    /// A failed stdout write was raised as an exception (reported once).
    pub stdout_raised: bool,
}

impl OsState {
    pub fn new() -> OsState {
        OsState { t0: Instant::now(), stdout_errno: 0, stdout_raised: false }
    }
}

fn now_ns() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64 * 1_000_000_000 + d.subsec_nanos() as i64,
        Err(_) => 0,
    }
}

impl Vm {
    fn mono_ns(&self) -> i64 {
        let d = self.osm.t0.elapsed();
        // Start at one second so a first reading is never 0.
        (d.as_secs() as i64 + 1) * 1_000_000_000 + d.subsec_nanos() as i64
    }

    pub fn init_time(&mut self, m: usize) {
        for n in ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "sleep", "process_time", "process_time_ns"] {
            let id = crate::os_mod::id_of(format!("time.{}", n).as_str());
            self.set_global(m, n, Value::Builtin(id));
        }
        // The calendar functions and struct_time are Python (lib/_pytime.py).
        if let Ok(pm) = self.import_dotted("_pytime") {
            if let Some(pi) = self.module_index(&pm) {
                self.set_global(pi, "_now", Value::Builtin(crate::os_mod::id_of("time.time")));
                for n in [
                    "struct_time", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime", "timezone", "altzone",
                    "daylight", "tzname", "get_clock_info",
                ] {
                    if let Some(v) = self.get_global(pi, n) {
                        self.set_global(m, n, v);
                    }
                }
            }
        }
    }

    /// `time.*` (by qualified name).
    pub fn call_time(&mut self, full: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        let short = match full.find('.') {
            Some(i) => &full[i + 1..],
            None => full,
        };
        if full != "time.sleep" && !args.is_empty() {
            return Err(type_error(format!("{}() takes no arguments ({} given)", short, args.len()).as_str()));
        }
        match full {
            "time.time" => Ok(Value::Float(now_ns() as f64 / 1e9)),
            "time.time_ns" => Ok(Value::Int(now_ns())),
            "time.perf_counter" | "time.monotonic" | "time.process_time" => Ok(Value::Float(self.mono_ns() as f64 / 1e9)),
            "time.perf_counter_ns" | "time.monotonic_ns" | "time.process_time_ns" => Ok(Value::Int(self.mono_ns())),
            "time.sleep" => {
                crate::builtins::arg_count("sleep", args, 1, 1)?;
                let secs = match &args[0] {
                    Value::Int(n) => *n as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::Float(f) => *f,
                    v => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(v)).as_str())),
                };
                if secs.is_nan() {
                    return Err(err(ExcKind::ValueError, "Invalid value NaN (not a number)"));
                }
                if secs < 0.0 {
                    return Err(err(ExcKind::ValueError, "sleep length must be non-negative"));
                }
                if secs > 1e10 {
                    return Err(err(ExcKind::OverflowError, "sleep length is too large"));
                }
                self.flush();
                std::thread::sleep(Duration::from_secs_f64(secs));
                Ok(Value::None)
            }
            _ => Err(err(ExcKind::RuntimeError, "unknown time function")),
        }
    }
}
