//! Checking closure expressions and calls of closures.
//!
//! Invariants:
//! - A closure's body is checked within the enclosing body (same tables, same inference), so
//!   its parameter types may come from the calls around it (`F: Fn(&T) -> bool` bounds) or
//!   from its later uses.
//! - A use of a local bound outside a closure being checked is a capture of that closure (and
//!   of every closure between it and the local); captures are whole variables, as in Rust 2015.
//! - When the body finishes, each closure's types are resolved into `Program::closures`.

use super::{key, Checker};
use crate::diag::DResult;
use crate::sema::ty::Ty;
use syn::spanned::Spanned;

pub struct Pending {
    pub id: u32,
    pub params: Vec<Ty>,
    pub ret: Ty,
    pub captures: Vec<usize>,
    pub by_move: bool,
}

impl Checker<'_> {
    pub fn check_closure(&mut self, c: &'static syn::ExprClosure, expected: Option<&Ty>) -> DResult<Ty> {
        if let Some(a) = &c.asyncness {
            return Err(self.unsupported(a.span(), "async closure"));
        }
        let id = self.prog.closure_id(key(c), &self.env);
        let hint = self.closure_hint(expected);
        if let Some((a, _)) = &hint {
            if a.len() != c.inputs.len() {
                return Err(self.err(c.span(), format!("expected a closure that takes {} arguments, but this one takes {}", a.len(), c.inputs.len())));
            }
        }
        let mut params = vec![];
        let mut pats = vec![];
        for (i, input) in c.inputs.iter().enumerate() {
            let (pat, written) = match input {
                syn::Pat::Type(pt) => (&*pt.pat, Some(self.ty_of_syn(&pt.ty)?)),
                p => (p, None),
            };
            let hinted = hint.as_ref().map(|(a, _)| self.normalize_deep(&a[i]));
            let t = match (written, hinted) {
                (Some(w), Some(h)) => {
                    self.unify(&w, &h);
                    w
                }
                (Some(w), None) => w,
                (None, Some(h)) => h,
                (None, None) => self.infer.fresh(),
            };
            params.push(t);
            pats.push(pat);
        }
        let ret = match (&c.output, &hint) {
            (syn::ReturnType::Type(_, t), h) => {
                let w = self.ty_of_syn(t)?;
                if let Some((_, r)) = h {
                    let r = self.normalize_deep(r);
                    self.unify(&w, &r);
                }
                w
            }
            (syn::ReturnType::Default, Some((_, r))) => self.normalize_deep(r),
            (syn::ReturnType::Default, None) => self.infer.fresh(),
        };
        let idx = self.closures.len();
        self.closures.push(Pending { id, params: params.clone(), ret: ret.clone(), captures: vec![], by_move: c.capture.is_some() });
        self.push_scope();
        self.closure_stack.push((idx, self.scopes.len() - 1));
        let saved_ret = std::mem::replace(&mut self.ret_ty, ret.clone());
        let saved_loops = std::mem::take(&mut self.loops);
        let mut r = Ok(());
        for (p, t) in pats.iter().zip(&params) {
            r = r.and_then(|_| self.check_pat(p, t, None));
        }
        let r = r.and_then(|_| self.check_expr_coerce(&c.body, &ret));
        self.ret_ty = saved_ret;
        self.loops = saved_loops;
        self.closure_stack.pop();
        self.pop_scope();
        r?;
        Ok(Ty::Closure(id))
    }

    /// The `Fn` bound a closure in this position must satisfy: parameter and result types.
    pub fn closure_hint(&self, expected: Option<&Ty>) -> Option<(Vec<Ty>, Ty)> {
        let w = self.infer.shallow(expected?);
        if let Ty::DynFn(a, r) = &w {
            return Some((a.clone(), (**r).clone()));
        }
        if let Ty::Ref(x, _) = &w {
            if let Ty::DynFn(a, r) = self.infer.shallow(x) {
                return Some((a, *r));
            }
        }
        if !matches!(w, Ty::Var(_)) {
            return None;
        }
        self.closure_hints.iter().rev().find(|(t, _, _)| self.infer.shallow(t) == w).map(|(_, a, r)| (a.clone(), r.clone()))
    }

    /// A function or tuple constructor passed where a closure is expected (`map(String::from)`,
    /// `or_insert_with(Vec::new)`): checked as the closure `|a0, ..| path(a0, ..)`.
    pub fn fn_item_value(&mut self, e: &'static syn::Expr, p: &'static syn::ExprPath, expected: Option<&Ty>) -> DResult<Option<Ty>> {
        let Some((args, _)) = self.closure_hint(expected) else { return Ok(None) };
        if p.qself.is_none() && p.path.segments.len() == 1 && self.lookup_local(&p.path.segments[0].ident.to_string()).is_some() {
            return Ok(None);
        }
        // A constant stays a value (`s.starts_with(PREFIX)` also has a closure hint).
        let snap = (self.infer.clone(), self.deferred.len());
        let is_const = matches!(self.ctor_path(&p.path), Ok(Some(super::pat::CtorPath::Const(..))));
        self.infer = snap.0;
        self.deferred.truncate(snap.1);
        if is_const {
            return Ok(None);
        }
        let span = p.span();
        let names: Vec<syn::Ident> = (0..args.len()).map(|i| syn::Ident::new(&format!("__arg{}", i), span)).collect();
        let ts = quote::quote_spanned!(span=> |#(#names),*| #p(#(#names),*));
        let c: syn::ExprClosure = syn::parse2(ts).map_err(|_| self.unsupported(span, "function used as a value"))?;
        let c: &'static syn::ExprClosure = Box::leak(Box::new(c));
        let t = self.check_closure(c, expected)?;
        self.t.fn_closures.insert(key(e), c);
        Ok(Some(t))
    }

    /// `Box::new(closure)` where a `Box<dyn Fn(A) -> R>` is expected: the closure gets the
    /// `dyn Fn`'s signature.
    pub fn box_dyn_fn_hint(&mut self, ret: &Ty, expected: &Ty) {
        let (Ty::Box(w), Ty::Box(r)) = (self.shallow(expected), self.shallow(ret)) else { return };
        if let (Ty::DynFn(a, res), v @ Ty::Var(_)) = (self.shallow(&w), self.shallow(&r)) {
            self.closure_hints.push((v, a, *res));
        }
    }

    /// A closure coerced to `dyn Fn(A) -> R`: its signature must be the `dyn Fn`'s.
    pub fn closure_sig_to_dyn(&mut self, closure: &Ty, dynfn: &Ty) -> bool {
        let (Ty::Closure(id), Ty::DynFn(a, r)) = (closure, dynfn) else { return false };
        let (params, ret) = self.closure_sig(*id);
        params.len() == a.len() && params.iter().zip(a).all(|(p, q)| self.unify(p, q)) && self.unify(&ret, r)
    }

    pub fn closure_to_dyn(&mut self, e: &'static syn::Expr, closure: &Ty, dynfn: &Ty) -> DResult<()> {
        if self.closure_sig_to_dyn(closure, dynfn) {
            return Ok(());
        }
        Err(self.err(e.span(), format!("expected `{}`, found a closure of another signature", self.prog.ty_str(&self.resolve(dynfn)))))
    }

    /// `-> impl Fn(A) -> R`: a closure returned by the body gets that signature.
    pub fn opaque_fn_hints(&mut self, sig: &'static syn::Signature, ret: &Ty) -> DResult<()> {
        let syn::ReturnType::Type(_, t) = &sig.output else { return Ok(()) };
        let syn::Type::ImplTrait(it) = &**t else { return Ok(()) };
        for b in &it.bounds {
            let syn::TypeParamBound::Trait(tb) = b else { continue };
            let Some(seg) = tb.path.segments.last() else { continue };
            let syn::PathArguments::Parenthesized(pa) = &seg.arguments else { continue };
            if !matches!(seg.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce") {
                continue;
            }
            let mut args = vec![];
            for i in &pa.inputs {
                args.push(self.ty_of_syn(i)?);
            }
            let r = match &pa.output {
                syn::ReturnType::Default => Ty::Unit,
                syn::ReturnType::Type(_, r) => self.ty_of_syn(r)?,
            };
            self.closure_hints.push((ret.clone(), args, r));
        }
        Ok(())
    }

    /// Records that the local `k`, bound in scope `si`, is used here.
    pub fn note_capture(&mut self, si: usize, k: usize) {
        for &(idx, base) in &self.closure_stack {
            if si < base && !self.closures[idx].captures.contains(&k) {
                self.closures[idx].captures.push(k);
            }
        }
    }

    /// Parameter and result types of a closure: still inferred if it belongs to this body.
    pub fn closure_sig(&self, id: u32) -> (Vec<Ty>, Ty) {
        if let Some(p) = self.closures.iter().find(|p| p.id == id) {
            return (p.params.clone(), p.ret.clone());
        }
        let info = self.prog.closure(id);
        (info.params, info.ret)
    }

    /// `f(args)` where `f` is not a function item: a closure, maybe behind references.
    pub fn check_closure_call(&mut self, e: &'static syn::Expr, c: &'static syn::ExprCall) -> DResult<Ty> {
        let ft = self.check_expr(&c.func, None)?;
        let mut t = self.normalize_deep(&ft);
        let mut derefs = 0;
        let id = loop {
            match t {
                Ty::Ref(x, _) | Ty::Box(x) => {
                    t = *x;
                    derefs += 1;
                }
                Ty::Closure(id) => break id,
                Ty::DynFn(a, r) => {
                    self.check_args(&c.args, &a, c.span())?;
                    self.t.dyn_fn_call.insert(key(e), derefs);
                    return Ok(*r);
                }
                _ => {
                    let what = if matches!(&*c.func, syn::Expr::Path(_)) { "call through a local variable (closures and fn pointers)" } else { "call of a computed function value" };
                    return Err(self.unsupported(c.func.span(), what));
                }
            }
        };
        let (params, ret) = self.closure_sig(id);
        self.check_args(&c.args, &params, c.span())?;
        self.t.closure_call.insert(key(e), (id, derefs));
        Ok(ret)
    }

    /// A closure passed where a bound `F: Fn(A) -> R` applies gets that signature (also when
    /// it was made earlier, `let f = |x| x + 1; apply(f)`).
    pub fn apply_closure_hints(&mut self) {
        if self.publishing {
            return;
        }
        self.publishing = true;
        for (t, a, r) in self.closure_hints.clone() {
            if let Ty::Closure(id) = self.infer.shallow(&t) {
                let (params, ret) = self.closure_sig(id);
                if params.len() == a.len() {
                    for (p, q) in params.iter().zip(&a) {
                        let q = self.normalize_deep(q);
                        self.unify(p, &q);
                    }
                    let r = self.normalize_deep(&r);
                    self.unify(&ret, &r);
                }
            }
        }
        self.publishing = false;
    }

    /// The `Fn` bounds of a struct's or enum's parameters, for closures in its fields.
    pub fn add_adt_closure_hints(&mut self, d: crate::frontend::DefId, args: &[Ty]) {
        for b in self.prog.adt_closure_bounds(d) {
            if let Some(t) = args.get(b.param) {
                let a = b.args.iter().map(|x| x.subst(args)).collect();
                self.closure_hints.push((t.clone(), a, b.ret.subst(args)));
            }
        }
    }

    /// Remembers the `Fn` bounds of a callee at this call's types, for closure arguments.
    pub fn add_closure_hints(&mut self, def: crate::frontend::DefId, env: &[Ty]) {
        for b in self.prog.closure_bounds(def) {
            if let Some(t) = env.get(b.param) {
                let args = b.args.iter().map(|a| a.subst(env)).collect();
                self.closure_hints.push((t.clone(), args, b.ret.subst(env)));
            }
        }
    }

    /// Before another instance is checked in the middle of this body (for an `impl Trait`
    /// result), the signatures of this body's closures that are already known.
    pub fn publish_closures(&mut self) {
        if self.publishing {
            return;
        }
        self.publishing = true;
        for i in 0..self.closures.len() {
            let params: Vec<Ty> = self.closures[i].params.clone().iter().map(|t| self.normalize_deep(t)).collect();
            let ret = self.normalize_deep(&self.closures[i].ret.clone());
            if params.iter().chain(std::iter::once(&ret)).any(|t| t.any(&|x| matches!(x, Ty::Var(_) | Ty::Opaque(..)))) {
                continue;
            }
            let mut cl = self.prog.closures.borrow_mut();
            let info = &mut cl[self.closures[i].id as usize];
            info.params = params;
            info.ret = ret;
        }
        self.publishing = false;
    }

    /// Writes the resolved types of this body's closures into the program's table.
    pub fn finish_closures(&mut self) {
        for p in std::mem::take(&mut self.closures) {
            let params = p.params.iter().map(|t| self.normalize_deep(t)).collect();
            let ret = self.normalize_deep(&p.ret);
            let captures = p.captures.iter().map(|k| (*k, self.t.local_ty.get(k).cloned().unwrap_or(Ty::Unit), !p.by_move)).collect();
            let mut cl = self.prog.closures.borrow_mut();
            let info = &mut cl[p.id as usize];
            info.params = params;
            info.ret = ret;
            info.captures = captures;
        }
    }
}
