//! Formatting runtime (used by the VM and builtins): format specs for
//! f-strings / `format()` / `str.format`, and `%`-formatting.
//!
//! Invariants:
//! - Float formatting with a precision ('f', 'e', 'g', '%') is delegated to
//!   format_float.rs, which works from the exact decimal expansion, so
//!   results equal CPython's correctly rounded output -- no printf.
//! - Shortest repr (`str(float)`) lives in objects_repr.rs (`float_repr`).
//! - Unsupported spec features raise ValueError instead of guessing.

use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::objects_repr::float_repr;
use crate::format_float::{exp_abs, fixed_abs, general_abs};

pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: char,
    pub alt: bool,
    pub width: usize,
    pub grouping: char,
    pub precision: i64,
    pub ty: char,
}

fn is_align(c: char) -> bool {
    c == '<' || c == '>' || c == '^' || c == '='
}

fn bad_spec() -> PyErr {
    err(ExcKind::ValueError, "Invalid format specifier")
}

pub fn parse_spec(s: &Vec<char>) -> Result<Spec, PyErr> {
    let mut sp = Spec { fill: ' ', align: ' ', sign: '-', alt: false, width: 0, grouping: ' ', precision: -1, ty: ' ' };
    let n = s.len();
    let mut i = 0;
    let mut explicit_fill = false;
    if n >= 2 && is_align(s[1]) {
        explicit_fill = true;
        sp.fill = s[0];
        sp.align = s[1];
        i = 2;
    } else if n >= 1 && is_align(s[0]) {
        sp.align = s[0];
        i = 1;
    }
    if i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
        sp.sign = s[i];
        i += 1;
    }
    if i < n && s[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < n && s[i] == '0' {
        if sp.align == ' ' {
            sp.fill = '0';
            sp.align = '=';
        } else if !explicit_fill {
            sp.fill = '0';
        }
        i += 1;
    }
    while i < n && s[i].is_ascii_digit() {
        sp.width = sp.width * 10 + (s[i] as u32 - '0' as u32) as usize;
        i += 1;
    }
    if i < n && (s[i] == ',' || s[i] == '_') {
        sp.grouping = s[i];
        i += 1;
    }
    if i < n && s[i] == '.' {
        i += 1;
        let mut p: i64 = 0;
        let mut any = false;
        while i < n && s[i].is_ascii_digit() {
            p = p * 10 + (s[i] as u32 - '0' as u32) as i64;
            i += 1;
            any = true;
        }
        if !any {
            return Err(err(ExcKind::ValueError, "Format specifier missing precision"));
        }
        sp.precision = p;
    }
    if i < n {
        sp.ty = s[i];
        i += 1;
    }
    if i < n {
        return Err(bad_spec());
    }
    Ok(sp)
}

/// Pads `body` (already including any sign) to the spec's width.
/// `sign_len` chars at the front of body are the sign/prefix, which '='
/// alignment keeps in front of the padding.
pub fn pad(body: Vec<char>, sign_len: usize, sp: &Spec, default_align: char) -> String {
    let mut out = String::new();
    let n = body.len();
    let align = if sp.align == ' ' { default_align } else { sp.align };
    let fill_n = if sp.width > n { sp.width - n } else { 0 };
    let (left, right) = match align {
        '<' => (0, fill_n),
        '^' => (fill_n / 2, fill_n - fill_n / 2),
        _ => (fill_n, 0),
    };
    if align == '=' {
        for k in 0..sign_len {
            out.push(body[k]);
        }
        for _ in 0..fill_n {
            out.push(sp.fill);
        }
        for k in sign_len..n {
            out.push(body[k]);
        }
        return out;
    }
    for _ in 0..left {
        out.push(sp.fill);
    }
    for c in body.iter() {
        out.push(*c);
    }
    for _ in 0..right {
        out.push(sp.fill);
    }
    out
}

/// Inserts `sep` every three digits of the integer part of `digits`.
pub fn group(digits: &Vec<char>, sep: char) -> Vec<char> {
    let mut int_len = 0;
    while int_len < digits.len() && digits[int_len].is_ascii_digit() {
        int_len += 1;
    }
    let mut out = Vec::new();
    for i in 0..digits.len() {
        if i > 0 && i < int_len && (int_len - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(digits[i]);
    }
    out
}

pub fn push_all(v: &mut Vec<char>, s: &str) {
    let cs = s.chars().collect::<Vec<char>>();
    for c in cs.iter() {
        v.push(*c);
    }
}

fn unknown_code(ty: char, tname: &str) -> PyErr {
    err(ExcKind::ValueError, format!("Unknown format code '{}' for object of type '{}'", ty, tname).as_str())
}

fn sign_prefix(neg: bool, sp: &Spec) -> Vec<char> {
    let mut v = Vec::new();
    if neg {
        v.push('-');
    } else if sp.sign == '+' {
        v.push('+');
    } else if sp.sign == ' ' {
        v.push(' ');
    }
    v
}

fn to_base(mut v: i64, base: i64, upper: bool) -> Vec<char> {
    let digits: Vec<char> = if upper {
        "0123456789ABCDEF".chars().collect::<Vec<char>>()
    } else {
        "0123456789abcdef".chars().collect::<Vec<char>>()
    };
    let mut rev = Vec::new();
    if v == 0 {
        rev.push('0');
    }
    while v > 0 {
        rev.push(digits[(v % base) as usize]);
        v = v / base;
    }
    let mut out = Vec::new();
    while let Some(c) = rev.pop() {
        out.push(c);
    }
    out
}

/// format() of a big int (outside the i64 range).
fn format_big(b: &crate::bigint::BigInt, sp: &Spec) -> Result<String, PyErr> {
    match sp.ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(crate::bigint_ops::int_to_f64(b)?, sp),
        'c' => return Err(err(ExcKind::OverflowError, "Python int too large to convert to C int")),
        ' ' | 'd' | 'n' | 'x' | 'X' | 'o' | 'b' => {}
        _ => return Err(unknown_code(sp.ty, "int")),
    }
    if sp.precision >= 0 {
        return Err(err(ExcKind::ValueError, "Precision not allowed in integer format specifier"));
    }
    let mag = crate::bigint_ops::big_digits(b, sp.ty)?;
    Ok(int_body(b.neg, mag, sp))
}

fn format_int(i: i64, sp: &Spec) -> Result<String, PyErr> {
    match sp.ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(i as f64, sp),
        ' ' | 'd' | 'n' | 'x' | 'X' | 'o' | 'b' | 'c' => {}
        _ => return Err(unknown_code(sp.ty, "int")),
    }
    if sp.precision >= 0 {
        return Err(err(ExcKind::ValueError, "Precision not allowed in integer format specifier"));
    }
    if sp.ty == 'c' {
        let c = match crate::lexer::char_from_code(i as u32) {
            Some(c) => c,
            None => return Err(err(ExcKind::OverflowError, "%c arg not in range(0x110000)")),
        };
        return Ok(pad(vec![c], 0, sp, '<'));
    }
    let neg = i < 0;
    // |i| overflows on i64::MIN: format it as a big int.
    let mag: Vec<char> = if i == crate::objects::I64_MIN {
        crate::bigint_ops::big_digits(&crate::bigint::BigInt::from_i64(i), sp.ty)?
    } else {
        let a = if neg { 0 - i } else { i };
        match sp.ty {
            'x' => to_base(a, 16, false),
            'X' => to_base(a, 16, true),
            'o' => to_base(a, 8, false),
            'b' => to_base(a, 2, false),
            _ => to_base(a, 10, false),
        }
    };
    Ok(int_body(neg, mag, sp))
}

/// Sign, base prefix, grouping and padding around the digits `mag`.
fn int_body(neg: bool, mag: Vec<char>, sp: &Spec) -> String {
    let mut body = sign_prefix(neg, sp);
    if sp.alt {
        match sp.ty {
            'x' => push_all(&mut body, "0x"),
            'X' => push_all(&mut body, "0X"),
            'o' => push_all(&mut body, "0o"),
            'b' => push_all(&mut body, "0b"),
            _ => {}
        }
    }
    let prefix_len = body.len();
    let every = if sp.ty == 'x' || sp.ty == 'X' || sp.ty == 'o' || sp.ty == 'b' { 4 } else { 3 };
    let mut mag = mag;
    if sp.grouping != ' ' && sp.fill == '0' && sp.align == '=' {
        // Zero padding is grouped too: `{:08,}` of 12345 is 0,012,345.
        while prefix_len + mag.len() + (mag.len() - 1) / every < sp.width {
            mag.insert(0, '0');
        }
    }
    for i in 0..mag.len() {
        if sp.grouping != ' ' && i > 0 && (mag.len() - i) % every == 0 {
            body.push(sp.grouping);
        }
        body.push(mag[i]);
    }
    pad(body, prefix_len, sp, '>')
}

fn lower_hex(v: u32) -> String {
    let cs = to_base(v as i64, 16, false);
    let mut s = String::new();
    for c in cs.iter() {
        s.push(*c);
    }
    s
}

pub fn format_float(f: f64, sp: &Spec) -> Result<String, PyErr> {
    let neg = f < 0.0 || (f == 0.0 && 1.0 / f < 0.0);
    let a = if neg { -f } else { f };
    let mut body = sign_prefix(neg, sp);
    let prefix_len = body.len();
    let upper = sp.ty == 'F' || sp.ty == 'E' || sp.ty == 'G';
    let special = if f != f { "nan" } else if a > 1.7976931348623157e308 { "inf" } else { "" };
    if special != "" && sp.ty != ' ' && sp.ty != 'f' && sp.ty != 'F' && sp.ty != 'e' && sp.ty != 'E' && sp.ty != 'g' && sp.ty != 'G' && sp.ty != '%' && sp.ty != 'n' {
        return Err(unknown_code(sp.ty, "float"));
    }
    let digits: Vec<char> = if special != "" {
        let name = if upper { special.to_uppercase() } else { special.to_string() };
        let mut d = name.chars().collect::<Vec<char>>();
        if sp.ty == '%' {
            d.push('%');
        }
        d
    } else {
        let p = if sp.precision < 0 { 6 } else { sp.precision };
        match sp.ty {
            'f' | 'F' => fixed_abs(a, p),
            'e' | 'E' => exp_abs(a, p, sp.ty == 'E'),
            'g' | 'G' | 'n' => general_abs(a, p, sp.alt, sp.ty == 'G', false),
            '%' => {
                let mut v = fixed_abs(a * 100.0, p);
                v.push('%');
                v
            }
            ' ' => {
                if sp.precision < 0 {
                    let r = float_repr(a).chars().collect::<Vec<char>>();
                    r
                } else {
                    general_abs(a, p, sp.alt, false, true)
                }
            }
            _ => return Err(unknown_code(sp.ty, "float")),
        }
    };
    let digits = if sp.alt && special == "" && !digits.contains(&'.') { crate::format_float::alt_point(digits) } else { digits };
    let digits = if sp.grouping != ' ' { group(&digits, sp.grouping) } else { digits };
    for c in digits.iter() {
        body.push(*c);
    }
    Ok(pad(body, prefix_len, sp, '>'))
}

/// `format(v, spec)` -- the engine behind f-strings and `str.format`.
pub fn format_value(heap: &Heap, v: &Value, spec: &str) -> Result<String, PyErr> {
    if spec.len() == 0 {
        crate::bigint_ops::check_str_digits(v)?;
        return Ok(heap.to_str(v));
    }
    let sp = parse_spec(&spec.chars().collect::<Vec<char>>())?;
    match v {
        Value::Int(i) => format_int(*i, &sp),
        Value::BigInt(b) => format_big(b, &sp),
        Value::Bool(b) => format_int(if *b { 1 } else { 0 }, &sp),
        Value::Float(f) => format_float(*f, &sp),
        _ => {
            if let Some((re, im)) = crate::complex::complex_of(heap, v) {
                return crate::complex::format_complex(re, im, &sp);
            }
            if let Some(cs) = heap.str_chars(v) {
                if sp.ty != ' ' && sp.ty != 's' {
                    return Err(unknown_code(sp.ty, "str"));
                }
                if sp.sign != '-' {
                    return Err(err(ExcKind::ValueError, "Sign not allowed in string format specifier"));
                }
                let mut body = Vec::new();
                for c in cs.iter() {
                    if sp.precision >= 0 && body.len() as i64 >= sp.precision {
                        break;
                    }
                    body.push(*c);
                }
                return Ok(pad(body, 0, &sp, '<'));
            }
            Err(type_error(format!("unsupported format string passed to {}.__format__", heap.type_name(v)).as_str()))
        }
    }
}

// ---- printf-style `%` --------------------------------------------------

/// The conversion characters of a `%` format string, in order, with
/// their indices in `f`.
pub fn percent_conversions(f: &Vec<char>) -> Vec<(char, usize)> {
    let mut out = Vec::new();
    let n = f.len();
    let mut i = 0;
    while i < n {
        if f[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < n && f[i] == '%' {
            i += 1;
            continue;
        }
        while i < n && (f[i] == '-' || f[i] == '0' || f[i] == '+' || f[i] == ' ' || f[i] == '#' || f[i].is_ascii_digit() || f[i] == '.') {
            i += 1;
        }
        if i < n {
            out.push((f[i], i));
            i += 1;
        }
    }
    out
}

/// `bytes % args` (and bytearray): `%s`/`%b` take bytes-like arguments
/// byte for byte, `%r` is `%a`; the rest as for str, through
/// `percent_format` on the latin-1 text of the format.
pub fn bytes_percent_format(heap: &mut Heap, fmt: &Value, args: &Value) -> Result<Value, PyErr> {
    let (fb, is_array) = match heap.get(fmt) {
        Some(Object::Bytes(b)) => (b.clone(), false),
        Some(Object::ByteArray(b)) => (b.clone(), true),
        _ => return Err(type_error("bad format")),
    };
    let mut f: Vec<char> = Vec::new();
    for b in fb.iter() {
        f.push(*b as char);
    }
    let convs = percent_conversions(&f);
    let is_map = heap.is_dict(args);
    let (items, is_tuple) = match heap.get(args) {
        Some(Object::Tuple(t)) => (t.clone(), true),
        _ => (vec![args.clone()], false),
    };
    let mut new_items = Vec::new();
    for k in 0..items.len() {
        let conv = if k < convs.len() && !is_map { convs[k].0 } else { ' ' };
        let x = items[k].clone();
        if conv == 's' || conv == 'b' {
            let raw = match heap.get(&x) {
                Some(Object::Bytes(b)) | Some(Object::ByteArray(b)) => Some(b.clone()),
                _ => None,
            };
            match raw {
                Some(b) => {
                    let mut cs: Vec<char> = Vec::new();
                    for c in b.iter() {
                        cs.push(*c as char);
                    }
                    new_items.push(heap.new_str(cs));
                }
                None => {
                    return Err(type_error(
                        format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            heap.type_name(&x)
                        )
                        .as_str(),
                    ))
                }
            }
        } else if conv == 'c' {
            let one = match heap.get(&x) {
                Some(Object::Bytes(b)) | Some(Object::ByteArray(b)) => {
                    if b.len() != 1 {
                        return Err(type_error("%c requires an integer in range(256) or a single byte"));
                    }
                    Some(b[0])
                }
                _ => None,
            };
            match (one, &x) {
                (Some(c), _) => new_items.push(heap.char_str(c as char)),
                (None, Value::Int(i)) if *i >= 0 && *i < 256 => new_items.push(x.clone()),
                _ => return Err(err(ExcKind::OverflowError, "%c arg not in range(256)")),
            }
        } else {
            new_items.push(x);
        }
    }
    for (c, idx) in convs.iter() {
        if *c == 'b' {
            f[*idx] = 's';
        } else if *c == 'r' {
            f[*idx] = 'a';
        }
    }
    let nf = heap.new_str(f);
    let nargs = if is_map {
        args.clone()
    } else if is_tuple {
        heap.alloc(Object::Tuple(new_items))
    } else {
        new_items[0].clone()
    };
    let r = percent_format(heap, &nf, &nargs)?;
    let cs = heap.str_chars(&r).unwrap();
    let mut out: Vec<u8> = Vec::new();
    for c in cs.iter() {
        out.push(*c as u32 as u8);
    }
    Ok(heap.alloc(if is_array { Object::ByteArray(out) } else { Object::Bytes(out) }))
}

pub fn percent_format(heap: &mut Heap, fmt: &Value, args: &Value) -> Result<Value, PyErr> {
    let f = heap.str_chars(fmt).unwrap();
    let items: Vec<Value> = match heap.get(args) {
        Some(Object::Tuple(t)) => t.clone(),
        _ => vec![args.clone()],
    };
    let mut out: Vec<char> = Vec::new();
    let mut next = 0;
    let mut used_mapping = false;
    let mut i = 0;
    let n = f.len();
    while i < n {
        let c = f[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && f[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // mapping key, flags, width, precision
        let mut keyed: Option<Value> = None;
        if i < n && f[i] == '(' {
            let mut depth = 1;
            let mut key = Vec::new();
            i += 1;
            while i < n {
                if f[i] == '(' {
                    depth += 1;
                } else if f[i] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                key.push(f[i]);
                i += 1;
            }
            if i >= n {
                return Err(err(ExcKind::ValueError, "incomplete format key"));
            }
            i += 1;
            if !heap.is_dict(args) {
                return Err(type_error("format requires a mapping"));
            }
            let kv = heap.new_str(key);
            let found = match heap.dict_of(args) {
                Some(d) => match heap.dict_find(d, &kv)? {
                    Some(j) => Some(d.value_at(j).clone()),
                    None => None,
                },
                None => None,
            };
            match found {
                Some(x) => keyed = Some(x),
                None => return Err(crate::objects::err_arg(ExcKind::KeyError, heap.repr(&kv).as_str(), kv.clone())),
            }
            used_mapping = true;
        }
        let mut spec: Vec<char> = Vec::new();
        let mut left = false;
        let mut zero = false;
        let mut sign = ' ';
        let mut has_space = false;
        let mut alt = false;
        while i < n && (f[i] == '-' || f[i] == '0' || f[i] == '+' || f[i] == ' ' || f[i] == '#') {
            if f[i] == '-' {
                left = true;
            } else if f[i] == '0' {
                zero = true;
            } else if f[i] == '+' {
                sign = '+';
            } else if f[i] == ' ' {
                has_space = true;
            } else {
                alt = true;
            }
            i += 1;
        }
        if left {
            spec.push('<');
        } else if zero {
            spec.push('0');
            spec.push('=');
        } else {
            spec.push('>');
        }
        if sign == '+' {
            spec.push('+');
        } else if has_space {
            spec.push(' ');
        }
        if alt {
            spec.push('#');
        }
        while i < n && (f[i].is_ascii_digit() || f[i] == '.' || f[i] == '*') {
            if f[i] == '*' {
                if next >= items.len() {
                    return Err(type_error("not enough arguments for format string"));
                }
                let w = match &items[next] {
                    Value::Int(w) => *w,
                    _ => return Err(type_error("* wants int")),
                };
                next += 1;
                if w < 0 && spec.len() > 0 && spec[0] == '>' {
                    spec[0] = '<';
                }
                let w = if w < 0 && !spec.is_empty() && spec[spec.len() - 1] != '.' { -w } else { w };
                for ch in format!("{}", w).chars() {
                    spec.push(ch);
                }
            } else {
                spec.push(f[i]);
            }
            i += 1;
        }
        if i >= n {
            return Err(err(ExcKind::ValueError, "incomplete format"));
        }
        let ty = f[i];
        i += 1;
        let v = match keyed {
            Some(kv) => kv,
            None => {
                if next >= items.len() {
                    return Err(type_error("not enough arguments for format string"));
                }
                next += 1;
                items[next - 1].clone()
            }
        };
        let mut spec_s = String::new();
        for c in spec.iter() {
            spec_s.push(*c);
        }
        let text = match ty {
            's' | 'r' | 'a' => {
                let s = if ty == 's' { heap.to_str(&v) } else { heap.repr(&v) };
                let s = if ty == 'a' { crate::objects_repr::ascii_escape(s.as_str()) } else { s };
                let sv = heap.str_from(s.as_str());
                format_value(heap, &sv, spec_s.as_str())?
            }
            'd' | 'i' | 'u' => {
                let iv = match &v {
                    Value::Int(x) => Value::Int(*x),
                    Value::BigInt(_) => v.clone(),
                    Value::Bool(b) => Value::Int(if *b { 1 } else { 0 }),
                    Value::Float(x) => {
                        if *x >= 9223372036854775808.0 || *x < -9223372036854775808.0 {
                            crate::bigint_ops::float_to_int(*x)?
                        } else {
                            Value::Int(*x as i64)
                        }
                    }
                    _ => {
                        return Err(type_error(
                            format!("%{} format: a real number is required, not {}", ty, heap.type_name(&v)).as_str(),
                        ))
                    }
                };
                spec_s.push('d');
                format_value(heap, &iv, spec_s.as_str())?
            }
            'c' if heap.str_chars(&v).is_some() => {
                let cs = heap.str_chars(&v).unwrap();
                if cs.len() != 1 {
                    return Err(type_error("%c requires int or char"));
                }
                format_value(heap, &v, spec_s.as_str())?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' | 'c' => {
                let fv = match (&v, ty) {
                    (Value::Int(_), 'x') | (Value::Int(_), 'X') | (Value::Int(_), 'o') | (Value::Int(_), 'c') => v.clone(),
                    (Value::Int(x), _) => Value::Float(*x as f64),
                    (Value::BigInt(_), 'x') | (Value::BigInt(_), 'X') | (Value::BigInt(_), 'o') | (Value::BigInt(_), 'c') => v.clone(),
                    (Value::BigInt(b), _) => Value::Float(crate::bigint_ops::int_to_f64(b)?),
                    (Value::Bool(b), _) => Value::Int(if *b { 1 } else { 0 }),
                    (Value::Float(_), _) => v.clone(),
                    _ => {
                        return Err(type_error(
                            format!("must be real number, not {}", heap.type_name(&v)).as_str(),
                        ))
                    }
                };
                spec_s.push(ty);
                format_value(heap, &fv, spec_s.as_str())?
            }
            _ => {
                return Err(err(
                    ExcKind::ValueError,
                    format!("unsupported format character '{}' (0x{}) at index {}", ty, lower_hex(ty as u32), i - 1).as_str(),
                ))
            }
        };
        push_all(&mut out, text.as_str());
    }
    if next < items.len() && !used_mapping && !is_mapping(heap, args) {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(heap.new_str(out))
}

// ---- str.format ----------------------------------------------------------

pub fn str_format(heap: &mut Heap, fmt: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let mut out: Vec<char> = Vec::new();
    let n = fmt.len();
    let mut auto = 0;
    let mut i = 0;
    while i < n {
        let c = fmt[i];
        if c == '{' && i + 1 < n && fmt[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' {
            if i + 1 < n && fmt[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(err(ExcKind::ValueError, "Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 == n {
            return Err(err(ExcKind::ValueError, "Single '{' encountered in format string"));
        }
        i += 1;
        let mut field = String::new();
        while i < n && fmt[i] != '}' && fmt[i] != '!' && fmt[i] != ':' {
            field.push(fmt[i]);
            i += 1;
        }
        let mut conv = 's';
        if i < n && fmt[i] == '!' {
            if i + 1 < n {
                conv = fmt[i + 1];
            }
            i += 2;
        }
        let mut spec = String::new();
        if i < n && fmt[i] == ':' {
            i += 1;
            while i < n && fmt[i] != '}' {
                spec.push(fmt[i]);
                i += 1;
            }
        }
        if i >= n {
            return Err(err(ExcKind::ValueError, "expected '}' before end of string"));
        }
        i += 1;
        let v = if field.len() == 0 {
            if auto >= args.len() {
                return Err(err(ExcKind::IndexError, format!("Replacement index {} out of range for positional args tuple", auto).as_str()));
            }
            auto += 1;
            args[auto - 1].clone()
        } else {
            match field.parse::<i64>() {
                Ok(k) => {
                    if k < 0 || k as usize >= args.len() {
                        return Err(err(ExcKind::IndexError, format!("Replacement index {} out of range for positional args tuple", k).as_str()));
                    }
                    args[k as usize].clone()
                }
                Err(_) => {
                    let mut found = None;
                    for k in 0..kwnames.len() {
                        if kwnames[k] == field {
                            found = Some(kwvalues[k].clone());
                        }
                    }
                    match found {
                        Some(v) => v,
                        None => {
                            let fv = heap.str_from(field.as_str());
                            return Err(crate::objects::err_arg(ExcKind::KeyError, format!("'{}'", field).as_str(), fv));
                        }
                    }
                }
            }
        };
        let v = if conv == 'r' || conv == 'a' {
            let r = heap.repr(&v);
            heap.str_from(r.as_str())
        } else {
            v
        };
        let text = format_value(heap, &v, spec.as_str())?;
        push_all(&mut out, text.as_str());
    }
    Ok(heap.new_str(out))
}

fn is_mapping(heap: &Heap, v: &Value) -> bool {
    match heap.get(v) {
        Some(Object::Dict(_)) => true,
        _ => false,
    }
}
