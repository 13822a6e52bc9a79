//! Stage 1: lexer.  Source text -> flat `Vec<Token>`.
//!
//! Invariants:
//! - The token list always ends with exactly one `EndMarker`, or with one
//!   `Error`/`IndentError` token carrying the message of the first lexical
//!   error (tokens before it are valid).  The parser reports that error only
//!   when it actually reaches it, which reproduces CPython's ordering of
//!   syntax errors (the CPython tokenizer is also pulled lazily).
//! - Logical lines end with `Newline`; blank and comment-only lines produce
//!   nothing; newlines inside brackets are ignored.  `Indent`/`Dedent` are
//!   balanced before `EndMarker`.
//! - Positions are 1-based lines and 0-based *character* columns.
//! - String tokens carry the decoded value; f-string tokens (`FStr`) carry
//!   the raw body, decoded later by the parser.

#[derive(Clone, Debug, PartialEq)]
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

#[derive(Clone, Debug)]
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
    chars: Vec<char>,
    pos: usize,
    line: usize,
    line_start: usize,
    indents: Vec<usize>,
    /// Open brackets: (char, line, col).
    brackets: Vec<(char, usize, usize)>,
    tokens: Vec<Token>,
    at_line_start: bool,
    /// Column where a comment started on the current line, if any.
    comment_col: Option<usize>,
    failed: bool,
}

impl Lexer {
    pub fn tokenize(src: &str) -> Vec<Token> {
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
        };
        lx.run();
        lx.tokens
    }

    fn col(&self) -> usize {
        self.pos - self.line_start
    }

    fn peek_at(&self, off: usize) -> char {
        if self.pos + off < self.chars.len() {
            self.chars[self.pos + off]
        } else {
            '\0'
        }
    }

    fn push_tok(&mut self, kind: TokKind, text: String, col: usize, end_col: usize) {
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

    fn error(&mut self, msg: String, line: usize, col: usize, end_col: usize) {
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
    fn last_line(&self) -> usize {
        let mut n = 1;
        let len = self.chars.len();
        for i in 0..len {
            if self.chars[i] == '\n' && i + 1 < len {
                n += 1;
            }
        }
        n
    }

    fn run(&mut self) {
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
            } else if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_ascii_digit()) {
                self.lex_number();
            } else if c == '"' || c == '\'' {
                self.lex_string(false, false, self.col());
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
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push_tok(TokKind::Dedent, String::new(), 0, 0);
        }
        self.push_tok(TokKind::EndMarker, String::new(), 0, 0);
    }

    /// Measures the indentation of a new logical line and emits
    /// Indent/Dedent.  Returns false at end of input.
    fn handle_indentation(&mut self) -> bool {
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

    fn lex_name(&mut self) {
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
            let mut raw = false;
            let mut fstr = false;
            let mut bytes = false;
            let mut ok = true;
            let prefix = s.chars().collect::<Vec<char>>();
            for ch in prefix.iter() {
                match *ch {
                    'r' | 'R' => raw = true,
                    'f' | 'F' => fstr = true,
                    'b' | 'B' => bytes = true,
                    _ => ok = false,
                }
            }
            if ok && !bytes {
                self.lex_string(raw, fstr, col);
                return;
            }
            if ok && bytes {
                let line = self.line;
                self.error("bytes literals are not supported by Pyrite".to_string(), line, col, col + 1);
                return;
            }
        }
        let kind = if is_keyword(s.as_str()) { TokKind::Keyword } else { TokKind::Name };
        let end = self.col();
        self.push_tok(kind, s, col, end);
    }

    fn lex_number(&mut self) {
        let col = self.col();
        let line = self.line;
        let c0 = self.peek_at(0);
        let c1 = self.peek_at(1);
        if c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B') {
            let base: i64 = if c1 == 'x' || c1 == 'X' { 16 } else if c1 == 'o' || c1 == 'O' { 8 } else { 2 };
            self.pos += 2;
            let mut v: i64 = 0;
            let mut any = false;
            let mut overflow = false;
            loop {
                let c = self.peek_at(0);
                if c == '_' {
                    self.pos += 1;
                    continue;
                }
                let d = hex_digit_value(c);
                if d < 0 || d >= base {
                    break;
                }
                any = true;
                match v.checked_mul(base) {
                    Some(m) => match m.checked_add(d) {
                        Some(s) => v = s,
                        None => overflow = true,
                    },
                    None => overflow = true,
                }
                self.pos += 1;
            }
            if !any {
                let what = if base == 16 { "hexadecimal" } else if base == 8 { "octal" } else { "binary" };
                self.error(format!("invalid {} literal", what), line, col + 1, col + 2);
                return;
            }
            if overflow {
                let end = self.col();
                self.error("integer literal too large for Pyrite (ints are 64-bit)".to_string(), line, col, end);
                return;
            }
            let end = self.col();
            self.push_tok(TokKind::Int, String::new(), col, end);
            let last = self.tokens.len() - 1;
            self.tokens[last].ival = v;
            return;
        }
        // Decimal integer or float.
        let mut digits: Vec<char> = Vec::new();
        let mut frac_digits: i64 = 0;
        let mut is_float = false;
        let mut exp: i64 = 0;
        while self.peek_at(0).is_ascii_digit() || (self.peek_at(0) == '_' && self.peek_at(1).is_ascii_digit()) {
            if self.peek_at(0) != '_' {
                digits.push(self.peek_at(0));
            }
            self.pos += 1;
        }
        if self.peek_at(0) == '.' {
            is_float = true;
            self.pos += 1;
            while self.peek_at(0).is_ascii_digit() || (self.peek_at(0) == '_' && self.peek_at(1).is_ascii_digit()) {
                if self.peek_at(0) != '_' {
                    digits.push(self.peek_at(0));
                    frac_digits += 1;
                }
                self.pos += 1;
            }
        }
        if (self.peek_at(0) == 'e' || self.peek_at(0) == 'E')
            && (self.peek_at(1).is_ascii_digit()
                || ((self.peek_at(1) == '+' || self.peek_at(1) == '-') && self.peek_at(2).is_ascii_digit()))
        {
            is_float = true;
            self.pos += 1;
            let mut neg = false;
            if self.peek_at(0) == '+' || self.peek_at(0) == '-' {
                neg = self.peek_at(0) == '-';
                self.pos += 1;
            }
            while self.peek_at(0).is_ascii_digit() {
                let d = (self.peek_at(0) as u32 - '0' as u32) as i64;
                if exp < 100000 {
                    exp = exp * 10 + d;
                }
                self.pos += 1;
            }
            if neg {
                exp = -exp;
            }
        }
        let end = self.col();
        let nc = self.peek_at(0);
        if nc.is_ascii_alphabetic() {
            self.error("invalid decimal literal".to_string(), line, col, col + 1);
            return;
        }
        if nc == '_' {
            self.error("invalid decimal literal".to_string(), line, end, end + 1);
            return;
        }
        if is_float {
            let v = digits_to_float(&digits, exp - frac_digits);
            self.push_tok(TokKind::Float, String::new(), col, end);
            let last = self.tokens.len() - 1;
            self.tokens[last].fval = v;
            return;
        }
        if digits.len() > 1 && digits[0] == '0' {
            let mut all_zero = true;
            for d in digits.iter() {
                if *d != '0' {
                    all_zero = false;
                }
            }
            if !all_zero {
                self.error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .to_string(),
                    line,
                    col,
                    col + 1,
                );
                return;
            }
        }
        let mut v: i64 = 0;
        for d in digits.iter() {
            let dv = (*d as u32 - '0' as u32) as i64;
            let next = match v.checked_mul(10) {
                Some(m) => m.checked_add(dv),
                None => None,
            };
            match next {
                Some(x) => v = x,
                None => {
                    self.error("integer literal too large for Pyrite (ints are 64-bit)".to_string(), line, col, end);
                    return;
                }
            }
        }
        self.push_tok(TokKind::Int, String::new(), col, end);
        let last = self.tokens.len() - 1;
        self.tokens[last].ival = v;
    }

    /// Lexes a string literal starting at the opening quote (prefix already
    /// consumed; `col` is where the prefix started).
    fn lex_string(&mut self, raw: bool, fstr: bool, col: usize) {
        let quote = self.peek_at(0);
        let start_line = self.line;
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        let body_col = self.col();
        let mut body: Vec<char> = Vec::new();
        loop {
            if self.pos >= self.chars.len() {
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {})", self.last_line())
                } else {
                    format!("unterminated string literal (detected at line {})", start_line)
                };
                self.error(msg, start_line, col, col + 1);
                return;
            }
            let c = self.chars[self.pos];
            if c == '\\' && self.pos + 1 < self.chars.len() {
                body.push(c);
                body.push(self.chars[self.pos + 1]);
                if self.chars[self.pos + 1] == '\n' {
                    self.line += 1;
                    self.line_start = self.pos + 2;
                }
                self.pos += 2;
                continue;
            }
            if c == '\n' && !triple {
                self.error(format!("unterminated string literal (detected at line {})", start_line), start_line, col, col + 1);
                return;
            }
            if c == quote {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek_at(1) == quote && self.peek_at(2) == quote {
                    self.pos += 3;
                    break;
                }
            }
            if c == '\n' {
                self.line += 1;
                self.line_start = self.pos + 1;
            }
            body.push(c);
            self.pos += 1;
        }
        let end = self.col();
        if fstr {
            let mut s = String::new();
            for ch in body.iter() {
                s.push(*ch);
            }
            self.tokens.push(Token {
                kind: TokKind::FStr,
                text: s,
                // f-strings pack the body's start column and the raw flag.
                ival: (body_col as i64) * 2 + if raw { 1 } else { 0 },
                fval: 0.0,
                line: start_line,
                col: col,
                end_line: self.line,
                end_col: end,
            });
            return;
        }
        match decode_escapes(&body, raw) {
            Ok(s) => {
                self.tokens.push(Token {
                    kind: TokKind::Str,
                    text: s,
                    ival: 0,
                    fval: 0.0,
                    line: start_line,
                    col: col,
                    end_line: self.line,
                    end_col: end,
                });
            }
            Err(msg) => self.error(msg, start_line, col, end),
        }
    }

    fn lex_op(&mut self) {
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
            || c == '/' || c == '%' || c == '&' || c == '|' || c == '^' || c == ':'))
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
                        let msg = format!("invalid character '{}' (U+{})", c, hex4(c as u32));
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
/// (needed for `\x..` escapes and `chr()`); everything else only goes
/// char -> u32.  NOTE for the translator: `char::from_u32`.
pub fn char_from_code(v: u32) -> Option<char> {
    char::from_u32(v)
}

fn hex_digit_value(c: char) -> i64 {
    match c {
        '0'..='9' => (c as u32 - '0' as u32) as i64,
        'a'..='f' => (c as u32 - 'a' as u32) as i64 + 10,
        'A'..='F' => (c as u32 - 'A' as u32) as i64 + 10,
        _ => -1,
    }
}

pub fn hex4(v: u32) -> String {
    let digits: Vec<char> = "0123456789ABCDEF".chars().collect::<Vec<char>>();
    let mut s = String::new();
    let mut shift: i64 = 12;
    if v > 0xFFFF {
        shift = 20;
    }
    while shift >= 0 {
        s.push(digits[((v >> shift) & 15) as usize]);
        shift -= 4;
    }
    s
}

/// Decimal digits * 10^exp10 -> nearest f64 (see floatparse.rs).
pub fn digits_to_float(digits: &Vec<char>, exp10: i64) -> f64 {
    crate::floatparse::digits_to_float(digits, exp10)
}

/// Decodes backslash escapes of a (non-f) string literal body.
pub fn decode_escapes(body: &Vec<char>, raw: bool) -> Result<String, String> {
    let mut s = String::new();
    let n = body.len();
    let mut i = 0;
    while i < n {
        let c = body[i];
        if c != '\\' || raw || i + 1 >= n {
            s.push(c);
            i += 1;
            continue;
        }
        let e = body[i + 1];
        i += 2;
        match e {
            'n' => s.push('\n'),
            't' => s.push('\t'),
            'r' => s.push('\r'),
            '\\' => s.push('\\'),
            '\'' => s.push('\''),
            '"' => s.push('"'),
            '\n' => {}
            'a' => s.push('\x07'),
            'b' => s.push('\x08'),
            'f' => s.push('\x0c'),
            'v' => s.push('\x0b'),
            '0'..='7' => {
                let mut v: u32 = e as u32 - '0' as u32;
                let mut k = 0;
                while k < 2 && i < n && body[i] >= '0' && body[i] <= '7' {
                    v = v * 8 + (body[i] as u32 - '0' as u32);
                    i += 1;
                    k += 1;
                }
                match char_from_code(v) {
                    Some(ch) => s.push(ch),
                    None => return Err("invalid octal escape".to_string()),
                }
            }
            'x' | 'u' | 'U' => {
                let want = if e == 'x' { 2 } else if e == 'u' { 4 } else { 8 };
                let mut v: u32 = 0;
                for _ in 0..want {
                    if i >= n || hex_digit_value(body[i]) < 0 {
                        return Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\{}XX escape", e));
                    }
                    v = v * 16 + hex_digit_value(body[i]) as u32;
                    i += 1;
                }
                match char_from_code(v) {
                    Some(ch) => s.push(ch),
                    None => return Err("(unicode error) illegal Unicode character".to_string()),
                }
            }
            _ => {
                s.push('\\');
                s.push(e);
            }
        }
    }
    Ok(s)
}
