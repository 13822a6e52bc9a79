//! Which stores need no write barrier.
//!
//! Invariants:
//! - A store needs the barrier only if its address may point into an object that existed
//!   before the last collection: the barrier records old-to-young (and, for incremental
//!   marking, marked-to-unmarked) references, and neither can arise through other stores.
//! - Addresses of the function's own stack slots never need it (slots are roots, scanned
//!   whole), and neither do addresses into an object allocated (`Malloc`) after the last
//!   operation that may collect: that object is in the nursery, or was born in the old
//!   space with its cards already dirty (every runtime policy with a card table dirties a
//!   large object's cards when it allocates it), and no collection has cleaned them since.
//!   A `Realloc` result is not fresh: growing keeps only the copied dirty parts dirty.
//! - The analysis is per block, in order: graph variables are block-local, so an address
//!   derived from a slot or a fresh object is derived in the same block. Exempting a
//!   variable for all its uses is sound because every pointer counts as a reference: the
//!   transform has reloaded each one used after an operation that may collect, so no
//!   exempt variable is used after the object stops being fresh.

use pyrite_ir::*;
use std::collections::HashSet;

/// The address variables of `g` through which stores need no barrier.
pub fn unbarriered(g: &Graph, collects: &dyn Fn(BlockId, &OpKind) -> bool) -> HashSet<Var> {
    let mut stack: HashSet<Var> = HashSet::new();
    let mut exempt: HashSet<Var> = HashSet::new();
    for b in g.cfg.node_indices() {
        // Addresses into objects allocated since the last operation that may collect.
        let mut fresh: HashSet<Var> = HashSet::new();
        for op in &g.cfg[b].ops {
            if collects(b, &op.kind) {
                fresh.clear();
            }
            let Some(r) = op.result else { continue };
            match &op.kind {
                OpKind::SlotAddr(_) => {
                    stack.insert(r);
                }
                OpKind::Malloc(..) => {
                    fresh.insert(r);
                    exempt.insert(r);
                }
                OpKind::FieldAddr(Value::Var(x), _) | OpKind::ElemAddr(Value::Var(x), _) | OpKind::PtrCast(Value::Var(x), _) | OpKind::Copy(Value::Var(x)) => {
                    if stack.contains(x) {
                        stack.insert(r);
                    } else if fresh.contains(x) {
                        fresh.insert(r);
                        exempt.insert(r);
                    }
                }
                _ => {}
            }
        }
    }
    exempt.extend(stack);
    exempt
}
