//! Item-level semantics: signatures, impl headers, the impl index, ADT field types.
//! Everything here is in terms of `Ty::Param` and cached; bodies are not looked at.

use super::ty::Ty;
use crate::diag::DResult;
use crate::frontend::resolve::{Res, Scope};
use crate::frontend::{Crate, DefId, DefKind, FnOwner, ImplId};
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Head {
    Adt(DefId),
    Int(super::ty::IntKind),
    F32,
    F64,
    Bool,
    Char,
    Unit,
    Str,
    Slice,
    Array,
    Ref,
    Ptr,
    Box,
    Tuple(usize),
    Dyn(DefId),
}

pub fn head_of(t: &Ty) -> Option<Head> {
    Some(match t {
        Ty::Adt(d, _) => Head::Adt(*d),
        Ty::Int(k) => Head::Int(*k),
        Ty::F32 => Head::F32,
        Ty::F64 => Head::F64,
        Ty::Bool => Head::Bool,
        Ty::Char => Head::Char,
        Ty::Unit => Head::Unit,
        Ty::Str => Head::Str,
        Ty::Slice(_) => Head::Slice,
        Ty::Array(..) => Head::Array,
        Ty::Ref(..) => Head::Ref,
        Ty::Ptr(_) => Head::Ptr,
        Ty::Box(_) => Head::Box,
        Ty::Tuple(ts) => Head::Tuple(ts.len()),
        Ty::Dyn(d) => Head::Dyn(*d),
        _ => return None,
    })
}

#[derive(Clone, Debug)]
pub struct FnSig {
    pub params: Vec<Ty>,
    pub ret: Ty,
    /// Names of the generic environment: owner's parameters, then the function's own.
    pub env: Vec<String>,
    /// How many of `env` belong to the owner (impl or trait, including trait `Self`).
    pub owner_params: usize,
    pub has_self: bool,
    /// How the receiver is declared: `&self` (`Some(false)`), `&mut self` (`Some(true)`), or by
    /// value (`None`), whatever `Self` is (`self` in `impl IntoIterator for &Vec<T>` is by value).
    pub self_ref: Option<bool>,
}

pub struct ImplHeader {
    pub self_ty: Ty,
    /// For impls over arrays of any length (`[T; _]`), the hidden generic parameter that
    /// stands for the concrete `Self`.
    pub self_param: Option<usize>,
    pub trait_: Option<(DefId, Vec<Ty>)>,
}

pub struct Program {
    pub krate: Crate,
    pub ptr_bits: u8,
    sigs: RefCell<HashMap<DefId, FnSig>>,
    pub impl_headers: Vec<ImplHeader>,
    pub impls_by_head: HashMap<Head, Vec<ImplId>>,
    pub blanket_impls: Vec<ImplId>,
    bounds: Vec<Vec<(usize, DefId)>>,
    field_tys: RefCell<HashMap<DefId, Vec<Vec<Ty>>>>,
    fn_bounds: RefCell<HashMap<DefId, Vec<(usize, DefId, Vec<Ty>)>>>,
    /// Every closure type, by `Ty::Closure` index (see `sema::closures`).
    pub closures: RefCell<Vec<super::closures::ClosureInfo>>,
    pub closure_ids: RefCell<HashMap<(usize, Vec<Ty>), u32>>,
    pub closure_bounds: RefCell<HashMap<DefId, Vec<super::closures::FnBound>>>,
    pub impl_closure_bounds: RefCell<HashMap<ImplId, Vec<super::closures::FnBound>>>,
    /// Concrete types of `impl Trait` results by instance; None while being computed.
    pub opaque: RefCell<HashMap<(DefId, Vec<Ty>), Option<Ty>>>,
}

impl Program {
    pub fn new(krate: Crate, ptr_bits: u8) -> DResult<Program> {
        let mut p = Program {
            krate,
            ptr_bits,
            sigs: RefCell::new(HashMap::new()),
            impl_headers: vec![],
            impls_by_head: HashMap::new(),
            blanket_impls: vec![],
            bounds: vec![],
            field_tys: RefCell::new(HashMap::new()),
            fn_bounds: RefCell::new(HashMap::new()),
            closures: RefCell::new(vec![]),
            closure_ids: RefCell::new(HashMap::new()),
            closure_bounds: RefCell::new(HashMap::new()),
            impl_closure_bounds: RefCell::new(HashMap::new()),
            opaque: RefCell::new(HashMap::new()),
        };
        for i in 0..p.krate.impls.len() {
            let imp = &p.krate.impls[i];
            let scope = Scope { module: imp.module, generics: &imp.generics, self_ty: None };
            let self_ty = p.krate.resolve_type(&scope, imp.self_ty, &mut || None)?;
            let any_len = self_ty.any(&|t| matches!(t, Ty::Array(_, n) if *n == crate::frontend::resolve::ANY_LEN));
            let self_param = if any_len {
                p.krate.impls[i].generics.push("Self".into());
                Some(p.krate.impls[i].generics.len() - 1)
            } else {
                None
            };
            let imp = &p.krate.impls[i];
            let scope = Scope { module: imp.module, generics: &imp.generics, self_ty: Some(self_ty.clone()) };
            let trait_ = match imp.trait_path {
                Some(path) => {
                    let file = p.krate.file_of_mod(imp.module);
                    let (res, used) = p
                        .krate
                        .resolve_path_prefix(&scope, path)
                        .ok_or_else(|| p.krate.diag(file, syn::spanned::Spanned::span(path), "cannot find trait"))?;
                    let d = match res {
                        Res::Def(d) if matches!(p.krate.def(d).kind, DefKind::Trait(_)) => d,
                        _ => return Err(p.krate.diag(file, syn::spanned::Spanned::span(path), "expected a trait")),
                    };
                    let args = p.krate.generic_args(&scope, &path.segments[used - 1].arguments, &mut || None)?;
                    Some((d, args))
                }
                None => None,
            };
            let id = ImplId(i as u32);
            match head_of(&self_ty) {
                Some(h) => p.impls_by_head.entry(h).or_default().push(id),
                None => p.blanket_impls.push(id),
            }
            p.impl_headers.push(ImplHeader { self_ty, self_param, trait_ });
            let b = p.bounds_of(imp.module, &imp.generics, imp.syn_generics);
            p.bounds.push(b);
        }
        Ok(p)
    }

    /// Trait bounds on an impl's parameters: (parameter index, trait).
    pub fn bounds_of(&self, module: crate::frontend::ModId, names: &[String], g: &syn::Generics) -> Vec<(usize, DefId)> {
        let mut out = vec![];
        let mut add = |p: &syn::Type, bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
            let name = match p {
                syn::Type::Path(tp) if tp.path.segments.len() == 1 => tp.path.segments[0].ident.to_string(),
                _ => return,
            };
            let Some(idx) = names.iter().position(|n| *n == name) else { return };
            for b in bounds {
                if let syn::TypeParamBound::Trait(t) = b {
                    if let Some(crate::frontend::Binding::Def(d)) =
                        self.krate.resolve_segments(module, &Crate::path_names(&t.path), 0)
                    {
                        if matches!(self.krate.def(d).kind, DefKind::Trait(_)) {
                            out.push((idx, d));
                        }
                    }
                }
            }
        };
        for p in &g.params {
            if let syn::GenericParam::Type(t) = p {
                let ident = &t.ident;
                let as_type: syn::Type = syn::parse_quote!(#ident);
                add(&as_type, &t.bounds);
            }
        }
        if let Some(w) = &g.where_clause {
            for pred in &w.predicates {
                if let syn::WherePredicate::Type(pt) = pred {
                    add(&pt.bounded_ty, &pt.bounds);
                }
            }
        }
        out
    }

    /// Trait bounds on a function's own generic parameters, with the traits' arguments:
    /// (index in the function's environment, trait, trait arguments).
    pub fn fn_bounds(&self, d: DefId) -> Vec<(usize, DefId, Vec<Ty>)> {
        if let Some(b) = self.fn_bounds.borrow().get(&d) {
            return b.clone();
        }
        let (env, owner, self_ty) = self.fn_env(d);
        let module = self.krate.def(d).module;
        let scope = Scope { module, generics: &env, self_ty };
        let mut out = vec![];
        for p in &self.krate.fn_info(d).sig.generics.params {
            let syn::GenericParam::Type(tp) = p else { continue };
            let Some(idx) = env.iter().skip(owner).position(|n| *n == tp.ident.to_string()) else { continue };
            for b in &tp.bounds {
                let syn::TypeParamBound::Trait(t) = b else { continue };
                let Some((crate::frontend::resolve::Res::Def(tr), used)) = self.krate.resolve_path_prefix(&scope, &t.path) else { continue };
                if !matches!(self.krate.def(tr).kind, DefKind::Trait(_)) {
                    continue;
                }
                let args = self.krate.generic_args(&scope, &t.path.segments[used - 1].arguments, &mut || None).unwrap_or_default();
                if !args.is_empty() {
                    out.push((owner + idx, tr, args));
                }
            }
        }
        // `where K: Trait<Q>` on any parameter of the environment (the impl's too).
        if let Some(wc) = &self.krate.fn_info(d).sig.generics.where_clause {
            for pred in &wc.predicates {
                let syn::WherePredicate::Type(pt) = pred else { continue };
                let syn::Type::Path(tp) = &pt.bounded_ty else { continue };
                let Some(id) = tp.path.get_ident() else { continue };
                let Some(idx) = env.iter().position(|n| *n == id.to_string()) else { continue };
                for b in &pt.bounds {
                    let syn::TypeParamBound::Trait(t) = b else { continue };
                    let Some((crate::frontend::resolve::Res::Def(tr), used)) = self.krate.resolve_path_prefix(&scope, &t.path) else { continue };
                    if !matches!(self.krate.def(tr).kind, DefKind::Trait(_)) {
                        continue;
                    }
                    let args = self.krate.generic_args(&scope, &t.path.segments[used - 1].arguments, &mut || None).unwrap_or_default();
                    if !args.is_empty() {
                        out.push((idx, tr, args));
                    }
                }
            }
        }
        self.fn_bounds.borrow_mut().insert(d, out.clone());
        out
    }

    /// Traits that bound each generic parameter of a function's environment (the function's
    /// own bounds and its impl's), and for trait methods `Self: Trait`.
    pub fn env_bound_traits(&self, d: DefId) -> Vec<(usize, DefId)> {
        let (env, _, _) = self.fn_env(d);
        let f = self.krate.fn_info(d);
        let module = self.krate.def(d).module;
        let mut out = self.bounds_of(module, &env, &f.sig.generics);
        match f.owner {
            crate::frontend::FnOwner::Impl(i) => out.extend(self.impl_bounds(i)),
            crate::frontend::FnOwner::Trait(t) => {
                out.push((0, t));
                for s in self.supertraits(t) {
                    out.push((0, s));
                }
            }
            crate::frontend::FnOwner::Free => {}
        }
        out
    }

    pub fn impl_bounds(&self, imp: ImplId) -> Vec<(usize, DefId)> {
        self.bounds[imp.0 as usize].clone()
    }

    pub fn name_of(&self, d: DefId) -> String {
        self.krate.def(d).name.clone()
    }

    pub fn ty_str(&self, t: &Ty) -> String {
        super::ty::TyDisplay { ty: t, name_of: &|d| self.name_of(d) }.to_string()
    }

    /// The generic environment of a function: owner parameters first.
    pub fn fn_env(&self, d: DefId) -> (Vec<String>, usize, Option<Ty>) {
        let f = self.krate.fn_info(d);
        let (mut env, self_ty) = match f.owner {
            FnOwner::Free => (vec![], None),
            FnOwner::Impl(i) => {
                let h = &self.impl_headers[i.0 as usize];
                let st = match h.self_param {
                    Some(k) => Ty::Param(k as u32),
                    None => h.self_ty.clone(),
                };
                (self.krate.impls[i.0 as usize].generics.clone(), Some(st))
            }
            FnOwner::Trait(t) => {
                let mut e = vec!["Self".to_string()];
                e.extend(self.krate.trait_info(t).generics.iter().cloned());
                (e, Some(Ty::Param(0)))
            }
        };
        let owner = env.len();
        env.extend(f.generics.iter().cloned());
        (env, owner, self_ty)
    }

    pub fn sig(&self, d: DefId) -> DResult<FnSig> {
        if let Some(s) = self.sigs.borrow().get(&d) {
            return Ok(s.clone());
        }
        let f = self.krate.fn_info(d);
        let (env, owner_params, self_ty) = self.fn_env(d);
        let module = self.krate.sig_modules.get(&d).copied().unwrap_or(self.krate.def(d).module);
        let scope = Scope { module, generics: &env, self_ty: self_ty.clone() };
        let mut params = vec![];
        let mut has_self = false;
        let mut self_ref = None;
        for input in &f.sig.inputs {
            match input {
                syn::FnArg::Receiver(r) => {
                    has_self = true;
                    self_ref = match (&r.reference, &*r.ty) {
                        (Some(_), _) => Some(r.mutability.is_some()),
                        (None, syn::Type::Reference(rr)) if r.colon_token.is_some() => Some(rr.mutability.is_some()),
                        _ => None,
                    };
                    let st = self_ty.clone().unwrap_or(Ty::Unit);
                    let t = if r.colon_token.is_some() {
                        self.krate.resolve_type(&scope, &r.ty, &mut || None)?
                    } else if r.reference.is_some() {
                        Ty::Ref(Box::new(st), r.mutability.is_some())
                    } else {
                        st
                    };
                    params.push(t);
                }
                syn::FnArg::Typed(pt) => params.push(self.krate.resolve_type(&scope, &pt.ty, &mut || None)?),
            }
        }
        let ret = match &f.sig.output {
            syn::ReturnType::Default => Ty::Unit,
            // `-> impl Trait`: the body's type, per instance (`check::opaque_type`).
            syn::ReturnType::Type(_, t) if matches!(&**t, syn::Type::ImplTrait(_)) => {
                if matches!(f.owner, FnOwner::Trait(_)) {
                    let file = self.krate.file_of_mod(module);
                    return Err(crate::frontend::unsupported(file, &self.krate.files, syn::spanned::Spanned::span(&**t), "`impl Trait` in return position of a trait method"));
                }
                Ty::Opaque(d, (0..env.len() as u32).map(Ty::Param).collect())
            }
            syn::ReturnType::Type(_, t) => self.krate.resolve_type(&scope, t, &mut || None)?,
        };
        let s = FnSig { params, ret, env, owner_params, has_self, self_ref };
        self.sigs.borrow_mut().insert(d, s.clone());
        Ok(s)
    }

    /// Field types of every variant of an ADT, in terms of its parameters.
    pub fn fields(&self, adt: DefId) -> DResult<Vec<Vec<Ty>>> {
        if let Some(f) = self.field_tys.borrow().get(&adt) {
            return Ok(f.clone());
        }
        let info = self.krate.adt(adt);
        let module = self.krate.def(adt).module;
        let self_ty = Ty::Adt(adt, (0..info.generics.len() as u32).map(Ty::Param).collect());
        let scope = Scope { module, generics: &info.generics, self_ty: Some(self_ty) };
        let mut out = vec![];
        for v in &info.variants {
            let mut fs = vec![];
            for (_, t) in &v.fields {
                fs.push(self.krate.resolve_type(&scope, t, &mut || None)?);
            }
            out.push(fs);
        }
        self.field_tys.borrow_mut().insert(adt, out.clone());
        Ok(out)
    }

    pub fn variant_fields(&self, adt: DefId, args: &[Ty], variant: u32) -> DResult<Vec<Ty>> {
        Ok(self.fields(adt)?[variant as usize].iter().map(|t| t.subst(args)).collect())
    }

    pub fn is_lang(&self, d: DefId, name: &str) -> bool {
        self.krate.def(d).module == self.krate.prelude && self.krate.def(d).name == name
    }

    pub fn candidate_impls(&self, t: &Ty) -> Vec<ImplId> {
        let mut v = match head_of(t) {
            Some(h) => self.impls_by_head.get(&h).cloned().unwrap_or_default(),
            None => vec![],
        };
        v.extend(self.blanket_impls.iter().cloned());
        v
    }

    pub fn trait_method(&self, tr: DefId, name: &str) -> Option<DefId> {
        self.krate.trait_info(tr).methods.iter().find(|(n, _)| n == name).map(|(_, d)| *d)
    }

    /// A trait's supertraits, transitively, without repeats.
    pub fn supertraits(&self, tr: DefId) -> Vec<DefId> {
        let mut out: Vec<DefId> = vec![];
        let mut stack = vec![tr];
        while let Some(t) = stack.pop() {
            let module = self.krate.def(t).module;
            for p in &self.krate.trait_info(t).supertraits {
                if let Some(crate::frontend::Binding::Def(d)) = self.krate.resolve_segments(module, &Crate::path_names(p), 0) {
                    if matches!(self.krate.def(d).kind, DefKind::Trait(_)) && d != tr && !out.contains(&d) {
                        out.push(d);
                        stack.push(d);
                    }
                }
            }
        }
        out
    }

    /// The methods a `dyn Trait` vtable holds: the trait's own, then its supertraits'.
    pub fn vtable_methods(&self, tr: DefId) -> Vec<(DefId, String, DefId)> {
        let mut v = vec![];
        for t in std::iter::once(tr).chain(self.supertraits(tr)) {
            for (name, def) in &self.krate.trait_info(t).methods {
                v.push((t, name.clone(), *def));
            }
        }
        v
    }

    pub fn traits_with_method(&self, name: &str) -> Vec<DefId> {
        let mut v = vec![];
        for (i, d) in self.krate.defs.iter().enumerate() {
            if let DefKind::Trait(t) = &d.kind {
                if t.methods.iter().any(|(n, _)| n == name) {
                    v.push(DefId(i as u32));
                }
            }
        }
        v
    }
}
