//! Stage 3 helper: static scope analysis (CPython's symtable, reduced).
//!
//! Invariants:
//! - `analyze_function` / `analyze_class` / `analyze_module` look at one
//!   scope's own statements; nested scopes (def, lambda, class, generator
//!   expression) contribute only their *free* names (`child_free`), which
//!   is what decides the cell variables of the enclosing function.
//! - Inline comprehensions (list, set, dict) belong to the enclosing
//!   scope, but their loop variables are private to them: uses of those
//!   names inside the comprehension are not uses of the enclosing scope.
//! - A function that mentions `super` uses the implicit `__class__`
//!   cell of the class body it is defined in, like CPython.
//! - Free names are only *candidates*: the compiler keeps those the
//!   enclosing unit can actually provide; the rest are globals.

use crate::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind, COMP_GEN};

pub struct ScopeInfo {
    /// Names bound in the scope (parameters first), not global/nonlocal.
    pub locals: Vec<String>,
    pub globals: Vec<String>,
    pub nonlocals: Vec<String>,
    /// Names the scope's own code reads or writes.
    pub uses: Vec<String>,
    /// Union of the free names of the nested scopes.
    pub child_free: Vec<String>,
    pub has_yield: bool,
    /// Comprehension variables in scope during the walk.
    shadow: Vec<String>,
    is_class: bool,
    /// A generator expression: `:=` targets belong to the enclosing
    /// scope (collected in `walrus`), like CPython.
    walrus_outer: bool,
    pub walrus: Vec<String>,
}

pub fn contains(v: &Vec<String>, s: &str) -> bool {
    for x in v.iter() {
        if x.as_str() == s {
            return true;
        }
    }
    false
}

pub fn push_unique(v: &mut Vec<String>, s: &str) {
    if !contains(v, s) {
        v.push(s.to_string());
    }
}

fn new_info(is_class: bool) -> ScopeInfo {
    ScopeInfo {
        locals: Vec::new(),
        globals: Vec::new(),
        nonlocals: Vec::new(),
        uses: Vec::new(),
        child_free: Vec::new(),
        has_yield: false,
        shadow: Vec::new(),
        is_class: is_class,
        walrus_outer: false,
        walrus: Vec::new(),
    }
}

pub fn params_of(def: &FunctionDef) -> Vec<String> {
    let mut out = Vec::new();
    for p in def.params.iter() {
        out.push(p.clone());
    }
    for p in def.kwonly.iter() {
        out.push(p.clone());
    }
    if let Some(v) = &def.vararg {
        out.push(v.clone());
    }
    if let Some(k) = &def.kwarg {
        out.push(k.clone());
    }
    out
}

pub fn analyze_function(def: &FunctionDef) -> ScopeInfo {
    let mut info = new_info(false);
    for p in params_of(def).iter() {
        push_unique(&mut info.locals, p.as_str());
    }
    info.walk_stmts(&def.body);
    info.finish();
    info
}

pub fn analyze_class(body: &Vec<Stmt>) -> ScopeInfo {
    let mut info = new_info(true);
    info.walk_stmts(body);
    info.finish();
    info
}

/// Scope of a generator expression: its first iterable is evaluated
/// outside (passed in as `.0`), the rest is the body.
pub fn analyze_genexp(e: &Expr) -> ScopeInfo {
    let mut info = new_info(false);
    info.walrus_outer = true;
    push_unique(&mut info.locals, ".0");
    if let ExprKind::Comp(_, elt, value, fors) = &e.kind {
        for k in 0..fors.len() {
            if k > 0 {
                info.walk_expr(&fors[k].iter);
            }
            info.bind_target(&fors[k].target);
            for c in fors[k].conds.iter() {
                info.walk_expr(c);
            }
        }
        info.walk_expr(elt);
        if let Some(v) = value {
            info.walk_expr(v);
        }
    }
    info.finish();
    info
}

/// Free names of a nested function scope.
pub fn function_free(def: &FunctionDef) -> Vec<String> {
    let info = analyze_function(def);
    info.free()
}

/// The free names that nested scopes inside `e` (an inline comprehension
/// element, condition or iterable) take from their surroundings.
pub fn nested_free_in(exprs: &Vec<&Expr>) -> Vec<String> {
    let mut info = new_info(false);
    for e in exprs.iter() {
        info.walk_expr(e);
    }
    info.child_free
}

impl ScopeInfo {
    fn finish(&mut self) {
        let mut kept = Vec::new();
        for n in self.locals.iter() {
            if !contains(&self.globals, n.as_str()) && !contains(&self.nonlocals, n.as_str()) {
                kept.push(n.clone());
            }
        }
        self.locals = kept;
    }

    /// The scope's free names (candidates for closure variables).
    pub fn free(&self) -> Vec<String> {
        let mut out = Vec::new();
        for n in self.uses.iter() {
            if !contains(&self.locals, n.as_str()) && !contains(&self.globals, n.as_str()) {
                push_unique(&mut out, n.as_str());
            }
        }
        for n in self.child_free.iter() {
            if self.is_class {
                if n.as_str() != "__class__" && !contains(&self.globals, n.as_str()) {
                    push_unique(&mut out, n.as_str());
                }
            } else if !contains(&self.locals, n.as_str()) && !contains(&self.globals, n.as_str()) {
                push_unique(&mut out, n.as_str());
            }
        }
        for n in self.nonlocals.iter() {
            push_unique(&mut out, n.as_str());
        }
        out
    }

    /// Locals captured by nested scopes.
    pub fn cells(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.is_class {
            if contains(&self.child_free, "__class__") {
                out.push("__class__".to_string());
            }
            return out;
        }
        for n in self.locals.iter() {
            if contains(&self.child_free, n.as_str()) {
                out.push(n.clone());
            }
        }
        out
    }

    fn use_name(&mut self, n: &str) {
        if contains(&self.shadow, n) {
            return;
        }
        push_unique(&mut self.uses, n);
    }

    fn bind_name(&mut self, n: &str) {
        push_unique(&mut self.locals, n);
        push_unique(&mut self.uses, n);
    }

    fn bind_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind_name(n.as_str()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts.iter() {
                    self.bind_target(e);
                }
            }
            ExprKind::Starred(inner) => self.bind_target(inner),
            _ => self.walk_expr(t),
        }
    }

    fn add_child(&mut self, free: &Vec<String>) {
        for n in free.iter() {
            if contains(&self.shadow, n.as_str()) {
                continue;
            }
            push_unique(&mut self.child_free, n.as_str());
        }
    }

    fn walk_def_outside(&mut self, def: &FunctionDef) {
        for d in def.decorators.iter() {
            self.walk_expr(d);
        }
        for (_, a) in def.annotations.iter() {
            self.walk_expr(a);
        }
        for d in def.defaults.iter() {
            self.walk_expr(d);
        }
        for d in def.kw_defaults.iter() {
            if let Some(x) = d {
                self.walk_expr(x);
            }
        }
        let free = function_free(def);
        self.add_child(&free);
    }

    pub fn walk_stmts(&mut self, stmts: &Vec<Stmt>) {
        for s in stmts.iter() {
            self.walk_stmt(s);
        }
    }

    fn walk_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.walk_expr(e),
            StmtKind::Assign(targets, value) => {
                self.walk_expr(value);
                for t in targets.iter() {
                    self.bind_target(t);
                }
            }
            StmtKind::AugAssign(t, _, v) => {
                self.walk_expr(v);
                self.bind_target(t);
            }
            StmtKind::AnnAssign(t, a, v) => {
                self.walk_expr(a);
                if let Some(x) = v {
                    self.walk_expr(x);
                    self.bind_target(t);
                } else if let ExprKind::Name(n) = &t.kind {
                    // `x: int` alone still makes x local.
                    push_unique(&mut self.locals, n.as_str());
                }
            }
            StmtKind::If(test, body, orelse) | StmtKind::While(test, body, orelse) => {
                self.walk_expr(test);
                self.walk_stmts(body);
                self.walk_stmts(orelse);
            }
            StmtKind::For(t, iter, body, orelse, _) => {
                self.walk_expr(iter);
                self.bind_target(t);
                self.walk_stmts(body);
                self.walk_stmts(orelse);
            }
            StmtKind::FunctionDef(def) => {
                self.walk_def_outside(def);
                self.bind_name(def.name.as_str());
            }
            StmtKind::ClassDef(c) => {
                for d in c.decorators.iter() {
                    self.walk_expr(d);
                }
                for b in c.bases.iter() {
                    self.walk_expr(b);
                }
                for k in c.keywords.iter() {
                    self.walk_expr(&k.value);
                }
                let info = analyze_class(&c.body);
                let free = info.free();
                self.add_child(&free);
                self.bind_name(c.name.as_str());
            }
            StmtKind::Return(v) => {
                if let Some(x) = v {
                    self.walk_expr(x);
                }
            }
            StmtKind::Try(body, handlers, orelse, finalbody) => {
                self.walk_stmts(body);
                for h in handlers.iter() {
                    if let Some(t) = &h.typ {
                        self.walk_expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind_name(n.as_str());
                    }
                    self.walk_stmts(&h.body);
                }
                self.walk_stmts(orelse);
                self.walk_stmts(finalbody);
            }
            StmtKind::Raise(e, c) => {
                if let Some(x) = e {
                    self.walk_expr(x);
                }
                if let Some(x) = c {
                    self.walk_expr(x);
                }
            }
            StmtKind::With(e, t, body, _) => {
                self.walk_expr(e);
                if let Some(x) = t {
                    self.bind_target(x);
                }
                self.walk_stmts(body);
            }
            StmtKind::Global(names) => {
                for n in names.iter() {
                    push_unique(&mut self.globals, n.as_str());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names.iter() {
                    push_unique(&mut self.nonlocals, n.as_str());
                }
            }
            StmtKind::Del(targets) => {
                for t in targets.iter() {
                    self.bind_target(t);
                }
            }
            StmtKind::Assert(t, m) => {
                self.walk_expr(t);
                if let Some(x) = m {
                    self.walk_expr(x);
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom(_, names, _) => {
                for a in names.iter() {
                    if a.name.as_str() != "*" {
                        self.bind_name(a.bound().as_str());
                    }
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Match(subject, cases) => {
                self.walk_expr(subject);
                for c in cases.iter() {
                    let mut es = Vec::new();
                    crate::pattern::pattern_exprs(&c.pattern, &mut es);
                    for e in es.iter() {
                        self.walk_expr(e);
                    }
                    let mut names = Vec::new();
                    crate::pattern::pattern_names(&c.pattern, &mut names);
                    for n in names.iter() {
                        self.bind_name(n.as_str());
                    }
                    if let Some(g) = &c.guard {
                        self.walk_expr(g);
                    }
                    self.walk_stmts(&c.body);
                }
            }
        }
    }

    fn walk_opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(x) = e {
            self.walk_expr(x);
        }
    }

    pub fn walk_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::NoneLit => {}
            ExprKind::Bytes(_) | ExprKind::Imag(_) | ExprKind::Ellipsis => {}
            ExprKind::Name(n) => {
                if n.as_str() == "super" && !self.is_class {
                    self.use_name("__class__");
                }
                self.use_name(n.as_str());
            }
            ExprKind::BinOp(_, a, b) => {
                self.walk_expr(a);
                self.walk_expr(b);
            }
            ExprKind::Unary(_, a) | ExprKind::Starred(a) | ExprKind::YieldFrom(a) | ExprKind::Await(a) => {
                if let ExprKind::YieldFrom(_) = &e.kind {
                    self.has_yield = true;
                }
                self.walk_expr(a);
            }
            ExprKind::Attribute(a, _) => self.walk_expr(a),
            ExprKind::BoolOp(_, vs) | ExprKind::List(vs) | ExprKind::Tuple(vs) | ExprKind::Set(vs) => {
                for v in vs.iter() {
                    self.walk_expr(v);
                }
            }
            ExprKind::Compare(a, _, rs) => {
                self.walk_expr(a);
                for r in rs.iter() {
                    self.walk_expr(r);
                }
            }
            ExprKind::Call(f, args, kws) => {
                self.walk_expr(f);
                for a in args.iter() {
                    self.walk_expr(a);
                }
                for k in kws.iter() {
                    self.walk_expr(&k.value);
                }
            }
            ExprKind::Subscript(a, b) => {
                self.walk_expr(a);
                self.walk_expr(b);
            }
            ExprKind::Slice(a, b, c) => {
                self.walk_opt(a);
                self.walk_opt(b);
                self.walk_opt(c);
            }
            ExprKind::Dict(ks, vs) => {
                for k in ks.iter() {
                    self.walk_expr(k);
                }
                for v in vs.iter() {
                    self.walk_expr(v);
                }
            }
            ExprKind::IfExp(a, b, c) => {
                self.walk_expr(a);
                self.walk_expr(b);
                self.walk_expr(c);
            }
            ExprKind::FString(parts) => {
                for p in parts.iter() {
                    self.walk_expr(&p.expr);
                }
            }
            ExprKind::Comp(kind, elt, value, fors) => {
                if *kind == COMP_GEN {
                    self.walk_expr(&fors[0].iter);
                    let info = analyze_genexp(e);
                    let free = info.free();
                    self.add_child(&free);
                    for n in info.walrus.iter() {
                        self.bind_walrus(n.as_str());
                    }
                    return;
                }
                let saved = self.shadow.len();
                for f in fors.iter() {
                    self.walk_expr(&f.iter);
                    let mut names = Vec::new();
                    crate::compiler::collect_target_names(&f.target, &mut names);
                    for n in names.iter() {
                        self.shadow.push(n.clone());
                    }
                    for c in f.conds.iter() {
                        self.walk_expr(c);
                    }
                }
                self.walk_expr(elt);
                self.walk_opt(value);
                self.shadow.truncate(saved);
            }
            ExprKind::Lambda(def) => self.walk_def_outside(def),
            ExprKind::Yield(v) => {
                self.has_yield = true;
                self.walk_opt(v);
            }
            ExprKind::NamedExpr(n, v) => {
                self.walk_expr(v);
                self.bind_walrus(n.as_str());
            }
        }
    }

    fn bind_walrus(&mut self, n: &str) {
        if self.walrus_outer {
            self.use_name(n);
            push_unique(&mut self.walrus, n);
        } else {
            self.bind_name(n);
        }
    }
}

// ---- declaration checks (CPython's symtable errors) ---------------------

const SCOPE_MODULE: u8 = 0;
const SCOPE_FUNCTION: u8 = 1;
const SCOPE_CLASS: u8 = 2;

/// One def/class/module scope seen by `check_declarations`.
struct DeclScope {
    kind: u8,
    parent: usize,
    params: Vec<String>,
    assigned: Vec<String>,
    used: Vec<String>,
    annotated: Vec<String>,
    globals: Vec<String>,
    /// `nonlocal` names with the span of their statement.
    nonlocals: Vec<(String, crate::ast::Span)>,
}

struct DeclVisitor {
    scopes: Vec<DeclScope>,
}

fn decl_err(msg: String, s: &crate::ast::Span) -> crate::ast::SyntaxErr {
    let end = if s.end_line == s.line { s.end_col } else { s.col + 1 };
    crate::ast::SyntaxErr::new(msg.as_str(), s.line, s.col, end)
}

/// CPython's symtable errors for `global`/`nonlocal`, in CPython's order:
/// conflicts with earlier uses (found while visiting the file), then
/// unresolvable `nonlocal` names (found when analysing it).
pub fn check_declarations(module: &Vec<Stmt>) -> Result<(), crate::ast::SyntaxErr> {
    let mut v = DeclVisitor { scopes: Vec::new() };
    v.new_scope(SCOPE_MODULE, 0);
    v.visit_stmts(0, module)?;
    for k in 0..v.scopes.len() {
        let nl = v.scopes[k].nonlocals.clone();
        for (name, span) in nl.iter() {
            if v.scopes[k].kind == SCOPE_MODULE {
                return Err(decl_err("nonlocal declaration not allowed at module level".to_string(), span));
            }
            if contains(&v.scopes[k].globals, name.as_str()) {
                return Err(decl_err(format!("name '{}' is nonlocal and global", name), span));
            }
            let mut p = v.scopes[k].parent;
            let mut found = false;
            while p != 0 {
                let s = &v.scopes[p];
                if s.kind == SCOPE_FUNCTION && !contains(&s.globals, name.as_str()) {
                    let mut nls = Vec::new();
                    for (n, _) in s.nonlocals.iter() {
                        nls.push(n.clone());
                    }
                    if contains(&s.params, name.as_str()) || contains(&s.assigned, name.as_str()) || contains(&nls, name.as_str()) {
                        found = true;
                        break;
                    }
                }
                p = s.parent;
            }
            if !found {
                return Err(decl_err(format!("no binding for nonlocal '{}' found", name), span));
            }
        }
    }
    Ok(())
}

impl DeclVisitor {
    fn new_scope(&mut self, kind: u8, parent: usize) -> usize {
        self.scopes.push(DeclScope {
            kind: kind,
            parent: parent,
            params: Vec::new(),
            assigned: Vec::new(),
            used: Vec::new(),
            annotated: Vec::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
        });
        self.scopes.len() - 1
    }

    fn visit_stmts(&mut self, sc: usize, stmts: &Vec<Stmt>) -> Result<(), crate::ast::SyntaxErr> {
        for s in stmts.iter() {
            self.visit_stmt(sc, s)?;
        }
        Ok(())
    }

    fn assign(&mut self, sc: usize, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => push_unique(&mut self.scopes[sc].assigned, n.as_str()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts.iter() {
                    self.assign(sc, e);
                }
            }
            ExprKind::Starred(inner) => self.assign(sc, inner),
            _ => self.uses(sc, t),
        }
    }

    /// Records the names an expression reads (not looking into nested
    /// scopes, except what they evaluate in this one).
    fn uses(&mut self, sc: usize, e: &Expr) {
        let mut info = new_info(false);
        match &e.kind {
            ExprKind::Lambda(def) => {
                for d in def.defaults.iter() {
                    info.walk_expr(d);
                }
            }
            _ => info.walk_expr(e),
        }
        for n in info.uses.iter() {
            push_unique(&mut self.scopes[sc].used, n.as_str());
        }
        for n in info.locals.iter() {
            // walrus targets
            push_unique(&mut self.scopes[sc].assigned, n.as_str());
        }
    }

    fn visit_def(&mut self, sc: usize, def: &FunctionDef) -> Result<(), crate::ast::SyntaxErr> {
        push_unique(&mut self.scopes[sc].assigned, def.name.as_str());
        for d in def.defaults.iter() {
            self.uses(sc, d);
        }
        for d in def.kw_defaults.iter() {
            if let Some(x) = d {
                self.uses(sc, x);
            }
        }
        for d in def.decorators.iter() {
            self.uses(sc, d);
        }
        for (_, a) in def.annotations.iter() {
            self.uses(sc, a);
        }
        let inner = self.new_scope(SCOPE_FUNCTION, sc);
        self.scopes[inner].params = params_of(def);
        self.visit_stmts(inner, &def.body)
    }

    fn declare(&mut self, sc: usize, names: &Vec<String>, is_global: bool, span: &crate::ast::Span) -> Result<(), crate::ast::SyntaxErr> {
        let what = if is_global { "global" } else { "nonlocal" };
        for n in names.iter() {
            let s = &self.scopes[sc];
            let name = n.as_str();
            let msg = if contains(&s.params, name) {
                Some(format!("name '{}' is parameter and {}", name, what))
            } else if contains(&s.used, name) {
                Some(format!("name '{}' is used prior to {} declaration", name, what))
            } else if contains(&s.annotated, name) {
                Some(format!("annotated name '{}' can't be {}", name, what))
            } else if contains(&s.assigned, name) {
                Some(format!("name '{}' is assigned to before {} declaration", name, what))
            } else {
                None
            };
            if let Some(m) = msg {
                return Err(decl_err(m, span));
            }
            if is_global {
                push_unique(&mut self.scopes[sc].globals, name);
            } else {
                self.scopes[sc].nonlocals.push((n.clone(), span.clone()));
            }
        }
        Ok(())
    }

    fn visit_stmt(&mut self, sc: usize, s: &Stmt) -> Result<(), crate::ast::SyntaxErr> {
        match &s.kind {
            StmtKind::Expr(e) => self.uses(sc, e),
            StmtKind::Assign(targets, value) => {
                for t in targets.iter() {
                    self.assign(sc, t);
                }
                self.uses(sc, value);
            }
            StmtKind::AugAssign(t, _, v) => {
                self.assign(sc, t);
                self.uses(sc, v);
            }
            StmtKind::AnnAssign(t, a, v) => {
                self.uses(sc, a);
                if let ExprKind::Name(n) = &t.kind {
                    push_unique(&mut self.scopes[sc].annotated, n.as_str());
                }
                self.assign(sc, t);
                if let Some(x) = v {
                    self.uses(sc, x);
                }
            }
            StmtKind::If(test, body, orelse) | StmtKind::While(test, body, orelse) => {
                self.uses(sc, test);
                self.visit_stmts(sc, body)?;
                self.visit_stmts(sc, orelse)?;
            }
            StmtKind::For(t, iter, body, orelse, _) => {
                self.assign(sc, t);
                self.uses(sc, iter);
                self.visit_stmts(sc, body)?;
                self.visit_stmts(sc, orelse)?;
            }
            StmtKind::FunctionDef(def) => self.visit_def(sc, def)?,
            StmtKind::ClassDef(c) => {
                push_unique(&mut self.scopes[sc].assigned, c.name.as_str());
                for b in c.bases.iter() {
                    self.uses(sc, b);
                }
                for d in c.decorators.iter() {
                    self.uses(sc, d);
                }
                let inner = self.new_scope(SCOPE_CLASS, sc);
                self.visit_stmts(inner, &c.body)?;
            }
            StmtKind::Return(v) => {
                if let Some(x) = v {
                    self.uses(sc, x);
                }
            }
            StmtKind::Try(body, handlers, orelse, finalbody) => {
                self.visit_stmts(sc, body)?;
                for h in handlers.iter() {
                    if let Some(t) = &h.typ {
                        self.uses(sc, t);
                    }
                    if let Some(n) = &h.name {
                        push_unique(&mut self.scopes[sc].assigned, n.as_str());
                    }
                    self.visit_stmts(sc, &h.body)?;
                }
                self.visit_stmts(sc, orelse)?;
                self.visit_stmts(sc, finalbody)?;
            }
            StmtKind::Raise(e, c) => {
                if let Some(x) = e {
                    self.uses(sc, x);
                }
                if let Some(x) = c {
                    self.uses(sc, x);
                }
            }
            StmtKind::With(e, t, body, _) => {
                self.uses(sc, e);
                if let Some(x) = t {
                    self.assign(sc, x);
                }
                self.visit_stmts(sc, body)?;
            }
            StmtKind::Global(names) => self.declare(sc, names, true, &s.span)?,
            StmtKind::Nonlocal(names) => self.declare(sc, names, false, &s.span)?,
            StmtKind::Del(targets) => {
                for t in targets.iter() {
                    self.assign(sc, t);
                }
            }
            StmtKind::Assert(t, m) => {
                self.uses(sc, t);
                if let Some(x) = m {
                    self.uses(sc, x);
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom(_, names, _) => {
                for a in names.iter() {
                    if a.name.as_str() != "*" {
                        push_unique(&mut self.scopes[sc].assigned, a.bound().as_str());
                    }
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Match(subject, cases) => {
                self.uses(sc, subject);
                for c in cases.iter() {
                    let mut es = Vec::new();
                    crate::pattern::pattern_exprs(&c.pattern, &mut es);
                    for e in es.iter() {
                        self.uses(sc, e);
                    }
                    let mut names = Vec::new();
                    crate::pattern::pattern_names(&c.pattern, &mut names);
                    for n in names.iter() {
                        let t = Expr { kind: ExprKind::Name(n.clone()), span: c.pattern.span.clone() };
                        self.assign(sc, &t);
                    }
                    if let Some(g) = &c.guard {
                        self.uses(sc, g);
                    }
                    self.visit_stmts(sc, &c.body)?;
                }
            }
        }
        Ok(())
    }
}
