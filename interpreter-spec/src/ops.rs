//! Operators on Python values (used by the VM, stage 4): arithmetic with
//! Python semantics, unary operators, comparisons, `is` and `in`
//! (subscripting lives in subscript.rs).
//!
//! Invariants:
//! - Results match CPython 3.11 exactly, or an exception is raised: int
//!   arithmetic runs on i64 and is checked; on overflow the operation is
//!   redone on big ints (bigint_ops.rs), whose results demote back to
//!   `Value::Int` when they fit.
//! - `//` and `%` use floor semantics for ints and CPython's float
//!   algorithm (fmod-based) for floats.
//! - Error messages are CPython's, including the in-place (`+=`) spelling.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::bigint::BigInt;
use crate::bigint_ops::{big_int_op, index_overflow, int_to_f64, is_big, to_big};
use crate::objects::{err, num_of, type_error, ExcKind, Heap, Num, Object, PyErr, Value, I64_MIN};

const TWO_POW_52: f64 = 4503599627370496.0;

/// floor() for f64 using only casts.
pub fn float_floor(x: f64) -> f64 {
    if x != x || x >= TWO_POW_52 || x <= -TWO_POW_52 {
        return x;
    }
    let t = (x as i64) as f64;
    if t > x {
        t - 1.0
    } else {
        t
    }
}

fn float_div_by_zero(msg: &str) -> PyErr {
    err(ExcKind::ZeroDivisionError, msg)
}

/// base ** exp on i64, or None when it overflows.
fn int_pow(base: i64, exp: i64) -> Option<i64> {
    let mut result: i64 = 1;
    let mut b = base;
    let mut e = exp;
    while e > 0 {
        if e % 2 == 1 {
            result = result.checked_mul(b)?;
        }
        e = e / 2;
        if e > 0 {
            b = b.checked_mul(b)?;
        }
    }
    Some(result)
}

/// `base ** exp` for an integral exponent: C's `pow`, as CPython's
/// float_pow uses, which is correctly rounded (or nearly) where repeated
/// squaring accumulates one rounding error per multiplication.
fn float_pow_int(base: f64, exp: i64) -> f64 {
    base.powf(exp as f64)
}

fn int_op(op: &BinOp, a: i64, b: i64) -> Result<Value, PyErr> {
    let r = match op {
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => {
            if b == 0 {
                return Err(float_div_by_zero("division by zero"));
            }
            // Exact operands (|x| <= 2^53) make one correctly rounded division.
            let lim: i64 = 9007199254740992;
            if a >= -lim && a <= lim && b >= -lim && b <= lim {
                return Ok(Value::Float((a as f64) / (b as f64)));
            }
            return Ok(Value::Float(crate::bigint_ops::true_divide(&BigInt::from_i64(a), &BigInt::from_i64(b))?));
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(err(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            if a == I64_MIN && b == -1 {
                None
            } else {
                let q = a / b;
                if a % b != 0 && ((a < 0) != (b < 0)) {
                    Some(q - 1)
                } else {
                    Some(q)
                }
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            if b == -1 {
                return Ok(Value::Int(0));
            }
            let r = a % b;
            if r != 0 && ((r < 0) != (b < 0)) {
                Some(r + b)
            } else {
                Some(r)
            }
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return Err(float_div_by_zero("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(float_pow_int(a as f64, b)));
            }
            int_pow(a, b)
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            if a == 0 {
                return Ok(Value::Int(0));
            }
            if b >= 63 {
                None
            } else {
                let r = a << b;
                if (r >> b) != a {
                    None
                } else {
                    Some(r)
                }
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            if b >= 63 {
                Some(if a < 0 { -1 } else { 0 })
            } else {
                Some(a >> b)
            }
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_int_op(op, &BigInt::from_i64(a), &BigInt::from_i64(b)),
    }
}

/// `a ** b` on floats.
pub fn float_pow(a: f64, b: f64) -> Result<Value, PyErr> {
    match float_op(&BinOp::Pow, a, b)? {
        Some(v) => Ok(v),
        None => Ok(Value::Float(0.0)),
    }
}

/// Float arithmetic; returns None for operators floats don't support.
fn float_op(op: &BinOp, a: f64, b: f64) -> Result<Option<Value>, PyErr> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(float_div_by_zero("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b == 0.0 {
                let msg = if *op == BinOp::Mod { "float modulo" } else { "float floor division by zero" };
                return Err(float_div_by_zero(msg));
            }
            let mut m = a % b;
            let mut div = (a - m) / b;
            if m != 0.0 {
                if (b < 0.0) != (m < 0.0) {
                    m = m + b;
                    div = div - 1.0;
                }
            } else {
                m = if b < 0.0 { -0.0 } else { 0.0 };
            }
            if *op == BinOp::Mod {
                m
            } else if div != 0.0 {
                let mut fd = float_floor(div);
                if div - fd > 0.5 {
                    fd = fd + 1.0;
                }
                fd
            } else {
                // copysign(0.0, a / b)
                let q = a / b;
                if q < 0.0 || (q == 0.0 && 1.0 / q < 0.0) {
                    -0.0
                } else {
                    0.0
                }
            }
        }
        BinOp::Pow => {
            let t = float_floor(b);
            if b == 0.0 || a == 1.0 {
                return Ok(Some(Value::Float(1.0)));
            }
            if a == 0.0 && b > 0.0 && t != b {
                return Ok(Some(Value::Float(0.0)));
            }
            if t != b || b > 1.0e9 || b < -1.0e9 {
                if a < 0.0 && t != b && b == b && a > -1.0e308 * 10.0 {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite does not support complex numbers yet"));
                }
                if a == 0.0 && b < 0.0 {
                    return Err(float_div_by_zero("0.0 cannot be raised to a negative power"));
                }
                let r = a.powf(b);
                let finite_in = a == a && b == b && a - a == 0.0 && b - b == 0.0;
                if finite_in && r - r != 0.0 {
                    return Err(err(ExcKind::OverflowError, "(34, 'Numerical result out of range')"));
                }
                return Ok(Some(Value::Float(r)));
            }
            if a == 0.0 && b < 0.0 {
                return Err(float_div_by_zero("0.0 cannot be raised to a negative power"));
            }
            let r = float_pow_int(a, b as i64);
            if a - a == 0.0 && r - r != 0.0 {
                return Err(err(ExcKind::OverflowError, "(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

fn num_to_f(n: &Num) -> f64 {
    if n.is_float {
        n.f
    } else {
        n.i as f64
    }
}

/// The most items (or characters) a repeated sequence may have: past it,
/// `seq * n` raises MemoryError, as CPython does when the allocation fails.
/// 2^31 items on a 64-bit target, 2^26 (a gigabyte of values) on a 32-bit one.
fn max_repeat_items() -> i64 {
    if usize::MAX as u64 > u32::MAX as u64 {
        1 << 31
    } else {
        1 << 26
    }
}

/// `len * n` when the result may be built (n > 0 here).
fn repeat_len(len: usize, n: i64) -> Result<usize, PyErr> {
    match (len as i64).checked_mul(n) {
        Some(t) if t <= max_repeat_items() => Ok(t as usize),
        _ => Err(err(ExcKind::MemoryError, "")),
    }
}

/// `n` copies of `items`, in one allocation of the final size.
fn repeat<T: Clone>(items: &Vec<T>, n: i64) -> Result<Vec<T>, PyErr> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::with_capacity(repeat_len(items.len(), n)?);
    let mut k = 0;
    while k < n {
        for x in items.iter() {
            out.push(x.clone());
        }
        k += 1;
    }
    Ok(out)
}

fn seq_kind(heap: &Heap, v: &Value) -> u8 {
    match heap.get(v) {
        Some(Object::Str(_)) => 1,
        Some(Object::List(_)) => 2,
        Some(Object::Tuple(_)) => 3,
        _ => 0,
    }
}

pub fn items_of(heap: &Heap, v: &Value) -> Vec<Value> {
    match heap.get(v) {
        Some(Object::List(l)) | Some(Object::Tuple(l)) => l.clone(),
        _ => Vec::new(),
    }
}

pub fn binary_op(heap: &mut Heap, op: &BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, PyErr> {
    if *op == BinOp::MatMul {
        return Err(unsupported(heap, op, a, b, inplace));
    }
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        if !x.is_float && !y.is_float {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Value::Bool(*p && *q)),
                    BinOp::BitOr => return Ok(Value::Bool(*p || *q)),
                    BinOp::BitXor => return Ok(Value::Bool(*p != *q)),
                    _ => {}
                }
            }
            return int_op(op, x.i, y.i);
        }
        if *op == BinOp::Pow {
            let (fa, fb) = (num_to_f(&x), num_to_f(&y));
            if fa < 0.0 && fa > -1.0e308 * 10.0 && fb == fb && float_floor(fb) != fb && fb - fb == 0.0 {
                return crate::complex::real_pow_to_complex(heap, fa, fb);
            }
        }
        if let Some(v) = float_op(op, num_to_f(&x), num_to_f(&y))? {
            return Ok(v);
        }
        return Err(unsupported(heap, op, a, b, inplace));
    }
    if is_big(a) || is_big(b) {
        if let (Some(x), Some(y)) = (to_big(a), to_big(b)) {
            return big_int_op(op, &x, &y);
        }
        let fx = match (a, to_big(a)) {
            (Value::Float(f), _) => Some(*f),
            (_, Some(x)) => Some(int_to_f64(&x)?),
            _ => None,
        };
        let fy = match (b, to_big(b)) {
            (Value::Float(f), _) => Some(*f),
            (_, Some(y)) => Some(int_to_f64(&y)?),
            _ => None,
        };
        if let (Some(x), Some(y)) = (fx, fy) {
            if let Some(v) = float_op(op, x, y)? {
                return Ok(v);
            }
            return Err(unsupported(heap, op, a, b, inplace));
        }
    }
    if let Some(r) = crate::complex::binary_op(heap, op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = crate::bytes::binary_op(heap, op, a, b, inplace)? {
        return Ok(r);
    }
    let ka = seq_kind(heap, a);
    let kb = seq_kind(heap, b);
    if *op == BinOp::Add && ka != 0 {
        if ka == kb {
            if ka == 1 {
                let mut s = heap.str_chars(a).unwrap();
                let t = heap.str_chars(b).unwrap();
                for c in t.iter() {
                    s.push(*c);
                }
                return Ok(heap.new_str(s));
            }
            let mut items = items_of(heap, a);
            let more = items_of(heap, b);
            for x in more.iter() {
                items.push(x.clone());
            }
            if ka == 2 && inplace {
                if let Value::Ref(h) = a {
                    heap.objs[*h] = Object::List(items);
                }
                return Ok(a.clone());
            }
            return Ok(heap.alloc(if ka == 2 { Object::List(items) } else { Object::Tuple(items) }));
        }
        if ka == 2 && inplace {
            // list += iterable extends in place.
            let more = heap.collect(b)?;
            if let Value::Ref(h) = a {
                if let Object::List(l) = &mut heap.objs[*h] {
                    for x in more.iter() {
                        l.push(x.clone());
                    }
                }
            }
            return Ok(a.clone());
        }
        let what = if ka == 1 { "str" } else if ka == 2 { "list" } else { "tuple" };
        return Err(type_error(
            format!("can only concatenate {} (not \"{}\") to {}", what, heap.type_name(b), what).as_str(),
        ));
    }
    if *op == BinOp::Mul && (ka != 0 || kb != 0) {
        let (seq, count, k) = if ka != 0 { (a, b, ka) } else { (b, a, kb) };
        let n = match count {
            Value::Int(n) => *n,
            Value::BigInt(_) => return Err(index_overflow()),
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
        if k == 1 {
            let out = repeat(&heap.str_chars(seq).unwrap(), n)?;
            return Ok(heap.new_str(out));
        }
        let items = repeat(&items_of(heap, seq), n)?;
        if k == 2 && inplace {
            if let Value::Ref(h) = seq {
                heap.objs[*h] = Object::List(items);
            }
            return Ok(seq.clone());
        }
        return Ok(heap.alloc(if k == 2 { Object::List(items) } else { Object::Tuple(items) }));
    }
    if *op == BinOp::Mod && ka == 1 {
        return crate::format::percent_format(heap, a, b);
    }
    if *op == BinOp::Mod {
        if let Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) = heap.get(a) {
            return crate::format::bytes_percent_format(heap, a, b);
        }
    }
    if *op == BinOp::BitOr {
        if let (Some(Object::Dict(d1)), Some(Object::Dict(d2))) = (heap.get(a), heap.get(b)) {
            let src = d2.clone();
            if inplace {
                if let Value::Ref(h) = a {
                    let h = *h;
                    let mut d = match &mut heap.objs[h] {
                        Object::Dict(d) => *std::mem::replace(d, Box::new(crate::dict::DictObj::new())),
                        _ => crate::dict::DictObj::new(),
                    };
                    heap.dict_merge(&mut d, &src);
                    heap.objs[h] = Object::Dict(Box::new(d));
                }
                return Ok(a.clone());
            }
            let mut d = d1.clone();
            heap.dict_merge(&mut d, &src);
            return Ok(heap.alloc(Object::Dict(d)));
        }
        if inplace && heap.is_dict(a) && seq_kind(heap, b) >= 2 {
            // dict |= iterable of pairs updates in place, like update().
            let pairs = items_of(heap, b);
            if let Value::Ref(h) = a {
                for k in 0..pairs.len() {
                    let kv = heap.collect(&pairs[k])?;
                    if kv.len() != 2 {
                        return Err(err(
                            ExcKind::ValueError,
                            format!("dictionary update sequence element #{} has length {}; 2 is required", k, kv.len()).as_str(),
                        ));
                    }
                    heap.dict_set_h(*h, &kv[0], &kv[1])?;
                }
            }
            return Ok(a.clone());
        }
    }
    Err(unsupported(heap, op, a, b, inplace))
}

fn unsupported(heap: &Heap, op: &BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    let sym = if inplace { op.inplace_symbol() } else { op.symbol() };
    type_error(
        format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, heap.type_name(a), heap.type_name(b)).as_str(),
    )
}

pub fn unary_op(heap: &mut Heap, op: &UnaryOp, v: &Value) -> Result<Value, PyErr> {
    if *op == UnaryOp::Not {
        return Ok(Value::Bool(!heap.truthy(v)));
    }
    if *op != UnaryOp::Invert {
        if let Some(r) = crate::complex::unary(heap, *op == UnaryOp::Neg, v) {
            return Ok(r);
        }
    }
    if let Value::BigInt(b) = v {
        let r = match op {
            UnaryOp::Neg => b.neg(),
            UnaryOp::Pos => (**b).clone(),
            _ => b.invert(),
        };
        return Ok(crate::bigint_ops::big_value(r));
    }
    if let Some(n) = num_of(v) {
        match op {
            UnaryOp::Neg => {
                if n.is_float {
                    return Ok(Value::Float(-n.f));
                }
                return match (0 as i64).checked_sub(n.i) {
                    Some(r) => Ok(Value::Int(r)),
                    None => Ok(crate::bigint_ops::big_value(BigInt::from_i64(n.i).neg())),
                };
            }
            UnaryOp::Pos => {
                if n.is_float {
                    return Ok(Value::Float(n.f));
                }
                return Ok(Value::Int(n.i));
            }
            _ => {
                if !n.is_float {
                    return Ok(Value::Int(!n.i));
                }
            }
        }
    }
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        _ => "~",
    };
    Err(type_error(format!("bad operand type for unary {}: '{}'", sym, heap.type_name(v)).as_str()))
}

/// Identity (`is`).  Immediates compare by value.
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Ref(x), Value::Ref(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => x.cmp(y) == 0,
        _ => false,
    }
}

pub fn compare(heap: &Heap, op: &CmpOp, a: &Value, b: &Value) -> Result<Value, PyErr> {
    let r = match op {
        CmpOp::Eq => heap.eq(a, b),
        CmpOp::NotEq => !heap.eq(a, b),
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => heap.ordered(a, b, op.symbol())?,
        CmpOp::In => contains(heap, b, a)?,
        CmpOp::NotIn => !contains(heap, b, a)?,
        CmpOp::Is => is_same(a, b),
        CmpOp::IsNot => !is_same(a, b),
    };
    Ok(Value::Bool(r))
}

/// `item in container`.
pub fn contains(heap: &Heap, container: &Value, item: &Value) -> Result<bool, PyErr> {
    if let Value::Ref(h) = container {
        match &heap.objs[*h] {
            Object::Str(s) => {
                let sub = match heap.get(item) {
                    Some(Object::Str(t)) => t,
                    _ => {
                        return Err(type_error(
                            format!("'in <string>' requires string as left operand, not {}", heap.type_name(item)).as_str(),
                        ))
                    }
                };
                return Ok(find_sub(s, sub, 0) >= 0);
            }
            Object::List(l) | Object::Tuple(l) => {
                for x in l.iter() {
                    if crate::ops::is_same(x, item) || heap.eq(x, item) {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Object::Bytes(d) | Object::ByteArray(d) => return crate::bytes::contains(heap, d, item),
            Object::Dict(d) => {
                return Ok(heap.dict_find(d, item)?.is_some());
            }
            Object::Range(a, b, st) => {
                let i = match item {
                    Value::Int(i) => *i,
                    Value::Bool(t) => {
                        if *t {
                            1
                        } else {
                            0
                        }
                    }
                    _ => return Ok(false),
                };
                let inside = if *st > 0 { i >= *a && i < *b } else { i <= *a && i > *b };
                return Ok(inside && (i - *a) % *st == 0);
            }
            Object::DictView(d, kind) => {
                if let Object::Dict(dd) = &heap.objs[*d] {
                    if *kind == 0 {
                        return Ok(heap.dict_find(dd, item)?.is_some());
                    }
                    if *kind == 1 {
                        for p in 0..dd.end() {
                            if dd.is_live(p) && heap.eq(dd.value_at(p), item) {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    if let Some(Object::Tuple(pair)) = heap.get(item) {
                        if pair.len() == 2 {
                            if let Some(i) = heap.dict_find(dd, &pair[0])? {
                                return Ok(heap.eq(dd.value_at(i), &pair[1]));
                            }
                        }
                    }
                    return Ok(false);
                }
            }
            _ => {}
        }
    }
    Err(type_error(format!("argument of type '{}' is not iterable", heap.type_name(container)).as_str()))
}

/// Index of the first occurrence of `sub` in `s` at or after `start`, or -1.
pub fn find_sub(s: &Vec<char>, sub: &Vec<char>, start: usize) -> i64 {
    let n = sub.len();
    if n > s.len() {
        return -1;
    }
    let last = s.len() - n;
    if n == 0 {
        return if start <= last { start as i64 } else { -1 };
    }
    if n == 1 {
        return find_char(s, sub[0], start);
    }
    // Horspool's scan with a 64-bit filter of the needle's characters: test the character
    // under the needle's last position first, and after a miss skip past a following
    // character that cannot occur in the needle at all.
    let m = n - 1;
    let tail = sub[m];
    let mut filter: u64 = 1u64 << (tail as u32 & 63);
    let mut skip = m;
    for j in 0..m {
        filter |= 1u64 << (sub[j] as u32 & 63);
        if sub[j] == tail {
            skip = m - 1 - j;
        }
    }
    let mut i = start;
    while i <= last {
        if s[i + m] == tail {
            let mut j = 0;
            while j < m && s[i + j] == sub[j] {
                j += 1;
            }
            if j == m {
                return i as i64;
            }
            if i < last && filter & (1u64 << (s[i + n] as u32 & 63)) == 0 {
                i += n + 1;
            } else {
                i += skip + 1;
            }
        } else if i < last && filter & (1u64 << (s[i + n] as u32 & 63)) == 0 {
            i += n + 1;
        } else {
            i += 1;
        }
    }
    -1
}

/// The first index at or after `start` holding `c`, or -1.
pub fn find_char(s: &Vec<char>, c: char, start: usize) -> i64 {
    let mut i = start;
    while i < s.len() {
        if s[i] == c {
            return i as i64;
        }
        i += 1;
    }
    -1
}

/// Converts an index value to i64 (ints and bools only).
pub fn index_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(if *b { 1 } else { 0 }),
        _ => None,
    }
}
