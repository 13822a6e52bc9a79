//! The `gc` module, `sys.getsizeof` and the named fields of
//! `sys.version_info` (stage 4).
//!
//! Invariants: `gc` drives the collector of Python objects (arena_gc.rs):
//! `gc.collect()` collects at once when called from the outermost
//! dispatch loop (elsewhere it returns 0: a builtin below it may hold
//! values in Rust locals) and returns the number of objects freed, which
//! unlike CPython's count includes acyclic garbage (CPython frees that by
//! reference counting before); `gc.disable()`/`gc.enable()` switch the
//! automatic collections.  A translated binary's own collector works
//! underneath, on the Rust-level buffers, whatever the switch says.
//! `sys.getsizeof` gives CPython 3.11's sizes on
//! 64-bit for None, bool, int, float, str, bytes and tuple; other objects
//! get a plausible fixed size.  `sys.version_info` stays a plain tuple;
//! `major`, `minor`, `micro`, `releaselevel` and `serial` are looked up
//! on that one tuple object.

use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;

impl crate::objects::Heap {
    /// A reference to something other than a str or bytes object.
    pub fn is_container_ref(&self, v: &Value) -> bool {
        match v {
            Value::Ref(r) => match &self.objs[*r] {
                Object::Str(_) | Object::Bytes(_) => false,
                _ => true,
            },
            _ => false,
        }
    }
}

impl crate::objects::Heap {
    /// `gc.get_referents(v)`: what `v` refers to directly -- the items of a
    /// list, tuple, set or dict (keys and values), a cell's value, a bound
    /// method's receiver; for other kinds, the objects the collector
    /// traces from it (values stored unboxed, like small ints, are not
    /// objects there).
    pub fn referents(&self, v: &Value) -> Vec<Value> {
        let h = match v {
            Value::Ref(h) => *h,
            _ => return Vec::new(),
        };
        match &self.objs[h] {
            Object::List(vs) | Object::Tuple(vs) => return vs.clone(),
            Object::Dict(d) => {
                // CPython's str-keyed dicts (its "unicode" tables) report
                // only their values.
                let (ks, vs) = (d.keys(), d.values());
                let mut all_str = true;
                for k in ks.iter() {
                    if !self.is_str(k) {
                        all_str = false;
                    }
                }
                let mut out = Vec::new();
                for k in 0..ks.len() {
                    if !all_str {
                        out.push(ks[k].clone());
                    }
                    out.push(vs[k].clone());
                }
                return out;
            }
            Object::Set(s) | Object::FrozenSet(s) => return s.items(),
            Object::Cell(c) => {
                return match c {
                    Some(x) => vec![x.clone()],
                    None => Vec::new(),
                }
            }
            Object::Str(_) | Object::Bytes(_) => return Vec::new(),
            _ => {}
        }
        let mut marks = crate::arena_gc::MarkBits::new();
        marks.reset(self.objs.len());
        let mut out = Vec::new();
        for r in self.referent_handles(h, &mut marks).iter() {
            out.push(Value::Ref(*r));
        }
        out
    }
}

impl Vm {
    pub fn init_gc(&mut self, m: usize) {
        for n in ["collect", "enable", "disable", "isenabled", "get_threshold", "set_threshold", "get_count", "get_debug", "set_debug", "is_tracked",
            "freeze", "unfreeze", "get_freeze_count", "get_stats", "is_finalized", "get_referents", "get_referrers", "get_objects", "_pyrite_weakref"] {
            let id = crate::os_mod::id_of(format!("gc.{}", n).as_str());
            self.set_global(m, n, Value::Builtin(id));
        }
        let t = self.heap.alloc(Object::Tuple(vec![Value::Int(700), Value::Int(10), Value::Int(10)]));
        self.set_global(m, "_pyrite_threshold", t);
        for n in ["garbage", "callbacks"] {
            let l = self.heap.alloc(Object::List(Vec::new()));
            self.set_global(m, n, l);
        }
        for (n, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
            self.set_global(m, n, Value::Int(v));
        }
    }

    /// `gc.get_threshold`/`set_threshold` (kept in the module, no effect
    /// on the collector), `gc.is_tracked`, `gc.set_debug`, `gc.is_finalized`.
    fn gc_misc(&mut self, full: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        let m = match self.lookup_module("gc") {
            Some(m) => m,
            None => return Ok(Value::None),
        };
        let sym = self.heap.intern("_pyrite_threshold");
        match full {
            "gc.get_threshold" => {
                crate::builtins::arg_count("get_threshold", args, 0, 0)?;
                self.get_attr(&m, sym)
            }
            "gc.set_threshold" => {
                crate::builtins::arg_count("set_threshold", args, 1, 3)?;
                let old = self.get_attr(&m, sym)?;
                let mut v = crate::ops::items_of(&self.heap, &old);
                for k in 0..args.len() {
                    match &args[k] {
                        Value::Int(_) => v[k] = args[k].clone(),
                        other => {
                            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(other)).as_str()))
                        }
                    }
                }
                let t = self.heap.alloc(Object::Tuple(v));
                self.set_attr(&m, sym, t)?;
                Ok(Value::None)
            }
            "gc.set_debug" => {
                crate::builtins::arg_count("set_debug", args, 1, 1)?;
                let flags = match &args[0] {
                    Value::Int(i) => *i,
                    Value::Bool(b) => if *b { 1 } else { 0 },
                    other => {
                        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(other)).as_str()))
                    }
                };
                let gsym = self.heap.intern("garbage");
                let garbage = self.get_attr(&m, gsym)?;
                self.heap.gc.garbage_list = match (&garbage, self.heap.get(&garbage)) {
                    (Value::Ref(h), Some(Object::List(_))) => *h,
                    _ => 0,
                };
                self.heap.gc.debug = flags;
                Ok(Value::None)
            }
            "gc.is_finalized" => {
                crate::builtins::arg_count("is_finalized", args, 1, 1)?;
                Ok(Value::Bool(false))
            }
            _ => {
                crate::builtins::arg_count("is_tracked", args, 1, 1)?;
                let tracked = match self.heap.get(&args[0]) {
                    None => matches!(args[0], Value::Builtin(_)),
                    Some(Object::Str(_)) | Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) | Some(Object::Range(_, _, _)) | Some(Object::Complex(_, _)) => false,
                    Some(Object::Tuple(t)) => !t.is_empty(),
                    Some(Object::Dict(d)) => {
                        // CPython tracks a dict only once it holds a container
                        let mut any = false;
                        for (k, v, _) in d.entries().iter() {
                            if self.heap.is_container_ref(k) || self.heap.is_container_ref(v) {
                                any = true;
                            }
                        }
                        any
                    }
                    Some(_) => true,
                };
                Ok(Value::Bool(tracked))
            }
        }
    }

    /// `gc.*` and `sys.getsizeof` (by qualified name).
    pub fn call_gc(&mut self, full: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        if full == "gc.set_threshold" || full == "gc.get_threshold" || full == "gc.is_tracked" || full == "gc.set_debug" || full == "gc.is_finalized" {
            return self.gc_misc(full, args);
        }
        if full == "gc.get_referents" {
            let mut out = Vec::new();
            for a in args.iter() {
                out.extend(self.heap.referents(a));
            }
            return Ok(self.heap.alloc(Object::List(out)));
        }
        if full == "gc.get_referrers" || full == "gc.get_objects" {
            return self.gc_referrers(full, args);
        }
        if full == "gc._pyrite_weakref" {
            // lib/weakref.py: (ReferenceType, the pending-callbacks list).
            crate::builtins::arg_count("_pyrite_weakref", args, 2, 2)?;
            if let (Value::Ref(c), Value::Ref(l)) = (&args[0], &args[1]) {
                self.heap.gc.weak_cls = *c;
                self.heap.gc.weak_pending = *l;
                self.heap.gc.weak_sym = self.heap.intern("_obj");
                self.heap.gc.weak_cb_sym = self.heap.intern("_callback");
            }
            return Ok(Value::None);
        }
        if full == "gc.get_stats" {
            // One generation: its figures are reported as generation 2's.
            crate::builtins::arg_count("get_stats", args, 0, 0)?;
            let (collections, collected) = self.heap.gc.totals();
            let mut gens = Vec::new();
            for g in 0..3 {
                let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                let figures = if g == 2 { [collections, collected, 0] } else { [0, 0, 0] };
                let names = ["collections", "collected", "uncollectable"];
                for k in 0..3 {
                    let ks = self.heap.str_from(names[k]);
                    self.dict_store(&d, &ks, &Value::Int(figures[k] as i64))?;
                }
                gens.push(d);
            }
            return Ok(self.heap.alloc(Object::List(gens)));
        }
        if full == "gc.get_count" {
            return Ok(self.heap.alloc(Object::Tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)])));
        }
        if full == "gc.get_debug" {
            return Ok(Value::Int(self.heap.gc.debug));
        }
        if full == "gc.get_freeze_count" {
            return Ok(Value::Int(self.heap.gc.frozen as i64));
        }
        if full == "gc.freeze" || full == "gc.unfreeze" {
            // Freezing moves nothing here (one generation); the count is
            // what `get_freeze_count` reports.
            self.heap.gc.frozen = if full == "gc.freeze" { self.heap.occupied() } else { 0 };
            return Ok(Value::None);
        }
        if full != "sys.getsizeof" && full != "gc.collect" && !args.is_empty() {
            return Err(type_error(format!("{}() takes no arguments ({} given)", full, args.len()).as_str()));
        }
        match full {
            "gc.collect" => {
                crate::builtins::arg_count("collect", args, 0, 1)?;
                let mut generation = 2;
                if args.len() == 1 {
                    let g = match &args[0] {
                        Value::Int(i) => *i,
                        Value::Bool(b) => {
                            if *b {
                                1
                            } else {
                                0
                            }
                        }
                        Value::BigInt(_) => {
                            return Err(crate::objects::err(crate::objects::ExcKind::OverflowError, "Python int too large to convert to C int"))
                        }
                        other => {
                            return Err(type_error(
                                format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(other)).as_str(),
                            ))
                        }
                    };
                    if g < 0 || g > 2 {
                        return Err(crate::objects::err(crate::objects::ExcKind::ValueError, "invalid generation"));
                    }
                    generation = g;
                }
                // The arguments are checked: nothing this call holds is
                // needed after the collection.  `gc.callbacks` are called
                // with ("start", info) before and ("stop", info) after.
                self.gc_run_callbacks("start", 0, generation)?;
                let n = self.gc_collect_now();
                self.run_weak_callbacks();
                self.run_finalizers();
                self.gc_run_callbacks("stop", n, generation)?;
                Ok(Value::Int(n as i64))
            }
            "gc.enable" => {
                self.gc_set_enabled(true);
                Ok(Value::None)
            }
            "gc.disable" => {
                self.gc_set_enabled(false);
                Ok(Value::None)
            }
            "gc.isenabled" => Ok(Value::Bool(self.heap.gc.enabled)),
            _ => {
                crate::builtins::arg_count("getsizeof", args, 1, 2)?;
                Ok(Value::Int(self.sizeof(&args[0])))
            }
        }
    }

    /// Calls each function of `gc.callbacks` with `(phase, info)`; the list
    /// is read again for every call, so a callback may remove itself.
    fn gc_run_callbacks(&mut self, phase: &str, collected: usize, generation: i64) -> Result<(), PyErr> {
        let m = match self.lookup_module("gc") {
            Some(m) => m,
            None => return Ok(()),
        };
        let sym = self.heap.intern("callbacks");
        let cbs = self.get_attr(&m, sym)?;
        let mut k = 0;
        loop {
            let f = match self.heap.get(&cbs) {
                Some(Object::List(l)) if k < l.len() => l[k].clone(),
                _ => break,
            };
            k += 1;
            let info = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
            for (key, v) in [("generation", generation), ("collected", collected as i64), ("uncollectable", 0)] {
                let ks = self.heap.str_from(key);
                self.dict_store(&info, &ks, &Value::Int(v))?;
            }
            let ph = self.heap.str_from(phase);
            self.call1(&f, vec![ph, info])?;
        }
        Ok(())
    }

    /// `gc.get_referrers(*objs)`: every live object that refers to one of
    /// `objs` directly; `gc.get_objects()`: every live container.
    fn gc_referrers(&mut self, full: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        let n = self.heap.objs.len();
        let mut targets = vec![false; n];
        for a in args.iter() {
            if let Value::Ref(h) = a {
                targets[*h] = true;
            }
        }
        let all = full == "gc.get_objects";
        let mut marks = crate::arena_gc::MarkBits::new();
        marks.reset(n);
        let mut out = Vec::new();
        for k in 0..n {
            if self.heap.objs.is_free(k) {
                continue;
            }
            if all {
                if self.heap.is_container_ref(&Value::Ref(k)) {
                    match &self.heap.objs[k] {
                        Object::Range(_, _, _) | Object::Complex(_, _) | Object::ByteArray(_) | Object::Stream(_) => {}
                        _ => out.push(Value::Ref(k)),
                    }
                }
                continue;
            }
            let hs = self.heap.referent_handles(k, &mut marks);
            for r in hs.iter() {
                if targets[*r] {
                    out.push(Value::Ref(k));
                    break;
                }
            }
        }
        Ok(self.heap.alloc(Object::List(out)))
    }

    /// `sys.version_info.major` and friends.
    pub fn version_info_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        let i = match name {
            "major" => 0,
            "minor" => 1,
            "micro" => 2,
            "releaselevel" => 3,
            "serial" => 4,
            _ => return None,
        };
        let sys = self.lookup_module("sys")?;
        let mi = self.module_index(&sys)?;
        let vi = self.get_global(mi, "version_info")?;
        if !crate::ops::is_same(&vi, obj) {
            return None;
        }
        match self.heap.get(obj) {
            Some(Object::Tuple(t)) if t.len() == 5 => Some(t[i].clone()),
            _ => None,
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
