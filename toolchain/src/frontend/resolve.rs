//! Name resolution: paths to items, and syntactic types to semantic types.
//! Invariant: `std::`, `core::` and `alloc::` paths resolve into the Pyrite prelude; a name
//! not found in its module falls back to the prelude root, like Rust's prelude.

use super::*;
use crate::sema::ty::{IntKind, Ty};

/// The length of `[T; _]`: matches arrays of every length.
pub const ANY_LEN: u64 = u64::MAX;

#[derive(Clone, Debug)]
pub enum Res {
    Def(DefId),
    Mod,
    Variant(DefId, u32),
    Prim(Ty),
    SelfTy,
}

/// Where a type or path is written: the module, the generic names in scope, and `Self`.
#[derive(Clone)]
pub struct Scope<'a> {
    pub module: ModId,
    pub generics: &'a [String],
    pub self_ty: Option<Ty>,
}

pub fn prim_ty(name: &str) -> Option<Ty> {
    if let Some(k) = IntKind::from_name(name) {
        return Some(Ty::Int(k));
    }
    Some(match name {
        "f64" => Ty::F64,
        "f32" => Ty::F32,
        "bool" => Ty::Bool,
        "char" => Ty::Char,
        "str" => Ty::Str,
        _ => return None,
    })
}

impl Crate {
    fn lookup_in(&self, m: ModId, name: &str, depth: u32) -> Option<Binding> {
        if depth > 16 {
            return None;
        }
        let module = &self.mods[m.0 as usize];
        if let Some(b) = module.items.get(name) {
            return Some(b.clone());
        }
        for u in module.uses.iter().filter(|u| !u.glob && u.name == name) {
            if let Some(b) = self.resolve_segments(m, &u.path, depth + 1) {
                return Some(b);
            }
        }
        for u in module.uses.iter().filter(|u| u.glob) {
            match self.resolve_segments(m, &u.path, depth + 1) {
                Some(Binding::Mod(t)) if t != m => {
                    if let Some(b) = self.lookup_in(t, name, depth + 1) {
                        return Some(b);
                    }
                }
                Some(Binding::Def(e)) => {
                    if let DefKind::Adt(a) = &self.def(e).kind {
                        if let Some(i) = a.variants.iter().position(|v| v.name == name) {
                            if a.is_enum {
                                return Some(Binding::Variant(e, i as u32));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    pub fn resolve_segments(&self, m: ModId, segs: &[String], depth: u32) -> Option<Binding> {
        let (first, rest) = segs.split_first()?;
        let mut cur = match first.as_str() {
            "crate" => Binding::Mod(self.root),
            "self" => Binding::Mod(m),
            "super" => Binding::Mod(self.mods[m.0 as usize].parent?),
            "std" | "core" | "alloc" => Binding::Mod(self.prelude),
            _ => self.lookup_in(m, first, depth).or_else(|| self.lookup_in(self.prelude, first, depth))?,
        };
        for s in rest {
            cur = match cur {
                Binding::Mod(mm) => {
                    if s == "super" {
                        Binding::Mod(self.mods[mm.0 as usize].parent?)
                    } else {
                        let found = self.lookup_in(mm, s, depth + 1);
                        // std paths name modules the prelude flattens (std::collections::...).
                        match found {
                            Some(b) => b,
                            None if mm == self.prelude => self.lookup_in(mm, s, depth + 1)?,
                            None => return None,
                        }
                    }
                }
                Binding::Def(d) => match &self.def(d).kind {
                    DefKind::Adt(a) if a.is_enum => {
                        let i = a.variants.iter().position(|v| &v.name == s)?;
                        Binding::Variant(d, i as u32)
                    }
                    _ => return None,
                },
                Binding::Variant(..) => return None,
            };
        }
        Some(cur)
    }

    pub fn path_names(p: &syn::Path) -> Vec<String> {
        p.segments.iter().map(|s| s.ident.to_string()).collect()
    }

    /// Resolves a type-namespace path, possibly stopping early: returns the resolution of the
    /// longest resolvable prefix and how many segments it used.
    pub fn resolve_path_prefix(&self, scope: &Scope, p: &syn::Path) -> Option<(Res, usize)> {
        let names = Self::path_names(p);
        if names.len() == 1 || p.leading_colon.is_none() {
            if names[0] == "Self" {
                return Some((Res::SelfTy, 1));
            }
            if scope.generics.contains(&names[0]) {
                return Some((Res::Prim(Ty::Param(scope.generics.iter().position(|g| *g == names[0]).unwrap() as u32)), 1));
            }
        }
        // Primitive type names share their spelling with prelude modules (`char`, `f64`):
        // a path through the module wins only when it names an item completely.
        if let Some(t) = prim_ty(&names[0]) {
            if names.len() > 1 {
                if let Some(b) = self.resolve_segments(scope.module, &names, 0) {
                    if !matches!(b, Binding::Mod(_)) {
                        return Some((
                            match b {
                                Binding::Def(d) => Res::Def(d),
                                Binding::Variant(d, i) => Res::Variant(d, i),
                                Binding::Mod(_) => Res::Mod,
                            },
                            names.len(),
                        ));
                    }
                }
            }
            return Some((Res::Prim(t), 1));
        }
        for n in (1..=names.len()).rev() {
            if let Some(b) = self.resolve_segments(scope.module, &names[..n], 0) {
                let r = match b {
                    Binding::Def(d) => Res::Def(d),
                    Binding::Mod(_) => Res::Mod,
                    Binding::Variant(d, i) => Res::Variant(d, i),
                };
                return Some((r, n));
            }
        }
        if let Some(t) = prim_ty(&names[0]) {
            return Some((Res::Prim(t), 1));
        }
        None
    }

    /// Converts a syntactic type. `fresh` supplies inference variables for `_` (None where
    /// `_` is not allowed).
    pub fn resolve_type(&self, scope: &Scope, t: &syn::Type, fresh: &mut dyn FnMut() -> Option<Ty>) -> DResult<Ty> {
        let file = self.file_of_mod(scope.module);
        let err = |s: proc_macro2::Span, what: &str| unsupported(file, &self.files, s, what);
        Ok(match t {
            syn::Type::Paren(p) => self.resolve_type(scope, &p.elem, fresh)?,
            syn::Type::Group(g) => self.resolve_type(scope, &g.elem, fresh)?,
            syn::Type::Tuple(tt) => {
                if tt.elems.is_empty() {
                    Ty::Unit
                } else {
                    Ty::Tuple(tt.elems.iter().map(|e| self.resolve_type(scope, e, fresh)).collect::<DResult<_>>()?)
                }
            }
            syn::Type::Reference(r) => Ty::Ref(Box::new(self.resolve_type(scope, &r.elem, fresh)?), r.mutability.is_some()),
            syn::Type::Ptr(p) => Ty::Ptr(Box::new(self.resolve_type(scope, &p.elem, fresh)?)),
            syn::Type::Slice(s) => Ty::Slice(Box::new(self.resolve_type(scope, &s.elem, fresh)?)),
            syn::Type::Array(a) if matches!(a.len, syn::Expr::Infer(_)) => {
                // `[T; _]` in prelude impls: an array of any length.
                Ty::Array(Box::new(self.resolve_type(scope, &a.elem, fresh)?), ANY_LEN)
            }
            syn::Type::Array(a) => {
                let n = self.const_usize(scope, &a.len).ok_or_else(|| err(a.len.span(), "array length expression"))?;
                Ty::Array(Box::new(self.resolve_type(scope, &a.elem, fresh)?), n)
            }
            syn::Type::Never(_) => Ty::Never,
            syn::Type::Infer(i) => fresh().ok_or_else(|| err(i.span(), "`_` in this type position"))?,
            syn::Type::TraitObject(o) => self.dyn_trait(scope, o.bounds.iter(), o.span())?,
            syn::Type::Path(tp) => {
                if let Some(q) = &tp.qself {
                    // <T as Trait>::Name
                    let base = self.resolve_type(scope, &q.ty, fresh)?;
                    let tr_path: Vec<String> = tp.path.segments.iter().take(q.position).map(|s| s.ident.to_string()).collect();
                    let tr = match self.resolve_segments(scope.module, &tr_path, 0) {
                        Some(Binding::Def(d)) => d,
                        _ => return Err(err(tp.span(), "qualified path")),
                    };
                    let name = tp.path.segments.last().unwrap().ident.to_string();
                    return Ok(Ty::Proj(Box::new(base), tr, name));
                }
                let (res, used) = self.resolve_path_prefix(scope, &tp.path).ok_or_else(|| {
                    self.diag(file, tp.span(), format!("cannot find type `{}` in this scope", quote::ToTokens::to_token_stream(&tp.path)))
                })?;
                let seg = &tp.path.segments[used - 1];
                let args = self.generic_args(scope, &seg.arguments, fresh)?;
                let base = match res {
                    Res::SelfTy => scope.self_ty.clone().ok_or_else(|| err(tp.span(), "`Self` outside an impl"))?,
                    Res::Prim(t) => t,
                    Res::Def(d) => match &self.def(d).kind {
                        DefKind::Adt(a) => {
                            if self.def(d).name == "Box" && self.def(d).module == self.prelude {
                                let inner = args.into_iter().next().ok_or_else(|| err(tp.span(), "Box without argument"))?;
                                Ty::Box(Box::new(inner))
                            } else {
                                let mut args = args;
                                while args.len() < a.generics.len() {
                                    args.push(fresh().ok_or_else(|| err(tp.span(), "generic type without its arguments here"))?);
                                }
                                Ty::Adt(d, args)
                            }
                        }
                        DefKind::Alias(g, target) => {
                            let inner_scope = Scope { module: self.def(d).module, generics: g, self_ty: None };
                            let t = self.resolve_type(&inner_scope, target, fresh)?;
                            t.subst(&args)
                        }
                        DefKind::Trait(_) => self.dyn_trait(scope, std::iter::empty(), tp.span()).unwrap_or(Ty::Dyn(d)),
                        _ => return Err(self.diag(file, tp.span(), "expected a type, found a value")),
                    },
                    _ => return Err(self.diag(file, tp.span(), "expected a type, found a module")),
                };
                if used < tp.path.segments.len() {
                    // `T::Item`, `Self::Item`: an associated type of whichever trait declares it.
                    let name = tp.path.segments[used].ident.to_string();
                    let tr = self.trait_declaring_assoc(scope.module, &name).ok_or_else(|| err(tp.span(), "associated type path"))?;
                    return Ok(Ty::Proj(Box::new(base), tr, name));
                }
                base
            }
            syn::Type::ImplTrait(i) => return Err(err(i.span(), "`impl Trait` type")),
            // `fn(A) -> R` is a `&'static dyn Fn(A) -> R` without data (only functions and
            // closures without captures coerce to it).
            syn::Type::BareFn(f) => {
                if f.variadic.is_some() || f.abi.is_some() || f.unsafety.is_some() {
                    return Err(err(f.span(), "function pointer type"));
                }
                let mut args = vec![];
                for i in &f.inputs {
                    args.push(self.resolve_type(scope, &i.ty, fresh)?);
                }
                let ret = match &f.output {
                    syn::ReturnType::Default => Ty::Unit,
                    syn::ReturnType::Type(_, r) => self.resolve_type(scope, r, fresh)?,
                };
                Ty::Ref(Box::new(Ty::DynFn(args, Box::new(ret))), false)
            }
            other => return Err(err(other.span(), "type syntax")),
        })
    }

    fn dyn_trait<'b>(
        &self,
        scope: &Scope,
        mut bounds: impl Iterator<Item = &'b syn::TypeParamBound>,
        span: proc_macro2::Span,
    ) -> DResult<Ty> {
        let file = self.file_of_mod(scope.module);
        while let Some(b) = bounds.next() {
            if let syn::TypeParamBound::Trait(t) = b {
                if let Some(seg) = t.path.segments.last() {
                    if let (true, syn::PathArguments::Parenthesized(pa)) = (matches!(seg.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce"), &seg.arguments) {
                        let mut args = vec![];
                        for i in &pa.inputs {
                            args.push(self.resolve_type(scope, i, &mut || None)?);
                        }
                        let ret = match &pa.output {
                            syn::ReturnType::Default => Ty::Unit,
                            syn::ReturnType::Type(_, r) => self.resolve_type(scope, r, &mut || None)?,
                        };
                        return Ok(Ty::DynFn(args, Box::new(ret)));
                    }
                }
                match self.resolve_segments(scope.module, &Self::path_names(&t.path), 0) {
                    Some(Binding::Def(d)) if matches!(self.def(d).kind, DefKind::Trait(_)) => return Ok(Ty::Dyn(d)),
                    _ => return Err(self.diag(file, t.span(), "cannot find trait")),
                }
            }
        }
        Err(unsupported(file, &self.files, span, "trait object type"))
    }

    pub fn generic_args(&self, scope: &Scope, a: &syn::PathArguments, fresh: &mut dyn FnMut() -> Option<Ty>) -> DResult<Vec<Ty>> {
        let file = self.file_of_mod(scope.module);
        match a {
            syn::PathArguments::None => Ok(vec![]),
            syn::PathArguments::AngleBracketed(ab) => {
                let mut out = vec![];
                for g in &ab.args {
                    match g {
                        syn::GenericArgument::Type(t) => out.push(self.resolve_type(scope, t, fresh)?),
                        syn::GenericArgument::Lifetime(_) => {}
                        // `Iterator<Item = T>` bounds are not types; ignore the binding.
                        syn::GenericArgument::AssocType(_) => {}
                        other => return Err(unsupported(file, &self.files, other.span(), "generic argument")),
                    }
                }
                Ok(out)
            }
            syn::PathArguments::Parenthesized(p) => Err(unsupported(file, &self.files, p.span(), "parenthesized generic arguments")),
        }
    }

    /// The trait a bare `T::Name` means: one declaring `Name`, preferring traits of the same
    /// side (prelude or program) as the module the path is written in. Normalisation falls
    /// back to the other declaring traits when the chosen one has no impl.
    pub fn trait_declaring_assoc(&self, from: ModId, name: &str) -> Option<DefId> {
        let in_prelude = |mut m: ModId| loop {
            if m == self.prelude {
                return true;
            }
            match self.mods[m.0 as usize].parent {
                Some(p) => m = p,
                None => return false,
            }
        };
        let want_prelude = in_prelude(from);
        let declaring: Vec<DefId> = self
            .defs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| match &d.kind {
                DefKind::Trait(t) if t.assoc_types.iter().any(|a| a == name) => Some(DefId(i as u32)),
                _ => None,
            })
            .collect();
        declaring.iter().find(|d| in_prelude(self.def(**d).module) == want_prelude).or(declaring.first()).copied()
    }

    /// Evaluates a constant `usize` expression: a literal, a const item, or simple arithmetic.
    pub fn const_usize(&self, scope: &Scope, e: &syn::Expr) -> Option<u64> {
        match e {
            syn::Expr::Lit(l) => match &l.lit {
                syn::Lit::Int(i) => i.base10_parse::<u64>().ok(),
                _ => None,
            },
            syn::Expr::Paren(p) => self.const_usize(scope, &p.expr),
            syn::Expr::Group(g) => self.const_usize(scope, &g.expr),
            syn::Expr::Path(p) => match self.resolve_segments(scope.module, &Self::path_names(&p.path), 0)? {
                Binding::Def(d) => match &self.def(d).kind {
                    DefKind::Const(_, e) => {
                        let s = Scope { module: self.def(d).module, generics: &[], self_ty: None };
                        self.const_usize(&s, e)
                    }
                    _ => None,
                },
                _ => None,
            },
            syn::Expr::Binary(b) => {
                let (l, r) = (self.const_usize(scope, &b.left)?, self.const_usize(scope, &b.right)?);
                match b.op {
                    syn::BinOp::Add(_) => l.checked_add(r),
                    syn::BinOp::Sub(_) => l.checked_sub(r),
                    syn::BinOp::Mul(_) => l.checked_mul(r),
                    syn::BinOp::Div(_) => l.checked_div(r),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}
