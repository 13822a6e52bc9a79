//! Stage 4 (continued): builtins and builtin-type methods that need the
//! VM -- because they call Python code (`key=` functions, dunder
//! methods), iterate lazy iterators (generators, map, ...), or deal with
//! classes (isinstance, super, property, ...).  Everything else is
//! passed on to the heap-level builtins.rs / methods.rs.
//!
//! Invariants: arguments that are lazy iterables are made eager (lists)
//! before a heap-level builtin sees them; sorting is the same stable
//! merge sort as builtins_conv.rs (comparisons in the same order), with
//! keys computed once per item first, like CPython.

use crate::builtins::{
    arg_count, builtin_name, B_ALL, B_ANY, B_BIN, B_ENUMERATE,
    B_FILTER, B_FORMAT, B_FROZENSET, B_HEX, B_LEN,
    B_LIST, B_MAP, B_MAX, B_MIN, B_OCT,
    B_REPR, B_REVERSED, B_SET, B_SORTED, B_STR, B_SUM, B_TUPLE, B_ZIP, PRINT,
};
use crate::ast::{BinOp, CmpOp};
use crate::builtins_conv::reverse_in_place;
use crate::methods::nargs;
use crate::objects::{err, err_arg, type_error, ExcKind, Object, PropertyObj, PyErr, Value};
use crate::objects_repr::fake_address;
use crate::ops::is_same;
use crate::vm::Vm;
use crate::vm_builtins_fast::Shortcut;

impl Vm {
    pub fn no_kw(&self, name: &str, kwnames: &Vec<String>) -> Result<(), PyErr> {
        if kwnames.is_empty() {
            return Ok(());
        }
        Err(type_error(format!("{}() takes no keyword arguments", name).as_str()))
    }

    /// Is `e` an instance of the builtin exception `kind`?
    pub fn err_is(&mut self, e: &PyErr, kind: ExcKind) -> bool {
        match &e.exc {
            Some(v) => {
                let c = self.heap.exc_class(kind);
                self.heap.isinstance(v, c)
            }
            None => {
                let c = self.heap.exc_class(kind);
                let k = self.heap.exc_class(e.kind.clone());
                self.heap.is_subclass(k, c)
            }
        }
    }

    pub fn str_arg(&self, v: &Value, what: &str) -> Result<String, PyErr> {
        if !self.heap.is_str(v) {
            return Err(type_error(what));
        }
        Ok(self.heap.to_str(v))
    }

    /// `isinstance` / `issubclass` second argument: class or tuple.
    /// `isinstance(obj, info)` (`inst`) or `issubclass(obj, info)`,
    /// honouring a metaclass's `__instancecheck__` / `__subclasscheck__`.
    pub fn isinstance_hooked(&mut self, obj: &Value, info: &Value, inst: bool, fname: &str) -> Result<bool, PyErr> {
        if let Some(Object::Tuple(items)) = self.heap.get(info) {
            let items = items.clone();
            for x in items.iter() {
                if self.isinstance_hooked(obj, x, inst, fname)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let cls = if inst {
            self.heap.class_of(obj)
        } else {
            match obj {
                Value::Ref(h) => *h,
                _ => 0,
            }
        };
        let hook = if inst { crate::classes::S_INSTANCECHECK } else { crate::classes::S_SUBCLASSCHECK };
        if let Some(m) = self.meta_method(info, hook) {
            if inst && crate::ops::is_same(&Value::Ref(cls), info) {
                return Ok(true);
            }
            let r = self.call1(&m, vec![info.clone(), obj.clone()])?;
            return self.truthy(&r);
        }
        // An instance whose class defines the hook (typing's aliases).
        if self.is_instance(info) {
            if let Some(m) = self.user_method(info, hook) {
                let r = self.call1(&m, vec![info.clone(), obj.clone()])?;
                return self.truthy(&r);
            }
        }
        self.class_matches(cls, info, fname)
    }

    fn class_matches(&self, cls: usize, info: &Value, fname: &str) -> Result<bool, PyErr> {
        match self.heap.get(info) {
            Some(Object::Class(_)) => {
                if let Value::Ref(h) = info {
                    return Ok(self.heap.is_subclass(cls, *h));
                }
                Ok(false)
            }
            Some(Object::Tuple(items)) => {
                let items = items.clone();
                for x in items.iter() {
                    if self.class_matches(cls, x, fname)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Object::GenericAlias(Value::None, args)) => {
                let items = crate::ops::items_of(&self.heap, args);
                for x in items.iter() {
                    if self.class_matches(cls, x, fname)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname).as_str())),
        }
    }

    /// Default `object.__repr__`.
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.heap.class_of(v);
        let h = match v {
            Value::Ref(h) => *h,
            _ => 0,
        };
        format!("<{}.{} object at {}>", self.heap.class_module(cls), self.heap.class(cls).qualname, fake_address(h))
    }

    /// `sorted`/`list.sort` core: sorts `items` by `key` (None: the items
    /// themselves) with a stable merge sort using `<` only.
    pub fn sort_items(&mut self, items: &mut Vec<Value>, key: &Value, reverse: bool) -> Result<(), PyErr> {
        let mut simple = true;
        if let Value::None = key {
        } else {
            simple = false;
        }
        if simple {
            for x in items.iter() {
                if self.is_instance(x) || self.is_container(x) {
                    simple = false;
                    break;
                }
            }
        }
        if simple {
            return crate::builtins_conv::sort_values(&self.heap, items, reverse);
        }
        let mut keys = Vec::new();
        for x in items.iter() {
            match key {
                Value::None => keys.push(x.clone()),
                _ => keys.push(self.call1(key, vec![x.clone()])?),
            }
        }
        if reverse {
            reverse_in_place(items);
            reverse_in_place(&mut keys);
        }
        let n = items.len();
        let mut width = 1;
        while width < n {
            let mut lo = 0;
            let mut buf: Vec<Value> = Vec::new();
            let mut kbuf: Vec<Value> = Vec::new();
            while lo < n {
                let mid = if lo + width < n { lo + width } else { n };
                let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
                let mut i = lo;
                let mut j = mid;
                while i < mid && j < hi {
                    if self.v_lt(&keys[j], &keys[i])? {
                        buf.push(items[j].clone());
                        kbuf.push(keys[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        kbuf.push(keys[i].clone());
                        i += 1;
                    }
                }
                while i < mid {
                    buf.push(items[i].clone());
                    kbuf.push(keys[i].clone());
                    i += 1;
                }
                while j < hi {
                    buf.push(items[j].clone());
                    kbuf.push(keys[j].clone());
                    j += 1;
                }
                lo = hi;
            }
            *items = buf;
            keys = kbuf;
            width = width * 2;
        }
        if reverse {
            reverse_in_place(items);
        }
        Ok(())
    }

    /// (key, reverse) from the keyword arguments of sorted/list.sort.
    fn sort_kwargs(&mut self, fname: &str, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<(Value, bool), PyErr> {
        let mut key = Value::None;
        let mut reverse = false;
        for i in 0..kwnames.len() {
            if kwnames[i].as_str() == "reverse" {
                reverse = self.truthy(&kwvalues[i])?;
            } else if kwnames[i].as_str() == "key" {
                key = kwvalues[i].clone();
            } else {
                return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", kwnames[i], fname).as_str()));
            }
        }
        Ok((key, reverse))
    }

    fn min_max(&mut self, is_max: bool, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let label = if is_max { "max" } else { "min" };
        if args.is_empty() {
            return Err(type_error(format!("{} expected at least 1 argument, got 0", label).as_str()));
        }
        let mut default = None;
        let mut key = Value::None;
        for i in 0..kwnames.len() {
            if kwnames[i].as_str() == "default" {
                default = Some(kwvalues[i].clone());
            } else if kwnames[i].as_str() == "key" {
                key = kwvalues[i].clone();
            } else {
                return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", kwnames[i], label).as_str()));
            }
        }
        if default.is_some() && args.len() > 1 {
            return Err(type_error(
                format!("Cannot specify a default for {}() with multiple positional arguments", label).as_str(),
            ));
        }
        let items = if args.len() == 1 { self.collect(&args[0])? } else { args };
        if items.is_empty() {
            if let Some(d) = default {
                return Ok(d);
            }
            return Err(err(ExcKind::ValueError, format!("{}() arg is an empty sequence", label).as_str()));
        }
        let mut best = items[0].clone();
        let mut best_key = match &key {
            Value::None => best.clone(),
            _ => self.call1(&key, vec![best.clone()])?,
        };
        for k in 1..items.len() {
            let kv = match &key {
                Value::None => items[k].clone(),
                _ => self.call1(&key, vec![items[k].clone()])?,
            };
            let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
            let better = match (&kv, &best_key) {
                (Value::Int(x), Value::Int(y)) => {
                    if is_max {
                        *x > *y
                    } else {
                        *x < *y
                    }
                }
                _ => {
                    let r = self.v_compare(&op, &kv, &best_key)?;
                    self.truthy(&r)?
                }
            };
            if better {
                best = items[k].clone();
                best_key = kv;
            }
        }
        Ok(best)
    }

    /// Builtin functions, VM side: the fast cases (vm_builtins_fast.rs) and the math
    /// module first, then the general dispatch. That one is a function of its own so that
    /// a fast call does not pay for its frame: translated with a collector, it registers
    /// some 160 roots on entry.
    pub fn call_builtin(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if kwnames.is_empty() {
            if let Some(r) = self.call_builtin_fast(id, &args) {
                return r;
            }
        }
        if crate::math_mod::is_math_fn(id) {
            // No family tested by the general dispatch shares these ids.
            let name = crate::math_mod::math_fn_name(id);
            return self.call_math(id, name, args, kwnames, kwvalues);
        }
        self.call_builtin_general(id, args, kwnames, kwvalues)
    }

    fn call_builtin_general(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        // Keyword arguments of str(), round() and pow(): made positional.
        if !kwnames.is_empty() && (id == B_STR || id == 21 || id == 23) {
            let (fname, params) = if id == B_STR {
                ("str", vec!["object", "encoding", "errors"])
            } else if id == 21 {
                ("round", vec!["number", "ndigits"])
            } else {
                ("pow", vec!["base", "exp", "mod"])
            };
            crate::methods_str_ext::check_kw_names(fname, &params, &kwnames)?;
            let a = crate::bytes::merge_args(fname, &params, &args, &kwnames, &kwvalues)?;
            let mut last = 0;
            for k in 0..a.len() {
                if a[k].is_some() {
                    last = k + 1;
                }
            }
            let mut pos = Vec::new();
            for k in 0..last {
                pos.push(match &a[k] {
                    Some(v) => v.clone(),
                    None => {
                        if id == B_STR && k == 0 {
                            self.heap.str_from("")
                        } else if id == B_STR && k == 1 {
                            self.heap.str_from("utf-8")
                        } else if id == B_STR {
                            self.heap.str_from("strict")
                        } else {
                            Value::None
                        }
                    }
                });
            }
            if id == B_STR && pos.len() >= 2 && !crate::bytes::is_bytes_like(&self.heap, &pos[0]) {
                return Err(crate::objects::type_error(
                    format!("decoding to str: need a bytes-like object, {} found", self.heap.type_name(&pos[0])).as_str(),
                ));
            }
            return self.call_builtin(id, pos, Vec::new(), Vec::new());
        }
        // Numeric builtins see the base value of int/float/str subclasses.
        let args = if (id == 3 || id == 4 || id == 6 || id == 15 || id == 16 || (id >= 21 && id <= 23)) && !args.is_empty() {
            let mut plain = Vec::new();
            for a in args.iter() {
                plain.push(self.heap.unwrap_data(a));
            }
            plain
        } else {
            args
        };
        if id == crate::vm_class::B_OBJECT_SETATTR || id == crate::vm_class::B_OBJECT_INIT_SUBCLASS || id == crate::vm_class::B_OBJECT_HASH || id == crate::vm_class::B_OBJECT_GETATTRIBUTE {
            return self.call_slot_builtin(id, args, kwnames);
        }
        if (id >= crate::vm_builtins_more::B_SLICE && id <= crate::vm_builtins_more::B_GLOBALS) || id == crate::vm_builtins_more::B_LOCALS {
            return self.call_builtin_more(id, args, kwnames);
        }
        if id >= crate::builtin_console::B_INPUT && id <= crate::builtin_console::B_DISPLAYHOOK {
            return self.call_console(id, args, kwnames);
        }
        if id == crate::vm_compile::B_COMPILE {
            let mut all = args;
            for v in kwvalues.iter() {
                all.push(v.clone());
            }
            return self.call_compile(all, kwnames);
        }
        if id == crate::vm_eval::B_EVAL || id == crate::vm_eval::B_EXEC {
            return self.call_eval_exec(id, args, kwnames);
        }
        if id == crate::bytes::B_BYTES || id == crate::bytes::B_BYTEARRAY {
            return self.call_bytes_ctor(id, args, kwnames, kwvalues);
        }
        if id == crate::complex::B_COMPLEX {
            return self.call_complex_ctor(args, kwnames, kwvalues);
        }
        if id >= crate::vm_meta::B_OBJECT_NEW && id <= crate::vm_meta::B_OBJECT_DELATTR {
            return self.call_meta_builtin(id, args, kwnames, kwvalues);
        }
        if id == B_STR && args.len() >= 2 && !crate::bytes::is_bytes_like(&self.heap, &args[0]) {
            // str(a memoryview or array, encoding[, errors]): its bytes.
            if let Some(b) = self.buffer_bytes(&args[0])? {
                let mut rest = args.clone();
                rest[0] = b;
                return self.call_builtin(id, rest, kwnames, kwvalues);
            }
        }
        if id == B_STR && args.len() >= 2 && crate::bytes::is_bytes_like(&self.heap, &args[0]) {
            // str(bytes, encoding[, errors])
            let rest = args[1..].to_vec();
            let r = crate::bytes_methods::bytes_method(&mut self.heap, &args[0], "decode", &rest, &kwnames, &kwvalues);
            return self.codec_fallback(r, &args[0], "decode", rest, kwnames, kwvalues);
        }
        if id == 3 && kwnames.len() == 1 && kwnames[0].as_str() == "base" && args.len() == 1 {
            // int(x, base=b)
            return self.call_builtin(id, vec![args[0].clone(), kwvalues[0].clone()], Vec::new(), Vec::new());
        }
        if (id == B_HEX || id == B_OCT || id == B_BIN) && args.len() == 1 && self.is_instance(&args[0]) {
            let i = self.index_of_instance(&args[0])?;
            return self.call_builtin(id, vec![i], kwnames, kwvalues);
        }
        if id == 22 && args.len() == 2 && (self.is_instance(&args[0]) || self.is_instance(&args[1])) {
            // divmod() with __divmod__ / __rdivmod__
            let s1 = self.heap.intern("__divmod__");
            let s2 = self.heap.intern("__rdivmod__");
            if let Some(m) = self.user_method(&args[0], s1) {
                let r = self.call1(&m, vec![args[0].clone(), args[1].clone()])?;
                if !crate::proto::is_notimpl(&r) {
                    return Ok(r);
                }
            }
            if let Some(m) = self.user_method(&args[1], s2) {
                let r = self.call1(&m, vec![args[1].clone(), args[0].clone()])?;
                if !crate::proto::is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if id == 23 && kwnames.is_empty() && (args.len() == 2 || args.len() == 3) && (self.is_instance(&args[0]) || self.is_instance(&args[1])) {
            // pow() with __pow__ / __rpow__
            if args.len() == 2 {
                return self.binary_slow(&crate::ast::BinOp::Pow, &args[0], &args[1], false);
            }
            let s1 = self.heap.intern("__pow__");
            if let Some(m) = self.user_method(&args[0], s1) {
                let r = self.call1(&m, vec![args[0].clone(), args[1].clone(), args[2].clone()])?;
                if !crate::proto::is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        let mut any_inst = false;
        if id == 6 {
            for a in args.iter() {
                if self.is_instance(a) {
                    any_inst = true;
                }
            }
        }
        if any_inst {
            // range(obj) with __index__
            let mut conv = Vec::new();
            for a in args.iter() {
                conv.push(self.index_of_instance(a)?);
            }
            return self.call_builtin(id, conv, kwnames, kwvalues);
        }
        if id >= crate::os_mod::OSM_FIRST && id < crate::os_mod::OSM_END {
            return self.call_osm(id, args, kwnames, kwvalues);
        }
        if id >= crate::stdlib_mod::STD_FIRST && id < crate::stdlib_mod::STD_END {
            return self.call_std(id, args, kwnames, kwvalues);
        }
        if id >= crate::vm_tbobj::B_OBJECT_CMP_FIRST && id < crate::vm_tbobj::B_OBJECT_CMP_END {
            return self.call_object_cmp(id, args, kwnames);
        }
        if id == crate::vm_tbobj::B_IMPORT {
            return self.builtin_import(args, kwnames, kwvalues);
        }
        if id >= crate::modules_builtin::MOD_FIRST && id < crate::modules_builtin::MOD_END {
            return self.call_module_fn(id, args, kwnames, kwvalues);
        }
        if id == PRINT {
            self.enter_check(1, " while calling a Python object")?;
            return self.print(&args, &kwnames, &kwvalues);
        }
        if id == B_LEN {
            self.no_kw("len", &kwnames)?;
            arg_count("len", &args, 1, 1)?;
            return Ok(Value::Int(self.v_len(&args[0])?));
        }
        if id == B_STR && args.len() == 1 && kwnames.is_empty() {
            if self.heap.is_str(&args[0]) {
                return Ok(args[0].clone());
            }
            if !self.is_instance(&args[0]) {
                self.enter_check(0, " while getting the str of an object")?;
            }
            let s = self.v_str(&args[0])?;
            return Ok(self.heap.str_from(s.as_str()));
        }
        if id == 5 && args.len() == 1 && kwnames.is_empty() {
            return Ok(Value::Bool(self.truthy(&args[0])?));
        }
        if id == B_REPR {
            self.no_kw("repr", &kwnames)?;
            arg_count("repr", &args, 1, 1)?;
            if !self.is_instance(&args[0]) {
                self.enter_check(0, " while getting the repr of an object")?;
            }
            let s = self.v_repr(&args[0])?;
            return Ok(self.heap.str_from(s.as_str()));
        }
        if id == B_FORMAT {
            self.no_kw("format", &kwnames)?;
            arg_count("format", &args, 1, 2)?;
            let spec = if args.len() == 2 { self.str_arg(&args[1], "format() argument 2 must be str")? } else { String::new() };
            let s = self.format_value(&args[0], spec.as_str())?;
            return Ok(self.heap.str_from(s.as_str()));
        }
        if id == B_LIST || id == B_TUPLE {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            arg_count(name.as_str(), &args, 0, 1)?;
            let items = if args.is_empty() { Vec::new() } else { self.collect(&args[0])? };
            return Ok(self.heap.alloc(if id == B_LIST { Object::List(items) } else { Object::Tuple(items) }));
        }
        if id == B_SET || id == B_FROZENSET {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            arg_count(name.as_str(), &args, 0, 1)?;
            if args.is_empty() {
                return self.heap.make_set(None, id == B_FROZENSET);
            }
            if id == B_FROZENSET {
                if let Some(Object::FrozenSet(_)) = self.heap.get(&args[0]) {
                    return Ok(args[0].clone());
                }
            }
            if !self.iterable(&args[0]) {
                return Err(type_error(format!("'{}' object is not iterable", self.heap.type_name(&args[0])).as_str()));
            }
            let src = if self.heap.is_set(&args[0]) { args[0].clone() } else { self.eager(&args[0])? };
            let mut hashed = false;
            for x in crate::ops::items_of(&self.heap, &src).iter() {
                if self.is_instance(x) {
                    hashed = true;
                }
            }
            if hashed {
                let items = crate::ops::items_of(&self.heap, &src);
                let mut s = crate::sets::new_set();
                for x in items.iter() {
                    self.vset_add(&mut s, x)?;
                }
                return Ok(self.heap.alloc(if id == B_FROZENSET { Object::FrozenSet(Box::new(s)) } else { Object::Set(Box::new(s)) }));
            }
            return self.heap.make_set(Some(&src), id == B_FROZENSET);
        }
        if id == B_SUM {
            let mut start = None;
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "start" {
                    start = Some(kwvalues[i].clone());
                } else {
                    return Err(type_error(format!("sum() got an unexpected keyword argument '{}'", kwnames[i]).as_str()));
                }
            }
            arg_count("sum", &args, 1, 2)?;
            if args.len() == 2 {
                start = Some(args[1].clone());
            }
            let mut acc = match start {
                Some(s) => s,
                None => Value::Int(0),
            };
            if self.heap.is_str(&acc) {
                return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            let items = self.collect(&args[0])?;
            for x in items.iter() {
                acc = match (&acc, x) {
                    (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                        Some(r) => Value::Int(r),
                        None => crate::ops::binary_op(&mut self.heap, &BinOp::Add, &acc, x, false)?,
                    },
                    _ => {
                        if self.needs_vm(&acc) || self.needs_vm(x) {
                            self.binary_slow(&BinOp::Add, &acc, x, false)?
                        } else {
                            crate::ops::binary_op(&mut self.heap, &BinOp::Add, &acc, x, false)?
                        }
                    }
                };
            }
            return Ok(acc);
        }
        if id == B_MIN || id == B_MAX {
            return self.min_max(id == B_MAX, args, kwnames, kwvalues);
        }
        if id == B_SORTED {
            if args.len() != 1 {
                return Err(type_error(format!("sorted expected 1 argument, got {}", args.len()).as_str()));
            }
            let (key, reverse) = self.sort_kwargs("sort", &kwnames, &kwvalues)?;
            let mut items = self.collect(&args[0])?;
            self.sort_items(&mut items, &key, reverse)?;
            return Ok(self.heap.alloc(Object::List(items)));
        }
        if id == B_ANY || id == B_ALL {
            let name = builtin_name(id);
            self.no_kw(name.as_str(), &kwnames)?;
            arg_count(name.as_str(), &args, 1, 1)?;
            let want = id == B_ANY;
            let it = self.get_iter(&args[0])?;
            loop {
                match self.next_value(&it)? {
                    Some(x) => {
                        if self.truthy(&x)? == want {
                            return Ok(Value::Bool(want));
                        }
                    }
                    None => return Ok(Value::Bool(!want)),
                }
            }
        }
        if id == B_ENUMERATE {
            let mut start = 0;
            let mut iterable = None;
            if !args.is_empty() {
                iterable = Some(args[0].clone());
            }
            if args.len() > 2 {
                return Err(type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len()).as_str()));
            }
            if args.len() == 2 {
                start = crate::builtins::int_arg(&self.heap, &args[1])?;
            }
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "start" {
                    start = crate::builtins::int_arg(&self.heap, &kwvalues[i])?;
                } else if kwnames[i].as_str() == "iterable" {
                    iterable = Some(kwvalues[i].clone());
                } else {
                    return Err(type_error(format!("'{}' is an invalid keyword argument for enumerate()", kwnames[i]).as_str()));
                }
            }
            let src = match iterable {
                Some(v) => v,
                None => return Err(type_error("enumerate() missing required argument 'iterable' (pos 1)")),
            };
            let it = self.get_iter(&src)?;
            return Ok(self.heap.alloc(Object::Enumerate(it, start)));
        }
        if id == B_ZIP {
            let mut strict = false;
            for k in 0..kwnames.len() {
                if kwnames[k].as_str() != "strict" {
                    return Err(type_error(format!("zip() got an unexpected keyword argument '{}'", kwnames[k]).as_str()));
                }
                strict = self.truthy(&kwvalues[k])?;
            }
            let mut iters = Vec::new();
            for k in 0..args.len() {
                if !self.iterable(&args[k]) {
                    return Err(type_error(
                        format!("'{}' object is not iterable", self.heap.type_name(&args[k])).as_str(),
                    ));
                }
                iters.push(self.get_iter(&args[k])?);
            }
            return Ok(self.heap.alloc(Object::Zip(iters, strict)));
        }
        if id == B_MAP {
            self.no_kw("map", &kwnames)?;
            if args.len() < 2 {
                return Err(type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::new();
            for k in 1..args.len() {
                iters.push(self.get_iter(&args[k])?);
            }
            return Ok(self.heap.alloc(Object::Map(args[0].clone(), iters)));
        }
        if id == B_FILTER {
            self.no_kw("filter", &kwnames)?;
            if args.len() != 2 {
                return Err(type_error(format!("filter expected 2 arguments, got {}", args.len()).as_str()));
            }
            let it = self.get_iter(&args[1])?;
            return Ok(self.heap.alloc(Object::Filter(args[0].clone(), it)));
        }
        if id == B_REVERSED && args.len() == 1 && (self.heap.is_set(&args[0]) || (self.is_lazy(&args[0]) && !self.is_instance(&args[0]))) {
            return Err(type_error(format!("'{}' object is not reversible", self.heap.type_name(&args[0])).as_str()));
        }
        if id == B_REVERSED && args.len() == 1 && self.is_instance(&args[0]) {
            if let Some(m) = self.user_method(&args[0], crate::classes::S_REVERSED) {
                return self.call1(&m, vec![args[0].clone()]);
            }
            let items = self.collect(&args[0])?;
            let mut rev = items.clone();
            reverse_in_place(&mut rev);
            let l = self.heap.alloc(Object::List(rev));
            return self.heap.get_iter(&l);
        }
        self.call_builtin_rest(id, args, kwnames, kwvalues)
    }

    /// Methods of builtin types, VM side.
    /// `it.__length_hint__()` of a built-in iterator: the items left (for
    /// sequence, range, dict and set iterators; NotImplemented for the rest).
    fn iter_length_hint(&mut self, it: &Value) -> Result<Value, PyErr> {
        let copy = match self.heap.get(it) {
            Some(Object::SeqIter(seq, i, _)) => {
                let (seq, i) = (*seq, *i);
                let n = self.heap.len(&Value::Ref(seq))? as usize;
                return Ok(Value::Int(if i < n { (n - i) as i64 } else { 0 }));
            }
            Some(Object::RangeIter(next, stop, step)) => {
                return Ok(Value::Int(crate::objects::range_len(*next, *stop, *step)));
            }
            Some(Object::DictIter(d, k, p, n)) => Object::DictIter(*d, *k, *p, *n),
            Some(Object::SetIter(s, p)) => Object::SetIter(*s, *p),
            _ => return Ok(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED)),
        };
        // Counts what a copy of the iterator still yields.
        let c = self.heap.alloc(copy);
        let mut n = 0;
        while self.next_value(&c)?.is_some() {
            n += 1;
        }
        Ok(Value::Int(n))
    }

    pub fn call_method(&mut self, recv: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if let Value::Ref(h) = recv {
            if self.is_inst_dict(*h) {
                let r = self.call_method_plain(recv, name, args, kwnames, kwvalues);
                self.sync_inst_dict(*h);
                return r;
            }
        }
        if kwnames.is_empty() {
            match self.method_shortcut(recv, name, &args) {
                Shortcut::MethodTable => return crate::methods::call_method(&mut self.heap, recv, name, &args, &kwnames, &kwvalues),
                Shortcut::SetMethod(h) => return self.set_method(recv, h, false, name, args, kwnames),
                Shortcut::None => {}
            }
        }
        self.call_method_plain(recv, name, args, kwnames, kwvalues)
    }

    fn call_method_plain(&mut self, recv: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let mut args = args;
        if name == "from_bytes" && !args.is_empty() {
            // int.from_bytes(a memoryview or array): its bytes.
            if let Some(b) = self.buffer_bytes(&args[0])? {
                args[0] = b;
            }
        }
        if crate::methods::is_protocol_dunder(&self.heap, recv, name) {
            let want = if name == "__contains__" { 1 } else { 0 };
            nargs(self.heap.type_name(recv).as_str(), name, &args, want, want)?;
            return match name {
                "__iter__" => self.get_iter(recv),
                "__len__" => Ok(Value::Int(self.v_len(recv)?)),
                _ => Ok(Value::Bool(self.contains(recv, &args[0])?)),
            };
        }
        if let Some(r) = self.data_method(recv, name, &args, &kwnames, &kwvalues)? {
            return Ok(r);
        }
        if name == "with_traceback" && self.heap.is_exception(recv) {
            self.no_kw("with_traceback", &kwnames)?;
            crate::builtins::arg_count("with_traceback", &args, 1, 1)?;
            self.set_traceback(recv, &args[0])?;
            return Ok(recv.clone());
        }
        if name == "add_note" && self.heap.is_exception(recv) {
            self.no_kw("add_note", &kwnames)?;
            return self.exc_add_note(recv, &args);
        }
        let h = match recv {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let kind = match self.heap.get(recv) {
            Some(Object::Str(_)) => 1,
            Some(Object::List(_)) => 2,
            Some(Object::Tuple(_)) => 3,
            Some(Object::Dict(_)) => 4,
            Some(Object::Set(_)) => 5,
            Some(Object::FrozenSet(_)) => 6,
            Some(Object::Generator(_)) => 7,
            Some(Object::Property(_)) => 8,
            Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) | Some(Object::DictIter(_, _, _, _)) | Some(Object::SetIter(_, _)) => 16,
            Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _)) | Some(Object::Filter(_, _)) => 16,
            Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) => 16,
            Some(Object::DictView(_, k)) if *k != 1 => 17,
            _ => 0,
        };
        if kind == 17 && name == "isdisjoint" {
            // dict_keys / dict_items: as the set of their elements.
            let tname = self.heap.type_name(recv);
            nargs(tname.as_str(), name, &args, 1, 1)?;
            let mine = self.heap.make_set(Some(recv), false)?;
            let h = match mine {
                Value::Ref(h) => h,
                _ => 0,
            };
            return self.set_method(&mine, h, false, name, args, kwnames);
        }
        if crate::bytes::is_bytes_like(&self.heap, recv) {
            return self.bytes_method_vm(recv, name, args, kwnames, kwvalues);
        }
        if let Some(Object::File(_)) = self.heap.get(recv) {
            return self.file_method(recv, name, args, kwnames, kwvalues);
        }
        if let Some(Object::Stream(_)) = self.heap.get(recv) {
            self.no_kw(name, &kwnames)?;
            return self.stream_method(recv, name, args);
        }
        if name == crate::os_mod::WALK_STEP {
            return self.walk_step(recv);
        }
        if name.starts_with(crate::os_scandir::ENTRY_PREFIX) {
            return self.entry_method(recv, name, args, kwnames, kwvalues);
        }
        if let Some(Object::Class(_)) = self.heap.get(recv) {
            if let Some(r) = crate::methods_more::class_method(&mut self.heap, h, name, &args, &kwnames, &kwvalues) {
                return r;
            }
        }
        if let Some(Object::Class(c)) = self.heap.get(recv) {
            if name == "mro" {
                let mut items = Vec::new();
                for m in c.mro.iter() {
                    items.push(Value::Ref(*m));
                }
                return Ok(self.heap.alloc(Object::List(items)));
            }
            if name == "__subclasses__" {
                // The direct subclasses, by handle (a collected class is
                // gone, as CPython's weak references to subclasses are).
                crate::builtins::arg_count("__subclasses__", &args, 0, 0)?;
                let mut items = Vec::new();
                for k in 0..self.heap.objs.len() {
                    if self.heap.objs.is_free(k) {
                        continue;
                    }
                    if let Object::Class(sub) = &self.heap.objs[k] {
                        if sub.bases.contains(&h) {
                            items.push(Value::Ref(k));
                        }
                    }
                }
                return Ok(self.heap.alloc(Object::List(items)));
            }
            if name == "fromkeys" {
                if args.is_empty() || args.len() > 2 {
                    return Err(type_error(format!("fromkeys expected at least 1 argument, got {}", args.len()).as_str()));
                }
                let keys = self.collect(&args[0])?;
                let v = if args.len() == 2 { args[1].clone() } else { Value::None };
                let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                for k in keys.iter() {
                    self.dict_store(&d, k, &v)?;
                }
                return Ok(d);
            }
        }
        if kind == 1 && name == "format" {
            let fmt = self.heap.str_chars(recv).unwrap();
            return self.str_format_vm(&fmt, &args, &kwnames, &kwvalues);
        }
        if kind == 1 && name == "format_map" {
            self.no_kw("str.format_map", &kwnames)?;
            nargs("str", name, &args, 1, 1)?;
            let fmt = self.heap.str_chars(recv).unwrap();
            return self.str_format_map_vm(&fmt, &args[0]);
        }
        if kind == 2 && name == "sort" {
            if !args.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            let (key, reverse) = self.sort_kwargs("sort", &kwnames, &kwvalues)?;
            let mut items = crate::ops::items_of(&self.heap, recv);
            self.sort_items(&mut items, &key, reverse)?;
            self.heap.objs[h] = Object::List(items);
            return Ok(Value::None);
        }
        if (kind == 2 || kind == 3) && (name == "index" || name == "count" || name == "remove") {
            let mut needs = args.len() == 1 && self.is_instance(&args[0]);
            if !needs {
                for x in crate::ops::items_of(&self.heap, recv).iter() {
                    if self.is_instance(x) {
                        needs = true;
                        break;
                    }
                }
            }
            if needs {
                let tname = if kind == 2 { "list" } else { "tuple" };
                self.no_kw(format!("{}.{}", tname, name).as_str(), &kwnames)?;
                nargs(tname, name, &args, 1, 1)?;
                let items = crate::ops::items_of(&self.heap, recv);
                let mut count = 0;
                for k in 0..items.len() {
                    if is_same(&items[k], &args[0]) || self.v_eq(&items[k], &args[0])? {
                        if name == "index" {
                            return Ok(Value::Int(k as i64));
                        }
                        if name == "remove" {
                            if let Object::List(l) = &mut self.heap.objs[h] {
                                l.remove(k);
                            }
                            return Ok(Value::None);
                        }
                        count += 1;
                    }
                }
                if name == "index" {
                    if kind == 3 {
                        return Err(err(ExcKind::ValueError, "tuple.index(x): x not in tuple"));
                    }
                    let r = self.v_repr(&args[0])?;
                    return Err(err(ExcKind::ValueError, format!("{} is not in list", r).as_str()));
                }
                if name == "remove" {
                    return Err(err(ExcKind::ValueError, "list.remove(x): x not in list"));
                }
                return Ok(Value::Int(count));
            }
        }
        if kind == 4 && name == "update" {
            if args.len() > 1 {
                return Err(type_error(format!("update expected at most 1 argument, got {}", args.len()).as_str()));
            }
            let mut pairs_k = Vec::new();
            let mut pairs_v = Vec::new();
            let user = if args.len() == 1 {
                let a0 = self.merge_source(&args[0])?;
                self.user_mapping_items(&a0)?
            } else {
                None
            };
            if let Some((ks, vs)) = user {
                pairs_k = ks;
                pairs_v = vs;
            } else if args.len() == 1 {
                let a0 = self.merge_source(&args[0])?;
                match self.heap.get(&a0) {
                    Some(Object::Dict(d)) => {
                        pairs_k = d.keys();
                        pairs_v = d.values();
                    }
                    _ => {
                        if !self.iterable(&args[0]) {
                            return Err(type_error(
                                format!("'{}' object is not iterable", self.heap.type_name(&args[0])).as_str(),
                            ));
                        }
                        let items = self.collect(&args[0])?;
                        for k in 0..items.len() {
                            if !self.iterable(&items[k]) {
                                return Err(type_error(
                                    format!(
                                        "cannot convert dictionary update sequence element #{} to a sequence",
                                        k
                                    )
                                    .as_str(),
                                ));
                            }
                            let kv = self.collect(&items[k])?;
                            if kv.len() != 2 {
                                return Err(err(
                                    ExcKind::ValueError,
                                    format!("dictionary update sequence element #{} has length {}; 2 is required", k, kv.len()).as_str(),
                                ));
                            }
                            pairs_k.push(kv[0].clone());
                            pairs_v.push(kv[1].clone());
                        }
                    }
                }
            }
            for i in 0..kwnames.len() {
                pairs_k.push(self.heap.str_from(kwnames[i].as_str()));
                pairs_v.push(kwvalues[i].clone());
            }
            for i in 0..pairs_k.len() {
                self.dict_store(recv, &pairs_k[i], &pairs_v[i])?;
            }
            return Ok(Value::None);
        }
        if kind == 4 && (name == "get" || name == "pop" || name == "setdefault") && !args.is_empty() && kwnames.is_empty() && self.dict_key_needs_vm(h, &args[0]) {
            return self.dict_method_vm(recv, h, name, args);
        }
        if kind == 5 || kind == 6 {
            return self.set_method(recv, h, kind == 6, name, args, kwnames);
        }
        if kind == 16 {
            // builtin iterators: it.__next__(), it.__iter__()
            nargs("iterator", name, &args, 0, 0)?;
            if name == "__iter__" {
                return Ok(recv.clone());
            }
            if name == "__length_hint__" {
                return self.iter_length_hint(recv);
            }
            return match self.next_value(recv)? {
                Some(v) => Ok(v),
                None => Err(err(ExcKind::StopIteration, "")),
            };
        }
        if kind == 7 {
            if name == "__await__" || name == "_agsend" || name == "_agthrow" {
                return self.coro_method(h, name, args);
            }
            self.no_kw(format!("generator.{}", name).as_str(), &kwnames)?;
            if name == "close" {
                nargs("generator", name, &args, 0, 0)?;
                return self.gen_close(h);
            }
            if name == "throw" {
                nargs("generator", name, &args, 1, 1)?;
                return self.gen_throw(h, &args[0]);
            }
            let sent = if name == "send" {
                nargs("generator", name, &args, 1, 1)?;
                args[0].clone()
            } else {
                nargs("generator", name, &args, 0, 0)?;
                Value::None
            };
            let (done, v) = self.gen_send_full(h, sent)?;
            if done {
                return Err(self.stop_iteration(v));
            }
            return Ok(v);
        }
        if kind == 8 {
            nargs("property", name, &args, 1, 1)?;
            let mut p = match &self.heap.objs[h] {
                Object::Property(p) => p.as_ref().clone(),
                _ => PropertyObj { fget: Value::None, fset: Value::None, fdel: Value::None, doc: Value::None },
            };
            if name == "setter" {
                p.fset = args[0].clone();
            } else if name == "getter" {
                p.fget = args[0].clone();
            } else {
                p.fdel = args[0].clone();
            }
            return Ok(self.heap.alloc(Object::Property(Box::new(p))));
        }
        let mut needs_prep = false;
        let mut args = args;
        if kind == 1 && name == "join" && args.len() == 1 {
            // str subclasses join as their base strings.
            let items = self.eager(&args[0])?;
            args[0] = items.clone();
            let mut any = false;
            for x in crate::ops::items_of(&self.heap, &items).iter() {
                if self.heap.payload(x).is_some() {
                    any = true;
                }
            }
            if any {
                let mut plain = Vec::new();
                for x in crate::ops::items_of(&self.heap, &items).iter() {
                    plain.push(self.heap.unwrap_data(x));
                }
                let l = self.heap.alloc(Object::List(plain));
                return crate::methods::call_method(&mut self.heap, recv, name, &vec![l], &kwnames, &kwvalues);
            }
        }
        if (kind == 1 && (name == "join" || name == "format")) || (kind == 2 && name == "extend") {
            for a in args.iter() {
                if self.is_lazy(a) || self.is_instance(a) {
                    needs_prep = true;
                }
            }
            for v in kwvalues.iter() {
                if self.is_instance(v) {
                    needs_prep = true;
                }
            }
        }
        if !needs_prep {
            let codec = (kind == 1 && name == "encode") || ((kind == 12 || kind == 13) && name == "decode");
            let r = crate::methods::call_method(&mut self.heap, recv, name, &args, &kwnames, &kwvalues);
            if codec {
                return self.codec_fallback(r, recv, name, args, kwnames, kwvalues);
            }
            return r;
        }
        let mut plain = Vec::new();
        for a in args.iter() {
            let lazy_ok = (kind == 1 && name == "join") || (kind == 2 && name == "extend") || (kind == 4 && name == "update");
            if lazy_ok {
                plain.push(self.eager(a)?);
            } else if kind == 1 && name == "format" && self.is_instance(a) {
                let s = self.v_str(a)?;
                plain.push(self.heap.str_from(s.as_str()));
            } else {
                plain.push(a.clone());
            }
        }
        let mut kwv = Vec::new();
        for v in kwvalues.iter() {
            if kind == 1 && name == "format" && self.is_instance(v) {
                let s = self.v_str(v)?;
                kwv.push(self.heap.str_from(s.as_str()));
            } else {
                kwv.push(v.clone());
            }
        }
        crate::methods::call_method(&mut self.heap, recv, name, &plain, &kwnames, &kwv)
    }

    /// `r`, the result of str.encode or bytes.decode, or when it says the
    /// encoding is unknown, the codecs written in Python (lib/codecs.py).
    pub fn codec_fallback(&mut self, r: Result<Value, PyErr>, recv: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if let Err(e) = &r {
            if e.kind == ExcKind::LookupError && e.msg.starts_with("unknown encoding") {
                let m = self.import_dotted("codecs")?;
                let sym = self.heap.intern("_method_fallback");
                let f = self.get_attr(&m, sym)?;
                let mut all = vec![recv.clone(), self.heap.str_from(name)];
                for a in args.iter() {
                    all.push(a.clone());
                }
                return self.call_sync(&f, all, kwnames, kwvalues);
            }
        }
        r
    }

    /// dict.get/pop/setdefault with an instance key (user `__eq__`).
    fn dict_method_vm(&mut self, recv: &Value, h: usize, name: &str, args: Vec<Value>) -> Result<Value, PyErr> {
        nargs("dict", name, &args, 1, 2)?;
        let (found, hash) = self.dict_probe(h, &args[0])?;
        let default = if args.len() == 2 { args[1].clone() } else { Value::None };
        match found {
            Some(i) => {
                if name == "pop" {
                    return Ok(match self.heap.dict_remove_at(h, Some(i)) {
                        Some(v) => v,
                        None => Value::None,
                    });
                }
                match self.heap.dict_of(recv) {
                    Some(d) => Ok(d.value_at(i).clone()),
                    _ => Ok(Value::None),
                }
            }
            None => {
                if name == "pop" {
                    if args.len() == 2 {
                        return Ok(default);
                    }
                    let r = self.v_repr(&args[0])?;
                    return Err(err_arg(ExcKind::KeyError, r.as_str(), args[0].clone()));
                }
                if name == "setdefault" {
                    self.dict_push(h, &args[0], &default, hash);
                }
                Ok(default)
            }
        }
    }

    /// A set object holding the items of any iterable (for set methods).
    fn as_set(&mut self, v: &Value) -> Result<crate::objects::SetObj, PyErr> {
        if let Some(s) = self.heap.set_of(v) {
            return Ok(s);
        }
        if !self.iterable(v) {
            return Err(type_error(format!("'{}' object is not iterable", self.heap.type_name(v)).as_str()));
        }
        let src = self.eager(v)?;
        let mut s = crate::sets::new_set();
        self.heap.set_update(&mut s, &src)?;
        Ok(s)
    }

    pub fn set_method(&mut self, recv: &Value, h: usize, frozen: bool, name: &str, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        let tname = if frozen { "frozenset" } else { "set" };
        if !kwnames.is_empty() {
            return Err(type_error(format!("{}.{}() takes no keyword arguments", tname, name).as_str()));
        }
        match name {
            "add" | "remove" | "discard" => {
                nargs(tname, name, &args, 1, 1)?;
                let mut s = self.heap.take_set(h);
                let r = if name == "add" {
                    match self.vset_add(&mut *s, &args[0]) {
                        Ok(()) => Ok(true),
                        Err(e) => Err(e),
                    }
                } else {
                    self.vset_discard(&mut *s, &args[0])
                };
                self.heap.put_set(h, s);
                let found = r?;
                if name == "remove" && !found {
                    return Err(self.heap.set_key_error(&args[0]));
                }
                Ok(Value::None)
            }
            "pop" => {
                nargs(tname, name, &args, 0, 0)?;
                let mut s = self.heap.take_set(h);
                let r = s.pop();
                self.heap.put_set(h, s);
                match r {
                    Some(v) => Ok(v),
                    None => {
                        let m = self.heap.str_from("pop from an empty set");
                        Err(err_arg(ExcKind::KeyError, "", m))
                    }
                }
            }
            "clear" => {
                nargs(tname, name, &args, 0, 0)?;
                self.heap.put_set(h, Box::new(crate::sets::new_set()));
                Ok(Value::None)
            }
            "copy" => {
                nargs(tname, name, &args, 0, 0)?;
                self.heap.make_set(Some(recv), frozen)
            }
            "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                for a in args.iter() {
                    if name == "update" {
                        if !self.iterable(a) {
                            return Err(type_error(format!("'{}' object is not iterable", self.heap.type_name(a)).as_str()));
                        }
                        let src = if self.heap.is_set(a) { a.clone() } else { self.eager(a)? };
                        let mut s = self.heap.take_set(h);
                        let r = self.heap.set_update(&mut *s, &src);
                        self.heap.put_set(h, s);
                        r?;
                        continue;
                    }
                    let other = self.as_set(a)?;
                    let ov = self.heap.alloc(Object::Set(Box::new(other)));
                    let op = if name == "intersection_update" {
                        '&'
                    } else if name == "difference_update" {
                        '-'
                    } else {
                        '^'
                    };
                    let r = self.vm_set_binop(recv, &ov, op)?;
                    if let Value::Ref(rh) = r {
                        let s = self.heap.take_set(rh);
                        self.heap.put_set(h, s);
                    }
                }
                Ok(Value::None)
            }
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let mut result = self.heap.make_set(Some(recv), frozen)?;
                for a in args.iter() {
                    let other = self.as_set(a)?;
                    let ov = self.heap.alloc(Object::Set(Box::new(other)));
                    let op = if name == "union" {
                        '|'
                    } else if name == "intersection" {
                        '&'
                    } else if name == "difference" {
                        '-'
                    } else {
                        '^'
                    };
                    result = self.vm_set_binop(&result, &ov, op)?;
                }
                Ok(result)
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                nargs(tname, name, &args, 1, 1)?;
                let a = self.heap.set_of(recv).unwrap();
                let b = self.as_set(&args[0])?;
                let r = if name == "issubset" {
                    self.vm_set_subset(&a, &b)?
                } else if name == "issuperset" {
                    self.vm_set_subset(&b, &a)?
                } else {
                    let mut disjoint = true;
                    for x in a.items().iter() {
                        if self.vset_contains(&b, x)? {
                            disjoint = false;
                            break;
                        }
                    }
                    disjoint
                };
                Ok(Value::Bool(r))
            }
            _ => Err(crate::methods::no_attribute(&self.heap, recv, name)),
        }
    }
}
