//! The second half of `Vm::call_builtin` (vm_builtins.rs): isinstance to
//! dict, and the fallback to the heap-level builtins.  Split off so that no
//! one function grows past what every backend takes (the JVM's 64 KB
//! method limit).
//!
//! Invariants: as in vm_builtins.rs; `call_builtin` hands over every id it
//! has not handled, with its arguments unchanged.

use crate::builtins::{
    arg_count, builtin_name, B_BIN, B_CALLABLE, B_CLASSMETHOD, B_DELATTR, B_DICT, B_EXC_INIT, B_EXC_REPR,
    B_EXC_STR, B_GETATTR, B_HASATTR, B_HASH, B_HEX, B_ID, B_ISINSTANCE, B_ISSUBCLASS, B_ITER,
    B_NEXT, B_NOTIMPLEMENTED, B_OBJECT, B_OBJECT_INIT, B_OBJECT_REPR, B_OBJECT_STR, B_OCT, B_PROPERTY,
    B_REVERSED, B_SETATTR, B_STATICMETHOD, B_SUPER, B_TYPE,
};
use crate::classes::{S_HASH, T_OBJECT};
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    /// `callable(v)`.
    pub fn is_callable_value(&self, v: &Value) -> bool {
        match v {
            Value::Builtin(b) => *b != B_NOTIMPLEMENTED,
            Value::Ref(h) => match &self.heap.objs[*h] {
                Object::Function(_) | Object::Method(_, _) | Object::BoundMethod(_, _) | Object::Class(_) | Object::StaticMethod(_) | Object::MethodDescr(_, _) => true,
                Object::Instance(_) => self.user_method(v, crate::classes::S_CALL).is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn call_builtin_rest(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if id == B_ISINSTANCE || id == B_ISSUBCLASS {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            if args.len() != 2 {
                return Err(type_error(format!("{} expected 2 arguments, got {}", name, args.len()).as_str()));
            }
            if id == B_ISSUBCLASS && !self.heap.is_class(&args[0]) {
                return Err(type_error("issubclass() arg 1 must be a class"));
            }
            return Ok(Value::Bool(self.isinstance_hooked(&args[0], &args[1], id == B_ISINSTANCE, name.as_str())?));
        }
        if id == B_ITER {
            self.no_kw("iter", &kwnames)?;
            if args.len() == 2 {
                return self.call_iter(&args[0], &args[1]);
            }
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!("iter expected at {} 1 argument{}, got {}", if args.is_empty() { "least" } else { "most" }, if args.is_empty() { "" } else { "s" }, args.len()).as_str()));
            }
            return self.get_iter(&args[0]);
        }
        if id == B_NEXT {
            self.no_kw("next", &kwnames)?;
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!("next expected at least 1 argument, got {}", args.len()).as_str()));
            }
            let ok = match self.heap.get(&args[0]) {
                Some(Object::Instance(_)) => self.user_method(&args[0], crate::classes::S_NEXT).is_some(),
                Some(Object::Generator(_)) | Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _))
                | Some(Object::Filter(_, _)) | Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) | Some(Object::SetIter(_, _))
                | Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) | Some(Object::DictIter(_, _, _, _)) | Some(Object::File(_)) => true,
                _ => false,
            };
            if !ok {
                return Err(type_error(format!("'{}' object is not an iterator", self.heap.type_name(&args[0])).as_str()));
            }
            return match self.next_value(&args[0])? {
                Some(v) => Ok(v),
                None => {
                    if args.len() == 2 {
                        return Ok(args[1].clone());
                    }
                    Err(self.stop_iteration(Value::None))
                }
            };
        }
        if id == B_GETATTR || id == B_HASATTR || id == B_SETATTR || id == B_DELATTR {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            let (lo, hi) = if id == B_GETATTR { (2, 3) } else if id == B_SETATTR { (3, 3) } else { (2, 2) };
            if args.len() < lo || args.len() > hi {
                let msg = if lo == hi {
                    format!("{} expected {} arguments, got {}", name, lo, args.len())
                } else if args.len() < lo {
                    format!("{} expected at least {} arguments, got {}", name, lo, args.len())
                } else {
                    format!("{} expected at most {} arguments, got {}", name, hi, args.len())
                };
                return Err(type_error(msg.as_str()));
            }
            let what = format!("attribute name must be string, not '{}'", self.heap.type_name(&args[1]));
            let attr = self.str_arg(&args[1], what.as_str())?;
            let sym = self.heap.intern(attr.as_str());
            if id == B_SETATTR {
                self.set_attr(&args[0], sym, args[2].clone())?;
                return Ok(Value::None);
            }
            if id == B_DELATTR {
                self.del_attr(&args[0], sym)?;
                return Ok(Value::None);
            }
            return match self.get_attr(&args[0], sym) {
                Ok(v) => {
                    if id == B_HASATTR {
                        Ok(Value::Bool(true))
                    } else {
                        Ok(v)
                    }
                }
                Err(e) => {
                    if self.err_is(&e, ExcKind::AttributeError) {
                        if id == B_HASATTR {
                            return Ok(Value::Bool(false));
                        }
                        if args.len() == 3 {
                            return Ok(args[2].clone());
                        }
                    }
                    Err(e)
                }
            };
        }
        if id == B_CALLABLE {
            self.no_kw("callable", &kwnames)?;
            arg_count("callable", &args, 1, 1)?;
            return Ok(Value::Bool(self.is_callable_value(&args[0])));
        }
        if id == B_ID {
            self.no_kw("id", &kwnames)?;
            arg_count("id", &args, 1, 1)?;
            let n = match &args[0] {
                Value::Ref(h) => 0x7f0000000000 + (*h as i64) * 16,
                Value::None => 0x5500000000,
                Value::Bool(b) => 0x5500000100 + if *b { 32 } else { 0 },
                Value::Int(i) => 0x5600000000 + (*i & 0xffffff) * 32,
                Value::BigInt(b) => 0x5600000000 + (b.hash() & 0xffffff) * 32,
                Value::Float(_) => 0x5700000000,
                Value::Builtin(b) => 0x5800000000 + (*b as i64) * 64,
            };
            return Ok(Value::Int(n));
        }
        if id == B_HASH {
            self.no_kw("hash", &kwnames)?;
            arg_count("hash", &args, 1, 1)?;
            if let Some(m) = self.user_method(&args[0], S_HASH) {
                if let Value::None = m {
                    return Err(type_error(format!("unhashable type: '{}'", self.heap.type_name(&args[0])).as_str()));
                }
                let r = self.call1(&m, vec![args[0].clone()])?;
                return match r {
                    Value::Int(i) => Ok(Value::Int(if i == -1 { -2 } else { i })),
                    Value::BigInt(b) => Ok(Value::Int(b.hash())),
                    Value::Bool(b) => Ok(Value::Int(if b { 1 } else { 0 })),
                    _ => Err(type_error("__hash__ method should return an integer")),
                };
            }
            return Ok(Value::Int(self.heap.hash_value(&args[0])?));
        }
        if id == B_HEX || id == B_OCT || id == B_BIN {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            arg_count(name.as_str(), &args, 1, 1)?;
            let v = if crate::bigint_ops::is_big(&args[0]) {
                args[0].clone()
            } else {
                Value::Int(crate::builtins::int_arg(&self.heap, &args[0])?)
            };
            let spec = if id == B_HEX { "#x" } else if id == B_OCT { "#o" } else { "#b" };
            let s = crate::format::format_value(&self.heap, &v, spec)?;
            return Ok(self.heap.str_from(s.as_str()));
        }
        if id == B_OBJECT {
            if !args.is_empty() || !kwnames.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            let c = self.heap.types[T_OBJECT];
            return Ok(self.heap.new_instance(c));
        }
        if id == B_TYPE {
            if args.len() == 1 && kwnames.is_empty() {
                return Ok(Value::Ref(self.heap.class_of(&args[0])));
            }
            if args.len() == 3 {
                if let Some(m) = self.bases_meta(&args[1]) {
                    return self.call_sync(&Value::Ref(m), args, kwnames, kwvalues);
                }
                let ty = self.heap.types[crate::classes::T_TYPE];
                return self.type_new(ty, &args, &kwnames, &kwvalues);
            }
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        if id == B_PROPERTY {
            let mut parts = vec![Value::None, Value::None, Value::None, Value::None];
            for k in 0..args.len() {
                if k < 4 {
                    parts[k] = args[k].clone();
                }
            }
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "fget" {
                    parts[0] = kwvalues[i].clone();
                } else if kwnames[i].as_str() == "fset" {
                    parts[1] = kwvalues[i].clone();
                } else if kwnames[i].as_str() == "fdel" {
                    parts[2] = kwvalues[i].clone();
                } else if kwnames[i].as_str() == "doc" {
                    parts[3] = kwvalues[i].clone();
                }
            }
            return Ok(self.heap.alloc(Object::Property(Box::new(crate::objects::PropertyObj { fget: parts[0].clone(), fset: parts[1].clone(), fdel: parts[2].clone(), doc: parts[3].clone() }))));
        }
        if id == B_STATICMETHOD || id == B_CLASSMETHOD {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            if args.len() != 1 {
                return Err(type_error(format!("{} expected 1 argument, got {}", name, args.len()).as_str()));
            }
            let o = if id == B_STATICMETHOD { Object::StaticMethod(args[0].clone()) } else { Object::ClassMethod(args[0].clone()) };
            return Ok(self.heap.alloc(o));
        }
        if id == B_SUPER {
            if args.is_empty() {
                return Err(err(ExcKind::RuntimeError, "super(): no arguments"));
            }
            if args.len() != 2 {
                return Err(err(ExcKind::NotImplementedError, "Pyrite only supports super() and super(type, obj)"));
            }
            let start = match (&args[0], self.heap.get(&args[0])) {
                (Value::Ref(h), Some(Object::Class(_))) => *h,
                _ => {
                    return Err(type_error(
                        format!("super() argument 1 must be a type, not {}", self.heap.type_name(&args[0])).as_str(),
                    ))
                }
            };
            let ok = match (&args[1], self.heap.get(&args[1])) {
                (Value::Ref(h), Some(Object::Class(_))) => self.heap.is_subclass(*h, start) || self.heap.isinstance(&args[1], start),
                _ => self.heap.isinstance(&args[1], start),
            };
            if !ok {
                return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            return Ok(self.heap.alloc(Object::Super(start, args[1].clone())));
        }
        if id == B_OBJECT_INIT {
            if args.len() > 1 || !kwnames.is_empty() {
                return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
            }
            return Ok(Value::None);
        }
        if id == B_OBJECT_STR || id == B_OBJECT_REPR || id == B_EXC_STR || id == B_EXC_REPR {
            if args.len() != 1 {
                let name = builtin_name(id);
                return Err(type_error(format!("expected 1 argument, got {} ({})", args.len(), name).as_str()));
            }
            let s = if id == B_OBJECT_STR || id == B_EXC_REPR {
                self.v_repr(&args[0])?
            } else if id == B_EXC_STR {
                self.exc_str(&args[0])?
            } else {
                self.default_repr(&args[0])
            };
            return Ok(self.heap.str_from(s.as_str()));
        }
        if id == B_EXC_INIT {
            if args.is_empty() {
                return Err(type_error("descriptor '__init__' of 'BaseException' object needs an argument"));
            }
            let mut rest = Vec::new();
            for k in 1..args.len() {
                rest.push(args[k].clone());
            }
            let t = self.heap.alloc(Object::Tuple(rest));
            if let Some(st) = self.heap.exc_state_mut(&args[0]) {
                st.args = t;
            }
            return Ok(Value::None);
        }
        if id == B_NOTIMPLEMENTED {
            return Err(type_error("'NotImplementedType' object is not callable"));
        }
        if id == 3 && args.len() == 1 && kwnames.is_empty() && self.is_instance(&args[0]) {
            // int(x): x.__int__(), else x.__index__().
            let sym = self.heap.intern("__int__");
            if let Some(m) = self.user_method(&args[0], sym) {
                return self.call1(&m, vec![args[0].clone()]);
            }
            if self.user_method(&args[0], crate::methods_more::S_INDEX).is_some() {
                return self.index_of_instance(&args[0]);
            }
        }
        if id == 4 && args.len() == 1 && kwnames.is_empty() && self.is_instance(&args[0]) {
            // float(x): x.__float__(), else x.__index__().
            let sym = self.heap.intern("__float__");
            if let Some(m) = self.user_method(&args[0], sym) {
                let r = self.call1(&m, vec![args[0].clone()])?;
                return match r {
                    Value::Float(_) => Ok(r),
                    _ => {
                        if let Value::Float(f) = self.heap.unwrap_data(&r) {
                            return Ok(Value::Float(f));
                        }
                        Err(type_error(
                            format!(
                                "{}.__float__ returned non-float (type {})",
                                self.heap.type_name(&args[0]),
                                self.heap.type_name(&r)
                            )
                            .as_str(),
                        ))
                    }
                };
            }
            if self.user_method(&args[0], crate::methods_more::S_INDEX).is_some() {
                let i = self.index_of_instance(&args[0])?;
                return crate::builtins_conv::builtin_float(&mut self.heap, &vec![i]);
            }
        }
        if id == 21 && (args.len() == 1 || args.len() == 2) && kwnames.is_empty() && self.is_instance(&args[0]) {
            // round(x[, n]): x.__round__([n]).
            let sym = self.heap.intern("__round__");
            if let Some(m) = self.user_method(&args[0], sym) {
                let mut call_args = vec![args[0].clone()];
                if args.len() == 2 {
                    call_args.push(args[1].clone());
                }
                return self.call1(&m, call_args);
            }
            if self.heap.payload(&args[0]).is_none() {
                return Err(type_error(
                    format!("type {} doesn't define __round__ method", self.heap.type_name(&args[0])).as_str(),
                ));
            }
        }
        if id == 7 && args.len() == 1 {
            if let Some(m) = self.user_method(&args[0], crate::classes::S_ABS) {
                return self.call1(&m, vec![args[0].clone()]);
            }
        }
        if id == B_DICT {
            return self.dict_builtin(&args, &kwnames, &kwvalues);
        }
        // Plain builtins: make lazy iterables eager first.
        let mut plain = Vec::new();
        for a in args.iter() {
            if id == B_DICT || id == B_REVERSED {
                plain.push(self.eager(a)?);
            } else {
                plain.push(a.clone());
            }
        }
        let mut kwv = Vec::new();
        for v in kwvalues.iter() {
            kwv.push(v.clone());
        }
        crate::builtins::call_builtin(&mut self.heap, id, &plain, &kwnames, &kwv)
    }
}
