//! A non-moving space: pages of one size class each, with free lists threaded through the
//! free cells, and large objects in their own regions. Swept with the `MARKED` bit.
//! Used by mark-sweep and as the old space of the generational policy.

use crate::arena::{Addr, Arena, MemError, PAGE};
use crate::common::header;
use crate::types::{round_up, WORD};

/// Objects above this total size (header included) get their own region.
pub const SMALL_MAX: usize = 2048;
/// Number of size classes (index = cell size / WORD).
pub const NCLASSES: usize = SMALL_MAX / WORD + 1;

pub struct FreeListSpace {
    /// Free-list heads by size class (index = cell size / WORD); free cells are raw blocks
    /// with a `FREE_CELL` header word and the next cell in their first body word.
    heads: Vec<Addr>,
    /// Number of free cells by size class.
    free_cells: Vec<usize>,
    /// (page start, cell size)
    pages: Vec<(usize, usize)>,
    /// (region start, header bytes) of large objects.
    large: Vec<(usize, usize)>,
    /// Bytes of marked objects found by the last sweep.
    pub live_bytes: usize,
}

impl FreeListSpace {
    pub fn new() -> FreeListSpace {
        let mut heads = Vec::new();
        let mut free_cells = Vec::new();
        for _ in 0..NCLASSES {
            heads.push(Addr::NULL);
            free_cells.push(0);
        }
        FreeListSpace { heads, free_cells, pages: Vec::new(), large: Vec::new(), live_bytes: 0 }
    }

    /// The size class of an object, or `None` if it gets its own region.
    pub fn class_of(hdr: usize, total: usize) -> Option<usize> {
        if total > SMALL_MAX || hdr != WORD {
            None
        } else {
            Some(total / WORD)
        }
    }

    /// New footprint needed to allocate `need[c]` more cells of each class `c` (so a
    /// caller can make sure a collection will not run out of memory half-way).
    pub fn bytes_needed(&self, need: &[usize]) -> usize {
        let mut bytes = 0;
        for c in 1..need.len() {
            if need[c] > self.free_cells[c] {
                let per_page = PAGE / (c * WORD);
                bytes += (need[c] - self.free_cells[c] + per_page - 1) / per_page * PAGE;
            }
        }
        bytes
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Room for an object of `total` bytes with an `hdr`-byte header; returns its start,
    /// or `None` if getting it would take the arena's footprint above `limit`.
    pub fn alloc(&mut self, arena: &mut Arena, hdr: usize, total: usize, limit: usize) -> Result<Option<usize>, MemError> {
        if FreeListSpace::class_of(hdr, total).is_none() {
            let bytes = round_up(total, PAGE);
            if arena.footprint() + bytes > limit {
                return Ok(None);
            }
            let start = arena.map(bytes, false, "large object")?;
            self.large.push((start, hdr));
            return Ok(Some(start));
        }
        let class = total / WORD;
        if self.heads[class].is_null() {
            if arena.footprint() + PAGE > limit {
                return Ok(None);
            }
            let start = arena.map(PAGE, false, "size-class page")?;
            self.pages.push((start, total));
            let mut head = Addr::NULL;
            for k in (0..PAGE / total).rev() {
                head = free_cell(arena, start + k * total, total, head)?;
            }
            self.heads[class] = head;
            self.free_cells[class] += PAGE / total;
        }
        self.free_cells[class] -= 1;
        let cell = self.heads[class];
        self.heads[class] = arena.read_ptr(cell, 0)?;
        arena.free(cell)?;
        Ok(Some(cell.raw - WORD))
    }

    /// Free every unmarked object, clear the marks of the others, rebuild the free lists
    /// and return empty pages. Adds one work unit per cell or large object to `work`.
    pub fn sweep(&mut self, arena: &mut Arena, work: &mut u64) -> Result<(), MemError> {
        for i in 0..self.heads.len() {
            self.heads[i] = Addr::NULL;
            self.free_cells[i] = 0;
        }
        self.live_bytes = 0;
        let old_pages = std::mem::replace(&mut self.pages, Vec::new());
        for p in 0..old_pages.len() {
            let (start, cell) = old_pages[p];
            let mut free: Vec<Addr> = Vec::new();
            let n = PAGE / cell;
            for k in 0..n {
                *work += 1;
                let a = arena.rederive(start + k * cell + WORD)?;
                let h = arena.read_header(a, 0)?;
                if header::has(h, header::FREE_CELL) {
                    free.push(a);
                } else if header::has(h, header::MARKED) {
                    arena.write_header(a, 0, h & !header::MARKED)?;
                    self.live_bytes += cell;
                } else {
                    arena.free(a)?;
                    free.push(free_cell(arena, start + k * cell, cell, Addr::NULL)?);
                }
            }
            if free.len() == n {
                arena.unmap(start)?;
                continue;
            }
            self.pages.push((start, cell));
            let class = cell / WORD;
            let mut head = self.heads[class];
            for j in (0..free.len()).rev() {
                arena.write_ptr(free[j], 0, head)?;
                head = free[j];
            }
            self.heads[class] = head;
            self.free_cells[class] += free.len();
        }
        let old_large = std::mem::replace(&mut self.large, Vec::new());
        for i in 0..old_large.len() {
            let (start, hdr) = old_large[i];
            *work += 1;
            let a = arena.rederive(start + hdr)?;
            let h = arena.read_header(a, 0)?;
            if header::has(h, header::MARKED) {
                arena.write_header(a, 0, h & !header::MARKED)?;
                self.live_bytes += arena.record(a.prov as usize - 1).size;
                self.large.push((start, hdr));
            } else {
                arena.unmap(start)?;
            }
        }
        Ok(())
    }
}

impl Default for FreeListSpace {
    fn default() -> FreeListSpace {
        FreeListSpace::new()
    }
}

/// Make a free cell at `start` pointing to `next`.
fn free_cell(arena: &mut Arena, start: usize, size: usize, next: Addr) -> Result<Addr, MemError> {
    let c = arena.reserve_raw(start, WORD, size - WORD)?;
    arena.write_header(c, 0, header::make(0, header::FREE_CELL))?;
    arena.write_ptr(c, 0, next)?;
    Ok(c)
}
