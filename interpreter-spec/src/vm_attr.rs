//! Stage 4 (continued): attribute access (`obj.name`, `obj.name = v`,
//! `del obj.name`, and the method-call shortcut `LoadMethod`).
//!
//! Invariants:
//! - Instance lookup order is CPython's for the descriptors Pyrite has:
//!   a property on the class wins, then the instance's own attributes
//!   (its map slots), then class attributes along the MRO (functions bind
//!   to the instance, classmethods to the class, staticmethods unwrap),
//!   then a user `__getattr__`.
//! - `load_method` never allocates a bound method for the common case of
//!   a plain function found on the class: it returns (function, self).

use crate::builtins::{builtin_name, MARK_METHOD, MARK_NOSELF};
use crate::classes::{
    S_ARGS, S_BASES, S_CAUSE, S_CLASS, S_CONTEXT, S_DEFAULTS, S_DICT, S_DOC, S_FGET, S_FSET, S_FUNC, S_GETATTR, S_MODULE, S_MRO, S_NAME,
    S_QUALNAME, S_SELF, S_SUPPRESS_CONTEXT, S_TRACEBACK, S_VALUE,
};
use crate::methods::{has_method, no_attribute};
use crate::objects::{err, ExcKind, Object, PyErr, Value};
use crate::suggestions::{suggest, words};
use crate::vm::Vm;

/// `dir(object())`, the attributes every instance has.
fn object_dir() -> Vec<String> {
    let mut s = String::new();
    s.push_str("__class__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ ");
    s.push_str("__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ ");
    s.push_str("__lt__ __module__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ ");
    s.push_str("__sizeof__ __str__ __subclasshook__ __weakref__");
    words(s.as_str())
}

impl Vm {
    pub fn sym_str(&self, sym: usize) -> String {
        self.heap.syms[sym].clone()
    }

    /// AttributeError for instance or class `obj` lacking `sym`, with a
    /// suggestion from its `dir()`.
    pub fn attr_error(&self, obj: &Value, sym: usize) -> PyErr {
        let name = self.sym_str(sym);
        let (msg, mut cands) = match self.heap.get(obj) {
            Some(Object::Class(c)) => {
                let h = match obj {
                    Value::Ref(h) => *h,
                    _ => 0,
                };
                (format!("type object '{}' has no attribute '{}'", c.name, name), self.heap.class_attr_names(h))
            }
            Some(Object::Instance(inst)) => {
                let h = match obj {
                    Value::Ref(h) => *h,
                    _ => 0,
                };
                let mut c = self.heap.inst_names(h);
                for n in self.heap.class_attr_names(inst.cls(&self.heap.maps)).iter() {
                    c.push(n.clone());
                }
                if inst.exc(&self.heap.inst_more).is_some() {
                    for n in words("args with_traceback add_note __cause__ __context__ __suppress_context__ __traceback__ __setstate__").iter() {
                        c.push(n.clone());
                    }
                }
                (format!("'{}' object has no attribute '{}'", self.heap.type_name(obj), name), c)
            }
            _ => return no_attribute(&self.heap, obj, name.as_str()),
        };
        for n in object_dir().iter() {
            cands.push(n.clone());
        }
        cands.sort();
        cands.dedup();
        let mut msg = msg;
        if let Some(s) = suggest(name.as_str(), &cands) {
            msg.push_str(format!(". Did you mean: '{}'?", s).as_str());
        }
        err(ExcKind::AttributeError, msg.as_str())
    }

    /// Binds a class attribute found for `obj` (whose class is `cls`).
    pub fn bind(&mut self, t: Value, obj: &Value, cls: usize) -> Value {
        let kind = match self.heap.get(&t) {
            Some(Object::Function(_)) => 1,
            Some(Object::ClassMethod(_)) => 2,
            Some(Object::StaticMethod(_)) => 3,
            Some(Object::MethodDescr(_, _)) => 4,
            None => match &t {
                Value::Builtin(id) => {
                    if crate::vm_class::is_slot_builtin(*id) {
                        1
                    } else {
                        0
                    }
                }
                _ => 0,
            },
            _ => 0,
        };
        match kind {
            1 => self.heap.alloc(Object::Method(t, obj.clone())),
            2 => {
                let f = match self.heap.get(&t) {
                    Some(Object::ClassMethod(f)) => f.clone(),
                    _ => Value::None,
                };
                self.heap.alloc(Object::Method(f, Value::Ref(cls)))
            }
            3 => match self.heap.get(&t) {
                Some(Object::StaticMethod(f)) => f.clone(),
                _ => Value::None,
            },
            4 => match self.heap.get(&t) {
                // `__new__` stays a plain function, as in CPython.
                Some(Object::MethodDescr(_, n)) if n.as_str() != "__new__" => {
                    let n = n.clone();
                    self.heap.alloc(Object::BoundMethod(obj.clone(), n))
                }
                _ => t,
            },
            _ => t,
        }
    }

    pub fn property_parts(&self, t: &Option<Value>) -> Option<(Value, Value)> {
        if let Some(v) = t {
            if let Some(Object::Property(p)) = self.heap.get(v) {
                return Some((p.fget.clone(), p.fset.clone()));
            }
        }
        None
    }

    fn str_val(&mut self, s: &str) -> Value {
        self.heap.str_from(s)
    }

    /// `obj.sym`
    pub fn get_attr(&mut self, obj: &Value, sym: usize) -> Result<Value, PyErr> {
        let h = match obj {
            Value::Ref(h) => *h,
            Value::Builtin(id) => {
                if sym == S_NAME || sym == S_QUALNAME {
                    let n = builtin_name(*id);
                    return Ok(self.str_val(n.as_str()));
                }
                if sym == S_CLASS {
                    return Ok(Value::Ref(self.heap.class_of(obj)));
                }
                return Err(no_attribute(&self.heap, obj, self.sym_str(sym).as_str()));
            }
            _ => {
                if sym == S_CLASS {
                    return Ok(Value::Ref(self.heap.class_of(obj)));
                }
                let name = self.sym_str(sym);
                if let Some(v) = crate::complex::number_attr(&mut self.heap, obj, name.as_str()) {
                    return Ok(v);
                }
                if has_method(&self.heap, obj, name.as_str()) {
                    return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
                }
                return Err(no_attribute(&self.heap, obj, name.as_str()));
            }
        };
        let kind = match &self.heap.objs[h] {
            Object::Instance(_) => 1,
            Object::Class(_) => 2,
            Object::Super(_, _) => 3,
            Object::Function(_) => 4,
            Object::Method(_, _) => 5,
            Object::Module(_) => 6,
            Object::Stream(_) => 7,
            Object::File(_) => 8,
            _ => 0,
        };
        match kind {
            6 => self.module_attr(obj, sym),
            8 => self.file_attr(obj, sym),
            7 => self.stream_attr(obj, sym),
            1 => self.instance_attr(obj, h, sym),
            2 => self.class_attr(obj, h, sym),
            3 => {
                let (start, o) = match &self.heap.objs[h] {
                    Object::Super(s, o) => (*s, o.clone()),
                    _ => (0, Value::None),
                };
                let mut ocls = match &o {
                    Value::Ref(oh) => match &self.heap.objs[*oh] {
                        Object::Class(_) => *oh,
                        _ => self.heap.class_of(&o),
                    },
                    _ => self.heap.class_of(&o),
                };
                // super() in a metaclass method: `o` is an instance (a
                // class) of the metaclass.
                let meta_super = self.heap.is_class(&o) && !self.heap.class(ocls).mro.contains(&start);
                if meta_super {
                    ocls = self.heap.class_of(&o);
                }
                let t = self.heap.lookup_after(ocls, start, sym);
                if let Some((g, _)) = self.property_parts(&t) {
                    return self.call1(&g, vec![o]);
                }
                match t {
                    Some(t) => {
                        if sym == crate::vm_meta::S_NEW {
                            return Ok(t);
                        }
                        if meta_super {
                            return Ok(self.bind(t, &o, ocls));
                        }
                        if let Some(Object::Class(_)) = self.heap.get(&o) {
                            // super() in a classmethod: functions stay unbound.
                            if let Some(Object::ClassMethod(f)) = self.heap.get(&t) {
                                let f = f.clone();
                                return Ok(self.heap.alloc(Object::Method(f, o)));
                            }
                            // object.__init_subclass__ is an implicit classmethod.
                            if let Value::Builtin(crate::vm_class::B_OBJECT_INIT_SUBCLASS) = t {
                                return Ok(self.heap.alloc(Object::Method(t, o)));
                            }
                            return Ok(t);
                        }
                        Ok(self.bind(t, &o, ocls))
                    }
                    None => {
                        let name = self.sym_str(sym);
                        Err(err(ExcKind::AttributeError, format!("'super' object has no attribute '{}'", name).as_str()))
                    }
                }
            }
            4 => {
                let (name, qual, defaults) = match &self.heap.objs[h] {
                    Object::Function(f) => (f.name.clone(), f.qualname.clone(), f.defaults.clone()),
                    _ => (String::new(), String::new(), Vec::new()),
                };
                if sym == S_NAME {
                    return Ok(self.str_val(name.as_str()));
                }
                if sym == S_QUALNAME {
                    return Ok(self.str_val(qual.as_str()));
                }
                if sym == S_MODULE || sym == S_DOC {
                    if let Some(v) = self.func_attr(h, sym) {
                        return Ok(v);
                    }
                    let code = match &self.heap.objs[h] {
                        Object::Function(f) => f.code,
                        _ => 0,
                    };
                    if sym == S_DOC {
                        return Ok(match self.program.codes[code].doc.clone() {
                            Some(d) => self.heap.str_from(d.as_str()),
                            None => Value::None,
                        });
                    }
                    let m = self.code_module[code];
                    let mname = self.modules[m].name.clone();
                    return Ok(self.str_val(mname.as_str()));
                }
                if sym == S_DEFAULTS {
                    if defaults.is_empty() {
                        return Ok(Value::None);
                    }
                    return Ok(self.heap.alloc(Object::Tuple(defaults)));
                }
                if sym == S_CLASS {
                    return Ok(Value::Ref(self.heap.class_of(obj)));
                }
                if self.sym_str(sym).as_str() == "__closure__" {
                    // The cells of the free variables (None without any).
                    let (cells, ci) = match &self.heap.objs[h] {
                        Object::Function(f) => (f.closure.clone(), f.code),
                        _ => (Vec::new(), 0),
                    };
                    if cells.is_empty() {
                        return Ok(Value::None);
                    }
                    let order = self.free_order(ci);
                    let mut sorted = Vec::new();
                    for k in order.iter() {
                        if *k < cells.len() {
                            sorted.push(cells[*k].clone());
                        }
                    }
                    let cells = sorted;
                    return Ok(self.heap.alloc(Object::Tuple(cells)));
                }
                if let Some(v) = self.func_attr(h, sym) {
                    return Ok(v);
                }
                if self.sym_str(sym).as_str() == "__globals__" {
                    let code = match &self.heap.objs[h] {
                        Object::Function(f) => f.code,
                        _ => 0,
                    };
                    let m = self.code_module[code];
                    return self.module_globals_dict(m);
                }
                Err(no_attribute(&self.heap, obj, self.sym_str(sym).as_str()))
            }
            5 => {
                let (f, s) = match &self.heap.objs[h] {
                    Object::Method(f, s) => (f.clone(), s.clone()),
                    _ => (Value::None, Value::None),
                };
                if sym == S_SELF {
                    return Ok(s);
                }
                if sym == S_FUNC {
                    return Ok(f);
                }
                if sym == S_CLASS {
                    return Ok(Value::Ref(self.heap.class_of(obj)));
                }
                self.get_attr(&f, sym)
            }
            _ => {
                if sym == S_CLASS {
                    return Ok(Value::Ref(self.heap.class_of(obj)));
                }
                let name = self.sym_str(sym);
                if let Some(v) = self.slice_attr(obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(Object::Cell(c)) = self.heap.get(obj) {
                    if name.as_str() == "cell_contents" {
                        return match c {
                            Some(v) => Ok(v.clone()),
                            None => Err(crate::objects::err(crate::objects::ExcKind::ValueError, "Cell is empty")),
                        };
                    }
                }
                if let Value::Ref(h) = obj {
                    if let Some(r) = self.gen_attr(*h, name.as_str()) {
                        return r;
                    }
                }
                if let Some(Object::Generator(g)) = self.heap.get(obj) {
                    let q = g.qualname.clone();
                    if sym == crate::classes::S_QUALNAME {
                        return Ok(self.str_val(q.as_str()));
                    }
                    if sym == S_NAME {
                        let short = match q.rfind('.') {
                            Some(i) => q[i + 1..].to_string(),
                            None => q.clone(),
                        };
                        return Ok(self.str_val(short.as_str()));
                    }
                }
                if let Some(Object::ClassMethod(f)) | Some(Object::StaticMethod(f)) = self.heap.get(obj) {
                    let f = f.clone();
                    if sym == S_FUNC {
                        return Ok(f);
                    }
                    if name.as_str() == "__isabstractmethod__" || sym == S_DOC || sym == S_NAME || sym == crate::classes::S_QUALNAME {
                        // (`__wrapped__` and the rest: not forwarded)
                        return match self.get_attr(&f, sym) {
                            Ok(v) => Ok(v),
                            Err(_) if name.as_str() == "__isabstractmethod__" => Ok(Value::Bool(false)),
                            Err(e) => Err(e),
                        };
                    }
                }
                if let Some(Object::GenericAlias(o, a)) = self.heap.get(obj) {
                    if name.as_str() == "__origin__" {
                        return Ok(o.clone());
                    }
                    if name.as_str() == "__args__" {
                        return Ok(a.clone());
                    }
                    let o = o.clone();
                    return self.get_attr(&o, sym);
                }
                if let Some(v) = self.version_info_attr(obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(v) = crate::complex::number_attr(&mut self.heap, obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(Object::BoundMethod(recv, mname)) = self.heap.get(obj) {
                    let (recv, mname) = (recv.clone(), mname.clone());
                    if sym == S_NAME {
                        return Ok(self.str_val(mname.as_str()));
                    }
                    if sym == S_QUALNAME {
                        let q = format!("{}.{}", self.heap.type_name(&recv), mname);
                        return Ok(self.str_val(q.as_str()));
                    }
                    if sym == S_SELF {
                        return Ok(recv);
                    }
                }
                if let Some(Object::Property(p)) = self.heap.get(obj) {
                    let (g, s, d, doc) = (&p.fget, &p.fset, &p.fdel, &p.doc);
                    if sym == S_FGET {
                        return Ok(g.clone());
                    }
                    if sym == S_FSET {
                        return Ok(s.clone());
                    }
                    if name.as_str() == "fdel" {
                        return Ok(d.clone());
                    }
                    if sym == S_DOC {
                        // the doc given, else the getter's docstring
                        if !matches!(doc, Value::None) {
                            return Ok(doc.clone());
                        }
                        let g = g.clone();
                        if let Value::None = g {
                            return Ok(Value::None);
                        }
                        return self.get_attr(&g, S_DOC);
                    }
                }
                if has_method(&self.heap, obj, name.as_str()) {
                    return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
                }
                Err(no_attribute(&self.heap, obj, name.as_str()))
            }
        }
    }

    fn instance_attr(&mut self, obj: &Value, h: usize, sym: usize) -> Result<Value, PyErr> {
        let cls = match &self.heap.objs[h] {
            Object::Instance(inst) => inst.cls(&self.heap.maps),
            _ => 0,
        };
        if self.heap.class(cls).getattribute {
            // A user __getattribute__; its AttributeError falls back to
            // __getattr__.
            let ga = self.heap.lookup_user(cls, crate::classes::S_GETATTRIBUTE).unwrap();
            let n = self.sym_str(sym);
            let nv = self.str_val(n.as_str());
            return match self.call1(&ga, vec![obj.clone(), nv.clone()]) {
                Ok(v) => Ok(v),
                Err(e) => match self.heap.lookup_user(cls, S_GETATTR) {
                    Some(g) if self.is_attr_error(&e) => self.call1(&g, vec![obj.clone(), nv]),
                    _ => Err(e),
                },
            };
        }
        self.instance_attr_plain(obj, h, sym)
    }

    /// A descriptor's AttributeError falls back to the class's `__getattr__`, as in CPython.
    fn getattr_fallback(&mut self, obj: &Value, cls: usize, sym: usize, r: Result<Value, PyErr>) -> Result<Value, PyErr> {
        match r {
            Err(e) if self.is_attr_error(&e) => match self.heap.lookup_user(cls, S_GETATTR) {
                Some(ga) => {
                    let n = self.sym_str(sym);
                    let nv = self.str_val(n.as_str());
                    self.call1(&ga, vec![obj.clone(), nv])
                }
                None => Err(e),
            },
            r => r,
        }
    }

    /// Is `e` an AttributeError (raised by Rust or by Python code)?
    pub fn is_attr_error(&self, e: &PyErr) -> bool {
        match &e.exc {
            None => e.kind == ExcKind::AttributeError,
            Some(x) => {
                let ae = self.heap.exc_class(ExcKind::AttributeError);
                self.heap.isinstance(x, ae)
            }
        }
    }

    /// Instance attribute lookup without a user `__getattribute__`.
    pub fn instance_attr_plain(&mut self, obj: &Value, h: usize, sym: usize) -> Result<Value, PyErr> {
        let cls = match &self.heap.objs[h] {
            Object::Instance(inst) => inst.cls(&self.heap.maps),
            _ => 0,
        };
        let t = self.heap.lookup(cls, sym);
        if let Some((g, _)) = self.property_parts(&t) {
            if let Value::None = g {
                let name = self.sym_str(sym);
                return Err(err(
                    ExcKind::AttributeError,
                    format!("property '{}' of '{}' object has no getter", name, self.heap.type_name(obj)).as_str(),
                ));
            }
            let r = self.call1(&g, vec![obj.clone()]);
            return self.getattr_fallback(obj, cls, sym, r);
        }
        let descr = match &t {
            Some(tv) => self.user_descr(tv),
            None => None,
        };
        if let Some((Some(get), true)) = &descr {
            let r = self.descr_get(get, t.as_ref().unwrap(), obj, cls);
            return self.getattr_fallback(obj, cls, sym, r);
        }
        if let Some(v) = self.heap.inst_get(h, sym) {
            return Ok(v);
        }
        if let Some((Some(get), false)) = &descr {
            let r = self.descr_get(get, t.as_ref().unwrap(), obj, cls);
            return self.getattr_fallback(obj, cls, sym, r);
        }
        if let Some(st) = self.heap.exc_state(obj) {
            if sym == S_ARGS {
                return Ok(st.args.clone());
            }
            if sym == S_CAUSE {
                return Ok(st.cause.clone());
            }
            if sym == S_CONTEXT {
                return Ok(st.context.clone());
            }
            if sym == S_SUPPRESS_CONTEXT {
                return Ok(Value::Bool(st.suppress_context));
            }
            if sym == S_TRACEBACK {
                return self.traceback_of(obj);
            }
            if t.is_none() && self.heap.syms[sym].as_str() == "add_note" {
                return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), "add_note".to_string())));
            }
            if let Some(f) = self.syntax_error_fields(obj) {
                let names = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
                for k in 0..names.len() {
                    if self.heap.syms[sym].as_str() == names[k] {
                        return Ok(if k < 7 { f[k].clone() } else { Value::None });
                    }
                }
            }
            if t.is_none() && self.heap.syms[sym].as_str() == "with_traceback" {
                return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), "with_traceback".to_string())));
            }
            if self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::SystemExit)) && self.sym_str(sym).as_str() == "code" {
                let args = crate::ops::items_of(&self.heap, &st.args);
                if args.len() == 1 {
                    return Ok(args[0].clone());
                }
                if args.is_empty() {
                    return Ok(Value::None);
                }
                return Ok(st.args.clone());
            }
            if sym == S_VALUE && self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::StopIteration)) {
                let args = crate::ops::items_of(&self.heap, &st.args);
                if args.is_empty() {
                    return Ok(Value::None);
                }
                return Ok(args[0].clone());
            }
            if (sym == S_NAME || self.heap.syms[sym].as_str() == "name" || self.heap.syms[sym].as_str() == "obj")
                && t.is_none()
                && (self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::AttributeError))
                    || self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::NameError))
                    || self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::ImportError)))
                && sym != S_NAME
            {
                // AttributeError.name / NameError.name / ImportError.name: the
                // name in the interpreter's own message (None otherwise); .obj
                // is not kept.
                if self.heap.syms[sym].as_str() == "obj" {
                    if self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::AttributeError)) {
                        return Ok(Value::None);
                    }
                } else {
                    let args = crate::ops::items_of(&self.heap, &st.args);
                    let msg = if args.len() == 1 && self.heap.is_str(&args[0]) { self.heap.to_str(&args[0]) } else { String::new() };
                    return Ok(match crate::vm_attr::name_in_message(msg.as_str()) {
                        Some(n) => self.str_val(n.as_str()),
                        None => Value::None,
                    });
                }
            }
        }
        if sym == S_CLASS {
            return Ok(Value::Ref(cls));
        }
        if sym == S_DICT && self.heap.class(cls).slots.is_none() {
            let names = self.heap.inst_names(h);
            let mut keys = Vec::new();
            let mut values = Vec::new();
            for n in names.iter() {
                let s = self.heap.intern(n.as_str());
                if self.slot_backed(cls, s) {
                    continue; // `__slots__ = ('a', '__dict__')`: `a` is no dict entry
                }
                keys.push(self.heap.str_from(n.as_str()));
                values.push(self.heap.inst_get(h, s).unwrap());
            }
            let d = self.heap.new_dict(keys, values)?;
            if let Value::Ref(dh) = &d {
                if let Object::Dict(dd) = &mut self.heap.objs[*dh] {
                    dd.owner = obj.clone();
                }
            }
            return Ok(d);
        }
        if let Some(t) = t {
            return Ok(self.bind(t, obj, cls));
        }
        if let Some(ga) = self.heap.lookup_user(cls, S_GETATTR) {
            let n = self.sym_str(sym);
            let nv = self.str_val(n.as_str());
            return self.call1(&ga, vec![obj.clone(), nv]);
        }
        Err(self.attr_error(obj, sym))
    }

    fn class_attr(&mut self, obj: &Value, h: usize, sym: usize) -> Result<Value, PyErr> {
        let (name, qualname, is_builtin, bases, mro) = {
            let c = self.heap.class(h);
            (c.name.clone(), c.qualname.clone(), c.is_builtin, c.bases.clone(), c.mro.clone())
        };
        if sym == S_NAME {
            return Ok(self.str_val(name.as_str()));
        }
        if sym == S_QUALNAME {
            return Ok(self.str_val(qualname.as_str()));
        }
        if sym == S_MODULE {
            if let Some(m) = self.heap.class_get(h, S_MODULE) {
                return Ok(m);
            }
            return Ok(self.str_val(if is_builtin { "builtins" } else { "__main__" }));
        }
        if sym == S_BASES || sym == S_MRO {
            let src = if sym == S_BASES { bases.clone() } else { mro.clone() };
            let mut items = Vec::new();
            for b in src.iter() {
                items.push(Value::Ref(*b));
            }
            return Ok(self.heap.alloc(Object::Tuple(items)));
        }
        if sym == S_CLASS {
            return Ok(Value::Ref(self.heap.class_of(obj)));
        }
        if sym == S_DICT {
            // A builtin type's dict holds only what Pyrite keeps on the
            // class object; its methods are found by name (methods.rs).
            return Ok(self.class_dict(obj));
        }
        if is_builtin {
            let name = self.sym_str(sym);
            let k = crate::methods::kind_of_class(&self.heap, h);
            if crate::methods_more::is_class_method(k, name.as_str()) {
                return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
            }
            if k != 0 && crate::methods::method_exists(k, name.as_str()) {
                return Ok(self.heap.alloc(Object::MethodDescr(h, name)));
            }
            if k == 4 && name.as_str() == "fromkeys" {
                return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
            }
        }
        match self.heap.lookup(h, sym) {
            Some(t) => {
                if let Some((Some(get), _)) = self.user_descr(&t) {
                    return self.descr_get(&get, &t, &Value::None, h);
                }
                let kind = match self.heap.get(&t) {
                    Some(Object::ClassMethod(_)) => 2,
                    Some(Object::StaticMethod(_)) => 3,
                    _ => 0,
                };
                if kind == 0 {
                    return Ok(t);
                }
                Ok(self.bind(t, obj, h))
            }
            None => {
                if let Some(m) = self.heap.class(h).meta {
                    let t = self.heap.lookup(m, sym);
                    if let Some((g, _)) = self.property_parts(&t) {
                        return self.call1(&g, vec![obj.clone()]);
                    }
                    if let Some(t) = t {
                        return Ok(self.bind(t, obj, m));
                    }
                }
                if sym == S_DOC {
                    return Ok(Value::None);
                }
                let name = self.sym_str(sym);
                if name.as_str() == "__annotations__" && !is_builtin {
                    let d = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                    self.heap.class_set(h, sym, d.clone());
                    return Ok(d);
                }
                if name.as_str() == "mro" || name.as_str() == "__subclasses__" {
                    return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
                }
                if name.as_str() == "__base__" {
                    return Ok(if bases.is_empty() { Value::None } else { Value::Ref(bases[0]) });
                }
                Err(self.attr_error(obj, sym))
            }
        }
    }

    /// `LoadMethod`: (callable, self) or (receiver, METHOD mark) or
    /// (attribute, NOSELF mark).
    pub fn load_method(&mut self, obj: &Value, sym: usize) -> Result<(Value, Value), PyErr> {
        if let Value::Ref(h) = obj {
            let h = *h;
            let kind = match &self.heap.objs[h] {
                Object::Instance(_) => 1,
                Object::Super(_, _) => 2,
                Object::Class(_) | Object::Function(_) | Object::Method(_, _) => 3,
                _ => 0,
            };
            if kind == 1 && !self.heap.class(self.heap.class_of(obj)).getattribute {
                let cls = self.heap.class_of(obj);
                if let Some(t) = self.heap.lookup(cls, sym) {
                    let plain = match self.heap.get(&t) {
                        Some(Object::Function(_)) => true,
                        _ => false,
                    };
                    if plain && self.heap.inst_get(h, sym).is_none() {
                        return Ok((t, obj.clone()));
                    }
                    let descr = match self.heap.get(&t) {
                        Some(Object::MethodDescr(_, n)) => n.as_str() != "__new__" && *n == self.heap.syms[sym],
                        _ => false,
                    };
                    if descr && self.heap.inst_get(h, sym).is_none() {
                        return Ok((obj.clone(), Value::Builtin(MARK_METHOD)));
                    }
                }
                let v = self.get_attr(obj, sym)?;
                return Ok((v, Value::Builtin(MARK_NOSELF)));
            }
            if kind == 1 {
                let v = self.get_attr(obj, sym)?;
                return Ok((v, Value::Builtin(MARK_NOSELF)));
            }
            if kind == 2 {
                let (start, o) = match &self.heap.objs[h] {
                    Object::Super(s, o) => (*s, o.clone()),
                    _ => (0, Value::None),
                };
                if !self.heap.is_class(&o) {
                    let ocls = self.heap.class_of(&o);
                    if let Some(t) = self.heap.lookup_after(ocls, start, sym) {
                        let plain = match self.heap.get(&t) {
                            Some(Object::Function(_)) => true,
                            None => match &t {
                                Value::Builtin(id) => crate::vm_class::is_slot_builtin(*id),
                                _ => false,
                            },
                            _ => false,
                        };
                        if plain {
                            return Ok((t, o));
                        }
                    }
                }
                let v = self.get_attr(obj, sym)?;
                return Ok((v, Value::Builtin(MARK_NOSELF)));
            }
            if kind == 3 {
                let v = self.get_attr(obj, sym)?;
                return Ok((v, Value::Builtin(MARK_NOSELF)));
            }
        }
        if has_method(&self.heap, obj, self.heap.syms[sym].as_str()) {
            return Ok((obj.clone(), Value::Builtin(MARK_METHOD)));
        }
        let v = self.get_attr(obj, sym)?;
        Ok((v, Value::Builtin(MARK_NOSELF)))
    }

    /// `obj.sym = v`
    pub fn set_attr(&mut self, obj: &Value, sym: usize, v: Value) -> Result<(), PyErr> {
        match self.heap.get(obj) {
            Some(Object::Instance(inst)) => {
                let cls = inst.cls(&self.heap.maps);
                if self.set_attr_hooked(obj, cls, sym, &v)? {
                    return Ok(());
                }
            }
            Some(Object::Class(_)) => {
                // A metaclass's __setattr__ (`Cls.x = v`).
                let meta = self.heap.class_of(obj);
                if !self.heap.class(meta).is_builtin {
                    if let Some(m) = self.heap.lookup_user(meta, crate::classes::S_SETATTR) {
                        let n = self.sym_str(sym);
                        let nv = self.heap.str_from(n.as_str());
                        self.call_sync(&m, vec![obj.clone(), nv, v], Vec::new(), Vec::new())?;
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        self.set_attr_plain(obj, sym, v)
    }

    /// `obj.sym = v` without user `__setattr__` (`object.__setattr__`).
    pub fn set_attr_plain(&mut self, obj: &Value, sym: usize, v: Value) -> Result<(), PyErr> {
        if let Value::Ref(h) = obj {
            let h = *h;
            let kind = match &self.heap.objs[h] {
                Object::Instance(_) => 1,
                Object::Class(_) => 2,
                Object::Function(_) => 3,
                Object::Module(_) => 4,
                _ => 0,
            };
            if kind == 3 {
                return self.func_set_attr(h, sym, v);
            }
            if kind == 4 {
                return self.module_set_attr(obj, sym, v);
            }
            if kind == 1 && sym == S_CLASS {
                return self.set_class(h, v);
            }
            if kind == 1 {
                let cls = self.heap.class_of(obj);
                let t = self.heap.lookup(cls, sym);
                if let Some((_, s)) = self.property_parts(&t) {
                    if let Value::None = s {
                        let name = self.sym_str(sym);
                        return Err(err(
                            ExcKind::AttributeError,
                            format!("property '{}' of '{}' object has no setter", name, self.heap.type_name(obj)).as_str(),
                        ));
                    }
                    self.call1(&s, vec![obj.clone(), v])?;
                    return Ok(());
                }
                if let Some(tv) = &t {
                    if self.descr_set(tv, obj, Some(v.clone()))? {
                        return Ok(());
                    }
                }
                if self.heap.is_exception(obj) {
                    if sym == S_ARGS {
                        let items = self.collect(&v)?;
                        let t = self.heap.alloc(Object::Tuple(items));
                        if let Some(st) = self.heap.exc_state_mut(obj) {
                            st.args = t;
                        }
                        return Ok(());
                    }
                    if sym == S_TRACEBACK {
                        return self.set_traceback(obj, &v);
                    }
                    if sym == S_CAUSE || sym == S_CONTEXT || sym == S_SUPPRESS_CONTEXT {
                        let b = self.truthy(&v)?;
                        if let Some(st) = self.heap.exc_state_mut(obj) {
                            if sym == S_CAUSE {
                                st.cause = v;
                                st.suppress_context = true;
                            } else if sym == S_CONTEXT {
                                st.context = v;
                            } else {
                                st.suppress_context = b;
                            }
                        }
                        return Ok(());
                    }
                }
                self.heap.inst_set(h, sym, v);
                return Ok(());
            }
            if kind == 2 {
                if self.heap.class(h).is_builtin {
                    let name = self.heap.class(h).name.clone();
                    return Err(crate::objects::type_error(
                        format!("cannot set '{}' attribute of immutable type '{}'", self.sym_str(sym), name).as_str(),
                    ));
                }
                self.heap.class_set(h, sym, v);
                return Ok(());
            }
        }
        let name = self.sym_str(sym);
        if has_method(&self.heap, obj, name.as_str()) {
            return Err(err(
                ExcKind::AttributeError,
                format!("'{}' object attribute '{}' is read-only", self.heap.type_name(obj), name).as_str(),
            ));
        }
        Err(no_attribute(&self.heap, obj, name.as_str()))
    }

    /// `obj.__class__ = v` for the instance at `h`: both classes must be
    /// classes defined in Python; the instance keeps its attributes.
    fn set_class(&mut self, h: usize, v: Value) -> Result<(), PyErr> {
        let new_cls = match &v {
            Value::Ref(c) if self.heap.is_class(&v) => *c,
            _ => {
                let msg = format!("__class__ must be set to a class, not '{}' object", self.heap.type_name(&v));
                return Err(crate::objects::type_error(msg.as_str()));
            }
        };
        let old_cls = match &self.heap.objs[h] {
            Object::Instance(inst) => inst.cls(&self.heap.maps),
            _ => 0,
        };
        if self.heap.class(new_cls).is_builtin || self.heap.class(old_cls).is_builtin {
            return Err(crate::objects::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        self.heap.inst_set_class(h, new_cls);
        Ok(())
    }

    /// `del obj.sym`
    pub fn del_attr(&mut self, obj: &Value, sym: usize) -> Result<(), PyErr> {
        if let Value::Ref(h) = obj {
            let h = *h;
            let kind = match &self.heap.objs[h] {
                Object::Instance(_) => 1,
                Object::Class(_) => 2,
                Object::Module(_) => 3,
                _ => 0,
            };
            if kind == 3 {
                return self.module_del_attr(obj, sym);
            }
            if kind == 2 {
                // A metaclass's __delattr__ (`del Cls.x`).
                let meta = self.heap.class_of(obj);
                if !self.heap.class(meta).is_builtin {
                    if let Some(f) = self.heap.lookup_user(meta, crate::vm_meta::S_DELATTR) {
                        let n = self.sym_str(sym);
                        let nv = self.str_val(n.as_str());
                        self.call1(&f, vec![obj.clone(), nv])?;
                        return Ok(());
                    }
                }
            }
            if kind == 1 {
                let cls = self.heap.class_of(obj);
                if let Some(f) = self.heap.lookup_user(cls, crate::vm_meta::S_DELATTR) {
                    let n = self.sym_str(sym);
                    let nv = self.str_val(n.as_str());
                    self.call1(&f, vec![obj.clone(), nv])?;
                    return Ok(());
                }
                if let Some(t) = self.heap.lookup(cls, sym) {
                    if let Some(Object::Property(p)) = self.heap.get(&t) {
                        let d = p.fdel.clone();
                        if let Value::None = d {
                            let name = self.sym_str(sym);
                            return Err(err(
                                ExcKind::AttributeError,
                                format!("property '{}' of '{}' object has no deleter", name, self.heap.type_name(obj)).as_str(),
                            ));
                        }
                        self.call1(&d, vec![obj.clone()])?;
                        return Ok(());
                    }
                    if self.descr_set(&t, obj, None)? {
                        return Ok(());
                    }
                }
                if self.heap.inst_del(h, sym) {
                    return Ok(());
                }
                return Err(self.attr_error(obj, sym));
            }
            if kind == 2 {
                if self.heap.class_del(h, sym) {
                    return Ok(());
                }
                return Err(self.attr_error(obj, sym));
            }
        }
        Err(no_attribute(&self.heap, obj, self.sym_str(sym).as_str()))
    }
}

/// The quoted name in an AttributeError, NameError or ImportError message
/// of the interpreter ("... has no attribute 'x'", "name 'x' is not
/// defined", "No module named 'x'").
pub fn name_in_message(msg: &str) -> Option<String> {
    let markers = [" from '", "has no attribute '", "No module named '", "name '"];
    for m in markers.iter() {
        if let Some(i) = msg.find(*m) {
            let rest = &msg[i + m.len()..];
            if let Some(j) = rest.find('\'') {
                return Some(rest[..j].to_string());
            }
        }
    }
    None
}
