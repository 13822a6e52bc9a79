//! Set algebra that honours user `__eq__`/`__hash__` (instances as set
//! elements): the heap-level versions in sets.rs compare by value only.
//!
//! Invariant: when neither operand holds an instance, these delegate to
//! the heap-level operations (same results, same iteration order).

use crate::objects::{Object, PyErr, SetObj, Value};
use crate::vm::Vm;

impl Vm {
    fn set_has_instance(&self, s: &SetObj) -> bool {
        for x in s.items().iter() {
            if let Some(Object::Instance(_)) = self.heap.get(x) {
                return true;
            }
        }
        false
    }

    /// Does either set value hold an instance?
    pub fn sets_have_instances(&self, a: &Value, b: &Value) -> bool {
        let sa = self.heap.set_of(a);
        let sb = self.heap.set_of(b);
        match (sa, sb) {
            (Some(x), Some(y)) => self.set_has_instance(&x) || self.set_has_instance(&y),
            _ => false,
        }
    }

    /// Is every element of `a` in `b`?
    pub fn vm_set_subset(&mut self, a: &SetObj, b: &SetObj) -> Result<bool, PyErr> {
        if !self.set_has_instance(a) && !self.set_has_instance(b) {
            return Ok(self.heap.set_subset(a, b));
        }
        if a.len() > b.len() {
            return Ok(false);
        }
        for x in a.items().iter() {
            if !self.vset_contains(b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a op b` for sets `a`, `b` (op one of | & - ^); the result has
    /// `a`'s type.
    pub fn vm_set_binop(&mut self, a: &Value, b: &Value, op: char) -> Result<Value, PyErr> {
        let sa = self.heap.set_of(a).unwrap();
        let sb = self.heap.set_of(b).unwrap();
        if !self.set_has_instance(&sa) && !self.set_has_instance(&sb) {
            return self.heap.set_binop(a, b, op);
        }
        let frozen = match self.heap.get(a) {
            Some(Object::FrozenSet(_)) => true,
            _ => false,
        };
        let mut r = crate::sets::new_set();
        let ia = sa.items();
        let ib = sb.items();
        if op == '|' {
            for x in ia.iter().chain(ib.iter()) {
                self.vset_add(&mut r, x)?;
            }
        } else if op == '&' {
            for x in ia.iter() {
                if self.vset_contains(&sb, x)? {
                    self.vset_add(&mut r, x)?;
                }
            }
        } else if op == '-' {
            for x in ia.iter() {
                if !self.vset_contains(&sb, x)? {
                    self.vset_add(&mut r, x)?;
                }
            }
        } else {
            for x in ia.iter() {
                if !self.vset_contains(&sb, x)? {
                    self.vset_add(&mut r, x)?;
                }
            }
            for x in ib.iter() {
                if !self.vset_contains(&sa, x)? {
                    self.vset_add(&mut r, x)?;
                }
            }
        }
        Ok(if frozen { self.heap.alloc(Object::FrozenSet(Box::new(r))) } else { self.heap.alloc(Object::Set(Box::new(r))) })
    }
}
