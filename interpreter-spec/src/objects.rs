//! Object model shared by the VM (stage 4) and the builtins.
//!
//! Invariants:
//! - A Python value is a `Value`.  None, bools, ints (i64), floats and
//!   builtin functions are immediate; everything else is `Value::Ref(h)`, a
//!   handle into the VM-owned arena `Heap::objs`.  Python-level references
//!   are always handles, never Rust references, so mutable shared objects
//!   (lists, dicts) behave like Python's.
//! - Handles are never invalidated: there is NO garbage collector yet, the
//!   arena only grows.  (The GC layer will come later and will need the VM
//!   stacks, locals and globals as roots.)
//! - `Object::Str` holds characters (code points), so indexing and `len`
//!   are O(1).  Strings are immutable once allocated; tuples too.
//! - Dicts are two parallel Vecs (keys, values) in insertion order, looked
//!   up by linear search with Python `==`; keys are checked hashable first.
//! - Every fallible operation returns `Result<_, PyErr>` with CPython's
//!   exception type and message.

#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Builtin(usize),
    Ref(usize),
}

pub enum Object {
    Str(Vec<char>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    /// keys, values
    Dict(Vec<Value>, Vec<Value>),
    Function(FunctionObj),
    /// receiver, method name
    BoundMethod(Value, String),
    /// start, stop, step
    Range(i64, i64, i64),
    /// start, stop, step (each None or int)
    Slice(Value, Value, Value),
    /// sequence handle (list/tuple/str/dict), next index
    SeqIter(usize, usize),
    /// next, stop, step
    RangeIter(i64, i64, i64),
    /// dict handle, 0 = keys, 1 = values, 2 = items
    DictView(usize, u8),
}

#[derive(Clone)]
pub struct FunctionObj {
    pub name: String,
    pub code: usize,
    pub defaults: Vec<Value>,
}

#[derive(Clone)]
pub enum ExcKind {
    TypeError,
    ValueError,
    IndexError,
    KeyError,
    NameError,
    UnboundLocalError,
    ZeroDivisionError,
    OverflowError,
    AttributeError,
    RecursionError,
    AssertionError,
    NotImplementedError,
}

impl ExcKind {
    pub fn name(&self) -> &str {
        match self {
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::NotImplementedError => "NotImplementedError",
        }
    }
}

/// A raised Python exception.  `msg` is the text after "Name: " (empty
/// means the bare name is printed).
#[derive(Clone)]
pub struct PyErr {
    pub kind: ExcKind,
    pub msg: String,
}

pub fn err(kind: ExcKind, msg: &str) -> PyErr {
    PyErr { kind: kind, msg: msg.to_string() }
}

pub fn type_error(msg: &str) -> PyErr {
    err(ExcKind::TypeError, msg)
}

pub fn overflow() -> PyErr {
    err(ExcKind::OverflowError, "integer overflow (Pyrite ints are 64-bit for now)")
}

pub const I64_MIN: i64 = -9223372036854775807 - 1;

pub struct Heap {
    pub objs: Vec<Object>,
    /// Interned one-character strings for code points < 256.
    char_cache: Vec<usize>,
}

impl Heap {
    pub fn new() -> Heap {
        let mut h = Heap { objs: Vec::new(), char_cache: Vec::new() };
        for i in 0..256 {
            let c = match crate::lexer::char_from_code(i as u32) {
                Some(c) => c,
                None => ' ',
            };
            h.objs.push(Object::Str(vec![c]));
            h.char_cache.push(i);
        }
        h
    }

    pub fn alloc(&mut self, o: Object) -> Value {
        self.objs.push(o);
        Value::Ref(self.objs.len() - 1)
    }

    pub fn new_str(&mut self, chars: Vec<char>) -> Value {
        if chars.len() == 1 && (chars[0] as u32) < 256 {
            return Value::Ref(self.char_cache[chars[0] as u32 as usize]);
        }
        self.alloc(Object::Str(chars))
    }

    pub fn str_from(&mut self, s: &str) -> Value {
        self.new_str(s.chars().collect::<Vec<char>>())
    }

    pub fn get(&self, v: &Value) -> Option<&Object> {
        match v {
            Value::Ref(h) => Some(&self.objs[*h]),
            _ => None,
        }
    }

    /// The characters of a str value, if it is one.
    pub fn str_chars(&self, v: &Value) -> Option<Vec<char>> {
        match self.get(v) {
            Some(Object::Str(cs)) => Some(cs.clone()),
            _ => None,
        }
    }

    pub fn is_str(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Str(_)) => true,
            _ => false,
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        let s = match v {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Ref(h) => match &self.objs[*h] {
                Object::Str(_) => "str",
                Object::List(_) => "list",
                Object::Tuple(_) => "tuple",
                Object::Dict(_, _) => "dict",
                Object::Function(_) => "function",
                Object::BoundMethod(_, _) => "builtin_function_or_method",
                Object::Range(_, _, _) => "range",
                Object::Slice(_, _, _) => "slice",
                Object::SeqIter(seq, _) => match &self.objs[*seq] {
                    Object::Str(_) => "str_ascii_iterator",
                    Object::Tuple(_) => "tuple_iterator",
                    Object::Dict(_, _) => "dict_keyiterator",
                    _ => "list_iterator",
                },
                Object::RangeIter(_, _, _) => "range_iterator",
                Object::DictView(_, k) => {
                    if *k == 0 {
                        "dict_keys"
                    } else if *k == 1 {
                        "dict_values"
                    } else {
                        "dict_items"
                    }
                }
            },
        };
        s.to_string()
    }

    pub fn truthy(&self, v: &Value) -> bool {
        match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Builtin(_) => true,
            Value::Ref(h) => match &self.objs[*h] {
                Object::Str(s) => !s.is_empty(),
                Object::List(l) => !l.is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(k, _) => !k.is_empty(),
                Object::Range(a, b, s) => range_len(*a, *b, *s) > 0,
                Object::DictView(d, _) => match &self.objs[*d] {
                    Object::Dict(k, _) => !k.is_empty(),
                    _ => true,
                },
                _ => true,
            },
        }
    }

    pub fn len(&self, v: &Value) -> Result<i64, PyErr> {
        if let Value::Ref(h) = v {
            match &self.objs[*h] {
                Object::Str(s) => return Ok(s.len() as i64),
                Object::List(l) => return Ok(l.len() as i64),
                Object::Tuple(t) => return Ok(t.len() as i64),
                Object::Dict(k, _) => return Ok(k.len() as i64),
                Object::Range(a, b, s) => return Ok(range_len(*a, *b, *s)),
                Object::DictView(d, _) => {
                    if let Object::Dict(k, _) = &self.objs[*d] {
                        return Ok(k.len() as i64);
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!("object of type '{}' has no len()", self.type_name(v)).as_str()))
    }

    // ---- equality, ordering, hashing ---------------------------------------

    /// Python `==`.
    pub fn eq(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::None, Value::None) => true,
            (Value::Builtin(x), Value::Builtin(y)) => x == y,
            (Value::Ref(x), Value::Ref(y)) => {
                if x == y {
                    return true;
                }
                match (&self.objs[*x], &self.objs[*y]) {
                    (Object::Str(p), Object::Str(q)) => p == q,
                    (Object::List(p), Object::List(q)) | (Object::Tuple(p), Object::Tuple(q)) => self.seq_eq(p, q),
                    (Object::Dict(k1, v1), Object::Dict(k2, v2)) => {
                        if k1.len() != k2.len() {
                            return false;
                        }
                        for i in 0..k1.len() {
                            match self.dict_find(k2, &k1[i]) {
                                Some(j) => {
                                    if !self.eq(&v1[i], &v2[j]) {
                                        return false;
                                    }
                                }
                                None => return false,
                            }
                        }
                        true
                    }
                    (Object::Range(a1, b1, s1), Object::Range(a2, b2, s2)) => {
                        let n1 = range_len(*a1, *b1, *s1);
                        let n2 = range_len(*a2, *b2, *s2);
                        n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || s1 == s2)))
                    }
                    _ => false,
                }
            }
            _ => match (num_of(a), num_of(b)) {
                (Some(x), Some(y)) => num_eq(&x, &y),
                _ => false,
            },
        }
    }

    fn seq_eq(&self, p: &Vec<Value>, q: &Vec<Value>) -> bool {
        if p.len() != q.len() {
            return false;
        }
        for i in 0..p.len() {
            if !self.eq(&p[i], &q[i]) {
                return false;
            }
        }
        true
    }

    /// Python `<`, `<=`, `>`, `>=` (`op` is the operator symbol).  Errors
    /// for unorderable types, naming the operand types in source order.
    pub fn ordered(&self, a: &Value, b: &Value, op: &str) -> Result<bool, PyErr> {
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            return Ok(match op {
                "<" => num_lt(&x, &y),
                "<=" => num_lt(&x, &y) || num_eq(&x, &y),
                ">" => num_lt(&y, &x),
                _ => num_lt(&y, &x) || num_eq(&x, &y),
            });
        }
        if let (Value::Ref(x), Value::Ref(y)) = (a, b) {
            match (&self.objs[*x], &self.objs[*y]) {
                (Object::Str(p), Object::Str(q)) => {
                    let n = if p.len() < q.len() { p.len() } else { q.len() };
                    for i in 0..n {
                        if p[i] != q[i] {
                            return Ok(cmp_order(p[i] as u32 as i64, q[i] as u32 as i64, op));
                        }
                    }
                    return Ok(cmp_order(p.len() as i64, q.len() as i64, op));
                }
                (Object::List(p), Object::List(q)) | (Object::Tuple(p), Object::Tuple(q)) => {
                    let n = if p.len() < q.len() { p.len() } else { q.len() };
                    for i in 0..n {
                        if !self.eq(&p[i], &q[i]) {
                            return self.ordered(&p[i], &q[i], op);
                        }
                    }
                    return Ok(cmp_order(p.len() as i64, q.len() as i64, op));
                }
                _ => {}
            }
        }
        Err(type_error(
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op,
                self.type_name(a),
                self.type_name(b)
            )
            .as_str(),
        ))
    }

    /// Raises TypeError if `v` cannot be a dict key.
    pub fn check_hashable(&self, v: &Value) -> Result<(), PyErr> {
        if let Value::Ref(h) = v {
            match &self.objs[*h] {
                Object::List(_) | Object::Dict(_, _) | Object::Slice(_, _, _) | Object::DictView(_, _) => {
                    return Err(type_error(format!("unhashable type: '{}'", self.type_name(v)).as_str()));
                }
                Object::Tuple(items) => {
                    for x in items.iter() {
                        self.check_hashable(x)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub fn dict_find(&self, keys: &Vec<Value>, k: &Value) -> Option<usize> {
        for i in 0..keys.len() {
            if self.eq(&keys[i], k) {
                return Some(i);
            }
        }
        None
    }

    // ---- iteration -------------------------------------------------------

    pub fn get_iter(&mut self, v: &Value) -> Result<Value, PyErr> {
        if let Value::Ref(h) = v {
            let h = *h;
            // Phase 1: classify (copying out the few scalars we need).
            let (kind, a, b, c) = match &self.objs[h] {
                Object::Range(a, b, s) => (1, *a, *b, *s),
                Object::SeqIter(_, _) | Object::RangeIter(_, _, _) => (2, 0, 0, 0),
                Object::DictView(d, k) => (3, *d as i64, *k as i64, 0),
                Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Dict(_, _) => (4, 0, 0, 0),
                _ => (0, 0, 0, 0),
            };
            // Phase 2: build the iterator.
            if kind == 1 {
                return Ok(self.alloc(Object::RangeIter(a, b, c)));
            } else if kind == 2 {
                return Ok(v.clone());
            } else if kind == 3 {
                let items = self.dict_view_items(a as usize, b as u8);
                let l = self.alloc(Object::List(items));
                return self.get_iter(&l);
            } else if kind == 4 {
                return Ok(self.alloc(Object::SeqIter(h, 0)));
            }
        }
        Err(type_error(format!("'{}' object is not iterable", self.type_name(v)).as_str()))
    }

    /// Snapshot of a dict view's items as values (items become tuples).
    pub fn dict_view_items(&mut self, d: usize, kind: u8) -> Vec<Value> {
        let (keys, values) = match &self.objs[d] {
            Object::Dict(k, v) => (k.clone(), v.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        if kind == 0 {
            return keys;
        }
        if kind == 1 {
            return values;
        }
        let mut out = Vec::new();
        for i in 0..keys.len() {
            out.push(self.alloc(Object::Tuple(vec![keys[i].clone(), values[i].clone()])));
        }
        out
    }

    /// Advances iterator `it`; None when exhausted.
    pub fn iter_next(&mut self, it: usize) -> Option<Value> {
        let (is_range, seq, i, next, stop, step) = match &self.objs[it] {
            Object::RangeIter(n, st, sp) => (true, 0, 0, *n, *st, *sp),
            Object::SeqIter(seq, i) => (false, *seq, *i, 0, 0, 0),
            _ => return None,
        };
        if is_range {
            if (step > 0 && next < stop) || (step < 0 && next > stop) {
                let n = match next.checked_add(step) {
                    Some(n) => n,
                    None => stop,
                };
                self.objs[it] = Object::RangeIter(n, stop, step);
                return Some(Value::Int(next));
            }
            return None;
        }
        let mut ch: Option<char> = None;
        let item = match &self.objs[seq] {
            Object::List(l) | Object::Tuple(l) => {
                if i < l.len() {
                    Some(l[i].clone())
                } else {
                    None
                }
            }
            Object::Dict(k, _) => {
                if i < k.len() {
                    Some(k[i].clone())
                } else {
                    None
                }
            }
            Object::Str(s) => {
                if i < s.len() {
                    ch = Some(s[i]);
                }
                None
            }
            _ => None,
        };
        let item = match ch {
            Some(c) => Some(self.new_str(vec![c])),
            None => item,
        };
        if item.is_some() {
            self.objs[it] = Object::SeqIter(seq, i + 1);
        }
        item
    }

    /// Collects any iterable into a Vec of values.
    pub fn collect(&mut self, v: &Value) -> Result<Vec<Value>, PyErr> {
        if let Value::Ref(h) = v {
            match &self.objs[*h] {
                Object::List(l) | Object::Tuple(l) => return Ok(l.clone()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let h = match it {
            Value::Ref(h) => h,
            _ => return Ok(Vec::new()),
        };
        let mut out = Vec::new();
        loop {
            match self.iter_next(h) {
                Some(x) => out.push(x),
                None => break,
            }
        }
        Ok(out)
    }
}

/// Number of elements of range(a, b, s); s != 0.  (Spans wider than
/// i64 saturate to i64::MAX -- Pyrite ints are 64-bit.)
pub fn range_len(a: i64, b: i64, s: i64) -> i64 {
    if s > 0 && a < b {
        match b.checked_sub(a) {
            Some(span) => (span - 1) / s + 1,
            None => 9223372036854775807,
        }
    } else if s < 0 && a > b {
        match a.checked_sub(b) {
            Some(span) => match (0 as i64).checked_sub(s) {
                Some(ns) => (span - 1) / ns + 1,
                None => 1,
            },
            None => 9223372036854775807,
        }
    } else {
        0
    }
}

fn cmp_order(x: i64, y: i64, op: &str) -> bool {
    match op {
        "<" => x < y,
        "<=" => x <= y,
        ">" => x > y,
        _ => x >= y,
    }
}

/// A numeric view of a value: (is_float, int value, float value).
pub struct Num {
    pub is_float: bool,
    pub i: i64,
    pub f: f64,
}

pub fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num { is_float: false, i: if *b { 1 } else { 0 }, f: 0.0 }),
        Value::Int(i) => Some(Num { is_float: false, i: *i, f: 0.0 }),
        Value::Float(f) => Some(Num { is_float: true, i: 0, f: *f }),
        _ => None,
    }
}

/// Exact int/float comparison helper: -1, 0, 1 for i <=> f (f not NaN).
fn cmp_int_float(i: i64, f: f64) -> i64 {
    if f >= 9223372036854775808.0 {
        return -1;
    }
    if f < -9223372036854775808.0 {
        return 1;
    }
    let t = f as i64; // truncation toward zero, exact for |f| < 2^63
    if i < t {
        return -1;
    }
    if i > t {
        return 1;
    }
    let frac = f - (t as f64);
    if frac > 0.0 {
        -1
    } else if frac < 0.0 {
        1
    } else {
        0
    }
}

pub fn num_eq(x: &Num, y: &Num) -> bool {
    match (x.is_float, y.is_float) {
        (false, false) => x.i == y.i,
        (true, true) => x.f == y.f,
        (false, true) => y.f == y.f && cmp_int_float(x.i, y.f) == 0,
        (true, false) => x.f == x.f && cmp_int_float(y.i, x.f) == 0,
    }
}

pub fn num_lt(x: &Num, y: &Num) -> bool {
    match (x.is_float, y.is_float) {
        (false, false) => x.i < y.i,
        (true, true) => x.f < y.f,
        (false, true) => y.f == y.f && cmp_int_float(x.i, y.f) < 0,
        (true, false) => x.f == x.f && cmp_int_float(y.i, x.f) > 0,
    }
}
