//! Intrinsics: prelude functions marked `#[intrinsic]`, expanded into operations here.
//! `pyr_*` intrinsics are calls into the C runtime with the lowered signature.

use super::func::FnBuilder;
use crate::diag::DResult;
use crate::frontend::DefId;
use crate::sema::ty::Ty;
use pyrite_ir::*;

impl FnBuilder<'_, '_> {
    pub fn intrinsic(&mut self, def: DefId, env: &[Ty], args: Vec<Value>, span: proc_macro2::Span) -> DResult<Value> {
        let name = self.cx.prog.krate.def(def).name.clone();
        let sig = self.cx.fn_sig(def, env)?;
        let t0 = env.first().cloned().unwrap_or(Ty::Unit);
        let lt0 = self.lty(&t0);
        let a = |i: usize| args[i].clone();
        Ok(match name.as_str() {
            "__panic_str" => {
                self.panic_str(a(0), span);
                Value::Const(Const::Unit)
            }
            "__box_new" => {
                let one = self.usize_const(1);
                let p = self.emit(OpKind::Malloc(lt0.clone(), one), LType::ptr(lt0));
                self.store(p.clone(), a(0));
                p
            }
            "__alloc" => self.emit(OpKind::Malloc(lt0.clone(), a(0)), LType::ptr(lt0)),
            "__realloc" => self.emit(OpKind::Realloc(lt0.clone(), a(0), a(1), a(2)), LType::ptr(lt0)),
            "__null" => Value::Const(Const::Null(LType::ptr(lt0))),
            "__ptr_read" => {
                let p = self.emit(OpKind::ElemAddr(a(0), a(1)), LType::ptr(lt0));
                self.load(p)
            }
            "__ptr_write" => {
                let p = self.emit(OpKind::ElemAddr(a(0), a(1)), LType::ptr(lt0));
                self.store(p, a(2));
                Value::Const(Const::Unit)
            }
            "__ptr_ref" | "__ptr_mut" | "__ptr_add" => self.emit(OpKind::ElemAddr(a(0), a(1)), LType::ptr(lt0)),
            "__ptr_copy" => {
                self.emit_void(OpKind::MemCopy(a(0), a(1), a(2)));
                Value::Const(Const::Unit)
            }
            "__slice_raw" | "__slice_raw_mut" | "__str_raw" | "__str_raw_mut" => {
                let ft = sig.ret.clone();
                self.make_struct(ft, vec![a(0), a(1)])
            }
            "__slice_ptr" => self.field_of(a(0), 0),
            "__slice_len" => self.field_of(a(0), 1),
            "__str_bytes" | "__char_from_u32" => a(0),
            "__int_max" | "__int_min" | "__int_bits" => {
                let Ty::Int(k) = t0 else { return Err(self.err(span, "integer intrinsic on a non-integer")) };
                let (lo, hi) = k.min_max(self.cx.prog.ptr_bits);
                match name.as_str() {
                    "__int_max" => self.int(hi, lt0),
                    "__int_min" => self.int(lo, lt0),
                    _ => self.int(k.bits(self.cx.prog.ptr_bits) as i128, LType::int(32, false)),
                }
            }
            "__add_overflows" | "__sub_overflows" | "__mul_overflows" => self.overflows(&name, a(0), a(1), &lt0),
            "wrapping_add" => self.bin(BinOp::Add, a(0), a(1)),
            "wrapping_sub" => self.bin(BinOp::Sub, a(0), a(1)),
            "wrapping_mul" => self.bin(BinOp::Mul, a(0), a(1)),
            // The C library's functions, as Rust's std calls them (`sinf` for `f32`); Rust's cbrt
            // is correctly rounded, the C library's is not: the runtime's is.
            "sqrt" | "floor" | "ceil" | "round" | "trunc" | "sin" | "cos" | "tan" | "exp" | "exp2" | "ln" | "log10" | "log2" | "cbrt" | "asin" | "acos" | "atan"
            | "sinh" | "cosh" | "tanh" | "asinh" | "acosh" | "atanh" | "exp_m1" | "ln_1p" => {
                let ft = sig.ret.clone();
                let base = match name.as_str() {
                    "ln" => "log",
                    "exp_m1" => "expm1",
                    "ln_1p" => "log1p",
                    "cbrt" => "pyr_cbrt",
                    n => n,
                };
                let cname = if ft == LType::F32 { format!("{}f", base) } else { base.to_string() };
                let e = self.cx.extern_fn(&cname, vec![ft.clone()], ft.clone(), false);
                self.emit(OpKind::Call(Callee::Extern(e), vec![a(0)]), ft)
            }
            "powf" | "atan2" | "hypot" => {
                let ft = sig.ret.clone();
                let base = if name == "powf" { "pow" } else { name.as_str() };
                let cname = if ft == LType::F32 { format!("{}f", base) } else { base.to_string() };
                let e = self.cx.extern_fn(&cname, vec![ft.clone(), ft.clone()], ft.clone(), false);
                self.emit(OpKind::Call(Callee::Extern(e), vec![a(0), a(1)]), ft)
            }
            // One rounding, as Rust's `mul_add`.
            "mul_add" => {
                let ft = sig.ret.clone();
                let cname = if ft == LType::F32 { "fmaf" } else { "fma" };
                let e = self.cx.extern_fn(cname, vec![ft.clone(), ft.clone(), ft.clone()], ft.clone(), false);
                self.emit(OpKind::Call(Callee::Extern(e), vec![a(0), a(1), a(2)]), ft)
            }
            "powi" => self.powi(a(0), a(1)),
            // Bit casts through memory: store as one type, load as the other.
            "to_bits" | "from_bits" => {
                let from = self.vty(&a(0));
                let to = sig.ret.clone();
                let p = self.spill_typed(a(0), from);
                let q = self.emit(OpKind::PtrCast(p, LType::ptr(to.clone())), LType::ptr(to));
                self.load(q)
            }
            // `std::mem::drop`: the dialect has no drop glue yet, except that dropping the
            // prelude's `fs::File` closes its descriptor, as std's `Drop` does.
            "__drop_glue" => {
                if let Ty::Adt(d, _) = &t0 {
                    let krate = &self.cx.prog.krate;
                    let mut m = krate.def(*d).module;
                    let mut in_prelude = false;
                    loop {
                        if m == krate.prelude {
                            in_prelude = true;
                            break;
                        }
                        match krate.mods[m.0 as usize].parent {
                            Some(p) => m = p,
                            None => break,
                        }
                    }
                    if in_prelude && krate.def(*d).name == "File" {
                        let fd = self.field_of(a(0), 0);
                        let i32t = LType::int(32, true);
                        let e = self.cx.extern_fn("pyr_fd_close", vec![i32t], LType::Unit, false);
                        self.emit_void(OpKind::Call(Callee::Extern(e), vec![fd]));
                    }
                }
                Value::Const(Const::Unit)
            }
            n if n.starts_with("pyr_") => {
                let noreturn = self.cx.prog.sig(def)?.ret == Ty::Never;
                let e = self.cx.extern_fn(n, sig.params.clone(), sig.ret.clone(), noreturn);
                let v = self.emit(OpKind::Call(Callee::Extern(e), args), sig.ret.clone());
                if noreturn {
                    self.terminate(Exit::Unreachable);
                }
                v
            }
            other => return Err(self.err(span, format!("internal error: unknown intrinsic `{}`", other))),
        })
    }

    /// Overflow tests of `a op b` in the operands' width.
    fn overflows(&mut self, name: &str, a: Value, b: Value, lt: &LType) -> Value {
        let LType::Int { bits, signed } = lt.clone() else { return Value::Const(Const::Bool(false)) };
        let zero = self.int(0, lt.clone());
        match name {
            "__add_overflows" | "__sub_overflows" => {
                let op = if name == "__add_overflows" { BinOp::Add } else { BinOp::Sub };
                let r = self.bin(op, a.clone(), b.clone());
                if signed {
                    // add: (a ^ r) & (b ^ r) < 0; sub: (a ^ b) & (a ^ r) < 0
                    let x = self.bin(BinOp::Xor, a.clone(), r.clone());
                    let y = if op == BinOp::Add { self.bin(BinOp::Xor, b, r) } else { self.bin(BinOp::Xor, a, b) };
                    let z = self.bin(BinOp::And, x, y);
                    self.bin(BinOp::Lt, z, zero)
                } else if op == BinOp::Add {
                    self.bin(BinOp::Lt, r, a)
                } else {
                    self.bin(BinOp::Lt, a, b)
                }
            }
            _ => {
                // a != 0 && (r / a != b || (signed && a == -1 && b == MIN))
                let r = self.bin(BinOp::Mul, a.clone(), b.clone());
                let anz = self.bin(BinOp::Ne, a.clone(), zero.clone());
                let ok = self.new_block();
                let done = self.new_block();
                let p = self.g.new_var(LType::Bool);
                self.g.cfg[done].params.push(p);
                let from = self.cur;
                self.g.add_link(from, ok, ExitCase::True, vec![]);
                self.g.add_link(from, done, ExitCase::False, vec![Value::Const(Const::Bool(false))]);
                self.terminate(Exit::If(anz));
                self.switch_to(ok);
                // Signed MIN * -1 would trap in the division below.
                let res = if signed {
                    let m1 = self.int(-1, lt.clone());
                    let min = self.int(-(1i128 << (bits - 1)), lt.clone());
                    let a_m1 = self.bin(BinOp::Eq, a.clone(), m1);
                    let b_min = self.bin(BinOp::Eq, b.clone(), min);
                    let special = self.bin(BinOp::And, a_m1, b_min);
                    let div_b = self.new_block();
                    let from = self.cur;
                    self.g.add_link(from, done, ExitCase::True, vec![Value::Const(Const::Bool(true))]);
                    self.g.add_link(from, div_b, ExitCase::False, vec![]);
                    self.terminate(Exit::If(special));
                    self.switch_to(div_b);
                    let q = self.bin(BinOp::Div, r, a);
                    self.bin(BinOp::Ne, q, b)
                } else {
                    let q = self.bin(BinOp::Div, r, a);
                    self.bin(BinOp::Ne, q, b)
                };
                self.goto(done, vec![res]);
                self.switch_to(done);
                Value::Var(p)
            }
        }
    }

    /// `f64::powi` as compiler-rt's `__powidf2` computes it (repeated squaring).
    fn powi(&mut self, x: Value, n: Value) -> Value {
        let i32t = LType::int(32, true);
        let rs = self.slot(LType::F64);
        let bs = self.slot(LType::F64);
        let ns = self.slot(i32t.clone());
        let one = Value::Const(Const::F64(1.0));
        let ra = self.slot_addr(rs);
        self.store(ra, one.clone());
        let ba = self.slot_addr(bs);
        self.store(ba, x);
        let zero = self.int(0, i32t.clone());
        let neg = self.bin(BinOp::Lt, n.clone(), zero.clone());
        let nabs0 = self.emit(OpKind::Un(UnOp::Neg, n.clone()), i32t.clone());
        // |n| as computed by select: branch-free via two stores.
        let na = self.slot_addr(ns);
        self.store(na.clone(), n);
        let t = self.new_block();
        let j = self.new_block();
        self.branch(neg.clone(), t, j);
        self.switch_to(t);
        let na2 = self.slot_addr(ns);
        self.store(na2, nabs0);
        self.goto(j, vec![]);
        self.switch_to(j);
        let head = self.new_block();
        self.goto(head, vec![]);
        self.switch_to(head);
        let na = self.slot_addr(ns);
        let nv = self.load(na.clone());
        let one_i = self.int(1, i32t.clone());
        let bit = self.bin(BinOp::And, nv.clone(), one_i.clone());
        let odd = self.bin(BinOp::Ne, bit, zero.clone());
        let mul = self.new_block();
        let after = self.new_block();
        self.branch(odd, mul, after);
        self.switch_to(mul);
        let ra = self.slot_addr(rs);
        let r = self.load(ra.clone());
        let ba = self.slot_addr(bs);
        let b = self.load(ba);
        let rb = self.bin(BinOp::Mul, r, b);
        self.store(ra, rb);
        self.goto(after, vec![]);
        self.switch_to(after);
        let na = self.slot_addr(ns);
        let nv = self.load(na.clone());
        // n /= 2 (n is non-negative here except for i32::MIN, which still reaches 0)
        let two = self.int(2, i32t.clone());
        let half = self.bin(BinOp::Div, nv, two);
        self.store(na, half.clone());
        let done = self.bin(BinOp::Eq, half, zero);
        let sq = self.new_block();
        let out = self.new_block();
        self.branch(done, out, sq);
        self.switch_to(sq);
        let ba = self.slot_addr(bs);
        let b = self.load(ba.clone());
        let b2 = self.bin(BinOp::Mul, b.clone(), b);
        self.store(ba, b2);
        self.goto(head, vec![]);
        self.switch_to(out);
        let ra = self.slot_addr(rs);
        let r = self.load(ra);
        let inv = self.new_block();
        let fin = self.new_block();
        let p = self.g.new_var(LType::F64);
        self.g.cfg[fin].params.push(p);
        let from = self.cur;
        self.g.add_link(from, inv, ExitCase::True, vec![]);
        self.g.add_link(from, fin, ExitCase::False, vec![r.clone()]);
        self.terminate(Exit::If(neg));
        self.switch_to(inv);
        let q = self.bin(BinOp::Div, one, r);
        self.goto(fin, vec![q]);
        self.switch_to(fin);
        Value::Var(p)
    }
}
