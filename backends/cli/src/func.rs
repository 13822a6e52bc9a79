//! One flow graph -> one static CIL method.
//!
//! Invariants:
//! - The evaluation stack is empty at every block boundary and branch; each operation pushes
//!   its operands, computes, and stores its result into the local of its variable (stores
//!   into small-integer locals truncate, loads extend by the local's signedness, so narrow
//!   arithmetic wraps as in C).
//! - Block parameters have locals of their own; a link pushes all its scalar arguments
//!   before storing any parameter, which keeps the parallel-assignment meaning. Other
//!   variables are block-local, so their locals are shared between blocks (one pool per
//!   CIL type, reused from the start in every block).
//! - One `localloc` at entry gives the call its frame: every stack slot and every
//!   aggregate-typed variable has its own area in it (entry parameters of aggregate type
//!   are the caller's memory). A link copying aggregates into a block's own parameters
//!   goes through temporary areas first.
//! - Under a collecting policy, the root slots are zeroed and pushed on the shadow stack at
//!   entry and popped before every return (`gc.rs` states the runtime's contract).
//! - A scalar slot that is not a GC root and whose address only ever serves as the pointer of a `Load`/`Store` of
//!   the slot's type lives in a local, never in memory (as in the Cranelift backend).

mod exits;
mod ops;

use crate::{rt_ref, Cx, Repr, Sc, St, CLASS};
use pyrite_ir::*;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug)]
enum Loc {
    None,
    Local(u32),
    Arg(u32),
    Frame(u64),
}

struct FnEmit<'a, 'm> {
    cx: &'a mut Cx<'m>,
    g: &'m Graph,
    code: String,
    locals: Vec<&'static str>,
    loc: Vec<Option<Loc>>,
    frame: u64,
    slot_off: Vec<u64>,
    promoted: HashMap<SlotId, u32>,
    promoted_addrs: HashMap<Var, SlotId>,
    pool: HashMap<Sc, Vec<u32>>,
    pool_used: HashMap<Sc, usize>,
    labels: u32,
    maxstack: usize,
    /// The local holding this call's shadow-stack frame (functions with root slots).
    gc_frame: Option<u32>,
}

/// Slots that can live in locals (see the module comment), with the variables holding
/// their addresses.
fn promotable(m: &Module, g: &Graph) -> (HashSet<SlotId>, HashMap<Var, SlotId>) {
    let mut addr: HashMap<Var, SlotId> = HashMap::new();
    for b in g.cfg.node_indices() {
        for op in &g.cfg[b].ops {
            if let (Some(r), OpKind::SlotAddr(s)) = (op.result, &op.kind) {
                addr.insert(r, *s);
            }
        }
    }
    let scalar = |t: &LType| matches!(t, LType::Bool | LType::Int { bits: 8 | 16 | 32 | 64, .. } | LType::F32 | LType::F64 | LType::Ptr(_) | LType::FnPtr(_));
    let mut ok: HashSet<SlotId> = (0..g.slots.len() as u32).map(SlotId).filter(|s| scalar(&g.slots[s.0 as usize]) && !g.gc_roots.contains(s)).collect();
    let escape = |v: &Value, ok: &mut HashSet<SlotId>| {
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
                    escape(v, &mut ok);
                }
                k => {
                    for v in k.operands() {
                        escape(v, &mut ok);
                    }
                }
            }
        }
        match &blk.exit {
            Exit::If(v) | Exit::Switch(v) | Exit::Return(v) => escape(v, &mut ok),
            Exit::Goto | Exit::Unreachable => {}
        }
        for (_, _, l) in g.exits(b) {
            for a in &l.args {
                escape(a, &mut ok);
            }
        }
    }
    let addrs = addr.into_iter().filter(|(_, s)| ok.contains(s)).collect();
    (ok, addrs)
}

pub(crate) fn emit_function(cx: &mut Cx, i: usize, out: &mut String) -> Result<(), String> {
    let m = cx.m;
    let f = &m.functions[i];
    let g = &f.graph;
    let mut e = FnEmit {
        cx,
        g,
        code: String::new(),
        locals: vec!["native int"],
        loc: vec![None; g.var_types.len()],
        frame: 0,
        slot_off: vec![],
        promoted: HashMap::new(),
        promoted_addrs: HashMap::new(),
        pool: HashMap::new(),
        pool_used: HashMap::new(),
        labels: 0,
        maxstack: 8,
        gc_frame: None,
    };
    let (prom, addrs) = promotable(m, g);
    for (k, t) in g.slots.iter().enumerate() {
        if prom.contains(&SlotId(k as u32)) {
            let Repr::Scalar(sc) = e.cx.repr(t)? else { unreachable!("promoted aggregate slot") };
            let l = e.new_local(sc.il());
            e.promoted.insert(SlotId(k as u32), l);
            e.slot_off.push(0);
        } else {
            let lay = e.cx.lay.of(t);
            let off = e.alloc(lay.size.max(1), lay.align);
            e.slot_off.push(off);
        }
    }
    e.promoted_addrs = addrs;
    let (ret, params) = e.cx.internal_sig(&f.sig)?;
    let ret_agg = matches!(e.cx.repr(&f.sig.ret)?, Repr::Agg(..));
    e.body(ret_agg)?;
    let name = format!("f{}_{}", i, sanitize(&f.name));
    let params: Vec<String> = params.iter().enumerate().map(|(k, t)| format!("{} a{}", t, k)).collect();
    let _ = writeln!(out, "  .method private static {} '{}'({}) cil managed\n  {{\n    .maxstack {}", ret, name, params.join(", "), e.maxstack);
    e.finish(out);
    Ok(())
}

/// `Run()`: calls the entry function with zero (or zeroed) arguments.
pub(crate) fn emit_run(cx: &mut Cx, entry: usize, out: &mut String) -> Result<(), String> {
    let m = cx.m;
    let f = &m.functions[entry];
    // `Run` has no flow graph of its own; the emitter's helpers it uses never read one.
    static NO_GRAPH: std::sync::OnceLock<Graph> = std::sync::OnceLock::new();
    let g = NO_GRAPH.get_or_init(Graph::new);
    let mut e = FnEmit {
        cx,
        g,
        code: String::new(),
        locals: vec!["native int"],
        loc: vec![],
        frame: 0,
        slot_off: vec![],
        promoted: HashMap::new(),
        promoted_addrs: HashMap::new(),
        pool: HashMap::new(),
        pool_used: HashMap::new(),
        labels: 0,
        maxstack: 8 + f.sig.params.len(),
        gc_frame: None,
    };
    let mut tys = vec![f.sig.ret.clone()];
    tys.extend(f.sig.params.iter().cloned());
    let mut ret_scalar = false;
    for (k, t) in tys.iter().enumerate() {
        match e.cx.repr(t)? {
            Repr::None => {}
            Repr::Scalar(sc) if k > 0 => e.push_zero(sc.stack(), sc),
            Repr::Scalar(_) => ret_scalar = true,
            Repr::Agg(size, align) => {
                let off = e.alloc(size, align);
                e.frame_addr(off);
                e.line("dup");
                e.line("ldc.i4.0");
                e.line(&format!("ldc.i4 {}", size));
                e.line("initblk");
            }
        }
    }
    let r = e.cx.func_refs[entry].clone();
    e.line(&format!("call {}", r));
    if ret_scalar {
        e.line("pop");
    }
    e.line("ret");
    let _ = writeln!(out, "  .method private static void Run() cil managed\n  {{\n    .maxstack {}", e.maxstack);
    e.finish(out);
    Ok(())
}

impl<'a, 'm> FnEmit<'a, 'm> {
    fn finish(self, out: &mut String) {
        let locals: Vec<String> = self.locals.iter().enumerate().map(|(k, t)| format!("{} l{}", t, k)).collect();
        let _ = writeln!(out, "    .locals ({})", locals.join(", "));
        if self.frame > 0 {
            let _ = writeln!(out, "    ldc.i4 {}\n    conv.u\n    localloc\n    stloc.0", self.frame);
        }
        out.push_str(&self.code);
        out.push_str("  }\n");
    }

    fn line(&mut self, s: &str) {
        self.code.push_str("    ");
        self.code.push_str(s);
        self.code.push('\n');
    }

    fn label(&mut self) -> String {
        self.labels += 1;
        format!("L{}", self.labels)
    }

    fn new_local(&mut self, t: &'static str) -> u32 {
        self.locals.push(t);
        self.locals.len() as u32 - 1
    }

    fn alloc(&mut self, size: u64, align: u64) -> u64 {
        let a = align.max(1);
        let off = self.frame.div_ceil(a) * a;
        self.frame = off + size.max(1);
        off
    }

    fn frame_addr(&mut self, off: u64) {
        self.line("ldloc.0");
        if off > 0 {
            self.line(&format!("ldc.i4 {}", off));
            self.line("add");
        }
    }

    fn repr_of(&mut self, t: &LType) -> Result<Repr, String> {
        self.cx.repr(t)
    }

    fn ty(&self, v: &Value) -> LType {
        self.g.value_type(v, self.cx.m)
    }

    fn sc_of(&mut self, v: &Value) -> Result<Sc, String> {
        let t = self.ty(v);
        match self.repr_of(&t)? {
            Repr::Scalar(sc) => Ok(sc),
            _ => Err(format!("internal error: the CLI backend needs a scalar, got {}", t)),
        }
    }

    /// The location of a variable being defined here (a pool local for scalars, a frame
    /// area for aggregates).
    fn def_loc(&mut self, v: Var) -> Result<Loc, String> {
        if let Some(l) = self.loc[v.0 as usize] {
            return Ok(l);
        }
        let t = self.g.var_type(v).clone();
        let l = match self.repr_of(&t)? {
            Repr::None => Loc::None,
            Repr::Scalar(sc) => {
                let used = self.pool_used.entry(sc).or_insert(0);
                let k = *used;
                *used += 1;
                let have = self.pool.get(&sc).map(|p| p.len()).unwrap_or(0);
                let l = if k < have {
                    self.pool[&sc][k]
                } else {
                    let l = self.new_local(sc.il());
                    self.pool.entry(sc).or_default().push(l);
                    l
                };
                // Pool locals are per block: forget this binding when the block ends.
                return Ok(Loc::Local(l));
            }
            Repr::Agg(size, align) => Loc::Frame(self.alloc(size, align)),
        };
        self.loc[v.0 as usize] = Some(l);
        Ok(l)
    }

    fn push_var(&mut self, x: Var) -> Result<(), String> {
        match self.loc[x.0 as usize] {
            Some(Loc::None) => {}
            Some(Loc::Local(l)) => self.line(&format!("ldloc {}", l)),
            Some(Loc::Arg(a)) => self.line(&format!("ldarg {}", a)),
            Some(Loc::Frame(off)) => self.frame_addr(off),
            None => {
                if !self.g.var_type(x).is_unit() {
                    return Err(format!("internal error: the CLI backend reads variable v{} before its definition", x.0));
                }
            }
        }
        Ok(())
    }

    fn push(&mut self, v: &Value) -> Result<(), String> {
        match v {
            Value::Var(x) => self.push_var(*x),
            Value::Const(c) => self.push_const(c),
        }
    }

    fn push_zero(&mut self, st: St, sc: Sc) {
        match st {
            St::I32 => self.line("ldc.i4.0"),
            St::I64 => self.line("ldc.i8 0"),
            St::N => {
                self.line("ldc.i4.0");
                self.line("conv.u");
            }
            St::F if sc == Sc::F32 => self.line("ldc.r4 0.0"),
            St::F => self.line("ldc.r8 0.0"),
        }
    }

    /// Pushes an integer in the representation a local of type `sc` would load.
    fn push_int(&mut self, v: i128, sc: Sc) {
        match sc {
            Sc::F32 => self.line(&format!("ldc.r4 float32(0x{:08x})", (v as f32).to_bits())),
            Sc::F64 => self.line(&format!("ldc.r8 float64(0x{:016x})", (v as f64).to_bits())),
            Sc::I8 => self.line(&format!("ldc.i4 {}", v as i8)),
            Sc::U8 => self.line(&format!("ldc.i4 {}", v as u8)),
            Sc::I16 => self.line(&format!("ldc.i4 {}", v as i16)),
            Sc::U16 => self.line(&format!("ldc.i4 {}", v as u16)),
            Sc::I32 | Sc::U32 => self.line(&format!("ldc.i4 {}", v as i32)),
            Sc::I64 | Sc::U64 => self.line(&format!("ldc.i8 {}", v as i64)),
            Sc::Ptr => {
                self.line(&format!("ldc.i8 {}", v as i64));
                self.line("conv.i");
            }
        }
    }

    fn push_const(&mut self, c: &Const) -> Result<(), String> {
        match c {
            Const::Unit => {}
            Const::Int(v, t) => match self.repr_of(t)? {
                Repr::None => {}
                Repr::Scalar(sc) => {
                    let v = if matches!(t, LType::Bool) { (*v != 0) as i128 } else { *v };
                    self.push_int(v, sc);
                }
                Repr::Agg(..) => return Err(format!("internal error: integer constant of aggregate type {}", t)),
            },
            Const::F64(x) => self.line(&format!("ldc.r8 float64(0x{:016x})", x.to_bits())),
            Const::Bool(b) => self.line(if *b { "ldc.i4.1" } else { "ldc.i4.0" }),
            Const::Null(_) => self.push_zero(St::N, Sc::Ptr),
            Const::GlobalAddr(gid) => {
                let off = self.cx.global_offs[gid.0 as usize];
                self.line(&format!("ldsfld native int {}::G", CLASS));
                if off > 0 {
                    self.line(&format!("ldc.i4 {}", off));
                    self.line("add");
                }
            }
            Const::FuncAddr(fid) => {
                let r = self.cx.func_refs[fid.0 as usize].clone();
                self.line(&format!("ldftn {}", r));
            }
        }
        Ok(())
    }

    /// Stores the value on the stack (if any) into the result of `op`.
    fn store_result(&mut self, op: &Op, pushed: bool) -> Result<(), String> {
        match op.result {
            Some(r) => match self.def_loc(r)? {
                Loc::Local(l) => {
                    if !pushed {
                        return Err("internal error: the CLI backend has no value for a scalar result".into());
                    }
                    self.line(&format!("stloc {}", l));
                    self.loc[r.0 as usize] = Some(Loc::Local(l));
                }
                _ if pushed => self.line("pop"),
                _ => {}
            },
            None if pushed => self.line("pop"),
            None => {}
        }
        Ok(())
    }

    /// Converts the integer on the stack (of scalar type `from`) to native int.
    fn to_native(&mut self, from: Sc) {
        match from.stack() {
            St::I32 if from.signed() => self.line("conv.i"),
            St::I32 => self.line("conv.u"),
            St::I64 => self.line("conv.u"),
            _ => {}
        }
    }

    fn copy_mem(&mut self, size: u64) {
        self.line(&format!("ldc.i4 {}", size));
        self.line("cpblk");
    }

    // ---------------------------------------------------------------- the body --

    fn body(&mut self, ret_agg: bool) -> Result<(), String> {
        let g = self.g;
        let order = g.block_order();
        let entry_has_preds = g.cfg.neighbors_directed(g.entry, petgraph::Direction::Incoming).next().is_some();
        // Block parameters: locals (or areas) of their own.
        for &b in &order {
            if b == g.entry && !entry_has_preds {
                continue;
            }
            for &p in &g.cfg[b].params {
                let t = g.var_type(p).clone();
                let l = match self.repr_of(&t)? {
                    Repr::None => Loc::None,
                    Repr::Scalar(sc) => Loc::Local(self.new_local(sc.il())),
                    Repr::Agg(size, align) => Loc::Frame(self.alloc(size, align)),
                };
                self.loc[p.0 as usize] = Some(l);
            }
            self.maxstack = self.maxstack.max(8 + g.cfg[b].params.len());
        }
        self.gc_prologue()?;
        // The function's arguments.
        let mut k = ret_agg as u32;
        for &p in &g.cfg[g.entry].params {
            let t = g.var_type(p).clone();
            let r = self.repr_of(&t)?;
            if r == Repr::None {
                self.loc[p.0 as usize] = Some(Loc::None);
                continue;
            }
            if !entry_has_preds {
                self.loc[p.0 as usize] = Some(Loc::Arg(k));
            } else {
                match (r, self.loc[p.0 as usize]) {
                    (Repr::Agg(size, _), Some(Loc::Frame(off))) => {
                        self.frame_addr(off);
                        self.line(&format!("ldarg {}", k));
                        self.copy_mem(size);
                    }
                    (_, Some(Loc::Local(l))) => {
                        self.line(&format!("ldarg {}", k));
                        self.line(&format!("stloc {}", l));
                    }
                    _ => return Err("internal error: entry parameter without a location".into()),
                }
            }
            k += 1;
        }
        for &b in &order {
            self.pool_used.clear();
            let lab = format!("B{}", b.index());
            self.code.push_str(&format!("  {}:\n", lab));
            for op in &g.cfg[b].ops {
                self.op(op)?;
            }
            self.exit(b, ret_agg)?;
        }
        Ok(())
    }

    /// Zeroes the root slots and pushes them on the shadow stack.
    fn gc_prologue(&mut self) -> Result<(), String> {
        let g = self.g;
        if g.gc_roots.is_empty() {
            return Ok(());
        }
        let info = self.cx.m.gc.as_ref().ok_or("internal error: root slots without a GC")?;
        for s in &g.gc_roots {
            let size = self.cx.lay.size(&g.slots[s.0 as usize]).max(1);
            self.frame_addr(self.slot_off[s.0 as usize]);
            self.line("ldc.i4.0");
            self.line(&format!("ldc.i4 {}", size));
            self.line("initblk");
        }
        let fr = self.new_local("native int");
        self.line(&format!("ldc.i4 {}", g.gc_roots.len()));
        self.line("conv.u");
        self.line(&format!("call {}", rt_ref("h_gc_push")));
        self.line(&format!("stloc {}", fr));
        for (i, s) in g.gc_roots.iter().enumerate() {
            let tid = info.tid(&g.slots[s.0 as usize]);
            self.line(&format!("ldloc {}", fr));
            self.line(&format!("ldc.i4 {}", 16 * i));
            self.line("add");
            self.frame_addr(self.slot_off[s.0 as usize]);
            self.line("stind.i");
            self.line(&format!("ldloc {}", fr));
            self.line(&format!("ldc.i4 {}", 16 * i + 8));
            self.line("add");
            self.line(&format!("ldc.i8 {}", tid));
            self.line("conv.i");
            self.line("stind.i");
        }
        self.gc_frame = Some(fr);
        Ok(())
    }
}

