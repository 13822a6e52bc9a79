//! More methods of builtin types (stage 4 runtime): `int.to_bytes`,
//! `int.from_bytes`, `as_integer_ratio`, `float.hex`/`float.fromhex`,
//! `conjugate`, `str.maketrans`/`str.translate`, and the class methods
//! reached through the type (`bytes.fromhex`, ...).
//!
//! Invariants: big ints go through `BigInt` (base 2^32 limbs); float
//! conversions are exact (bit manipulation, no decimal round trips).

use crate::bigint::BigInt;
use crate::bigint_ops::{big_value, to_big};
use crate::builtins::int_arg;
use crate::bytes::{bytes_data, merge_args};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};

/// Class methods of builtin types, by method kind (see methods.rs).
pub fn is_class_method(kind: u8, name: &str) -> bool {
    match (kind, name) {
        (9, "from_bytes") | (11, "fromhex") | (12, "fromhex") | (13, "fromhex") | (1, "maketrans") | (12, "maketrans") | (13, "maketrans") => true,
        _ => false,
    }
}

/// `cls.name(...)` for a builtin class (None: not one of ours).
pub fn class_method(heap: &mut Heap, cls: usize, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Option<Result<Value, PyErr>> {
    let kind = crate::methods::kind_of_class(heap, cls);
    if !is_class_method(kind, name) {
        return None;
    }
    Some(match kind {
        9 => int_from_bytes(heap, args, kwnames, kwvalues),
        11 => float_fromhex(heap, args),
        12 | 13 if name == "maketrans" => crate::bytes_methods::bytes_maketrans(heap, args),
        12 | 13 => crate::bytes::from_hex(heap, kind == 13, args),
        _ => str_maketrans(heap, args),
    })
}

fn byteorder(heap: &Heap, v: &Option<Value>, fname: &str) -> Result<bool, PyErr> {
    match v {
        None => Ok(false),
        Some(x) => match heap.str_chars(x) {
            Some(_) => {
                let s = heap.to_str(x);
                if s.as_str() == "big" {
                    Ok(false)
                } else if s.as_str() == "little" {
                    Ok(true)
                } else {
                    Err(err(ExcKind::ValueError, "byteorder must be either 'little' or 'big'"))
                }
            }
            None => Err(type_error(format!("{}() argument 'byteorder' must be str, not {}", fname, heap.type_name(x)).as_str())),
        },
    }
}

/// Keyword-only `signed=` after the positional parameters.
fn split_signed(heap: &Heap, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> (bool, Vec<String>, Vec<Value>) {
    let mut signed = false;
    let mut names = Vec::new();
    let mut values = Vec::new();
    for i in 0..kwnames.len() {
        if kwnames[i].as_str() == "signed" {
            signed = heap.truthy(&kwvalues[i]);
        } else {
            names.push(kwnames[i].clone());
            values.push(kwvalues[i].clone());
        }
    }
    (signed, names, values)
}

fn int_from_bytes(heap: &mut Heap, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let (signed, names, values) = split_signed(heap, kwnames, kwvalues);
    let a = merge_args("from_bytes", &vec!["bytes", "byteorder"], args, &names, &values)?;
    let src = match &a[0] {
        Some(v) => v.clone(),
        None => return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let little = byteorder(heap, &a[1], "from_bytes")?;
    let mut data = match bytes_data(heap, &src) {
        Some(d) => d,
        None => {
            let items = heap.collect(&src)?;
            let mut d = Vec::new();
            for x in items.iter() {
                let i = int_arg(heap, x)?;
                if i < 0 || i > 255 {
                    return Err(err(ExcKind::ValueError, "bytes must be in range(0, 256)"));
                }
                d.push(i as u8);
            }
            d
        }
    };
    if little {
        data.reverse();
    }
    let mut digits = Vec::new();
    for b in data.iter() {
        digits.push(*b as u32);
    }
    let mut v = BigInt::from_digits(&digits, 256);
    if signed && !data.is_empty() && data[0] >= 128 {
        v = v.sub(&BigInt::from_i64(1).shl(8 * data.len() as u64));
    }
    Ok(big_value(v))
}

fn int_to_bytes(heap: &mut Heap, recv: &Value, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let (signed, names, values) = split_signed(heap, kwnames, kwvalues);
    let a = merge_args("to_bytes", &vec!["length", "byteorder"], args, &names, &values)?;
    let length = match &a[0] {
        Some(v) => int_arg(heap, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(err(ExcKind::ValueError, "length argument must be non-negative"));
    }
    let little = byteorder(heap, &a[1], "to_bytes")?;
    let mut v = to_big(recv).unwrap();
    if v.neg && !signed {
        return Err(err(ExcKind::OverflowError, "can't convert negative int to unsigned"));
    }
    let bits = 8 * length as u64;
    let limit = BigInt::from_i64(1).shl(bits);
    let too_big = if signed {
        let half = BigInt::from_i64(1).shl(if bits == 0 { 0 } else { bits - 1 });
        if bits == 0 {
            !v.is_zero()
        } else {
            v.cmp(&half) >= 0 || v.cmp(&half.neg()) < 0
        }
    } else {
        v.cmp(&limit) >= 0
    };
    if too_big {
        return Err(err(ExcKind::OverflowError, "int too big to convert"));
    }
    if v.neg {
        v = v.add(&limit);
    }
    let mut out = Vec::new();
    for i in 0..length as usize {
        let limb = if i / 4 < v.mag.len() { v.mag[i / 4] } else { 0 };
        out.push(((limb >> (8 * (i % 4) as u32)) & 255) as u8);
    }
    if !little {
        out.reverse();
    }
    Ok(heap.alloc(Object::Bytes(out)))
}

/// (mantissa, exponent) with f == mantissa * 2**exponent, mantissa odd
/// (or zero).
fn float_parts(f: f64) -> (u64, i64) {
    let bits = f.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let mut m = bits & 0xfffffffffffff;
    let mut exp = if e == 0 { -1074 } else { e - 1075 };
    if e != 0 {
        m |= 1 << 52;
    }
    if m == 0 {
        return (0, 0);
    }
    while m & 1 == 0 {
        m >>= 1;
        exp += 1;
    }
    (m, exp)
}

fn as_integer_ratio(heap: &mut Heap, f: f64) -> Result<Value, PyErr> {
    if f != f {
        return Err(err(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    }
    if f - f != 0.0 {
        return Err(err(ExcKind::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    let (m, exp) = float_parts(f);
    let mut num = BigInt::from_u64(m);
    let mut den = BigInt::from_i64(1);
    if exp > 0 {
        num = num.shl(exp as u64);
    } else {
        den = den.shl((0 - exp) as u64);
    }
    if f < 0.0 {
        num = num.neg();
    }
    Ok(heap.alloc(Object::Tuple(vec![big_value(num), big_value(den)])))
}

fn float_hex(f: f64) -> String {
    if f != f {
        return "nan".to_string();
    }
    if f - f != 0.0 {
        return if f > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 != 0 { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = bits & 0xfffffffffffff;
    let (lead, exp) = if e == 0 { (0, -1022) } else { (1, e - 1023) };
    let esign = if exp < 0 { "-" } else { "+" };
    let eabs = if exp < 0 { 0 - exp } else { exp };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, m, esign, eabs)
}

fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 0 {
        let step = if e > 1000 { 1000 } else { e };
        x *= pow2(step);
        e -= step;
    }
    while e < 0 {
        let step = if e < -1000 { 1000 } else { 0 - e };
        x /= pow2(step);
        e += step;
    }
    x
}

fn pow2(n: i64) -> f64 {
    (2.0 as f64).powi(n as i32)
}

fn float_fromhex(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs("float", "fromhex", args, 1, 1)?;
    let cs = match heap.str_chars(&args[0]) {
        Some(c) => c,
        None => return Err(type_error(format!("fromhex() argument must be str, not {}", heap.type_name(&args[0])).as_str())),
    };
    let bad = err(ExcKind::ValueError, "invalid hexadecimal floating-point string");
    let mut t: Vec<char> = Vec::new();
    for c in cs.iter() {
        t.push(c.to_ascii_lowercase());
    }
    while !t.is_empty() && t[0].is_whitespace() {
        t.remove(0);
    }
    while !t.is_empty() && t[t.len() - 1].is_whitespace() {
        t.pop();
    }
    let mut i = 0;
    let mut neg = false;
    if i < t.len() && (t[i] == '+' || t[i] == '-') {
        neg = t[i] == '-';
        i += 1;
    }
    let mut rest = String::new();
    for c in t[i..].iter() {
        rest.push(*c);
    }
    if rest.as_str() == "inf" || rest.as_str() == "infinity" {
        return Ok(Value::Float(if neg { -1.0 / 0.0 } else { 1.0 / 0.0 }));
    }
    if rest.as_str() == "nan" {
        return Ok(Value::Float(0.0 / 0.0));
    }
    if i + 1 < t.len() && t[i] == '0' && t[i + 1] == 'x' {
        i += 2;
    }
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut any = false;
    let mut seen_point = false;
    while i < t.len() {
        let c = t[i];
        if c == '.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let d = crate::lexer_literal::hex_digit_value(c);
        if d < 0 {
            break;
        }
        any = true;
        if mant < (1 << 56) {
            mant = mant * 16 + d as u64;
            if seen_point {
                exp -= 4;
            }
        } else if !seen_point {
            exp += 4;
        }
        i += 1;
    }
    if !any {
        return Err(bad);
    }
    if i < t.len() && t[i] == 'p' {
        i += 1;
        let mut eneg = false;
        if i < t.len() && (t[i] == '+' || t[i] == '-') {
            eneg = t[i] == '-';
            i += 1;
        }
        let mut e: i64 = 0;
        let mut digits = false;
        while i < t.len() && t[i].is_ascii_digit() {
            if e < 100000 {
                e = e * 10 + (t[i] as u32 - '0' as u32) as i64;
            }
            digits = true;
            i += 1;
        }
        if !digits {
            return Err(bad);
        }
        exp += if eneg { 0 - e } else { e };
    }
    if i != t.len() {
        return Err(bad);
    }
    let v = ldexp(mant as f64, exp);
    if v - v != 0.0 {
        return Err(err(ExcKind::OverflowError, "hexadecimal value too large to represent as a float"));
    }
    Ok(Value::Float(if neg { -v } else { v }))
}

/// Methods of int and float handled here.
pub fn number_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let tname = heap.type_name(recv);
    if name == "to_bytes" {
        return int_to_bytes(heap, recv, args, kwnames, kwvalues);
    }
    if !kwnames.is_empty() {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", tname, name).as_str()));
    }
    crate::methods::nargs(tname.as_str(), name, args, 0, 0)?;
    match (recv, name) {
        (Value::Float(f), "as_integer_ratio") => as_integer_ratio(heap, *f),
        (Value::Float(f), "hex") => Ok(heap.str_from(float_hex(*f).as_str())),
        (Value::Float(f), _) => Ok(Value::Float(*f)),
        (_, "as_integer_ratio") => {
            let n = big_value(to_big(recv).unwrap());
            Ok(heap.alloc(Object::Tuple(vec![n, Value::Int(1)])))
        }
        _ => Ok(big_value(to_big(recv).unwrap())),
    }
}

/// `str.maketrans(x[, y[, z]])`.
fn str_maketrans(heap: &mut Heap, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs("str", "maketrans", args, 1, 3)?;
    let mut keys = Vec::new();
    let mut values = Vec::new();
    if args.len() == 1 {
        let (ks, vs) = match heap.get(&args[0]) {
            Some(Object::Dict(d)) => (d.keys(), d.values()),
            _ => return Err(type_error("if you give only one argument to maketrans it must be a dict")),
        };
        for i in 0..ks.len() {
            let k = match heap.str_chars(&ks[i]) {
                Some(cs) => {
                    if cs.len() != 1 {
                        return Err(err(ExcKind::ValueError, "string keys in translate table must be of length 1"));
                    }
                    Value::Int(cs[0] as u32 as i64)
                }
                None => match &ks[i] {
                    Value::Int(_) => ks[i].clone(),
                    _ => return Err(type_error("keys in translate table must be strings or integers")),
                },
            };
            keys.push(k);
            values.push(vs[i].clone());
        }
        return heap.new_dict(keys, values);
    }
    let x = match heap.str_chars(&args[0]) {
        Some(c) => c,
        None => return Err(type_error(format!("maketrans() argument 1 must be str, not {}", heap.type_name(&args[0])).as_str())),
    };
    let y = match heap.str_chars(&args[1]) {
        Some(c) => c,
        None => return Err(type_error(format!("maketrans() argument 2 must be str, not {}", heap.type_name(&args[1])).as_str())),
    };
    if x.len() != y.len() {
        return Err(err(ExcKind::ValueError, "the first two maketrans arguments must have equal length"));
    }
    for i in 0..x.len() {
        let k = Value::Int(x[i] as u32 as i64);
        let v = Value::Int(y[i] as u32 as i64);
        keys.push(k);
        values.push(v);
    }
    if args.len() == 3 {
        let z = match heap.str_chars(&args[2]) {
            Some(c) => c,
            None => return Err(type_error(format!("maketrans() argument 3 must be str, not {}", heap.type_name(&args[2])).as_str())),
        };
        for c in z.iter() {
            let k = Value::Int(*c as u32 as i64);
            keys.push(k);
            values.push(Value::None);
        }
    }
    heap.new_dict(keys, values)
}

/// `str.translate(table)` for a dict table.
pub fn str_translate(heap: &mut Heap, recv: &Value, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs("str", "translate", args, 1, 1)?;
    let s = heap.str_chars(recv).unwrap();
    let table = match heap.get(&args[0]) {
        Some(Object::Dict(d)) => heap.dict_from(d.keys(), d.values())?,
        _ => return Err(err(ExcKind::NotImplementedError, "Pyrite's str.translate() only accepts a dict")),
    };
    let mut out: Vec<char> = Vec::new();
    for c in s.iter() {
        let key = Value::Int(*c as u32 as i64);
        match heap.dict_find(&table, &key)? {
            None => out.push(*c),
            Some(i) => match table.value_at(i) {
                Value::None => {}
                Value::Int(n) => {
                    if *n < 0 || *n > 0x10ffff {
                        return Err(err(ExcKind::ValueError, "character mapping must be in range(0x110000)"));
                    }
                    match crate::lexer::char_from_code(*n as u32) {
                        Some(ch) => out.push(ch),
                        None => return Err(err(ExcKind::ValueError, "character mapping must be in range(0x110000)")),
                    }
                }
                other => match heap.str_chars(other) {
                    Some(cs) => {
                        for ch in cs.iter() {
                            out.push(*ch);
                        }
                    }
                    None => return Err(type_error("character mapping must return integer, None or str")),
                },
            },
        }
    }
    Ok(heap.new_str(out))
}

pub const S_INDEX: usize = 40;

impl crate::vm::Vm {
    /// An instance with `__index__` as the int it returns (other values
    /// unchanged).
    /// A subscript with `__index__` applied to an instance index or to
    /// the instance bounds of a slice.
    pub fn subscript_index(&mut self, v: &Value) -> Result<Value, PyErr> {
        let parts = match self.heap.get(v) {
            Some(Object::Slice(p)) => p.clone(),
            _ => return self.index_of_instance(v),
        };
        if !self.slice_has_instance(v) {
            return Ok(v.clone());
        }
        let a = self.index_of_instance(&parts[0])?;
        let b = self.index_of_instance(&parts[1])?;
        let c = self.index_of_instance(&parts[2])?;
        Ok(self.heap.alloc(Object::Slice(vec![a, b, c])))
    }

    /// Is `v` a slice with an instance among its bounds?
    pub fn slice_has_instance(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Slice(p)) => self.is_instance(&p[0]) || self.is_instance(&p[1]) || self.is_instance(&p[2]),
            _ => false,
        }
    }

    pub fn index_of_instance(&mut self, v: &Value) -> Result<Value, PyErr> {
        if !self.is_instance(v) {
            return Ok(v.clone());
        }
        let m = match self.user_method(v, S_INDEX) {
            Some(m) => m,
            None => return Ok(v.clone()),
        };
        let r = self.call1(&m, vec![v.clone()])?;
        match r {
            Value::Int(_) | Value::BigInt(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(if b { 1 } else { 0 })),
            _ => Err(type_error(format!("__index__ returned non-int (type {})", self.heap.type_name(&r)).as_str())),
        }
    }
}
