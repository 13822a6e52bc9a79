//! `set` and `frozenset` (stage 4 runtime): a port of CPython 3.11's
//! setobject.c hash table, plus the hash functions it needs.
//!
//! Invariants:
//! - The table layout (size, probing, resizing, dummies) follows CPython
//!   exactly, and so do the hashes of ints, floats, bools and tuples of
//!   those, so iteration order -- hence `print({3, 1, 2})` -- matches.
//!   Strings hash differently (CPython randomises them per run anyway).
//! - A set object is taken out of the arena while it is modified
//!   (`take_set`/`put_set`), so comparisons can read the heap.
//! - Keys compare with `Heap::eq` (Python `==` on builtin values;
//!   identity for instances).

use crate::objects::{err_arg, type_error, ExcKind, Heap, Object, PyErr, SetObj, Value};

const PERTURB_SHIFT: u64 = 5;
const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;
/// 2**61 - 1, CPython's modulus for numeric hashes.
const HASH_MODULUS: u64 = 2305843009213693951;
const HASH_BITS: i64 = 61;

pub fn int_hash(x: i64) -> i64 {
    let neg = x < 0;
    let a: u64 = if neg { (x as u64).wrapping_neg() } else { x as u64 };
    let r = (a % HASH_MODULUS) as i64;
    let h = if neg { 0 - r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn float_hash(f: f64) -> i64 {
    if f != f {
        return 0;
    }
    if f > 1.7976931348623157e308 {
        return 314159;
    }
    if f < -1.7976931348623157e308 {
        return -314159;
    }
    if f > -9223372036854775808.0 && f < 9223372036854775808.0 {
        let t = f as i64;
        if (t as f64) == f {
            return int_hash(t);
        }
    }
    let mut m = if f < 0.0 { -f } else { f };
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    // frexp: m = mantissa in [0.5, 1), e = exponent.
    let mut e: i64 = 0;
    while m >= 1.0 {
        m = m / 2.0;
        e += 1;
    }
    while m < 0.5 {
        m = m * 2.0;
        e -= 1;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> ((HASH_BITS - 28) as u64));
        m = m * 268435456.0;
        e -= 28;
        let y = m as u64;
        m = m - (y as f64);
        x = x + y;
        if x >= HASH_MODULUS {
            x = x - HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS } else { HASH_BITS - 1 - ((-1 - e) % HASH_BITS) };
    x = ((x << (e as u64)) & HASH_MODULUS) | (x >> ((HASH_BITS - e) as u64));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

fn str_hash(cs: &Vec<char>) -> i64 {
    let mut h: u64 = 14695981039346656037;
    for c in cs.iter() {
        h = h ^ (*c as u32 as u64);
        h = h.wrapping_mul(1099511628211);
    }
    let r = h as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn tuple_hash(lanes: &Vec<i64>) -> i64 {
    let p1: u64 = 11400714785074694791;
    let p2: u64 = 14029467366897019727;
    let p5: u64 = 2870177450012600261;
    let mut acc: u64 = p5;
    for l in lanes.iter() {
        acc = acc.wrapping_add((*l as u64).wrapping_mul(p2));
        acc = (acc << 31) | (acc >> 33);
        acc = acc.wrapping_mul(p1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (p5 ^ 3527539));
    if acc == 18446744073709551615 {
        return 1546275796;
    }
    acc as i64
}

pub fn new_set() -> SetObj {
    let mut keys = Vec::new();
    let mut hashes = Vec::new();
    let mut dummy = Vec::new();
    for _ in 0..MIN_SIZE {
        keys.push(None);
        hashes.push(0);
        dummy.push(false);
    }
    SetObj { keys: keys, hashes: hashes, dummy: dummy, fill: 0, used: 0, finger: 0 }
}

impl SetObj {
    pub fn len(&self) -> usize {
        self.used
    }

    fn mask(&self) -> usize {
        self.keys.len() - 1
    }

    /// The active keys in table order.
    pub fn items(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for k in self.keys.iter() {
            if let Some(v) = k {
                out.push(v.clone());
            }
        }
        out
    }

    /// (key, hash) of the active entries in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        let mut out = Vec::new();
        for i in 0..self.keys.len() {
            if let Some(v) = &self.keys[i] {
                out.push((v.clone(), self.hashes[i]));
            }
        }
        out
    }

    /// CPython's set_pop (None if empty).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.keys[i].is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let k = self.keys[i].take();
        self.dummy[i] = true;
        self.hashes[i] = -1;
        self.used -= 1;
        self.finger = i + 1;
        k
    }

    /// The next active slot at or after `pos`: (slot, key).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let mut i = pos;
        while i < self.keys.len() {
            if let Some(v) = &self.keys[i] {
                return Some((i, v.clone()));
            }
            i += 1;
        }
        None
    }

    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.keys[i].is_none() && !self.dummy[i] {
                self.keys[i] = Some(key);
                self.hashes[i] = hash;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..(LINEAR_PROBES + 1) {
                    if self.keys[i + j].is_none() && !self.dummy[i + j] {
                        self.keys[i + j] = Some(key);
                        self.hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize = newsize << 1;
        }
        let old = self.entries();
        self.keys = Vec::new();
        self.hashes = Vec::new();
        self.dummy = Vec::new();
        for _ in 0..newsize {
            self.keys.push(None);
            self.hashes.push(0);
            self.dummy.push(false);
        }
        self.fill = self.used;
        for (k, h) in old.into_iter() {
            self.insert_clean(k, h);
        }
    }
}

impl Heap {
    /// Python `hash()` for builtin values (TypeError if unhashable).
    pub fn hash_value(&self, v: &Value) -> Result<i64, PyErr> {
        match v {
            Value::None => Ok(-1152921504606846976 + 596),
            Value::Bool(b) => Ok(if *b { 1 } else { 0 }),
            Value::Int(i) => Ok(int_hash(*i)),
            Value::BigInt(b) => Ok(b.hash()),
            Value::Float(f) => Ok(float_hash(*f)),
            Value::Builtin(id) => Ok(int_hash(*id as i64 + 1000)),
            Value::Ref(h) => match &self.objs[*h] {
                Object::Str(cs) => Ok(str_hash(cs)),
                Object::Tuple(items) => {
                    let mut lanes = Vec::new();
                    for x in items.iter() {
                        lanes.push(self.hash_value(x)?);
                    }
                    Ok(tuple_hash(&lanes))
                }
                Object::FrozenSet(s) => {
                    let mut acc: u64 = 0;
                    for (_, hh) in s.entries().iter() {
                        let x = *hh as u64;
                        acc = acc ^ ((x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167));
                    }
                    Ok((acc as i64) & 9223372036854775807)
                }
                Object::Bytes(b) => {
                    let mut cs = Vec::new();
                    for x in b.iter() {
                        cs.push(*x as char);
                    }
                    Ok(str_hash(&cs))
                }
                Object::Complex(re, im) => Ok(crate::complex::hash(*re, *im)),
                Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::Slice(_) | Object::DictView(_, _) | Object::ByteArray(_) => {
                    Err(type_error(format!("unhashable type: '{}'", self.type_name(v)).as_str()))
                }
                Object::Instance(inst) => {
                    let unhashable = match self.lookup_user(inst.cls(&self.maps), crate::classes::S_HASH) {
                        Some(Value::None) => true,
                        Some(m) => {
                            if let Some(Object::MethodDescr(_, _)) = self.get(&m) {
                                return match inst.base(&self.inst_more) {
                                    Some(b) => self.hash_value(b),
                                    None => self.hash_value(&Value::None),
                                };
                            }
                            false
                        }
                        None => self.has_user(inst.cls(&self.maps), crate::classes::S_EQ),
                    };
                    if unhashable {
                        return Err(type_error(format!("unhashable type: '{}'", self.type_name(v)).as_str()));
                    }
                    Ok(int_hash((*h as i64) * 16 + 0x7f0000000))
                }
                _ => Ok(int_hash((*h as i64) * 16 + 0x7f0000000)),
            },
        }
    }

    /// Looks `key` up: the slot index if present.
    pub fn set_find(&self, s: &SetObj, key: &Value, hash: i64) -> Option<usize> {
        let mask = s.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..(probes + 1) {
                let k = i + j;
                match &s.keys[k] {
                    None => {
                        if !s.dummy[k] {
                            return None;
                        }
                    }
                    Some(v) => {
                        if s.hashes[k] == hash && (crate::ops::is_same(v, key) || self.eq(v, key)) {
                            return Some(k);
                        }
                    }
                }
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's set_add_entry.
    pub fn set_add_entry(&self, s: &mut SetObj, key: Value, hash: i64) {
        let mask = s.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..(probes + 1) {
                let k = i + j;
                match &s.keys[k] {
                    None => {
                        if !s.dummy[k] {
                            self.set_fill_slot(s, k, freeslot, key, hash);
                            return;
                        }
                        if freeslot.is_none() {
                            freeslot = Some(k);
                        }
                    }
                    Some(v) => {
                        if s.hashes[k] == hash && (crate::ops::is_same(v, &key) || self.eq(v, &key)) {
                            return;
                        }
                    }
                }
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The end of set_add_entry: `key` goes to the first dummy slot seen,
    /// else to the unused slot `k` (which may trigger a resize).
    fn set_fill_slot(&self, s: &mut SetObj, k: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        if let Some(f) = freeslot {
            s.used += 1;
            s.keys[f] = Some(key);
            s.hashes[f] = hash;
            s.dummy[f] = false;
            return;
        }
        let mask = s.mask();
        s.fill += 1;
        s.used += 1;
        s.keys[k] = Some(key);
        s.hashes[k] = hash;
        if s.fill * 5 < mask * 3 {
            return;
        }
        let n = if s.used > 50000 { s.used * 2 } else { s.used * 4 };
        s.resize(n);
    }

    pub fn set_add(&self, s: &mut SetObj, key: &Value) -> Result<(), PyErr> {
        let h = self.hash_value(key)?;
        self.set_add_entry(s, key.clone(), h);
        Ok(())
    }

    pub fn set_contains(&self, s: &SetObj, key: &Value) -> Result<bool, PyErr> {
        let h = self.hash_value(key)?;
        Ok(self.set_find(s, key, h).is_some())
    }

    /// Removes `key`; false if absent.
    pub fn set_discard(&self, s: &mut SetObj, key: &Value) -> Result<bool, PyErr> {
        let h = self.hash_value(key)?;
        match self.set_find(s, key, h) {
            Some(k) => {
                s.keys[k] = None;
                s.dummy[k] = true;
                s.hashes[k] = -1;
                s.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// CPython's set_merge: adds all of `other` to `s`.
    pub fn set_merge(&self, s: &mut SetObj, other: &SetObj) {
        if other.used == 0 {
            return;
        }
        if (s.fill + other.used) * 5 >= s.mask() * 3 {
            s.resize((s.used + other.used) * 2);
        }
        if s.fill == 0 && s.mask() == other.mask() && other.fill == other.used {
            for i in 0..other.keys.len() {
                s.keys[i] = other.keys[i].clone();
                s.hashes[i] = other.hashes[i];
                s.dummy[i] = false;
            }
            s.fill = other.fill;
            s.used = other.used;
            return;
        }
        if s.fill == 0 {
            s.fill = other.used;
            s.used = other.used;
            for (k, h) in other.entries().into_iter() {
                s.insert_clean(k, h);
            }
            return;
        }
        for (k, h) in other.entries().into_iter() {
            self.set_add_entry(s, k, h);
        }
    }

    /// CPython's set_update_internal for builtin iterables: sets merge,
    /// dicts add their keys after one resize, others add item by item.
    pub fn set_update(&mut self, s: &mut SetObj, other: &Value) -> Result<(), PyErr> {
        let kind = match self.get(other) {
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => 1,
            Some(Object::Dict(_)) => 2,
            _ => 0,
        };
        if kind == 1 {
            let o = self.set_of(other).unwrap();
            self.set_merge(s, &o);
            return Ok(());
        }
        if kind == 2 {
            let keys = match self.get(other) {
                Some(Object::Dict(d)) => d.keys(),
                _ => Vec::new(),
            };
            if (s.fill + keys.len()) * 5 >= s.mask() * 3 {
                s.resize((s.used + keys.len()) * 2);
            }
            for k in keys.iter() {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        let items = self.collect(other)?;
        for k in items.iter() {
            self.set_add(s, k)?;
        }
        Ok(())
    }

    /// A copy of the set object of a set/frozenset value.
    pub fn set_of(&self, v: &Value) -> Option<SetObj> {
        match self.get(v) {
            Some(Object::Set(s)) | Some(Object::FrozenSet(s)) => Some((**s).clone()),
            _ => None,
        }
    }

    pub fn is_set(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Set(_)) | Some(Object::FrozenSet(_)) => true,
            _ => false,
        }
    }

    /// Takes set `h` out of the arena for mutation, leaving an empty tuple
    /// in its place; `put_set` puts it back.  The box itself moves, so
    /// neither allocates.
    pub fn take_set(&mut self, h: usize) -> Box<SetObj> {
        let o = std::mem::replace(&mut self.objs[h], Object::Tuple(Vec::new()));
        match o {
            Object::Set(s) => s,
            Object::FrozenSet(s) => s,
            _ => Box::new(new_set()),
        }
    }

    pub fn put_set(&mut self, h: usize, s: Box<SetObj>) {
        self.objs[h] = Object::Set(s);
    }

    /// New set (or frozenset) from an iterable of builtin values.
    pub fn make_set(&mut self, src: Option<&Value>, frozen: bool) -> Result<Value, PyErr> {
        let mut s = new_set();
        if let Some(v) = src {
            self.set_update(&mut s, v)?;
        }
        Ok(self.alloc(if frozen { Object::FrozenSet(Box::new(s)) } else { Object::Set(Box::new(s)) }))
    }

    /// `a op b` for sets: '|', '&', '-', '^'.  The result has a's type.
    pub fn set_binop(&mut self, a: &Value, b: &Value, op: char) -> Result<Value, PyErr> {
        let sa = self.set_of(a).unwrap();
        let sb = self.set_of(b).unwrap();
        let frozen = match self.get(a) {
            Some(Object::FrozenSet(_)) => true,
            _ => false,
        };
        let mut r = new_set();
        if op == '|' {
            self.set_merge(&mut r, &sa);
            self.set_merge(&mut r, &sb);
        } else if op == '&' {
            let (big, small) = if sb.len() > sa.len() { (sb, sa) } else { (sa, sb) };
            for (k, h) in small.entries().into_iter() {
                if self.set_find(&big, &k, h).is_some() {
                    self.set_add_entry(&mut r, k, h);
                }
            }
        } else if op == '-' {
            if (sa.len() >> 2) > sb.len() {
                self.set_merge(&mut r, &sa);
                for (k, _) in sb.entries().iter() {
                    self.set_discard(&mut r, k)?;
                }
            } else {
                for (k, h) in sa.entries().into_iter() {
                    if self.set_find(&sb, &k, h).is_none() {
                        self.set_add_entry(&mut r, k, h);
                    }
                }
            }
        } else {
            self.set_merge(&mut r, &sb);
            for (k, h) in sa.entries().into_iter() {
                match self.set_find(&r, &k, h) {
                    Some(_) => {
                        self.set_discard(&mut r, &k)?;
                    }
                    None => self.set_add_entry(&mut r, k, h),
                }
            }
        }
        Ok(self.alloc(if frozen { Object::FrozenSet(Box::new(r)) } else { Object::Set(Box::new(r)) }))
    }

    /// Is every element of a in b?
    pub fn set_subset(&self, a: &SetObj, b: &SetObj) -> bool {
        if a.len() > b.len() {
            return false;
        }
        for (k, h) in a.entries().iter() {
            if self.set_find(b, k, *h).is_none() {
                return false;
            }
        }
        true
    }

    /// KeyError for a missing set element.
    pub fn set_key_error(&self, key: &Value) -> PyErr {
        err_arg(ExcKind::KeyError, self.repr(key).as_str(), key.clone())
    }
}
