//! Impl selection, projection normalisation and method probing (autoderef + autoref).

use super::super::items::FnSig;
use super::super::ty::Ty;
use super::{Adjust, Callee, Checker};
use crate::diag::DResult;
use crate::frontend::resolve::Scope;
use crate::frontend::{DefId, ImplId};

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum RecvKind {
    Value,
    Ref,
    RefMut,
}

#[derive(Clone, Debug)]
pub struct Pick {
    pub callee: Callee,
    pub def: DefId,
    pub recv: RecvKind,
    /// The full generic environment (owner args then fresh method args).
    pub env: Vec<Ty>,
    pub owner_params: usize,
}

impl Checker<'_> {
    /// Matches `ty` against an impl's self type and checks the impl's bounds.
    /// On success the bindings stay and the impl's arguments are returned.
    pub fn match_impl(&mut self, imp: ImplId, ty: &Ty, depth: u32) -> Option<Vec<Ty>> {
        if depth > 6 {
            return None;
        }
        let snap = self.infer.clone();
        let dl = self.deferred.len();
        let n = self.prog.krate.impls[imp.0 as usize].generics.len();
        let args: Vec<Ty> = (0..n).map(|_| self.infer.fresh()).collect();
        let self_ty = self.prog.impl_headers[imp.0 as usize].self_ty.subst(&args);
        let self_param_ok = match self.prog.impl_headers[imp.0 as usize].self_param {
            Some(k) => self.unify(&args[k], ty),
            None => true,
        };
        if self.unify(&self_ty, ty) && self_param_ok && self.impl_bounds_hold(imp, &args, depth) {
            Some(args)
        } else {
            self.infer = snap;
            self.deferred.truncate(dl);
            None
        }
    }

    fn impl_bounds_hold(&mut self, imp: ImplId, args: &[Ty], depth: u32) -> bool {
        // `F: Fn(A) -> R` holds for closures (and `dyn Fn`s) taking as many arguments.
        for b in self.prog.impl_closure_bounds(imp) {
            let mut t = self.shallow(&args[b.param]);
            while let Ty::Ref(x, _) = t {
                t = self.shallow(&x);
            }
            let ok = match &t {
                Ty::Var(_) => true,
                Ty::Closure(id) => self.closure_sig(*id).0.len() == b.args.len(),
                Ty::DynFn(a, _) => a.len() == b.args.len(),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        let bounds = self.prog.impl_bounds(imp);
        for (param, tr) in bounds {
            let t = self.shallow(&args[param]);
            if t.any(&|x| matches!(x, Ty::Var(_) | Ty::Proj(..))) && matches!(t, Ty::Var(_) | Ty::Proj(..)) {
                continue;
            }
            if !self.implements(&t, tr, depth + 1) {
                return false;
            }
        }
        true
    }

    /// Does `ty` implement trait `tr`? Unknown types are assumed to.
    pub fn implements(&mut self, ty: &Ty, tr: DefId, depth: u32) -> bool {
        let t = self.shallow(ty);
        match &t {
            Ty::Var(_) => return true,
            Ty::Dyn(d) if *d == tr || self.prog.supertraits(*d).contains(&tr) => return true,
            _ => {}
        }
        if self.prog.is_lang(tr, "Copy") || self.prog.is_lang(tr, "Sized") || self.prog.is_lang(tr, "Eq") {
            return true;
        }
        let snap = self.infer.clone();
        let dl = self.deferred.len();
        let found = self.find_trait_impl(&t, tr, depth).is_some();
        self.infer = snap;
        self.deferred.truncate(dl);
        found
    }

    pub fn find_trait_impl(&mut self, ty: &Ty, tr: DefId, depth: u32) -> Option<(ImplId, Vec<Ty>)> {
        for imp in self.prog.candidate_impls(ty) {
            match &self.prog.impl_headers[imp.0 as usize].trait_ {
                Some((d, _)) if *d == tr => {}
                _ => continue,
            }
            if let Some(args) = self.match_impl(imp, ty, depth) {
                return Some((imp, args));
            }
        }
        None
    }

    /// The impl of `tr` for `ty` whose trait arguments agree with `targs` (`From<i32>` vs
    /// `From<String>` for the same type); with no arguments, the first impl.
    pub fn select_impl(&mut self, ty: &Ty, tr: DefId, targs: &[Ty]) -> Option<(ImplId, Vec<Ty>)> {
        if targs.is_empty() {
            return self.find_trait_impl(ty, tr, 0);
        }
        for imp in self.prog.candidate_impls(ty) {
            let Some((d, iargs)) = self.prog.impl_headers[imp.0 as usize].trait_.clone() else { continue };
            if d != tr {
                continue;
            }
            let snap = self.infer.clone();
            let dl = self.deferred.len();
            let Some(args) = self.match_impl(imp, ty, 0) else { continue };
            // An impl that leaves its trait arguments implicit (`impl PartialEq for X`)
            // means `Self`.
            let iargs: Vec<Ty> = if iargs.is_empty() { vec![ty.clone(); targs.len()] } else { iargs.iter().map(|t| t.subst(&args)).collect() };
            // Bounds on parameters only the trait arguments fix (`impl<E: Error> From<E> for
            // Box<dyn Error>`) are checked once those are unified.
            if iargs.iter().zip(targs).all(|(a, b)| self.unify(a, b)) && self.impl_bounds_hold(imp, &args, 0) {
                return Some((imp, args));
            }
            self.infer = snap;
            self.deferred.truncate(dl);
        }
        None
    }

    /// The associated type `name` of the impl selected for `ty: tr<targs>`.
    pub fn assoc_of(&mut self, ty: &Ty, tr: DefId, targs: &[Ty], name: &str) -> Option<Ty> {
        let (imp, args) = self.select_impl(ty, tr, targs)?;
        let i = &self.prog.krate.impls[imp.0 as usize];
        let syn_ty = *i.assoc_types.get(name)?;
        let scope = Scope { module: i.module, generics: &i.generics, self_ty: Some(self.prog.impl_headers[imp.0 as usize].self_ty.clone()) };
        let r = self.prog.krate.resolve_type(&scope, syn_ty, &mut || None).ok()?;
        Some(self.normalize_deep(&r.subst(&args)))
    }

    /// `<T as Trait>::Name` once `T` is known enough to select an impl.
    pub fn normalize(&mut self, t: &Ty) -> Option<Ty> {
        let (base, tr, name) = match t {
            Ty::Proj(b, tr, n) => (b, *tr, n),
            _ => return None,
        };
        let b = self.shallow(base);
        if matches!(b, Ty::Var(_)) {
            return None;
        }
        // `Self::Output` names whichever trait declares `Output`; the impl decides which.
        let found = self.find_trait_impl(&b, tr, 0).or_else(|| {
            let others: Vec<DefId> = (0..self.prog.krate.defs.len() as u32)
                .map(DefId)
                .filter(|d| *d != tr && matches!(&self.prog.krate.def(*d).kind, crate::frontend::DefKind::Trait(t) if t.assoc_types.iter().any(|a| a == name)))
                .collect();
            others.into_iter().find_map(|o| self.find_trait_impl(&b, o, 0))
        });
        let (imp, args) = found?;
        let i = &self.prog.krate.impls[imp.0 as usize];
        let syn_ty = *i.assoc_types.get(name)?;
        let scope = Scope {
            module: i.module,
            generics: &i.generics,
            self_ty: Some(self.prog.impl_headers[imp.0 as usize].self_ty.clone()),
        };
        let r = self.prog.krate.resolve_type(&scope, syn_ty, &mut || None).ok()?;
        Some(r.subst(&args))
    }

    fn recv_kind(&self, sig: &FnSig) -> Option<RecvKind> {
        if !sig.has_self {
            return None;
        }
        Some(match sig.self_ref {
            Some(false) => RecvKind::Ref,
            Some(true) => RecvKind::RefMut,
            None => RecvKind::Value,
        })
    }

    /// Methods called `name` whose `Self` is `self_ty`: inherent impls first, then traits.
    pub fn methods_named(&mut self, self_ty: &Ty, name: &str) -> DResult<Option<Pick>> {
        let impls = self.prog.candidate_impls(self_ty);
        // A generic parameter's methods come from its bounds, not from the inherent impls of
        // the type it happens to be instantiated with.
        let resolved = self.resolve(self_ty);
        let bound_method = self.bound_traits.iter().any(|(t, tr)| *t == resolved && self.prog.vtable_methods(*tr).iter().any(|(_, n, _)| n == name));
        let first_pass = if bound_method { 1 } else { 0 };
        for pass in first_pass..2 {
            for &imp in &impls {
                let hdr_trait = self.prog.impl_headers[imp.0 as usize].trait_.clone();
                if (pass == 0) != hdr_trait.is_none() {
                    continue;
                }
                let i = &self.prog.krate.impls[imp.0 as usize];
                let def = match (i.methods.get(name), &hdr_trait) {
                    (Some(d), _) => *d,
                    (None, Some((tr, _))) => match self.prog.trait_method(*tr, name) {
                        Some(d) if self.prog.krate.fn_info(d).body.is_some() => d,
                        _ => continue,
                    },
                    (None, None) => continue,
                };
                // A generic trait implemented more than once for this type (`Convert<f64>` and
                // `Convert<i64>`): the call's types choose the impl, once they are known.
                if let Some((tr, _)) = &hdr_trait {
                    if !self.prog.krate.trait_info(*tr).generics.is_empty() && self.count_trait_impls(self_ty, *tr) > 1 {
                        if let Some(p) = self.deferred_trait_pick(self_ty, *tr, name)? {
                            return Ok(Some(p));
                        }
                    }
                }
                let snap = self.infer.clone();
                let Some(args) = self.match_impl(imp, self_ty, 0) else { continue };
                // Through a bound with arguments (`T: AsRef<str>`), the impl must agree with them.
                if let Some((tr, targs)) = &hdr_trait {
                    let resolved_self = self.resolve(self_ty);
                    let known = self.bound_args.iter().find(|(t, b, a)| b == tr && bound_on(t, &resolved_self) && a.len() == targs.len()).map(|(_, _, a)| a.clone());
                    if let Some(ba) = known {
                        let agree = targs.iter().zip(&ba).all(|(t, a)| {
                            let t = t.subst(&args);
                            self.unify(&t, a)
                        });
                        if !agree {
                            self.infer = snap;
                            continue;
                        }
                    }
                }
                let sig = self.prog.sig(def)?;
                let Some(recv) = self.recv_kind(&sig) else {
                    self.infer = snap;
                    continue;
                };
                let owner_args = match (i.methods.contains_key(name), &hdr_trait) {
                    (true, _) => args,
                    (false, Some((_, targs))) => {
                        let mut v = vec![self_ty.clone()];
                        v.extend(targs.iter().map(|t| t.subst(&args)));
                        v
                    }
                    _ => unreachable!(),
                };
                let mut env = owner_args;
                let own = sig.env.len() - sig.owner_params;
                let owner_params = env.len();
                for _ in 0..own {
                    env.push(self.infer.fresh());
                }
                return Ok(Some(Pick { callee: Callee::Fn(def, env.clone()), def, recv, env, owner_params }));
            }
        }
        if let Ty::Dyn(tr) = self_ty {
            let found = self.prog.vtable_methods(*tr).into_iter().find(|(_, n, _)| n == name).map(|(o, _, d)| (o, d));
            if let Some((owner, def)) = found {
                let sig = self.prog.sig(def)?;
                if let Some(recv) = self.recv_kind(&sig) {
                    let env = vec![self_ty.clone()];
                    return Ok(Some(Pick {
                        callee: Callee::Virtual { tr: *tr, owner, method: name.to_string() },
                        def,
                        recv,
                        env,
                        owner_params: 1,
                    }));
                }
            }
        }
        Ok(None)
    }

    fn count_trait_impls(&mut self, ty: &Ty, tr: DefId) -> usize {
        let mut n = 0;
        for imp in self.prog.candidate_impls(ty) {
            if !matches!(&self.prog.impl_headers[imp.0 as usize].trait_, Some((d, _)) if *d == tr) {
                continue;
            }
            let snap = (self.infer.clone(), self.deferred.len());
            if self.match_impl(imp, ty, 0).is_some() {
                n += 1;
            }
            self.infer = snap.0;
            self.deferred.truncate(snap.1);
        }
        n
    }

    /// A pick whose impl is selected at the end of checking, from the trait's arguments.
    fn deferred_trait_pick(&mut self, self_ty: &Ty, tr: DefId, name: &str) -> DResult<Option<Pick>> {
        let Some(def) = self.prog.trait_method(tr, name) else { return Ok(None) };
        let sig = self.prog.sig(def)?;
        let Some(recv) = self.recv_kind(&sig) else { return Ok(None) };
        let mut env = vec![self_ty.clone()];
        while env.len() < sig.env.len() {
            env.push(self.infer.fresh());
        }
        let ntr = self.prog.krate.trait_info(tr).generics.len();
        // A bound of the function on this type names the trait's arguments.
        let resolved = self.resolve(self_ty);
        let known = self.bound_args.iter().find(|(t, b, a)| *b == tr && bound_on(t, &resolved) && a.len() == ntr).map(|(_, _, a)| a.clone());
        if let Some(args) = known {
            for (slot, a) in env[1..1 + ntr].to_vec().iter().zip(&args) {
                self.unify(slot, a);
            }
        }
        let callee = Callee::Trait { tr, method: name.to_string(), self_ty: self_ty.clone(), trait_args: env[1..1 + ntr].to_vec(), method_args: env[1 + ntr..].to_vec() };
        Ok(Some(Pick { callee, def, recv, env, owner_params: 1 + ntr }))
    }

    /// Rust's method probe: for each autoderef step, by value, then `&`, then `&mut`.
    pub fn probe(&mut self, recv_ty: &Ty, name: &str) -> DResult<Option<(Pick, Vec<Adjust>)>> {
        let mut cur = self.shallow(recv_ty);
        let mut prefix: Vec<Adjust> = vec![];
        let mut fat = false; // `cur` is held as a pointer (after an unsizing step)
        for _ in 0..8 {
            // By value: methods taking `self` on cur, or `&self`/`&mut self` on cur's pointee.
            if !fat {
                if let Some(p) = self.methods_named(&cur, name)? {
                    if p.recv == RecvKind::Value {
                        return Ok(Some((p, prefix)));
                    }
                    let mut adj = prefix.clone();
                    adj.push(Adjust::Borrow(p.recv == RecvKind::RefMut));
                    if let Ty::Ref(inner, m) = &cur {
                        // A `&self` method on the pointee is found at the next step, by value;
                        // prefer it only when the pointee has no such method.
                        let inner = (**inner).clone();
                        let m = *m;
                        let snap = self.infer.clone();
                        if let Some(q) = self.methods_named(&inner, name)? {
                            if q.recv == RecvKind::Ref || (q.recv == RecvKind::RefMut && m) {
                                return Ok(Some((q, prefix)));
                            }
                        }
                        self.infer = snap;
                    }
                    return Ok(Some((p, adj)));
                }
                if let Ty::Ref(inner, m) = &cur {
                    let inner = (**inner).clone();
                    let m = *m;
                    if let Some(q) = self.methods_named(&inner, name)? {
                        if q.recv == RecvKind::Ref || (q.recv == RecvKind::RefMut && m) {
                            return Ok(Some((q, prefix)));
                        }
                    }
                }
            } else if let Some(p) = self.methods_named(&cur, name)? {
                if p.recv != RecvKind::Value {
                    return Ok(Some((p, prefix)));
                }
            }
            // Next autoderef step.
            let next = match &cur {
                Ty::Ref(t, _) | Ty::Box(t) if !fat => {
                    prefix.push(Adjust::Deref);
                    (**t).clone()
                }
                Ty::Adt(d, args) if self.prog.is_lang(*d, "Vec") && !fat => {
                    prefix.push(Adjust::Borrow(true));
                    prefix.push(Adjust::UnsizeRef);
                    fat = true;
                    Ty::Slice(Box::new(args[0].clone()))
                }
                Ty::Adt(d, _) if self.prog.is_lang(*d, "String") && !fat => {
                    prefix.push(Adjust::Borrow(true));
                    prefix.push(Adjust::UnsizeRef);
                    fat = true;
                    Ty::Str
                }
                Ty::Array(t, _) if !fat => {
                    prefix.push(Adjust::Borrow(true));
                    prefix.push(Adjust::UnsizeRef);
                    fat = true;
                    Ty::Slice(t.clone())
                }
                Ty::Str | Ty::Slice(_) | Ty::Dyn(_) if !fat => {
                    // An unsized place is already held as a fat pointer.
                    fat = true;
                    continue;
                }
                _ => return Ok(None),
            };
            cur = self.shallow(&next);
        }
        Ok(None)
    }

    /// Inherent associated function `name` on a type (`Type::name`). Trait functions are
    /// resolved once the argument types are known (a type may implement `From<A>` for many A).
    pub fn assoc_fn(&mut self, self_ty: &Ty, name: &str) -> DResult<Option<(Callee, DefId, Vec<Ty>, usize)>> {
        let impls = self.prog.candidate_impls(self_ty);
        for pass in 0..1 {
            for &imp in &impls {
                let hdr_trait = self.prog.impl_headers[imp.0 as usize].trait_.clone();
                if (pass == 0) != hdr_trait.is_none() {
                    continue;
                }
                let i = &self.prog.krate.impls[imp.0 as usize];
                let (def, from_impl) = match (i.methods.get(name), &hdr_trait) {
                    (Some(d), _) => (*d, true),
                    (None, Some((tr, _))) => match self.prog.trait_method(*tr, name) {
                        Some(d) if self.prog.krate.fn_info(d).body.is_some() => (d, false),
                        _ => continue,
                    },
                    _ => continue,
                };
                let Some(args) = self.match_impl(imp, self_ty, 0) else { continue };
                let sig = self.prog.sig(def)?;
                let mut env = if from_impl {
                    args
                } else {
                    let mut v = vec![self_ty.clone()];
                    v.extend(hdr_trait.unwrap().1.iter().map(|t| t.subst(&args)));
                    v
                };
                let owner = env.len();
                for _ in 0..(sig.env.len() - sig.owner_params) {
                    env.push(self.infer.fresh());
                }
                return Ok(Some((Callee::Fn(def, env.clone()), def, env, owner)));
            }
        }
        Ok(None)
    }

    /// Inference from bounds with arguments: for `B: FromIterator<Item>` with `B = Vec<?X>`,
    /// the one impl of the trait for `Vec` says `?X = Item`.
    pub fn apply_fn_bounds(&mut self, def: DefId, env: &[Ty]) {
        for (p, tr, args) in self.prog.fn_bounds(def) {
            let Some(t) = env.get(p) else { continue };
            let t = self.shallow(t);
            if matches!(t, Ty::Var(_) | Ty::Proj(..)) {
                continue;
            }
            // Of the impls of the trait for this type, the first whose arguments agree.
            for imp in self.prog.candidate_impls(&t) {
                let Some((itr, targs)) = self.prog.impl_headers[imp.0 as usize].trait_.clone() else { continue };
                if itr != tr {
                    continue;
                }
                let snap = self.infer.clone();
                let dl = self.deferred.len();
                let Some(iargs) = self.match_impl(imp, &t, 0) else { continue };
                let ok = targs.iter().zip(&args).all(|(ia, ba)| {
                    let ia = ia.subst(&iargs);
                    let ba = self.normalize_deep(&ba.subst(env));
                    self.unify(&ia, &ba)
                });
                if ok {
                    break;
                }
                self.infer = snap;
                self.deferred.truncate(dl);
            }
        }
    }

    /// Resolves deferred trait calls now that types are known.
    pub fn resolve_trait_callee(&mut self, c: &Callee) -> DResult<Callee> {
        if let Callee::Trait { tr, method, self_ty, trait_args, method_args } = c {
            let st = self.normalize_deep(self_ty);
            if let Ty::Dyn(d) = st {
                return Ok(Callee::Virtual { tr: d, owner: *tr, method: method.clone() });
            }
            let targs: Vec<Ty> = trait_args.iter().map(|t| self.normalize_deep(t)).collect();
            let (imp, args) = match self.select_impl(&st, *tr, &targs) {
                Some(x) => x,
                None => {
                    return Err(crate::diag::plain(format!(
                        "error: the trait `{}` is not implemented for `{}`",
                        self.prog.name_of(*tr),
                        self.prog.ty_str(&st)
                    )))
                }
            };
            let i = &self.prog.krate.impls[imp.0 as usize];
            let mut env: Vec<Ty>;
            let def = match i.methods.get(method) {
                Some(d) => {
                    env = args.iter().map(|t| self.normalize_deep(t)).collect();
                    *d
                }
                None => {
                    env = vec![st.clone()];
                    env.extend(trait_args.iter().map(|t| self.normalize_deep(t)));
                    self.prog.trait_method(*tr, method).unwrap()
                }
            };
            env.extend(method_args.iter().map(|t| self.normalize_deep(t)));
            return Ok(Callee::Fn(def, env));
        }
        Ok(c.clone())
    }
}

/// Does a bound on `bounded` speak for a method found on `ty`: the same type, or (when the
/// bounded parameter is a reference, `T = &str` with `T: AsRef<str>`) its pointee, whose impl
/// the reference's forwarding impl would call.
fn bound_on(bounded: &Ty, ty: &Ty) -> bool {
    bounded == ty || matches!(bounded, Ty::Ref(inner, _) if **inner == *ty)
}
