//! Stage 4 (continued): `except*` (PEP 654) and the lazily created
//! builtins `BaseExceptionGroup`/`ExceptionGroup`.  The classes and the
//! matching logic are Python, in the frozen module `_exgroup`
//! (lib/_exgroup.py); `Op::ExcStar` calls its helpers.
//!
//! Invariants:
//! - `_exgroup` is imported the first time a program names one of the
//!   group classes or runs an `except*` handler; before that no group can
//!   exist, so `exgroup_class` answers None without importing.
//! - Handlers of `except*` run as ordinary handlers (a handler block with
//!   the previous handled exception and the matched group on the stack),
//!   so `PopExcept` and the unwinder leave them as they leave `except`.

use crate::objects::{exc_err, PyErr, Value};
use crate::vm::{Block, Vm};

impl Vm {
    fn exgroup_fn(&mut self, name: &str) -> Result<Value, PyErr> {
        let m = self.import_dotted("_exgroup")?;
        let sym = self.heap.intern(name);
        self.get_attr(&m, sym)
    }

    /// A global name that is a builtin created on first use, or the NameError.
    pub fn lazy_builtin(&mut self, code: usize, i: usize) -> Result<Value, PyErr> {
        let name = self.program.global_names[i].clone();
        if name == "ExceptionGroup" || name == "BaseExceptionGroup" {
            let v = self.exgroup_fn(name.as_str())?;
            self.builtin_vals[i] = Some(v.clone());
            return Ok(v);
        }
        if name == "__builtins__" {
            // the builtins module, made on first use
            let v = self.import_dotted("builtins")?;
            self.builtin_vals[i] = Some(v.clone());
            return Ok(v);
        }
        if name == "memoryview" {
            let m = self.import_dotted("_memview")?;
            let sym = self.heap.intern("memoryview");
            let v = self.get_attr(&m, sym)?;
            self.builtin_vals[i] = Some(v.clone());
            return Ok(v);
        }
        Err(self.name_error(code, i))
    }

    /// `BaseExceptionGroup` if `_exgroup` has been imported.
    pub fn exgroup_class(&mut self) -> Option<usize> {
        let m = self.lookup_module("_exgroup")?;
        let mi = self.module_index(&m)?;
        match self.get_global(mi, "BaseExceptionGroup") {
            Some(Value::Ref(c)) => Some(c),
            _ => None,
        }
    }

    pub fn exec_exc_star(&mut self, fi: usize, k: usize) -> Result<(), PyErr> {
        match k {
            0 => {
                let e = self.top(fi);
                let f = self.exgroup_fn("_start")?;
                let st = self.call1(&f, vec![e])?;
                self.push(fi, st);
            }
            1 => {
                let t = self.pop(fi);
                let st = self.top(fi);
                let f = self.exgroup_fn("_match")?;
                let m = self.call1(&f, vec![st, t])?;
                let found = !matches!(m, Value::None);
                self.push(fi, m);
                self.push(fi, Value::Bool(found));
            }
            2 => {
                let m = self.top(fi);
                let depth = self.frames[fi].stack.len();
                let comps = self.frames[fi].comps.len();
                self.frames[fi].blocks.push(Block { handler: 0, depth: depth, comps: comps, is_handler: true });
                let prev = self.exc_info.clone();
                self.push(fi, prev);
                self.push(fi, m.clone());
                self.exc_info = m;
            }
            3 => {
                let len = self.frames[fi].stack.len();
                let st = self.frames[fi].stack[len - 4].clone();
                let e = self.frames[fi].stack[len - 1].clone();
                let f = self.exgroup_fn("_raised")?;
                self.call1(&f, vec![st, e])?;
            }
            _ => {
                let st = self.pop(fi);
                let f = self.exgroup_fn("_finish")?;
                let r = self.call1(&f, vec![st])?;
                if !matches!(r, Value::None) {
                    return Err(exc_err(r, true));
                }
            }
        }
        Ok(())
    }
}
