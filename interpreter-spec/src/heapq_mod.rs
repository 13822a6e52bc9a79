//! `_heapq`: heappush, heappop, heapify, heapreplace and heappushpop in
//! Rust, for the frozen `heapq` module (lib/heapq.py imports them and keeps
//! its pure-Python versions only as the fallback when `_heapq` is absent).
//!
//! Invariants:
//! - Functions are module-function builtins with ids `HEAPQ_FIRST..HEAPQ_END`
//!   (inside modules_builtin's `MOD_FIRST..MOD_END`), named by `heapq_fn_name`.
//! - Items are compared with the VM's `<` only (user `__lt__` honoured), so
//!   results and exceptions match CPython's _heapq; the list is re-read
//!   after every comparison, and a list that changed size under a
//!   comparison raises CPython's RuntimeError instead of indexing out of range.
//! - The `_heapq` module object is created on first import, like `math`.

use crate::builtins::arg_count;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const HEAPQ_FIRST: usize = 190;
pub const HQ_PUSH: usize = 190;
pub const HQ_POP: usize = 191;
pub const HQ_HEAPIFY: usize = 192;
pub const HQ_REPLACE: usize = 193;
pub const HQ_PUSHPOP: usize = 194;
pub const HEAPQ_END: usize = 195;

pub fn heapq_fn_name(id: usize) -> &'static str {
    match id {
        HQ_PUSH => "heappush",
        HQ_POP => "heappop",
        HQ_HEAPIFY => "heapify",
        HQ_REPLACE => "heapreplace",
        HQ_PUSHPOP => "heappushpop",
        _ => "?",
    }
}

impl Vm {
    /// `import _heapq`: a module whose globals are the five functions.
    pub fn heapq_module(&mut self) -> Value {
        let m = self.new_module("_heapq", "", "", "", false);
        for id in HEAPQ_FIRST..HEAPQ_END {
            self.set_global(m, heapq_fn_name(id), Value::Builtin(id));
        }
        let obj = self.modules[m].obj.clone();
        self.register_module("_heapq", obj.clone());
        obj
    }

    fn heap_len(&self, h: usize) -> usize {
        match &self.heap.objs[h] {
            Object::List(l) => l.len(),
            _ => 0,
        }
    }

    fn heap_at(&self, h: usize, i: usize) -> Value {
        match &self.heap.objs[h] {
            Object::List(l) => l[i].clone(),
            _ => Value::None,
        }
    }

    fn heap_put(&mut self, h: usize, i: usize, v: Value) {
        if let Object::List(l) = &mut self.heap.objs[h] {
            l[i] = v;
        }
    }

    /// `a < b`, then checks that the list still has `n` items.
    fn heap_lt(&mut self, h: usize, n: usize, a: &Value, b: &Value) -> Result<bool, PyErr> {
        let r = self.v_lt(a, b)?;
        if self.heap_len(h) != n {
            return Err(err(ExcKind::RuntimeError, "list changed size during iteration"));
        }
        Ok(r)
    }

    /// Moves the item at `pos` up towards `start` (CPython's _siftdown).
    fn sift_down(&mut self, h: usize, start: usize, mut pos: usize) -> Result<(), PyErr> {
        let n = self.heap_len(h);
        let newitem = self.heap_at(h, pos);
        while pos > start {
            let parentpos = (pos - 1) >> 1;
            let parent = self.heap_at(h, parentpos);
            if self.heap_lt(h, n, &newitem, &parent)? {
                self.heap_put(h, pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        self.heap_put(h, pos, newitem);
        Ok(())
    }

    /// Moves the smaller child up until a leaf, then sifts down (_siftup).
    fn sift_up(&mut self, h: usize, mut pos: usize) -> Result<(), PyErr> {
        let endpos = self.heap_len(h);
        let startpos = pos;
        let newitem = self.heap_at(h, pos);
        let mut childpos = 2 * pos + 1;
        while childpos < endpos {
            let rightpos = childpos + 1;
            if rightpos < endpos {
                let c = self.heap_at(h, childpos);
                let r = self.heap_at(h, rightpos);
                if !self.heap_lt(h, endpos, &c, &r)? {
                    childpos = rightpos;
                }
            }
            let child = self.heap_at(h, childpos);
            self.heap_put(h, pos, child);
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        self.heap_put(h, pos, newitem);
        self.sift_down(h, startpos, pos)
    }

    pub fn call_heapq(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        let name = heapq_fn_name(id);
        self.no_kw(name, &kwnames)?;
        if id == HQ_POP || id == HQ_HEAPIFY {
            arg_count(name, &args, 1, 1)?;
        } else {
            arg_count(name, &args, 2, 2)?;
        }
        let h = match (&args[0], self.heap.get(&args[0])) {
            (Value::Ref(h), Some(Object::List(_))) => *h,
            _ => {
                return Err(type_error(format!("{}() argument 1 must be list, not {}", name, self.heap.type_name(&args[0])).as_str()))
            }
        };
        match id {
            HQ_PUSH => {
                if let Object::List(l) = &mut self.heap.objs[h] {
                    l.push(args[1].clone());
                }
                let n = self.heap_len(h);
                self.sift_down(h, 0, n - 1)?;
                Ok(Value::None)
            }
            HQ_POP => {
                let last = match &mut self.heap.objs[h] {
                    Object::List(l) => l.pop(),
                    _ => None,
                };
                let last = match last {
                    Some(v) => v,
                    None => return Err(err(ExcKind::IndexError, "index out of range")),
                };
                if self.heap_len(h) == 0 {
                    return Ok(last);
                }
                let top = self.heap_at(h, 0);
                self.heap_put(h, 0, last);
                self.sift_up(h, 0)?;
                Ok(top)
            }
            HQ_HEAPIFY => {
                let n = self.heap_len(h);
                let mut i = n / 2;
                while i > 0 {
                    i -= 1;
                    self.sift_up(h, i)?;
                }
                Ok(Value::None)
            }
            HQ_REPLACE => {
                if self.heap_len(h) == 0 {
                    return Err(err(ExcKind::IndexError, "index out of range"));
                }
                let top = self.heap_at(h, 0);
                self.heap_put(h, 0, args[1].clone());
                self.sift_up(h, 0)?;
                Ok(top)
            }
            _ => {
                let n = self.heap_len(h);
                if n == 0 {
                    return Ok(args[1].clone());
                }
                let top = self.heap_at(h, 0);
                if !self.heap_lt(h, n, &top, &args[1])? {
                    return Ok(args[1].clone());
                }
                self.heap_put(h, 0, args[1].clone());
                self.sift_up(h, 0)?;
                Ok(top)
            }
        }
    }
}
