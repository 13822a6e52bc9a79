//! Methods of builtin types: str, list, tuple, dict (stage 4 runtime).
//!
//! Invariants:
//! - `has_method` and `call_method` agree on the set of (type, name) pairs;
//!   the VM's `LoadMethod` uses `has_method` to raise CPython's
//!   AttributeError at the attribute's location before arguments are
//!   evaluated.
//! - Mutating methods replace/modify the arena object in place, so every
//!   handle to the same list/dict observes the change.
//! - Case mapping and character classes are ASCII-only for now.

use crate::builtins::{dict_set, int_arg, reverse_in_place, sort_values};
use crate::format::str_format;
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::ops::find_sub;
use crate::suggestions::{dir_of, suggest};

fn kind_of(heap: &Heap, v: &Value) -> u8 {
    match heap.get(v) {
        Some(Object::Str(_)) => 1,
        Some(Object::List(_)) => 2,
        Some(Object::Tuple(_)) => 3,
        Some(Object::Dict(_, _)) => 4,
        _ => 0,
    }
}

pub fn has_method(heap: &Heap, recv: &Value, name: &str) -> bool {
    match (kind_of(heap, recv), name) {
        (1, "upper") | (1, "lower") | (1, "strip") | (1, "lstrip") | (1, "rstrip") | (1, "split") | (1, "join")
        | (1, "replace") | (1, "startswith") | (1, "endswith") | (1, "find") | (1, "index") | (1, "count")
        | (1, "isdigit") | (1, "isalpha") | (1, "isalnum") | (1, "isspace") | (1, "isupper") | (1, "islower")
        | (1, "title") | (1, "capitalize") | (1, "format") | (1, "center") | (1, "ljust") | (1, "rjust")
        | (1, "zfill") | (1, "swapcase") => true,
        (2, "append") | (2, "pop") | (2, "insert") | (2, "extend") | (2, "index") | (2, "count") | (2, "remove")
        | (2, "reverse") | (2, "sort") | (2, "copy") | (2, "clear") => true,
        (3, "count") | (3, "index") => true,
        (4, "get") | (4, "keys") | (4, "values") | (4, "items") | (4, "pop") | (4, "setdefault") | (4, "update")
        | (4, "copy") | (4, "clear") => true,
        _ => false,
    }
}

/// CPython's AttributeError for a missing attribute, with its
/// "Did you mean" suggestion from `dir()` of the type.
pub fn no_attribute(heap: &Heap, recv: &Value, name: &str) -> PyErr {
    let tname = heap.type_name(recv);
    let mut msg = format!("'{}' object has no attribute '{}'", tname, name);
    if let Some(s) = suggest(name, &dir_of(tname.as_str())) {
        msg.push_str(format!(". Did you mean: '{}'?", s).as_str());
    }
    err(ExcKind::AttributeError, msg.as_str())
}

fn nargs(tname: &str, name: &str, args: &Vec<Value>, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if max == 0 {
        return Err(type_error(format!("{}.{}() takes no arguments ({} given)", tname, name, n).as_str()));
    }
    if min == 1 && max == 1 {
        return Err(type_error(format!("{}.{}() takes exactly one argument ({} given)", tname, name, n).as_str()));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n).as_str()));
    }
    Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n).as_str()))
}

fn ascii_upper(c: char) -> char {
    if c >= 'a' && c <= 'z' {
        crate::lexer::char_from_code(c as u32 - 32).unwrap()
    } else {
        c
    }
}

fn ascii_lower(c: char) -> char {
    if c >= 'A' && c <= 'Z' {
        crate::lexer::char_from_code(c as u32 + 32).unwrap()
    } else {
        c
    }
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

pub fn call_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let kind = kind_of(heap, recv);
    if !kwnames.is_empty() && !(kind == 2 && name == "sort") && !(kind == 1 && name == "format") {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", heap.type_name(recv), name).as_str()));
    }
    match kind {
        1 => str_method(heap, recv, name, args, kwnames, kwvalues),
        2 => list_method(heap, recv, name, args, kwnames, kwvalues),
        3 => tuple_method(heap, recv, name, args),
        4 => dict_method(heap, recv, name, args),
        _ => Err(no_attribute(heap, recv, name)),
    }
}

fn str_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let s = heap.str_chars(recv).unwrap();
    let n = s.len();
    match name {
        "upper" | "lower" | "swapcase" | "title" | "capitalize" => {
            nargs("str", name, args, 0, 0)?;
            let mut out = Vec::new();
            let mut prev_letter = false;
            for k in 0..n {
                let c = s[k];
                let is_letter = c.is_ascii_alphabetic();
                let m = match name {
                    "upper" => ascii_upper(c),
                    "lower" => ascii_lower(c),
                    "swapcase" => {
                        if c >= 'a' && c <= 'z' {
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
            let mut i = 0;
            while i <= n {
                if count != 0 && (old.is_empty() || find_sub(&s, &old, i) == i as i64) {
                    for c in new.iter() {
                        out.push(*c);
                    }
                    count -= 1;
                    if old.is_empty() {
                        if i < n {
                            out.push(s[i]);
                        }
                        i += 1;
                    } else {
                        i += old.len();
                    }
                    continue;
                }
                if i < n {
                    out.push(s[i]);
                }
                i += 1;
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
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" => {
            nargs("str", name, args, 0, 0)?;
            let mut all = n > 0;
            let mut cased = false;
            for c in s.iter() {
                let c = *c;
                let ok = match name {
                    "isdigit" => c.is_ascii_digit(),
                    "isalpha" => c.is_ascii_alphabetic(),
                    "isalnum" => c.is_ascii_alphabetic() || c.is_ascii_digit(),
                    "isspace" => c.is_whitespace(),
                    "isupper" => !(c >= 'a' && c <= 'z'),
                    _ => !(c >= 'A' && c <= 'Z'),
                };
                if c.is_ascii_alphabetic() {
                    cased = true;
                }
                if !ok {
                    all = false;
                }
            }
            if name == "isupper" || name == "islower" {
                all = all && cased;
            }
            Ok(Value::Bool(all))
        }
        "format" => str_format(heap, &s, args, kwnames, kwvalues),
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

fn matches_none(v: &Value) -> bool {
    match v {
        Value::None => true,
        _ => false,
    }
}

fn list_items(heap: &Heap, h: usize) -> Vec<Value> {
    match &heap.objs[h] {
        Object::List(l) | Object::Tuple(l) => l.clone(),
        _ => Vec::new(),
    }
}

fn list_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    match name {
        "append" => {
            nargs("list", name, args, 1, 1)?;
            if let Object::List(l) = &mut heap.objs[h] {
                l.push(args[0].clone());
            }
            Ok(Value::None)
        }
        "pop" => {
            nargs("list", name, args, 0, 1)?;
            let len = heap.len(recv)?;
            if len == 0 {
                return Err(err(ExcKind::IndexError, "pop from empty list"));
            }
            let mut i = if args.is_empty() { len - 1 } else { int_arg(heap, &args[0])? };
            if i < 0 {
                i += len;
            }
            if i < 0 || i >= len {
                return Err(err(ExcKind::IndexError, "pop index out of range"));
            }
            if let Object::List(l) = &mut heap.objs[h] {
                return Ok(l.remove(i as usize));
            }
            Ok(Value::None)
        }
        "insert" => {
            nargs("list", name, args, 2, 2)?;
            let len = heap.len(recv)?;
            let mut i = int_arg(heap, &args[0])?;
            if i < 0 {
                i += len;
                if i < 0 {
                    i = 0;
                }
            }
            if i > len {
                i = len;
            }
            if let Object::List(l) = &mut heap.objs[h] {
                l.insert(i as usize, args[1].clone());
            }
            Ok(Value::None)
        }
        "extend" => {
            nargs("list", name, args, 1, 1)?;
            let more = heap.collect(&args[0])?;
            if let Object::List(l) = &mut heap.objs[h] {
                for x in more.iter() {
                    l.push(x.clone());
                }
            }
            Ok(Value::None)
        }
        "index" | "count" | "remove" => {
            nargs("list", name, args, 1, 1)?;
            let items = list_items(heap, h);
            let mut count = 0;
            for k in 0..items.len() {
                if crate::ops::is_same(&items[k], &args[0]) || heap.eq(&items[k], &args[0]) {
                    if name == "index" {
                        return Ok(Value::Int(k as i64));
                    }
                    if name == "remove" {
                        if let Object::List(l) = &mut heap.objs[h] {
                            l.remove(k);
                        }
                        return Ok(Value::None);
                    }
                    count += 1;
                }
            }
            if name == "index" {
                return Err(err(ExcKind::ValueError, format!("{} is not in list", heap.repr(&args[0])).as_str()));
            }
            if name == "remove" {
                return Err(err(ExcKind::ValueError, "list.remove(x): x not in list"));
            }
            Ok(Value::Int(count))
        }
        "reverse" => {
            nargs("list", name, args, 0, 0)?;
            if let Object::List(l) = &mut heap.objs[h] {
                reverse_in_place(l);
            }
            Ok(Value::None)
        }
        "sort" => {
            nargs("list", name, args, 0, 0)?;
            let mut reverse = false;
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "reverse" {
                    reverse = heap.truthy(&kwvalues[i]);
                } else {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite's list.sort() only supports reverse="));
                }
            }
            let mut items = list_items(heap, h);
            sort_values(heap, &mut items, reverse)?;
            heap.objs[h] = Object::List(items);
            Ok(Value::None)
        }
        "copy" => {
            nargs("list", name, args, 0, 0)?;
            let items = list_items(heap, h);
            Ok(heap.alloc(Object::List(items)))
        }
        _ => {
            nargs("list", name, args, 0, 0)?;
            heap.objs[h] = Object::List(Vec::new());
            Ok(Value::None)
        }
    }
}

fn tuple_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    nargs("tuple", name, args, 1, 1)?;
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let items = list_items(heap, h);
    let mut count = 0;
    for k in 0..items.len() {
        if crate::ops::is_same(&items[k], &args[0]) || heap.eq(&items[k], &args[0]) {
            if name == "index" {
                return Ok(Value::Int(k as i64));
            }
            count += 1;
        }
    }
    if name == "index" {
        return Err(err(ExcKind::ValueError, "tuple.index(x): x not in tuple"));
    }
    Ok(Value::Int(count))
}

fn dict_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let (mut keys, mut values) = match &heap.objs[h] {
        Object::Dict(k, v) => (k.clone(), v.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    match name {
        "keys" | "values" | "items" => {
            nargs("dict", name, args, 0, 0)?;
            let kind = if name == "keys" { 0 } else if name == "values" { 1 } else { 2 };
            Ok(heap.alloc(Object::DictView(h, kind)))
        }
        "get" | "setdefault" => {
            nargs("dict", name, args, 1, 2)?;
            heap.check_hashable(&args[0])?;
            let default = if args.len() == 2 { args[1].clone() } else { Value::None };
            match heap.dict_find(&keys, &args[0]) {
                Some(i) => Ok(values[i].clone()),
                None => {
                    if name == "setdefault" {
                        keys.push(args[0].clone());
                        values.push(default.clone());
                        heap.objs[h] = Object::Dict(keys, values);
                    }
                    Ok(default)
                }
            }
        }
        "pop" => {
            nargs("dict", name, args, 1, 2)?;
            heap.check_hashable(&args[0])?;
            match heap.dict_find(&keys, &args[0]) {
                Some(i) => {
                    keys.remove(i);
                    let v = values.remove(i);
                    heap.objs[h] = Object::Dict(keys, values);
                    Ok(v)
                }
                None => {
                    if args.len() == 2 {
                        return Ok(args[1].clone());
                    }
                    Err(err(ExcKind::KeyError, heap.repr(&args[0]).as_str()))
                }
            }
        }
        "update" => {
            nargs("dict", name, args, 1, 1)?;
            let (ks, vs) = match heap.get(&args[0]) {
                Some(Object::Dict(k, v)) => (k.clone(), v.clone()),
                _ => return Err(err(ExcKind::NotImplementedError, "Pyrite's dict.update() only accepts a dict")),
            };
            for i in 0..ks.len() {
                dict_set(heap, &mut keys, &mut values, &ks[i], &vs[i])?;
            }
            heap.objs[h] = Object::Dict(keys, values);
            Ok(Value::None)
        }
        "copy" => {
            nargs("dict", name, args, 0, 0)?;
            Ok(heap.alloc(Object::Dict(keys, values)))
        }
        _ => {
            nargs("dict", name, args, 0, 0)?;
            heap.objs[h] = Object::Dict(Vec::new(), Vec::new());
            Ok(Value::None)
        }
    }
}
