//! Blocks that can only end in a panic.
//!
//! A dialect panic ends the process, so a collection on the way to one protects nothing
//! that matters afterwards. The transform inhibits collection on entering such a block (the
//! runtime then allocates outside the heap and never collects again) and treats none of
//! its operations as collecting, so panic paths (formatting a message, `unwrap`'s `None`
//! arm) neither spill values nor make their function "collecting" for its callers.
//!
//! Invariants:
//! - A block dies if it ends `Unreachable` right after calling `pyr_panic` or a function
//!   that dies, or if it has successors and all of them die. This is a least fixpoint, so
//!   no loop dies, and `process::exit` paths do not die: collection stays on there.
//! - A function dies if its entry block dies.

use pyrite_ir::*;
use std::collections::HashSet;

/// The runtime function that panics; calls to it end dying paths.
const PANIC_EXTERN: &str = "pyr_panic";

/// For each function, the set of its blocks that die.
pub fn dying_blocks(m: &Module) -> Vec<HashSet<BlockId>> {
    let mut fn_dies = vec![false; m.functions.len()];
    let mut sets: Vec<HashSet<BlockId>> = vec![HashSet::new(); m.functions.len()];
    loop {
        let mut changed = false;
        for (i, f) in m.functions.iter().enumerate() {
            let set = blocks_of(&f.graph, m, &fn_dies);
            let dies = set.contains(&f.graph.entry);
            if set.len() != sets[i].len() || dies != fn_dies[i] {
                changed = true;
            }
            sets[i] = set;
            fn_dies[i] = dies;
        }
        if !changed {
            return sets;
        }
    }
}

fn ends_in_panic(g: &Graph, b: BlockId, m: &Module, fn_dies: &[bool]) -> bool {
    let blk = &g.cfg[b];
    if blk.exit != Exit::Unreachable {
        return false;
    }
    match blk.ops.last().map(|o| &o.kind) {
        Some(OpKind::Call(Callee::Extern(e), _)) => m.externs[e.0 as usize].name == PANIC_EXTERN,
        Some(OpKind::Call(Callee::Func(f), _)) => fn_dies[f.0 as usize],
        _ => false,
    }
}

fn blocks_of(g: &Graph, m: &Module, fn_dies: &[bool]) -> HashSet<BlockId> {
    let blocks = g.block_order();
    let mut dead: HashSet<BlockId> = HashSet::new();
    loop {
        let before = dead.len();
        for &b in blocks.iter().rev() {
            if dead.contains(&b) {
                continue;
            }
            let succ: Vec<BlockId> = g.exits(b).iter().map(|(_, t, _)| *t).collect();
            let dies = match g.cfg[b].exit {
                Exit::Return(_) => false,
                Exit::Unreachable => ends_in_panic(g, b, m, fn_dies),
                _ => !succ.is_empty() && succ.iter().all(|t| dead.contains(t)),
            };
            if dies {
                dead.insert(b);
            }
        }
        if dead.len() == before {
            return dead;
        }
    }
}
