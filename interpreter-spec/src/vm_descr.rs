//! Stage 4 (continued): user-defined descriptors -- class attributes
//! whose class defines `__get__`, `__set__` or `__delete__` -- and
//! `__set_name__`.
//!
//! Invariants (CPython's lookup order, see vm_attr.rs):
//! - On an instance, a data descriptor (with `__set__` or `__delete__`)
//!   found on the class wins over the instance's own attributes; a
//!   non-data descriptor (`__get__` only) comes after them.
//! - On a class, `__get__` is called with None as the instance.
//! - Functions, properties, classmethods and staticmethods are handled
//!   by `bind` and are not user descriptors here.
//! - `__set_name__(owner, name)` runs for every namespace value whose
//!   class defines it when the class is created, before
//!   `__init_subclass__`, in definition order.

use crate::objects::{Object, PyErr, Value};
use crate::vm::Vm;

pub const S_SET_NAME: usize = 46;
pub const S_GET: usize = 89;
pub const S_SET: usize = 90;

impl Vm {
    /// For a user descriptor `t`: (its `__get__` if any, whether it is a
    /// data descriptor).  None for anything else.
    pub fn user_descr(&mut self, t: &Value) -> Option<(Option<Value>, bool)> {
        let cls = match self.heap.get(t) {
            Some(Object::Instance(inst)) => inst.cls(&self.heap.maps),
            _ => return None,
        };
        let get = self.heap.lookup_user_cached(cls, S_GET);
        let del = crate::classes::S_DELETE;
        let data = self.heap.has_user(cls, S_SET) || self.heap.has_user(cls, del);
        if get.is_none() && !data {
            return None;
        }
        Some((get, data))
    }

    /// `t.__get__(obj, cls)`.
    pub fn descr_get(&mut self, get: &Value, t: &Value, obj: &Value, cls: usize) -> Result<Value, PyErr> {
        self.call_sync(get, vec![t.clone(), obj.clone(), Value::Ref(cls)], Vec::new(), Vec::new())
    }

    /// `obj.name = v` (or `del obj.name` when `v` is None) through a data
    /// descriptor `t`: false if `t` lacks the method.
    pub fn descr_set(&mut self, t: &Value, obj: &Value, v: Option<Value>) -> Result<bool, PyErr> {
        let cls = match self.heap.get(t) {
            Some(Object::Instance(inst)) => inst.cls(&self.heap.maps),
            _ => return Ok(false),
        };
        match v {
            Some(v) => match self.heap.lookup_user_cached(cls, S_SET) {
                Some(f) => {
                    self.call_sync(&f, vec![t.clone(), obj.clone(), v], Vec::new(), Vec::new())?;
                    Ok(true)
                }
                None => Ok(false),
            },
            None => {
                let del = crate::classes::S_DELETE;
                match self.heap.lookup_user(cls, del) {
                    Some(f) => {
                        self.call_sync(&f, vec![t.clone(), obj.clone()], Vec::new(), Vec::new())?;
                        Ok(true)
                    }
                    None => Ok(false),
                }
            }
        }
    }

    /// Calls `__set_name__` on the namespace values of new class `cls`.
    pub fn set_names(&mut self, cls: usize) -> Result<(), PyErr> {
        let (names, values) = {
            let c = self.heap.class(cls);
            (c.names.clone(), c.values.clone())
        };
        for k in 0..names.len() {
            let vcls = match self.heap.get(&values[k]) {
                Some(Object::Instance(inst)) => inst.cls(&self.heap.maps),
                _ => continue,
            };
            if let Some(f) = self.heap.lookup_user(vcls, S_SET_NAME) {
                let n = self.heap.syms[names[k]].clone();
                let nv = self.heap.str_from(n.as_str());
                self.call_sync(&f, vec![values[k].clone(), Value::Ref(cls), nv], Vec::new(), Vec::new())?;
            }
        }
        Ok(())
    }
}
