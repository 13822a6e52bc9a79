//! Subscripted classes (stage 4): `C[x]` calls a class's
//! `__class_getitem__` (an implicit classmethod); the builtin containers
//! (list, dict, tuple, set, frozenset, type) and their subclasses give a
//! `types.GenericAlias` (`list[int]`), enough for annotations.
//!
//! `X | Y` of classes (and None) gives a `types.UnionType` (`int | None`),
//! which `isinstance` and `issubclass` accept.
//!
//! Invariants: a GenericAlias holds its origin class and a tuple of
//! arguments; it reprs like CPython (`dict[str, list[int]]`), exposes
//! `__origin__` / `__args__`, and calling it calls the origin.  A union
//! is a GenericAlias whose origin is None; its arguments are flattened,
//! without duplicates, None stored as NoneType.

use crate::classes::{T_DICT, T_FROZENSET, T_LIST, T_SET, T_TUPLE, T_TYPE};
use crate::objects::{type_error, Heap, Object, PyErr, Value};
use crate::vm::Vm;

impl Heap {
    /// repr of a GenericAlias argument.
    fn alias_arg_repr(&self, v: &Value, out: &mut String) {
        if let Value::Builtin(id) = v {
            if *id == crate::builtins::B_ELLIPSIS {
                out.push_str("...");
                return;
            }
        }
        match self.get(v) {
            Some(Object::Class(c)) => {
                if c.name.as_str() == "NoneType" && c.is_builtin {
                    out.push_str("None");
                    return;
                }
                if !c.is_builtin {
                    out.push_str("__main__.");
                }
                out.push_str(c.qualname.as_str());
            }
            Some(Object::GenericAlias(_, _)) => self.alias_repr(v, out),
            _ => out.push_str(self.repr(v).as_str()),
        }
    }

    pub fn alias_repr(&self, v: &Value, out: &mut String) {
        if let Some(Object::GenericAlias(Value::None, args)) = self.get(v) {
            let items = crate::ops::items_of(self, args);
            for k in 0..items.len() {
                if k > 0 {
                    out.push_str(" | ");
                }
                self.alias_arg_repr(&items[k], out);
            }
            return;
        }
        if let Some(Object::GenericAlias(o, args)) = self.get(v) {
            self.alias_arg_repr(o, out);
            out.push('[');
            let items = crate::ops::items_of(self, args);
            for k in 0..items.len() {
                if k > 0 {
                    out.push_str(", ");
                }
                self.alias_arg_repr(&items[k], out);
            }
            if items.is_empty() {
                out.push_str("()");
            }
            out.push(']');
        }
    }
}

impl Heap {
    /// `==` of aliases: same origin and arguments (in any order for unions).
    pub fn alias_eq(&self, o1: &Value, a1: &Value, o2: &Value, a2: &Value) -> bool {
        if !crate::ops::is_same(o1, o2) {
            return false;
        }
        let p = crate::ops::items_of(self, a1);
        let q = crate::ops::items_of(self, a2);
        if p.len() != q.len() {
            return false;
        }
        for k in 0..p.len() {
            let hit = if let Value::None = o1 {
                let mut found = false;
                for y in q.iter() {
                    if self.eq(&p[k], y) {
                        found = true;
                    }
                }
                found
            } else {
                self.eq(&p[k], &q[k])
            };
            if !hit {
                return false;
            }
        }
        true
    }

    /// The members `v` contributes to a union, if it can be in one.
    fn union_parts(&self, v: &Value) -> Option<Vec<Value>> {
        match (v, self.get(v)) {
            (Value::None, _) => Some(vec![Value::Ref(self.types[crate::classes::T_NONE])]),
            (_, Some(Object::Class(_))) => Some(vec![v.clone()]),
            (_, Some(Object::GenericAlias(Value::None, args))) => Some(crate::ops::items_of(self, args)),
            (_, Some(Object::GenericAlias(_, _))) => Some(vec![v.clone()]),
            _ => None,
        }
    }

    /// `a | b` for classes, None and aliases (at least one not None).
    pub fn type_union(&mut self, a: &Value, b: &Value) -> Option<Value> {
        if let (Value::None, Value::None) = (a, b) {
            return None;
        }
        let mut parts = self.union_parts(a)?;
        for x in self.union_parts(b)?.into_iter() {
            let mut dup = false;
            for y in parts.iter() {
                if crate::ops::is_same(&x, y) {
                    dup = true;
                }
            }
            if !dup {
                parts.push(x);
            }
        }
        if parts.len() == 1 {
            return Some(parts[0].clone());
        }
        let t = self.alloc(Object::Tuple(parts));
        Some(self.alloc(Object::GenericAlias(Value::None, t)))
    }
}

impl Vm {
    /// `cls[idx]`
    pub fn class_getitem(&mut self, cls: &Value, idx: &Value) -> Result<Value, PyErr> {
        let h = match cls {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let sym = crate::classes::S_CLASS_GETITEM;
        if let Some(f) = self.heap.lookup(h, sym) {
            let f = match self.heap.get(&f) {
                Some(Object::ClassMethod(g)) => g.clone(),
                _ => f,
            };
            return self.call_sync(&f, vec![cls.clone(), idx.clone()], Vec::new(), Vec::new());
        }
        let generic = [T_LIST, T_DICT, T_TUPLE, T_SET, T_FROZENSET, T_TYPE];
        for t in generic.iter() {
            if self.heap.is_subclass(h, self.heap.types[*t]) {
                let args = match self.heap.get(idx) {
                    Some(Object::Tuple(_)) => idx.clone(),
                    _ => self.heap.alloc(Object::Tuple(vec![idx.clone()])),
                };
                return Ok(self.heap.alloc(Object::GenericAlias(cls.clone(), args)));
            }
        }
        let name = self.heap.class(h).name.clone();
        Err(type_error(format!("type '{}' is not subscriptable", name).as_str()))
    }
}
