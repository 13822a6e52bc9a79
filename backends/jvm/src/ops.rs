//! The operations of a block -> bytecode (part of the lowering in `func.rs`).
//!
//! Invariants (besides those of `func.rs`):
//! - Each operation leaves the operand stack as it found it: its result goes to its
//!   variable's location, or is popped when the result is unused or unit.
//! - Arithmetic wraps like the IR's (JVM `int`/`long` arithmetic wraps; narrow results are
//!   renormalised); signed `MIN / -1` gives `MIN` on the JVM, as the IR asks; float `%` is
//!   `drem`/`frem`, which is C's `fmod`; float-to-int casts saturate (JVM `d2i`/`d2l` do,
//!   narrower and unsigned targets go through the runtime).

use crate::asm::op;
use crate::func::{is_agg, load_op, store_op, Fn, Loc};
use crate::{jtype, JType, RT};
use pyrite_ir::*;

impl<'a, 'm> Fn<'a, 'm> {
    /// Stores the value at the stack top (of JVM type `jt`) as the result of `o`.
    fn def(&mut self, o: &Op, jt: Option<JType>) {
        if o.result.is_some() && o.result == self.keep {
            return; // stays on the stack for the next operation (see `first_push`)
        }
        match o.result.map(|r| self.locs[r.0 as usize]) {
            Some(Loc::Local(..)) => self.pop_into(o.result.unwrap()),
            _ => self.pop_discard(jt),
        }
    }

    /// Memory for an aggregate result of `o` (its variable's, or scratch when unused).
    fn result_mem(&mut self, o: &Op, t: &LType) -> u64 {
        match o.result.map(|r| self.locs[r.0 as usize]) {
            Some(Loc::Frame(off)) => off,
            _ => self.frame_mem(t),
        }
    }

    fn push_long(&mut self, v: &Value) -> Result<(), String> {
        let t = self.ty(v);
        self.push(v)?;
        self.to_long(&t)
    }

    /// Pushes `n * size` as a `long` byte count.
    fn push_bytes(&mut self, n: &Value, size: u64) -> Result<(), String> {
        self.push_long(n)?;
        if size != 1 {
            self.code.lconst(&mut self.cx.pool, size as i64);
            self.code.op(op::LMUL, -2);
        }
        Ok(())
    }

    /// The variable `o` pushes before anything else, if it pushes a variable first (so an
    /// operation right before it may leave that variable on the stack instead of storing
    /// and reloading it).
    pub(crate) fn first_push(&self, o: &Op) -> Option<Var> {
        let var = |v: &Value| match v {
            Value::Var(x) => Some(*x),
            _ => None,
        };
        let scalar = |v: &Value| {
            let t = self.ty(v);
            !t.is_unit() && !is_agg(&t)
        };
        match &o.kind {
            OpKind::Load(Value::Var(x)) | OpKind::Store(Value::Var(x), _) if self.promoted_addrs.contains_key(x) => None,
            OpKind::Bin(_, x, _) | OpKind::Un(_, x) => var(x),
            OpKind::Cast(x, to) if !to.is_unit() => var(x),
            OpKind::PtrCast(x, _) | OpKind::Copy(x) if scalar(x) => var(x),
            OpKind::Load(p) => {
                let t = o.result.map(|r| self.g.var_type(r).clone()).unwrap_or(LType::Unit);
                if !t.is_unit() && !is_agg(&t) { var(p) } else { None }
            }
            OpKind::Store(p, v) if !self.ty(v).is_unit() => var(p),
            OpKind::FieldAddr(p, _) | OpKind::ElemAddr(p, _) | OpKind::Realloc(_, p, _, _) => var(p),
            OpKind::Malloc(t, n) if !t.is_unit() => var(n),
            OpKind::MemCopy(d, _, _) if self.ty(d).pointee().is_some_and(|e| !e.is_unit()) => var(d),
            OpKind::Call(callee, args) => {
                let sig = self.cx.m.callee_sig(callee, self.g)?;
                if is_agg(&sig.ret) {
                    return None;
                }
                let a = args.first()?;
                if scalar(a) { var(a) } else { None }
            }
            _ => None,
        }
    }

    pub(crate) fn op(&mut self, o: &Op) -> Result<(), String> {
        let m = self.cx.m;
        if m.gc.is_some() {
            return Err("error: the JVM backend supports only `--gc none`".into());
        }
        match &o.kind {
            OpKind::SlotAddr(s) if self.promoted.contains_key(s) => {}
            OpKind::Load(Value::Var(x)) if self.promoted_addrs.contains_key(x) => {
                let (l, jt) = self.promoted[&self.promoted_addrs[x]];
                self.code.local(load_op(jt), l, jt.slots());
                self.def(o, Some(jt));
            }
            OpKind::Store(Value::Var(x), v) if self.promoted_addrs.contains_key(x) => {
                let (l, jt) = self.promoted[&self.promoted_addrs[x]];
                self.push(v)?;
                self.code.local(store_op(jt), l, -jt.slots());
            }
            OpKind::Bin(b, x, y) => {
                let t = self.ty(x);
                self.bin(*b, &t, x, y)?;
                let rt = o.result.map(|r| self.g.var_type(r).clone()).unwrap_or(LType::Bool);
                let jt = jtype(&rt)?;
                self.def(o, jt);
            }
            OpKind::Un(u, x) => {
                let t = self.ty(x);
                self.push(x)?;
                let pool = &mut self.cx.pool;
                match (u, jtype(&t)?) {
                    (UnOp::Neg, Some(JType::I)) => self.code.op(op::INEG, 0),
                    (UnOp::Neg, Some(JType::J)) => self.code.op(op::LNEG, 0),
                    (UnOp::Neg, Some(JType::F)) => self.code.op(op::FNEG, 0),
                    (UnOp::Neg, Some(JType::D)) => self.code.op(op::DNEG, 0),
                    (UnOp::Not, Some(JType::I)) => {
                        self.code.iconst(pool, if t == LType::Bool { 1 } else { -1 });
                        self.code.op(op::IXOR, -1);
                    }
                    (UnOp::Not, Some(JType::J)) => {
                        self.code.lconst(pool, -1);
                        self.code.op(op::LXOR, -2);
                    }
                    _ => return Err(format!("internal error: {:?} on {}", u, t)),
                }
                self.norm(&t);
                self.def(o, jtype(&t)?);
            }
            OpKind::Cast(x, to) => {
                if to.is_unit() {
                    return Ok(());
                }
                let from = self.ty(x);
                self.push(x)?;
                self.cast(&from, to)?;
                self.def(o, jtype(to)?);
            }
            OpKind::PtrCast(x, _) | OpKind::Copy(x) => {
                let t = self.ty(x);
                if is_agg(&t) {
                    let size = self.cx.lay.size(&t);
                    let d = self.result_mem(o, &t);
                    self.push_fp_off(d);
                    self.push(x)?;
                    self.copy_bytes(size);
                } else {
                    self.push(x)?;
                    self.def(o, jtype(&t)?);
                }
            }
            OpKind::SlotAddr(s) => {
                let off = self.slot_off[s.0 as usize];
                self.push_fp_off(off);
                self.def(o, Some(JType::J));
            }
            OpKind::Load(p) => {
                let t = o.result.map(|r| self.g.var_type(r).clone()).unwrap_or(LType::Unit);
                if is_agg(&t) {
                    let size = self.cx.lay.size(&t);
                    let d = self.result_mem(o, &t);
                    self.push_fp_off(d);
                    self.push(p)?;
                    self.copy_bytes(size);
                } else if let Some(jt) = jtype(&t)? {
                    self.push(p)?;
                    let (name, desc) = load_helper(&t);
                    self.rt(name, desc);
                    self.norm(&t);
                    self.def(o, Some(jt));
                }
            }
            OpKind::Store(p, v) => {
                let t = self.ty(v);
                if is_agg(&t) {
                    let size = self.cx.lay.size(&t);
                    self.push(p)?;
                    self.push(v)?;
                    self.copy_bytes(size);
                } else if jtype(&t)?.is_some() {
                    self.push(p)?;
                    self.push(v)?;
                    let (name, desc) = store_helper(&t);
                    self.rt(name, desc);
                }
            }
            OpKind::FieldAddr(p, i) => {
                let pt = self.ty(p);
                let Some(LType::Struct(id)) = pt.pointee() else { return Err(format!("internal error: field address through {}", pt)) };
                let off = self.cx.lay.field_offset(*id, *i);
                self.push(p)?;
                if off != 0 {
                    self.code.lconst(&mut self.cx.pool, off as i64);
                    self.code.op(op::LADD, -2);
                }
                self.def(o, Some(JType::J));
            }
            OpKind::ElemAddr(p, i) => {
                let pt = self.ty(p);
                self.push(p)?;
                if let Some(e) = pt.pointee().filter(|e| !e.is_unit()) {
                    let size = self.cx.lay.size(&e.clone());
                    self.push_bytes(i, size)?;
                    self.code.op(op::LADD, -2);
                }
                self.def(o, Some(JType::J));
            }
            OpKind::Call(callee, args) => self.call(o, callee, args)?,
            OpKind::Malloc(t, n) => {
                if t.is_unit() {
                    self.code.lconst(&mut self.cx.pool, 1);
                } else {
                    let es = self.cx.lay.size(t);
                    self.push_bytes(n, es)?;
                }
                self.rt("pyr_gc_alloc", "(J)J");
                self.def(o, Some(JType::J));
            }
            OpKind::Realloc(t, p, old, new) => {
                let es = self.cx.lay.size(t).max(1);
                self.push(p)?;
                self.push_bytes(old, es)?;
                self.push_bytes(new, es)?;
                self.rt("pyr_gc_realloc", "(JJJ)J");
                self.def(o, Some(JType::J));
            }
            OpKind::MemCopy(d, s, n) => {
                let dt = self.ty(d);
                if let Some(e) = dt.pointee().filter(|e| !e.is_unit()) {
                    let es = self.cx.lay.size(&e.clone());
                    self.push(d)?;
                    self.push(s)?;
                    self.push_bytes(n, es)?;
                    self.rt("copy", "(JJJ)V");
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, o: &Op, callee: &Callee, args: &[Value]) -> Result<(), String> {
        let m = self.cx.m;
        let sig = m.callee_sig(callee, self.g).ok_or("internal error: indirect call through a non-function")?;
        let agg_ret = is_agg(&sig.ret);
        if agg_ret {
            if matches!(callee, Callee::Extern(_)) {
                return Err("error: the JVM backend cannot return an aggregate from a runtime function".into());
            }
            let d = self.result_mem(o, &sig.ret);
            self.push_fp_off(d);
        }
        for a in args {
            self.push(a)?;
        }
        match callee {
            Callee::Func(f) => {
                let (class, name, desc) = self.cx.func_ref(f.0 as usize)?;
                self.code.invokestatic(&mut self.cx.pool, &class, &name, &desc);
            }
            Callee::Extern(e) => {
                let ext = &m.externs[e.0 as usize];
                let desc = self.cx.extern_desc(ext)?;
                let name = crate::rt_name(&ext.name);
                self.code.invokestatic(&mut self.cx.pool, RT, &name, &desc);
            }
            Callee::Indirect(fp) => {
                self.push(fp)?;
                let (class, name, desc) = self.cx.dispatcher(&sig)?;
                self.code.invokestatic(&mut self.cx.pool, &class, &name, &desc);
            }
        }
        if !agg_ret {
            self.def(o, jtype(&sig.ret)?);
        }
        Ok(())
    }

    fn bin(&mut self, b: BinOp, t: &LType, x: &Value, y: &Value) -> Result<(), String> {
        use BinOp::*;
        let jt = jtype(t)?.ok_or_else(|| format!("internal error: {:?} on {}", b, t))?;
        let unsigned = matches!(t, LType::Int { signed: false, .. } | LType::Ptr(_) | LType::FnPtr(_));
        let wide_unsigned = unsigned && matches!(t, LType::Int { bits: 32 | 64, .. } | LType::Ptr(_) | LType::FnPtr(_));
        self.push(x)?;
        if matches!(b, Shl | Shr) {
            let yt = self.ty(y);
            self.push(y)?;
            if jtype(&yt)? == Some(JType::J) {
                self.code.op(op::L2I, -1);
            }
        } else {
            self.push(y)?;
        }
        let pool = &mut self.cx.pool;
        if matches!(b, Eq | Ne | Lt | Le | Gt | Ge) {
            let cond = match b {
                Eq => op::IFEQ,
                Ne => op::IFNE,
                Lt => op::IFLT,
                Le => op::IFLE,
                Gt => op::IFGT,
                _ => op::IFGE,
            };
            match jt {
                JType::I if wide_unsigned => {
                    self.code.invokestatic(pool, "java/lang/Integer", "compareUnsigned", "(II)I");
                    self.code.cond_to_bool(cond);
                }
                JType::I => self.code.cond_to_bool(cond - op::IFEQ + op::IF_ICMPEQ),
                JType::J => {
                    if wide_unsigned && !matches!(b, Eq | Ne) {
                        self.code.invokestatic(pool, "java/lang/Long", "compareUnsigned", "(JJ)I");
                    } else {
                        self.code.op(op::LCMP, -3);
                    }
                    self.code.cond_to_bool(cond);
                }
                JType::F | JType::D => {
                    let g = matches!(b, Lt | Le);
                    let o = match (jt, g) {
                        (JType::F, true) => op::FCMPG,
                        (JType::F, false) => op::FCMPL,
                        (_, true) => op::DCMPG,
                        _ => op::DCMPL,
                    };
                    self.code.op(o, if jt == JType::F { -1 } else { -3 });
                    self.code.cond_to_bool(cond);
                }
            }
            return Ok(());
        }
        let (int_op, long_op, f_op, d_op) = match b {
            Add => (op::IADD, op::LADD, op::FADD, op::DADD),
            Sub => (op::ISUB, op::LSUB, op::FSUB, op::DSUB),
            Mul => (op::IMUL, op::LMUL, op::FMUL, op::DMUL),
            Div => (op::IDIV, op::LDIV, op::FDIV, op::DDIV),
            Rem => (op::IREM, op::LREM, op::FREM, op::DREM),
            And => (op::IAND, op::LAND, 0, 0),
            Or => (op::IOR, op::LOR, 0, 0),
            Xor => (op::IXOR, op::LXOR, 0, 0),
            Shl => (op::ISHL, op::LSHL, 0, 0),
            Shr if unsigned => (op::IUSHR, op::LUSHR, 0, 0),
            Shr => (op::ISHR, op::LSHR, 0, 0),
            _ => unreachable!(),
        };
        match jt {
            JType::I if wide_unsigned && matches!(b, Div | Rem) => {
                let name = if b == Div { "divideUnsigned" } else { "remainderUnsigned" };
                self.code.invokestatic(pool, "java/lang/Integer", name, "(II)I");
            }
            JType::J if wide_unsigned && matches!(b, Div | Rem) => {
                let name = if b == Div { "divideUnsigned" } else { "remainderUnsigned" };
                self.code.invokestatic(pool, "java/lang/Long", name, "(JJ)J");
            }
            JType::I => self.code.op(int_op, -1),
            JType::J => self.code.op(long_op, if matches!(b, Shl | Shr) { -1 } else { -2 }),
            JType::F if f_op != 0 => self.code.op(f_op, -1),
            JType::D if d_op != 0 => self.code.op(d_op, -2),
            _ => return Err(format!("internal error: {:?} on {}", b, t)),
        }
        self.norm(t);
        Ok(())
    }

    /// Converts the value at the stack top from `from` to `to` with Rust `as` semantics.
    fn cast(&mut self, from: &LType, to: &LType) -> Result<(), String> {
        let (fj, tj) = (jtype(from)?, jtype(to)?);
        let (Some(fj), Some(tj)) = (fj, tj) else { return Err(format!("internal error: cast from {} to {}", from, to)) };
        let pool = &mut self.cx.pool;
        let fsigned = !matches!(from, LType::Int { signed: false, .. } | LType::Ptr(_) | LType::FnPtr(_));
        let is_u32 = |t: &LType| matches!(t, LType::Int { bits: 32, signed: false });
        let is_u64 = |t: &LType| matches!(t, LType::Int { bits: 64, signed: false } | LType::Ptr(_) | LType::FnPtr(_));
        if *to == LType::Bool {
            match fj {
                JType::I => self.code.cond_to_bool(op::IFNE),
                JType::J => {
                    self.code.lconst(pool, 0);
                    self.code.op(op::LCMP, -3);
                    self.code.cond_to_bool(op::IFNE);
                }
                JType::F => {
                    self.code.fconst(pool, 0.0);
                    self.code.op(op::FCMPL, -1);
                    self.code.cond_to_bool(op::IFNE);
                }
                JType::D => {
                    self.code.dconst(pool, 0.0);
                    self.code.op(op::DCMPL, -3);
                    self.code.cond_to_bool(op::IFNE);
                }
            }
            return Ok(());
        }
        match (fj, tj) {
            (JType::I, JType::I) => self.norm(to),
            (JType::I, JType::J) => {
                self.code.op(op::I2L, 1);
                if is_u32(from) {
                    self.code.lconst(pool, 0xffff_ffff);
                    self.code.op(op::LAND, -2);
                }
            }
            (JType::J, JType::I) => {
                self.code.op(op::L2I, -1);
                self.norm(to);
            }
            (JType::J, JType::J) => {}
            (JType::F, JType::D) => self.code.op(op::F2D, 1),
            (JType::D, JType::F) => self.code.op(op::D2F, -1),
            (JType::F, JType::F) | (JType::D, JType::D) => {}
            (JType::F | JType::D, JType::I | JType::J) => {
                if fj == JType::F {
                    self.code.op(op::F2D, 1);
                }
                let LType::Int { bits, signed } = to else { return Err(format!("internal error: cast to {}", to)) };
                match (tj, *bits, *signed) {
                    (JType::J, _, true) => self.code.op(op::D2L, 0),
                    (JType::J, _, false) => self.code.invokestatic(pool, RT, "d2u64", "(D)J"),
                    (_, 32, true) => self.code.op(op::D2I, -1),
                    (_, b, s) => {
                        self.code.iconst(pool, b as i32);
                        self.code.iconst(pool, s as i32);
                        self.code.invokestatic(pool, RT, "d2int", "(DII)I");
                    }
                }
            }
            (JType::I | JType::J, JType::F | JType::D) => {
                let d = tj == JType::D;
                if fj == JType::I && is_u32(from) {
                    self.code.op(op::I2L, 1);
                    self.code.lconst(pool, 0xffff_ffff);
                    self.code.op(op::LAND, -2);
                    self.code.op(if d { op::L2D } else { op::L2F }, if d { 0 } else { -1 });
                } else if fj == JType::I {
                    self.code.op(if d { op::I2D } else { op::I2F }, if d { 1 } else { 0 });
                } else if is_u64(from) || !fsigned {
                    self.code.invokestatic(pool, RT, if d { "u64ToD" } else { "u64ToF" }, if d { "(J)D" } else { "(J)F" });
                } else {
                    self.code.op(if d { op::L2D } else { op::L2F }, if d { 0 } else { -1 });
                }
            }
        }
        Ok(())
    }
}

/// The runtime's load helper for a scalar type: (name, descriptor).
fn load_helper(t: &LType) -> (&'static str, &'static str) {
    match t {
        LType::Bool | LType::Int { bits: 8, .. } => ("ldb", "(J)I"),
        LType::Int { bits: 16, .. } => ("lds", "(J)I"),
        LType::Int { bits: 32, .. } => ("ldi", "(J)I"),
        LType::F32 => ("ldf", "(J)F"),
        LType::F64 => ("ldd", "(J)D"),
        _ => ("ldl", "(J)J"),
    }
}

fn store_helper(t: &LType) -> (&'static str, &'static str) {
    match t {
        LType::Bool | LType::Int { bits: 8, .. } => ("stb", "(JI)V"),
        LType::Int { bits: 16, .. } => ("sts", "(JI)V"),
        LType::Int { bits: 32, .. } => ("sti", "(JI)V"),
        LType::F32 => ("stf", "(JF)V"),
        LType::F64 => ("std", "(JD)V"),
        _ => ("stl", "(JJ)V"),
    }
}
