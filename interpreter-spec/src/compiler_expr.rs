//! Stage 3 (continued): expression compilation for `Compiler` (see
//! compiler.rs for the invariants).  Every expression leaves exactly one
//! value on the stack; ops that can raise carry the expression's `Loc`
//! (with binop/subscript anchors for CPython's caret lines).

use crate::ast::{CmpOp, CompFor, Expr, ExprKind, Keyword, Span, SyntaxErr, UnaryOp, COMP_GEN, COMP_LIST, COMP_SET};
use crate::bytecode::{CodeObject, Const, Loc, Op, CODE_FUNCTION};
use crate::compiler::{collect_target_names, err_at, loc_of, loc_subscript, new_unit, Compiler, NameRef};
use crate::scope::{analyze_genexp, contains, nested_free_in};

/// Is `e` a constant after CPython's AST optimizer (literals, signed
/// number literals, tuples of constants)?
pub fn is_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::NoneLit => true,
        ExprKind::Bytes(_) | ExprKind::Imag(_) | ExprKind::Ellipsis => true,
        ExprKind::Unary(op, inner) => {
            if *op == UnaryOp::Not {
                return false;
            }
            match &inner.kind {
                ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Bool(_) => true,
                _ => false,
            }
        }
        ExprKind::Tuple(elts) => all_const(elts),
        _ => false,
    }
}

pub fn all_const(elts: &Vec<Expr>) -> bool {
    for e in elts.iter() {
        if !is_const(e) {
            return false;
        }
    }
    true
}

fn has_star(elts: &Vec<Expr>) -> bool {
    for e in elts.iter() {
        if let ExprKind::Starred(_) = &e.kind {
            return true;
        }
    }
    false
}

impl Compiler {
    pub fn compile_expr(&mut self, e: &Expr) -> Result<(), SyntaxErr> {
        let loc = loc_of(&e.span);
        match &e.kind {
            ExprKind::Int(v) => self.load_const(Const::Int(*v), loc),
            ExprKind::BigInt(d) => self.load_const(Const::BigInt(d.clone()), loc),
            ExprKind::Float(v) => self.load_const(Const::Float(*v), loc),
            ExprKind::Str(s) => self.load_const(Const::Str(s.clone()), loc),
            ExprKind::Bool(b) => self.load_const(Const::Bool(*b), loc),
            ExprKind::NoneLit => self.load_const(Const::None, loc),
            ExprKind::Bytes(b) => self.load_const(Const::Bytes(b.clone()), loc),
            ExprKind::Imag(f) => self.load_const(Const::Imag(*f), loc),
            ExprKind::Ellipsis => self.load_const(Const::Ellipsis, loc),
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
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                let is_list = match &e.kind {
                    ExprKind::List(_) => true,
                    _ => false,
                };
                if has_star(elts) {
                    self.compile_star_list(elts, &loc)?;
                    if !is_list {
                        self.emit(Op::ListToTuple, loc);
                    }
                } else {
                    for x in elts.iter() {
                        self.compile_expr(x)?;
                    }
                    if is_list {
                        self.emit(Op::BuildList(elts.len()), loc);
                    } else {
                        self.emit(Op::BuildTuple(elts.len()), loc);
                    }
                }
            }
            ExprKind::Set(elts) => {
                if elts.len() > 2 && all_const(elts) {
                    for x in elts.iter() {
                        self.compile_expr(x)?;
                    }
                    self.emit(Op::BuildConstSet(elts.len(), false), loc);
                    return Ok(());
                }
                if has_star(elts) {
                    self.compile_star_list(elts, &loc)?;
                    self.emit(Op::ListToSet, loc);
                    return Ok(());
                }
                for x in elts.iter() {
                    self.compile_expr(x)?;
                }
                self.emit(Op::BuildSet(elts.len()), loc);
            }
            ExprKind::Dict(keys, values) => {
                if has_star(values) {
                    self.emit(Op::BuildDict(0), loc.clone());
                    for i in 0..keys.len() {
                        if let ExprKind::Starred(inner) = &values[i].kind {
                            self.compile_expr(inner)?;
                            self.emit(Op::DictMerge(1), loc.clone());
                        } else {
                            self.compile_expr(&keys[i])?;
                            self.compile_expr(&values[i])?;
                            self.emit(Op::MapAdd(1), loc.clone());
                        }
                    }
                } else {
                    for i in 0..keys.len() {
                        self.compile_expr(&keys[i])?;
                        self.compile_expr(&values[i])?;
                    }
                    self.emit(Op::BuildDict(keys.len()), loc);
                }
            }
            ExprKind::Starred(_) => return Err(err_at("can't use starred expression here", &e.span)),
            ExprKind::Lambda(def) => self.compile_make_function(def, &e.span)?,
            ExprKind::Yield(v) => {
                self.check_yield(&e.span)?;
                match v {
                    Some(x) => self.compile_expr(x)?,
                    None => self.load_const(Const::None, loc.clone()),
                }
                if self.units[self.cur()].code.async_kind == 2 {
                    self.emit(Op::Async(8, 0), loc.clone());
                }
                self.emit(Op::Yield, loc);
            }
            ExprKind::Await(x) => self.compile_await(x, &e.span)?,
            ExprKind::YieldFrom(x) => {
                self.check_yield(&e.span)?;
                if self.units[self.cur()].code.async_kind != 0 {
                    return Err(crate::compiler::err_at("'yield from' inside async function", &e.span));
                }
                self.compile_expr(x)?;
                self.emit_get_iter(x, loc.clone());
                self.load_const(Const::None, loc.clone());
                let start = self.emit(Op::Send(0), loc.clone());
                self.emit(Op::Yield, loc.clone());
                self.emit(Op::Jump(start), loc.clone());
                let end = self.here();
                self.patch(start, end);
            }
            ExprKind::NamedExpr(n, v) => {
                self.compile_expr(v)?;
                self.emit(Op::Dup, loc.clone());
                self.store_name(n.as_str(), loc);
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
                    } else if !p.spec_parts.is_empty() {
                        // A spec with nested fields is built at run time;
                        // an upper-case conversion takes it from the stack.
                        self.compile_expr(&p.expr)?;
                        for q in p.spec_parts.iter() {
                            if q.conv == ' ' {
                                self.compile_expr(&q.expr)?;
                            } else {
                                self.compile_expr(&q.expr)?;
                                let spec = self.add_const(Const::Str(q.spec.clone()));
                                self.emit(Op::FormatValue(q.conv, spec), loc_of(&q.expr.span));
                            }
                        }
                        self.emit(Op::BuildString(p.spec_parts.len()), loc_of(&p.expr.span));
                        self.emit(Op::FormatValue(p.conv.to_ascii_uppercase(), 0), loc_of(&p.expr.span));
                    } else {
                        self.compile_expr(&p.expr)?;
                        let spec = self.add_const(Const::Str(p.spec.clone()));
                        self.emit(Op::FormatValue(p.conv, spec), loc_of(&p.expr.span));
                    }
                }
                self.emit(Op::BuildString(parts.len()), loc);
            }
            ExprKind::Comp(kind, elt, value, fors) => {
                if *kind == COMP_GEN {
                    self.compile_genexp(e, &fors[0].iter, loc)?;
                } else {
                    self.compile_comp(*kind, elt, value, fors, loc)?;
                }
            }
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

    /// `GetIter`, plus `OwnIter` when the iterable is a temporary (the
    /// result of a call or a generator expression).
    pub fn emit_get_iter(&mut self, iterable: &Expr, loc: Loc) {
        self.emit(Op::GetIter, loc.clone());
        let temp = match &iterable.kind {
            ExprKind::Call(_, _, _) => true,
            ExprKind::Comp(k, _, _, _) => *k == COMP_GEN,
            _ => false,
        };
        if temp {
            self.emit(Op::OwnIter, loc);
        }
    }

    /// An iterable (or `in` operand): constant set displays become
    /// frozensets, like CPython's AST optimizer does.
    pub fn compile_iterable(&mut self, e: &Expr) -> Result<(), SyntaxErr> {
        if let ExprKind::Set(elts) = &e.kind {
            if all_const(elts) {
                for x in elts.iter() {
                    self.compile_expr(x)?;
                }
                self.emit(Op::BuildConstSet(elts.len(), true), loc_of(&e.span));
                return Ok(());
            }
        }
        self.compile_expr(e)
    }

    pub fn compile_compare(&mut self, left: &Expr, ops: &Vec<CmpOp>, rights: &Vec<Expr>, loc: Loc) -> Result<(), SyntaxErr> {
        self.compile_expr(left)?;
        let n = ops.len();
        let mut cleanups = Vec::new();
        for i in 0..n {
            if ops[i] == CmpOp::In || ops[i] == CmpOp::NotIn {
                self.compile_iterable(&rights[i])?;
            } else {
                self.compile_expr(&rights[i])?;
            }
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

    /// `[a, *b, c]`: builds a list on the stack.
    pub fn compile_star_list(&mut self, elts: &Vec<Expr>, loc: &Loc) -> Result<(), SyntaxErr> {
        self.emit(Op::BuildList(0), loc.clone());
        for x in elts.iter() {
            if let ExprKind::Starred(inner) = &x.kind {
                self.compile_expr(inner)?;
                self.emit(Op::ListExtend(1), loc_of(&inner.span));
            } else {
                self.compile_expr(x)?;
                self.emit(Op::ListAppend(1), loc.clone());
            }
        }
        Ok(())
    }

    pub fn check_yield(&self, span: &Span) -> Result<(), SyntaxErr> {
        if let Some(k) = self.units[self.cur()].comp_kinds.last() {
            let what = if *k == COMP_LIST {
                "list comprehension"
            } else if *k == COMP_SET {
                "set comprehension"
            } else if *k == COMP_GEN {
                "generator expression"
            } else {
                "dict comprehension"
            };
            return Err(err_at(format!("'yield' inside {}", what).as_str(), span));
        }
        if self.units[self.cur()].kind != CODE_FUNCTION {
            return Err(err_at("'yield' outside function", span));
        }
        Ok(())
    }

    pub fn compile_call(&mut self, func: &Expr, args: &Vec<Expr>, kws: &Vec<Keyword>, loc: Loc) -> Result<(), SyntaxErr> {
        let mut dstar = false;
        for k in kws.iter() {
            if k.name.is_none() {
                dstar = true;
            }
        }
        if has_star(args) || dstar {
            self.compile_expr(func)?;
            self.compile_star_list(args, &loc)?;
            if !kws.is_empty() {
                self.emit(Op::BuildDict(0), loc.clone());
                for k in kws.iter() {
                    match &k.name {
                        Some(n) if dstar => {
                            // Merged like a `**` argument, so a name some `**`
                            // mapping already gave is an error.
                            self.emit(Op::BuildDict(0), loc.clone());
                            self.load_const(Const::Str(n.clone()), loc.clone());
                            self.compile_expr(&k.value)?;
                            self.emit(Op::MapAdd(1), loc.clone());
                            self.emit(Op::DictMerge(crate::vm_ops::CALL_MERGE + 1), loc.clone());
                        }
                        Some(n) => {
                            self.load_const(Const::Str(n.clone()), loc.clone());
                            self.compile_expr(&k.value)?;
                            self.emit(Op::MapAdd(1), loc.clone());
                        }
                        None => {
                            self.compile_expr(&k.value)?;
                            // depth 1, in a call: duplicate keys are errors (vm_ops.rs)
                            self.emit(Op::DictMerge(crate::vm_ops::CALL_MERGE + 1), loc.clone());
                        }
                    }
                }
            }
            self.emit(Op::CallEx(!kws.is_empty()), loc);
            return Ok(());
        }
        // Zero-argument super() inside a method: super(__class__, self).
        if let ExprKind::Name(n) = &func.kind {
            if n.as_str() == "super" && args.is_empty() && kws.is_empty() && self.try_compile_super(&loc)? {
                return Ok(());
            }
        }
        let mut kwnames = Vec::new();
        for k in kws.iter() {
            match &k.name {
                Some(n) => kwnames.push(n.clone()),
                None => kwnames.push(String::new()),
            }
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

    /// Emits `super(__class__, <first argument>)` when the current unit is
    /// a function with a `__class__` free variable and a first parameter.
    fn try_compile_super(&mut self, loc: &Loc) -> Result<bool, SyntaxErr> {
        let u = self.cur();
        if self.units[u].kind != CODE_FUNCTION {
            return Ok(false);
        }
        let nparams = self.units[u].code.nparams();
        if nparams == 0 || !contains(&self.units[u].free_names, "__class__") {
            return Ok(false);
        }
        let first = self.units[u].code.local_names[0].clone();
        self.load_name("super", loc.clone())?;
        self.load_name("__class__", loc.clone())?;
        match self.resolve(first.as_str()) {
            NameRef::Deref(i) => {
                self.emit(Op::LoadDeref(i), loc.clone());
            }
            _ => {
                self.emit(Op::LoadFast(0), loc.clone());
            }
        }
        self.emit(Op::Call(2), loc.clone());
        Ok(true)
    }

    /// A generator expression: a generator function over `.0`, called
    /// with the iterator of the first iterable (evaluated here).
    pub fn compile_genexp(&mut self, e: &Expr, first_iter: &Expr, loc: Loc) -> Result<(), SyntaxErr> {
        let info = analyze_genexp(e);
        let frees = self.real_frees(&info.free());
        let mut code = CodeObject::new("<genexpr>");
        code.qualname = self.qualname_for("<genexpr>");
        for n in info.locals.iter() {
            code.local_names.push(n.clone());
        }
        code.argcount = 1;
        code.is_generator = true;
        code.simple = false;
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
        let mut unit = new_unit(code, CODE_FUNCTION);
        unit.n_locals = n_locals;
        unit.cell_names = cells;
        unit.free_names = frees.clone();
        unit.comp_kinds.push(COMP_GEN);
        self.units.push(unit);
        if let ExprKind::Comp(_, elt, _, fors) = &e.kind {
            self.compile_comp_loops(COMP_GEN, elt, &None, fors, 0, &loc)?;
        }
        self.load_const(Const::None, loc.clone());
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
        self.compile_iterable(first_iter)?;
        self.emit(Op::GetIter, loc_of(&first_iter.span));
        self.emit(Op::Call(1), loc);
        Ok(())
    }

    /// Inline list/set/dict comprehension.  Stack during the loops:
    /// ... collection iter0 iter1 ...
    pub fn compile_comp(&mut self, kind: u8, elt: &Expr, value: &Option<Box<Expr>>, fors: &Vec<CompFor>, loc: Loc) -> Result<(), SyntaxErr> {
        self.compile_iterable(&fors[0].iter)?;
        if fors[0].is_async {
            let sp = crate::ast::Span { line: loc.line, col: loc.col, end_line: loc.end_line, end_col: loc.end_col };
            self.check_async("comp", &sp)?;
            self.emit(Op::Async(1, 0), loc_of(&fors[0].iter.span));
        } else {
            self.emit_get_iter(&fors[0].iter, loc_of(&fors[0].iter.span));
        }
        self.emit(Op::CompEnter(kind), loc.clone());
        if kind == COMP_LIST {
            self.emit(Op::BuildList(0), loc.clone());
        } else if kind == COMP_SET {
            self.emit(Op::BuildSet(0), loc.clone());
        } else {
            self.emit(Op::BuildDict(0), loc.clone());
        }
        self.emit(Op::Rot2, loc.clone());
        // Hidden slots for the loop variables; those captured by a nested
        // scope (a lambda in the element) are cells.
        let mut inner: Vec<&Expr> = Vec::new();
        inner.push(elt);
        if let Some(v) = value {
            inner.push(v);
        }
        for k in 0..fors.len() {
            if k > 0 {
                inner.push(&fors[k].iter);
            }
            for c in fors[k].conds.iter() {
                inner.push(c);
            }
        }
        let captured = nested_free_in(&inner);
        let mut names = Vec::new();
        for f in fors.iter() {
            collect_target_names(&f.target, &mut names);
        }
        let u = self.cur();
        let saved = self.units[u].renames.len();
        let label = if kind == COMP_LIST { "listcomp" } else if kind == COMP_SET { "setcomp" } else { "dictcomp" };
        for n in names.iter() {
            let slot = self.units[u].code.local_names.len();
            self.units[u].code.local_names.push(format!(".<{}>.{}", label, n));
            let is_cell = contains(&captured, n.as_str());
            if is_cell {
                self.emit(Op::MakeCell(slot), loc.clone());
            }
            self.units[u].renames.push((n.clone(), slot, is_cell));
        }
        self.units[u].comp_depth += 1;
        self.units[u].comp_kinds.push(kind);
        let r = self.compile_comp_loops(kind, elt, value, fors, 0, &loc);
        self.units[u].comp_kinds.pop();
        self.units[u].comp_depth -= 1;
        r?;
        self.emit(Op::CompExit, loc);
        self.units[u].renames.truncate(saved);
        Ok(())
    }

    /// The loop for clause `k` (its iterator is on the stack) and the
    /// clauses inside it.  For generator expressions the element is
    /// yielded; otherwise it is added to the collection below the
    /// iterators.
    pub fn compile_comp_loops(&mut self, kind: u8, elt: &Expr, value: &Option<Box<Expr>>, fors: &Vec<CompFor>, k: usize, loc: &Loc) -> Result<(), SyntaxErr> {
        if kind == COMP_GEN && k == 0 {
            self.emit(Op::LoadFast(0), loc.clone());
        } else if k > 0 {
            self.compile_iterable(&fors[k].iter)?;
            if fors[k].is_async {
                self.check_async("comp", &fors[k].iter.span)?;
                self.emit(Op::Async(1, 0), loc_of(&fors[k].iter.span));
            } else {
                self.emit_get_iter(&fors[k].iter, loc_of(&fors[k].iter.span));
            }
        }
        if fors[k].is_async {
            if kind == COMP_GEN {
                return Err(crate::compiler::err_at("asynchronous generator expressions are not supported", &fors[k].iter.span));
            }
            let (start, setup) = self.emit_async_next(loc);
            self.compile_store(&fors[k].target)?;
            for c in fors[k].conds.iter() {
                self.compile_expr(c)?;
                self.emit(Op::PopJumpIfFalse(start), loc_of(&c.span));
            }
            self.compile_comp_body(kind, elt, value, fors, k, loc)?;
            self.emit(Op::Jump(start), loc.clone());
            let h = self.here();
            self.patch_setup(setup, h);
            self.emit(Op::Async(3, 0), loc.clone());
            return Ok(());
        }
        let start = self.emit(Op::ForIter(0), loc.clone());
        self.compile_store(&fors[k].target)?;
        for c in fors[k].conds.iter() {
            self.compile_expr(c)?;
            self.emit(Op::PopJumpIfFalse(start), loc_of(&c.span));
        }
        self.compile_comp_body(kind, elt, value, fors, k, loc)?;
        self.emit(Op::Jump(start), loc.clone());
        let end = self.here();
        self.patch(start, end);
        Ok(())
    }

    /// Inside the loop of clause `k`: the next clause, or the element.
    fn compile_comp_body(&mut self, kind: u8, elt: &Expr, value: &Option<Box<Expr>>, fors: &Vec<CompFor>, k: usize, loc: &Loc) -> Result<(), SyntaxErr> {
        if k + 1 < fors.len() {
            self.compile_comp_loops(kind, elt, value, fors, k + 1, loc)?;
        } else {
            let depth = k + 2;
            if kind == COMP_GEN {
                self.compile_expr(elt)?;
                self.emit(Op::Yield, loc.clone());
                self.emit(Op::Pop, loc.clone());
            } else if kind == COMP_LIST {
                self.compile_expr(elt)?;
                self.emit(Op::ListAppend(depth), loc.clone());
            } else if kind == COMP_SET {
                self.compile_expr(elt)?;
                self.emit(Op::SetAdd(depth), loc.clone());
            } else {
                self.compile_expr(elt)?;
                if let Some(v) = value {
                    self.compile_expr(v)?;
                }
                self.emit(Op::MapAdd(depth), loc.clone());
            }
        }
        Ok(())
    }
}
