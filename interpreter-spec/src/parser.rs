//! Stage 2: recursive-descent parser.  `Vec<Token>` -> `Vec<Stmt>` (AST).
//!
//! Invariants:
//! - The parser never looks at source text, only at tokens; it consumes
//!   tokens strictly left to right and only backtracks inside the
//!   "Perhaps you forgot a comma?" diagnostic.
//! - Node spans follow CPython: first token start .. last token end of the
//!   rule; `(x)` yields the inner node unchanged (see ast.rs).
//! - The first error wins and is returned as `SyntaxErr`; lexical errors are
//!   reported only when the parser reaches the `Error` token.
//! - Expression precedence (lowest first): ternary, or, and, not,
//!   comparison, |, ^, &, shifts, + -, * / // % @, unary, **, primary.
//!   The binary levels are table driven (`binop_at_level`).

use crate::ast::{BinOp, CmpOp, Expr, ExprKind, FPart, FunctionDef, Keyword, Span, Stmt, StmtKind, SyntaxErr, UnaryOp};
use crate::lexer::{TokKind, Token};

pub struct Parser {
    pub toks: Vec<Token>,
    pub pos: usize,
    prev_end_line: usize,
    prev_end_col: usize,
}

/// Number of table-driven binary precedence levels (| ^ & shift arith term).
const BIN_LEVELS: usize = 6;

impl Parser {
    pub fn new(toks: Vec<Token>) -> Parser {
        Parser { toks: toks, pos: 0, prev_end_line: 1, prev_end_col: 0 }
    }

    // ---- token helpers -------------------------------------------------

    fn tok(&self) -> &Token {
        &self.toks[self.pos]
    }

    fn kind_is(&self, k: TokKind) -> bool {
        self.toks[self.pos].kind == k
    }

    fn at_op(&self, s: &str) -> bool {
        let t = &self.toks[self.pos];
        t.kind == TokKind::Op && t.text.as_str() == s
    }

    fn at_kw(&self, s: &str) -> bool {
        let t = &self.toks[self.pos];
        t.kind == TokKind::Keyword && t.text.as_str() == s
    }

    fn peek_op(&self, off: usize, s: &str) -> bool {
        if self.pos + off >= self.toks.len() {
            return false;
        }
        let t = &self.toks[self.pos + off];
        t.kind == TokKind::Op && t.text.as_str() == s
    }

    fn advance(&mut self) -> Token {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        self.prev_end_line = t.end_line;
        self.prev_end_col = t.end_col;
        t
    }

    fn start(&self) -> (usize, usize) {
        let t = &self.toks[self.pos];
        (t.line, t.col)
    }

    fn span_from(&self, start: (usize, usize)) -> Span {
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

    fn expect_op(&mut self, s: &str) -> Result<Token, SyntaxErr> {
        if self.at_op(s) {
            Ok(self.advance())
        } else {
            Err(self.err_here())
        }
    }

    fn expect_name(&mut self) -> Result<String, SyntaxErr> {
        if self.kind_is(TokKind::Name) {
            Ok(self.advance().text)
        } else {
            Err(self.err_here())
        }
    }

    fn can_start_expr(&self) -> bool {
        let t = self.tok();
        match t.kind {
            TokKind::Name | TokKind::Int | TokKind::Float | TokKind::Str | TokKind::FStr => true,
            TokKind::Keyword => {
                let s = t.text.as_str();
                s == "not" || s == "None" || s == "True" || s == "False" || s == "lambda"
            }
            TokKind::Op => {
                let s = t.text.as_str();
                s == "(" || s == "[" || s == "{" || s == "-" || s == "+" || s == "~"
            }
            _ => false,
        }
    }

    // ---- statements ----------------------------------------------------

    pub fn parse_module(&mut self) -> Result<Vec<Stmt>, SyntaxErr> {
        let mut body = Vec::new();
        while !self.kind_is(TokKind::EndMarker) {
            self.parse_statement(&mut body)?;
        }
        Ok(body)
    }

    fn parse_statement(&mut self, out: &mut Vec<Stmt>) -> Result<(), SyntaxErr> {
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
                    let s = self.parse_def()?;
                    out.push(s);
                    Ok(())
                } else {
                    self.parse_simple_stmts(out)
                }
            }
            _ => self.parse_simple_stmts(out),
        }
    }

    fn parse_simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Result<(), SyntaxErr> {
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
            Err(self.err_here())
        }
    }

    fn parse_simple(&mut self) -> Result<Stmt, SyntaxErr> {
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
                        value = Some(self.parse_tuple_or_test()?);
                    }
                    return Ok(Stmt { kind: StmtKind::Return(value), span: self.span_from(start) });
                }
                "global" => {
                    self.advance();
                    let mut names = vec![self.expect_name()?];
                    while self.at_op(",") {
                        self.advance();
                        names.push(self.expect_name()?);
                    }
                    return Ok(Stmt { kind: StmtKind::Global(names), span: self.span_from(start) });
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
                "class" | "try" | "with" | "import" | "from" | "raise" | "lambda" | "yield" | "nonlocal"
                | "async" | "await" | "except" | "finally" => {
                    let t = self.tok();
                    let msg = format!("Pyrite does not support '{}' yet", kw);
                    return Err(SyntaxErr::new(msg.as_str(), t.line, t.col, t.end_col));
                }
                _ => {}
            }
        }
        let first = self.parse_tuple_or_test()?;
        if self.at_op("=") {
            let mut targets = Vec::new();
            let mut value = first;
            while self.at_op("=") {
                self.check_target(&value, true)?;
                self.advance();
                targets.push(value);
                value = self.parse_tuple_or_test()?;
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
            let value = self.parse_tuple_or_test()?;
            return Ok(Stmt { kind: StmtKind::AugAssign(first, op, value), span: self.span_from(start) });
        }
        Ok(Stmt { kind: StmtKind::Expr(first), span: self.span_from(start) })
    }

    /// Validates an assignment / for / del target.
    fn check_target(&self, e: &Expr, is_assign: bool) -> Result<(), SyntaxErr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Subscript(_, _) | ExprKind::Attribute(_, _) => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts.iter() {
                    self.check_target(x, false)?;
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
    fn parse_block(&mut self, what: &str, header_line: usize) -> Result<Vec<Stmt>, SyntaxErr> {
        if !self.at_op(":") {
            if self.kind_is(TokKind::Newline) {
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
                e.line = self.prev_end_line;
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

    fn parse_if(&mut self) -> Result<Stmt, SyntaxErr> {
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

    fn parse_while(&mut self) -> Result<Stmt, SyntaxErr> {
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

    fn parse_for(&mut self) -> Result<Stmt, SyntaxErr> {
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
        Ok(Stmt { kind: StmtKind::For(target, iter, body, orelse), span: self.span_from(start) })
    }

    fn parse_target_list(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_bin_level(0)?;
        let mut result = first;
        if self.at_op(",") {
            let mut elts = vec![result];
            while self.at_op(",") {
                self.advance();
                if self.at_kw("in") || self.at_op("=") {
                    break;
                }
                elts.push(self.parse_bin_level(0)?);
            }
            result = Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) };
        }
        self.check_target(&result, false)?;
        Ok(result)
    }

    fn parse_def(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        let kw = self.advance();
        let name = self.expect_name()?;
        self.expect_op("(")?;
        let mut params: Vec<String> = Vec::new();
        let mut defaults: Vec<Expr> = Vec::new();
        while !self.at_op(")") {
            let pt = self.tok().clone();
            if self.at_op("*") || self.at_op("**") || self.at_op("/") {
                return Err(SyntaxErr::new("Pyrite does not support '*', '**' or '/' parameters yet", pt.line, pt.col, pt.end_col));
            }
            let p = self.expect_name()?;
            for q in params.iter() {
                if *q == p {
                    let msg = format!("duplicate argument '{}' in function definition", p);
                    return Err(SyntaxErr::new(msg.as_str(), pt.line, pt.col, pt.end_col));
                }
            }
            params.push(p);
            if self.at_op(":") {
                // Annotations are parsed and ignored.
                self.advance();
                self.parse_test()?;
            }
            if self.at_op("=") {
                self.advance();
                defaults.push(self.parse_test()?);
            } else if !defaults.is_empty() {
                return Err(SyntaxErr::new("non-default argument follows default argument", pt.line, pt.col, pt.end_col));
            }
            if self.at_op(",") {
                self.advance();
            } else if !self.at_op(")") {
                return Err(self.err_here());
            }
        }
        self.advance();
        if self.at_op("->") {
            self.advance();
            self.parse_test()?;
        }
        let body = self.parse_block("function definition", kw.line)?;
        let def = FunctionDef { name: name, params: params, defaults: defaults, body: body };
        Ok(Stmt { kind: StmtKind::FunctionDef(def), span: self.span_from(start) })
    }

    // ---- expressions ---------------------------------------------------

    /// `test (',' test)* [',']` -- an unparenthesised tuple if commas occur.
    pub fn parse_tuple_or_test(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_test()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.at_op(",") {
            self.advance();
            if !self.can_start_expr() {
                break;
            }
            elts.push(self.parse_test()?);
        }
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    pub fn parse_test(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        if self.at_kw("lambda") {
            let t = self.tok();
            return Err(SyntaxErr::new("Pyrite does not support 'lambda' yet", t.line, t.col, t.end_col));
        }
        let body = self.parse_or()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.advance();
        let cond = self.parse_or()?;
        if !self.at_kw("else") {
            let t = self.tok();
            return Err(SyntaxErr::new("expected 'else' after 'if' expression", t.line, t.col, t.end_col));
        }
        self.advance();
        let orelse = self.parse_test()?;
        Ok(Expr {
            kind: ExprKind::IfExp(Box::new(cond), Box::new(body), Box::new(orelse)),
            span: self.span_from(start),
        })
    }

    fn parse_or(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_and()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw("or") {
            self.advance();
            values.push(self.parse_and()?);
        }
        Ok(Expr { kind: ExprKind::BoolOp(false, values), span: self.span_from(start) })
    }

    fn parse_and(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_not()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw("and") {
            self.advance();
            values.push(self.parse_not()?);
        }
        Ok(Expr { kind: ExprKind::BoolOp(true, values), span: self.span_from(start) })
    }

    fn parse_not(&mut self) -> Result<Expr, SyntaxErr> {
        if self.at_kw("not") {
            let start = self.start();
            self.advance();
            let operand = self.parse_not()?;
            return Ok(Expr { kind: ExprKind::Unary(UnaryOp::Not, Box::new(operand)), span: self.span_from(start) });
        }
        self.parse_comparison()
    }

    fn cmp_op_here(&self) -> Option<CmpOp> {
        let t = self.tok();
        if t.kind == TokKind::Op {
            return match t.text.as_str() {
                "==" => Some(CmpOp::Eq),
                "!=" => Some(CmpOp::NotEq),
                "<" => Some(CmpOp::Lt),
                "<=" => Some(CmpOp::LtE),
                ">" => Some(CmpOp::Gt),
                ">=" => Some(CmpOp::GtE),
                _ => None,
            };
        }
        if t.kind == TokKind::Keyword {
            if t.text.as_str() == "in" {
                return Some(CmpOp::In);
            }
            if t.text.as_str() == "is" {
                let n = &self.toks[self.pos + 1];
                if n.kind == TokKind::Keyword && n.text.as_str() == "not" {
                    return Some(CmpOp::IsNot);
                }
                return Some(CmpOp::Is);
            }
            if t.text.as_str() == "not" {
                let n = &self.toks[self.pos + 1];
                if n.kind == TokKind::Keyword && n.text.as_str() == "in" {
                    return Some(CmpOp::NotIn);
                }
            }
        }
        None
    }

    fn parse_comparison(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_bin_level(0)?;
        let mut ops = Vec::new();
        let mut rights = Vec::new();
        loop {
            let op = match self.cmp_op_here() {
                Some(op) => op,
                None => break,
            };
            self.advance();
            if op == CmpOp::IsNot || op == CmpOp::NotIn {
                self.advance();
            }
            ops.push(op);
            rights.push(self.parse_bin_level(0)?);
        }
        if ops.is_empty() {
            return Ok(first);
        }
        Ok(Expr { kind: ExprKind::Compare(Box::new(first), ops, rights), span: self.span_from(start) })
    }

    fn binop_at_level(&self, level: usize) -> Option<BinOp> {
        if !self.kind_is(TokKind::Op) {
            return None;
        }
        let s = self.tok().text.as_str();
        match (level, s) {
            (0, "|") => Some(BinOp::BitOr),
            (1, "^") => Some(BinOp::BitXor),
            (2, "&") => Some(BinOp::BitAnd),
            (3, "<<") => Some(BinOp::LShift),
            (3, ">>") => Some(BinOp::RShift),
            (4, "+") => Some(BinOp::Add),
            (4, "-") => Some(BinOp::Sub),
            (5, "*") => Some(BinOp::Mul),
            (5, "/") => Some(BinOp::Div),
            (5, "//") => Some(BinOp::FloorDiv),
            (5, "%") => Some(BinOp::Mod),
            _ => None,
        }
    }

    /// Left-associative binary operators, level 0 (`|`) .. 5 (`*`).
    fn parse_bin_level(&mut self, level: usize) -> Result<Expr, SyntaxErr> {
        if level >= BIN_LEVELS {
            return self.parse_factor();
        }
        let start = self.start();
        let mut left = self.parse_bin_level(level + 1)?;
        loop {
            let op = match self.binop_at_level(level) {
                Some(op) => op,
                None => break,
            };
            self.advance();
            let right = self.parse_bin_level(level + 1)?;
            left = Expr { kind: ExprKind::BinOp(op, Box::new(left), Box::new(right)), span: self.span_from(start) };
        }
        Ok(left)
    }

    fn parse_factor(&mut self) -> Result<Expr, SyntaxErr> {
        let op = if self.at_op("-") {
            Some(UnaryOp::Neg)
        } else if self.at_op("+") {
            Some(UnaryOp::Pos)
        } else if self.at_op("~") {
            Some(UnaryOp::Invert)
        } else {
            None
        };
        match op {
            Some(op) => {
                let start = self.start();
                self.advance();
                let operand = self.parse_factor()?;
                Ok(Expr { kind: ExprKind::Unary(op, Box::new(operand)), span: self.span_from(start) })
            }
            None => self.parse_power(),
        }
    }

    fn parse_power(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let base = self.parse_primary()?;
        if !self.at_op("**") {
            return Ok(base);
        }
        self.advance();
        let exp = self.parse_factor()?;
        Ok(Expr { kind: ExprKind::BinOp(BinOp::Pow, Box::new(base), Box::new(exp)), span: self.span_from(start) })
    }

    fn parse_primary(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let mut e = self.parse_atom()?;
        loop {
            if self.at_op("(") {
                let open = self.start();
                self.advance();
                let (args, kws) = self.parse_call_args(open)?;
                e = Expr { kind: ExprKind::Call(Box::new(e), args, kws), span: self.span_from(start) };
            } else if self.at_op("[") {
                self.advance();
                let index = self.parse_subscript_index()?;
                self.expect_op("]")?;
                e = Expr { kind: ExprKind::Subscript(Box::new(e), Box::new(index)), span: self.span_from(start) };
            } else if self.at_op(".") {
                self.advance();
                let name = self.expect_name()?;
                e = Expr { kind: ExprKind::Attribute(Box::new(e), name), span: self.span_from(start) };
            } else {
                break;
            }
        }
        Ok(e)
    }

    /// After an element inside brackets, when neither ',' nor the closing
    /// bracket follows: CPython's "Perhaps you forgot a comma?" or plain
    /// "invalid syntax".
    fn missing_comma_error(&mut self, a: &Expr) -> SyntaxErr {
        let plain = self.err_here();
        if !self.can_start_expr() {
            return plain;
        }
        let save_pos = self.pos;
        let save_line = self.prev_end_line;
        let save_col = self.prev_end_col;
        let result = match self.parse_test() {
            Ok(b) => {
                if b.span.end_line == a.span.line {
                    SyntaxErr::new("invalid syntax. Perhaps you forgot a comma?", a.span.line, a.span.col, b.span.end_col)
                } else {
                    plain
                }
            }
            Err(_) => plain,
        };
        self.pos = save_pos;
        self.prev_end_line = save_line;
        self.prev_end_col = save_col;
        result
    }

    /// Parses call arguments after '(' up to and including ')'.  `open`
    /// is the position of the '('.
    fn parse_call_args(&mut self, open: (usize, usize)) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxErr> {
        let mut args = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        while !self.at_op(")") {
            if self.at_op("*") || self.at_op("**") {
                let t = self.tok();
                return Err(SyntaxErr::new("Pyrite does not support '*' arguments yet", t.line, t.col, t.end_col));
            }
            if self.kind_is(TokKind::Name) && self.peek_op(1, "=") {
                let name = self.advance().text;
                self.advance();
                let value = self.parse_test()?;
                kws.push(Keyword { name: name, value: value });
            } else {
                let a = self.parse_test()?;
                if !kws.is_empty() {
                    return Err(SyntaxErr::new(
                        "positional argument follows keyword argument",
                        a.span.line,
                        a.span.col,
                        a.span.end_col,
                    ));
                }
                if self.at_kw("for") {
                    // A generator expression as the sole argument.
                    if !args.is_empty() {
                        return Err(SyntaxErr::new("Generator expression must be parenthesized", a.span.line, a.span.col, a.span.end_col));
                    }
                    let g = self.parse_comprehension(a, open, ")", true)?;
                    args.push(g);
                    return Ok((args, kws));
                }
                if !self.at_op(",") && !self.at_op(")") {
                    return Err(self.missing_comma_error(&a));
                }
                args.push(a);
            }
            if self.at_op(",") {
                self.advance();
            } else if !self.at_op(")") {
                return Err(self.err_here());
            }
        }
        self.advance();
        Ok((args, kws))
    }

    fn parse_subscript_index(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let first = self.parse_slice_item()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.at_op(",") {
            self.advance();
            if self.at_op("]") {
                break;
            }
            elts.push(self.parse_slice_item()?);
        }
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    fn parse_slice_item(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let mut lower = None;
        if !self.at_op(":") {
            let e = self.parse_test()?;
            if !self.at_op(":") {
                return Ok(e);
            }
            lower = Some(Box::new(e));
        }
        self.advance();
        let mut upper = None;
        if !self.at_op("]") && !self.at_op(":") && !self.at_op(",") {
            upper = Some(Box::new(self.parse_test()?));
        }
        let mut step = None;
        if self.at_op(":") {
            self.advance();
            if !self.at_op("]") && !self.at_op(",") {
                step = Some(Box::new(self.parse_test()?));
            }
        }
        Ok(Expr { kind: ExprKind::Slice(lower, upper, step), span: self.span_from(start) })
    }

    fn parse_atom(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let t = self.tok().clone();
        match t.kind {
            TokKind::Name => {
                self.advance();
                Ok(Expr { kind: ExprKind::Name(t.text), span: self.span_from(start) })
            }
            TokKind::Int => {
                self.advance();
                Ok(Expr { kind: ExprKind::Int(t.ival), span: self.span_from(start) })
            }
            TokKind::Float => {
                self.advance();
                Ok(Expr { kind: ExprKind::Float(t.fval), span: self.span_from(start) })
            }
            TokKind::Str | TokKind::FStr => self.parse_strings(),
            TokKind::Keyword => {
                let kind = match t.text.as_str() {
                    "None" => ExprKind::NoneLit,
                    "True" => ExprKind::Bool(true),
                    "False" => ExprKind::Bool(false),
                    _ => return Err(self.err_here()),
                };
                self.advance();
                Ok(Expr { kind: kind, span: self.span_from(start) })
            }
            TokKind::Op => {
                if t.text.as_str() == "(" {
                    self.parse_paren()
                } else if t.text.as_str() == "[" {
                    self.parse_list()
                } else if t.text.as_str() == "{" {
                    self.parse_dict()
                } else {
                    Err(self.err_here())
                }
            }
            _ => Err(self.err_here()),
        }
    }

    /// Adjacent string literals are concatenated; any f-string among them
    /// turns the whole atom into an `FString`.
    fn parse_strings(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let mut parts: Vec<FPart> = Vec::new();
        let mut any_f = false;
        while self.kind_is(TokKind::Str) || self.kind_is(TokKind::FStr) {
            let t = self.advance();
            if t.kind == TokKind::Str {
                let span = Span { line: t.line, col: t.col, end_line: t.end_line, end_col: t.end_col };
                push_literal(&mut parts, t.text.as_str(), span);
            } else {
                any_f = true;
                crate::fstring::parse_fstring(&t, &mut parts)?;
            }
        }
        let span = self.span_from(start);
        if !any_f {
            let mut s = String::new();
            for p in parts.iter() {
                if let ExprKind::Str(v) = &p.expr.kind {
                    s.push_str(v.as_str());
                }
            }
            return Ok(Expr { kind: ExprKind::Str(s), span: span });
        }
        Ok(Expr { kind: ExprKind::FString(parts), span: span })
    }

    fn parse_paren(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        if self.at_op(")") {
            self.advance();
            return Ok(Expr { kind: ExprKind::Tuple(Vec::new()), span: self.span_from(start) });
        }
        let first = self.parse_test()?;
        if self.at_kw("for") {
            return self.parse_comprehension(first, start, ")", true);
        }
        if self.at_op(")") {
            self.advance();
            return Ok(first);
        }
        if !self.at_op(",") {
            return Err(self.missing_comma_error(&first));
        }
        let mut elts = vec![first];
        while self.at_op(",") {
            self.advance();
            if self.at_op(")") {
                break;
            }
            let e = self.parse_test()?;
            if !self.at_op(",") && !self.at_op(")") {
                return Err(self.missing_comma_error(&e));
            }
            elts.push(e);
        }
        self.expect_op(")")?;
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    fn parse_list(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut elts = Vec::new();
        if self.at_op("]") {
            self.advance();
            return Ok(Expr { kind: ExprKind::List(elts), span: self.span_from(start) });
        }
        let first = self.parse_test()?;
        if self.at_kw("for") {
            return self.parse_comprehension(first, start, "]", false);
        }
        let mut cur = first;
        loop {
            if !self.at_op(",") && !self.at_op("]") {
                return Err(self.missing_comma_error(&cur));
            }
            elts.push(cur);
            if self.at_op(",") {
                self.advance();
            }
            if self.at_op("]") {
                break;
            }
            cur = self.parse_test()?;
        }
        self.advance();
        Ok(Expr { kind: ExprKind::List(elts), span: self.span_from(start) })
    }

    /// The `for target in iter [if cond]...` tail of a list comprehension
    /// or generator expression, up to and including `closing`.  `start` is
    /// where the node begins (the opening bracket).
    fn parse_comprehension(&mut self, elt: Expr, start: (usize, usize), closing: &str, is_gen: bool) -> Result<Expr, SyntaxErr> {
        self.advance();
        let target = self.parse_target_list()?;
        if !self.at_kw("in") {
            return Err(self.err_here());
        }
        self.advance();
        let iter = self.parse_or()?;
        let mut conds = Vec::new();
        while self.at_kw("if") {
            self.advance();
            conds.push(self.parse_or()?);
        }
        if self.at_kw("for") {
            let t = self.tok();
            return Err(SyntaxErr::new("Pyrite does not support nested comprehension loops yet", t.line, t.col, t.end_col));
        }
        self.expect_op(closing)?;
        Ok(Expr {
            kind: ExprKind::ListComp(Box::new(elt), Box::new(target), Box::new(iter), conds, is_gen),
            span: self.span_from(start),
        })
    }

    fn parse_dict(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut keys = Vec::new();
        let mut values = Vec::new();
        while !self.at_op("}") {
            let k = self.parse_test()?;
            if !self.at_op(":") {
                if self.at_op(",") || self.at_op("}") {
                    return Err(SyntaxErr::new("Pyrite does not support sets yet", k.span.line, k.span.col, k.span.end_col));
                }
                return Err(self.err_here());
            }
            self.advance();
            let v = self.parse_test()?;
            if !self.at_op(",") && !self.at_op("}") {
                return Err(self.missing_comma_error(&v));
            }
            keys.push(k);
            values.push(v);
            if self.at_op(",") {
                self.advance();
            }
        }
        self.advance();
        Ok(Expr { kind: ExprKind::Dict(keys, values), span: self.span_from(start) })
    }
}

/// Appends a literal string part, merging with a preceding literal.
pub fn push_literal(parts: &mut Vec<FPart>, s: &str, span: Span) {
    let n = parts.len();
    if n > 0 && parts[n - 1].conv == ' ' {
        if let ExprKind::Str(prev) = &mut parts[n - 1].expr.kind {
            prev.push_str(s);
            return;
        }
    }
    parts.push(FPart { expr: Expr { kind: ExprKind::Str(s.to_string()), span: span }, conv: ' ', spec: String::new() });
}

fn aug_op(s: &str) -> Option<BinOp> {
    match s {
        "+=" => Some(BinOp::Add),
        "-=" => Some(BinOp::Sub),
        "*=" => Some(BinOp::Mul),
        "/=" => Some(BinOp::Div),
        "//=" => Some(BinOp::FloorDiv),
        "%=" => Some(BinOp::Mod),
        "**=" => Some(BinOp::Pow),
        "<<=" => Some(BinOp::LShift),
        ">>=" => Some(BinOp::RShift),
        "|=" => Some(BinOp::BitOr),
        "^=" => Some(BinOp::BitXor),
        "&=" => Some(BinOp::BitAnd),
        _ => None,
    }
}

/// CPython's names for expression kinds in assignment error messages.
fn expr_description(e: &Expr) -> String {
    let s = match &e.kind {
        ExprKind::Call(_, _, _) => "function call",
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::Bool(_) | ExprKind::NoneLit => {
            return match &e.kind {
                ExprKind::Bool(true) => "True".to_string(),
                ExprKind::Bool(false) => "False".to_string(),
                _ => "None".to_string(),
            }
        }
        ExprKind::Compare(_, _, _) => "comparison",
        ExprKind::BoolOp(_, _) | ExprKind::BinOp(_, _, _) | ExprKind::Unary(_, _) => "expression",
        ExprKind::IfExp(_, _, _) => "conditional expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_, _) => "dict literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::ListComp(_, _, _, _, false) => "list comprehension",
        ExprKind::ListComp(_, _, _, _, true) => "generator expression",
        _ => "expression",
    };
    s.to_string()
}
