//! Stage 3 (continued): expression compilation for `Compiler` (see
//! compiler.rs for the invariants).  Every expression leaves exactly one
//! value on the stack; ops that can raise carry the expression's `Loc`
//! (with binop/subscript anchors for CPython's caret lines).

use crate::ast::{CmpOp, Expr, ExprKind, Keyword, SyntaxErr, UnaryOp};
use crate::bytecode::{Const, Loc, Op};
use crate::compiler::{collect_target_names, loc_of, loc_subscript, Compiler};

impl Compiler {
    pub fn compile_expr(&mut self, e: &Expr) -> Result<(), SyntaxErr> {
        let loc = loc_of(&e.span);
        match &e.kind {
            ExprKind::Int(v) => self.load_const(Const::Int(*v), loc),
            ExprKind::Float(v) => self.load_const(Const::Float(*v), loc),
            ExprKind::Str(s) => self.load_const(Const::Str(s.clone()), loc),
            ExprKind::Bool(b) => self.load_const(Const::Bool(*b), loc),
            ExprKind::NoneLit => self.load_const(Const::None, loc),
            ExprKind::Name(n) => self.load_name(n.as_str(), loc)?,
            ExprKind::BinOp(op, l, r) => {
                self.compile_expr(l)?;
                self.compile_expr(r)?;
                let mut bl = loc;
                bl.anchor = 1;
                bl.a = l.span.end_col;
                bl.b = r.span.col;
                self.emit(Op::Binary(op.clone(), false), bl);
            }
            ExprKind::Unary(op, operand) => {
                // Constant-fold negative literals, as CPython does.
                if *op == UnaryOp::Neg {
                    if let ExprKind::Int(v) = &operand.kind {
                        self.load_const(Const::Int(0 - *v), loc);
                        return Ok(());
                    }
                    if let ExprKind::Float(v) = &operand.kind {
                        self.load_const(Const::Float(-*v), loc);
                        return Ok(());
                    }
                }
                self.compile_expr(operand)?;
                self.emit(Op::Unary(op.clone()), loc);
            }
            ExprKind::BoolOp(is_and, values) => {
                let mut jumps = Vec::new();
                for i in 0..values.len() {
                    self.compile_expr(&values[i])?;
                    if i + 1 < values.len() {
                        let op = if *is_and { Op::JumpIfFalseOrPop(0) } else { Op::JumpIfTrueOrPop(0) };
                        jumps.push(self.emit(op, loc.clone()));
                    }
                }
                let end = self.here();
                for j in jumps.iter() {
                    self.patch(*j, end);
                }
            }
            ExprKind::Compare(left, ops, rights) => self.compile_compare(left, ops, rights, loc)?,
            ExprKind::Call(func, args, kws) => self.compile_call(func, args, kws, loc)?,
            ExprKind::Attribute(obj, name) => {
                self.compile_expr(obj)?;
                let n = self.add_name(name.as_str());
                self.emit(Op::LoadAttr(n), loc);
            }
            ExprKind::Subscript(obj, idx) => {
                self.compile_expr(obj)?;
                self.compile_expr(idx)?;
                self.emit(Op::Subscr, loc_subscript(e, obj, idx));
            }
            ExprKind::Slice(lo, hi, step) => {
                self.compile_opt(lo, &loc)?;
                self.compile_opt(hi, &loc)?;
                self.compile_opt(step, &loc)?;
                self.emit(Op::BuildSlice, loc);
            }
            ExprKind::List(elts) => {
                for x in elts.iter() {
                    self.compile_expr(x)?;
                }
                self.emit(Op::BuildList(elts.len()), loc);
            }
            ExprKind::Tuple(elts) => {
                for x in elts.iter() {
                    self.compile_expr(x)?;
                }
                self.emit(Op::BuildTuple(elts.len()), loc);
            }
            ExprKind::Dict(keys, values) => {
                for i in 0..keys.len() {
                    self.compile_expr(&keys[i])?;
                    self.compile_expr(&values[i])?;
                }
                self.emit(Op::BuildDict(keys.len()), loc);
            }
            ExprKind::IfExp(test, body, orelse) => {
                self.compile_expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0), loc.clone());
                self.compile_expr(body)?;
                let jend = self.emit(Op::Jump(0), loc);
                let h = self.here();
                self.patch(jf, h);
                self.compile_expr(orelse)?;
                let h2 = self.here();
                self.patch(jend, h2);
            }
            ExprKind::FString(parts) => {
                for p in parts.iter() {
                    if p.conv == ' ' {
                        self.compile_expr(&p.expr)?;
                    } else {
                        self.compile_expr(&p.expr)?;
                        let spec = self.add_const(Const::Str(p.spec.clone()));
                        self.emit(Op::FormatValue(p.conv, spec), loc_of(&p.expr.span));
                    }
                }
                self.emit(Op::BuildString(parts.len()), loc);
            }
            ExprKind::ListComp(elt, target, iter, conds, is_gen) => self.compile_listcomp(elt, target, iter, conds, *is_gen, loc)?,
        }
        Ok(())
    }

    pub fn load_const(&mut self, c: Const, loc: Loc) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i), loc);
    }

    pub fn compile_opt(&mut self, e: &Option<Box<Expr>>, loc: &Loc) -> Result<(), SyntaxErr> {
        match e {
            Some(x) => self.compile_expr(x),
            None => {
                self.load_const(Const::None, loc.clone());
                Ok(())
            }
        }
    }

    pub fn compile_compare(&mut self, left: &Expr, ops: &Vec<CmpOp>, rights: &Vec<Expr>, loc: Loc) -> Result<(), SyntaxErr> {
        self.compile_expr(left)?;
        let n = ops.len();
        let mut cleanups = Vec::new();
        for i in 0..n {
            self.compile_expr(&rights[i])?;
            if i + 1 < n {
                self.emit(Op::Dup, loc.clone());
                self.emit(Op::Rot3, loc.clone());
                self.emit(Op::Compare(ops[i].clone()), loc.clone());
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0), loc.clone()));
            } else {
                self.emit(Op::Compare(ops[i].clone()), loc.clone());
            }
        }
        if !cleanups.is_empty() {
            let jend = self.emit(Op::Jump(0), loc.clone());
            let cleanup = self.here();
            for c in cleanups.iter() {
                self.patch(*c, cleanup);
            }
            self.emit(Op::Rot2, loc.clone());
            self.emit(Op::Pop, loc);
            let end = self.here();
            self.patch(jend, end);
        }
        Ok(())
    }

    pub fn compile_call(&mut self, func: &Expr, args: &Vec<Expr>, kws: &Vec<Keyword>, loc: Loc) -> Result<(), SyntaxErr> {
        let mut kwnames = Vec::new();
        for k in kws.iter() {
            kwnames.push(k.name.clone());
        }
        let u = self.cur();
        let kw_index = if kws.is_empty() {
            0
        } else {
            self.units[u].code.kwnames.push(kwnames);
            self.units[u].code.kwnames.len()
        };
        if let ExprKind::Attribute(obj, name) = &func.kind {
            self.compile_expr(obj)?;
            let n = self.add_name(name.as_str());
            self.emit(Op::LoadMethod(n), loc_of(&func.span));
            for a in args.iter() {
                self.compile_expr(a)?;
            }
            for k in kws.iter() {
                self.compile_expr(&k.value)?;
            }
            self.emit(Op::CallMethod(n, args.len() + kws.len(), kw_index), loc);
            return Ok(());
        }
        self.compile_expr(func)?;
        for a in args.iter() {
            self.compile_expr(a)?;
        }
        for k in kws.iter() {
            self.compile_expr(&k.value)?;
        }
        if kws.is_empty() {
            self.emit(Op::Call(args.len()), loc);
        } else {
            self.emit(Op::CallKw(args.len() + kws.len(), kw_index - 1), loc);
        }
        Ok(())
    }

    /// `[elt for target in iter if c1 if c2]`, inline.  Stack during the
    /// loop: ... list iterator.
    pub fn compile_listcomp(&mut self, elt: &Expr, target: &Expr, iter: &Expr, conds: &Vec<Expr>, is_gen: bool, loc: Loc) -> Result<(), SyntaxErr> {
        self.compile_expr(iter)?;
        self.emit(Op::GetIter, loc_of(&iter.span));
        self.emit(Op::CompEnter(if is_gen { 1 } else { 0 }), loc.clone());
        self.emit(Op::BuildList(0), loc.clone());
        self.emit(Op::Rot2, loc.clone());
        let mut names = Vec::new();
        collect_target_names(target, &mut names);
        let u = self.cur();
        let saved = self.units[u].renames.len();
        for n in names.iter() {
            let slot = self.units[u].code.local_names.len();
            self.units[u].code.local_names.push(format!(".<listcomp>.{}", n));
            self.units[u].renames.push((n.clone(), slot));
        }
        let start = self.emit(Op::ForIter(0), loc.clone());
        self.compile_store(target)?;
        for c in conds.iter() {
            self.compile_expr(c)?;
            self.emit(Op::PopJumpIfFalse(start), loc_of(&c.span));
        }
        self.compile_expr(elt)?;
        self.emit(Op::ListAppend(2), loc.clone());
        self.emit(Op::Jump(start), loc.clone());
        let end = self.here();
        self.patch(start, end);
        self.emit(Op::CompExit, loc);
        self.units[u].renames.truncate(saved);
        Ok(())
    }
}
