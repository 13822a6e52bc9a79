//! `markcompact`: Lisp-2 sliding compaction in one space, no copy reserve.
//!
//! 1. mark from the roots;
//! 2. walk the heap in address order: each marked object gets its new address, stored in
//!    its header as `new start | FORWARDED`, its type id saved in a side array; each run of
//!    dead objects becomes one GAP block whose header holds its size;
//! 3. update every reference (roots, fields, id table) from the targets' headers;
//! 4. walk again, restore each header's type id from the side array and slide the object
//!    down (memmove); then the top drops and the pages above it are returned.

use crate::api::{BarrierKind, Constraints, Fault, Gc, GcConfig, GcError};
use crate::arena::{Addr, MemError, MemErrorKind};
use crate::common::core::Core;
use crate::common::header;
use crate::common::mark;
use crate::policies::PolicyFactory;
use crate::types::{TypeId, TypeTable, WORD};

pub const CONSTRAINTS: Constraints = Constraints {
    name: "markcompact",
    moves_objects: true,
    generational: false,
    barrier: BarrierKind::None,
    header_words: 1,
    copy_reserve: false,
};

/// Address space reserved for the heap (only touched pages count).
const CAPACITY: usize = 1 << 36;

pub struct Factory;

impl PolicyFactory for Factory {
    fn constraints(&self) -> Constraints {
        CONSTRAINTS
    }
    fn create(&self, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError> {
        Ok(Box::new(MarkCompact::new(types, config)?))
    }
}

pub struct MarkCompact {
    core: Core,
    start: usize,
    top: usize,
    threshold: usize,
    /// Type ids of the live objects, in address order, while headers hold forwarding addresses.
    tids: Vec<TypeId>,
    /// Reference updates done in the current collection (for fault injection).
    updates: usize,
    faulted: bool,
}

impl MarkCompact {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<MarkCompact, GcError> {
        let mut core = Core::new(types, config)?;
        let start = core.arena.map(CAPACITY, true, "markcompact heap")?;
        Ok(MarkCompact { core, start, top: start, threshold: config.initial_space, tids: Vec::new(), updates: 0, faulted: false })
    }

    /// The address `v` will have after compaction (from its header).
    fn forward(&self, v: Addr) -> Result<Addr, GcError> {
        let h = self.core.arena.read_header(v, 0)?;
        if !header::has(h, header::FORWARDED) {
            let d = format!("reference to an object that was not marked: {}", self.core.arena.describe(v.prov as usize - 1));
            return Err(GcError::Mem(MemError { kind: MemErrorKind::Header, op: "forward", addr: v.raw, phase: self.core.arena.phase, detail: d }));
        }
        Ok(v.moved_to((h & !(WORD as u64 - 1)) as usize + WORD))
    }

    fn close_gap(&mut self, gap: usize, end: usize) -> Result<(), GcError> {
        if gap != 0 {
            let g = self.core.arena.reserve_raw(gap, WORD, end - gap - WORD)?;
            self.core.arena.write_header(g, 0, header::make(end - gap, header::GAP))?;
        }
        Ok(())
    }

    fn compute_forwarding(&mut self) -> Result<usize, GcError> {
        self.tids.clear();
        let mut cursor = self.start;
        let mut free = self.start;
        let mut gap = 0;
        while cursor < self.top {
            let a = self.core.arena.rederive(cursor + WORD)?;
            let h = self.core.arena.read_header(a, 0)?;
            let tid = header::tid(h);
            let len = self.core.length_of(a, tid)?;
            let total = WORD + self.core.body_of(tid, len);
            self.core.work(1);
            if header::has(h, header::MARKED) {
                self.close_gap(gap, cursor)?;
                gap = 0;
                self.tids.push(tid);
                self.core.arena.write_header(a, 0, free as u64 | header::FORWARDED)?;
                free += total;
            } else {
                self.core.arena.free(a)?;
                if gap == 0 {
                    gap = cursor;
                }
            }
            cursor += total;
        }
        self.close_gap(gap, cursor)?;
        Ok(free)
    }

    fn update_references(&mut self) -> Result<(), GcError> {
        for i in 0..self.core.roots.count() {
            let v = self.core.roots.get(i);
            if !v.is_null() {
                let nv = self.forward(v)?;
                self.core.roots.set(i, nv);
            }
        }
        let skip = match self.core.config.fault {
            Fault::SkipReferenceUpdate(n) if !self.faulted => n,
            _ => 0,
        };
        let mut cursor = self.start;
        let mut k = 0;
        while cursor < self.top {
            let a = self.core.arena.rederive(cursor + WORD)?;
            let h = self.core.arena.read_header(a, 0)?;
            if !header::has(h, header::FORWARDED) {
                cursor += header::tid(h);
                continue;
            }
            let tid = self.tids[k];
            k += 1;
            let len = self.core.length_of(a, tid)?;
            let n = self.core.types.ptr_count(tid, len);
            self.core.work(1 + n as u64);
            for i in 0..n {
                let ofs = self.core.types.ptr_offset(tid, len, i);
                let v = self.core.arena.read_ptr(a, ofs)?;
                if v.is_null() {
                    continue;
                }
                self.updates += 1;
                if self.updates == skip {
                    continue;
                }
                let nv = self.forward(v)?;
                self.core.arena.write_ptr_unchecked(a, ofs, nv)?;
            }
            cursor += WORD + self.core.body_of(tid, len);
        }
        let mut moved = Vec::new();
        for i in 0..self.core.ids.len() {
            moved.push(self.forward(self.core.ids.addr(i))?);
        }
        self.core.update_ids(moved);
        Ok(())
    }

    fn slide(&mut self) -> Result<(), GcError> {
        let corrupt = match self.core.config.fault {
            Fault::CorruptTypeId(n) if !self.faulted => n,
            _ => 0,
        };
        let mut cursor = self.start;
        let mut k = 0;
        while cursor < self.top {
            let a = self.core.arena.rederive(cursor + WORD)?;
            let h = self.core.arena.read_header(a, 0)?;
            if !header::has(h, header::FORWARDED) {
                self.core.arena.free(a)?;
                cursor += header::tid(h);
                continue;
            }
            let new_start = (h & !(WORD as u64 - 1)) as usize;
            let tid = self.tids[k];
            k += 1;
            let len = self.core.length_of(a, tid)?;
            let total = WORD + self.core.body_of(tid, len);
            let restored = if k == corrupt { (tid + 1) % self.core.types.len() } else { tid };
            self.core.arena.write_header(a, 0, header::make(restored, 0))?;
            if new_start != cursor {
                self.core.arena.move_object(a, new_start + WORD)?;
                self.core.work((total / WORD) as u64);
            }
            cursor += total;
        }
        Ok(())
    }
}

impl Gc for MarkCompact {
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
        let mut collected = false;
        if self.core.config.stress {
            self.collect()?;
            collected = true;
        }
        let soft = if self.threshold < self.core.max_heap { self.threshold } else { self.core.max_heap };
        if !collected && self.top + total - self.start > soft {
            self.collect()?;
        }
        if self.top + total - self.start > self.core.max_heap || self.top + total - self.start > CAPACITY {
            return Err(self.core.oom(total));
        }
        let start = self.top;
        self.top += total;
        self.core.init_object(start, WORD, body, tid, length, 0)
    }

    fn collect(&mut self) -> Result<(), GcError> {
        self.core.begin_collection(true, "markcompact: mark");
        mark::mark_from_roots(&mut self.core, 0)?;
        let mut alive = Vec::new();
        for i in 0..self.core.ids.len() {
            let a = self.core.ids.addr(i);
            alive.push(if mark::is_marked(&self.core, a)? { a } else { Addr::NULL });
        }
        self.core.update_ids(alive);
        self.core.phase("markcompact: compute forwarding addresses");
        let new_top = self.compute_forwarding()?;
        self.core.phase("markcompact: update references");
        self.updates = 0;
        self.update_references()?;
        self.core.phase("markcompact: slide");
        self.slide()?;
        if self.core.config.fault != Fault::None {
            self.faulted = true;
        }
        self.top = new_top;
        self.core.arena.decommit(self.start, new_top - self.start)?;
        // Collect again at 1.5x the live data: this is the low-memory policy.
        let live = new_top - self.start;
        let next = live + live / 2;
        self.threshold = if next > self.core.config.initial_space { next } else { self.core.config.initial_space };
        self.core.end_collection();
        Ok(())
    }

    fn can_move(&self, _obj: Addr) -> bool {
        true
    }
}
