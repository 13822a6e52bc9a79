//! More builtins (stage 4): `slice`, `vars`, `dir`, `ascii`, `globals`,
//! `iter(callable, sentinel)`, `type(name, bases, dict)`, iteration
//! through `__getitem__`, and the attributes of slice objects.
//!
//! Invariants: `vars(obj)` of an instance is a snapshot dict (instances
//! keep their attributes in map slots, not in a dict); `dir()` is sorted
//! and includes what the MRO defines plus `object`'s attributes.

use crate::builtins::arg_count;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const B_SLICE: usize = 51;
pub const B_VARS: usize = 52;
pub const B_DIR: usize = 53;
pub const B_ASCII: usize = 54;
pub const B_GLOBALS: usize = 55;
pub const B_LOCALS: usize = 76;

pub fn more_lookup(name: &str) -> Option<usize> {
    match name {
        "slice" => Some(B_SLICE),
        "vars" => Some(B_VARS),
        "dir" => Some(B_DIR),
        "ascii" => Some(B_ASCII),
        "globals" => Some(B_GLOBALS),
        "locals" => Some(B_LOCALS),
        "bytes" => Some(crate::bytes::B_BYTES),
        "bytearray" => Some(crate::bytes::B_BYTEARRAY),
        "complex" => Some(crate::complex::B_COMPLEX),
        _ => None,
    }
}

pub fn more_name(id: usize) -> &'static str {
    match id {
        B_SLICE => "slice",
        B_VARS => "vars",
        B_DIR => "dir",
        B_ASCII => "ascii",
        B_LOCALS => "locals",
        _ => "globals",
    }
}

impl Vm {
    pub fn call_builtin_more(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        let name = more_name(id);
        self.no_kw(name, &kwnames)?;
        match id {
            B_SLICE => {
                if args.is_empty() {
                    return Err(type_error("slice expected at least 1 argument, got 0"));
                }
                if args.len() > 3 {
                    return Err(type_error(format!("slice expected at most 3 arguments, got {}", args.len()).as_str()));
                }
                let o = if args.len() == 1 {
                    Object::Slice(vec![Value::None, args[0].clone(), Value::None])
                } else {
                    let c = if args.len() == 3 { args[2].clone() } else { Value::None };
                    Object::Slice(vec![args[0].clone(), args[1].clone(), c])
                };
                Ok(self.heap.alloc(o))
            }
            B_VARS => {
                arg_count("vars", &args, 0, 1)?;
                if args.is_empty() {
                    return self.locals_dict();
                }
                if let Some(Object::Module(_)) = self.heap.get(&args[0]) {
                    let sym = self.heap.intern("__dict__");
                    return self.get_attr(&args[0], sym);
                }
                if !self.heap.is_class(&args[0]) {
                    let sym = self.heap.intern("__dict__");
                    return match self.get_attr(&args[0], sym) {
                        Ok(d) => Ok(d),
                        // No `__dict__` (`__slots__`, an int): CPython's TypeError.
                        Err(e) if self.exc_is(&e, ExcKind::AttributeError) => Err(type_error("vars() argument must have __dict__ attribute")),
                        Err(e) => Err(e),
                    };
                }
                Ok(self.class_dict(&args[0]))
            }
            B_DIR => {
                arg_count("dir", &args, 0, 1)?;
                if args.is_empty() {
                    let d = self.locals_dict()?;
                    let mut keys = match self.heap.get(&d) {
                        Some(Object::Dict(dd)) => dd.keys(),
                        _ => Vec::new(),
                    };
                    self.sort_items(&mut keys, &Value::None, false)?;
                    return Ok(self.heap.alloc(Object::List(keys)));
                }
                if let Some(m) = self.user_method(&args[0], crate::classes::S_DIR_HOOK) {
                    let r = self.call1(&m, vec![args[0].clone()])?;
                    let mut items = self.collect(&r)?;
                    self.sort_items(&mut items, &Value::None, false)?;
                    return Ok(self.heap.alloc(Object::List(items)));
                }
                let mut names: Vec<String> = Vec::new();
                let v = &args[0];
                if let Some(mi) = self.module_index(v) {
                    // A module: its global names, sorted.
                    for k in 0..self.globals[mi].len() {
                        if self.globals[mi][k].is_some() {
                            names.push(self.program.global_names[k].clone());
                        }
                    }
                } else if self.is_instance(v) || self.heap.is_class(v) {
                    let cls = if self.is_instance(v) {
                        if let Value::Ref(h) = v {
                            names = self.heap.inst_names(*h);
                        }
                        self.heap.class_of(v)
                    } else {
                        match v {
                            Value::Ref(h) => *h,
                            _ => 0,
                        }
                    };
                    let mro = self.heap.class(cls).mro.clone();
                    for c in mro.iter() {
                        if self.heap.class(*c).is_builtin {
                            continue;
                        }
                        let syms = self.heap.class(*c).names.clone();
                        for s in syms.iter() {
                            names.push(self.sym_str(*s));
                        }
                    }
                    for n in crate::suggestions::dir_of("object").into_iter() {
                        names.push(n);
                    }
                    names.push("__dict__".to_string());
                    names.push("__class__".to_string());
                    names.push("__module__".to_string());
                    names.push("__weakref__".to_string());
                } else {
                    let t = self.heap.type_name(v);
                    names = crate::suggestions::dir_of(t.as_str());
                }
                names.sort();
                names.dedup();
                let mut items = Vec::new();
                for n in names.iter() {
                    items.push(self.heap.str_from(n.as_str()));
                }
                Ok(self.heap.alloc(Object::List(items)))
            }
            B_ASCII => {
                arg_count("ascii", &args, 1, 1)?;
                let r = self.v_repr(&args[0])?;
                let a = crate::objects_repr::ascii_escape(r.as_str());
                Ok(self.heap.str_from(a.as_str()))
            }
            B_LOCALS => {
                arg_count("locals", &args, 0, 0)?;
                self.locals_dict()
            }
            _ => {
                arg_count("globals", &args, 0, 0)?;
                let fi = self.frames.len() - 1;
                let m = self.code_module[self.frames[fi].code];
                self.module_globals_dict(m)
            }
        }
    }

    /// The globals of module `m` as a dict (`globals()`, `f.__globals__`).
    pub fn module_globals_dict(&mut self, m: usize) -> Result<Value, PyErr> {
        {
            {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                let order = self.global_order[m].clone();
                for k in order.into_iter() {
                    if let Some(v) = self.globals[m][k].clone() {
                        let n = self.program.global_names[k].clone();
                        keys.push(self.heap.str_from(n.as_str()));
                        values.push(v);
                    }
                }
                let d = self.heap.new_dict(keys, values)?;
                self.note_globals_dict(&d, m);
                Ok(d)
            }
        }
    }

    /// `locals()` of the innermost Python frame: a function's bound
    /// locals (cells and free variables dereferenced, hidden
    /// comprehension slots left out), a class body's namespace, or the
    /// module's globals.
    pub fn locals_dict(&mut self) -> Result<Value, PyErr> {
        let fi = self.frames.len() - 1;
        let code = self.frames[fi].code;
        let kind = self.program.codes[code].kind;
        if kind == crate::bytecode::CODE_CLASS {
            // The body's namespace starts with __module__ and __qualname__.
            let cls = self.frames[fi].aux.clone();
            let ns = self.class_dict(&cls);
            let qual = self.program.codes[code].qualname.clone();
            let mut keys = vec![self.heap.str_from("__module__"), self.heap.str_from("__qualname__")];
            let mut values = vec![self.heap.str_from("__main__"), self.heap.str_from(qual.as_str())];
            if let Some(Object::Dict(d)) = self.heap.get(&ns) {
                for k in d.keys().into_iter() {
                    keys.push(k);
                }
                for v in d.values().into_iter() {
                    values.push(v);
                }
            }
            return self.heap.new_dict(keys, values);
        }
        if kind != crate::bytecode::CODE_FUNCTION {
            return self.call_builtin_more(B_GLOBALS, Vec::new(), Vec::new());
        }
        let names = self.program.codes[code].local_names.clone();
        let cells = self.program.codes[code].cells.clone();
        let (fs, nf) = (self.program.codes[code].free_start, self.program.codes[code].nfree);
        let mut keys = Vec::new();
        let mut values = Vec::new();
        for i in 0..names.len() {
            if names[i].starts_with('.') || i >= self.frames[fi].locals.len() {
                continue;
            }
            let v = match &self.frames[fi].locals[i] {
                Some(v) => v.clone(),
                None => continue,
            };
            let v = if cells.contains(&i) || (i >= fs && i < fs + nf) {
                match self.heap.get(&v) {
                    Some(Object::Cell(Some(x))) => x.clone(),
                    _ => continue,
                }
            } else {
                v
            };
            keys.push(self.heap.str_from(names[i].as_str()));
            values.push(v);
        }
        self.heap.new_dict(keys, values)
    }

    /// A snapshot of a class namespace as a dict.
    pub fn class_dict(&mut self, cls: &Value) -> Value {
        let h = match cls {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let (syms, vals) = {
            let c = self.heap.class(h);
            (c.names.clone(), c.values.clone())
        };
        let mut keys = Vec::new();
        for s in syms.iter() {
            let n = self.sym_str(*s);
            keys.push(self.heap.str_from(n.as_str()));
        }
        match self.heap.new_dict(keys, vals) {
            Ok(d) => d,
            Err(_) => Value::None,
        }
    }

    /// `type(name, bases, namespace)`
    pub fn type3(&mut self, args: &Vec<Value>) -> Result<Value, PyErr> {
        let name = match self.heap.str_chars(&args[0]) {
            Some(_) => self.heap.to_str(&args[0]),
            None => return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", self.heap.type_name(&args[0])).as_str())),
        };
        let bases = match self.heap.get(&args[1]) {
            Some(Object::Tuple(t)) => t.clone(),
            _ => return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", self.heap.type_name(&args[1])).as_str())),
        };
        let (ks, vs) = match self.heap.get(&args[2]) {
            Some(Object::Dict(d)) => (d.keys(), d.values()),
            _ => return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", self.heap.type_name(&args[2])).as_str())),
        };
        let mut hs = Vec::new();
        for b in bases.iter() {
            match (b, self.heap.get(b)) {
                (Value::Ref(h), Some(Object::Class(_))) => hs.push(*h),
                _ => return Err(type_error(format!("bases must be types, not {}", self.heap.type_name(b)).as_str())),
            }
        }
        self.heap.check_bases(&hs)?;
        let cls = self.heap.new_class(name.as_str(), name.as_str(), hs)?;
        for i in 0..ks.len() {
            let k = self.heap.to_str(&ks[i]);
            let s = self.heap.intern(k.as_str());
            self.heap.class_set(cls, s, vs[i].clone());
        }
        Ok(Value::Ref(cls))
    }

    /// `iter(callable, sentinel)`
    pub fn call_iter(&mut self, f: &Value, sentinel: &Value) -> Result<Value, PyErr> {
        if !self.is_callable_value(f) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        Ok(self.heap.alloc(Object::CallIter(f.clone(), sentinel.clone())))
    }

    /// Next item of a `CallIter` or `GetItemIter`.
    pub fn next_extra(&mut self, h: usize) -> Result<Option<Value>, PyErr> {
        let call = match &self.heap.objs[h] {
            Object::CallIter(f, s) => Some((f.clone(), s.clone())),
            _ => None,
        };
        if let Some((f, s)) = call {
            if let Value::None = f {
                return Ok(None);
            }
            let v = self.call1(&f, Vec::new())?;
            if crate::ops::is_same(&v, &s) || self.v_eq(&v, &s)? {
                self.heap.objs[h] = Object::CallIter(Value::None, Value::None);
                return Ok(None);
            }
            return Ok(Some(v));
        }
        let (obj, i) = match &self.heap.objs[h] {
            Object::GetItemIter(o, i) => (o.clone(), *i),
            _ => return Ok(None),
        };
        if i < 0 {
            return Ok(None);
        }
        match self.get_item_slow(&obj, &Value::Int(i)) {
            Ok(v) => {
                self.heap.objs[h] = Object::GetItemIter(obj, i + 1);
                Ok(Some(v))
            }
            Err(e) => {
                if self.exc_is(&e, ExcKind::IndexError) || self.is_stop(&e) {
                    self.heap.objs[h] = Object::GetItemIter(Value::None, -1);
                    return Ok(None);
                }
                Err(e)
            }
        }
    }

    /// An attribute set on function `h` (`__dict__` gives them all).
    pub fn func_attr(&mut self, h: usize, sym: usize) -> Option<Value> {
        let attrs = match &self.heap.objs[h] {
            Object::Function(f) => f.attrs.clone(),
            _ => Value::None,
        };
        let name = self.sym_str(sym);
        if name.as_str() == "__code__" {
            return self.func_code_obj(h).ok();
        }
        if name.as_str() == "_pyrite_async_kind" {
            // 1 for `async def`, 2 for an async generator function (asyncio, inspect)
            return match &self.heap.objs[h] {
                Object::Function(f) => Some(Value::Int(self.program.codes[f.code].async_kind as i64)),
                _ => None,
            };
        }
        if name.as_str() == "__kwdefaults__" {
            return match &self.heap.objs[h] {
                Object::Function(f) => Some(f.kwdefaults.clone()),
                _ => None,
            };
        }
        if name.as_str() == "__annotations__" {
            let a = match &self.heap.objs[h] {
                Object::Function(f) => f.annotations.clone(),
                _ => Value::None,
            };
            if let Value::None = a {
                let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                if let Object::Function(f) = &mut self.heap.objs[h] {
                    f.annotations = d.clone();
                }
                return Some(d);
            }
            return Some(a);
        }
        if name.as_str() == "__dict__" {
            if let Value::None = attrs {
                let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                if let Object::Function(f) = &mut self.heap.objs[h] {
                    f.attrs = d.clone();
                }
                return Some(d);
            }
            return Some(attrs);
        }
        let dh = match &attrs {
            Value::Ref(dh) => *dh,
            _ => return None,
        };
        if !self.heap.is_dict(&attrs) {
            return None;
        }
        let key = self.heap.str_from(name.as_str());
        match self.heap.dict_get_h(dh, &key) {
            Ok(v) => v,
            Err(_) => None,
        }
    }

    /// `f.name = v` on a Python function.
    pub fn func_set_attr(&mut self, h: usize, sym: usize, v: Value) -> Result<(), PyErr> {
        let name = self.sym_str(sym);
        if name.as_str() == "__annotations__" {
            if !self.heap.is_dict(&v) {
                return Err(type_error("__annotations__ must be set to a dict object"));
            }
            if let Object::Function(f) = &mut self.heap.objs[h] {
                f.annotations = v;
            }
            return Ok(());
        }
        if name.as_str() == "__defaults__" {
            let items = match (&v, self.heap.get(&v)) {
                (Value::None, _) => Vec::new(),
                (_, Some(Object::Tuple(items))) => items.clone(),
                _ => return Err(type_error("__defaults__ must be set to a tuple object")),
            };
            if let Object::Function(f) = &mut self.heap.objs[h] {
                f.defaults = items;
            }
            return Ok(());
        }
        if name.as_str() == "__kwdefaults__" {
            if !matches!(v, Value::None) && !self.heap.is_dict(&v) {
                return Err(type_error("__kwdefaults__ must be set to a dict object"));
            }
            if let Object::Function(f) = &mut self.heap.objs[h] {
                f.kwdefaults = v;
            }
            return Ok(());
        }
        if name.as_str() == "__name__" || name.as_str() == "__qualname__" {
            if !self.heap.is_str(&v) {
                return Err(type_error(format!("{} must be set to a string object", name).as_str()));
            }
            let s = self.heap.to_str(&v);
            if let Object::Function(f) = &mut self.heap.objs[h] {
                if name.as_str() == "__name__" {
                    f.name = s;
                } else {
                    f.qualname = s;
                }
            }
            return Ok(());
        }
        let attrs = match &self.heap.objs[h] {
            Object::Function(f) => f.attrs.clone(),
            _ => Value::None,
        };
        let d = match attrs {
            Value::None => {
                let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                if let Object::Function(f) = &mut self.heap.objs[h] {
                    f.attrs = d.clone();
                }
                d
            }
            other => other,
        };
        let key = self.heap.str_from(name.as_str());
        self.dict_store(&d, &key, &v)
    }

    /// `slice.start` / `.stop` / `.step`
    pub fn slice_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        if let Some(Object::Slice(p)) = self.heap.get(obj) {
            return match name {
                "start" => Some(p[0].clone()),
                "stop" => Some(p[1].clone()),
                "step" => Some(p[2].clone()),
                _ => None,
            };
        }
        None
    }
}

/// `slice.indices(len)`
pub fn slice_indices_method(heap: &mut crate::objects::Heap, recv: &Value, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs("slice", "indices", args, 1, 1)?;
    let n = crate::builtins::int_arg(heap, &args[0])?;
    if n < 0 {
        return Err(err(ExcKind::ValueError, "length should not be negative"));
    }
    let (a, b, c, _) = crate::subscript::slice_indices(heap, recv, n)?;
    Ok(heap.alloc(Object::Tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)])))
}

/// "argument 1" / "arguments 1-j" (zip's strict errors).
fn which(j: usize) -> String {
    if j == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{}", j)
    }
}

impl Vm {
    /// The (keys, values) of a user mapping -- an instance with `keys()`
    /// and `__getitem__` (CPython's test for `dict(m)`, `d.update(m)` and
    /// `**m`); None for anything else.
    pub fn user_mapping_items(&mut self, v: &Value) -> Result<Option<(Vec<Value>, Vec<Value>)>, PyErr> {
        match self.heap.get(v) {
            Some(Object::Instance(_)) => {}
            _ => return Ok(None),
        }
        let sym = self.heap.intern("keys");
        let keys_fn = match self.get_attr(v, sym) {
            Ok(f) => f,
            Err(_) => return Ok(None),
        };
        let ks = self.call1(&keys_fn, Vec::new())?;
        let keys = self.collect(&ks)?;
        let gsym = self.heap.intern("__getitem__");
        let getitem = self.get_attr(v, gsym)?;
        let mut values = Vec::new();
        for k in keys.iter() {
            values.push(self.call1(&getitem, vec![k.clone()])?);
        }
        Ok(Some((keys, values)))
    }
}

impl Vm {
    /// `zip(strict=True)`: iterator `k` of `iters` is exhausted; the
    /// others must be too.
    pub fn zip_strict_check(&mut self, iters: &Vec<Value>, k: usize) -> Result<(), PyErr> {
        if k > 0 {
            return Err(err(ExcKind::ValueError, format!("zip() argument {} is shorter than {}", k + 1, which(k)).as_str()));
        }
        for j in 1..iters.len() {
            if self.next_value(&iters[j])?.is_some() {
                return Err(err(ExcKind::ValueError, format!("zip() argument {} is longer than {}", j + 1, which(j)).as_str()));
            }
        }
        Ok(())
    }
}
