//! The `time` and `gc` modules and `sys.getsizeof` (stage 4).
//!
//! Invariants: `time.time()` is the realtime clock; `perf_counter` and
//! `monotonic` are the monotonic clock measured from the VM's start
//! (CPython's origin is arbitrary too).  `gc` only records its switch:
//! the interpreter's heap is an arena that is never collected at the
//! Python level (the translated binary's collector works underneath,
//! on the Rust-level objects), so `gc.collect()` finds nothing and
//! returns 0.  `sys.getsizeof` gives CPython 3.11's sizes on 64-bit for
//! None, bool, int, float, str, bytes and tuple; other objects get a
//! plausible fixed size.

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct OsState {
    pub t0: Instant,
    pub gc_enabled: bool,
}

impl OsState {
    pub fn new() -> OsState {
        OsState { t0: Instant::now(), gc_enabled: true }
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
        for n in ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "sleep"] {
            let id = crate::os_mod::id_of(format!("time.{}", n).as_str());
            self.set_global(m, n, Value::Builtin(id));
        }
    }

    pub fn init_gc(&mut self, m: usize) {
        for n in ["collect", "enable", "disable", "isenabled"] {
            let id = crate::os_mod::id_of(format!("gc.{}", n).as_str());
            self.set_global(m, n, Value::Builtin(id));
        }
    }

    /// `time.*`, `gc.*` and `sys.getsizeof` (by qualified name).
    pub fn call_time_gc(&mut self, full: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        let short = match full.find('.') {
            Some(i) => &full[i + 1..],
            None => full,
        };
        if full != "time.sleep" && full != "sys.getsizeof" && full != "gc.collect" && !args.is_empty() {
            return Err(type_error(format!("{}() takes no arguments ({} given)", short, args.len()).as_str()));
        }
        match full {
            "time.time" => Ok(Value::Float(now_ns() as f64 / 1e9)),
            "time.time_ns" => Ok(Value::Int(now_ns())),
            "time.perf_counter" | "time.monotonic" => Ok(Value::Float(self.mono_ns() as f64 / 1e9)),
            "time.perf_counter_ns" | "time.monotonic_ns" => Ok(Value::Int(self.mono_ns())),
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
            "gc.collect" => {
                crate::builtins::arg_count("collect", args, 0, 1)?;
                Ok(Value::Int(0))
            }
            "gc.enable" => {
                self.osm.gc_enabled = true;
                Ok(Value::None)
            }
            "gc.disable" => {
                self.osm.gc_enabled = false;
                Ok(Value::None)
            }
            "gc.isenabled" => Ok(Value::Bool(self.osm.gc_enabled)),
            _ => {
                crate::builtins::arg_count("getsizeof", args, 1, 2)?;
                Ok(Value::Int(self.sizeof(&args[0])))
            }
        }
    }

    /// CPython 3.11's `sys.getsizeof` (64-bit) where it is simple.
    fn sizeof(&self, v: &Value) -> i64 {
        match v {
            Value::None => 16,
            Value::Bool(_) => 28,
            Value::Int(n) => {
                let mut m = n.unsigned_abs();
                let mut digits = 0;
                while m > 0 {
                    m >>= 30;
                    digits += 1;
                }
                24 + 4 * if digits == 0 { 1 } else { digits }
            }
            Value::BigInt(b) => {
                let top = match b.mag.last() {
                    Some(t) => *t,
                    None => 0,
                };
                let bits = 32 * (b.mag.len() as i64 - 1) + (32 - top.leading_zeros() as i64);
                24 + 4 * ((bits + 29) / 30)
            }
            Value::Float(_) => 24,
            Value::Builtin(_) => 72,
            Value::Ref(h) => match &self.heap.objs[*h] {
                Object::Str(cs) => {
                    let mut max: u32 = 0;
                    for c in cs.iter() {
                        if (*c as u32) > max {
                            max = *c as u32;
                        }
                    }
                    let n = cs.len() as i64;
                    if max < 128 {
                        49 + n
                    } else if max < 256 {
                        73 + n
                    } else if max < 65536 {
                        74 + 2 * n
                    } else {
                        76 + 4 * n
                    }
                }
                Object::Bytes(b) => 33 + b.len() as i64,
                Object::Tuple(t) => 40 + 8 * t.len() as i64,
                Object::List(l) => 56 + 8 * l.len() as i64,
                Object::Dict(_) => 232,
                Object::Set(_) | Object::FrozenSet(_) => 216,
                _ => 48,
            },
        }
    }
}
