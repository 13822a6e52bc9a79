//! Fast paths for arithmetic and comparisons on unboxed ints and floats,
//! and for indexing lists and tuples with an int, tried by the dispatch
//! loop before the general protocols (ops.rs, subscript.rs).
//!
//! Invariant: a function here returns Some only when the value equals what
//! the general path computes; every other case, including each one that
//! raises (overflow to a big int, division by zero), returns None and the
//! general path decides.

use crate::ast::{BinOp, CmpOp};
use crate::objects::{Heap, Object, Value};

/// Ints of at most this magnitude convert to f64 exactly.
const EXACT_F64: i64 = 1 << 53;

fn exact(x: i64) -> bool {
    x >= -EXACT_F64 && x <= EXACT_F64
}

#[inline]
pub fn fast_binary(op: &BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => fast_int(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => fast_float(op, *x, *y),
        (Value::Int(x), Value::Float(y)) => fast_float(op, *x as f64, *y),
        (Value::Float(x), Value::Int(y)) => fast_float(op, *x, *y as f64),
        _ => None,
    }
}

fn fast_int(op: &BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y > 0 => {
            let q = x / y;
            Some(if x % y < 0 { q - 1 } else { q })
        }
        BinOp::Mod if y > 0 => {
            let r = x % y;
            Some(if r < 0 { r + y } else { r })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift if y >= 0 => Some(if y >= 63 { if x < 0 { -1 } else { 0 } } else { x >> y }),
        BinOp::LShift if y >= 0 && y < 63 => {
            let s = x << y;
            if s >> y == x {
                Some(s)
            } else {
                None
            }
        }
        BinOp::Div if y != 0 && exact(x) && exact(y) => {
            return Some(Value::Float(x as f64 / y as f64));
        }
        _ => None,
    };
    match r {
        Some(v) => Some(Value::Int(v)),
        None => None,
    }
}

fn fast_float(op: &BinOp, x: f64, y: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// `<`, `<=`, `>`, `>=`, `==`, `!=` on two ints, two floats, or an int
/// and a float when the int converts exactly.
pub fn fast_compare(op: &CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => ordered(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => ordered(op, *x, *y),
        (Value::Int(x), Value::Float(y)) if exact(*x) => ordered(op, *x as f64, *y),
        (Value::Float(x), Value::Int(y)) if exact(*y) => ordered(op, *x, *y as f64),
        _ => None,
    }
}

/// The six ordering comparisons; for floats, IEEE's (NaN compares false
/// but for `!=`), which is Python's.
pub fn ordered<T: PartialOrd>(op: &CmpOp, x: T, y: T) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

/// The position `i` (negative: from the end) designates in `n` items.
fn position(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let k = if i < 0 { i + n } else { i };
    if k >= 0 && k < n {
        Some(k as usize)
    } else {
        None
    }
}

/// `obj[idx]` for an exact list or tuple and an int index in range.
pub fn fast_index(heap: &Heap, obj: &Value, idx: &Value) -> Option<Value> {
    if let (Value::Ref(h), Value::Int(i)) = (obj, idx) {
        let items = match &heap.objs[*h] {
            Object::List(items) => items,
            Object::Tuple(items) => items,
            _ => return None,
        };
        if let Some(k) = position(*i, items.len()) {
            return Some(items[k].clone());
        }
    }
    None
}

/// The character `obj[idx]` for an exact str and an int index in range.
pub fn str_index(heap: &Heap, obj: &Value, idx: &Value) -> Option<char> {
    if let (Value::Ref(h), Value::Int(i)) = (obj, idx) {
        if let Object::Str(cs) = &heap.objs[*h] {
            return position(*i, cs.len()).map(|k| cs[k]);
        }
    }
    None
}

/// `obj[idx] = v` for an exact list and an int index in range: None when
/// stored, else `v` back for the general path.
pub fn fast_store_index(heap: &mut Heap, obj: &Value, idx: &Value, v: Value) -> Option<Value> {
    if let (Value::Ref(h), Value::Int(i)) = (obj, idx) {
        if let Object::List(items) = &mut heap.objs[*h] {
            if let Some(k) = position(*i, items.len()) {
                items[k] = v;
                return None;
            }
        }
    }
    Some(v)
}
