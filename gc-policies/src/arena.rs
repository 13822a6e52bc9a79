//! The checked memory model: a simulated address space in which every byte belongs to a
//! registered record (a GC object or a raw GC-internal block). Every access says which
//! record it goes through ([`Addr::prov`]), so an access outside the record, through an
//! address that went stale when its object was freed, copied or slid, or to a field of the
//! wrong kind (integer vs GC pointer, per the type tables) returns a [`MemError`] naming
//! the access, the object and what happened to it, instead of corrupting memory.
//!
//! Translated, `Addr` is a machine word (`prov` is check-only metadata), reads and writes
//! are loads and stores, `copy_object`/`move_object` are `memcpy`/`memmove`, and
//! `reserve_*`, `free`, `rederive` disappear.

mod space;

use crate::types::{FieldClass, TypeId, TypeTable, WORD};

pub use space::{BASE, PAGE};
use space::Region;

/// An address. `prov` is the provenance: 1 + the index of the record the address was
/// derived from, or 0 for a raw address (null, or a GC-computed address that is checked
/// against whatever record currently lives there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Addr {
    pub raw: usize,
    pub prov: u32,
}

impl Addr {
    pub const NULL: Addr = Addr { raw: 0, prov: 0 };

    pub fn from_raw(raw: usize) -> Addr {
        Addr { raw, prov: 0 }
    }

    pub fn is_null(self) -> bool {
        self.raw == 0
    }

    /// The same object at another address (where a moving GC will put it, or has put it).
    pub fn moved_to(self, raw: usize) -> Addr {
        Addr { raw, prov: self.prov }
    }

    /// Identity comparison, as compiled code does it.
    pub fn same(self, other: Addr) -> bool {
        self.raw == other.raw
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemErrorKind {
    NullDeref,
    Unmapped,
    NoObject,
    Misaligned,
    OutOfBounds,
    Stale,
    Interior,
    WrongKind,
    Overlap,
    BadLength,
    Header,
    AddressSpace,
}

/// A bad access: what was attempted (`op`), where (`addr`), in which GC phase, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct MemError {
    pub kind: MemErrorKind,
    pub op: &'static str,
    pub addr: usize,
    pub phase: &'static str,
    pub detail: String,
}

impl MemError {
    pub fn message(&self) -> String {
        format!("memory error ({:?}) in {} at 0x{:x} during {}: {}", self.kind, self.op, self.addr, self.phase, self.detail)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecKind {
    Object { tid: TypeId, length: usize },
    Raw,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecState {
    Live,
    /// Copied during the current collection; only header and forwarding word are readable.
    Forwarded { to: u32 },
    Freed { collection: u64 },
    Copied { to: u32, collection: u64 },
}

#[derive(Clone, Debug)]
pub struct Record {
    pub start: usize,
    /// Header bytes before the base address.
    pub hdr: usize,
    /// Total bytes, header included.
    pub size: usize,
    pub kind: RecKind,
    pub state: RecState,
    /// Previous base address if the object was slid (0 if never).
    pub moved_from: usize,
    pub moved_in: u64,
}

impl Record {
    pub fn base(&self) -> usize {
        self.start + self.hdr
    }
    pub fn end(&self) -> usize {
        self.start + self.size
    }
    pub fn body_size(&self) -> usize {
        self.size - self.hdr
    }
}

pub struct Arena {
    /// The checker's own copy of the type tables.
    pub types: TypeTable,
    mem: Vec<u8>,
    /// Per word: 1 + index of the record owning it, or 0.
    owner: Vec<u32>,
    /// Per word: provenance of the pointer stored there (0 for data).
    tags: Vec<u32>,
    records: Vec<Record>,
    regions: Vec<Region>,
    holes: Vec<(usize, usize)>,
    brk: usize,
    /// Incremented by the GC at each collection; used in messages.
    pub collection: u64,
    /// Current phase, set by the GC; used in messages.
    pub phase: &'static str,
    in_use: usize,
    peak_in_use: usize,
    footprint: usize,
    peak_footprint: usize,
}

enum Access {
    Word,
    Ptr,
    Byte,
}

impl Arena {
    pub fn new(types: &TypeTable) -> Arena {
        Arena {
            types: types.clone(),
            mem: Vec::new(),
            owner: Vec::new(),
            tags: Vec::new(),
            records: Vec::new(),
            regions: Vec::new(),
            holes: Vec::new(),
            brk: BASE,
            collection: 0,
            phase: "mutator",
            in_use: 0,
            peak_in_use: 0,
            footprint: 0,
            peak_footprint: 0,
        }
    }

    // ---- accounting ----

    /// Bytes of live objects (headers included).
    pub fn bytes_in_use(&self) -> usize {
        self.in_use
    }
    pub fn peak_bytes_in_use(&self) -> usize {
        self.peak_in_use
    }
    /// Bytes the GC holds from the "OS": eager regions in full, lazy ones up to their
    /// highest touched page.
    pub fn footprint(&self) -> usize {
        self.footprint
    }
    pub fn peak_footprint(&self) -> usize {
        self.peak_footprint
    }
    pub fn record_count(&self) -> usize {
        self.records.len()
    }
    pub fn record(&self, i: usize) -> &Record {
        &self.records[i]
    }
    /// The base address of record `i`, with its provenance.
    pub fn record_addr(&self, i: usize) -> Addr {
        Addr { raw: self.records[i].base(), prov: (i + 1) as u32 }
    }

    fn grow_to(&mut self, end: usize) {
        let bytes = end - BASE;
        if self.mem.len() < bytes {
            self.mem.resize(bytes, 0);
            self.owner.resize(bytes / WORD, 0);
            self.tags.resize(bytes / WORD, 0);
        }
    }

    fn err(&self, kind: MemErrorKind, op: &'static str, addr: usize, detail: String) -> MemError {
        MemError { kind, op, addr, phase: self.phase, detail }
    }

    fn owner_at(&self, addr: usize) -> u32 {
        if addr < BASE || addr % WORD != 0 {
            return 0;
        }
        let w = (addr - BASE) / WORD;
        if w < self.owner.len() {
            self.owner[w]
        } else {
            0
        }
    }

    /// "object #3 (Node, 32 bytes at 0x10000..0x10020)"
    pub fn describe(&self, rec: usize) -> String {
        let r = &self.records[rec];
        let what = match r.kind {
            RecKind::Object { tid, length } => {
                if self.types.is_valid(tid) && self.types.is_varsize(tid) {
                    format!("object #{} ({}[{}]", rec + 1, self.types.name(tid), length)
                } else {
                    format!("object #{} ({}", rec + 1, self.types.name(tid))
                }
            }
            RecKind::Raw => format!("raw block #{} (", rec + 1),
        };
        format!("{}, {} bytes at 0x{:x}..0x{:x})", what, r.size, r.start, r.end())
    }

    fn stale_reason(&self, rec: usize) -> String {
        match self.records[rec].state {
            RecState::Live => String::from("is live"),
            RecState::Forwarded { to } => format!(
                "was copied to 0x{:x} (#{}) in the current collection; its old copy holds only a header and a forwarding address",
                self.records[to as usize].base(), to + 1),
            RecState::Freed { collection } => format!("was freed in collection {}", collection),
            RecState::Copied { to, collection } => format!(
                "was copied to 0x{:x} (#{}) in collection {} and its old space released",
                self.records[to as usize].base(), to + 1, collection),
        }
    }

    /// Find the record an access through `base` goes to, checking provenance and liveness.
    fn locate(&self, base: Addr, op: &'static str, allow_forwarded: bool) -> Result<usize, MemError> {
        if base.raw == 0 {
            return Err(self.err(MemErrorKind::NullDeref, op, 0, String::from("null pointer dereference")));
        }
        if base.prov == 0 {
            let o = self.owner_at(base.raw);
            if o == 0 {
                let detail = match self.region_of(base.raw) {
                    Some(r) => format!("0x{:x} is not inside any live object (region '{}' at +0x{:x})",
                        base.raw, self.regions[r].name, base.raw - self.regions[r].start),
                    None => format!("0x{:x} is not mapped", base.raw),
                };
                let kind = if self.region_of(base.raw).is_some() { MemErrorKind::NoObject } else { MemErrorKind::Unmapped };
                return Err(self.err(kind, op, base.raw, detail));
            }
            let rec = (o - 1) as usize;
            if self.records[rec].base() != base.raw {
                let d = format!("0x{:x} is inside {} but is not its base address", base.raw, self.describe(rec));
                return Err(self.err(MemErrorKind::Interior, op, base.raw, d));
            }
            return self.check_state(rec, base, op, allow_forwarded);
        }
        let rec = (base.prov - 1) as usize;
        if rec >= self.records.len() {
            return Err(self.err(MemErrorKind::NoObject, op, base.raw, format!("forged provenance #{}", base.prov)));
        }
        self.check_state(rec, base, op, allow_forwarded)?;
        let r = &self.records[rec];
        if r.base() != base.raw {
            let d = if r.moved_from != 0 {
                format!("stale address: {} was moved from 0x{:x} to 0x{:x} in collection {}; this access used 0x{:x}",
                    self.describe(rec), r.moved_from, r.base(), r.moved_in, base.raw)
            } else {
                format!("0x{:x} is not the base address of {}", base.raw, self.describe(rec))
            };
            let kind = if r.moved_from != 0 { MemErrorKind::Stale } else { MemErrorKind::Interior };
            return Err(self.err(kind, op, base.raw, d));
        }
        Ok(rec)
    }

    fn check_state(&self, rec: usize, base: Addr, op: &'static str, allow_forwarded: bool) -> Result<usize, MemError> {
        match self.records[rec].state {
            RecState::Live => Ok(rec),
            RecState::Forwarded { to: _ } if allow_forwarded => Ok(rec),
            _ => {
                let d = format!("stale address: {} {}", self.describe(rec), self.stale_reason(rec));
                Err(self.err(MemErrorKind::Stale, op, base.raw, d))
            }
        }
    }

    /// Check an access of `n` bytes at `base + ofs`; returns the record and the absolute address.
    fn check_body(&self, base: Addr, ofs: usize, n: usize, op: &'static str, access: Access) -> Result<(usize, usize), MemError> {
        let rec = self.locate(base, op, false)?;
        let addr = base.raw + ofs;
        if addr % n != 0 {
            return Err(self.err(MemErrorKind::Misaligned, op, addr, format!("{}-byte access at offset {} of {} is misaligned", n, ofs, self.describe(rec))));
        }
        let r = &self.records[rec];
        if ofs + n > r.body_size() {
            let d = format!("offset {}..{} is outside the body ({} bytes) of {}", ofs, ofs + n, r.body_size(), self.describe(rec));
            return Err(self.err(MemErrorKind::OutOfBounds, op, addr, d));
        }
        if let RecKind::Object { tid, length } = r.kind {
            let class = self.types.classify(tid, length, ofs, n);
            let ok = match (&access, class) {
                (Access::Ptr, Some(FieldClass::Pointer)) => true,
                (Access::Word, Some(FieldClass::Data)) => true,
                (Access::Word, Some(FieldClass::Length)) => true,
                (Access::Byte, Some(FieldClass::Data)) => true,
                _ => false,
            };
            if !ok {
                let want = match access {
                    Access::Ptr => "GC-pointer",
                    Access::Word => "integer",
                    Access::Byte => "byte",
                };
                let d = format!("{} access to a {:?} field at offset {} of {}", want, class, ofs, self.describe(rec));
                return Err(self.err(MemErrorKind::WrongKind, op, addr, d));
            }
        }
        Ok((rec, addr))
    }

    fn load(&self, addr: usize) -> u64 {
        let i = addr - BASE;
        let mut v: u64 = 0;
        for k in 0..WORD {
            v |= (self.mem[i + k] as u64) << (8 * k);
        }
        v
    }

    fn store(&mut self, addr: usize, v: u64) {
        let i = addr - BASE;
        for k in 0..WORD {
            self.mem[i + k] = (v >> (8 * k)) as u8;
        }
        self.tags[i / WORD] = 0;
    }

    // ---- typed accesses ----

    pub fn read_word(&self, base: Addr, ofs: usize) -> Result<u64, MemError> {
        let (_, addr) = self.check_body(base, ofs, WORD, "read_word", Access::Word)?;
        Ok(self.load(addr))
    }

    pub fn write_word(&mut self, base: Addr, ofs: usize, v: u64) -> Result<(), MemError> {
        let (rec, addr) = self.check_body(base, ofs, WORD, "write_word", Access::Word)?;
        if let RecKind::Object { tid, length } = self.records[rec].kind {
            if self.types.classify(tid, length, ofs, WORD) == Some(FieldClass::Length) && v != length as u64 {
                let d = format!("writing {} into the length field of {}", v, self.describe(rec));
                return Err(self.err(MemErrorKind::BadLength, "write_word", addr, d));
            }
        }
        self.store(addr, v);
        Ok(())
    }

    pub fn read_byte(&self, base: Addr, ofs: usize) -> Result<u8, MemError> {
        let (_, addr) = self.check_body(base, ofs, 1, "read_byte", Access::Byte)?;
        Ok(self.mem[addr - BASE])
    }

    pub fn write_byte(&mut self, base: Addr, ofs: usize, v: u8) -> Result<(), MemError> {
        let (_, addr) = self.check_body(base, ofs, 1, "write_byte", Access::Byte)?;
        self.mem[addr - BASE] = v;
        self.tags[(addr - BASE) / WORD] = 0;
        Ok(())
    }

    pub fn read_ptr(&self, base: Addr, ofs: usize) -> Result<Addr, MemError> {
        let (_, addr) = self.check_body(base, ofs, WORD, "read_ptr", Access::Ptr)?;
        let raw = self.load(addr) as usize;
        if raw == 0 {
            return Ok(Addr::NULL);
        }
        Ok(Addr { raw, prov: self.tags[(addr - BASE) / WORD] })
    }

    /// Store a GC pointer; the value must be null or the base of a live object.
    pub fn write_ptr(&mut self, base: Addr, ofs: usize, v: Addr) -> Result<(), MemError> {
        if !v.is_null() {
            let target = self.locate(v, "write_ptr (value)", false)?;
            if self.records[target].kind == RecKind::Raw && self.records[self.locate(base, "write_ptr", true)?].kind != RecKind::Raw {
                let d = format!("storing raw block {} into an object field", self.describe(target));
                return Err(self.err(MemErrorKind::WrongKind, "write_ptr", v.raw, d));
            }
        }
        self.write_ptr_unchecked(base, ofs, v)
    }

    /// Store a GC pointer without checking the value (for addresses an object will have
    /// after compaction). The value is checked when it is used.
    pub fn write_ptr_unchecked(&mut self, base: Addr, ofs: usize, v: Addr) -> Result<(), MemError> {
        let (_, addr) = self.check_body(base, ofs, WORD, "write_ptr", Access::Ptr)?;
        self.store(addr, v.raw as u64);
        self.tags[(addr - BASE) / WORD] = v.prov;
        Ok(())
    }

    /// Header word `i` counted backwards from the base: 0 is the word just before it.
    pub fn read_header(&self, obj: Addr, i: usize) -> Result<u64, MemError> {
        let rec = self.locate(obj, "read_header", true)?;
        if WORD * (i + 1) > self.records[rec].hdr {
            let d = format!("header word {} of {} (header is {} bytes)", i, self.describe(rec), self.records[rec].hdr);
            return Err(self.err(MemErrorKind::Header, "read_header", obj.raw, d));
        }
        Ok(self.load(obj.raw - WORD * (i + 1)))
    }

    pub fn write_header(&mut self, obj: Addr, i: usize, v: u64) -> Result<(), MemError> {
        let rec = self.locate(obj, "write_header", true)?;
        if WORD * (i + 1) > self.records[rec].hdr {
            let d = format!("header word {} of {} (header is {} bytes)", i, self.describe(rec), self.records[rec].hdr);
            return Err(self.err(MemErrorKind::Header, "write_header", obj.raw, d));
        }
        self.store(obj.raw - WORD * (i + 1), v);
        Ok(())
    }

    /// Check that `v` is null or the base address of a live object; returns its record.
    pub fn check_object(&self, v: Addr, op: &'static str) -> Result<Option<usize>, MemError> {
        if v.is_null() {
            return Ok(None);
        }
        let rec = self.locate(v, op, false)?;
        if self.records[rec].kind == RecKind::Raw {
            return Err(self.err(MemErrorKind::WrongKind, op, v.raw, format!("{} is not a GC object", self.describe(rec))));
        }
        Ok(Some(rec))
    }

    /// The record whose base is at raw address `raw` (a heap walk's step), with provenance.
    pub fn rederive(&self, raw: usize) -> Result<Addr, MemError> {
        let rec = self.locate(Addr::from_raw(raw), "rederive", true)?;
        Ok(Addr { raw, prov: (rec + 1) as u32 })
    }

    /// Type id and length the checker knows for an object (not read from its header).
    pub fn object_kind(&self, obj: Addr) -> Result<RecKind, MemError> {
        let rec = self.locate(obj, "object_kind", true)?;
        Ok(self.records[rec].kind)
    }
}
