//! Expressions to operations.

use super::func::{FnBuilder, LoopCx, Place};
use crate::diag::DResult;
use crate::sema::check::{key, Adjust, PathRes};
use crate::sema::ty::{IntKind, Ty};
use pyrite_ir::*;
use syn::spanned::Spanned;

type E = &'static syn::Expr;

impl FnBuilder<'_, '_> {
    pub fn block(&mut self, b: &'static syn::Block) -> DResult<Value> {
        let mut result = Value::Const(Const::Unit);
        let n = b.stmts.len();
        for (i, s) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match s {
                syn::Stmt::Local(l) => self.local(l)?,
                syn::Stmt::Expr(e, semi) => {
                    let v = self.expr(e)?;
                    if last && semi.is_none() {
                        result = v;
                    }
                }
                syn::Stmt::Macro(m) => {
                    let v = self.macro_expr(&m.mac)?;
                    if last && m.semi_token.is_none() {
                        result = v;
                    }
                }
                syn::Stmt::Item(_) => {}
            }
        }
        Ok(result)
    }

    fn local(&mut self, l: &'static syn::Local) -> DResult<()> {
        // The value's type: the annotation if any, else the initializer's (patterns record
        // the type after match ergonomics peeled references, which is not the value's).
        let (pat, ty) = match (&l.pat, &l.init) {
            (syn::Pat::Type(pt), _) => (&*pt.pat, self.t.pat_ty.get(&key(&l.pat)).cloned().unwrap_or(Ty::Unit)),
            (p, Some(init)) => (p, self.ty_of(&init.expr)),
            (p, None) => (p, self.t.local_ty.get(&key(p)).cloned().unwrap_or(Ty::Unit)),
        };
        let Some(init) = &l.init else {
            // `let x;` — a slot assigned later.
            if let syn::Pat::Ident(_) = pat {
                let t = self.t.local_ty.get(&key(pat)).cloned().unwrap_or(Ty::Unit);
                let lt = self.lty(&t);
                let s = self.slot(lt);
                self.locals.insert(key(pat), s);
                return Ok(());
            }
            return Err(self.err(l.span(), "unsupported `let` without initializer for this pattern"));
        };
        // A pattern over a place (`let (ref a, ref mut b) = pair;`) binds into that place.
        if !matches!(pat, syn::Pat::Ident(_)) {
            if let Some(p) = self.place_if_place(&init.expr)? {
                let fail = self.new_block();
                self.match_pat(pat, p, &ty, fail)?;
                let cont = self.cur;
                self.switch_to(fail);
                match &init.diverge {
                    Some((_, els)) => {
                        self.expr(els)?;
                        if self.is_live() {
                            self.terminate(Exit::Unreachable);
                        }
                    }
                    None => self.terminate(Exit::Unreachable),
                }
                self.switch_to(cont);
                return Ok(());
            }
        }
        let v = self.expr(&init.expr)?;
        // Patterns see the value through a slot.
        let lt = self.lty(&ty);
        let v = self.coerce_value_to(v, &lt);
        // A simple binding owns the slot directly.
        if let syn::Pat::Ident(pi) = pat {
            if pi.subpat.is_none() && !self.t.binds_ref.contains_key(&key(pat)) && !matches!(self.t.path.get(&key(pat)), Some(PathRes::UnitVariant(..)) | Some(PathRes::Const(..))) {
                let s = self.slot(lt);
                let a = self.slot_addr(s);
                self.store(a, v);
                self.locals.insert(key(pat), s);
                return Ok(());
            }
        }
        let a = self.spill_typed(v, lt);
        let fail = self.new_block();
        self.match_pat(pat, Place::Addr(a), &ty, fail)?;
        let cont = self.cur;
        if let Some((_, els)) = &init.diverge {
            self.switch_to(fail);
            self.expr(els)?;
            if self.is_live() {
                self.terminate(Exit::Unreachable);
            }
        } else {
            self.switch_to(fail);
            self.terminate(Exit::Unreachable);
        }
        self.switch_to(cont);
        Ok(())
    }

    pub fn spill_typed(&mut self, v: Value, lt: LType) -> Value {
        let s = self.slot(lt);
        let a = self.slot_addr(s);
        self.store(a.clone(), v);
        a
    }

    /// The value of an expression after its recorded adjustments.
    pub fn expr(&mut self, e: E) -> DResult<Value> {
        let adj = self.t.adjust.get(&key(e)).cloned().unwrap_or_default();
        if adj.is_empty() {
            return self.expr_raw(e);
        }
        let ty = self.ty_of(e);
        self.adjusted(e, &ty, &adj)
    }

    /// Applies adjustments, starting from the expression's place when the first one needs it.
    pub fn adjusted(&mut self, e: E, ty: &Ty, adj: &[Adjust]) -> DResult<Value> {
        enum S {
            P(Place),
            V(Value),
        }
        let mut cur = match adj.first() {
            Some(Adjust::Deref) | Some(Adjust::Borrow(_)) => S::P(self.place(e)?),
            _ => S::V(self.expr_raw(e)?),
        };
        let mut t = ty.clone();
        for a in adj {
            match a {
                Adjust::Deref => {
                    let p = match cur {
                        S::P(p) => p,
                        S::V(v) => {
                            let lt = self.lty(&t);
                            Place::Addr(self.spill_typed(v, lt))
                        }
                    };
                    let inner = match &t {
                        Ty::Ref(x, _) | Ty::Box(x) | Ty::Ptr(x) => (**x).clone(),
                        other => return Err(self.err(e.span(), format!("internal error: deref of {:?}", other))),
                    };
                    let ptr = self.read_place(&p);
                    cur = S::P(if inner.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) });
                    t = inner;
                }
                Adjust::Borrow(m) => {
                    let p = match cur {
                        S::P(p) => p,
                        S::V(v) => {
                            let lt = self.lty(&t);
                            Place::Addr(self.spill_typed(v, lt))
                        }
                    };
                    cur = S::V(match p {
                        Place::Addr(a) => a,
                        Place::Fat(f) => f,
                    });
                    t = Ty::Ref(Box::new(t), *m);
                }
                Adjust::UnsizeRef => {
                    let v = match cur {
                        S::P(p) => self.read_place(&p),
                        S::V(v) => v,
                    };
                    let (v2, t2) = self.unsize(v, &t);
                    cur = S::V(v2);
                    t = t2;
                }
                Adjust::ToDynFn(closure) => {
                    let v = match cur {
                        S::P(p) => self.read_place(&p),
                        S::V(v) => v,
                    };
                    cur = S::V(self.closure_to_dyn(v, closure, e.span())?);
                    t = match &t {
                        Ty::Box(_) => Ty::Box(Box::new(Ty::DynFn(vec![], Box::new(Ty::Unit)))),
                        _ => Ty::Ref(Box::new(Ty::DynFn(vec![], Box::new(Ty::Unit))), false),
                    };
                }
                Adjust::ToDyn(concrete, tr) => {
                    let v = match cur {
                        S::P(p) => self.read_place(&p),
                        S::V(v) => v,
                    };
                    let vt = self.cx.vtable(concrete, *tr)?;
                    let data = self.emit(OpKind::PtrCast(v, LType::void_ptr()), LType::void_ptr());
                    let vtp = self.emit(OpKind::PtrCast(Value::Const(Const::GlobalAddr(vt)), LType::void_ptr()), LType::void_ptr());
                    let dt = self.cx.layouts.dyn_ptr();
                    cur = S::V(self.make_struct(dt, vec![data, vtp]));
                    t = match &t {
                        Ty::Box(_) => Ty::Box(Box::new(Ty::Dyn(*tr))),
                        _ => Ty::Ref(Box::new(Ty::Dyn(*tr)), false),
                    };
                }
            }
        }
        Ok(match cur {
            S::V(v) => v,
            S::P(p) => self.read_place(&p),
        })
    }

    /// `&Vec<T>`/`&String`/`&[T; N]` (a thin pointer value) to a fat pointer.
    pub fn unsize(&mut self, v: Value, t: &Ty) -> (Value, Ty) {
        let (inner, m) = match t {
            Ty::Ref(x, m) => ((**x).clone(), *m),
            other => (other.clone(), false),
        };
        match &inner {
            Ty::Adt(d, args) if self.cx.prog.is_lang(*d, "Vec") => {
                let el = args[0].clone();
                let fat = self.vec_slice(v, &el);
                (fat, Ty::Ref(Box::new(Ty::Slice(Box::new(el))), m))
            }
            Ty::Adt(d, _) if self.cx.prog.is_lang(*d, "String") => {
                let va = self.field_addr(v, 0);
                let fat = self.vec_slice(va, &Ty::Int(IntKind::U8));
                (fat, Ty::Ref(Box::new(Ty::Str), m))
            }
            Ty::Array(el, n) => {
                let elt = self.lty(el);
                let p = self.emit(OpKind::PtrCast(v, LType::ptr(elt.clone())), LType::ptr(elt.clone()));
                let ft = self.cx.layouts.fat_slice(elt);
                let len = self.usize_const(*n as i128);
                (self.make_struct(ft, vec![p, len]), Ty::Ref(Box::new(Ty::Slice(el.clone())), m))
            }
            _ => (v, t.clone()),
        }
    }

    /// A fat slice over a `Vec` given a pointer to it (fields: ptr, cap, len).
    pub fn vec_slice(&mut self, vec_ptr: Value, el: &Ty) -> Value {
        let pa = self.field_addr(vec_ptr.clone(), 0);
        let p = self.load(pa);
        let la = self.field_addr(vec_ptr, 2);
        let len = self.load(la);
        let elt = self.lty(el);
        let ft = self.cx.layouts.fat_slice(elt);
        self.make_struct(ft, vec![p, len])
    }

    pub fn read_place(&mut self, p: &Place) -> Value {
        match p {
            Place::Addr(a) => self.load(a.clone()),
            Place::Fat(f) => f.clone(),
        }
    }

    pub fn place_addr(&self, p: &Place) -> Value {
        match p {
            Place::Addr(a) | Place::Fat(a) => a.clone(),
        }
    }

    /// The place an expression denotes; non-place expressions are computed into a temporary.
    pub fn place(&mut self, e: E) -> DResult<Place> {
        use syn::Expr as X;
        match e {
            X::Paren(p) => return self.place(&p.expr),
            X::Group(g) => return self.place(&g.expr),
            X::Path(_) => {
                if let Some(PathRes::Local(k)) = self.t.path.get(&key(e)).cloned() {
                    if !self.locals.contains_key(&k) && self.captures.contains_key(&k) {
                        return Ok(self.captured_place(k));
                    }
                    let s = *self.locals.get(&k).ok_or_else(|| self.err(e.span(), "internal error: unbound local"))?;
                    let a = self.slot_addr(s);
                    return Ok(Place::Addr(a));
                }
            }
            X::Field(f) => {
                let (derefs, idx) = self.t.fields[&key(e)];
                let mut p = self.place(&f.base)?;
                let mut t = self.ty_of(&f.base);
                for _ in 0..derefs {
                    let ptr = self.read_place(&p);
                    t = match t {
                        Ty::Ref(x, _) | Ty::Box(x) => *x,
                        other => other,
                    };
                    p = Place::Addr(ptr);
                }
                let a = self.place_addr(&p);
                let fa = self.field_addr(a, idx);
                return Ok(Place::Addr(fa));
            }
            X::Index(i) => return self.index_place(e, i),
            X::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                let v = self.expr(&u.expr)?;
                let inner = match self.ty_of(&u.expr) {
                    Ty::Ref(x, _) | Ty::Box(x) | Ty::Ptr(x) => *x,
                    _ => Ty::Unit,
                };
                return Ok(if inner.is_unsized() { Place::Fat(v) } else { Place::Addr(v) });
            }
            _ => {}
        }
        let t = self.ty_of(e);
        let v = self.expr_raw(e)?;
        if t.is_unsized() {
            return Ok(Place::Fat(v));
        }
        let lt = self.lty(&t);
        let v = self.coerce_value_to(v, &lt);
        Ok(Place::Addr(self.spill_typed(v, lt)))
    }

    fn index_place(&mut self, e: E, i: &'static syn::ExprIndex) -> DResult<Place> {
        let plan = self.t.index[&key(e)].clone();
        let mut p = self.place(&i.expr)?;
        let mut t = self.ty_of(&i.expr);
        for _ in 0..plan.derefs {
            let ptr = self.read_place(&p);
            t = match t {
                Ty::Ref(x, _) | Ty::Box(x) => *x,
                other => other,
            };
            p = if t.is_unsized() { Place::Fat(ptr) } else { Place::Addr(ptr) };
        }
        if let Some(c) = &plan.overloaded {
            // `Index::index(&base, i)` / `IndexMut::index_mut(&mut base, i)` return the place.
            let base_ptr = self.place_addr(&p);
            let idx = self.expr(&i.index)?;
            let r = self.call_callee(c, vec![base_ptr, idx], i.bracket_token.span.open())?;
            let out = self.ty_of(e);
            return Ok(if out.is_unsized() { Place::Fat(r) } else { Place::Addr(r) });
        }
        // Find the data pointer and length of the indexed sequence.
        let (data, len, el) = match &plan.base {
            Ty::Array(el, n) => {
                let a = self.place_addr(&p);
                let elt = self.lty(el);
                let d = self.emit(OpKind::PtrCast(a, LType::ptr(elt.clone())), LType::ptr(elt));
                (d, self.usize_const(*n as i128), (**el).clone())
            }
            Ty::Slice(el) => {
                let f = self.read_place(&p);
                let d = self.field_of(f.clone(), 0);
                let l = self.field_of(f, 1);
                (d, l, (**el).clone())
            }
            Ty::Str => {
                let f = self.read_place(&p);
                let d = self.field_of(f.clone(), 0);
                let l = self.field_of(f, 1);
                (d, l, Ty::Int(IntKind::U8))
            }
            Ty::Adt(d, args) if self.cx.prog.is_lang(*d, "Vec") => {
                let a = self.place_addr(&p);
                let f = self.vec_slice(a, &args[0]);
                let d = self.field_of(f.clone(), 0);
                let l = self.field_of(f, 1);
                (d, l, args[0].clone())
            }
            Ty::Adt(_, _) => {
                // String
                let a = self.place_addr(&p);
                let va = self.field_addr(a, 0);
                let f = self.vec_slice(va, &Ty::Int(IntKind::U8));
                let d = self.field_of(f.clone(), 0);
                let l = self.field_of(f, 1);
                (d, l, Ty::Int(IntKind::U8))
            }
            other => return Err(self.err(e.span(), format!("internal error: index into {:?}", other))),
        };
        // rustc reports built-in indexing (arrays, slices) at the expression and overloaded
        // indexing (Vec, String, str, ranges) at the opening bracket.
        let builtin = plan.range.is_none() && matches!(plan.base, Ty::Array(..) | Ty::Slice(_));
        let span = if builtin { i.span() } else { i.bracket_token.span.open() };
        match &plan.range {
            None => {
                let idx = self.expr(&i.index)?;
                let ok = self.bin(BinOp::Lt, idx.clone(), len.clone());
                let good = self.new_block();
                let bad = self.new_block();
                self.branch(ok, good, bad);
                self.switch_to(bad);
                self.call_lang_panic("__panic_index", vec![idx.clone(), len], span)?;
                self.switch_to(good);
                let ea = self.emit(OpKind::ElemAddr(data.clone(), idx), self.g.value_type(&data, &self.cx.m));
                Ok(Place::Addr(ea))
            }
            Some(rt) => {
                let Ty::Adt(rd, _) = rt else { unreachable!() };
                let rname = self.cx.prog.krate.def(*rd).name.clone();
                let r = self.expr(&i.index)?;
                let (start, end) = match rname.as_str() {
                    "Range" => (self.field_of(r.clone(), 0), self.field_of(r, 1)),
                    "RangeInclusive" => {
                        let e1 = self.field_of(r.clone(), 1);
                        let one = self.usize_const(1);
                        (self.field_of(r, 0), self.bin(BinOp::Add, e1, one))
                    }
                    "RangeFrom" => (self.field_of(r, 0), len.clone()),
                    "RangeTo" => (self.usize_const(0), self.field_of(r, 0)),
                    "RangeToInclusive" => {
                        let e1 = self.field_of(r, 0);
                        let one = self.usize_const(1);
                        (self.usize_const(0), self.bin(BinOp::Add, e1, one))
                    }
                    _ => (self.usize_const(0), len.clone()),
                };
                let is_str = el == Ty::Int(IntKind::U8) && !matches!(plan.base, Ty::Slice(_) | Ty::Array(..)) && !matches!(&plan.base, Ty::Adt(d, _) if self.cx.prog.is_lang(*d, "Vec"));
                let good = self.new_block();
                let bad = self.new_block();
                if is_str {
                    // Strings also need both ends on char boundaries.
                    let ft = self.cx.str_ty();
                    let s = self.make_struct(ft, vec![data.clone(), len.clone()]);
                    let check = self.cx.prog.krate.lang("__str_slice_ok");
                    let ok = self.call_def(check, &[], vec![s.clone(), start.clone(), end.clone()], span)?;
                    self.branch(ok, good, bad);
                    self.switch_to(bad);
                    self.call_lang_panic("__str_slice_fail", vec![s, start.clone(), end.clone()], span)?;
                } else {
                    let c1 = self.bin(BinOp::Le, start.clone(), end.clone());
                    let c2 = self.bin(BinOp::Le, end.clone(), len.clone());
                    let ok = self.bin(BinOp::And, c1, c2);
                    self.branch(ok, good, bad);
                    self.switch_to(bad);
                    self.call_lang_panic("__panic_range", vec![start.clone(), end.clone(), len], span)?;
                }
                self.switch_to(good);
                let p0 = self.emit(OpKind::ElemAddr(data.clone(), start.clone()), self.g.value_type(&data, &self.cx.m));
                let n = self.bin(BinOp::Sub, end, start);
                let elt = self.lty(&el);
                let ft = self.cx.layouts.fat_slice(elt);
                Ok(Place::Fat(self.make_struct(ft, vec![p0, n])))
            }
        }
    }

    /// Calls a non-generic, track-caller prelude function such as `__panic_index`.
    pub fn call_lang_panic(&mut self, name: &str, args: Vec<Value>, span: proc_macro2::Span) -> DResult<()> {
        let d = self.cx.prog.krate.lang(name);
        self.call_def(d, &[], args, span)?;
        if self.is_live() {
            self.terminate(Exit::Unreachable);
        }
        Ok(())
    }

    /// Evaluates an expression (without its adjustments).
    pub fn expr_raw(&mut self, e: E) -> DResult<Value> {
        use syn::Expr as X;
        let ty = self.ty_of(e);
        Ok(match e {
            X::Lit(l) => self.lit(&l.lit, &ty),
            X::Paren(p) => self.expr(&p.expr)?,
            X::Group(g) => self.expr(&g.expr)?,
            X::Path(_) if self.t.fn_closures.contains_key(&key(e)) => {
                let c = self.t.fn_closures[&key(e)];
                self.closure_value(c, &ty)?
            }
            X::Path(_) => match self.t.path.get(&key(e)).cloned() {
                Some(PathRes::Local(_)) => {
                    let p = self.place(e)?;
                    self.read_place(&p)
                }
                Some(PathRes::UnitVariant(t, v)) => self.construct(&t, v, vec![]),
                Some(PathRes::UnitStruct(t)) => self.construct(&t, 0, vec![]),
                Some(PathRes::Const(d, args)) => self.const_of(d, &args)?,
                _ => return Err(self.err(e.span(), "internal error: unresolved path")),
            },
            X::Block(b) => {
                if let Some(l) = &b.label {
                    let brk = self.new_block();
                    let lt = self.lty(&ty);
                    let rs = self.slot(lt);
                    let cont = self.cur;
                    self.loops.push(LoopCx { label: Some(l.name.ident.to_string()), is_block: true, brk, cont, result: Some(rs) });
                    let v = self.block(&b.block)?;
                    self.loops.pop();
                    if self.is_live() {
                        let a = self.slot_addr(rs);
                        self.store(a, v);
                        self.goto(brk, vec![]);
                    }
                    self.switch_to(brk);
                    let a = self.slot_addr(rs);
                    self.load(a)
                } else {
                    self.block(&b.block)?
                }
            }
            X::If(i) => self.if_expr(i, &ty)?,
            X::Match(m) => self.match_expr(m, &ty)?,
            X::While(w) => {
                let head = self.new_block();
                let exit = self.new_block();
                self.goto(head, vec![]);
                self.switch_to(head);
                let body = self.new_block();
                self.cond(&w.cond, body, exit)?;
                self.switch_to(body);
                self.loops.push(LoopCx { is_block: false, label: w.label.as_ref().map(|l| l.name.ident.to_string()), brk: exit, cont: head, result: None });
                self.block(&w.body)?;
                self.loops.pop();
                if self.is_live() {
                    self.goto(head, vec![]);
                }
                self.switch_to(exit);
                Value::Const(Const::Unit)
            }
            X::Loop(l) => {
                let head = self.new_block();
                let exit = self.new_block();
                let lt = self.lty(&ty);
                let rs = if lt.is_unit() { None } else { Some(self.slot(lt)) };
                self.goto(head, vec![]);
                self.switch_to(head);
                self.loops.push(LoopCx { is_block: false, label: l.label.as_ref().map(|l| l.name.ident.to_string()), brk: exit, cont: head, result: rs });
                self.block(&l.body)?;
                self.loops.pop();
                if self.is_live() {
                    self.goto(head, vec![]);
                }
                self.switch_to(exit);
                match rs {
                    Some(s) => {
                        let a = self.slot_addr(s);
                        self.load(a)
                    }
                    None => Value::Const(Const::Unit),
                }
            }
            X::ForLoop(f) => self.for_loop(f)?,
            X::Break(b) => {
                let idx = self.loop_idx(b.label.as_ref());
                if let Some(v) = &b.expr {
                    let val = self.expr(v)?;
                    if let Some(s) = self.loops[idx].result {
                        let a = self.slot_addr(s);
                        self.store(a, val);
                    }
                }
                let t = self.loops[idx].brk;
                self.goto(t, vec![]);
                Value::Const(Const::Unit)
            }
            X::Continue(c) => {
                let idx = self.loop_idx(c.label.as_ref());
                let t = self.loops[idx].cont;
                self.goto(t, vec![]);
                Value::Const(Const::Unit)
            }
            X::Return(r) => {
                let v = match &r.expr {
                    Some(x) => self.expr(x)?,
                    None => Value::Const(Const::Unit),
                };
                let rl = self.ret_lty.clone();
                let v = self.coerce_value_to(v, &rl);
                self.terminate(Exit::Return(v));
                Value::Const(Const::Unit)
            }
            X::Try(t) => self.try_expr(e, t)?,
            X::Tuple(t) => {
                if t.elems.is_empty() {
                    Value::Const(Const::Unit)
                } else {
                    let mut vs = vec![];
                    for x in &t.elems {
                        vs.push(self.expr(x)?);
                    }
                    let lt = self.lty(&ty);
                    self.make_struct_checked(lt, vs)
                }
            }
            X::Array(a) => {
                let lt = self.lty(&ty);
                let s = self.slot(lt.clone());
                let base = self.slot_addr(s);
                let LType::Array(elt, _) = lt else { unreachable!() };
                let p = self.emit(OpKind::PtrCast(base.clone(), LType::ptr(*elt.clone())), LType::ptr(*elt));
                for (i, x) in a.elems.iter().enumerate() {
                    let v = self.expr(x)?;
                    let idx = self.usize_const(i as i128);
                    let ea = self.emit(OpKind::ElemAddr(p.clone(), idx), self.g.value_type(&p, &self.cx.m));
                    self.store(ea, v);
                }
                self.load(base)
            }
            X::Repeat(r) => {
                let lt = self.lty(&ty);
                let v = self.expr(&r.expr)?;
                let LType::Array(elt, n) = lt.clone() else { unreachable!() };
                let s = self.slot(lt);
                let base = self.slot_addr(s);
                let p = self.emit(OpKind::PtrCast(base.clone(), LType::ptr(*elt.clone())), LType::ptr(*elt));
                self.fill_loop(p, v, n)?;
                self.load(base)
            }
            X::Reference(r) => {
                let p = self.place(&r.expr)?;
                match p {
                    Place::Addr(a) => a,
                    Place::Fat(f) => f,
                }
            }
            X::Unary(u) => self.unary(e, u, &ty)?,
            X::Binary(b) => self.binary(e, b)?,
            X::Assign(a) => {
                let v = self.expr(&a.right)?;
                self.assign_to(&a.left, v)?;
                Value::Const(Const::Unit)
            }
            X::Cast(c) => {
                let v = self.expr(&c.expr)?;
                let from = self.ty_of(&c.expr);
                let lt = self.lty(&ty);
                self.cast(v, &from, &ty, lt)
            }
            X::Field(_) | X::Index(_) => {
                let p = self.place(e)?;
                self.read_place(&p)
            }
            X::Range(r) => {
                let mut fields = vec![];
                for x in [&r.start, &r.end].into_iter().flatten() {
                    fields.push(self.expr(x)?);
                }
                if matches!(r.limits, syn::RangeLimits::Closed(_)) && r.start.is_some() {
                    fields.push(Value::Const(Const::Bool(false)));
                }
                let lt = self.lty(&ty);
                self.make_struct_checked(lt, fields)
            }
            X::Struct(s) => {
                let (v, _) = self.t.fields[&key(s)];
                let lt = self.lty(&ty);
                let slot = self.slot(lt);
                let base = self.slot_addr(slot);
                if let Some(rest) = &s.rest {
                    let rv = self.expr(rest)?;
                    self.store(base.clone(), rv);
                }
                let Ty::Adt(d, _) = &ty else { unreachable!() };
                let is_enum = self.cx.prog.krate.adt(*d).is_enum;
                let target = if is_enum {
                    let tag = self.field_addr(base.clone(), 0);
                    let tv = self.tag_const(&ty, v);
                    self.store(tag, tv);
                    let pl = self.field_addr(base.clone(), 1);
                    self.field_addr(pl, v)
                } else {
                    base.clone()
                };
                for fv in &s.fields {
                    let (_, idx) = self.t.fields[&key(fv)];
                    let val = self.expr(&fv.expr)?;
                    let fa = self.field_addr(target.clone(), idx);
                    self.store(fa, val);
                }
                self.load(base)
            }
            X::Call(c) if self.t.closure_call.contains_key(&key(e)) => self.closure_call(e, c)?,
            X::Call(c) if self.t.dyn_fn_call.contains_key(&key(e)) => self.dyn_fn_call(e, c)?,
            X::Closure(c) => self.closure_value(c, &ty)?,
            X::Call(c) => {
                let callee = self.t.callee.get(&key(e)).cloned().ok_or_else(|| self.err(e.span(), "internal error: unresolved call"))?;
                let mut args = vec![];
                for a in &c.args {
                    args.push(self.expr(a)?);
                }
                self.call_callee(&callee, args, c.func.span())?
            }
            X::MethodCall(m) => {
                let callee = self.t.callee.get(&key(e)).cloned().ok_or_else(|| self.err(e.span(), "internal error: unresolved method"))?;
                let mut args = vec![self.expr(&m.receiver)?];
                for a in &m.args {
                    args.push(self.expr(a)?);
                }
                self.call_callee(&callee, args, m.method.span())?
            }
            X::Macro(m) => self.macro_expr(&m.mac)?,
            X::Let(_) => return Err(self.err(e.span(), "`let` expression outside `if`/`while`")),
            other => return Err(self.err(other.span(), "internal error: unchecked expression")),
        })
    }

    /// Assignment, including destructuring assignment to tuples (`(a, b) = (b, a)`).
    fn assign_to(&mut self, lhs: E, v: Value) -> DResult<()> {
        match lhs {
            syn::Expr::Tuple(t) => {
                let tt = self.vty(&v);
                let a = self.spill_typed(v, tt);
                for (i, el) in t.elems.iter().enumerate() {
                    let fa = self.field_addr(a.clone(), i as u32);
                    let x = self.load(fa);
                    self.assign_to(el, x)?;
                }
                Ok(())
            }
            syn::Expr::Infer(_) => Ok(()),
            syn::Expr::Paren(p) => self.assign_to(&p.expr, v),
            _ => {
                let p = self.place(lhs)?;
                let addr = self.place_addr(&p);
                self.store(addr, v);
                Ok(())
            }
        }
    }

    pub fn make_struct_checked(&mut self, lt: LType, vs: Vec<Value>) -> Value {
        self.make_struct(lt, vs)
    }

    fn fill_loop(&mut self, p: Value, v: Value, n: u64) -> DResult<()> {
        let vs = self.spill(v);
        let nn = self.usize_const(n as i128);
        self.counted_loop(nn, &mut |b, i| {
            let ea = b.emit(OpKind::ElemAddr(p.clone(), i), b.g.value_type(&p, &b.cx.m));
            let val = b.load(vs.clone());
            b.store(ea, val);
            Ok(())
        })
    }

    fn loop_idx(&self, label: Option<&syn::Lifetime>) -> usize {
        match label {
            None => self.loops.iter().rposition(|l| !l.is_block).unwrap(),
            Some(l) => self.loops.iter().rposition(|x| x.label.as_deref() == Some(&l.ident.to_string())).unwrap(),
        }
    }

    pub fn lit(&mut self, l: &syn::Lit, ty: &Ty) -> Value {
        let lt = self.lty(ty);
        match l {
            syn::Lit::Int(i) => {
                if *ty == Ty::F64 || *ty == Ty::F32 {
                    return self.float_const(i.base10_parse::<f64>().unwrap_or(0.0), ty);
                }
                // Negative literals in patterns arrive as one token (`-1`).
                let v: i128 = i.base10_parse::<i128>().or_else(|_| i.base10_parse::<u128>().map(|u| u as i128)).unwrap_or(0);
                Value::Const(Const::Int(wrap_int(v, &lt), lt))
            }
            syn::Lit::Float(f) => {
                // An f32 literal is the f64 nearest its text, rounded once more to f32 —
                // the same as rustc except for rare double-rounding cases.
                let v = if *ty == Ty::F32 { f.base10_parse::<f32>().map(|x| x as f64) } else { f.base10_parse::<f64>() };
                self.float_const(v.unwrap_or(0.0), ty)
            }
            syn::Lit::Bool(b) => Value::Const(Const::Bool(b.value)),
            syn::Lit::Char(c) => Value::Const(Const::Int(c.value() as i128, LType::int(32, false))),
            syn::Lit::Byte(b) => Value::Const(Const::Int(b.value() as i128, LType::int(8, false))),
            syn::Lit::Str(s) => self.str_lit(&s.value()),
            syn::Lit::ByteStr(b) => {
                let g = self.cx.bytes_global(&b.value());
                Value::Const(Const::GlobalAddr(g))
            }
            _ => Value::Const(Const::Unit),
        }
    }

    fn float_const(&mut self, v: f64, ty: &Ty) -> Value {
        if *ty == Ty::F32 {
            return self.emit(OpKind::Cast(Value::Const(Const::F64(v)), LType::F32), LType::F32);
        }
        Value::Const(Const::F64(v))
    }

    pub fn cast(&mut self, v: Value, from: &Ty, to: &Ty, lt: LType) -> Value {
        // A field-less enum casts through its tag.
        if let Ty::Adt(..) = from {
            let tag = self.field_of(v, 0);
            let signed = self.emit(OpKind::Cast(tag, LType::int(32, true)), LType::int(32, true));
            return self.emit(OpKind::Cast(signed, lt.clone()), lt);
        }
        match (from, to) {
            (Ty::Ref(..) | Ty::Ptr(_), Ty::Ptr(_)) => v,
            _ if self.vty(&v) == lt => v,
            _ => self.emit(OpKind::Cast(v, lt.clone()), lt),
        }
    }

    fn unary(&mut self, e: E, u: &'static syn::ExprUnary, ty: &Ty) -> DResult<Value> {
        match u.op {
            syn::UnOp::Deref(_) => {
                let p = self.place(e)?;
                Ok(self.read_place(&p))
            }
            // `!x` / `-x` on a user type: `Not::not(x)` / `Neg::neg(x)`.
            syn::UnOp::Not(_) | syn::UnOp::Neg(_) if self.t.op_call.contains_key(&key(e)) => {
                let c = self.t.op_call[&key(e)].clone();
                let v = self.expr(&u.expr)?;
                self.call_callee(&c, vec![v], u.span())
            }
            syn::UnOp::Not(_) => {
                let v = self.expr(&u.expr)?;
                let v = self.deref_to_prim(v, &self.ty_of(&u.expr));
                let lt = self.lty(ty);
                Ok(self.emit(OpKind::Un(UnOp::Not, v), lt))
            }
            syn::UnOp::Neg(_) => {
                // `-128i8` style literals fold; everything else negates.
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) = &*u.expr {
                    let lt = self.lty(ty);
                    if let LType::Int { .. } = lt {
                        let v: i128 = i.base10_parse::<u128>().unwrap_or(0) as i128;
                        return Ok(Value::Const(Const::Int(wrap_int(-v, &lt), lt)));
                    }
                }
                let v = self.expr(&u.expr)?;
                let v = self.deref_to_prim(v, &self.ty_of(&u.expr));
                let lt = self.lty(ty);
                Ok(self.emit(OpKind::Un(UnOp::Neg, v), lt))
            }
            _ => Err(self.err(u.span(), "unsupported unary operator")),
        }
    }

    /// Loads through references until a primitive value remains.
    pub fn deref_to_prim(&mut self, mut v: Value, t: &Ty) -> Value {
        let mut t = t.clone();
        while let Ty::Ref(x, _) = t {
            v = self.load(v);
            t = *x;
        }
        v
    }

    fn try_expr(&mut self, e: E, t: &'static syn::ExprTry) -> DResult<Value> {
        let v = self.expr(&t.expr)?;
        let it = self.ty_of(&t.expr);
        let lt = self.lty(&it);
        let a = self.spill_typed(v, lt);
        let tag_a = self.field_addr(a.clone(), 0);
        let tag = self.load(tag_a);
        let Ty::Adt(d, _) = &it else { unreachable!() };
        let is_option = self.cx.prog.is_lang(*d, "Option");
        // Option: None = 0, Some = 1. Result: Ok = 0, Err = 1.
        let ok_variant: u32 = if is_option { 1 } else { 0 };
        let ok = self.bin(BinOp::Eq, tag, Value::Const(Const::Int(ok_variant as i128, LType::int(32, false))));
        let good = self.new_block();
        let bad = self.new_block();
        self.branch(ok, good, bad);
        self.switch_to(bad);
        let ret_ty = match &self.closure_ret {
            Some(t) => t.clone(),
            None => self.cx.prog.sig(self.def)?.ret.subst(&self.env),
        };
        let ret_ty = self.cx.normalized(&ret_ty);
        let r = if is_option {
            self.construct(&ret_ty, 0, vec![])
        } else {
            let pl = self.field_addr(a.clone(), 1);
            let va = self.field_addr(pl, 1);
            let ea = self.field_addr(va, 0);
            let mut err = self.load(ea);
            if let Some(conv) = self.t.op_call.get(&key(e)).cloned() {
                err = self.call_callee(&conv, vec![err], t.question_token.span)?;
            }
            self.construct(&ret_ty, 1, vec![err])
        };
        self.terminate(Exit::Return(r));
        self.switch_to(good);
        let pl = self.field_addr(a, 1);
        let va = self.field_addr(pl, ok_variant);
        let x = self.field_addr(va, 0);
        Ok(self.load(x))
    }
}

/// Wraps a literal to the width of its type (two's complement).
pub fn wrap_int(v: i128, lt: &LType) -> i128 {
    match lt {
        LType::Int { bits, signed } => {
            let b = *bits as u32;
            let m = if b >= 128 { v } else { v & ((1i128 << b) - 1) };
            if *signed && b < 128 && m >= (1i128 << (b - 1)) {
                m - (1i128 << b)
            } else {
                m
            }
        }
        _ => v,
    }
}
