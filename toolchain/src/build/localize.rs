//! Graph clean-up after building: drop unreachable blocks, and move values that are used
//! outside the block defining them into stack slots, so every variable is block-local.

use pyrite_ir::*;
use std::collections::{HashMap, HashSet};

pub fn prune_unreachable(g: &mut Graph) {
    let mut seen = HashSet::new();
    let mut stack = vec![g.entry];
    while let Some(b) = stack.pop() {
        if !seen.insert(b) {
            continue;
        }
        for n in g.cfg.neighbors_directed(b, pyrite_ir::petgraph::Direction::Outgoing) {
            stack.push(n);
        }
    }
    let dead: Vec<BlockId> = g.cfg.node_indices().filter(|b| !seen.contains(b)).collect();
    for b in dead {
        g.cfg.remove_node(b);
    }
}

pub fn localize(g: &mut Graph) {
    // Where each variable is defined.
    let mut def_block: HashMap<Var, BlockId> = HashMap::new();
    for b in g.cfg.node_indices() {
        for p in &g.cfg[b].params {
            def_block.insert(*p, b);
        }
        for op in &g.cfg[b].ops {
            if let Some(r) = op.result {
                def_block.insert(r, b);
            }
        }
    }
    // Variables used outside their defining block.
    let mut escaping: Vec<Var> = vec![];
    let mut esc_set = HashSet::new();
    let blocks: Vec<BlockId> = g.cfg.node_indices().collect();
    for &b in &blocks {
        let mut uses: Vec<Var> = vec![];
        for op in &g.cfg[b].ops {
            for v in op.kind.operands() {
                if let Value::Var(x) = v {
                    uses.push(*x);
                }
            }
        }
        match &g.cfg[b].exit {
            Exit::If(Value::Var(x)) | Exit::Switch(Value::Var(x)) | Exit::Return(Value::Var(x)) => uses.push(*x),
            _ => {}
        }
        for e in g.cfg.edges_directed(b, pyrite_ir::petgraph::Direction::Outgoing) {
            for a in &e.weight().args {
                if let Value::Var(x) = a {
                    uses.push(*x);
                }
            }
        }
        for x in uses {
            if def_block.get(&x) != Some(&b) && esc_set.insert(x) {
                escaping.push(x);
            }
        }
    }
    if escaping.is_empty() {
        return;
    }
    // Addresses of slots and their fields are recomputed where they are used rather than
    // stored: a stored slot address would make the C compiler keep that slot in memory.
    let mut def_op: HashMap<Var, OpKind> = HashMap::new();
    for b in g.cfg.node_indices() {
        for op in &g.cfg[b].ops {
            if let Some(r) = op.result {
                def_op.insert(r, op.kind.clone());
            }
        }
    }
    fn remat(v: Var, def_op: &HashMap<Var, OpKind>, depth: u32) -> bool {
        match def_op.get(&v) {
            Some(OpKind::SlotAddr(_)) => true,
            Some(OpKind::FieldAddr(Value::Var(b), _)) if depth < 8 => remat(*b, def_op, depth + 1),
            Some(OpKind::PtrCast(Value::Const(_), _)) => true,
            _ => false,
        }
    }
    let (rematerialized, escaping): (Vec<Var>, Vec<Var>) = escaping.into_iter().partition(|v| remat(*v, &def_op, 0));
    rematerialize(g, &rematerialized, &def_op, &def_block);
    if escaping.is_empty() {
        return;
    }
    // A slot per escaping variable, stored right after its definition.
    let mut slot_of: HashMap<Var, SlotId> = HashMap::new();
    for &x in &escaping {
        let t = g.var_type(x).clone();
        g.slots.push(t);
        slot_of.insert(x, SlotId(g.slots.len() as u32 - 1));
    }
    for &b in &blocks {
        let block = g.cfg[b].clone();
        let mut ops = vec![];
        // Reloads at the top of this block for escaping variables defined elsewhere.
        let mut reload: HashMap<Var, Var> = HashMap::new();
        let mut needed: Vec<Var> = vec![];
        let mut collect = |v: &Value| {
            if let Value::Var(x) = v {
                if slot_of.contains_key(x) && def_block.get(x) != Some(&b) && !needed.contains(x) {
                    needed.push(*x);
                }
            }
        };
        for op in &block.ops {
            op.kind.operands().into_iter().for_each(&mut collect);
        }
        match &block.exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => collect(v),
            _ => {}
        }
        let out_edges: Vec<_> = g.cfg.edges_directed(b, pyrite_ir::petgraph::Direction::Outgoing).map(|e| pyrite_ir::petgraph::visit::EdgeRef::id(&e)).collect();
        for eid in &out_edges {
            for a in &g.cfg[*eid].args {
                collect(a);
            }
        }
        for x in needed {
            let s = slot_of[&x];
            let t = g.var_type(x).clone();
            let addr = g.new_var(LType::ptr(t.clone()));
            let nv = g.new_var(t);
            ops.push(Op { result: Some(addr), kind: OpKind::SlotAddr(s) });
            ops.push(Op { result: Some(nv), kind: OpKind::Load(Value::Var(addr)) });
            reload.insert(x, nv);
        }
        let fix = |v: &mut Value, reload: &HashMap<Var, Var>| {
            if let Value::Var(x) = v {
                if let Some(n) = reload.get(x) {
                    *v = Value::Var(*n);
                }
            }
        };
        // Parameters defined here that escape are stored at the top.
        for p in &block.params {
            if let Some(s) = slot_of.get(p) {
                let t = g.var_type(*p).clone();
                let addr = g.new_var(LType::ptr(t));
                ops.push(Op { result: Some(addr), kind: OpKind::SlotAddr(*s) });
                ops.push(Op { result: None, kind: OpKind::Store(Value::Var(addr), Value::Var(*p)) });
            }
        }
        for mut op in block.ops {
            for v in op.kind.operands_mut() {
                fix(v, &reload);
            }
            let r = op.result;
            ops.push(op);
            if let Some(r) = r {
                if let Some(s) = slot_of.get(&r) {
                    let t = g.var_type(r).clone();
                    let addr = g.new_var(LType::ptr(t));
                    ops.push(Op { result: Some(addr), kind: OpKind::SlotAddr(*s) });
                    ops.push(Op { result: None, kind: OpKind::Store(Value::Var(addr), Value::Var(r)) });
                }
            }
        }
        let mut exit = block.exit;
        match &mut exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => fix(v, &reload),
            _ => {}
        }
        g.cfg[b].ops = ops;
        g.cfg[b].exit = exit;
        for eid in out_edges {
            for a in g.cfg[eid].args.iter_mut() {
                fix(a, &reload);
            }
        }
    }
}

/// Recomputes each of `vars` (slot and field addresses) at the top of every block that uses
/// it outside its defining block.
fn rematerialize(g: &mut Graph, vars: &[Var], def_op: &HashMap<Var, OpKind>, def_block: &HashMap<Var, BlockId>) {
    if vars.is_empty() {
        return;
    }
    let set: HashSet<Var> = vars.iter().cloned().collect();
    let blocks: Vec<BlockId> = g.cfg.node_indices().collect();
    for b in blocks {
        let mut map: HashMap<Var, Var> = HashMap::new();
        let mut prefix: Vec<Op> = vec![];
        // Emits the chain of definitions for `v` into `prefix`, returning the new variable.
        fn emit(v: Var, g: &mut Graph, def_op: &HashMap<Var, OpKind>, map: &mut HashMap<Var, Var>, prefix: &mut Vec<Op>) -> Var {
            if let Some(n) = map.get(&v) {
                return *n;
            }
            let mut kind = def_op[&v].clone();
            if let OpKind::FieldAddr(Value::Var(base), i) = &kind {
                let nb = emit(*base, g, def_op, map, prefix);
                kind = OpKind::FieldAddr(Value::Var(nb), *i);
            }
            let t = g.var_type(v).clone();
            let n = g.new_var(t);
            prefix.push(Op { result: Some(n), kind });
            map.insert(v, n);
            n
        }
        let mut uses: Vec<Var> = vec![];
        let block = &g.cfg[b];
        for op in &block.ops {
            for v in op.kind.operands() {
                if let Value::Var(x) = v {
                    uses.push(*x);
                }
            }
        }
        match &block.exit {
            Exit::If(Value::Var(x)) | Exit::Switch(Value::Var(x)) | Exit::Return(Value::Var(x)) => uses.push(*x),
            _ => {}
        }
        let out_edges: Vec<_> = g.cfg.edges_directed(b, pyrite_ir::petgraph::Direction::Outgoing).map(|e| pyrite_ir::petgraph::visit::EdgeRef::id(&e)).collect();
        for eid in &out_edges {
            for a in &g.cfg[*eid].args {
                if let Value::Var(x) = a {
                    uses.push(*x);
                }
            }
        }
        for x in uses {
            if set.contains(&x) && def_block.get(&x) != Some(&b) {
                emit(x, g, def_op, &mut map, &mut prefix);
            }
        }
        if map.is_empty() {
            continue;
        }
        let fix = |v: &mut Value| {
            if let Value::Var(x) = v {
                if let Some(n) = map.get(x) {
                    *v = Value::Var(*n);
                }
            }
        };
        let mut ops = prefix;
        for mut op in std::mem::take(&mut g.cfg[b].ops) {
            for v in op.kind.operands_mut() {
                fix(v);
            }
            ops.push(op);
        }
        g.cfg[b].ops = ops;
        match &mut g.cfg[b].exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => fix(v),
            _ => {}
        }
        for eid in out_edges {
            for a in g.cfg[eid].args.iter_mut() {
                fix(a);
            }
        }
    }
}
