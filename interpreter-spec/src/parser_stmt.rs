//! Stage 2 (continued): compound statements for `Parser` (see parser.rs
//! for the invariants): `def` and `lambda` parameter lists, decorators,
//! `class`, `try`/`except`/`else`/`finally` and `with`.

use crate::ast::{ClassDef, Expr, ExprKind, FunctionDef, Handler, Span, Stmt, StmtKind, SyntaxErr};
use crate::lexer::TokKind;
use crate::parser::Parser;

impl Parser {
    /// `@expr NEWLINE` lines followed by a `def` or `class`.
    pub fn parse_decorated(&mut self) -> Result<Stmt, SyntaxErr> {
        let mut decorators = Vec::new();
        while self.at_op("@") {
            self.advance();
            decorators.push(self.parse_test()?);
            if !self.kind_is(TokKind::Newline) {
                return Err(self.err_here());
            }
            self.advance();
        }
        if self.at_kw("def") {
            return self.parse_def(decorators);
        }
        if self.at_kw("async") && self.peek_kw(1, "def") {
            self.advance();
            let mut s = self.parse_def(decorators)?;
            if let StmtKind::FunctionDef(d) = &mut s.kind {
                d.is_async = true;
            }
            return Ok(s);
        }
        if self.at_kw("class") {
            return self.parse_class(decorators);
        }
        Err(self.err_here())
    }

    /// Parameters up to (not including) `closing` (")" for def, ":" for
    /// lambda).  Fills the parameter fields of `def`.
    pub fn parse_params(&mut self, def: &mut FunctionDef, closing: &str, annotations: bool) -> Result<(), SyntaxErr> {
        let mut seen_star = false;
        let mut all: Vec<String> = Vec::new();
        while !self.at_op(closing) {
            let pt = self.tok().clone();
            if self.at_op("/") {
                if seen_star || def.params.is_empty() || def.posonly > 0 {
                    return Err(SyntaxErr::new("invalid syntax", pt.line, pt.col, pt.end_col));
                }
                self.advance();
                def.posonly = def.params.len();
            } else if self.at_op("**") {
                self.advance();
                let nt = self.tok().clone();
                let p = self.expect_name()?;
                self.check_duplicate(&all, p.as_str(), nt.line, nt.col, nt.end_col)?;
                all.push(p.clone());
                if annotations && self.at_op(":") {
                    self.advance();
                    let a = self.parse_test()?;
                    def.annotations.push((p.clone(), a));
                }
                def.kwarg = Some(p.clone());
                if self.at_op(",") {
                    self.advance();
                }
                if !self.at_op(closing) {
                    let t = self.tok();
                    return Err(SyntaxErr::new("arguments cannot follow var-keyword argument", t.line, t.col, t.end_col));
                }
                break;
            } else if self.at_op("*") {
                if seen_star {
                    return Err(SyntaxErr::new("* argument may appear only once", pt.line, pt.col, pt.end_col));
                }
                seen_star = true;
                self.advance();
                if self.kind_is(TokKind::Name) {
                    let nt = self.tok().clone();
                    let p = self.advance().text;
                    self.check_duplicate(&all, p.as_str(), nt.line, nt.col, nt.end_col)?;
                    all.push(p.clone());
                    if annotations && self.at_op(":") {
                        self.advance();
                        let a = self.parse_test()?;
                        def.annotations.push((p.clone(), a));
                    }
                    def.vararg = Some(p);
                } else if self.at_op(closing) || (self.at_op(",") && self.peek_op(1, closing)) {
                    return Err(SyntaxErr::new("named arguments must follow bare *", pt.line, pt.col, pt.end_col));
                }
            } else {
                let p = self.expect_name()?;
                self.check_duplicate(&all, p.as_str(), pt.line, pt.col, pt.end_col)?;
                all.push(p.clone());
                if annotations && self.at_op(":") {
                    self.advance();
                    let a = self.parse_test()?;
                    def.annotations.push((p.clone(), a));
                }
                let mut default = None;
                if self.at_op("=") {
                    self.advance();
                    default = Some(self.parse_test()?);
                }
                if seen_star {
                    def.kwonly.push(p);
                    def.kw_defaults.push(default);
                } else {
                    def.params.push(p);
                    match default {
                        Some(d) => def.defaults.push(d),
                        None => {
                            if !def.defaults.is_empty() {
                                return Err(SyntaxErr::new("non-default argument follows default argument", pt.line, pt.col, pt.end_col));
                            }
                        }
                    }
                }
            }
            if self.at_op(",") {
                self.advance();
            } else if !self.at_op(closing) {
                return Err(self.err_here());
            }
        }
        Ok(())
    }

    fn check_duplicate(&self, all: &Vec<String>, p: &str, line: usize, col: usize, end_col: usize) -> Result<(), SyntaxErr> {
        for q in all.iter() {
            if q.as_str() == p {
                let msg = format!("duplicate argument '{}' in function definition", p);
                return Err(SyntaxErr::new(msg.as_str(), line, col, end_col));
            }
        }
        Ok(())
    }

    pub fn parse_def(&mut self, decorators: Vec<Expr>) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let name = self.expect_name()?;
        if !self.at_op("(") {
            let t = self.tok();
            if t.kind != TokKind::Error && t.kind != TokKind::IndentError {
                return Err(SyntaxErr::new("expected '('", t.line, t.col, t.end_col));
            }
        }
        self.expect_op("(")?;
        let mut def = new_def(name.as_str());
        def.decorators = decorators;
        self.parse_params(&mut def, ")", true)?;
        self.advance();
        if self.at_op("->") {
            self.advance();
            let r = self.parse_test()?;
            def.annotations.push(("return".to_string(), r));
        }
        def.body = self.parse_block("function definition", kw.line)?;
        Ok(Stmt { kind: StmtKind::FunctionDef(def), span: self.span_from(start) })
    }

    pub fn parse_lambda(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut def = new_def("<lambda>");
        def.is_lambda = true;
        self.parse_params(&mut def, ":", false)?;
        self.advance();
        let body = self.parse_test()?;
        let span = body.span.clone();
        def.body = vec![Stmt { kind: StmtKind::Return(Some(body)), span: span }];
        Ok(Expr { kind: ExprKind::Lambda(Box::new(def)), span: self.span_from(start) })
    }

    pub fn parse_class(&mut self, decorators: Vec<Expr>) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let name = self.expect_name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.at_op("(") {
            let open = self.start();
            self.advance();
            let (args, kws) = self.parse_call_args(open)?;
            for k in kws.iter() {
                if k.name.is_none() {
                    let s = &k.value.span;
                    return Err(SyntaxErr::new("Pyrite does not support ** in class definitions yet", s.line, s.col, s.end_col));
                }
            }
            keywords = kws;
            for a in args.iter() {
                if let ExprKind::Starred(_) = &a.kind {
                    let s = &a.span;
                    return Err(SyntaxErr::new("Pyrite does not support starred base classes", s.line, s.col, s.end_col));
                }
            }
            bases = args;
        }
        let body = self.parse_block("class definition", kw.line)?;
        let def = ClassDef { name: name, bases: bases, keywords: keywords, body: body, decorators: decorators };
        Ok(Stmt { kind: StmtKind::ClassDef(def), span: self.span_from(start) })
    }

    pub fn parse_try(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let body = self.parse_block("'try' statement", kw.line)?;
        let mut handlers = Vec::new();
        let mut orelse = Vec::new();
        let mut finalbody = Vec::new();
        while self.at_kw("except") {
            let hstart = self.start();
            let et = self.advance();
            let mut typ = None;
            let mut name = None;
            let mut star = false;
            if self.at_op("*") {
                star = true;
                self.advance();
                if self.at_op(":") {
                    let t = self.tok();
                    return Err(SyntaxErr::new("expected one or more exception types", t.line, t.col, t.end_col));
                }
            }
            if handlers.len() > 0 {
                let prev: &Handler = &handlers[handlers.len() - 1];
                if prev.star != star {
                    return Err(SyntaxErr::new("cannot have both 'except' and 'except*' on the same 'try'", et.line, et.col, et.end_col));
                }
            }
            if !self.at_op(":") {
                let t = self.parse_test()?;
                if self.at_op(",") {
                    let s = t.span.clone();
                    let mut end = s.end_col;
                    let save = self.pos;
                    self.advance();
                    if let Ok(e2) = self.parse_test() {
                        end = e2.span.end_col;
                        while self.at_op(",") {
                            self.advance();
                            match self.parse_test() {
                                Ok(e3) => end = e3.span.end_col,
                                Err(_) => break,
                            }
                        }
                    }
                    self.pos = save;
                    return Err(SyntaxErr::new("multiple exception types must be parenthesized", s.line, s.col, end));
                }
                typ = Some(t);
                if self.at_kw("as") {
                    self.advance();
                    name = Some(self.expect_name()?);
                }
            }
            if handlers.len() > 0 {
                let prev: &Handler = &handlers[handlers.len() - 1];
                if prev.typ.is_none() {
                    let s = &prev.span;
                    return Err(SyntaxErr::new("default 'except:' must be last", s.line, s.col, s.col + 7));
                }
            }
            let hbody = self.parse_block("'except' statement", et.line)?;
            let span = Span { line: hstart.0, col: hstart.1, end_line: self.prev_end_line, end_col: self.prev_end_col };
            handlers.push(Handler { star: star, typ: typ, name: name, body: hbody, span: span });
        }
        if self.at_kw("else") {
            if handlers.is_empty() {
                return Err(self.err_here());
            }
            let t = self.advance();
            orelse = self.parse_block("'else' statement", t.line)?;
        }
        if self.at_kw("finally") {
            let t = self.advance();
            finalbody = self.parse_block("'finally' statement", t.line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.tok();
            return Err(SyntaxErr::new("expected 'except' or 'finally' block", t.line, t.col, t.end_col));
        }
        Ok(Stmt { kind: StmtKind::Try(body, handlers, orelse, finalbody), span: self.span_from(start) })
    }

    /// `with a as x, b as y:` nests into one `With` per item.
    pub fn parse_with(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let mut items: Vec<(Expr, Option<Expr>)> = Vec::new();
        // `with (a as x, b as y):` -- parenthesised items (3.9+).
        let parens = self.at_op("(") && self.paren_then_colon();
        if parens {
            self.advance();
        }
        loop {
            if parens && self.at_op(")") {
                break;
            }
            let e = self.parse_test()?;
            let mut target = None;
            if self.at_kw("as") {
                self.advance();
                // One target per item: `a as x, b as y` is two items.
                let t = self.parse_bin_level(0)?;
                self.check_target(&t, false)?;
                target = Some(t);
            }
            items.push((e, target));
            if !self.at_op(",") {
                break;
            }
            self.advance();
        }
        if parens {
            self.expect_op(")")?;
        }
        let mut body = self.parse_block("'with' statement", kw.line)?;
        let span = self.span_from(start);
        let mut k = items.len();
        while k > 1 {
            k -= 1;
            let (e, t) = items[k].clone();
            body = vec![Stmt { kind: StmtKind::With(e, t, body, false), span: span.clone() }];
        }
        let (e, t) = items[0].clone();
        Ok(Stmt { kind: StmtKind::With(e, t, body, false), span: span })
    }
}

impl Parser {
    /// At `(`: is the matching `)` directly followed by `:`?
    fn paren_then_colon(&self) -> bool {
        let mut depth = 0;
        let mut i = self.pos;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if t.kind == TokKind::Newline || t.kind == TokKind::EndMarker {
                return false;
            }
            if t.kind == TokKind::Op {
                let s = t.text.as_str();
                if s == "(" || s == "[" || s == "{" {
                    depth += 1;
                } else if s == ")" || s == "]" || s == "}" {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1 < self.toks.len() && self.toks[i + 1].kind == TokKind::Op && self.toks[i + 1].text.as_str() == ":";
                    }
                }
            }
            i += 1;
        }
        false
    }
}

pub fn new_def(name: &str) -> FunctionDef {
    FunctionDef {
        name: name.to_string(),
        params: Vec::new(),
        posonly: 0,
        defaults: Vec::new(),
        vararg: None,
        kwonly: Vec::new(),
        kw_defaults: Vec::new(),
        kwarg: None,
        body: Vec::new(),
        decorators: Vec::new(),
        is_lambda: false,
        is_async: false,
        annotations: Vec::new(),
    }
}
