//! Operations -> CIL instructions (part of `func`).
//!
//! Invariants: as in `func`; in addition, every operation leaves the evaluation stack as
//! it found it, and integer results are in the representation a local of their type loads
//! (sign- or zero-extended to the stack width).

use super::{FnEmit, Loc};
use crate::{rt_ref, Helper, Repr, Sc, St};
use pyrite_ir::*;

impl<'a, 'm> FnEmit<'a, 'm> {
    pub(super) fn op(&mut self, op: &Op) -> Result<(), String> {
        let g = self.g;
        let m = self.cx.m;
        let rty = op.result.map(|r| g.var_type(r).clone()).unwrap_or(LType::Unit);
        match &op.kind {
            OpKind::Bin(o, a, b) => {
                let t = self.ty(a);
                self.bin(*o, &t, a, b)?;
                self.store_result(op, true)?;
            }
            OpKind::Un(o, a) => {
                let t = self.ty(a);
                self.push(a)?;
                match (o, &t) {
                    (UnOp::Neg, _) => self.line("neg"),
                    (UnOp::Not, LType::Bool) => {
                        self.line("ldc.i4.1");
                        self.line("xor");
                    }
                    (UnOp::Not, _) => self.line("not"),
                }
                self.store_result(op, true)?;
            }
            OpKind::Cast(a, to) => {
                if to.is_unit() {
                    return self.store_result(op, false);
                }
                let from = self.ty(a);
                self.push(a)?;
                self.cast(&from, to)?;
                self.store_result(op, true)?;
            }
            OpKind::PtrCast(a, _) => {
                self.push(a)?;
                self.store_result(op, true)?;
            }
            OpKind::Copy(a) => {
                let t = self.ty(a);
                match self.repr_of(&t)? {
                    Repr::None => self.store_result(op, false)?,
                    Repr::Scalar(_) => {
                        self.push(a)?;
                        self.store_result(op, true)?;
                    }
                    Repr::Agg(size, _) => {
                        self.agg_result(op)?;
                        self.push(a)?;
                        self.copy_mem(size);
                    }
                }
            }
            OpKind::SlotAddr(s) if self.promoted.contains_key(s) => {}
            OpKind::Load(Value::Var(x)) if self.promoted_addrs.contains_key(x) => {
                let l = self.promoted[&self.promoted_addrs[x]];
                self.line(&format!("ldloc {}", l));
                self.store_result(op, true)?;
            }
            OpKind::Store(Value::Var(x), v) if self.promoted_addrs.contains_key(x) => {
                let l = self.promoted[&self.promoted_addrs[x]];
                self.push(v)?;
                self.line(&format!("stloc {}", l));
            }
            OpKind::SlotAddr(s) => {
                let off = self.slot_off[s.0 as usize];
                self.frame_addr(off);
                self.store_result(op, true)?;
            }
            OpKind::Load(p) => match self.repr_of(&rty)? {
                Repr::None => self.store_result(op, false)?,
                Repr::Scalar(sc) => {
                    self.push(p)?;
                    self.line(sc.ldind());
                    self.store_result(op, true)?;
                }
                Repr::Agg(size, _) => {
                    self.agg_result(op)?;
                    self.push(p)?;
                    self.copy_mem(size);
                }
            },
            OpKind::Store(p, v) => {
                let vt = self.ty(v);
                let size = match self.repr_of(&vt)? {
                    Repr::None => return Ok(()),
                    Repr::Scalar(sc) => {
                        self.push(p)?;
                        self.push(v)?;
                        self.line(sc.stind());
                        sc.bits() as u64 / 8
                    }
                    Repr::Agg(size, _) => {
                        self.push(p)?;
                        self.push(v)?;
                        self.copy_mem(size);
                        size
                    }
                };
                if self.needs_barrier(p, &vt) {
                    self.push(p)?;
                    self.line(&format!("ldc.i4 {}", size));
                    self.line("conv.u");
                    self.line(&format!("call {}", rt_ref("h_gc_wb")));
                }
            }
            OpKind::FieldAddr(p, i) => {
                let pt = self.ty(p);
                let Some(LType::Struct(id)) = pt.pointee() else {
                    return Err(format!("internal error: field address through {}", pt));
                };
                let off = self.cx.lay.field_offset(*id, *i);
                self.push(p)?;
                if off > 0 {
                    self.line(&format!("ldc.i4 {}", off));
                    self.line("add");
                }
                self.store_result(op, true)?;
            }
            OpKind::ElemAddr(p, i) => {
                let pt = self.ty(p);
                self.push(p)?;
                if let Some(e) = pt.pointee().filter(|e| !e.is_unit()) {
                    let size = self.cx.lay.size(&e.clone());
                    let isc = self.sc_of(i)?;
                    self.push(i)?;
                    self.to_native(isc);
                    if size != 1 {
                        self.line(&format!("ldc.i4 {}", size));
                        self.line("mul");
                    }
                    self.line("add");
                }
                self.store_result(op, true)?;
            }
            OpKind::Call(callee, args) => self.call(op, callee, args)?,
            OpKind::Malloc(t, n) if m.gc.is_some() => {
                let tid = m.gc.as_ref().map(|i| i.tid(t)).unwrap_or(0);
                self.line(&format!("ldc.i4 {}", tid));
                let nsc = self.sc_of(n)?;
                self.push(n)?;
                self.to_native(nsc);
                self.line(&format!("call {}", rt_ref("h_gc_new")));
                self.store_result(op, true)?;
            }
            OpKind::Realloc(t, p, old, new) if m.gc.is_some() => {
                let tid = m.gc.as_ref().map(|i| i.tid(t)).unwrap_or(0);
                self.push(p)?;
                self.line(&format!("ldc.i4 {}", tid));
                for n in [old, new] {
                    let nsc = self.sc_of(n)?;
                    self.push(n)?;
                    self.to_native(nsc);
                }
                self.line(&format!("call {}", rt_ref("h_gc_grow")));
                self.store_result(op, true)?;
            }
            OpKind::Malloc(t, n) => {
                if t.is_unit() {
                    self.line("ldc.i4.1");
                    self.line("conv.u");
                } else {
                    let es = self.cx.lay.size(t);
                    let nsc = self.sc_of(n)?;
                    self.push(n)?;
                    self.to_native(nsc);
                    self.line(&format!("ldc.i4 {}", es));
                    self.line("mul");
                }
                self.line(&format!("call {}", rt_ref("h_pyr_gc_alloc")));
                self.store_result(op, true)?;
            }
            OpKind::Realloc(t, p, old, new) => {
                let es = self.cx.lay.size(t).max(1);
                self.push(p)?;
                for n in [old, new] {
                    let nsc = self.sc_of(n)?;
                    self.push(n)?;
                    self.to_native(nsc);
                    self.line(&format!("ldc.i4 {}", es));
                    self.line("mul");
                }
                self.line(&format!("call {}", rt_ref("h_pyr_gc_realloc")));
                self.store_result(op, true)?;
            }
            OpKind::MemCopy(d, s, n) => {
                let dt = self.ty(d);
                if let Some(e) = dt.pointee().filter(|e| !e.is_unit()) {
                    let es = self.cx.lay.size(&e.clone());
                    self.push(d)?;
                    self.push(s)?;
                    let nsc = self.sc_of(n)?;
                    self.push(n)?;
                    self.to_native(nsc);
                    if es != 1 {
                        self.line(&format!("ldc.i4 {}", es));
                        self.line("mul");
                    }
                    self.line(&format!("call {}", rt_ref("h_memmove")));
                    self.line("pop");
                    if self.needs_barrier(d, &e) {
                        self.push(d)?;
                        self.push(n)?;
                        self.to_native(nsc);
                        self.line(&format!("ldc.i4 {}", es));
                        self.line("mul");
                        self.line(&format!("call {}", rt_ref("h_gc_wb")));
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether a store of a `t` through `p` needs the card-marking barrier (see `gc.rs`).
    fn needs_barrier(&self, p: &Value, t: &LType) -> bool {
        let m = self.cx.m;
        let card = m.gc.as_ref().is_some_and(|i| i.card_barrier);
        let exempt = match p {
            Value::Var(x) => self.g.unbarriered.contains(x),
            Value::Const(_) => true,
        };
        card && !exempt && pyrite_ir::gc::holds_refs(&m.structs, t)
    }

    /// Pushes the memory of an aggregate result of `op` (defining the variable).
    fn agg_result(&mut self, op: &Op) -> Result<(), String> {
        let r = op.result.ok_or("internal error: aggregate operation without a result")?;
        match self.def_loc(r)? {
            Loc::Frame(off) => {
                self.frame_addr(off);
                Ok(())
            }
            _ => Err("internal error: aggregate result without memory".into()),
        }
    }

    fn call(&mut self, op: &Op, callee: &Callee, args: &[Value]) -> Result<(), String> {
        let m = self.cx.m;
        let sig = m.callee_sig(callee, self.g).ok_or("internal error: indirect call through a non-function")?;
        self.maxstack = self.maxstack.max(8 + args.len());
        let ret = self.repr_of(&sig.ret)?;
        if let Repr::Agg(size, align) = ret {
            if matches!(callee, Callee::Extern(_)) {
                return Err("error: the CLI backend cannot return an aggregate from a runtime function".into());
            }
            match op.result {
                Some(_) => self.agg_result(op)?,
                None => {
                    let off = self.alloc(size, align);
                    self.frame_addr(off);
                }
            }
        }
        for a in args {
            self.push(a)?;
        }
        match callee {
            Callee::Func(f) => {
                let r = self.cx.func_refs[f.0 as usize].clone();
                self.line(&format!("call {}", r));
            }
            Callee::Extern(e) => {
                let r = self.cx.extern_refs[e.0 as usize].clone();
                self.line(&format!("call {}", r));
            }
            Callee::Indirect(fp) => {
                let (rt, ps) = self.cx.internal_sig(&sig)?;
                self.push(fp)?;
                self.line(&format!("calli default {}({})", rt, ps.join(", ")));
            }
        }
        match ret {
            Repr::Scalar(_) => self.store_result(op, true),
            Repr::None => self.store_result(op, false),
            Repr::Agg(..) => Ok(()),
        }
    }

    fn bin(&mut self, o: BinOp, t: &LType, a: &Value, b: &Value) -> Result<(), String> {
        use BinOp::*;
        let sc = match self.repr_of(t)? {
            Repr::Scalar(sc) => sc,
            _ => return Err(format!("internal error: {:?} on {}", o, t)),
        };
        let float = sc.stack() == St::F;
        let unsigned = !float && !sc.signed();
        self.push(a)?;
        self.push(b)?;
        if matches!(o, Shl | Shr) {
            let bsc = self.sc_of(b)?;
            if bsc.stack() == St::I64 {
                self.line("conv.i4");
            }
        }
        let ins: &[&str] = match o {
            Add => &["add"],
            Sub => &["sub"],
            Mul => &["mul"],
            And => &["and"],
            Or => &["or"],
            Xor => &["xor"],
            Shl => &["shl"],
            Shr if unsigned => &["shr.un"],
            Shr => &["shr"],
            Div | Rem if float || unsigned || sc.bits() < 32 => {
                if o == Div {
                    if unsigned {
                        &["div.un"]
                    } else {
                        &["div"]
                    }
                } else if unsigned {
                    &["rem.un"]
                } else {
                    &["rem"]
                }
            }
            Div | Rem => {
                // MIN / -1 overflows in the CLI; it wraps as in the C backend.
                let wide = sc.stack() == St::I64;
                let h = if o == Div { self.cx.helper(Helper::SDiv(wide)) } else { self.cx.helper(Helper::SRem(wide)) };
                self.line(&format!("call {}", h));
                return Ok(());
            }
            Eq => &["ceq"],
            Ne => &["ceq", "ldc.i4.0", "ceq"],
            Lt if unsigned || sc == Sc::Ptr => &["clt.un"],
            Lt => &["clt"],
            Gt if unsigned || sc == Sc::Ptr => &["cgt.un"],
            Gt => &["cgt"],
            // Le = !(a > b); for floats the unordered form, so NaN compares false.
            Le if float => &["cgt.un", "ldc.i4.0", "ceq"],
            Le if unsigned || sc == Sc::Ptr => &["cgt.un", "ldc.i4.0", "ceq"],
            Le => &["cgt", "ldc.i4.0", "ceq"],
            Ge if float => &["clt.un", "ldc.i4.0", "ceq"],
            Ge if unsigned || sc == Sc::Ptr => &["clt.un", "ldc.i4.0", "ceq"],
            Ge => &["clt", "ldc.i4.0", "ceq"],
        };
        for i in ins {
            self.line(i);
        }
        Ok(())
    }

    /// Converts the value of type `from` on the stack to `to` with Rust `as` semantics.
    fn cast(&mut self, from: &LType, to: &LType) -> Result<(), String> {
        let (Repr::Scalar(f), Repr::Scalar(t)) = (self.repr_of(from)?, self.repr_of(to)?) else {
            return Err(format!("internal error: cast from {} to {}", from, to));
        };
        let signed_src = f.signed();
        if matches!(to, LType::Bool) {
            if *from != LType::Bool {
                self.push_zero(f.stack(), f);
                self.line("ceq");
                self.line("ldc.i4.0");
                self.line("ceq");
            }
            return Ok(());
        }
        match (f.stack(), t) {
            (St::F, Sc::F32) => self.line("conv.r4"),
            (St::F, Sc::F64) => self.line("conv.r8"),
            (St::F, _) => {
                if f == Sc::F32 {
                    self.line("conv.r8");
                }
                let h = self.cx.helper(Helper::F2I(t));
                self.line(&format!("call {}", h));
                if t.bits() < 32 {
                    self.narrow(t);
                }
            }
            (_, Sc::F32 | Sc::F64) => {
                if !signed_src {
                    self.line("conv.r.un");
                }
                self.line(if t == Sc::F32 { "conv.r4" } else { "conv.r8" });
            }
            (st, _) => match t {
                Sc::I8 | Sc::U8 | Sc::I16 | Sc::U16 => self.narrow(t),
                Sc::I32 | Sc::U32 => {
                    if st != St::I32 {
                        self.line("conv.i4");
                    }
                }
                Sc::I64 | Sc::U64 => match st {
                    St::I32 => self.line(if signed_src { "conv.i8" } else { "conv.u8" }),
                    St::N => self.line("conv.u8"),
                    _ => {}
                },
                Sc::Ptr => match st {
                    St::I32 => self.line(if signed_src { "conv.i" } else { "conv.u" }),
                    St::I64 => self.line("conv.u"),
                    _ => {}
                },
                Sc::F32 | Sc::F64 => unreachable!("handled above"),
            },
        }
        Ok(())
    }

    fn narrow(&mut self, t: Sc) {
        self.line(match t {
            Sc::I8 => "conv.i1",
            Sc::U8 => "conv.u1",
            Sc::I16 => "conv.i2",
            _ => "conv.u2",
        });
    }
}
