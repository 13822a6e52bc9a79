//! Object ids that stay stable across moves: a table sorted by address, holding only the
//! objects whose id was asked for. Collections drop the dead entries and rewrite the
//! moved ones (`take`, then `keep` for each survivor, then `finish`).

use crate::arena::Addr;

#[derive(Clone, Debug, Default)]
pub struct IdTable {
    /// (address, id, provenance), sorted by address.
    entries: Vec<(usize, u64, u32)>,
    next: u64,
}

impl IdTable {
    pub fn new() -> IdTable {
        IdTable { entries: Vec::new(), next: 1 }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn find(&self, raw: usize) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.entries.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let a = self.entries[mid].0;
            if a == raw {
                return Ok(mid);
            }
            if a < raw {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Err(lo)
    }

    pub fn get_or_assign(&mut self, obj: Addr) -> u64 {
        match self.find(obj.raw) {
            Ok(i) => self.entries[i].1,
            Err(i) => {
                let id = self.next;
                self.next += 1;
                self.entries.insert(i, (obj.raw, id, obj.prov));
                id
            }
        }
    }

    pub fn addr(&self, i: usize) -> Addr {
        Addr { raw: self.entries[i].0, prov: self.entries[i].2 }
    }

    pub fn id(&self, i: usize) -> u64 {
        self.entries[i].1
    }

    /// Take all entries out, to be re-added with `keep` and sorted with `finish`.
    pub fn take(&mut self) -> Vec<(usize, u64, u32)> {
        let mut out = Vec::new();
        std::mem::swap(&mut out, &mut self.entries);
        out
    }

    pub fn keep(&mut self, obj: Addr, id: u64) {
        self.entries.push((obj.raw, id, obj.prov));
    }

    pub fn finish(&mut self) {
        let mut order: Vec<(usize, usize)> = Vec::new();
        for i in 0..self.entries.len() {
            order.push((self.entries[i].0, i));
        }
        order.sort();
        let mut sorted = Vec::with_capacity(order.len());
        for k in 0..order.len() {
            sorted.push(self.entries[order[k].1]);
        }
        self.entries = sorted;
    }
}
