//! Stage 2 helper: string-literal atoms.  Concatenates adjacent literals
//! and splits f-string tokens into literal and expression parts
//! (`FPart`s), parsing each `{expr}` with a fresh lexer+parser.
//!
//! Invariants:
//! - Literal text has `{{`/`}}` collapsed and backslash escapes decoded
//!   (unless raw); consecutive literals are merged.
//! - Expression parts keep CPython-like positions: tokens of the
//!   sub-expression are shifted to the column where the expression starts
//!   in the real source line.
//! - Supported: `{expr}`, `{expr!r}`, `{expr!s}`, `{expr:spec}` with a spec
//!   that contains no nested `{}`.

use crate::ast::{Expr, ExprKind, FPart, Span, SyntaxErr};
use crate::lexer::{Lexer, TokKind, Token};
use crate::lexer_literal::decode_escapes;
use crate::parser::Parser;

fn flush_literal(parts: &mut Vec<FPart>, lit: &mut Vec<char>, raw: bool, t: &Token) -> Result<(), SyntaxErr> {
    if lit.is_empty() {
        return Ok(());
    }
    let span = Span { line: t.line, col: t.col, end_line: t.end_line, end_col: t.end_col };
    match decode_escapes(lit, raw) {
        Ok(s) => push_literal(parts, s.as_str(), span),
        Err(msg) => return Err(SyntaxErr::new(msg.as_str(), t.line, t.col, t.end_col)),
    }
    lit.clear();
    Ok(())
}

pub fn parse_fstring(t: &Token, parts: &mut Vec<FPart>) -> Result<(), SyntaxErr> {
    let body = t.text.chars().collect::<Vec<char>>();
    let raw = t.ival % 2 == 1;
    let body_col = (t.ival / 2) as usize;
    let n = body.len();
    let mut lit: Vec<char> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = body[i];
        if c == '{' && i + 1 < n && body[i + 1] == '{' {
            lit.push('{');
            i += 2;
            continue;
        }
        if c == '}' {
            if i + 1 < n && body[i + 1] == '}' {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err(SyntaxErr::new("f-string: single '}' is not allowed", t.line, t.col, t.end_col));
        }
        if c != '{' {
            lit.push(c);
            if c == '\\' && !raw && i + 2 < n && body[i + 1] == 'N' && body[i + 2] == '{' {
                // `\N{NAME}`: the braces belong to the escape.
                i += 1;
                while i < n && body[i] != '}' {
                    lit.push(body[i]);
                    i += 1;
                }
                if i < n {
                    lit.push('}');
                }
                i += 1;
                continue;
            }
            if c == '\\' && !raw && i + 1 < n {
                lit.push(body[i + 1]);
                i += 1;
            }
            i += 1;
            continue;
        }
        flush_literal(parts, &mut lit, raw, t)?;
        let expr_start = i + 1;
        let mut j = expr_start;
        let mut depth = 0;
        while j < n {
            let ch = body[j];
            if ch == '\'' || ch == '"' {
                j += 1;
                while j < n && body[j] != ch {
                    j += 1;
                }
            } else if ch == '(' || ch == '[' || ch == '{' {
                depth += 1;
            } else if ch == ')' || ch == ']' || ch == '}' {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && ch == '!' && j + 1 < n && body[j + 1] != '=' {
                break;
            } else if depth == 0 && ch == ':' {
                break;
            }
            j += 1;
        }
        if j >= n {
            return Err(SyntaxErr::new("f-string: expecting '}'", t.line, t.col, t.end_col));
        }
        // Like CPython 3.11, parse the expression wrapped in parentheses
        // (so leading spaces and newlines are fine).
        // `{expr=}`: the expression text, '=' and any spaces are kept.
        let mut expr_end = j;
        while expr_end > expr_start && body[expr_end - 1].is_whitespace() {
            expr_end -= 1;
        }
        let mut self_doc = false;
        if expr_end > expr_start && body[expr_end - 1] == '=' {
            let prev = if expr_end >= expr_start + 2 { body[expr_end - 2] } else { ' ' };
            if prev != '=' && prev != '!' && prev != '<' && prev != '>' {
                self_doc = true;
                let mut doc = Vec::new();
                for k in expr_start..j {
                    doc.push(body[k]);
                }
                let span = Span { line: t.line, col: t.col, end_line: t.end_line, end_col: t.end_col };
                let mut ds = String::new();
                for ch in doc.iter() {
                    ds.push(*ch);
                }
                push_literal(parts, ds.as_str(), span);
                expr_end -= 1;
            }
        }
        let expr_stop = if self_doc { expr_end } else { j };
        let mut text = "(".to_string();
        let mut blank = true;
        for k in expr_start..expr_stop {
            text.push(body[k]);
            if !body[k].is_whitespace() {
                blank = false;
            }
            if body[k] == '\\' {
                return Err(SyntaxErr::new("f-string expression part cannot include a backslash", t.line, t.col, t.end_col));
            }
        }
        text.push(')');
        if blank {
            return Err(SyntaxErr::new("f-string: empty expression not allowed", t.line, t.col, t.end_col));
        }
        let mut conv = 'f';
        if body[j] == '!' {
            if j + 1 < n && (body[j + 1] == 'r' || body[j + 1] == 's' || body[j + 1] == 'a') {
                conv = body[j + 1];
                j += 2;
            } else {
                return Err(SyntaxErr::new(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    t.line,
                    t.col,
                    t.end_col,
                ));
            }
        }
        let mut spec = String::new();
        let mut spec_parts: Vec<FPart> = Vec::new();
        let mut nested = false;
        let has_spec = j < n && body[j] == ':';
        if j < n && body[j] == ':' {
            j += 1;
            let spec_start = j;
            let mut level = 0;
            while j < n && (body[j] != '}' || level > 0) {
                if body[j] == '{' {
                    level += 1;
                    nested = true;
                } else if body[j] == '}' {
                    level -= 1;
                }
                spec.push(body[j]);
                j += 1;
            }
            if nested {
                let mut st = t.clone();
                st.text = spec.clone();
                st.ival = (if raw { 1 } else { 0 }) + 2 * (body_col + spec_start) as i64;
                parse_fstring(&st, &mut spec_parts)?;
            } else if spec.contains('\\') {
                // A spec is literal text: its escapes are decoded (`{x:\t>5}`).
                match decode_escapes(&spec.chars().collect::<Vec<char>>(), raw) {
                    Ok(d) => spec = d,
                    Err(msg) => return Err(SyntaxErr::new(msg.as_str(), t.line, t.col, t.end_col)),
                }
            }
        }
        if self_doc && conv == 'f' && !has_spec {
            conv = 'r';
        }
        if j >= n || body[j] != '}' {
            return Err(SyntaxErr::new("f-string: expecting '}'", t.line, t.col, t.end_col));
        }
        i = j + 1;
        // Where does the expression start in the real source?
        let mut line = t.line;
        // -1 for the '(' we prepended.
        let mut col = body_col - 1;
        for k in 0..expr_start {
            if body[k] == '\n' {
                line += 1;
                col = 0;
            } else {
                col += 1;
            }
        }
        let mut toks = Lexer::tokenize(text.as_str());
        for k in 0..toks.len() {
            if toks[k].line == 1 {
                toks[k].col += col;
                toks[k].end_col += col;
            }
            if toks[k].end_line == 1 && toks[k].line != 1 {
                toks[k].end_col += col;
            }
            toks[k].line += line - 1;
            toks[k].end_line += line - 1;
        }
        let mut p = Parser::new(toks);
        let e = p.parse_tuple_or_test()?;
        let k = p.toks[p.pos].kind.clone();
        if k != TokKind::Newline && k != TokKind::EndMarker {
            return Err(p.err_here());
        }
        parts.push(FPart { expr: e, conv: conv, spec: spec, spec_parts: spec_parts });
    }
    flush_literal(parts, &mut lit, raw, t)?;
    Ok(())
}

impl Parser {
    /// Adjacent string literals are concatenated; any f-string among them
    /// turns the whole atom into an `FString`.
    pub fn parse_strings(&mut self) -> Result<Expr, SyntaxErr> {
        let start = self.start();
        let mut parts: Vec<FPart> = Vec::new();
        let mut any_f = false;
        let mut n_bytes = 0;
        let mut n_all = 0;
        let mut last_end = (0, 0);
        while self.kind_is(TokKind::Str) || self.kind_is(TokKind::FStr) {
            let t = self.advance();
            n_all += 1;
            last_end = (t.end_line, t.end_col);
            if t.kind == TokKind::Str && t.ival == 1 {
                n_bytes += 1;
            }
            if t.kind == TokKind::Str {
                let span = Span { line: t.line, col: t.col, end_line: t.end_line, end_col: t.end_col };
                push_literal(&mut parts, t.text.as_str(), span);
            } else {
                any_f = true;
                if let Err(mut e) = parse_fstring(&t, &mut parts) {
                    // CPython 3.11 reports f-string errors at the token
                    // after the string (its parser has already read it).
                    let mut k = self.pos;
                    while self.toks[k].kind == TokKind::Str || self.toks[k].kind == TokKind::FStr {
                        k += 1;
                    }
                    let next = &self.toks[k];
                    if is_fstring_error(e.msg.as_str()) {
                        e.line = next.line;
                        e.col = next.col;
                        e.end_col = if next.end_col > next.col { next.end_col } else { next.col + 1 };
                    }
                    return Err(e);
                }
            }
        }
        let span = self.span_from(start);
        if n_bytes > 0 {
            if n_bytes != n_all {
                return Err(SyntaxErr::new("cannot mix bytes and nonbytes literals", last_end.0, last_end.1, last_end.1 + 1));
            }
            let mut b: Vec<u8> = Vec::new();
            for p in parts.iter() {
                if let ExprKind::Str(v) = &p.expr.kind {
                    for c in v.chars() {
                        b.push(c as u32 as u8);
                    }
                }
            }
            return Ok(Expr { kind: ExprKind::Bytes(b), span: span });
        }
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
    parts.push(FPart { expr: Expr { kind: ExprKind::Str(s.to_string()), span: span }, conv: ' ', spec: String::new(), spec_parts: Vec::new() });
}

fn is_fstring_error(msg: &str) -> bool {
    let m = msg.chars().collect::<Vec<char>>();
    let p = "f-string".chars().collect::<Vec<char>>();
    if m.len() < p.len() {
        return false;
    }
    for k in 0..p.len() {
        if m[k] != p[k] {
            return false;
        }
    }
    true
}
