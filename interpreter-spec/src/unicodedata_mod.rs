//! The built-in `unicodedata` module (CPython 3.11's, Unicode 14.0.0):
//! category, bidirectional, combining, east_asian_width, mirrored,
//! decomposition, numeric/digit/decimal, normalize/is_normalized for all
//! four forms over all of Unicode (unicodedata_db.rs), and name/lookup.
//!
//! Invariants:
//! - Names come from the lexer's `\N{}` table (lib/unicode_names.txt:
//!   Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, punctuation, symbols,
//!   arrows, math, box drawing, dingbats, emoji...) plus the computed CJK
//!   UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE names; `name()` of a
//!   character outside them raises ValueError as for an unnamed one.
//! - Functions are dispatched by stdlib_mod.rs under "unicodedata.*".

use crate::objects::{err, err_arg, type_error, ExcKind, PyErr, Value};
use crate::unicodedata_db as db;
use crate::vm::Vm;

static JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
static JAMO_V: [&str; 21] = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
static JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn is_cjk(v: u32) -> bool {
    (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x20000 && v <= 0x2A6DF) || (v >= 0x2A700 && v <= 0x2B738) || (v >= 0x30000 && v <= 0x3134A)
}

/// The name of `c`, if known.
pub fn char_name(c: char) -> Option<String> {
    let v = c as u32;
    if is_cjk(v) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{:X}", v));
    }
    if v >= 0xAC00 && v < 0xAC00 + 11172 {
        let s = (v - 0xAC00) as usize;
        return Some(format!("HANGUL SYLLABLE {}{}{}", JAMO_L[s / 588], JAMO_V[(s % 588) / 28], JAMO_T[s % 28]));
    }
    let t = crate::lexer_literal::unicode_names();
    let mut i = 0;
    while i < t.len() {
        let mut cp: u32 = 0;
        while i < t.len() && t[i] != b' ' {
            cp = cp * 16 + crate::lexer_literal::hex_digit_value(t[i] as char) as u32;
            i += 1;
        }
        i += 1;
        let s = i;
        while i < t.len() && t[i] != b'\n' {
            i += 1;
        }
        if cp == v {
            let mut out = String::new();
            for k in s..i {
                out.push(t[k] as char);
            }
            return Some(out);
        }
        i += 1;
    }
    None
}

fn hangul_by_name(name: &str) -> Option<char> {
    let rest = name.strip_prefix("HANGUL SYLLABLE ")?;
    // longest match for each part, as the names are unambiguous that way
    for l in 0..19 {
        let a = rest.strip_prefix(JAMO_L[l]);
        if let Some(r1) = a {
            for v in 0..21 {
                if let Some(r2) = r1.strip_prefix(JAMO_V[v]) {
                    for t in 0..28 {
                        if r2 == JAMO_T[t] {
                            return crate::lexer::char_from_code(0xAC00 + ((l * 21 + v) * 28 + t) as u32);
                        }
                    }
                }
            }
        }
    }
    None
}

impl Vm {
    /// The single character argument of unicodedata function `f`.
    fn ud_char(&mut self, f: &str, args: &Vec<Value>, numbered: bool) -> Result<char, PyErr> {
        let arg = if numbered { "argument 1" } else { "argument" };
        if args.is_empty() {
            return Err(type_error(format!("{}() takes at least 1 argument (0 given)", f).as_str()));
        }
        match self.heap.str_chars(&args[0]) {
            Some(cs) if cs.len() == 1 => Ok(cs[0]),
            _ => Err(type_error(format!("{}() {} must be a unicode character, not {}", f, arg, self.heap.type_name(&args[0])).as_str())),
        }
    }

    pub fn call_unicodedata(&mut self, f: &str, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        self.no_kw(f, &kwnames)?;
        let max = match f {
            "name" | "numeric" | "digit" | "decimal" | "normalize" | "is_normalized" => 2,
            _ => 1,
        };
        if args.len() > max {
            return Err(type_error(format!("{}() takes at most {} arguments ({} given)", f, max, args.len()).as_str()));
        }
        if f == "lookup" {
            crate::builtins::arg_count("lookup", &args, 1, 1)?;
            let name = match self.heap.str_chars(&args[0]) {
                Some(_) => self.heap.to_str(&args[0]),
                None => return Err(type_error(format!("lookup() argument must be str, not {}", self.heap.type_name(&args[0])).as_str())),
            };
            let found = match hangul_by_name(name.as_str()) {
                Some(c) => Some(c),
                None => crate::lexer_literal::char_by_name(name.as_str()),
            };
            return match found {
                Some(c) => Ok(self.heap.char_str(c)),
                None => {
                    let msg = format!("undefined character name '{}'", name);
                    let v = self.heap.str_from(msg.as_str());
                    Err(err_arg(ExcKind::KeyError, format!("\"{}\"", msg).as_str(), v))
                }
            };
        }
        if f == "normalize" || f == "is_normalized" {
            crate::builtins::arg_count(f, &args, 2, 2)?;
            let form = match self.heap.str_chars(&args[0]) {
                Some(_) => self.heap.to_str(&args[0]),
                None => return Err(type_error(format!("{}() argument 1 must be str, not {}", f, self.heap.type_name(&args[0])).as_str())),
            };
            let s = match self.heap.str_chars(&args[1]) {
                Some(cs) => cs,
                None => return Err(type_error(format!("{}() argument 2 must be str, not {}", f, self.heap.type_name(&args[1])).as_str())),
            };
            let out = match form.as_str() {
                "NFC" => db::compose(&s, false),
                "NFKC" => db::compose(&s, true),
                "NFD" => db::decompose(&s, false),
                "NFKD" => db::decompose(&s, true),
                _ => return Err(err(ExcKind::ValueError, "invalid normalization form")),
            };
            if f == "is_normalized" {
                return Ok(Value::Bool(out == s));
            }
            return Ok(self.heap.new_str(out));
        }
        let numbered = max == 2;
        let c = self.ud_char(f, &args, numbered)?;
        let default = if args.len() > 1 { Some(args[1].clone()) } else { None };
        match f {
            "category" => Ok(self.heap.str_from(db::CATS[db::props(c).0])),
            "bidirectional" => Ok(self.heap.str_from(db::BIDI[db::props(c).1])),
            "combining" => Ok(Value::Int(db::props(c).2 as i64)),
            "east_asian_width" => Ok(self.heap.str_from(db::EAW[db::props(c).3])),
            "mirrored" => Ok(Value::Int(db::props(c).4 as i64)),
            "decomposition" => {
                let mut s = String::new();
                if let Some((tag, _, codes)) = db::decomposition(c) {
                    s.push_str(db::TAGS[tag]);
                    for x in codes.iter() {
                        if !s.is_empty() {
                            s.push(' ');
                        }
                        s.push_str(format!("{:04X}", x).as_str());
                    }
                }
                Ok(self.heap.str_from(s.as_str()))
            }
            "name" => match char_name(c) {
                Some(n) => Ok(self.heap.str_from(n.as_str())),
                None => match default {
                    Some(d) => Ok(d),
                    None => Err(err(ExcKind::ValueError, "no such name")),
                },
            },
            _ => {
                let got = match db::numeric(c) {
                    Some((dec, dig, num, den)) => {
                        if f == "decimal" {
                            if dec < 0 { None } else { Some(Value::Int(dec)) }
                        } else if f == "digit" {
                            if dig < 0 { None } else { Some(Value::Int(dig)) }
                        } else {
                            Some(Value::Float(num as f64 / den as f64))
                        }
                    }
                    None => None,
                };
                match got {
                    Some(v) => Ok(v),
                    None => match default {
                        Some(d) => Ok(d),
                        None => Err(err(
                            ExcKind::ValueError,
                            if f == "decimal" { "not a decimal" } else if f == "digit" { "not a digit" } else { "not a numeric character" },
                        )),
                    },
                }
            }
        }
    }
}
