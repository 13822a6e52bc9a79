//! `__new__` and metaclasses (stage 4): `object.__new__`, `type.__new__`,
//! `type.__call__`, `class C(metaclass=M)`, subclasses of `type`, and a
//! metaclass's `__call__` / `__init__`.
//!
//! Invariants:
//! - `ClassObj::meta` is the user metaclass of a class (None: `type`);
//!   `class_of` of a class is its metaclass.
//! - A class statement always runs its body into a fresh class; with a
//!   user metaclass the body's namespace is then handed to
//!   `M(name, bases, ns, **kw)`, and the `__class__` cells of the body's
//!   functions are pointed at the class that call returns.
//! - `type.__new__` creates the class and runs `finish_class` on it
//!   (`__init_subclass__`, `__slots__`).

use crate::classes::{S_CALL, S_INIT, T_OBJECT, T_TYPE};
use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;

pub const S_NEW: usize = 44;
pub const B_OBJECT_NEW: usize = 70;
pub const B_TYPE_NEW: usize = 71;
pub const B_TYPE_CALL: usize = 72;
pub const B_TYPE_INIT: usize = 73;
pub const B_OBJECT_DELATTR: usize = 74;
pub const S_DELATTR: usize = 88;

pub fn meta_name(id: usize) -> &'static str {
    match id {
        B_OBJECT_NEW | B_TYPE_NEW => "__new__",
        B_TYPE_CALL => "__call__",
        B_OBJECT_DELATTR => "__delattr__",
        _ => "__init__",
    }
}

fn prepend(first: Value, args: &Vec<Value>) -> Vec<Value> {
    let mut full = vec![first];
    for a in args.iter() {
        full.push(a.clone());
    }
    full
}

impl Vm {
    pub fn is_metaclass(&self, cls: usize) -> bool {
        let ty = self.heap.types[T_TYPE];
        cls != ty && self.heap.is_subclass(cls, ty)
    }

    /// Calling class `cls`: a metaclass `__call__`, a user `__new__`, or
    /// a metaclass creating a class.  None: the plain instantiation.
    pub fn instantiate_hooks(&mut self, cls: usize, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>, meta_call: bool) -> Result<Option<Value>, PyErr> {
        if meta_call {
            if let Some(m) = self.heap.class(cls).meta {
                if let Some(f) = self.heap.lookup_user_cached(m, S_CALL) {
                    let r = self.call_sync(&f, prepend(Value::Ref(cls), args), kwnames.clone(), kwvalues.clone())?;
                    return Ok(Some(r));
                }
            }
        }
        let is_meta = self.is_metaclass(cls);
        let newf = self.heap.lookup_user_cached(cls, S_NEW);
        if newf.is_none() && !is_meta {
            return Ok(None);
        }
        let obj = match newf {
            Some(f) => {
                let f = match self.heap.get(&f) {
                    Some(Object::StaticMethod(g)) => g.clone(),
                    _ => f,
                };
                self.call_sync(&f, prepend(Value::Ref(cls), args), kwnames.clone(), kwvalues.clone())?
            }
            None => self.type_new(cls, args, kwnames, kwvalues)?,
        };
        if self.heap.isinstance(&obj, cls) {
            let ocls = self.heap.class_of(&obj);
            if let Some(init) = self.heap.lookup_user_cached(ocls, S_INIT) {
                let r = self.call_sync(&init, prepend(obj.clone(), args), kwnames.clone(), kwvalues.clone())?;
                if let Value::None = r {
                } else {
                    return Err(type_error(format!("__init__() should return None, not '{}'", self.heap.type_name(&r)).as_str()));
                }
            }
        }
        Ok(Some(obj))
    }

    /// The user metaclass inherited from a tuple of bases, if any.
    pub fn bases_meta(&self, bases: &Value) -> Option<usize> {
        if let Some(Object::Tuple(bs)) = self.heap.get(bases) {
            for b in bs.iter() {
                if let Some(Object::Class(c)) = self.heap.get(b) {
                    if c.meta.is_some() {
                        return c.meta;
                    }
                }
            }
        }
        None
    }

    /// `type.__new__(mcls, name, bases, ns, **kw)`.
    pub fn type_new(&mut self, mcls: usize, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        if args.len() == 1 && kwnames.is_empty() && mcls == self.heap.types[T_TYPE] {
            return Ok(Value::Ref(self.heap.class_of(&args[0])));
        }
        if args.len() != 3 {
            return Err(type_error("type.__new__() takes exactly 3 arguments"));
        }
        let c = self.type3(args)?;
        let h = match c {
            Value::Ref(h) => h,
            _ => return Ok(c),
        };
        if mcls != self.heap.types[T_TYPE] {
            self.heap.class_mut(h).meta = Some(mcls);
        }
        if !kwnames.is_empty() {
            let mut keys = Vec::new();
            for n in kwnames.iter() {
                keys.push(self.heap.str_from(n.as_str()));
            }
            let d = self.heap.new_dict(keys, kwvalues.clone())?;
            self.class_kwargs.push((h, d));
        }
        self.finish_class(h)?;
        Ok(c)
    }

    /// The builtins `object.__new__`, `type.__new__`, `type.__call__`,
    /// `type.__init__`.
    pub fn call_meta_builtin(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let name = meta_name(id);
        if args.is_empty() {
            let owner = if id == B_OBJECT_NEW { "object" } else { "type" };
            return Err(type_error(format!("{}.{}(): not enough arguments", owner, name).as_str()));
        }
        if id == B_TYPE_INIT {
            return Ok(Value::None);
        }
        if id == B_OBJECT_DELATTR {
            if args.len() != 2 {
                return Err(type_error(format!("expected 1 argument, got {}", args.len() - 1).as_str()));
            }
            let n = match self.heap.str_chars(&args[1]) {
                Some(_) => self.heap.to_str(&args[1]),
                None => {
                    return Err(type_error(format!("attribute name must be string, not '{}'", self.heap.type_name(&args[1])).as_str()))
                }
            };
            let sym = self.heap.intern(n.as_str());
            if let Value::Ref(h) = &args[0] {
                if self.heap.inst_del(*h, sym) {
                    return Ok(Value::None);
                }
            }
            return Err(self.attr_error(&args[0], sym));
        }
        let cls = match (&args[0], self.heap.get(&args[0])) {
            (Value::Ref(h), Some(Object::Class(_))) => *h,
            _ => {
                let owner = if id == B_OBJECT_NEW { "object" } else { "type" };
                return Err(type_error(
                    format!("{}.{}(X): X is not a type object ({})", owner, name, self.heap.type_name(&args[0])).as_str(),
                ));
            }
        };
        let rest = args[1..].to_vec();
        if id == B_OBJECT_NEW {
            let inst = self.heap.new_instance(cls);
            if self.heap.class(cls).is_exc {
                let t = self.heap.alloc(Object::Tuple(rest));
                if let Some(st) = self.heap.exc_state_mut(&inst) {
                    st.args = t;
                }
            }
            return Ok(inst);
        }
        if id == B_TYPE_NEW {
            return self.type_new(cls, &rest, &kwnames, &kwvalues);
        }
        // type.__call__(cls, *args): everything but the metaclass __call__.
        if let Some(v) = self.instantiate_hooks(cls, &rest, &kwnames, &kwvalues, false)? {
            return Ok(v);
        }
        match self.instantiate_core(cls, rest, kwnames, kwvalues, crate::vm::MODE_SYNC)? {
            Some(v) => Ok(v),
            None => Ok(Value::None),
        }
    }

    /// The end of a class statement: the class itself, or what its user
    /// metaclass makes of the namespace.
    pub fn finish_class_build(&mut self, cls: usize) -> Result<Value, PyErr> {
        let mut meta = self.heap.class(cls).meta;
        let mut kwnames = Vec::new();
        let mut kwvalues = Vec::new();
        let mut explicit = false;
        let mut k = 0;
        while k < self.class_kwargs.len() {
            if self.class_kwargs[k].0 == cls {
                let d = self.class_kwargs[k].1.clone();
                if let Some(Object::Dict(dd)) = self.heap.get(&d) {
                    let (ks, vs) = (dd.keys(), dd.values());
                    for i in 0..ks.len() {
                        let n = self.heap.to_str(&ks[i]);
                        if n.as_str() == "metaclass" {
                            explicit = true;
                            meta = match (&vs[i], self.heap.get(&vs[i])) {
                                (Value::Ref(m), Some(Object::Class(_))) => {
                                    if *m == self.heap.types[T_TYPE] {
                                        None
                                    } else {
                                        Some(*m)
                                    }
                                }
                                _ => return Err(crate::objects::err(crate::objects::ExcKind::NotImplementedError, "Pyrite only supports classes as metaclasses")),
                            };
                        } else {
                            kwnames.push(n);
                            kwvalues.push(vs[i].clone());
                        }
                    }
                }
            }
            k += 1;
        }
        let m = match meta {
            None => {
                if explicit {
                    self.drop_class_kwargs(cls, &kwnames, &kwvalues);
                }
                self.finish_class(cls)?;
                return Ok(Value::Ref(cls));
            }
            Some(m) => m,
        };
        let mut k = 0;
        while k < self.class_kwargs.len() {
            if self.class_kwargs[k].0 == cls {
                self.class_kwargs.remove(k);
            } else {
                k += 1;
            }
        }
        let (name, bases) = {
            let c = self.heap.class(cls);
            (c.name.clone(), c.bases.clone())
        };
        let mut bvals = Vec::new();
        let object = self.heap.types[T_OBJECT];
        for b in bases.iter() {
            if !(bases.len() == 1 && *b == object) {
                bvals.push(Value::Ref(*b));
            }
        }
        let ns = self.class_dict(&Value::Ref(cls));
        let nv = self.heap.str_from(name.as_str());
        let bt = self.heap.alloc(Object::Tuple(bvals));
        let r = self.call_sync(&Value::Ref(m), vec![nv, bt, ns.clone()], kwnames, kwvalues)?;
        // Point the body's `__class__` cells at the new class.
        let fvals = match self.heap.get(&ns) {
            Some(Object::Dict(dd)) => dd.values(),
            _ => Vec::new(),
        };
        for f in fvals.iter() {
            let inner = match self.heap.get(f) {
                Some(Object::ClassMethod(g)) | Some(Object::StaticMethod(g)) => g.clone(),
                _ => f.clone(),
            };
            let cells = match self.heap.get(&inner) {
                Some(Object::Function(fo)) => fo.closure.clone(),
                _ => Vec::new(),
            };
            for c in cells.iter() {
                if let Value::Ref(ch) = c {
                    let ch = *ch;
                    let hit = match &self.heap.objs[ch] {
                        Object::Cell(Some(Value::Ref(x))) => *x == cls,
                        _ => false,
                    };
                    if hit {
                        self.heap.objs[ch] = Object::Cell(Some(r.clone()));
                    }
                }
            }
        }
        Ok(r)
    }

    /// Re-stores a class's keyword arguments without `metaclass`.
    fn drop_class_kwargs(&mut self, cls: usize, kwnames: &Vec<String>, kwvalues: &Vec<Value>) {
        let mut k = 0;
        while k < self.class_kwargs.len() {
            if self.class_kwargs[k].0 == cls {
                self.class_kwargs.remove(k);
            } else {
                k += 1;
            }
        }
        if !kwnames.is_empty() {
            let mut keys = Vec::new();
            for n in kwnames.iter() {
                keys.push(self.heap.str_from(n.as_str()));
            }
            if let Ok(d) = self.heap.new_dict(keys, kwvalues.clone()) {
                self.class_kwargs.push((cls, d));
            }
        }
    }
}
