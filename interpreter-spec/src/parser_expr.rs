//! Stage 2 (continued): expression parsing for `Parser` (see parser.rs
//! for the invariants).  Precedence climbing over table-driven binary
//! levels; atoms, trailers (calls, subscripts, attributes), displays and
//! comprehensions (string-literal atoms are in fstring.rs).

use crate::ast::{BinOp, CmpOp, CompFor, Expr, ExprKind, Keyword, SyntaxErr, UnaryOp, COMP_DICT, COMP_GEN, COMP_LIST, COMP_SET};
use crate::lexer::TokKind;
use crate::parser::{Parser, BIN_LEVELS};

impl Parser {
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

    /// `star_expressions`: like `parse_tuple_or_test` but elements may be
    /// `*x`; a leading `yield` parses a yield expression.
    pub fn parse_star_expressions(&mut self) -> Result<Expr, SyntaxErr> {
        if self.at_kw("yield") {
            return self.parse_yield();
        }
        let start = self.start();
        let first = self.parse_star_or_test()?;
        if !self.at_op(",") {
            if let ExprKind::Starred(_) = &first.kind {
                let s = &first.span;
                return Err(SyntaxErr::new("can't use starred expression here", s.line, s.col, s.end_col));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.at_op(",") {
            self.advance();
            if !self.can_start_expr() && !self.at_op("*") {
                break;
            }
            elts.push(self.parse_star_or_test()?);
        }
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    /// `'*' bitwise_or | test`
    pub fn parse_star_or_test(&mut self) -> Result<Expr, SyntaxErr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let inner = self.parse_bin_level(0)?;
            return Ok(Expr { kind: ExprKind::Starred(Box::new(inner)), span: self.span_from(start) });
        }
        self.parse_test()
    }

    /// `yield [star_expressions]` or `yield from test`.
    pub fn parse_yield(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        if self.at_kw("from") {
            self.advance();
            let e = self.parse_test()?;
            return Ok(Expr { kind: ExprKind::YieldFrom(Box::new(e)), span: self.span_from(start) });
        }
        let mut value = None;
        if self.can_start_expr() || self.at_op("*") {
            value = Some(Box::new(self.parse_star_expressions()?));
        }
        Ok(Expr { kind: ExprKind::Yield(value), span: self.span_from(start) })
    }

    pub fn parse_test(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        if self.at_kw("lambda") {
            return self.parse_lambda();
        }
        if self.kind_is(TokKind::Name) && self.peek_op(1, ":=") {
            let name = self.advance().text;
            self.advance();
            let value = self.parse_test()?;
            return Ok(Expr { kind: ExprKind::NamedExpr(name, Box::new(value)), span: self.span_from(start) });
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

    pub fn parse_or(&mut self) -> Result<Expr, SyntaxErr> {
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

    pub fn parse_and(&mut self) -> Result<Expr, SyntaxErr> {
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

    pub fn parse_not(&mut self) -> Result<Expr, SyntaxErr> {
        if self.at_kw("not") {
            let start = self.start();
            self.advance();
            let operand = self.parse_not()?;
            return Ok(Expr { kind: ExprKind::Unary(UnaryOp::Not, Box::new(operand)), span: self.span_from(start) });
        }
        self.parse_comparison()
    }

    pub fn cmp_op_here(&self) -> Option<CmpOp> {
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

    pub fn parse_comparison(&mut self) -> Result<Expr, SyntaxErr> {
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

    pub fn binop_at_level(&self, level: usize) -> Option<BinOp> {
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
            (5, "@") => Some(BinOp::MatMul),
            _ => None,
        }
    }

    /// Left-associative binary operators, level 0 (`|`) .. 5 (`*`).
    pub fn parse_bin_level(&mut self, level: usize) -> Result<Expr, SyntaxErr> {
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

    pub fn parse_factor(&mut self) -> Result<Expr, SyntaxErr> {
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

    pub fn parse_power(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let base = if self.at_kw("await") {
            self.advance();
            let x = self.parse_primary()?;
            Expr { kind: ExprKind::Await(Box::new(x)), span: self.span_from(start) }
        } else {
            self.parse_primary()?
        };
        if !self.at_op("**") {
            return Ok(base);
        }
        self.advance();
        let exp = self.parse_factor()?;
        Ok(Expr { kind: ExprKind::BinOp(BinOp::Pow, Box::new(base), Box::new(exp)), span: self.span_from(start) })
    }

    pub fn parse_primary(&mut self) -> Result<Expr, SyntaxErr> {
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
    pub fn missing_comma_error(&mut self, a: &Expr) -> SyntaxErr {
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
    pub fn parse_call_args(&mut self, open: (usize, usize)) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxErr> {
        let mut args = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        // CPython reports "positional argument follows keyword argument"
        // only after the whole argument list, at the token that ends it.
        let mut positional_after_kw = false;
        let mut first_dstar: Option<(usize, usize, usize)> = None;
        while !self.at_op(")") {
            if self.at_op("*") {
                let start = self.start();
                self.advance();
                let inner = self.parse_test()?;
                let e = Expr { kind: ExprKind::Starred(Box::new(inner)), span: self.span_from(start) };
                if let Some((line, col, end)) = first_dstar {
                    return Err(SyntaxErr::new("iterable argument unpacking follows keyword argument unpacking", line, col, end));
                }
                args.push(e);
            } else if self.at_op("**") {
                let st = self.start();
                self.advance();
                let value = self.parse_test()?;
                if first_dstar.is_none() {
                    first_dstar = Some((st.0, st.1, if value.span.end_line == st.0 { value.span.end_col } else { st.1 + 1 }));
                }
                kws.push(Keyword { name: None, value: value });
            } else if self.kind_is(TokKind::Name) && self.peek_op(1, "=") {
                let name = self.advance().text;
                self.advance();
                let value = self.parse_test()?;
                kws.push(Keyword { name: Some(name), value: value });
            } else {
                let a = self.parse_test()?;
                if self.at_op("=") {
                    let eq = self.tok();
                    return Err(SyntaxErr::new(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        a.span.line,
                        a.span.col,
                        eq.end_col,
                    ));
                }
                if !kws.is_empty() {
                    let mut has_double_star = false;
                    for k in kws.iter() {
                        if k.name.is_none() {
                            has_double_star = true;
                        }
                    }
                    if has_double_star {
                        let s = &a.span;
                        return Err(SyntaxErr::new("positional argument follows keyword argument unpacking", s.line, s.col, s.end_col));
                    }
                    positional_after_kw = true;
                }
                if self.at_comp_for() {
                    // A generator expression as the sole argument.
                    if !args.is_empty() || !kws.is_empty() {
                        return Err(SyntaxErr::new("Generator expression must be parenthesized", a.span.line, a.span.col, a.span.end_col));
                    }
                    let g = self.parse_comprehension(a, None, open, ")", COMP_GEN)?;
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
        if positional_after_kw {
            let t = self.tok();
            return Err(SyntaxErr::new("positional argument follows keyword argument", t.line, t.col, t.end_col));
        }
        self.advance();
        Ok((args, kws))
    }

    pub fn parse_subscript_index(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        // `a[*b]` and `a[x, *b]` (PEP 646) index with a tuple.
        let star = self.at_op("*");
        let first = if star { self.parse_star_or_test()? } else { self.parse_slice_item()? };
        if !self.at_op(",") {
            if star {
                return Ok(Expr { kind: ExprKind::Tuple(vec![first]), span: self.span_from(start) });
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.at_op(",") {
            self.advance();
            if self.at_op("]") {
                break;
            }
            if self.at_op("*") {
                elts.push(self.parse_star_or_test()?);
            } else {
                elts.push(self.parse_slice_item()?);
            }
        }
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    pub fn parse_slice_item(&mut self) -> Result<Expr, SyntaxErr> {
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

    pub fn parse_atom(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let t = self.tok().clone();
        match t.kind {
            TokKind::Name => {
                self.advance();
                Ok(Expr { kind: ExprKind::Name(t.text), span: self.span_from(start) })
            }
            TokKind::Int => {
                self.advance();
                if !t.text.is_empty() {
                    // Too large for an i64: the lexer left decimal digits.
                    return Ok(Expr { kind: ExprKind::BigInt(t.text), span: self.span_from(start) });
                }
                Ok(Expr { kind: ExprKind::Int(t.ival), span: self.span_from(start) })
            }
            TokKind::Float => {
                self.advance();
                if t.text.as_str() == "j" {
                    return Ok(Expr { kind: ExprKind::Imag(t.fval), span: self.span_from(start) });
                }
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
                } else if t.text.as_str() == "." && self.pos + 2 < self.toks.len()
                    && self.toks[self.pos + 1].text.as_str() == "." && self.toks[self.pos + 2].text.as_str() == "."
                    && self.toks[self.pos + 1].kind == TokKind::Op && self.toks[self.pos + 2].kind == TokKind::Op
                    && self.toks[self.pos + 2].col == t.col + 2 && self.toks[self.pos + 2].line == t.line
                {
                    self.advance();
                    self.advance();
                    self.advance();
                    Ok(Expr { kind: ExprKind::Ellipsis, span: self.span_from(start) })
                } else {
                    Err(self.err_here())
                }
            }
            _ => Err(self.err_here()),
        }
    }

    pub fn parse_paren(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        if self.at_op(")") {
            self.advance();
            return Ok(Expr { kind: ExprKind::Tuple(Vec::new()), span: self.span_from(start) });
        }
        if self.at_kw("yield") {
            let y = self.parse_yield()?;
            self.expect_op(")")?;
            return Ok(y);
        }
        let first = self.parse_star_or_test()?;
        if self.at_comp_for() {
            return self.parse_comprehension(first, None, start, ")", COMP_GEN);
        }
        if self.at_op(")") {
            if let ExprKind::Starred(_) = &first.kind {
                let s = &first.span;
                return Err(SyntaxErr::new("cannot use starred expression here", s.line, s.col, s.end_col));
            }
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
            let e = self.parse_star_or_test()?;
            if !self.at_op(",") && !self.at_op(")") {
                return Err(self.missing_comma_error(&e));
            }
            elts.push(e);
        }
        self.expect_op(")")?;
        Ok(Expr { kind: ExprKind::Tuple(elts), span: self.span_from(start) })
    }

    pub fn parse_list(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut elts = Vec::new();
        if self.at_op("]") {
            self.advance();
            return Ok(Expr { kind: ExprKind::List(elts), span: self.span_from(start) });
        }
        let first = self.parse_star_or_test()?;
        if self.at_comp_for() {
            return self.parse_comprehension(first, None, start, "]", COMP_LIST);
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
            cur = self.parse_star_or_test()?;
        }
        self.advance();
        Ok(Expr { kind: ExprKind::List(elts), span: self.span_from(start) })
    }

    /// The `for target in iter [if cond]...` clauses of a comprehension,
    /// up to and including `closing`.  `start` is where the node begins
    /// (the opening bracket).
    pub fn parse_comprehension(&mut self, elt: Expr, value: Option<Expr>, start: (usize, usize), closing: &str, kind: u8) -> Result<Expr, SyntaxErr> {
        if let ExprKind::Starred(_) = &elt.kind {
            let s = &elt.span;
            let msg = if kind == COMP_DICT { "dict unpacking cannot be used in dict comprehension" } else { "iterable unpacking cannot be used in comprehension" };
            return Err(SyntaxErr::new(msg, s.line, s.col, s.end_col));
        }
        let mut fors = Vec::new();
        while self.at_kw("for") || (self.at_kw("async") && self.peek_kw(1, "for")) {
            let is_async = self.at_kw("async");
            if is_async {
                self.advance();
            }
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
            fors.push(CompFor { target: target, iter: iter, conds: conds, is_async: is_async });
        }
        self.expect_op(closing)?;
        let v = match value {
            Some(v) => Some(Box::new(v)),
            None => None,
        };
        Ok(Expr { kind: ExprKind::Comp(kind, Box::new(elt), v, fors), span: self.span_from(start) })
    }

    /// `{}`: dict or set display or comprehension.
    pub fn parse_dict(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        self.advance();
        let mut keys = Vec::new();
        let mut values = Vec::new();
        if self.at_op("}") {
            self.advance();
            return Ok(Expr { kind: ExprKind::Dict(keys, values), span: self.span_from(start) });
        }
        // The first element decides between a set and a dict.
        let is_set;
        if self.at_op("**") {
            is_set = false;
        } else {
            let k = self.parse_star_or_test()?;
            if self.at_op(":") {
                self.advance();
                let v = self.parse_test()?;
                if self.at_comp_for() {
                    return self.parse_comprehension(k, Some(v), start, "}", COMP_DICT);
                }
                keys.push(k);
                values.push(v);
                is_set = false;
            } else {
                if self.at_comp_for() {
                    return self.parse_comprehension(k, None, start, "}", COMP_SET);
                }
                keys.push(k);
                is_set = true;
            }
            if !self.at_op(",") && !self.at_op("}") {
                let last = if is_set { keys[keys.len() - 1].clone() } else { values[values.len() - 1].clone() };
                return Err(self.missing_comma_error(&last));
            }
            if self.at_op(",") {
                self.advance();
            }
        }
        while !self.at_op("}") {
            if is_set {
                let k = self.parse_star_or_test()?;
                if !self.at_op(",") && !self.at_op("}") {
                    return Err(self.missing_comma_error(&k));
                }
                keys.push(k);
            } else if self.at_op("**") {
                // `**d` is stored as a key of None with a Starred value.
                let st = self.start();
                self.advance();
                let d = self.parse_bin_level(0)?;
                let sp = self.span_from(st);
                keys.push(Expr { kind: ExprKind::NoneLit, span: sp.clone() });
                values.push(Expr { kind: ExprKind::Starred(Box::new(d)), span: sp });
                if !self.at_op(",") && !self.at_op("}") {
                    return Err(self.err_here());
                }
            } else {
                let k = self.parse_test()?;
                if !self.at_op(":") {
                    return Err(self.err_here());
                }
                self.advance();
                let v = self.parse_test()?;
                if !self.at_op(",") && !self.at_op("}") {
                    return Err(self.missing_comma_error(&v));
                }
                keys.push(k);
                values.push(v);
            }
            if self.at_op(",") {
                self.advance();
            }
        }
        self.advance();
        if is_set {
            return Ok(Expr { kind: ExprKind::Set(keys), span: self.span_from(start) });
        }
        Ok(Expr { kind: ExprKind::Dict(keys, values), span: self.span_from(start) })
    }
}

/// CPython's names for expression kinds in assignment error messages.
pub fn expr_description(e: &Expr) -> String {
    let s = match &e.kind {
        ExprKind::Call(_, _, _) => "function call",
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::Bytes(_) | ExprKind::Imag(_) => "literal",
        ExprKind::Ellipsis => "ellipsis",
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
        ExprKind::Comp(k, _, _, _) => {
            let d = if *k == COMP_LIST {
                "list comprehension"
            } else if *k == COMP_GEN {
                "generator expression"
            } else if *k == COMP_SET {
                "set comprehension"
            } else {
                "dict comprehension"
            };
            return d.to_string();
        }
        ExprKind::Set(_) => "set display",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr(_, _) => "named expression",
        ExprKind::Starred(_) => "starred",
        _ => "expression",
    };
    s.to_string()
}

pub fn ends_with(s: &str, suffix: &str) -> bool {
    let a = s.chars().collect::<Vec<char>>();
    let b = suffix.chars().collect::<Vec<char>>();
    if b.len() > a.len() {
        return false;
    }
    let off = a.len() - b.len();
    for k in 0..b.len() {
        if a[off + k] != b[k] {
            return false;
        }
    }
    true
}

pub fn aug_op(s: &str) -> Option<BinOp> {
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
        "@=" => Some(BinOp::MatMul),
        _ => None,
    }
}
