//! Stage 3 (continued): annotations.  `__annotations__` of functions
//! (parameter and return annotations, evaluated at `def` time), and of
//! modules and classes (annotated assignments to plain names).
//!
//! Invariants:
//! - A module, and a class body that contains an annotated assignment
//!   (outside nested functions and classes), starts by binding a fresh
//!   `__annotations__` dict, as CPython's SETUP_ANNOTATIONS does; each
//!   `name: ann` there evaluates `ann` and stores it under "name".  A
//!   class without annotations gets an empty dict when first asked.
//! - Inside functions, annotations of assignments are never evaluated.
//! - Under `from __future__ import annotations` no annotation is
//!   evaluated: each is stored as its source text (`compiler_stmt::unparse`).

use crate::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind, SyntaxErr};
use crate::bytecode::{Const, Loc, Op, CODE_FUNCTION};
use crate::compiler::{loc_of, Compiler};

/// Does `body` contain an annotated assignment (not counting nested
/// functions and classes)?
fn has_annotations(body: &Vec<Stmt>) -> bool {
    for s in body.iter() {
        let found = match &s.kind {
            StmtKind::AnnAssign(_, _, _) => true,
            StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, a, b, _) => has_annotations(a) || has_annotations(b),
            StmtKind::With(_, _, a, _) => has_annotations(a),
            StmtKind::Try(a, hs, b, c) => {
                let mut f = has_annotations(a) || has_annotations(b) || has_annotations(c);
                for h in hs.iter() {
                    f = f || has_annotations(&h.body);
                }
                f
            }
            StmtKind::Match(_, cases) => {
                let mut f = false;
                for c in cases.iter() {
                    f = f || has_annotations(&c.body);
                }
                f
            }
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

impl Compiler {
    fn in_function(&self) -> bool {
        let u = self.cur();
        self.units[u].kind == CODE_FUNCTION
    }

    /// Binds `__annotations__ = {}` first in a module, and in a class
    /// body that needs it.
    pub fn setup_annotations(&mut self, body: &Vec<Stmt>) -> Result<(), SyntaxErr> {
        let u = self.cur();
        let module = self.units[u].kind == crate::bytecode::CODE_MODULE;
        if self.in_function() || body.is_empty() || (!module && !has_annotations(body)) {
            return Ok(());
        }
        let loc = loc_of(&body[0].span);
        self.emit(Op::BuildDict(0), loc.clone());
        self.store_name("__annotations__", loc);
        Ok(())
    }

    /// The annotation part of `target: ann [= value]`.
    pub fn store_annotation(&mut self, target: &Expr, ann: &Expr) -> Result<(), SyntaxErr> {
        if self.in_function() {
            return Ok(());
        }
        let loc = loc_of(&ann.span);
        self.compile_annotation(ann, &loc)?;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name("__annotations__", loc.clone())?;
                self.load_const(Const::Str(n.clone()), loc.clone());
                self.emit(Op::StoreSubscr, loc);
            }
            _ => {
                self.emit(Op::Pop, loc);
            }
        }
        Ok(())
    }

    /// Pushes an annotation's value: the evaluated expression, or its
    /// source text under `from __future__ import annotations`.
    fn compile_annotation(&mut self, ann: &Expr, loc: &Loc) -> Result<(), SyntaxErr> {
        if self.future_annotations {
            self.load_const(Const::Str(crate::compiler_stmt::unparse(ann)), loc.clone());
            return Ok(());
        }
        self.compile_expr(ann)
    }

    /// function -> function, with `__annotations__` set if it has any.
    pub fn set_function_annotations(&mut self, def: &FunctionDef, loc: &Loc) -> Result<(), SyntaxErr> {
        if def.annotations.is_empty() {
            return Ok(());
        }
        self.emit(Op::Dup, loc.clone());
        for (name, a) in def.annotations.iter() {
            self.load_const(Const::Str(name.clone()), loc.clone());
            self.compile_annotation(a, loc)?;
        }
        self.emit(Op::BuildDict(def.annotations.len()), loc.clone());
        self.emit(Op::Rot2, loc.clone());
        let n = self.add_name("__annotations__");
        self.emit(Op::StoreAttr(n), loc.clone());
        Ok(())
    }
}
