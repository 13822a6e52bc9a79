//! Builtins (continued): numeric conversions `int()`, `float()`,
//! `round()` and the stable merge sort behind `sorted()` / `list.sort()`.
//!
//! Invariants: string parsing follows CPython's literal rules (underscores
//! between digits, base prefixes, surrounding whitespace); float parsing
//! is correctly rounded (floatparse.rs); sorting compares with `<` only,
//! in the same order as CPython for the first comparison.

use crate::ast::{BinOp, CmpOp};
use crate::builtins::{arg_count, int_arg};
use crate::ops::{binary_op, compare};
use crate::format_float::round_float;
use crate::objects::{err, type_error, ExcKind, Heap, PyErr, Value};


/// Parses a Python int literal string (after strip) in `base`: None if
/// malformed, else the value (or the digit-limit error).
pub fn parse_int_text(cs: &Vec<char>, base_in: i64) -> Option<Result<Value, PyErr>> {
    let mut i = 0;
    let mut n = cs.len();
    while i < n && cs[i].is_whitespace() {
        i += 1;
    }
    while n > i && cs[n - 1].is_whitespace() {
        n -= 1;
    }
    let mut neg = false;
    if i < n && (cs[i] == '+' || cs[i] == '-') {
        neg = cs[i] == '-';
        i += 1;
    }
    let mut base = base_in;
    if i + 1 < n && cs[i] == '0' {
        let p = cs[i + 1];
        let pb = if p == 'x' || p == 'X' { 16 } else if p == 'o' || p == 'O' { 8 } else if p == 'b' || p == 'B' { 2 } else { 0 };
        if pb != 0 && (base == 0 || base == pb) {
            base = pb;
            i += 2;
            if i < n && cs[i] == '_' {
                i += 1;
            }
        }
    }
    if base == 0 {
        base = 10;
    }
    if i >= n {
        return None;
    }
    let mut digits: Vec<u32> = Vec::new();
    let mut prev_underscore = true;
    while i < n {
        let c = cs[i];
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            i += 1;
            continue;
        }
        let d = match c {
            '0'..='9' => (c as u32 - '0' as u32) as i64,
            'a'..='z' => (c as u32 - 'a' as u32) as i64 + 10,
            'A'..='Z' => (c as u32 - 'A' as u32) as i64 + 10,
            _ => return None,
        };
        if d >= base {
            return None;
        }
        digits.push(d as u32);
        prev_underscore = false;
        i += 1;
    }
    if prev_underscore {
        return None;
    }
    if base_in == 0 && base == 10 && digits.len() > 1 && digits[0] == 0 {
        // Base 0: a decimal literal may not have leading zeros ("08").
        for d in digits.iter() {
            if *d != 0 {
                return None;
            }
        }
    }
    // Up to 12 digits always fit an i64 (36^12 < 2^63), up to 18 in base <= 10.
    if digits.len() <= 12 || (base <= 10 && digits.len() <= 18) {
        let mut v: i64 = 0;
        for d in digits.iter() {
            v = v * base + (*d as i64);
        }
        return Some(Ok(Value::Int(if neg { 0 - v } else { v })));
    }
    Some(crate::bigint_ops::parse_digits(&digits, base as u32, neg))
}

/// `cs` with every non-ASCII decimal digit (Unicode Nd, e.g. Arabic-Indic)
/// replaced by its ASCII digit, as int() and float() accept them.  A run
/// of Nd characters always starts at a zero, which gives each one's value.
pub fn ascii_digits(cs: &Vec<char>) -> Vec<char> {
    let mut out = Vec::new();
    for c in cs.iter() {
        let c = *c;
        if (c as u32) < 128 || crate::unicode_db::flags(c) & crate::unicode_db::FLAG_DECIMAL == 0 {
            out.push(c);
            continue;
        }
        let mut start = c as u32;
        while start > 0 {
            match char::from_u32(start - 1) {
                Some(p) if crate::unicode_db::flags(p) & crate::unicode_db::FLAG_DECIMAL != 0 => start -= 1,
                _ => break,
            }
        }
        let d = (c as u32 - start) % 10;
        out.push(char::from_u32('0' as u32 + d).unwrap());
    }
    out
}

pub fn builtin_int(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    arg_count("int", args, 0, 2)?;
    if args.is_empty() {
        return Ok(Value::Int(0));
    }
    let mut base = 10;
    if args.len() == 2 {
        base = int_arg(heap, &args[1])?;
        if base != 0 && (base < 2 || base > 36) {
            return Err(err(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0"));
        }
        if !heap.is_str(&args[0]) && crate::bytes::bytes_data(heap, &args[0]).is_none() {
            return Err(type_error("int() can't convert non-string with explicit base"));
        }
    }
    // bytes and bytearray hold ASCII digits.
    if let Some(d) = crate::bytes::bytes_data(heap, &args[0]) {
        let cs: Vec<char> = d.iter().map(|b| *b as char).collect();
        return match parse_int_text(&cs, base) {
            Some(v) => v,
            None => {
                let r = heap.repr(&args[0]);
                Err(err(ExcKind::ValueError, format!("invalid literal for int() with base {}: {}", base, r).as_str()))
            }
        };
    }
    match &args[0] {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
        Value::Float(f) => {
            if *f != *f {
                return Err(err(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if *f >= 9223372036854775808.0 || *f < -9223372036854775808.0 {
                return crate::bigint_ops::float_to_int(*f);
            }
            Ok(Value::Int(*f as i64))
        }
        other => match heap.str_chars(other) {
            Some(cs) => match parse_int_text(&ascii_digits(&cs), base) {
                Some(v) => v,
                None => {
                    let r = heap.repr(other);
                    Err(err(ExcKind::ValueError, format!("invalid literal for int() with base {}: {}", base, r).as_str()))
                }
            },
            None => Err(type_error(
                format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    heap.type_name(other)
                )
                .as_str(),
            )),
        },
    }
}

/// Parses a float literal string; None if malformed.
pub fn parse_float_text(cs: &Vec<char>) -> Option<f64> {
    let mut t: Vec<char> = Vec::new();
    for c in cs.iter() {
        if !c.is_whitespace() {
            t.push(*c);
        }
    }
    let mut i = 0;
    let mut neg = false;
    if i < t.len() && (t[i] == '+' || t[i] == '-') {
        neg = t[i] == '-';
        i += 1;
    }
    let mut word = String::new();
    for k in i..t.len() {
        let c = t[k];
        let lc = if c >= 'A' && c <= 'Z' { crate::lexer::char_from_code(c as u32 + 32).unwrap() } else { c };
        word.push(lc);
    }
    let special = match word.as_str() {
        "inf" | "infinity" => Some(1.0e308 * 10.0),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let mut digits: Vec<char> = Vec::new();
    let mut any = false;
    let mut frac: i64 = 0;
    while i < t.len() && (t[i].is_ascii_digit() || t[i] == '_') {
        if t[i] != '_' {
            digits.push(t[i]);
            any = true;
        }
        i += 1;
    }
    if i < t.len() && t[i] == '.' {
        i += 1;
        while i < t.len() && t[i].is_ascii_digit() {
            digits.push(t[i]);
            frac += 1;
            any = true;
            i += 1;
        }
    }
    if !any {
        return None;
    }
    let mut exp: i64 = 0;
    if i < t.len() && (t[i] == 'e' || t[i] == 'E') {
        i += 1;
        let mut eneg = false;
        if i < t.len() && (t[i] == '+' || t[i] == '-') {
            eneg = t[i] == '-';
            i += 1;
        }
        let mut anye = false;
        while i < t.len() && t[i].is_ascii_digit() {
            if exp < 100000 {
                exp = exp * 10 + (t[i] as u32 - '0' as u32) as i64;
            }
            anye = true;
            i += 1;
        }
        if !anye {
            return None;
        }
        if eneg {
            exp = 0 - exp;
        }
    }
    if i != t.len() {
        return None;
    }
    let v = crate::floatparse::digits_to_float(&digits, exp - frac);
    Some(if neg { -v } else { v })
}

pub fn builtin_float(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    arg_count("float", args, 0, 1)?;
    if args.is_empty() {
        return Ok(Value::Float(0.0));
    }
    match &args[0] {
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::BigInt(b) => Ok(Value::Float(crate::bigint_ops::int_to_f64(b)?)),
        Value::Bool(b) => Ok(Value::Float(if *b { 1.0 } else { 0.0 })),
        Value::Float(f) => Ok(Value::Float(*f)),
        other => match heap.str_chars(other).or_else(|| crate::bytes::bytes_data(heap, other).map(|d| d.iter().map(|b| *b as char).collect())) {
            Some(cs) => match parse_float_text(&ascii_digits(&cs)) {
                Some(v) if v.is_nan() => Ok(Value::Float(heap.fresh_nan(v))),
                Some(v) => Ok(Value::Float(v)),
                None => Err(err(
                    ExcKind::ValueError,
                    format!("could not convert string to float: {}", heap.repr(other)).as_str(),
                )),
            },
            None => Err(type_error(
                format!("float() argument must be a string or a real number, not '{}'", heap.type_name(other)).as_str(),
            )),
        },
    }
}

/// `round(x, -digits)` for any int, as CPython's long_round: the nearest
/// multiple of 10**digits, halves to the even multiple.
fn round_int_big(heap: &mut Heap, x: &Value, digits: i64) -> Result<Value, PyErr> {
    let p = binary_op(heap, &BinOp::Pow, &Value::Int(10), &Value::Int(digits), false)?;
    let q = binary_op(heap, &BinOp::FloorDiv, x, &p, false)?;
    let r = binary_op(heap, &BinOp::Mod, x, &p, false)?;
    let twice = binary_op(heap, &BinOp::Mul, &r, &Value::Int(2), false)?;
    let above = matches!(compare(heap, &CmpOp::Gt, &twice, &p)?, Value::Bool(true));
    let half = matches!(compare(heap, &CmpOp::Eq, &twice, &p)?, Value::Bool(true));
    let odd = matches!(binary_op(heap, &BinOp::Mod, &q, &Value::Int(2), false)?, Value::Int(1));
    let q = if above || (half && odd) { binary_op(heap, &BinOp::Add, &q, &Value::Int(1), false)? } else { q };
    binary_op(heap, &BinOp::Mul, &q, &p, false)
}

pub fn builtin_round(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    arg_count("round", args, 1, 2)?;
    let nd = if args.len() == 2 {
        match &args[1] {
            Value::None => None,
            v => Some(int_arg(heap, v)?),
        }
    } else {
        None
    };
    match &args[0] {
        Value::Int(i) => match nd {
            None => Ok(Value::Int(*i)),
            Some(n) => {
                if n >= 0 {
                    return Ok(Value::Int(*i));
                }
                match round_int(*i, -n) {
                    Some(r) => Ok(Value::Int(r)),
                    None => round_int_big(heap, &args[0], -n),
                }
            }
        },
        Value::BigInt(_) => match nd {
            Some(n) if n < 0 => round_int_big(heap, &args[0], -n),
            _ => Ok(args[0].clone()),
        },
        Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
        Value::Float(f) => match nd {
            Some(n) => Ok(Value::Float(round_float(*f, n))),
            None => {
                if *f != *f {
                    return Err(err(ExcKind::ValueError, "cannot convert float NaN to integer"));
                }
                if *f > 1.7976931348623157e308 || *f < -1.7976931348623157e308 {
                    return Err(err(ExcKind::OverflowError, "cannot convert float infinity to integer"));
                }
                let r = round_float(*f, 0);
                if r >= 9223372036854775808.0 || r < -9223372036854775808.0 {
                    return crate::bigint_ops::float_to_int(r);
                }
                Ok(Value::Int(r as i64))
            }
        },
        other => Err(type_error(format!("type {} doesn't define __round__ method", heap.type_name(other)).as_str())),
    }
}

/// Stable merge sort using only Python `<` (like list.sort).  With
/// `reverse`, reverses before and after so equal items keep their order.
pub fn sort_values(heap: &Heap, items: &mut Vec<Value>, reverse: bool) -> Result<(), PyErr> {
    if reverse {
        reverse_in_place(items);
    }
    let n = items.len();
    let mut width = 1;
    let mut buf: Vec<Value> = Vec::new();
    while width < n {
        let mut lo = 0;
        buf.clear();
        while lo < n {
            let mid = if lo + width < n { lo + width } else { n };
            let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
            let mut i = lo;
            let mut j = mid;
            while i < mid && j < hi {
                if heap.ordered(&items[j], &items[i], "<")? {
                    buf.push(items[j].clone());
                    j += 1;
                } else {
                    buf.push(items[i].clone());
                    i += 1;
                }
            }
            while i < mid {
                buf.push(items[i].clone());
                i += 1;
            }
            while j < hi {
                buf.push(items[j].clone());
                j += 1;
            }
            lo = hi;
        }
        for k in 0..n {
            items[k] = buf[k].clone();
        }
        width = width * 2;
    }
    if reverse {
        reverse_in_place(items);
    }
    Ok(())
}

pub fn reverse_in_place(items: &mut Vec<Value>) {
    let n = items.len();
    for k in 0..n / 2 {
        let tmp = items[k].clone();
        items[k] = items[n - 1 - k].clone();
        items[n - 1 - k] = tmp;
    }
}

/// `round(i, -digits)`: half to even at a multiple of 10**digits; None
/// when the result leaves the i64 range.
fn round_int(i: i64, digits: i64) -> Option<i64> {
    if digits >= 19 {
        return Some(0);
    }
    let mut m: i64 = 1;
    for _ in 0..digits {
        m *= 10;
    }
    let mut q = i / m;
    let mut r = i % m;
    if r < 0 {
        q -= 1;
        r += m;
    }
    let twice = r.checked_mul(2)?;
    if twice > m || (twice == m && q % 2 != 0) {
        q += 1;
    }
    q.checked_mul(m)
}
