//! Instances of Python classes: attribute slots laid out by a map (hidden
//! class, classes.rs), the first `INLINE_SLOTS` of them inside the object.
//!
//! Invariants:
//! - `Instance` is 48 bytes on a 64-bit target, no larger than the other
//!   large `Object` variants: the class handle, the map index and two
//!   side-table indices take 32 bits each, then two inline values.
//! - The map says how many slots an instance has (its name count); this
//!   module is told that count and knows nothing else of maps or symbols.
//! - Slot `k < INLINE_SLOTS` is inline.  Slot `k >= INLINE_SLOTS` is item
//!   `k - INLINE_SLOTS` of the instance's spill entry in
//!   `Heap::inst_more`.  The rare parts (an exception's state, a builtin
//!   subclass's wrapped value) have a table of their own.  An instance with
//!   at most two attributes and no rare parts is one arena slot and nothing
//!   else.
//! - Spill entries sit in fixed-size chunks, so the table never holds a
//!   doubled copy of itself, and every entry and rare part belongs to
//!   exactly one instance.  The collector traces them as part of the
//!   instance and releases them when it frees the instance (arena_gc.rs);
//!   the tables are not roots.

use crate::objects::{ExcState, Value};

/// Attribute slots stored inside the object.
pub const INLINE_SLOTS: usize = 2;

pub struct Instance {
    class_handle: u32,
    map_index: u32,
    /// 1 + the index of this instance's spill entry (0: none).
    spill: u32,
    /// 1 + the index of this instance's rare parts (0: none).
    rare: u32,
    s0: Value,
    s1: Value,
}

pub enum RareParts {
    /// Instances of exception classes.
    Exc(ExcState),
    /// Instances of subclasses of a builtin data type (`class D(dict)`):
    /// the builtin value they wrap (see builtin_sub.rs).
    Base(Value),
}

/// Spill entries per chunk (a power of two).
const CHUNK_BITS: usize = 10;
const CHUNK: usize = 1 << CHUNK_BITS;

/// `Heap::inst_more`: what does not fit in instances' arena slots.
pub struct MoreTable {
    spill: Vec<Vec<Vec<Value>>>,
    spill_len: usize,
    spill_free: Vec<usize>,
    rare: Vec<Option<RareParts>>,
    rare_free: Vec<usize>,
}

impl MoreTable {
    pub fn new() -> MoreTable {
        MoreTable { spill: Vec::new(), spill_len: 0, spill_free: Vec::new(), rare: Vec::new(), rare_free: Vec::new() }
    }

    /// A new spill entry with room for `n` values; its number.
    fn alloc_spill(&mut self, n: usize) -> u32 {
        let entry = Vec::with_capacity(n);
        match self.spill_free.pop() {
            Some(i) => {
                *self.spill_entry_mut(i + 1) = entry;
                (i + 1) as u32
            }
            None => {
                if self.spill_len & (CHUNK - 1) == 0 {
                    self.spill.push(Vec::with_capacity(CHUNK));
                }
                let last = self.spill.len() - 1;
                self.spill[last].push(entry);
                self.spill_len += 1;
                self.spill_len as u32
            }
        }
    }

    fn spill_entry(&self, n: usize) -> &Vec<Value> {
        let i = n - 1;
        &self.spill[i >> CHUNK_BITS][i & (CHUNK - 1)]
    }

    fn spill_entry_mut(&mut self, n: usize) -> &mut Vec<Value> {
        let i = n - 1;
        &mut self.spill[i >> CHUNK_BITS][i & (CHUNK - 1)]
    }

    fn alloc_rare(&mut self, r: RareParts) -> u32 {
        match self.rare_free.pop() {
            Some(i) => {
                self.rare[i] = Some(r);
                (i + 1) as u32
            }
            None => {
                self.rare.push(Some(r));
                self.rare.len() as u32
            }
        }
    }
}

impl Instance {
    /// An instance without attributes, with room for `hint` slots.
    pub fn new(cls: usize, map: usize, hint: usize, rare: Option<RareParts>, table: &mut MoreTable) -> Instance {
        let mut inst = Instance { class_handle: cls as u32, map_index: map as u32, spill: 0, rare: 0, s0: Value::None, s1: Value::None };
        if hint > INLINE_SLOTS {
            inst.spill = table.alloc_spill(hint - INLINE_SLOTS);
        }
        if let Some(r) = rare {
            inst.rare = table.alloc_rare(r);
        }
        inst
    }

    pub fn cls(&self) -> usize {
        self.class_handle as usize
    }

    pub fn map(&self) -> usize {
        self.map_index as usize
    }

    pub fn set_cls(&mut self, cls: usize) {
        self.class_handle = cls as u32;
    }

    pub fn set_map(&mut self, map: usize) {
        self.map_index = map as u32;
    }

    pub fn slot<'a>(&'a self, k: usize, table: &'a MoreTable) -> &'a Value {
        if k == 0 {
            &self.s0
        } else if k == 1 {
            &self.s1
        } else {
            &table.spill_entry(self.spill as usize)[k - INLINE_SLOTS]
        }
    }

    pub fn set_slot(&mut self, k: usize, v: Value, table: &mut MoreTable) {
        if k == 0 {
            self.s0 = v;
        } else if k == 1 {
            self.s1 = v;
        } else {
            table.spill_entry_mut(self.spill as usize)[k - INLINE_SLOTS] = v;
        }
    }

    /// Sets slot `k`, one past the last (the instance moved to a map with
    /// one more name).
    pub fn add_slot(&mut self, k: usize, v: Value, table: &mut MoreTable) {
        if k < INLINE_SLOTS {
            self.set_slot(k, v, table);
            return;
        }
        if self.spill == 0 {
            self.spill = table.alloc_spill(INLINE_SLOTS);
        }
        table.spill_entry_mut(self.spill as usize).push(v);
    }

    /// The values of slots `0..n`.
    pub fn slot_values(&self, n: usize, table: &MoreTable) -> Vec<Value> {
        let mut out = Vec::with_capacity(n);
        for k in 0..n {
            out.push(self.slot(k, table).clone());
        }
        out
    }

    /// Replaces every slot (the instance moved to an unrelated map).
    pub fn set_slot_values(&mut self, values: Vec<Value>, table: &mut MoreTable) {
        self.s0 = Value::None;
        self.s1 = Value::None;
        if self.spill != 0 {
            table.spill_entry_mut(self.spill as usize).clear();
        }
        let mut k = 0;
        for v in values.into_iter() {
            self.add_slot(k, v, table);
            k += 1;
        }
    }

    pub fn set_rare(&mut self, r: RareParts, table: &mut MoreTable) {
        if self.rare == 0 {
            self.rare = table.alloc_rare(r);
        } else {
            table.rare[self.rare as usize - 1] = Some(r);
        }
    }

    fn rare_parts<'a>(&self, table: &'a MoreTable) -> Option<&'a RareParts> {
        if self.rare == 0 {
            return None;
        }
        table.rare[self.rare as usize - 1].as_ref()
    }

    pub fn exc<'a>(&self, table: &'a MoreTable) -> Option<&'a ExcState> {
        match self.rare_parts(table) {
            Some(RareParts::Exc(e)) => Some(e),
            _ => None,
        }
    }

    pub fn exc_mut<'a>(&self, table: &'a mut MoreTable) -> Option<&'a mut ExcState> {
        if self.rare == 0 {
            return None;
        }
        match &mut table.rare[self.rare as usize - 1] {
            Some(RareParts::Exc(e)) => Some(e),
            _ => None,
        }
    }

    /// The wrapped builtin value (None if this is not such a wrapper).
    pub fn base<'a>(&self, table: &'a MoreTable) -> Option<&'a Value> {
        match self.rare_parts(table) {
            Some(RareParts::Base(b)) => Some(b),
            _ => None,
        }
    }

    /// Gives the side-table entries back (the collector frees the instance).
    pub fn release(&mut self, table: &mut MoreTable) {
        if self.spill != 0 {
            *table.spill_entry_mut(self.spill as usize) = Vec::new();
            table.spill_free.push(self.spill as usize - 1);
            self.spill = 0;
        }
        if self.rare != 0 {
            table.rare[self.rare as usize - 1] = None;
            table.rare_free.push(self.rare as usize - 1);
            self.rare = 0;
        }
    }
}
