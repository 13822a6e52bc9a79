//! The GC transform: a rewrite of verified flow graphs for a collecting policy.
//!
//! Invariants:
//! - It runs after the builder and before the backend, on a module the verifier accepted,
//!   and leaves a module the verifier accepts.
//! - It knows nothing about any one policy: what it produces (type ids, root slots, reloads)
//!   serves every collector in the runtime. It only records whether the policy asked for
//!   the card-marking barrier; the backend then follows every store of references with it,
//!   except stores through the addresses `barriers.rs` exempts (stack slots, fresh objects).
//! - An operation *may collect* if it allocates (`Malloc`, `Realloc`), calls through a
//!   pointer, or calls a function that may collect (a fixpoint over the call graph).
//!   Runtime (`Extern`) calls never collect. Operations in blocks that can only end in a
//!   panic never collect either (`dying.rs`): such a block starts with `pyr_gc_inhibit()`.
//! - Every value that holds references and is used after an operation that may collect is
//!   stored to a root slot before the operation and reloaded after it; later uses read the
//!   reloaded value. A value already stored and not changed since is not stored again. An
//!   address that can only point into the function's own slots is not spilled: slots never
//!   move, and the slot it points into is a root in its own right when its contents are
//!   used after the collection.
//! - A slot whose type holds references is a root slot if its contents may be used after an
//!   operation that may collect (`roots.rs`): the backend zeroes it on entry and registers
//!   it on the shadow stack, so address-taken locals are scanned in place. Where a later
//!   block that every collecting path passes once will do, `register.rs` names it.

mod barriers;
mod dying;
mod register;
mod roots;

use pyrite_ir::gc::holds_refs;
use pyrite_ir::*;
use std::collections::{HashMap, HashSet};

/// Rewrites every function of `m` for a collecting policy and records the type table.
pub fn transform(m: &mut Module, policy: &str, card_barrier: bool, enum_tags: HashMap<StructId, Vec<u32>>) {
    let mut info = GcInfo::new(policy, enum_tags);
    info.card_barrier = card_barrier;
    // Type id 0 is a single untyped pointer: the runtime roots loose references with it.
    info.intern(&LType::void_ptr());
    let dying = dying::dying_blocks(m);
    let may_collect = collecting_functions(m, &dying);
    let inhibit = ExternId(m.externs.len() as u32);
    m.externs.push(ExternFn { name: "pyr_gc_inhibit".to_string(), sig: Sig { params: vec![], ret: LType::Unit }, noreturn: false });
    let structs = std::mem::take(&mut m.structs);
    for (f, dying) in m.functions.iter_mut().zip(&dying) {
        rewrite_function(&mut f.graph, &may_collect, dying, inhibit, &structs, &mut info);
    }
    m.structs = structs;
    m.gc = Some(info);
}

fn op_may_collect(op: &OpKind, may_collect: &[bool]) -> bool {
    match op {
        OpKind::Malloc(..) | OpKind::Realloc(..) => true,
        OpKind::Call(Callee::Func(f), _) => may_collect[f.0 as usize],
        OpKind::Call(Callee::Indirect(_), _) => true,
        _ => false,
    }
}

/// For each function, whether calling it may run a collection before it returns.
fn collecting_functions(m: &Module, dying: &[HashSet<BlockId>]) -> Vec<bool> {
    let n = m.functions.len();
    let mut may = vec![false; n];
    let mut callers: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut work = Vec::new();
    for (i, f) in m.functions.iter().enumerate() {
        for b in f.graph.cfg.node_indices().filter(|b| !dying[i].contains(b)) {
            for op in &f.graph.cfg[b].ops {
                match &op.kind {
                    OpKind::Malloc(..) | OpKind::Realloc(..) | OpKind::Call(Callee::Indirect(_), _) => {
                        if !may[i] {
                            may[i] = true;
                            work.push(i);
                        }
                    }
                    OpKind::Call(Callee::Func(g), _) => callers[g.0 as usize].push(i),
                    _ => {}
                }
            }
        }
    }
    while let Some(g) = work.pop() {
        for &c in &callers[g] {
            if !may[c] {
                may[c] = true;
                work.push(c);
            }
        }
    }
    may
}

fn rewrite_function(g: &mut Graph, may_collect: &[bool], dying: &HashSet<BlockId>, inhibit: ExternId, structs: &[StructDef], info: &mut GcInfo) {
    let candidates: Vec<SlotId> = (0..g.slots.len()).filter(|&k| holds_refs(structs, &g.slots[k])).map(|k| SlotId(k as u32)).collect();
    g.gc_roots = roots::needed_roots(g, structs, &candidates, &|b, k| !dying.contains(&b) && op_may_collect(k, may_collect));
    for &b in dying {
        if g.cfg[b].ops.iter().any(|o| op_may_collect(&o.kind, may_collect)) {
            g.cfg[b].ops.insert(0, Op { result: None, kind: OpKind::Call(Callee::Extern(inhibit), vec![]) });
        }
    }
    let mut spill: HashMap<Var, SlotId> = HashMap::new();
    let blocks: Vec<BlockId> = g.block_order();
    let stack_addrs = roots::slot_only_addresses(g, &blocks);
    for b in blocks.into_iter().filter(|b| !dying.contains(b)) {
        rewrite_block(g, b, may_collect, structs, &stack_addrs, &mut spill);
    }
    g.gc_late_roots = register::late_roots(g, &|b, k| !dying.contains(&b) && op_may_collect(k, may_collect));
    if info.card_barrier {
        g.unbarriered = barriers::unbarriered(g, &|b, k| !dying.contains(&b) && op_may_collect(k, may_collect));
    }
    for op in g.cfg.node_indices().flat_map(|b| g.cfg[b].ops.iter()) {
        if let OpKind::Malloc(t, _) | OpKind::Realloc(t, ..) = &op.kind {
            info.intern(t);
        }
    }
    for s in &g.gc_roots {
        info.intern(&g.slots[s.0 as usize]);
    }
}

/// `stack_addrs`: variables that can only point into the function's own slots. They are
/// not spilled: a collection never moves a slot, and `roots.rs` already counts every use
/// of such an address as a use of the slot it points into.
fn rewrite_block(g: &mut Graph, b: BlockId, may_collect: &[bool], structs: &[StructDef], stack_addrs: &HashSet<Var>, spill: &mut HashMap<Var, SlotId>) {
    let ops = std::mem::take(&mut g.cfg[b].ops);
    if !ops.iter().any(|o| op_may_collect(&o.kind, may_collect)) {
        g.cfg[b].ops = ops;
        return;
    }
    // Position of each variable's last use; the exit and the links count as position n.
    let n = ops.len();
    let mut last_use: HashMap<Var, usize> = HashMap::new();
    for (i, op) in ops.iter().enumerate() {
        for v in op.kind.operands() {
            if let Value::Var(x) = v {
                last_use.insert(*x, i);
            }
        }
    }
    for v in exit_values(g, b) {
        last_use.insert(v, n);
    }
    // Reference-holding variables in definition order (original names).
    let spillable = |g: &Graph, v: Var| holds_refs(structs, g.var_type(v)) && !stack_addrs.contains(&v);
    let mut defined: Vec<Var> = g.cfg[b].params.iter().copied().filter(|&v| spillable(g, v)).collect();
    let mut current: HashMap<Var, Var> = HashMap::new();
    let mut stored: HashMap<Var, bool> = HashMap::new();
    let mut out = Vec::with_capacity(n);
    for (i, mut op) in ops.into_iter().enumerate() {
        for v in op.kind.operands_mut() {
            if let Value::Var(x) = v {
                if let Some(c) = current.get(x) {
                    *x = *c;
                }
            }
        }
        if !op_may_collect(&op.kind, may_collect) {
            if let Some(r) = op.result {
                if spillable(g, r) {
                    defined.push(r);
                }
            }
            out.push(op);
            continue;
        }
        let live: Vec<Var> = defined.iter().copied().filter(|v| last_use.get(v).is_some_and(|&u| u > i)).collect();
        for &v in &live {
            let ty = g.var_type(v).clone();
            let slot = *spill.entry(v).or_insert_with(|| {
                g.slots.push(ty.clone());
                let s = SlotId(g.slots.len() as u32 - 1);
                g.gc_roots.push(s);
                s
            });
            if !stored.get(&v).copied().unwrap_or(false) {
                let cur = current.get(&v).copied().unwrap_or(v);
                let a = g.new_var(LType::ptr(ty.clone()));
                out.push(Op { result: Some(a), kind: OpKind::SlotAddr(slot) });
                out.push(Op { result: None, kind: OpKind::Store(Value::Var(a), Value::Var(cur)) });
                stored.insert(v, true);
            }
        }
        let result = op.result;
        out.push(op);
        for &v in &live {
            let ty = g.var_type(v).clone();
            let slot = spill[&v];
            let a = g.new_var(LType::ptr(ty.clone()));
            out.push(Op { result: Some(a), kind: OpKind::SlotAddr(slot) });
            let nv = g.new_var(ty);
            out.push(Op { result: Some(nv), kind: OpKind::Load(Value::Var(a)) });
            current.insert(v, nv);
        }
        if let Some(r) = result {
            if spillable(g, r) {
                defined.push(r);
            }
        }
    }
    g.cfg[b].ops = out;
    rename_exit(g, b, &current);
}

fn exit_values(g: &Graph, b: BlockId) -> Vec<Var> {
    let mut vs = Vec::new();
    match &g.cfg[b].exit {
        Exit::If(Value::Var(x)) | Exit::Switch(Value::Var(x)) | Exit::Return(Value::Var(x)) => vs.push(*x),
        _ => {}
    }
    for (_, _, l) in g.exits(b) {
        for a in &l.args {
            if let Value::Var(x) = a {
                vs.push(*x);
            }
        }
    }
    vs
}

fn rename_exit(g: &mut Graph, b: BlockId, current: &HashMap<Var, Var>) {
    if current.is_empty() {
        return;
    }
    let fix = |v: &mut Value| {
        if let Value::Var(x) = v {
            if let Some(c) = current.get(x) {
                *x = *c;
            }
        }
    };
    match &mut g.cfg[b].exit {
        Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => fix(v),
        _ => {}
    }
    let links: Vec<LinkId> = g.exits(b).iter().map(|(id, _, _)| *id).collect();
    for l in links {
        for a in &mut g.cfg[l].args {
            fix(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A struct literal built in place across a collecting call: `p = &slot`, then a call
    /// that may collect, then a store through `p`. Returns how many slots the rewrite added.
    fn spill_slots_added(p_from_slot: bool) -> usize {
        let ptr = LType::void_ptr();
        let structs = vec![StructDef { name: "Cell".into(), kind: StructKind::Struct, fields: vec![("a".into(), ptr.clone())] }];
        let cell = LType::Struct(StructId(0));
        let mut g = Graph::new();
        g.slots.push(cell.clone());
        let p = g.new_var(LType::ptr(cell.clone()));
        let field = g.new_var(LType::ptr(ptr.clone()));
        let first = if p_from_slot {
            Op { result: Some(p), kind: OpKind::SlotAddr(SlotId(0)) }
        } else {
            Op { result: Some(p), kind: OpKind::Call(Callee::Extern(ExternId(0)), vec![]) }
        };
        g.cfg[g.entry].ops = vec![
            first,
            Op { result: None, kind: OpKind::Call(Callee::Indirect(Value::Const(Const::Null(ptr.clone()))), vec![]) },
            Op { result: Some(field), kind: OpKind::FieldAddr(Value::Var(p), 0) },
            Op { result: None, kind: OpKind::Store(Value::Var(field), Value::Const(Const::Null(ptr.clone()))) },
        ];
        g.cfg[g.entry].exit = Exit::Return(Value::Const(Const::Unit));
        let mut info = GcInfo::new("generational", HashMap::new());
        rewrite_function(&mut g, &[], &HashSet::new(), ExternId(1), &structs, &mut info);
        g.slots.len() - 1
    }

    #[test]
    fn a_slot_address_is_not_spilled_across_a_collection() {
        assert_eq!(spill_slots_added(true), 0);
    }

    #[test]
    fn a_heap_address_is_spilled_across_a_collection() {
        assert_eq!(spill_slots_added(false), 1);
    }
}
