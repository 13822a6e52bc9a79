//! Shared test helpers: a type table with every shape of type, a PRNG, small graph
//! builders. Used by several test files, so some items are unused in each.
#![allow(dead_code)]

use pyrite_gc::api::{Gc, GcConfig, GcError};
use pyrite_gc::arena::Addr;
use pyrite_gc::policies;
use pyrite_gc::types::{TypeId, TypeTable};

pub struct Types {
    pub table: TypeTable,
    /// `Node { next: ptr @0, value: u64 @8 }`
    pub node: TypeId,
    /// `Tree { left: ptr @0, right: ptr @8, item: u64 @16 }`
    pub tree: TypeId,
    /// `PtrArray { length @0; items: ptr }`
    pub ptrs: TypeId,
    /// `Bytes { length @0; items: u8 }`
    pub bytes: TypeId,
    /// `Pair { x: u64 @0, a: ptr @8, b: ptr @16 }`
    pub pair: TypeId,
    /// `Ints { length @0; items: u64 }`
    pub ints: TypeId,
    /// `Recs { head: ptr @0, length @8; items: { p: ptr @0, v: u64 @8 } }`
    pub recs: TypeId,
    /// `Empty {}` (a zero-size type: the body is rounded up to one word)
    pub empty: TypeId,
}

pub fn types() -> Types {
    let mut t = TypeTable::new();
    let node = t.add_fixed("Node", 16, vec![0]);
    let tree = t.add_fixed("Tree", 24, vec![0, 8]);
    let ptrs = t.add_var("PtrArray", 8, vec![], 0, 8, vec![0]);
    let bytes = t.add_var("Bytes", 8, vec![], 0, 1, vec![]);
    let pair = t.add_fixed("Pair", 24, vec![8, 16]);
    let ints = t.add_var("Ints", 8, vec![], 0, 8, vec![]);
    let recs = t.add_var("Recs", 16, vec![0], 8, 16, vec![0]);
    let empty = t.add_fixed("Empty", 0, vec![]);
    Types { table: t, node, tree, ptrs, bytes, pair, ints, recs, empty }
}

pub fn config(max_heap: usize, stress: bool) -> GcConfig {
    let mut c = GcConfig::new();
    c.max_heap = max_heap;
    c.nursery_bytes = 32 << 10;
    c.initial_space = 64 << 10;
    c.stress = stress;
    c
}

pub fn make(name: &str, t: &Types, config: &GcConfig) -> Box<dyn Gc> {
    match policies::create(name, &t.table, config) {
        Ok(gc) => gc,
        Err(e) => panic!("creating {}: {}", name, e.message()),
    }
}

pub fn ok<T>(r: Result<T, GcError>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{}", e.message()),
    }
}

/// xorshift64*: small, deterministic.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A linked list of `n` nodes with values `base..base+n`, head first; left on the shadow
/// stack (one slot) and returned as that slot.
pub fn build_list(gc: &mut dyn Gc, t: &Types, n: u64, base: u64) -> usize {
    let slot = gc.push_root(Addr::NULL);
    for i in 0..n {
        let node = ok(gc.malloc_fixed(t.node));
        ok(gc.store_word(node, 8, base + n - 1 - i));
        let head = gc.root(slot);
        ok(gc.store_ptr(node, 0, head));
        gc.set_root(slot, node);
    }
    slot
}

pub fn check_list(gc: &dyn Gc, head: Addr, n: u64, base: u64) {
    let mut p = head;
    for i in 0..n {
        assert!(!p.is_null(), "list ends early at {}", i);
        assert_eq!(ok(gc.load_word(p, 8)), base + i);
        p = ok(gc.load_ptr(p, 0));
    }
    assert!(p.is_null(), "list too long");
}

/// A tree of the given depth whose items are `seed` mixed with the position.
pub fn build_tree(gc: &mut dyn Gc, t: &Types, depth: u32, seed: u64) -> Addr {
    let node = if depth == 0 {
        ok(gc.malloc_fixed(t.tree))
    } else {
        let l = build_tree(gc, t, depth - 1, seed * 2);
        gc.push_root(l);
        let r = build_tree(gc, t, depth - 1, seed * 2 + 1);
        gc.push_root(r);
        let node = ok(gc.malloc_fixed(t.tree));
        let r = gc.pop_root();
        let l = gc.pop_root();
        ok(gc.store_ptr(node, 0, l));
        ok(gc.store_ptr(node, 8, r));
        node
    };
    ok(gc.store_word(node, 16, seed));
    node
}

/// Sum of items; checks the shape.
pub fn check_tree(gc: &dyn Gc, node: Addr, depth: u32, seed: u64) -> u64 {
    assert_eq!(ok(gc.load_word(node, 16)), seed);
    let l = ok(gc.load_ptr(node, 0));
    let r = ok(gc.load_ptr(node, 8));
    if depth == 0 {
        assert!(l.is_null() && r.is_null());
        return seed;
    }
    seed + check_tree(gc, l, depth - 1, seed * 2) + check_tree(gc, r, depth - 1, seed * 2 + 1)
}
