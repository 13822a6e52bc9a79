//! Class creation hooks (stage 4): what `type.__new__` does after the
//! class body ran -- `__hash__ = None` for classes that define `__eq__`
//! only, `__slots__`, an implicit classmethod `__init_subclass__` and
//! the call of the parent's `__init_subclass__` with the class keyword
//! arguments -- and user `__setattr__`.
//!
//! Invariants: class keyword arguments wait in `Vm::class_kwargs` (keyed
//! by the class handle) while the class body runs; a class has
//! `slots` only if it and every user base define `__slots__`.

use crate::classes::{S_EQ, S_HASH, S_INIT_SUBCLASS, S_SETATTR};
use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;

/// `object.__setattr__` and `object.__init_subclass__` (slot builtins).
pub const B_OBJECT_SETATTR: usize = 67;
pub const B_OBJECT_INIT_SUBCLASS: usize = 68;
/// `object.__hash__` (identity hash).
pub const B_OBJECT_HASH: usize = 75;
/// `object.__getattribute__` (the lookup without a user hook).
pub const B_OBJECT_GETATTRIBUTE: usize = 77;

/// Builtins that bind like methods when found on a class.
pub fn is_slot_builtin(id: usize) -> bool {
    (id >= crate::builtins::B_OBJECT_INIT && id <= crate::builtins::B_EXC_REPR) || id == B_OBJECT_SETATTR || id == B_OBJECT_HASH || id == B_OBJECT_GETATTRIBUTE
        || (id >= crate::vm_tbobj::B_OBJECT_CMP_FIRST && id < crate::vm_tbobj::B_OBJECT_CMP_END)
        || id == crate::vm_meta::B_TYPE_CALL || id == crate::vm_meta::B_TYPE_INIT || id == crate::vm_meta::B_OBJECT_DELATTR
}

impl Vm {
    /// Runs after the body of class `cls` finished.
    pub fn finish_class(&mut self, cls: usize) -> Result<(), PyErr> {
        let ga = self.heap.has_user(cls, crate::classes::S_GETATTRIBUTE);
        self.heap.class_mut(cls).getattribute = ga;
        self.set_names(cls)?;
        // Every class has its own `__doc__` (None without a docstring), so it is not
        // inherited.
        if self.heap.class_get(cls, crate::classes::S_DOC).is_none() {
            self.heap.class_set(cls, crate::classes::S_DOC, Value::None);
        }
        if self.heap.class_get(cls, S_EQ).is_some() && self.heap.class_get(cls, S_HASH).is_none() {
            self.heap.class_set(cls, S_HASH, Value::None);
        }
        if let Some(f) = self.heap.class_get(cls, S_INIT_SUBCLASS) {
            if let Some(Object::Function(_)) = self.heap.get(&f) {
                let cm = self.heap.alloc(Object::ClassMethod(f));
                self.heap.class_set(cls, S_INIT_SUBCLASS, cm);
            }
        }
        let slots_sym = self.heap.intern("__slots__");
        if let Some(sv) = self.heap.class_get(cls, slots_sym) {
            let names = if self.heap.is_str(&sv) { vec![sv.clone()] } else { self.collect(&sv)? };
            let mut syms = Vec::new();
            for n in names.iter() {
                let s = self.heap.to_str(n);
                syms.push(self.heap.intern(s.as_str()));
            }
            self.add_member_descriptors(cls, &syms)?;
            let mro = self.heap.class(cls).mro.clone();
            let mut all = true;
            for k in 1..mro.len() {
                let c = self.heap.class(mro[k]);
                if !c.is_builtin {
                    if c.slots.is_none() {
                        all = false;
                    } else if let Some(more) = &c.slots {
                        for s in more.iter() {
                            syms.push(*s);
                        }
                    }
                }
            }
            // `__dict__` among the names: instances take any attribute.
            let dict_sym = self.heap.intern("__dict__");
            if all && !syms.contains(&dict_sym) {
                self.heap.class_mut(cls).slots = Some(syms);
            }
        }
        let mut kwnames = Vec::new();
        let mut kwvalues = Vec::new();
        let mut k = 0;
        while k < self.class_kwargs.len() {
            if self.class_kwargs[k].0 == cls {
                let d = self.class_kwargs.remove(k).1;
                if let Some(Object::Dict(dd)) = self.heap.get(&d) {
                    let (ks, vs) = (dd.keys(), dd.values());
                    for i in 0..ks.len() {
                        kwnames.push(self.heap.to_str(&ks[i]));
                        kwvalues.push(vs[i].clone());
                    }
                }
            } else {
                k += 1;
            }
        }
        let hook = self.heap.lookup_after(cls, cls, S_INIT_SUBCLASS);
        let f = match self.heap.get(&hook.clone().unwrap_or(Value::None)) {
            Some(Object::ClassMethod(f)) => Some(f.clone()),
            Some(Object::Function(_)) => hook,
            _ => None,
        };
        match f {
            Some(f) => {
                self.call_sync(&f, vec![Value::Ref(cls)], kwnames, kwvalues)?;
            }
            None => {
                if !kwnames.is_empty() {
                    let name = self.heap.class(cls).name.clone();
                    return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", name).as_str()));
                }
            }
        }
        Ok(())
    }

    /// `types.member_descriptor`, the class of the class attributes that
    /// `__slots__` names get.
    pub fn member_descr_class(&mut self) -> Result<usize, PyErr> {
        if self.member_descr == 0 {
            let m = self.import_dotted("types")?;
            let mi = self.module_index(&m).unwrap();
            match self.get_global(mi, "member_descriptor") {
                Some(Value::Ref(h)) => self.member_descr = h,
                _ => return Err(crate::objects::err(crate::objects::ExcKind::ImportError, "types.member_descriptor")),
            }
        }
        Ok(self.member_descr)
    }

    /// Is attribute `sym` of instances of `cls` stored for a `__slots__`
    /// name (a member descriptor on the class)?
    pub fn slot_backed(&self, cls: usize, sym: usize) -> bool {
        if self.member_descr == 0 {
            return false;
        }
        match self.heap.lookup_user(cls, sym) {
            Some(v) => self.is_member_descr(&v),
            None => false,
        }
    }

    /// Is `v` a member descriptor (a `__slots__` name on its class)?
    pub fn is_member_descr(&self, v: &Value) -> bool {
        if self.member_descr == 0 {
            return false;
        }
        match self.heap.get(v) {
            Some(Object::Instance(inst)) => inst.cls(&self.heap.maps) == self.member_descr,
            _ => false,
        }
    }

    /// Each name of the class's own `__slots__` (but `__dict__` and
    /// `__weakref__`) becomes a member descriptor in the class namespace, as
    /// in CPython.  The values still live in the instance's map: the
    /// descriptor is a non-data one whose `__get__` only runs when the
    /// instance lacks the value (AttributeError) or on the class (itself).
    fn add_member_descriptors(&mut self, cls: usize, syms: &Vec<usize>) -> Result<(), PyErr> {
        let mut own = Vec::new();
        for s in syms.iter() {
            let n = self.heap.syms[*s].clone();
            if n == "__dict__" || n == "__weakref__" || own.contains(s) {
                continue;
            }
            if self.heap.class_get(cls, *s).is_some() {
                return Err(crate::objects::err(crate::objects::ExcKind::ValueError, format!("'{}' in __slots__ conflicts with class variable", n).as_str()));
            }
            own.push(*s);
        }
        if own.is_empty() {
            return Ok(());
        }
        let md = self.member_descr_class()?;
        for s in own.iter() {
            let n = self.heap.syms[*s].clone();
            let nv = self.heap.str_from(n.as_str());
            let d = self.call_sync(&Value::Ref(md), vec![nv, Value::Ref(cls)], Vec::new(), Vec::new())?;
            self.heap.class_set(cls, *s, d);
        }
        Ok(())
    }

    /// `obj.sym = v` on an instance whose class may define `__setattr__`
    /// or `__slots__`; false when the plain store should happen.
    pub fn set_attr_hooked(&mut self, obj: &Value, cls: usize, sym: usize, v: &Value) -> Result<bool, PyErr> {
        if let Some(m) = self.heap.lookup_user_cached(cls, S_SETATTR) {
            let n = self.sym_str(sym);
            let nv = self.heap.str_from(n.as_str());
            self.call_sync(&m, vec![obj.clone(), nv, v.clone()], Vec::new(), Vec::new())?;
            return Ok(true);
        }
        self.check_slot(obj, cls, sym)?;
        Ok(false)
    }

    /// AttributeError for a store outside the `__slots__` of `cls`.
    pub fn check_slot(&mut self, obj: &Value, cls: usize, sym: usize) -> Result<(), PyErr> {
        if let Some(slots) = &self.heap.class(cls).slots {
            for s in slots.iter() {
                if *s == sym {
                    return Ok(());
                }
            }
            // A data descriptor on the class (a property, or an instance of a
            // class with `__set__`) takes the store instead of the slot check.
            let t = self.heap.lookup(cls, sym);
            if self.property_parts(&t).is_some() {
                return Ok(());
            }
            if let Some(tv) = &t {
                if let Some(Object::Instance(d)) = self.heap.get(tv) {
                    let dc = d.cls(&self.heap.maps);
                    if self.heap.lookup_user(dc, crate::vm_descr::S_SET).is_some() {
                        return Ok(());
                    }
                }
            }
            let n = self.sym_str(sym);
            // A class attribute of that name (no slot): CPython calls it read-only.
            let msg = if t.is_some() {
                format!("'{}' object attribute '{}' is read-only", self.heap.type_name(obj), n)
            } else {
                format!("'{}' object has no attribute '{}'", self.heap.type_name(obj), n)
            };
            return Err(crate::objects::err(crate::objects::ExcKind::AttributeError, msg.as_str()));
        }
        Ok(())
    }

    /// `object.__setattr__(obj, name, value)` / `object.__init_subclass__()`
    pub fn call_slot_builtin(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        if id == B_OBJECT_GETATTRIBUTE {
            self.no_kw("__getattribute__", &kwnames)?;
            if args.len() != 2 {
                return Err(type_error(format!("expected 1 argument, got {}", if args.is_empty() { 0 } else { args.len() - 1 }).as_str()));
            }
            if !self.heap.is_str(&args[1]) {
                return Err(type_error(format!("attribute name must be string, not '{}'", self.heap.type_name(&args[1])).as_str()));
            }
            let n = self.heap.to_str(&args[1]);
            let sym = self.heap.intern(n.as_str());
            return match &args[0] {
                Value::Ref(h) if self.is_instance(&args[0]) => self.instance_attr_plain(&args[0], *h, sym),
                _ => self.get_attr(&args[0], sym),
            };
        }
        if id == B_OBJECT_HASH {
            self.no_kw("__hash__", &kwnames)?;
            if args.len() != 1 {
                return Err(type_error(format!("expected 0 arguments, got {}", if args.is_empty() { 0 } else { args.len() - 1 }).as_str()));
            }
            return match &args[0] {
                Value::Ref(h) => Ok(Value::Int(crate::sets::int_hash((*h as i64) * 16 + 0x7f0000000))),
                other => Ok(Value::Int(self.heap.hash_value(other)?)),
            };
        }
        if id == B_OBJECT_INIT_SUBCLASS {
            if !kwnames.is_empty() {
                // CPython names the class being initialised.
                let name = match args.first() {
                    Some(Value::Ref(h)) if matches!(self.heap.objs[*h], Object::Class(_)) => self.heap.class(*h).name.clone(),
                    _ => "object".to_string(),
                };
                return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", name).as_str()));
            }
            return Ok(Value::None);
        }
        self.no_kw("__setattr__", &kwnames)?;
        if args.len() != 3 {
            return Err(type_error(format!("expected 2 arguments, got {}", if args.is_empty() { 0 } else { args.len() - 1 }).as_str()));
        }
        if !self.heap.is_str(&args[1]) {
            return Err(type_error(format!("attribute name must be string, not '{}'", self.heap.type_name(&args[1])).as_str()));
        }
        let n = self.heap.to_str(&args[1]);
        let sym = self.heap.intern(n.as_str());
        if self.is_instance(&args[0]) {
            let cls = self.heap.class_of(&args[0]);
            self.check_slot(&args[0], cls, sym)?;
        }
        self.set_attr_plain(&args[0], sym, args[2].clone())?;
        Ok(Value::None)
    }
}
