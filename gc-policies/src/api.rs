//! The interface every GC policy implements, and what a policy declares about itself.
//!
//! Object references are [`Addr`]s pointing just past the GC header (the "body"); field
//! offsets are body offsets from the type tables. The mutator keeps every reference that
//! must survive an allocation in a root slot (shadow stack or static root) and reloads it
//! afterwards: any allocation may collect and a moving policy then updates only the slots.

use crate::arena::{Addr, Arena, MemError};
use crate::common::core::Core;
use crate::types::{TypeId, TypeTable};

/// Which write barrier compiled code must emit before storing a GC pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarrierKind {
    None,
    /// One bit per group of array items, in the object's extra header words.
    Card,
    /// Test a header flag; remember the object when set (then clear it).
    HeaderFlag,
    /// Header flag for ordinary objects, cards for large arrays of pointers.
    HeaderFlagAndCards,
}

/// What a policy requires from the translator and the runtime (MMTk-style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Constraints {
    pub name: &'static str,
    pub moves_objects: bool,
    pub generational: bool,
    pub barrier: BarrierKind,
    /// Header words in front of every object (large arrays may add card words).
    pub header_words: usize,
    /// Needs a copy reserve as large as the live data (semispace).
    pub copy_reserve: bool,
}

/// Test-only fault injection: make a policy deliberately wrong in one place, to check
/// that the checked arena catches the bug. `Fault::None` in normal use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// markcompact: do not update the n-th heap reference (1-based) in the first collection.
    SkipReferenceUpdate(usize),
    /// markcompact: restore a wrong type id into the n-th moved object (1-based).
    CorruptTypeId(usize),
    /// semispace: do not update the first non-null shadow-stack root.
    SkipRootUpdate,
    /// marksweep: do not trace the n-th pointer field (1-based) during marking.
    SkipTraceField(usize),
    /// generational: the write barrier does nothing.
    SkipBarrier,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GcConfig {
    /// Hard limit on the footprint (bytes held from the OS, reserves included).
    pub max_heap: usize,
    /// Nursery size of generational policies.
    pub nursery_bytes: usize,
    /// Initial space size / collection threshold of the other policies.
    pub initial_space: usize,
    /// Collect before every allocation.
    pub stress: bool,
    pub fault: Fault,
}

impl GcConfig {
    pub fn new() -> GcConfig {
        GcConfig { max_heap: 64 << 20, nursery_bytes: 256 << 10, initial_space: 256 << 10, stress: false, fault: Fault::None }
    }
}

impl Default for GcConfig {
    fn default() -> GcConfig {
        GcConfig::new()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum GcError {
    /// The request cannot be met within `max_heap` even after collecting.
    OutOfMemory { requested: usize, max_heap: usize, footprint: usize },
    /// A bad memory access caught by the checked arena (a GC or mutator bug).
    Mem(MemError),
    /// A malformed request (unknown type id, fixed/var mismatch, unknown policy).
    BadRequest(String),
}

impl From<MemError> for GcError {
    fn from(e: MemError) -> GcError {
        GcError::Mem(e)
    }
}

impl GcError {
    pub fn message(&self) -> String {
        match self {
            GcError::OutOfMemory { requested, max_heap, footprint } => format!(
                "out of memory: {} bytes requested, footprint {} of max heap {} bytes", requested, footprint, max_heap),
            GcError::Mem(e) => e.message(),
            GcError::BadRequest(s) => format!("bad request: {}", s),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GcStats {
    pub collections: u64,
    pub minor_collections: u64,
    pub major_collections: u64,
    /// Longest single collection, in work units (words scanned, copied or moved, plus
    /// one per cell or object visited by a sweep or heap walk).
    pub max_pause_work: u64,
    /// Longest minor collection (generational policies).
    pub max_minor_pause_work: u64,
    pub total_work: u64,
    /// Footprint now and at its peak (bytes held from the OS, reserves included).
    pub heap_bytes: usize,
    pub peak_heap_bytes: usize,
    /// Bytes of live object records (headers included) now and at the peak.
    pub live_bytes: usize,
    pub peak_live_bytes: usize,
    /// Largest `live_bytes` seen at the end of a collection (≈ the reachable data for
    /// full collections; includes the not-yet-collected old garbage after minor ones).
    pub max_live_after_collection: usize,
    pub allocations: u64,
    pub allocated_bytes: u64,
}

pub trait Gc {
    fn constraints(&self) -> Constraints;
    fn core(&self) -> &Core;
    fn core_mut(&mut self) -> &mut Core;

    /// Allocate a zeroed object whose body is `body` bytes (sizes already checked);
    /// the header and the length field must be initialised.
    fn allocate(&mut self, tid: TypeId, length: usize, body: usize) -> Result<Addr, GcError>;

    /// A full collection.
    fn collect(&mut self) -> Result<(), GcError>;

    /// A minor collection where the policy has one; a full one otherwise.
    fn collect_minor(&mut self) -> Result<(), GcError> {
        self.collect()
    }

    /// Called before storing `new_value` into the pointer field at `field_offset` of `obj`.
    fn write_barrier(&mut self, obj: Addr, field_offset: usize, new_value: Addr) -> Result<(), GcError> {
        let _ = (obj, field_offset, new_value);
        Ok(())
    }

    /// Whether this object may move in a future collection.
    fn can_move(&self, obj: Addr) -> bool;

    // ---- provided ----

    fn malloc_fixed(&mut self, tid: TypeId) -> Result<Addr, GcError> {
        let body = self.core().size_request(tid, 0, false)?;
        self.allocate(tid, 0, body)
    }

    fn malloc_var(&mut self, tid: TypeId, length: usize) -> Result<Addr, GcError> {
        let body = self.core().size_request(tid, length, true)?;
        self.allocate(tid, length, body)
    }

    fn set_max_heap(&mut self, bytes: usize) {
        self.core_mut().max_heap = bytes;
    }

    /// A unique id, stable across moves, for as long as the object lives.
    fn id(&mut self, obj: Addr) -> Result<u64, GcError> {
        self.core().arena.check_object(obj, "id")?;
        Ok(self.core_mut().ids.get_or_assign(obj))
    }

    fn identity_hash(&mut self, obj: Addr) -> Result<u64, GcError> {
        let id = self.id(obj)?;
        Ok(id.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 16)
    }

    fn stats(&self) -> GcStats {
        self.core().stats()
    }

    fn arena(&self) -> &Arena {
        &self.core().arena
    }

    fn types(&self) -> &TypeTable {
        &self.core().types
    }

    // ---- roots: the shadow stack and static roots ----

    fn push_root(&mut self, v: Addr) -> usize {
        self.core_mut().roots.stack.push(v);
        self.core().roots.stack.len() - 1
    }

    fn pop_root(&mut self) -> Addr {
        match self.core_mut().roots.stack.pop() {
            Some(v) => v,
            None => Addr::NULL,
        }
    }

    fn root(&self, slot: usize) -> Addr {
        self.core().roots.stack[slot]
    }

    fn set_root(&mut self, slot: usize, v: Addr) {
        self.core_mut().roots.stack[slot] = v;
    }

    fn root_depth(&self) -> usize {
        self.core().roots.stack.len()
    }

    fn truncate_roots(&mut self, depth: usize) {
        self.core_mut().roots.stack.truncate(depth);
    }

    fn add_static_root(&mut self, v: Addr) -> usize {
        self.core_mut().roots.statics.push(v);
        self.core().roots.statics.len() - 1
    }

    fn static_root(&self, i: usize) -> Addr {
        self.core().roots.statics[i]
    }

    fn set_static_root(&mut self, i: usize, v: Addr) {
        self.core_mut().roots.statics[i] = v;
    }

    // ---- field access, as compiled code does it ----

    fn load_ptr(&self, obj: Addr, ofs: usize) -> Result<Addr, GcError> {
        Ok(self.core().arena.read_ptr(obj, ofs)?)
    }

    fn store_ptr(&mut self, obj: Addr, ofs: usize, v: Addr) -> Result<(), GcError> {
        self.write_barrier(obj, ofs, v)?;
        Ok(self.core_mut().arena.write_ptr(obj, ofs, v)?)
    }

    fn load_word(&self, obj: Addr, ofs: usize) -> Result<u64, GcError> {
        Ok(self.core().arena.read_word(obj, ofs)?)
    }

    fn store_word(&mut self, obj: Addr, ofs: usize, v: u64) -> Result<(), GcError> {
        Ok(self.core_mut().arena.write_word(obj, ofs, v)?)
    }

    fn load_byte(&self, obj: Addr, ofs: usize) -> Result<u8, GcError> {
        Ok(self.core().arena.read_byte(obj, ofs)?)
    }

    fn store_byte(&mut self, obj: Addr, ofs: usize, v: u8) -> Result<(), GcError> {
        Ok(self.core_mut().arena.write_byte(obj, ofs, v)?)
    }

    /// Type id from the object's header.
    fn type_of(&self, obj: Addr) -> Result<TypeId, GcError> {
        self.core().tid_of(obj)
    }

    /// Length of a variable-size object (0 for fixed-size ones).
    fn length(&self, obj: Addr) -> Result<usize, GcError> {
        let tid = self.core().tid_of(obj)?;
        self.core().length_of(obj, tid)
    }

    /// Verify the whole heap: headers agree with the checker's type ids, no GC flag is
    /// left set, every pointer field and root is null or a live object. Returns the
    /// number of live objects.
    fn check_heap(&self) -> Result<usize, GcError> {
        self.core().check_heap()
    }
}
