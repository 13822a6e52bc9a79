//! `match` statements (PEP 634): the pattern AST and its parser (stage 2).
//!
//! Invariants:
//! - `match` and `case` are soft keywords: a line starting with the name
//!   `match` is a match statement only if it ends in `:` and the block
//!   below starts with the name `case` (`at_match_stmt`); otherwise it is
//!   parsed as ordinary code, so `match` stays usable as a name.
//! - Patterns are parsed by their own grammar (not as expressions, so
//!   `1 | 2` is an or-pattern); values inside them (literals, dotted
//!   names, class names, mapping keys) are `Expr`s for the compiler.
//! - `Star` only appears directly inside `Sequence`, at most once.
//! - `pattern_names` lists the names a pattern binds, in binding order;
//!   the scope analysis treats them as assignments.

use crate::ast::{Expr, ExprKind, Span, Stmt, StmtKind, SyntaxErr, UnaryOp, BinOp};
use crate::lexer::TokKind;
use crate::parser::Parser;

#[derive(Clone)]
pub struct Pattern {
    pub kind: PatKind,
    pub span: Span,
}

#[derive(Clone)]
pub enum PatKind {
    /// A literal or dotted name, compared with `==` (`is` for None,
    /// True and False).
    Value(Expr),
    /// A capture name, or None for the wildcard `_`.
    Capture(Option<String>),
    Sequence(Vec<Pattern>),
    /// `*name` (None for `*_`) inside a sequence pattern.
    Star(Option<String>),
    /// keys, value patterns, `**rest`
    Mapping(Vec<Expr>, Vec<Pattern>, Option<String>),
    /// class, positional patterns, keyword names, keyword patterns
    Class(Expr, Vec<Pattern>, Vec<String>, Vec<Pattern>),
    Or(Vec<Pattern>),
    As(Box<Pattern>, String),
}

#[derive(Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// The names `p` binds, in order (duplicates kept).
pub fn pattern_names(p: &Pattern, out: &mut Vec<String>) {
    match &p.kind {
        PatKind::Value(_) => {}
        PatKind::Capture(n) | PatKind::Star(n) => {
            if let Some(n) = n {
                out.push(n.clone());
            }
        }
        PatKind::Sequence(items) => {
            for x in items.iter() {
                pattern_names(x, out);
            }
        }
        PatKind::Mapping(_, pats, rest) => {
            for x in pats.iter() {
                pattern_names(x, out);
            }
            if let Some(r) = rest {
                out.push(r.clone());
            }
        }
        PatKind::Class(_, pos, _, kws) => {
            for x in pos.iter() {
                pattern_names(x, out);
            }
            for x in kws.iter() {
                pattern_names(x, out);
            }
        }
        PatKind::Or(alts) => {
            if !alts.is_empty() {
                pattern_names(&alts[0], out);
            }
        }
        PatKind::As(inner, n) => {
            pattern_names(inner, out);
            out.push(n.clone());
        }
    }
}

/// The expressions `p` evaluates (values, classes, keys), in order.
pub fn pattern_exprs(p: &Pattern, out: &mut Vec<Expr>) {
    match &p.kind {
        PatKind::Value(e) => out.push(e.clone()),
        PatKind::Capture(_) | PatKind::Star(_) => {}
        PatKind::Sequence(items) | PatKind::Or(items) => {
            for x in items.iter() {
                pattern_exprs(x, out);
            }
        }
        PatKind::Mapping(keys, pats, _) => {
            for k in keys.iter() {
                out.push(k.clone());
            }
            for x in pats.iter() {
                pattern_exprs(x, out);
            }
        }
        PatKind::Class(c, pos, _, kws) => {
            out.push(c.clone());
            for x in pos.iter() {
                pattern_exprs(x, out);
            }
            for x in kws.iter() {
                pattern_exprs(x, out);
            }
        }
        PatKind::As(inner, _) => pattern_exprs(inner, out),
    }
}

/// Does `p` match every subject?
pub fn irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatKind::Capture(_) => true,
        PatKind::As(inner, _) => irrefutable(inner),
        PatKind::Or(alts) => {
            for a in alts.iter() {
                if irrefutable(a) {
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}

impl Parser {
    fn name_at(&self, off: usize, s: &str) -> bool {
        if self.pos + off >= self.toks.len() {
            return false;
        }
        let t = &self.toks[self.pos + off];
        t.kind == TokKind::Name && t.text.as_str() == s
    }

    /// Is the statement starting here (at the name `match`) a match
    /// statement?  Its line must end in `:` with a `case` block below.
    pub fn at_match_stmt(&self) -> bool {
        if !self.name_at(0, "match") || self.pos + 1 >= self.toks.len() {
            return false;
        }
        let next = &self.toks[self.pos + 1];
        if next.kind == TokKind::Newline || (next.kind == TokKind::Op && (next.text.as_str() == "=" || next.text.as_str() == ".")) {
            return false;
        }
        let mut i = self.pos + 1;
        let mut depth: i64 = 0;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if t.kind == TokKind::EndMarker {
                return false;
            }
            if t.kind == TokKind::Op {
                let s = t.text.as_str();
                if s == "(" || s == "[" || s == "{" {
                    depth += 1;
                } else if s == ")" || s == "]" || s == "}" {
                    depth -= 1;
                }
            }
            if t.kind == TokKind::Newline && depth <= 0 {
                break;
            }
            i += 1;
        }
        if i + 2 >= self.toks.len() || i == 0 {
            return false;
        }
        let colon = &self.toks[i - 1];
        let indent = &self.toks[i + 1];
        let case = &self.toks[i + 2];
        colon.kind == TokKind::Op && colon.text.as_str() == ":" && indent.kind == TokKind::Indent
            && case.kind == TokKind::Name && case.text.as_str() == "case"
    }

    pub fn parse_match(&mut self) -> Result<Stmt, SyntaxErr> {
        let start = self.start();
        self.advance();
        let subject = self.parse_star_expressions()?;
        self.expect_op(":")?;
        if !self.kind_is(TokKind::Newline) {
            return Err(self.err_here());
        }
        self.advance();
        if !self.kind_is(TokKind::Indent) {
            return Err(self.err_here());
        }
        self.advance();
        let mut cases = Vec::new();
        while self.name_at(0, "case") {
            cases.push(self.parse_case()?);
        }
        if self.kind_is(TokKind::Dedent) {
            self.advance();
        } else if !self.kind_is(TokKind::EndMarker) {
            return Err(self.err_here());
        }
        Ok(Stmt { kind: StmtKind::Match(subject, cases), span: self.span_from(start) })
    }

    fn parse_case(&mut self) -> Result<MatchCase, SyntaxErr> {
        let kw = self.advance();
        let pattern = self.parse_top_pattern()?;
        let guard = if self.at_kw("if") {
            self.advance();
            Some(self.parse_test()?)
        } else {
            None
        };
        let body = self.parse_block("'case' statement", kw.line)?;
        Ok(MatchCase { pattern: pattern, guard: guard, body: body })
    }

    /// `case a, *b:` (an open sequence) or a single pattern.
    fn parse_top_pattern(&mut self) -> Result<Pattern, SyntaxErr> {
        let start = self.start();
        let first = self.parse_maybe_star()?;
        if !self.at_op(",") {
            if let PatKind::Star(_) = first.kind {
                return Err(SyntaxErr::new("invalid syntax", first.span.line, first.span.col, first.span.end_col));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.at_op(",") {
            self.advance();
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.parse_maybe_star()?);
        }
        self.check_stars(&items)?;
        Ok(Pattern { kind: PatKind::Sequence(items), span: self.span_from(start) })
    }

    fn check_stars(&self, items: &Vec<Pattern>) -> Result<(), SyntaxErr> {
        let mut n = 0;
        for p in items.iter() {
            if let PatKind::Star(_) = p.kind {
                n += 1;
                if n > 1 {
                    return Err(SyntaxErr::new("multiple starred names in sequence pattern", p.span.line, p.span.col, p.span.end_col));
                }
            }
        }
        Ok(())
    }

    fn parse_maybe_star(&mut self) -> Result<Pattern, SyntaxErr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let n = self.expect_name()?;
            let name = if n.as_str() == "_" { None } else { Some(n) };
            return Ok(Pattern { kind: PatKind::Star(name), span: self.span_from(start) });
        }
        self.parse_pattern()
    }

    /// `or_pattern ['as' NAME]`
    fn parse_pattern(&mut self) -> Result<Pattern, SyntaxErr> {
        let start = self.start();
        let p = self.parse_or_pattern()?;
        if self.at_kw("as") {
            self.advance();
            let t = self.tok().clone();
            let n = self.expect_name()?;
            if n.as_str() == "_" {
                return Err(SyntaxErr::new("cannot use '_' as a target", t.line, t.col, t.end_col));
            }
            return Ok(Pattern { kind: PatKind::As(Box::new(p), n), span: self.span_from(start) });
        }
        Ok(p)
    }

    fn parse_or_pattern(&mut self) -> Result<Pattern, SyntaxErr> {
        let start = self.start();
        let first = self.parse_closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.at_op("|") {
            self.advance();
            alts.push(self.parse_closed_pattern()?);
        }
        let span = self.span_from(start);
        let mut first_names = Vec::new();
        pattern_names(&alts[0], &mut first_names);
        first_names.sort();
        for k in 1..alts.len() {
            let mut names = Vec::new();
            pattern_names(&alts[k], &mut names);
            names.sort();
            if names != first_names {
                return Err(SyntaxErr::new("alternative patterns bind different names", span.line, span.col, span.end_col));
            }
        }
        Ok(Pattern { kind: PatKind::Or(alts), span: span })
    }

    /// A signed number, optionally `+`/`-` an imaginary number.
    fn parse_number_literal(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let neg = self.at_op("-");
        if neg {
            self.advance();
        }
        if !self.kind_is(TokKind::Int) && !self.kind_is(TokKind::Float) {
            return Err(self.err_here());
        }
        let mut e = self.parse_atom()?;
        if neg {
            e = Expr { kind: ExprKind::Unary(UnaryOp::Neg, Box::new(e)), span: self.span_from(start) };
        }
        if self.at_op("+") || self.at_op("-") {
            let op = if self.at_op("+") { BinOp::Add } else { BinOp::Sub };
            self.advance();
            if !self.kind_is(TokKind::Float) || self.tok().text.as_str() != "j" {
                return Err(self.err_here());
            }
            let im = self.parse_atom()?;
            e = Expr { kind: ExprKind::BinOp(op, Box::new(e), Box::new(im)), span: self.span_from(start) };
        }
        Ok(e)
    }

    fn parse_closed_pattern(&mut self) -> Result<Pattern, SyntaxErr> {
        let start = self.start();
        let t = self.tok().clone();
        if t.kind == TokKind::Int || t.kind == TokKind::Float || self.at_op("-") {
            let e = self.parse_number_literal()?;
            return Ok(Pattern { kind: PatKind::Value(e), span: self.span_from(start) });
        }
        if t.kind == TokKind::Str || t.kind == TokKind::FStr
            || (t.kind == TokKind::Keyword && (t.text.as_str() == "None" || t.text.as_str() == "True" || t.text.as_str() == "False"))
        {
            let e = self.parse_atom()?;
            return Ok(Pattern { kind: PatKind::Value(e), span: self.span_from(start) });
        }
        if t.kind == TokKind::Name {
            self.advance();
            let mut e = Expr { kind: ExprKind::Name(t.text.clone()), span: self.span_from(start) };
            let mut dotted = false;
            while self.at_op(".") {
                self.advance();
                let n = self.expect_name()?;
                e = Expr { kind: ExprKind::Attribute(Box::new(e), n), span: self.span_from(start) };
                dotted = true;
            }
            if self.at_op("(") {
                return self.parse_class_pattern(e, start);
            }
            if dotted {
                return Ok(Pattern { kind: PatKind::Value(e), span: self.span_from(start) });
            }
            let name = if t.text.as_str() == "_" { None } else { Some(t.text.clone()) };
            return Ok(Pattern { kind: PatKind::Capture(name), span: self.span_from(start) });
        }
        if self.at_op("(") || self.at_op("[") {
            let close = if self.at_op("(") { ")" } else { "]" };
            self.advance();
            let mut items = Vec::new();
            let mut comma = false;
            while !self.at_op(close) {
                items.push(self.parse_maybe_star()?);
                if self.at_op(",") {
                    self.advance();
                    comma = true;
                } else if !self.at_op(close) {
                    return Err(self.err_here());
                }
            }
            self.advance();
            if close == ")" && items.len() == 1 && !comma {
                // A parenthesised group.
                let mut p = items.pop().unwrap();
                if let PatKind::Star(_) = p.kind {
                    return Err(SyntaxErr::new("invalid syntax", p.span.line, p.span.col, p.span.end_col));
                }
                p.span = self.span_from(start);
                return Ok(p);
            }
            self.check_stars(&items)?;
            return Ok(Pattern { kind: PatKind::Sequence(items), span: self.span_from(start) });
        }
        if self.at_op("{") {
            return self.parse_mapping_pattern();
        }
        Err(self.err_here())
    }

    fn parse_mapping_pattern(&mut self) -> Result<Pattern, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut keys = Vec::new();
        let mut pats = Vec::new();
        let mut rest = None;
        while !self.at_op("}") {
            if self.at_op("**") {
                self.advance();
                let t = self.tok().clone();
                let n = self.expect_name()?;
                if n.as_str() == "_" {
                    return Err(SyntaxErr::new("invalid syntax", t.line, t.col, t.end_col));
                }
                rest = Some(n);
                if self.at_op(",") {
                    self.advance();
                }
                if !self.at_op("}") {
                    return Err(self.err_here());
                }
                break;
            }
            let key = self.parse_closed_pattern()?;
            let e = match key.kind {
                PatKind::Value(e) => e,
                _ => return Err(SyntaxErr::new("invalid syntax", key.span.line, key.span.col, key.span.end_col)),
            };
            keys.push(e);
            self.expect_op(":")?;
            pats.push(self.parse_pattern()?);
            if self.at_op(",") {
                self.advance();
            } else if !self.at_op("}") {
                return Err(self.err_here());
            }
        }
        self.advance();
        Ok(Pattern { kind: PatKind::Mapping(keys, pats, rest), span: self.span_from(start) })
    }

    fn parse_class_pattern(&mut self, cls: Expr, start: (usize, usize)) -> Result<Pattern, SyntaxErr> {
        self.advance();
        let mut pos = Vec::new();
        let mut kwnames: Vec<String> = Vec::new();
        let mut kws = Vec::new();
        while !self.at_op(")") {
            if self.kind_is(TokKind::Name) && self.peek_op(1, "=") {
                let t = self.tok().clone();
                let n = self.advance().text;
                self.advance();
                if kwnames.contains(&n) {
                    return Err(SyntaxErr::new(
                        format!("attribute name repeated in class pattern: {}", n).as_str(),
                        t.line,
                        t.col,
                        t.end_col,
                    ));
                }
                kwnames.push(n);
                kws.push(self.parse_pattern()?);
            } else {
                let p = self.parse_pattern()?;
                if !kws.is_empty() {
                    return Err(SyntaxErr::new(
                        "positional patterns follow keyword patterns",
                        p.span.line,
                        p.span.col,
                        p.span.end_col,
                    ));
                }
                pos.push(p);
            }
            if self.at_op(",") {
                self.advance();
            } else if !self.at_op(")") {
                return Err(self.err_here());
            }
        }
        self.advance();
        Ok(Pattern { kind: PatKind::Class(cls, pos, kwnames, kws), span: self.span_from(start) })
    }
}
