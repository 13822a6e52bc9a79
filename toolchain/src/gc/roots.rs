//! Which reference-holding stack slots must be GC roots.
//!
//! A slot needs registering only if a collection can happen while its contents are still
//! to be used: some operation that may collect is followed (in the same block, or in any
//! block reachable from it), or is itself, a use of the slot. Every other slot is left
//! unregistered, so a function whose slots are all dead at its collecting operations (or
//! that has none) pushes no shadow-stack frame for them.
//!
//! Invariants:
//! - Conservative: a use is any operation or exit reading a value *derived* from the
//!   slot's address (`SlotAddr`, and transitively any result computed from a derived value,
//!   through block parameters too), except that a `Load` result is not derived.
//! - A slot whose address is stored into memory or passed to a call (escapes: the callee
//!   may keep it in memory reachable later) is a root whenever the function has any
//!   collecting operation.
//! - It reads the graph only; it knows nothing about the spilling of SSA values.

use pyrite_ir::*;
use std::collections::HashMap;

/// A fixed-size set of slot numbers.
#[derive(Clone, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn union(&mut self, o: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            let n = *a | *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
    fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

/// The subset of `candidates` that must be registered as roots.
pub fn needed_roots(g: &Graph, candidates: &[SlotId], may_collect: &dyn Fn(BlockId, &OpKind) -> bool) -> Vec<SlotId> {
    let blocks = g.block_order();
    let collects = |b: BlockId| g.cfg[b].ops.iter().any(|o| may_collect(b, &o.kind));
    if candidates.is_empty() || !blocks.iter().any(|&b| collects(b)) {
        return Vec::new();
    }
    let n = g.slots.len();
    let derived = derived_vars(g, &blocks, n);
    let uses_of = |v: &Value, set: &mut Bits| {
        if let Value::Var(x) = v {
            if let Some(d) = derived.get(x) {
                set.union(d);
            }
        }
    };
    // Slots whose address escapes into memory or into a callee.
    let mut escaped = Bits::new(n);
    for &b in &blocks {
        for op in &g.cfg[b].ops {
            match &op.kind {
                OpKind::Store(_, v) => uses_of(v, &mut escaped),
                OpKind::Call(_, args) => args.iter().for_each(|a| uses_of(a, &mut escaped)),
                _ => {}
            }
        }
    }
    // Per block: slots used from each op position onward (index ops.len() = the exits).
    let mut suffix: HashMap<BlockId, Vec<Bits>> = HashMap::new();
    for &b in &blocks {
        let blk = &g.cfg[b];
        let mut at_exit = Bits::new(n);
        match &blk.exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => uses_of(v, &mut at_exit),
            _ => {}
        }
        for (_, _, l) in g.exits(b) {
            for a in &l.args {
                uses_of(a, &mut at_exit);
            }
        }
        let mut sets = vec![at_exit];
        for op in blk.ops.iter().rev() {
            let mut s = sets.last().unwrap().clone();
            for v in op.kind.operands() {
                uses_of(v, &mut s);
            }
            sets.push(s);
        }
        sets.reverse();
        suffix.insert(b, sets);
    }
    // Slots used in any block reachable from each block's successors.
    let mut later: HashMap<BlockId, Bits> = blocks.iter().map(|&b| (b, Bits::new(n))).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks.iter().rev() {
            let mut acc = Bits::new(n);
            for (_, t, _) in g.exits(b) {
                acc.union(&suffix[&t][0]);
                acc.union(&later[&t]);
            }
            changed |= later.get_mut(&b).unwrap().union(&acc);
        }
    }
    let mut live_across = escaped;
    for &b in &blocks {
        for (i, op) in g.cfg[b].ops.iter().enumerate() {
            if may_collect(b, &op.kind) {
                live_across.union(&suffix[&b][i]);
                live_across.union(&later[&b]);
            }
        }
    }
    if live_across.is_empty() {
        return Vec::new();
    }
    candidates.iter().copied().filter(|s| live_across.contains(s.0 as usize)).collect()
}

/// For each variable computed from a slot's address, the slots it may point into.
fn derived_vars(g: &Graph, blocks: &[BlockId], n: usize) -> HashMap<Var, Bits> {
    let mut derived: HashMap<Var, Bits> = HashMap::new();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks {
            for op in &g.cfg[b].ops {
                let Some(r) = op.result else { continue };
                let mut s = Bits::new(n);
                match &op.kind {
                    OpKind::SlotAddr(slot) => s.insert(slot.0 as usize),
                    OpKind::Load(_) => {}
                    k => {
                        for v in k.operands() {
                            if let Value::Var(x) = v {
                                if let Some(d) = derived.get(x) {
                                    s.union(d);
                                }
                            }
                        }
                    }
                }
                if !s.is_empty() {
                    changed |= derived.entry(r).or_insert_with(|| Bits::new(n)).union(&s);
                }
            }
            for (_, t, l) in g.exits(b) {
                let params = g.cfg[t].params.clone();
                for (a, p) in l.args.iter().zip(params) {
                    if let Value::Var(x) = a {
                        if let Some(d) = derived.get(x).cloned() {
                            changed |= derived.entry(p).or_insert_with(|| Bits::new(n)).union(&d);
                        }
                    }
                }
            }
        }
    }
    derived
}
