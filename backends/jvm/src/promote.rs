//! Stack slots that can live in JVM locals instead of off-heap frame memory.
//!
//! Invariant: a slot is promoted only if it holds a scalar and every use of every address
//! of it is the pointer operand of a `Load` of the slot's exact type or of a `Store` of a
//! value of that type; then no other code can observe its memory, and a JVM local of the
//! slot's JVM type holds the same value. Promoted locals are zeroed at entry, so the JVM
//! verifier sees them assigned on every path, except those of slots used in one block only
//! whose first access there is a store (`func.rs` gives them the block's shared locals).

use pyrite_ir::*;
use std::collections::{HashMap, HashSet};

/// The promotable slots, and the variables holding their addresses.
pub fn promotable(m: &Module, g: &Graph) -> (HashSet<SlotId>, HashMap<Var, SlotId>) {
    let mut addr: HashMap<Var, SlotId> = HashMap::new();
    for b in g.cfg.node_indices() {
        for o in &g.cfg[b].ops {
            if let (Some(r), OpKind::SlotAddr(s)) = (o.result, &o.kind) {
                addr.insert(r, *s);
            }
        }
    }
    let scalar = |t: &LType| matches!(t, LType::Bool | LType::Int { bits: 8 | 16 | 32 | 64, .. } | LType::F32 | LType::F64 | LType::Ptr(_) | LType::FnPtr(_));
    let mut ok: HashSet<SlotId> = (0..g.slots.len() as u32).map(SlotId).filter(|s| scalar(&g.slots[s.0 as usize]) && !g.gc_roots.contains(s)).collect();
    let bad = |v: &Value, ok: &mut HashSet<SlotId>| {
        if let Value::Var(x) = v {
            if let Some(s) = addr.get(x) {
                ok.remove(s);
            }
        }
    };
    for b in g.cfg.node_indices() {
        let blk = &g.cfg[b];
        for o in &blk.ops {
            match &o.kind {
                OpKind::Load(Value::Var(x)) if addr.contains_key(x) => {
                    let s = addr[x];
                    if o.result.map(|r| g.var_type(r)) != Some(&g.slots[s.0 as usize]) {
                        ok.remove(&s);
                    }
                }
                OpKind::Store(Value::Var(x), v) if addr.contains_key(x) => {
                    let s = addr[x];
                    if g.value_type(v, m) != g.slots[s.0 as usize] {
                        ok.remove(&s);
                    }
                    bad(v, &mut ok);
                }
                k => {
                    for v in k.operands() {
                        bad(v, &mut ok);
                    }
                }
            }
        }
        match &blk.exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => bad(v, &mut ok),
            Exit::Goto | Exit::Unreachable => {}
        }
        for e in g.cfg.edges_directed(b, petgraph::Direction::Outgoing) {
            for a in &e.weight().args {
                bad(a, &mut ok);
            }
        }
    }
    let addrs = addr.into_iter().filter(|(_, s)| ok.contains(s)).collect();
    (ok, addrs)
}
