//! `semispace`: Cheney copying between two spaces; bump allocation.

use crate::api::{BarrierKind, Constraints, Fault, Gc, GcConfig, GcError};
use crate::arena::{Addr, PAGE};
use crate::common::core::Core;
use crate::common::header;
use crate::policies::PolicyFactory;
use crate::types::{round_up, TypeId, TypeTable, WORD};

pub const CONSTRAINTS: Constraints = Constraints {
    name: "semispace",
    moves_objects: true,
    generational: false,
    barrier: BarrierKind::None,
    header_words: 1,
    copy_reserve: true,
};

pub struct Factory;

impl PolicyFactory for Factory {
    fn constraints(&self) -> Constraints {
        CONSTRAINTS
    }
    fn create(&self, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError> {
        Ok(Box::new(SemiSpace::new(types, config)?))
    }
}

pub struct SemiSpace {
    core: Core,
    /// The space we allocate in: start, size, bump pointer.
    from: usize,
    from_size: usize,
    top: usize,
    /// Size of the to-space at the next collection.
    space: usize,
    /// During a collection: to-space bump pointer and end.
    free: usize,
    to_end: usize,
}

impl SemiSpace {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<SemiSpace, GcError> {
        let mut core = Core::new(types, config)?;
        let mut space = round_up(config.initial_space, PAGE);
        if space > config.max_heap / 2 {
            space = config.max_heap / 2 / PAGE * PAGE;
        }
        if space < PAGE {
            space = PAGE;
        }
        let from = core.arena.map(space, true, "semispace")?;
        Ok(SemiSpace { core, from, from_size: space, top: from, space, free: 0, to_end: 0 })
    }

    fn max_space(&self) -> usize {
        self.core.max_heap / 2 / PAGE * PAGE
    }

    fn in_from(&self, a: Addr) -> bool {
        a.raw >= self.from && a.raw < self.from + self.from_size
    }

    fn copy(&mut self, v: Addr) -> Result<Addr, GcError> {
        if v.is_null() || !self.in_from(v) {
            return Ok(v);
        }
        let h = self.core.arena.read_header(v, 0)?;
        if header::has(h, header::FORWARDED) {
            return Ok(self.core.arena.read_forwarding(v)?);
        }
        let tid = header::tid(h);
        let len = self.core.length_of(v, tid)?;
        let total = WORD + self.core.body_of(tid, len);
        let start = self.free;
        if start + total > self.to_end {
            return Err(self.core.oom(total));
        }
        self.free += total;
        let new = self.core.arena.copy_object(v, start)?;
        self.core.arena.write_header(v, 0, h | header::FORWARDED)?;
        self.core.arena.set_forwarding(v, new)?;
        self.core.work((total / WORD) as u64);
        Ok(new)
    }

    /// Copy everything reachable into a fresh to-space of at least `size` bytes.
    fn collect_into(&mut self, size: usize) -> Result<(), GcError> {
        let used = round_up(self.top - self.from, PAGE);
        let size = if size < used { used } else { size };
        self.core.begin_collection(true, "semispace: copy");
        let to = self.core.arena.map(size, true, "semispace")?;
        self.free = to;
        self.to_end = to + size;
        let mut skip_root = self.core.config.fault == Fault::SkipRootUpdate;
        for i in 0..self.core.roots.count() {
            let v = self.core.roots.get(i);
            if skip_root && !v.is_null() && i < self.core.roots.stack.len() {
                skip_root = false;
                continue;
            }
            let nv = self.copy(v)?;
            self.core.roots.set(i, nv);
        }
        self.core.phase("semispace: scan");
        let mut cursor = to;
        while cursor < self.free {
            let obj = self.core.arena.rederive(cursor + WORD)?;
            let tid = self.core.tid_of(obj)?;
            let len = self.core.length_of(obj, tid)?;
            let n = self.core.types.ptr_count(tid, len);
            self.core.work(1 + n as u64);
            for k in 0..n {
                let ofs = self.core.types.ptr_offset(tid, len, k);
                let v = self.core.arena.read_ptr(obj, ofs)?;
                if !v.is_null() {
                    let nv = self.copy(v)?;
                    self.core.arena.write_ptr(obj, ofs, nv)?;
                }
            }
            cursor += WORD + self.core.body_of(tid, len);
        }
        let mut survivors = Vec::new();
        for i in 0..self.core.ids.len() {
            let a = self.core.ids.addr(i);
            let h = self.core.arena.read_header(a, 0)?;
            survivors.push(if header::has(h, header::FORWARDED) { self.core.arena.read_forwarding(a)? } else { Addr::NULL });
        }
        self.core.update_ids(survivors);
        self.core.phase("semispace: release from-space");
        self.core.arena.unmap(self.from)?;
        self.from = to;
        self.from_size = size;
        self.top = self.free;
        self.core.end_collection();
        Ok(())
    }
}

impl Gc for SemiSpace {
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
            self.collect()?;
        }
        if self.top + total > self.from + self.from_size {
            self.collect()?;
            if self.top + total > self.from + self.from_size {
                let need = round_up(self.top - self.from + total, PAGE);
                if need > self.max_space() {
                    return Err(self.core.oom(total));
                }
                let mut size = 2 * self.space;
                if size < need {
                    size = need;
                }
                if size > self.max_space() {
                    size = self.max_space();
                }
                self.space = size;
                self.collect_into(size)?;
            }
        }
        let start = self.top;
        self.top += total;
        self.core.init_object(start, WORD, body, tid, length, 0)
    }

    fn collect(&mut self) -> Result<(), GcError> {
        self.collect_into(self.space)?;
        let live = self.top - self.from;
        if 2 * live > self.space {
            let grown = 2 * self.space;
            self.space = if grown > self.max_space() { self.max_space() } else { grown };
        }
        Ok(())
    }

    fn can_move(&self, _obj: Addr) -> bool {
        true
    }
}
