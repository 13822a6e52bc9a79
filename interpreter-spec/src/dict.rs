//! `dict` storage (stage 4 runtime): the entries in insertion order plus
//! an open-addressing hash index over them, like CPython's compact dict.
//!
//! Invariants:
//! - `keys`/`values`/`hashes` are the entries in insertion order.  A
//!   deleted entry keeps its position, with hash `DELETED` (-1, which no
//!   Python hash is), until the next compaction, so deletion is O(1)
//!   amortized.  Trailing deleted entries are dropped at once: the last
//!   entry, if any, is live (so `popitem` is O(1)).
//! - `index` has a power-of-two size; a slot holds an entry position,
//!   `EMPTY`, or `DUMMY` (the slot of a deleted entry, which keeps probe
//!   chains intact).  `fill` counts the non-EMPTY slots and stays below
//!   2/3 of the size, so every probe sequence reaches an EMPTY slot.
//! - Every live entry is reachable from its hash's probe sequence.  The
//!   stored hash is the key's Python hash, computed by whoever inserted
//!   it: the VM for instances with a user `__hash__`.  Rust code that
//!   cannot call `__hash__` (the `Heap` functions) looks such keys up by
//!   identity with a scan and, if it must insert one, stores its identity
//!   hash and sets `provisional`; the VM rehashes those entries before its
//!   next lookup (`vdict_fixup`).
//! - Positions change only when the dict is compacted (on deletion or
//!   `clear`), so an iterator that checks the size (`Object::DictIter`)
//!   never sees a compaction.
//! - Copies between dicts (`copy`, `update`, `|`, `dict(d)`) reuse the
//!   stored hashes.

use crate::objects::{ExcKind, Heap, Object, PyErr, Value};
use crate::ops::is_same;
use crate::vm::Vm;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const DELETED: i64 = -1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u64 = 5;

pub struct DictObj {
    keys: Vec<Value>,
    values: Vec<Value>,
    hashes: Vec<i64>,
    index: Vec<i32>,
    fill: usize,
    used: usize,
    provisional: bool,
    /// Set once a key with a user `__hash__` is inserted (cleared by
    /// `clear`): lookups of builtin keys then go through the VM too,
    /// since such a key may equal one (`Fraction(1, 2) == 0.5`).
    pub user_keys: bool,
    /// For a dict made by `instance.__dict__`: that instance, whose
    /// attributes follow the dict's string keys after every mutation
    /// through the VM (`Vm::sync_inst_dict`); None otherwise. Not copied
    /// by `clone`.
    pub owner: Value,
}

impl Clone for DictObj {
    fn clone(&self) -> DictObj {
        DictObj {
            keys: self.keys.clone(),
            values: self.values.clone(),
            hashes: self.hashes.clone(),
            index: self.index.clone(),
            fill: self.fill,
            used: self.used,
            provisional: self.provisional,
            user_keys: self.user_keys,
            owner: Value::None,
        }
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            keys: Vec::new(),
            values: Vec::new(),
            hashes: Vec::new(),
            index: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            provisional: false,
            user_keys: false,
            owner: Value::None,
        }
    }

    /// An empty dict whose entry arrays hold `n` entries without growing
    /// (a literal's size: a 2-entry literal takes 2 slots per array, not
    /// the 4 that growth from empty gives).
    pub fn with_capacity(n: usize) -> DictObj {
        let mut d = DictObj::new();
        d.keys = Vec::with_capacity(n);
        d.values = Vec::with_capacity(n);
        d.hashes = Vec::with_capacity(n);
        d
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One past the last entry position (live or deleted).
    pub fn end(&self) -> usize {
        self.keys.len()
    }

    /// The first live position at or after `pos`.
    pub fn next_pos(&self, pos: usize) -> Option<usize> {
        let mut p = pos;
        while p < self.keys.len() {
            if self.hashes[p] != DELETED {
                return Some(p);
            }
            p += 1;
        }
        None
    }

    /// Is position `pos` (< `end()`) a live entry?
    pub fn is_live(&self, pos: usize) -> bool {
        self.hashes[pos] != DELETED
    }

    pub fn key_at(&self, pos: usize) -> &Value {
        &self.keys[pos]
    }

    pub fn value_at(&self, pos: usize) -> &Value {
        &self.values[pos]
    }

    /// The live keys in order (a copy).
    pub fn keys(&self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.used);
        for p in 0..self.keys.len() {
            if self.hashes[p] != DELETED {
                out.push(self.keys[p].clone());
            }
        }
        out
    }

    /// The live values in order (a copy).
    pub fn values(&self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.used);
        for p in 0..self.keys.len() {
            if self.hashes[p] != DELETED {
                out.push(self.values[p].clone());
            }
        }
        out
    }

    /// The live (key, value, hash) entries in order (a copy).
    pub fn entries(&self) -> Vec<(Value, Value, i64)> {
        let mut out = Vec::with_capacity(self.used);
        for p in 0..self.keys.len() {
            if self.hashes[p] != DELETED {
                out.push((self.keys[p].clone(), self.values[p].clone(), self.hashes[p]));
            }
        }
        out
    }

    /// Positions of the live entries with hash `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let s = self.index[i];
            if s == EMPTY {
                return out;
            }
            if s >= 0 && self.hashes[s as usize] == hash {
                out.push(s as usize);
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The index slot holding live position `pos`.
    fn slot_of(&self, pos: usize) -> usize {
        let hash = self.hashes[pos];
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.index[i] == pos as i32 {
                return i;
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Puts position `pos` (hash `hash`) in the first free slot of its
    /// probe sequence.
    fn insert_index(&mut self, pos: usize, hash: i64) {
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let s = self.index[i];
            if s == EMPTY {
                self.fill += 1;
                self.index[i] = pos as i32;
                return;
            }
            if s == DUMMY {
                self.index[i] = pos as i32;
                return;
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// A fresh index larger than `minsize` over the live entries.
    fn rebuild(&mut self, minsize: usize) {
        let mut size = MIN_SIZE;
        while size <= minsize {
            size = size << 1;
        }
        self.index = vec![EMPTY; size];
        self.fill = 0;
        for p in 0..self.keys.len() {
            let h = self.hashes[p];
            if h != DELETED {
                self.insert_index(p, h);
            }
        }
    }

    /// Drops the deleted entries (positions change).
    fn compact(&mut self) {
        let n = self.keys.len();
        let mut w = 0;
        for p in 0..n {
            if self.hashes[p] != DELETED {
                if w != p {
                    self.keys.swap(w, p);
                    self.values.swap(w, p);
                    self.hashes[w] = self.hashes[p];
                }
                w += 1;
            }
        }
        self.keys.truncate(w);
        self.values.truncate(w);
        self.hashes.truncate(w);
        let size = self.used * 3;
        self.rebuild(size);
    }

    /// Appends an entry whose key is not in the dict.
    pub fn push_new(&mut self, key: Value, value: Value, hash: i64) {
        let pos = self.keys.len();
        self.keys.push(key);
        self.values.push(value);
        self.hashes.push(hash);
        self.used += 1;
        self.insert_index(pos, hash);
        if self.fill * 3 >= self.index.len() * 2 {
            let n = self.used * 3;
            self.rebuild(n);
        }
    }

    /// Removes the live entry at `pos`: (key, value).
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let slot = self.slot_of(pos);
        self.index[slot] = DUMMY;
        let k = std::mem::replace(&mut self.keys[pos], Value::None);
        let v = std::mem::replace(&mut self.values[pos], Value::None);
        self.hashes[pos] = DELETED;
        self.used -= 1;
        if self.used == 0 {
            self.clear();
            return (k, v);
        }
        while self.hashes[self.hashes.len() - 1] == DELETED {
            self.keys.pop();
            self.values.pop();
            self.hashes.pop();
        }
        let dead = self.keys.len() - self.used;
        if dead > 8 && dead > self.used {
            self.compact();
        }
        (k, v)
    }

    /// Removes the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        if self.keys.is_empty() {
            return None;
        }
        let pos = self.keys.len() - 1;
        Some(self.remove_at(pos))
    }

    pub fn clear(&mut self) {
        self.keys = Vec::new();
        self.values = Vec::new();
        self.hashes = Vec::new();
        self.index = vec![EMPTY; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
        self.provisional = false;
        self.user_keys = false;
    }
}

impl Heap {
    /// The dict object of a dict value.
    pub fn dict_of(&self, v: &Value) -> Option<&DictObj> {
        match self.get(v) {
            Some(Object::Dict(d)) => Some(d),
            _ => None,
        }
    }

    pub fn is_dict(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Dict(_)) => true,
            _ => false,
        }
    }

    /// Is `key` an instance whose class defines `__hash__` (which only
    /// the VM can call), or a tuple holding one?
    pub fn user_hashed_key(&self, key: &Value) -> bool {
        match self.get(key) {
            Some(Object::Instance(inst)) => match self.lookup_user(inst.cls(&self.maps), crate::classes::S_HASH) {
                Some(Value::None) => false,
                Some(_) => true,
                None => false,
            },
            Some(Object::Tuple(items)) => {
                for x in items.iter() {
                    if self.user_hashed_key(x) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }

    /// Position of `key` (whose hash is `hash`), comparing builtin values
    /// with `==` and instances by identity.
    pub fn dict_lookup(&self, d: &DictObj, key: &Value, hash: i64) -> Option<usize> {
        let mask = d.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let s = d.index[i];
            if s == EMPTY {
                return None;
            }
            if s >= 0 {
                let p = s as usize;
                if d.hashes[p] == hash && (is_same(&d.keys[p], key) || self.eq(&d.keys[p], key)) {
                    return Some(p);
                }
            }
            perturb = perturb >> PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Does `d` hold an instance key whose hash is `hash`?
    pub fn instance_key_at(&self, d: &DictObj, hash: i64) -> bool {
        for p in d.candidates(hash).into_iter() {
            if let Some(Object::Instance(_)) = self.get(&d.keys[p]) {
                return true;
            }
        }
        false
    }

    /// Position of `key` (hash `hash`) in `d`; a key with a user
    /// `__hash__` (`user`) is found by identity, with a scan.
    fn dict_find_hashed(&self, d: &DictObj, key: &Value, hash: i64, user: bool) -> Option<usize> {
        if user {
            for p in 0..d.keys.len() {
                if d.hashes[p] != DELETED && is_same(&d.keys[p], key) {
                    return Some(p);
                }
            }
            return None;
        }
        self.dict_lookup(d, key, hash)
    }

    /// Position of `key` in `d` (TypeError if unhashable).
    pub fn dict_find(&self, d: &DictObj, key: &Value) -> Result<Option<usize>, PyErr> {
        let hash = self.hash_value(key)?;
        let user = self.user_hashed_key(key);
        Ok(self.dict_find_hashed(d, key, hash, user))
    }

    /// `d[key] = value` on a dict outside the arena.
    pub fn dict_insert(&self, d: &mut DictObj, key: &Value, value: &Value) -> Result<(), PyErr> {
        let hash = self.hash_value(key)?;
        let user = self.user_hashed_key(key);
        match self.dict_find_hashed(d, key, hash, user) {
            Some(p) => d.values[p] = value.clone(),
            None => {
                if user {
                    d.provisional = true;
                    d.user_keys = true;
                }
                d.push_new(key.clone(), value.clone(), hash);
            }
        }
        Ok(())
    }

    /// `d[key] = value` with the key's hash already known.
    pub fn dict_insert_hashed(&self, d: &mut DictObj, key: &Value, value: &Value, hash: i64) {
        match self.dict_lookup(d, key, hash) {
            Some(p) => d.values[p] = value.clone(),
            None => d.push_new(key.clone(), value.clone(), hash),
        }
    }

    /// `d.update(src)` for dicts outside the arena (reuses src's hashes).
    pub fn dict_merge(&self, d: &mut DictObj, src: &DictObj) {
        if src.provisional {
            d.provisional = true;
        }
        if src.user_keys {
            d.user_keys = true;
        }
        for p in 0..src.keys.len() {
            if src.hashes[p] != DELETED {
                self.dict_insert_hashed(d, &src.keys[p], &src.values[p], src.hashes[p]);
            }
        }
    }

    /// A dict from parallel key/value lists (a repeated key keeps its
    /// first position and its last value).
    pub fn dict_from(&self, keys: Vec<Value>, values: Vec<Value>) -> Result<DictObj, PyErr> {
        let mut d = DictObj::with_capacity(keys.len());
        for i in 0..keys.len() {
            self.dict_insert(&mut d, &keys[i], &values[i])?;
        }
        Ok(d)
    }

    /// A new dict value from parallel key/value lists.
    pub fn new_dict(&mut self, keys: Vec<Value>, values: Vec<Value>) -> Result<Value, PyErr> {
        let d = self.dict_from(keys, values)?;
        Ok(self.alloc(Object::Dict(Box::new(d))))
    }

    /// Position of `key` in the dict with handle `h`.
    pub fn dict_find_h(&self, h: usize, key: &Value) -> Result<Option<usize>, PyErr> {
        match &self.objs[h] {
            Object::Dict(d) => self.dict_find(d, key),
            _ => Ok(None),
        }
    }

    /// `d[key]` for the dict with handle `h` (None if absent).
    pub fn dict_get_h(&self, h: usize, key: &Value) -> Result<Option<Value>, PyErr> {
        match &self.objs[h] {
            Object::Dict(d) => match self.dict_find(d, key)? {
                Some(p) => Ok(Some(d.values[p].clone())),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `d[key] = value` for the dict with handle `h`.
    pub fn dict_set_h(&mut self, h: usize, key: &Value, value: &Value) -> Result<(), PyErr> {
        let hash = self.hash_value(key)?;
        let user = self.user_hashed_key(key);
        let found = match &self.objs[h] {
            Object::Dict(d) => self.dict_find_hashed(d, key, hash, user),
            _ => return Ok(()),
        };
        if let Object::Dict(d) = &mut self.objs[h] {
            match found {
                Some(p) => d.values[p] = value.clone(),
                None => {
                    if user {
                        d.provisional = true;
                        d.user_keys = true;
                    }
                    d.push_new(key.clone(), value.clone(), hash);
                }
            }
        }
        Ok(())
    }

    /// Removes `key` from the dict with handle `h`: its value, or None if
    /// absent.
    pub fn dict_remove_h(&mut self, h: usize, key: &Value) -> Result<Option<Value>, PyErr> {
        let found = self.dict_find_h(h, key)?;
        Ok(self.dict_remove_at(h, found))
    }

    /// Removes the entry at position `pos` (if Some) of dict `h`.
    pub fn dict_remove_at(&mut self, h: usize, pos: Option<usize>) -> Option<Value> {
        if let Some(p) = pos {
            if let Object::Dict(d) = &mut self.objs[h] {
                let (_, v) = d.remove_at(p);
                return Some(v);
            }
        }
        None
    }

    /// `d1 == d2` comparing values with `Heap::eq`.
    pub fn dict_eq_builtin(&self, d1: &DictObj, d2: &DictObj) -> bool {
        if d1.len() != d2.len() {
            return false;
        }
        for p in 0..d1.keys.len() {
            if d1.hashes[p] == DELETED {
                continue;
            }
            match self.dict_lookup(d2, &d1.keys[p], d1.hashes[p]) {
                Some(q) => {
                    if !is_same(&d1.values[p], &d2.values[q]) && !self.eq(&d1.values[p], &d2.values[q]) {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }

    /// Advances the dict iterator `it` (`Object::DictIter`): the next key,
    /// value or (key, value) tuple, None when exhausted, RuntimeError if
    /// the dict changed size since the iterator was created.
    pub fn dict_iter_next(&mut self, it: usize) -> Result<Option<Value>, PyErr> {
        let (dh, kind, pos, n) = match &self.objs[it] {
            Object::DictIter(d, k, p, n) => (*d, *k, *p, *n),
            _ => return Ok(None),
        };
        if pos == usize::MAX {
            return Ok(None);
        }
        let (k, v, next) = match &self.objs[dh] {
            Object::Dict(d) => {
                if d.used != n {
                    return Err(crate::objects::err(ExcKind::RuntimeError, "dictionary changed size during iteration"));
                }
                match d.next_pos(pos) {
                    Some(p) => (d.keys[p].clone(), d.values[p].clone(), p + 1),
                    None => (Value::None, Value::None, usize::MAX),
                }
            }
            _ => (Value::None, Value::None, usize::MAX),
        };
        self.objs[it] = Object::DictIter(dh, kind, next, n);
        if next == usize::MAX {
            return Ok(None);
        }
        if kind == 0 {
            return Ok(Some(k));
        }
        if kind == 1 {
            return Ok(Some(v));
        }
        Ok(Some(self.alloc(Object::Tuple(vec![k, v]))))
    }
}

impl Vm {
    /// Does looking `key` up need the VM: an instance (user `__eq__`), or
    /// a key hashed through a user `__hash__`?
    pub fn vm_key(&self, key: &Value) -> bool {
        match self.heap.get(key) {
            Some(Object::Instance(_)) => true,
            Some(Object::Tuple(_)) => self.heap.user_hashed_key(key),
            _ => false,
        }
    }

    /// Python `hash(key)`, calling user `__hash__` methods (also of tuple
    /// items).
    pub fn vkey_hash(&mut self, key: &Value) -> Result<i64, PyErr> {
        let items = match self.heap.get(key) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => return self.key_hash(key),
        };
        if !self.heap.user_hashed_key(key) {
            return self.heap.hash_value(key);
        }
        let mut lanes = Vec::new();
        for x in items.iter() {
            lanes.push(self.vkey_hash(x)?);
        }
        Ok(crate::sets::tuple_hash(&lanes))
    }

    /// Rehashes entries that Rust code inserted with a provisional
    /// (identity) hash, calling their user `__hash__`.
    fn vdict_fixup(&mut self, h: usize) -> Result<(), PyErr> {
        let prov = match &self.heap.objs[h] {
            Object::Dict(d) => d.provisional,
            _ => false,
        };
        if !prov {
            return Ok(());
        }
        if let Object::Dict(d) = &mut self.heap.objs[h] {
            d.provisional = false;
        }
        let mut todo = Vec::new();
        if let Object::Dict(d) = &self.heap.objs[h] {
            for p in 0..d.keys.len() {
                if d.hashes[p] != DELETED && self.heap.user_hashed_key(&d.keys[p]) {
                    todo.push((p, d.keys[p].clone()));
                }
            }
        }
        let mut fixed = Vec::new();
        for (p, k) in todo.into_iter() {
            let hash = self.vkey_hash(&k)?;
            fixed.push((p, k, hash));
        }
        if let Object::Dict(d) = &mut self.heap.objs[h] {
            for (p, k, hash) in fixed.into_iter() {
                if p < d.keys.len() && d.hashes[p] != DELETED && is_same(&d.keys[p], &k) {
                    d.hashes[p] = hash;
                }
            }
            let n = d.used * 3;
            d.rebuild(n);
        }
        Ok(())
    }

    /// Position of `key` (hash `hash`) in dict `h`, comparing with Python
    /// `==` (user `__eq__`; the stored key is the left operand, as in
    /// CPython).
    pub fn vdict_lookup(&mut self, h: usize, key: &Value, hash: i64) -> Result<Option<usize>, PyErr> {
        self.vdict_fixup(h)?;
        let cands = match &self.heap.objs[h] {
            Object::Dict(d) => d.candidates(hash),
            _ => Vec::new(),
        };
        for p in cands.into_iter() {
            let k = match &self.heap.objs[h] {
                Object::Dict(d) => {
                    if p < d.keys.len() && d.hashes[p] == hash {
                        Some(d.keys[p].clone())
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(k) = k {
                if is_same(&k, key) {
                    return Ok(Some(p));
                }
                if self.v_eq(&k, key)? {
                    let still = match &self.heap.objs[h] {
                        Object::Dict(d) => p < d.keys.len() && d.hashes[p] == hash,
                        _ => false,
                    };
                    if still {
                        return Ok(Some(p));
                    }
                }
            }
        }
        Ok(None)
    }

    /// (position of `key` in dict `h`, the key's hash), honouring user
    /// `__hash__` (called once) and `__eq__`; TypeError if unhashable.
    pub fn dict_probe(&mut self, h: usize, key: &Value) -> Result<(Option<usize>, i64), PyErr> {
        if !self.vm_key(key) {
            let hash = self.heap.hash_value(key)?;
            self.vdict_fixup(h)?;
            let (p, instance_at_hash) = match &self.heap.objs[h] {
                Object::Dict(d) => {
                    let p = self.heap.dict_lookup(d, key, hash);
                    (p, p.is_none() && d.user_keys && self.heap.instance_key_at(d, hash))
                }
                _ => (None, false),
            };
            if instance_at_hash {
                // An instance key of equal hash may define `__eq__` to
                // match this builtin value (`Fraction(1, 2) == 0.5`).
                return Ok((self.vdict_lookup(h, key, hash)?, hash));
            }
            return Ok((p, hash));
        }
        let hash = self.vkey_hash(key)?;
        let p = self.vdict_lookup(h, key, hash)?;
        Ok((p, hash))
    }

    /// Appends `key` (absent from dict `h`, hash `hash`).
    pub fn dict_push(&mut self, h: usize, key: &Value, value: &Value, hash: i64) {
        let user = self.heap.user_hashed_key(key);
        if let Object::Dict(d) = &mut self.heap.objs[h] {
            if user {
                d.user_keys = true;
            }
            d.push_new(key.clone(), value.clone(), hash);
        }
    }

    /// Does looking `key` up in dict `h` need the VM: a key with a user
    /// `__eq__`/`__hash__`, or a dict holding such keys?
    pub fn dict_key_needs_vm(&self, h: usize, key: &Value) -> bool {
        if self.vm_key(key) {
            return true;
        }
        match &self.heap.objs[h] {
            Object::Dict(d) => d.user_keys,
            _ => false,
        }
    }

    /// Position of `key` in dict value `d` (TypeError if unhashable),
    /// honouring user `__hash__`/`__eq__`.
    pub fn dict_index(&mut self, d: &Value, key: &Value) -> Result<Option<usize>, PyErr> {
        match d {
            Value::Ref(h) => Ok(self.dict_probe(*h, key)?.0),
            _ => Ok(None),
        }
    }

    /// `d[key] = value` for dict value `d`, honouring user
    /// `__hash__`/`__eq__`.
    pub fn dict_store(&mut self, d: &Value, key: &Value, value: &Value) -> Result<(), PyErr> {
        let h = match d {
            Value::Ref(h) => *h,
            _ => return Ok(()),
        };
        if !self.dict_key_needs_vm(h, key) {
            self.heap.dict_set_h(h, key, value)?;
            self.sync_inst_dict(h);
            return Ok(());
        }
        let (found, hash) = self.dict_probe(h, key)?;
        match found {
            Some(p) => {
                if let Object::Dict(d) = &mut self.heap.objs[h] {
                    d.values[p] = value.clone();
                }
            }
            None => self.dict_push(h, key, value, hash),
        }
        self.sync_inst_dict(h);
        Ok(())
    }

    /// Is `h` a dict made by `instance.__dict__` (see `DictObj::owner`)?
    pub fn is_inst_dict(&self, h: usize) -> bool {
        match &self.heap.objs[h] {
            Object::Dict(d) => match &d.owner {
                Value::None => false,
                _ => true,
            },
            _ => false,
        }
    }

    /// After a mutation of dict `h`: if it is an instance's `__dict__`,
    /// makes the instance's attributes the dict's string-keyed entries.
    pub fn sync_inst_dict(&mut self, h: usize) {
        // Most dicts belong to no instance: decide that before copying anything.
        let ih = match &self.heap.objs[h] {
            Object::Dict(d) => match &d.owner {
                Value::Ref(ih) => *ih,
                _ => return,
            },
            _ => return,
        };
        let (keys, values) = match &self.heap.objs[h] {
            Object::Dict(d) => (d.keys(), d.values()),
            _ => return,
        };
        let mut names = Vec::new();
        for k in keys.iter() {
            names.push(match self.heap.str_chars(k) {
                Some(cs) => {
                    let mut s = String::new();
                    for c in cs.iter() {
                        s.push(*c);
                    }
                    Some(s)
                }
                None => None,
            });
        }
        let current = self.heap.inst_names(ih);
        for n in current.iter() {
            let mut present = false;
            for m in names.iter() {
                if let Some(m) = m {
                    if m == n {
                        present = true;
                    }
                }
            }
            if !present {
                let sym = self.heap.intern(n.as_str());
                let cls = match &self.heap.objs[ih] {
                    Object::Instance(inst) => inst.cls(&self.heap.maps),
                    _ => 0,
                };
                if !self.slot_backed(cls, sym) {
                    self.heap.inst_del(ih, sym);
                }
            }
        }
        for k in 0..names.len() {
            if let Some(n) = &names[k] {
                let sym = self.heap.intern(n.as_str());
                self.heap.inst_set(ih, sym, values[k].clone());
            }
        }
    }

    /// Removes `key` from dict value `d`: its value, or None if absent.
    pub fn dict_remove(&mut self, d: &Value, key: &Value) -> Result<Option<Value>, PyErr> {
        let h = match d {
            Value::Ref(h) => *h,
            _ => return Ok(None),
        };
        let found = self.dict_index(d, key)?;
        let r = self.heap.dict_remove_at(h, found);
        self.sync_inst_dict(h);
        Ok(r)
    }

    /// `d[key]` for dict value `d` (None if absent).
    pub fn dict_lookup_value(&mut self, d: &Value, key: &Value) -> Result<Option<Value>, PyErr> {
        match self.dict_index(d, key)? {
            Some(p) => Ok(match self.heap.dict_of(d) {
                Some(dd) => {
                    if p < dd.end() {
                        Some(dd.value_at(p).clone())
                    } else {
                        None
                    }
                }
                None => None,
            }),
            None => Ok(None),
        }
    }

    /// The `dict(...)` builtin (user `__hash__`/`__eq__` honoured).
    pub fn dict_builtin(&mut self, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        crate::builtins::arg_count("dict", args, 0, 1)?;
        let mut args = args.clone();
        if args.len() == 1 {
            args[0] = self.merge_source(&args[0])?;
        }
        let args = &args;
        let src = if args.len() == 1 {
            match self.heap.get(&args[0]) {
                Some(Object::Dict(s)) => Some(s.clone()),
                _ => None,
            }
        } else {
            None
        };
        let d = match src {
            Some(s) => self.heap.alloc(Object::Dict(s)),
            None => self.heap.alloc(Object::Dict(Box::new(DictObj::new()))),
        };
        let user = if args.len() == 1 && !self.heap.is_dict(&args[0]) { self.user_mapping_items(&args[0])? } else { None };
        if let Some((ks, vs)) = user {
            for k in 0..ks.len() {
                self.dict_store(&d, &ks[k], &vs[k])?;
            }
        } else if args.len() == 1 && !self.heap.is_dict(&args[0]) {
            if !self.iterable(&args[0]) {
                return Err(crate::objects::type_error(
                    format!("'{}' object is not iterable", self.heap.type_name(&args[0])).as_str(),
                ));
            }
            let items = self.collect(&args[0])?;
            for k in 0..items.len() {
                if !self.iterable(&items[k]) {
                    return Err(crate::objects::type_error(
                        format!("cannot convert dictionary update sequence element #{} to a sequence", k).as_str(),
                    ));
                }
                let kv = self.collect(&items[k])?;
                if kv.len() != 2 {
                    return Err(crate::objects::err(
                        ExcKind::ValueError,
                        format!("dictionary update sequence element #{} has length {}; 2 is required", k, kv.len()).as_str(),
                    ));
                }
                self.dict_store(&d, &kv[0], &kv[1])?;
            }
        }
        for i in 0..kwnames.len() {
            let k = self.heap.str_from(kwnames[i].as_str());
            self.dict_store(&d, &k, &kwvalues[i])?;
        }
        Ok(d)
    }
}
