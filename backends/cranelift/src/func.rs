//! One flow graph -> one Cranelift function.
//!
//! Invariants:
//! - Every IR block becomes one Cranelift block whose parameters are the IR block's scalar
//!   parameters, so links keep their parallel-assignment meaning for free. Aggregate block
//!   parameters live in a stack slot of their own; a link copies into it (through
//!   temporaries when a block jumps to itself, whose parameters may be the sources), and
//!   a conditional or switch link that copies gets a block of its own, so a link not taken
//!   writes nothing.
//! - The IR entry block shares the Cranelift entry block unless some link targets it; then
//!   the Cranelift entry jumps to it like any other link.
//! - An aggregate variable's memory is written once, by its defining operation or link,
//!   and read only while the variable is live (variables are block-local).
//! - A scalar slot that is not a GC root and whose address only ever serves as the pointer
//!   of a `Load`/`Store` of the slot's type lives in a Cranelift variable (SSA form built by
//!   `cranelift-frontend`), never in memory; every other slot is a stack slot.
//!   `PYRITE_CLIF_NO_PROMOTE=1` keeps them all in memory (for comparing).

use crate::{Cx, Repr};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, BlockArg, FuncRef, GlobalValue, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Type};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use cranelift_module::Module as _;
use pyrite_ir::*;
use std::collections::HashMap;

pub(crate) struct FnLower<'a, 'm, 'b> {
    pub cx: &'a mut Cx<'m>,
    pub b: FunctionBuilder<'b>,
    pub g: &'m Graph,
    vals: Vec<Option<ir::Value>>,
    blocks: HashMap<BlockId, ir::Block>,
    slots: Vec<StackSlot>,
    agg_slots: HashMap<Var, StackSlot>,
    ret_ptr: Option<ir::Value>,
    funcs: HashMap<u32, FuncRef>,
    externs: HashMap<u32, FuncRef>,
    helpers: HashMap<&'static str, FuncRef>,
    datas: HashMap<u32, GlobalValue>,
    pub rt_datas: HashMap<&'static str, GlobalValue>,
    /// The shadow-stack frame of this call (under a collecting policy with root slots).
    pub gc_frame: Option<ir::Value>,
    /// Slots kept in Cranelift variables instead of memory (see [`promotable_slots`]).
    promoted: HashMap<SlotId, cranelift_frontend::Variable>,
    /// Address variables of promoted slots -> the slot.
    promoted_addrs: HashMap<Var, SlotId>,
}

/// Slots that can live in registers: a scalar slot that is not a GC root and whose address
/// is only ever used as the pointer of a `Load` or `Store` of the slot's own type (so no
/// other code can see its memory). Returns them with the variables holding their address.
fn promotable_slots(m: &Module, g: &Graph) -> (std::collections::HashSet<SlotId>, HashMap<Var, SlotId>) {
    let mut addr: HashMap<Var, SlotId> = HashMap::new();
    for b in g.cfg.node_indices() {
        for op in &g.cfg[b].ops {
            if let (Some(r), OpKind::SlotAddr(s)) = (op.result, &op.kind) {
                addr.insert(r, *s);
            }
        }
    }
    let scalar = |t: &LType| matches!(t, LType::Bool | LType::Int { .. } | LType::F32 | LType::F64 | LType::Ptr(_) | LType::FnPtr(_));
    let mut ok: std::collections::HashSet<SlotId> = (0..g.slots.len() as u32).map(SlotId).filter(|s| scalar(&g.slots[s.0 as usize]) && !g.gc_roots.contains(s)).collect();
    let bad = |v: &Value, ok: &mut std::collections::HashSet<SlotId>| {
        if let Value::Var(x) = v {
            if let Some(s) = addr.get(x) {
                ok.remove(s);
            }
        }
    };
    for b in g.cfg.node_indices() {
        let blk = &g.cfg[b];
        for op in &blk.ops {
            match &op.kind {
                OpKind::Load(Value::Var(x)) if addr.contains_key(x) => {
                    let s = addr[x];
                    if op.result.map(|r| g.var_type(r)) != Some(&g.slots[s.0 as usize]) {
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

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

pub(crate) fn lower_function(cx: &mut Cx, i: usize, func: &mut ir::Function, fbc: &mut FunctionBuilderContext) -> Result<(), String> {
    let m = cx.m;
    let f = &m.functions[i];
    let g = &f.graph;
    let b = FunctionBuilder::new(func, fbc);
    let mut fl = FnLower {
        cx,
        b,
        g,
        vals: vec![None; g.var_types.len()],
        blocks: HashMap::new(),
        slots: vec![],
        agg_slots: HashMap::new(),
        ret_ptr: None,
        funcs: HashMap::new(),
        externs: HashMap::new(),
        helpers: HashMap::new(),
        datas: HashMap::new(),
        rt_datas: HashMap::new(),
        gc_frame: None,
        promoted: HashMap::new(),
        promoted_addrs: HashMap::new(),
    };
    if std::env::var_os("PYRITE_CLIF_NO_PROMOTE").is_none() {
        let (slots, addrs) = promotable_slots(m, g);
        let mut slots: Vec<SlotId> = slots.into_iter().collect();
        slots.sort_by_key(|s| s.0);
        for s in slots {
            let Repr::Scalar(t) = fl.cx.repr(&g.slots[s.0 as usize]) else { continue };
            let v = fl.b.declare_var(t);
            fl.promoted.insert(s, v);
        }
        fl.promoted_addrs = addrs;
    }
    fl.body(f)?;
    fl.b.seal_all_blocks();
    let cfg = fl.cx.module.target_config();
    fl.b.finalize(cfg);
    Ok(())
}

impl<'a, 'm, 'b> FnLower<'a, 'm, 'b> {
    fn repr(&mut self, t: &LType) -> Repr {
        self.cx.repr(t)
    }

    fn var_repr(&mut self, v: Var) -> Repr {
        let t = self.g.var_type(v).clone();
        self.repr(&t)
    }

    fn slot(&mut self, size: u64, align: u64) -> StackSlot {
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(1) as u32, align.max(1).trailing_zeros() as u8))
    }

    /// The address of IR slot `s`.
    pub fn slot_addr(&mut self, s: SlotId) -> ir::Value {
        self.b.ins().stack_addr(self.cx.ptr, self.slots[s.0 as usize], 0)
    }

    /// The dedicated memory of an aggregate variable.
    fn agg_slot(&mut self, v: Var) -> StackSlot {
        if let Some(&s) = self.agg_slots.get(&v) {
            return s;
        }
        let Repr::Agg(size, align) = self.var_repr(v) else { unreachable!("aggregate slot of a scalar") };
        let s = self.slot(size, align);
        self.agg_slots.insert(v, s);
        s
    }

    /// Copies an aggregate between two memory areas that never overlap (variable slots are
    /// private). Up to 256 bytes inline, in 8-byte words then a 4/2/1-byte tail (both
    /// targets allow unaligned accesses); larger ones call `memcpy`.
    fn copy_mem(&mut self, dst: ir::Value, src: ir::Value, size: u64, _align: u64) {
        if size > 256 {
            let cfg = self.cx.module.target_config();
            let n = self.b.ins().iconst(self.cx.ptr, size as i64);
            self.b.call_memcpy(cfg, dst, src, n);
            return;
        }
        let mut off = 0u64;
        for (w, t) in [(8u64, types::I64), (4, types::I32), (2, types::I16), (1, types::I8)] {
            while size - off >= w {
                let v = self.b.ins().load(t, flags(), src, off as i32);
                self.b.ins().store(flags(), v, dst, off as i32);
                off += w;
            }
        }
    }

    fn body(&mut self, f: &'m Function) -> Result<(), String> {
        let g = self.g;
        let order = g.block_order();
        let entry_has_preds = g.cfg.neighbors_directed(g.entry, petgraph::Direction::Incoming).next().is_some();
        let clif_entry = self.b.create_block();
        self.b.append_block_params_for_function_params(clif_entry);
        for &bid in &order {
            let blk = if bid == g.entry && !entry_has_preds { clif_entry } else { self.b.create_block() };
            self.blocks.insert(bid, blk);
            if blk != clif_entry {
                for &p in &g.cfg[bid].params {
                    if let Repr::Scalar(t) = self.var_repr(p) {
                        self.b.append_block_param(blk, t);
                    }
                }
            }
        }
        for t in &g.slots {
            let l = self.cx.lay.of(t);
            let s = self.slot(l.size, l.align);
            self.slots.push(s);
        }

        // The entry: function parameters -> the IR entry block's parameters.
        self.b.switch_to_block(clif_entry);
        let fparams: Vec<ir::Value> = self.b.block_params(clif_entry).to_vec();
        let mut k = 0;
        if matches!(self.repr(&f.sig.ret), Repr::Agg(..)) {
            self.ret_ptr = Some(fparams[0]);
            k = 1;
        }
        let mut incoming: Vec<Option<ir::Value>> = vec![];
        for &p in &g.cfg[g.entry].params {
            match self.var_repr(p) {
                Repr::None => incoming.push(None),
                _ => {
                    incoming.push(Some(fparams[k]));
                    k += 1;
                }
            }
        }
        self.gc_prologue()?;
        if entry_has_preds {
            let args = self.link_args(None, g.entry, incoming);
            let target = self.blocks[&g.entry];
            self.b.ins().jump(target, &args);
        } else {
            for (p, v) in g.cfg[g.entry].params.clone().into_iter().zip(incoming) {
                self.vals[p.0 as usize] = v;
            }
        }

        for &bid in &order {
            let blk = self.blocks[&bid];
            if blk != clif_entry {
                self.b.switch_to_block(blk);
                let ps: Vec<ir::Value> = self.b.block_params(blk).to_vec();
                let mut k = 0;
                for &p in &g.cfg[bid].params {
                    match self.var_repr(p) {
                        Repr::None => {}
                        Repr::Scalar(_) => {
                            self.vals[p.0 as usize] = Some(ps[k]);
                            k += 1;
                        }
                        Repr::Agg(..) => {
                            let s = self.agg_slot(p);
                            let a = self.b.ins().stack_addr(self.cx.ptr, s, 0);
                            self.vals[p.0 as usize] = Some(a);
                        }
                    }
                }
            }
            for op in &g.cfg[bid].ops {
                self.op(op)?;
            }
            self.exit(bid)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------ values --

    pub fn iconst(&mut self, t: Type, v: i128) -> ir::Value {
        if t == types::I128 {
            let lo = self.b.ins().iconst(types::I64, v as i64);
            let hi = self.b.ins().iconst(types::I64, (v >> 64) as i64);
            return self.b.ins().iconcat(lo, hi);
        }
        let bits = t.bits();
        let masked = if bits >= 64 { v as i64 } else { ((v as u128) & ((1u128 << bits) - 1)) as i64 };
        self.b.ins().iconst(t, masked)
    }

    /// The Cranelift value of an IR value (`None` for unit values).
    pub fn val(&mut self, v: &Value) -> Result<Option<ir::Value>, String> {
        match v {
            Value::Var(x) => Ok(self.vals[x.0 as usize]),
            Value::Const(c) => self.konst(c),
        }
    }

    fn val1(&mut self, v: &Value) -> Result<ir::Value, String> {
        self.val(v)?.ok_or_else(|| "internal error: the Cranelift backend needs a value where the IR has a unit".to_string())
    }

    fn konst(&mut self, c: &Const) -> Result<Option<ir::Value>, String> {
        let m = self.cx.m;
        Ok(Some(match c {
            Const::Unit => return Ok(None),
            Const::Int(v, t) => match self.repr(t) {
                Repr::Scalar(ct) if ct.is_float() => {
                    if ct == types::F32 {
                        self.b.ins().f32const(*v as f32)
                    } else {
                        self.b.ins().f64const(*v as f64)
                    }
                }
                Repr::Scalar(ct) => {
                    let v = if matches!(t, LType::Bool) { (*v != 0) as i128 } else { *v };
                    self.iconst(ct, v)
                }
                Repr::None => return Ok(None),
                Repr::Agg(..) => return Err(format!("internal error: integer constant of aggregate type {}", t)),
            },
            Const::F64(x) => self.b.ins().f64const(*x),
            Const::Bool(x) => self.b.ins().iconst(types::I8, *x as i64),
            Const::Null(_) => self.b.ins().iconst(self.cx.ptr, 0),
            Const::GlobalAddr(gid) => {
                let gv = match self.datas.get(&gid.0) {
                    Some(&gv) => gv,
                    None => {
                        let gv = self.cx.module.declare_data_in_func(self.cx.globals[gid.0 as usize], self.b.func);
                        self.datas.insert(gid.0, gv);
                        gv
                    }
                };
                let _ = m;
                self.b.ins().symbol_value(self.cx.ptr, gv)
            }
            Const::FuncAddr(fid) => {
                let fr = self.func_ref(fid.0);
                self.b.ins().func_addr(self.cx.ptr, fr)
            }
        }))
    }

    fn func_ref(&mut self, id: u32) -> FuncRef {
        if let Some(&r) = self.funcs.get(&id) {
            return r;
        }
        let r = self.cx.module.declare_func_in_func(self.cx.funcs[id as usize], self.b.func);
        self.funcs.insert(id, r);
        r
    }

    /// A runtime/libc function reference for this function.
    pub fn helper_ref(&mut self, name: &'static str, params: &[Type], ret: Option<Type>) -> Result<FuncRef, String> {
        if let Some(&r) = self.helpers.get(name) {
            return Ok(r);
        }
        let id = self.cx.helper(name, params, ret)?;
        let r = self.cx.module.declare_func_in_func(id, self.b.func);
        self.helpers.insert(name, r);
        Ok(r)
    }

    /// The address of a runtime data symbol.
    pub fn rt_addr(&mut self, name: &'static str) -> Result<ir::Value, String> {
        let gv = match self.rt_datas.get(name) {
            Some(&gv) => gv,
            None => {
                let id = self.cx.rt_data(name)?;
                let gv = self.cx.module.declare_data_in_func(id, self.b.func);
                self.rt_datas.insert(name, gv);
                gv
            }
        };
        Ok(self.b.ins().symbol_value(self.cx.ptr, gv))
    }

    fn ty(&self, v: &Value) -> LType {
        self.g.value_type(v, self.cx.m)
    }

    /// An integer value converted to the pointer width with its own signedness.
    fn to_usize(&mut self, v: ir::Value, t: &LType) -> ir::Value {
        let signed = matches!(t, LType::Int { signed: true, .. });
        self.resize(v, signed, self.cx.ptr)
    }

    fn resize(&mut self, v: ir::Value, signed: bool, to: Type) -> ir::Value {
        let from = self.b.func.dfg.value_type(v);
        if from == to {
            v
        } else if from.bits() > to.bits() {
            self.b.ins().ireduce(to, v)
        } else if signed {
            self.b.ins().sextend(to, v)
        } else {
            self.b.ins().uextend(to, v)
        }
    }

    // ------------------------------------------------------------------- links --

    /// Performs the aggregate copies of a link into `target` and returns the scalar
    /// arguments. `from` is the block the link leaves (`None`: the function entry).
    fn link_args(&mut self, from: Option<BlockId>, target: BlockId, args: Vec<Option<ir::Value>>) -> Vec<BlockArg> {
        let params = self.g.cfg[target].params.clone();
        let mut out = vec![];
        let mut copies = vec![];
        for (p, a) in params.iter().zip(args) {
            match self.var_repr(*p) {
                Repr::None => {}
                Repr::Scalar(_) => out.push(BlockArg::Value(a.expect("scalar link argument"))),
                Repr::Agg(size, align) => copies.push((*p, a.expect("aggregate link argument"), size, align)),
            }
        }
        if from == Some(target) && !copies.is_empty() {
            // A block jumping to itself: its parameters may be sources; copy out first.
            let mut staged = vec![];
            for (p, src, size, align) in copies {
                let t = self.slot(size, align);
                let ta = self.b.ins().stack_addr(self.cx.ptr, t, 0);
                self.copy_mem(ta, src, size, align);
                staged.push((p, ta, size, align));
            }
            copies = staged;
        }
        for (p, src, size, align) in copies {
            let s = self.agg_slot(p);
            let d = self.b.ins().stack_addr(self.cx.ptr, s, 0);
            self.copy_mem(d, src, size, align);
        }
        out
    }

    fn link_has_copies(&mut self, target: BlockId) -> bool {
        let params = self.g.cfg[target].params.clone();
        params.iter().any(|p| matches!(self.var_repr(*p), Repr::Agg(..)))
    }

    fn lowered_args(&mut self, args: &[Value]) -> Result<Vec<Option<ir::Value>>, String> {
        args.iter().map(|a| self.val(a)).collect()
    }

    /// A branch destination for a link out of `from`: the target itself with its scalar
    /// arguments, or (if `force` or the link copies aggregates) a new block doing the link.
    fn branch_dest(&mut self, from: BlockId, target: BlockId, args: &[Value], force: bool) -> Result<(ir::Block, Vec<BlockArg>), String> {
        let lowered = self.lowered_args(args)?;
        if !force && !self.link_has_copies(target) {
            let a = self.link_args(Some(from), target, lowered);
            return Ok((self.blocks[&target], a));
        }
        let cur = self.b.current_block().expect("current block");
        let tramp = self.b.create_block();
        self.b.switch_to_block(tramp);
        let a = self.link_args(Some(from), target, lowered);
        let t = self.blocks[&target];
        self.b.ins().jump(t, &a);
        self.b.switch_to_block(cur);
        Ok((tramp, vec![]))
    }

    fn exit(&mut self, bid: BlockId) -> Result<(), String> {
        let g = self.g;
        let exits = g.exits(bid);
        match &g.cfg[bid].exit {
            Exit::Goto => {
                let (_, t, l) = exits[0];
                let lowered = self.lowered_args(&l.args)?;
                let a = self.link_args(Some(bid), t, lowered);
                let tb = self.blocks[&t];
                self.b.ins().jump(tb, &a);
            }
            Exit::If(c) => {
                let cv = self.val1(c)?;
                let find = |case: ExitCase| exits.iter().find(|e| e.2.case == case).copied();
                let (Some((_, tt, tl)), Some((_, ft, fl))) = (find(ExitCase::True), find(ExitCase::False)) else {
                    return Err("internal error: `if` exit without both links".into());
                };
                let (tb, ta) = self.branch_dest(bid, tt, &tl.args, false)?;
                let (fb, fa) = self.branch_dest(bid, ft, &fl.args, false)?;
                self.b.ins().brif(cv, tb, &ta, fb, &fa);
            }
            Exit::Switch(c) => {
                let ct = self.ty(c);
                let LType::Int { bits, .. } = ct else {
                    return Err(format!("internal error: switch on {}", ct));
                };
                let cv = self.val1(c)?;
                let mut sw = Switch::new();
                let mut default = None;
                let mut seen = std::collections::HashSet::new();
                for &(_, t, l) in &exits {
                    match l.case {
                        ExitCase::Case(k) => {
                            let key = if bits >= 128 { k as u128 } else { (k as u128) & ((1u128 << bits) - 1) };
                            if !seen.insert(key) {
                                continue; // the first link for a value wins, as in a C switch... which forbids duplicates
                            }
                            let (blk, _) = self.branch_dest(bid, t, &l.args, !l.args.is_empty())?;
                            sw.set_entry(key, blk);
                        }
                        _ => default = Some((t, l)),
                    }
                }
                let Some((dt, dl)) = default else {
                    return Err("internal error: switch without a default link".into());
                };
                let (db, _) = self.branch_dest(bid, dt, &dl.args, !dl.args.is_empty())?;
                sw.emit(&mut self.b, cv, db);
            }
            Exit::Return(v) => {
                let rv = self.val(v)?;
                let rt = self.ty(v);
                let r = self.repr(&rt);
                self.gc_epilogue()?;
                match (r, rv) {
                    (Repr::Scalar(_), Some(x)) => {
                        self.b.ins().return_(&[x]);
                    }
                    (Repr::Agg(size, align), Some(x)) => {
                        let rp = self.ret_ptr.expect("aggregate return without a result pointer");
                        self.copy_mem(rp, x, size, align);
                        self.b.ins().return_(&[]);
                    }
                    _ => {
                        self.b.ins().return_(&[]);
                    }
                }
            }
            Exit::Unreachable => {
                self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            }
        }
        Ok(())
    }

    // --------------------------------------------------------------- operations --

    fn def(&mut self, op: &Op, v: Option<ir::Value>) {
        if let Some(r) = op.result {
            self.vals[r.0 as usize] = v;
        }
    }

    /// Memory for an aggregate result of `op`.
    fn result_mem(&mut self, op: &Op) -> Option<(ir::Value, u64, u64)> {
        let r = op.result?;
        match self.var_repr(r) {
            Repr::Agg(size, align) => {
                let s = self.agg_slot(r);
                let a = self.b.ins().stack_addr(self.cx.ptr, s, 0);
                Some((a, size, align))
            }
            _ => None,
        }
    }

    fn op(&mut self, op: &Op) -> Result<(), String> {
        let g = self.g;
        let m = self.cx.m;
        let rty = op.result.map(|r| g.var_type(r).clone());
        match &op.kind {
            OpKind::Bin(o, a, b) => {
                let t = self.ty(a);
                let (x, y) = (self.val1(a)?, self.val1(b)?);
                let v = self.bin(*o, &t, x, y)?;
                self.def(op, Some(v));
            }
            OpKind::Un(o, a) => {
                let t = self.ty(a);
                let x = self.val1(a)?;
                let v = match (o, &t) {
                    (UnOp::Neg, LType::F32 | LType::F64) => self.b.ins().fneg(x),
                    (UnOp::Neg, _) => self.b.ins().ineg(x),
                    (UnOp::Not, LType::Bool) => self.b.ins().bxor_imm_u(x, 1),
                    (UnOp::Not, _) => self.b.ins().bnot(x),
                };
                self.def(op, Some(v));
            }
            OpKind::Cast(a, to) => {
                if to.is_unit() {
                    self.def(op, None);
                } else {
                    let from = self.ty(a);
                    let x = self.val1(a)?;
                    let v = self.cast(&from, to, x)?;
                    self.def(op, Some(v));
                }
            }
            OpKind::PtrCast(a, _) => {
                let v = self.val(a)?;
                self.def(op, v);
            }
            OpKind::Copy(a) => {
                let t = self.ty(a);
                match self.repr(&t) {
                    Repr::Agg(..) => {
                        let src = self.val1(a)?;
                        let (d, size, align) = self.result_mem(op).expect("aggregate copy");
                        self.copy_mem(d, src, size, align);
                        self.def(op, Some(d));
                    }
                    _ => {
                        let v = self.val(a)?;
                        self.def(op, v);
                    }
                }
            }
            OpKind::SlotAddr(s) if self.promoted.contains_key(s) => self.def(op, None),
            OpKind::Load(Value::Var(x)) if self.promoted_addrs.contains_key(x) => {
                let v = self.b.use_var(self.promoted[&self.promoted_addrs[x]]);
                self.def(op, Some(v));
            }
            OpKind::Store(Value::Var(x), v) if self.promoted_addrs.contains_key(x) => {
                let var = self.promoted[&self.promoted_addrs[x]];
                let vv = self.val1(v)?;
                self.b.def_var(var, vv);
            }
            OpKind::SlotAddr(s) => {
                let v = self.slot_addr(*s);
                self.def(op, Some(v));
            }
            OpKind::Load(p) => {
                let t = rty.clone().unwrap_or(LType::Unit);
                match self.repr(&t) {
                    Repr::None => self.def(op, None),
                    Repr::Scalar(ct) => {
                        let pv = self.val1(p)?;
                        let v = self.b.ins().load(ct, flags(), pv, 0);
                        self.def(op, Some(v));
                    }
                    Repr::Agg(..) => {
                        let pv = self.val1(p)?;
                        let (d, size, align) = self.result_mem(op).expect("aggregate load");
                        self.copy_mem(d, pv, size, align);
                        self.def(op, Some(d));
                    }
                }
            }
            OpKind::Store(p, v) => {
                let vt = self.ty(v);
                match self.repr(&vt) {
                    Repr::None => {}
                    Repr::Scalar(_) => {
                        let (pv, vv) = (self.val1(p)?, self.val1(v)?);
                        self.b.ins().store(flags(), vv, pv, 0);
                        self.barrier(p, pv, &vt, None)?;
                    }
                    Repr::Agg(size, align) => {
                        let (pv, vv) = (self.val1(p)?, self.val1(v)?);
                        self.copy_mem(pv, vv, size, align);
                        self.barrier(p, pv, &vt, None)?;
                    }
                }
            }
            OpKind::FieldAddr(p, i) => {
                let pt = self.ty(p);
                let Some(LType::Struct(id)) = pt.pointee() else {
                    return Err(format!("internal error: field address through {}", pt));
                };
                let off = self.cx.lay.field_offset(*id, *i);
                let pv = self.val1(p)?;
                let v = if off == 0 { pv } else { self.b.ins().iadd_imm_s(pv, off as i64) };
                self.def(op, Some(v));
            }
            OpKind::ElemAddr(p, i) => {
                let pt = self.ty(p);
                let pv = self.val1(p)?;
                let v = match pt.pointee() {
                    Some(LType::Unit) | None => pv,
                    Some(e) => {
                        let size = self.cx.lay.size(&e.clone());
                        let it = self.ty(i);
                        let iv = self.val1(i)?;
                        let iv = self.to_usize(iv, &it);
                        let off = if size == 1 { iv } else { self.b.ins().imul_imm_s(iv, size as i64) };
                        self.b.ins().iadd(pv, off)
                    }
                };
                self.def(op, Some(v));
            }
            OpKind::Call(callee, args) => self.call(op, callee, args)?,
            OpKind::Malloc(t, n) => {
                let v = if m.gc.is_some() {
                    let nt = self.ty(n);
                    let nv = self.val1(n)?;
                    let nv = self.to_usize(nv, &nt);
                    self.gc_new(t, nv)?
                } else {
                    let size = if t.is_unit() {
                        self.b.ins().iconst(self.cx.ptr, 1)
                    } else {
                        let es = self.cx.lay.size(t);
                        let nt = self.ty(n);
                        let nv = self.val1(n)?;
                        let nv = self.to_usize(nv, &nt);
                        self.b.ins().imul_imm_s(nv, es as i64)
                    };
                    let ptr = self.cx.ptr;
                    let f = self.helper_ref("pyr_gc_alloc", &[ptr], Some(ptr))?;
                    let call = self.b.ins().call(f, &[size]);
                    self.b.inst_results(call)[0]
                };
                self.def(op, Some(v));
            }
            OpKind::Realloc(t, p, old, new) => {
                let ptr = self.cx.ptr;
                let pv = self.val1(p)?;
                let (ot, nt) = (self.ty(old), self.ty(new));
                let ov = self.val1(old)?;
                let ov = self.to_usize(ov, &ot);
                let nv = self.val1(new)?;
                let nv = self.to_usize(nv, &nt);
                let v = if let Some(info) = &m.gc {
                    let tid = info.tid(t);
                    let tv = self.b.ins().iconst(types::I32, tid as i64);
                    let f = self.helper_ref("pyr_gc_grow", &[ptr, types::I32, ptr, ptr], Some(ptr))?;
                    let call = self.b.ins().call(f, &[pv, tv, ov, nv]);
                    self.b.inst_results(call)[0]
                } else {
                    let es = self.cx.lay.size(t).max(1) as i64;
                    let os = self.b.ins().imul_imm_s(ov, es);
                    let ns = self.b.ins().imul_imm_s(nv, es);
                    let f = self.helper_ref("pyr_gc_realloc", &[ptr, ptr, ptr], Some(ptr))?;
                    let call = self.b.ins().call(f, &[pv, os, ns]);
                    self.b.inst_results(call)[0]
                };
                self.def(op, Some(v));
            }
            OpKind::MemCopy(d, s, n) => {
                let dt = self.ty(d);
                if let Some(e) = dt.pointee().filter(|e| !e.is_unit()) {
                    let e = e.clone();
                    let es = self.cx.lay.size(&e) as i64;
                    let (dv, sv) = (self.val1(d)?, self.val1(s)?);
                    let nt = self.ty(n);
                    let nv = self.val1(n)?;
                    let nv = self.to_usize(nv, &nt);
                    let bytes = if es == 1 { nv } else { self.b.ins().imul_imm_s(nv, es) };
                    let cfg = self.cx.module.target_config();
                    self.b.call_memmove(cfg, dv, sv, bytes);
                    self.barrier(d, dv, &e, Some(bytes))?;
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, op: &Op, callee: &Callee, args: &[Value]) -> Result<(), String> {
        let m = self.cx.m;
        let sig = m.callee_sig(callee, self.g).ok_or("internal error: indirect call through a non-function")?;
        let mut cargs = vec![];
        let res_mem = match self.repr(&sig.ret) {
            Repr::Agg(..) => {
                if matches!(callee, Callee::Extern(_)) {
                    return Err("error: the Cranelift backend cannot return an aggregate from a runtime function".into());
                }
                match self.result_mem(op) {
                    Some((a, _, _)) => Some(a),
                    None => {
                        // The result is unused: give the callee somewhere to write it.
                        let Repr::Agg(size, align) = self.repr(&sig.ret) else { unreachable!() };
                        let s = self.slot(size, align);
                        Some(self.b.ins().stack_addr(self.cx.ptr, s, 0))
                    }
                }
            }
            _ => None,
        };
        if let Some(a) = res_mem {
            cargs.push(a);
        }
        for a in args {
            if let Some(v) = self.val(a)? {
                cargs.push(v);
            }
        }
        let inst = match callee {
            Callee::Func(f) => {
                let fr = self.func_ref(f.0);
                self.b.ins().call(fr, &cargs)
            }
            Callee::Extern(e) => {
                let fr = match self.externs.get(&e.0) {
                    Some(&r) => r,
                    None => {
                        let r = self.cx.module.declare_func_in_func(self.cx.externs[e.0 as usize], self.b.func);
                        self.externs.insert(e.0, r);
                        r
                    }
                };
                self.b.ins().call(fr, &cargs)
            }
            Callee::Indirect(fp) => {
                let csig = self.cx.internal_sig(&sig);
                let sr = self.b.import_signature(csig);
                let fv = self.val1(fp)?;
                self.b.ins().call_indirect(sr, fv, &cargs)
            }
        };
        match (res_mem, self.repr(&sig.ret)) {
            (Some(a), _) => self.def(op, Some(a)),
            (None, Repr::Scalar(_)) => {
                let r = self.b.inst_results(inst)[0];
                self.def(op, Some(r));
            }
            _ => self.def(op, None),
        }
        Ok(())
    }

    fn bin(&mut self, o: BinOp, t: &LType, x: ir::Value, y: ir::Value) -> Result<ir::Value, String> {
        use BinOp::*;
        if matches!(o, Eq | Ne | Lt | Le | Gt | Ge) {
            return Ok(match t {
                LType::F32 | LType::F64 => {
                    let cc = match o {
                        Eq => FloatCC::Equal,
                        Ne => FloatCC::NotEqual,
                        Lt => FloatCC::LessThan,
                        Le => FloatCC::LessThanOrEqual,
                        Gt => FloatCC::GreaterThan,
                        _ => FloatCC::GreaterThanOrEqual,
                    };
                    self.b.ins().fcmp(cc, x, y)
                }
                _ => {
                    let signed = matches!(t, LType::Int { signed: true, .. });
                    let cc = match (o, signed) {
                        (Eq, _) => IntCC::Equal,
                        (Ne, _) => IntCC::NotEqual,
                        (Lt, true) => IntCC::SignedLessThan,
                        (Le, true) => IntCC::SignedLessThanOrEqual,
                        (Gt, true) => IntCC::SignedGreaterThan,
                        (Ge, true) => IntCC::SignedGreaterThanOrEqual,
                        (Lt, false) => IntCC::UnsignedLessThan,
                        (Le, false) => IntCC::UnsignedLessThanOrEqual,
                        (Gt, false) => IntCC::UnsignedGreaterThan,
                        _ => IntCC::UnsignedGreaterThanOrEqual,
                    };
                    self.b.ins().icmp(cc, x, y)
                }
            });
        }
        Ok(match t {
            LType::Int { bits, signed } => {
                if *bits > 64 && matches!(o, Div | Rem) {
                    return Err("error: the Cranelift backend does not support 128-bit division yet".into());
                }
                match o {
                    Add => self.b.ins().iadd(x, y),
                    Sub => self.b.ins().isub(x, y),
                    Mul => self.b.ins().imul(x, y),
                    And => self.b.ins().band(x, y),
                    Or => self.b.ins().bor(x, y),
                    Xor => self.b.ins().bxor(x, y),
                    Shl => self.b.ins().ishl(x, y),
                    Shr if *signed => self.b.ins().sshr(x, y),
                    Shr => self.b.ins().ushr(x, y),
                    Div | Rem if !*signed => {
                        if o == Div {
                            self.b.ins().udiv(x, y)
                        } else {
                            self.b.ins().urem(x, y)
                        }
                    }
                    Div | Rem => {
                        // MIN / -1 traps in hardware; it wraps as in C with -fwrapv's
                        // promotion (and the builder has already checked what rustc panics on).
                        let ty = self.b.func.dfg.value_type(y);
                        let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                        let one = self.b.ins().iconst(ty, 1);
                        let ysafe = self.b.ins().select(m1, one, y);
                        if o == Div {
                            let q = self.b.ins().sdiv(x, ysafe);
                            let nx = self.b.ins().ineg(x);
                            self.b.ins().select(m1, nx, q)
                        } else {
                            let r = self.b.ins().srem(x, ysafe);
                            let z = self.b.ins().iconst(ty, 0);
                            self.b.ins().select(m1, z, r)
                        }
                    }
                    _ => unreachable!(),
                }
            }
            LType::F32 | LType::F64 => {
                let f32 = matches!(t, LType::F32);
                match o {
                    Add => self.b.ins().fadd(x, y),
                    Sub => self.b.ins().fsub(x, y),
                    Mul => self.b.ins().fmul(x, y),
                    Div => self.b.ins().fdiv(x, y),
                    Rem => {
                        let ft = if f32 { types::F32 } else { types::F64 };
                        let f = self.helper_ref(if f32 { "fmodf" } else { "fmod" }, &[ft, ft], Some(ft))?;
                        let c = self.b.ins().call(f, &[x, y]);
                        self.b.inst_results(c)[0]
                    }
                    _ => return Err(format!("internal error: {:?} on {}", o, t)),
                }
            }
            LType::Bool => match o {
                And => self.b.ins().band(x, y),
                Or => self.b.ins().bor(x, y),
                Xor => self.b.ins().bxor(x, y),
                _ => return Err(format!("internal error: {:?} on bool", o)),
            },
            _ => return Err(format!("internal error: {:?} on {}", o, t)),
        })
    }

    fn cast(&mut self, from: &LType, to: &LType, x: ir::Value) -> Result<ir::Value, String> {
        let tt = match self.repr(to) {
            Repr::Scalar(t) => t,
            _ => return Err(format!("internal error: cast to {}", to)),
        };
        let is_float = |t: &LType| matches!(t, LType::F32 | LType::F64);
        Ok(match (from, to) {
            (LType::F32 | LType::F64, LType::Int { bits, signed }) => {
                if *bits > 64 {
                    return Err("error: the Cranelift backend does not support float to 128-bit integer casts yet".into());
                }
                if *bits >= 32 {
                    if *signed {
                        self.b.ins().fcvt_to_sint_sat(tt, x)
                    } else {
                        self.b.ins().fcvt_to_uint_sat(tt, x)
                    }
                } else if *signed {
                    let v = self.b.ins().fcvt_to_sint_sat(types::I32, x);
                    let lo = self.b.ins().iconst(types::I32, -(1i64 << (bits - 1)));
                    let hi = self.b.ins().iconst(types::I32, (1i64 << (bits - 1)) - 1);
                    let v = self.b.ins().smax(v, lo);
                    let v = self.b.ins().smin(v, hi);
                    self.b.ins().ireduce(tt, v)
                } else {
                    let v = self.b.ins().fcvt_to_uint_sat(types::I32, x);
                    let hi = self.b.ins().iconst(types::I32, (1i64 << bits) - 1);
                    let v = self.b.ins().umin(v, hi);
                    self.b.ins().ireduce(tt, v)
                }
            }
            (LType::F32, LType::F64) => self.b.ins().fpromote(types::F64, x),
            (LType::F64, LType::F32) => self.b.ins().fdemote(types::F32, x),
            (LType::F32, LType::F32) | (LType::F64, LType::F64) => x,
            (f, LType::F32 | LType::F64) => {
                if matches!(f, LType::Int { bits: 128, .. }) {
                    return Err("error: the Cranelift backend does not support 128-bit integer to float casts yet".into());
                }
                if matches!(f, LType::Int { signed: true, .. }) {
                    self.b.ins().fcvt_from_sint(tt, x)
                } else {
                    self.b.ins().fcvt_from_uint(tt, x)
                }
            }
            (f, LType::Bool) if is_float(f) => {
                let z = if matches!(f, LType::F32) { self.b.ins().f32const(0.0) } else { self.b.ins().f64const(0.0) };
                self.b.ins().fcmp(FloatCC::NotEqual, x, z)
            }
            (LType::Bool, LType::Bool) => x,
            (_, LType::Bool) => self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0),
            (f, _) => {
                let signed = matches!(f, LType::Int { signed: true, .. });
                self.resize(x, signed, tt)
            }
        })
    }
}
