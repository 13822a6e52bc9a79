//! `marksweep`: non-moving; mark bit in the header, size-class pages with free lists.

use crate::api::{BarrierKind, Constraints, Fault, Gc, GcConfig, GcError};
use crate::arena::Addr;
use crate::common::core::Core;
use crate::common::freelist::FreeListSpace;
use crate::common::mark;
use crate::policies::PolicyFactory;
use crate::types::{TypeId, TypeTable, WORD};

pub const CONSTRAINTS: Constraints = Constraints {
    name: "marksweep",
    moves_objects: false,
    generational: false,
    barrier: BarrierKind::None,
    header_words: 1,
    copy_reserve: false,
};

pub struct Factory;

impl PolicyFactory for Factory {
    fn constraints(&self) -> Constraints {
        CONSTRAINTS
    }
    fn create(&self, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError> {
        Ok(Box::new(MarkSweep::new(types, config)?))
    }
}

pub struct MarkSweep {
    core: Core,
    space: FreeListSpace,
    /// Collect before the footprint grows past this (twice the live data, at least
    /// `initial_space`).
    threshold: usize,
}

impl MarkSweep {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<MarkSweep, GcError> {
        let core = Core::new(types, config)?;
        Ok(MarkSweep { core, space: FreeListSpace::new(), threshold: config.initial_space })
    }

    fn soft_limit(&self) -> usize {
        if self.threshold < self.core.max_heap { self.threshold } else { self.core.max_heap }
    }
}

impl Gc for MarkSweep {
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
        let mut limit = self.soft_limit();
        loop {
            if let Some(start) = self.space.alloc(&mut self.core.arena, WORD, total, limit)? {
                return self.core.init_object(start, WORD, body, tid, length, 0);
            }
            if collected {
                if limit == self.core.max_heap {
                    return Err(self.core.oom(total));
                }
                limit = self.core.max_heap;
            } else {
                self.collect()?;
                collected = true;
                limit = self.soft_limit();
            }
        }
    }

    fn collect(&mut self) -> Result<(), GcError> {
        self.core.begin_collection(true, "marksweep: mark");
        let skip = match self.core.config.fault {
            Fault::SkipTraceField(n) => n,
            _ => 0,
        };
        mark::mark_from_roots(&mut self.core, skip)?;
        let mut survivors = Vec::new();
        for i in 0..self.core.ids.len() {
            let a = self.core.ids.addr(i);
            survivors.push(if mark::is_marked(&self.core, a)? { a } else { Addr::NULL });
        }
        self.core.update_ids(survivors);
        self.core.phase("marksweep: sweep");
        let mut work = 0;
        self.space.sweep(&mut self.core.arena, &mut work)?;
        self.core.work(work);
        let live = self.space.live_bytes;
        self.threshold = if 2 * live > self.core.config.initial_space { 2 * live } else { self.core.config.initial_space };
        self.core.end_collection();
        Ok(())
    }

    fn can_move(&self, _obj: Addr) -> bool {
        false
    }
}
