//! Tag dispatch for `match` on an enum: one `switch` on the tag instead of a test per arm.
//!
//! Invariants:
//! - Only the entry changes. Each arm still begins with its own pattern tests, and a
//!   failed test or guard still falls to the next arm, so meaning is the arm chain's.
//! - Every tag value is sent to the first arm whose top-level pattern can match it: a
//!   variant pattern naming it, an or-pattern containing it, or a catch-all (`_`, a plain
//!   binding). Tags that no arm can match go to an unreachable block.
//! - A match is dispatched only if every arm's top-level pattern is a variant pattern of the
//!   same enum, reached through the same number of auto-derefs, or a catch-all. Any other
//!   arm (literals, ranges, references, `x @ pat`, constants) keeps the plain chain.

use super::func::{FnBuilder, Place};
use crate::sema::check::{key, PathRes};
use crate::sema::ty::Ty;
use pyrite_ir::*;

/// A dispatch is worth a switch from this many arms on. Below it the chain stays: its arms
/// are in the author's order, likeliest first, and GCC turns a switch of 5 or more cases
/// into a jump table, whose one indirect branch measured slower on x86-64 than a short
/// chain with a skewed tag (`Value::clone`'s 7 arms: richards 5% slower at 4 arms).
const MIN_ARMS: usize = 16;

/// What an arm's top-level pattern can match.
enum ArmTags {
    Any,
    /// These variants, seen through this many auto-derefs of the scrutinee.
    Variants(Vec<u32>, u32),
}

pub struct TagDispatch {
    /// Auto-derefs from the scrutinee to the enum.
    derefs: u32,
    /// The enum's type.
    enum_ty: Ty,
    /// The first arm able to match each variant, by variant index (None: no arm can).
    target: Vec<Option<usize>>,
}

impl FnBuilder<'_, '_> {
    /// The dispatch plan for `m`, whose scrutinee has type `st`, or None to keep the chain.
    pub fn tag_dispatch(&self, m: &'static syn::ExprMatch, st: &Ty) -> Option<TagDispatch> {
        if m.arms.len() < MIN_ARMS {
            return None;
        }
        let arms: Vec<ArmTags> = m.arms.iter().map(|a| self.arm_tags(&a.pat)).collect::<Option<_>>()?;
        let mut derefs = None;
        for a in &arms {
            if let ArmTags::Variants(_, n) = a {
                if *derefs.get_or_insert(*n) != *n {
                    return None;
                }
            }
        }
        let derefs = derefs?;
        let mut enum_ty = st.clone();
        for _ in 0..derefs {
            enum_ty = match enum_ty {
                Ty::Ref(x, _) => *x,
                _ => return None,
            };
        }
        let Ty::Adt(d, _) = &enum_ty else { return None };
        let info = self.cx.prog.krate.adt(*d);
        if !info.is_enum || info.variants.len() < 2 {
            return None;
        }
        let mut target = vec![None; info.variants.len()];
        for (i, a) in arms.iter().enumerate() {
            for (v, t) in target.iter_mut().enumerate() {
                let hit = match a {
                    ArmTags::Any => true,
                    ArmTags::Variants(vs, _) => vs.contains(&(v as u32)),
                };
                if hit && t.is_none() {
                    *t = Some(i);
                }
            }
        }
        Some(TagDispatch { derefs, enum_ty, target })
    }

    fn arm_tags(&self, pat: &'static syn::Pat) -> Option<ArmTags> {
        let own = self.t.pat_derefs.get(&key(pat)).copied().unwrap_or(0);
        let variant = |v: u32| Some(ArmTags::Variants(vec![v], own));
        match pat {
            syn::Pat::Wild(_) => Some(ArmTags::Any),
            syn::Pat::Paren(p) => match self.arm_tags(&p.pat)? {
                ArmTags::Variants(vs, n) => Some(ArmTags::Variants(vs, n + own)),
                any => Some(any),
            },
            syn::Pat::Ident(pi) => match self.t.path.get(&key(pat)) {
                Some(PathRes::UnitVariant(_, v)) => variant(*v),
                Some(PathRes::Const(..)) => None,
                _ if pi.subpat.is_none() => Some(ArmTags::Any),
                _ => None,
            },
            syn::Pat::Path(_) => match self.t.path.get(&key(pat)) {
                Some(PathRes::UnitVariant(_, v)) => variant(*v),
                _ => None,
            },
            syn::Pat::TupleStruct(_) | syn::Pat::Struct(_) => variant(self.t.fields.get(&key(pat))?.0),
            syn::Pat::Or(o) => {
                let mut all = vec![];
                let mut depth = None;
                for case in &o.cases {
                    match self.arm_tags(case)? {
                        ArmTags::Any => return Some(ArmTags::Any),
                        ArmTags::Variants(vs, n) => {
                            if *depth.get_or_insert(n) != n {
                                return None;
                            }
                            all.extend(vs);
                        }
                    }
                }
                Some(ArmTags::Variants(all, depth? + own))
            }
            _ => None,
        }
    }

    /// Ends the current block with a switch on the tag of the enum at `place`, sending each
    /// variant to its arm's first block in `starts` and the rest to `unmatched`.
    pub fn dispatch_on_tag(&mut self, plan: &TagDispatch, place: &Place, starts: &[BlockId], unmatched: BlockId) {
        let mut place = place.clone();
        for _ in 0..plan.derefs {
            let ptr = self.read_place(&place);
            place = Place::Addr(ptr);
        }
        let base = self.place_addr(&place);
        let ta = self.field_addr(base, 0);
        let tag = self.load(ta);
        let from = self.cur;
        for (v, t) in plan.target.iter().enumerate() {
            let Value::Const(Const::Int(discr, _)) = self.tag_const(&plan.enum_ty, v as u32) else { unreachable!() };
            let to = t.map_or(unmatched, |i| starts[i]);
            self.g.add_link(from, to, ExitCase::Case(discr), vec![]);
        }
        self.g.add_link(from, unmatched, ExitCase::Default, vec![]);
        self.terminate(Exit::Switch(tag));
    }
}
