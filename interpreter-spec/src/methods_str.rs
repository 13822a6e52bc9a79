//! Methods of `str` (stage 4 runtime), dispatched from methods.rs.
//!
//! Invariants: strings are immutable, no method mutates the receiver;
//! case mapping and character classes are ASCII-only for now.

use crate::builtins::int_arg;
use crate::format::str_format;
use crate::methods::nargs;
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::ops::find_sub;



fn ascii_upper(c: char) -> char {
    crate::unicode_case::to_upper(c)
}

fn ascii_lower(c: char) -> char {
    crate::unicode_case::to_lower(c)
}

fn str_arg(heap: &Heap, v: &Value, what: &str) -> Result<Vec<char>, PyErr> {
    match heap.str_chars(v) {
        Some(cs) => Ok(cs),
        None => Err(type_error(format!("{} must be str, not {}", what, heap.type_name(v)).as_str())),
    }
}

fn in_set(c: char, set: &Option<Vec<char>>) -> bool {
    match set {
        None => c.is_whitespace(),
        Some(cs) => {
            for x in cs.iter() {
                if *x == c {
                    return true;
                }
            }
            false
        }
    }
}

fn slice_chars(s: &Vec<char>, a: usize, b: usize) -> Vec<char> {
    let mut out = Vec::new();
    for k in a..b {
        out.push(s[k]);
    }
    out
}

pub fn str_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    // The receiver's characters are moved out of the heap for the call, not
    // copied (a copy made `s.startswith(x)` linear in len(s)), unless an
    // argument might be or hold the receiver, which must then still read it.
    if may_hold(heap, args, recv) {
        let s = heap.str_chars(recv).unwrap();
        return str_method_on(heap, &s, recv, name, args, kwnames, kwvalues);
    }
    let s = heap.take_str(recv);
    let r = str_method_on(heap, &s, recv, name, args, kwnames, kwvalues);
    heap.put_str(recv, s);
    r
}

/// Whether one of `args` is `recv`, or a list or tuple holding it, or any
/// other container.
fn may_hold(heap: &Heap, args: &Vec<Value>, recv: &Value) -> bool {
    for a in args.iter() {
        if crate::ops::is_same(a, recv) {
            return true;
        }
        match heap.get(a) {
            None | Some(Object::Str(_)) => {}
            Some(Object::List(items)) | Some(Object::Tuple(items)) => {
                for x in items.iter() {
                    if crate::ops::is_same(x, recv) {
                        return true;
                    }
                }
            }
            Some(_) => return true,
        }
    }
    false
}

/// `str_method` with the receiver's characters `s`.
fn str_method_on(heap: &mut Heap, s: &Vec<char>, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let n = s.len();
    if crate::str_predicates::is_predicate(name) {
        nargs("str", name, args, 0, 0)?;
        return Ok(Value::Bool(crate::str_predicates::predicate(name, s)));
    }
    match name {
        "upper" | "lower" | "swapcase" | "title" | "capitalize" => {
            nargs("str", name, args, 0, 0)?;
            let mut out = Vec::new();
            let mut prev_letter = false;
            for k in 0..n {
                let c = s[k];
                let is_letter = crate::unicode_case::is_alpha(c);
                if c == '\u{3a3}' && name != "upper" && crate::unicode_case::final_sigma(&s, k) {
                    // Σ at the end of a word lowers to ς (Final_Sigma).
                    let lowering = match name {
                        "lower" | "swapcase" => true,
                        "title" => prev_letter,
                        _ => k > 0,
                    };
                    if lowering {
                        prev_letter = is_letter;
                        out.push('\u{3c2}');
                        continue;
                    }
                }
                if c as u32 >= 0xb5 {
                    // Full mappings (SpecialCasing): ß -> SS, İ -> i̇, ...
                    let kind = match name {
                        "upper" => crate::unicode_case::CASE_UPPER,
                        "lower" => crate::unicode_case::CASE_LOWER,
                        "swapcase" => {
                            // Upper to lower, lower to upper, others (title
                            // case letters, uncased) unchanged.
                            let fl = crate::unicode_db::flags(c);
                            if fl & crate::unicode_db::FLAG_UPPER != 0 {
                                crate::unicode_case::CASE_LOWER
                            } else if fl & crate::unicode_db::FLAG_LOWER != 0 {
                                crate::unicode_case::CASE_UPPER
                            } else {
                                out.push(c);
                                prev_letter = is_letter;
                                continue;
                            }
                        }
                        "title" => if prev_letter { crate::unicode_case::CASE_LOWER } else { crate::unicode_case::CASE_TITLE },
                        _ => if k == 0 { crate::unicode_case::CASE_TITLE } else { crate::unicode_case::CASE_LOWER },
                    };
                    let mapped = match crate::unicode_case::special(c, kind) {
                        Some(m) => Some(m),
                        None if kind == crate::unicode_case::CASE_TITLE => crate::unicode_case::special(c, crate::unicode_case::CASE_UPPER),
                        None => None,
                    };
                    if let Some(m) = mapped {
                        prev_letter = is_letter;
                        for x in m.iter() {
                            out.push(*x);
                        }
                        continue;
                    }
                }
                let m = match name {
                    "upper" => ascii_upper(c),
                    "lower" => ascii_lower(c),
                    "swapcase" => {
                        if crate::unicode_case::is_lower(c) {
                            ascii_upper(c)
                        } else {
                            ascii_lower(c)
                        }
                    }
                    "title" => {
                        if prev_letter {
                            ascii_lower(c)
                        } else {
                            ascii_upper(c)
                        }
                    }
                    _ => {
                        if k == 0 {
                            ascii_upper(c)
                        } else {
                            ascii_lower(c)
                        }
                    }
                };
                prev_letter = is_letter;
                out.push(m);
            }
            Ok(heap.new_str(out))
        }
        "strip" | "lstrip" | "rstrip" => {
            nargs("str", name, args, 0, 1)?;
            let set = if args.is_empty() || matches_none(&args[0]) { None } else { Some(str_arg(heap, &args[0], "strip arg")?) };
            let mut a = 0;
            let mut b = n;
            if name != "rstrip" {
                while a < b && in_set(s[a], &set) {
                    a += 1;
                }
            }
            if name != "lstrip" {
                while b > a && in_set(s[b - 1], &set) {
                    b -= 1;
                }
            }
            Ok(heap.new_str(slice_chars(&s, a, b)))
        }
        "split" => {
            nargs("str", name, args, 0, 2)?;
            let maxsplit = if args.len() == 2 { int_arg(heap, &args[1])? } else { -1 };
            let mut parts: Vec<Vec<char>> = Vec::new();
            if args.is_empty() || matches_none(&args[0]) {
                let mut i = 0;
                loop {
                    while i < n && s[i].is_whitespace() {
                        i += 1;
                    }
                    if i >= n {
                        break;
                    }
                    if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                        parts.push(slice_chars(&s, i, n));
                        break;
                    }
                    let start = i;
                    while i < n && !s[i].is_whitespace() {
                        i += 1;
                    }
                    parts.push(slice_chars(&s, start, i));
                }
            } else {
                let sep = str_arg(heap, &args[0], "must be str or None, not")?;
                if sep.is_empty() {
                    return Err(err(ExcKind::ValueError, "empty separator"));
                }
                let mut start = 0;
                loop {
                    let f = if maxsplit >= 0 && parts.len() as i64 >= maxsplit { -1 } else { find_sub(&s, &sep, start) };
                    if f < 0 {
                        parts.push(slice_chars(&s, start, n));
                        break;
                    }
                    parts.push(slice_chars(&s, start, f as usize));
                    start = f as usize + sep.len();
                }
            }
            let mut items = Vec::new();
            for p in parts.iter() {
                items.push(heap.new_str(p.clone()));
            }
            Ok(heap.alloc(Object::List(items)))
        }
        "join" => {
            nargs("str", name, args, 1, 1)?;
            let items = heap.collect(&args[0])?;
            let mut out = Vec::new();
            for k in 0..items.len() {
                let cs = match heap.str_chars(&items[k]) {
                    Some(cs) => cs,
                    None => {
                        return Err(type_error(
                            format!("sequence item {}: expected str instance, {} found", k, heap.type_name(&items[k])).as_str(),
                        ))
                    }
                };
                if k > 0 {
                    for c in s.iter() {
                        out.push(*c);
                    }
                }
                for c in cs.iter() {
                    out.push(*c);
                }
            }
            Ok(heap.new_str(out))
        }
        "replace" => {
            nargs("str", name, args, 2, 3)?;
            let old = str_arg(heap, &args[0], "replace() argument 1")?;
            let new = str_arg(heap, &args[1], "replace() argument 2")?;
            let mut count = if args.len() == 3 { int_arg(heap, &args[2])? } else { -1 };
            let mut out = Vec::new();
            if !old.is_empty() {
                // One search per occurrence, copying the text between them.
                let mut i = 0;
                while count != 0 {
                    let f = find_sub(&s, &old, i);
                    if f < 0 {
                        break;
                    }
                    for k in i..f as usize {
                        out.push(s[k]);
                    }
                    for c in new.iter() {
                        out.push(*c);
                    }
                    i = f as usize + old.len();
                    count -= 1;
                }
                for k in i..n {
                    out.push(s[k]);
                }
                return Ok(heap.new_str(out));
            }
            // An empty `old` matches before every character and at the end.
            for i in 0..=n {
                if count != 0 {
                    for c in new.iter() {
                        out.push(*c);
                    }
                    count -= 1;
                }
                if i < n {
                    out.push(s[i]);
                }
            }
            Ok(heap.new_str(out))
        }
        "startswith" | "endswith" => {
            nargs("str", name, args, 1, 1)?;
            let cands = match heap.get(&args[0]) {
                Some(Object::Tuple(t)) => t.clone(),
                _ => vec![args[0].clone()],
            };
            for c in cands.iter() {
                let p = match heap.str_chars(c) {
                    Some(p) => p,
                    None => {
                        return Err(type_error(
                            format!("{} first arg must be str or a tuple of str, not {}", name, heap.type_name(c)).as_str(),
                        ))
                    }
                };
                if p.len() <= n {
                    let off = if name == "startswith" { 0 } else { n - p.len() };
                    let mut ok = true;
                    for k in 0..p.len() {
                        if s[off + k] != p[k] {
                            ok = false;
                        }
                    }
                    if ok {
                        return Ok(Value::Bool(true));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        "find" | "index" | "count" => {
            nargs("str", name, args, 1, 2)?;
            let sub = str_arg(heap, &args[0], "must be str, not")?;
            let start = if args.len() == 2 { int_arg(heap, &args[1])? } else { 0 };
            let start = if start < 0 { if start + (n as i64) < 0 { 0 } else { start + n as i64 } } else { start } as usize;
            if name == "count" {
                let mut c = 0;
                let mut i = start;
                if sub.is_empty() {
                    return Ok(Value::Int(if start <= n { (n - start + 1) as i64 } else { 0 }));
                }
                loop {
                    let f = if i <= n { find_sub(&s, &sub, i) } else { -1 };
                    if f < 0 {
                        break;
                    }
                    c += 1;
                    i = f as usize + sub.len();
                }
                return Ok(Value::Int(c));
            }
            let f = if start <= n { find_sub(&s, &sub, start) } else { -1 };
            if f < 0 && name == "index" {
                return Err(err(ExcKind::ValueError, "substring not found"));
            }
            Ok(Value::Int(f))
        }
        "format" => str_format(heap, &s, args, kwnames, kwvalues),
        "partition" | "rpartition" => {
            nargs("str", name, args, 1, 1)?;
            let sep = str_arg(heap, &args[0], "must be str, not")?;
            if sep.is_empty() {
                return Err(err(ExcKind::ValueError, "empty separator"));
            }
            let f = if name == "partition" { find_sub(&s, &sep, 0) } else { rfind_sub(&s, &sep, n) };
            let parts = if f < 0 {
                if name == "partition" {
                    vec![s.clone(), Vec::new(), Vec::new()]
                } else {
                    vec![Vec::new(), Vec::new(), s.clone()]
                }
            } else {
                let f = f as usize;
                vec![slice_chars(&s, 0, f), sep.clone(), slice_chars(&s, f + sep.len(), n)]
            };
            let mut items = Vec::new();
            for p in parts.into_iter() {
                items.push(heap.new_str(p));
            }
            Ok(heap.alloc(Object::Tuple(items)))
        }
        "rfind" | "rindex" => {
            nargs("str", name, args, 1, 1)?;
            let sub = str_arg(heap, &args[0], "must be str, not")?;
            let f = rfind_sub(&s, &sub, n);
            if f < 0 && name == "rindex" {
                return Err(err(ExcKind::ValueError, "substring not found"));
            }
            Ok(Value::Int(f))
        }
        "rsplit" => {
            nargs("str", name, args, 0, 2)?;
            let maxsplit = if args.len() == 2 { int_arg(heap, &args[1])? } else { -1 };
            if maxsplit < 0 {
                return str_method_on(heap, s, recv, "split", args, kwnames, kwvalues);
            }
            let mut parts: Vec<Vec<char>> = Vec::new();
            if args.is_empty() || matches_none(&args[0]) {
                let mut i = n;
                loop {
                    while i > 0 && s[i - 1].is_whitespace() {
                        i -= 1;
                    }
                    if i == 0 {
                        break;
                    }
                    if parts.len() as i64 >= maxsplit {
                        parts.push(slice_chars(&s, 0, i));
                        break;
                    }
                    let end = i;
                    while i > 0 && !s[i - 1].is_whitespace() {
                        i -= 1;
                    }
                    parts.push(slice_chars(&s, i, end));
                }
            } else {
                let sep = str_arg(heap, &args[0], "must be str or None, not")?;
                if sep.is_empty() {
                    return Err(err(ExcKind::ValueError, "empty separator"));
                }
                let mut end = n;
                loop {
                    let f = if parts.len() as i64 >= maxsplit { -1 } else { rfind_sub(&s, &sep, end) };
                    if f < 0 {
                        parts.push(slice_chars(&s, 0, end));
                        break;
                    }
                    parts.push(slice_chars(&s, f as usize + sep.len(), end));
                    end = f as usize;
                }
            }
            let mut items = Vec::new();
            let mut k = parts.len();
            while k > 0 {
                k -= 1;
                items.push(heap.new_str(parts[k].clone()));
            }
            Ok(heap.alloc(Object::List(items)))
        }
        "splitlines" => {
            nargs("str", name, args, 0, 1)?;
            let keep = args.len() == 1 && heap.truthy(&args[0]);
            let mut items = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i < n {
                let c = s[i];
                if c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c' || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\u{85}' || c == '\u{2028}' || c == '\u{2029}' {
                    let mut end = i + 1;
                    if c == '\r' && i + 1 < n && s[i + 1] == '\n' {
                        end = i + 2;
                    }
                    let stop = if keep { end } else { i };
                    items.push(heap.new_str(slice_chars(&s, start, stop)));
                    start = end;
                    i = end;
                } else {
                    i += 1;
                }
            }
            if start < n {
                items.push(heap.new_str(slice_chars(&s, start, n)));
            }
            Ok(heap.alloc(Object::List(items)))
        }
        "removeprefix" | "removesuffix" => {
            nargs("str", name, args, 1, 1)?;
            let p = str_arg(heap, &args[0], "must be str, not")?;
            if p.len() <= n {
                let off = if name == "removeprefix" { 0 } else { n - p.len() };
                let mut ok = true;
                for k in 0..p.len() {
                    if s[off + k] != p[k] {
                        ok = false;
                    }
                }
                if ok {
                    let r = if name == "removeprefix" { slice_chars(&s, p.len(), n) } else { slice_chars(&s, 0, n - p.len()) };
                    return Ok(heap.new_str(r));
                }
            }
            Ok(recv.clone())
        }
        "casefold" => {
            // Full case folding where it differs from lower(), else lower().
            nargs("str", name, args, 0, 0)?;
            let mut out = Vec::new();
            for k in 0..n {
                let c = s[k];
                if c as u32 >= 0xb5 {
                    let f = match crate::unicode_case::special(c, crate::unicode_case::CASE_FOLD) {
                        Some(f) => Some(f),
                        None => crate::unicode_case::special(c, crate::unicode_case::CASE_LOWER),
                    };
                    if let Some(f) = f {
                        for x in f.iter() {
                            out.push(*x);
                        }
                        continue;
                    }
                }
                out.push(ascii_lower(c));
            }
            Ok(heap.new_str(out))
        }
        _ => {
            // center / ljust / rjust / zfill
            let (min, max) = if name == "zfill" { (1, 1) } else { (1, 2) };
            nargs("str", name, args, min, max)?;
            let width = int_arg(heap, &args[0])?;
            let fill = if args.len() == 2 {
                let f = str_arg(heap, &args[1], "The fill character")?;
                if f.len() != 1 {
                    return Err(type_error("The fill character must be exactly one character long"));
                }
                f[0]
            } else if name == "zfill" {
                '0'
            } else {
                ' '
            };
            if width <= n as i64 {
                return Ok(recv.clone());
            }
            let total = width as usize - n;
            let left = match name {
                "ljust" => 0,
                "rjust" | "zfill" => total,
                _ => total / 2 + (total & (width as usize) & 1),
            };
            let mut out = Vec::new();
            let mut body_start = 0;
            if name == "zfill" && n > 0 && (s[0] == '-' || s[0] == '+') {
                out.push(s[0]);
                body_start = 1;
            }
            for _ in 0..left {
                out.push(fill);
            }
            for k in body_start..n {
                out.push(s[k]);
            }
            for _ in 0..(total - left) {
                out.push(fill);
            }
            Ok(heap.new_str(out))
        }
    }
}

/// Index of the last occurrence of `sub` ending at or before `end`, or -1.
fn rfind_sub(s: &Vec<char>, sub: &Vec<char>, end: usize) -> i64 {
    if sub.len() > end {
        return -1;
    }
    let mut i = end - sub.len() + 1;
    while i > 0 {
        i -= 1;
        let mut ok = true;
        for j in 0..sub.len() {
            if s[i + j] != sub[j] {
                ok = false;
                break;
            }
        }
        if ok {
            return i as i64;
        }
    }
    -1
}

fn matches_none(v: &Value) -> bool {
    match v {
        Value::None => true,
        _ => false,
    }
}
