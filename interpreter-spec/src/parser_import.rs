//! Import statements (stage 2): `import a.b as c, d` and
//! `from [.]*[module] import name [as x], ... | (names) | *`.
//!
//! Invariants: dotted names are stored joined with '.', relative
//! imports record their number of leading dots as `level`; `*` is the
//! single alias named "*".

use crate::ast::{ImportAlias, Stmt, StmtKind, SyntaxErr};
use crate::lexer::TokKind;
use crate::parser::Parser;

impl Parser {
    fn dotted_name(&mut self) -> Result<String, SyntaxErr> {
        let mut name = self.expect_name()?;
        while self.at_op(".") {
            self.advance();
            name.push('.');
            name.push_str(self.expect_name()?.as_str());
        }
        Ok(name)
    }

    fn opt_asname(&mut self) -> Result<Option<String>, SyntaxErr> {
        if self.at_kw("as") {
            self.advance();
            return Ok(Some(self.expect_name()?));
        }
        Ok(None)
    }

    pub fn parse_import(&mut self, start: (usize, usize)) -> Result<Stmt, SyntaxErr> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = self.opt_asname()?;
            names.push(ImportAlias { name: name, asname: asname });
            if !self.at_op(",") {
                break;
            }
            self.advance();
        }
        Ok(Stmt { kind: StmtKind::Import(names), span: self.span_from(start) })
    }

    pub fn parse_from_import(&mut self, start: (usize, usize)) -> Result<Stmt, SyntaxErr> {
        self.advance();
        let mut level = 0;
        while self.at_op(".") {
            self.advance();
            level += 1;
        }
        let module = if level > 0 && self.at_kw("import") { String::new() } else { self.dotted_name()? };
        if !self.at_kw("import") {
            return Err(self.err_here());
        }
        self.advance();
        let mut names = Vec::new();
        if self.at_op("*") {
            self.advance();
            names.push(ImportAlias { name: "*".to_string(), asname: None });
            return Ok(Stmt { kind: StmtKind::ImportFrom(module, names, level), span: self.span_from(start) });
        }
        let paren = self.at_op("(");
        if paren {
            self.advance();
        }
        loop {
            let name = self.expect_name()?;
            let asname = self.opt_asname()?;
            names.push(ImportAlias { name: name, asname: asname });
            if !self.at_op(",") {
                break;
            }
            self.advance();
            if paren && self.at_op(")") {
                break;
            }
            if !paren && (self.kind_is(TokKind::Newline) || self.at_op(";")) {
                let t = self.tok();
                return Err(SyntaxErr::new("trailing comma not allowed without surrounding parentheses", t.line, t.col, t.end_col));
            }
        }
        if paren {
            self.expect_op(")")?;
        }
        Ok(Stmt { kind: StmtKind::ImportFrom(module, names, level), span: self.span_from(start) })
    }
}
