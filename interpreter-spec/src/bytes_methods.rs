//! The methods of `bytes` and `bytearray` (stage 4 runtime; the type
//! itself, its operators and the codecs are in bytes.rs).
//!
//! Invariants: a method returning a new sequence keeps the receiver's
//! type; bytearray-only methods mutate the arena object in place.

use crate::builtins::int_arg;
use crate::bytes::{
    byte_value, bytes_arg, bytes_data, count_in, find_in, from_hex, hex_digit, is_bytearray, make, merge_args, rfind_in,
    str_opt, sub_arg,
};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};

pub fn method_exists(array: bool, name: &str) -> bool {
    match name {
        "decode" | "hex" | "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith" | "split"
        | "rsplit" | "join" | "replace" | "strip" | "lstrip" | "rstrip" | "upper" | "lower" | "capitalize"
        | "swapcase" | "title" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isascii"
        | "partition" | "rpartition" | "center" | "ljust" | "rjust" | "zfill" | "fromhex" | "removeprefix"
        | "removesuffix" | "splitlines" | "maketrans" | "translate" | "expandtabs" | "istitle" => true,
        "append" | "extend" | "pop" | "insert" | "remove" | "reverse" | "clear" | "copy" => array,
        _ => false,
    }
}

fn is_space(b: u8) -> bool {
    b == 32 || (b >= 9 && b <= 13)
}

fn is_lower(b: u8) -> bool {
    b >= 97 && b <= 122
}

fn is_upper(b: u8) -> bool {
    b >= 65 && b <= 90
}

fn is_digit(b: u8) -> bool {
    b >= 48 && b <= 57
}

fn window(heap: &Heap, args: &Vec<Value>, first: usize, n: usize) -> Result<(usize, usize), PyErr> {
    let mut start: i64 = 0;
    let mut end: i64 = n as i64;
    if args.len() > first {
        if let Value::None = &args[first] {
        } else {
            start = int_arg(heap, &args[first])?;
        }
    }
    if args.len() > first + 1 {
        if let Value::None = &args[first + 1] {
        } else {
            end = int_arg(heap, &args[first + 1])?;
        }
    }
    if start < 0 {
        start += n as i64;
        if start < 0 {
            start = 0;
        }
    }
    if end < 0 {
        end += n as i64;
        if end < 0 {
            end = 0;
        }
    }
    if end > n as i64 {
        end = n as i64;
    }
    if start > n as i64 {
        start = n as i64 + 1;
    }
    Ok((start as usize, end as usize))
}

fn split_whitespace(d: &Vec<u8>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let n = d.len();
    let mut i = 0;
    loop {
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            let mut j = n;
            while j > i && is_space(d[j - 1]) {
                j -= 1;
            }
            out.push(d[i..j].to_vec());
            break;
        }
        let st = i;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push(d[st..i].to_vec());
    }
    out
}

fn split_sep(d: &Vec<u8>, sep: &Vec<u8>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut st = 0;
    loop {
        if maxsplit >= 0 && (out.len() as i64) >= maxsplit {
            break;
        }
        let f = find_in(d, sep, st, d.len());
        if f < 0 {
            break;
        }
        out.push(d[st..f as usize].to_vec());
        st = f as usize + sep.len();
    }
    out.push(d[st..].to_vec());
    out
}

fn rsplit_sep(d: &Vec<u8>, sep: &Vec<u8>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut rev: Vec<Vec<u8>> = Vec::new();
    let mut end = d.len();
    loop {
        if maxsplit >= 0 && (rev.len() as i64) >= maxsplit {
            break;
        }
        let f = rfind_in(d, sep, 0, end);
        if f < 0 {
            break;
        }
        rev.push(d[f as usize + sep.len()..end].to_vec());
        end = f as usize;
    }
    rev.push(d[..end].to_vec());
    rev.reverse();
    rev
}

fn in_chars(b: u8, chars: &Option<Vec<u8>>) -> bool {
    match chars {
        None => is_space(b),
        Some(cs) => cs.contains(&b),
    }
}

/// The methods of bytes and bytearray (the receiver's type is kept).
pub fn bytes_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let d = bytes_data(heap, recv).unwrap();
    let arr = is_bytearray(heap, recv);
    let tname = if arr { "bytearray" } else { "bytes" };
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let n = d.len();
    if !kwnames.is_empty() && name != "decode" && name != "split" && name != "rsplit" && name != "hex" && name != "splitlines" && name != "translate" && name != "expandtabs" {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", tname, name).as_str()));
    }
    match name {
        "decode" => {
            let a = merge_args("decode", &vec!["encoding", "errors"], args, kwnames, kwvalues)?;
            let enc = str_opt(heap, &a[0], "utf-8", "decode", 1)?;
            let errors = str_opt(heap, &a[1], "strict", "decode", 2)?;
            let cs = crate::bytes::decode_keep(heap, &d, enc.as_str(), errors.as_str())?;
            Ok(heap.new_str(cs))
        }
        "hex" => {
            let a = merge_args("hex", &vec!["sep", "bytes_per_sep"], args, kwnames, kwvalues)?;
            let sep = match &a[0] {
                None => String::new(),
                Some(v) => match heap.str_chars(v) {
                    Some(_) => heap.to_str(v),
                    None => match bytes_data(heap, v) {
                        Some(b) => {
                            let mut s = String::new();
                            for c in b.iter() {
                                s.push(*c as char);
                            }
                            s
                        }
                        None => return Err(type_error("sep must be str or bytes.")),
                    },
                },
            };
            let per = match &a[1] {
                None => 1,
                Some(v) => int_arg(heap, v)?,
            };
            let mut s = String::new();
            for i in 0..n {
                if i > 0 && !sep.is_empty() && per != 0 {
                    let p = if per < 0 { 0 - per } else { per } as usize;
                    let boundary = if per > 0 { (n - i) % p == 0 } else { i % p == 0 };
                    if boundary {
                        s.push_str(sep.as_str());
                    }
                }
                s.push(hex_digit(d[i] >> 4));
                s.push(hex_digit(d[i] & 15));
            }
            Ok(heap.str_from(s.as_str()))
        }
        "count" | "find" | "rfind" | "index" | "rindex" => {
            crate::methods::nargs(tname, name, args, 1, 3)?;
            let sub = sub_arg(heap, &args[0])?;
            let (st, en) = window(heap, args, 1, n)?;
            if name == "count" {
                if st > en {
                    return Ok(Value::Int(0));
                }
                return Ok(Value::Int(count_in(&d, &sub, st, en)));
            }
            let r = if st > en || st > n {
                -1
            } else if name == "find" || name == "index" {
                find_in(&d, &sub, st, en)
            } else {
                rfind_in(&d, &sub, st, en)
            };
            if r < 0 && (name == "index" || name == "rindex") {
                return Err(err(ExcKind::ValueError, "subsection not found"));
            }
            Ok(Value::Int(r))
        }
        "startswith" | "endswith" => {
            crate::methods::nargs(tname, name, args, 1, 3)?;
            let (st, en) = window(heap, args, 1, n)?;
            let mut cands: Vec<Vec<u8>> = Vec::new();
            if let Some(Object::Tuple(t)) = heap.get(&args[0]) {
                for x in t.clone().iter() {
                    cands.push(bytes_arg(heap, x)?);
                }
            } else {
                match bytes_data(heap, &args[0]) {
                    Some(b) => cands.push(b),
                    None => {
                        return Err(type_error(
                            format!("{} first arg must be bytes or a tuple of bytes, not {}", name, heap.type_name(&args[0])).as_str(),
                        ))
                    }
                }
            }
            for c in cands.iter() {
                if st <= en && en - st >= c.len() {
                    let at = if name == "startswith" { st } else { en - c.len() };
                    if d[at..at + c.len()].to_vec() == *c {
                        return Ok(Value::Bool(true));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        "split" | "rsplit" => {
            let a = merge_args(name, &vec!["sep", "maxsplit"], args, kwnames, kwvalues)?;
            let maxsplit = match &a[1] {
                None => -1,
                Some(v) => int_arg(heap, v)?,
            };
            let parts = match &a[0] {
                None | Some(Value::None) => {
                    if name == "split" {
                        split_whitespace(&d, maxsplit)
                    } else {
                        let mut rd = d.clone();
                        rd.reverse();
                        let mut ps = split_whitespace(&rd, maxsplit);
                        ps.reverse();
                        for p in ps.iter_mut() {
                            p.reverse();
                        }
                        ps
                    }
                }
                Some(v) => {
                    let sep = bytes_arg(heap, v)?;
                    if sep.is_empty() {
                        return Err(err(ExcKind::ValueError, "empty separator"));
                    }
                    if name == "split" {
                        split_sep(&d, &sep, maxsplit)
                    } else {
                        rsplit_sep(&d, &sep, maxsplit)
                    }
                }
            };
            let mut items = Vec::new();
            for p in parts.iter() {
                items.push(make(heap, arr, p.clone()));
            }
            Ok(heap.alloc(Object::List(items)))
        }
        "splitlines" => {
            let a = merge_args(name, &vec!["keepends"], args, kwnames, kwvalues)?;
            let keep = match &a[0] {
                None => false,
                Some(v) => heap.truthy(v),
            };
            let mut items = Vec::new();
            let mut st = 0;
            let mut i = 0;
            while i < n {
                if d[i] == 10 || d[i] == 13 {
                    let mut e = i + 1;
                    if d[i] == 13 && i + 1 < n && d[i + 1] == 10 {
                        e = i + 2;
                    }
                    let part = if keep { d[st..e].to_vec() } else { d[st..i].to_vec() };
                    items.push(make(heap, arr, part));
                    st = e;
                    i = e;
                } else {
                    i += 1;
                }
            }
            if st < n {
                items.push(make(heap, arr, d[st..].to_vec()));
            }
            Ok(heap.alloc(Object::List(items)))
        }
        "join" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let items = crate::ops::items_of(heap, &args[0]);
            let mut out = Vec::new();
            for i in 0..items.len() {
                if i > 0 {
                    for c in d.iter() {
                        out.push(*c);
                    }
                }
                match bytes_data(heap, &items[i]) {
                    Some(b) => {
                        for c in b.iter() {
                            out.push(*c);
                        }
                    }
                    None => {
                        return Err(type_error(
                            format!("sequence item {}: expected a bytes-like object, {} found", i, heap.type_name(&items[i])).as_str(),
                        ))
                    }
                }
            }
            Ok(make(heap, arr, out))
        }
        "replace" => {
            crate::methods::nargs(tname, name, args, 2, 3)?;
            let old = bytes_arg(heap, &args[0])?;
            let new = bytes_arg(heap, &args[1])?;
            let count = if args.len() == 3 { int_arg(heap, &args[2])? } else { -1 };
            let mut out = Vec::new();
            let mut i = 0;
            let mut done: i64 = 0;
            while i <= n {
                if (count < 0 || done < count) && find_in(&d, &old, i, n) == i as i64 {
                    for c in new.iter() {
                        out.push(*c);
                    }
                    done += 1;
                    if old.is_empty() {
                        if i < n {
                            out.push(d[i]);
                        }
                        i += 1;
                    } else {
                        i += old.len();
                    }
                    continue;
                }
                if i < n {
                    out.push(d[i]);
                }
                i += 1;
            }
            Ok(make(heap, arr, out))
        }
        "strip" | "lstrip" | "rstrip" => {
            crate::methods::nargs(tname, name, args, 0, 1)?;
            let chars = if args.is_empty() {
                None
            } else {
                match &args[0] {
                    Value::None => None,
                    v => Some(bytes_arg(heap, v)?),
                }
            };
            let mut a = 0;
            let mut b = n;
            if name != "rstrip" {
                while a < b && in_chars(d[a], &chars) {
                    a += 1;
                }
            }
            if name != "lstrip" {
                while b > a && in_chars(d[b - 1], &chars) {
                    b -= 1;
                }
            }
            Ok(make(heap, arr, d[a..b].to_vec()))
        }
        "removeprefix" | "removesuffix" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let p = bytes_arg(heap, &args[0])?;
            if p.len() <= n {
                if name == "removeprefix" && d[..p.len()].to_vec() == p {
                    return Ok(make(heap, arr, d[p.len()..].to_vec()));
                }
                if name == "removesuffix" && !p.is_empty() && d[n - p.len()..].to_vec() == p {
                    return Ok(make(heap, arr, d[..n - p.len()].to_vec()));
                }
            }
            Ok(make(heap, arr, d))
        }
        "upper" | "lower" | "swapcase" | "capitalize" | "title" => {
            crate::methods::nargs(tname, name, args, 0, 0)?;
            let mut out = Vec::new();
            let mut prev_cased = false;
            for i in 0..n {
                let b = d[i];
                let up = if is_lower(b) { b - 32 } else { b };
                let low = if is_upper(b) { b + 32 } else { b };
                let c = match name {
                    "upper" => up,
                    "lower" => low,
                    "swapcase" => {
                        if is_lower(b) {
                            up
                        } else {
                            low
                        }
                    }
                    "capitalize" => {
                        if i == 0 {
                            up
                        } else {
                            low
                        }
                    }
                    _ => {
                        if prev_cased {
                            low
                        } else {
                            up
                        }
                    }
                };
                prev_cased = is_lower(b) || is_upper(b);
                out.push(c);
            }
            Ok(make(heap, arr, out))
        }
        "expandtabs" => {
            let a = merge_args("expandtabs", &vec!["tabsize"], args, kwnames, kwvalues)?;
            let size = match &a[0] {
                None => 8,
                Some(v) => int_arg(heap, v)?,
            };
            let mut out = Vec::new();
            let mut col: i64 = 0;
            for b in d.iter() {
                if *b == 9 {
                    if size > 0 {
                        let pad = size - col % size;
                        for _ in 0..pad {
                            out.push(32);
                        }
                        col += pad;
                    }
                } else {
                    out.push(*b);
                    col += 1;
                    if *b == 10 || *b == 13 {
                        col = 0;
                    }
                }
            }
            Ok(make(heap, arr, out))
        }
        "istitle" => {
            // Uppercase only after uncased bytes, lowercase only after cased ones.
            crate::methods::nargs(tname, name, args, 0, 0)?;
            let mut cased = false;
            let mut prev_cased = false;
            for b in d.iter() {
                let b = *b;
                if is_upper(b) {
                    if prev_cased {
                        return Ok(Value::Bool(false));
                    }
                    prev_cased = true;
                    cased = true;
                } else if is_lower(b) {
                    if !prev_cased {
                        return Ok(Value::Bool(false));
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            Ok(Value::Bool(cased))
        }
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isascii" => {
            crate::methods::nargs(tname, name, args, 0, 0)?;
            if name == "isascii" {
                for b in d.iter() {
                    if *b >= 128 {
                        return Ok(Value::Bool(false));
                    }
                }
                return Ok(Value::Bool(true));
            }
            if n == 0 {
                return Ok(Value::Bool(false));
            }
            let mut any_cased = false;
            for b in d.iter() {
                let b = *b;
                let ok = match name {
                    "isdigit" => is_digit(b),
                    "isalpha" => is_lower(b) || is_upper(b),
                    "isalnum" => is_lower(b) || is_upper(b) || is_digit(b),
                    "isspace" => is_space(b),
                    "isupper" => !is_lower(b),
                    _ => !is_upper(b),
                };
                if !ok {
                    return Ok(Value::Bool(false));
                }
                if is_lower(b) || is_upper(b) {
                    any_cased = true;
                }
            }
            if name == "isupper" || name == "islower" {
                return Ok(Value::Bool(any_cased));
            }
            Ok(Value::Bool(true))
        }
        "partition" | "rpartition" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let sep = bytes_arg(heap, &args[0])?;
            if sep.is_empty() {
                return Err(err(ExcKind::ValueError, "empty separator"));
            }
            let f = if name == "partition" { find_in(&d, &sep, 0, n) } else { rfind_in(&d, &sep, 0, n) };
            let parts = if f < 0 {
                if name == "partition" {
                    vec![d.clone(), Vec::new(), Vec::new()]
                } else {
                    vec![Vec::new(), Vec::new(), d.clone()]
                }
            } else {
                let f = f as usize;
                vec![d[..f].to_vec(), sep.clone(), d[f + sep.len()..].to_vec()]
            };
            let mut items = Vec::new();
            for p in parts.iter() {
                items.push(make(heap, arr, p.clone()));
            }
            Ok(heap.alloc(Object::Tuple(items)))
        }
        "center" | "ljust" | "rjust" | "zfill" => {
            let maxa = if name == "zfill" { 1 } else { 2 };
            crate::methods::nargs(tname, name, args, 1, maxa)?;
            let w = int_arg(heap, &args[0])?;
            let mut fill: u8 = if name == "zfill" { 48 } else { 32 };
            if args.len() == 2 {
                let f = bytes_arg(heap, &args[1])?;
                if f.len() != 1 {
                    return Err(type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, tname).as_str()));
                }
                fill = f[0];
            }
            if w <= n as i64 {
                return Ok(make(heap, arr, d));
            }
            let pad = w as usize - n;
            let (left, right) = match name {
                "ljust" => (0, pad),
                "rjust" | "zfill" => (pad, 0),
                _ => {
                    let l = pad / 2 + (pad & w as usize & 1);
                    (l, pad - l)
                }
            };
            let mut out = Vec::new();
            let mut body = d.clone();
            if name == "zfill" && n > 0 && (d[0] == 43 || d[0] == 45) {
                out.push(d[0]);
                body = d[1..].to_vec();
            }
            for _ in 0..left {
                out.push(fill);
            }
            for c in body.iter() {
                out.push(*c);
            }
            for _ in 0..right {
                out.push(fill);
            }
            Ok(make(heap, arr, out))
        }
        "append" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let b = byte_value(heap, &args[0])?;
            if let Object::ByteArray(v) = &mut heap.objs[h] {
                v.push(b);
            }
            Ok(Value::None)
        }
        "extend" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let items = match bytes_data(heap, &args[0]) {
                Some(b) => b,
                None => {
                    let vals = crate::ops::items_of(heap, &args[0]);
                    let mut out = Vec::new();
                    for x in vals.iter() {
                        out.push(byte_value(heap, x)?);
                    }
                    out
                }
            };
            if let Object::ByteArray(v) = &mut heap.objs[h] {
                for b in items.iter() {
                    v.push(*b);
                }
            }
            Ok(Value::None)
        }
        "pop" => {
            crate::methods::nargs(tname, name, args, 0, 1)?;
            if n == 0 {
                return Err(err(ExcKind::IndexError, "pop from empty bytearray"));
            }
            let mut i = if args.is_empty() { -1 } else { int_arg(heap, &args[0])? };
            if i < 0 {
                i += n as i64;
            }
            if i < 0 || i >= n as i64 {
                return Err(err(ExcKind::IndexError, "pop index out of range"));
            }
            let mut v = d;
            let b = v.remove(i as usize);
            heap.objs[h] = Object::ByteArray(v);
            Ok(Value::Int(b as i64))
        }
        "insert" => {
            crate::methods::nargs(tname, name, args, 2, 2)?;
            let mut i = int_arg(heap, &args[0])?;
            let b = byte_value(heap, &args[1])?;
            if i < 0 {
                i += n as i64;
                if i < 0 {
                    i = 0;
                }
            }
            if i > n as i64 {
                i = n as i64;
            }
            let mut v = d;
            v.insert(i as usize, b);
            heap.objs[h] = Object::ByteArray(v);
            Ok(Value::None)
        }
        "remove" => {
            crate::methods::nargs(tname, name, args, 1, 1)?;
            let b = byte_value(heap, &args[0])?;
            let mut v = d;
            for i in 0..n {
                if v[i] == b {
                    v.remove(i);
                    heap.objs[h] = Object::ByteArray(v);
                    return Ok(Value::None);
                }
            }
            Err(err(ExcKind::ValueError, "value not found in bytearray"))
        }
        "reverse" | "clear" => {
            crate::methods::nargs(tname, name, args, 0, 0)?;
            let mut v = d;
            if name == "reverse" {
                v.reverse();
            } else {
                v.clear();
            }
            heap.objs[h] = Object::ByteArray(v);
            Ok(Value::None)
        }
        "fromhex" => from_hex(heap, arr, args),
        "maketrans" => bytes_maketrans(heap, args),
        "translate" => {
            // translate(table, /, delete=b''): table None or 256 bytes.
            if args.is_empty() {
                return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
            }
            let a = merge_args("translate", &vec!["table", "delete"], args, kwnames, kwvalues)?;
            let table = match &a[0] {
                Some(Value::None) | None => None,
                Some(t) => match bytes_data(heap, t) {
                    Some(t) => {
                        if t.len() != 256 {
                            return Err(err(ExcKind::ValueError, "translation table must be 256 characters long"));
                        }
                        Some(t)
                    }
                    None => return Err(type_error(format!("a bytes-like object is required, not '{}'", heap.type_name(t)).as_str())),
                },
            };
            let delete = match &a[1] {
                None => Vec::new(),
                Some(x) => match bytes_data(heap, x) {
                    Some(x) => x,
                    None => return Err(type_error(format!("a bytes-like object is required, not '{}'", heap.type_name(x)).as_str())),
                },
            };
            let mut out = Vec::new();
            for b in d.iter() {
                if delete.contains(b) {
                    continue;
                }
                out.push(match &table {
                    Some(t) => t[*b as usize],
                    None => *b,
                });
            }
            Ok(make(heap, arr, out))
        }
        "copy" => {
            crate::methods::nargs(tname, name, args, 0, 0)?;
            Ok(make(heap, true, d))
        }
        _ => Err(crate::methods::no_attribute(heap, recv, name)),
    }
}

/// `bytes.maketrans(frm, to)` (also bytearray's): the 256-byte table that
/// maps each byte of `frm` to the byte of `to` at the same position.
pub fn bytes_maketrans(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    if args.len() != 2 {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", args.len()).as_str()));
    }
    let mut parts = Vec::new();
    for a in args.iter() {
        match bytes_data(heap, a) {
            Some(d) => parts.push(d),
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", heap.type_name(a)).as_str())),
        }
    }
    if parts[0].len() != parts[1].len() {
        return Err(err(ExcKind::ValueError, "maketrans arguments must have same length"));
    }
    let mut table = Vec::new();
    for k in 0..256 {
        table.push(k as u8);
    }
    for k in 0..parts[0].len() {
        table[parts[0][k] as usize] = parts[1][k];
    }
    Ok(make(heap, false, table))
}
