//! Block exits and links -> bytecode (part of the lowering in `func.rs`).
//!
//! Invariants (besides those of `func.rs`):
//! - A link pushes all its scalar arguments before storing any (parallel assignment) and
//!   copies aggregate arguments into the target's parameter memory, through staging memory
//!   when a block jumps to itself (its parameters may be the sources).
//! - Only the last jump of an exit may fall through to the next block; a link without
//!   arguments from an `if` or `switch` jumps straight to its target's label.
//! - Every return gives the frame back first (`PyrRt.SP` = its value at entry).

use crate::asm::{op, Label};
use crate::func::{is_agg, load_op, store_op, Fn, Loc};
use crate::{jtype, JType, RT};
use pyrite_ir::*;

impl<'a, 'm> Fn<'a, 'm> {
    pub(crate) fn link_from_locs(&mut self, locs: &[Loc], target: BlockId) -> Result<(), String> {
        let params = self.g.cfg[target].params.clone();
        for (p, l) in params.iter().zip(locs) {
            match (self.locs[p.0 as usize], *l) {
                (Loc::Frame(off), Loc::Local(a, _)) => {
                    let size = self.cx.lay.size(&self.g.var_types[p.0 as usize].clone());
                    self.push_fp_off(off);
                    self.code.local(op::LLOAD, a, 2);
                    self.copy_bytes(size);
                }
                (Loc::Local(d, t), Loc::Local(a, _)) => {
                    self.code.local(load_op(t), a, t.slots());
                    self.code.local(store_op(t), d, -t.slots());
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Performs a link's assignments (not the jump).
    pub(crate) fn link(&mut self, from: BlockId, target: BlockId, args: &[Value]) -> Result<(), String> {
        let params = self.g.cfg[target].params.clone();
        let mut copies = vec![];
        for (p, a) in params.iter().zip(args) {
            if let Loc::Frame(off) = self.locs[p.0 as usize] {
                let size = self.cx.lay.size(&self.g.var_types[p.0 as usize].clone());
                copies.push((off, a.clone(), size));
            }
        }
        // Staging when a block jumps to itself (its parameters may be the sources).
        let mut staged: Vec<(u64, Option<u64>, Value, u64)> = vec![];
        for (off, a, size) in copies {
            if from == target {
                let t = self.g.var_types[match &a {
                    Value::Var(v) => v.0 as usize,
                    _ => return Err("internal error: aggregate constant link argument".into()),
                }]
                .clone();
                let tmp = self.frame_mem(&t);
                self.push_fp_off(tmp);
                self.push(&a)?;
                self.copy_bytes(size);
                staged.push((off, Some(tmp), a, size));
            } else {
                staged.push((off, None, a, size));
            }
        }
        let mut scalars = vec![];
        for (p, a) in params.iter().zip(args) {
            if let Loc::Local(..) = self.locs[p.0 as usize] {
                self.push(a)?;
                scalars.push(*p);
            }
        }
        for (off, tmp, a, size) in staged {
            self.push_fp_off(off);
            match tmp {
                Some(t) => self.push_fp_off(t),
                None => self.push(&a)?,
            }
            self.copy_bytes(size);
        }
        for p in scalars.iter().rev() {
            self.pop_into(*p);
        }
        Ok(())
    }

    /// A link and its jump; with `may_fall`, the jump is left out when the target is the
    /// next block (only the last code of an exit may fall through).
    pub(crate) fn jump(&mut self, from: BlockId, target: BlockId, args: &[Value], may_fall: bool) -> Result<(), String> {
        self.link(from, target, args)?;
        if !may_fall || self.next_block != Some(target) {
            self.code.goto(self.labels[&target]);
        }
        Ok(())
    }

    pub(crate) fn exit(&mut self, b: BlockId) -> Result<(), String> {
        let g = self.g;
        let exits = g.exits(b);
        match &g.cfg[b].exit {
            Exit::Goto => {
                let (_, t, l) = exits[0];
                self.jump(b, t, &l.args, true)?;
            }
            Exit::If(c) => {
                let find = |case: ExitCase| exits.iter().find(|e| e.2.case == case).copied();
                let (Some((_, tt, tl)), Some((_, ft, fl))) = (find(ExitCase::True), find(ExitCase::False)) else {
                    return Err("internal error: `if` exit without both links".into());
                };
                self.push(c)?;
                if tl.args.is_empty() {
                    // No assignments on the true link: branch straight to its block.
                    self.code.branch(op::IFNE, self.labels[&tt]);
                    self.jump(b, ft, &fl.args, true)?;
                } else {
                    let lt = self.code.new_label();
                    self.code.branch(op::IFNE, lt);
                    self.jump(b, ft, &fl.args, false)?;
                    self.code.bind(lt, 0);
                    self.jump(b, tt, &tl.args, true)?;
                }
            }
            Exit::Switch(c) => {
                let ct = self.ty(c);
                let LType::Int { bits, .. } = ct else { return Err(format!("internal error: switch on {}", ct)) };
                let jt = jtype(&ct)?.unwrap();
                let mut cases: Vec<(i64, Label, BlockId, Vec<Value>)> = vec![];
                let mut default = None;
                let mut seen = std::collections::HashSet::new();
                for &(_, t, l) in &exits {
                    match l.case {
                        ExitCase::Case(k) => {
                            let key = if bits >= 64 { k as u64 as i64 } else if jt == JType::I && bits == 32 { k as u32 as i32 as i64 } else {
                                // normalised narrow value
                                match &ct {
                                    LType::Int { bits: 8, signed: true } => k as i8 as i64,
                                    LType::Int { bits: 16, signed: true } => k as i16 as i64,
                                    LType::Int { bits: 8, signed: false } => k as u8 as i64,
                                    LType::Int { bits: 16, signed: false } => k as u16 as i64,
                                    _ => k as i64,
                                }
                            };
                            if !seen.insert(key) {
                                continue;
                            }
                            let lab = if l.args.is_empty() { self.labels[&t] } else { self.code.new_label() };
                            cases.push((key, lab, t, l.args.clone()));
                        }
                        _ => default = Some((t, l.args.clone())),
                    }
                }
                let Some((dt, dargs)) = default else { return Err("internal error: switch without a default link".into()) };
                let dl = self.code.new_label();
                if jt == JType::I {
                    self.push(c)?;
                    let keys: Vec<(i32, Label)> = cases.iter().map(|c| (c.0 as i32, c.1)).collect();
                    self.code.lookupswitch(dl, &keys);
                } else {
                    for (k, lab, _, _) in &cases {
                        self.push(c)?;
                        self.code.lconst(&mut self.cx.pool, *k);
                        self.code.op(op::LCMP, -3);
                        self.code.branch(op::IFEQ, *lab);
                    }
                    self.code.goto(dl);
                }
                for (_, lab, t, args) in cases {
                    if !args.is_empty() {
                        self.code.bind(lab, 0);
                        self.jump(b, t, &args, false)?;
                    }
                }
                self.code.bind(dl, 0);
                self.jump(b, dt, &dargs, true)?;
            }
            Exit::Return(v) => {
                let t = self.ty(v);
                if is_agg(&t) {
                    let size = self.cx.lay.size(&t);
                    let rp = self.ret_ptr.ok_or("internal error: aggregate return without a result pointer")?;
                    self.code.local(op::LLOAD, rp, 2);
                    self.push(v)?;
                    self.copy_bytes(size);
                }
                self.frame_release();
                match jtype(&t)? {
                    Some(jt) if !is_agg(&t) => {
                        self.push(v)?;
                        let o = match jt {
                            JType::I => op::IRETURN,
                            JType::J => op::LRETURN,
                            JType::F => op::FRETURN,
                            JType::D => op::DRETURN,
                        };
                        self.code.op(o, -jt.slots());
                    }
                    _ => self.code.op(op::RETURN, 0),
                }
            }
            Exit::Unreachable => {
                self.rt("unreachable", "()Ljava/lang/RuntimeException;");
                self.code.op(op::ATHROW, -1);
            }
        }
        Ok(())
    }

    /// Gives the frame back: SP = the value it had at entry.
    pub(crate) fn frame_release(&mut self) {
        self.code.local(op::LLOAD, self.saved_sp, 2);
        self.code.putstatic(&mut self.cx.pool, RT, "SP", "J");
    }
}
