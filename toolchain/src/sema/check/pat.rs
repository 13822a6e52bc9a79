//! Patterns: bindings, match ergonomics (default binding modes), constructors.

use super::super::ty::Ty;
use super::{key, Checker, PathRes};
use crate::diag::DResult;
use crate::frontend::resolve::Res;
use crate::frontend::{DefKind, VariantShape};
use syn::spanned::Spanned;

pub enum CtorPath {
    /// An ADT (enum or struct) instantiated with fresh arguments, and the variant.
    Variant(Ty, u32),
    Const(crate::frontend::DefId, Vec<Ty>),
}

impl Checker<'_> {
    /// Resolves a path naming a variant, a struct or a constant.
    pub fn ctor_path(&mut self, path: &syn::Path) -> DResult<Option<CtorPath>> {
        let scope = self.scope();
        let Some((res, used)) = self.prog.krate.resolve_path_prefix(&scope, path) else { return Ok(None) };
        let n = path.segments.len();
        let fresh_adt = |c: &mut Self, d: crate::frontend::DefId, seg: &syn::PathSegment| -> DResult<Ty> {
            let names = c.env_names.clone();
            let scope = crate::frontend::resolve::Scope { module: c.module, generics: &names, self_ty: c.self_ty.clone() };
            let infer = &mut c.infer;
            let mut args = c.prog.krate.generic_args(&scope, &seg.arguments, &mut || Some(infer.fresh()))?;
            let want = c.prog.krate.adt(d).generics.len();
            while args.len() < want {
                args.push(c.infer.fresh());
            }
            Ok(Ty::Adt(d, args.iter().map(|a| c.instantiate(a)).collect()))
        };
        Ok(match res {
            Res::Variant(d, i) if used == n => {
                // Generic arguments may sit on the enum segment (`Option::<i32>::None`).
                let seg = if n >= 2 { &path.segments[n - 2] } else { &path.segments[n - 1] };
                Some(CtorPath::Variant(fresh_adt(self, d, seg)?, i))
            }
            Res::Def(d) if used == n => match &self.prog.krate.def(d).kind {
                DefKind::Adt(a) if !a.is_enum => Some(CtorPath::Variant(fresh_adt(self, d, &path.segments[n - 1])?, 0)),
                DefKind::Const(..) => Some(CtorPath::Const(d, vec![])),
                _ => None,
            },
            Res::SelfTy if used == n => match self.self_ty.clone() {
                Some(t @ Ty::Adt(..)) => Some(CtorPath::Variant(t, 0)),
                _ => None,
            },
            Res::SelfTy | Res::Def(_) | Res::Prim(_) if used == n - 1 => {
                let base = match res {
                    Res::SelfTy => self.self_ty.clone(),
                    Res::Def(d) => match &self.prog.krate.def(d).kind {
                        DefKind::Adt(_) => Some(fresh_adt(self, d, &path.segments[used - 1])?),
                        _ => None,
                    },
                    Res::Prim(t) => Some(self.instantiate(&t)),
                    _ => None,
                };
                let Some(base) = base else { return Ok(None) };
                let name = path.segments[n - 1].ident.to_string();
                if let Ty::Adt(d, _) = &base {
                    let info = self.prog.krate.adt(*d);
                    if info.is_enum {
                        if let Some(i) = info.variants.iter().position(|v| v.name == name) {
                            return Ok(Some(CtorPath::Variant(base, i as u32)));
                        }
                    }
                }
                if let Some(t) = self.assoc_struct(&base, &name) {
                    return Ok(Some(CtorPath::Variant(t, 0)));
                }
                match self.assoc_const(&base, &name) {
                    Some((d, args)) => Some(CtorPath::Const(d, args)),
                    None => None,
                }
            }
            _ => None,
        })
    }

    /// `Self::IntoIter { .. }`: an associated type of one of the type's trait impls that
    /// names a struct.
    fn assoc_struct(&mut self, base: &Ty, name: &str) -> Option<Ty> {
        for imp in self.prog.candidate_impls(base) {
            let Some(&syn_ty) = self.prog.krate.impls[imp.0 as usize].assoc_types.get(name) else { continue };
            let Some(args) = self.match_impl(imp, base, 0) else { continue };
            let i = &self.prog.krate.impls[imp.0 as usize];
            let scope = crate::frontend::resolve::Scope { module: i.module, generics: &i.generics, self_ty: Some(self.prog.impl_headers[imp.0 as usize].self_ty.clone()) };
            let Ok(r) = self.prog.krate.resolve_type(&scope, syn_ty, &mut || None) else { continue };
            let t = self.normalize_deep(&r.subst(&args));
            if let Ty::Adt(d, _) = &t {
                if !self.prog.krate.adt(*d).is_enum {
                    return Some(t);
                }
            }
        }
        None
    }

    /// An associated constant of a type (inherent impls only).
    pub fn assoc_const(&mut self, base: &Ty, name: &str) -> Option<(crate::frontend::DefId, Vec<Ty>)> {
        for imp in self.prog.candidate_impls(base) {
            let own = self.prog.krate.impls[imp.0 as usize].consts.get(name).copied();
            // A trait's default value, when the impl does not set the constant.
            let default = match (&own, &self.prog.impl_headers[imp.0 as usize].trait_) {
                (None, Some((tr, _))) => self.prog.krate.trait_info(*tr).consts.iter().find(|(n, _)| n == name).map(|(_, d)| *d),
                _ => None,
            };
            let Some(d) = own.or(default) else { continue };
            if let Some(args) = self.match_impl(imp, base, 0) {
                return Some((d, args));
            }
        }
        None
    }

    /// Checks a pattern against the type of the value it matches. `mode` is the default
    /// binding mode: None binds by value, Some(m) binds by (mutable) reference.
    pub fn check_pat(&mut self, p: &'static syn::Pat, expected: &Ty, mode: Option<bool>) -> DResult<()> {
        self.check_pat_alias(p, expected, mode, &mut None)
    }

    fn check_pat_alias(
        &mut self,
        p: &'static syn::Pat,
        expected: &Ty,
        mut mode: Option<bool>,
        alias: &mut Option<Vec<(String, usize)>>,
    ) -> DResult<()> {
        let k = key(p);
        let mut ty = self.shallow(expected);
        // Match ergonomics: non-reference patterns look through references.
        let unit_ctor = match p {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.mutability.is_none() && pi.subpat.is_none() => {
                let path: syn::Path = pi.ident.clone().into();
                self.ctor_path_if_unit(&path)?
            }
            _ => None,
        };
        let str_lit = matches!(p, syn::Pat::Lit(l) if matches!(l.lit, syn::Lit::Str(_)));
        let peels = unit_ctor.is_some() || !str_lit && !matches!(p, syn::Pat::Ident(_) | syn::Pat::Wild(_) | syn::Pat::Reference(_) | syn::Pat::Type(_) | syn::Pat::Or(_) | syn::Pat::Paren(_));
        if peels {
            let mut n = 0;
            while let Ty::Ref(inner, m) = ty.clone() {
                n += 1;
                mode = Some(match mode {
                    Some(prev) => prev && m,
                    None => m,
                });
                ty = self.shallow(&inner);
            }
            if n > 0 {
                self.t.pat_derefs.insert(k, n);
            }
        }
        self.t.pat_ty.insert(k, ty.clone());
        match p {
            syn::Pat::Wild(_) | syn::Pat::Rest(_) => {}
            syn::Pat::Paren(pp) => self.check_pat_alias(&pp.pat, &ty, mode, alias)?,
            syn::Pat::Type(pt) => {
                let ann = self.ty_of_syn(&pt.ty)?;
                if !self.unify(&ann, &ty) {
                    return Err(self.err(pt.span(), format!("mismatched types: expected `{}`", self.prog.ty_str(&self.resolve(&ty)))));
                }
                self.t.pat_ty.insert(k, ann.clone());
                self.check_pat_alias(&pt.pat, &ann, mode, alias)?;
            }
            syn::Pat::Ident(pi) => {
                if let Some(c) = unit_ctor {
                    return self.check_path_pat(p, c, &ty);
                }
                let bind_ty = if pi.by_ref.is_some() {
                    self.t.binds_ref.insert(k, pi.mutability.is_some());
                    Ty::Ref(Box::new(ty.clone()), pi.mutability.is_some())
                } else if let Some(m) = mode {
                    self.t.binds_ref.insert(k, m);
                    Ty::Ref(Box::new(ty.clone()), m)
                } else {
                    ty.clone()
                };
                if let Some((_, sub)) = &pi.subpat {
                    self.check_pat_alias(sub, &ty, mode, alias)?;
                }
                let name = pi.ident.to_string();
                match alias {
                    Some(first) if first.iter().any(|(n, _)| *n == name) => {
                        let (_, fk) = first.iter().find(|(n, _)| *n == name).unwrap().clone();
                        let fty = self.t.local_ty[&fk].clone();
                        self.unify(&fty, &bind_ty);
                        self.t.path.insert(k, PathRes::Local(fk));
                    }
                    _ => {
                        self.t.spans.insert(k, pi.ident.span());
                        self.bind_local(name, k, bind_ty)
                    }
                }
            }
            syn::Pat::Reference(r) => {
                let inner = match ty.clone() {
                    Ty::Ref(i, _) => *i,
                    Ty::Var(_) => {
                        let i = self.infer.fresh();
                        self.unify(&ty, &Ty::Ref(Box::new(i.clone()), r.mutability.is_some()));
                        i
                    }
                    other => return Err(self.err(r.span(), format!("mismatched types: expected `{}`, found reference", self.prog.ty_str(&other)))),
                };
                self.check_pat_alias(&r.pat, &inner, None, alias)?;
            }
            syn::Pat::Tuple(t) => {
                let n_rest = t.elems.iter().filter(|e| matches!(e, syn::Pat::Rest(_))).count();
                let elems: Vec<Ty> = match ty.clone() {
                    Ty::Tuple(ts) => ts,
                    Ty::Unit if t.elems.is_empty() => vec![],
                    _ => {
                        if n_rest > 0 {
                            return Err(self.unsupported(t.span(), "`..` in a tuple pattern of unknown type"));
                        }
                        let ts: Vec<Ty> = t.elems.iter().map(|_| self.infer.fresh()).collect();
                        if !self.unify(&ty, &Ty::Tuple(ts.clone())) {
                            return Err(self.err(t.span(), format!("mismatched types: expected `{}`, found tuple", self.prog.ty_str(&self.resolve(&ty)))));
                        }
                        ts
                    }
                };
                self.tuple_elems(&t.elems, &elems, mode, alias, t.span())?;
            }
            syn::Pat::TupleStruct(ts) => {
                let c = self.ctor_path(&ts.path)?.ok_or_else(|| self.err(ts.path.span(), "cannot find tuple struct or variant"))?;
                let CtorPath::Variant(adt, v) = c else { return Err(self.err(ts.span(), "expected a tuple struct or variant")) };
                if !self.unify(&adt, &ty) {
                    return Err(self.err(ts.span(), format!("mismatched types: expected `{}`, found `{}`", self.prog.ty_str(&self.resolve(&ty)), self.prog.ty_str(&self.resolve(&adt)))));
                }
                let Ty::Adt(d, args) = self.resolve(&adt) else { unreachable!() };
                self.t.fields.insert(k, (v, 0));
                let ftys = self.prog.variant_fields(d, &args, v)?;
                let ftys: Vec<Ty> = ftys.iter().map(|t| self.normalize_deep(t)).collect();
                self.tuple_elems(&ts.elems, &ftys, mode, alias, ts.span())?;
            }
            syn::Pat::Struct(ps) => {
                let c = self.ctor_path(&ps.path)?.ok_or_else(|| self.err(ps.path.span(), "cannot find struct or variant"))?;
                let CtorPath::Variant(adt, v) = c else { return Err(self.err(ps.span(), "expected a struct or variant")) };
                if !self.unify(&adt, &ty) {
                    return Err(self.err(ps.span(), "mismatched types in struct pattern"));
                }
                let Ty::Adt(d, args) = self.resolve(&adt) else { unreachable!() };
                self.t.fields.insert(k, (v, 0));
                let ftys = self.prog.variant_fields(d, &args, v)?;
                let names: Vec<String> =
                    self.prog.krate.adt(d).variants[v as usize].fields.iter().map(|(n, _)| n.clone()).collect();
                for fp in &ps.fields {
                    let fname = match &fp.member {
                        syn::Member::Named(i) => i.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    let idx = names.iter().position(|n| *n == fname).ok_or_else(|| self.err(fp.member.span(), format!("no field `{}`", fname)))?;
                    self.t.fields.insert(key(fp), (v, idx as u32));
                    let ft = self.normalize_deep(&ftys[idx]);
                    self.check_pat_alias(&fp.pat, &ft, mode, alias)?;
                }
            }
            syn::Pat::Path(pp) => {
                let c = self.ctor_path(&pp.path)?.ok_or_else(|| self.err(pp.span(), "cannot find unit variant, struct or constant"))?;
                self.check_path_pat(p, c, &ty)?;
            }
            syn::Pat::Lit(l) => {
                let lt = self.lit_ty(&l.lit);
                if !self.unify(&lt, &ty) {
                    return Err(self.err(l.span(), format!("mismatched types: expected `{}`", self.prog.ty_str(&self.resolve(&ty)))));
                }
            }
            syn::Pat::Range(r) => {
                for e in [&r.start, &r.end].into_iter().flatten() {
                    let et = self.check_expr(e, Some(&ty))?;
                    if !self.unify(&et, &ty) {
                        return Err(self.err(e.span(), "mismatched types in range pattern"));
                    }
                }
            }
            syn::Pat::Or(o) => {
                let before: Vec<(String, usize)> = self.scopes.last().unwrap().clone();
                let mut first: Option<Vec<(String, usize)>> = None;
                for (i, case) in o.cases.iter().enumerate() {
                    if i == 0 {
                        self.check_pat_alias(case, &ty, mode, alias)?;
                        let now = self.scopes.last().unwrap().clone();
                        first = Some(now[before.len()..].to_vec());
                    } else {
                        self.check_pat_alias(case, &ty, mode, &mut first)?;
                    }
                }
            }
            syn::Pat::Const(c) => return Err(self.unsupported(c.span(), "const block pattern")),
            syn::Pat::Slice(s) => {
                // `[a, b]`, `[first, .., last]`, `[head, rest @ ..]` on arrays and slices.
                let (el, len) = match &ty {
                    Ty::Array(el, n) => ((**el).clone(), Some(*n)),
                    Ty::Slice(el) => ((**el).clone(), None),
                    _ => return Err(self.err(s.span(), format!("expected an array or slice, found `{}`", self.prog.ty_str(&self.resolve(&ty))))),
                };
                let rest = slice_rest(&s.elems);
                let fixed = s.elems.len() - rest.is_some() as usize;
                if let (Some(n), None) = (len, rest) {
                    if n != fixed as u64 {
                        return Err(self.err(s.span(), format!("pattern requires {} elements but array has {}", fixed, n)));
                    }
                }
                for (i, e) in s.elems.iter().enumerate() {
                    if Some(i) == rest {
                        let rest_ty = match len {
                            Some(n) => Ty::Array(Box::new(el.clone()), n.saturating_sub(fixed as u64)),
                            None => Ty::Slice(Box::new(el.clone())),
                        };
                        self.check_pat_alias(e, &rest_ty, mode, alias)?;
                    } else {
                        self.check_pat_alias(e, &el, mode, alias)?;
                    }
                }
            }
            other => return Err(self.unsupported(other.span(), "pattern")),
        }
        Ok(())
    }

    fn tuple_elems(
        &mut self,
        pats: &'static syn::punctuated::Punctuated<syn::Pat, syn::Token![,]>,
        tys: &[Ty],
        mode: Option<bool>,
        alias: &mut Option<Vec<(String, usize)>>,
        span: proc_macro2::Span,
    ) -> DResult<()> {
        let rest = pats.iter().position(|p| matches!(p, syn::Pat::Rest(_)));
        let n = pats.len() - rest.is_some() as usize;
        if n > tys.len() || (rest.is_none() && n != tys.len()) {
            return Err(self.err(span, format!("this pattern has {} fields, but the type has {}", n, tys.len())));
        }
        for (i, p) in pats.iter().enumerate() {
            let idx = match rest {
                Some(r) if i > r => tys.len() - (pats.len() - i),
                Some(r) if i == r => continue,
                _ => i,
            };
            self.t.pat_pos.insert(key(p), idx as u32);
            self.check_pat_alias(p, &tys[idx], mode, alias)?;
        }
        Ok(())
    }

    fn ctor_path_if_unit(&mut self, path: &syn::Path) -> DResult<Option<CtorPath>> {
        let snap = self.infer.clone();
        match self.ctor_path(path)? {
            Some(CtorPath::Variant(t, v)) => {
                let Ty::Adt(d, _) = &t else { return Ok(None) };
                if self.prog.krate.adt(*d).variants[v as usize].shape == VariantShape::Unit {
                    Ok(Some(CtorPath::Variant(t, v)))
                } else {
                    self.infer = snap;
                    Ok(None)
                }
            }
            Some(c @ CtorPath::Const(..)) => Ok(Some(c)),
            None => Ok(None),
        }
    }

    fn check_path_pat(&mut self, p: &'static syn::Pat, c: CtorPath, ty: &Ty) -> DResult<()> {
        let k = key(p);
        match c {
            CtorPath::Variant(adt, v) => {
                if !self.unify(&adt, ty) {
                    return Err(self.err(p.span(), format!("mismatched types: expected `{}`", self.prog.ty_str(&self.resolve(ty)))));
                }
                self.t.fields.insert(k, (v, 0));
                self.t.path.insert(k, PathRes::UnitVariant(adt, v));
            }
            CtorPath::Const(d, args) => {
                self.t.path.insert(k, PathRes::Const(d, args));
            }
        }
        Ok(())
    }
}

/// The position of the rest element (`..` or `name @ ..`) of a slice pattern.
pub fn slice_rest(elems: &syn::punctuated::Punctuated<syn::Pat, syn::Token![,]>) -> Option<usize> {
    elems.iter().position(|e| match e {
        syn::Pat::Rest(_) => true,
        syn::Pat::Ident(pi) => matches!(pi.subpat.as_ref().map(|(_, p)| &**p), Some(syn::Pat::Rest(_))),
        _ => false,
    })
}
