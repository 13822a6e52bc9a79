//! More `str` methods (stage 4 runtime): the `start`/`end` window of the
//! search methods, keyword arguments of split/rsplit/splitlines, and
//! expandtabs (the predicates are in str_predicates.rs).
//!
//! Invariants: a method with a window runs the plain method of
//! methods_str.rs on the windowed substring and shifts found indices
//! back; keyword arguments are turned into positional ones first.

use crate::builtins::int_arg;
use crate::methods::nargs;
use crate::methods_str::str_method;
use crate::objects::{type_error, Heap, Object, PyErr, Value};
use crate::ops::find_sub;

/// Argument Clinic's TypeError for a keyword argument not in `params`.
pub fn check_kw_names(fname: &str, params: &Vec<&str>, kwnames: &Vec<String>) -> Result<(), PyErr> {
    for k in kwnames.iter() {
        let mut known = false;
        for p in params.iter() {
            if k.as_str() == *p {
                known = true;
            }
        }
        if !known {
            return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname).as_str()));
        }
    }
    Ok(())
}

/// Names handled here before methods_str.rs sees them.
pub fn is_ext(name: &str, nargs: usize, nkw: usize) -> bool {
    match name {
        "find" | "index" | "count" | "rfind" | "rindex" | "startswith" | "endswith" => nargs > 1,
        "split" | "rsplit" | "splitlines" => nkw > 0,
        "expandtabs" => true,
        _ => false,
    }
}

/// A slice-style bound: None keeps `dflt`, negatives count from the end,
/// the result is clamped to 0..=n.
fn bound(heap: &Heap, v: &Value, dflt: usize, n: usize) -> Result<usize, PyErr> {
    if let Value::None = v {
        return Ok(dflt);
    }
    let mut i = int_arg(heap, v)?;
    if i < 0 {
        i += n as i64;
        if i < 0 {
            i = 0;
        }
    }
    Ok(if i > n as i64 { n + 1 } else { i as usize })
}

pub fn str_method_ext(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    if name == "find" || name == "index" || name == "count" {
        if let Some(r) = find_window(heap, recv, name, args)? {
            return Ok(r);
        }
    }
    let s = heap.str_chars(recv).unwrap();
    let n = s.len();
    let none: Vec<String> = Vec::new();
    let nov: Vec<Value> = Vec::new();
    match name {
        "split" | "rsplit" | "splitlines" => {
            let params: Vec<&str> = if name == "splitlines" { vec!["keepends"] } else { vec!["sep", "maxsplit"] };
            let mut pos: Vec<Value> = args.clone();
            while pos.len() < params.len() {
                pos.push(if pos.len() == 0 && name != "splitlines" { Value::None } else { Value::Int(-1) });
            }
            if name == "splitlines" {
                pos[0] = Value::Bool(false);
            }
            for i in 0..kwnames.len() {
                let mut found = false;
                for p in 0..params.len() {
                    if kwnames[i].as_str() == params[p] {
                        if p < args.len() {
                            return Err(type_error(format!("argument for str.{}() given by name ('{}') and position ({})", name, params[p], p + 1).as_str()));
                        }
                        pos[p] = kwvalues[i].clone();
                        found = true;
                    }
                }
                if !found {
                    return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", name, kwnames[i]).as_str()));
                }
            }
            str_method(heap, recv, name, &pos, &none, &nov)
        }
        "expandtabs" => {
            check_kw_names("expandtabs", &vec!["tabsize"], kwnames)?;
            let a = crate::bytes::merge_args("expandtabs", &vec!["tabsize"], args, kwnames, kwvalues)?;
            let size = match &a[0] {
                None => 8,
                Some(v) => int_arg(heap, v)?,
            };
            let mut out = Vec::new();
            let mut col: i64 = 0;
            for c in s.iter() {
                if *c == '\t' {
                    if size > 0 {
                        let pad = size - col % size;
                        for _ in 0..pad {
                            out.push(' ');
                        }
                        col += pad;
                    }
                } else {
                    out.push(*c);
                    col += 1;
                    if *c == '\n' || *c == '\r' {
                        col = 0;
                    }
                }
            }
            Ok(heap.new_str(out))
        }
        _ => {
            // find / index / count / rfind / rindex / startswith / endswith
            // with a start (and end) window.
            nargs("str", name, args, 1, 3)?;
            let a = bound(heap, &args[1], 0, n)?;
            let b = if args.len() == 3 { bound(heap, &args[2], n, n)? } else { n };
            let b = if b > n { n } else { b };
            if a > b {
                return match name {
                    "count" => Ok(Value::Int(0)),
                    "startswith" | "endswith" => Ok(Value::Bool(false)),
                    "index" | "rindex" => Err(crate::objects::err(crate::objects::ExcKind::ValueError, "substring not found")),
                    _ => Ok(Value::Int(-1)),
                };
            }
            let mut w = Vec::new();
            for k in a..b {
                w.push(s[k]);
            }
            let wv = heap.new_str(w);
            let one = vec![args[0].clone()];
            let r = str_method(heap, &wv, name, &one, &none, &nov)?;
            match r {
                Value::Int(i) if name != "count" && i >= 0 => Ok(Value::Int(i + a as i64)),
                _ => Ok(r),
            }
        }
    }
}

/// `find`/`index`/`count` with a `start`/`end` window and a str argument,
/// searched in the receiver in place (neither it nor the window is copied);
/// None for other arguments (the general path reports their errors).
fn find_window(heap: &Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Option<Value>, PyErr> {
    if args.len() < 2 || args.len() > 3 || !heap.is_str(&args[0]) {
        return Ok(None);
    }
    let n = heap.len(recv)? as usize;
    let a = bound(heap, &args[1], 0, n)?;
    let b = if args.len() == 3 { bound(heap, &args[2], n, n)? } else { n };
    let b = if b > n { n } else { b };
    if a > b {
        if name == "index" {
            return Err(crate::objects::err(crate::objects::ExcKind::ValueError, "substring not found"));
        }
        return Ok(Some(Value::Int(if name == "count" { 0 } else { -1 })));
    }
    match (heap.get(recv), heap.get(&args[0])) {
        (Some(Object::Str(s)), Some(Object::Str(sub))) => Ok(Some(find_in_window(s, sub, a, b, name)?)),
        _ => Ok(None),
    }
}

/// `find`/`index`/`count` of `sub` in `s[a..b]` (a <= b <= len), searched
/// in place: no window string is allocated on the (never freed) heap.
/// The first match at or after `i` that ends past `b` means no later one fits.
fn find_in_window(s: &Vec<char>, sub: &Vec<char>, a: usize, b: usize, name: &str) -> Result<Value, PyErr> {
    let m = sub.len();
    if name == "count" {
        if m == 0 {
            return Ok(Value::Int((b - a + 1) as i64));
        }
        let mut c: i64 = 0;
        let mut i = a;
        loop {
            let f = find_sub(s, sub, i);
            if f < 0 || f as usize + m > b {
                break;
            }
            c += 1;
            i = f as usize + m;
        }
        return Ok(Value::Int(c));
    }
    let f = find_sub(s, sub, a);
    if f >= 0 && f as usize + m <= b {
        return Ok(Value::Int(f));
    }
    if name == "index" {
        return Err(crate::objects::err(crate::objects::ExcKind::ValueError, "substring not found"));
    }
    Ok(Value::Int(-1))
}

/// The `start`/`stop` window of `list.index(x, start, stop)` (args 1
/// and 2; the whole sequence without them).
pub fn index_window(heap: &Heap, args: &Vec<Value>, n: usize) -> Result<(usize, usize), PyErr> {
    let a = if args.len() > 1 { bound(heap, &args[1], 0, n)? } else { 0 };
    let b = if args.len() > 2 { bound(heap, &args[2], n, n)? } else { n };
    let b = if b > n { n } else { b };
    Ok(if a > b { (b, b) } else { (a, b) })
}
