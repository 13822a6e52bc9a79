//! Pattern matching: tests branch to `fail`, bindings store into the locals' slots.

use super::func::{FnBuilder, Place};
use crate::diag::DResult;
use crate::sema::check::{key, PathRes};
use crate::sema::ty::Ty;
use pyrite_ir::*;
use syn::spanned::Spanned;

impl FnBuilder<'_, '_> {
    /// Matches `pat` against the value at `place` (of type `ty`). On a mismatch control goes
    /// to `fail`; on a match it continues in the current block with the bindings made.
    pub fn match_pat(&mut self, pat: &'static syn::Pat, place: Place, ty: &Ty, fail: BlockId) -> DResult<()> {
        let k = key(pat);
        let mut place = place;
        let mut ty = ty.clone();
        if let Some(n) = self.t.pat_derefs.get(&k).cloned() {
            for _ in 0..n {
                let ptr = self.read_place(&place);
                ty = match ty {
                    Ty::Ref(x, _) => *x,
                    other => other,
                };
                place = if ty.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) };
            }
        }
        match pat {
            syn::Pat::Wild(_) | syn::Pat::Rest(_) => {}
            syn::Pat::Paren(p) => self.match_pat(&p.pat, place, &ty, fail)?,
            syn::Pat::Type(p) => self.match_pat(&p.pat, place, &ty, fail)?,
            syn::Pat::Ident(pi) => {
                match self.t.path.get(&k).cloned() {
                    Some(PathRes::UnitVariant(t, v)) => return self.test_variant(&place, &t, v, fail),
                    Some(PathRes::Const(d, args)) => return self.test_const(pat, &place, &ty, d, &args, fail),
                    _ => {}
                }
                if let Some((_, sub)) = &pi.subpat {
                    self.match_pat(sub, place.clone(), &ty, fail)?;
                }
                // Or-pattern alternatives after the first bind into the first one's locals.
                let target = match self.t.path.get(&k) {
                    Some(PathRes::Local(first)) => *first,
                    _ => k,
                };
                let by_ref = self.t.binds_ref.contains_key(&k);
                let value = if by_ref { self.place_addr(&place) } else { self.read_place(&place) };
                let slot = match self.locals.get(&target) {
                    Some(s) => *s,
                    None => {
                        let lt = self.vty(&value);
                        let s = self.slot(lt);
                        self.locals.insert(target, s);
                        s
                    }
                };
                let a = self.slot_addr(slot);
                self.store(a, value);
            }
            syn::Pat::Reference(r) => {
                let inner = match &ty {
                    Ty::Ref(x, _) => (**x).clone(),
                    other => other.clone(),
                };
                let ptr = self.read_place(&place);
                let p = if inner.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) };
                self.match_pat(&r.pat, p, &inner, fail)?;
            }
            syn::Pat::Tuple(t) => {
                let Ty::Tuple(ts) = &ty else {
                    if t.elems.is_empty() {
                        return Ok(());
                    }
                    return Err(self.err(t.span(), "internal error: tuple pattern on non-tuple"));
                };
                let base = self.place_addr(&place);
                for p in &t.elems {
                    if matches!(p, syn::Pat::Rest(_)) {
                        continue;
                    }
                    let idx = self.t.pat_pos[&key(p)];
                    let fa = self.field_addr(base.clone(), idx);
                    self.match_pat(p, Place::Addr(fa), &ts[idx as usize], fail)?;
                }
            }
            syn::Pat::TupleStruct(ts) => {
                let (v, _) = self.t.fields[&k];
                let fa = self.variant_fields_place(&place, &ty, v, fail)?;
                let ftys = self.field_types(&ty, v)?;
                for p in &ts.elems {
                    if matches!(p, syn::Pat::Rest(_)) {
                        continue;
                    }
                    let idx = self.t.pat_pos[&key(p)];
                    let f = self.field_addr(fa.clone(), idx);
                    self.match_pat(p, Place::Addr(f), &ftys[idx as usize], fail)?;
                }
            }
            syn::Pat::Struct(ps) => {
                let (v, _) = self.t.fields[&k];
                let fa = self.variant_fields_place(&place, &ty, v, fail)?;
                let ftys = self.field_types(&ty, v)?;
                for fp in &ps.fields {
                    let (_, idx) = self.t.fields[&key(fp)];
                    let f = self.field_addr(fa.clone(), idx);
                    self.match_pat(&fp.pat, Place::Addr(f), &ftys[idx as usize], fail)?;
                }
            }
            syn::Pat::Path(_) => match self.t.path.get(&k).cloned() {
                Some(PathRes::UnitVariant(t, v)) => self.test_variant(&place, &t, v, fail)?,
                Some(PathRes::Const(d, args)) => self.test_const(pat, &place, &ty, d, &args, fail)?,
                _ => {}
            },
            syn::Pat::Lit(l) => {
                let lit = self.lit(&l.lit, &ty);
                let eq = self.equals(&place, &ty, lit, l.span())?;
                self.continue_if(eq, fail);
            }
            syn::Pat::Range(r) => {
                let v = self.read_place(&place);
                let mut conds = vec![];
                if let Some(s) = &r.start {
                    let sv = self.expr(s)?;
                    conds.push(self.bin(BinOp::Ge, v.clone(), sv));
                }
                if let Some(e) = &r.end {
                    let ev = self.expr(e)?;
                    let op = if matches!(r.limits, syn::RangeLimits::Closed(_)) { BinOp::Le } else { BinOp::Lt };
                    conds.push(self.bin(op, v.clone(), ev));
                }
                for c in conds {
                    self.continue_if(c, fail);
                }
            }
            syn::Pat::Or(o) => {
                let matched = self.new_block();
                let n = o.cases.len();
                for (i, case) in o.cases.iter().enumerate() {
                    let next = if i + 1 == n { fail } else { self.new_block() };
                    self.match_pat(case, place.clone(), &ty, next)?;
                    self.goto(matched, vec![]);
                    if i + 1 < n {
                        self.switch_to(next);
                    }
                }
                self.switch_to(matched);
            }
            syn::Pat::Slice(sp) => self.match_slice(sp, &place, &ty, fail)?,
            other => return Err(self.err(other.span(), "unsupported pattern")),
        }
        Ok(())
    }

    /// A slice pattern on an array or slice: the length test (exact, or at least the fixed
    /// elements' count with a rest), elements before the rest counted from the start, after
    /// it from the end, and `name @ ..` bound to the middle part.
    fn match_slice(&mut self, sp: &'static syn::PatSlice, place: &Place, ty: &Ty, fail: BlockId) -> DResult<()> {
        let (data, len, el, arr_len) = match ty {
            Ty::Array(el, n) => {
                let a = self.place_addr(place);
                let elt = self.lty(el);
                let d = self.emit(OpKind::PtrCast(a, LType::ptr(elt.clone())), LType::ptr(elt));
                (d, self.usize_const(*n as i128), (**el).clone(), Some(*n))
            }
            Ty::Slice(el) => {
                let f = self.read_place(place);
                let d = self.field_of(f.clone(), 0);
                let l = self.field_of(f, 1);
                (d, l, (**el).clone(), None)
            }
            _ => return Err(self.err(sp.span(), "internal error: slice pattern on a non-slice")),
        };
        let rest = crate::sema::check::pat::slice_rest(&sp.elems);
        let fixed = sp.elems.len() - rest.is_some() as usize;
        if arr_len.is_none() {
            let want = self.usize_const(fixed as i128);
            let c = self.bin(if rest.is_some() { BinOp::Ge } else { BinOp::Eq }, len.clone(), want);
            self.continue_if(c, fail);
        }
        let dt = self.g.value_type(&data, &self.cx.m);
        for (i, e) in sp.elems.iter().enumerate() {
            match rest {
                Some(r) if i == r => {
                    if matches!(e, syn::Pat::Rest(_)) {
                        continue;
                    }
                    let start = self.usize_const(r as i128);
                    let p0 = self.emit(OpKind::ElemAddr(data.clone(), start), dt.clone());
                    let fixed_v = self.usize_const(fixed as i128);
                    let n = self.bin(BinOp::Sub, len.clone(), fixed_v);
                    let elt = self.lty(&el);
                    let (rp, rt) = match arr_len {
                        Some(total) => {
                            let rt = Ty::Array(Box::new(el.clone()), total - fixed as u64);
                            let at = self.lty(&rt);
                            let a = self.emit(OpKind::PtrCast(p0, LType::ptr(at.clone())), LType::ptr(at));
                            (Place::Addr(a), rt)
                        }
                        None => {
                            let ft = self.cx.layouts.fat_slice(elt);
                            (Place::Fat(self.make_struct(ft, vec![p0, n])), Ty::Slice(Box::new(el.clone())))
                        }
                    };
                    self.match_pat(e, rp, &rt, fail)?;
                }
                _ => {
                    let idx = match rest {
                        Some(r) if i > r => {
                            let back = self.usize_const((sp.elems.len() - i) as i128);
                            self.bin(BinOp::Sub, len.clone(), back)
                        }
                        _ => self.usize_const(i as i128),
                    };
                    let ea = self.emit(OpKind::ElemAddr(data.clone(), idx), dt.clone());
                    self.match_pat(e, Place::Addr(ea), &el, fail)?;
                }
            }
        }
        Ok(())
    }

    fn continue_if(&mut self, c: Value, fail: BlockId) {
        let ok = self.new_block();
        self.branch(c, ok, fail);
        self.switch_to(ok);
    }

    fn field_types(&mut self, ty: &Ty, v: u32) -> DResult<Vec<Ty>> {
        let Ty::Adt(d, args) = ty else { return Ok(vec![]) };
        let fs = self.cx.prog.variant_fields(*d, args, v)?;
        Ok(fs.iter().map(|t| self.cx.normalized(t)).collect())
    }

    /// Tests an enum's tag (structs always match) and returns a pointer to the variant's fields.
    fn variant_fields_place(&mut self, place: &Place, ty: &Ty, v: u32, fail: BlockId) -> DResult<Value> {
        let base = self.place_addr(place);
        let Ty::Adt(d, _) = ty else { return Err(self.err(proc_macro2::Span::call_site(), "internal error: variant of non-ADT")) };
        if !self.cx.prog.krate.adt(*d).is_enum {
            return Ok(base);
        }
        self.test_variant(place, ty, v, fail)?;
        let pl = self.field_addr(base, 1);
        Ok(self.field_addr(pl, v))
    }

    fn test_variant(&mut self, place: &Place, ty: &Ty, v: u32, fail: BlockId) -> DResult<()> {
        let Ty::Adt(d, _) = ty else { return Ok(()) };
        let info = self.cx.prog.krate.adt(*d);
        if !info.is_enum || info.variants.len() < 2 {
            return Ok(());
        }
        let base = self.place_addr(place);
        let ta = self.field_addr(base, 0);
        let tag = self.load(ta);
        let tv = self.tag_const(ty, v);
        let c = self.bin(BinOp::Eq, tag, tv);
        self.continue_if(c, fail);
        Ok(())
    }

    fn test_const(&mut self, pat: &'static syn::Pat, place: &Place, ty: &Ty, d: crate::frontend::DefId, args: &[Ty], fail: BlockId) -> DResult<()> {
        let cv = self.const_of(d, args)?;
        let eq = self.equals(place, ty, cv, pat.span())?;
        self.continue_if(eq, fail);
        Ok(())
    }

    pub fn const_of(&mut self, d: crate::frontend::DefId, args: &[Ty]) -> DResult<Value> {
        let owner = self.cx.prog.krate.impls.iter().position(|i| i.consts.values().any(|c| *c == d));
        let self_ty = owner.map(|i| self.cx.prog.impl_headers[i].self_ty.subst(args));
        let (tables, _) = crate::sema::check::check_const(self.cx.prog, &self.cx.macros, d, self_ty)?;
        let e = match &self.cx.prog.krate.def(d).kind {
            crate::frontend::DefKind::Const(_, e) => *e,
            _ => unreachable!(),
        };
        let saved = std::mem::replace(&mut self.t, tables);
        let saved_file = self.file;
        self.file = self.cx.prog.krate.file_of_mod(self.cx.prog.krate.def(d).module);
        let v = self.expr(e);
        self.t = saved;
        self.file = saved_file;
        v
    }

    /// `value at place == v` for literal patterns (strings compare by content).
    fn equals(&mut self, place: &Place, ty: &Ty, v: Value, span: proc_macro2::Span) -> DResult<Value> {
        match ty {
            Ty::Str => {
                let s = self.read_place(place);
                let f = self.cx.prog.krate.lang("__str_eq");
                self.call_def(f, &[], vec![s, v], span)
            }
            Ty::Ref(inner, _) if **inner == Ty::Str => {
                let s = self.read_place(place);
                let f = self.cx.prog.krate.lang("__str_eq");
                self.call_def(f, &[], vec![s, v], span)
            }
            _ => {
                let x = self.read_place(place);
                Ok(self.bin(BinOp::Eq, x, v))
            }
        }
    }
}
