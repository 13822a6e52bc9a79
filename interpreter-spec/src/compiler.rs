//! Stage 3: compiler.  AST (`Vec<Stmt>`) -> `Program` (bytecode).
//!
//! Invariants:
//! - Scoping is decided statically, like CPython: inside a function every
//!   name that is assigned anywhere in the body (and not declared `global`)
//!   is a fast local (`LoadFast`/`StoreFast`); every other name is global
//!   (`LoadGlobal`, which falls back to builtins at run time).  At module
//!   level all names are global.  Nested functions do not capture enclosing
//!   locals (no closures yet).
//! - List comprehensions (and generator expressions, which are evaluated
//!   eagerly into a list) are compiled inline: their loop variables live in
//!   hidden fast-local slots named ".<listcomp>.x" that cannot collide with
//!   Python identifiers.  `CompEnter`/`CompExit` bracket the loop so the
//!   VM's tracebacks still show CPython's `<listcomp>`/`<genexpr>` frame.
//! - A load of a name bound in an *enclosing* function is rejected at
//!   compile time (closures are not implemented yet) instead of silently
//!   reading a global.
//! - Every op gets the `Loc` CPython 3.11 would give it, because tracebacks
//!   print it.
//! - "'return' outside function", "'break' outside loop" and friends are
//!   reported here, after the whole file parsed (same order as CPython).

use crate::ast::{BinOp, Expr, ExprKind, FunctionDef, Span, Stmt, StmtKind, SyntaxErr, UnaryOp};
use crate::bytecode::{CodeObject, Const, Loc, Op, Program};

pub struct LoopCtx {
    pub continue_target: usize,
    pub breaks: Vec<usize>,
    pub is_for: bool,
}

/// A code object under construction.
pub struct Unit {
    pub code: CodeObject,
    pub is_function: bool,
    /// Number of real (Python-visible) locals at the front of local_names.
    pub n_locals: usize,
    pub loops: Vec<LoopCtx>,
    /// Comprehension variables in scope: (name, slot); innermost last.
    pub renames: Vec<(String, usize)>,
}

pub struct Compiler {
    pub units: Vec<Unit>,
    pub codes: Vec<CodeObject>,
    pub global_names: Vec<String>,
}

pub fn compile(module: &Vec<Stmt>) -> Result<Program, SyntaxErr> {
    let mut c = Compiler { units: Vec::new(), codes: Vec::new(), global_names: Vec::new() };
    c.units.push(Unit { code: CodeObject::new("<module>"), is_function: false, n_locals: 0, loops: Vec::new(), renames: Vec::new() });
    for s in module.iter() {
        c.compile_stmt(s)?;
    }
    let end = match module.last() {
        Some(s) => s.span.clone(),
        None => Span { line: 1, col: 0, end_line: 1, end_col: 0 },
    };
    let none = c.add_const(Const::None);
    c.emit(Op::LoadConst(none), loc_of(&end));
    c.emit(Op::Return, loc_of(&end));
    let unit = c.units.pop().unwrap();
    c.codes.push(unit.code);
    let main = c.codes.len() - 1;
    Ok(Program { codes: c.codes, main: main, global_names: c.global_names })
}

pub fn loc_of(s: &Span) -> Loc {
    Loc { line: s.line, col: s.col, end_line: s.end_line, end_col: s.end_col, anchor: 0, a: 0, b: 0 }
}

fn err_at(msg: &str, s: &Span) -> SyntaxErr {
    let end = if s.end_line == s.line { s.end_col } else { s.col + 1 };
    SyntaxErr::new(msg, s.line, s.col, end)
}

/// Collects names bound by the statements of a function body (not looking
/// into nested function bodies) and the names declared `global`.
fn collect_assigned(stmts: &Vec<Stmt>, out: &mut Vec<String>, globals: &mut Vec<String>) {
    for s in stmts.iter() {
        match &s.kind {
            StmtKind::Assign(targets, _) => {
                for t in targets.iter() {
                    collect_target_names(t, out);
                }
            }
            StmtKind::AugAssign(t, _, _) | StmtKind::AnnAssign(t, _) => collect_target_names(t, out),
            StmtKind::For(t, _, body, orelse) => {
                collect_target_names(t, out);
                collect_assigned(body, out, globals);
                collect_assigned(orelse, out, globals);
            }
            StmtKind::If(_, body, orelse) | StmtKind::While(_, body, orelse) => {
                collect_assigned(body, out, globals);
                collect_assigned(orelse, out, globals);
            }
            StmtKind::FunctionDef(def) => push_unique(out, def.name.as_str()),
            StmtKind::Del(targets) => {
                for t in targets.iter() {
                    collect_target_names(t, out);
                }
            }
            StmtKind::Global(names) => {
                for n in names.iter() {
                    push_unique(globals, n.as_str());
                }
            }
            _ => {}
        }
    }
}

pub fn collect_target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => push_unique(out, n.as_str()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            for e in elts.iter() {
                collect_target_names(e, out);
            }
        }
        _ => {}
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    for x in v.iter() {
        if x.as_str() == s {
            return;
        }
    }
    v.push(s.to_string());
}

fn index_of(v: &Vec<String>, s: &str) -> Option<usize> {
    for i in 0..v.len() {
        if v[i].as_str() == s {
            return Some(i);
        }
    }
    None
}

impl Compiler {
    // ---- emission helpers ------------------------------------------------

    pub fn cur(&self) -> usize {
        self.units.len() - 1
    }

    pub fn emit(&mut self, op: Op, loc: Loc) -> usize {
        let u = self.cur();
        self.units[u].code.ops.push(op);
        self.units[u].code.locs.push(loc);
        self.units[u].code.ops.len() - 1
    }

    pub fn here(&self) -> usize {
        self.units[self.cur()].code.ops.len()
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) {
        let u = self.cur();
        let op = self.units[u].code.ops[at].clone();
        let new_op = match op {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            other => other,
        };
        self.units[u].code.ops[at] = new_op;
    }

    pub fn add_const(&mut self, c: Const) -> usize {
        let u = self.cur();
        let is_float = match &c {
            Const::Float(_) => true,
            _ => false,
        };
        if !is_float {
            let consts = &self.units[u].code.consts;
            for i in 0..consts.len() {
                if consts[i] == c {
                    return i;
                }
            }
        }
        self.units[u].code.consts.push(c);
        self.units[u].code.consts.len() - 1
    }

    pub fn add_name(&mut self, name: &str) -> usize {
        let u = self.cur();
        match index_of(&self.units[u].code.names, name) {
            Some(i) => i,
            None => {
                self.units[u].code.names.push(name.to_string());
                self.units[u].code.names.len() - 1
            }
        }
    }

    pub fn global_index(&mut self, name: &str) -> usize {
        match index_of(&self.global_names, name) {
            Some(i) => i,
            None => {
                self.global_names.push(name.to_string());
                self.global_names.len() - 1
            }
        }
    }

    /// Fast-local slot for `name` in the current unit, if it is local.
    pub fn local_slot(&self, name: &str) -> Option<usize> {
        let u = &self.units[self.cur()];
        let mut i = u.renames.len();
        while i > 0 {
            i -= 1;
            if u.renames[i].0.as_str() == name {
                return Some(u.renames[i].1);
            }
        }
        if !u.is_function {
            return None;
        }
        for k in 0..u.n_locals {
            if u.code.local_names[k].as_str() == name {
                return Some(k);
            }
        }
        None
    }

    pub fn load_name(&mut self, name: &str, loc: Loc) -> Result<(), SyntaxErr> {
        match self.local_slot(name) {
            Some(i) => {
                self.emit(Op::LoadFast(i), loc);
            }
            None => {
                // Pyrite has no closures yet: refuse (rather than silently
                // reading a global) when an enclosing function binds it.
                let cur = self.cur();
                for k in 0..cur {
                    let u = &self.units[k];
                    if u.is_function && index_of(&u.code.local_names, name).is_some() {
                        let msg = format!("Pyrite does not support closures yet ('{}' is a variable of an enclosing function)", name);
                        return Err(SyntaxErr::new(msg.as_str(), loc.line, loc.col, if loc.end_line == loc.line { loc.end_col } else { loc.col + 1 }));
                    }
                }
                let g = self.global_index(name);
                self.emit(Op::LoadGlobal(g), loc);
            }
        }
        Ok(())
    }

    pub fn store_name(&mut self, name: &str, loc: Loc) {
        match self.local_slot(name) {
            Some(i) => {
                self.emit(Op::StoreFast(i), loc);
            }
            None => {
                let g = self.global_index(name);
                self.emit(Op::StoreGlobal(g), loc);
            }
        }
    }

    // ---- statements ------------------------------------------------------

    pub fn compile_body(&mut self, body: &Vec<Stmt>) -> Result<(), SyntaxErr> {
        for s in body.iter() {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &Stmt) -> Result<(), SyntaxErr> {
        let loc = loc_of(&s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.compile_expr(e)?;
                self.emit(Op::Pop, loc);
            }
            StmtKind::Assign(targets, value) => {
                self.compile_expr(value)?;
                for i in 0..targets.len() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup, loc.clone());
                    }
                    self.compile_store(&targets[i])?;
                }
            }
            StmtKind::AugAssign(target, op, value) => self.compile_augassign(target, op, value, loc)?,
            StmtKind::AnnAssign(target, value) => {
                if let Some(v) = value {
                    self.compile_expr(v)?;
                    self.compile_store(target)?;
                }
            }
            StmtKind::If(test, body, orelse) => {
                self.compile_expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0), loc.clone());
                self.compile_body(body)?;
                if orelse.is_empty() {
                    let h = self.here();
                    self.patch(jf, h);
                } else {
                    let jend = self.emit(Op::Jump(0), loc);
                    let h = self.here();
                    self.patch(jf, h);
                    self.compile_body(orelse)?;
                    let h2 = self.here();
                    self.patch(jend, h2);
                }
            }
            StmtKind::While(test, body, orelse) => {
                let start = self.here();
                self.compile_expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0), loc.clone());
                let u = self.cur();
                self.units[u].loops.push(LoopCtx { continue_target: start, breaks: Vec::new(), is_for: false });
                self.compile_body(body)?;
                self.emit(Op::Jump(start), loc);
                let ctx = self.units[u].loops.pop().unwrap();
                let h = self.here();
                self.patch(jf, h);
                self.compile_body(orelse)?;
                let end = self.here();
                for b in ctx.breaks.iter() {
                    self.patch(*b, end);
                }
            }
            StmtKind::For(target, iter, body, orelse) => {
                self.compile_expr(iter)?;
                self.emit(Op::GetIter, loc.clone());
                let start = self.emit(Op::ForIter(0), loc.clone());
                self.compile_store(target)?;
                let u = self.cur();
                self.units[u].loops.push(LoopCtx { continue_target: start, breaks: Vec::new(), is_for: true });
                self.compile_body(body)?;
                self.emit(Op::Jump(start), loc);
                let ctx = self.units[u].loops.pop().unwrap();
                let h = self.here();
                self.patch(start, h);
                self.compile_body(orelse)?;
                let end = self.here();
                for b in ctx.breaks.iter() {
                    self.patch(*b, end);
                }
            }
            StmtKind::FunctionDef(def) => {
                for d in def.defaults.iter() {
                    self.compile_expr(d)?;
                }
                let code = self.compile_function(def, &s.span)?;
                self.emit(Op::MakeFunction(code, def.defaults.len()), loc.clone());
                self.store_name(def.name.as_str(), loc);
            }
            StmtKind::Return(value) => {
                if !self.units[self.cur()].is_function {
                    return Err(err_at("'return' outside function", &s.span));
                }
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => {
                        let c = self.add_const(Const::None);
                        self.emit(Op::LoadConst(c), loc.clone());
                    }
                }
                self.emit(Op::Return, loc);
            }
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Break => {
                let u = self.cur();
                let n = self.units[u].loops.len();
                if n == 0 {
                    return Err(err_at("'break' outside loop", &s.span));
                }
                if self.units[u].loops[n - 1].is_for {
                    self.emit(Op::Pop, loc.clone());
                }
                let j = self.emit(Op::Jump(0), loc);
                self.units[u].loops[n - 1].breaks.push(j);
            }
            StmtKind::Continue => {
                let u = self.cur();
                let n = self.units[u].loops.len();
                if n == 0 {
                    return Err(err_at("'continue' not properly in loop", &s.span));
                }
                let target = self.units[u].loops[n - 1].continue_target;
                self.emit(Op::Jump(target), loc);
            }
            StmtKind::Del(targets) => {
                for t in targets.iter() {
                    self.compile_del(t)?;
                }
            }
            StmtKind::Assert(test, msg) => {
                self.compile_expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0), loc.clone());
                // CPython 3.11's compiler_jump_if leaves the location of
                // the last comparison it saw as the current location.
                let tloc = match last_compare(test) {
                    Some(span) => loc_of(&span),
                    None => loc,
                };
                match msg {
                    Some(m) => {
                        self.compile_expr(m)?;
                        self.emit(Op::RaiseAssert(true), tloc);
                    }
                    None => {
                        self.emit(Op::RaiseAssert(false), tloc);
                    }
                }
                let h = self.here();
                self.patch(j, h);
            }
        }
        Ok(())
    }

    pub fn compile_augassign(&mut self, target: &Expr, op: &BinOp, value: &Expr, loc: Loc) -> Result<(), SyntaxErr> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n.as_str(), loc_of(&target.span))?;
                self.compile_expr(value)?;
                self.emit(Op::Binary(op.clone(), true), loc.clone());
                self.store_name(n.as_str(), loc);
            }
            ExprKind::Subscript(obj, idx) => {
                self.compile_expr(obj)?;
                self.compile_expr(idx)?;
                self.emit(Op::Dup2, loc.clone());
                self.emit(Op::Subscr, loc_subscript(target, obj, idx));
                self.compile_expr(value)?;
                self.emit(Op::Binary(op.clone(), true), loc.clone());
                self.emit(Op::Rot3, loc.clone());
                self.emit(Op::StoreSubscr, loc_subscript(target, obj, idx));
            }
            ExprKind::Attribute(obj, name) => {
                self.compile_expr(obj)?;
                let n = self.add_name(name.as_str());
                self.emit(Op::StoreAttr(n), loc_of(&target.span));
            }
            _ => return Err(err_at("illegal expression for augmented assignment", &target.span)),
        }
        Ok(())
    }

    pub fn compile_store(&mut self, target: &Expr) -> Result<(), SyntaxErr> {
        let loc = loc_of(&target.span);
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n.as_str(), loc),
            ExprKind::Subscript(obj, idx) => {
                self.compile_expr(obj)?;
                self.compile_expr(idx)?;
                self.emit(Op::StoreSubscr, loc_subscript(target, obj, idx));
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.emit(Op::UnpackSequence(elts.len()), loc);
                for e in elts.iter() {
                    self.compile_store(e)?;
                }
            }
            ExprKind::Attribute(obj, name) => {
                // Pyrite objects have no settable attributes: StoreAttr
                // always raises AttributeError.
                self.compile_expr(obj)?;
                let n = self.add_name(name.as_str());
                self.emit(Op::StoreAttr(n), loc);
            }
            _ => return Err(err_at("cannot assign to expression", &target.span)),
        }
        Ok(())
    }

    pub fn compile_del(&mut self, target: &Expr) -> Result<(), SyntaxErr> {
        let loc = loc_of(&target.span);
        match &target.kind {
            ExprKind::Name(n) => match self.local_slot(n.as_str()) {
                Some(i) => {
                    self.emit(Op::DeleteFast(i), loc);
                }
                None => {
                    let g = self.global_index(n.as_str());
                    self.emit(Op::DeleteGlobal(g), loc);
                }
            },
            ExprKind::Subscript(obj, idx) => {
                self.compile_expr(obj)?;
                self.compile_expr(idx)?;
                self.emit(Op::DeleteSubscr, loc_subscript(target, obj, idx));
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts.iter() {
                    self.compile_del(e)?;
                }
            }
            _ => return Err(err_at("cannot delete expression", &target.span)),
        }
        Ok(())
    }

    pub fn compile_function(&mut self, def: &FunctionDef, span: &Span) -> Result<usize, SyntaxErr> {
        let mut code = CodeObject::new(def.name.as_str());
        let mut assigned = Vec::new();
        let mut globals = Vec::new();
        collect_assigned(&def.body, &mut assigned, &mut globals);
        for p in def.params.iter() {
            if index_of(&globals, p.as_str()).is_some() {
                return Err(err_at(format!("name '{}' is parameter and global", p).as_str(), span));
            }
            code.local_names.push(p.clone());
        }
        code.argcount = def.params.len();
        for n in assigned.iter() {
            if index_of(&globals, n.as_str()).is_none() {
                push_unique(&mut code.local_names, n.as_str());
            }
        }
        let n_locals = code.local_names.len();
        self.units.push(Unit { code: code, is_function: true, n_locals: n_locals, loops: Vec::new(), renames: Vec::new() });
        self.compile_body(&def.body)?;
        let end = match def.body.last() {
            Some(s) => loc_of(&s.span),
            None => loc_of(span),
        };
        let none = self.add_const(Const::None);
        self.emit(Op::LoadConst(none), end.clone());
        self.emit(Op::Return, end);
        let unit = self.units.pop().unwrap();
        self.codes.push(unit.code);
        Ok(self.codes.len() - 1)
    }

}

/// The span of the last `Compare` CPython's compiler_jump_if visits for a
/// condition (looking through `not`, `and`, `or`).
fn last_compare(e: &Expr) -> Option<Span> {
    match &e.kind {
        ExprKind::Compare(_, _, _) => Some(e.span.clone()),
        ExprKind::Unary(UnaryOp::Not, operand) => last_compare(operand),
        ExprKind::BoolOp(_, values) => {
            let mut found = None;
            for v in values.iter() {
                if let Some(s) = last_compare(v) {
                    found = Some(s);
                }
            }
            found
        }
        _ => None,
    }
}

pub fn loc_subscript(e: &Expr, obj: &Expr, idx: &Expr) -> Loc {
    let mut l = loc_of(&e.span);
    l.anchor = 2;
    l.a = obj.span.end_col;
    l.b = idx.span.end_col;
    l
}
