//! Classes, instances and their layouts (stage 4 runtime).
//!
//! Invariants:
//! - Attribute names are interned symbols (`Heap::syms`); the dunder
//!   names the VM uses are interned first, so `S_*` are their ids.
//! - An instance's attributes live in its slots (instance.rs); the slot of
//!   a name is its index in the instance's map (`Heap::maps`).  Adding an
//!   attribute follows (or creates) the map transition for that name, so
//!   instances whose attributes are set in the same order share one map
//!   and the per-instance cost is the values alone.
//! - Every class has its MRO computed by C3 at creation; lookups walk it.
//! - Builtin types and builtin exceptions are classes created once by
//!   `init_types` (`Heap::types[T_*]`, `Heap::exc_classes[kind]`).

use crate::instance::{Instance, RareParts};
use crate::objects::{err, exc_table, type_error, ClassObj, ExcKind, ExcState, Heap, Map, Object, PyErr, Value};

pub const S_INIT: usize = 0;
pub const S_STR: usize = 1;
pub const S_REPR: usize = 2;
pub const S_EQ: usize = 3;
pub const S_NE: usize = 4;
pub const S_LT: usize = 5;
pub const S_LE: usize = 6;
pub const S_GT: usize = 7;
pub const S_GE: usize = 8;
pub const S_HASH: usize = 9;
pub const S_LEN: usize = 10;
pub const S_BOOL: usize = 11;
pub const S_ITER: usize = 12;
pub const S_NEXT: usize = 13;
pub const S_GETITEM: usize = 14;
pub const S_SETITEM: usize = 15;
pub const S_DELITEM: usize = 16;
pub const S_CONTAINS: usize = 17;
pub const S_CALL: usize = 18;
pub const S_GETATTR: usize = 19;
pub const S_ENTER: usize = 20;
pub const S_EXIT: usize = 21;
pub const S_CLASS: usize = 22;
pub const S_NAME: usize = 23;
pub const S_QUALNAME: usize = 24;
pub const S_MODULE: usize = 25;
pub const S_DICT: usize = 26;
pub const S_DOC: usize = 27;
pub const S_BASES: usize = 28;
pub const S_MRO: usize = 29;
pub const S_ARGS: usize = 30;
pub const S_CAUSE: usize = 31;
pub const S_CONTEXT: usize = 32;
pub const S_SUPPRESS_CONTEXT: usize = 33;
pub const S_TRACEBACK: usize = 34;
pub const S_VALUE: usize = 35;
pub const S_NEG: usize = 36;
pub const S_POS: usize = 37;
pub const S_INVERT: usize = 38;
pub const S_ABS: usize = 39;
pub const S_FORMAT: usize = 43;
pub const S_INIT_SUBCLASS: usize = 45;
pub const S_SETATTR: usize = 87;
pub const S_REVERSED: usize = 47;
/// The binary operator methods: `__add__` .. `__and__` are S_ADD + 0..12
/// in `BinOp` order, their reflected forms S_RADD + 0..12, the in-place
/// forms S_ADD + 24 + 0..12 (see `proto::binop_syms`).
pub const S_ADD: usize = 48;
pub const S_RADD: usize = 60;
pub const S_SELF: usize = 84;
pub const S_FUNC: usize = 85;
pub const S_DEFAULTS: usize = 86;
pub const S_FGET: usize = 91;
pub const S_FSET: usize = 92;
/// `__matmul__`, then `__rmatmul__` and `__imatmul__`.
pub const S_MATMUL: usize = 96;
pub const S_DELETE: usize = 99;
pub const S_MISSING: usize = 100;
pub const S_MATCH_ARGS: usize = 101;
pub const S_CLASS_GETITEM: usize = 102;
pub const S_NOTES: usize = 103;
pub const S_GETATTRIBUTE: usize = 104;
pub const S_INSTANCECHECK: usize = 105;
pub const S_SUBCLASSCHECK: usize = 106;
pub const S_DIR_HOOK: usize = 107;

/// The symbols interned first, in `S_*` order (some are interned only so
/// that the operator ranges stay contiguous).
fn fixed_symbols() -> Vec<String> {
    let mut s = String::new();
    s.push_str("__init__ __str__ __repr__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ ");
    s.push_str("__len__ __bool__ __iter__ __next__ __getitem__ __setitem__ __delitem__ ");
    s.push_str("__contains__ __call__ __getattr__ __enter__ __exit__ __class__ __name__ ");
    s.push_str("__qualname__ __module__ __dict__ __doc__ __bases__ __mro__ args __cause__ ");
    s.push_str("__context__ __suppress_context__ __traceback__ value __neg__ __pos__ __invert__ ");
    s.push_str("__abs__ __index__ __int__ __float__ __format__ __new__ __init_subclass__ ");
    s.push_str("__set_name__ __reversed__ __add__ __sub__ __mul__ __truediv__ __floordiv__ ");
    s.push_str("__mod__ __pow__ __lshift__ __rshift__ __or__ __xor__ __and__ __radd__ __rsub__ ");
    s.push_str("__rmul__ __rtruediv__ __rfloordiv__ __rmod__ __rpow__ __rlshift__ __rrshift__ ");
    s.push_str("__ror__ __rxor__ __rand__ __iadd__ __isub__ __imul__ __itruediv__ __ifloordiv__ ");
    s.push_str("__imod__ __ipow__ __ilshift__ __irshift__ __ior__ __ixor__ __iand__ __self__ ");
    s.push_str("__func__ __defaults__ __setattr__ __delattr__ __get__ __set__ fget fset getter ");
    s.push_str("setter deleter __matmul__ __rmatmul__ __imatmul__ __delete__ __missing__ __match_args__ ");
    s.push_str("__class_getitem__ __notes__ __getattribute__ __instancecheck__ __subclasscheck__ __dir__ ");
    crate::suggestions::words(s.as_str())
}

// Builtin type classes (indices into `Heap::types`).
pub const T_OBJECT: usize = 0;
pub const T_TYPE: usize = 1;
pub const T_INT: usize = 2;
pub const T_FLOAT: usize = 3;
pub const T_BOOL: usize = 4;
pub const T_STR: usize = 5;
pub const T_LIST: usize = 6;
pub const T_TUPLE: usize = 7;
pub const T_DICT: usize = 8;
pub const T_SET: usize = 9;
pub const T_FROZENSET: usize = 10;
pub const T_RANGE: usize = 11;
pub const T_NONE: usize = 12;
pub const T_FUNCTION: usize = 13;
pub const T_BUILTIN: usize = 14;
pub const T_GENERATOR: usize = 15;
pub const T_SLICE: usize = 16;
pub const T_PROPERTY: usize = 17;
pub const T_STATICMETHOD: usize = 18;
pub const T_CLASSMETHOD: usize = 19;
pub const T_SUPER: usize = 20;
pub const T_ENUMERATE: usize = 21;
pub const T_ZIP: usize = 22;
pub const T_MAP: usize = 23;
pub const T_FILTER: usize = 24;
pub const T_METHOD: usize = 25;
pub const T_CELL: usize = 26;
pub const T_ITERATOR: usize = 27;
pub const T_NOTIMPL: usize = 28;
pub const T_MODULE: usize = 29;
pub const T_STREAM: usize = 30;
pub const T_BYTES: usize = 31;
pub const T_BYTEARRAY: usize = 32;
pub const T_COMPLEX: usize = 33;
pub const T_ELLIPSIS: usize = 34;
pub const T_GENERIC_ALIAS: usize = 35;
pub const T_UNION_TYPE: usize = 36;
/// The classes of dict views and builtin iterators (T_ITER_FIRST + k is
/// the k-th name of `iter_type_names`).
pub const T_ITER_FIRST: usize = 37;

/// Names of the view and iterator types that have classes of their own
/// (`type(d.keys()).__name__`), as `Heap::type_name` gives them.
fn iter_type_names() -> Vec<&'static str> {
    vec![
        "dict_keys", "dict_values", "dict_items", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "list_iterator",
        "tuple_iterator", "str_ascii_iterator", "range_iterator", "bytes_iterator", "bytearray_iterator", "callable_iterator",
        "set_iterator", "list_reverseiterator", "coroutine", "reversed", "unpack_iterator", "dict_reversekeyiterator",
        "dict_reversevalueiterator", "dict_reverseitemiterator",
    ]
}

/// (name, base T_*, constructor builtin id or -1) for each T_*.
fn type_table() -> Vec<(String, usize, i64)> {
    let t = vec![
        ("object", 0, 29),
        ("type", 0, 30),
        ("int", 0, 3),
        ("float", 0, 4),
        ("bool", 2, 5),
        ("str", 0, 2),
        ("list", 0, 11),
        ("tuple", 0, 12),
        ("dict", 0, 13),
        ("set", 0, 27),
        ("frozenset", 0, 28),
        ("range", 0, 6),
        ("NoneType", 0, -1),
        ("function", 0, -1),
        ("builtin_function_or_method", 0, -1),
        ("generator", 0, -1),
        ("slice", 0, 51),
        ("property", 0, 31),
        ("staticmethod", 0, 32),
        ("classmethod", 0, 33),
        ("super", 0, 34),
        ("enumerate", 0, 19),
        ("zip", 0, 20),
        ("map", 0, 35),
        ("filter", 0, 36),
        ("method", 0, -1),
        ("cell", 0, -1),
        ("iterator", 0, -1),
        ("NotImplementedType", 0, -1),
        ("module", 0, -1),
        ("TextIOWrapper", 0, -1),
        ("bytes", 0, 56),
        ("bytearray", 0, 57),
        ("complex", 0, 58),
        ("ellipsis", 0, -1),
        ("GenericAlias", 0, -1),
        ("UnionType", 0, -1),
    ];
    let mut t = t;
    for n in iter_type_names().iter() {
        t.push((*n, 0, -1));
    }
    let mut out = Vec::new();
    for k in 0..t.len() {
        out.push((t[k].0.to_string(), t[k].1, t[k].2));
    }
    out
}

/// C3 linearisation of `bases` (each given as its own MRO).
/// C3 merge; on failure Err holds the heads of the sequences left, each
/// once, in order (what CPython's set_mro_error names).
fn c3_merge(mut seqs: Vec<Vec<usize>>) -> Result<Vec<usize>, Vec<usize>> {
    let mut out = Vec::new();
    loop {
        let mut any = false;
        for s in seqs.iter() {
            if !s.is_empty() {
                any = true;
            }
        }
        if !any {
            return Ok(out);
        }
        let mut found: Option<usize> = None;
        for s in seqs.iter() {
            if s.is_empty() {
                continue;
            }
            let cand = s[0];
            let mut in_tail = false;
            for t in seqs.iter() {
                for k in 1..t.len() {
                    if t[k] == cand {
                        in_tail = true;
                    }
                }
            }
            if !in_tail {
                found = Some(cand);
                break;
            }
        }
        let c = match found {
            Some(c) => c,
            None => {
                let mut heads: Vec<usize> = Vec::new();
                for s in seqs.iter() {
                    if !s.is_empty() && !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                return Err(heads);
            }
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if !s.is_empty() && s[0] == c {
                s.remove(0);
            }
        }
    }
}

impl Heap {
    pub fn intern(&mut self, s: &str) -> usize {
        self.sym_index.intern(&mut self.syms, s)
    }

    pub fn new_map(&mut self) -> usize {
        let m = self.maps.len();
        self.maps.push(Map { names: Vec::new(), trans_names: Vec::new(), trans_maps: Vec::new(), root: m, cls: 0, size_hint: 0 });
        m
    }

    /// The map reached from `map` by adding attribute `sym`.
    pub fn map_add(&mut self, map: usize, sym: usize) -> usize {
        for k in 0..self.maps[map].trans_names.len() {
            if self.maps[map].trans_names[k] == sym {
                return self.maps[map].trans_maps[k];
            }
        }
        let mut names = self.maps[map].names.clone();
        names.push(sym);
        let root = self.maps[map].root;
        if self.maps[root].size_hint < names.len() {
            self.maps[root].size_hint = names.len();
        }
        let cls = self.maps[map].cls;
        self.maps.push(Map { names: names, trans_names: Vec::new(), trans_maps: Vec::new(), root: root, cls: cls, size_hint: 0 });
        let m = self.maps.len() - 1;
        self.maps[map].trans_names.push(sym);
        self.maps[map].trans_maps.push(m);
        m
    }

    pub fn class(&self, cls: usize) -> &ClassObj {
        match &self.objs[cls] {
            Object::Class(c) => c,
            _ => panic!("not a class"),
        }
    }

    pub fn class_mut(&mut self, cls: usize) -> &mut ClassObj {
        self.lookup_cache.invalidate();
        self.user_lookup_cache.invalidate();
        match &mut self.objs[cls] {
            Object::Class(c) => c,
            _ => panic!("not a class"),
        }
    }

    pub fn is_class(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Class(_)) => true,
            _ => false,
        }
    }

    /// Creates a class (MRO by C3).  Errors: duplicate bases, no
    /// consistent MRO, unsupported builtin bases.
    pub fn new_class(&mut self, name: &str, qualname: &str, bases: Vec<usize>) -> Result<usize, PyErr> {
        let mut bases = bases;
        for i in 0..bases.len() {
            for j in 0..i {
                if bases[i] == bases[j] {
                    return Err(type_error(format!("duplicate base class {}", self.class(bases[i]).name).as_str()));
                }
            }
        }
        let object = if self.types.is_empty() { 0 } else { self.types[T_OBJECT] };
        if bases.is_empty() && !self.types.is_empty() {
            bases.push(object);
        }
        let mut seqs = Vec::new();
        let mut is_exc = false;
        let mut meta: Option<usize> = None;
        for b in bases.iter() {
            let c = self.class(*b);
            if meta.is_none() {
                meta = c.meta;
            }
            seqs.push(c.mro.clone());
            if c.is_exc {
                is_exc = true;
            }
        }
        seqs.push(bases.clone());
        let tail = match c3_merge(seqs) {
            Ok(t) => t,
            Err(heads) => {
                let mut names = String::new();
                for k in 0..heads.len() {
                    if k > 0 {
                        names.push_str(", ");
                    }
                    names.push_str(self.class(heads[k]).name.as_str());
                }
                return Err(type_error(
                    format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names).as_str(),
                ));
            }
        };
        let root = self.new_map();
        let mut mro = Vec::new();
        for c in tail.iter() {
            mro.push(*c);
        }
        // The MRO starts with the class itself, whose handle is known once
        // it is allocated (`alloc` may reuse a freed one).
        let v = self.alloc(Object::Class(Box::new(ClassObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            bases: bases,
            mro: Vec::new(),
            names: Vec::new(),
            values: Vec::new(),
            root_map: root,
            is_exc: is_exc,
            builtin_fn: None,
            is_builtin: false,
            slots: None,
            meta: meta,
            getattribute: false,
        })));
        let h = match v {
            Value::Ref(h) => h,
            _ => panic!("alloc returned no handle"),
        };
        mro.insert(0, h);
        if let Object::Class(c) = &mut self.objs[h] {
            c.mro = mro;
        }
        self.maps[root].cls = h;
        Ok(h)
    }

    /// Rejects builtin base classes Pyrite cannot subclass (all but
    /// object and the exceptions).
    pub fn check_bases(&self, bases: &Vec<usize>) -> Result<(), PyErr> {
        let mut layout: Option<usize> = None;
        for b in bases.iter() {
            if let Some(t) = self.data_base(*b) {
                if layout.is_some() && layout != Some(t) {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
                layout = Some(t);
            }
        }
        for b in bases.iter() {
            let c = self.class(*b);
            if c.is_builtin && *b != self.types[T_OBJECT] && *b != self.types[T_TYPE] && !c.is_exc && self.data_kind(*b).is_none() {
                if c.name.as_str() == "bool" {
                    return Err(type_error("type 'bool' is not an acceptable base type"));
                }
                return Err(err(
                    ExcKind::NotImplementedError,
                    format!("Pyrite does not support subclassing the builtin type '{}' yet", c.name).as_str(),
                ));
            }
        }
        Ok(())
    }

    /// Creates the builtin type and exception classes and the fixed symbols.
    pub fn init_types(&mut self) {
        for s in fixed_symbols().iter() {
            self.intern(s.as_str());
        }
        let table = type_table();
        for k in 0..table.len() {
            let bases = if k == T_OBJECT { Vec::new() } else { vec![self.types[table[k].1]] };
            let c = match self.new_class(table[k].0.as_str(), table[k].0.as_str(), bases) {
                Ok(c) => c,
                Err(_) => panic!("builtin class"),
            };
            let cls = self.class_mut(c);
            cls.is_builtin = true;
            if table[k].2 >= 0 {
                cls.builtin_fn = Some(table[k].2 as usize);
            }
            self.types.push(c);
        }
        let object = self.types[T_OBJECT];
        self.class_set(object, S_INIT, Value::Builtin(crate::builtins::B_OBJECT_INIT));
        self.class_set(object, S_STR, Value::Builtin(crate::builtins::B_OBJECT_STR));
        self.class_set(object, S_REPR, Value::Builtin(crate::builtins::B_OBJECT_REPR));
        self.class_set(object, S_SETATTR, Value::Builtin(crate::vm_class::B_OBJECT_SETATTR));
        self.class_set(object, S_INIT_SUBCLASS, Value::Builtin(crate::vm_class::B_OBJECT_INIT_SUBCLASS));
        self.class_set(object, S_HASH, Value::Builtin(crate::vm_class::B_OBJECT_HASH));
        self.class_set(object, S_GETATTRIBUTE, Value::Builtin(crate::vm_class::B_OBJECT_GETATTRIBUTE));
        for (k, sym) in [S_EQ, S_NE, S_LT, S_LE, S_GT, S_GE].iter().enumerate() {
            self.class_set(object, *sym, Value::Builtin(crate::vm_tbobj::B_OBJECT_CMP_FIRST + k));
        }
        // `__new__`, `type.__call__`, `type.__init__` (vm_meta.rs).
        let ty = self.types[T_TYPE];
        self.class_set(object, crate::vm_meta::S_NEW, Value::Builtin(crate::vm_meta::B_OBJECT_NEW));
        self.class_set(ty, crate::vm_meta::S_NEW, Value::Builtin(crate::vm_meta::B_TYPE_NEW));
        self.class_set(ty, S_CALL, Value::Builtin(crate::vm_meta::B_TYPE_CALL));
        self.class_set(ty, S_INIT, Value::Builtin(crate::vm_meta::B_TYPE_INIT));
        self.class_set(object, crate::vm_meta::S_DELATTR, Value::Builtin(crate::vm_meta::B_OBJECT_DELATTR));
        let excs = exc_table();
        for k in 0..excs.len() {
            let base = if k == 0 { object } else { self.exc_classes[excs[k].1] };
            let c = match self.new_class(excs[k].0.as_str(), excs[k].0.as_str(), vec![base]) {
                Ok(c) => c,
                Err(_) => panic!("builtin exception class"),
            };
            let cls = self.class_mut(c);
            cls.is_builtin = true;
            cls.is_exc = true;
            self.exc_classes.push(c);
        }
        let base_exc = self.exc_classes[0];
        self.class_set(base_exc, S_INIT, Value::Builtin(crate::builtins::B_EXC_INIT));
        self.class_set(base_exc, S_STR, Value::Builtin(crate::builtins::B_EXC_STR));
        self.class_set(base_exc, S_REPR, Value::Builtin(crate::builtins::B_EXC_REPR));
        self.init_data_methods();
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> usize {
        let t = match v {
            Value::None => T_NONE,
            Value::Bool(_) => T_BOOL,
            Value::Int(_) | Value::BigInt(_) => T_INT,
            Value::Float(_) => T_FLOAT,
            Value::Builtin(id) => {
                if *id == crate::builtins::B_NOTIMPLEMENTED {
                    T_NOTIMPL
                } else if *id == crate::builtins::B_ELLIPSIS {
                    T_ELLIPSIS
                } else {
                    T_BUILTIN
                }
            }
            Value::Ref(h) => match &self.objs[*h] {
                Object::Instance(inst) => return inst.cls(&self.maps),
                Object::Str(_) => T_STR,
                Object::List(_) => T_LIST,
                Object::Tuple(_) => T_TUPLE,
                Object::Dict(_) => T_DICT,
                Object::Set(_) => T_SET,
                Object::FrozenSet(_) => T_FROZENSET,
                Object::Function(_) => T_FUNCTION,
                Object::BoundMethod(_, _) => T_BUILTIN,
                Object::Method(_, _) => T_METHOD,
                Object::Class(c) => match c.meta {
                    Some(m) => return m,
                    None => T_TYPE,
                },
                Object::Cell(_) => T_CELL,
                Object::Generator(g) if g.kind != 1 => T_GENERATOR,
                Object::Enumerate(_, _) => T_ENUMERATE,
                Object::Zip(_, _) => T_ZIP,
                Object::Map(_, _) => T_MAP,
                Object::Filter(_, _) => T_FILTER,
                Object::Module(_) => T_MODULE,
                Object::Stream(_) => T_STREAM,
                Object::File(f) => return f.cls,
                Object::Super(_, _) => T_SUPER,
                Object::Property(_) => T_PROPERTY,
                Object::StaticMethod(_) => T_STATICMETHOD,
                Object::ClassMethod(_) => T_CLASSMETHOD,
                Object::Range(_, _, _) => T_RANGE,
                Object::Slice(_) => T_SLICE,
                Object::Bytes(_) => T_BYTES,
                Object::ByteArray(_) => T_BYTEARRAY,
                Object::Complex(_, _) => T_COMPLEX,
                Object::GenericAlias(Value::None, _) => T_UNION_TYPE,
                Object::GenericAlias(_, _) => T_GENERIC_ALIAS,
                _ => {
                    let n = self.type_name(v);
                    let names = iter_type_names();
                    let mut t = T_ITERATOR;
                    for k in 0..names.len() {
                        if names[k] == n.as_str() {
                            t = T_ITER_FIRST + k;
                        }
                    }
                    t
                }
            },
        };
        self.types[t]
    }

    /// Is class `a` a subclass of class `b` (b in a's MRO)?
    pub fn is_subclass(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        for c in self.class(a).mro.iter() {
            if *c == b {
                return true;
            }
        }
        false
    }

    pub fn isinstance(&self, v: &Value, cls: usize) -> bool {
        let c = self.class_of(v);
        self.is_subclass(c, cls)
    }

    /// A user class's `__module__` (set by its class body), "__main__" if none.
    pub fn class_module(&self, cls: usize) -> String {
        match self.class_get(cls, S_MODULE) {
            Some(v) if self.is_str(&v) => self.to_str(&v),
            _ => "__main__".to_string(),
        }
    }

    pub fn class_get(&self, cls: usize, sym: usize) -> Option<Value> {
        let c = self.class(cls);
        for k in 0..c.names.len() {
            if c.names[k] == sym {
                return Some(c.values[k].clone());
            }
        }
        None
    }

    pub fn class_set(&mut self, cls: usize, sym: usize, v: Value) {
        let c = self.class_mut(cls);
        for k in 0..c.names.len() {
            if c.names[k] == sym {
                c.values[k] = v;
                return;
            }
        }
        c.names.push(sym);
        c.values.push(v);
    }

    pub fn class_del(&mut self, cls: usize, sym: usize) -> bool {
        let c = self.class_mut(cls);
        for k in 0..c.names.len() {
            if c.names[k] == sym {
                c.names.remove(k);
                c.values.remove(k);
                return true;
            }
        }
        false
    }

    /// Looks `sym` up along the MRO of `cls`, through the lookup cache.
    pub fn lookup(&mut self, cls: usize, sym: usize) -> Option<Value> {
        if let Some(v) = self.lookup_cache.get(cls, sym) {
            return v;
        }
        let v = self.lookup_uncached(cls, sym);
        self.lookup_cache.put(cls, sym, &v);
        v
    }

    /// Looks `sym` up along the MRO of `cls`.
    pub fn lookup_uncached(&self, cls: usize, sym: usize) -> Option<Value> {
        let c = self.class(cls);
        for k in 0..c.mro.len() {
            if let Some(v) = self.class_get(c.mro[k], sym) {
                return Some(v);
            }
        }
        None
    }

    /// Like `lookup`, but starting after class `after` in the MRO of `cls`.
    pub fn lookup_after(&self, cls: usize, after: usize, sym: usize) -> Option<Value> {
        let c = self.class(cls);
        let mut seen = false;
        for k in 0..c.mro.len() {
            if seen {
                if let Some(v) = self.class_get(c.mro[k], sym) {
                    return Some(v);
                }
            } else if c.mro[k] == after {
                seen = true;
            }
        }
        None
    }

    /// `lookup_user` through its cache (lookup_cache.rs).
    pub fn lookup_user_cached(&mut self, cls: usize, sym: usize) -> Option<Value> {
        if let Some(v) = self.user_lookup_cache.get(cls, sym) {
            return v;
        }
        let v = self.lookup_user(cls, sym);
        self.user_lookup_cache.put(cls, sym, &v);
        v
    }

    /// A user-visible method lookup: like `lookup` but ignoring the
    /// builtin defaults of `object` (so "has a user `__eq__`" is cheap).
    /// The builtin data types' methods count (builtin_sub.rs).
    pub fn lookup_user(&self, cls: usize, sym: usize) -> Option<Value> {
        let c = self.class(cls);
        for k in 0..c.mro.len() {
            if self.class(c.mro[k]).is_builtin {
                if k > 0 && !c.is_builtin && self.data_kind(c.mro[k]).is_some() {
                    if let Some(v) = self.class_get(c.mro[k], sym) {
                        return Some(v);
                    }
                }
                continue;
            }
            if let Some(v) = self.class_get(c.mro[k], sym) {
                return Some(v);
            }
        }
        None
    }

    /// Does any class in `cls`'s MRO define `sym` (not counting builtins)?
    pub fn has_user(&self, cls: usize, sym: usize) -> bool {
        self.lookup_user(cls, sym).is_some()
    }

    pub fn new_instance(&mut self, cls: usize) -> Value {
        let (map, is_exc) = {
            let c = self.class(cls);
            (c.root_map, c.is_exc)
        };
        let rare = if is_exc {
            let args = self.alloc(Object::Tuple(Vec::new()));
            Some(RareParts::Exc(ExcState { args: args, tb: Vec::new(), cause: Value::None, context: Value::None, suppress_context: false, tb_obj: Value::None, tb_obj_len: 0 }))
        } else {
            match self.default_base(cls) {
                Value::None => None,
                b => Some(RareParts::Base(b)),
            }
        };
        let inst = Instance::new(map, self.maps[map].size_hint, rare, &mut self.inst_more);
        self.alloc(Object::Instance(inst))
    }

    /// Instance attribute (from the slots) of the instance at `h`.
    pub fn inst_get(&self, h: usize, sym: usize) -> Option<Value> {
        if let Object::Instance(inst) = &self.objs[h] {
            let names = &self.maps[inst.map()].names;
            for k in 0..names.len() {
                if names[k] == sym {
                    return Some(inst.slot(k, &self.inst_more).clone());
                }
            }
        }
        None
    }

    /// The slot index of attribute `sym` of the instance at `h`.
    pub fn inst_slot(&self, h: usize, sym: usize) -> Option<usize> {
        if let Object::Instance(inst) = &self.objs[h] {
            let names = &self.maps[inst.map()].names;
            for k in 0..names.len() {
                if names[k] == sym {
                    return Some(k);
                }
            }
        }
        None
    }

    pub fn inst_set(&mut self, h: usize, sym: usize, v: Value) {
        let (map, found) = match &self.objs[h] {
            Object::Instance(inst) => {
                let names = &self.maps[inst.map()].names;
                let mut found = None;
                for k in 0..names.len() {
                    if names[k] == sym {
                        found = Some(k);
                    }
                }
                (inst.map(), found)
            }
            _ => return,
        };
        match found {
            Some(k) => {
                if let Object::Instance(inst) = &mut self.objs[h] {
                    inst.set_slot(k, v, &mut self.inst_more);
                }
            }
            None => {
                let k = self.maps[map].names.len();
                let m = self.map_add(map, sym);
                if let Object::Instance(inst) = &mut self.objs[h] {
                    inst.set_map(m);
                    inst.add_slot(k, v, &mut self.inst_more);
                }
            }
        }
    }

    /// Removes an instance attribute; false if it was not set.  The
    /// instance moves to the map reached from its class's root by the
    /// remaining names.
    pub fn inst_del(&mut self, h: usize, sym: usize) -> bool {
        let (cls, names, slots) = match &self.objs[h] {
            Object::Instance(inst) => (inst.cls(&self.maps), self.maps[inst.map()].names.clone(), inst.slot_values(self.maps[inst.map()].names.len(), &self.inst_more)),
            _ => return false,
        };
        let mut idx = None;
        for k in 0..names.len() {
            if names[k] == sym {
                idx = Some(k);
            }
        }
        let idx = match idx {
            Some(i) => i,
            None => return false,
        };
        let mut m = self.class(cls).root_map;
        let mut new_slots = Vec::new();
        for k in 0..names.len() {
            if k != idx {
                m = self.map_add(m, names[k]);
                new_slots.push(slots[k].clone());
            }
        }
        if let Object::Instance(inst) = &mut self.objs[h] {
            inst.set_map(m);
            inst.set_slot_values(new_slots, &mut self.inst_more);
        }
        true
    }

    /// `inst.__class__ = cls`: the instance moves to the map reached from
    /// `cls`'s root by its names, in the same order, so its slots stay.
    pub fn inst_set_class(&mut self, h: usize, cls: usize) {
        let names = match &self.objs[h] {
            Object::Instance(inst) => self.maps[inst.map()].names.clone(),
            _ => return,
        };
        let mut m = self.class(cls).root_map;
        for n in names.iter() {
            m = self.map_add(m, *n);
        }
        if let Object::Instance(inst) = &mut self.objs[h] {
            inst.set_map(m);
        }
    }

    /// Names of the instance attributes of the instance at `h`.
    pub fn inst_names(&self, h: usize) -> Vec<String> {
        let mut out = Vec::new();
        if let Object::Instance(inst) = &self.objs[h] {
            for s in self.maps[inst.map()].names.iter() {
                out.push(self.syms[*s].clone());
            }
        }
        out
    }

    /// Names defined along the MRO of `cls`.
    pub fn class_attr_names(&self, cls: usize) -> Vec<String> {
        let mut out = Vec::new();
        for c in self.class(cls).mro.iter() {
            for s in self.class(*c).names.iter() {
                out.push(self.syms[*s].clone());
            }
        }
        out
    }

    /// Exception state of an exception instance.
    pub fn exc_state(&self, v: &Value) -> Option<&ExcState> {
        if let Some(Object::Instance(inst)) = self.get(v) {
            if let Some(e) = inst.exc(&self.inst_more) {
                return Some(e);
            }
        }
        None
    }

    pub fn exc_state_mut(&mut self, v: &Value) -> Option<&mut ExcState> {
        if let Value::Ref(h) = v {
            if let Object::Instance(inst) = &mut self.objs[*h] {
                if let Some(e) = inst.exc_mut(&mut self.inst_more) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// Is `v` an exception instance?
    pub fn is_exception(&self, v: &Value) -> bool {
        self.exc_state(v).is_some()
    }

    /// Is `v` a class deriving from BaseException?
    pub fn is_exc_class(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Class(c)) => c.is_exc,
            _ => false,
        }
    }

    pub fn exc_class(&self, kind: ExcKind) -> usize {
        self.exc_classes[kind.index()]
    }
}
