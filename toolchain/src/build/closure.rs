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
