//! Stage 1 (continued): literal scanning for the lexer -- numbers (with
//! correctly rounded float conversion) and string literals (escapes,
//! triple quotes, raw strings, f-string bodies).
//!
//! Invariants: see lexer.rs; literal errors become the lexer's single
//! trailing `Error` token with CPython's message and position.

use crate::floatparse::digits_to_float;
use crate::lexer::{char_from_code, Lexer, TokKind, Token};

impl Lexer {
    /// CPython's verify_end_of_number lookahead: does one of "and", "else",
    /// "for", "if", "in", "is", "not", "or" start at the current position?
    pub fn keyword_follows(&self) -> bool {
        let c = self.peek_at(0);
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let c3 = self.peek_at(3);
        match c {
            'a' => c1 == 'n' && c2 == 'd',
            'e' => c1 == 'l' && c2 == 's' && c3 == 'e',
            'f' => c1 == 'o' && c2 == 'r',
            'i' => c1 == 'f' || c1 == 'n' || c1 == 's',
            'o' => c1 == 'r',
            'n' => c1 == 'o' && c2 == 't',
            _ => false,
        }
    }

    pub fn lex_number(&mut self) {
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
            let mut all: Vec<u32> = Vec::new();
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
                all.push(d as u32);
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
            let end = self.col();
            let text = if overflow { big_literal_text(&all, base as u32) } else { String::new() };
            self.push_tok(TokKind::Int, text, col, end);
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
        if self.peek_at(0) == 'j' || self.peek_at(0) == 'J' {
            // Imaginary literal: a Float token with text "j".
            self.pos += 1;
            let v = digits_to_float(&digits, exp - frac_digits);
            let end = self.col();
            let nc = self.peek_at(0);
            if nc.is_ascii_alphanumeric() || nc == '_' {
                self.error("invalid imaginary literal".to_string(), line, col, col + 1);
                return;
            }
            self.push_tok(TokKind::Float, "j".to_string(), col, end);
            let last = self.tokens.len() - 1;
            self.tokens[last].fval = v;
            return;
        }
        let end = self.col();
        let nc = self.peek_at(0);
        if nc.is_ascii_alphabetic() {
            // CPython 3.11 only warns when a keyword that may legally
            // follow a number is glued to it (`1if x else y`).
            if self.keyword_follows() {
                self.warnings.push((line, "invalid decimal literal".to_string()));
            } else {
                self.error("invalid decimal literal".to_string(), line, col, col + 1);
                return;
            }
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
        let mut big = false;
        for d in digits.iter() {
            let dv = (*d as u32 - '0' as u32) as i64;
            let next = match v.checked_mul(10) {
                Some(m) => m.checked_add(dv),
                None => None,
            };
            match next {
                Some(x) => v = x,
                None => big = true,
            }
        }
        let mut text = String::new();
        if big {
            // Out of the i64 range: the parser makes a big int constant.
            let mut vals: Vec<u32> = Vec::new();
            for d in digits.iter() {
                vals.push(*d as u32 - '0' as u32);
            }
            text = big_literal_text(&vals, 10);
        }
        self.push_tok(TokKind::Int, text, col, end);
        let last = self.tokens.len() - 1;
        self.tokens[last].ival = v;
    }

    /// Lexes a string literal starting at the opening quote (prefix already
    /// consumed; `col` is where the prefix started).
    pub fn lex_string(&mut self, raw: bool, fstr: bool, bytes: bool, col: usize) {
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
        if bytes {
            for ch in body.iter() {
                if (*ch as u32) > 127 {
                    self.error("bytes can only contain ASCII literal characters".to_string(), start_line, end, end + 1);
                    return;
                }
            }
        }
        match decode_escapes_b(&body, raw, bytes) {
            Ok(s) => {
                self.tokens.push(Token {
                    kind: TokKind::Str,
                    text: s,
                    // 1 marks a bytes literal (every char below 256).
                    ival: if bytes { 1 } else { 0 },
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
}

/// Decimal digits of a literal too large for an i64 (digit values in `base`).
fn big_literal_text(digits: &Vec<u32>, base: u32) -> String {
    let b = crate::bigint::BigInt::from_digits(digits, base);
    let mut s = String::new();
    for c in b.to_decimal().iter() {
        s.push(*c);
    }
    s
}

pub fn hex_digit_value(c: char) -> i64 {
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

/// Decodes backslash escapes of a (non-f) string literal body.
pub fn decode_escapes(body: &Vec<char>, raw: bool) -> Result<String, String> {
    decode_escapes_b(body, raw, false)
}

/// `decode_escapes` for str (`bytes` false) or bytes literals (no `\u`,
/// `\U`, `\N` escapes; octal escapes wrap to a byte).
pub fn decode_escapes_b(body: &Vec<char>, raw: bool, bytes: bool) -> Result<String, String> {
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
                match char_from_code(if bytes { v & 255 } else { v }) {
                    Some(ch) => s.push(ch),
                    None => return Err("invalid octal escape".to_string()),
                }
            }
            'u' | 'U' | 'N' if bytes => {
                s.push('\\');
                s.push(e);
            }
            'N' => {
                // \N{NAME}: the names of lib/unicode_names.txt, or
                // CJK UNIFIED IDEOGRAPH-XXXX; any case.
                let start = i;
                let mut name = String::new();
                let mut closed = false;
                if i < n && body[i] == '{' {
                    i += 1;
                    while i < n {
                        if body[i] == '}' {
                            closed = true;
                            i += 1;
                            break;
                        }
                        name.push(body[i]);
                        i += 1;
                    }
                }
                if !closed || name.is_empty() {
                    return Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape", start - 2, if closed { i - 1 } else { start - 1 }));
                }
                match char_by_name(name.as_str()) {
                    Some(ch) => s.push(ch),
                    None => {
                        return Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name", start - 2, i - 1));
                    }
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

pub fn unicode_names() -> &'static [u8] {
    include_bytes!("../lib/unicode_names.txt")
}

/// The character named `name` (case-insensitive) for `\N{...}`: the
/// table lib/unicode_names.txt (tools/gen_unicode_names.py: Latin, Greek, Hebrew, Arabic, Devanagari, Thai, kana,
/// Cyrillic, punctuation, symbols, arrows, math, box drawing, dingbats,
/// emoji blocks) and the computed CJK UNIFIED IDEOGRAPH-XXXX names.
pub fn char_by_name(name: &str) -> Option<char> {
    let want: Vec<u8> = name.to_uppercase().bytes().collect();
    let cjk = "CJK UNIFIED IDEOGRAPH-".as_bytes();
    if want.len() > cjk.len() && &want[..cjk.len()] == cjk {
        let mut v: u32 = 0;
        for k in cjk.len()..want.len() {
            let d = hex_digit_value(want[k] as char);
            if d < 0 {
                return None;
            }
            v = v * 16 + d as u32;
        }
        let ok = (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF);
        return if ok && want.len() - cjk.len() >= 4 && want.len() - cjk.len() <= 5 { char_from_code(v) } else { None };
    }
    let t = unicode_names();
    let mut i = 0;
    while i < t.len() {
        // "HEX NAME\n"
        let mut v: u32 = 0;
        while i < t.len() && t[i] != b' ' {
            v = v * 16 + hex_digit_value(t[i] as char) as u32;
            i += 1;
        }
        i += 1;
        let s = i;
        while i < t.len() && t[i] != b'\n' {
            i += 1;
        }
        if i - s == want.len() && &t[s..i] == &want[..] {
            return char_from_code(v);
        }
        i += 1;
    }
    None
}
