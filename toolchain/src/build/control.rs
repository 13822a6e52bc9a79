//! Control flow (if, match, for, conditions) and binary operators.

use super::func::{FnBuilder, LoopCx, Place};
use crate::diag::DResult;
use crate::sema::check::key;
use crate::sema::ty::Ty;
use pyrite_ir::*;
use syn::spanned::Spanned;

type E = &'static syn::Expr;

impl FnBuilder<'_, '_> {
    /// Branches on a condition, which may be a `let` pattern match.
    pub fn cond(&mut self, c: E, then_b: BlockId, else_b: BlockId) -> DResult<()> {
        match c {
            syn::Expr::Let(l) => {
                let st = self.ty_of(&l.expr);
                let p = self.scrutinee(&l.expr)?;
                self.match_pat(&l.pat, p, &st, else_b)?;
                self.goto(then_b, vec![]);
            }
            syn::Expr::Paren(p) => return self.cond(&p.expr, then_b, else_b),
            _ => {
                let v = self.expr(c)?;
                self.branch(v, then_b, else_b);
            }
        }
        Ok(())
    }

    /// The place a pattern matches against: the expression's own place when it has one (so
    /// `ref mut` bindings reach it), else a slot holding its value.
    fn scrutinee(&mut self, e: E) -> DResult<Place> {
        if let Some(p) = self.place_if_place(e)? {
            return Ok(p);
        }
        let t = self.ty_of(e);
        let v = self.expr(e)?;
        Ok(self.value_place(v, &t))
    }

    /// A place holding a value.
    pub fn value_place(&mut self, v: Value, t: &Ty) -> Place {
        if t.is_unsized() {
            return Place::Fat(v);
        }
        let lt = self.lty(t);
        let v = self.coerce_value_to(v, &lt);
        Place::Addr(self.spill_typed(v, lt))
    }

    pub fn if_expr(&mut self, i: &'static syn::ExprIf, ty: &Ty) -> DResult<Value> {
        let then_b = self.new_block();
        let else_b = self.new_block();
        let join = self.new_block();
        let lt = self.lty(ty);
        let param = if lt.is_unit() { None } else { Some(self.g.new_var(lt.clone())) };
        if let Some(p) = param {
            self.g.cfg[join].params.push(p);
        }
        self.cond(&i.cond, then_b, else_b)?;
        self.switch_to(then_b);
        let v = self.block(&i.then_branch)?;
        self.join_with(join, param, v, &lt);
        self.switch_to(else_b);
        if let Some((_, els)) = &i.else_branch {
            let v = self.expr(els)?;
            self.join_with(join, param, v, &lt);
        } else {
            self.goto(join, vec![]);
        }
        self.switch_to(join);
        Ok(match param {
            Some(p) => Value::Var(p),
            None => Value::Const(Const::Unit),
        })
    }

    fn join_with(&mut self, join: BlockId, param: Option<Var>, v: Value, lt: &LType) {
        if !self.is_live() {
            return;
        }
        match param {
            Some(_) => {
                let v = self.coerce_value_to(v, lt);
                self.goto(join, vec![v]);
            }
            None => self.goto(join, vec![]),
        }
    }

    pub fn match_expr(&mut self, m: &'static syn::ExprMatch, ty: &Ty) -> DResult<Value> {
        let st = self.ty_of(&m.expr);
        let place = self.scrutinee(&m.expr)?;
        let join = self.new_block();
        let lt = self.lty(ty);
        let param = if lt.is_unit() { None } else { Some(self.g.new_var(lt.clone())) };
        if let Some(p) = param {
            self.g.cfg[join].params.push(p);
        }
        let starts: Option<Vec<BlockId>> = self.tag_dispatch(m, &st).map(|plan| {
            let starts: Vec<BlockId> = m.arms.iter().map(|_| self.new_block()).collect();
            let unmatched = self.new_block();
            self.dispatch_on_tag(&plan, &place, &starts, unmatched);
            self.switch_to(unmatched);
            self.terminate(Exit::Unreachable);
            starts
        });
        for (i, arm) in m.arms.iter().enumerate() {
            let next = match &starts {
                Some(s) => {
                    self.switch_to(s[i]);
                    s.get(i + 1).copied().unwrap_or_else(|| self.new_block())
                }
                None => self.new_block(),
            };
            self.match_pat(&arm.pat, place.clone(), &st, next)?;
            if let Some((_, g)) = &arm.guard {
                let body = self.new_block();
                self.cond(g, body, next)?;
                self.switch_to(body);
            }
            let v = self.expr(&arm.body)?;
            self.join_with(join, param, v, &lt);
            self.switch_to(next);
        }
        // Exhaustive matches never fall through.
        self.terminate(Exit::Unreachable);
        self.switch_to(join);
        Ok(match param {
            Some(p) => Value::Var(p),
            None => Value::Const(Const::Unit),
        })
    }

    /// The place of a place expression without adjustments (locals, fields, derefs).
    pub fn place_if_place(&mut self, e: E) -> DResult<Option<Place>> {
        if self.t.adjust.contains_key(&key(e)) {
            return Ok(None);
        }
        match e {
            syn::Expr::Path(_) if matches!(self.t.path.get(&key(e)), Some(crate::sema::check::PathRes::Local(_))) => Ok(Some(self.place(e)?)),
            syn::Expr::Field(_) | syn::Expr::Index(_) => Ok(Some(self.place(e)?)),
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => Ok(Some(self.place(e)?)),
            syn::Expr::Paren(p) => self.place_if_place(&p.expr),
            _ => Ok(None),
        }
    }

    pub fn for_loop(&mut self, f: &'static syn::ExprForLoop) -> DResult<Value> {
        let plan = self.t.for_plan[&key(f)].clone();
        let v = self.expr(&f.expr)?;
        let it = self.call_callee(&plan.into_iter, vec![v], f.expr.span())?;
        let itl = self.lty(&plan.iter_ty);
        let its = self.slot(itl);
        let ia = self.slot_addr(its);
        self.store(ia, it);
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(head, vec![]);
        self.switch_to(head);
        let ia = self.slot_addr(its);
        let nxt = self.call_callee(&plan.next, vec![ia], f.expr.span())?;
        let opt_ty = Ty::Adt(self.cx.prog.krate.lang("Option"), vec![plan.item_ty.clone()]);
        let ol = self.lty(&opt_ty);
        let oa = self.spill_typed(nxt, ol);
        let tag_a = self.field_addr(oa.clone(), 0);
        let tag = self.load(tag_a);
        let some = self.bin(BinOp::Eq, tag, Value::Const(Const::Int(1, LType::int(32, false))));
        self.branch(some, body, exit);
        self.switch_to(body);
        let pl = self.field_addr(oa, 1);
        let va = self.field_addr(pl, 1);
        let xa = self.field_addr(va, 0);
        // Arrays iterated by value bind the element, not a reference to it.
        let (item_place, pat_ty) = match (&plan.item_ty, plan.deref_item) {
            (Ty::Ref(inner, _), true) => (Place::Addr(self.load(xa)), (**inner).clone()),
            _ => (Place::Addr(xa), plan.item_ty.clone()),
        };
        let dead = self.new_block();
        self.match_pat(&f.pat, item_place, &pat_ty, dead)?;
        self.loops.push(LoopCx { is_block: false, label: f.label.as_ref().map(|l| l.name.ident.to_string()), brk: exit, cont: head, result: None });
        self.block(&f.body)?;
        self.loops.pop();
        if self.is_live() {
            self.goto(head, vec![]);
        }
        self.switch_to(exit);
        Ok(Value::Const(Const::Unit))
    }

    pub fn binary(&mut self, e: E, b: &'static syn::ExprBinary) -> DResult<Value> {
        use syn::BinOp as B;
        match b.op {
            B::And(_) | B::Or(_) => {
                let is_and = matches!(b.op, B::And(_));
                let l = self.expr(&b.left)?;
                let rhs_b = self.new_block();
                let short = self.new_block();
                let join = self.new_block();
                let p = self.g.new_var(LType::Bool);
                self.g.cfg[join].params.push(p);
                if is_and {
                    self.branch(l, rhs_b, short);
                } else {
                    self.branch(l, short, rhs_b);
                }
                self.switch_to(short);
                self.goto(join, vec![Value::Const(Const::Bool(!is_and))]);
                self.switch_to(rhs_b);
                let r = self.expr(&b.right)?;
                self.goto(join, vec![r]);
                self.switch_to(join);
                return Ok(Value::Var(p));
            }
            _ => {}
        }
        let compound = matches!(
            b.op,
            B::AddAssign(_) | B::SubAssign(_) | B::MulAssign(_) | B::DivAssign(_) | B::RemAssign(_) | B::BitAndAssign(_) | B::BitOrAssign(_) | B::BitXorAssign(_) | B::ShlAssign(_) | B::ShrAssign(_)
        );
        let lt_ty = self.ty_of(&b.left);
        let lprim = lt_ty.strip_refs().clone();
        // String + &str and String += &str.
        if let Ty::Adt(d, _) = &lprim {
            if self.cx.prog.is_lang(*d, "String") && matches!(b.op, B::Add(_) | B::AddAssign(_)) {
                let r = self.expr(&b.right)?;
                if compound {
                    let p = self.place(&b.left)?;
                    let a = self.place_addr(&p);
                    let push = self.string_method("push_str");
                    self.call_def(push, &[], vec![a, r], b.span())?;
                    return Ok(Value::Const(Const::Unit));
                }
                let l = self.expr(&b.left)?;
                let cat = self.cx.prog.krate.lang("__str_concat");
                return self.call_def(cat, &[], vec![l, r], b.span());
            }
        }
        if let (Some(c), false) = (self.t.op_call.get(&key(e)).cloned(), self.t.cmp_view.contains_key(&key(e))) {
            // An overloaded operator: `a + b` calls `Add::add(a, b)`; `a += b` passes `&mut a`.
            if compound {
                let p = self.place(&b.left)?;
                let a = self.place_addr(&p);
                let r = self.expr(&b.right)?;
                self.call_callee(&c, vec![a, r], b.span())?;
                return Ok(Value::Const(Const::Unit));
            }
            let l = self.expr(&b.left)?;
            let r = self.expr(&b.right)?;
            return self.call_callee(&c, vec![l, r], b.span());
        }
        if let Some(c) = self.t.op_call.get(&key(e)).cloned() {
            // Comparison of non-primitive values through PartialEq / string ordering.
            let crate::sema::check::Callee::Fn(d, env) = &c else { return Err(self.err(b.span(), "internal error: comparison")) };
            let view = self.t.cmp_view[&key(e)].clone();
            let l = self.view_ref(&b.left, &view)?;
            let r = self.view_ref(&b.right, &view)?;
            let is_eq = matches!(b.op, B::Eq(_) | B::Ne(_));
            if is_eq {
                let v = self.call_def(*d, env, vec![l, r], b.span())?;
                return Ok(if matches!(b.op, B::Ne(_)) { self.emit(OpKind::Un(UnOp::Not, v), LType::Bool) } else { v });
            }
            if view == Ty::Str {
                let cmp = self.cx.prog.krate.lang("__str_cmp");
                let c = self.call_def(cmp, &[], vec![l, r], b.span())?;
                let zero = Value::Const(Const::Int(0, LType::int(32, true)));
                let op = cmp_op(&b.op);
                return Ok(self.bin(op, c, zero));
            }
            // partial_cmp returns Option<Ordering>; Some(Less)=tag 1 with payload 0.
            let o = self.call_def(*d, env, vec![l, r], b.span())?;
            return Ok(self.ordering_test(o, &b.op));
        }
        let op = match b.op {
            B::Add(_) | B::AddAssign(_) => BinOp::Add,
            B::Sub(_) | B::SubAssign(_) => BinOp::Sub,
            B::Mul(_) | B::MulAssign(_) => BinOp::Mul,
            B::Div(_) | B::DivAssign(_) => BinOp::Div,
            B::Rem(_) | B::RemAssign(_) => BinOp::Rem,
            B::BitAnd(_) | B::BitAndAssign(_) => BinOp::And,
            B::BitOr(_) | B::BitOrAssign(_) => BinOp::Or,
            B::BitXor(_) | B::BitXorAssign(_) => BinOp::Xor,
            B::Shl(_) | B::ShlAssign(_) => BinOp::Shl,
            B::Shr(_) | B::ShrAssign(_) => BinOp::Shr,
            _ => cmp_op(&b.op),
        };
        if compound {
            let p = self.place(&b.left)?;
            let addr = self.place_addr(&p);
            let l = self.load(addr.clone());
            let r = self.expr(&b.right)?;
            let rt = self.ty_of(&b.right);
            let r = self.deref_to_prim(r, &rt);
            let v = self.arith(op, l, r, b.span())?;
            self.store(addr, v);
            return Ok(Value::Const(Const::Unit));
        }
        let l = self.expr(&b.left)?;
        let l = self.deref_to_prim(l, &lt_ty);
        let r = self.expr(&b.right)?;
        let rt = self.ty_of(&b.right);
        let r = self.deref_to_prim(r, &rt);
        self.arith(op, l, r, b.span())
    }

    fn string_method(&self, name: &str) -> crate::frontend::DefId {
        let s = self.cx.prog.krate.lang("String");
        for (i, h) in self.cx.prog.impl_headers.iter().enumerate() {
            if h.trait_.is_none() && matches!(&h.self_ty, Ty::Adt(d, _) if *d == s) {
                if let Some(m) = self.cx.prog.krate.impls[i].methods.get(name) {
                    return *m;
                }
            }
        }
        panic!("internal: String::{} missing", name)
    }

    fn ordering_test(&mut self, o: Value, op: &syn::BinOp) -> Value {
        // Option<Ordering>: tag 1 = Some; Ordering tags: Less 0, Equal 1, Greater 2.
        let t = self.vty(&o);
        let a = self.spill_typed(o, t);
        let pl = self.field_addr(a, 1);
        let va = self.field_addr(pl, 1);
        let oa = self.field_addr(va, 0);
        let ta = self.field_addr(oa, 0);
        let tag = self.load(ta);
        let one = Value::Const(Const::Int(1, LType::int(32, false)));
        let bop = cmp_op(op);
        self.bin(bop, tag, one)
    }

    /// A reference to the value `e` denotes, seen as `view` (`str`, a slice, or itself).
    pub fn view_ref(&mut self, e: E, view: &Ty) -> DResult<Value> {
        let mut t = self.ty_of(e);
        let mut p = self.place(e)?;
        while let Ty::Ref(x, _) = t.clone() {
            let ptr = self.read_place(&p);
            t = *x;
            p = if t.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) };
        }
        match (&t, view) {
            (Ty::Adt(..), Ty::Str) | (Ty::Adt(..), Ty::Slice(_)) | (Ty::Array(..), Ty::Slice(_)) => {
                let a = self.place_addr(&p);
                let (v, _) = self.unsize(a, &Ty::Ref(Box::new(t.clone()), false));
                Ok(v)
            }
            _ => Ok(self.place_addr(&p)),
        }
    }

    /// Integer and float arithmetic with Rust's checks (division by zero, overflow of MIN/-1).
    pub fn arith(&mut self, op: BinOp, l: Value, r: Value, span: proc_macro2::Span) -> DResult<Value> {
        let lt = self.vty(&l);
        let (bits, signed) = match &lt {
            LType::Int { bits, signed } => (*bits, *signed),
            _ => {
                let r = if self.vty(&r) != lt && !self.vty(&r).is_unit() { self.emit(OpKind::Cast(r, lt.clone()), lt.clone()) } else { r };
                return Ok(self.bin(op, l, r));
            }
        };
        match op {
            BinOp::Shl | BinOp::Shr => {
                let r = if self.vty(&r) != lt { self.emit(OpKind::Cast(r, lt.clone()), lt.clone()) } else { r };
                let mask = self.int(bits as i128 - 1, lt.clone());
                let r = self.bin(BinOp::And, r, mask);
                Ok(self.bin(op, l, r))
            }
            BinOp::Div | BinOp::Rem => {
                let zero = self.int(0, lt.clone());
                let nz = self.bin(BinOp::Ne, r.clone(), zero);
                let ok = self.new_block();
                let bad = self.new_block();
                self.branch(nz, ok, bad);
                self.switch_to(bad);
                self.panic_msg(if op == BinOp::Div { "attempt to divide by zero" } else { "attempt to calculate the remainder with a divisor of zero" }, span);
                self.switch_to(ok);
                if signed {
                    let min = self.int(-(1i128 << (bits - 1)), lt.clone());
                    let m1 = self.int(-1, lt.clone());
                    let a = self.bin(BinOp::Eq, l.clone(), min);
                    let b = self.bin(BinOp::Eq, r.clone(), m1);
                    let both = self.bin(BinOp::And, a, b);
                    let ok2 = self.new_block();
                    let bad2 = self.new_block();
                    self.branch(both, bad2, ok2);
                    self.switch_to(bad2);
                    self.panic_msg(if op == BinOp::Div { "attempt to divide with overflow" } else { "attempt to calculate the remainder with overflow" }, span);
                    self.switch_to(ok2);
                }
                Ok(self.bin(op, l, r))
            }
            _ => Ok(self.bin(op, l, r)),
        }
    }
}

pub fn cmp_op(op: &syn::BinOp) -> BinOp {
    use syn::BinOp as B;
    match op {
        B::Eq(_) => BinOp::Eq,
        B::Ne(_) => BinOp::Ne,
        B::Lt(_) => BinOp::Lt,
        B::Le(_) => BinOp::Le,
        B::Gt(_) => BinOp::Gt,
        _ => BinOp::Ge,
    }
}
