//! Python `int` semantics for values that do not fit a machine word: the
//! glue between `Value` and bigint.rs (used by ops.rs, objects.rs and the
//! builtins).
//!
//! Invariants:
//! - `Value::Int` holds every int in the i64 range; `Value::BigInt` only
//!   values outside it.  Every result goes through `big_value`, which
//!   demotes back to `Value::Int` when the value fits.
//! - Ints never mix silently with floats: a float operand converts the int
//!   with `int_to_f64` (OverflowError when out of range), but comparisons
//!   are exact (`cmp_numbers`).
//! - int <-> decimal string conversion enforces CPython 3.11's default
//!   limit of 4300 digits, with its messages.

use crate::ast::BinOp;
use crate::bigint::BigInt;
use crate::objects::{err, ExcKind, PyErr, Value};

pub const MAX_STR_DIGITS: usize = 4300;

/// Normalises a BigInt result: `Value::Int` when it fits in an i64.
pub fn big_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Box::new(b)),
    }
}

/// A big int constant from its decimal digits (a literal; no digit limit).
pub fn decimal_const(d: &str) -> Value {
    let mut digits: Vec<u32> = Vec::new();
    for c in d.chars() {
        digits.push(c as u32 - '0' as u32);
    }
    big_value(BigInt::from_digits(&digits, 10))
}

/// The BigInt view of an int-like value (int, bool, big int).
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from_i64(*i)),
        Value::Bool(b) => Some(BigInt::from_i64(if *b { 1 } else { 0 })),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn is_big(v: &Value) -> bool {
    match v {
        Value::BigInt(_) => true,
        _ => false,
    }
}

fn int_too_large_for_float() -> PyErr {
    err(ExcKind::OverflowError, "int too large to convert to float")
}

/// float(int), correctly rounded.
pub fn int_to_f64(b: &BigInt) -> Result<f64, PyErr> {
    match b.to_f64() {
        Some(f) => Ok(f),
        None => Err(int_too_large_for_float()),
    }
}

/// int(f) for a float outside the i64 range.
pub fn float_to_int(f: f64) -> Result<Value, PyErr> {
    if f != f {
        return Err(err(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
        return Err(err(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    Ok(big_value(BigInt::from_f64(f)))
}

/// An int argument that must fit a machine index (`[x] * n`, `x[n]`).
pub fn index_overflow() -> PyErr {
    err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")
}

/// Multiplies by 2**e exactly (barring overflow/underflow).
fn ldexp(f: f64, e: i64) -> f64 {
    let mut r = f;
    let mut k = e;
    while k > 0 {
        let step = if k > 600 { 600 } else { k };
        r = r * f64::from_bits(((1023 + step) as u64) << 52);
        k -= step;
    }
    while k < 0 {
        let step = if k < -600 { 600 } else { 0 - k };
        r = r * f64::from_bits(((1023 - step) as u64) << 52);
        k += step;
    }
    r
}

/// Correctly rounded a / b (b nonzero), like CPython's long_true_divide.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Result<f64, PyErr> {
    if a.is_zero() {
        return Ok(if a.neg != b.neg { -0.0 } else { 0.0 });
    }
    let la = a.bit_length() as i64;
    let lb = b.bit_length() as i64;
    if la <= 53 && lb <= 53 {
        return Ok(a.to_f64().unwrap() / b.to_f64().unwrap());
    }
    // q = a * 2^-shift / b with at least 55 significant bits.
    let shift = la - lb - 56;
    let (n, d) = if shift > 0 { (a.abs(), b.abs().shl(shift as u64)) } else { (a.abs().shl((0 - shift) as u64), b.abs()) };
    let (q, r) = n.divmod_trunc(&d);
    // One extra low bit carries "inexact", so to_f64 rounds correctly.
    let mut q2 = q.shl(1);
    if !r.is_zero() {
        q2 = q2.add(&BigInt::from_i64(1));
    }
    let qf = q2.to_f64().unwrap();
    let e = shift - 1;
    let bits = q2.bit_length() as i64;
    if bits + e > 1024 {
        return Err(err(ExcKind::OverflowError, "integer division result too large for a float"));
    }
    let f = ldexp(qf, e);
    if f > 1.7976931348623157e308 {
        return Err(err(ExcKind::OverflowError, "integer division result too large for a float"));
    }
    Ok(if a.neg != b.neg { -f } else { f })
}

/// Integer binary operators on arbitrary-precision operands.
pub fn big_int_op(op: &BinOp, a: &BigInt, b: &BigInt) -> Result<Value, PyErr> {
    let r = match op {
        BinOp::MatMul => return Err(crate::objects::type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        BinOp::Add => a.add(b),
        BinOp::Sub => a.sub(b),
        BinOp::Mul => a.mul(b),
        BinOp::Div => {
            if b.is_zero() {
                return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
            }
            return Ok(Value::Float(true_divide(a, b)?));
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(err(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            a.divmod_floor(b).0
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            a.divmod_floor(b).1
        }
        BinOp::Pow => {
            if b.neg {
                let fa = int_to_f64(a)?;
                let fb = int_to_f64(b)?;
                if fa == 0.0 {
                    return Err(err(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
                }
                return crate::ops::float_pow(fa, fb);
            }
            if a.is_zero() || (a.mag.len() == 1 && a.mag[0] == 1) {
                if a.is_zero() {
                    if b.is_zero() {
                        BigInt::from_i64(1)
                    } else {
                        BigInt::zero()
                    }
                } else if a.neg && b.is_odd() {
                    BigInt::from_i64(-1)
                } else {
                    BigInt::from_i64(1)
                }
            } else {
                // Results beyond 2^(2^36) bits are refused (CPython would
                // exhaust memory).
                let e = match b.to_i64() {
                    Some(e) => e as u64,
                    None => return Err(err(ExcKind::MemoryError, "")),
                };
                if e > ((1 as u64) << 36) / a.bit_length() {
                    return Err(err(ExcKind::MemoryError, ""));
                }
                a.pow(e)
            }
        }
        BinOp::LShift => {
            if b.neg {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // CPython fails to allocate huge results (MemoryError) and
            // rejects shift counts whose word count overflows Py_ssize_t.
            match b.to_i64() {
                Some(n) if n <= 1 << 36 => a.shl(n as u64),
                Some(_) => return Err(err(ExcKind::MemoryError, "")),
                None => {
                    // CPython counts the shift in 30-bit words.
                    if b.divmod_trunc(&BigInt::from_i64(30)).0.to_i64().is_some() {
                        return Err(err(ExcKind::MemoryError, ""));
                    }
                    return Err(err(ExcKind::OverflowError, "too many digits in integer"));
                }
            }
        }
        BinOp::RShift => {
            if b.neg {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            match b.to_i64() {
                Some(n) => a.shr(n as u64),
                None => BigInt::from_i64(if a.neg { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => a.bitwise(b, 0),
        BinOp::BitOr => a.bitwise(b, 1),
        BinOp::BitXor => a.bitwise(b, 2),
    };
    Ok(big_value(r))
}

/// -1, 0, 1 comparing a big int with a float exactly; 2 if f is NaN.
fn cmp_big_float(b: &BigInt, f: f64) -> i32 {
    if f != f {
        return 2;
    }
    if f > 1.7976931348623157e308 {
        return -1;
    }
    if f < -1.7976931348623157e308 {
        return 1;
    }
    let t = BigInt::from_f64(f);
    let c = b.cmp(&t);
    if c != 0 {
        return c;
    }
    // Equal integer parts: the fraction decides (|f| < 2^53 here).
    let frac = f - t.to_f64().unwrap();
    if frac > 0.0 {
        -1
    } else if frac < 0.0 {
        1
    } else {
        0
    }
}

/// Compares two numbers when at least one is a big int: -1, 0, 1, or 2
/// for unordered (NaN); None unless both are numbers.
pub fn cmp_numbers(a: &Value, b: &Value) -> Option<i32> {
    if let Value::Float(f) = b {
        let x = to_big(a)?;
        return Some(cmp_big_float(&x, *f));
    }
    if let Value::Float(f) = a {
        let y = to_big(b)?;
        let c = cmp_big_float(&y, *f);
        return Some(if c == 2 { 2 } else { 0 - c });
    }
    let x = to_big(a)?;
    let y = to_big(b)?;
    Some(x.cmp(&y))
}

/// The error CPython 3.11 raises for int -> str beyond 4300 digits.
pub fn str_digits_error() -> PyErr {
    err(
        ExcKind::ValueError,
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    )
}

/// Decimal text of a big int (sign included), or the digit-limit error.
pub fn big_to_decimal(b: &BigInt) -> Result<String, PyErr> {
    // 2^14300 > 10^4304: certainly too long, skip the conversion.
    if b.bit_length() > 14300 {
        return Err(str_digits_error());
    }
    let digits = b.to_decimal();
    if digits.len() > MAX_STR_DIGITS {
        return Err(str_digits_error());
    }
    let mut s = String::with_capacity(digits.len() + 1);
    if b.neg {
        s.push('-');
    }
    for c in digits.iter() {
        s.push(*c);
    }
    Ok(s)
}

/// Digit-limit check for a value about to be printed (str/repr).
pub fn check_str_digits(v: &Value) -> Result<(), PyErr> {
    if let Value::BigInt(b) = v {
        big_to_decimal(b)?;
    }
    Ok(())
}

/// Digits of |v| for format codes d/x/X/o/b (v int-like).
pub fn big_digits(b: &BigInt, ty: char) -> Result<Vec<char>, PyErr> {
    Ok(match ty {
        'x' => b.to_pow2_radix(4, false),
        'X' => b.to_pow2_radix(4, true),
        'o' => b.to_pow2_radix(3, false),
        'b' => b.to_pow2_radix(1, false),
        _ => {
            if b.bit_length() > 14300 {
                return Err(str_digits_error());
            }
            let d = b.to_decimal();
            if d.len() > MAX_STR_DIGITS {
                return Err(str_digits_error());
            }
            d
        }
    })
}

/// Parses the digits of an int literal string (after sign and prefix,
/// underscores already validated and removed) in `base`.
pub fn parse_digits(digits: &Vec<u32>, base: u32, neg: bool) -> Result<Value, PyErr> {
    let pow2 = base == 2 || base == 4 || base == 8 || base == 16 || base == 32;
    if !pow2 && digits.len() > MAX_STR_DIGITS {
        return Err(err(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            )
            .as_str(),
        ));
    }
    let b = BigInt::from_digits(digits, base);
    Ok(big_value(if neg { b.neg() } else { b }))
}

/// `pow(a, e, m)` for ints.
pub fn pow_mod(a: &Value, e: &Value, m: &Value) -> Result<Value, PyErr> {
    let (x, y, z) = match (to_big(a), to_big(e), to_big(m)) {
        (Some(x), Some(y), Some(z)) => (x, y, z),
        _ => {
            return Err(crate::objects::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ))
        }
    };
    if z.is_zero() {
        return Err(err(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    if y.neg {
        // Modular inverse (Python 3.8+).
        let base = x.divmod_floor(&z).1;
        let inv = match mod_inverse(&base, &z.abs()) {
            Some(i) => i,
            None => return Err(err(ExcKind::ValueError, "base is not invertible for the given modulus")),
        };
        let r = inv.pow_mod(&y.neg(), &z);
        return Ok(big_value(r));
    }
    Ok(big_value(x.pow_mod(&y, &z)))
}

/// x^-1 mod m (m > 0), by the extended Euclidean algorithm.
fn mod_inverse(x: &BigInt, m: &BigInt) -> Option<BigInt> {
    let mut a = x.divmod_floor(m).1;
    let mut b = m.clone();
    let mut s0 = BigInt::from_i64(1);
    let mut s1 = BigInt::zero();
    while !b.is_zero() {
        let (q, r) = a.divmod_floor(&b);
        let s2 = s0.sub(&q.mul(&s1));
        a = b;
        b = r;
        s0 = s1;
        s1 = s2;
    }
    match a.to_i64() {
        Some(1) => {}
        _ => return None,
    }
    Some(s0.divmod_floor(m).1)
}
