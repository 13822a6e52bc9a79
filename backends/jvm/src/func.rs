//! One flow graph -> one static JVM method.
//!
//! Invariants:
//! - Every non-unit IR variable has a location: a JVM local of its JVM type (`I` for
//!   `Bool` and integers up to 32 bits, `J` for 64-bit integers and pointers, `F`, `D`), or,
//!   for an aggregate, memory in the call's frame on the runtime's off-heap stack (its
//!   value is the address `fp + offset`). Aggregate function arguments are the caller's
//!   addresses (the caller never writes that memory while the call runs).
//! - Integers narrower than 32 bits are kept normalised in their `int`: sign-extended when
//!   signed, zero-extended when unsigned, so `int` comparisons and division are right for
//!   them; `u32` and `u64` use the JDK's unsigned compare/divide methods.
//! - The operand stack is empty at every block start; a link pushes all its scalar
//!   arguments before storing any (parallel assignment), and copies aggregate arguments
//!   into the target's parameter memory, through staging memory when a block jumps to
//!   itself.
//! - The frame (stack slots, aggregate variables, staging and scratch memory) is taken
//!   from `PyrRt.SP` at entry and given back before every return; the stack limit is
//!   checked at entry.

use crate::asm::{op, Code, Label};
use crate::{jtype, Cx, JType, RT};
use pyrite_ir::*;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug)]
pub(crate) enum Loc {
    None,
    Local(u32, JType),
    Frame(u64),
}

pub(crate) struct Fn<'a, 'm> {
    pub(crate) cx: &'a mut Cx<'m>,
    pub(crate) g: &'m Graph,
    pub code: Code,
    pub(crate) locs: Vec<Loc>,
    pub(crate) next_local: u32,
    pub(crate) frame: u64,
    pub(crate) fp: u32,
    pub(crate) saved_sp: u32,
    pub(crate) ret_ptr: Option<u32>,
    pub(crate) labels: HashMap<BlockId, Label>,
    pub(crate) slot_off: Vec<u64>,
    /// Slots kept in JVM locals (see `promote.rs`): slot -> (local, type).
    pub(crate) promoted: HashMap<SlotId, (u32, JType)>,
    /// Address variables of promoted slots -> the slot.
    pub(crate) promoted_addrs: HashMap<Var, SlotId>,
    /// Promoted slots whose local is shared between blocks (never read before written).
    pub(crate) block_local_slots: std::collections::HashSet<SlotId>,
    /// How many times each variable is read (operands, exits, link arguments).
    pub(crate) uses: Vec<u32>,
    /// The result the current operation leaves on the stack for the next one.
    pub(crate) keep: Option<Var>,
    /// A variable that is on the stack, to be taken by the next push of it.
    pub(crate) stacked: Option<Var>,
    /// The block lowered after the current one (a jump to it falls through).
    pub(crate) next_block: Option<BlockId>,
}

pub(crate) fn load_op(t: JType) -> u8 {
    match t {
        JType::I => op::ILOAD,
        JType::J => op::LLOAD,
        JType::F => op::FLOAD,
        JType::D => op::DLOAD,
    }
}
pub(crate) fn store_op(t: JType) -> u8 {
    match t {
        JType::I => op::ISTORE,
        JType::J => op::LSTORE,
        JType::F => op::FSTORE,
        JType::D => op::DSTORE,
    }
}

pub(crate) fn is_agg(t: &LType) -> bool {
    matches!(t, LType::Struct(_) | LType::Array(..))
}

impl<'a, 'm> Fn<'a, 'm> {
    pub(crate) fn alloc_local(&mut self, t: JType) -> u32 {
        let l = self.next_local;
        self.next_local += t.slots() as u32;
        l
    }

    pub(crate) fn frame_mem(&mut self, t: &LType) -> u64 {
        let l = self.cx.lay.of(t);
        let align = l.align.max(1);
        let off = self.frame.div_ceil(align) * align;
        self.frame = off + l.size.max(1);
        off
    }

    pub(crate) fn ty(&self, v: &Value) -> LType {
        self.g.value_type(v, self.cx.m)
    }

    // ------------------------------------------------------------------ values --

    pub(crate) fn push_fp_off(&mut self, off: u64) {
        self.code.local(op::LLOAD, self.fp, 2);
        if off != 0 {
            self.code.lconst(&mut self.cx.pool, off as i64);
            self.code.op(op::LADD, -2);
        }
    }

    pub(crate) fn push_var(&mut self, v: Var) -> Result<(), String> {
        if self.stacked == Some(v) {
            self.stacked = None;
            return Ok(());
        }
        match self.locs[v.0 as usize] {
            Loc::None => {}
            Loc::Local(l, t) => self.code.local(load_op(t), l, t.slots()),
            Loc::Frame(off) => self.push_fp_off(off),
        }
        Ok(())
    }

    /// Pushes a value (nothing for unit values).
    pub(crate) fn push(&mut self, v: &Value) -> Result<(), String> {
        match v {
            Value::Var(x) => self.push_var(*x),
            Value::Const(c) => self.push_const(c),
        }
    }

    pub(crate) fn push_const(&mut self, c: &Const) -> Result<(), String> {
        let pool = &mut self.cx.pool;
        match c {
            Const::Unit => {}
            Const::Bool(b) => self.code.iconst(pool, *b as i32),
            Const::Int(v, t) => match jtype(t)? {
                Some(JType::I) => {
                    let LType::Int { bits, signed } = t else { return Err(format!("internal error: integer constant of type {}", t)) };
                    let x = match (bits, signed) {
                        (8, true) => *v as i8 as i32,
                        (8, false) => *v as u8 as i32,
                        (16, true) => *v as i16 as i32,
                        (16, false) => *v as u16 as i32,
                        _ => *v as u32 as i32,
                    };
                    self.code.iconst(pool, x)
                }
                Some(JType::J) => self.code.lconst(pool, *v as u64 as i64),
                Some(JType::F) => self.code.fconst(pool, *v as f32),
                Some(JType::D) => self.code.dconst(pool, *v as f64),
                None => {}
            },
            Const::F64(x) => self.code.dconst(pool, *x),
            Const::Null(_) => self.code.lconst(pool, 0),
            Const::GlobalAddr(g) => {
                let off = self.cx.global_off[g.0 as usize];
                self.code.getstatic(pool, RT, "G", "J");
                self.code.lconst(pool, off as i64);
                self.code.op(op::LADD, -2);
            }
            Const::FuncAddr(f) => self.code.lconst(pool, f.0 as i64 + 1),
        }
        Ok(())
    }

    /// Pops a value into `v`'s location (scalars only).
    pub(crate) fn pop_into(&mut self, v: Var) {
        if let Loc::Local(l, t) = self.locs[v.0 as usize] {
            self.code.local(store_op(t), l, -t.slots());
        }
    }

    pub(crate) fn pop_discard(&mut self, t: Option<JType>) {
        match t {
            Some(JType::J) | Some(JType::D) => self.code.op(op::POP2, -2),
            Some(_) => self.code.op(op::POP, -1),
            None => {}
        }
    }

    /// Re-establishes the normal form of a narrow integer in an `int`.
    pub(crate) fn norm(&mut self, t: &LType) {
        match t {
            LType::Int { bits: 8, signed: true } => self.code.op(op::I2B, 0),
            LType::Int { bits: 8, signed: false } => {
                self.code.iconst(&mut self.cx.pool, 255);
                self.code.op(op::IAND, -1);
            }
            LType::Int { bits: 16, signed: true } => self.code.op(op::I2S, 0),
            LType::Int { bits: 16, signed: false } => self.code.op(op::I2C, 0),
            _ => {}
        }
    }

    /// Converts the integer of type `t` at the stack top to a `long` (for addresses).
    pub(crate) fn to_long(&mut self, t: &LType) -> Result<(), String> {
        if jtype(t)? == Some(JType::I) {
            self.code.op(op::I2L, 1);
            if matches!(t, LType::Int { bits: 32, signed: false }) {
                self.code.lconst(&mut self.cx.pool, 0xffff_ffff);
                self.code.op(op::LAND, -2);
            }
        }
        Ok(())
    }

    pub(crate) fn rt(&mut self, name: &str, desc: &str) {
        self.code.invokestatic(&mut self.cx.pool, RT, name, desc);
    }

    /// Copies `size` bytes: the stack holds dst, src (both `long`).
    pub(crate) fn copy_bytes(&mut self, size: u64) {
        self.code.lconst(&mut self.cx.pool, size as i64);
        self.rt("copy", "(JJJ)V");
    }

    // ------------------------------------------------------------------- body --

    pub fn new(cx: &'a mut Cx<'m>, g: &'m Graph) -> Fn<'a, 'm> {
        Fn { cx, g, code: Code::new(), locs: vec![], next_local: 0, frame: 0, fp: 0, saved_sp: 0, ret_ptr: None, labels: HashMap::new(), slot_off: vec![], promoted: HashMap::new(), promoted_addrs: HashMap::new(), block_local_slots: Default::default(), uses: vec![], keep: None, stacked: None, next_block: None }
    }

    /// Lowers function `fi`; returns (code, max_stack, max_locals).
    pub fn lower(mut self, fi: usize) -> Result<(Vec<u8>, u32, u32), String> {
        let m = self.cx.m;
        let f = &m.functions[fi];
        let g = self.g;
        // Method parameters: hidden result pointer, then each non-unit IR parameter.
        if is_agg(&f.sig.ret) {
            self.ret_ptr = Some(self.alloc_local(JType::J));
        }
        let mut arg_locs = vec![];
        for p in &f.sig.params {
            match jtype(p)? {
                None => arg_locs.push(Loc::None),
                Some(t) => arg_locs.push(Loc::Local(self.alloc_local(t), t)),
            }
        }
        self.fp = self.alloc_local(JType::J);
        self.saved_sp = self.alloc_local(JType::J);
        let entry_has_preds = g.cfg.neighbors_directed(g.entry, petgraph::Direction::Incoming).next().is_some();
        // Locations of every variable.
        self.locs = vec![Loc::None; g.var_types.len()];
        let entry_params = g.cfg[g.entry].params.clone();
        if entry_params.len() != arg_locs.len() {
            return Err("internal error: entry block parameters do not match the signature".into());
        }
        if !entry_has_preds {
            for (p, l) in entry_params.iter().zip(&arg_locs) {
                self.locs[p.0 as usize] = *l;
            }
        }
        // Block parameters (and variables no operation defines) get locals of their own;
        // a variable an operation defines lives only in its block, so those locals are
        // shared between blocks (fewer locals, fewer `wide` instructions). The JVM
        // verifier accepts this: every such local is written before it is read in a block.
        let mut defined_in: Vec<Option<BlockId>> = vec![None; g.var_types.len()];
        for b in g.cfg.node_indices() {
            for o in &g.cfg[b].ops {
                if let Some(r) = o.result {
                    defined_in[r.0 as usize] = Some(b);
                }
            }
        }
        let (promo, addrs) = if std::env::var_os("PYRITE_JVM_NO_PROMOTE").is_none() { crate::promote::promotable(m, g) } else { Default::default() };
        // A promoted slot used in one block only, where its first access is a store, holds
        // nothing across blocks: it shares the per-block locals too.
        let mut slot_block: HashMap<SlotId, Option<BlockId>> = HashMap::new();
        let mut first_store: HashMap<SlotId, bool> = HashMap::new();
        for b in g.cfg.node_indices() {
            for o in &g.cfg[b].ops {
                let (x, is_store) = match &o.kind {
                    OpKind::Load(Value::Var(x)) => (x, false),
                    OpKind::Store(Value::Var(x), _) => (x, true),
                    _ => continue,
                };
                let Some(sl) = addrs.get(x) else { continue };
                match slot_block.get(sl) {
                    None => {
                        slot_block.insert(*sl, Some(b));
                        first_store.insert(*sl, is_store);
                    }
                    Some(Some(bb)) if *bb == b => {}
                    _ => {
                        slot_block.insert(*sl, None);
                    }
                }
            }
        }
        let local_slot = |sl: &SlotId| -> Option<BlockId> {
            match slot_block.get(sl) {
                Some(Some(b)) if first_store[sl] => Some(*b),
                _ => None,
            }
        };
        // The shared locals come first (low indices need no `wide` prefix): relative
        // positions per block, then the base.
        let mut rel: Vec<u32> = vec![0; g.var_types.len()];
        let mut cursor: HashMap<BlockId, u32> = HashMap::new();
        let mut width = 0u32;
        for (i, t) in g.var_types.iter().enumerate() {
            let (Some(b), false) = (defined_in[i], is_agg(t)) else { continue };
            if !entry_has_preds && entry_params.contains(&Var(i as u32)) {
                continue;
            }
            if let Some(jt) = jtype(t)? {
                let c = cursor.entry(b).or_insert(0);
                rel[i] = *c;
                *c += jt.slots() as u32;
                width = width.max(*c);
            }
        }
        let mut slot_rel: HashMap<SlotId, (u32, JType)> = HashMap::new();
        let mut promo_sorted: Vec<SlotId> = promo.iter().copied().collect();
        promo_sorted.sort_by_key(|s| s.0);
        for sl in &promo_sorted {
            if let Some(b) = local_slot(sl) {
                let jt = jtype(&g.slots[sl.0 as usize])?.ok_or("internal error: promoted unit slot")?;
                let c = cursor.entry(b).or_insert(0);
                slot_rel.insert(*sl, (*c, jt));
                *c += jt.slots() as u32;
                width = width.max(*c);
            }
        }
        let base = self.next_local;
        self.next_local += width;
        for (i, t) in g.var_types.iter().enumerate() {
            if !entry_has_preds && entry_params.contains(&Var(i as u32)) {
                continue;
            }
            self.locs[i] = if is_agg(t) {
                Loc::Frame(0) // placed below
            } else {
                match jtype(t)? {
                    None => Loc::None,
                    Some(jt) if defined_in[i].is_some() => Loc::Local(base + rel[i], jt),
                    Some(jt) => Loc::Local(self.alloc_local(jt), jt),
                }
            };
        }
        self.promoted_addrs = addrs;
        for (i, s) in g.slots.iter().enumerate() {
            if let Some((r, jt)) = slot_rel.get(&SlotId(i as u32)) {
                self.promoted.insert(SlotId(i as u32), (base + r, *jt));
                self.block_local_slots.insert(SlotId(i as u32));
                self.slot_off.push(0);
            } else if promo.contains(&SlotId(i as u32)) {
                let jt = jtype(s)?.ok_or("internal error: promoted unit slot")?;
                let l = self.alloc_local(jt);
                self.promoted.insert(SlotId(i as u32), (l, jt));
                self.slot_off.push(0);
            } else {
                let off = self.frame_mem(s);
                self.slot_off.push(off);
            }
        }
        for i in 0..self.locs.len() {
            if let Loc::Frame(_) = self.locs[i] {
                let t = g.var_types[i].clone();
                let off = self.frame_mem(&t);
                self.locs[i] = Loc::Frame(off);
            }
        }
        self.uses = vec![0; g.var_types.len()];
        for b in g.cfg.node_indices() {
            let blk = &g.cfg[b];
            let mut see = |v: &Value| {
                if let Value::Var(x) = v {
                    self.uses[x.0 as usize] += 1;
                }
            };
            for o in &blk.ops {
                o.kind.operands().into_iter().for_each(&mut see);
            }
            match &blk.exit {
                Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => see(v),
                _ => {}
            }
            for e in g.cfg.edges_directed(b, petgraph::Direction::Outgoing) {
                e.weight().args.iter().for_each(&mut see);
            }
        }
        let order = g.block_order();
        for &b in &order {
            let l = self.code.new_label();
            self.labels.insert(b, l);
        }
        // The frame size is known only after the body (staging memory); patch it in.
        let prologue_at = self.code.bytes.len();
        // getstatic SP; dup2; lstore saved; ldc2_w size; lsub; dup2; lstore fp; putstatic SP
        self.code.getstatic(&mut self.cx.pool, RT, "SP", "J");
        self.code.op(op::DUP2, 2);
        self.code.local(op::LSTORE, self.saved_sp, -2);
        let size_const_at = self.code.bytes.len();
        self.code.op_u16(op::LDC2_W, 0, 2); // patched
        self.code.op(op::LSUB, -2);
        self.code.op(op::DUP2, 2);
        self.code.local(op::LSTORE, self.fp, -2);
        self.code.putstatic(&mut self.cx.pool, RT, "SP", "J");
        self.code.local(op::LLOAD, self.fp, 2);
        self.rt("checkStack", "(J)V");
        let _ = prologue_at;
        let mut promoted: Vec<(u32, JType)> = self.promoted.iter().filter(|(s, _)| !self.block_local_slots.contains(s)).map(|(_, v)| *v).collect();
        promoted.sort_by_key(|p| p.0);
        for (l, jt) in promoted {
            let pool = &mut self.cx.pool;
            match jt {
                JType::I => self.code.iconst(pool, 0),
                JType::J => self.code.lconst(pool, 0),
                JType::F => self.code.fconst(pool, 0.0),
                JType::D => self.code.dconst(pool, 0.0),
            }
            self.code.local(store_op(jt), l, -jt.slots());
        }
        if entry_has_preds {
            // A link from the arguments to the entry block.
            self.link_from_locs(&arg_locs, g.entry)?;
        }
        self.code.goto(self.labels[&g.entry]);
        for (bi, &b) in order.iter().enumerate() {
            self.next_block = order.get(bi + 1).copied();
            self.code.bind(self.labels[&b], 0);
            let ops = &g.cfg[b].ops;
            for (i, op) in ops.iter().enumerate() {
                // Leave a single-use scalar result on the stack when the next operation
                // pushes it first.
                self.keep = None;
                if let Some(r) = op.result {
                    let next_first = match ops.get(i + 1) {
                        Some(n) => self.first_push(n),
                        None => match &g.cfg[b].exit {
                            Exit::If(Value::Var(c)) => Some(*c),
                            _ => None,
                        },
                    };
                    let slot_addr_promoted = matches!(&op.kind, OpKind::SlotAddr(s) if self.promoted.contains_key(s));
                    if next_first == Some(r) && self.uses[r.0 as usize] == 1 && matches!(self.locs[r.0 as usize], Loc::Local(..)) && !slot_addr_promoted {
                        self.keep = Some(r);
                    }
                }
                self.op(op)?;
                self.stacked = self.keep.take();
            }
            self.exit(b)?;
            if self.stacked.is_some() {
                return Err("internal error: JVM backend: a value left on the stack was not used".into());
            }
        }
        let frame = self.frame.div_ceil(16) * 16;
        let idx = self.cx.pool.long(frame as i64);
        self.code.bytes[size_const_at + 1..size_const_at + 3].copy_from_slice(&idx.to_be_bytes());
        let max_locals = self.next_local;
        let (bytes, max_stack) = self.code.finish()?;
        Ok((bytes, max_stack, max_locals))
    }
}
