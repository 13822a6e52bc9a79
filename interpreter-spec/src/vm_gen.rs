//! Generator delegation (stage 4): `yield from` through the `Send` op,
//! and `send()` that keeps the generator's return value.
//!
//! Invariants: a sub-generator runs synchronously (nested `execute`)
//! until it yields or returns; its return value becomes the value of the
//! `yield from` expression and of `StopIteration.value`.  `throw()` (and
//! so `close()`) on a generator suspended in `yield from` goes to the
//! sub-generator first.

use crate::bytecode::Op;
use crate::objects::{ExcKind, GEN_FINISHED, GEN_SUSPENDED, Object, PyErr, Value};
use crate::vm::{Vm, MODE_SYNC};

impl Vm {
    /// Sends `sent` into generator `g`: (finished, yielded or returned value).
    pub fn gen_send_full(&mut self, g: usize, sent: Value) -> Result<(bool, Value), PyErr> {
        if let Some(e) = self.reused_coroutine(g) {
            return Err(e);
        }
        if !self.resume(g, sent, MODE_SYNC)? {
            return Ok((true, Value::None));
        }
        let v = self.execute()?;
        if let Object::Generator(gen) = &self.heap.objs[g] {
            if gen.state == GEN_FINISHED {
                return Ok((true, v));
            }
        }
        Ok((false, v))
    }

    /// `Send(target)`: iterator sent -> iterator yielded, or the
    /// iterator's return value (jumping to `target`) when it is done.
    pub fn exec_send(&mut self, fi: usize, target: usize) -> Result<(), PyErr> {
        let sent = self.pop(fi);
        let len = self.frames[fi].stack.len();
        let it = self.frames[fi].stack[len - 1].clone();
        let gen = match (&it, self.heap.get(&it)) {
            (Value::Ref(h), Some(Object::Generator(_))) => Some(*h),
            _ => None,
        };
        let (done, v) = match gen {
            Some(g) => self.gen_send_full(g, sent)?,
            None => self.send_to_iter(&it, sent)?,
        };
        if done {
            self.pop(fi);
            self.push(fi, v);
            self.frames[fi].pc = target;
        } else {
            self.push(fi, v);
        }
        Ok(())
    }

    /// The sub-generator and the `Send` target of generator `g` when it
    /// is suspended inside `yield from` (at the op after its `Yield`).
    fn delegate_of(&self, g: usize) -> Option<(usize, usize)> {
        let f = match &self.heap.objs[g] {
            Object::Generator(gen) if gen.state == GEN_SUSPENDED => match &gen.frame {
                Some(f) => f,
                None => return None,
            },
            _ => return None,
        };
        if f.pc < 2 || f.stack.is_empty() {
            return None;
        }
        let ops = &self.program.codes[f.code].ops;
        let target = match (&ops[f.pc - 2], &ops[f.pc - 1]) {
            (Op::Send(t), Op::Yield) => *t,
            _ => return None,
        };
        match f.stack.last() {
            Some(Value::Ref(h)) => match &self.heap.objs[*h] {
                Object::Generator(_) => Some((*h, target)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `throw(e)` into a generator suspended in `yield from`: Some(result)
    /// when the sub-generator handled it (yielded or returned), None when
    /// `g` is not delegating; a new or re-raised error is thrown into `g`.
    pub fn throw_delegated(&mut self, g: usize, e: &Value) -> Result<Option<Value>, PyErr> {
        let (sub, target) = match self.delegate_of(g) {
            Some(d) => d,
            None => return Ok(None),
        };
        match self.gen_throw(sub, e) {
            Ok(v) => Ok(Some(v)),
            Err(err) => {
                if self.exc_is(&err, ExcKind::StopIteration) {
                    // The sub-generator returned: `yield from` evaluates to
                    // its value and `g` runs on to its next yield.
                    let ev = self.materialize(err);
                    let sym = crate::classes::S_VALUE;
                    let v = self.get_attr(&ev, sym)?;
                    if let Object::Generator(gen) = &mut self.heap.objs[g] {
                        if let Some(f) = &mut gen.frame {
                            f.stack.pop();
                            f.pc = target;
                        }
                    }
                    let (done, r) = self.gen_send_full(g, v)?;
                    if done {
                        return Err(self.stop_iteration(r));
                    }
                    return Ok(Some(r));
                }
                let ev = self.materialize(err);
                let r = self.gen_throw_here(g, &ev)?;
                Ok(Some(r))
            }
        }
    }
}
