//! The `str.is*` predicates, over the Unicode table (unicode_db.rs), with
//! CPython's rules for whole strings.
//!
//! Invariants: isalpha, isdecimal, isdigit, isnumeric, isalnum and isspace
//! need every character to qualify and a non-empty string; isprintable is
//! true for the empty string; isupper/islower need a cased character and
//! none of the other case; istitle follows CPython's cased-run state
//! machine; isidentifier checks XID_Start/XID_Continue (and `_`) only, not
//! keywords.

use crate::unicode_db::*;

pub fn is_predicate(name: &str) -> bool {
    match name {
        "isalpha" | "isdecimal" | "isdigit" | "isnumeric" | "isalnum" | "isspace" | "isprintable" | "isupper" | "islower"
        | "istitle" | "isidentifier" | "isascii" => true,
        _ => false,
    }
}

fn every(s: &Vec<char>, mask: u16) -> bool {
    if s.is_empty() {
        return false;
    }
    for c in s.iter() {
        if flags(*c) & mask == 0 {
            return false;
        }
    }
    true
}

pub fn predicate(name: &str, s: &Vec<char>) -> bool {
    match name {
        "isalpha" => every(s, FLAG_ALPHA),
        "isdecimal" => every(s, FLAG_DECIMAL),
        "isdigit" => every(s, FLAG_DIGIT),
        "isnumeric" => every(s, FLAG_NUMERIC),
        "isalnum" => every(s, FLAG_ALPHA | FLAG_DECIMAL | FLAG_DIGIT | FLAG_NUMERIC),
        "isspace" => every(s, FLAG_SPACE),
        "isprintable" => s.is_empty() || every(s, FLAG_PRINTABLE),
        "isupper" => one_case(s, FLAG_UPPER, FLAG_LOWER | FLAG_TITLE),
        "islower" => one_case(s, FLAG_LOWER, FLAG_UPPER | FLAG_TITLE),
        "istitle" => is_title(s),
        "isidentifier" => is_identifier(s),
        _ => {
            for c in s.iter() {
                if (*c as u32) > 127 {
                    return false;
                }
            }
            true
        }
    }
}

fn one_case(s: &Vec<char>, want: u16, other: u16) -> bool {
    let mut cased = false;
    for c in s.iter() {
        let f = flags(*c);
        if f & other != 0 {
            return false;
        }
        if f & want != 0 {
            cased = true;
        }
    }
    cased
}

fn is_title(s: &Vec<char>) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.iter() {
        let f = flags(*c);
        if f & (FLAG_UPPER | FLAG_TITLE) != 0 {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if f & FLAG_LOWER != 0 {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn is_identifier(s: &Vec<char>) -> bool {
    if s.is_empty() {
        return false;
    }
    if flags(s[0]) & FLAG_ID_START == 0 {
        return false;
    }
    for k in 1..s.len() {
        if flags(s[k]) & FLAG_ID_CONTINUE == 0 {
            return false;
        }
    }
    true
}
