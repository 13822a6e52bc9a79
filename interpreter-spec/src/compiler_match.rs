//! Stage 3 (continued): `match` statements (pattern.rs) to bytecode.
//!
//! Invariants:
//! - The subject stays on the stack while the cases are tried; each case
//!   matches a copy (`Dup`) and the subject is popped before a case body
//!   runs (so `break`/`continue`/`return` see the usual stack) or after
//!   the last case failed.
//! - `compile_pattern` expects its subject on top of the stack, `extra`
//!   counting the items the current case has pushed (the subject copy
//!   included).  On success it has popped the subject (and bound its
//!   names); on failure it jumps with `PopJumpIfFalse` and records
//!   (jump, items left).  A failure chain (`emit_fail_chain`) then pops
//!   down to the chain's base, so the stack depth at every pc stays
//!   static (bytecode.rs).
//! - Names are bound as soon as their subpattern matches; a case that
//!   fails later may leave some bound (PEP 634 allows this).

use crate::ast::{CmpOp, Expr, ExprKind, SyntaxErr};
use crate::bytecode::{Loc, Op};
use crate::compiler::{err_at, loc_of, Compiler};
use crate::pattern::{irrefutable, MatchCase, PatKind, Pattern};

/// Failure jumps of a pattern: (op index, stack items above the base).
type Fails = Vec<(usize, usize)>;

fn unreachable_msg(p: &Pattern) -> Option<(String, Pattern)> {
    match &p.kind {
        PatKind::Capture(Some(n)) => Some((format!("name capture '{}' makes remaining patterns unreachable", n), p.clone())),
        PatKind::Capture(None) => Some(("wildcard makes remaining patterns unreachable".to_string(), p.clone())),
        PatKind::As(inner, _) => unreachable_msg(inner),
        PatKind::Or(alts) => {
            for a in alts.iter() {
                if let Some(m) = unreachable_msg(a) {
                    return Some(m);
                }
            }
            None
        }
        _ => None,
    }
}

impl Compiler {
    pub fn compile_match(&mut self, subject: &Expr, cases: &Vec<MatchCase>, loc: &Loc) -> Result<(), SyntaxErr> {
        for k in 0..cases.len() {
            if k + 1 < cases.len() && cases[k].guard.is_none() && irrefutable(&cases[k].pattern) {
                if let Some((msg, p)) = unreachable_msg(&cases[k].pattern) {
                    return Err(err_at(msg.as_str(), &p.span));
                }
            }
            self.check_or_alternatives(&cases[k].pattern)?;
        }
        self.compile_expr(subject)?;
        let mut ends = Vec::new();
        for c in cases.iter() {
            let ploc = loc_of(&c.pattern.span);
            let mut fails = Vec::new();
            self.emit(Op::Dup, ploc.clone());
            self.compile_pattern(&c.pattern, 1, &mut fails)?;
            if let Some(g) = &c.guard {
                self.compile_expr(g)?;
                let j = self.emit(Op::PopJumpIfFalse(0), loc_of(&g.span));
                fails.push((j, 0));
            }
            self.emit(Op::Pop, ploc.clone());
            self.compile_body(&c.body)?;
            ends.push(self.emit(Op::Jump(0), ploc.clone()));
            self.emit_fail_chain(&fails, 0, &ploc);
        }
        self.emit(Op::Pop, loc.clone());
        let end = self.here();
        for j in ends.iter() {
            self.patch(*j, end);
        }
        Ok(())
    }

    /// In an or-pattern only the last alternative may be irrefutable.
    fn check_or_alternatives(&self, p: &Pattern) -> Result<(), SyntaxErr> {
        match &p.kind {
            PatKind::Or(alts) => {
                for k in 0..alts.len() {
                    if k + 1 < alts.len() && irrefutable(&alts[k]) {
                        if let Some((msg, q)) = unreachable_msg(&alts[k]) {
                            return Err(err_at(msg.as_str(), &q.span));
                        }
                    }
                    self.check_or_alternatives(&alts[k])?;
                }
                Ok(())
            }
            PatKind::As(inner, _) => self.check_or_alternatives(inner),
            PatKind::Sequence(items) => {
                for x in items.iter() {
                    self.check_or_alternatives(x)?;
                }
                Ok(())
            }
            PatKind::Mapping(_, items, _) => {
                for x in items.iter() {
                    self.check_or_alternatives(x)?;
                }
                Ok(())
            }
            PatKind::Class(_, pos, _, kws) => {
                for x in pos.iter() {
                    self.check_or_alternatives(x)?;
                }
                for x in kws.iter() {
                    self.check_or_alternatives(x)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Pops from the deepest failure point down to `base` items, patching
    /// each failure jump to the point where its stack depth is reached.
    fn emit_fail_chain(&mut self, fails: &Fails, base: usize, loc: &Loc) {
        let mut max = base;
        for (_, e) in fails.iter() {
            if *e > max {
                max = *e;
            }
        }
        let mut k = max;
        loop {
            let h = self.here();
            for (j, e) in fails.iter() {
                if *e == k {
                    self.patch(*j, h);
                }
            }
            if k == base {
                break;
            }
            self.emit(Op::Pop, loc.clone());
            k -= 1;
        }
    }

    fn fail_jump(&mut self, extra: usize, fails: &mut Fails, loc: &Loc) {
        let j = self.emit(Op::PopJumpIfFalse(0), loc.clone());
        fails.push((j, extra));
    }

    fn compile_pattern(&mut self, p: &Pattern, extra: usize, fails: &mut Fails) -> Result<(), SyntaxErr> {
        let loc = loc_of(&p.span);
        match &p.kind {
            PatKind::Capture(None) | PatKind::Star(None) => {
                self.emit(Op::Pop, loc);
            }
            PatKind::Capture(Some(n)) | PatKind::Star(Some(n)) => self.store_name(n.as_str(), loc),
            PatKind::Value(e) => {
                self.emit(Op::Dup, loc.clone());
                self.compile_expr(e)?;
                let op = match &e.kind {
                    ExprKind::NoneLit | ExprKind::Bool(_) => CmpOp::Is,
                    _ => CmpOp::Eq,
                };
                self.emit(Op::Compare(op), loc.clone());
                self.fail_jump(extra, fails, &loc);
                self.emit(Op::Pop, loc);
            }
            PatKind::Sequence(items) => {
                let mut star = 0;
                for k in 0..items.len() {
                    if let PatKind::Star(_) = items[k].kind {
                        star = k + 1;
                    }
                }
                self.emit(Op::MatchSeq(items.len(), star), loc.clone());
                self.fail_jump(extra - 1, fails, &loc);
                let mut e = extra - 1 + items.len();
                for x in items.iter() {
                    self.compile_pattern(x, e, fails)?;
                    e -= 1;
                }
            }
            PatKind::Mapping(keys, pats, rest) => {
                for k in keys.iter() {
                    self.compile_expr(k)?;
                }
                self.emit(Op::MatchMap(keys.len(), rest.is_some()), loc.clone());
                self.fail_jump(extra - 1, fails, &loc);
                let mut e = extra - 1 + pats.len() + if rest.is_some() { 1 } else { 0 };
                for x in pats.iter() {
                    self.compile_pattern(x, e, fails)?;
                    e -= 1;
                }
                if let Some(r) = rest {
                    self.store_name(r.as_str(), loc);
                }
            }
            PatKind::Class(cls, pos, kwnames, kws) => {
                self.compile_expr(cls)?;
                let kwi = if kwnames.is_empty() {
                    0
                } else {
                    let u = self.cur();
                    self.units[u].code.kwnames.push(kwnames.clone());
                    self.units[u].code.kwnames.len()
                };
                self.emit(Op::MatchClass(pos.len(), kwi), loc.clone());
                self.fail_jump(extra - 1, fails, &loc);
                let mut e = extra - 1 + pos.len() + kws.len();
                for x in pos.iter() {
                    self.compile_pattern(x, e, fails)?;
                    e -= 1;
                }
                for x in kws.iter() {
                    self.compile_pattern(x, e, fails)?;
                    e -= 1;
                }
            }
            PatKind::Or(alts) => {
                let mut ends = Vec::new();
                for k in 0..alts.len() {
                    if k + 1 == alts.len() {
                        self.compile_pattern(&alts[k], extra, fails)?;
                        break;
                    }
                    let mut alt_fails = Vec::new();
                    self.emit(Op::Dup, loc.clone());
                    self.compile_pattern(&alts[k], extra + 1, &mut alt_fails)?;
                    self.emit(Op::Pop, loc.clone());
                    ends.push(self.emit(Op::Jump(0), loc.clone()));
                    self.emit_fail_chain(&alt_fails, extra, &loc);
                }
                let end = self.here();
                for j in ends.iter() {
                    self.patch(*j, end);
                }
            }
            PatKind::As(inner, n) => {
                self.emit(Op::Dup, loc.clone());
                self.compile_pattern(inner, extra + 1, fails)?;
                self.store_name(n.as_str(), loc);
            }
        }
        Ok(())
    }
}
