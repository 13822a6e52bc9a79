//! Stage 4 (continued): the `match` statement's pattern ops (see
//! bytecode.rs `MatchSeq`, `MatchMap`, `MatchClass`; compiled by
//! compiler_match.rs).
//!
//! Invariants:
//! - Each op pops its operands and pushes either the extracted values
//!   followed by True, or only False; the first value to match ends on
//!   top of the stack.
//! - Sequences are lists, tuples, ranges and their subclasses (not str,
//!   bytes or bytearray); mappings are dicts and their subclasses, read
//!   without `__missing__`.  A class pattern's positional attributes come
//!   from `__match_args__`; the builtin data types (and their
//!   subclasses), bool, bytes and bytearray match one positional
//!   subpattern against the subject itself.  A missing attribute is a
//!   failed match; any other error propagates.

use crate::bytecode::Op;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    pub fn exec_match(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::MatchSeq(n, star) => {
                let subject = self.pop(fi);
                match self.match_sequence(&subject, n, star)? {
                    Some(items) => {
                        for k in (0..items.len()).rev() {
                            self.push(fi, items[k].clone());
                        }
                        self.push(fi, Value::Bool(true));
                    }
                    None => self.push(fi, Value::Bool(false)),
                }
            }
            Op::MatchMap(n, rest) => {
                let keys = self.pop_n(fi, n);
                let subject = self.pop(fi);
                match self.match_mapping(&subject, &keys, rest)? {
                    Some(vals) => {
                        for k in (0..vals.len()).rev() {
                            self.push(fi, vals[k].clone());
                        }
                        self.push(fi, Value::Bool(true));
                    }
                    None => self.push(fi, Value::Bool(false)),
                }
            }
            Op::MatchClass(npos, kwi) => {
                let cls = self.pop(fi);
                let subject = self.pop(fi);
                let kwnames = if kwi == 0 { Vec::new() } else { self.program.codes[code].kwnames[kwi - 1].clone() };
                match self.match_class(&subject, &cls, npos, &kwnames)? {
                    Some(vals) => {
                        for k in (0..vals.len()).rev() {
                            self.push(fi, vals[k].clone());
                        }
                        self.push(fi, Value::Bool(true));
                    }
                    None => self.push(fi, Value::Bool(false)),
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The items for a sequence pattern of `n` subpatterns (`star`: 1 +
    /// index of the starred one, or 0), or None if it does not match.
    fn match_sequence(&mut self, subject: &Value, n: usize, star: usize) -> Result<Option<Vec<Value>>, PyErr> {
        let base = self.heap.unwrap_data(subject);
        let items = match self.heap.get(&base) {
            Some(Object::List(l)) | Some(Object::Tuple(l)) => l.clone(),
            Some(Object::Range(_, _, _)) => self.heap.collect(&base)?,
            _ => return Ok(None),
        };
        if star == 0 {
            if items.len() != n {
                return Ok(None);
            }
            return Ok(Some(items));
        }
        if items.len() + 1 < n {
            return Ok(None);
        }
        let before = star - 1;
        let after = n - star;
        let mut out = Vec::new();
        for k in 0..before {
            out.push(items[k].clone());
        }
        let mut mid = Vec::new();
        for k in before..(items.len() - after) {
            mid.push(items[k].clone());
        }
        out.push(self.heap.alloc(Object::List(mid)));
        for k in (items.len() - after)..items.len() {
            out.push(items[k].clone());
        }
        Ok(Some(out))
    }

    /// The values for `keys` (then the rest dict if wanted), or None.
    fn match_mapping(&mut self, subject: &Value, keys: &Vec<Value>, rest: bool) -> Result<Option<Vec<Value>>, PyErr> {
        let base = self.heap.unwrap_data(subject);
        if !self.heap.is_dict(&base) || (self.heap.len(&base)? as usize) < keys.len() {
            return Ok(None);
        }
        for i in 0..keys.len() {
            for j in 0..i {
                if self.v_eq(&keys[i], &keys[j])? {
                    let r = self.v_repr(&keys[i])?;
                    return Err(err(ExcKind::ValueError, format!("mapping pattern checks duplicate key ({})", r).as_str()));
                }
            }
        }
        let mut vals = Vec::new();
        for k in keys.iter() {
            match self.dict_lookup_value(&base, k)? {
                Some(v) => vals.push(v),
                None => return Ok(None),
            }
        }
        if rest {
            let copy = match self.heap.get(&base) {
                Some(Object::Dict(d)) => d.clone(),
                _ => return Ok(None),
            };
            let r = self.heap.alloc(Object::Dict(copy));
            for k in keys.iter() {
                self.dict_remove(&r, k)?;
            }
            vals.push(r);
        }
        Ok(Some(vals))
    }

    /// Does class `cls` match a single positional subpattern against the
    /// subject itself?
    fn matches_self(&self, cls: usize) -> bool {
        if self.heap.data_base(cls).is_some() {
            return true;
        }
        let t = &self.heap.types;
        let me = [crate::classes::T_BOOL, crate::classes::T_BYTES, crate::classes::T_BYTEARRAY];
        for k in me.iter() {
            if self.heap.is_subclass(cls, t[*k]) {
                return true;
            }
        }
        false
    }

    /// The attributes for a class pattern, or None.
    fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, kwnames: &Vec<String>) -> Result<Option<Vec<Value>>, PyErr> {
        let c = match (cls, self.heap.get(cls)) {
            (Value::Ref(h), Some(Object::Class(_))) => *h,
            _ => return Err(type_error("called match pattern must be a type")),
        };
        if !self.heap.isinstance(subject, c) {
            return Ok(None);
        }
        let cname = self.heap.class(c).name.clone();
        let mut names: Vec<String> = Vec::new();
        let mut vals = Vec::new();
        if npos > 0 {
            let sym = crate::classes::S_MATCH_ARGS;
            let ma = match self.heap.lookup(c, sym) {
                Some(v) => Some(v),
                None => None,
            };
            match ma {
                Some(ma) => {
                    let items = match self.heap.get(&ma) {
                        Some(Object::Tuple(t)) => t.clone(),
                        _ => {
                            return Err(type_error(
                                format!("{}.__match_args__ must be a tuple (got {})", cname, self.heap.type_name(&ma)).as_str(),
                            ))
                        }
                    };
                    if npos > items.len() {
                        return Err(self.too_many_positional(&cname, items.len(), npos));
                    }
                    for k in 0..npos {
                        if !self.heap.is_str(&items[k]) {
                            return Err(type_error(
                                format!("__match_args__ elements must be strings (got {})", self.heap.type_name(&items[k])).as_str(),
                            ));
                        }
                        names.push(self.heap.to_str(&items[k]));
                    }
                }
                None => {
                    if self.matches_self(c) {
                        if npos > 1 {
                            return Err(self.too_many_positional(&cname, 1, npos));
                        }
                        vals.push(subject.clone());
                    } else {
                        return Err(self.too_many_positional(&cname, 0, npos));
                    }
                }
            }
        }
        for n in kwnames.iter() {
            if names.contains(n) {
                return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cname, n).as_str()));
            }
            names.push(n.clone());
        }
        for n in names.iter() {
            let sym = self.heap.intern(n.as_str());
            match self.get_attr(subject, sym) {
                Ok(v) => vals.push(v),
                Err(e) => {
                    if self.is_attribute_error(&e) {
                        return Ok(None);
                    }
                    return Err(e);
                }
            }
        }
        Ok(Some(vals))
    }

    fn too_many_positional(&self, cname: &String, allowed: usize, given: usize) -> PyErr {
        type_error(
            format!("{}() accepts {} positional sub-pattern{} ({} given)", cname, allowed, if allowed == 1 { "" } else { "s" }, given)
                .as_str(),
        )
    }

    /// Is `e` an AttributeError (raised by Rust or by Python code)?
    fn is_attribute_error(&self, e: &PyErr) -> bool {
        match &e.exc {
            None => e.kind == ExcKind::AttributeError,
            Some(x) => {
                let ae = self.heap.exc_class(ExcKind::AttributeError);
                self.heap.isinstance(x, ae)
            }
        }
    }
}
