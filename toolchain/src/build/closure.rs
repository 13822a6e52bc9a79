//! Closures in flow graphs.
//!
//! Invariants:
//! - A closure type has one function, `(pointer to the closure's struct, arguments..) ->
//!   result`; a call `f(x)` passes the address of `f` (after the recorded derefs).
//! - The closure's graph is built when its expression is first built, from the enclosing
//!   instance's tables, so it exists before any instance that receives the closure is built.
//! - Inside it, a captured local is a field of the struct: the local itself (by value,
//!   `move`) or a pointer to the enclosing function's slot (by reference).

use super::func::{FnBuilder, Place};
use super::ModuleCx;
use crate::diag::DResult;
use crate::sema::check::key;
use crate::sema::ty::Ty;
use pyrite_ir::*;
use std::collections::HashMap;
use syn::spanned::Spanned;

impl ModuleCx<'_> {
    /// The function of a closure type, declared the first time it is asked for.
    pub fn closure_func(&mut self, id: u32) -> FuncId {
        if let Some((f, _)) = self.closure_fns.get(&id) {
            return *f;
        }
        let info = self.prog.closure(id);
        let st = self.lty(&Ty::Closure(id));
        let mut params = vec![LType::ptr(st)];
        for p in &info.params {
            let p = self.normalized(p);
            params.push(self.lty(&p));
        }
        let r = self.normalized(&info.ret);
        let ret = self.lty(&r);
        self.m.functions.push(Function { name: format!("closure#{}", id), sig: Sig { params, ret }, graph: Graph::new() });
        let f = FuncId(self.m.functions.len() as u32 - 1);
        self.closure_fns.insert(id, (f, false));
        f
    }
}

impl FnBuilder<'_, '_> {
    /// The place of a captured local inside a closure's function.
    pub fn captured_place(&mut self, k: usize) -> Place {
        let (i, by_ref) = self.captures[&k];
        let ea = self.slot_addr(self.env_slot.expect("closure environment"));
        let envp = self.load(ea);
        let fa = self.field_addr(envp, i);
        if by_ref {
            Place::Addr(self.load(fa))
        } else {
            Place::Addr(fa)
        }
    }

    fn local_place(&mut self, k: usize, span: proc_macro2::Span) -> DResult<Place> {
        if let Some(s) = self.locals.get(&k).copied() {
            let a = self.slot_addr(s);
            return Ok(Place::Addr(a));
        }
        if self.captures.contains_key(&k) {
            return Ok(self.captured_place(k));
        }
        Err(self.err(span, "internal error: captured local not found"))
    }

    /// A closure expression: its struct of captures (and, the first time, its function).
    pub fn closure_value(&mut self, c: &'static syn::ExprClosure, ty: &Ty) -> DResult<Value> {
        let Ty::Closure(id) = ty else {
            return Err(self.err(c.span(), "internal error: closure without a closure type"));
        };
        let id = *id;
        let info = self.cx.prog.closure(id);
        let fid = self.cx.closure_func(id);
        if !self.cx.closure_fns[&id].1 {
            self.cx.closure_fns.insert(id, (fid, true));
            self.closure_body(c, id, fid)?;
        }
        let mut vals = vec![];
        for (k, _, by_ref) in &info.captures {
            let p = self.local_place(*k, c.span())?;
            vals.push(if *by_ref { self.place_addr(&p) } else { self.read_place(&p) });
        }
        let lt = self.lty(ty);
        Ok(self.make_struct(lt, vals))
    }

    fn closure_body(&mut self, c: &'static syn::ExprClosure, id: u32, fid: FuncId) -> DResult<()> {
        let info = self.cx.prog.closure(id);
        let sig = self.cx.m.functions[fid.0 as usize].sig.clone();
        let captures: HashMap<usize, (u32, bool)> = info.captures.iter().enumerate().map(|(i, (k, _, r))| (*k, (i as u32, *r))).collect();
        let tables = std::mem::take(&mut self.t);
        let mut b = FnBuilder {
            cx: &mut *self.cx,
            t: tables,
            g: Graph::new(),
            cur: BlockId::new(0),
            def: self.def,
            env: self.env.clone(),
            file: self.file,
            locals: HashMap::new(),
            loops: vec![],
            caller_loc: None,
            ret_lty: sig.ret.clone(),
            captures,
            env_slot: None,
            closure_ret: Some(info.ret.clone()),
        };
        let r = b.closure_graph(c, &info.params, &sig);
        self.t = std::mem::take(&mut b.t);
        let g = std::mem::replace(&mut b.g, Graph::new());
        r?;
        self.cx.m.functions[fid.0 as usize].graph = g;
        Ok(())
    }

    fn closure_graph(&mut self, c: &'static syn::ExprClosure, ptys: &[Ty], sig: &Sig) -> DResult<()> {
        self.cur = self.g.entry;
        let params: Vec<Var> = sig.params.iter().map(|t| self.g.new_var(t.clone())).collect();
        let entry = self.g.entry;
        self.g.cfg[entry].params = params.clone();
        let es = self.slot(sig.params[0].clone());
        let ea = self.slot_addr(es);
        self.store(ea, Value::Var(params[0]));
        self.env_slot = Some(es);
        for (i, input) in c.inputs.iter().enumerate() {
            let pat = match input {
                syn::Pat::Type(pt) => &*pt.pat,
                p => p,
            };
            let pty = self.cx.normalized(&ptys[i]);
            let s = self.slot(sig.params[i + 1].clone());
            let a = self.slot_addr(s);
            self.store(a.clone(), Value::Var(params[i + 1]));
            let dead = self.g.add_block();
            self.match_pat(pat, Place::Addr(a), &pty, dead)?;
        }
        let v = self.expr(&c.body)?;
        if self.is_live() {
            let v = self.coerce_value_to(v, &sig.ret);
            self.terminate(Exit::Return(v));
        }
        super::localize::prune_unreachable(&mut self.g);
        super::localize::localize(&mut self.g);
        Ok(())
    }

    /// `f(args)` for a closure `f`: its function with the closure's address first.
    pub fn closure_call(&mut self, e: &'static syn::Expr, c: &'static syn::ExprCall) -> DResult<Value> {
        let (id, derefs) = self.t.closure_call[&key(e)];
        let mut p = self.place(&c.func)?;
        for _ in 0..derefs {
            let ptr = self.read_place(&p);
            p = Place::Addr(ptr);
        }
        let envp = self.place_addr(&p);
        let fid = self.cx.closure_func(id);
        let sig = self.cx.m.functions[fid.0 as usize].sig.clone();
        let mut args = vec![envp];
        for (a, pt) in c.args.iter().zip(&sig.params[1..]) {
            let v = self.expr(a)?;
            args.push(self.coerce_value_to(v, pt));
        }
        let v = self.emit(OpKind::Call(Callee::Func(fid), args), sig.ret.clone());
        if self.cx.prog.closure(id).ret == Ty::Never {
            self.terminate(Exit::Unreachable);
        }
        Ok(v)
    }
}

impl ModuleCx<'_> {
    /// The vtable struct for `dyn Fn` calls of one signature: a single function pointer.
    pub fn fn_vtable_type(&mut self, sig: &Sig) -> StructId {
        if let Some(s) = self.fn_vtable_types.get(sig) {
            return *s;
        }
        self.layouts.structs.push(StructDef { name: "vtable dyn Fn".into(), kind: StructKind::Struct, fields: vec![("call".into(), LType::FnPtr(Box::new(sig.clone())))] });
        let id = StructId(self.layouts.structs.len() as u32 - 1);
        self.fn_vtable_types.insert(sig.clone(), id);
        id
    }

    /// The `dyn Fn` vtable of a closure type: a shim taking the data pointer untyped.
    pub fn closure_vtable(&mut self, id: u32) -> GlobalId {
        if let Some(g) = self.closure_vtables.get(&id) {
            return *g;
        }
        let f = self.closure_func(id);
        let csig = self.m.functions[f.0 as usize].sig.clone();
        let mut params = vec![LType::void_ptr()];
        params.extend(csig.params[1..].iter().cloned());
        let sig = Sig { params, ret: csig.ret.clone() };
        let vt = self.fn_vtable_type(&sig);
        let mut g = Graph::new();
        let vars: Vec<Var> = sig.params.iter().map(|t| g.new_var(t.clone())).collect();
        let entry = g.entry;
        g.cfg[entry].params = vars.clone();
        let this = g.new_var(csig.params[0].clone());
        let mut ops = vec![Op { result: Some(this), kind: OpKind::PtrCast(Value::Var(vars[0]), csig.params[0].clone()) }];
        let mut args = vec![Value::Var(this)];
        args.extend(vars[1..].iter().map(|v| Value::Var(*v)));
        let ret = if sig.ret.is_unit() { None } else { Some(g.new_var(sig.ret.clone())) };
        ops.push(Op { result: ret, kind: OpKind::Call(Callee::Func(f), args) });
        g.cfg[entry].ops = ops;
        g.cfg[entry].exit = Exit::Return(match ret {
            Some(r) => Value::Var(r),
            None => Value::Const(Const::Unit),
        });
        self.m.functions.push(Function { name: format!("dyn Fn shim closure#{}", id), sig, graph: g });
        let shim = FuncId(self.m.functions.len() as u32 - 1);
        self.m.globals.push(Global { name: format!("vtable{}", self.m.globals.len()), ty: LType::Struct(vt), init: GlobalInit::Fields(vec![Const::FuncAddr(shim)]) });
        let gid = GlobalId(self.m.globals.len() as u32 - 1);
        self.closure_vtables.insert(id, gid);
        gid
    }
}

impl FnBuilder<'_, '_> {
    /// A thin pointer to a closure (`&C`, `Box<C>`) as a `dyn Fn` fat pointer.
    pub fn closure_to_dyn(&mut self, v: Value, closure: &Ty, span: proc_macro2::Span) -> DResult<Value> {
        let Ty::Closure(id) = closure else {
            return Err(self.err(span, "internal error: `dyn Fn` from a non-closure"));
        };
        let vt = self.cx.closure_vtable(*id);
        // A `fn` pointer made from a closure value: no captures, so no data.
        let v = if matches!(self.vty(&v), LType::Ptr(_)) { v } else { Value::Const(Const::Null(LType::void_ptr())) };
        let data = self.emit(OpKind::PtrCast(v, LType::void_ptr()), LType::void_ptr());
        let vtp = self.emit(OpKind::PtrCast(Value::Const(Const::GlobalAddr(vt)), LType::void_ptr()), LType::void_ptr());
        let dt = self.cx.layouts.dyn_ptr();
        Ok(self.make_struct(dt, vec![data, vtp]))
    }

    /// `f(args)` with `f` reaching a `dyn Fn` through `derefs` pointers.
    pub fn dyn_fn_call(&mut self, e: &'static syn::Expr, c: &'static syn::ExprCall) -> DResult<Value> {
        let derefs = self.t.dyn_fn_call[&key(e)];
        let mut p = self.place(&c.func)?;
        let mut t = self.ty_of(&c.func);
        for _ in 0..derefs {
            let ptr = self.read_place(&p);
            t = match t {
                Ty::Ref(x, _) | Ty::Box(x) => *x,
                other => other,
            };
            p = if t.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) };
        }
        let Ty::DynFn(a, r) = t else {
            return Err(self.err(c.func.span(), "internal error: call of a `dyn Fn` without one"));
        };
        let fat = self.place_addr(&p);
        let data = self.field_of(fat.clone(), 0);
        let vtp = self.field_of(fat, 1);
        let mut params = vec![LType::void_ptr()];
        for x in &a {
            let x = self.cx.normalized(x);
            params.push(self.lty(&x));
        }
        let rn = self.cx.normalized(&r);
        let sig = Sig { params, ret: self.lty(&rn) };
        let vt = self.cx.fn_vtable_type(&sig);
        let vtp = self.emit(OpKind::PtrCast(vtp, LType::ptr(LType::Struct(vt))), LType::ptr(LType::Struct(vt)));
        let fa = self.field_addr(vtp, 0);
        let f = self.load(fa);
        let mut args = vec![data];
        for (x, pt) in c.args.iter().zip(&sig.params[1..]) {
            let v = self.expr(x)?;
            args.push(self.coerce_value_to(v, pt));
        }
        let v = self.emit(OpKind::Call(Callee::Indirect(f), args), sig.ret.clone());
        if *r == Ty::Never {
            self.terminate(Exit::Unreachable);
        }
        Ok(v)
    }
}
