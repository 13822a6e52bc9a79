//! State every policy has: the arena, the type tables, roots, the id table, the limit,
//! the counters; and the object-level helpers built on them.

use crate::api::{GcConfig, GcError, GcStats};
use crate::arena::{Addr, Arena, MemError, MemErrorKind, RecKind, RecState};
use crate::common::header;
use crate::common::ids::IdTable;
use crate::common::roots::Roots;
use crate::types::{TypeId, TypeTable};

#[derive(Clone, Debug, Default)]
pub struct Counters {
    pub collections: u64,
    pub minor: u64,
    pub major: u64,
    pub max_pause: u64,
    pub max_minor_pause: u64,
    pub total_work: u64,
    pub allocations: u64,
    pub allocated_bytes: u64,
    pub max_live_after: usize,
}

pub struct Core {
    pub arena: Arena,
    pub types: TypeTable,
    pub roots: Roots,
    pub ids: IdTable,
    pub config: GcConfig,
    pub max_heap: usize,
    pub counters: Counters,
    pause: u64,
    pause_is_major: bool,
}

impl Core {
    pub fn new(types: &TypeTable, config: &GcConfig) -> Result<Core, GcError> {
        if let Err(e) = types.validate() {
            return Err(GcError::BadRequest(e));
        }
        Ok(Core {
            arena: Arena::new(types),
            types: types.clone(),
            roots: Roots::new(),
            ids: IdTable::new(),
            config: config.clone(),
            max_heap: config.max_heap,
            counters: Counters::default(),
            pause: 0,
            pause_is_major: false,
        })
    }

    /// Validate an allocation request; returns the body size in bytes.
    pub fn size_request(&self, tid: TypeId, length: usize, var: bool) -> Result<usize, GcError> {
        if !self.types.is_valid(tid) {
            return Err(GcError::BadRequest(format!("unknown type id {}", tid)));
        }
        if self.types.is_varsize(tid) != var {
            let what = if var { "malloc_var of fixed-size" } else { "malloc_fixed of variable-size" };
            return Err(GcError::BadRequest(format!("{} type {}", what, self.types.name(tid))));
        }
        match self.types.body_size(tid, length) {
            Some(b) if b <= self.max_heap => Ok(b),
            _ => Err(self.oom(usize::MAX)),
        }
    }

    pub fn oom(&self, requested: usize) -> GcError {
        GcError::OutOfMemory { requested, max_heap: self.max_heap, footprint: self.arena.footprint() }
    }

    /// Register and initialise an object at `start`: header word 0 and the length field.
    pub fn init_object(&mut self, start: usize, hdr: usize, body: usize, tid: TypeId, length: usize, flags: u64) -> Result<Addr, GcError> {
        let obj = self.arena.reserve_object(start, hdr, body, tid, length)?;
        self.arena.write_header(obj, 0, header::make(tid, flags))?;
        if let Some(ofs) = self.types.length_offset(tid) {
            self.arena.write_word(obj, ofs, length as u64)?;
        }
        self.counters.allocations += 1;
        self.counters.allocated_bytes += (hdr + body) as u64;
        Ok(obj)
    }

    pub fn begin_collection(&mut self, major: bool, phase: &'static str) {
        self.arena.collection += 1;
        self.arena.phase = phase;
        self.pause = 0;
        self.pause_is_major = major;
        self.counters.collections += 1;
        if major {
            self.counters.major += 1;
        } else {
            self.counters.minor += 1;
        }
    }

    pub fn phase(&mut self, phase: &'static str) {
        self.arena.phase = phase;
    }

    pub fn work(&mut self, units: u64) {
        self.pause += units;
    }

    pub fn end_collection(&mut self) {
        if self.pause > self.counters.max_pause {
            self.counters.max_pause = self.pause;
        }
        if !self.pause_is_major && self.pause > self.counters.max_minor_pause {
            self.counters.max_minor_pause = self.pause;
        }
        self.counters.total_work += self.pause;
        if self.arena.bytes_in_use() > self.counters.max_live_after {
            self.counters.max_live_after = self.arena.bytes_in_use();
        }
        self.arena.phase = "mutator";
    }

    /// Type id read from the header (as the GC does), checked to be a known type.
    pub fn tid_of(&self, obj: Addr) -> Result<TypeId, GcError> {
        let h = self.arena.read_header(obj, 0)?;
        let tid = header::tid(h);
        if !self.types.is_valid(tid) {
            let e = MemError { kind: MemErrorKind::Header, op: "tid_of", addr: obj.raw, phase: self.arena.phase,
                detail: format!("header word 0x{:x} holds no valid type id", h) };
            return Err(GcError::Mem(e));
        }
        Ok(tid)
    }

    pub fn length_of(&self, obj: Addr, tid: TypeId) -> Result<usize, GcError> {
        match self.types.length_offset(tid) {
            Some(ofs) => Ok(self.arena.read_word(obj, ofs)? as usize),
            None => Ok(0),
        }
    }

    /// Body size in bytes of an object of known type and length.
    pub fn body_of(&self, tid: TypeId, length: usize) -> usize {
        match self.types.body_size(tid, length) {
            Some(b) => b,
            None => 0,
        }
    }

    pub fn stats(&self) -> GcStats {
        let c = &self.counters;
        GcStats {
            collections: c.collections,
            minor_collections: c.minor,
            major_collections: c.major,
            max_pause_work: c.max_pause,
            max_minor_pause_work: c.max_minor_pause,
            total_work: c.total_work,
            heap_bytes: self.arena.footprint(),
            peak_heap_bytes: self.arena.peak_footprint(),
            live_bytes: self.arena.bytes_in_use(),
            peak_live_bytes: self.arena.peak_bytes_in_use(),
            max_live_after_collection: c.max_live_after,
            allocations: c.allocations,
            allocated_bytes: c.allocated_bytes,
        }
    }

    /// Rebuild the id table after a collection: entry `i` of the table (in address order,
    /// see `ids.addr(i)`) now lives at `new[i]`, or died if `new[i]` is null.
    pub fn update_ids(&mut self, new: Vec<Addr>) {
        let old = self.ids.take();
        for i in 0..old.len() {
            if !new[i].is_null() {
                self.ids.keep(new[i], old[i].1);
            }
        }
        self.ids.finish();
    }

    pub fn check_heap(&self) -> Result<usize, GcError> {
        let mut count = 0;
        for i in 0..self.arena.record_count() {
            let r = self.arena.record(i);
            if r.state != RecState::Live {
                continue;
            }
            let (tid, length) = match r.kind {
                RecKind::Object { tid, length } => (tid, length),
                RecKind::Raw => continue,
            };
            count += 1;
            let obj = self.arena.record_addr(i);
            let h = self.arena.read_header(obj, 0)?;
            if header::tid(h) != tid || header::has(h, header::FORWARDED) || header::has(h, header::MARKED) {
                let d = format!("header 0x{:x} (type id {}, flags 0x{:x}) of {} does not match its type id {} or has stale GC flags",
                    h, header::tid(h), h & header::FLAG_BITS, self.arena.describe(i), tid);
                return Err(GcError::Mem(MemError { kind: MemErrorKind::Header, op: "check_heap", addr: obj.raw, phase: self.arena.phase, detail: d }));
            }
            if let Some(ofs) = self.types.length_offset(tid) {
                let n = self.arena.read_word(obj, ofs)?;
                if n != length as u64 {
                    let d = format!("length field {} of {}", n, self.arena.describe(i));
                    return Err(GcError::Mem(MemError { kind: MemErrorKind::BadLength, op: "check_heap", addr: obj.raw, phase: self.arena.phase, detail: d }));
                }
            }
            for k in 0..self.types.ptr_count(tid, length) {
                let ofs = self.types.ptr_offset(tid, length, k);
                let v = self.arena.read_ptr(obj, ofs)?;
                if let Err(mut e) = self.arena.check_object(v, "check_heap") {
                    e.detail = format!("pointer field at offset {} of {}: {}", ofs, self.arena.describe(i), e.detail);
                    return Err(GcError::Mem(e));
                }
            }
        }
        for i in 0..self.roots.count() {
            if let Err(mut e) = self.arena.check_object(self.roots.get(i), "check_heap") {
                e.detail = format!("root slot {}: {}", i, e.detail);
                return Err(GcError::Mem(e));
            }
        }
        Ok(count)
    }
}
