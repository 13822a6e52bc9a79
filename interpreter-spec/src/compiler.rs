//! Stage 3: compiler.  AST (`Vec<Stmt>`) -> `Program` (bytecode).
//!
//! Invariants:
//! - Scoping is decided statically, like CPython (see scope.rs): inside a
//!   function every name bound in the body (and not declared `global` or
//!   `nonlocal`) is local; locals captured by nested functions are cells
//!   (`LoadDeref`/`StoreDeref`), other locals are fast slots; names bound
//!   in an enclosing function are free variables (cells passed in the
//!   function's closure); everything else is global (`LoadGlobal`, which
//!   falls back to builtins at run time).  Class bodies store into the
//!   class namespace (`StoreName`/`LoadName`).  At module level all names
//!   are global.
//! - List, set and dict comprehensions are compiled inline: their loop
//!   variables live in hidden local slots named ".<listcomp>.x" that cannot
//!   collide with Python identifiers.  `CompEnter`/`CompExit` bracket the
//!   loop so the VM's tracebacks still show CPython's `<listcomp>` frame.
//!   Generator expressions are generator functions, like in CPython.
//! - `fblocks` mirrors what is active at the current point (loops, try
//!   blocks, handlers, `with`): `return`, `break` and `continue` emit the
//!   unwinding for each one they leave (popping blocks, running `finally`
//!   bodies inline, restoring the handled exception).
//! - Every op gets the `Loc` CPython 3.11 would give it, because tracebacks
//!   print it.
//! - "'return' outside function", "'break' outside loop" and friends are
//!   reported here, after the whole file parsed (same order as CPython).

use crate::ast::{BinOp, Expr, ExprKind, FunctionDef, Span, Stmt, StmtKind, SyntaxErr, UnaryOp};
use crate::bytecode::{CodeObject, Const, Loc, Op, Program, CODE_CLASS, CODE_FUNCTION, CODE_MODULE};
use crate::name_index::NameIndex;
use crate::scope::{analyze_function, contains, params_of};

/// What a `return`/`break`/`continue` has to unwind.
#[derive(Clone)]
pub enum FBlock {
    /// continue target, pending break jumps, is a `for` (iterator on stack)
    Loop(usize, Vec<usize>, bool),
    /// a `try` body with only except handlers
    Try,
    /// a `try` body with a `finally` (its body, run inline on exit)
    Finally(Vec<Stmt>),
    /// an except handler body (the `as` name to clear)
    Handler(Option<String>),
    /// an `except*` handler body, which return/break/continue may not leave
    StarHandler(Option<String>),
    /// a `finally` body run because of an exception
    FinallyHandler,
    /// a `with` body (the `__exit__` is on the stack below)
    With,
    /// an `async with` body (the bound `__aexit__` is on the stack below)
    AsyncWith,
    /// a `finally` body run inline by a `return`: the return value waits on
    /// the stack below, and a `break`/`continue`/`return` there drops it
    PopValue,
}

/// A code object under construction.
pub struct Unit {
    pub code: CodeObject,
    pub kind: u8,
    /// Number of real (Python-visible) locals at the front of local_names.
    pub n_locals: usize,
    /// Names of the locals that are cells.
    pub cell_names: Vec<String>,
    /// Free variable names (slot = code.free_start + index).
    pub free_names: Vec<String>,
    pub fblocks: Vec<FBlock>,
    /// Comprehension variables in scope: (name, slot, is_cell); innermost last.
    pub renames: Vec<(String, usize, bool)>,
    /// Depth of inline comprehensions being compiled (past their first
    /// iterable): in a class body their names skip the class namespace.
    pub comp_depth: usize,
    /// Kinds (COMP_*) of the comprehensions being compiled, innermost
    /// last (a generator expression's own unit starts with COMP_GEN).
    pub comp_kinds: Vec<u8>,
}

pub struct Compiler {
    pub units: Vec<Unit>,
    pub codes: Vec<CodeObject>,
    pub global_names: Vec<String>,
    pub global_index: NameIndex,
    /// `from __future__ import annotations` was seen: class-body
    /// annotations are stored as their source text, not evaluated.
    pub future_annotations: bool,
}

pub fn compile(module: &Vec<Stmt>) -> Result<Program, SyntaxErr> {
    crate::scope::check_declarations(module)?;
    let mut c = Compiler { units: Vec::new(), codes: Vec::new(), global_names: Vec::new(), global_index: NameIndex::new(), future_annotations: false };
    c.units.push(new_unit(CodeObject::new("<module>"), CODE_MODULE));
    compile_body_end(&mut c, module)?;
    let unit = c.units.pop().unwrap();
    c.codes.push(unit.code);
    let main = c.codes.len() - 1;
    Ok(Program { codes: c.codes, main: main, global_names: c.global_names, global_index: c.global_index, frozen_maps: Vec::new() })
}

/// Compiles a module body and its final `return None`.
pub fn compile_body_end(c: &mut Compiler, module: &Vec<Stmt>) -> Result<(), SyntaxErr> {
    if let Some(first) = module.first() {
        if let crate::ast::StmtKind::Expr(e) = &first.kind {
            if let crate::ast::ExprKind::Str(doc) = &e.kind {
                c.load_const(Const::Str(doc.clone()), loc_of(&first.span));
                c.store_name("__doc__", loc_of(&first.span));
            }
        }
    }
    c.setup_annotations(module)?;
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
    Ok(())
}

pub fn new_unit(mut code: CodeObject, kind: u8) -> Unit {
    code.kind = kind;
    let n = code.local_names.len();
    Unit { code: code, kind: kind, n_locals: n, cell_names: Vec::new(), free_names: Vec::new(), fblocks: Vec::new(), renames: Vec::new(), comp_depth: 0, comp_kinds: Vec::new() }
}

pub fn loc_of(s: &Span) -> Loc {
    Loc { line: s.line, col: s.col, end_line: s.end_line, end_col: s.end_col, anchor: 0, a: 0, b: 0 }
}

const STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

pub fn err_at(msg: &str, s: &Span) -> SyntaxErr {
    let end = if s.end_line == s.line { s.end_col } else { s.col + 1 };
    SyntaxErr::new(msg, s.line, s.col, end)
}

pub fn collect_target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => push_unique(out, n.as_str()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            for e in elts.iter() {
                collect_target_names(e, out);
            }
        }
        ExprKind::Starred(inner) => collect_target_names(inner, out),
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

pub fn index_of(v: &Vec<String>, s: &str) -> Option<usize> {
    for i in 0..v.len() {
        if v[i].as_str() == s {
            return Some(i);
        }
    }
    None
}

/// Where a name lives in the current unit.
pub enum NameRef {
    Fast(usize),
    Deref(usize),
    Global,
    ClassNs,
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
            Op::Send(_) => Op::Send(target),
            other => other,
        };
        self.units[u].code.ops[at] = new_op;
    }

    pub fn add_const(&mut self, c: Const) -> usize {
        let u = self.cur();
        let is_float = match &c {
            Const::Float(_) | Const::Imag(_) => true,
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
        self.global_index.intern(&mut self.global_names, name)
    }

    /// Resolves `name` in the current unit.
    pub fn resolve(&self, name: &str) -> NameRef {
        let u = &self.units[self.cur()];
        let mut i = u.renames.len();
        while i > 0 {
            i -= 1;
            if u.renames[i].0.as_str() == name {
                if u.renames[i].2 {
                    return NameRef::Deref(u.renames[i].1);
                }
                return NameRef::Fast(u.renames[i].1);
            }
        }
        for k in 0..u.free_names.len() {
            if u.free_names[k].as_str() == name {
                return NameRef::Deref(u.code.free_start + k);
            }
        }
        if u.kind == CODE_CLASS {
            if u.comp_depth > 0 {
                return NameRef::Global;
            }
            return NameRef::ClassNs;
        }
        if u.kind != CODE_FUNCTION {
            return NameRef::Global;
        }
        for k in 0..u.n_locals {
            if u.code.local_names[k].as_str() == name {
                if contains(&u.cell_names, name) {
                    return NameRef::Deref(k);
                }
                return NameRef::Fast(k);
            }
        }
        NameRef::Global
    }

    /// The slot holding the cell for `name` in the current unit, if any
    /// (used to build closures).
    pub fn cell_slot(&self, name: &str) -> Option<usize> {
        if name == "__class__" {
            let u = &self.units[self.cur()];
            if u.kind == CODE_CLASS && contains(&u.cell_names, name) {
                return index_of(&u.code.local_names, name);
            }
        }
        match self.resolve(name) {
            NameRef::Deref(s) => Some(s),
            _ => None,
        }
    }

    pub fn load_name(&mut self, name: &str, loc: Loc) -> Result<(), SyntaxErr> {
        match self.resolve(name) {
            NameRef::Fast(i) => {
                self.emit(Op::LoadFast(i), loc);
            }
            NameRef::Deref(i) => {
                self.emit(Op::LoadDeref(i), loc);
            }
            NameRef::Global => {
                let g = self.global_index(name);
                self.emit(Op::LoadGlobal(g), loc);
            }
            NameRef::ClassNs => {
                let n = self.add_name(name);
                let g = self.global_index(name);
                self.emit(Op::LoadName(n, g), loc);
            }
        }
        Ok(())
    }

    pub fn store_name(&mut self, name: &str, loc: Loc) {
        match self.resolve(name) {
            NameRef::Fast(i) => {
                self.emit(Op::StoreFast(i), loc);
            }
            NameRef::Deref(i) => {
                self.emit(Op::StoreDeref(i), loc);
            }
            NameRef::Global => {
                let g = self.global_index(name);
                self.emit(Op::StoreGlobal(g), loc);
            }
            NameRef::ClassNs => {
                let n = self.add_name(name);
                self.emit(Op::StoreName(n), loc);
            }
        }
    }

    pub fn delete_name(&mut self, name: &str, loc: Loc) {
        match self.resolve(name) {
            NameRef::Fast(i) => {
                self.emit(Op::DeleteFast(i), loc);
            }
            NameRef::Deref(i) => {
                self.emit(Op::DeleteDeref(i), loc);
            }
            NameRef::Global => {
                let g = self.global_index(name);
                self.emit(Op::DeleteGlobal(g), loc);
            }
            NameRef::ClassNs => {
                let n = self.add_name(name);
                self.emit(Op::DeleteName(n), loc);
            }
        }
    }

    /// Qualified name for a function or class called `name` defined in
    /// the current unit.
    pub fn qualname_for(&self, name: &str) -> String {
        let u = &self.units[self.cur()];
        match u.kind {
            CODE_FUNCTION => format!("{}.<locals>.{}", u.code.qualname, name),
            CODE_CLASS => format!("{}.{}", u.code.qualname, name),
            _ => name.to_string(),
        }
    }

    /// Can the current unit provide `name` to a nested scope as a cell?
    pub fn provides(&self, name: &str) -> bool {
        let u = &self.units[self.cur()];
        if contains(&u.free_names, name) {
            return true;
        }
        for r in u.renames.iter() {
            if r.0.as_str() == name && r.2 {
                return true;
            }
        }
        if u.kind == CODE_CLASS {
            return name == "__class__" && contains(&u.cell_names, name);
        }
        if u.kind == CODE_FUNCTION {
            return contains(&u.cell_names, name);
        }
        false
    }

    /// Pushes the closure tuple for a nested unit's free names.
    pub fn emit_closure(&mut self, frees: &Vec<String>, loc: &Loc) {
        for n in frees.iter() {
            let slot = match self.cell_slot(n.as_str()) {
                Some(s) => s,
                None => 0,
            };
            self.emit(Op::LoadClosure(slot), loc.clone());
        }
        self.emit(Op::BuildTuple(frees.len()), loc.clone());
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
            StmtKind::AnnAssign(target, ann, value) => {
                if let Some(v) = value {
                    self.compile_expr(v)?;
                    self.compile_store(target)?;
                }
                self.store_annotation(target, ann)?;
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
                self.units[u].fblocks.push(FBlock::Loop(start, Vec::new(), false));
                self.compile_body(body)?;
                self.emit(Op::Jump(start), loc);
                let breaks = self.pop_loop();
                let h = self.here();
                self.patch(jf, h);
                self.compile_body(orelse)?;
                let end = self.here();
                for b in breaks.iter() {
                    self.patch(*b, end);
                }
            }
            StmtKind::For(target, iter, body, orelse, true) => self.compile_async_for(target, iter, body, orelse, &s.span)?,
            StmtKind::With(e, target, body, true) => self.compile_async_with(e, target, body, &s.span)?,
            StmtKind::For(target, iter, body, orelse, false) => {
                self.compile_iterable(iter)?;
                self.emit_get_iter(iter, loc.clone());
                let start = self.emit(Op::ForIter(0), loc.clone());
                self.compile_store(target)?;
                let u = self.cur();
                self.units[u].fblocks.push(FBlock::Loop(start, Vec::new(), true));
                self.compile_body(body)?;
                self.emit(Op::Jump(start), loc);
                let breaks = self.pop_loop();
                let h = self.here();
                self.patch(start, h);
                self.compile_body(orelse)?;
                let end = self.here();
                for b in breaks.iter() {
                    self.patch(*b, end);
                }
            }
            StmtKind::FunctionDef(def) => {
                for d in def.decorators.iter() {
                    self.compile_expr(d)?;
                }
                self.compile_make_function(def, &s.span)?;
                let mut k = def.decorators.len();
                while k > 0 {
                    k -= 1;
                    self.emit(Op::Call(1), loc_of(&def.decorators[k].span));
                }
                self.store_name(def.name.as_str(), loc);
            }
            StmtKind::ClassDef(cdef) => self.compile_class(cdef, &s.span)?,
            StmtKind::Return(value) => {
                if self.units[self.cur()].kind != CODE_FUNCTION {
                    return Err(err_at("'return' outside function", &s.span));
                }
                if value.is_some() && self.units[self.cur()].code.async_kind == 2 {
                    return Err(err_at("'return' with value in async generator", &s.span));
                }
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => {
                        let c = self.add_const(Const::None);
                        self.emit(Op::LoadConst(c), loc.clone());
                    }
                }
                if self.in_star_handler(0) {
                    let sp = match value {
                        Some(v) => v.span.clone(),
                        None => s.span.clone(),
                    };
                    return Err(err_at(STAR_EXIT, &sp));
                }
                self.unwind_fblocks(None, true, &loc)?;
                self.emit(Op::Return, loc);
            }
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Match(subject, cases) => self.compile_match(subject, cases, &loc)?,
            StmtKind::Import(_) | StmtKind::ImportFrom(_, _, _) => self.compile_import(s)?,
            StmtKind::Nonlocal(_) => {
                if self.units[self.cur()].kind == CODE_MODULE {
                    return Err(err_at("nonlocal declaration not allowed at module level", &s.span));
                }
            }
            StmtKind::Break => {
                let depth = match self.innermost_loop() {
                    Some(d) => d,
                    None => return Err(err_at("'break' outside loop", &s.span)),
                };
                if self.in_star_handler(depth + 1) {
                    return Err(err_at(STAR_EXIT, &s.span));
                }
                self.unwind_fblocks(Some(depth), false, &loc)?;
                let u = self.cur();
                let is_for = match &self.units[u].fblocks[depth] {
                    FBlock::Loop(_, _, f) => *f,
                    _ => false,
                };
                if is_for {
                    self.emit(Op::PopIter, loc.clone());
                }
                let j = self.emit(Op::Jump(0), loc);
                if let FBlock::Loop(_, breaks, _) = &mut self.units[u].fblocks[depth] {
                    breaks.push(j);
                }
            }
            StmtKind::Continue => {
                let depth = match self.innermost_loop() {
                    Some(d) => d,
                    None => return Err(err_at("'continue' not properly in loop", &s.span)),
                };
                if self.in_star_handler(depth + 1) {
                    return Err(err_at(STAR_EXIT, &s.span));
                }
                self.unwind_fblocks(Some(depth), false, &loc)?;
                let u = self.cur();
                let target = match &self.units[u].fblocks[depth] {
                    FBlock::Loop(t, _, _) => *t,
                    _ => 0,
                };
                self.emit(Op::Jump(target), loc);
            }
            StmtKind::Try(body, handlers, orelse, finalbody) => self.compile_try(body, handlers, orelse, finalbody, &loc)?,
            StmtKind::Raise(exc, cause) => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n), loc);
            }
            StmtKind::With(e, target, body, false) => self.compile_with(e, target, body, &loc)?,
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
                self.emit(Op::Dup, loc.clone());
                self.emit(Op::LoadAttr(n), loc_of(&target.span));
                self.compile_expr(value)?;
                self.emit(Op::Binary(op.clone(), true), loc.clone());
                self.emit(Op::Rot2, loc.clone());
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
                let mut star = None;
                for k in 0..elts.len() {
                    if let ExprKind::Starred(_) = &elts[k].kind {
                        star = Some(k);
                    }
                }
                match star {
                    Some(k) => {
                        self.emit(Op::UnpackEx(k, elts.len() - k - 1), loc);
                    }
                    None => {
                        self.emit(Op::UnpackSequence(elts.len()), loc);
                    }
                }
                for e in elts.iter() {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.compile_store(inner)?,
                        _ => self.compile_store(e)?,
                    }
                }
            }
            ExprKind::Attribute(obj, name) => {
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
            ExprKind::Name(n) => self.delete_name(n.as_str(), loc),
            ExprKind::Attribute(obj, name) => {
                self.compile_expr(obj)?;
                let n = self.add_name(name.as_str());
                self.emit(Op::DeleteAttr(n), loc);
            }
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

    /// Compiles a `def` or `lambda` (defaults, closure, MakeFunction),
    /// leaving the function on the stack.
    pub fn compile_make_function(&mut self, def: &FunctionDef, span: &Span) -> Result<(), SyntaxErr> {
        let loc = loc_of(span);
        for d in def.defaults.iter() {
            self.compile_expr(d)?;
        }
        let mut flags = 0;
        let mut nkw = 0;
        for k in 0..def.kwonly.len() {
            if let Some(d) = &def.kw_defaults[k] {
                self.load_const(Const::Str(def.kwonly[k].clone()), loc.clone());
                self.compile_expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BuildDict(nkw), loc.clone());
            flags = flags | 1;
        }
        let (code, frees) = self.compile_function(def, span)?;
        if !frees.is_empty() {
            self.emit_closure(&frees, &loc);
            flags = flags | 2;
        }
        self.emit(Op::MakeFunction(code, def.defaults.len(), flags), loc.clone());
        self.set_function_annotations(def, &loc)?;
        Ok(())
    }

    /// Free names of a nested scope that the current unit provides.
    pub fn real_frees(&self, cand: &Vec<String>) -> Vec<String> {
        let mut out = Vec::new();
        for n in cand.iter() {
            if self.provides(n.as_str()) {
                out.push(n.clone());
            }
        }
        out
    }

    /// Compiles a function body into a new code object: (code index,
    /// free variable names, in closure order).
    pub fn compile_function(&mut self, def: &FunctionDef, span: &Span) -> Result<(usize, Vec<String>), SyntaxErr> {
        let info = analyze_function(def);
        let qualname = self.qualname_for(def.name.as_str());
        let frees = self.real_frees(&info.free());
        for n in info.nonlocals.iter() {
            if !contains(&frees, n.as_str()) {
                return Err(err_at(format!("no binding for nonlocal '{}' found", n).as_str(), span));
            }
        }
        let mut code = CodeObject::new(def.name.as_str());
        code.qualname = qualname;
        if let Some(first) = def.body.first() {
            if let StmtKind::Expr(e) = &first.kind {
                if let crate::ast::ExprKind::Str(s) = &e.kind {
                    code.doc = Some(s.clone());
                }
            }
        }
        let params = params_of(def);
        for p in params.iter() {
            if contains(&info.globals, p.as_str()) {
                return Err(err_at(format!("name '{}' is parameter and global", p).as_str(), span));
            }
            if contains(&info.nonlocals, p.as_str()) {
                return Err(err_at(format!("name '{}' is parameter and nonlocal", p).as_str(), span));
            }
            code.local_names.push(p.clone());
        }
        code.argcount = def.params.len();
        code.posonly = def.posonly;
        code.kwonly = def.kwonly.len();
        code.has_varargs = def.vararg.is_some();
        code.has_varkw = def.kwarg.is_some();
        code.is_generator = info.has_yield || def.is_async;
        if def.is_async {
            code.async_kind = if info.has_yield { 2 } else { 1 };
        }
        for n in info.locals.iter() {
            push_unique(&mut code.local_names, n.as_str());
        }
        let cells = info.cells();
        for k in 0..code.local_names.len() {
            if contains(&cells, code.local_names[k].as_str()) {
                code.cells.push(k);
            }
        }
        let n_locals = code.local_names.len();
        code.free_start = n_locals;
        code.nfree = frees.len();
        for n in frees.iter() {
            code.local_names.push(n.clone());
        }
        code.simple = code.cells.is_empty() && frees.is_empty() && code.kwonly == 0 && !code.has_varargs && !code.has_varkw && !code.is_generator;
        let mut unit = new_unit(code, CODE_FUNCTION);
        unit.n_locals = n_locals;
        unit.cell_names = cells;
        unit.free_names = frees.clone();
        self.units.push(unit);
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
        Ok((self.codes.len() - 1, frees))
    }

    // ---- fblock unwinding ------------------------------------------------

    pub fn pop_loop(&mut self) -> Vec<usize> {
        let u = self.cur();
        match self.units[u].fblocks.pop() {
            Some(FBlock::Loop(_, breaks, _)) => breaks,
            _ => Vec::new(),
        }
    }

    /// Is an `except*` handler among the fblocks from index `from` up?
    pub fn in_star_handler(&self, from: usize) -> bool {
        let u = &self.units[self.cur()];
        for k in from..u.fblocks.len() {
            if let FBlock::StarHandler(_) = &u.fblocks[k] {
                return true;
            }
        }
        false
    }

    pub fn innermost_loop(&self) -> Option<usize> {
        let u = &self.units[self.cur()];
        let mut k = u.fblocks.len();
        while k > 0 {
            k -= 1;
            if let FBlock::Loop(_, _, _) = &u.fblocks[k] {
                return Some(k);
            }
        }
        None
    }

    /// Emits the exit code of every fblock above `depth` (all of them for
    /// None, i.e. `return`).  With `preserve_tos` a return value sits on
    /// top of the stack and must survive.  A `for` loop left by `return`
    /// pops its iterator.
    pub fn unwind_fblocks(&mut self, depth: Option<usize>, preserve_tos: bool, loc: &Loc) -> Result<(), SyntaxErr> {
        let u = self.cur();
        let stop = match depth {
            Some(d) => d + 1,
            None => 0,
        };
        let mut popped: Vec<FBlock> = Vec::new();
        while self.units[u].fblocks.len() > stop {
            let fb = self.units[u].fblocks.pop().unwrap();
            match &fb {
                FBlock::Loop(_, _, is_for) => {
                    // Only `return` unwinds through a loop: a `for` pops
                    // its iterator from under the return value (a `with`
                    // further out needs its __exit__ on top).
                    if *is_for {
                        self.emit(Op::Rot2, loc.clone());
                        self.emit(Op::PopIter, loc.clone());
                    }
                }
                FBlock::Try => {
                    self.emit(Op::PopBlock, loc.clone());
                }
                FBlock::Finally(body) => {
                    self.emit(Op::PopBlock, loc.clone());
                    let b = body.clone();
                    if preserve_tos {
                        self.units[u].fblocks.push(FBlock::PopValue);
                    }
                    self.compile_body(&b)?;
                    if preserve_tos {
                        self.units[u].fblocks.pop();
                    }
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Op::Rot2, loc.clone());
                    }
                    self.emit(Op::Pop, loc.clone());
                }
                FBlock::Handler(name) | FBlock::StarHandler(name) => {
                    self.emit(Op::PopExcept, loc.clone());
                    if let Some(n) = name {
                        let n = n.clone();
                        self.clear_name(n.as_str(), loc);
                    }
                }
                FBlock::FinallyHandler => {
                    self.emit(Op::PopExcept, loc.clone());
                }
                FBlock::With => {
                    self.emit(Op::PopBlock, loc.clone());
                    if preserve_tos {
                        self.emit(Op::Rot2, loc.clone());
                    }
                    self.emit(Op::WithExit, loc.clone());
                }
                FBlock::AsyncWith => {
                    self.emit(Op::PopBlock, loc.clone());
                    if preserve_tos {
                        self.emit(Op::Rot2, loc.clone());
                    }
                    self.emit_async_exit(loc);
                }
            }
            popped.push(fb);
        }
        while let Some(fb) = popped.pop() {
            self.units[u].fblocks.push(fb);
        }
        Ok(())
    }

    /// `name = None; del name` (end of `except ... as name`).
    pub fn clear_name(&mut self, name: &str, loc: &Loc) {
        self.load_const(Const::None, loc.clone());
        self.store_name(name, loc.clone());
        self.delete_name(name, loc.clone());
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
