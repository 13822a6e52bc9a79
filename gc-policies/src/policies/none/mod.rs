//! `none`: bump allocation in one region, never frees anything.

use crate::api::{BarrierKind, Constraints, Gc, GcConfig, GcError};
use crate::arena::Addr;
use crate::common::core::Core;
use crate::policies::PolicyFactory;
use crate::types::{TypeId, TypeTable, WORD};

pub const CONSTRAINTS: Constraints = Constraints {
    name: "none",
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
        Ok(Box::new(NoneGc::new(types, config)?))
    }
}

pub struct NoneGc {
    core: Core,
    start: usize,
    top: usize,
    end: usize,
}

impl NoneGc {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<NoneGc, GcError> {
        let mut core = Core::new(types, config)?;
        let size = config.max_heap;
        let start = core.arena.map(size, true, "bump")?;
        Ok(NoneGc { core, start, top: start, end: start + size })
    }
}

impl Gc for NoneGc {
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
        if self.top + total > self.end || self.top + total - self.start > self.core.max_heap {
            return Err(self.core.oom(total));
        }
        let start = self.top;
        self.top += total;
        self.core.init_object(start, WORD, body, tid, length, 0)
    }

    fn collect(&mut self) -> Result<(), GcError> {
        self.core.begin_collection(true, "none: collect (no-op)");
        self.core.end_collection();
        Ok(())
    }

    fn can_move(&self, _obj: Addr) -> bool {
        false
    }
}
