//! Address-space management of the checked arena: regions (the GC's `mmap`), records
//! (objects and raw blocks placed in regions), and the moves of a copying or sliding GC.

use super::{Addr, Arena, MemError, MemErrorKind, RecKind, RecState, Record};
use crate::types::{round_up, TypeId, WORD};

/// Lowest address of the simulated address space (so that small integers are never valid).
pub const BASE: usize = 0x10000;
pub const PAGE: usize = 4096;
/// Size of the simulated address space.
const LIMIT: usize = 1 << 40;

pub struct Region {
    pub start: usize,
    pub size: usize,
    /// Lazy regions count toward the footprint only up to the highest touched page.
    pub lazy: bool,
    pub touched: usize,
    pub name: &'static str,
}

impl Region {
    fn committed(&self) -> usize {
        if self.lazy {
            let t = round_up(self.touched, PAGE);
            if t > self.size { self.size } else { t }
        } else {
            self.size
        }
    }
}

impl Arena {
    /// Map a region of at least `size` bytes; returns its start address.
    pub fn map(&mut self, size: usize, lazy: bool, name: &'static str) -> Result<usize, MemError> {
        let size = round_up(if size == 0 { PAGE } else { size }, PAGE);
        let mut start = 0;
        for i in 0..self.holes.len() {
            let (hs, hl) = self.holes[i];
            if hl >= size {
                start = hs;
                if hl == size {
                    self.holes.remove(i);
                } else {
                    self.holes[i] = (hs + size, hl - size);
                }
                break;
            }
        }
        if start == 0 {
            if self.brk + size > BASE + LIMIT {
                return Err(self.err(MemErrorKind::AddressSpace, "map", self.brk, format!("address space exhausted mapping {} bytes", size)));
            }
            start = self.brk;
            self.brk += size;
        }
        let region = Region { start, size, lazy, touched: if lazy { 0 } else { size }, name };
        self.footprint += region.committed();
        if self.footprint > self.peak_footprint {
            self.peak_footprint = self.footprint;
        }
        let mut pos = self.regions.len();
        while pos > 0 && self.regions[pos - 1].start > start {
            pos -= 1;
        }
        self.regions.insert(pos, region);
        Ok(start)
    }

    pub fn region_of(&self, addr: usize) -> Option<usize> {
        let mut lo = 0;
        let mut hi = self.regions.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let r = &self.regions[mid];
            if addr < r.start {
                hi = mid;
            } else if addr >= r.start + r.size {
                lo = mid + 1;
            } else {
                return Some(mid);
            }
        }
        None
    }

    fn region_at(&self, start: usize, op: &'static str) -> Result<usize, MemError> {
        match self.region_of(start) {
            Some(r) if self.regions[r].start == start => Ok(r),
            _ => Err(self.err(MemErrorKind::Unmapped, op, start, format!("0x{:x} is not the start of a mapped region", start))),
        }
    }

    /// Unmap a region; every record still in it dies.
    pub fn unmap(&mut self, start: usize) -> Result<(), MemError> {
        let r = self.region_at(start, "unmap")?;
        let size = self.regions[r].size;
        self.release(start, size)?;
        self.footprint -= self.regions[r].committed();
        self.regions.remove(r);
        self.holes.push((start, size));
        self.holes.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for i in 0..self.holes.len() {
            let (s, l) = self.holes[i];
            let n = merged.len();
            if n > 0 && merged[n - 1].0 + merged[n - 1].1 == s {
                merged[n - 1].1 += l;
            } else {
                merged.push((s, l));
            }
        }
        self.holes = merged;
        Ok(())
    }

    /// Every record in `[start, start+size)` dies (forwarded ones become "copied");
    /// the memory is zeroed.
    pub fn release(&mut self, start: usize, size: usize) -> Result<(), MemError> {
        let mut a = start;
        let end = start + size;
        // Nothing is owned above the highest address ever touched.
        let touched_end = if BASE + self.mem.len() < end { BASE + self.mem.len() } else { end };
        while a < touched_end {
            let o = self.owner_at(a);
            if o == 0 {
                a += WORD;
                continue;
            }
            let rec = (o - 1) as usize;
            if self.records[rec].start < start || self.records[rec].end() > end {
                let d = format!("releasing 0x{:x}..0x{:x} would cut {}", start, end, self.describe(rec));
                return Err(self.err(MemErrorKind::Overlap, "release", a, d));
            }
            self.kill(rec);
            a = self.records[rec].end();
        }
        let lo = start - BASE;
        let hi = if end - BASE < self.mem.len() { end - BASE } else { self.mem.len() };
        let mut i = lo;
        while i < hi {
            self.mem[i] = 0;
            i += 1;
        }
        let mut w = lo / WORD;
        while w < hi / WORD {
            self.tags[w] = 0;
            w += 1;
        }
        Ok(())
    }

    fn kill(&mut self, rec: usize) {
        let c = self.collection;
        let r = &self.records[rec];
        let (start, end) = (r.start, r.end());
        let new_state = match r.state {
            RecState::Forwarded { to } => RecState::Copied { to, collection: c },
            RecState::Live => {
                if let RecKind::Object { tid: _, length: _ } = r.kind {
                    self.in_use -= r.size;
                }
                RecState::Freed { collection: c }
            }
            other => other,
        };
        self.records[rec].state = new_state;
        let mut a = start;
        while a < end {
            self.owner[(a - BASE) / WORD] = 0;
            a += WORD;
        }
    }

    /// Shrink a lazy region's footprint to its first `keep` bytes (nothing may live above).
    pub fn decommit(&mut self, region_start: usize, keep: usize) -> Result<(), MemError> {
        let r = self.region_at(region_start, "decommit")?;
        let touched = self.regions[r].touched;
        if keep < touched {
            self.release(region_start + keep, touched - keep)?;
            self.footprint -= self.regions[r].committed();
            self.regions[r].touched = keep;
            self.footprint += self.regions[r].committed();
        }
        Ok(())
    }

    fn place(&mut self, start: usize, hdr: usize, size: usize, kind: RecKind, op: &'static str) -> Result<Addr, MemError> {
        if start % WORD != 0 || size % WORD != 0 || hdr % WORD != 0 || size <= hdr {
            let d = format!("bad placement: start 0x{:x}, header {} bytes, size {} bytes", start, hdr, size);
            return Err(self.err(MemErrorKind::Misaligned, op, start, d));
        }
        let r = match self.region_of(start) {
            Some(r) => r,
            None => return Err(self.err(MemErrorKind::Unmapped, op, start, format!("placing {} bytes at unmapped 0x{:x}", size, start))),
        };
        let (rs, rsize) = (self.regions[r].start, self.regions[r].size);
        if start + size > rs + rsize {
            let d = format!("{} bytes at 0x{:x} overflow region '{}' (ends at 0x{:x})", size, start, self.regions[r].name, rs + rsize);
            return Err(self.err(MemErrorKind::OutOfBounds, op, start, d));
        }
        self.grow_to(start + size);
        let mut a = start;
        while a < start + size {
            let o = self.owner_at(a);
            if o != 0 {
                let d = format!("placing {} bytes at 0x{:x} overlaps {}", size, start, self.describe((o - 1) as usize));
                return Err(self.err(MemErrorKind::Overlap, op, a, d));
            }
            a += WORD;
        }
        self.records.push(Record { start, hdr, size, kind, state: RecState::Live, moved_from: 0, moved_in: 0 });
        let id = self.records.len() as u32;
        let mut a = start;
        while a < start + size {
            self.owner[(a - BASE) / WORD] = id;
            a += WORD;
        }
        self.touch(r, start + size);
        if let RecKind::Object { tid: _, length: _ } = kind {
            self.in_use += size;
            if self.in_use > self.peak_in_use {
                self.peak_in_use = self.in_use;
            }
        }
        Ok(Addr { raw: start + hdr, prov: id })
    }

    fn touch(&mut self, r: usize, end: usize) {
        let rel = end - self.regions[r].start;
        if rel > self.regions[r].touched {
            self.footprint -= self.regions[r].committed();
            self.regions[r].touched = rel;
            self.footprint += self.regions[r].committed();
            if self.footprint > self.peak_footprint {
                self.peak_footprint = self.footprint;
            }
        }
    }

    fn zero(&mut self, start: usize, size: usize) {
        let mut i = start - BASE;
        while i < start - BASE + size {
            self.mem[i] = 0;
            i += 1;
        }
        let mut w = (start - BASE) / WORD;
        while w < (start - BASE + size) / WORD {
            self.tags[w] = 0;
            w += 1;
        }
    }

    /// Register a zeroed object at `start` (header first); returns its base address.
    pub fn reserve_object(&mut self, start: usize, hdr: usize, body: usize, tid: TypeId, length: usize) -> Result<Addr, MemError> {
        let a = self.place(start, hdr, hdr + body, RecKind::Object { tid, length }, "reserve_object")?;
        self.zero(start, hdr + body);
        Ok(a)
    }

    /// Register a zeroed raw GC-internal block (free cell, gap, card table, ...).
    pub fn reserve_raw(&mut self, start: usize, hdr: usize, body: usize) -> Result<Addr, MemError> {
        let a = self.place(start, hdr, hdr + body, RecKind::Raw, "reserve_raw")?;
        self.zero(start, hdr + body);
        Ok(a)
    }

    /// Free one live record (object or raw block).
    pub fn free(&mut self, a: Addr) -> Result<(), MemError> {
        let rec = self.locate(a, "free", false)?;
        self.kill(rec);
        Ok(())
    }

    /// Copy a live object (header, body and pointer provenance) to a new record at `new_start`.
    pub fn copy_object(&mut self, old: Addr, new_start: usize) -> Result<Addr, MemError> {
        let rec = self.locate(old, "copy_object", false)?;
        let (start, hdr, size, kind) = (self.records[rec].start, self.records[rec].hdr, self.records[rec].size, self.records[rec].kind);
        if kind == RecKind::Raw {
            return Err(self.err(MemErrorKind::WrongKind, "copy_object", old.raw, format!("copying {}", self.describe(rec))));
        }
        let new = self.place(new_start, hdr, size, kind, "copy_object")?;
        for i in 0..size {
            self.mem[new_start - BASE + i] = self.mem[start - BASE + i];
        }
        for w in 0..size / WORD {
            self.tags[(new_start - BASE) / WORD + w] = self.tags[(start - BASE) / WORD + w];
        }
        Ok(new)
    }

    /// Record that `old` was copied to `new`: the old copy's first body word holds the
    /// forwarding address and the old object becomes unusable except for its header.
    pub fn set_forwarding(&mut self, old: Addr, new: Addr) -> Result<(), MemError> {
        let rec = self.locate(old, "set_forwarding", false)?;
        let to = self.locate(new, "set_forwarding (target)", false)?;
        if self.records[rec].kind != self.records[to].kind {
            let d = format!("forwarding {} to {}", self.describe(rec), self.describe(to));
            return Err(self.err(MemErrorKind::WrongKind, "set_forwarding", old.raw, d));
        }
        self.store(old.raw, new.raw as u64);
        self.tags[(old.raw - BASE) / WORD] = new.prov;
        self.records[rec].state = RecState::Forwarded { to: to as u32 };
        self.in_use -= self.records[rec].size;
        Ok(())
    }

    /// The forwarding address stored in an object copied during this collection.
    pub fn read_forwarding(&self, old: Addr) -> Result<Addr, MemError> {
        let rec = self.locate(old, "read_forwarding", true)?;
        match self.records[rec].state {
            RecState::Forwarded { to: _ } => {
                let w = (old.raw - BASE) / WORD;
                Ok(Addr { raw: self.load(old.raw) as usize, prov: self.tags[w] })
            }
            _ => Err(self.err(MemErrorKind::Header, "read_forwarding", old.raw, format!("{} was not forwarded", self.describe(rec)))),
        }
    }

    /// Slide a live object so that its base becomes `new_base` (memmove); addresses
    /// derived from the old base become stale.
    pub fn move_object(&mut self, obj: Addr, new_base: usize) -> Result<Addr, MemError> {
        let rec = self.locate(obj, "move_object", false)?;
        let (start, hdr, size) = (self.records[rec].start, self.records[rec].hdr, self.records[rec].size);
        if new_base == obj.raw {
            return Ok(obj);
        }
        let new_start = new_base - hdr;
        let r = match self.region_of(start) {
            Some(r) => r,
            None => return Err(self.err(MemErrorKind::Unmapped, "move_object", start, String::from("object outside any region"))),
        };
        let rs = self.regions[r].start;
        if new_start % WORD != 0 || new_start < rs || new_start + size > rs + self.regions[r].size {
            let d = format!("moving {} to 0x{:x} leaves its region", self.describe(rec), new_base);
            return Err(self.err(MemErrorKind::OutOfBounds, "move_object", new_base, d));
        }
        let mut a = new_start;
        while a < new_start + size {
            let o = self.owner_at(a);
            if o != 0 && o as usize != rec + 1 {
                let d = format!("moving {} to 0x{:x} overlaps {}", self.describe(rec), new_base, self.describe((o - 1) as usize));
                return Err(self.err(MemErrorKind::Overlap, "move_object", a, d));
            }
            a += WORD;
        }
        let mut bytes: Vec<u8> = Vec::with_capacity(size);
        for i in 0..size {
            bytes.push(self.mem[start - BASE + i]);
        }
        let mut tags: Vec<u32> = Vec::with_capacity(size / WORD);
        for w in 0..size / WORD {
            tags.push(self.tags[(start - BASE) / WORD + w]);
            self.owner[(start - BASE) / WORD + w] = 0;
            self.tags[(start - BASE) / WORD + w] = 0;
        }
        for i in 0..size {
            self.mem[new_start - BASE + i] = bytes[i];
        }
        for w in 0..size / WORD {
            self.owner[(new_start - BASE) / WORD + w] = (rec + 1) as u32;
            self.tags[(new_start - BASE) / WORD + w] = tags[w];
        }
        self.records[rec].moved_from = obj.raw;
        self.records[rec].start = new_start;
        self.records[rec].moved_in = self.collection;
        self.touch(r, new_start + size);
        Ok(Addr { raw: new_base, prov: (rec + 1) as u32 })
    }
}
