//! Stage 1: lexer.  Source text -> flat `Vec<Token>`.
//!
//! Invariants:
//! - The token list always ends with exactly one `EndMarker`, or with one
//!   `Error`/`IndentError` token carrying the message of the first lexical
//!   error (tokens before it are valid).  The parser reports that error when
//!   it reaches it, and also lets it override its own errors the way CPython
//!   does (see `Parser::parse_program`).
//! - Logical lines end with `Newline`; blank and comment-only lines produce
//!   nothing; newlines inside brackets are ignored.  `Indent`/`Dedent` are
//!   balanced before `EndMarker`.
//! - Positions are 1-based lines and 0-based *character* columns.
//! - String tokens carry the decoded value; f-string tokens (`FStr`) carry
//!   the raw body, decoded later by the parser.

#[derive(Clone, PartialEq)]
pub enum TokKind {
    Name,
    Keyword,
    Int,
    Float,
    Str,
    FStr,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    Error,
    IndentError,
}

#[derive(Clone)]
pub struct Token {
    pub kind: TokKind,
    pub text: String,
    pub ival: i64,
    pub fval: f64,
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
}

pub fn is_keyword(s: &str) -> bool {
    match s {
        "False" | "None" | "True" | "and" | "as" | "assert" | "async" | "await" | "break" | "class"
        | "continue" | "def" | "del" | "elif" | "else" | "except" | "finally" | "for" | "from"
        | "global" | "if" | "import" | "in" | "is" | "lambda" | "nonlocal" | "not" | "or" | "pass"
        | "raise" | "return" | "try" | "while" | "with" | "yield" => true,
        _ => false,
    }
}

/// Identifier characters: ASCII letters, digits, '_' and (unchecked) any
/// non-ASCII character that is not whitespace.
fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || c.is_ascii_digit() || ((c as u32) > 127 && !c.is_whitespace())
}

pub struct Lexer {
    pub chars: Vec<char>,
    pub pos: usize,
    pub line: usize,
    pub line_start: usize,
    pub indents: Vec<usize>,
    /// Open brackets: (char, line, col).
    pub brackets: Vec<(char, usize, usize)>,
    pub tokens: Vec<Token>,
    pub at_line_start: bool,
    /// SyntaxWarnings: (line, message).
    pub warnings: Vec<(usize, String)>,
    /// Column where a comment started on the current line, if any.
    pub comment_col: Option<usize>,
    pub failed: bool,
}

impl Lexer {
    pub fn tokenize(src: &str) -> Vec<Token> {
        let (toks, _) = Lexer::tokenize_with_warnings(src);
        toks
    }

    /// Tokens plus CPython's tokenizer SyntaxWarnings as (line, message).
    pub fn tokenize_with_warnings(src: &str) -> (Vec<Token>, Vec<(usize, String)>) {
        let mut lx = Lexer {
            chars: src.chars().collect::<Vec<char>>(),
            pos: 0,
            line: 1,
            line_start: 0,
            indents: vec![0],
            brackets: Vec::new(),
            tokens: Vec::new(),
            at_line_start: true,
            comment_col: None,
            failed: false,
            warnings: Vec::new(),
        };
        lx.run();
        (lx.tokens, lx.warnings)
    }

    pub fn col(&self) -> usize {
        self.pos - self.line_start
    }

    pub fn peek_at(&self, off: usize) -> char {
        if self.pos + off < self.chars.len() {
            self.chars[self.pos + off]
        } else {
            '\0'
        }
    }

    pub fn push_tok(&mut self, kind: TokKind, text: String, col: usize, end_col: usize) {
        self.tokens.push(Token {
            kind: kind,
            text: text,
            ival: 0,
            fval: 0.0,
            line: self.line,
            col: col,
            end_line: self.line,
            end_col: end_col,
        });
    }

    pub fn error(&mut self, msg: String, line: usize, col: usize, end_col: usize) {
        self.tokens.push(Token {
            kind: TokKind::Error,
            text: msg,
            ival: 0,
            fval: 0.0,
            line: line,
            col: col,
            end_line: line,
            end_col: end_col,
        });
        self.failed = true;
    }

    /// Line number of the last character of the file (CPython's "detected
    /// at line N").
    pub fn last_line(&self) -> usize {
        let mut n = 1;
        let len = self.chars.len();
        for i in 0..len {
            if self.chars[i] == '\n' && i + 1 < len {
                n += 1;
            }
        }
        n
    }

    pub fn run(&mut self) {
        let n = self.chars.len();
        while !self.failed {
            if self.at_line_start && self.brackets.is_empty() {
                if !self.handle_indentation() {
                    break;
                }
                if self.failed {
                    return;
                }
                continue;
            }
            if self.pos >= n {
                break;
            }
            let c = self.chars[self.pos];
            if c == ' ' || c == '\t' || c == '\x0c' || c == '\r' {
                self.pos += 1;
            } else if c == '\n' {
                if self.brackets.is_empty() {
                    let (col, end) = match self.comment_col {
                        Some(cc) => (cc, self.col()),
                        None => (self.col(), self.col() + 1),
                    };
                    self.push_tok(TokKind::Newline, String::new(), col, end);
                    self.at_line_start = true;
                }
                self.pos += 1;
                self.line += 1;
                self.line_start = self.pos;
                self.comment_col = None;
            } else if c == '#' {
                self.comment_col = Some(self.col());
                while self.pos < n && self.chars[self.pos] != '\n' {
                    self.pos += 1;
                }
            } else if c == '\\' && (self.peek_at(1) == '\n' || self.peek_at(1) == '\r') {
                self.pos += 1;
                if self.peek_at(0) == '\r' {
                    self.pos += 1;
                }
                if self.peek_at(0) == '\n' {
                    self.pos += 1;
                }
                self.line += 1;
                self.line_start = self.pos;
            } else if c == '\\' {
                let (line, col) = (self.line, self.col());
                self.error("unexpected character after line continuation character".to_string(), line, col + 1, col + 2);
            } else if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_ascii_digit()) {
                self.lex_number();
            } else if c == '"' || c == '\'' {
                self.lex_string(false, false, false, self.col());
            } else if is_ident_char(c) && !c.is_ascii_digit() {
                self.lex_name();
            } else {
                self.lex_op();
            }
        }
        if self.failed {
            return;
        }
        if !self.brackets.is_empty() {
            let (b, line, col) = self.brackets[self.brackets.len() - 1];
            self.error(format!("'{}' was never closed", b), line, col, col + 1);
            return;
        }
        let need_newline = match self.tokens.last() {
            None => false,
            Some(t) => t.kind != TokKind::Newline && t.kind != TokKind::Dedent,
        };
        if need_newline {
            let col = self.col();
            let (c0, c1) = match self.comment_col {
                Some(cc) => (cc, col),
                None => (col, col + 1),
            };
            self.push_tok(TokKind::Newline, String::new(), c0, c1);
        }
        // CPython reports end-of-file positions on the line of the file's
        // last character.
        self.line = self.last_line();
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push_tok(TokKind::Dedent, String::new(), 0, 0);
        }
        self.push_tok(TokKind::EndMarker, String::new(), 0, 0);
    }

    /// Measures the indentation of a new logical line and emits
    /// Indent/Dedent.  Returns false at end of input.
    pub fn handle_indentation(&mut self) -> bool {
        let n = self.chars.len();
        loop {
            let mut width = 0;
            let mut p = self.pos;
            while p < n && (self.chars[p] == ' ' || self.chars[p] == '\t' || self.chars[p] == '\x0c') {
                if self.chars[p] == '\t' {
                    width = (width / 8 + 1) * 8;
                } else if self.chars[p] == '\x0c' {
                    width = 0;
                } else {
                    width += 1;
                }
                p += 1;
            }
            if p >= n {
                self.pos = p;
                return false;
            }
            let c = self.chars[p];
            if c == '#' || c == '\n' || c == '\r' {
                // Blank or comment-only line: skip it entirely.
                while p < n && self.chars[p] != '\n' {
                    p += 1;
                }
                if p >= n {
                    self.pos = p;
                    return false;
                }
                self.pos = p + 1;
                self.line += 1;
                self.line_start = self.pos;
                continue;
            }
            self.pos = p;
            self.at_line_start = false;
            let top = self.indents[self.indents.len() - 1];
            if width > top {
                self.indents.push(width);
                let col = self.col();
                self.push_tok(TokKind::Indent, String::new(), 0, col);
            } else if width < top {
                while width < self.indents[self.indents.len() - 1] {
                    self.indents.pop();
                    self.push_tok(TokKind::Dedent, String::new(), 0, 0);
                }
                if width != self.indents[self.indents.len() - 1] {
                    let mut e = p;
                    while e < n && self.chars[e] != '\n' {
                        e += 1;
                    }
                    let end = e - self.line_start;
                    let line = self.line;
                    self.error("unindent does not match any outer indentation level".to_string(), line, end, end + 1);
                    let last = self.tokens.len() - 1;
                    self.tokens[last].kind = TokKind::IndentError;
                }
            }
            return true;
        }
    }

    pub fn lex_name(&mut self) {
        let start = self.pos;
        let col = self.col();
        let mut s = String::new();
        while self.pos < self.chars.len() {
            let c = self.chars[self.pos];
            if is_ident_char(c) {
                s.push(c);
                self.pos += 1;
            } else {
                break;
            }
        }
        let next = self.peek_at(0);
        if (next == '"' || next == '\'') && self.pos - start <= 2 {
            // Valid prefixes: r u f b br rb fr rf (any case), no repeats.
            let mut raw = 0;
            let mut fstr = 0;
            let mut bytes = 0;
            let mut uni = 0;
            let mut other = 0;
            let prefix = s.chars().collect::<Vec<char>>();
            for ch in prefix.iter() {
                match *ch {
                    'r' | 'R' => raw += 1,
                    'f' | 'F' => fstr += 1,
                    'b' | 'B' => bytes += 1,
                    'u' | 'U' => uni += 1,
                    _ => other += 1,
                }
            }
            let ok = other == 0 && raw <= 1 && fstr <= 1 && bytes <= 1 && uni <= 1
                && !(fstr == 1 && bytes == 1) && (uni == 0 || prefix.len() == 1);
            if ok {
                let before = self.tokens.len();
                let _ = before;
                self.lex_string(raw == 1, fstr == 1, bytes == 1, col);
                return;
            }
        }
        let kind = if is_keyword(s.as_str()) { TokKind::Keyword } else { TokKind::Name };
        let end = self.col();
        self.push_tok(kind, s, col, end);
    }

    pub fn lex_op(&mut self) {
        let col = self.col();
        let line = self.line;
        let c = self.peek_at(0);
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let mut s = String::new();
        s.push(c);
        let three = (c == '*' && c1 == '*' && c2 == '=')
            || (c == '/' && c1 == '/' && c2 == '=')
            || (c == '>' && c1 == '>' && c2 == '=')
            || (c == '<' && c1 == '<' && c2 == '=');
        let two = (c1 == '=' && (c == '=' || c == '!' || c == '<' || c == '>' || c == '+' || c == '-' || c == '*'
            || c == '/' || c == '%' || c == '&' || c == '|' || c == '^' || c == ':' || c == '@'))
            || (c == '*' && c1 == '*')
            || (c == '/' && c1 == '/')
            || (c == '<' && c1 == '<')
            || (c == '>' && c1 == '>')
            || (c == '-' && c1 == '>');
        if three {
            s.push(c1);
            s.push(c2);
        } else if two {
            s.push(c1);
        } else {
            match c {
                '+' | '-' | '*' | '/' | '%' | '<' | '>' | '=' | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':'
                | '.' | ';' | '@' | '&' | '|' | '^' | '~' => {}
                _ => {
                    if (c as u32) > 127 {
                        let msg = format!("invalid character '{}' (U+{})", c, crate::lexer_literal::hex4(c as u32));
                        self.error(msg, line, col, col + 1);
                    } else if c == '!' {
                        self.error("invalid syntax".to_string(), line, col, col + 1);
                    } else {
                        self.error("invalid syntax".to_string(), line, col, col + 1);
                    }
                    return;
                }
            }
        }
        if c == '(' || c == '[' || c == '{' {
            self.brackets.push((c, line, col));
        } else if c == ')' || c == ']' || c == '}' {
            match self.brackets.pop() {
                None => {
                    self.error(format!("unmatched '{}'", c), line, col, col + 1);
                    return;
                }
                Some((open, oline, _)) => {
                    let want = if open == '(' { ')' } else if open == '[' { ']' } else { '}' };
                    if want != c {
                        let msg = if oline == line {
                            format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c, open)
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c, open, oline
                            )
                        };
                        self.error(msg, line, col, col + 1);
                        return;
                    }
                }
            }
        }
        let len = if three { 3 } else if two { 2 } else { 1 };
        self.pos += len;
        self.push_tok(TokKind::Op, s, col, col + len);
    }
}

/// The one place where Pyrite turns a code point back into a `char`
/// (escapes, `chr()`, case mapping, digit output).  Code points below 256
/// use a plain `u8 as char` cast; only larger ones need `char::from_u32`,
/// the single std function Pyrite uses beyond the dialect's core list.
pub fn char_from_code(v: u32) -> Option<char> {
    if v < 256 {
        return Some((v as u8) as char);
    }
    char::from_u32(v)
}
