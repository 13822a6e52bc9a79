//! Where a function registers its root slots on the shadow stack (`Graph::gc_late_roots`).
//!
//! Registering on entry costs every call, even one that takes no path that can collect (a
//! `Vec::push` with room to spare). This picks a later block instead when that is safe:
//!
//! Invariants:
//! - The block dominates every operation that may collect, so no collection can run before
//!   the slots are registered, and it lies on no cycle, so it runs at most once per call
//!   and pushes one frame. A backend pops at a return only a frame that was pushed (the C
//!   backend keeps the frame pointer NULL until then).
//! - Every root slot is either stored whole (a `Store` through its own `SlotAddr` result) on
//!   every path from the entry to the block, and is registered as it is, or untouched on
//!   every path (no operation uses an address derived from it), and is zeroed there. A slot
//!   touched on some path without being stored whole keeps the function on entry
//!   registration, as does a function whose best block is the entry itself.
//! - It reads the graph only, after the spills are placed; it knows nothing about backends.

use super::roots::{derived_vars, Bits};
use pyrite_ir::petgraph::Direction;
use pyrite_ir::*;
use std::collections::HashMap;

/// The late registration point of `g`'s root slots, if one is better than the entry.
pub fn late_roots(g: &Graph, may_collect: &dyn Fn(BlockId, &OpKind) -> bool) -> Option<LateRoots> {
    if g.gc_roots.is_empty() {
        return None;
    }
    let blocks = g.block_order();
    let index: HashMap<BlockId, usize> = blocks.iter().enumerate().map(|(i, &b)| (b, i)).collect();
    let collecting: Vec<BlockId> = blocks.iter().copied().filter(|&b| g.cfg[b].ops.iter().any(|o| may_collect(b, &o.kind))).collect();
    if collecting.is_empty() {
        return None;
    }
    let dom = dominators(g, &blocks, &index);
    // Blocks dominating every collecting block, deepest (most dominators) first.
    let mut common = dom[index[&collecting[0]]].clone();
    for b in &collecting[1..] {
        common.intersect(&dom[index[b]]);
    }
    let mut candidates: Vec<usize> = (0..blocks.len()).filter(|&i| common.contains(i)).collect();
    candidates.sort_by_key(|&i| std::cmp::Reverse(dom[i].count()));
    let block = candidates.into_iter().map(|i| blocks[i]).find(|&b| !on_cycle(g, b))?;
    if block == g.entry {
        return None;
    }
    let prefilled = slot_states(g, &blocks, block)?;
    Some(LateRoots { block, prefilled })
}

/// For each block (by position in `blocks`), the set of blocks dominating it.
fn dominators(g: &Graph, blocks: &[BlockId], index: &HashMap<BlockId, usize>) -> Vec<Bits> {
    let n = blocks.len();
    let mut all = Bits::new(n);
    (0..n).for_each(|i| all.insert(i));
    let mut dom: Vec<Bits> = (0..n).map(|_| all.clone()).collect();
    let mut start = Bits::new(n);
    start.insert(index[&g.entry]);
    dom[index[&g.entry]] = start;
    let mut changed = true;
    while changed {
        changed = false;
        for (i, &b) in blocks.iter().enumerate() {
            if b == g.entry {
                continue;
            }
            let mut d = all.clone();
            for p in g.cfg.neighbors_directed(b, Direction::Incoming) {
                d.intersect(&dom[index[&p]]);
            }
            d.insert(i);
            if d != dom[i] {
                dom[i] = d;
                changed = true;
            }
        }
    }
    dom
}

/// Whether `b` can reach itself.
fn on_cycle(g: &Graph, b: BlockId) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut work: Vec<BlockId> = g.exits(b).iter().map(|(_, t, _)| *t).collect();
    while let Some(x) = work.pop() {
        if x == b {
            return true;
        }
        if seen.insert(x) {
            work.extend(g.exits(x).iter().map(|(_, t, _)| *t));
        }
    }
    false
}

/// The root slots stored whole on every path to `block`, or None if some root slot is
/// touched on some path without being stored whole on all of them.
fn slot_states(g: &Graph, blocks: &[BlockId], block: BlockId) -> Option<Vec<SlotId>> {
    let n = g.slots.len();
    let derived = derived_vars(g, blocks, n);
    let base: HashMap<Var, usize> = blocks
        .iter()
        .flat_map(|&b| g.cfg[b].ops.iter())
        .filter_map(|o| match (&o.kind, o.result) {
            (OpKind::SlotAddr(s), Some(r)) => Some((r, s.0 as usize)),
            _ => None,
        })
        .collect();
    // Forward over the blocks before `block`: slots touched on some path (union) and slots
    // stored whole on every path (intersection; unvisited blocks start full).
    let mut full = Bits::new(n);
    (0..n).for_each(|i| full.insert(i));
    let mut touched_in: HashMap<BlockId, Bits> = blocks.iter().map(|&b| (b, Bits::new(n))).collect();
    let mut stored_in: HashMap<BlockId, Bits> = blocks.iter().map(|&b| (b, if b == g.entry { Bits::new(n) } else { full.clone() })).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks.iter().filter(|&&b| b != block) {
            let mut touched = touched_in[&b].clone();
            let mut stored = stored_in[&b].clone();
            for op in &g.cfg[b].ops {
                for v in op.kind.operands() {
                    if let Value::Var(x) = v {
                        if let Some(d) = derived.get(x) {
                            touched.union(d);
                        }
                    }
                }
                if let OpKind::SlotAddr(s) = &op.kind {
                    touched.insert(s.0 as usize);
                }
                if let OpKind::Store(Value::Var(p), _) = &op.kind {
                    if let Some(&s) = base.get(p) {
                        stored.insert(s);
                    }
                }
            }
            for (_, _, l) in g.exits(b) {
                for a in &l.args {
                    if let Value::Var(x) = a {
                        if let Some(d) = derived.get(x) {
                            touched.union(d);
                        }
                    }
                }
            }
            for (_, t, _) in g.exits(b) {
                changed |= touched_in.get_mut(&t).unwrap().union(&touched);
                let s = stored_in.get_mut(&t).unwrap();
                let before = s.clone();
                s.intersect(&stored);
                changed |= *s != before;
            }
        }
    }
    let mut prefilled = Vec::new();
    for &s in &g.gc_roots {
        let k = s.0 as usize;
        if stored_in[&block].contains(k) {
            prefilled.push(s);
        } else if touched_in[&block].contains(k) {
            return None;
        }
    }
    Some(prefilled)
}
