//! Expressions, statements and blocks.

use super::super::ty::{IntKind, Ty};
use super::infer::VarKind;
use super::macros::{FmtPiece, MacroArgs};
use super::pat::CtorPath;
use super::{key, Adjust, Callee, Checker, ForPlan, IndexPlan, PathRes};
use crate::diag::DResult;
use crate::frontend::resolve::Res;
use crate::frontend::{DefKind, VariantShape};
use syn::spanned::Spanned;

type E = &'static syn::Expr;

impl Checker<'_> {
    pub fn lit_ty(&mut self, l: &syn::Lit) -> Ty {
        match l {
            syn::Lit::Int(i) => match i.suffix() {
                "" => self.infer.fresh_kind(VarKind::Int),
                "f64" => Ty::F64,
                "f32" => Ty::F32,
                s => IntKind::from_name(s).map(Ty::Int).unwrap_or(Ty::Int(IntKind::I32)),
            },
            syn::Lit::Float(f) => match f.suffix() {
                "" => self.infer.fresh_kind(VarKind::Float),
                "f32" => Ty::F32,
                _ => Ty::F64,
            },
            syn::Lit::Bool(_) => Ty::Bool,
            syn::Lit::Char(_) => Ty::Char,
            syn::Lit::Byte(_) => Ty::Int(IntKind::U8),
            syn::Lit::Str(_) => Ty::Ref(Box::new(Ty::Str), false),
            syn::Lit::ByteStr(b) => Ty::Ref(Box::new(Ty::Array(Box::new(Ty::Int(IntKind::U8)), b.value().len() as u64)), false),
            _ => Ty::Unit,
        }
    }

    pub fn check_block(&mut self, b: &'static syn::Block, expected: Option<&Ty>) -> DResult<Ty> {
        self.push_scope();
        let mut diverges = false;
        let mut result = Ty::Unit;
        let n = b.stmts.len();
        for (i, s) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match s {
                syn::Stmt::Local(l) => {
                    let t = match &l.init {
                        Some(init) => {
                            let want = match &l.pat {
                                syn::Pat::Type(pt) => Some(self.ty_of_syn(&pt.ty)?),
                                _ => None,
                            };
                            let t = match &want {
                                Some(w) => {
                                    self.check_expr_coerce(&init.expr, w)?;
                                    w.clone()
                                }
                                None => self.check_expr(&init.expr, None)?,
                            };
                            if let Some((_, els)) = &init.diverge {
                                let et = self.check_expr(els, None)?;
                                if self.shallow(&et) != Ty::Never {
                                    return Err(self.err(els.span(), "`else` clause of `let...else` does not diverge"));
                                }
                            }
                            if self.shallow(&t) == Ty::Never {
                                diverges = true;
                            }
                            t
                        }
                        None => self.infer.fresh(),
                    };
                    match &l.pat {
                        syn::Pat::Type(pt) => {
                            self.t.pat_ty.insert(key(&l.pat), t.clone());
                            self.check_pat(&pt.pat, &t, None)?;
                        }
                        p => self.check_pat(p, &t, None)?,
                    }
                }
                // Items in bodies were hoisted into the module by the loader.
                syn::Stmt::Item(_) => {}
                syn::Stmt::Expr(e, semi) => {
                    let t = if last && semi.is_none() { self.check_expr(e, expected)? } else { self.check_expr(e, None)? };
                    let st = self.shallow(&t);
                    if st == Ty::Never {
                        diverges = true;
                    }
                    if last && semi.is_none() {
                        result = t;
                    } else if semi.is_none() && !matches!(st, Ty::Unit | Ty::Never) && !expr_is_blocklike(e) {
                        return Err(self.err(e.span(), format!("mismatched types: expected `()`, found `{}`", self.prog.ty_str(&self.resolve(&st)))));
                    }
                }
                syn::Stmt::Macro(m) => {
                    let t = self.check_macro(&m.mac, None)?;
                    if self.shallow(&t) == Ty::Never {
                        diverges = true;
                    }
                    if last && m.semi_token.is_none() {
                        result = t;
                    }
                }
            }
            self.process_deferred();
        }
        self.pop_scope();
        let has_tail = matches!(b.stmts.last(), Some(syn::Stmt::Expr(_, None)));
        if !has_tail && diverges {
            self.diverging_blocks.insert(key(b));
            return Ok(Ty::Never);
        }
        if !has_tail {
            if let Some(syn::Stmt::Macro(m)) = b.stmts.last() {
                if m.semi_token.is_none() {
                    return Ok(result);
                }
            }
            return Ok(Ty::Unit);
        }
        Ok(result)
    }

    /// Coerces a block's tail expression (the block itself has no adjustments).
    pub fn coerce_block_result(&mut self, b: &'static syn::Block, t: &Ty, want: &Ty) -> DResult<()> {
        match b.stmts.last() {
            Some(syn::Stmt::Expr(e, None)) => self.coerce(e, t, want),
            _ => {
                let st = self.shallow(t);
                if st == Ty::Never || self.unify(&st, want) {
                    Ok(())
                } else {
                    let span = b.brace_token.span.close();
                    Err(self.err(span, format!("mismatched types: expected `{}`, found `{}`", self.prog.ty_str(&self.resolve(want)), self.prog.ty_str(&self.resolve(&st)))))
                }
            }
        }
    }

    pub fn check_expr_coerce(&mut self, e: E, want: &Ty) -> DResult<()> {
        let t = self.check_expr(e, Some(want))?;
        self.coerce(e, &t, want)
    }

    /// Applies rustc's implicit conversions at a coercion site, or unifies.
    pub fn coerce(&mut self, e: E, actual: &Ty, want: &Ty) -> DResult<()> {
        // Blocks, ifs and matches coerce their results instead.
        match e {
            syn::Expr::Block(b) if b.label.is_none() => {
                return match b.block.stmts.last() {
                    Some(syn::Stmt::Expr(t, None)) => {
                        let tt = self.t.expr_ty.get(&key(t)).cloned().unwrap_or(Ty::Unit);
                        self.coerce(t, &tt, want)?;
                        self.t.expr_ty.insert(key(e), want.clone());
                        Ok(())
                    }
                    _ if self.shallow(actual) == Ty::Never => Ok(()),
                    _ => self.unify_or_err(e, actual, want),
                };
            }
            syn::Expr::Paren(p) => {
                let tt = self.t.expr_ty.get(&key(&*p.expr)).cloned().unwrap_or(Ty::Unit);
                self.coerce(&p.expr, &tt, want)?;
                self.t.expr_ty.insert(key(e), want.clone());
                return Ok(());
            }
            syn::Expr::If(i) if i.else_branch.is_some() => {
                let bt = self.block_ty(&i.then_branch);
                self.coerce_block_result(&i.then_branch, &bt, want)?;
                let els = &i.else_branch.as_ref().unwrap().1;
                let et = self.t.expr_ty.get(&key(&**els)).cloned().unwrap_or(Ty::Unit);
                self.coerce(els, &et, want)?;
                self.t.expr_ty.insert(key(e), want.clone());
                return Ok(());
            }
            syn::Expr::Match(m) => {
                for arm in &m.arms {
                    let at = self.t.expr_ty.get(&key(&*arm.body)).cloned().unwrap_or(Ty::Unit);
                    self.coerce(&arm.body, &at, want)?;
                }
                self.t.expr_ty.insert(key(e), want.clone());
                return Ok(());
            }
            _ => {}
        }
        let a = self.shallow(actual);
        let w = self.shallow(want);
        if a == Ty::Never {
            return Ok(());
        }
        match (&a, &w) {
            (Ty::Ref(ai, am), Ty::Ref(wi, wm)) if *am || !*wm => {
                let (ai, wi) = ((**ai).clone(), (**wi).clone());
                if self.try_unify(&ai, &wi) {
                    return Ok(());
                }
                if let Some(adj) = self.deref_coercion(&ai, &wi, *wm)? {
                    self.t.adjust.insert(key(e), adj);
                    return Ok(());
                }
            }
            // A function or a closure without captures as a `fn` pointer.
            (Ty::Closure(_), Ty::Ref(wi, _)) if matches!(self.shallow(wi), Ty::DynFn(..)) => {
                let d = self.shallow(wi);
                self.closure_to_dyn(e, &a, &d)?;
                self.t.adjust.insert(key(e), vec![Adjust::ToDynFn(a.clone())]);
                return Ok(());
            }
            (Ty::Box(ai), Ty::Box(wi)) => {
                let wi_s = self.shallow(wi);
                let ai_s = self.shallow(ai);
                if let (Ty::Dyn(tr), false) = (&wi_s, matches!(ai_s, Ty::Dyn(_))) {
                    self.t.adjust.insert(key(e), vec![Adjust::ToDyn(ai_s.clone(), *tr)]);
                    return Ok(());
                }
                if let (Ty::DynFn(..), Ty::Closure(_)) = (&wi_s, &ai_s) {
                    self.closure_to_dyn(e, &ai_s, &wi_s)?;
                    self.t.adjust.insert(key(e), vec![Adjust::ToDynFn(ai_s.clone())]);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.unify_or_err(e, &a, &w)
    }

    fn unify_or_err(&mut self, e: E, a: &Ty, w: &Ty) -> DResult<()> {
        if self.unify(a, w) {
            Ok(())
        } else {
            Err(self.err(
                e.span(),
                format!(
                    "mismatched types: expected `{}`, found `{}`",
                    self.prog.ty_str(&self.resolve(w)),
                    self.prog.ty_str(&self.resolve(a))
                ),
            ))
        }
    }

    fn block_ty(&self, b: &'static syn::Block) -> Ty {
        match b.stmts.last() {
            Some(syn::Stmt::Expr(t, None)) => self.t.expr_ty.get(&key(t)).cloned().unwrap_or(Ty::Unit),
            _ if self.diverging_blocks.contains(&key(b)) => Ty::Never,
            _ => Ty::Unit,
        }
    }

    /// `&A` to `&W` through derefs and unsizing. The adjustments start from the value `&A`.
    fn deref_coercion(&mut self, a: &Ty, w: &Ty, want_mut: bool) -> DResult<Option<Vec<Adjust>>> {
        let mut adj = vec![];
        let mut cur = self.shallow(a);
        // `adj` so far leaves us holding a value of type `&cur`.
        for _ in 0..4 {
            let w = self.shallow(w);
            match (&cur, &w) {
                (_, Ty::Dyn(tr)) if !matches!(cur, Ty::Dyn(_)) => {
                    adj.push(Adjust::ToDyn(cur.clone(), *tr));
                    return Ok(Some(adj));
                }
                (Ty::Closure(_), Ty::DynFn(..)) => {
                    let (c, d) = (cur.clone(), w.clone());
                    self.closure_sig_to_dyn(&c, &d);
                    adj.push(Adjust::ToDynFn(cur.clone()));
                    return Ok(Some(adj));
                }
                (Ty::Array(x, _), Ty::Slice(y)) => {
                    if self.try_unify(x, y) {
                        adj.push(Adjust::UnsizeRef);
                        return Ok(Some(adj));
                    }
                }
                (Ty::Adt(d, args), Ty::Slice(y)) if self.prog.is_lang(*d, "Vec") => {
                    let x = args[0].clone();
                    if self.try_unify(&x, y) {
                        adj.push(Adjust::UnsizeRef);
                        return Ok(Some(adj));
                    }
                }
                (Ty::Adt(d, _), Ty::Str) if self.prog.is_lang(*d, "String") => {
                    adj.push(Adjust::UnsizeRef);
                    return Ok(Some(adj));
                }
                _ => {}
            }
            if self.try_unify(&cur, &w) {
                return Ok(Some(adj));
            }
            // One more deref: `&&T` -> `&T`, `&Box<T>` -> `&T`.
            match cur.clone() {
                Ty::Ref(inner, _) => {
                    // value &&T: load it to get &T
                    adj.push(Adjust::Deref);
                    cur = self.shallow(&inner);
                }
                Ty::Box(inner) => {
                    adj.push(Adjust::Deref);
                    adj.push(Adjust::Deref);
                    adj.push(Adjust::Borrow(want_mut));
                    cur = self.shallow(&inner);
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    pub fn check_expr(&mut self, e: E, expected: Option<&Ty>) -> DResult<Ty> {
        let t = self.check_expr_inner(e, expected)?;
        self.t.expr_ty.insert(key(e), t.clone());
        Ok(t)
    }

    fn check_expr_inner(&mut self, e: E, expected: Option<&Ty>) -> DResult<Ty> {
        use syn::Expr as X;
        Ok(match e {
            X::Lit(l) => {
                let t = self.lit_ty(&l.lit);
                if let Some(w) = expected {
                    let ws = self.shallow(w);
                    let ts = self.shallow(&t);
                    if let Ty::Var(_) = ts {
                        if matches!(ws, Ty::Int(_) | Ty::F32 | Ty::F64) || matches!(ws, Ty::Var(v) if self.infer.kind(v) != VarKind::General) {
                            self.unify(&ts, &ws);
                        }
                    }
                }
                t
            }
            X::Paren(p) => self.check_expr(&p.expr, expected)?,
            X::Group(g) => self.check_expr(&g.expr, expected)?,
            X::Path(p) => match self.fn_item_value(e, p, expected)? {
                Some(t) => t,
                None => self.check_path_expr(e, p)?,
            },
            X::Block(b) => {
                if let Some(l) = &b.label {
                    self.loops.push((Some(l.name.ident.to_string()), Some(self.infer.fresh()), true));
                    let t = self.check_block(&b.block, expected)?;
                    let (_, bt, _) = self.loops.pop().unwrap();
                    let bt = bt.unwrap();
                    self.unify(&bt, &t);
                    bt
                } else {
                    self.check_block(&b.block, expected)?
                }
            }
            X::Unsafe(u) => return Err(self.unsupported(u.unsafe_token.span, "unsafe block")),
            X::Closure(c) => self.check_closure(c, expected)?,
            X::Async(a) => return Err(self.unsupported(a.span(), "async block")),
            X::Await(a) => return Err(self.unsupported(a.span(), "await")),
            X::Yield(y) => return Err(self.unsupported(y.span(), "yield")),
            X::Let(l) => {
                let st = self.check_expr(&l.expr, None)?;
                self.check_pat(&l.pat, &st, None)?;
                Ty::Bool
            }
            X::If(i) => {
                self.push_scope();
                let ct = self.check_expr(&i.cond, Some(&Ty::Bool))?;
                if !matches!(&*i.cond, X::Let(_)) && !self.unify(&ct, &Ty::Bool) {
                    return Err(self.err(i.cond.span(), "mismatched types: expected `bool`"));
                }
                let exp = if i.else_branch.is_some() { expected } else { None };
                let tt = self.check_block(&i.then_branch, exp)?;
                self.pop_scope();
                match &i.else_branch {
                    None => {
                        let s = self.shallow(&tt);
                        if !matches!(s, Ty::Unit | Ty::Never) && !self.unify(&s, &Ty::Unit) {
                            return Err(self.err(i.then_branch.span(), "`if` without `else` must have type `()`"));
                        }
                        Ty::Unit
                    }
                    Some((_, els)) => {
                        let et = self.check_expr(els, expected)?;
                        match expected {
                            // Branches coerce to an expected trait object.
                            Some(w) if w.any(&|t| matches!(t, Ty::Dyn(_) | Ty::DynFn(..))) => {
                                self.coerce_block_result(&i.then_branch, &tt, w)?;
                                self.coerce(els, &et, w)?;
                                w.clone()
                            }
                            _ => self.join(&tt, &et, els)?,
                        }
                    }
                }
            }
            X::Match(m) => {
                let st = self.check_expr(&m.expr, None)?;
                let mut result: Option<Ty> = None;
                for arm in &m.arms {
                    self.push_scope();
                    self.check_pat(&arm.pat, &st, None)?;
                    if let Some((_, g)) = &arm.guard {
                        self.check_expr_coerce(g, &Ty::Bool)?;
                    }
                    let at = self.check_expr(&arm.body, expected)?;
                    self.pop_scope();
                    if let Some(w) = expected.filter(|w| w.any(&|t| matches!(t, Ty::Dyn(_) | Ty::DynFn(..)))) {
                        self.coerce(&arm.body, &at, w)?;
                        result = Some(w.clone());
                        continue;
                    }
                    result = Some(match result {
                        None => at,
                        Some(r) => self.join(&r, &at, &arm.body)?,
                    });
                }
                result.unwrap_or(Ty::Never)
            }
            X::While(w) => {
                self.push_scope();
                let ct = self.check_expr(&w.cond, Some(&Ty::Bool))?;
                if !matches!(&*w.cond, X::Let(_)) && !self.unify(&ct, &Ty::Bool) {
                    return Err(self.err(w.cond.span(), "mismatched types: expected `bool`"));
                }
                self.loops.push((w.label.as_ref().map(|l| l.name.ident.to_string()), None, false));
                self.check_block(&w.body, None)?;
                self.loops.pop();
                self.pop_scope();
                Ty::Unit
            }
            X::Loop(l) => {
                let bt = self.infer.fresh();
                self.loops.push((l.label.as_ref().map(|l| l.name.ident.to_string()), Some(bt.clone()), false));
                self.check_block(&l.body, None)?;
                self.loops.pop();
                // A loop without a `break` never finishes.
                if self.loop_has_break(l) {
                    bt
                } else {
                    Ty::Never
                }
            }
            X::ForLoop(f) => self.check_for(f)?,
            X::Break(b) => {
                let idx = self.loop_index(b.label.as_ref(), b.span())?;
                match &b.expr {
                    Some(v) => {
                        let want = self.loops[idx].1.clone().ok_or_else(|| self.err(b.span(), "`break` with value from a `while` or `for` loop"))?;
                        self.check_expr_coerce(v, &want)?;
                    }
                    None => {
                        if let Some(want) = self.loops[idx].1.clone() {
                            self.unify(&want, &Ty::Unit);
                        }
                    }
                }
                Ty::Never
            }
            X::Continue(c) => {
                self.loop_index(c.label.as_ref(), c.span())?;
                Ty::Never
            }
            X::Return(r) => {
                let want = self.ret_ty.clone();
                match &r.expr {
                    Some(v) => self.check_expr_coerce(v, &want)?,
                    None => {
                        if !self.unify(&want, &Ty::Unit) {
                            return Err(self.err(r.span(), "`return;` in a function whose return type is not `()`"));
                        }
                    }
                }
                Ty::Never
            }
            X::Try(t) => {
                let it = self.check_expr(&t.expr, None)?;
                let it = self.shallow(&it);
                let ret = self.shallow(&self.ret_ty.clone());
                match (&it, &ret) {
                    (Ty::Adt(d, args), Ty::Adt(rd, _)) if self.prog.is_lang(*d, "Option") && self.prog.is_lang(*rd, "Option") => args[0].clone(),
                    (Ty::Adt(d, args), Ty::Adt(rd, rargs)) if self.prog.is_lang(*d, "Result") && self.prog.is_lang(*rd, "Result") => {
                        // `?` converts the error with `From` (the identity impl when equal).
                        let (ea, er) = (args[1].clone(), rargs[1].clone());
                        let from = self.prog.krate.lang("From");
                        self.t.op_call.insert(key(e), Callee::Trait { tr: from, method: "from".into(), self_ty: er, trait_args: vec![ea], method_args: vec![] });
                        self.t.spans.insert(key(e), t.question_token.span);
                        args[0].clone()
                    }
                    _ => return Err(self.unsupported(t.span(), "`?` outside a function returning the same Option or Result")),
                }
            }
            X::Tuple(t) => {
                if t.elems.is_empty() {
                    Ty::Unit
                } else {
                    let exp: Vec<Option<Ty>> = match expected.map(|x| self.shallow(x)) {
                        Some(Ty::Tuple(ts)) if ts.len() == t.elems.len() => ts.into_iter().map(Some).collect(),
                        _ => t.elems.iter().map(|_| None).collect(),
                    };
                    let mut ts = vec![];
                    for (el, ex) in t.elems.iter().zip(exp) {
                        match ex {
                            Some(w) => {
                                self.check_expr_coerce(el, &w)?;
                                ts.push(w);
                            }
                            None => ts.push(self.check_expr(el, None)?),
                        }
                    }
                    Ty::Tuple(ts)
                }
            }
            X::Array(a) => {
                let el = match expected.map(|x| self.shallow(x)) {
                    Some(Ty::Array(t, _)) | Some(Ty::Slice(t)) => *t,
                    _ => self.infer.fresh(),
                };
                for x in &a.elems {
                    self.check_expr_coerce(x, &el)?;
                }
                Ty::Array(Box::new(el), a.elems.len() as u64)
            }
            X::Repeat(r) => {
                let el = match expected.map(|x| self.shallow(x)) {
                    Some(Ty::Array(t, _)) => *t,
                    _ => self.infer.fresh(),
                };
                self.check_expr_coerce(&r.expr, &el)?;
                let scope = self.scope();
                let n = self.prog.krate.const_usize(&scope, &r.len).ok_or_else(|| self.unsupported(r.len.span(), "array length expression"))?;
                Ty::Array(Box::new(el), n)
            }
            X::Reference(r) => {
                let m = r.mutability.is_some();
                let inner_exp = match expected.map(|x| self.shallow(x)) {
                    Some(Ty::Ref(t, _)) => Some(*t),
                    _ => None,
                };
                let inner_exp = match (inner_exp.map(|t| self.shallow(&t)), &*r.expr) {
                    // `&[a, b]` as `&[T]`: the array literal learns its element type.
                    (Some(t @ Ty::Slice(_)), syn::Expr::Array(_)) => Some(t),
                    (Some(Ty::Slice(_)) | Some(Ty::Str) | Some(Ty::Dyn(_)), _) => None,
                    (x, _) => x,
                };
                let t = self.check_expr(&r.expr, inner_exp.as_ref())?;
                Ty::Ref(Box::new(t), m)
            }
            X::Unary(u) => {
                let t = match u.op {
                    syn::UnOp::Deref(_) => self.check_expr(&u.expr, None)?,
                    _ => self.check_expr(&u.expr, expected)?,
                };
                let st = self.shallow(&t);
                match u.op {
                    syn::UnOp::Deref(_) => match st {
                        Ty::Ref(x, _) | Ty::Box(x) | Ty::Ptr(x) => *x,
                        other => return Err(self.err(u.span(), format!("type `{}` cannot be dereferenced", self.prog.ty_str(&self.resolve(&other))))),
                    },
                    syn::UnOp::Not(_) => match st.strip_refs() {
                        Ty::Bool | Ty::Int(_) | Ty::Var(_) => st.strip_refs().clone(),
                        Ty::Adt(..) => self.overloaded_unary(e, &st, "Not", "not"),
                        other => return Err(self.err(u.span(), format!("cannot apply unary operator `!` to type `{}`", self.prog.ty_str(other)))),
                    },
                    syn::UnOp::Neg(_) => match st.strip_refs() {
                        Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Var(_) => st.strip_refs().clone(),
                        Ty::Adt(..) => self.overloaded_unary(e, &st, "Neg", "neg"),
                        other => return Err(self.err(u.span(), format!("cannot apply unary operator `-` to type `{}`", self.prog.ty_str(other)))),
                    },
                    _ => return Err(self.unsupported(u.span(), "unary operator")),
                }
            }
            X::Binary(b) => self.check_binary(e, b, expected)?,
            X::Infer(_) => self.infer.fresh(),
            X::Assign(a) => {
                let lt = self.check_expr(&a.left, None)?;
                self.check_expr_coerce(&a.right, &lt)?;
                Ty::Unit
            }
            X::Cast(c) => {
                let target = self.ty_of_syn(&c.ty)?;
                let st = self.check_expr(&c.expr, None)?;
                let s = self.shallow(&st);
                let tt = self.shallow(&target);
                let ok = match (&s, &tt) {
                    (Ty::Var(v), _) if self.infer.kind(*v) != VarKind::General => true,
                    (Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Char, Ty::Int(_) | Ty::F32 | Ty::F64) => true,
                    (Ty::Int(IntKind::U8), Ty::Char) => true,
                    (Ty::Adt(d, _), Ty::Int(_)) if self.prog.krate.adt(*d).is_enum => true,
                    (Ty::Ref(..) | Ty::Ptr(_), Ty::Ptr(_)) => true,
                    (a, b) if a == b => true,
                    _ => false,
                };
                if !ok {
                    return Err(self.unsupported(c.span(), &format!("cast from `{}` to `{}`", self.prog.ty_str(&self.resolve(&s)), self.prog.ty_str(&tt))));
                }
                target
            }
            X::Field(f) => self.check_field(e, f)?,
            X::Index(i) => self.check_index(e, i)?,
            X::Range(r) => {
                let el = self.infer.fresh();
                for x in [&r.start, &r.end].into_iter().flatten() {
                    self.check_expr_coerce(x, &el)?;
                }
                let name = match (&r.start, &r.end, &r.limits) {
                    (Some(_), Some(_), syn::RangeLimits::HalfOpen(_)) => "Range",
                    (Some(_), Some(_), syn::RangeLimits::Closed(_)) => "RangeInclusive",
                    (Some(_), None, _) => "RangeFrom",
                    (None, Some(_), syn::RangeLimits::HalfOpen(_)) => "RangeTo",
                    (None, Some(_), syn::RangeLimits::Closed(_)) => "RangeToInclusive",
                    (None, None, _) => "RangeFull",
                };
                let d = self.prog.krate.lang_in("ops", name);
                if name == "RangeFull" {
                    Ty::Adt(d, vec![])
                } else {
                    Ty::Adt(d, vec![el])
                }
            }
            X::Struct(s) => self.check_struct_lit(s)?,
            X::Call(c) => self.check_call(e, c, expected)?,
            X::MethodCall(m) => self.check_method_call(e, m, expected)?,
            X::Macro(m) => self.check_macro(&m.mac, expected)?,
            other => return Err(self.unsupported(other.span(), "expression")),
        })
    }

    /// `!x` / `-x` on a user type: a call of the `ops` trait's method; its `Output` type.
    fn overloaded_unary(&mut self, e: E, st: &Ty, trait_name: &str, method: &str) -> Ty {
        let tr = self.prog.krate.lang_in("ops", trait_name);
        self.t.op_call.insert(key(e), Callee::Trait { tr, method: method.into(), self_ty: st.clone(), trait_args: vec![], method_args: vec![] });
        let out = Ty::Proj(Box::new(st.clone()), tr, "Output".into());
        self.normalize_deep(&out)
    }

    /// The type of two branches: `!` joins with anything.
    fn join(&mut self, a: &Ty, b: &Ty, at: E) -> DResult<Ty> {
        let sa = self.shallow(a);
        let sb = self.shallow(b);
        if sa == Ty::Never {
            return Ok(sb);
        }
        if sb == Ty::Never {
            return Ok(sa);
        }
        if self.unify(&sa, &sb) {
            return Ok(sa);
        }
        // Branches of different pointer types may both coerce to the first one.
        if self.coerce(at, &sb, &sa).is_ok() {
            return Ok(sa);
        }
        Err(self.err(
            at.span(),
            format!("`if` and `else` (or `match` arms) have incompatible types: `{}` and `{}`", self.prog.ty_str(&self.resolve(&sa)), self.prog.ty_str(&self.resolve(&sb))),
        ))
    }

    fn loop_index(&self, label: Option<&syn::Lifetime>, span: proc_macro2::Span) -> DResult<usize> {
        match label {
            None => self.loops.iter().rposition(|(_, _, is_block)| !is_block),
            Some(l) => self.loops.iter().rposition(|(n, _, _)| n.as_deref() == Some(&l.ident.to_string())),
        }
        .ok_or_else(|| self.err(span, "`break` or `continue` outside of a loop"))
    }

    fn loop_has_break(&self, l: &'static syn::ExprLoop) -> bool {
        fn walk(ts: proc_macro2::TokenStream, label: &Option<String>, depth: u32) -> bool {
            let toks: Vec<proc_macro2::TokenTree> = ts.into_iter().collect();
            let mut i = 0;
            while i < toks.len() {
                match &toks[i] {
                    proc_macro2::TokenTree::Ident(id) if id == "break" => {
                        // `break 'label` targets that label; a plain `break` at depth 0 is ours.
                        let next_is_label = matches!(toks.get(i + 1), Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == '\'');
                        if next_is_label {
                            if let (Some(proc_macro2::TokenTree::Ident(n)), Some(l)) = (toks.get(i + 2), label) {
                                if n.to_string() == *l {
                                    return true;
                                }
                            }
                        } else if depth == 0 {
                            return true;
                        }
                    }
                    proc_macro2::TokenTree::Ident(id) if id == "loop" || id == "while" || id == "for" => {
                        // Skip to the loop body group and walk it one level deeper.
                        let mut j = i + 1;
                        while j < toks.len() {
                            if let proc_macro2::TokenTree::Group(g) = &toks[j] {
                                if g.delimiter() == proc_macro2::Delimiter::Brace {
                                    if walk(g.stream(), label, depth + 1) {
                                        return true;
                                    }
                                    i = j;
                                    break;
                                }
                            }
                            j += 1;
                        }
                    }
                    proc_macro2::TokenTree::Group(g) => {
                        if walk(g.stream(), label, depth) {
                            return true;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            false
        }
        let label = l.label.as_ref().map(|l| l.name.ident.to_string());
        let body = quote::ToTokens::to_token_stream(&l.body);
        walk(body, &label, 0)
    }

    fn check_for(&mut self, f: &'static syn::ExprForLoop) -> DResult<Ty> {
        let it = self.check_expr(&f.expr, None)?;
        let st = self.shallow(&it);
        // Arrays iterate by value through their slice iterator, copying each element.
        let into_iter_tr = self.prog.krate.lang("IntoIterator");
        let iter_tr = self.prog.krate.lang("Iterator");
        let recv = match &st {
            Ty::Array(el, _) => {
                self.t.adjust.insert(key(&*f.expr), vec![Adjust::Borrow(false), Adjust::UnsizeRef]);
                Ty::Ref(Box::new(Ty::Slice(el.clone())), false)
            }
            Ty::Ref(inner, m) if matches!(self.shallow(inner), Ty::Array(..)) => {
                let Ty::Array(el, _) = self.shallow(inner) else { unreachable!() };
                self.t.adjust.insert(key(&*f.expr), vec![Adjust::UnsizeRef]);
                Ty::Ref(Box::new(Ty::Slice(el)), *m)
            }
            _ => st.clone(),
        };
        let iter_ty = self.infer.fresh();
        let into_proj = Ty::Proj(Box::new(recv.clone()), into_iter_tr, "IntoIter".into());
        self.unify(&iter_ty, &into_proj);
        self.process_deferred();
        let iter_ty_r = self.shallow(&iter_ty);
        let item = Ty::Proj(Box::new(iter_ty_r.clone()), iter_tr, "Item".into());
        let item = self.normalize_deep(&item);
        let array_by_value = matches!(st, Ty::Array(..));
        let item_bound = if array_by_value {
            match self.shallow(&item) {
                Ty::Ref(x, _) => *x,
                other => other,
            }
        } else {
            item.clone()
        };
        self.push_scope();
        self.check_pat(&f.pat, &item_bound, None)?;
        self.loops.push((f.label.as_ref().map(|l| l.name.ident.to_string()), None, false));
        self.check_block(&f.body, None)?;
        self.loops.pop();
        self.pop_scope();
        let into_iter = Callee::Trait { tr: into_iter_tr, method: "into_iter".into(), self_ty: recv, trait_args: vec![], method_args: vec![] };
        let next = Callee::Trait { tr: iter_tr, method: "next".into(), self_ty: iter_ty_r.clone(), trait_args: vec![], method_args: vec![] };
        self.t.spans.insert(key(f), f.for_token.span);
        self.t.for_plan.insert(key(f), ForPlan { deref_item: array_by_value, into_iter, iter_ty: iter_ty_r, next, item_ty: item });
        Ok(Ty::Unit)
    }

    fn check_binary(&mut self, e: E, b: &'static syn::ExprBinary, expected: Option<&Ty>) -> DResult<Ty> {
        use syn::BinOp as B;
        let compound = matches!(
            b.op,
            B::AddAssign(_) | B::SubAssign(_) | B::MulAssign(_) | B::DivAssign(_) | B::RemAssign(_) | B::BitAndAssign(_) | B::BitOrAssign(_) | B::BitXorAssign(_) | B::ShlAssign(_) | B::ShrAssign(_)
        );
        match b.op {
            B::And(_) | B::Or(_) => {
                self.check_expr_coerce(&b.left, &Ty::Bool)?;
                self.check_expr_coerce(&b.right, &Ty::Bool)?;
                return Ok(Ty::Bool);
            }
            _ => {}
        }
        let is_cmp = matches!(b.op, B::Eq(_) | B::Ne(_) | B::Lt(_) | B::Le(_) | B::Gt(_) | B::Ge(_));
        let is_shift = matches!(b.op, B::Shl(_) | B::Shr(_) | B::ShlAssign(_) | B::ShrAssign(_));
        let lexp = if is_cmp || compound || is_shift { None } else { expected };
        let lt = self.check_expr(&b.left, lexp)?;
        let ls = self.shallow(&lt);
        // String concatenation: String + &str.
        if matches!(b.op, B::Add(_) | B::AddAssign(_)) {
            if let Ty::Adt(d, _) = &ls {
                if self.prog.is_lang(*d, "String") {
                    let want = Ty::Ref(Box::new(Ty::Str), false);
                    self.check_expr_coerce(&b.right, &want)?;
                    return Ok(if compound { Ty::Unit } else { ls });
                }
            }
        }
        let rexp = if is_shift { None } else { Some(ls.strip_refs().clone()) };
        let rt = self.check_expr(&b.right, rexp.as_ref())?;
        let mut rs = self.shallow(&rt);
        // An operand of unknown type gets the other's type, references included (`x >= b`
        // with `x: &i32` makes `b: &i32`, as rustc's `PartialOrd for &A` would).
        if let (Ty::Var(v), Ty::Ref(..)) = (&rs, &ls) {
            if self.infer.kind(*v) == VarKind::General {
                self.unify(&rs, &ls);
                rs = self.shallow(&rs);
            }
        }
        let lp = ls.strip_refs().clone();
        let rp = rs.strip_refs().clone();
        let prim = |t: &Ty, c: &Self| match t {
            Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Char | Ty::Ptr(_) => true,
            Ty::Var(v) => c.infer.kind(*v) != VarKind::General,
            _ => false,
        };
        let overloaded = matches!(lp, Ty::Adt(..)) || matches!(rp, Ty::Adt(..)) && !is_cmp;
        // An operand whose type is not known yet (`p * p` with `p` from a vector filled later):
        // the operator is taken as the primitive one, as it is in every such use we know.
        if !overloaded && !prim(&lp, self) && !prim(&rp, self) && matches!(lp, Ty::Var(_)) {
            self.unify(&lp, &rp);
            return Ok(if is_cmp { Ty::Bool } else if compound { Ty::Unit } else { lp });
        }
        if is_shift && !overloaded {
            if !prim(&lp, self) || !prim(&rp, self) {
                return Err(self.err(b.span(), "shift of a non-integer"));
            }
            return Ok(if compound { Ty::Unit } else { lp });
        }
        if !overloaded && (prim(&lp, self) || prim(&rp, self)) {
            if !self.unify(&lp, &rp) {
                return Err(self.err(
                    b.span(),
                    format!("mismatched types: `{}` {} `{}`", self.prog.ty_str(&self.resolve(&lp)), quote::ToTokens::to_token_stream(&b.op), self.prog.ty_str(&self.resolve(&rp))),
                ));
            }
            return Ok(if is_cmp { Ty::Bool } else if compound { Ty::Unit } else { lp });
        }
        if is_cmp {
            // Comparisons of non-primitive values call `PartialEq::eq` / `PartialOrd::partial_cmp`
            // on the values behind any references (strings compare as `str`).
            let (l, r) = (self.cmp_view(&lp), self.cmp_view(&rp));
            if !self.unify(&l, &r) {
                return Err(self.err(b.span(), format!("cannot compare `{}` with `{}`", self.prog.ty_str(&self.resolve(&lp)), self.prog.ty_str(&self.resolve(&rp)))));
            }
            let (tr, method) = match b.op {
                B::Eq(_) | B::Ne(_) => ("PartialEq", "eq"),
                _ => ("PartialOrd", "partial_cmp"),
            };
            let trd = self.prog.krate.lang(tr);
            self.t.cmp_view.insert(key(e), l.clone());
            self.t.op_call.insert(key(e), Callee::Trait { tr: trd, method: method.into(), self_ty: l.clone(), trait_args: vec![l], method_args: vec![] });
            self.t.spans.insert(key(e), b.left.span());
            return Ok(Ty::Bool);
        }
        // Overloaded operators: `impl Add for Point` and friends (std::ops).
        let tr_name = match b.op {
            B::Add(_) => "Add",
            B::Sub(_) => "Sub",
            B::Mul(_) => "Mul",
            B::Div(_) => "Div",
            B::Rem(_) => "Rem",
            B::AddAssign(_) => "AddAssign",
            B::SubAssign(_) => "SubAssign",
            B::MulAssign(_) => "MulAssign",
            B::DivAssign(_) => "DivAssign",
            B::RemAssign(_) => "RemAssign",
            B::BitXorAssign(_) => "BitXorAssign",
            B::BitAndAssign(_) => "BitAndAssign",
            B::BitOrAssign(_) => "BitOrAssign",
            B::ShlAssign(_) => "ShlAssign",
            B::ShrAssign(_) => "ShrAssign",
            B::BitAnd(_) => "BitAnd",
            B::BitOr(_) => "BitOr",
            B::BitXor(_) => "BitXor",
            B::Shl(_) => "Shl",
            B::Shr(_) => "Shr",
            _ => "",
        };
        if !tr_name.is_empty() {
            let tr = self.prog.krate.lang_in("ops", tr_name);
            // `2.0 * p`: a literal on the left takes its fallback type.
            let mut ls = ls.clone();
            if let Ty::Var(v) = ls {
                let fb = match self.infer.kind(v) {
                    VarKind::Int => Some(Ty::Int(IntKind::I32)),
                    VarKind::Float => Some(Ty::F64),
                    VarKind::General => None,
                };
                if let Some(f) = fb {
                    self.unify(&ls, &f);
                    ls = f;
                }
            }
            // `bits <<= 4` with only `impl ShlAssign<u32> for Bits`: a literal operand takes
            // the type the impl names, as rustc infers it.
            if let Ty::Var(v) = &rs {
                let kind = self.infer.kind(*v);
                if kind != VarKind::General {
                    let mut found: Option<Ty> = None;
                    for imp in self.prog.candidate_impls(&ls) {
                        let Some((itr, iargs)) = self.prog.impl_headers[imp.0 as usize].trait_.clone() else { continue };
                        if itr != tr || iargs.len() != 1 {
                            continue;
                        }
                        let snap = (self.infer.clone(), self.deferred.len());
                        let arg = self.match_impl(imp, &ls, 0).map(|args| iargs[0].subst(&args));
                        self.infer = snap.0;
                        self.deferred.truncate(snap.1);
                        if let Some(a) = arg {
                            let fits = match kind {
                                VarKind::Int => matches!(a, Ty::Int(_)),
                                _ => matches!(a, Ty::F32 | Ty::F64),
                            };
                            if fits {
                                found = Some(a);
                                break;
                            }
                        }
                    }
                    if let Some(a) = found {
                        self.unify(&rs, &a);
                    }
                }
            }
            let rs = self.shallow(&rs);
            let rhs_ty = rs.clone();
            let out = if compound { None } else { self.assoc_of(&ls, tr, &[rhs_ty.clone()], "Output") };
            if out.is_some() || (compound && self.implements(&ls, tr, 0)) {
                let method = match tr_name {
                    "Add" => "add", "Sub" => "sub", "Mul" => "mul", "Div" => "div", "Rem" => "rem",
                    "BitAnd" => "bitand", "BitOr" => "bitor", "BitXor" => "bitxor", "Shl" => "shl", "Shr" => "shr",
                    "AddAssign" => "add_assign", "SubAssign" => "sub_assign", "MulAssign" => "mul_assign", "DivAssign" => "div_assign",
                    "RemAssign" => "rem_assign", "BitXorAssign" => "bitxor_assign", "BitAndAssign" => "bitand_assign", "BitOrAssign" => "bitor_assign",
                    "ShlAssign" => "shl_assign", _ => "shr_assign",
                };
                self.t.op_call.insert(key(e), Callee::Trait { tr, method: method.into(), self_ty: ls.clone(), trait_args: vec![rs.clone()], method_args: vec![] });
                self.t.spans.insert(key(e), b.left.span());
                if compound {
                    return Ok(Ty::Unit);
                }
                return Ok(out.unwrap());
            }
        }
        Err(self.unsupported(b.span(), &format!("operator `{}` on type `{}`", quote::ToTokens::to_token_stream(&b.op), self.prog.ty_str(&self.resolve(&lp)))))
    }

    /// The type a comparison looks at: `String` compares as `str`, `Vec<T>` as `[T]`.
    pub fn cmp_view(&mut self, t: &Ty) -> Ty {
        match self.shallow(t) {
            Ty::Adt(d, _) if self.prog.is_lang(d, "String") => Ty::Str,
            Ty::Adt(d, a) if self.prog.is_lang(d, "Vec") => Ty::Slice(Box::new(a[0].clone())),
            Ty::Array(el, _) => Ty::Slice(el),
            other => other,
        }
    }

    /// Field access auto-derefs through references and boxes.
    fn check_field(&mut self, e: E, f: &'static syn::ExprField) -> DResult<Ty> {
        let bt = self.check_expr(&f.base, None)?;
        let mut t = self.shallow(&bt);
        let mut derefs = 0u32;
        loop {
            match t.clone() {
                Ty::Ref(x, _) | Ty::Box(x) => {
                    derefs += 1;
                    t = self.shallow(&x);
                }
                _ => break,
            }
        }
        let (idx, fty) = match (&t, &f.member) {
            (Ty::Tuple(ts), syn::Member::Unnamed(i)) => {
                let i = i.index as usize;
                (i, ts.get(i).cloned().ok_or_else(|| self.err(f.member.span(), "no such tuple field"))?)
            }
            (Ty::Adt(d, args), m) => {
                let info = self.prog.krate.adt(*d);
                if info.is_enum {
                    return Err(self.err(f.member.span(), "no field on an enum"));
                }
                let name = match m {
                    syn::Member::Named(n) => n.to_string(),
                    syn::Member::Unnamed(i) => i.index.to_string(),
                };
                let i = info.variants[0].fields.iter().position(|(n, _)| *n == name).ok_or_else(|| {
                    self.err(f.member.span(), format!("no field `{}` on type `{}`", name, self.prog.ty_str(&t)))
                })?;
                let ft = self.prog.variant_fields(*d, args, 0)?[i].clone();
                (i, self.normalize_deep(&ft))
            }
            (Ty::Var(_), _) => return Err(self.err(f.base.span(), "type annotations needed (field access on a value of unknown type)")),
            _ => return Err(self.err(f.member.span(), format!("no field on type `{}`", self.prog.ty_str(&self.resolve(&t))))),
        };
        self.t.fields.insert(key(e), (derefs, idx as u32));
        Ok(fty)
    }

    fn check_index(&mut self, e: E, i: &'static syn::ExprIndex) -> DResult<Ty> {
        let bt = self.check_expr(&i.expr, None)?;
        let it = self.check_expr(&i.index, None)?;
        let mut t = self.shallow(&bt);
        let mut derefs = 0;
        while let Ty::Ref(x, _) | Ty::Box(x) = t.clone() {
            derefs += 1;
            t = self.shallow(&x);
        }
        let its = self.shallow(&it);
        // A user type with `impl Index<I>` (and maybe `IndexMut<I>`).
        if let Ty::Adt(d, _) = &t {
            if !self.prog.is_lang(*d, "Vec") && !self.prog.is_lang(*d, "String") {
                let index_tr = self.prog.krate.lang_in("ops", "Index");
                let mut_tr = self.prog.krate.lang_in("ops", "IndexMut");
                let out = self.assoc_of(&t, index_tr, &[its.clone()], "Output").ok_or_else(|| {
                    self.err(i.span(), format!("the type `{}` cannot be indexed by `{}`", self.prog.ty_str(&self.resolve(&t)), self.prog.ty_str(&self.resolve(&its))))
                })?;
                let use_mut = self.select_impl(&t, mut_tr, &[its.clone()]).is_some();
                let (tr, method) = if use_mut { (mut_tr, "index_mut") } else { (index_tr, "index") };
                let callee = Callee::Trait { tr, method: method.into(), self_ty: t.clone(), trait_args: vec![its.clone()], method_args: vec![] };
                self.t.index.insert(key(e), IndexPlan { derefs, base: t, range: None, overloaded: Some(callee) });
                return Ok(out);
            }
        }
        let is_range = |d: crate::frontend::DefId| {
            let name = &self.prog.krate.def(d).name;
            name.starts_with("Range") && self.prog.krate.lang_in("ops", name) == d
        };
        let range = match &its {
            Ty::Adt(d, args) if is_range(*d) => {
                if let Some(a) = args.first() {
                    if !self.unify(a, &Ty::Int(IntKind::Usize)) {
                        return Err(self.err(i.index.span(), "slice ranges must be `usize`"));
                    }
                }
                Some(its.clone())
            }
            _ => {
                if !self.unify(&its, &Ty::Int(IntKind::Usize)) {
                    return Err(self.err(i.index.span(), format!("the type `{}` cannot be indexed by `{}`", self.prog.ty_str(&self.resolve(&t)), self.prog.ty_str(&self.resolve(&its)))));
                }
                None
            }
        };
        let elem = match &t {
            Ty::Array(el, _) | Ty::Slice(el) => (**el).clone(),
            Ty::Adt(d, a) if self.prog.is_lang(*d, "Vec") => a[0].clone(),
            Ty::Adt(d, _) if self.prog.is_lang(*d, "String") => {
                if range.is_none() {
                    return Err(self.err(i.span(), "the type `String` cannot be indexed by `usize`"));
                }
                Ty::Str
            }
            Ty::Str => {
                if range.is_none() {
                    return Err(self.err(i.span(), "the type `str` cannot be indexed by `usize`"));
                }
                Ty::Str
            }
            Ty::Var(_) => return Err(self.err(i.expr.span(), "type annotations needed (indexing a value of unknown type)")),
            other => return Err(self.unsupported(i.span(), &format!("indexing into `{}`", self.prog.ty_str(&self.resolve(other))))),
        };
        let result = match (&range, &elem) {
            (Some(_), Ty::Str) => Ty::Str,
            (Some(_), el) => Ty::Slice(Box::new(el.clone())),
            (None, el) => el.clone(),
        };
        self.t.index.insert(key(e), IndexPlan { derefs, base: t, range, overloaded: None });
        Ok(result)
    }

    fn check_struct_lit(&mut self, s: &'static syn::ExprStruct) -> DResult<Ty> {
        let c = self.ctor_path(&s.path)?.ok_or_else(|| self.err(s.path.span(), "cannot find struct or variant"))?;
        let CtorPath::Variant(adt, v) = c else { return Err(self.err(s.path.span(), "expected a struct")) };
        let Ty::Adt(d, args) = self.resolve(&adt) else { unreachable!() };
        let ftys = self.prog.variant_fields(d, &args, v)?;
        let names: Vec<String> = self.prog.krate.adt(d).variants[v as usize].fields.iter().map(|(n, _)| n.clone()).collect();
        self.add_adt_closure_hints(d, &args);
        for fv in &s.fields {
            let name = match &fv.member {
                syn::Member::Named(n) => n.to_string(),
                syn::Member::Unnamed(i) => i.index.to_string(),
            };
            let idx = names.iter().position(|n| *n == name).ok_or_else(|| self.err(fv.member.span(), format!("no field `{}`", name)))?;
            self.t.fields.insert(key(fv), (v, idx as u32));
            let ft = self.normalize_deep(&ftys[idx]);
            self.check_expr_coerce(&fv.expr, &ft)?;
        }
        if let Some(rest) = &s.rest {
            self.check_expr_coerce(rest, &adt)?;
        } else if s.fields.len() != names.len() {
            return Err(self.err(s.path.span(), "missing fields in struct literal"));
        }
        self.t.fields.insert(key(s), (v, 0));
        Ok(adt)
    }

    fn check_path_expr(&mut self, e: E, p: &'static syn::ExprPath) -> DResult<Ty> {
        if p.qself.is_none() && p.path.segments.len() == 1 {
            let name = p.path.segments[0].ident.to_string();
            if let Some(k) = self.use_local(&name) {
                self.t.path.insert(key(e), PathRes::Local(k));
                return Ok(self.t.local_ty[&k].clone());
            }
        }
        // `<Bird as Legs>::LEGS`: an associated constant through a qualified path.
        if let Some(q) = &p.qself {
            let base = self.ty_of_syn(&q.ty)?;
            let name = p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            let (d, args) = self.assoc_const(&base, &name).ok_or_else(|| self.err(p.span(), format!("cannot find associated constant `{}`", name)))?;
            let ty = match &self.prog.krate.def(d).kind {
                DefKind::Const(t, _) => *t,
                _ => unreachable!(),
            };
            let t = self.const_type(d, ty, &args)?;
            self.t.path.insert(key(e), PathRes::Const(d, args));
            return Ok(t);
        }
        // Primitive associated constants: `i32::MAX`.
        if let Some(c) = self.ctor_path(&p.path)? {
            return match c {
                CtorPath::Variant(adt, v) => {
                    let Ty::Adt(d, _) = &adt else { unreachable!() };
                    let info = self.prog.krate.adt(*d);
                    match info.variants[v as usize].shape {
                        VariantShape::Unit => {
                            self.t.path.insert(key(e), if info.is_enum { PathRes::UnitVariant(adt.clone(), v) } else { PathRes::UnitStruct(adt.clone()) });
                            Ok(adt)
                        }
                        _ => Err(self.unsupported(p.span(), "tuple constructor used as a function value")),
                    }
                }
                CtorPath::Const(d, args) => {
                    let (ty, _) = match &self.prog.krate.def(d).kind {
                        DefKind::Const(t, e) => (*t, *e),
                        _ => unreachable!(),
                    };
                    let imp_scope_ty = self.const_type(d, ty, &args)?;
                    self.t.path.insert(key(e), PathRes::Const(d, args));
                    Ok(imp_scope_ty)
                }
            };
        }
        let scope = self.scope();
        if let Some((Res::Def(d), used)) = self.prog.krate.resolve_path_prefix(&scope, &p.path) {
            if used == p.path.segments.len() && matches!(self.prog.krate.def(d).kind, DefKind::Fn(_)) {
                return Err(self.unsupported(p.span(), "function used as a value"));
            }
        }
        Err(self.err(p.span(), format!("cannot find value `{}` in this scope", quote::ToTokens::to_token_stream(&p.path).to_string().replace(' ', ""))))
    }

    /// The type of a constant item, resolved where the constant is defined.
    pub fn const_type(&mut self, d: crate::frontend::DefId, ty: &syn::Type, args: &[Ty]) -> DResult<Ty> {
        let m = self.prog.krate.def(d).module;
        // Constants in impls see the impl's `Self`; generic impls pass their arguments.
        let owner = self.prog.krate.impls.iter().position(|i| i.consts.values().any(|c| *c == d));
        let (generics, self_ty) = match owner {
            Some(i) => (self.prog.krate.impls[i].generics.clone(), Some(self.prog.impl_headers[i].self_ty.clone())),
            None => (vec![], None),
        };
        let scope = crate::frontend::resolve::Scope { module: m, generics: &generics, self_ty };
        let t = self.prog.krate.resolve_type(&scope, ty, &mut || None)?;
        Ok(t.subst(args))
    }

    pub(super) fn check_args(&mut self, args: &'static syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>, params: &[Ty], span: proc_macro2::Span) -> DResult<()> {
        if args.len() != params.len() {
            return Err(self.err(span, format!("this function takes {} arguments but {} were supplied", params.len(), args.len())));
        }
        for (a, p) in args.iter().zip(params) {
            let p = self.normalize_deep(p);
            self.check_expr_coerce(a, &p)?;
        }
        self.apply_closure_hints();
        Ok(())
    }

    fn turbofish(&mut self, seg: &syn::PathSegment) -> DResult<Vec<Ty>> {
        let names = self.env_names.clone();
        let scope = crate::frontend::resolve::Scope { module: self.module, generics: &names, self_ty: self.self_ty.clone() };
        let infer = &mut self.infer;
        let v = self.prog.krate.generic_args(&scope, &seg.arguments, &mut || Some(infer.fresh()))?;
        Ok(v.iter().map(|t| self.instantiate(t)).collect())
    }

    fn check_call(&mut self, e: E, c: &'static syn::ExprCall, expected: Option<&Ty>) -> DResult<Ty> {
        let syn::Expr::Path(fp) = &*c.func else {
            return self.check_closure_call(e, c);
        };
        if fp.qself.is_some() {
            return self.check_qualified_call(e, c, fp);
        }
        let path = &fp.path;
        if path.segments.len() == 1 && self.lookup_local(&path.segments[0].ident.to_string()).is_some() {
            return self.check_closure_call(e, c);
        }
        let scope = self.scope();
        let (res, used) = self
            .prog
            .krate
            .resolve_path_prefix(&scope, path)
            .ok_or_else(|| self.err(path.span(), format!("cannot find function `{}` in this scope", quote::ToTokens::to_token_stream(path).to_string().replace(' ', ""))))?;
        let n = path.segments.len();
        // Constructors: `Some(x)`, `Point(1, 2)`, `Shape::Circle(r)`.
        if matches!(res, Res::Variant(..)) || matches!(&res, Res::Def(d) if matches!(self.prog.krate.def(*d).kind, DefKind::Adt(_))) && used == n || (matches!(res, Res::SelfTy) && used == n) {
            if let Some(CtorPath::Variant(adt, v)) = self.ctor_path(path)? {
                // The expected type fixes the constructor's type arguments, so arguments can
                // coerce (`Some(Box::new(a))` as `Option<Box<dyn T>>`).
                if let Some(x) = expected {
                    self.try_unify(&adt, x);
                }
                let Ty::Adt(d, args) = self.resolve(&adt) else { unreachable!() };
                let ftys = self.prog.variant_fields(d, &args, v)?;
                self.add_adt_closure_hints(d, &args);
                self.check_args(&c.args, &ftys, c.span())?;
                self.t.callee.insert(key(e), Callee::Ctor(adt.clone(), v));
                return Ok(adt);
            }
        }
        if used == n {
            if let Res::Def(d) = res {
                if let DefKind::Fn(_) = self.prog.krate.def(d).kind {
                    let sig = self.prog.sig(d)?;
                    let mut env = self.turbofish(&path.segments[n - 1])?;
                    while env.len() < sig.env.len() {
                        env.push(self.infer.fresh());
                    }
                    let params: Vec<Ty> = sig.params.iter().map(|t| t.subst(&env)).collect();
                    self.add_closure_hints(d, &env);
                    self.check_args(&c.args, &params, c.span())?;
                    self.apply_fn_bounds(d, &env);
                    self.t.callee.insert(key(e), Callee::Fn(d, env.clone()));
                    return Ok(self.normalize_deep(&sig.ret.subst(&env)));
                }
            }
            return Err(self.err(path.span(), "expected a function"));
        }
        if used != n - 1 {
            return Err(self.err(path.span(), "cannot resolve this path"));
        }
        let name = path.segments[n - 1].ident.to_string();
        let method_turbofish = self.turbofish(&path.segments[n - 1])?;
        // `Trait::method(args)`: Self comes from the arguments or the expected type.
        if let Res::Def(tr) = res {
            if let DefKind::Trait(_) = self.prog.krate.def(tr).kind {
                let mdef = self.prog.trait_method(tr, &name).ok_or_else(|| self.err(path.span(), format!("no method `{}` in trait", name)))?;
                let sig = self.prog.sig(mdef)?;
                let self_ty = self.infer.fresh();
                let mut env = vec![self_ty.clone()];
                let targs = self.turbofish(&path.segments[n - 2])?;
                let ntrait = self.prog.krate.trait_info(tr).generics.len();
                let mut trait_args = targs;
                while trait_args.len() < ntrait {
                    trait_args.push(self.infer.fresh());
                }
                env.extend(trait_args.iter().cloned());
                let mut margs = method_turbofish;
                while env.len() + margs.len() < sig.env.len() {
                    margs.push(self.infer.fresh());
                }
                env.extend(margs.iter().cloned());
                let params: Vec<Ty> = sig.params.iter().map(|t| t.subst(&env)).collect();
                let ret = sig.ret.subst(&env);
                if let Some(x) = expected.filter(|x| !x.any(&|t| matches!(t, Ty::Dyn(_) | Ty::DynFn(..)))) {
                    if !sig.has_self {
                        let r = self.normalize_deep(&ret);
                        self.try_unify(&r, x);
                    }
                }
                self.check_args(&c.args, &params, c.span())?;
                self.t.callee.insert(key(e), Callee::Trait { tr, method: name, self_ty, trait_args, method_args: margs });
                self.t.spans.insert(key(e), path.segments[n - 1].ident.span());
                self.deferred_trait_calls.push(key(e));
                return Ok(self.normalize_deep(&ret));
            }
        }
        // `Type::function(args)`.
        let base = match res {
            Res::SelfTy => self.self_ty.clone().ok_or_else(|| self.err(path.span(), "`Self` outside an impl"))?,
            Res::Prim(t) => self.instantiate(&t),
            Res::Def(d) => match &self.prog.krate.def(d).kind {
                DefKind::Adt(_) => {
                    if self.prog.is_lang(d, "Box") {
                        let a = self.turbofish(&path.segments[n - 2])?;
                        Ty::Box(Box::new(a.into_iter().next().unwrap_or_else(|| self.infer.fresh())))
                    } else {
                        let mut a = self.turbofish(&path.segments[n - 2])?;
                        while a.len() < self.prog.krate.adt(d).generics.len() {
                            a.push(self.infer.fresh());
                        }
                        Ty::Adt(d, a)
                    }
                }
                DefKind::Alias(..) => {
                    let names = self.env_names.clone();
                    let scope = crate::frontend::resolve::Scope { module: self.module, generics: &names, self_ty: self.self_ty.clone() };
                    let infer = &mut self.infer;
                    let tp = syn::TypePath { qself: None, path: syn::Path { leading_colon: None, segments: path.segments.iter().take(n - 1).cloned().collect() } };
                    let t = self.prog.krate.resolve_type(&scope, &syn::Type::Path(tp), &mut || Some(infer.fresh()))?;
                    self.instantiate(&t)
                }
                _ => return Err(self.err(path.span(), "expected a type")),
            },
            _ => return Err(self.err(path.span(), "expected a type")),
        };
        let base = self.shallow(&base);
        let (callee, def, mut env, owner) = match self.assoc_fn(&base, &name)? {
            Some(x) => x,
            None => {
                // A trait method through a type that implements it generically (`T::default()`).
                let traits = self.prog.traits_with_method(&name);
                let Some(&tr) = traits.iter().find(|t| self.implements(&base, **t, 0)) else {
                    return Err(self.err(path.segments[n - 1].span(), format!("no function or associated item named `{}` found for `{}`", name, self.prog.ty_str(&self.resolve(&base)))));
                };
                let mdef = self.prog.trait_method(tr, &name).unwrap();
                let sig = self.prog.sig(mdef)?;
                let mut env = vec![base.clone()];
                while env.len() < sig.env.len() {
                    env.push(self.infer.fresh());
                }
                let ntr = self.prog.krate.trait_info(tr).generics.len();
                let callee = Callee::Trait { tr, method: name.clone(), self_ty: base.clone(), trait_args: env[1..1 + ntr].to_vec(), method_args: env[1 + ntr..].to_vec() };
                self.deferred_trait_calls.push(key(e));
                (callee, mdef, env, 1 + ntr)
            }
        };
        for (i, t) in method_turbofish.into_iter().enumerate() {
            if owner + i < env.len() {
                self.unify(&env[owner + i].clone(), &t);
            }
        }
        let sig = self.prog.sig(def)?;
        env.truncate(sig.env.len());
        let params: Vec<Ty> = sig.params.iter().map(|t| t.subst(&env)).collect();
        let ret = sig.ret.subst(&env);
        if let Some(x) = expected {
            if !x.any(&|t| matches!(t, Ty::Dyn(_) | Ty::DynFn(..))) {
                let r = self.normalize_deep(&ret);
                self.try_unify(&r, x);
            } else {
                self.box_dyn_fn_hint(&ret, x);
            }
        }
        self.add_closure_hints(def, &env);
        self.check_args(&c.args, &params, c.span())?;
        // Bounds with arguments infer too (`I: __AnyIterOf<T>` with `I = [Cell; 1]`).
        if let Callee::Fn(..) = &callee {
            self.apply_fn_bounds(def, &env);
        }
        // `Stack::from(v)`: the impl the arguments select fixes the type's parameters now.
        if let Callee::Trait { tr, self_ty, trait_args, .. } = &callee {
            let (tr, st, ta) = (*tr, self.shallow(self_ty), trait_args.clone());
            if !matches!(st, Ty::Var(_)) {
                let snap = (self.infer.clone(), self.deferred.len());
                if self.select_impl(&st, tr, &ta).is_none() {
                    self.infer = snap.0;
                    self.deferred.truncate(snap.1);
                }
            }
        }
        self.t.spans.insert(key(e), path.segments[n - 1].ident.span());
        self.t.callee.insert(key(e), callee);
        Ok(self.normalize_deep(&ret))
    }

    fn check_qualified_call(&mut self, e: E, c: &'static syn::ExprCall, fp: &'static syn::ExprPath) -> DResult<Ty> {
        // `<T as Trait>::method(args)`
        let q = fp.qself.as_ref().unwrap();
        let self_ty = self.ty_of_syn(&q.ty)?;
        let segs: Vec<String> = fp.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let name = segs.last().cloned().unwrap_or_default();
        let tr = match self.prog.krate.resolve_segments(self.module, &segs[..segs.len() - 1], 0) {
            Some(crate::frontend::Binding::Def(d)) if matches!(self.prog.krate.def(d).kind, DefKind::Trait(_)) => d,
            _ => return Err(self.unsupported(fp.span(), "qualified path")),
        };
        let mdef = self.prog.trait_method(tr, &name).ok_or_else(|| self.err(fp.span(), "no such trait method"))?;
        let sig = self.prog.sig(mdef)?;
        let mut env = vec![self_ty.clone()];
        while env.len() < sig.env.len() {
            env.push(self.infer.fresh());
        }
        let ntr = self.prog.krate.trait_info(tr).generics.len();
        let params: Vec<Ty> = sig.params.iter().map(|t| t.subst(&env)).collect();
        self.check_args(&c.args, &params, c.span())?;
        self.t.callee.insert(key(e), Callee::Trait { tr, method: name, self_ty, trait_args: env[1..1 + ntr].to_vec(), method_args: env[1 + ntr..].to_vec() });
        self.deferred_trait_calls.push(key(e));
        Ok(self.normalize_deep(&sig.ret.subst(&env)))
    }

    fn check_method_call(&mut self, e: E, m: &'static syn::ExprMethodCall, expected: Option<&Ty>) -> DResult<Ty> {
        let rt = self.check_expr(&m.receiver, None)?;
        self.process_deferred();
        let mut rs = self.shallow(&rt);
        // `best.max(x)` with `best` an integer of unknown type: `Ord`'s and `PartialOrd`'s
        // methods take `Self`, so the argument's integer type decides (rustc finds them
        // through the trait); only then the fallback type.
        if let Ty::Var(v) = rs.strip_refs() {
            let symmetric = matches!(m.method.to_string().as_str(), "max" | "min" | "clamp" | "cmp" | "partial_cmp" | "eq" | "ne" | "lt" | "le" | "gt" | "ge");
            if symmetric && self.infer.kind(*v) == VarKind::Int && !m.args.is_empty() {
                let var = rs.strip_refs().clone();
                let at = self.check_expr(&m.args[0], None)?;
                let at = self.shallow(&at);
                let inner = self.shallow(at.strip_refs());
                if matches!(inner, Ty::Int(_)) {
                    self.unify(&var, &inner);
                    rs = self.normalize_deep(&rs);
                }
            }
        }
        // Methods on an integer or float literal of unknown type: rustc's fallback types.
        if let Ty::Var(v) = rs.strip_refs() {
            let fallback = match self.infer.kind(*v) {
                VarKind::Int => Some(Ty::Int(IntKind::I32)),
                VarKind::Float => Some(Ty::F64),
                VarKind::General => None,
            };
            if let Some(f) = fallback {
                let var = rs.strip_refs().clone();
                self.unify(&var, &f);
                rs = self.normalize_deep(&rs);
            }
        }
        if let Ty::Var(_) = rs.strip_refs() {
            return Err(self.err(m.method.span(), "type annotations needed: the receiver's type must be known at this method call"));
        }
        let name = m.method.to_string();
        let Some((pick, adjust)) = self.probe(&rs, &name)? else {
            return Err(self.err(m.method.span(), format!("no method named `{}` found for `{}` in the Pyrite dialect", name, self.prog.ty_str(&self.resolve(&rs)))));
        };
        let mut env = pick.env.clone();
        if let Some(tf) = &m.turbofish {
            let names = self.env_names.clone();
            let scope = crate::frontend::resolve::Scope { module: self.module, generics: &names, self_ty: self.self_ty.clone() };
            let infer = &mut self.infer;
            let mut targs = vec![];
            for a in &tf.args {
                if let syn::GenericArgument::Type(t) = a {
                    targs.push(self.prog.krate.resolve_type(&scope, t, &mut || Some(infer.fresh()))?);
                }
            }
            for (i, t) in targs.into_iter().enumerate() {
                let t = self.instantiate(&t);
                if pick.owner_params + i < env.len() {
                    let slot = env[pick.owner_params + i].clone();
                    self.unify(&slot, &t);
                }
            }
        }
        let sig = self.prog.sig(pick.def)?;
        env.truncate(sig.env.len());
        let params: Vec<Ty> = sig.params.iter().map(|t| t.subst(&env)).collect();
        let ret = sig.ret.subst(&env);
        if let Some(x) = expected {
            if !x.any(&|t| matches!(t, Ty::Dyn(_) | Ty::DynFn(..))) {
                let r = self.normalize_deep(&ret);
                self.try_unify(&r, x);
            }
        }
        let rest = &params[1..];
        self.add_closure_hints(pick.def, &env);
        if m.args.len() != rest.len() {
            return Err(self.err(m.method.span(), format!("this method takes {} arguments but {} were supplied", rest.len(), m.args.len())));
        }
        for (a, p) in m.args.iter().zip(rest) {
            let p = self.normalize_deep(p);
            self.check_expr_coerce(a, &p)?;
        }
        self.apply_closure_hints();
        self.t.adjust.insert(key(&*m.receiver), adjust);
        self.t.spans.insert(key(e), m.method.span());
        self.apply_fn_bounds(pick.def, &env);
        let callee = match pick.callee {
            Callee::Fn(d, _) => Callee::Fn(d, env.clone()),
            Callee::Trait { tr, method, self_ty, .. } => {
                let ntr = self.prog.krate.trait_info(tr).generics.len();
                Callee::Trait { tr, method, self_ty, trait_args: env[1..1 + ntr].to_vec(), method_args: env[1 + ntr..].to_vec() }
            }
            other => other,
        };
        self.t.callee.insert(key(e), callee);
        Ok(self.normalize_deep(&ret))
    }

    pub fn check_macro(&mut self, mac: &'static syn::Macro, expected: Option<&Ty>) -> DResult<Ty> {
        let t = self.check_macro_inner(mac, expected)?;
        self.t.macro_ty.insert(key(mac), t.clone());
        Ok(t)
    }

    fn check_macro_inner(&mut self, mac: &'static syn::Macro, expected: Option<&Ty>) -> DResult<Ty> {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let args = self.macros.args(mac).map_err(|err| self.err(err.span(), format!("cannot parse the arguments of `{}!`: {}", name, err)))?;
        if let MacroArgs::Desugared(e) = args {
            return self.check_expr(e, expected);
        }
        let list: Vec<&'static syn::Expr> = match args {
            MacroArgs::List(l) => l.clone(),
            _ => vec![],
        };
        let k = key(mac);
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "unreachable" | "todo" | "unimplemented" => {
                let newline = name.ends_with("ln");
                let plan = self.check_format(mac, &list, 0, newline)?;
                self.t.fmt.insert(k, plan);
                Ok(match name.as_str() {
                    "format" => Ty::Adt(self.prog.krate.lang("String"), vec![]),
                    "println" | "print" | "eprintln" | "eprint" => Ty::Unit,
                    _ => Ty::Never,
                })
            }
            "write" | "writeln" => {
                if list.is_empty() {
                    return Err(self.err(mac.span(), "`write!` needs a destination"));
                }
                let ft = self.check_expr(list[0], None)?;
                let fmt_ty = Ty::Adt(self.prog.krate.lang_in("fmt", "Formatter"), vec![]);
                let st = self.shallow(&ft);
                let inner = st.strip_refs().clone();
                let is_string = matches!(&inner, Ty::Adt(d, _) if self.prog.is_lang(*d, "String"));
                if !self.unify(&inner, &fmt_ty) && !is_string {
                    return Err(self.unsupported(list[0].span(), "`write!` to anything but a `Formatter` or `String`"));
                }
                let plan = self.check_format(mac, &list, 1, name == "writeln")?;
                self.t.fmt.insert(k, plan);
                let err = Ty::Adt(self.prog.krate.lang_in("fmt", "Error"), vec![]);
                Ok(Ty::Adt(self.prog.krate.lang("Result"), vec![Ty::Unit, err]))
            }
            "assert" => {
                if list.is_empty() {
                    return Err(self.err(mac.span(), "`assert!` needs a condition"));
                }
                self.check_expr_coerce(list[0], &Ty::Bool)?;
                let plan = self.check_format(mac, &list, 1, false)?;
                self.t.fmt.insert(k, plan);
                Ok(Ty::Unit)
            }
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                if list.len() < 2 {
                    return Err(self.err(mac.span(), "`assert_eq!` needs two arguments"));
                }
                let lt = self.check_expr(list[0], None)?;
                let rt = self.check_expr(list[1], None)?;
                let (l, r) = (self.shallow(&lt), self.shallow(&rt));
                let (lv, rv) = (self.cmp_view(l.strip_refs()), self.cmp_view(r.strip_refs()));
                if !self.unify(&lv, &rv) {
                    return Err(self.err(mac.span(), "mismatched types in `assert_eq!`"));
                }
                let lp = l.strip_refs().clone();
                let primitive = lp.is_primitive_scalar() || matches!(lp, Ty::Var(_));
                if !primitive {
                    let trd = self.prog.krate.lang("PartialEq");
                    self.t.cmp_view.insert(k, lv.clone());
                    self.t.op_call.insert(k, Callee::Trait { tr: trd, method: "eq".into(), self_ty: lv.clone(), trait_args: vec![lv], method_args: vec![] });
                }
                let dbg = self.prog.krate.lang_in("fmt", "Debug");
                let ls = self.shallow(&lt);
                let rs = self.shallow(&rt);
                let mut plan = self.check_format(mac, &list, 2, false)?;
                // The two operands are printed with Debug: keep their callees in the plan.
                for (x, t) in [(list[0], ls), (list[1], rs)] {
                    plan.pieces.push(FmtPiece::Arg(super::macros::FmtArg {
                        expr: x,
                        trait_: super::super::fmtstr::FmtTrait::Debug,
                        spec: super::super::fmtstr::parse("{:?}").unwrap().into_iter().find_map(|p| match p {
                            super::super::fmtstr::Piece::Arg(_, s) => Some(s),
                            _ => None,
                        }).unwrap(),
                        width: None,
                        prec: None,
                        callee: Callee::Trait { tr: dbg, method: "fmt".into(), self_ty: t, trait_args: vec![], method_args: vec![] },
                        as_slice: false,
                    }));
                }
                self.t.fmt.insert(k, plan);
                Ok(Ty::Unit)
            }
            "debug_assert" => {
                self.check_expr_coerce(list[0], &Ty::Bool)?;
                let plan = self.check_format(mac, &list, 1, false)?;
                self.t.fmt.insert(k, plan);
                Ok(Ty::Unit)
            }
            "vec" => {
                let vec_d = self.prog.krate.lang("Vec");
                let el = match expected.map(|x| self.shallow(x)) {
                    Some(Ty::Adt(d, a)) if d == vec_d => a[0].clone(),
                    _ => self.infer.fresh(),
                };
                match args {
                    MacroArgs::List(l) => {
                        for x in l {
                            self.check_expr_coerce(x, &el)?;
                        }
                    }
                    MacroArgs::Desugared(_) => {}
                    MacroArgs::Repeat(x, n) => {
                        self.check_expr_coerce(x, &el)?;
                        self.check_expr_coerce(n, &Ty::Int(IntKind::Usize))?;
                        // The element is cloned n times.
                        let clone_tr = self.prog.krate.lang("Clone");
                        self.t.op_call.insert(k, Callee::Trait { tr: clone_tr, method: "clone".into(), self_ty: el.clone(), trait_args: vec![], method_args: vec![] });
                    }
                }
                Ok(Ty::Adt(vec_d, vec![el]))
            }
            _ => Err(self.unsupported(mac.span(), &format!("macro `{}!`", name))),
        }
    }
}

fn expr_is_blocklike(e: &syn::Expr) -> bool {
    matches!(e, syn::Expr::If(_) | syn::Expr::Match(_) | syn::Expr::Block(_) | syn::Expr::While(_) | syn::Expr::Loop(_) | syn::Expr::ForLoop(_) | syn::Expr::Unsafe(_))
}
