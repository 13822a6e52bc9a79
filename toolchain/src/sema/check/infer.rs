//! Inference variables and unification.

use super::super::ty::{IntKind, Ty};
use super::Checker;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum VarKind {
    General,
    Int,
    Float,
}

#[derive(Clone, Default, Debug)]
pub struct Infer {
    vals: Vec<Option<Ty>>,
    kinds: Vec<VarKind>,
}

impl Infer {
    pub fn fresh(&mut self) -> Ty {
        self.fresh_kind(VarKind::General)
    }
    pub fn fresh_kind(&mut self, k: VarKind) -> Ty {
        self.vals.push(None);
        self.kinds.push(k);
        Ty::Var(self.vals.len() as u32 - 1)
    }
    pub fn kind(&self, v: u32) -> VarKind {
        self.kinds[v as usize]
    }
    pub fn shallow(&self, t: &Ty) -> Ty {
        let mut t = t.clone();
        while let Ty::Var(v) = t {
            match &self.vals[v as usize] {
                Some(x) => t = x.clone(),
                None => return t,
            }
        }
        t
    }
    pub fn resolve(&self, t: &Ty) -> Ty {
        let s = self.shallow(t);
        s.map(&mut |c| self.resolve(c))
    }
    fn occurs(&self, v: u32, t: &Ty) -> bool {
        let t = self.resolve(t);
        t.any(&|x| *x == Ty::Var(v))
    }
    /// Binds an unbound variable; false if the kinds clash.
    pub fn bind(&mut self, v: u32, t: &Ty) -> bool {
        let k = self.kinds[v as usize];
        match t {
            Ty::Var(w) => {
                if *w == v {
                    return true;
                }
                let k2 = self.kinds[*w as usize];
                let merged = match (k, k2) {
                    (VarKind::General, x) | (x, VarKind::General) => x,
                    (a, b) if a == b => a,
                    _ => return false,
                };
                self.kinds[*w as usize] = merged;
                self.vals[v as usize] = Some(t.clone());
                true
            }
            _ => {
                let ok = match k {
                    VarKind::General => true,
                    VarKind::Int => matches!(t, Ty::Int(_)),
                    VarKind::Float => matches!(t, Ty::F64 | Ty::F32),
                };
                if !ok || self.occurs(v, t) {
                    return false;
                }
                self.vals[v as usize] = Some(t.clone());
                true
            }
        }
    }
    /// Integer literals default to i32 and float literals to f64, as in Rust.
    pub fn apply_defaults(&mut self) {
        for i in 0..self.vals.len() {
            if self.vals[i].is_none() {
                match self.kinds[i] {
                    VarKind::Int => self.vals[i] = Some(Ty::Int(IntKind::I32)),
                    VarKind::Float => self.vals[i] = Some(Ty::F64),
                    VarKind::General => {}
                }
            }
        }
    }
}

impl Checker<'_> {
    pub fn shallow(&mut self, t: &Ty) -> Ty {
        let s = self.infer.shallow(t);
        if let Ty::Opaque(d, args) = &s {
            let args: Vec<Ty> = args.iter().map(|a| self.normalize_deep(a)).collect();
            if !args.iter().any(|a| a.any(&|x| matches!(x, Ty::Var(_) | Ty::Param(_) | Ty::Proj(..)))) {
                self.apply_closure_hints();
                self.publish_closures();
                if let Some(t) = super::opaque_type(self.prog, *d, &args) {
                    return self.shallow(&t);
                }
            }
            return Ty::Opaque(*d, args);
        }
        if let Ty::Proj(..) = s {
            if let Some(n) = self.normalize(&s) {
                return self.shallow(&n);
            }
        }
        s
    }

    /// Unifies two types; projections that cannot be normalised yet are deferred.
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let a = self.shallow(a);
        let b = self.shallow(b);
        match (&a, &b) {
            (Ty::Var(x), _) => self.infer.bind(*x, &b),
            (_, Ty::Var(y)) => self.infer.bind(*y, &a),
            (Ty::Never, _) | (_, Ty::Never) => true,
            (Ty::Proj(..) | Ty::Opaque(..), _) | (_, Ty::Proj(..) | Ty::Opaque(..)) => {
                self.deferred.push((a.clone(), b.clone()));
                true
            }
            (Ty::Tuple(x), Ty::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.unify(p, q)),
            (Ty::Adt(d1, x), Ty::Adt(d2, y)) => {
                d1 == d2 && x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.unify(p, q))
            }
            (Ty::Array(x, n), Ty::Array(y, m)) => {
                let any = crate::frontend::resolve::ANY_LEN;
                (n == m || *n == any || *m == any) && self.unify(x, y)
            }
            (Ty::Slice(x), Ty::Slice(y)) | (Ty::Ptr(x), Ty::Ptr(y)) | (Ty::Box(x), Ty::Box(y)) => self.unify(x, y),
            (Ty::Ref(x, m1), Ty::Ref(y, m2)) => m1 == m2 && self.unify(x, y),
            (Ty::DynFn(x, r1), Ty::DynFn(y, r2)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.unify(p, q)) && self.unify(r1, r2),
            _ => a == b,
        }
    }

    /// Unification that leaves no trace when it fails.
    pub fn try_unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let snap = self.infer.clone();
        let dl = self.deferred.len();
        if self.unify(a, b) {
            true
        } else {
            self.infer = snap;
            self.deferred.truncate(dl);
            false
        }
    }

    pub fn process_deferred(&mut self) {
        loop {
            let pending = std::mem::take(&mut self.deferred);
            let before = pending.len();
            let mut progress = false;
            for (a, b) in pending {
                let na = self.shallow(&a);
                let nb = self.shallow(&b);
                if matches!(na, Ty::Proj(..) | Ty::Opaque(..)) || matches!(nb, Ty::Proj(..) | Ty::Opaque(..)) {
                    if na != a || nb != b {
                        progress = true;
                    }
                    self.deferred.push((na, nb));
                } else {
                    self.unify(&na, &nb);
                    progress = true;
                }
            }
            if !progress || self.deferred.is_empty() || self.deferred.len() > before {
                break;
            }
        }
    }

    /// Deep resolution with projections normalised.
    pub fn normalize_deep(&mut self, t: &Ty) -> Ty {
        let s = self.shallow(t);
        s.map(&mut |c| self.normalize_deep(c))
    }
}
