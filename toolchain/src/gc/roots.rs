//! Which reference-holding stack slots must be GC roots.
//!
//! A slot needs registering only if a collection can happen while its contents are still
//! to be used: its contents are live (a backward liveness analysis over slot contents,
//! where a store of the whole slot kills) after some operation that may collect, or that
//! operation reads them itself. Slots not yet written on any path to that operation are
//! left out: what is read from them later was written later. Every other slot is left
//! unregistered, so a function whose slots are all dead at its collecting operations (or
//! that has none) pushes no shadow-stack frame for them.
//!
//! Invariants:
//! - Conservative: a read is any operation or exit using a value *derived* from the slot's
//!   address (`SlotAddr`, and transitively any result computed from a derived value,
//!   through block parameters too), except the address of a `Store` or the destination of
//!   a `MemCopy`, and address arithmetic. A `Store` through the slot's own `SlotAddr`
//!   result kills; so does the last of a run of stores, one through each of a struct
//!   slot's `FieldAddr`s, in one block with no read of the slot and no collecting
//!   operation between them (how a struct literal is built in place).
//! - A slot's address stored into another slot (through an address that can only point
//!   into slots) is followed: a `Load` from that slot yields a value derived from the first
//!   (`SlotFlow`). So `f(&x)` lowered through a temporary reference slot does not keep `x`
//!   a root after its last use.
//! - A slot whose address is stored into any other memory or passed to a call (escapes: the
//!   callee may keep it in memory reachable later) is a root if a collecting operation can
//!   run at or after that point; so is every slot whose address an escaped slot holds.
//! - It reads the graph only; it knows nothing about the spilling of SSA values.

use pyrite_ir::*;
use std::collections::{HashMap, HashSet};

/// A fixed-size set of slot numbers.
#[derive(Clone, PartialEq)]
pub(super) struct Bits(Vec<u64>);

impl Bits {
    pub(super) fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    pub(super) fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub(super) fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    pub(super) fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    pub(super) fn union(&mut self, o: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            let n = *a | *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
    pub(super) fn intersect(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a &= *b;
        }
    }
    pub(super) fn count(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
    pub(super) fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

/// The subset of `candidates` that must be registered as roots.
pub fn needed_roots(g: &Graph, structs: &[StructDef], candidates: &[SlotId], may_collect: &dyn Fn(BlockId, &OpKind) -> bool) -> Vec<SlotId> {
    let blocks = g.block_order();
    let collects = |b: BlockId| g.cfg[b].ops.iter().any(|o| may_collect(b, &o.kind));
    if candidates.is_empty() || !blocks.iter().any(|&b| collects(b)) {
        return Vec::new();
    }
    let n = g.slots.len();
    let SlotFlow { derived, contents, into_slots } = slot_flow(g, &blocks, n);
    let uses_of = |v: &Value, set: &mut Bits| {
        if let Value::Var(x) = v {
            if let Some(d) = derived.get(x) {
                set.union(d);
            }
        }
    };
    // Whether a collecting operation can run after leaving each block.
    let mut collects_later: HashMap<BlockId, bool> = blocks.iter().map(|&b| (b, false)).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks.iter().rev() {
            if !collects_later[&b] && g.exits(b).iter().any(|(_, t, _)| collects(*t) || collects_later[t]) {
                collects_later.insert(b, true);
                changed = true;
            }
        }
    }
    // Slots whose address escapes into memory or into a callee at a point from which a
    // collecting operation (that one included) can be reached.
    let mut escaped = Bits::new(n);
    for &b in &blocks {
        let ops = &g.cfg[b].ops;
        for (i, op) in ops.iter().enumerate() {
            let dangerous = collects_later[&b] || ops[i..].iter().any(|o| may_collect(b, &o.kind));
            if !dangerous {
                break;
            }
            let into_slot = |p: &Value| matches!(p, Value::Var(x) if into_slots.contains(x));
            match &op.kind {
                OpKind::Store(p, v) if !into_slot(p) => uses_of(v, &mut escaped),
                OpKind::MemCopy(dst, src, _) if !into_slot(dst) => {
                    let mut from = Bits::new(n);
                    uses_of(src, &mut from);
                    (0..n).filter(|&x| from.contains(x)).for_each(|x| {
                        escaped.union(&contents[x]);
                    });
                }
                OpKind::Call(_, args) => args.iter().for_each(|a| uses_of(a, &mut escaped)),
                _ => {}
            }
        }
    }
    // What an escaped slot holds escapes with it.
    let mut changed = true;
    while changed {
        changed = false;
        for x in 0..n {
            if escaped.contains(x) {
                let c = contents[x].clone();
                changed |= escaped.union(&c);
            }
        }
    }
    // Backward liveness of slot contents. A read is a `Load`, a call argument, a stored
    // value, a `MemCopy` source or any other operation on a derived value; a `Store`
    // through the slot's own address (all of it) kills; address arithmetic is neither.
    let base: HashMap<Var, usize> = blocks
        .iter()
        .flat_map(|&b| g.cfg[b].ops.iter())
        .filter_map(|o| match (&o.kind, o.result) {
            (OpKind::SlotAddr(s), Some(r)) => Some((r, s.0 as usize)),
            _ => None,
        })
        .collect();
    let reads = |op: &OpKind, set: &mut Bits| match op {
        OpKind::Store(_, v) => uses_of(v, set),
        OpKind::MemCopy(_, src, _) => uses_of(src, set),
        OpKind::SlotAddr(_) | OpKind::FieldAddr(..) | OpKind::ElemAddr(..) | OpKind::PtrCast(..) | OpKind::Copy(_) => {}
        k => k.operands().into_iter().for_each(|v| uses_of(v, set)),
    };
    let covering = covering_stores(g, &blocks, structs, &base, n, &reads, may_collect);
    let kill = |b: BlockId, i: usize, op: &OpKind, set: &mut Bits| {
        if let OpKind::Store(Value::Var(p), _) = op {
            if let Some(&s) = base.get(p) {
                set.remove(s);
            }
        }
        if let Some(&s) = covering.get(&(b, i)) {
            set.remove(s);
        }
    };
    let at_exit = |b: BlockId| {
        let mut set = Bits::new(n);
        match &g.cfg[b].exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => uses_of(v, &mut set),
            _ => {}
        }
        for (_, _, l) in g.exits(b) {
            l.args.iter().for_each(|a| uses_of(a, &mut set));
        }
        set
    };
    // Runs block `b` backward from `live_out`; calls `at_collect(i, live after op i, what
    // op i reads)` at each collecting operation `i`.
    let scan = |b: BlockId, live_out: &Bits, at_collect: &mut dyn FnMut(usize, &Bits, &Bits)| {
        let mut live = live_out.clone();
        live.union(&at_exit(b));
        for (i, op) in g.cfg[b].ops.iter().enumerate().rev() {
            let after = live.clone();
            kill(b, i, &op.kind, &mut live);
            let mut read = Bits::new(n);
            reads(&op.kind, &mut read);
            live.union(&read);
            if may_collect(b, &op.kind) {
                at_collect(i, &after, &read);
            }
        }
        live
    };
    let mut live_in: HashMap<BlockId, Bits> = blocks.iter().map(|&b| (b, Bits::new(n))).collect();
    let live_out = |b: BlockId, live_in: &HashMap<BlockId, Bits>| {
        let mut set = Bits::new(n);
        for (_, t, _) in g.exits(b) {
            set.union(&live_in[&t]);
        }
        set
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks.iter().rev() {
            let out = live_out(b, &live_in);
            let inn = scan(b, &out, &mut |_, _, _| {});
            changed |= live_in.get_mut(&b).unwrap().union(&inn);
        }
    }
    // Forward: slots that may have been written (through any derived pointer, or by a
    // callee given one) on some path to each point. A slot never written yet holds nothing
    // a collection must see; what is read after is written after.
    let writes = |op: &OpKind, set: &mut Bits| match op {
        OpKind::Store(p, _) | OpKind::MemCopy(p, _, _) => uses_of(p, set),
        OpKind::Call(_, args) => args.iter().for_each(|a| uses_of(a, set)),
        _ => {}
    };
    let mut init_in: HashMap<BlockId, Bits> = blocks.iter().map(|&b| (b, Bits::new(n))).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &blocks {
            let mut cur = init_in[&b].clone();
            for op in &g.cfg[b].ops {
                writes(&op.kind, &mut cur);
            }
            for (_, t, _) in g.exits(b) {
                changed |= init_in.get_mut(&t).unwrap().union(&cur);
            }
        }
    }
    let mut live_across = escaped;
    for &b in &blocks {
        let mut init_before = vec![init_in[&b].clone()];
        for op in &g.cfg[b].ops {
            let mut next = init_before.last().unwrap().clone();
            writes(&op.kind, &mut next);
            init_before.push(next);
        }
        let out = live_out(b, &live_in);
        scan(b, &out, &mut |i, after, read| {
            let mut l = after.clone();
            l.intersect(&init_before[i]);
            l.union(read);
            live_across.union(&l);
        });
    }
    if live_across.is_empty() {
        return Vec::new();
    }
    candidates.iter().copied().filter(|s| live_across.contains(s.0 as usize)).collect()
}

/// The stores that complete a struct slot's contents field by field: `(block, op index)`
/// to the slot, where each non-unit field of the slot's struct has been stored through a
/// `FieldAddr` of the slot's own address since the last read of the slot and the last
/// collecting operation in that block. The contents before the first of those stores are
/// dead: none of them is read again.
fn covering_stores(
    g: &Graph,
    blocks: &[BlockId],
    structs: &[StructDef],
    base: &HashMap<Var, usize>,
    n: usize,
    reads: &dyn Fn(&OpKind, &mut Bits),
    may_collect: &dyn Fn(BlockId, &OpKind) -> bool,
) -> HashMap<(BlockId, usize), usize> {
    // The struct (not union) each slot holds, if any.
    let struct_of = |s: usize| match &g.slots[s] {
        LType::Struct(id) if structs[id.0 as usize].kind == StructKind::Struct => Some(&structs[id.0 as usize]),
        _ => None,
    };
    let mut field_of: HashMap<Var, (usize, u32)> = HashMap::new();
    for &b in blocks {
        for op in &g.cfg[b].ops {
            if let (OpKind::FieldAddr(Value::Var(p), f), Some(r)) = (&op.kind, op.result) {
                if let Some(&s) = base.get(p) {
                    if struct_of(s).is_some_and(|sd| !sd.fields[*f as usize].1.is_unit()) {
                        field_of.insert(r, (s, *f));
                    }
                }
            }
        }
    }
    let mut out = HashMap::new();
    if field_of.is_empty() {
        return out;
    }
    for &b in blocks {
        let mut pending: HashMap<usize, HashSet<u32>> = HashMap::new();
        for (i, op) in g.cfg[b].ops.iter().enumerate() {
            if may_collect(b, &op.kind) {
                pending.clear();
            }
            let mut read = Bits::new(n);
            reads(&op.kind, &mut read);
            pending.retain(|s, _| !read.contains(*s));
            if let OpKind::Store(Value::Var(p), _) = &op.kind {
                if let Some(&(s, f)) = field_of.get(p) {
                    let done = pending.entry(s).or_default();
                    done.insert(f);
                    let to_cover = struct_of(s).map_or(0, |sd| sd.fields.iter().filter(|(_, t)| !t.is_unit()).count());
                    if done.len() == to_cover {
                        out.insert((b, i), s);
                        pending.remove(&s);
                    }
                }
            }
        }
    }
    out
}

/// Where slot addresses flow: `derived` maps each variable that may hold an address inside
/// a slot (or a value containing one) to those slots; `contents[x]` is the set of slots whose
/// addresses may have been stored into slot `x`, so a `Load` through an address in `x`
/// yields them again. A store into anything but a slot is not followed here: the caller
/// treats it as an escape.
pub(super) struct SlotFlow {
    pub derived: HashMap<Var, Bits>,
    pub contents: Vec<Bits>,
    /// Variables that can only point into slots: computed from `SlotAddr` by address
    /// arithmetic, casts, copies and block parameters alone. Only a store through one of
    /// these is followed as a flow between slots.
    pub into_slots: HashSet<Var>,
}

/// For each variable computed from a slot's address, the slots it may point into.
pub(super) fn derived_vars(g: &Graph, blocks: &[BlockId], n: usize) -> HashMap<Var, Bits> {
    slot_flow(g, blocks, n).derived
}

pub(super) fn slot_flow(g: &Graph, blocks: &[BlockId], n: usize) -> SlotFlow {
    let into_slots = slot_only_addresses(g, blocks);
    let mut derived: HashMap<Var, Bits> = HashMap::new();
    let mut contents: Vec<Bits> = vec![Bits::new(n); n];
    let of = |derived: &HashMap<Var, Bits>, v: &Value| match v {
        Value::Var(x) => derived.get(x).cloned(),
        _ => None,
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in blocks {
            for op in &g.cfg[b].ops {
                match &op.kind {
                    OpKind::Store(p @ Value::Var(px), v) if into_slots.contains(px) => {
                        if let (Some(into), Some(d)) = (of(&derived, p), of(&derived, v)) {
                            for x in 0..n {
                                if into.contains(x) {
                                    changed |= contents[x].union(&d);
                                }
                            }
                        }
                    }
                    OpKind::MemCopy(dst @ Value::Var(dx), src, _) if into_slots.contains(dx) => {
                        if let (Some(into), Some(from)) = (of(&derived, dst), of(&derived, src)) {
                            let mut moved = Bits::new(n);
                            (0..n).filter(|&x| from.contains(x)).for_each(|x| {
                                moved.union(&contents[x]);
                            });
                            for x in 0..n {
                                if into.contains(x) {
                                    changed |= contents[x].union(&moved);
                                }
                            }
                        }
                    }
                    _ => {}
                }
                let Some(r) = op.result else { continue };
                let mut s = Bits::new(n);
                match &op.kind {
                    OpKind::SlotAddr(slot) => s.insert(slot.0 as usize),
                    OpKind::Load(p) => {
                        if let Some(from) = of(&derived, p) {
                            (0..n).filter(|&x| from.contains(x)).for_each(|x| {
                                s.union(&contents[x]);
                            });
                        }
                    }
                    k => {
                        for v in k.operands() {
                            if let Some(d) = of(&derived, v) {
                                s.union(&d);
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
                    if let Some(d) = of(&derived, a) {
                        changed |= derived.entry(p).or_insert_with(|| Bits::new(n)).union(&d);
                    }
                }
            }
        }
    }
    SlotFlow { derived, contents, into_slots }
}

/// The variables that can only hold an address inside a slot (see `SlotFlow::into_slots`):
/// the greatest set closed under their definitions.
pub(super) fn slot_only_addresses(g: &Graph, blocks: &[BlockId]) -> HashSet<Var> {
    let mut set: HashSet<Var> = HashSet::new();
    let mut base: HashMap<Var, Var> = HashMap::new();
    for &b in blocks {
        for op in &g.cfg[b].ops {
            let Some(r) = op.result else { continue };
            match &op.kind {
                OpKind::SlotAddr(_) => {
                    set.insert(r);
                }
                OpKind::FieldAddr(Value::Var(p), _) | OpKind::ElemAddr(Value::Var(p), _) | OpKind::PtrCast(Value::Var(p), _) | OpKind::Copy(Value::Var(p)) => {
                    set.insert(r);
                    base.insert(r, *p);
                }
                _ => {}
            }
        }
    }
    let mut incoming: HashMap<Var, Vec<Value>> = HashMap::new();
    for &b in blocks {
        for (_, t, l) in g.exits(b) {
            for (a, p) in l.args.iter().zip(&g.cfg[t].params) {
                incoming.entry(*p).or_default().push(a.clone());
            }
        }
    }
    for p in incoming.keys() {
        set.insert(*p);
    }
    let mut changed = true;
    while changed {
        changed = false;
        let out: Vec<Var> = set
            .iter()
            .copied()
            .filter(|v| {
                base.get(v).is_some_and(|p| !set.contains(p))
                    || incoming.get(v).is_some_and(|args| args.iter().any(|a| !matches!(a, Value::Var(x) if set.contains(x))))
            })
            .collect();
        for v in out {
            set.remove(&v);
            changed = true;
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A loop that calls a collecting function, then fills a two-pointer struct slot
    /// field by field (the fields in `fill`) and reads it whole: the slot's roots.
    fn roots_of_loop_filling(fill: &[u32]) -> Vec<SlotId> {
        let ptr = LType::void_ptr();
        let structs = vec![StructDef { name: "Pair".into(), kind: StructKind::Struct, fields: vec![("a".into(), ptr.clone()), ("b".into(), ptr.clone())] }];
        let pair = LType::Struct(StructId(0));
        let mut g = Graph::new();
        g.slots.push(pair.clone());
        let body = g.add_block();
        g.cfg[g.entry].exit = Exit::Goto;
        g.add_link(g.entry, body, ExitCase::Always, vec![]);
        let mut ops = vec![Op { result: None, kind: OpKind::Call(Callee::Extern(ExternId(0)), vec![]) }];
        for &f in fill {
            let (at, field) = (g.new_var(LType::ptr(pair.clone())), g.new_var(LType::ptr(ptr.clone())));
            ops.push(Op { result: Some(at), kind: OpKind::SlotAddr(SlotId(0)) });
            ops.push(Op { result: Some(field), kind: OpKind::FieldAddr(Value::Var(at), f) });
            ops.push(Op { result: None, kind: OpKind::Store(Value::Var(field), Value::Const(Const::Null(ptr.clone()))) });
        }
        let (at, whole) = (g.new_var(LType::ptr(pair.clone())), g.new_var(pair.clone()));
        ops.push(Op { result: Some(at), kind: OpKind::SlotAddr(SlotId(0)) });
        ops.push(Op { result: Some(whole), kind: OpKind::Load(Value::Var(at)) });
        g.cfg[body].ops = ops;
        g.cfg[body].exit = Exit::Goto;
        g.add_link(body, body, ExitCase::Always, vec![]);
        needed_roots(&g, &structs, &[SlotId(0)], &|_, k| matches!(k, OpKind::Call(..)))
    }

    #[test]
    fn a_struct_written_field_by_field_is_overwritten() {
        assert!(roots_of_loop_filling(&[0, 1]).is_empty());
        assert!(roots_of_loop_filling(&[1, 0]).is_empty());
    }

    #[test]
    fn a_struct_written_in_part_stays_live_round_the_loop() {
        assert_eq!(roots_of_loop_filling(&[0]), vec![SlotId(0)]);
        assert_eq!(roots_of_loop_filling(&[1, 1]), vec![SlotId(0)]);
    }
}
