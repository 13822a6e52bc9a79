//! `generational`: bump nursery, survivors promoted into a mark-sweep old space.
//!
//! Barrier: old objects carry `TRACK_YOUNG`; storing a young pointer into one clears the
//! flag and remembers the object. Old arrays of pointers of `CARD_MIN_LENGTH` items or
//! more instead get card words in front of their header (one bit per `CARD_ITEMS` items)
//! and keep the flag; the barrier sets the card and lists the array once (`CARDS_SET`).

use crate::api::{BarrierKind, Constraints, Fault, Gc, GcConfig, GcError};
use crate::arena::{Addr, PAGE};
use crate::common::core::Core;
use crate::common::freelist::{FreeListSpace, NCLASSES, SMALL_MAX};
use crate::common::header;
use crate::common::mark;
use crate::policies::PolicyFactory;
use crate::types::{round_up, TypeId, TypeTable, WORD};

pub const CONSTRAINTS: Constraints = Constraints {
    name: "generational",
    moves_objects: true,
    generational: true,
    barrier: BarrierKind::HeaderFlagAndCards,
    header_words: 1,
    copy_reserve: false,
};

/// Array items per card bit.
pub const CARD_ITEMS: usize = 16;
/// Old arrays of pointers with at least this many items get cards.
pub const CARD_MIN_LENGTH: usize = 64;
/// Objects larger than this (header included) are allocated in the old space directly;
/// smaller ones are promoted into size-class cells.
pub const YOUNG_MAX: usize = SMALL_MAX;

pub struct Factory;

impl PolicyFactory for Factory {
    fn constraints(&self) -> Constraints {
        CONSTRAINTS
    }
    fn create(&self, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError> {
        Ok(Box::new(Generational::new(types, config)?))
    }
}

pub struct Generational {
    core: Core,
    nursery: usize,
    nursery_size: usize,
    top: usize,
    old: FreeListSpace,
    /// Old objects whose `TRACK_YOUNG` flag was cleared by the barrier.
    remembered: Vec<Addr>,
    /// Old arrays with some card set.
    carded: Vec<Addr>,
    /// Promoted objects not yet scanned (during a minor collection).
    to_scan: Vec<Addr>,
    /// Cells by size class that promoting the whole nursery would take.
    young_need: Vec<usize>,
    /// Old-space footprint that triggers a full collection.
    next_major: usize,
    stress_count: u64,
}

fn card_words(length: usize) -> usize {
    ((length + CARD_ITEMS - 1) / CARD_ITEMS + 63) / 64
}

impl Generational {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<Generational, GcError> {
        let mut core = Core::new(types, config)?;
        let size = round_up(config.nursery_bytes, PAGE);
        let nursery = core.arena.map(size, false, "nursery")?;
        Ok(Generational {
            core, nursery, nursery_size: size, top: nursery, old: FreeListSpace::new(),
            remembered: Vec::new(), carded: Vec::new(), to_scan: Vec::new(), young_need: vec![0; NCLASSES],
            next_major: config.initial_space, stress_count: 0,
        })
    }

    fn is_young(&self, a: Addr) -> bool {
        a.raw >= self.nursery && a.raw < self.nursery + self.nursery_size
    }

    fn old_footprint(&self) -> usize {
        self.core.arena.footprint() - self.nursery_size
    }

    /// Whether the old space can take `need` more cells without passing `max_heap`.
    fn promotion_fits(&self, need: &[usize]) -> bool {
        self.core.arena.footprint() + self.old.bytes_needed(need) <= self.core.max_heap
    }

    /// Cells needed for the marked young objects; with `clear`, unmark them instead.
    fn marked_young(&mut self, clear: bool) -> Result<Vec<usize>, GcError> {
        let mut need = vec![0; NCLASSES];
        let mut cursor = self.nursery;
        while cursor < self.top {
            let a = self.core.arena.rederive(cursor + WORD)?;
            let h = self.core.arena.read_header(a, 0)?;
            let tid = header::tid(h);
            let total = WORD + self.core.body_of(tid, self.core.length_of(a, tid)?);
            self.core.work(1);
            if header::has(h, header::MARKED) {
                need[total / WORD] += 1;
                if clear {
                    self.core.arena.write_header(a, 0, h & !header::MARKED)?;
                }
            }
            cursor += total;
        }
        Ok(need)
    }

    fn has_cards(&self, tid: TypeId, length: usize) -> bool {
        match &self.core.types.info(tid).var {
            Some(v) => !v.item_ptr_offsets.is_empty() && length >= CARD_MIN_LENGTH,
            None => false,
        }
    }

    fn alloc_old(&mut self, tid: TypeId, length: usize, body: usize) -> Result<Addr, GcError> {
        let cards = self.has_cards(tid, length);
        let hdr = if cards { WORD * (1 + card_words(length)) } else { WORD };
        let flags = if cards { header::TRACK_YOUNG | header::HAS_CARDS } else { header::TRACK_YOUNG };
        let mut collected = false;
        if self.old_footprint() + hdr + body > self.next_major {
            self.collect()?;
            collected = true;
        }
        loop {
            if let Some(start) = self.old.alloc(&mut self.core.arena, hdr, hdr + body, self.core.max_heap)? {
                return self.core.init_object(start, hdr, body, tid, length, flags);
            }
            if collected {
                return Err(self.core.oom(hdr + body));
            }
            self.collect()?;
            collected = true;
        }
    }

    /// Copy a young object into the old space (once); returns its new address.
    fn promote(&mut self, v: Addr) -> Result<Addr, GcError> {
        let h = self.core.arena.read_header(v, 0)?;
        if header::has(h, header::FORWARDED) {
            return Ok(self.core.arena.read_forwarding(v)?);
        }
        let tid = header::tid(h);
        let len = self.core.length_of(v, tid)?;
        let total = WORD + self.core.body_of(tid, len);
        let start = match self.old.alloc(&mut self.core.arena, WORD, total, self.core.max_heap)? {
            Some(s) => s,
            None => return Err(self.core.oom(total)),
        };
        let new = self.core.arena.copy_object(v, start)?;
        self.core.arena.write_header(new, 0, header::make(tid, header::TRACK_YOUNG))?;
        self.core.arena.write_header(v, 0, h | header::FORWARDED)?;
        self.core.arena.set_forwarding(v, new)?;
        self.to_scan.push(new);
        self.core.work((total / WORD) as u64);
        Ok(new)
    }

    /// Promote the young referent of the pointer field at `ofs` of `obj`, if any.
    fn update_field(&mut self, obj: Addr, ofs: usize) -> Result<(), GcError> {
        let v = self.core.arena.read_ptr(obj, ofs)?;
        if !v.is_null() && self.is_young(v) {
            let nv = self.promote(v)?;
            self.core.arena.write_ptr(obj, ofs, nv)?;
        }
        Ok(())
    }

    /// Scan pointer fields `from..to` (by index, see `TypeTable::ptr_offset`).
    fn scan_fields(&mut self, obj: Addr, tid: TypeId, len: usize, from: usize, to: usize) -> Result<(), GcError> {
        self.core.work((to - from) as u64);
        for i in from..to {
            let ofs = self.core.types.ptr_offset(tid, len, i);
            self.update_field(obj, ofs)?;
        }
        Ok(())
    }

    fn scan_cards(&mut self, obj: Addr) -> Result<(), GcError> {
        let h = self.core.arena.read_header(obj, 0)?;
        let tid = header::tid(h);
        let len = self.core.length_of(obj, tid)?;
        let nfixed = self.core.types.info(tid).ptr_offsets.len();
        let per = match &self.core.types.info(tid).var {
            Some(v) => v.item_ptr_offsets.len(),
            None => 0,
        };
        self.scan_fields(obj, tid, len, 0, nfixed)?;
        for w in 0..card_words(len) {
            let bits = self.core.arena.read_header(obj, 1 + w)?;
            for b in 0..64 {
                if bits & (1u64 << b) != 0 {
                    let first = (w * 64 + b) * CARD_ITEMS;
                    let last = if first + CARD_ITEMS < len { first + CARD_ITEMS } else { len };
                    self.scan_fields(obj, tid, len, nfixed + first * per, nfixed + last * per)?;
                }
            }
            self.core.arena.write_header(obj, 1 + w, 0)?;
        }
        self.core.arena.write_header(obj, 0, h & !header::CARDS_SET)?;
        Ok(())
    }

    /// Move every young object reachable from the roots, the remembered objects and the
    /// set cards into the old space, then empty the nursery.
    fn evacuate(&mut self) -> Result<(), GcError> {
        self.to_scan.clear();
        for i in 0..self.core.roots.count() {
            let v = self.core.roots.get(i);
            if !v.is_null() && self.is_young(v) {
                let nv = self.promote(v)?;
                self.core.roots.set(i, nv);
            }
        }
        let remembered = std::mem::replace(&mut self.remembered, Vec::new());
        for i in 0..remembered.len() {
            let obj = remembered[i];
            let h = self.core.arena.read_header(obj, 0)?;
            let tid = header::tid(h);
            let len = self.core.length_of(obj, tid)?;
            let n = self.core.types.ptr_count(tid, len);
            self.scan_fields(obj, tid, len, 0, n)?;
            self.core.arena.write_header(obj, 0, h | header::TRACK_YOUNG)?;
        }
        let carded = std::mem::replace(&mut self.carded, Vec::new());
        for i in 0..carded.len() {
            self.scan_cards(carded[i])?;
        }
        while let Some(obj) = self.to_scan.pop() {
            let tid = self.core.tid_of(obj)?;
            let len = self.core.length_of(obj, tid)?;
            let n = self.core.types.ptr_count(tid, len);
            self.scan_fields(obj, tid, len, 0, n)?;
        }
        let mut moved = Vec::new();
        for i in 0..self.core.ids.len() {
            let a = self.core.ids.addr(i);
            if !self.is_young(a) {
                moved.push(a);
            } else if header::has(self.core.arena.read_header(a, 0)?, header::FORWARDED) {
                moved.push(self.core.arena.read_forwarding(a)?);
            } else {
                moved.push(Addr::NULL);
            }
        }
        self.core.update_ids(moved);
        self.core.arena.release(self.nursery, self.top - self.nursery)?;
        self.top = self.nursery;
        for c in 0..NCLASSES {
            self.young_need[c] = 0;
        }
        Ok(())
    }

    /// Keep the entries of `list` whose object is marked.
    fn retain_marked(&self, list: Vec<Addr>) -> Result<Vec<Addr>, GcError> {
        let mut out = Vec::new();
        for i in 0..list.len() {
            if mark::is_marked(&self.core, list[i])? {
                out.push(list[i]);
            }
        }
        Ok(out)
    }
}

impl Gc for Generational {
    fn constraints(&self) -> Constraints {
        CONSTRAINTS
    }
    fn core(&self) -> &Core {
        &self.core
    }
    fn core_mut(&mut self) -> &mut Core {
        &mut self.core
    }

    fn allocate(&mut self, tid: TypeId, length: usize, body: usize) -> Result<Addr, GcError> {
        let total = WORD + body;
        if self.core.config.stress {
            self.stress_count += 1;
            if self.stress_count % 2 == 0 {
                self.collect()?;
            } else {
                self.collect_minor()?;
            }
        }
        if total > YOUNG_MAX || total > self.nursery_size / 4 {
            return self.alloc_old(tid, length, body);
        }
        if self.top + total > self.nursery + self.nursery_size {
            self.collect_minor()?;
        }
        let start = self.top;
        self.top += total;
        self.young_need[total / WORD] += 1;
        self.core.init_object(start, WORD, body, tid, length, 0)
    }

    fn collect_minor(&mut self) -> Result<(), GcError> {
        if !self.promotion_fits(&self.young_need) {
            return self.collect();
        }
        self.core.begin_collection(false, "generational: minor");
        self.evacuate()?;
        self.core.end_collection();
        if self.old_footprint() > self.next_major {
            self.collect()?;
        }
        Ok(())
    }

    fn collect(&mut self) -> Result<(), GcError> {
        self.core.begin_collection(true, "generational: mark");
        mark::mark_from_roots(&mut self.core, 0)?;
        let mut alive = Vec::new();
        for i in 0..self.core.ids.len() {
            let a = self.core.ids.addr(i);
            alive.push(if mark::is_marked(&self.core, a)? { a } else { Addr::NULL });
        }
        self.core.update_ids(alive);
        let remembered = std::mem::replace(&mut self.remembered, Vec::new());
        self.remembered = self.retain_marked(remembered)?;
        let carded = std::mem::replace(&mut self.carded, Vec::new());
        self.carded = self.retain_marked(carded)?;
        self.core.phase("generational: sweep old space");
        let mut work = 0;
        self.old.sweep(&mut self.core.arena, &mut work)?;
        self.core.work(work);
        let need = self.marked_young(false)?;
        if !self.promotion_fits(&need) {
            // The survivors do not fit: stop before moving anything, heap unchanged.
            self.marked_young(true)?;
            self.core.end_collection();
            let survivors = self.old.bytes_needed(&need);
            return Err(self.core.oom(survivors));
        }
        self.core.phase("generational: evacuate nursery");
        self.evacuate()?;
        let old = self.old_footprint();
        self.next_major = if 2 * old > self.core.config.initial_space { 2 * old } else { self.core.config.initial_space };
        self.core.end_collection();
        Ok(())
    }

    fn write_barrier(&mut self, obj: Addr, field_offset: usize, new_value: Addr) -> Result<(), GcError> {
        if self.core.config.fault == Fault::SkipBarrier || new_value.is_null() || !self.is_young(new_value) || self.is_young(obj) {
            return Ok(());
        }
        let h = self.core.arena.read_header(obj, 0)?;
        if !header::has(h, header::TRACK_YOUNG) {
            return Ok(());
        }
        if !header::has(h, header::HAS_CARDS) {
            self.core.arena.write_header(obj, 0, h & !header::TRACK_YOUNG)?;
            self.remembered.push(obj);
            return Ok(());
        }
        let tid = header::tid(h);
        let (items_offset, item_size) = match &self.core.types.info(tid).var {
            Some(v) => (v.items_offset, v.item_size),
            None => (0, 1),
        };
        if field_offset >= items_offset {
            let card = (field_offset - items_offset) / item_size / CARD_ITEMS;
            let w = self.core.arena.read_header(obj, 1 + card / 64)?;
            self.core.arena.write_header(obj, 1 + card / 64, w | (1u64 << (card % 64)))?;
        }
        if !header::has(h, header::CARDS_SET) {
            self.core.arena.write_header(obj, 0, h | header::CARDS_SET)?;
            self.carded.push(obj);
        }
        Ok(())
    }

    fn can_move(&self, obj: Addr) -> bool {
        self.is_young(obj)
    }
}
