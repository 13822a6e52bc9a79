//! Stage 4 (continued): the object protocols at VM level -- truth, len,
//! str/repr, comparisons, `in`, iteration, operators and subscripts --
//! for values whose behaviour may be defined in Python (instances with
//! dunder methods), lazy iterators (generators, enumerate, zip, map,
//! filter) and containers that may hold either.
//!
//! Invariants:
//! - Everything here falls back to the heap-level functions (objects.rs,
//!   ops.rs, subscript.rs, ...) for plain builtin values, so behaviour
//!   and messages for those are unchanged.
//! - A dunder returning `NotImplemented` falls through to the reflected
//!   method and then to the default (identity for `==`, TypeError for
//!   ordering and arithmetic), like CPython.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::{B_EXC_REPR, B_NOTIMPLEMENTED, B_OBJECT_REPR};
use crate::classes::{
    S_ADD, S_BOOL, S_CONTAINS, S_DELITEM, S_EQ, S_FORMAT, S_GE, S_GETITEM, S_GT, S_INVERT, S_ITER, S_LE, S_LEN, S_LT, S_NE, S_NEG,
    S_NEXT, S_POS, S_RADD, S_REPR, S_SETITEM, S_STR,
};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, SetObj, Value};
use crate::ops::{binary_op, compare, is_same};
use crate::objects_repr::fake_address;
use crate::vm::Vm;

/// (method, reflected method) symbols of a binary operator.
pub fn binop_syms(op: &BinOp) -> (usize, usize) {
    if *op == BinOp::MatMul {
        return (crate::classes::S_MATMUL, crate::classes::S_MATMUL + 1);
    }
    let k = crate::vm_ops::binop_index(op);
    (S_ADD + k, S_RADD + k)
}

/// The in-place method symbol (`__iadd__`, ...) of a binary operator.
pub fn inplace_sym(op: &BinOp) -> usize {
    if *op == BinOp::MatMul {
        return crate::classes::S_MATMUL + 2;
    }
    binop_syms(op).0 + 24
}

pub fn cmp_syms(op: &CmpOp) -> (usize, usize) {
    match op {
        CmpOp::Eq => (S_EQ, S_EQ),
        CmpOp::NotEq => (S_NE, S_NE),
        CmpOp::Lt => (S_LT, S_GT),
        CmpOp::LtE => (S_LE, S_GE),
        CmpOp::Gt => (S_GT, S_LT),
        _ => (S_GE, S_LE),
    }
}

pub fn is_notimpl(v: &Value) -> bool {
    match v {
        Value::Builtin(id) => *id == B_NOTIMPLEMENTED,
        _ => false,
    }
}

impl Vm {
    /// A user-defined method `sym` of `v`'s class, if `v` is an instance
    /// (or a class whose user metaclass defines it: `len(C)`, `C[k]`).
    pub fn user_method(&self, v: &Value, sym: usize) -> Option<Value> {
        match self.heap.get(v) {
            Some(Object::Instance(inst)) => self.heap.lookup_user(inst.cls(&self.heap.maps), sym),
            Some(Object::Class(c)) => match c.meta {
                Some(m) => self.heap.lookup_user(m, sym),
                None => None,
            },
            _ => None,
        }
    }

    /// A method `sym` defined by the user metaclass of class `v`
    /// (`EnumMeta.__iter__` for `for m in Color`).
    pub fn meta_method(&self, v: &Value, sym: usize) -> Option<Value> {
        if let Some(Object::Class(c)) = self.heap.get(v) {
            if let Some(m) = c.meta {
                return self.heap.lookup_user(m, sym);
            }
        }
        None
    }

    pub fn truthy(&mut self, v: &Value) -> Result<bool, PyErr> {
        match v {
            Value::Ref(_) => self.truthy_object(v),
            _ => Ok(self.heap.truthy(v)),
        }
    }

    fn truthy_object(&mut self, v: &Value) -> Result<bool, PyErr> {
        if let Some(Object::Instance(_)) = self.heap.get(v) {
            if let Some(m) = self.user_method(v, S_BOOL) {
                let r = self.call1(&m, vec![v.clone()])?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(type_error(format!("__bool__ should return bool, returned {}", self.heap.type_name(&other)).as_str())),
                };
            }
            if self.user_method(v, S_LEN).is_some() {
                return Ok(self.v_len(v)? != 0);
            }
            return Ok(true);
        }
        match self.heap.get(v) {
            Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => Ok(s.len() > 0),
            _ => Ok(self.heap.truthy(v)),
        }
    }

    /// `len(v)`: str, list and tuple directly, the rest in `v_len_general` (hooks,
    /// metaclasses, errors).
    pub fn v_len(&mut self, v: &Value) -> Result<i64, PyErr> {
        if let Value::Ref(h) = v {
            match &self.heap.objs[*h] {
                Object::Str(s) => return Ok(s.len() as i64),
                Object::List(items) | Object::Tuple(items) => return Ok(items.len() as i64),
                _ => {}
            }
        }
        self.v_len_general(v)
    }

    fn v_len_general(&mut self, v: &Value) -> Result<i64, PyErr> {
        if let Some(m) = self.meta_method(v, S_LEN) {
            let r = self.call1(&m, vec![v.clone()])?;
            return match r {
                Value::Int(i) => Ok(i),
                _ => Err(type_error("'__len__' of a metaclass should return an int")),
            };
        }
        let set_len = match self.heap.get(v) {
            Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => Some(s.len() as i64),
            _ => None,
        };
        if let Some(n) = set_len {
            return Ok(n);
        }
        if let Some(m) = self.user_method(v, S_LEN) {
            let r = self.call1(&m, vec![v.clone()])?;
            let n = match r {
                Value::Int(i) => i,
                Value::Bool(b) => {
                    if b {
                        1
                    } else {
                        0
                    }
                }
                other => {
                    return Err(type_error(
                        format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(&other)).as_str(),
                    ))
                }
            };
            if n < 0 {
                return Err(err(ExcKind::ValueError, "__len__() should return >= 0"));
            }
            return Ok(n);
        }
        self.heap.len(v)
    }

    /// Python `str(v)`.
    pub fn v_str(&mut self, v: &Value) -> Result<String, PyErr> {
        match self.heap.get(v) {
            Some(Object::Str(_)) => Ok(self.heap.to_str(v)),
            Some(Object::Instance(inst)) => {
                let cls = inst.cls(&self.heap.maps);
                match self.heap.lookup(cls, S_STR) {
                    Some(Value::Builtin(b)) => {
                        if b == crate::builtins::B_EXC_STR {
                            return self.exc_str(v);
                        }
                        self.v_repr(v)
                    }
                    Some(m) => {
                        self.enter_check(0, " while getting the str of an object")?;
                        self.c_depth += 1;
                        let r = self.call1(&m, vec![v.clone()]);
                        self.c_depth -= 1;
                        let r = r?;
                        if !self.heap.is_str(&r) {
                            return Err(type_error(format!("__str__ returned non-string (type {})", self.heap.type_name(&r)).as_str()));
                        }
                        Ok(self.heap.to_str(&r))
                    }
                    None => self.v_repr(v),
                }
            }
            Some(_) => self.v_repr(v),
            None => {
                crate::bigint_ops::check_str_digits(v)?;
                Ok(self.heap.to_str(v))
            }
        }
    }

    /// `BaseException.__str__`.
    pub fn exc_str(&mut self, v: &Value) -> Result<String, PyErr> {
        if let Some(s) = self.os_error_str(v)? {
            return Ok(s);
        }
        if let Some(s) = self.syntax_error_str(v)? {
            return Ok(s);
        }
        if let Some(s) = self.unicode_error_str(v)? {
            return Ok(s);
        }
        let args = match self.heap.exc_state(v) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args),
            None => Vec::new(),
        };
        if args.is_empty() {
            return Ok(String::new());
        }
        if args.len() == 1 {
            let key_error = self.heap.exc_class(ExcKind::KeyError);
            if self.heap.isinstance(v, key_error) {
                return self.v_repr(&args[0]);
            }
            return self.v_str(&args[0]);
        }
        let t = self.heap.alloc(Object::Tuple(args));
        self.v_repr(&t)
    }

    /// Python `repr(v)`.
    pub fn v_repr(&mut self, v: &Value) -> Result<String, PyErr> {
        let mut seen = Vec::new();
        let mut out = String::new();
        self.repr_into(v, &mut out, &mut seen)?;
        Ok(out)
    }

    /// Does `v` need the VM to be repr'd (an instance somewhere inside)?
    fn repr_needs_vm(&self, v: &Value, depth: usize) -> bool {
        if depth > 50 {
            return true;
        }
        if let Value::BigInt(b) = v {
            // Long enough that it may exceed the int -> str digit limit.
            return b.mag.len() >= 440;
        }
        match self.heap.get(v) {
            Some(Object::Instance(_)) => true,
            Some(Object::Class(c)) => c.meta.is_some(),
            Some(Object::List(items)) | Some(Object::Tuple(items)) => {
                for x in items.iter() {
                    if self.repr_needs_vm(x, depth + 1) {
                        return true;
                    }
                }
                false
            }
            Some(Object::Dict(d)) => {
                for p in 0..d.end() {
                    if d.is_live(p) && (self.repr_needs_vm(d.key_at(p), depth + 1) || self.repr_needs_vm(d.value_at(p), depth + 1)) {
                        return true;
                    }
                }
                false
            }
            Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => {
                for x in s.items().iter() {
                    if self.repr_needs_vm(x, depth + 1) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }

    fn repr_into(&mut self, v: &Value, out: &mut String, seen: &mut Vec<usize>) -> Result<(), PyErr> {
        if !self.repr_needs_vm(v, 0) {
            out.push_str(self.heap.repr(v).as_str());
            return Ok(());
        }
        let h = match v {
            Value::Ref(h) => *h,
            _ => {
                crate::bigint_ops::check_str_digits(v)?;
                out.push_str(self.heap.repr(v).as_str());
                return Ok(());
            }
        };
        if seen.contains(&h) {
            let base = self.heap.unwrap_data(v);
            match self.heap.get(&base) {
                Some(Object::Dict(_)) => out.push_str("{...}"),
                Some(Object::List(_)) => out.push_str("[...]"),
                Some(Object::Instance(_)) => {
                    return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"))
                }
                _ => out.push_str("..."),
            }
            return Ok(());
        }
        let kind = match &self.heap.objs[h] {
            Object::Instance(_) => 1,
            Object::Class(_) => 7,
            Object::List(_) => 2,
            Object::Tuple(_) => 3,
            Object::Dict(_) => 4,
            Object::Set(_) => 5,
            Object::FrozenSet(_) => 6,
            _ => 0,
        };
        if kind == 7 {
            // A class: its user metaclass's __repr__, else <class '...'>.
            match self.user_method(v, S_REPR) {
                Some(m) => {
                    let r = self.call1(&m, vec![v.clone()])?;
                    if !self.heap.is_str(&r) {
                        return Err(type_error(format!("__repr__ returned non-string (type {})", self.heap.type_name(&r)).as_str()));
                    }
                    out.push_str(self.heap.to_str(&r).as_str());
                }
                None => out.push_str(self.heap.repr(v).as_str()),
            }
            return Ok(());
        }
        seen.push(h);
        if kind == 1 {
            let cls = self.heap.class_of(v);
            let m = self.heap.lookup(cls, S_REPR);
            let mid = match &m {
                Some(Value::Builtin(b)) => *b,
                None => B_OBJECT_REPR,
                _ => 0,
            };
            // A list or dict subclass with the builtin repr: its base's
            // repr, sharing `seen` so that cycles print `[...]` / `{...}`.
            let builtin_repr = match &m {
                Some(x) => match self.heap.get(x) {
                    Some(Object::MethodDescr(_, _)) => true,
                    _ => false,
                },
                None => false,
            };
            let base = self.heap.unwrap_data(v);
            let container = match self.heap.get(&base) {
                Some(Object::List(_)) | Some(Object::Dict(_)) => true,
                _ => false,
            };
            if builtin_repr && container {
                let r = self.repr_into(&base, out, seen);
                seen.pop();
                return r;
            }
            if mid == B_OBJECT_REPR {
                let c = self.heap.class(cls);
                out.push_str(format!("<{}.{} object at {}>", self.heap.class_module(cls), c.qualname, fake_address(h)).as_str());
            } else if mid == B_EXC_REPR {
                let name = self.heap.class(cls).name.clone();
                let args = match self.heap.exc_state(v) {
                    Some(st) => crate::ops::items_of(&self.heap, &st.args),
                    None => Vec::new(),
                };
                out.push_str(name.as_str());
                out.push('(');
                for k in 0..args.len() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(&args[k], out, seen)?;
                }
                out.push(')');
            } else {
                if let Err(e) = self.enter_check(0, " while getting the repr of an object") {
                    seen.pop();
                    return Err(e);
                }
                self.c_depth += 1;
                let r = self.call1(&m.unwrap(), vec![v.clone()]);
                self.c_depth -= 1;
                let r = r?;
                if !self.heap.is_str(&r) {
                    seen.pop();
                    return Err(type_error(format!("__repr__ returned non-string (type {})", self.heap.type_name(&r)).as_str()));
                }
                out.push_str(self.heap.to_str(&r).as_str());
            }
        } else if kind == 2 || kind == 3 {
            let items = crate::ops::items_of(&self.heap, v);
            out.push(if kind == 2 { '[' } else { '(' });
            for k in 0..items.len() {
                if k > 0 {
                    out.push_str(", ");
                }
                self.repr_into(&items[k], out, seen)?;
            }
            if kind == 3 && items.len() == 1 {
                out.push(',');
            }
            out.push(if kind == 2 { ']' } else { ')' });
        } else if kind == 4 {
            let (ks, vs) = match &self.heap.objs[h] {
                Object::Dict(d) => (d.keys(), d.values()),
                _ => (Vec::new(), Vec::new()),
            };
            out.push('{');
            for k in 0..ks.len() {
                if k > 0 {
                    out.push_str(", ");
                }
                self.repr_into(&ks[k], out, seen)?;
                out.push_str(": ");
                self.repr_into(&vs[k], out, seen)?;
            }
            out.push('}');
        } else if kind == 5 || kind == 6 {
            let items = match self.heap.set_of(v) {
                Some(s) => s.items(),
                None => Vec::new(),
            };
            if kind == 6 {
                out.push_str("frozenset(");
            }
            out.push('{');
            for k in 0..items.len() {
                if k > 0 {
                    out.push_str(", ");
                }
                self.repr_into(&items[k], out, seen)?;
            }
            out.push('}');
            if kind == 6 {
                out.push(')');
            }
        } else {
            out.push_str(self.heap.repr(v).as_str());
        }
        seen.pop();
        Ok(())
    }

    /// Tries `a.sym(b)` then `b.rsym(a)` (reflected first when b's class
    /// is a proper subclass of a's; for arithmetic only when the classes
    /// differ): Some(result) unless both are missing or return
    /// NotImplemented.
    fn try_dunders(&mut self, a: &Value, b: &Value, sym: usize, rsym: usize, is_cmp: bool) -> Result<Option<Value>, PyErr> {
        if is_cmp {
            self.enter_check(0, " in comparison")?;
            self.c_depth += 1;
            let r = self.try_dunders_inner(a, b, sym, rsym, is_cmp);
            self.c_depth -= 1;
            return r;
        }
        self.try_dunders_inner(a, b, sym, rsym, is_cmp)
    }

    fn try_dunders_inner(&mut self, a: &Value, b: &Value, sym: usize, rsym: usize, is_cmp: bool) -> Result<Option<Value>, PyErr> {
        let ma = self.user_method(a, sym);
        let mb = self.user_method(b, rsym);
        let ca = self.heap.class_of(a);
        let cb = self.heap.class_of(b);
        let b_first = mb.is_some() && ca != cb && self.heap.is_subclass(cb, ca);
        if b_first {
            let r = self.call1(mb.as_ref().unwrap(), vec![b.clone(), a.clone()])?;
            if !is_notimpl(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(m) = &ma {
            let r = self.call1(m, vec![a.clone(), b.clone()])?;
            if !is_notimpl(&r) {
                return Ok(Some(r));
            }
        }
        if !b_first && (ca != cb || is_cmp) {
            if let Some(m) = &mb {
                let r = self.call1(m, vec![b.clone(), a.clone()])?;
                if !is_notimpl(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a == b` as a bool.
    pub fn v_eq(&mut self, a: &Value, b: &Value) -> Result<bool, PyErr> {
        if is_same(a, b) {
            if let Value::Float(f) = a {
                return Ok(*f == *f);
            }
            if !self.is_instance(a) {
                return Ok(true);
            }
        }
        let r = self.v_compare(&CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool.
    pub fn v_lt(&mut self, a: &Value, b: &Value) -> Result<bool, PyErr> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(*x < *y);
        }
        let r = self.v_compare(&CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// Comparison ops that may involve instances, sets or containers.
    pub fn compare_slow(&mut self, op: &CmpOp, a: &Value, b: &Value) -> Result<Value, PyErr> {
        match op {
            CmpOp::Is => Ok(Value::Bool(is_same(a, b))),
            CmpOp::IsNot => Ok(Value::Bool(!is_same(a, b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            _ => self.v_compare(op, a, b),
        }
    }

    /// A builtin-subclass wrapper whose own comparison declined against a
    /// plain value of its base type: the plain value's builtin comparison
    /// (CPython's `dict.__eq__(plain, wrapper)`, ...) decides.
    pub fn wrapper_compare(&mut self, op: &CmpOp, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
        let ia = self.is_instance(a);
        let ib = self.is_instance(b);
        if ia && ib {
            // Two number subclasses (an int's and a float's): int.__eq__
            // declines the float, float's reflected comparison takes the int.
            if let (Some(x), Some(y)) = (self.heap.payload(a), self.heap.payload(b)) {
                if is_number_value(&x) && is_number_value(&y) {
                    return Ok(Some(self.v_compare(op, &x, &y)?));
                }
            }
            return Ok(None);
        }
        if ia == ib {
            return Ok(None);
        }
        let (w, p) = if ia { (a, b) } else { (b, a) };
        if let Some(base) = self.heap.payload(w) {
            // Same base type, or numbers (int.__eq__ declines a float, whose
            // own reflected comparison takes the int).
            if self.heap.class_of(&base) == self.heap.class_of(p) || (is_number_value(&base) && is_number_value(p)) {
                let r = if ia { self.v_compare(op, &base, b)? } else { self.v_compare(op, a, &base)? };
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Rich comparison (==, !=, <, <=, >, >=).
    pub fn v_compare(&mut self, op: &CmpOp, a: &Value, b: &Value) -> Result<Value, PyErr> {
        if self.is_instance(a) || self.is_instance(b) {
            let (sym, rsym) = cmp_syms(op);
            if let Some(r) = self.try_dunders(a, b, sym, rsym, true)? {
                return Ok(r);
            }
            if let Some(r) = self.wrapper_compare(op, a, b)? {
                return Ok(r);
            }
            if *op == CmpOp::NotEq {
                if let Some(r) = self.try_dunders(a, b, S_EQ, S_EQ, true)? {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(is_same(a, b))),
                CmpOp::NotEq => Ok(Value::Bool(!is_same(a, b))),
                _ => Err(type_error(
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        self.heap.type_name(a),
                        self.heap.type_name(b)
                    )
                    .as_str(),
                )),
            };
        }
        if (is_key_view(&self.heap, a) || is_key_view(&self.heap, b))
            && (self.heap.is_set(a) || self.heap.is_set(b) || (is_key_view(&self.heap, a) && is_key_view(&self.heap, b)))
        {
            // dict_keys / dict_items compare with sets (and each other) as sets.
            let sa = self.heap.make_set(Some(a), false)?;
            let sb = self.heap.make_set(Some(b), false)?;
            return self.set_compare(op, &sa, &sb);
        }
        let kinds = (self.seq_kind(a), self.seq_kind(b));
        if kinds.0 != 0 && kinds.0 == kinds.1 {
            if kinds.0 == 3 {
                return self.set_compare(op, a, b);
            }
            if kinds.0 == 4 {
                if *op == CmpOp::Eq || *op == CmpOp::NotEq {
                    let e = self.dict_eq(a, b)?;
                    return Ok(Value::Bool(if *op == CmpOp::Eq { e } else { !e }));
                }
                return compare(&self.heap, op, a, b);
            }
            let p = crate::ops::items_of(&self.heap, a);
            let q = crate::ops::items_of(&self.heap, b);
            if same_ref(a, b) {
                // Each item is identical to itself: equal, of equal length.
                return Ok(Value::Bool(*op == CmpOp::Eq || *op == CmpOp::LtE || *op == CmpOp::GtE));
            }
            if *op == CmpOp::Eq || *op == CmpOp::NotEq {
                // Items are compared identity first, as CPython's
                // PyObject_RichCompareBool (`[x] == [x]` with x a nan; a
                // float's identity is its bits, see Heap::fresh_nan).
                let mut e = p.len() == q.len();
                if e {
                    for k in 0..p.len() {
                        if !is_same(&p[k], &q[k]) && !self.v_eq(&p[k], &q[k])? {
                            e = false;
                            break;
                        }
                    }
                }
                return Ok(Value::Bool(if *op == CmpOp::Eq { e } else { !e }));
            }
            let n = if p.len() < q.len() { p.len() } else { q.len() };
            for k in 0..n {
                if !is_same(&p[k], &q[k]) && !self.v_eq(&p[k], &q[k])? {
                    return self.v_compare(op, &p[k], &q[k]);
                }
            }
            let (x, y) = (p.len() as i64, q.len() as i64);
            let r = match op {
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            };
            return Ok(Value::Bool(r));
        }
        if (kinds.0 == 3) != (kinds.1 == 3) && (*op == CmpOp::Eq || *op == CmpOp::NotEq) {
            return Ok(Value::Bool(*op == CmpOp::NotEq));
        }
        compare(&self.heap, op, a, b)
    }

    /// 1 list, 2 tuple, 3 set/frozenset, 4 dict, else 0.
    fn seq_kind(&self, v: &Value) -> u8 {
        match self.heap.get(v) {
            Some(Object::List(_)) => 1,
            Some(Object::Tuple(_)) => 2,
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => 3,
            Some(Object::Dict(_)) => 4,
            _ => 0,
        }
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> Result<bool, PyErr> {
        let e1 = match self.heap.get(a) {
            Some(Object::Dict(d)) => d.entries(),
            _ => return Ok(false),
        };
        let n2 = match self.heap.get(b) {
            Some(Object::Dict(d)) => d.len(),
            _ => return Ok(false),
        };
        if e1.len() != n2 {
            return Ok(false);
        }
        for (k, v1, _) in e1.iter() {
            match self.dict_lookup_value(b, k)? {
                Some(v2) => {
                    if !is_same(v1, &v2) && !self.v_eq(v1, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, op: &CmpOp, a: &Value, b: &Value) -> Result<Value, PyErr> {
        let sa = self.heap.set_of(a).unwrap();
        let sb = self.heap.set_of(b).unwrap();
        let r = match op {
            CmpOp::Eq => sa.len() == sb.len() && self.vm_set_subset(&sa, &sb)?,
            CmpOp::NotEq => !(sa.len() == sb.len() && self.vm_set_subset(&sa, &sb)?),
            CmpOp::LtE => self.vm_set_subset(&sa, &sb)?,
            CmpOp::Lt => sa.len() < sb.len() && self.vm_set_subset(&sa, &sb)?,
            CmpOp::GtE => self.vm_set_subset(&sb, &sa)?,
            _ => sb.len() < sa.len() && self.vm_set_subset(&sb, &sa)?,
        };
        Ok(Value::Bool(r))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool, PyErr> {
        if let Some(m) = self.meta_method(container, S_CONTAINS) {
            let r = self.call1(&m, vec![container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        let kind = match self.heap.get(container) {
            Some(Object::Instance(_)) => 1,
            Some(Object::Class(c)) if c.meta.is_some() => 1,
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => 2,
            Some(Object::List(_)) | Some(Object::Tuple(_)) => 3,
            Some(Object::Dict(_)) => 4,
            Some(Object::Generator(_)) | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _))
            | Some(Object::Filter(_, _)) | Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) | Some(Object::SetIter(_, _))
            | Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) | Some(Object::DictIter(_, _, _, _)) => 5,
            _ => 0,
        };
        if kind == 1 {
            if let Some(m) = self.user_method(container, S_CONTAINS) {
                let r = self.call1(&m, vec![container.clone(), item.clone()])?;
                return self.truthy(&r);
            }
            if self.user_method(container, S_ITER).is_none() && self.user_method(container, S_GETITEM).is_none() {
                return Err(type_error(
                    format!("argument of type '{}' is not iterable", self.heap.type_name(container)).as_str(),
                ));
            }
        }
        if kind == 2 {
            if !self.user_hashed(item) {
                // No Python code runs: search the set where it lies.
                return match self.heap.get(container) {
                    Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => self.heap.set_contains(s, item),
                    _ => Ok(false),
                };
            }
            let s = self.heap.set_of(container).unwrap();
            return self.vset_contains(&s, item);
        }
        if kind == 3 {
            // By index, reading the length each time as CPython does (an
            // `__eq__` may change the list), instead of copying the items.
            let h = match container {
                Value::Ref(h) => *h,
                _ => return Ok(false),
            };
            let mut i = 0;
            loop {
                let x = match &self.heap.objs[h] {
                    Object::List(l) | Object::Tuple(l) => {
                        if i >= l.len() {
                            return Ok(false);
                        }
                        l[i].clone()
                    }
                    _ => return Ok(false),
                };
                if is_same(&x, item) || self.v_eq(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        if kind == 4 && self.needs_vm_key(container, item) {
            return Ok(self.dict_index(container, item)?.is_some());
        }
        if let Some(Object::DictView(d, 0)) = self.heap.get(container) {
            if self.dict_key_needs_vm(*d, item) {
                let d = Value::Ref(*d);
                return Ok(self.dict_index(&d, item)?.is_some());
            }
        }
        if kind == 1 || kind == 5 {
            let it = self.get_iter(container)?;
            loop {
                match self.next_value(&it)? {
                    Some(x) => {
                        if is_same(&x, item) || self.v_eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    None => return Ok(false),
                }
            }
        }
        if let Some(p) = self.heap.eq_payload(item) {
            return self.contains(container, &p);
        }
        crate::ops::contains(&self.heap, container, item)
    }

    /// Can `v` be iterated?
    pub fn iterable(&self, v: &Value) -> bool {
        if self.meta_method(v, S_ITER).is_some() {
            return true;
        }
        match self.heap.get(v) {
            Some(Object::Instance(inst)) => {
                self.heap.lookup_user(inst.cls(&self.heap.maps), S_ITER).is_some() || self.heap.lookup_user(inst.cls(&self.heap.maps), S_GETITEM).is_some()
            }
            Some(Object::Class(_)) => self.user_method(v, S_ITER).is_some(),
            Some(Object::Str(_)) | Some(Object::List(_)) | Some(Object::Tuple(_)) | Some(Object::Dict(_)) | Some(Object::Set(_))
            | Some(Object::FrozenSet(_)) | Some(Object::Range(_, _, _)) | Some(Object::DictView(_, _)) | Some(Object::Generator(_))
            | Some(Object::DictIter(_, _, _, _))
            | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _)) | Some(Object::Filter(_, _))
            | Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) | Some(Object::SetIter(_, _)) => true,
            // Every other kind `get_iter` accepts: bytes-likes, iterators of
            // iter(callable, sentinel) and of __getitem__, files, sys.stdin.
            Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) | Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _))
            | Some(Object::File(_)) | Some(Object::Stream(0)) => true,
            _ => false,
        }
    }

    /// `iter(v)`
    pub fn get_iter(&mut self, v: &Value) -> Result<Value, PyErr> {
        if let Some(m) = self.meta_method(v, S_ITER) {
            return self.call1(&m, vec![v.clone()]);
        }
        if let Some(f) = self.file_ref(v) {
            if f.closed && f.kind != crate::io_mod::K_SCANDIR {
                return Err(crate::io_mod::closed_err());
            }
            return Ok(v.clone());
        }
        if let Some(Object::Stream(0)) = self.heap.get(v) {
            // `for line in sys.stdin` is `iter(sys.stdin.readline, '')`.
            let empty = self.heap.str_from("");
            return Ok(self.heap.alloc(Object::CallIter(Value::Builtin(crate::modules_builtin::IN_READLINE), empty)));
        }
        let kind = match self.heap.get(v) {
            Some(Object::Instance(_)) => 1,
            Some(Object::Generator(_)) | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _))
            | Some(Object::Filter(_, _)) | Some(Object::SetIter(_, _)) | Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) => 2,
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => 3,
            _ => 0,
        };
        if kind == 1 {
            if let Some(m) = self.user_method(v, S_ITER) {
                let it = self.call1(&m, vec![v.clone()])?;
                let ok = match self.heap.get(&it) {
                    Some(Object::Instance(_)) => self.user_method(&it, S_NEXT).is_some(),
                    Some(_) => self.is_iterator(&it),
                    None => false,
                };
                if !ok {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", self.heap.type_name(&it)).as_str()));
                }
                return Ok(it);
            }
            if self.user_method(v, S_GETITEM).is_some() {
                return Ok(self.heap.alloc(Object::GetItemIter(v.clone(), 0)));
            }
            return Err(type_error(format!("'{}' object is not iterable", self.heap.type_name(v)).as_str()));
        }
        if kind == 2 {
            if let Some(Object::Generator(g)) = self.heap.get(v) {
                if g.kind == 1 {
                    return Err(type_error("'coroutine' object is not iterable"));
                }
            }
            return Ok(v.clone());
        }
        if kind == 3 {
            if let Value::Ref(h) = v {
                let h = *h;
                return Ok(self.heap.alloc(Object::SetIter(h, 0)));
            }
        }
        self.heap.get_iter(v)
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Generator(_)) | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _))
            | Some(Object::Filter(_, _)) | Some(Object::SetIter(_, _)) | Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _))
            | Some(Object::DictIter(_, _, _, _))
            | Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) | Some(Object::File(_)) => true,
            _ => false,
        }
    }

    /// Is `e` a StopIteration (so an iteration ended)?
    pub fn exc_is(&mut self, e: &PyErr, kind: ExcKind) -> bool {
        match &e.exc {
            Some(v) => {
                let c = self.heap.exc_class(kind);
                self.heap.isinstance(v, c)
            }
            None => e.kind == kind,
        }
    }

    pub fn is_stop(&mut self, e: &PyErr) -> bool {
        match &e.exc {
            Some(v) => {
                let stop = self.heap.exc_class(ExcKind::StopIteration);
                self.heap.isinstance(v, stop)
            }
            None => e.kind == ExcKind::StopIteration,
        }
    }

    /// The next item of iterator `it`; None when exhausted.
    pub fn next_value(&mut self, it: &Value) -> Result<Option<Value>, PyErr> {
        let h = match it {
            Value::Ref(h) => *h,
            _ => return Err(type_error(format!("'{}' object is not an iterator", self.heap.type_name(it)).as_str())),
        };
        let kind = match &self.heap.objs[h] {
            Object::SeqIter(_, _, _) | Object::RangeIter(_, _, _) => 0,
            Object::Generator(_) => 1,
            Object::SetIter(_, _) => 2,
            Object::Enumerate(_, _) => 3,
            Object::Zip(_, _) => 4,
            Object::Map(_, _) => 5,
            Object::Filter(_, _) => 6,
            Object::Instance(_) => 7,
            Object::CallIter(_, _) | Object::GetItemIter(_, _) => 9,
            Object::DictIter(_, _, _, _) => 10,
            Object::File(_) => 11,
            _ => 8,
        };
        match kind {
            11 => self.file_next(it),
            0 => Ok(self.heap.iter_next(h)),
            10 => self.heap.dict_iter_next(h),
            9 => self.next_extra(h),
            1 => self.gen_next(h, Value::None),
            2 => {
                let (s, pos) = match &self.heap.objs[h] {
                    Object::SetIter(s, p) => (*s, *p),
                    _ => (0, 0),
                };
                let next = match &self.heap.objs[s] {
                    Object::Set(so) | Object::FrozenSet(so) => so.next_from(pos),
                    _ => None,
                };
                match next {
                    Some((slot, v)) => {
                        self.heap.objs[h] = Object::SetIter(s, slot + 1);
                        Ok(Some(v))
                    }
                    None => {
                        self.heap.objs[h] = Object::SetIter(s, 1 << 40);
                        Ok(None)
                    }
                }
            }
            3 => {
                let (inner, n) = match &self.heap.objs[h] {
                    Object::Enumerate(i, n) => (i.clone(), *n),
                    _ => (Value::None, 0),
                };
                match self.next_value(&inner)? {
                    Some(v) => {
                        self.heap.objs[h] = Object::Enumerate(inner, n + 1);
                        Ok(Some(self.heap.alloc(Object::Tuple(vec![Value::Int(n), v]))))
                    }
                    None => Ok(None),
                }
            }
            4 => {
                let (iters, strict) = match &self.heap.objs[h] {
                    Object::Zip(v, s) => (v.clone(), *s),
                    _ => (Vec::new(), false),
                };
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut row = Vec::new();
                for k in 0..iters.len() {
                    match self.next_value(&iters[k])? {
                        Some(v) => row.push(v),
                        None => {
                            if strict {
                                self.zip_strict_check(&iters, k)?;
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.heap.alloc(Object::Tuple(row))))
            }
            5 => {
                let (f, iters) = match &self.heap.objs[h] {
                    Object::Map(f, v) => (f.clone(), v.clone()),
                    _ => (Value::None, Vec::new()),
                };
                let mut args = Vec::new();
                for i in iters.iter() {
                    match self.next_value(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call1(&f, args)?))
            }
            6 => {
                let (f, inner) = match &self.heap.objs[h] {
                    Object::Filter(f, i) => (f.clone(), i.clone()),
                    _ => (Value::None, Value::None),
                };
                loop {
                    match self.next_value(&inner)? {
                        Some(v) => {
                            let keep = match &f {
                                Value::None => self.truthy(&v)?,
                                _ => {
                                    let r = self.call1(&f, vec![v.clone()])?;
                                    self.truthy(&r)?
                                }
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            7 => match self.user_method(it, S_NEXT) {
                Some(m) => match self.call1(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        if self.is_stop(&e) {
                            return Ok(None);
                        }
                        Err(e)
                    }
                },
                None => Err(type_error(format!("'{}' object is not an iterator", self.heap.type_name(it)).as_str())),
            },
            _ => Err(type_error(format!("'{}' object is not an iterator", self.heap.type_name(it)).as_str())),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> Result<Vec<Value>, PyErr> {
        let kind = match self.heap.get(v) {
            Some(Object::List(_)) | Some(Object::Tuple(_)) => 0,
            Some(Object::Str(_)) | Some(Object::Dict(_)) | Some(Object::Range(_, _, _)) | Some(Object::DictView(_, _))
            | Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) => 1,
            Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => return Ok(s.items()),
            _ => 2,
        };
        if kind == 0 {
            return Ok(crate::ops::items_of(&self.heap, v));
        }
        if kind == 1 {
            return self.heap.collect(v);
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        loop {
            match self.next_value(&it)? {
                Some(x) => out.push(x),
                None => return Ok(out),
            }
        }
    }

    /// Items for unpacking assignments (CPython's message for
    /// non-iterables).
    pub fn unpack_items(&mut self, seq: &Value) -> Result<Vec<Value>, PyErr> {
        if !self.iterable(seq) {
            return Err(type_error(format!("cannot unpack non-iterable {} object", self.heap.type_name(seq)).as_str()));
        }
        self.collect(seq)
    }

    /// Is `v` an iterator or iterable the heap-level builtins cannot walk?
    pub fn is_lazy(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Instance(_)) | Some(Object::Generator(_)) | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _))
            | Some(Object::Map(_, _)) | Some(Object::Filter(_, _)) | Some(Object::SetIter(_, _)) | Some(Object::Set(_))
            | Some(Object::FrozenSet(_)) => true,
            _ => false,
        }
    }

    /// A list with the items of a lazy iterable (others unchanged).
    pub fn eager(&mut self, v: &Value) -> Result<Value, PyErr> {
        if self.is_lazy(v) && !self.heap.is_set(v) {
            let items = self.collect(v)?;
            return Ok(self.heap.alloc(Object::List(items)));
        }
        if self.heap.is_set(v) {
            let items = self.collect(v)?;
            return Ok(self.heap.alloc(Object::List(items)));
        }
        Ok(v.clone())
    }

    /// Binary operators with an instance, set or lazy operand.
    pub fn binary_slow(&mut self, op: &BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, PyErr> {
        if *op == BinOp::BitOr {
            if let Some(u) = self.heap.type_union(a, b) {
                return Ok(u);
            }
        }
        if self.is_instance(a) || self.is_instance(b) {
            let (sym, rsym) = binop_syms(op);
            if inplace {
                if let Some(m) = self.user_method(a, inplace_sym(op)) {
                    let r = self.call1(&m, vec![a.clone(), b.clone()])?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.try_dunders(a, b, sym, rsym, false)? {
                return Ok(r);
            }
            if *op == BinOp::Add && crate::bytes::is_bytes_like(&self.heap, a) {
                // bytes/bytearray + a buffer exporter (memoryview, array).
                if let Some(bb) = self.buffer_bytes(b)? {
                    return binary_op(&mut self.heap, op, a, &bb, inplace);
                }
            }
            if let Some(e) = self.concat_error(op, a, b) {
                // The sequence's concat/repeat accepts subclasses of its type.
                let (pa, pb) = (self.heap.unwrap_data(a), self.heap.unwrap_data(b));
                if !self.is_instance(&pa) && !self.is_instance(&pb) {
                    if let Ok(r) = self.binary_slow(op, &pa, &pb, false) {
                        return Ok(r);
                    }
                }
                return Err(e);
            }
            let s = if inplace { op.inplace_symbol() } else { op.symbol() };
            return Err(type_error(
                format!("unsupported operand type(s) for {}: '{}' and '{}'", s, self.heap.type_name(a), self.heap.type_name(b)).as_str(),
            ));
        }
        if !inplace && (is_key_view(&self.heap, a) || is_key_view(&self.heap, b)) && self.iterable(a) && self.iterable(b) {
            // dict_keys / dict_items combine with any iterable into new sets.
            let c = match op {
                BinOp::BitOr => '|',
                BinOp::BitAnd => '&',
                BinOp::Sub => '-',
                BinOp::BitXor => '^',
                _ => ' ',
            };
            if c != ' ' {
                let sa = self.heap.make_set(Some(a), false)?;
                let sb = self.heap.make_set(Some(b), false)?;
                return self.vm_set_binop(&sa, &sb, c);
            }
        }
        if self.heap.is_set(a) && self.heap.is_set(b) {
            let c = match op {
                BinOp::BitOr => '|',
                BinOp::BitAnd => '&',
                BinOp::Sub => '-',
                BinOp::BitXor => '^',
                _ => ' ',
            };
            if c != ' ' && inplace && c != '&' && !self.sets_have_instances(a, b) {
                // CPython updates the left set's own table for |=, -=, ^=.
                if let (Some(Object::Set(_)), Value::Ref(ha)) = (self.heap.get(a), a) {
                    let ha = *ha;
                    let other = self.heap.set_of(b).unwrap();
                    let mut s = self.heap.take_set(ha);
                    if c == '|' {
                        self.heap.set_merge(&mut *s, &other);
                    } else {
                        for (k, h) in other.entries().into_iter() {
                            let found = self.heap.set_find(&*s, &k, h).is_some();
                            if found {
                                self.heap.set_discard(&mut *s, &k)?;
                            } else if c == '^' {
                                self.heap.set_add_entry(&mut *s, k, h);
                            }
                        }
                    }
                    self.heap.put_set(ha, s);
                    return Ok(a.clone());
                }
            }
            if c != ' ' {
                let r = self.vm_set_binop(a, b, c)?;
                if inplace {
                    // In-place set operators update the left operand.
                    if let (Value::Ref(ha), Value::Ref(hr)) = (a, &r) {
                        let s = self.heap.take_set(*hr);
                        let frozen = match self.heap.get(a) {
                            Some(Object::FrozenSet(_)) => true,
                            _ => false,
                        };
                        if !frozen {
                            self.heap.objs[*ha] = Object::Set(s);
                            return Ok(a.clone());
                        }
                        self.heap.put_set(*hr, s);
                    }
                }
                return Ok(r);
            }
        }
        if inplace && *op == BinOp::Add && self.is_lazy(b) {
            if let Some(Object::List(_)) = self.heap.get(a) {
                let bl = self.eager(b)?;
                return binary_op(&mut self.heap, op, a, &bl, inplace);
            }
        }
        binary_op(&mut self.heap, op, a, b, inplace)
    }

    pub fn unary_dunder(&mut self, op: &UnaryOp, a: &Value) -> Result<Value, PyErr> {
        let sym = match op {
            UnaryOp::Neg => S_NEG,
            UnaryOp::Pos => S_POS,
            _ => S_INVERT,
        };
        if let Some(m) = self.user_method(a, sym) {
            return self.call1(&m, vec![a.clone()]);
        }
        crate::ops::unary_op(&mut self.heap, op, a)
    }

    /// `format(v, spec)`
    pub fn format_value(&mut self, v: &Value, spec: &str) -> Result<String, PyErr> {
        if self.is_instance(v) {
            if let Some(m) = self.user_method(v, S_FORMAT) {
                let sv = self.heap.str_from(spec);
                let r = self.call1(&m, vec![v.clone(), sv])?;
                if !self.heap.is_str(&r) {
                    return Err(type_error(format!("__format__ must return a str, not {}", self.heap.type_name(&r)).as_str()));
                }
                return Ok(self.heap.to_str(&r));
            }
            if spec.len() == 0 {
                return self.v_str(v);
            }
            return Err(type_error(format!("unsupported format string passed to {}.__format__", self.heap.type_name(v)).as_str()));
        }
        if spec.len() == 0 {
            return self.v_str(v);
        }
        if self.repr_needs_vm(v, 0) || self.heap.is_set(v) {
            let s = self.v_str(v)?;
            let sv = self.heap.str_from(s.as_str());
            return crate::format::format_value(&self.heap, &sv, spec);
        }
        crate::format::format_value(&self.heap, v, spec)
    }

    pub fn get_item_slow(&mut self, obj: &Value, idx: &Value) -> Result<Value, PyErr> {
        if self.is_instance(obj) {
            if let Some(m) = self.user_method(obj, S_GETITEM) {
                return self.call1(&m, vec![obj.clone(), idx.clone()]);
            }
            return Err(type_error(format!("'{}' object is not subscriptable", self.heap.type_name(obj)).as_str()));
        }
        if let Some(Object::Dict(_)) = self.heap.get(obj) {
            return match self.dict_lookup_value(obj, idx)? {
                Some(v) => Ok(v),
                None => {
                    let r = self.v_repr(idx)?;
                    Err(crate::objects::err_arg(ExcKind::KeyError, r.as_str(), idx.clone()))
                }
            };
        }
        if let Some(Object::Class(_)) = self.heap.get(obj) {
            if let Some(m) = self.meta_method(obj, S_GETITEM) {
                return self.call1(&m, vec![obj.clone(), idx.clone()]);
            }
            return self.class_getitem(obj, idx);
        }
        let idx = &self.subscript_index(idx)?;
        crate::subscript::get_item(&mut self.heap, obj, idx)
    }

    pub fn set_item_slow(&mut self, obj: &Value, idx: &Value, v: &Value) -> Result<(), PyErr> {
        if self.is_instance(obj) {
            if let Some(m) = self.user_method(obj, S_SETITEM) {
                self.call1(&m, vec![obj.clone(), idx.clone(), v.clone()])?;
                return Ok(());
            }
            return Err(type_error(format!("'{}' object does not support item assignment", self.heap.type_name(obj)).as_str()));
        }
        if let Some(Object::Dict(_)) = self.heap.get(obj) {
            return self.dict_store(obj, idx, v);
        }
        let idx = &self.subscript_index(idx)?;
        if crate::bytes::is_bytearray(&self.heap, obj) && !crate::bytes::is_bytes_like(&self.heap, v) {
            // bytearray[i:j] = a buffer exporter (memoryview, array): its bytes.
            if let Some(b) = self.buffer_bytes(v)? {
                return crate::subscript::set_item(&mut self.heap, obj, idx, &b);
            }
        }
        crate::subscript::set_item(&mut self.heap, obj, idx, v)
    }

    pub fn del_item_slow(&mut self, obj: &Value, idx: &Value) -> Result<(), PyErr> {
        if self.is_instance(obj) {
            if let Some(m) = self.user_method(obj, S_DELITEM) {
                self.call1(&m, vec![obj.clone(), idx.clone()])?;
                return Ok(());
            }
            return Err(type_error(format!("'{}' object doesn't support item deletion", self.heap.type_name(obj)).as_str()));
        }
        if let Some(Object::Dict(_)) = self.heap.get(obj) {
            return match self.dict_remove(obj, idx)? {
                Some(_) => Ok(()),
                None => {
                    let r = self.v_repr(idx)?;
                    Err(crate::objects::err_arg(ExcKind::KeyError, r.as_str(), idx.clone()))
                }
            };
        }
        let idx = &self.subscript_index(idx)?;
        crate::subscript::del_item(&mut self.heap, obj, idx)
    }

    /// Does `v` hash through a user `__hash__`?
    fn user_hashed(&self, v: &Value) -> bool {
        match self.user_method(v, crate::classes::S_HASH) {
            Some(Value::None) => false,
            Some(_) => true,
            None => false,
        }
    }

    /// Python `hash(v)`, calling a user `__hash__`.
    pub fn key_hash(&mut self, v: &Value) -> Result<i64, PyErr> {
        if self.user_hashed(v) {
            let m = self.user_method(v, crate::classes::S_HASH).unwrap();
            let r = self.call1(&m, vec![v.clone()])?;
            return match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::BigInt(b) => Ok(b.hash()),
                Value::Bool(b) => Ok(if b { 1 } else { 0 }),
                _ => Err(type_error("__hash__ method should return an integer")),
            };
        }
        self.heap.hash_value(v)
    }

    /// Slot of `key` in set `s`, comparing with `==` (user `__eq__`).
    fn vset_find(&mut self, s: &SetObj, key: &Value, hash: i64) -> Result<Option<usize>, PyErr> {
        for k in 0..s.keys.len() {
            if s.hashes[k] != hash {
                continue;
            }
            if let Some(x) = &s.keys[k] {
                let x = x.clone();
                if is_same(&x, key) || self.v_eq(&x, key)? {
                    return Ok(Some(k));
                }
            }
        }
        Ok(None)
    }

    /// `set.add` honouring user `__hash__`/`__eq__`.
    pub fn vset_add(&mut self, s: &mut SetObj, key: &Value) -> Result<(), PyErr> {
        if !self.user_hashed(key) {
            return self.heap.set_add(s, key);
        }
        let h = self.key_hash(key)?;
        if self.vset_find(s, key, h)?.is_some() {
            return Ok(());
        }
        self.heap.set_add_entry(s, key.clone(), h);
        Ok(())
    }

    pub fn vset_contains(&mut self, s: &SetObj, key: &Value) -> Result<bool, PyErr> {
        if !self.user_hashed(key) {
            return self.heap.set_contains(s, key);
        }
        let h = self.key_hash(key)?;
        Ok(self.vset_find(s, key, h)?.is_some())
    }

    /// Removes `key`; false if absent.
    pub fn vset_discard(&mut self, s: &mut SetObj, key: &Value) -> Result<bool, PyErr> {
        if !self.user_hashed(key) {
            return self.heap.set_discard(s, key);
        }
        let h = self.key_hash(key)?;
        match self.vset_find(s, key, h)? {
            Some(k) => {
                s.keys[k] = None;
                s.dummy[k] = true;
                s.hashes[k] = -1;
                s.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

/// A `dict_keys` or `dict_items` view (set-like, unlike `dict_values`).
fn is_key_view(heap: &Heap, v: &Value) -> bool {
    match heap.get(v) {
        Some(Object::DictView(_, k)) => *k != 1,
        _ => false,
    }
}

/// Are both values the same heap object?
fn same_ref(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Ref(x), Value::Ref(y)) => x == y,
        _ => false,
    }
}

/// An int, bool or float value (the operands number comparisons mix).
fn is_number_value(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        _ => false,
    }
}
