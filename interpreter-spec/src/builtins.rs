//! Builtin functions (stage 4 runtime).  `print` lives in the VM because it
//! owns the output buffer; every other builtin is a plain function over the
//! heap.  Methods of builtin types are in methods.rs.
//!
//! Invariants:
//! - Builtin ids are stable small integers (`Value::Builtin(id)`); the
//!   compiler never resolves them -- `LoadGlobal` falls back to
//!   `builtin_lookup` when a global is unbound, exactly like CPython's
//!   builtins dict, so user code may shadow any builtin.
//! - Builtins never call back into Python code (no `key=` functions yet),
//!   so they cannot re-enter the VM.

use crate::format::{format_value, round_float};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::ops::{binary_op, index_value};
use crate::ast::BinOp;

pub const PRINT: usize = 0;

pub fn builtin_lookup(name: &str) -> Option<usize> {
    let id = match name {
        "print" => 0,
        "len" => 1,
        "str" => 2,
        "int" => 3,
        "float" => 4,
        "bool" => 5,
        "range" => 6,
        "abs" => 7,
        "min" => 8,
        "max" => 9,
        "sum" => 10,
        "list" => 11,
        "tuple" => 12,
        "dict" => 13,
        "repr" => 14,
        "chr" => 15,
        "ord" => 16,
        "sorted" => 17,
        "reversed" => 18,
        "enumerate" => 19,
        "zip" => 20,
        "round" => 21,
        "divmod" => 22,
        "pow" => 23,
        "any" => 24,
        "all" => 25,
        "format" => 26,
        _ => return None,
    };
    Some(id)
}

pub fn builtin_name(id: usize) -> String {
    let s = match id {
        0 => "print",
        1 => "len",
        2 => "str",
        3 => "int",
        4 => "float",
        5 => "bool",
        6 => "range",
        7 => "abs",
        8 => "min",
        9 => "max",
        10 => "sum",
        11 => "list",
        12 => "tuple",
        13 => "dict",
        14 => "repr",
        15 => "chr",
        16 => "ord",
        17 => "sorted",
        18 => "reversed",
        19 => "enumerate",
        20 => "zip",
        21 => "round",
        22 => "divmod",
        23 => "pow",
        24 => "any",
        25 => "all",
        _ => "format",
    };
    s.to_string()
}

fn arg_count(name: &str, args: &Vec<Value>, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max && min == 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", name, n).as_str()));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n).as_str()));
    }
    Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n).as_str()))
}

fn plural(n: usize) -> String {
    if n == 1 {
        String::new()
    } else {
        "s".to_string()
    }
}

fn no_kwargs(name: &str, kwnames: &Vec<String>) -> Result<(), PyErr> {
    if kwnames.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("{}() takes no keyword arguments", name).as_str()))
}

/// An int argument (ints and bools), else CPython's TypeError.
pub fn int_arg(heap: &Heap, v: &Value) -> Result<i64, PyErr> {
    match index_value(v) {
        Some(i) => Ok(i),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", heap.type_name(v)).as_str())),
    }
}

pub fn call_builtin(heap: &mut Heap, id: usize, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let name = builtin_name(id);
    if id != 17 && id != 13 && id != 19 && id != 8 && id != 9 {
        no_kwargs(name.as_str(), kwnames)?;
    }
    match id {
        1 => {
            arg_count("len", args, 1, 1)?;
            Ok(Value::Int(heap.len(&args[0])?))
        }
        2 => {
            arg_count("str", args, 0, 1)?;
            if args.is_empty() {
                return Ok(heap.str_from(""));
            }
            if heap.is_str(&args[0]) {
                return Ok(args[0].clone());
            }
            let s = heap.to_str(&args[0]);
            Ok(heap.str_from(s.as_str()))
        }
        3 => builtin_int(heap, args),
        4 => builtin_float(heap, args),
        5 => {
            arg_count("bool", args, 0, 1)?;
            Ok(Value::Bool(!args.is_empty() && heap.truthy(&args[0])))
        }
        6 => {
            arg_count("range", args, 1, 3)?;
            let (a, b, s) = if args.len() == 1 {
                (0, int_arg(heap, &args[0])?, 1)
            } else if args.len() == 2 {
                (int_arg(heap, &args[0])?, int_arg(heap, &args[1])?, 1)
            } else {
                (int_arg(heap, &args[0])?, int_arg(heap, &args[1])?, int_arg(heap, &args[2])?)
            };
            if s == 0 {
                return Err(err(ExcKind::ValueError, "range() arg 3 must not be zero"));
            }
            Ok(heap.alloc(Object::Range(a, b, s)))
        }
        7 => {
            arg_count("abs", args, 1, 1)?;
            match &args[0] {
                Value::Int(i) => match (0 as i64).checked_sub(*i) {
                    Some(n) => Ok(Value::Int(if *i < 0 { n } else { *i })),
                    None => Err(crate::objects::overflow()),
                },
                Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
                Value::Float(f) => Ok(Value::Float(if *f < 0.0 || (*f == 0.0 && 1.0 / *f < 0.0) { -*f } else { *f })),
                other => Err(type_error(format!("bad operand type for abs(): '{}'", heap.type_name(other)).as_str())),
            }
        }
        8 | 9 => {
            let is_max = id == 9;
            let label = if is_max { "max" } else { "min" };
            if args.is_empty() {
                return Err(type_error(format!("{} expected at least 1 argument, got 0", label).as_str()));
            }
            let mut default = None;
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "default" && args.len() == 1 {
                    default = Some(kwvalues[i].clone());
                } else if kwnames[i].as_str() == "key" {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite does not support key= functions yet"));
                } else {
                    return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", kwnames[i], label).as_str()));
                }
            }
            let items = if args.len() == 1 { heap.collect(&args[0])? } else { args.clone() };
            if items.is_empty() {
                if let Some(d) = default {
                    return Ok(d);
                }
                return Err(err(ExcKind::ValueError, format!("{}() arg is an empty sequence", label).as_str()));
            }
            let mut best = items[0].clone();
            for k in 1..items.len() {
                let better = if is_max { heap.ordered(&items[k], &best, ">")? } else { heap.ordered(&items[k], &best, "<")? };
                if better {
                    best = items[k].clone();
                }
            }
            Ok(best)
        }
        10 => {
            arg_count("sum", args, 1, 2)?;
            let mut acc = if args.len() == 2 { args[1].clone() } else { Value::Int(0) };
            if heap.is_str(&acc) {
                return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            let items = heap.collect(&args[0])?;
            for x in items.iter() {
                acc = binary_op(heap, &BinOp::Add, &acc, x, false)?;
            }
            Ok(acc)
        }
        11 | 12 => {
            arg_count(name.as_str(), args, 0, 1)?;
            let items = if args.is_empty() { Vec::new() } else { heap.collect(&args[0])? };
            Ok(heap.alloc(if id == 11 { Object::List(items) } else { Object::Tuple(items) }))
        }
        13 => {
            arg_count("dict", args, 0, 1)?;
            let mut keys = Vec::new();
            let mut values = Vec::new();
            if args.len() == 1 {
                let (ks, vs) = match heap.get(&args[0]) {
                    Some(Object::Dict(k, v)) => (k.clone(), v.clone()),
                    _ => {
                        let pairs = heap.collect(&args[0])?;
                        let mut ks = Vec::new();
                        let mut vs = Vec::new();
                        for p in pairs.iter() {
                            let kv = heap.collect(p)?;
                            if kv.len() != 2 {
                                return Err(err(ExcKind::ValueError, "dictionary update sequence element has wrong length"));
                            }
                            ks.push(kv[0].clone());
                            vs.push(kv[1].clone());
                        }
                        (ks, vs)
                    }
                };
                for i in 0..ks.len() {
                    dict_set(heap, &mut keys, &mut values, &ks[i], &vs[i])?;
                }
            }
            for i in 0..kwnames.len() {
                let k = heap.str_from(kwnames[i].as_str());
                dict_set(heap, &mut keys, &mut values, &k, &kwvalues[i])?;
            }
            Ok(heap.alloc(Object::Dict(keys, values)))
        }
        14 => {
            arg_count("repr", args, 1, 1)?;
            let s = heap.repr(&args[0]);
            Ok(heap.str_from(s.as_str()))
        }
        15 => {
            arg_count("chr", args, 1, 1)?;
            let i = int_arg(heap, &args[0])?;
            if i < 0 || i > 0x10ffff {
                return Err(err(ExcKind::ValueError, "chr() arg not in range(0x110000)"));
            }
            match crate::lexer::char_from_code(i as u32) {
                Some(c) => Ok(heap.new_str(vec![c])),
                None => Err(err(ExcKind::ValueError, "Pyrite cannot represent surrogate code points")),
            }
        }
        16 => {
            arg_count("ord", args, 1, 1)?;
            match heap.str_chars(&args[0]) {
                Some(cs) => {
                    if cs.len() != 1 {
                        return Err(type_error(
                            format!("ord() expected a character, but string of length {} found", cs.len()).as_str(),
                        ));
                    }
                    Ok(Value::Int(cs[0] as u32 as i64))
                }
                None => Err(type_error(
                    format!("ord() expected string of length 1, but {} found", heap.type_name(&args[0])).as_str(),
                )),
            }
        }
        17 => {
            arg_count("sorted", args, 1, 1)?;
            let mut reverse = false;
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "reverse" {
                    reverse = heap.truthy(&kwvalues[i]);
                } else {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite's sorted() only supports reverse="));
                }
            }
            let mut items = heap.collect(&args[0])?;
            sort_values(heap, &mut items, reverse)?;
            Ok(heap.alloc(Object::List(items)))
        }
        18 => {
            arg_count("reversed", args, 1, 1)?;
            let items = heap.collect(&args[0])?;
            let mut rev = Vec::new();
            let mut k = items.len();
            while k > 0 {
                k -= 1;
                rev.push(items[k].clone());
            }
            let l = heap.alloc(Object::List(rev));
            heap.get_iter(&l)
        }
        19 => {
            arg_count("enumerate", args, 1, 2)?;
            let mut start = if args.len() == 2 { int_arg(heap, &args[1])? } else { 0 };
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "start" {
                    start = int_arg(heap, &kwvalues[i])?;
                } else {
                    return Err(type_error(format!("'{}' is an invalid keyword argument for enumerate()", kwnames[i]).as_str()));
                }
            }
            let items = heap.collect(&args[0])?;
            let mut out = Vec::new();
            for k in 0..items.len() {
                out.push(heap.alloc(Object::Tuple(vec![Value::Int(start + k as i64), items[k].clone()])));
            }
            let l = heap.alloc(Object::List(out));
            heap.get_iter(&l)
        }
        20 => {
            let mut cols: Vec<Vec<Value>> = Vec::new();
            let mut n = 0;
            for a in args.iter() {
                let items = heap.collect(a)?;
                if cols.is_empty() || items.len() < n {
                    n = items.len();
                }
                cols.push(items);
            }
            let mut out = Vec::new();
            for k in 0..n {
                let mut row = Vec::new();
                for c in cols.iter() {
                    row.push(c[k].clone());
                }
                out.push(heap.alloc(Object::Tuple(row)));
            }
            let l = heap.alloc(Object::List(out));
            heap.get_iter(&l)
        }
        21 => builtin_round(heap, args),
        22 => {
            arg_count("divmod", args, 2, 2)?;
            let q = binary_op(heap, &BinOp::FloorDiv, &args[0], &args[1], false)?;
            let r = binary_op(heap, &BinOp::Mod, &args[0], &args[1], false)?;
            Ok(heap.alloc(Object::Tuple(vec![q, r])))
        }
        23 => {
            arg_count("pow", args, 2, 2)?;
            binary_op(heap, &BinOp::Pow, &args[0], &args[1], false)
        }
        24 | 25 => {
            arg_count(name.as_str(), args, 1, 1)?;
            let items = heap.collect(&args[0])?;
            let want = id == 24;
            for x in items.iter() {
                if heap.truthy(x) == want {
                    return Ok(Value::Bool(want));
                }
            }
            Ok(Value::Bool(!want))
        }
        26 => {
            arg_count("format", args, 1, 2)?;
            let spec = if args.len() == 2 {
                match heap.str_chars(&args[1]) {
                    Some(cs) => {
                        let mut s = String::new();
                        for c in cs.iter() {
                            s.push(*c);
                        }
                        s
                    }
                    None => return Err(type_error("format() argument 2 must be str")),
                }
            } else {
                String::new()
            };
            let s = format_value(heap, &args[0], spec.as_str())?;
            Ok(heap.str_from(s.as_str()))
        }
        _ => Err(err(ExcKind::NotImplementedError, "unknown builtin")),
    }
}

pub fn dict_set(heap: &Heap, keys: &mut Vec<Value>, values: &mut Vec<Value>, k: &Value, v: &Value) -> Result<(), PyErr> {
    heap.check_hashable(k)?;
    match heap.dict_find(keys, k) {
        Some(i) => values[i] = v.clone(),
        None => {
            keys.push(k.clone());
            values.push(v.clone());
        }
    }
    Ok(())
}

/// Parses a Python int literal string (after strip) in `base`.
fn parse_int_text(cs: &Vec<char>, base_in: i64) -> Option<i64> {
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
    let mut v: i64 = 0;
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
        v = match v.checked_mul(base) {
            Some(m) => match m.checked_sub(d) {
                Some(s) => s,
                None => return None,
            },
            None => return None,
        };
        prev_underscore = false;
        i += 1;
    }
    if prev_underscore {
        return None;
    }
    if neg {
        Some(v)
    } else {
        (0 as i64).checked_sub(v)
    }
}

fn builtin_int(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
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
        if !heap.is_str(&args[0]) {
            return Err(type_error("int() can't convert non-string with explicit base"));
        }
    }
    match &args[0] {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
        Value::Float(f) => {
            if *f != *f {
                return Err(err(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if *f >= 9223372036854775808.0 || *f < -9223372036854775808.0 {
                if *f > 1.7976931348623157e308 || *f < -1.7976931348623157e308 {
                    return Err(err(ExcKind::OverflowError, "cannot convert float infinity to integer"));
                }
                return Err(crate::objects::overflow());
            }
            Ok(Value::Int(*f as i64))
        }
        other => match heap.str_chars(other) {
            Some(cs) => match parse_int_text(&cs, base) {
                Some(v) => Ok(Value::Int(v)),
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
        "nan" => Some((1.0e308 * 10.0) * 0.0),
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
    let v = crate::lexer::digits_to_float(&digits, exp - frac);
    Some(if neg { -v } else { v })
}

fn builtin_float(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    arg_count("float", args, 0, 1)?;
    if args.is_empty() {
        return Ok(Value::Float(0.0));
    }
    match &args[0] {
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(if *b { 1.0 } else { 0.0 })),
        Value::Float(f) => Ok(Value::Float(*f)),
        other => match heap.str_chars(other) {
            Some(cs) => match parse_float_text(&cs) {
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

fn builtin_round(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
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
                Err(err(ExcKind::NotImplementedError, "Pyrite does not support round(int, negative) yet"))
            }
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
                    return Err(crate::objects::overflow());
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
