//! Instances of Python classes: attribute slots laid out by a map (hidden
//! class, classes.rs), the first `INLINE_SLOTS` of them inside the object.
//!
//! Invariants:
//! - `Instance` is 40 bytes on a 64-bit target, so that `Object` is 48: a
//!   map index and a side-table reference take 32 bits each, then two
//!   inline values.  The class is the map's (every map belongs to one
//!   class), so an instance does not store it.
//! - Of maps, this module reads a map's class and its name count (how many
//!   slots an instance has), nothing else; it knows nothing of symbols.
//! - Slot `k < INLINE_SLOTS` is inline.  Slot `k >= INLINE_SLOTS` is item
//!   `k - INLINE_SLOTS` of the instance's spill vector in
//!   `Heap::inst_more`.  `more` names either a plain spill entry or, with
//!   `RARE_BIT`, a rare entry: the rare parts (an exception's state, a
//!   builtin subclass's wrapped value) together with that instance's spill
//!   vector.  An instance with at most two attributes and no rare parts is
//!   one arena slot and nothing else.
//! - Spill entries sit in fixed-size chunks, so the table never holds a
//!   doubled copy of itself, and every entry belongs to exactly one
//!   instance.  The collector traces them as part of the instance and
//!   releases them when it frees the instance (arena_gc.rs); the tables
//!   are not roots.

use crate::objects::{ExcState, Map, Value};

/// Attribute slots stored inside the object.
pub const INLINE_SLOTS: usize = 2;

/// In `Instance::more`: the entry is a rare entry, not a plain spill entry.
const RARE_BIT: u32 = 1 << 31;

pub struct Instance {
    map_index: u32,
    /// 0: no side entry; 1 + i: spill entry i; `RARE_BIT | (1 + i)`: rare
    /// entry i.
    more: u32,
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

/// An instance's rare parts and the slots it keeps beyond the inline ones.
pub struct RareEntry {
    parts: RareParts,
    spill: Vec<Value>,
}

/// Spill entries per chunk (a power of two).
const CHUNK_BITS: usize = 10;
const CHUNK: usize = 1 << CHUNK_BITS;

/// `Heap::inst_more`: what does not fit in instances' arena slots.
pub struct MoreTable {
    spill: Vec<Vec<Vec<Value>>>,
    spill_len: usize,
    spill_free: Vec<usize>,
    rare: Vec<Option<RareEntry>>,
    rare_free: Vec<usize>,
}

impl MoreTable {
    pub fn new() -> MoreTable {
        MoreTable { spill: Vec::new(), spill_len: 0, spill_free: Vec::new(), rare: Vec::new(), rare_free: Vec::new() }
    }

    /// A new spill entry holding `entry`; its `more` reference.
    fn alloc_spill(&mut self, entry: Vec<Value>) -> u32 {
        match self.spill_free.pop() {
            Some(i) => {
                *self.spill_at_mut(i) = entry;
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

    /// A new rare entry; its `more` reference.
    fn alloc_rare(&mut self, e: RareEntry) -> u32 {
        let n = match self.rare_free.pop() {
            Some(i) => {
                self.rare[i] = Some(e);
                i + 1
            }
            None => {
                self.rare.push(Some(e));
                self.rare.len()
            }
        };
        RARE_BIT | n as u32
    }

    /// Spill entry `i` (its `more` reference is `i + 1`).
    fn spill_at(&self, i: usize) -> &Vec<Value> {
        &self.spill[i >> CHUNK_BITS][i & (CHUNK - 1)]
    }

    fn spill_at_mut(&mut self, i: usize) -> &mut Vec<Value> {
        &mut self.spill[i >> CHUNK_BITS][i & (CHUNK - 1)]
    }

    fn rare_entry(&self, more: u32) -> &RareEntry {
        match &self.rare[(more & !RARE_BIT) as usize - 1] {
            Some(e) => e,
            None => panic!("instance: rare entry {} was released", more & !RARE_BIT),
        }
    }

    fn rare_entry_mut(&mut self, more: u32) -> &mut RareEntry {
        match &mut self.rare[(more & !RARE_BIT) as usize - 1] {
            Some(e) => e,
            None => panic!("instance: rare entry {} was released", more & !RARE_BIT),
        }
    }

    /// The spill vector `more` names (not 0).
    fn spill_vec(&self, more: u32) -> &Vec<Value> {
        if more & RARE_BIT != 0 {
            return &self.rare_entry(more).spill;
        }
        self.spill_at(more as usize - 1)
    }

    fn spill_vec_mut(&mut self, more: u32) -> &mut Vec<Value> {
        if more & RARE_BIT != 0 {
            return &mut self.rare_entry_mut(more).spill;
        }
        self.spill_at_mut(more as usize - 1)
    }

    /// Gives entry `more` (not 0) back; returns its spill vector.
    fn release(&mut self, more: u32) -> Vec<Value> {
        if more & RARE_BIT != 0 {
            let i = (more & !RARE_BIT) as usize - 1;
            self.rare_free.push(i);
            return match self.rare[i].take() {
                Some(e) => e.spill,
                None => Vec::new(),
            };
        }
        let i = more as usize - 1;
        self.spill_free.push(i);
        std::mem::take(self.spill_at_mut(i))
    }
}

impl Instance {
    /// An instance without attributes, with room for `hint` slots.
    pub fn new(map: usize, hint: usize, rare: Option<RareParts>, table: &mut MoreTable) -> Instance {
        let mut spill = Vec::new();
        if hint > INLINE_SLOTS {
            spill.reserve(hint - INLINE_SLOTS);
        }
        let more = match rare {
            Some(parts) => table.alloc_rare(RareEntry { parts: parts, spill: spill }),
            None if hint > INLINE_SLOTS => table.alloc_spill(spill),
            None => 0,
        };
        Instance { map_index: map as u32, more: more, s0: Value::None, s1: Value::None }
    }

    /// The instance's class: its map's.
    pub fn cls(&self, maps: &Vec<Map>) -> usize {
        maps[self.map_index as usize].cls
    }

    pub fn map(&self) -> usize {
        self.map_index as usize
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
            &table.spill_vec(self.more)[k - INLINE_SLOTS]
        }
    }

    pub fn set_slot(&mut self, k: usize, v: Value, table: &mut MoreTable) {
        if k == 0 {
            self.s0 = v;
        } else if k == 1 {
            self.s1 = v;
        } else {
            table.spill_vec_mut(self.more)[k - INLINE_SLOTS] = v;
        }
    }

    /// Sets slot `k`, one past the last (the instance moved to a map with
    /// one more name).
    pub fn add_slot(&mut self, k: usize, v: Value, table: &mut MoreTable) {
        if k < INLINE_SLOTS {
            self.set_slot(k, v, table);
            return;
        }
        if self.more == 0 {
            self.more = table.alloc_spill(Vec::with_capacity(INLINE_SLOTS));
        }
        table.spill_vec_mut(self.more).push(v);
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
        if self.more != 0 {
            table.spill_vec_mut(self.more).clear();
        }
        let mut k = 0;
        for v in values.into_iter() {
            self.add_slot(k, v, table);
            k += 1;
        }
    }

    pub fn set_rare(&mut self, r: RareParts, table: &mut MoreTable) {
        if self.more & RARE_BIT != 0 {
            table.rare_entry_mut(self.more).parts = r;
            return;
        }
        let spill = if self.more != 0 { table.release(self.more) } else { Vec::new() };
        self.more = table.alloc_rare(RareEntry { parts: r, spill: spill });
    }

    fn rare_parts<'a>(&self, table: &'a MoreTable) -> Option<&'a RareParts> {
        if self.more & RARE_BIT == 0 {
            return None;
        }
        Some(&table.rare_entry(self.more).parts)
    }

    pub fn exc<'a>(&self, table: &'a MoreTable) -> Option<&'a ExcState> {
        match self.rare_parts(table) {
            Some(RareParts::Exc(e)) => Some(e),
            _ => None,
        }
    }

    pub fn exc_mut<'a>(&self, table: &'a mut MoreTable) -> Option<&'a mut ExcState> {
        if self.more & RARE_BIT == 0 {
            return None;
        }
        match &mut table.rare_entry_mut(self.more).parts {
            RareParts::Exc(e) => Some(e),
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

    /// Gives the side-table entry back (the collector frees the instance).
    pub fn release(&mut self, table: &mut MoreTable) {
        if self.more != 0 {
            table.release(self.more);
            self.more = 0;
        }
    }
}
