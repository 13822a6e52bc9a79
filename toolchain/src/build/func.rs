//! The function builder: blocks, slots, places and calls.

use super::ModuleCx;
use crate::diag::{DResult, Diag};
use crate::frontend::DefId;
use crate::sema::check::{key, Callee as SCallee, Checked, Tables};
use crate::sema::ty::Ty;
use pyrite_ir::*;
use std::collections::HashMap;

/// Where a value lives: a thin pointer to a sized value, or a fat pointer to an unsized one.
#[derive(Clone, Debug)]
pub enum Place {
    Addr(Value),
    Fat(Value),
}

pub struct LoopCx {
    pub label: Option<String>,
    /// A labelled block (`'a: { .. }`): only `break 'a` reaches it.
    pub is_block: bool,
    pub brk: BlockId,
    pub cont: BlockId,
    pub result: Option<SlotId>,
}

pub struct FnBuilder<'a, 'p> {
    pub cx: &'a mut ModuleCx<'p>,
    pub t: Tables,
    pub g: Graph,
    pub cur: BlockId,
    pub def: DefId,
    pub env: Vec<Ty>,
    pub file: u32,
    pub locals: HashMap<usize, SlotId>,
    pub loops: Vec<LoopCx>,
    pub caller_loc: Option<SlotId>,
    pub ret_lty: LType,
    /// In a closure's function: captured locals (binding key -> field, by reference), the
    /// slot holding the pointer to the closure's struct, and the closure's result type.
    pub captures: HashMap<usize, (u32, bool)>,
    pub env_slot: Option<SlotId>,
    pub closure_ret: Option<Ty>,
}

impl<'a, 'p> FnBuilder<'a, 'p> {
    pub fn build(cx: &'a mut ModuleCx<'p>, fid: FuncId, def: DefId, env: &[Ty], checked: Checked) -> DResult<Graph> {
        let sig = cx.m.functions[fid.0 as usize].sig.clone();
        let info = cx.prog.krate.fn_info(def);
        let module = cx.prog.krate.def(def).module;
        let file = cx.prog.krate.file_of_mod(module);
        let mut b = FnBuilder {
            cx,
            t: checked.tables,
            g: Graph::new(),
            cur: BlockId::new(0),
            def,
            env: env.to_vec(),
            file,
            locals: HashMap::new(),
            loops: vec![],
            caller_loc: None,
            ret_lty: sig.ret.clone(),
            captures: HashMap::new(),
            env_slot: None,
            closure_ret: None,
        };
        b.cur = b.g.entry;
        let params: Vec<Var> = sig.params.iter().map(|t| b.g.new_var(t.clone())).collect();
        let entry = b.g.entry;
        b.g.cfg[entry].params = params.clone();
        if info.track_caller {
            let lt = sig.params.last().unwrap().clone();
            let s = b.slot(lt);
            let a = b.slot_addr(s);
            b.store(a, Value::Var(*params.last().unwrap()));
            b.caller_loc = Some(s);
        }
        let psig = b.cx.prog.sig(def)?;
        for (i, (input, pk)) in info.sig.inputs.iter().zip(&checked.param_pats).enumerate() {
            let pty = b.cx.normalized(&psig.params[i].subst(env));
            let lt = b.cx.lty(&pty);
            let s = b.slot(lt);
            let a = b.slot_addr(s);
            b.store(a.clone(), Value::Var(params[i]));
            match input {
                syn::FnArg::Receiver(_) => {
                    b.locals.insert(*pk, s);
                }
                syn::FnArg::Typed(pt) => {
                    let dead = b.g.add_block();
                    b.match_pat(&pt.pat, Place::Addr(a), &pty, dead)?;
                }
            }
        }
        let body = info.body.unwrap();
        let v = b.block(body)?;
        if b.is_live() {
            let v = b.coerce_value_to(v, &sig.ret);
            b.terminate(Exit::Return(v));
        }
        super::localize::prune_unreachable(&mut b.g);
        super::localize::localize(&mut b.g);
        Ok(b.g)
    }

    pub fn err(&self, span: proc_macro2::Span, msg: impl Into<String>) -> Diag {
        self.cx.prog.krate.diag(self.file, span, msg)
    }

    pub fn ty_of(&self, e: &syn::Expr) -> Ty {
        self.t.expr_ty.get(&key(e)).cloned().unwrap_or(Ty::Unit)
    }

    pub fn lty(&mut self, t: &Ty) -> LType {
        self.cx.lty(t)
    }

    // ---- blocks ----

    pub fn is_live(&self) -> bool {
        // A block is live if it is the entry or has predecessors; dead blocks absorb code
        // after a diverging expression.
        self.cur == self.g.entry || self.g.cfg.neighbors_directed(self.cur, pyrite_ir::petgraph::Direction::Incoming).next().is_some()
    }

    pub fn new_block(&mut self) -> BlockId {
        self.g.add_block()
    }

    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    /// Ends the current block; further code goes to a fresh unreachable block.
    pub fn terminate(&mut self, exit: Exit) {
        self.g.cfg[self.cur].exit = exit;
        self.cur = self.g.add_block();
    }

    pub fn goto(&mut self, target: BlockId, args: Vec<Value>) {
        let from = self.cur;
        self.g.add_link(from, target, ExitCase::Always, args);
        self.terminate(Exit::Goto);
    }

    pub fn branch(&mut self, cond: Value, then_b: BlockId, else_b: BlockId) {
        let from = self.cur;
        self.g.add_link(from, then_b, ExitCase::True, vec![]);
        self.g.add_link(from, else_b, ExitCase::False, vec![]);
        self.terminate(Exit::If(cond));
    }

    // ---- operations ----

    pub fn emit(&mut self, kind: OpKind, ty: LType) -> Value {
        if ty.is_unit() {
            self.g.cfg[self.cur].ops.push(Op { result: None, kind });
            return Value::Const(Const::Unit);
        }
        let v = self.g.new_var(ty);
        self.g.cfg[self.cur].ops.push(Op { result: Some(v), kind });
        Value::Var(v)
    }

    pub fn emit_void(&mut self, kind: OpKind) {
        self.g.cfg[self.cur].ops.push(Op { result: None, kind });
    }

    pub fn vty(&self, v: &Value) -> LType {
        self.g.value_type(v, &self.cx.m)
    }

    pub fn slot(&mut self, t: LType) -> SlotId {
        self.g.slots.push(t);
        SlotId(self.g.slots.len() as u32 - 1)
    }

    pub fn slot_addr(&mut self, s: SlotId) -> Value {
        let t = self.g.slots[s.0 as usize].clone();
        self.emit(OpKind::SlotAddr(s), LType::ptr(t))
    }

    pub fn load(&mut self, p: Value) -> Value {
        let t = match self.vty(&p) {
            LType::Ptr(t) => *t,
            other => panic!("internal: load through {}", other),
        };
        if t.is_unit() {
            return Value::Const(Const::Unit);
        }
        self.emit(OpKind::Load(p), t)
    }

    pub fn store(&mut self, p: Value, v: Value) {
        if matches!(self.vty(&p), LType::Ptr(t) if t.is_unit()) {
            return;
        }
        self.emit_void(OpKind::Store(p, v));
    }

    pub fn field_addr(&mut self, p: Value, i: u32) -> Value {
        let st = match self.vty(&p) {
            LType::Ptr(t) => match *t {
                LType::Struct(id) => id,
                other => panic!("internal: field of non-struct {}", other),
            },
            other => panic!("internal: field address of {}", other),
        };
        let ft = self.cx.layouts.structs[st.0 as usize].fields[i as usize].1.clone();
        self.emit(OpKind::FieldAddr(p, i), LType::ptr(ft))
    }

    /// Reads field `i` of a struct value.
    pub fn field_of(&mut self, v: Value, i: u32) -> Value {
        let t = self.vty(&v);
        let s = self.slot(t);
        let a = self.slot_addr(s);
        self.store(a.clone(), v);
        let f = self.field_addr(a, i);
        self.load(f)
    }

    /// Builds a struct value from its fields.
    pub fn make_struct(&mut self, t: LType, fields: Vec<Value>) -> Value {
        let s = self.slot(t);
        let a = self.slot_addr(s);
        for (i, f) in fields.into_iter().enumerate() {
            let fa = self.field_addr(a.clone(), i as u32);
            self.store(fa, f);
        }
        self.load(a)
    }

    pub fn int(&self, v: i128, t: LType) -> Value {
        Value::Const(Const::Int(v, t))
    }

    pub fn usize_const(&self, v: i128) -> Value {
        Value::Const(Const::Int(v, self.cx.usize_ty()))
    }

    pub fn bin(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        let cmp = matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let t = if cmp { LType::Bool } else { self.vty(&a) };
        self.emit(OpKind::Bin(op, a, b), t)
    }

    /// Spills a value to a fresh slot and returns its address.
    pub fn spill(&mut self, v: Value) -> Value {
        let t = self.vty(&v);
        let s = self.slot(t);
        let a = self.slot_addr(s);
        self.store(a.clone(), v);
        a
    }

    /// A string literal as a `&str` value.
    pub fn str_lit(&mut self, s: &str) -> Value {
        let g = self.cx.bytes_global(s.as_bytes());
        let u8p = LType::ptr(LType::int(8, false));
        let p = self.emit(OpKind::PtrCast(Value::Const(Const::GlobalAddr(g)), u8p.clone()), u8p);
        let st = self.cx.str_ty();
        let len = self.usize_const(s.len() as i128);
        self.make_struct(st, vec![p, len])
    }

    /// Emits `for i in 0..n { body(i) }` over a `usize` counter.
    pub fn counted_loop(&mut self, n: Value, body: &mut dyn FnMut(&mut Self, Value) -> DResult<()>) -> DResult<()> {
        let u = self.cx.usize_ty();
        let is = self.slot(u);
        let ia = self.slot_addr(is);
        let zero = self.usize_const(0);
        self.store(ia, zero);
        let (head, body_b, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.goto(head, vec![]);
        self.switch_to(head);
        let ia = self.slot_addr(is);
        let i = self.load(ia);
        let c = self.bin(BinOp::Lt, i.clone(), n);
        self.branch(c, body_b, exit);
        self.switch_to(body_b);
        body(self, i.clone())?;
        let one = self.usize_const(1);
        let i2 = self.bin(BinOp::Add, i, one);
        let ia = self.slot_addr(is);
        self.store(ia, i2);
        self.goto(head, vec![]);
        self.switch_to(exit);
        Ok(())
    }

    // ---- calls ----

    /// The `Location` pointer for a panic or a `#[track_caller]` call at `span`.
    pub fn loc_value(&mut self, span: proc_macro2::Span) -> Value {
        if let Some(s) = self.caller_loc {
            let a = self.slot_addr(s);
            return self.load(a);
        }
        let l = crate::diag::panic_loc(self.file, span);
        let g = self.cx.location(&l);
        Value::Const(Const::GlobalAddr(g))
    }

    /// Calls a function instance (or expands an intrinsic).
    pub fn call_def(&mut self, def: DefId, env: &[Ty], mut args: Vec<Value>, span: proc_macro2::Span) -> DResult<Value> {
        let info = self.cx.prog.krate.fn_info(def);
        if info.intrinsic {
            return self.intrinsic(def, env, args, span);
        }
        let track = info.track_caller;
        let fid = self.cx.func_for(def, env)?;
        if track {
            let l = self.loc_value(span);
            args.push(l);
        }
        let sig = self.cx.m.functions[fid.0 as usize].sig.clone();
        let args = args.into_iter().zip(&sig.params).map(|(a, p)| self.coerce_value_to(a, p)).collect();
        let v = self.emit(OpKind::Call(Callee::Func(fid), args), sig.ret.clone());
        let ret = self.cx.prog.sig(def)?.ret.subst(env);
        if ret == Ty::Never {
            self.terminate(Exit::Unreachable);
        }
        Ok(v)
    }

    /// Unit-typed constants stand in for any unit value; other mismatches are bugs.
    pub fn coerce_value_to(&mut self, v: Value, t: &LType) -> Value {
        if t.is_unit() {
            return Value::Const(Const::Unit);
        }
        v
    }

    pub fn call_callee(&mut self, c: &SCallee, args: Vec<Value>, span: proc_macro2::Span) -> DResult<Value> {
        match c {
            SCallee::Fn(d, env) => self.call_def(*d, env, args, span),
            SCallee::Virtual { tr, owner, method } => {
                let (vt, sigs) = self.cx.vtable_type(*tr)?;
                let methods = self.cx.prog.vtable_methods(*tr);
                let idx = methods
                    .iter()
                    .position(|(o, n, _)| n == method && o == owner)
                    .or_else(|| methods.iter().position(|(_, n, _)| n == method))
                    .ok_or_else(|| self.err(span, format!("method `{}` not in the trait object's vtable", method)))?;
                let sig = sigs[idx].clone().ok_or_else(|| self.err(span, "method not callable through `dyn`"))?;
                let fat = args[0].clone();
                let data = self.field_of(fat.clone(), 0);
                let vtp = self.field_of(fat, 1);
                let vtp = self.emit(OpKind::PtrCast(vtp, LType::ptr(LType::Struct(vt))), LType::ptr(LType::Struct(vt)));
                let fa = self.field_addr(vtp, idx as u32);
                let f = self.load(fa);
                let mut a = vec![data];
                a.extend(args.into_iter().skip(1));
                Ok(self.emit(OpKind::Call(Callee::Indirect(f), a), sig.ret))
            }
            SCallee::Ctor(t, v) => Ok(self.construct(t, *v, args)),
            SCallee::Trait { .. } => Err(self.err(span, "internal error: unresolved trait call")),
        }
    }

    /// The tag value of a variant.
    pub fn tag_const(&self, adt: &Ty, variant: u32) -> Value {
        let d = match adt {
            Ty::Adt(d, _) => *d,
            _ => panic!("internal: tag of non-ADT"),
        };
        let discr = self.cx.prog.krate.adt(d).variants[variant as usize].discr;
        Value::Const(Const::Int(discr & 0xffff_ffff, LType::int(32, false)))
    }

    /// Builds an enum variant or struct value.
    pub fn construct(&mut self, t: &Ty, variant: u32, fields: Vec<Value>) -> Value {
        let lt = self.lty(t);
        let Ty::Adt(d, _) = t else { panic!("internal: construct non-ADT") };
        let is_enum = self.cx.prog.krate.adt(*d).is_enum;
        let s = self.slot(lt);
        let a = self.slot_addr(s);
        if is_enum {
            let tag = self.field_addr(a.clone(), 0);
            let tv = self.tag_const(t, variant);
            self.store(tag, tv);
            let pl = self.field_addr(a.clone(), 1);
            let va = self.field_addr(pl, variant);
            for (i, f) in fields.into_iter().enumerate() {
                let fa = self.field_addr(va.clone(), i as u32);
                self.store(fa, f);
            }
        } else {
            for (i, f) in fields.into_iter().enumerate() {
                let fa = self.field_addr(a.clone(), i as u32);
                self.store(fa, f);
            }
        }
        self.load(a)
    }

    /// Emits a panic with a fixed message at `span`.
    pub fn panic_msg(&mut self, msg: &str, span: proc_macro2::Span) {
        let s = self.str_lit(msg);
        self.panic_str(s, span);
    }

    /// Panics with a `&str` value.
    pub fn panic_str(&mut self, s: Value, span: proc_macro2::Span) {
        let loc = self.loc_value(span);
        self.panic_with_loc(s, loc);
    }

    pub fn panic_with_loc(&mut self, s: Value, loc: Value) {
        let p = self.field_of(s.clone(), 0);
        let n = self.field_of(s, 1);
        let lf = self.field_addr(loc.clone(), 0);
        let file = self.load(lf);
        let lfl = self.field_addr(loc.clone(), 1);
        let flen = self.load(lfl);
        let ll = self.field_addr(loc.clone(), 2);
        let line = self.load(ll);
        let lc = self.field_addr(loc, 3);
        let col = self.load(lc);
        let u8p = LType::ptr(LType::int(8, false));
        let u = self.cx.usize_ty();
        let u32t = LType::int(32, false);
        let e = self.cx.extern_fn("pyr_panic", vec![u8p.clone(), u.clone(), u8p, u, u32t.clone(), u32t], LType::Unit, true);
        self.emit_void(OpKind::Call(Callee::Extern(e), vec![p, n, file, flen, line, col]));
        self.terminate(Exit::Unreachable);
    }
}
