//! Block exits and links -> CIL branches (part of `func`).
//!
//! Invariants: as in `func`; a link pushes every scalar argument before it stores any
//! parameter, and conditional or switch links that assign get code of their own after the
//! branch, so a link not taken writes nothing.

use super::{FnEmit, Loc};
use crate::{rt_ref, Repr, Sc, St};
use pyrite_ir::*;
use std::collections::HashSet;

impl<'a, 'm> FnEmit<'a, 'm> {
    /// The assignments of a link into `to`'s parameters (no branch).
    fn link(&mut self, from: BlockId, to: BlockId, args: &[Value]) -> Result<(), String> {
        let params = self.g.cfg[to].params.clone();
        let mut scalars = vec![];
        let mut aggs = vec![];
        for (p, a) in params.iter().zip(args) {
            match self.loc[p.0 as usize] {
                Some(Loc::Local(l)) => scalars.push((l, a)),
                Some(Loc::Frame(off)) => {
                    let t = self.g.var_type(*p).clone();
                    aggs.push((off, self.cx.lay.size(&t), self.cx.lay.of(&t).align, a))
                }
                Some(Loc::None) => {}
                _ => return Err("internal error: block parameter without a location".into()),
            }
        }
        if from == to && !aggs.is_empty() {
            // The sources may be this block's own parameters: copy them out first.
            let mut staged = vec![];
            for (off, size, align, a) in aggs {
                let t = self.alloc(size, align);
                self.frame_addr(t);
                self.push(a)?;
                self.copy_mem(size);
                staged.push((off, size, t));
            }
            for (off, size, t) in staged {
                self.frame_addr(off);
                self.frame_addr(t);
                self.copy_mem(size);
            }
        } else {
            for (off, size, _, a) in aggs {
                self.frame_addr(off);
                self.push(a)?;
                self.copy_mem(size);
            }
        }
        for (_, a) in &scalars {
            self.push(a)?;
        }
        for (l, _) in scalars.iter().rev() {
            self.line(&format!("stloc {}", l));
        }
        Ok(())
    }

    fn link_is_empty(&self, to: BlockId) -> bool {
        self.g.cfg[to].params.iter().all(|p| matches!(self.loc[p.0 as usize], Some(Loc::None)))
    }

    pub(super) fn exit(&mut self, b: BlockId, ret_agg: bool) -> Result<(), String> {
        let g = self.g;
        let exits = g.exits(b);
        match &g.cfg[b].exit {
            Exit::Goto => {
                let (_, t, l) = exits[0];
                self.link(b, t, &l.args)?;
                self.line(&format!("br B{}", t.index()));
            }
            Exit::If(c) => {
                let find = |case: ExitCase| exits.iter().find(|e| e.2.case == case).copied();
                let (Some((_, tt, tl)), Some((_, ft, fl))) = (find(ExitCase::True), find(ExitCase::False)) else {
                    return Err("internal error: `if` exit without both links".into());
                };
                self.push(c)?;
                let lf = self.label();
                self.line(&format!("brfalse {}", lf));
                self.link(b, tt, &tl.args)?;
                self.line(&format!("br B{}", tt.index()));
                self.code.push_str(&format!("  {}:\n", lf));
                self.link(b, ft, &fl.args)?;
                self.line(&format!("br B{}", ft.index()));
            }
            Exit::Switch(c) => self.switch(b, c, &exits)?,
            Exit::Return(v) => {
                if let Some(fr) = self.gc_frame {
                    self.line(&format!("ldloc {}", fr));
                    self.line(&format!("call {}", rt_ref("h_gc_pop")));
                }
                let t = self.ty(v);
                match self.repr_of(&t)? {
                    Repr::None => {}
                    Repr::Scalar(_) => self.push(v)?,
                    Repr::Agg(size, _) if ret_agg => {
                        self.line("ldarg.0");
                        self.push(v)?;
                        self.copy_mem(size);
                    }
                    Repr::Agg(..) => return Err("internal error: aggregate return without a result pointer".into()),
                }
                self.line("ret");
            }
            Exit::Unreachable => {
                self.line("ldnull");
                self.line("throw");
            }
        }
        Ok(())
    }

    fn switch(&mut self, b: BlockId, c: &Value, exits: &[(LinkId, BlockId, &Link)]) -> Result<(), String> {
        let sc = self.sc_of(c)?;
        let norm = |k: i128| -> i128 {
            match sc {
                Sc::I8 => k as i8 as i128,
                Sc::U8 => k as u8 as i128,
                Sc::I16 => k as i16 as i128,
                Sc::U16 => k as u16 as i128,
                Sc::I32 | Sc::U32 => k as i32 as i128,
                _ => k as i64 as i128,
            }
        };
        // Destination label of each link; links that assign get a block of code after.
        let mut cases: Vec<(i128, String)> = vec![];
        let mut default = None;
        let mut tramps = vec![];
        let mut seen = HashSet::new();
        for &(_, t, l) in exits {
            let dest = if l.args.is_empty() || self.link_is_empty(t) {
                format!("B{}", t.index())
            } else {
                let lab = self.label();
                tramps.push((lab.clone(), t, l));
                lab
            };
            match l.case {
                ExitCase::Case(k) => {
                    if seen.insert(norm(k)) {
                        cases.push((norm(k), dest));
                    }
                }
                _ => default = Some(dest),
            }
        }
        let default = default.ok_or("internal error: switch without a default link")?;
        cases.sort();
        let n = cases.len() as i128;
        let (lo, hi) = (cases.first().map(|c| c.0).unwrap_or(0), cases.last().map(|c| c.0).unwrap_or(0));
        if n >= 4 && hi - lo < 2 * n + 16 {
            let range = (hi - lo + 1) as usize;
            let mut table = vec![default.clone(); range];
            for (k, d) in &cases {
                table[(k - lo) as usize] = d.clone();
            }
            self.push(c)?;
            if sc.stack() == St::I64 {
                let tmp = self.new_local("int64");
                self.line(&format!("ldc.i8 {}", lo as i64));
                self.line("sub");
                self.line(&format!("stloc {}", tmp));
                self.line(&format!("ldloc {}", tmp));
                self.line(&format!("ldc.i8 {}", range));
                self.line(&format!("bge.un {}", default));
                self.line(&format!("ldloc {}", tmp));
                self.line("conv.i4");
            } else if lo != 0 {
                self.line(&format!("ldc.i4 {}", lo as i32));
                self.line("sub");
            }
            self.line(&format!("switch ({})", table.join(", ")));
        } else {
            for (k, d) in &cases {
                self.push(c)?;
                self.push_int(*k, sc);
                self.line(&format!("beq {}", d));
            }
        }
        self.line(&format!("br {}", default));
        for (lab, t, l) in tramps {
            self.code.push_str(&format!("  {}:\n", lab));
            self.link(b, t, &l.args)?;
            self.line(&format!("br B{}", t.index()));
        }
        Ok(())
    }
}
