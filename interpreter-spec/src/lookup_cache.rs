//! A direct-mapped cache of MRO lookups: (class, attribute symbol) -> the
//! value `Heap::lookup` finds, or None.
//!
//! Invariant: an entry is valid only while `epoch` equals the epoch it was
//! filled in. Every change to any class (`class_set`, `class_del`,
//! `class_mut`) starts a new epoch, so a hit always equals a fresh MRO walk.
//! A collection (arena_gc.rs) may free a class and reuse its handle, so it
//! starts a new epoch too: a new class cannot hit an old class's entry.

use crate::objects::Value;

const CACHE_SIZE: usize = 1024;

pub struct LookupCache {
    epoch: usize,
    epochs: Vec<usize>,
    classes: Vec<usize>,
    syms: Vec<usize>,
    values: Vec<Option<Value>>,
}

impl LookupCache {
    pub fn new() -> LookupCache {
        let mut values = Vec::new();
        for _ in 0..CACHE_SIZE {
            values.push(None);
        }
        LookupCache { epoch: 1, epochs: vec![0; CACHE_SIZE], classes: vec![0; CACHE_SIZE], syms: vec![0; CACHE_SIZE], values: values }
    }

    fn slot(cls: usize, sym: usize) -> usize {
        (cls.wrapping_mul(31) ^ sym.wrapping_mul(2654435761)) & (CACHE_SIZE - 1)
    }

    /// The cached result, or None on a miss (Some(None): cached "not found").
    pub fn get(&self, cls: usize, sym: usize) -> Option<Option<Value>> {
        let k = LookupCache::slot(cls, sym);
        if self.epochs[k] == self.epoch && self.classes[k] == cls && self.syms[k] == sym {
            return Some(self.values[k].clone());
        }
        None
    }

    pub fn put(&mut self, cls: usize, sym: usize, v: &Option<Value>) {
        let k = LookupCache::slot(cls, sym);
        self.epochs[k] = self.epoch;
        self.classes[k] = cls;
        self.syms[k] = sym;
        self.values[k] = v.clone();
    }

    /// The current epoch: caches keyed on class state compare it.
    pub fn epoch(&self) -> usize {
        self.epoch
    }

    pub fn invalidate(&mut self) {
        self.epoch += 1;
    }
}
