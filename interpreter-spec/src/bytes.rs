//! `bytes` and `bytearray` (stage 4 runtime): literals, repr, the
//! constructors, `str.encode`/`bytes.decode` (utf-8, ascii, latin-1),
//! indexing, slicing, operators and the common methods.
//!
//! Invariants:
//! - `Object::Bytes` is immutable once allocated; `Object::ByteArray` is
//!   mutated in place so every handle observes the change.
//! - Both compare equal by content with each other, never with str; a
//!   method returning a new sequence keeps the receiver's type.
//! - Items are ints 0..=255; iteration yields ints.

use crate::builtins::int_arg;
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::vm::Vm;

pub const B_BYTES: usize = 56;
pub const B_BYTEARRAY: usize = 57;

/// The contents of a bytes or bytearray value.
pub fn bytes_data(heap: &Heap, v: &Value) -> Option<Vec<u8>> {
    match heap.get(v) {
        Some(Object::Bytes(b)) | Some(Object::ByteArray(b)) => Some(b.clone()),
        _ => None,
    }
}

pub fn is_bytes_like(heap: &Heap, v: &Value) -> bool {
    match heap.get(v) {
        Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) => true,
        _ => false,
    }
}

pub fn is_bytearray(heap: &Heap, v: &Value) -> bool {
    match heap.get(v) {
        Some(Object::ByteArray(_)) => true,
        _ => false,
    }
}

/// A new value of the same type as `like` (bytes or bytearray).
pub fn make(heap: &mut Heap, like_array: bool, data: Vec<u8>) -> Value {
    heap.alloc(if like_array { Object::ByteArray(data) } else { Object::Bytes(data) })
}

pub fn hex_digit(d: u8) -> char {
    let digits: Vec<char> = "0123456789abcdef".chars().collect::<Vec<char>>();
    digits[d as usize]
}

/// `b'...'` (CPython's quote choice and escapes).
pub fn write_bytes_repr(data: &Vec<u8>, out: &mut String) {
    let mut has_single = false;
    let mut has_double = false;
    for b in data.iter() {
        if *b == 39 {
            has_single = true;
        }
        if *b == 34 {
            has_double = true;
        }
    }
    let quote: u8 = if has_single && !has_double { 34 } else { 39 };
    out.push('b');
    out.push(quote as char);
    for b in data.iter() {
        let b = *b;
        if b == quote || b == 92 {
            out.push('\\');
            out.push(b as char);
        } else if b == 9 {
            out.push_str("\\t");
        } else if b == 10 {
            out.push_str("\\n");
        } else if b == 13 {
            out.push_str("\\r");
        } else if b < 32 || b >= 127 {
            out.push_str("\\x");
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b & 15));
        } else {
            out.push(b as char);
        }
    }
    out.push(quote as char);
}

pub fn bytes_repr(heap: &Heap, v: &Value) -> String {
    let mut out = String::new();
    match heap.get(v) {
        Some(Object::Bytes(b)) => write_bytes_repr(b, &mut out),
        Some(Object::ByteArray(b)) => {
            out.push_str("bytearray(");
            write_bytes_repr(b, &mut out);
            out.push(')');
        }
        _ => {}
    }
    out
}

pub fn byte_value(heap: &Heap, v: &Value) -> Result<u8, PyErr> {
    let i = int_arg(heap, v)?;
    if i < 0 || i > 255 {
        return Err(err(ExcKind::ValueError, "byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn needs_bytes(heap: &Heap, v: &Value) -> PyErr {
    type_error(format!("a bytes-like object is required, not '{}'", heap.type_name(v)).as_str())
}

pub fn bytes_arg(heap: &Heap, v: &Value) -> Result<Vec<u8>, PyErr> {
    match bytes_data(heap, v) {
        Some(b) => Ok(b),
        None => Err(needs_bytes(heap, v)),
    }
}

/// A search argument: bytes-like, or an int naming one byte.
pub fn sub_arg(heap: &Heap, v: &Value) -> Result<Vec<u8>, PyErr> {
    if let Some(b) = bytes_data(heap, v) {
        return Ok(b);
    }
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![byte_value(heap, v)?]),
        _ => Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", heap.type_name(v)).as_str())),
    }
}

pub fn find_in(s: &Vec<u8>, sub: &Vec<u8>, start: usize, end: usize) -> i64 {
    if sub.len() > end || end > s.len() {
        if end > s.len() {
            return find_in(s, sub, start, s.len());
        }
        return -1;
    }
    let mut i = start;
    while i + sub.len() <= end {
        let mut ok = true;
        for k in 0..sub.len() {
            if s[i + k] != sub[k] {
                ok = false;
                break;
            }
        }
        if ok {
            return i as i64;
        }
        i += 1;
    }
    -1
}

pub fn rfind_in(s: &Vec<u8>, sub: &Vec<u8>, start: usize, end: usize) -> i64 {
    let mut best: i64 = -1;
    let mut i = start;
    while i + sub.len() <= end {
        let mut ok = true;
        for k in 0..sub.len() {
            if s[i + k] != sub[k] {
                ok = false;
                break;
            }
        }
        if ok {
            best = i as i64;
        }
        i += 1;
    }
    best
}

pub fn count_in(s: &Vec<u8>, sub: &Vec<u8>, start: usize, end: usize) -> i64 {
    if sub.is_empty() {
        return if end >= start { (end - start + 1) as i64 } else { 0 };
    }
    let mut n = 0;
    let mut i = start;
    while i + sub.len() <= end {
        let mut ok = true;
        for k in 0..sub.len() {
            if s[i + k] != sub[k] {
                ok = false;
                break;
            }
        }
        if ok {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

/// `item in data`.
pub fn contains(heap: &Heap, data: &Vec<u8>, item: &Value) -> Result<bool, PyErr> {
    let sub = match item {
        Value::Int(_) | Value::Bool(_) => vec![byte_value(heap, item)?],
        _ => match bytes_data(heap, item) {
            Some(b) => b,
            None => return Err(needs_bytes(heap, item)),
        },
    };
    Ok(find_in(data, &sub, 0, data.len()) >= 0)
}

/// Binary operators with a bytes-like operand (None: not handled).
pub fn binary_op(heap: &mut Heap, op: &crate::ast::BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Option<Value>, PyErr> {
    let da = bytes_data(heap, a);
    let db = bytes_data(heap, b);
    if da.is_none() && db.is_none() {
        return Ok(None);
    }
    match op {
        crate::ast::BinOp::Add => {
            let x = match da {
                Some(x) => x,
                None => return Ok(None),
            };
            let y = match db {
                Some(y) => y,
                None => {
                    return Err(type_error(format!("can't concat {} to {}", heap.type_name(b), heap.type_name(a)).as_str()));
                }
            };
            let mut out = x;
            for c in y.iter() {
                out.push(*c);
            }
            if inplace && is_bytearray(heap, a) {
                if let Value::Ref(h) = a {
                    heap.objs[*h] = Object::ByteArray(out);
                }
                return Ok(Some(a.clone()));
            }
            let arr = is_bytearray(heap, a);
            Ok(Some(make(heap, arr, out)))
        }
        crate::ast::BinOp::Mul => {
            let (data, count, seq) = match (da, db) {
                (Some(x), _) => (x, b, a),
                (None, Some(y)) => (y, a, b),
                _ => return Ok(None),
            };
            let n = match count {
                Value::Int(n) => *n,
                Value::Bool(t) => {
                    if *t {
                        1
                    } else {
                        0
                    }
                }
                _ => {
                    return Err(type_error(
                        format!("can't multiply sequence by non-int of type '{}'", heap.type_name(count)).as_str(),
                    ));
                }
            };
            let mut out = Vec::new();
            let mut k = 0;
            while k < n {
                for c in data.iter() {
                    out.push(*c);
                }
                k += 1;
            }
            let arr = is_bytearray(heap, seq);
            if inplace && arr {
                if let Value::Ref(h) = seq {
                    heap.objs[*h] = Object::ByteArray(out);
                }
                return Ok(Some(seq.clone()));
            }
            Ok(Some(make(heap, arr, out)))
        }
        _ => Ok(None),
    }
}

/// Lexicographic comparison result -1/0/1 of two byte strings.
pub fn cmp_bytes(a: &Vec<u8>, b: &Vec<u8>) -> i64 {
    let n = if a.len() < b.len() { a.len() } else { b.len() };
    for i in 0..n {
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}

/// `obj[index]` for bytes and bytearray.
pub fn get_item(heap: &mut Heap, obj: &Value, index: &Value) -> Result<Value, PyErr> {
    let data = bytes_data(heap, obj).unwrap();
    let arr = is_bytearray(heap, obj);
    let len = data.len() as i64;
    if let Some(Object::Slice(_)) = heap.get(index) {
        let (start, _, step, n) = crate::subscript::slice_indices(heap, index, len)?;
        let mut out = Vec::new();
        for k in 0..n {
            out.push(data[(start + k * step) as usize]);
        }
        return Ok(make(heap, arr, out));
    }
    let what = if arr { "bytearray" } else { "byte" };
    let mut i = match crate::ops::index_value(index) {
        Some(i) => i,
        None => {
            return Err(type_error(
                format!("{} indices must be integers or slices, not {}", if arr { "bytearray" } else { "byte" }, heap.type_name(index)).as_str(),
            ));
        }
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(err(ExcKind::IndexError, format!("{} index out of range", if arr { "bytearray" } else { what }).as_str()));
    }
    Ok(Value::Int(data[i as usize] as i64))
}

/// Runs a list item/slice assignment or deletion on a bytearray through
/// a temporary list of ints, then stores the (checked) result back.
pub fn set_or_del_item(heap: &mut Heap, obj: &Value, index: &Value, value: Option<&Value>) -> Result<(), PyErr> {
    let h = match obj {
        Value::Ref(h) => *h,
        _ => 0,
    };
    if !is_bytearray(heap, obj) {
        let what = if value.is_some() { "assignment" } else { "deletion" };
        return Err(type_error(format!("'bytes' object does not support item {}", what).as_str()));
    }
    let data = bytes_data(heap, obj).unwrap();
    let is_slice = match heap.get(index) {
        Some(Object::Slice(_)) => true,
        _ => false,
    };
    if !is_slice {
        let len = data.len() as i64;
        let mut i = match crate::ops::index_value(index) {
            Some(i) => i,
            None => {
                return Err(type_error(format!("bytearray indices must be integers or slices, not {}", heap.type_name(index)).as_str()));
            }
        };
        if i < 0 {
            i += len;
        }
        if i < 0 || i >= len {
            return Err(err(ExcKind::IndexError, "bytearray index out of range"));
        }
        let mut d = data;
        match value {
            Some(v) => d[i as usize] = byte_value(heap, v)?,
            None => {
                d.remove(i as usize);
            }
        }
        heap.objs[h] = Object::ByteArray(d);
        return Ok(());
    }
    let mut items = Vec::new();
    for b in data.iter() {
        items.push(Value::Int(*b as i64));
    }
    let tmp = heap.alloc(Object::List(items));
    match value {
        Some(v) => {
            if let Value::Int(_) = v {
                return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            crate::subscript::set_item(heap, &tmp, index, v)?
        }
        None => crate::subscript::del_item(heap, &tmp, index)?,
    }
    let items = crate::ops::items_of(heap, &tmp);
    let mut out = Vec::new();
    for x in items.iter() {
        out.push(byte_value(heap, x)?);
    }
    heap.objs[h] = Object::ByteArray(out);
    Ok(())
}

// ---- encoding -------------------------------------------------------------

fn norm_encoding(e: &str) -> String {
    let mut s = String::new();
    for c in e.chars() {
        let c = c.to_ascii_lowercase();
        s.push(if c == '_' || c == ' ' { '-' } else { c });
    }
    match s.as_str() {
        "utf8" | "utf-8" | "u8" | "cp65001" => "utf-8".to_string(),
        "ascii" | "us-ascii" | "646" => "ascii".to_string(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => "latin-1".to_string(),
        "utf16" | "utf-16" | "u16" => "utf-16".to_string(),
        "utf-16le" | "utf-16-le" | "utf16le" => "utf-16-le".to_string(),
        "utf-16be" | "utf-16-be" | "utf16be" => "utf-16-be".to_string(),
        "utf32" | "utf-32" | "u32" => "utf-32".to_string(),
        "utf-32le" | "utf-32-le" | "utf32le" => "utf-32-le".to_string(),
        "utf-32be" | "utf-32-be" | "utf32be" => "utf-32-be".to_string(),
        "utf-8-sig" | "utf8-sig" => "utf-8-sig".to_string(),
        _ => s,
    }
}

fn unknown_encoding(e: &str) -> PyErr {
    err(ExcKind::LookupError, format!("unknown encoding: {}", e).as_str())
}

fn char_escape(c: char) -> String {
    let v = c as u32;
    if v < 256 {
        format!("\\x{:02x}", v)
    } else if v < 65536 {
        format!("\\u{:04x}", v)
    } else {
        format!("\\U{:08x}", v)
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(chars: &Vec<char>, encoding: &str, errors: &str) -> Result<Vec<u8>, PyErr> {
    let enc = norm_encoding(encoding);
    let mut out: Vec<u8> = Vec::new();
    if enc.as_str() == "utf-8" || enc.as_str() == "utf-8-sig" {
        let mut s = String::new();
        for c in chars.iter() {
            s.push(*c);
        }
        if enc.as_str() == "utf-8-sig" {
            out.push(0xef);
            out.push(0xbb);
            out.push(0xbf);
        }
        for b in s.into_bytes().iter() {
            out.push(*b);
        }
        return Ok(out);
    }
    if enc.starts_with("utf-16") || enc.starts_with("utf-32") {
        let wide = enc.starts_with("utf-32");
        let big = enc.ends_with("-be");
        if !enc.ends_with("-le") && !big {
            // with a BOM, little-endian
            push_unit(&mut out, if wide { 0xfeff } else { 0xfeff }, wide, false);
        }
        for c in chars.iter() {
            let v = *c as u32;
            if wide || v < 0x10000 {
                push_unit(&mut out, v, wide, big);
            } else {
                let w = v - 0x10000;
                push_unit(&mut out, 0xd800 + (w >> 10), false, big);
                push_unit(&mut out, 0xdc00 + (w & 0x3ff), false, big);
            }
        }
        return Ok(out);
    }
    let limit: u32 = if enc.as_str() == "ascii" {
        128
    } else if enc.as_str() == "latin-1" {
        256
    } else {
        return Err(unknown_encoding(encoding));
    };
    let name = if limit == 128 { "ascii" } else { "latin-1" };
    for i in 0..chars.len() {
        let v = chars[i] as u32;
        if v < limit {
            out.push(v as u8);
        } else if errors == "ignore" {
        } else if errors == "replace" {
            out.push(63);
        } else if errors == "xmlcharrefreplace" {
            for b in format!("&#{};", v).bytes() {
                out.push(b);
            }
        } else if errors == "backslashreplace" {
            for b in char_escape(chars[i]).bytes() {
                out.push(b);
            }
        } else {
            return Err(err(
                ExcKind::UnicodeEncodeError,
                format!("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", name, char_escape(chars[i]), i, limit).as_str(),
            ));
        }
    }
    Ok(out)
}

/// One UTF-16 (or UTF-32, `wide`) code unit.
fn push_unit(out: &mut Vec<u8>, v: u32, wide: bool, big: bool) {
    let n = if wide { 4 } else { 2 };
    for k in 0..n {
        let shift = if big { 8 * (n - 1 - k) } else { 8 * k };
        out.push(((v >> shift) & 0xff) as u8);
    }
}

/// UTF-16/UTF-32 decoding (`enc` normalised); a BOM picks the byte order
/// of "utf-16"/"utf-32" (little-endian without one).
fn decode_wide(data: &Vec<u8>, enc: &str, errors: &str) -> Result<Vec<char>, PyErr> {
    let wide = enc.starts_with("utf-32");
    let n = if wide { 4 } else { 2 };
    let mut big = enc.ends_with("-be");
    let mut i = 0;
    if !enc.ends_with("-le") && !big && data.len() >= n {
        let first = read_unit(data, 0, n, false);
        if first == 0xfeff {
            i = n;
        } else if read_unit(data, 0, n, true) == 0xfeff {
            big = true;
            i = n;
        }
    }
    let codec = if wide { "utf-32" } else { "utf-16" };
    let codec = if enc.ends_with("-le") { format!("{}-le", codec) } else if enc.ends_with("-be") { format!("{}-be", codec) } else { codec.to_string() };
    let mut out: Vec<char> = Vec::new();
    while i < data.len() {
        if i + n > data.len() {
            if errors == "ignore" {
                break;
            }
            if errors == "replace" {
                out.push('\u{fffd}');
                break;
            }
            let pos = if data.len() - 1 > i { format!("bytes in position {}-{}", i, data.len() - 1) } else { format!("byte 0x{:02x} in position {}", data[i], i) };
            return Err(err(ExcKind::UnicodeDecodeError, format!("'{}' codec can't decode {}: truncated data", codec, pos).as_str()));
        }
        let mut v = read_unit(data, i, n, big);
        let mut used = n;
        if !wide && v >= 0xd800 && v < 0xdc00 && i + 4 <= data.len() {
            let lo = read_unit(data, i + 2, 2, big);
            if lo >= 0xdc00 && lo < 0xe000 {
                v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                used = 4;
            }
        }
        match crate::lexer::char_from_code(v) {
            Some(c) => out.push(c),
            None => {
                if errors == "ignore" {
                } else if errors == "replace" {
                    out.push('\u{fffd}');
                } else {
                    let what = if wide { "code point not in range(0x110000)" } else { "illegal encoding" };
                    return Err(err(
                        ExcKind::UnicodeDecodeError,
                        format!("'{}' codec can't decode bytes in position {}-{}: {}", codec, i, i + n - 1, what).as_str(),
                    ));
                }
            }
        }
        i += used;
    }
    Ok(out)
}

fn read_unit(data: &Vec<u8>, i: usize, n: usize, big: bool) -> u32 {
    let mut v: u32 = 0;
    for k in 0..n {
        let b = data[i + k] as u32;
        if big {
            v = (v << 8) | b;
        } else {
            v |= b << (8 * k);
        }
    }
    v
}

/// `decode`, with a UnicodeDecodeError carrying the bytes decoded (its
/// `object`; see Vm::materialize).
pub fn decode_keep(heap: &mut crate::objects::Heap, data: &Vec<u8>, encoding: &str, errors: &str) -> Result<Vec<char>, PyErr> {
    match decode(data, encoding, errors) {
        Err(e) if e.kind == ExcKind::UnicodeDecodeError && e.arg.is_none() && e.exc.is_none() => {
            let mut e = e;
            e.arg = Some(heap.alloc(crate::objects::Object::Bytes(data.clone())));
            Err(e)
        }
        r => r,
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(data: &Vec<u8>, encoding: &str, errors: &str) -> Result<Vec<char>, PyErr> {
    let enc = norm_encoding(encoding);
    let mut out: Vec<char> = Vec::new();
    if enc.starts_with("utf-16") || enc.starts_with("utf-32") {
        return decode_wide(data, enc.as_str(), errors);
    }
    if enc.as_str() == "utf-8-sig" {
        if data.len() >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf {
            let rest = data[3..].to_vec();
            return decode(&rest, "utf-8", errors);
        }
        return decode(data, "utf-8", errors);
    }
    if enc.as_str() == "latin-1" {
        for b in data.iter() {
            out.push(*b as char);
        }
        return Ok(out);
    }
    if enc.as_str() == "ascii" {
        for i in 0..data.len() {
            if data[i] < 128 {
                out.push(data[i] as char);
            } else if errors == "ignore" {
            } else if errors == "replace" {
                out.push('\u{fffd}');
            } else if errors == "backslashreplace" {
                for c in format!("\\x{:02x}", data[i]).chars() {
                    out.push(c);
                }
            } else {
                return Err(err(
                    ExcKind::UnicodeDecodeError,
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", data[i], i).as_str(),
                ));
            }
        }
        return Ok(out);
    }
    if enc.as_str() != "utf-8" {
        return Err(unknown_encoding(encoding));
    }
    let n = data.len();
    let mut i = 0;
    while i < n {
        let b = data[i] as u32;
        let (need, min, init) = if b < 0x80 {
            (0, 0, b)
        } else if b >= 0xc2 && b < 0xe0 {
            (1, 0x80, b & 0x1f)
        } else if b >= 0xe0 && b < 0xf0 {
            (2, 0x800, b & 0x0f)
        } else if b >= 0xf0 && b < 0xf5 {
            (3, 0x10000, b & 0x07)
        } else {
            (9, 0, 0)
        };
        let mut problem = "";
        let mut bad_len = 1;
        let mut v = init;
        if need == 9 {
            problem = "invalid start byte";
        } else {
            let mut k = 1;
            while k <= need {
                if i + k >= n {
                    problem = "unexpected end of data";
                    bad_len = k;
                    break;
                }
                let c = data[i + k] as u32;
                let mut ok = c >= 0x80 && c < 0xc0;
                // The second byte's range is narrower for some leads.
                if k == 1 && ok {
                    if b == 0xe0 && c < 0xa0 {
                        ok = false;
                    } else if b == 0xed && c >= 0xa0 {
                        ok = false;
                    } else if b == 0xf0 && c < 0x90 {
                        ok = false;
                    } else if b == 0xf4 && c >= 0x90 {
                        ok = false;
                    }
                }
                if !ok {
                    problem = "invalid continuation byte";
                    bad_len = k;
                    break;
                }
                v = (v << 6) | (c & 0x3f);
                k += 1;
            }
            if problem.is_empty() && v < min {
                problem = "invalid continuation byte";
            }
        }
        if problem.is_empty() {
            match crate::lexer::char_from_code(v) {
                Some(c) => out.push(c),
                None => out.push('\u{fffd}'),
            }
            i += need + 1;
            continue;
        }
        if errors == "ignore" {
            i += bad_len;
            continue;
        }
        if errors == "replace" {
            out.push('\u{fffd}');
            i += bad_len;
            continue;
        }
        if errors == "backslashreplace" {
            for k in 0..bad_len {
                for c in format!("\\x{:02x}", data[i + k]).chars() {
                    out.push(c);
                }
            }
            i += bad_len;
            continue;
        }
        let pos = if bad_len > 1 && problem == "unexpected end of data" {
            format!("bytes in position {}-{}", i, n - 1)
        } else if bad_len > 1 {
            format!("bytes in position {}-{}", i, i + bad_len - 1)
        } else {
            format!("byte 0x{:02x} in position {}", data[i], i)
        };
        let what = if bad_len > 1 { "can't decode" } else { "can't decode" };
        return Err(err(ExcKind::UnicodeDecodeError, format!("'utf-8' codec {} {}: {}", what, pos, problem).as_str()));
    }
    Ok(out)
}

/// Positional and keyword arguments matched to `params` (missing: None).
pub fn merge_args(fname: &str, params: &Vec<&str>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Vec<Option<Value>>, PyErr> {
    if args.len() > params.len() {
        return Err(type_error(
            format!("{}() takes at most {} argument{} ({} given)", fname, params.len(), if params.len() == 1 { "" } else { "s" }, args.len()).as_str(),
        ));
    }
    let mut out: Vec<Option<Value>> = Vec::new();
    for i in 0..params.len() {
        out.push(if i < args.len() { Some(args[i].clone()) } else { None });
    }
    for k in 0..kwnames.len() {
        let mut found = false;
        for p in 0..params.len() {
            if kwnames[k].as_str() == params[p] {
                if out[p].is_some() {
                    return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, params[p], p + 1).as_str()));
                }
                out[p] = Some(kwvalues[k].clone());
                found = true;
            }
        }
        if !found {
            return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, kwnames[k]).as_str()));
        }
    }
    Ok(out)
}

pub fn str_opt(heap: &Heap, v: &Option<Value>, dflt: &str, fname: &str, argn: usize) -> Result<String, PyErr> {
    match v {
        None => Ok(dflt.to_string()),
        Some(x) => match heap.str_chars(x) {
            Some(_) => Ok(heap.to_str(x)),
            None => Err(type_error(format!("{}() argument {} must be str, not {}", fname, argn, heap.type_name(x)).as_str())),
        },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(heap: &mut Heap, recv: &Value, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let a = merge_args("encode", &vec!["encoding", "errors"], args, kwnames, kwvalues)?;
    let enc = str_opt(heap, &a[0], "utf-8", "encode", 1)?;
    let errors = str_opt(heap, &a[1], "strict", "encode", 2)?;
    let chars = heap.str_chars(recv).unwrap();
    let data = match encode(&chars, enc.as_str(), errors.as_str()) {
        Ok(d) => d,
        Err(e) => {
            let mut e = e;
            if e.kind == ExcKind::UnicodeEncodeError && e.arg.is_none() && e.exc.is_none() {
                e.arg = Some(heap.new_str(chars));
            }
            return Err(e);
        }
    };
    Ok(heap.alloc(Object::Bytes(data)))
}

/// `bytes.fromhex(s)`.
pub fn from_hex(heap: &mut Heap, array: bool, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs(if array { "bytearray" } else { "bytes" }, "fromhex", args, 1, 1)?;
    let cs = match heap.str_chars(&args[0]) {
        Some(c) => c,
        None => return Err(type_error(format!("fromhex() argument must be str, not {}", heap.type_name(&args[0])).as_str())),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == ' ' || cs[i] == '\t' || cs[i] == '\n' || cs[i] == '\r' || cs[i] == '\x0b' || cs[i] == '\x0c' {
            i += 1;
            continue;
        }
        let hi = crate::lexer_literal::hex_digit_value(cs[i]);
        if hi < 0 {
            return Err(err(ExcKind::ValueError, format!("non-hexadecimal number found in fromhex() arg at position {}", i).as_str()));
        }
        let lo = if i + 1 < cs.len() { crate::lexer_literal::hex_digit_value(cs[i + 1]) } else { -1 };
        if lo < 0 {
            return Err(err(ExcKind::ValueError, format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1).as_str()));
        }
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(make(heap, array, out))
}

impl Vm {
    /// `bytes(...)` and `bytearray(...)`.
    pub fn call_bytes_ctor(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let array = id == B_BYTEARRAY;
        let fname = if array { "bytearray" } else { "bytes" };
        let a = merge_args(fname, &vec!["source", "encoding", "errors"], &args, &kwnames, &kwvalues)?;
        let src = match &a[0] {
            None => {
                if a[1].is_some() || a[2].is_some() {
                    return Err(type_error("encoding or errors without sequence argument"));
                }
                return Ok(make(&mut self.heap, array, Vec::new()));
            }
            Some(v) => v.clone(),
        };
        if let Some(cs) = self.heap.str_chars(&src) {
            if a[1].is_none() {
                return Err(type_error("string argument without an encoding"));
            }
            let enc = str_opt(&self.heap, &a[1], "utf-8", fname, 2)?;
            let errors = str_opt(&self.heap, &a[2], "strict", fname, 3)?;
            let data = encode(&cs, enc.as_str(), errors.as_str())?;
            return Ok(make(&mut self.heap, array, data));
        }
        if a[1].is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if a[2].is_some() {
            return Err(type_error("errors without a string argument"));
        }
        if let Some(d) = bytes_data(&self.heap, &src) {
            if !array && !is_bytearray(&self.heap, &src) {
                return Ok(src);
            }
            return Ok(make(&mut self.heap, array, d));
        }
        match &src {
            Value::Int(n) => {
                if *n < 0 {
                    return Err(err(ExcKind::ValueError, "negative count"));
                }
                let mut d = Vec::new();
                let mut k = 0;
                while k < *n {
                    d.push(0);
                    k += 1;
                }
                return Ok(make(&mut self.heap, array, d));
            }
            Value::Float(_) | Value::None => {
                return Err(type_error(format!("cannot convert '{}' object to {}", self.heap.type_name(&src), fname).as_str()));
            }
            _ => {}
        }
        // `__bytes__` (bytes only), then the buffer protocol (lib/_memview.py:
        // a memoryview's bytes, or an exporter's `__buffer__`).
        let s_bytes = self.heap.intern("__bytes__");
        let s_buffer = self.heap.intern("__buffer__");
        let hook = if !array { self.user_method(&src, s_bytes) } else { None };
        let via = match hook {
            Some(m) => Some(self.call1(&m, vec![src.clone()])?),
            None => {
                let _ = s_buffer;
                self.buffer_bytes(&src)?
            }
        };
        if let Some(b) = via {
            return match bytes_data(&self.heap, &b) {
                Some(d) => Ok(make(&mut self.heap, array, d)),
                None => Err(type_error(format!("__bytes__ returned non-bytes (type {})", self.heap.type_name(&b)).as_str())),
            };
        }
        let items = match self.collect(&src) {
            Ok(v) => v,
            Err(e) => {
                if e.kind == ExcKind::TypeError && e.msg.as_str().ends_with("is not iterable") {
                    return Err(type_error(format!("cannot convert '{}' object to {}", self.heap.type_name(&src), fname).as_str()));
                }
                return Err(e);
            }
        };
        let mut d = Vec::new();
        for x in items.iter() {
            let i = int_arg(&self.heap, x)?;
            if i < 0 || i > 255 {
                let what = if array { "byte" } else { "bytes" };
                return Err(err(ExcKind::ValueError, format!("{} must be in range(0, 256)", what).as_str()));
            }
            d.push(i as u8);
        }
        Ok(make(&mut self.heap, array, d))
    }

    /// Methods of bytes and bytearray that iterate arbitrary iterables.
    pub fn bytes_method_vm(&mut self, recv: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        // Buffer exporters (memoryview, array.array) stand for their bytes.
        let mut args = args;
        for k in 0..args.len() {
            if !is_bytes_like(&self.heap, &args[k]) {
                if let Some(b) = self.buffer_bytes(&args[k])? {
                    args[k] = b;
                }
            }
        }
        if name == "join" && args.len() == 1 {
            let mut items = self.collect(&args[0])?;
            for k in 0..items.len() {
                if !is_bytes_like(&self.heap, &items[k]) {
                    if let Some(b) = self.buffer_bytes(&items[k])? {
                        items[k] = b;
                    }
                }
            }
            let l = self.heap.alloc(Object::List(items));
            return crate::bytes_methods::bytes_method(&mut self.heap, recv, name, &vec![l], &kwnames, &kwvalues);
        }
        if name == "extend" && args.len() == 1 && is_bytearray(&self.heap, recv) {
            let src = if is_bytes_like(&self.heap, &args[0]) {
                args[0].clone()
            } else {
                match self.collect(&args[0]) {
                    Ok(items) => self.heap.alloc(Object::List(items)),
                    Err(e) => {
                        if e.kind == ExcKind::TypeError && e.msg.as_str().ends_with("is not iterable") {
                            return Err(type_error(format!("can't extend bytearray with {}", self.heap.type_name(&args[0])).as_str()));
                        }
                        return Err(e);
                    }
                }
            };
            return crate::bytes_methods::bytes_method(&mut self.heap, recv, name, &vec![src], &kwnames, &kwvalues);
        }
        let r = crate::bytes_methods::bytes_method(&mut self.heap, recv, name, &args, &kwnames, &kwvalues);
        if name == "decode" {
            return self.codec_fallback(r, recv, name, args, kwnames, kwvalues);
        }
        r
    }
}
