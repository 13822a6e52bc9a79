//! Inline caches for the attribute instructions on instances (`LoadAttr`,
//! `LoadMethod`, `StoreAttr`): one direct-mapped entry per (code object,
//! instruction), remembering what the general path decided for one map
//! (hidden class).
//!
//! Invariants:
//! - An entry answers only for an instance whose map equals the entry's
//!   (a map belongs to one class, so the class is the same too), and only
//!   while the class epoch (`LookupCache::epoch`) equals the entry's. Every
//!   change to any class starts a new epoch, so a hit repeats exactly what
//!   the general path would do.
//! - Entries are filled only in the plain cases: no `__getattribute__`,
//!   `__setattr__` or `__slots__` on the class, no class attribute of that
//!   name (so no descriptor) for loads of instance slots and for stores,
//!   and a plain function on the class not shadowed by the map for methods.
//!   The map alone decides which names the instance's slots hold.
//! - The cache knows nothing about the dispatch loop; `vm_ops.rs` asks it.

use crate::objects::Value;

const CACHE_SIZE: usize = 4096;
const WAYS: usize = 4;

/// `slot` holds the attribute.
pub const LOAD_SLOT: u8 = 1;
/// `value` is a plain function on the class, not shadowed by a slot.
pub const METHOD: u8 = 2;
/// A store into the existing `slot`.
pub const STORE_SLOT: u8 = 3;
/// A store that appends `slot` and moves the instance to `new_map`.
pub const STORE_ADD: u8 = 4;

pub struct AttrEntry {
    pub code: usize,
    pub pc: usize,
    pub epoch: usize,
    pub map: usize,
    pub kind: u8,
    pub slot: usize,
    pub new_map: usize,
    pub value: Value,
}

pub struct AttrCache {
    entries: Vec<AttrEntry>,
}

impl AttrCache {
    pub fn new() -> AttrCache {
        let mut entries = Vec::with_capacity(CACHE_SIZE);
        for _ in 0..CACHE_SIZE {
            entries.push(AttrEntry { code: 0, pc: 0, epoch: 0, map: 0, kind: 0, slot: 0, new_map: 0, value: Value::None });
        }
        AttrCache { entries: entries }
    }

    /// The first of the `WAYS` entries of an instruction: a site that sees
    /// several classes (or maps), like a method of a base class called on
    /// instances of its subclasses, keeps one entry for each of the last few.
    fn index(code: usize, pc: usize) -> usize {
        (code.wrapping_mul(2654435761) ^ pc.wrapping_mul(WAYS)) & (CACHE_SIZE - WAYS)
    }

    fn matches(e: &AttrEntry, code: usize, pc: usize, epoch: usize, map: usize, kind: u8) -> bool {
        e.kind == kind && e.pc == pc && e.code == code && e.map == map && e.epoch == epoch
    }

    /// The entry for this instruction if it was filled for `kind` and `map`
    /// in the current `epoch`.
    pub fn find(&self, code: usize, pc: usize, epoch: usize, map: usize, kind: u8) -> Option<&AttrEntry> {
        let k = AttrCache::index(code, pc);
        for w in k..k + WAYS {
            if AttrCache::matches(&self.entries[w], code, pc, epoch, map, kind) {
                return Some(&self.entries[w]);
            }
        }
        None
    }

    /// Fills the first entry of the instruction's group; the others shift
    /// down by one, and the last is forgotten.
    pub fn put(&mut self, e: AttrEntry) {
        let k = AttrCache::index(e.code, e.pc);
        let mut w = k + WAYS - 1;
        while w > k {
            self.entries.swap(w - 1, w);
            w -= 1;
        }
        self.entries[k] = e;
    }
}
