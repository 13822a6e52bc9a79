//! Stage 2: recursive-descent parser.  `Vec<Token>` -> `Vec<Stmt>` (AST).
//!
//! Invariants:
//! - The parser never looks at source text, only at tokens; it consumes
//!   tokens strictly left to right and only backtracks inside the
//!   "Perhaps you forgot a comma?" diagnostic.
//! - Node spans follow CPython: first token start .. last token end of the
//!   rule; `(x)` yields the inner node unchanged (see ast.rs).
//! - The first error wins and is returned as `SyntaxErr`, except that a
//!   lexical error later in the file overrides it (CPython's rule, see
//!   `parse_program`).
//! - Expression precedence (lowest first): ternary, or, and, not,
//!   comparison, |, ^, &, shifts, + -, * / // %, unary, **, primary.
//!   The binary levels are table driven (`binop_at_level`).

use crate::ast::{Expr, ExprKind, Span, Stmt, StmtKind, SyntaxErr};
use crate::lexer::{TokKind, Token};
use crate::parser_expr::{aug_op, ends_with, expr_description};

pub struct Parser {
    pub toks: Vec<Token>,
    pub pos: usize,
    pub prev_end_line: usize,
    pub prev_end_col: usize,
    /// Furthest token index ever looked at (CPython's `p->fill - 1`).
    pub max_pos: usize,
}

/// Number of table-driven binary precedence levels (| ^ & shift arith term).
pub const BIN_LEVELS: usize = 6;

impl Parser {
    pub fn new(toks: Vec<Token>) -> Parser {
        Parser { toks: toks, pos: 0, prev_end_line: 1, prev_end_col: 0, max_pos: 0 }
    }

    // ---- token helpers -------------------------------------------------

    pub fn tok(&self) -> &Token {
        &self.toks[self.pos]
    }

    pub fn kind_is(&self, k: TokKind) -> bool {
        self.toks[self.pos].kind == k
    }

    pub fn at_op(&self, s: &str) -> bool {
        let t = &self.toks[self.pos];
        t.kind == TokKind::Op && t.text.as_str() == s
    }

    pub fn at_kw(&self, s: &str) -> bool {
        let t = &self.toks[self.pos];
        t.kind == TokKind::Keyword && t.text.as_str() == s
    }

    /// At `for` or `async for` (a comprehension clause).
    pub fn at_comp_for(&self) -> bool {
        self.at_kw("for") || (self.at_kw("async") && self.peek_kw(1, "for"))
    }

    pub fn peek_kw(&self, off: usize, s: &str) -> bool {
        if self.pos + off >= self.toks.len() {
            return false;
        }
        let t = &self.toks[self.pos + off];
        t.kind == TokKind::Keyword && t.text.as_str() == s
    }

    pub fn peek_op(&self, off: usize, s: &str) -> bool {
        if self.pos + off >= self.toks.len() {
            return false;
        }
        let t = &self.toks[self.pos + off];
        t.kind == TokKind::Op && t.text.as_str() == s
    }

    pub fn advance(&mut self) -> Token {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        if self.pos > self.max_pos {
            self.max_pos = self.pos;
        }
        self.prev_end_line = t.end_line;
        self.prev_end_col = t.end_col;
        t
    }

    pub fn start(&self) -> (usize, usize) {
        let t = &self.toks[self.pos];
        (t.line, t.col)
    }

    pub fn span_from(&self, start: (usize, usize)) -> Span {
        Span { line: start.0, col: start.1, end_line: self.prev_end_line, end_col: self.prev_end_col }
    }

    /// The error for "cannot continue at the current token".
    pub fn err_here(&self) -> SyntaxErr {
        let t = self.tok();
        match t.kind {
            TokKind::Error => SyntaxErr::new(t.text.as_str(), t.line, t.col, t.end_col),
            TokKind::IndentError => {
                let mut e = SyntaxErr::new(t.text.as_str(), t.line, t.col, t.end_col);
                e.is_indent = true;
                e
            }
            TokKind::Indent => {
                let mut e = SyntaxErr::new("unexpected indent", t.line, t.col, t.end_col);
                e.is_indent = true;
                e.show_caret = false;
                e
            }
            _ => SyntaxErr::new("invalid syntax", t.line, t.col, t.end_col),
        }
    }

    pub fn expect_op(&mut self, s: &str) -> Result<Token, SyntaxErr> {
        if self.at_op(s) {
            Ok(self.advance())
        } else {
            Err(self.err_here())
        }
    }

    pub fn expect_name(&mut self) -> Result<String, SyntaxErr> {
        if self.kind_is(TokKind::Name) {
            Ok(self.advance().text)
        } else {
            Err(self.err_here())
        }
    }

    pub fn can_start_expr(&self) -> bool {
        let t = self.tok();
        match t.kind {
            TokKind::Name | TokKind::Int | TokKind::Float | TokKind::Str | TokKind::FStr => true,
            TokKind::Keyword => {
                let s = t.text.as_str();
                s == "not" || s == "None" || s == "True" || s == "False" || s == "lambda" || s == "await"
            }
            TokKind::Op => {
                let s = t.text.as_str();
                s == "(" || s == "[" || s == "{" || s == "-" || s == "+" || s == "~"
            }
            _ => false,
        }
    }

    // ---- statements ----------------------------------------------------

    /// Parses a whole file.  Like CPython's `_PyPegen_set_syntax_error`,
    /// a parser error is overridden by a tokenizer error found later in
    /// the file (CPython tokenizes the rest of the source after a parse
    /// failure); an unclosed bracket only wins if it was opened on an
    /// earlier line than the parser error.
    pub fn parse_program(&mut self) -> Result<Vec<Stmt>, SyntaxErr> {
        match self.parse_module() {
            Ok(m) => Ok(m),
            Err(e) => {
                let n = self.toks.len();
                let last = &self.toks[n - 1];
                // Tokenizer indentation errors do not set a Python
                // exception in CPython, so they never override.
                if last.kind != TokKind::Error || self.pos == n - 1 {
                    return Err(e);
                }
                let le = SyntaxErr::new(last.text.as_str(), last.line, last.col, last.end_col);
                if self.max_pos >= n - 1 {
                    return Err(le); // the parser's lookahead fetched it
                }
                if ends_with(last.text.as_str(), " was never closed") {
                    // Reported only if the bracket was opened on an earlier
                    // line than the furthest token the parser fetched.
                    if self.toks[self.max_pos].line > last.line {
                        return Err(le);
                    }
                    return Err(e);
                }
                Err(le)
            }
        }
    }

    pub fn parse_module(&mut self) -> Result<Vec<Stmt>, SyntaxErr> {
        let mut body = Vec::new();
        while !self.kind_is(TokKind::EndMarker) {
            self.parse_statement(&mut body)?;
        }
        Ok(body)
    }

    pub fn parse_statement(&mut self, out: &mut Vec<Stmt>) -> Result<(), SyntaxErr> {
        let k = self.tok().kind.clone();
        match k {
            TokKind::Indent | TokKind::Error | TokKind::IndentError | TokKind::Dedent => Err(self.err_here()),
            TokKind::Keyword => {
                if self.at_kw("if") {
                    let s = self.parse_if()?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("while") {
                    let s = self.parse_while()?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("for") {
                    let s = self.parse_for()?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("def") {
                    let s = self.parse_def(Vec::new())?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("class") {
                    let s = self.parse_class(Vec::new())?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("try") {
                    let s = self.parse_try()?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("with") {
                    let s = self.parse_with()?;
                    out.push(s);
                    Ok(())
                } else if self.at_kw("async") && (self.peek_kw(1, "def") || self.peek_kw(1, "for") || self.peek_kw(1, "with")) {
                    let s = self.parse_async_stmt()?;
                    out.push(s);
                    Ok(())
                } else {
                    self.parse_simple_stmts(out)
                }
            }
            TokKind::Op => {
                if self.at_op("@") {
                    let s = self.parse_decorated()?;
                    out.push(s);
                    return Ok(());
                }
                self.parse_simple_stmts(out)
            }
            TokKind::Name => {
                if self.at_match_stmt() {
                    let s = self.parse_match()?;
                    out.push(s);
                    return Ok(());
                }
                self.parse_simple_stmts(out)
            }
            _ => self.parse_simple_stmts(out),
        }
    }

    pub fn parse_simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Result<(), SyntaxErr> {
        loop {
            let s = self.parse_simple()?;
            out.push(s);
            if self.at_op(";") {
                self.advance();
                if self.kind_is(TokKind::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if self.kind_is(TokKind::Newline) {
            self.advance();
            Ok(())
        } else {
            self.speculate();
            Err(self.err_here())
        }
    }

    /// CPython's second parser pass tries `invalid_expression` (an
    /// expression directly followed by another) before reporting a generic
    /// error, which fetches the tokens of that second expression.  Replay
    /// that lookahead (only `max_pos` changes) so tokenizer-error priority
    /// matches.
    pub fn speculate(&mut self) {
        if !self.can_start_expr() {
            return;
        }
        let save_pos = self.pos;
        let save_line = self.prev_end_line;
        let save_col = self.prev_end_col;
        let _ = self.parse_test();
        self.pos = save_pos;
        self.prev_end_line = save_line;
        self.prev_end_col = save_col;
    }

    pub fn parse_simple(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        if self.kind_is(TokKind::Keyword) {
            let kw = self.tok().text.clone();
            match kw.as_str() {
                "pass" | "break" | "continue" => {
                    self.advance();
                    let kind = if kw.as_str() == "pass" {
                        StmtKind::Pass
                    } else if kw.as_str() == "break" {
                        StmtKind::Break
                    } else {
                        StmtKind::Continue
                    };
                    return Ok(Stmt { kind: kind, span: self.span_from(start) });
                }
                "return" => {
                    self.advance();
                    let mut value = None;
                    if !self.kind_is(TokKind::Newline) && !self.at_op(";") {
                        value = Some(self.parse_star_expressions()?);
                    }
                    return Ok(Stmt { kind: StmtKind::Return(value), span: self.span_from(start) });
                }
                "global" | "nonlocal" => {
                    self.advance();
                    let mut names = vec![self.expect_name()?];
                    while self.at_op(",") {
                        self.advance();
                        names.push(self.expect_name()?);
                    }
                    let kind = if kw.as_str() == "global" { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) };
                    return Ok(Stmt { kind: kind, span: self.span_from(start) });
                }
                "raise" => {
                    self.advance();
                    let mut exc = None;
                    let mut cause = None;
                    if !self.kind_is(TokKind::Newline) && !self.at_op(";") {
                        exc = Some(self.parse_test()?);
                        if self.at_kw("from") {
                            self.advance();
                            cause = Some(self.parse_test()?);
                        }
                    }
                    return Ok(Stmt { kind: StmtKind::Raise(exc, cause), span: self.span_from(start) });
                }
                "del" => {
                    self.advance();
                    let mut targets = Vec::new();
                    loop {
                        let t = self.parse_bin_level(0)?;
                        self.check_target(&t, false)?;
                        targets.push(t);
                        if !self.at_op(",") {
                            break;
                        }
                        self.advance();
                    }
                    return Ok(Stmt { kind: StmtKind::Del(targets), span: self.span_from(start) });
                }
                "assert" => {
                    self.advance();
                    let test = self.parse_test()?;
                    let mut msg = None;
                    if self.at_op(",") {
                        self.advance();
                        msg = Some(self.parse_test()?);
                    }
                    return Ok(Stmt { kind: StmtKind::Assert(test, msg), span: self.span_from(start) });
                }
                "import" => return self.parse_import(start),
                "from" => return self.parse_from_import(start),
                "async" => {
                    let t = self.tok();
                    let msg = format!("Pyrite does not support '{}' yet", kw);
                    return Err(SyntaxErr::new(msg.as_str(), t.line, t.col, t.end_col));
                }
                _ => {}
            }
        }
        let first = self.parse_star_expressions()?;
        if self.at_op(":") {
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Subscript(_, _) | ExprKind::Attribute(_, _) => {}
                ExprKind::Tuple(_) => {
                    let s = &first.span;
                    return Err(SyntaxErr::new("only single target (not tuple) can be annotated", s.line, s.col, s.end_col));
                }
                _ => {
                    let s = &first.span;
                    return Err(SyntaxErr::new("illegal target for annotation", s.line, s.col, s.end_col));
                }
            }
            self.advance();
            let ann = self.parse_test()?;
            let mut value = None;
            if self.at_op("=") {
                self.advance();
                value = Some(self.parse_tuple_or_test()?);
            }
            return Ok(Stmt { kind: StmtKind::AnnAssign(first, ann, value), span: self.span_from(start) });
        }
        if self.at_op("=") {
            let mut targets = Vec::new();
            let mut value = first;
            while self.at_op("=") {
                self.check_target(&value, true)?;
                self.advance();
                targets.push(value);
                value = self.parse_star_expressions()?;
            }
            return Ok(Stmt { kind: StmtKind::Assign(targets, value), span: self.span_from(start) });
        }
        let aug = if self.kind_is(TokKind::Op) { aug_op(self.tok().text.as_str()) } else { None };
        if let Some(op) = aug {
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Subscript(_, _) | ExprKind::Attribute(_, _) => {}
                _ => {
                    let msg = format!("'{}' is an illegal expression for augmented assignment", expr_description(&first));
                    return Err(SyntaxErr::new(msg.as_str(), first.span.line, first.span.col, first.span.end_col));
                }
            }
            self.advance();
            let value = self.parse_star_expressions()?;
            return Ok(Stmt { kind: StmtKind::AugAssign(first, op, value), span: self.span_from(start) });
        }
        Ok(Stmt { kind: StmtKind::Expr(first), span: self.span_from(start) })
    }

    /// Validates an assignment / for / del target.
    pub fn check_target(&self, e: &Expr, is_assign: bool) -> Result<(), SyntaxErr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Subscript(_, _) | ExprKind::Attribute(_, _) => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let mut stars = 0;
                for x in elts.iter() {
                    if let ExprKind::Starred(inner) = &x.kind {
                        stars += 1;
                        if stars > 1 {
                            return Err(SyntaxErr::new("multiple starred expressions in assignment", e.span.line, e.span.col, e.span.end_col));
                        }
                        self.check_target(inner, false)?;
                    } else {
                        self.check_target(x, false)?;
                    }
                }
                Ok(())
            }
            _ => {
                let what = expr_description(e);
                let msg = if is_assign {
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", what)
                } else {
                    format!("cannot assign to {}", what)
                };
                Err(SyntaxErr::new(msg.as_str(), e.span.line, e.span.col, e.span.end_col))
            }
        }
    }

    /// Parses `':' block`.  `what` names the construct for the
    /// "expected an indented block after ..." message.
    /// CPython forces the ':' (any other token: "expected ':'") after `def`
    /// and `else`; after `if`/`elif`/`while`/`for` only before a newline.
    pub fn parse_block(&mut self, what: &str, header_line: usize) -> Result<Vec<Stmt>, SyntaxErr> {
        let forced = what == "function definition" || what == "'else' statement" || what == "class definition"
            || what == "'try' statement" || what == "'finally' statement" || what == "'with' statement";
        if !self.at_op(":") && !forced {
            self.speculate();
        }
        if !self.at_op(":") {
            let k = self.tok().kind.clone();
            let plain = k == TokKind::Error || k == TokKind::IndentError || k == TokKind::Indent;
            if self.kind_is(TokKind::Newline) || (forced && !plain) {
                let t = self.tok();
                return Err(SyntaxErr::new("expected ':'", t.line, t.col, t.end_col));
            }
            return Err(self.err_here());
        }
        self.advance();
        let mut body = Vec::new();
        if !self.kind_is(TokKind::Newline) {
            self.parse_simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !self.kind_is(TokKind::Indent) {
            if self.kind_is(TokKind::Error) || self.kind_is(TokKind::IndentError) {
                return Err(self.err_here());
            }
            let t = self.tok();
            let msg = format!("expected an indented block after {} on line {}", what, header_line);
            let mut e = SyntaxErr::new(msg.as_str(), t.line, t.col, t.col + 1);
            e.is_indent = true;
            if t.kind == TokKind::EndMarker || t.kind == TokKind::Dedent {
                e.show_caret = false;
            }
            return Err(e);
        }
        self.advance();
        while !self.kind_is(TokKind::Dedent) && !self.kind_is(TokKind::EndMarker) {
            self.parse_statement(&mut body)?;
        }
        if self.kind_is(TokKind::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    pub fn parse_if(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let test = self.parse_test()?;
        let what = format!("'{}' statement", kw.text);
        let body = self.parse_block(what.as_str(), kw.line)?;
        let mut orelse = Vec::new();
        if self.at_kw("elif") {
            orelse.push(self.parse_if()?);
        } else if self.at_kw("else") {
            let t = self.advance();
            orelse = self.parse_block("'else' statement", t.line)?;
        }
        Ok(Stmt { kind: StmtKind::If(test, body, orelse), span: self.span_from(start) })
    }

    pub fn parse_while(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let test = self.parse_test()?;
        let body = self.parse_block("'while' statement", kw.line)?;
        let mut orelse = Vec::new();
        if self.at_kw("else") {
            let t = self.advance();
            orelse = self.parse_block("'else' statement", t.line)?;
        }
        Ok(Stmt { kind: StmtKind::While(test, body, orelse), span: self.span_from(start) })
    }

    /// `async def` / `async for` / `async with` (at `async`).
    pub fn parse_async_stmt(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut s = if self.at_kw("def") {
            self.parse_def(Vec::new())?
        } else if self.at_kw("for") {
            self.parse_for()?
        } else {
            self.parse_with()?
        };
        let (line, col) = (s.span.line, s.span.col);
        mark_async(&mut s, line, col);
        s.span.line = start.0;
        s.span.col = start.1;
        Ok(s)
    }

    pub fn parse_for(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let target = self.parse_target_list()?;
        if !self.at_kw("in") {
            return Err(self.err_here());
        }
        self.advance();
        let iter = self.parse_tuple_or_test()?;
        let body = self.parse_block("'for' statement", kw.line)?;
        let mut orelse = Vec::new();
        if self.at_kw("else") {
            let t = self.advance();
            orelse = self.parse_block("'else' statement", t.line)?;
        }
        Ok(Stmt { kind: StmtKind::For(target, iter, body, orelse, false), span: self.span_from(start) })
    }

    pub fn parse_target_list(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_star_target()?;
        let mut result = first;
        if self.at_op(",") {
            let mut elts = vec![result];
            while self.at_op(",") {
                self.advance();
                if self.at_kw("in") || self.at_op("=") {
                    break;
                }
                elts.push(self.parse_star_target()?);
            }
            result = Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) };
        }
        self.check_target(&result, false)?;
        Ok(result)
    }

    /// One element of a `for` target list: `*x` or a plain target.
    fn parse_star_target(&mut self) -> Result<Expr, SyntaxErr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let inner = self.parse_bin_level(0)?;
            return Ok(Expr { kind: ExprKind::Starred(Box::new(inner)), span: self.span_from(start) });
        }
        self.parse_bin_level(0)
    }
}

/// Marks a parsed `def`/`for`/`with` (and the nested `with`s a
/// multi-item `with` became, which share its span) as async.
fn mark_async(s: &mut Stmt, line: usize, col: usize) {
    match &mut s.kind {
        StmtKind::FunctionDef(d) => d.is_async = true,
        StmtKind::For(_, _, _, _, a) => *a = true,
        StmtKind::With(_, _, body, a) => {
            *a = true;
            if body.len() == 1 && body[0].span.line == line && body[0].span.col == col {
                if let StmtKind::With(_, _, _, _) = &body[0].kind {
                    mark_async(&mut body[0], line, col);
                }
            }
        }
        _ => {}
    }
}
