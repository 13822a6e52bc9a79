//! The dunder methods of the builtin data types (`dict.__getitem__`,
//! `int.__add__`, ...), called on plain values and on the base value of
//! instances of their subclasses (see builtin_sub.rs for the model).
//!
//! Invariants:
//! - `call_data_dunder(orig, p, ...)` acts on the plain value `p`; `orig`
//!   is the object the method was called on (the wrapper instance, or `p`
//!   itself) -- needed for `__missing__`, for in-place operators (which
//!   return `orig`) and for `__format__` with an empty spec (`str(orig)`).
//! - Binary dunders unwrap a wrapper operand; type mismatches give
//!   NotImplemented (reflected forms never raise for foreign types), so
//!   the operator protocol reports the subclass names like CPython.

use crate::ast::{CmpOp, UnaryOp};
use crate::builtin_sub::BINOPS;
use crate::classes::{T_DICT, T_LIST, T_SET};
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}
impl Vm {
    /// Builtin method `name` called on a wrapper or, for dunders, on a
    /// plain data value; None when neither applies.
    pub fn data_method(&mut self, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Option<Value>, PyErr> {
        if let Some(p) = self.heap.payload(recv) {
            if is_dunder(name) {
                return Ok(Some(self.call_data_dunder(recv, &p, name, args, kwnames, kwvalues)?));
            }
            return Ok(Some(self.call_method(&p, name, args.clone(), kwnames.clone(), kwvalues.clone())?));
        }
        if is_dunder(name) {
            if let Some(t) = self.heap.data_kind_of_value(recv) {
                if self.heap.data_dunder_exists(t, name) {
                    return Ok(Some(self.call_data_dunder(recv, recv, name, args, kwnames, kwvalues)?));
                }
            }
        }
        Ok(None)
    }

    /// A comparison or operator result: TypeErrors about the operand
    /// types become NotImplemented (so the caller reports the subclass).
    /// The comparison kind of a data value (int and bool, float, complex,
    /// str, bytes-like, list, tuple, dict, set-like, range; 99 others).
    fn cmp_kind(&self, v: &Value) -> u8 {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => return 0,
            Value::Float(_) => return 1,
            _ => {}
        }
        match self.heap.get(v) {
            Some(Object::Complex(_, _)) => 2,
            Some(Object::Str(_)) => 3,
            Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) => 4,
            Some(Object::List(_)) => 5,
            Some(Object::Tuple(_)) => 6,
            Some(Object::Dict(_)) => 7,
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => 8,
            Some(Object::Range(_, _, _)) => 9,
            _ => 99,
        }
    }

    /// Does the rich comparison of data value `p`'s type handle `other`
    /// (else `p.__eq__(other)` etc. give NotImplemented, as in CPython:
    /// `(1).__eq__('1')`, `(1).__eq__(1.0)`; float and complex take ints)?
    fn cmp_accepts(&self, p: &Value, other: &Value) -> bool {
        let (a, b) = (self.cmp_kind(p), self.cmp_kind(other));
        a == 99 || a == b || (a == 1 && b == 0) || (a == 2 && b <= 1)
    }

    fn or_notimpl(&self, r: Result<Value, PyErr>) -> Result<Value, PyErr> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                if e.exc.is_none() && e.kind == ExcKind::TypeError
                    && (e.msg.starts_with("unsupported operand") || e.msg.contains("not supported between instances"))
                {
                    return Ok(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED));
                }
                Err(e)
            }
        }
    }

    fn one_arg(&self, name: &str, args: &Vec<Value>, n: usize) -> Result<(), PyErr> {
        if args.len() != n {
            return Err(type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, args.len()).as_str()));
        }
        let _ = name;
        Ok(())
    }

    /// Dunder `name` of data value `p` (the base of `orig`, or `orig`
    /// itself when it is a plain value).
    pub fn call_data_dunder(&mut self, orig: &Value, p: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        if name == "__init__" {
            return self.data_init(p, args, kwnames, kwvalues);
        }
        if !kwnames.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", name).as_str()));
        }
        let stem = &name[2..name.len() - 2];
        for k in 0..BINOPS.len() {
            let (refl, inplace) = if stem == BINOPS[k] {
                (false, false)
            } else if stem.len() == BINOPS[k].len() + 1 && stem.ends_with(BINOPS[k]) && stem.starts_with('r') {
                (true, false)
            } else if stem.len() == BINOPS[k].len() + 1 && stem.ends_with(BINOPS[k]) && stem.starts_with('i') {
                (false, true)
            } else {
                continue;
            };
            self.one_arg(name, args, 1)?;
            let other = self.heap.unwrap_data(&args[0]);
            let op = crate::vm_ops::binop_of(k);
            let (pk, ok) = (self.cmp_kind(p), self.cmp_kind(&other));
            if !inplace && pk <= 2 && ok <= 2 && ok > pk {
                // int's dunders leave float and complex operands, and
                // float's complex ones, to the other type.
                return Ok(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED));
            }
            if inplace {
                self.binary_slow(&op, p, &other, true)?;
                return Ok(orig.clone());
            }
            if refl {
                // Reflected builtin operators never raise for foreign types.
                return match self.binary_slow(&op, &other, p, false) {
                    Err(e) if e.exc.is_none() && e.kind == ExcKind::TypeError => Ok(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED)),
                    r => r,
                };
            }
            let r = self.binary_slow(&op, p, &other, false);
            return self.or_notimpl(r);
        }
        let cmp = match stem {
            "eq" => Some(CmpOp::Eq),
            "ne" => Some(CmpOp::NotEq),
            "lt" => Some(CmpOp::Lt),
            "le" => Some(CmpOp::LtE),
            "gt" => Some(CmpOp::Gt),
            "ge" => Some(CmpOp::GtE),
            _ => None,
        };
        if let Some(op) = cmp {
            self.one_arg(name, args, 1)?;
            let other = self.heap.unwrap_data(&args[0]);
            if self.is_instance(&other) || !self.cmp_accepts(p, &other) {
                return Ok(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED));
            }
            let r = self.v_compare(&op, p, &other);
            return self.or_notimpl(r);
        }
        let unary = match stem {
            "neg" => Some(UnaryOp::Neg),
            "pos" => Some(UnaryOp::Pos),
            "invert" => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = unary {
            self.one_arg(name, args, 0)?;
            return crate::ops::unary_op(&mut self.heap, &op, p);
        }
        match stem {
            "repr" | "str" => {
                self.one_arg(name, args, 0)?;
                let mut s = if stem == "repr" { self.v_repr(p)? } else { self.v_str(p)? };
                if stem == "repr" && self.is_instance(orig) && self.heap.is_set(p) {
                    // set.__repr__ names the subclass: `S({1})`, `S()`.
                    let inner = if self.heap.truthy(p) {
                        if s.starts_with("frozenset(") { s[10..s.len() - 1].to_string() } else { s.clone() }
                    } else {
                        String::new()
                    };
                    s = format!("{}({})", self.heap.type_name(orig), inner);
                }
                Ok(self.heap.str_from(s.as_str()))
            }
            "hash" => {
                self.one_arg(name, args, 0)?;
                Ok(Value::Int(self.key_hash(p)?))
            }
            "bool" => {
                self.one_arg(name, args, 0)?;
                Ok(Value::Bool(self.heap.truthy(p)))
            }
            "len" => {
                self.one_arg(name, args, 0)?;
                Ok(Value::Int(self.v_len(p)?))
            }
            "iter" => {
                self.one_arg(name, args, 0)?;
                self.get_iter(p)
            }
            "reversed" => {
                self.one_arg(name, args, 0)?;
                self.call_builtin(crate::builtins::builtin_lookup("reversed").unwrap_or(0), vec![p.clone()], Vec::new(), Vec::new())
            }
            "contains" => {
                self.one_arg(name, args, 1)?;
                Ok(Value::Bool(self.contains(p, &args[0])?))
            }
            "getitem" => {
                self.one_arg(name, args, 1)?;
                self.data_getitem(orig, p, &args[0])
            }
            "setitem" => {
                self.one_arg(name, args, 2)?;
                self.set_item_slow(p, &args[0], &args[1])?;
                Ok(Value::None)
            }
            "delitem" => {
                self.one_arg(name, args, 1)?;
                self.del_item_slow(p, &args[0])?;
                Ok(Value::None)
            }
            "index" | "int" => {
                self.one_arg(name, args, 0)?;
                match p {
                    Value::Float(_) => self.call_builtin(crate::builtins::builtin_lookup("int").unwrap_or(0), vec![p.clone()], Vec::new(), Vec::new()),
                    Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
                    _ => Ok(p.clone()),
                }
            }
            "float" => {
                self.one_arg(name, args, 0)?;
                self.call_builtin(crate::builtins::builtin_lookup("float").unwrap_or(0), vec![p.clone()], Vec::new(), Vec::new())
            }
            "abs" => {
                self.one_arg(name, args, 0)?;
                self.call_builtin(crate::builtins::builtin_lookup("abs").unwrap_or(0), vec![p.clone()], Vec::new(), Vec::new())
            }
            "format" => {
                self.one_arg(name, args, 1)?;
                if !self.heap.is_str(&args[0]) {
                    return Err(type_error(format!("argument to __format__ must be str, not {}", self.heap.type_name(&args[0])).as_str()));
                }
                let spec = self.heap.to_str(&args[0]);
                // An empty spec formats as str(self), overrides included.
                let s = if spec.is_empty() { self.v_str(orig)? } else { self.format_value(p, spec.as_str())? };
                Ok(self.heap.str_from(s.as_str()))
            }
            _ => Err(err(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", self.heap.type_name(orig), name).as_str())),
        }
    }

    /// `T.__getitem__`: a dict subclass's `__missing__` handles absent keys.
    fn data_getitem(&mut self, orig: &Value, p: &Value, key: &Value) -> Result<Value, PyErr> {
        if let Some(Object::Dict(_)) = self.heap.get(p) {
            if let Some(v) = self.dict_lookup_value(p, key)? {
                return Ok(v);
            }
            let missing = crate::classes::S_MISSING;
            if let Some(m) = self.user_method(orig, missing) {
                return self.call1(&m, vec![orig.clone(), key.clone()]);
            }
        }
        self.get_item_slow(p, key)
    }

    /// `list.__init__`, `dict.__init__`, `set.__init__`: refill the base.
    fn data_init(&mut self, p: &Value, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        let t = match self.heap.data_kind_of_value(p) {
            Some(t) => t,
            None => return Ok(Value::None),
        };
        let tname = self.heap.type_name(p);
        if t == T_DICT {
            if args.len() > 1 {
                return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len()).as_str()));
            }
            self.call_method(p, "clear", Vec::new(), Vec::new(), Vec::new())?;
            self.call_method(p, "update", args.clone(), kwnames.clone(), kwvalues.clone())?;
            return Ok(Value::None);
        }
        if !kwnames.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", tname).as_str()));
        }
        if args.len() > 1 {
            return Err(type_error(format!("{} expected at most 1 argument, got {}", tname, args.len()).as_str()));
        }
        if t == T_LIST || t == T_SET {
            self.call_method(p, "clear", Vec::new(), Vec::new(), Vec::new())?;
            if args.len() == 1 {
                let m = if t == T_LIST { "extend" } else { "update" };
                self.call_method(p, m, args.clone(), Vec::new(), Vec::new())?;
            }
        }
        Ok(Value::None)
    }
}
