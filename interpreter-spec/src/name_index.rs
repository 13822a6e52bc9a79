//! A hash index over an append-only list of names (the heap's symbol
//! table, the program's global names), so finding a name's position does
//! not scan the whole list.
//!
//! Invariants:
//! - The index never owns the names: every call passes the list, which may
//!   only grow at the end (names are never removed or reordered).
//! - `slots` is empty or a power-of-two table at most half full; a slot
//!   holds 0 (empty) or 1 + the position of a name among the first
//!   `count` names, found by linear probing from the name's hash.
//! - `find` is exact even when the index lags behind the list: names past
//!   `count` are compared one by one; `catch_up` indexes them.

pub struct NameIndex {
    slots: Vec<usize>,
    count: usize,
}

/// FNV-1a over the name's bytes.
pub fn name_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes().iter() {
        h = (h ^ (*b as u64)).wrapping_mul(0x100000001b3);
    }
    h
}

impl NameIndex {
    pub fn new() -> NameIndex {
        NameIndex { slots: Vec::new(), count: 0 }
    }

    fn insert(&mut self, names: &Vec<String>, i: usize) {
        let mask = self.slots.len() - 1;
        let mut k = (name_hash(names[i].as_str()) as usize) & mask;
        while self.slots[k] != 0 {
            k = (k + 1) & mask;
        }
        self.slots[k] = i + 1;
    }

    /// Indexes every name of `names` not indexed yet.
    pub fn catch_up(&mut self, names: &Vec<String>) {
        if self.count >= names.len() {
            return;
        }
        if names.len() * 2 > self.slots.len() {
            let mut cap = 64;
            while cap < names.len() * 4 {
                cap = cap * 2;
            }
            self.slots = vec![0; cap];
            self.count = 0;
        }
        while self.count < names.len() {
            let i = self.count;
            self.insert(names, i);
            self.count += 1;
        }
    }

    /// Position of `s` in `names` (the first one, as a scan would find).
    pub fn find(&self, names: &Vec<String>, s: &str) -> Option<usize> {
        if self.count > 0 {
            let mask = self.slots.len() - 1;
            let mut k = (name_hash(s) as usize) & mask;
            while self.slots[k] != 0 {
                let i = self.slots[k] - 1;
                if names[i].as_str() == s {
                    return Some(i);
                }
                k = (k + 1) & mask;
            }
        }
        for i in self.count..names.len() {
            if names[i].as_str() == s {
                return Some(i);
            }
        }
        None
    }

    /// Position of `s`, appending it to `names` if absent.
    pub fn intern(&mut self, names: &mut Vec<String>, s: &str) -> usize {
        self.catch_up(names);
        if let Some(i) = self.find(names, s) {
            return i;
        }
        names.push(s.to_string());
        names.len() - 1
    }
}
