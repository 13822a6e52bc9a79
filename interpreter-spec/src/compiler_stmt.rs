//! Stage 3 (continued): compound statements with blocks for `Compiler`
//! (see compiler.rs for the invariants): `try`, `with`, `class`.
//!
//! Handler protocol (shared with the VM's unwinder): when an exception
//! reaches a `SetupTry` block, the value stack is cut back to the depth
//! it had at `SetupTry`, then (previously handled exception, exception)
//! are pushed and the handler runs with the exception as the handled
//! one.  `PopExcept` removes that pair again (whatever is above it, e.g.
//! a return value, stays) and restores the previous handled exception.

use crate::ast::{ClassDef, Expr, Handler, Span, Stmt, SyntaxErr};
use crate::bytecode::{CodeObject, Const, Loc, Op, CLASS_KWARGS, CODE_CLASS};
use crate::compiler::{loc_of, new_unit, FBlock, Compiler};
use crate::scope::analyze_class;

impl Compiler {
    pub fn compile_try(&mut self, body: &Vec<Stmt>, handlers: &Vec<Handler>, orelse: &Vec<Stmt>, finalbody: &Vec<Stmt>, loc: &Loc) -> Result<(), SyntaxErr> {
        if finalbody.is_empty() {
            return self.compile_try_except(body, handlers, orelse, loc);
        }
        let u = self.cur();
        let setup = self.emit(Op::SetupTry(0), loc.clone());
        self.units[u].fblocks.push(FBlock::Finally(finalbody.clone()));
        if handlers.is_empty() {
            self.compile_body(body)?;
        } else {
            self.compile_try_except(body, handlers, orelse, loc)?;
        }
        self.units[u].fblocks.pop();
        self.emit(Op::PopBlock, loc.clone());
        self.compile_body(finalbody)?;
        let jend = self.emit(Op::Jump(0), loc.clone());
        let h = self.here();
        self.patch_setup(setup, h);
        self.units[u].fblocks.push(FBlock::FinallyHandler);
        self.compile_body(finalbody)?;
        self.units[u].fblocks.pop();
        self.emit(Op::Reraise, loc.clone());
        let end = self.here();
        self.patch(jend, end);
        Ok(())
    }

    pub fn patch_setup(&mut self, at: usize, target: usize) {
        let u = self.cur();
        let op = self.units[u].code.ops[at].clone();
        let new_op = match op {
            Op::SetupTry(_) => Op::SetupTry(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            other => other,
        };
        self.units[u].code.ops[at] = new_op;
    }

    fn compile_try_except(&mut self, body: &Vec<Stmt>, handlers: &Vec<Handler>, orelse: &Vec<Stmt>, loc: &Loc) -> Result<(), SyntaxErr> {
        if !handlers.is_empty() && handlers[0].star {
            return self.compile_try_star(body, handlers, orelse, loc);
        }
        let u = self.cur();
        let setup = self.emit(Op::SetupTry(0), loc.clone());
        self.units[u].fblocks.push(FBlock::Try);
        self.compile_body(body)?;
        self.units[u].fblocks.pop();
        self.emit(Op::PopBlock, loc.clone());
        self.compile_body(orelse)?;
        let mut ends = Vec::new();
        ends.push(self.emit(Op::Jump(0), loc.clone()));
        let h = self.here();
        self.patch_setup(setup, h);
        let mut catch_all = false;
        for hd in handlers.iter() {
            let hloc = loc_of(&hd.span);
            let mut jnext = None;
            match &hd.typ {
                Some(t) => {
                    self.compile_expr(t)?;
                    self.emit(Op::CheckExcMatch, loc_of(&t.span));
                    jnext = Some(self.emit(Op::PopJumpIfFalse(0), hloc.clone()));
                }
                None => catch_all = true,
            }
            if let Some(n) = &hd.name {
                self.emit(Op::Dup, hloc.clone());
                self.store_name(n.as_str(), hloc.clone());
            }
            self.units[u].fblocks.push(FBlock::Handler(hd.name.clone()));
            self.compile_body(&hd.body)?;
            self.units[u].fblocks.pop();
            let end_loc = match hd.body.last() {
                Some(s) => loc_of(&s.span),
                None => hloc.clone(),
            };
            self.emit(Op::PopExcept, end_loc.clone());
            if let Some(n) = &hd.name {
                self.clear_name(n.as_str(), &end_loc);
            }
            ends.push(self.emit(Op::Jump(0), end_loc));
            if let Some(j) = jnext {
                let h = self.here();
                self.patch(j, h);
            }
        }
        if !catch_all {
            self.emit(Op::Reraise, loc.clone());
        }
        let end = self.here();
        for j in ends.iter() {
            self.patch(*j, end);
        }
        Ok(())
    }

    /// `try` with `except*` handlers (see Op::ExcStar).  At the handler the
    /// stack holds (previous, exception) as for `except`; the state the
    /// helpers keep sits above them while the clauses run.  Each clause's
    /// body runs inside a try block, so what it raises is recorded and the
    /// next clause still runs.
    fn compile_try_star(&mut self, body: &Vec<Stmt>, handlers: &Vec<Handler>, orelse: &Vec<Stmt>, loc: &Loc) -> Result<(), SyntaxErr> {
        let u = self.cur();
        let setup = self.emit(Op::SetupTry(0), loc.clone());
        self.units[u].fblocks.push(FBlock::Try);
        self.compile_body(body)?;
        self.units[u].fblocks.pop();
        self.emit(Op::PopBlock, loc.clone());
        self.compile_body(orelse)?;
        let jend = self.emit(Op::Jump(0), loc.clone());
        let h = self.here();
        self.patch_setup(setup, h);
        self.emit(Op::ExcStar(0), loc.clone());
        for hd in handlers.iter() {
            let hloc = loc_of(&hd.span);
            let t = match &hd.typ {
                Some(t) => t,
                None => continue,
            };
            self.compile_expr(t)?;
            self.emit(Op::ExcStar(1), loc_of(&t.span));
            let jnomatch = self.emit(Op::PopJumpIfFalse(0), hloc.clone());
            let inner = self.emit(Op::SetupTry(0), hloc.clone());
            self.units[u].fblocks.push(FBlock::Try);
            self.emit(Op::ExcStar(2), hloc.clone());
            if let Some(n) = &hd.name {
                self.emit(Op::Dup, hloc.clone());
                self.store_name(n.as_str(), hloc.clone());
            }
            self.units[u].fblocks.push(FBlock::StarHandler(hd.name.clone()));
            self.compile_body(&hd.body)?;
            self.units[u].fblocks.pop();
            self.units[u].fblocks.pop();
            let end_loc = match hd.body.last() {
                Some(s) => loc_of(&s.span),
                None => hloc.clone(),
            };
            self.emit(Op::PopExcept, end_loc.clone());
            if let Some(n) = &hd.name {
                self.clear_name(n.as_str(), &end_loc);
            }
            self.emit(Op::PopBlock, end_loc.clone());
            let jnext = self.emit(Op::Jump(0), end_loc.clone());
            let hh = self.here();
            self.patch_setup(inner, hh);
            if let Some(n) = &hd.name {
                self.clear_name(n.as_str(), &end_loc);
            }
            self.emit(Op::ExcStar(3), end_loc.clone());
            self.emit(Op::PopExcept, end_loc.clone());
            let nm = self.here();
            self.patch(jnomatch, nm);
            self.patch(jnext, nm);
            self.emit(Op::Pop, hloc.clone());
        }
        self.emit(Op::ExcStar(4), loc.clone());
        self.emit(Op::PopExcept, loc.clone());
        let end = self.here();
        self.patch(jend, end);
        Ok(())
    }

    pub fn compile_with(&mut self, e: &Expr, target: &Option<Expr>, body: &Vec<Stmt>, loc: &Loc) -> Result<(), SyntaxErr> {
        let u = self.cur();
        self.compile_expr(e)?;
        let setup = self.emit(Op::SetupWith(0), loc_of(&e.span));
        match target {
            Some(t) => self.compile_store(t)?,
            None => {
                self.emit(Op::Pop, loc.clone());
            }
        }
        self.units[u].fblocks.push(FBlock::With);
        self.compile_body(body)?;
        self.units[u].fblocks.pop();
        self.emit(Op::PopBlock, loc.clone());
        self.emit(Op::WithExit, loc.clone());
        let jend = self.emit(Op::Jump(0), loc.clone());
        let h = self.here();
        self.patch_setup(setup, h);
        self.emit(Op::WithExceptStart, loc.clone());
        let jswallow = self.emit(Op::PopJumpIfTrue(0), loc.clone());
        self.emit(Op::Reraise, loc.clone());
        let h2 = self.here();
        self.patch(jswallow, h2);
        self.emit(Op::PopExcept, loc.clone());
        self.emit(Op::Pop, loc.clone());
        let end = self.here();
        self.patch(jend, end);
        Ok(())
    }

    pub fn compile_class(&mut self, cdef: &ClassDef, span: &Span) -> Result<(), SyntaxErr> {
        let loc = loc_of(span);
        for d in cdef.decorators.iter() {
            self.compile_expr(d)?;
        }
        for b in cdef.bases.iter() {
            self.compile_expr(b)?;
        }
        for k in cdef.keywords.iter() {
            let name = match &k.name {
                Some(n) => n.clone(),
                None => String::new(),
            };
            self.load_const(Const::Str(name), loc.clone());
            self.compile_expr(&k.value)?;
        }
        if !cdef.keywords.is_empty() {
            self.emit(Op::BuildDict(cdef.keywords.len()), loc.clone());
        }
        let info = analyze_class(&cdef.body);
        let frees = self.real_frees(&info.free());
        let mut code = CodeObject::new(cdef.name.as_str());
        code.qualname = self.qualname_for(cdef.name.as_str());
        let cells = info.cells();
        for c in cells.iter() {
            code.local_names.push(c.clone());
            code.cells.push(code.local_names.len() - 1);
        }
        let n_locals = code.local_names.len();
        code.free_start = n_locals;
        code.nfree = frees.len();
        for n in frees.iter() {
            code.local_names.push(n.clone());
        }
        code.simple = false;
        let mut unit = new_unit(code, CODE_CLASS);
        unit.n_locals = n_locals;
        unit.cell_names = cells;
        unit.free_names = frees.clone();
        self.units.push(unit);
        self.load_name("__name__", loc.clone())?;
        self.store_name("__module__", loc.clone());
        if let Some(first) = cdef.body.first() {
            if let crate::ast::StmtKind::Expr(e) = &first.kind {
                if let crate::ast::ExprKind::Str(doc) = &e.kind {
                    self.load_const(Const::Str(doc.clone()), loc.clone());
                    self.store_name("__doc__", loc.clone());
                }
            }
        }
        self.setup_annotations(&cdef.body)?;
        self.compile_body(&cdef.body)?;
        let none = self.add_const(Const::None);
        self.emit(Op::LoadConst(none), loc.clone());
        self.emit(Op::Return, loc.clone());
        let unit = self.units.pop().unwrap();
        self.codes.push(unit.code);
        let code_idx = self.codes.len() - 1;
        let mut flags = 0;
        if !frees.is_empty() {
            self.emit_closure(&frees, &loc);
            flags = 2;
        }
        self.emit(Op::MakeFunction(code_idx, 0, flags), loc.clone());
        let name_const = self.add_const(Const::Str(cdef.name.clone()));
        let kw_flag = if cdef.keywords.is_empty() { 0 } else { CLASS_KWARGS };
        self.emit(Op::BuildClass(cdef.bases.len() + kw_flag, name_const), loc.clone());
        let mut k = cdef.decorators.len();
        while k > 0 {
            k -= 1;
            self.emit(Op::Call(1), loc_of(&cdef.decorators[k].span));
        }
        self.store_name(cdef.name.as_str(), loc);
        Ok(())
    }
}

/// The source text of an annotation, as `ast.unparse` writes the common
/// forms (names, attributes, subscripts, tuples, lists, `|`, constants).
pub fn unparse(e: &Expr) -> String {
    use crate::ast::ExprKind;
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Attribute(v, a) => format!("{}.{}", unparse(v), a),
        ExprKind::Subscript(v, i) => {
            let inner = match &i.kind {
                ExprKind::Tuple(items) if !items.is_empty() => join_unparsed(items),
                _ => unparse(i),
            };
            format!("{}[{}]", unparse(v), inner)
        }
        ExprKind::Tuple(items) => {
            if items.len() == 1 {
                format!("({},)", unparse(&items[0]))
            } else {
                format!("({})", join_unparsed(items))
            }
        }
        ExprKind::List(items) => format!("[{}]", join_unparsed(items)),
        ExprKind::BinOp(op, a, b) => format!("{} {} {}", unparse(a), op.symbol(), unparse(b)),
        ExprKind::NoneLit => "None".to_string(),
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::Bool(b) => if *b { "True".to_string() } else { "False".to_string() },
        ExprKind::Int(i) => format!("{}", i),
        ExprKind::Str(s) => {
            if s.contains("'") && !s.contains("\"") {
                format!("\"{}\"", s)
            } else {
                format!("'{}'", s.replace("'", "\\'"))
            }
        }
        _ => "...".to_string(),
    }
}

fn join_unparsed(items: &Vec<Expr>) -> String {
    let mut out = String::new();
    for k in 0..items.len() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(unparse(&items[k]).as_str());
    }
    out
}
