//! A binary-trees style workload written against the [`Gc`] interface, used by the tests
//! and by `examples/binary_trees.rs` to measure the policies.

use crate::api::{Gc, GcError};
use crate::arena::Addr;
use crate::types::{TypeId, TypeTable};

/// `Tree { left: GC ptr @0, right: GC ptr @8, item: i64 @16 }`.
pub fn tree_types() -> (TypeTable, TypeId) {
    let mut t = TypeTable::new();
    let tree = t.add_fixed("Tree", 24, vec![0, 8]);
    (t, tree)
}

/// Build a complete tree of the given depth; the result is the only unrooted reference.
pub fn bottom_up(gc: &mut dyn Gc, tid: TypeId, depth: u32) -> Result<Addr, GcError> {
    if depth == 0 {
        let leaf = gc.malloc_fixed(tid)?;
        gc.store_word(leaf, 16, 1)?;
        return Ok(leaf);
    }
    let left = bottom_up(gc, tid, depth - 1)?;
    gc.push_root(left);
    let right = bottom_up(gc, tid, depth - 1)?;
    gc.push_root(right);
    let node = gc.malloc_fixed(tid)?;
    let right = gc.pop_root();
    let left = gc.pop_root();
    gc.store_ptr(node, 0, left)?;
    gc.store_ptr(node, 8, right)?;
    gc.store_word(node, 16, depth as u64)?;
    Ok(node)
}

/// Count the nodes (and check the items); no allocation, so no roots needed.
pub fn check(gc: &dyn Gc, node: Addr) -> Result<u64, GcError> {
    let left = gc.load_ptr(node, 0)?;
    let item = gc.load_word(node, 16)?;
    if left.is_null() {
        return Ok(item);
    }
    let right = gc.load_ptr(node, 8)?;
    Ok(1 + check(gc, left)? + check(gc, right)?)
}

/// The classic program: a stretch tree of depth `max_depth + 1`, a long-lived tree of
/// depth `max_depth`, and many short-lived trees of depths 4, 6, ... `max_depth`.
/// Returns the output lines.
pub fn binary_trees(gc: &mut dyn Gc, tid: TypeId, max_depth: u32) -> Result<Vec<String>, GcError> {
    let min_depth = 4;
    let max_depth = if max_depth < min_depth + 2 { min_depth + 2 } else { max_depth };
    let mut out = Vec::new();
    let stretch = bottom_up(gc, tid, max_depth + 1)?;
    out.push(format!("stretch tree of depth {}\t check: {}", max_depth + 1, check(gc, stretch)?));
    let long_lived = bottom_up(gc, tid, max_depth)?;
    let slot = gc.push_root(long_lived);
    let mut depth = min_depth;
    while depth <= max_depth {
        let iterations: u64 = 1 << (max_depth - depth + min_depth);
        let mut sum = 0;
        for _ in 0..iterations {
            let t = bottom_up(gc, tid, depth)?;
            sum += check(gc, t)?;
        }
        out.push(format!("{}\t trees of depth {}\t check: {}", iterations, depth, sum));
        depth += 2;
    }
    let long_lived = gc.root(slot);
    out.push(format!("long lived tree of depth {}\t check: {}", max_depth, check(gc, long_lived)?));
    gc.pop_root();
    Ok(out)
}
