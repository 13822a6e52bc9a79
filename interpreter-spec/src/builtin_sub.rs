//! Subclasses of the builtin data types (stage 4): `class D(dict)`,
//! `class S(str)`, `class P(tuple)`, ... and the dunder methods of the
//! builtin types themselves (`dict.__getitem__`, `int.__add__`, ...).
//!
//! Invariants:
//! - The data types are int, float, str, tuple, list, dict, set and
//!   frozenset (`data_kind`).  An instance of a class deriving from one
//!   of them wraps a plain value of that type in `Instance::base` (never
//!   itself an instance); mutable bases (list, dict, set) are mutated in
//!   place, so the wrapper and its base stay one Python object.
//! - The namespace of each data type class holds a `MethodDescr` for each
//!   of its methods and dunders (`init_data_methods`), and `__hash__ =
//!   None` for the mutable ones, so MRO lookups, `super()`, `dict.keys`
//!   and `lookup_user` find builtin behaviour exactly where CPython's
//!   MRO puts it.  User methods of subclasses override them as usual.
//! - Calling a builtin method on a wrapper (`call_method`) calls it on
//!   the base value; only the dunders (builtin_dunders.rs) need the
//!   wrapper itself (`__missing__` for `dict.__getitem__`, `self` for
//!   in-place operators).  Results are plain builtin values, as in
//!   CPython (`D().copy()` is a dict, `I(1) + 1` an int).
//! - `T.__new__(cls, ...)` builds a wrapper for a proper subclass `cls`:
//!   immutable bases are computed from the arguments by the builtin
//!   constructor; mutable bases start empty and `T.__init__` fills them.

use crate::ast::BinOp;
use crate::classes::{T_DICT, T_FLOAT, T_FROZENSET, T_INT, T_LIST, T_SET, T_STR, T_TUPLE};
use crate::objects::{type_error, Heap, Object, PyErr, Value};
use crate::vm::Vm;

/// The binary operator method stems, in `BinOp` order (see `proto::binop_syms`).
pub const BINOPS: [&str; 12] = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and"];

/// Ordinary (non-dunder) method names of the builtin types; each data
/// type gets those `methods::method_exists` accepts for it.
fn method_names() -> Vec<String> {
    let mut s = String::new();
    s.push_str("upper lower strip lstrip rstrip split join replace startswith endswith find index count isdigit ");
    s.push_str("isalpha isalnum isspace isupper islower title capitalize format center ljust rjust zfill swapcase ");
    s.push_str("partition rpartition rfind rindex rsplit splitlines removeprefix removesuffix casefold isdecimal ");
    s.push_str("isnumeric expandtabs istitle isidentifier isascii encode translate append pop insert extend remove ");
    s.push_str("reverse sort copy clear get keys values items setdefault update popitem add discard ");
    s.push_str("intersection_update difference_update symmetric_difference_update union intersection difference ");
    s.push_str("symmetric_difference issubset issuperset isdisjoint bit_length bit_count is_integer conjugate ");
    s.push_str("to_bytes as_integer_ratio hex");
    crate::suggestions::words(s.as_str())
}

/// The dunders of data type `t` (a `T_*`), `__hash__` aside.
fn dunder_names(t: usize) -> Vec<String> {
    let mut s = String::from("__new__ __repr__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ ");
    if t == T_INT || t == T_FLOAT {
        s.push_str("__bool__ __int__ __float__ __format__ __neg__ __pos__ __abs__ ");
        let n = if t == T_INT { 12 } else { 7 };
        for k in 0..n {
            s.push_str(format!("__{}__ __r{}__ ", BINOPS[k], BINOPS[k]).as_str());
        }
        if t == T_INT {
            s.push_str("__index__ __invert__ ");
        }
    } else if t == crate::classes::T_COMPLEX {
        s.push_str("__bool__ __format__ __neg__ __pos__ __abs__ __hash__ ");
        for k in [0, 1, 2, 3, 6] {
            s.push_str(format!("__{}__ __r{}__ ", BINOPS[k], BINOPS[k]).as_str());
        }
    } else {
        s.push_str("__len__ __iter__ __contains__ ");
    }
    if t == T_STR {
        s.push_str("__str__ __format__ __getitem__ __add__ __mul__ __rmul__ __mod__ ");
    }
    if t == T_TUPLE {
        s.push_str("__getitem__ __add__ __mul__ __rmul__ ");
    }
    if t == T_LIST {
        s.push_str("__init__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__ __reversed__ ");
    }
    if t == T_DICT {
        s.push_str("__init__ __getitem__ __setitem__ __delitem__ __or__ __ror__ __ior__ __reversed__ ");
    }
    if t == T_SET || t == T_FROZENSET {
        for k in 9..12 {
            s.push_str(format!("__{}__ __r{}__ ", BINOPS[k], BINOPS[k]).as_str());
        }
        s.push_str("__sub__ __rsub__ ");
        if t == T_SET {
            s.push_str("__init__ __ior__ __iand__ __ixor__ __isub__ ");
        }
    }
    crate::suggestions::words(s.as_str())
}

/// The data types, as `T_*` indices.
const DATA_TYPES: [usize; 8] = [T_INT, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET];

impl Heap {
    /// `T_*` of the data type class `cls` itself, if it is one (no
    /// allocation: `lookup_user` calls this on hot paths).
    pub fn data_kind(&self, cls: usize) -> Option<usize> {
        if self.types.len() <= T_FROZENSET {
            return None;
        }
        for k in 0..DATA_TYPES.len() {
            if self.types[DATA_TYPES[k]] == cls {
                return Some(DATA_TYPES[k]);
            }
        }
        None
    }

    /// `T_*` of the data type `cls` derives from (itself included).
    pub fn data_base(&self, cls: usize) -> Option<usize> {
        for c in self.class(cls).mro.iter() {
            if let Some(t) = self.data_kind(*c) {
                return Some(t);
            }
        }
        None
    }

    /// The initial base value of a new instance of `cls` (None for
    /// classes without a data base).
    pub fn default_base(&mut self, cls: usize) -> Value {
        if self.types.len() <= T_FROZENSET {
            return Value::None;
        }
        match self.data_base(cls) {
            Some(T_INT) => Value::Int(0),
            Some(T_FLOAT) => Value::Float(0.0),
            Some(T_STR) => self.new_str(Vec::new()),
            Some(T_TUPLE) => self.alloc(Object::Tuple(Vec::new())),
            Some(T_LIST) => self.alloc(Object::List(Vec::new())),
            Some(T_DICT) => self.alloc(Object::Dict(Box::new(crate::dict::DictObj::new()))),
            Some(T_SET) => self.alloc(Object::Set(Box::new(crate::sets::new_set()))),
            Some(T_FROZENSET) => self.alloc(Object::FrozenSet(Box::new(crate::sets::new_set()))),
            _ => Value::None,
        }
    }

    /// The base value of a wrapper instance.
    pub fn payload(&self, v: &Value) -> Option<Value> {
        if let Some(Object::Instance(inst)) = self.get(v) {
            match inst.base(&self.inst_more) {
                None => return None,
                Some(b) => return Some(b.clone()),
            }
        }
        None
    }

    /// The base value of a wrapper whose `__eq__` is the builtin one.
    pub fn eq_payload(&self, v: &Value) -> Option<Value> {
        if let Some(Object::Instance(inst)) = self.get(v) {
            if let Some(b) = inst.base(&self.inst_more) {
                if let Some(m) = self.lookup_user(inst.cls(&self.maps), crate::classes::S_EQ) {
                    if let Some(Object::MethodDescr(_, _)) = self.get(&m) {
                        return Some(b.clone());
                    }
                }
            }
        }
        None
    }

    /// `v`, or its base value if it is a wrapper.
    pub fn unwrap_data(&self, v: &Value) -> Value {
        match self.payload(v) {
            Some(p) => p,
            None => v.clone(),
        }
    }

    /// Fills the namespaces of the data type classes (at start-up).
    pub fn init_data_methods(&mut self) {
        let names = method_names();
        for k in 0..DATA_TYPES.len() {
            let t = DATA_TYPES[k];
            let cls = self.types[t];
            let kind = crate::methods::kind_of_class(self, cls);
            for n in names.iter() {
                if crate::methods::method_exists(kind, n.as_str()) {
                    let sym = self.intern(n.as_str());
                    let d = self.alloc(Object::MethodDescr(cls, n.clone()));
                    self.class_set(cls, sym, d);
                }
            }
            for n in dunder_names(t).iter() {
                let sym = self.intern(n.as_str());
                let d = self.alloc(Object::MethodDescr(cls, n.clone()));
                self.class_set(cls, sym, d);
            }
            let cm = if t == T_DICT {
                "fromkeys"
            } else if t == T_INT {
                "from_bytes"
            } else if t == T_FLOAT {
                "fromhex"
            } else {
                ""
            };
            if !cm.is_empty() {
                let sym = self.intern(cm);
                let d = self.alloc(Object::MethodDescr(cls, cm.to_string()));
                let c = self.alloc(Object::ClassMethod(d));
                self.class_set(cls, sym, c);
            }
            let hash = if t == T_LIST || t == T_DICT || t == T_SET {
                Value::None
            } else {
                self.alloc(Object::MethodDescr(cls, "__hash__".to_string()))
            };
            self.class_set(cls, crate::classes::S_HASH, hash);
        }
    }

    /// Is `name` a dunder that `call_data_dunder` implements for values
    /// of data type `t`?
    pub fn data_dunder_exists(&self, t: usize, name: &str) -> bool {
        if name == "__hash__" {
            return t != T_LIST && t != T_DICT && t != T_SET;
        }
        for n in dunder_names(t).iter() {
            if n.as_str() == name {
                return true;
            }
        }
        false
    }

    /// `T_*` of a plain builtin data value.
    pub fn data_kind_of_value(&self, v: &Value) -> Option<usize> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => return Some(T_INT),
            Value::Float(_) => return Some(T_FLOAT),
            _ => {}
        }
        match self.get(v) {
            Some(Object::Str(_)) => Some(T_STR),
            Some(Object::Tuple(_)) => Some(T_TUPLE),
            Some(Object::List(_)) => Some(T_LIST),
            Some(Object::Dict(_)) => Some(T_DICT),
            Some(Object::Set(_)) => Some(T_SET),
            Some(Object::FrozenSet(_)) => Some(T_FROZENSET),
            Some(Object::Complex(_, _)) => Some(crate::classes::T_COMPLEX),
            _ => None,
        }
    }
}

impl Vm {
    /// `T.__new__(cls, *args, **kw)` for data type class `tcls`.
    pub fn data_new(&mut self, tcls: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let tname = self.heap.class(tcls).name.clone();
        if args.is_empty() {
            return Err(type_error(format!("{}.__new__(): not enough arguments", tname).as_str()));
        }
        let cls = match (&args[0], self.heap.get(&args[0])) {
            (Value::Ref(h), Some(Object::Class(_))) => *h,
            _ => {
                return Err(type_error(
                    format!("{}.__new__(X): X is not a type object ({})", tname, self.heap.type_name(&args[0])).as_str(),
                ))
            }
        };
        if !self.heap.is_subclass(cls, tcls) {
            let cname = self.heap.class(cls).name.clone();
            return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", tname, cname, cname, tname).as_str()));
        }
        let rest = args[1..].to_vec();
        let t = self.heap.data_kind(tcls).unwrap_or(T_INT);
        let mutable = t == T_LIST || t == T_DICT || t == T_SET;
        if cls == tcls {
            if mutable {
                return Ok(self.heap.default_base(cls));
            }
            let b = self.heap.class(tcls).builtin_fn.unwrap_or(0);
            return self.call_builtin(b, rest, kwnames, kwvalues);
        }
        let inst = self.heap.new_instance(cls);
        if !mutable {
            let b = self.heap.class(tcls).builtin_fn.unwrap_or(0);
            let v = self.call_builtin(b, rest, kwnames, kwvalues)?;
            if let Value::Ref(h) = &inst {
                if let Object::Instance(i) = &mut self.heap.objs[*h] {
                    i.set_rare(crate::instance::RareParts::Base(v), &mut self.heap.inst_more);
                }
            }
        }
        Ok(inst)
    }

    /// CPython's error when `a + b` / `a * b` fails and `a` is a sequence
    /// (its concat/repeat slot runs last): None otherwise.
    pub fn concat_error(&self, op: &BinOp, a: &Value, b: &Value) -> Option<PyErr> {
        let pa = self.heap.unwrap_data(a);
        let t = match self.heap.get(&pa) {
            Some(Object::Str(_)) => "str",
            Some(Object::List(_)) => "list",
            Some(Object::Tuple(_)) => "tuple",
            _ => return None,
        };
        if *op == BinOp::Add {
            return Some(type_error(format!("can only concatenate {} (not \"{}\") to {}", t, self.heap.type_name(b), t).as_str()));
        }
        if *op == BinOp::Mul {
            return Some(type_error(format!("can't multiply sequence by non-int of type '{}'", self.heap.type_name(b)).as_str()));
        }
        None
    }

    /// A builtin classmethod (`fromkeys`, `from_bytes`, `fromhex`) of data
    /// type class `tcls` called on a subclass `args[0]`: the subclass is
    /// called on the builtin result (for `fromkeys`: called without
    /// arguments, then filled item by item), as CPython does.
    pub fn data_classmethod(&mut self, tcls: usize, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let cls = args[0].clone();
        let rest = args[1..].to_vec();
        if name == "fromkeys" {
            if rest.is_empty() || rest.len() > 2 {
                return Err(type_error(format!("fromkeys expected at least 1 argument, got {}", rest.len()).as_str()));
            }
            let d = self.call_sync(&cls, Vec::new(), Vec::new(), Vec::new())?;
            let keys = self.collect(&rest[0])?;
            let v = if rest.len() == 2 { rest[1].clone() } else { Value::None };
            for k in keys.iter() {
                self.set_item_slow(&d, k, &v)?;
            }
            return Ok(d);
        }
        let r = self.call_method(&Value::Ref(tcls), name, rest, kwnames, kwvalues)?;
        if let Value::Ref(c) = &cls {
            if *c == tcls {
                return Ok(r);
            }
        }
        self.call_sync(&cls, vec![r], Vec::new(), Vec::new())
    }

    /// What `dict(m)`, `d.update(m)` and `{**m}` read from a dict
    /// subclass `m`: its base dict, or -- if it overrides `__iter__` --
    /// a dict built from its `keys()` and `m[key]`, as CPython's
    /// dict_merge does.  Other values are returned unchanged.
    pub fn merge_source(&mut self, m: &Value) -> Result<Value, PyErr> {
        let p = match self.heap.payload(m) {
            Some(p) => p,
            None => return Ok(m.clone()),
        };
        if !self.heap.is_dict(&p) {
            return Ok(m.clone());
        }
        let cls = self.heap.class_of(m);
        let builtin_iter = match self.heap.lookup(cls, crate::classes::S_ITER) {
            Some(it) => match self.heap.get(&it) {
                Some(Object::MethodDescr(_, _)) => true,
                _ => false,
            },
            None => true,
        };
        if builtin_iter {
            return Ok(p);
        }
        let keys = self.call_method_value(m, "keys")?;
        let keys = self.collect(&keys)?;
        let out = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
        for k in keys.iter() {
            let v = self.get_item_slow(m, k)?;
            self.dict_store(&out, k, &v)?;
        }
        Ok(out)
    }

    /// `obj.name()` through attribute lookup.
    fn call_method_value(&mut self, obj: &Value, name: &str) -> Result<Value, PyErr> {
        let sym = self.heap.intern(name);
        let f = self.get_attr(obj, sym)?;
        self.call_sync(&f, Vec::new(), Vec::new(), Vec::new())
    }
}
