//! Closure types and `Fn`-family bounds, at the item level.
//!
//! Invariants:
//! - Each closure expression checked in one function instance (expression, instance
//!   environment) has one `Ty::Closure(id)`; checking the instance again reuses the id.
//! - `ClosureInfo` is filled in when the enclosing instance finishes checking; from then on
//!   its types are concrete. Instances that receive the closure (generic callees) are
//!   checked later, so they only ever see the final entry.
//! - A closure is a struct of its captures: by reference (`&mut T`, also for shared use:
//!   the graphs do not distinguish) unless the closure is `move`, then by value.

use super::items::Program;
use super::ty::Ty;
use crate::frontend::resolve::Scope;
use crate::frontend::{DefId, FnOwner, ImplId};

#[derive(Clone, Debug)]
pub struct ClosureInfo {
    /// Captured locals: binding key, the local's type, captured by reference.
    pub captures: Vec<(usize, Ty, bool)>,
    pub params: Vec<Ty>,
    pub ret: Ty,
}

impl ClosureInfo {
    /// The type of each field of the closure's struct.
    pub fn field_tys(&self) -> Vec<Ty> {
        self.captures.iter().map(|(_, t, r)| if *r { Ty::Ref(Box::new(t.clone()), true) } else { t.clone() }).collect()
    }
}

/// `F: Fn(A, B) -> R` on a generic parameter: its index in the environment, `[A, B]`, `R`.
#[derive(Clone, Debug)]
pub struct FnBound {
    pub param: usize,
    pub args: Vec<Ty>,
    pub ret: Ty,
}

impl Program {
    /// The id of a closure expression in an instance, allocated on first use.
    pub fn closure_id(&self, expr: usize, env: &[Ty]) -> u32 {
        let k = (expr, env.to_vec());
        if let Some(i) = self.closure_ids.borrow().get(&k) {
            return *i;
        }
        let mut cl = self.closures.borrow_mut();
        cl.push(ClosureInfo { captures: vec![], params: vec![], ret: Ty::Unit });
        let id = cl.len() as u32 - 1;
        self.closure_ids.borrow_mut().insert(k, id);
        id
    }

    pub fn closure(&self, id: u32) -> ClosureInfo {
        self.closures.borrow()[id as usize].clone()
    }

    /// `Fn`/`FnMut`/`FnOnce` bounds on the generic parameters of a function's environment
    /// (the function's own and its impl's), in terms of `Ty::Param`.
    pub fn closure_bounds(&self, d: DefId) -> Vec<FnBound> {
        if let Some(b) = self.closure_bounds.borrow().get(&d) {
            return b.clone();
        }
        let (env, _, self_ty) = self.fn_env(d);
        let module = self.krate.def(d).module;
        let scope = Scope { module, generics: &env, self_ty };
        let f = self.krate.fn_info(d);
        let mut out = vec![];
        let mut gens: Vec<&syn::Generics> = vec![&f.sig.generics];
        if let FnOwner::Impl(i) = f.owner {
            gens.push(self.krate.impls[i.0 as usize].syn_generics);
        }
        for g in gens {
            for p in &g.params {
                if let syn::GenericParam::Type(tp) = p {
                    self.fn_bounds_on(&scope, &env, &tp.ident.to_string(), &tp.bounds, &mut out);
                    // A string pattern argument may be a `char` predicate given by path
                    // (`s.matches(char::is_numeric)`): the hint types it as a closure.
                    if let (Some(param), true) = (env.iter().position(|n| *n == tp.ident.to_string()), tp.bounds.iter().any(|b| matches!(b, syn::TypeParamBound::Trait(t) if t.path.is_ident("__Pattern")))) {
                        out.push(FnBound { param, args: vec![Ty::Char], ret: Ty::Bool });
                    }
                }
            }
            if let Some(w) = &g.where_clause {
                for pred in &w.predicates {
                    if let syn::WherePredicate::Type(pt) = pred {
                        if let syn::Type::Path(tp) = &pt.bounded_ty {
                            if let Some(id) = tp.path.get_ident() {
                                self.fn_bounds_on(&scope, &env, &id.to_string(), &pt.bounds, &mut out);
                            }
                        }
                    }
                }
            }
        }
        self.closure_bounds.borrow_mut().insert(d, out.clone());
        out
    }

    /// `Fn` bounds on an impl's parameters (`impl<F: FnMut(char) -> bool> Pattern for F`).
    pub fn impl_closure_bounds(&self, imp: ImplId) -> Vec<FnBound> {
        if let Some(b) = self.impl_closure_bounds.borrow().get(&imp) {
            return b.clone();
        }
        let i = &self.krate.impls[imp.0 as usize];
        let scope = Scope { module: i.module, generics: &i.generics, self_ty: None };
        let mut out = vec![];
        for p in &i.syn_generics.params {
            if let syn::GenericParam::Type(tp) = p {
                self.fn_bounds_on(&scope, &i.generics, &tp.ident.to_string(), &tp.bounds, &mut out);
            }
        }
        self.impl_closure_bounds.borrow_mut().insert(imp, out.clone());
        out
    }

    /// `Fn` bounds on a struct's or enum's parameters.
    pub fn adt_closure_bounds(&self, adt: DefId) -> Vec<FnBound> {
        let info = self.krate.adt(adt);
        let module = self.krate.def(adt).module;
        let scope = Scope { module, generics: &info.generics, self_ty: None };
        let mut out = vec![];
        for p in &info.syn_generics.params {
            if let syn::GenericParam::Type(tp) = p {
                self.fn_bounds_on(&scope, &info.generics, &tp.ident.to_string(), &tp.bounds, &mut out);
            }
        }
        if let Some(w) = &info.syn_generics.where_clause {
            for pred in &w.predicates {
                if let syn::WherePredicate::Type(pt) = pred {
                    if let syn::Type::Path(tp) = &pt.bounded_ty {
                        if let Some(id) = tp.path.get_ident() {
                            self.fn_bounds_on(&scope, &info.generics, &id.to_string(), &pt.bounds, &mut out);
                        }
                    }
                }
            }
        }
        out
    }

    fn fn_bounds_on(
        &self,
        scope: &Scope,
        env: &[String],
        name: &str,
        bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
        out: &mut Vec<FnBound>,
    ) {
        let Some(param) = env.iter().position(|n| n == name) else { return };
        for b in bounds {
            let syn::TypeParamBound::Trait(t) = b else { continue };
            let Some(seg) = t.path.segments.last() else { continue };
            if !matches!(seg.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce") {
                continue;
            }
            let syn::PathArguments::Parenthesized(pa) = &seg.arguments else { continue };
            let mut args = vec![];
            let mut ok = true;
            for i in &pa.inputs {
                match self.krate.resolve_type(scope, i, &mut || None) {
                    Ok(t) => args.push(t),
                    Err(_) => ok = false,
                }
            }
            let ret = match &pa.output {
                syn::ReturnType::Default => Ok(Ty::Unit),
                syn::ReturnType::Type(_, t) => self.krate.resolve_type(scope, t, &mut || None),
            };
            if let (true, Ok(ret)) = (ok, ret) {
                out.push(FnBound { param, args, ret });
            }
        }
    }
}
