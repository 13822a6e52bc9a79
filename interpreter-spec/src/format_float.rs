//! Float formatting runtime: exact decimal expansion of doubles and the
//! 'f' / 'e' / 'g' layouts plus `round()`.
//!
//! Invariants: everything is computed from the *exact* decimal value of
//! the binary double (big-number arithmetic on digit vectors) with
//! round-half-even, so results equal CPython's correctly rounded output;
//! only float multiplications/divisions by 2 (always exact) are used.

use crate::format::push_all;
use crate::ops::float_floor;


/// For finite x > 0: (digits, decpt) with x == 0.d1d2d3... * 10^decpt
/// exactly; digits[0] != 0 and there are no trailing zeros.
pub fn exact_decimal(x: f64) -> (Vec<u8>, i64) {
    // x = m * 2^e with m an integer below 2^53 (all steps are exact).
    let mut y = x;
    let mut e: i64 = 0;
    while y >= 9007199254740992.0 {
        y = y / 2.0;
        e += 1;
    }
    while y != float_floor(y) {
        y = y * 2.0;
        e -= 1;
    }
    let mut m = y as i64;
    // Little-endian decimal digits of m.
    let mut d: Vec<u8> = Vec::new();
    while m > 0 {
        d.push((m % 10) as u8);
        m = m / 10;
    }
    let mult: u32 = if e >= 0 { 2 } else { 5 };
    let times = if e >= 0 { e } else { 0 - e };
    for _ in 0..times {
        let mut carry: u32 = 0;
        for k in 0..d.len() {
            let t = d[k] as u32 * mult + carry;
            d[k] = (t % 10) as u8;
            carry = t / 10;
        }
        while carry > 0 {
            d.push((carry % 10) as u8);
            carry = carry / 10;
        }
    }
    // Big-endian, value = D * 10^(e<0 ? e : 0).
    let mut digits: Vec<u8> = Vec::new();
    let mut k = d.len();
    while k > 0 {
        k -= 1;
        digits.push(d[k]);
    }
    let scale = if e < 0 { e } else { 0 };
    let decpt = digits.len() as i64 + scale;
    while !digits.is_empty() && digits[digits.len() - 1] == 0 {
        digits.pop();
    }
    (digits, decpt)
}

/// Rounds 0.digits*10^decpt half-even keeping `keep` leading digits.
/// Returns exactly max(keep, 0) digits (or keep+1 after a carry out).
pub fn round_digits(digits: &Vec<u8>, decpt: i64, keep: i64) -> (Vec<u8>, i64) {
    let mut out: Vec<u8> = Vec::new();
    if keep < 0 {
        return (out, decpt);
    }
    for k in 0..keep {
        let k = k as usize;
        out.push(if k < digits.len() { digits[k] } else { 0 });
    }
    let ku = keep as usize;
    if ku >= digits.len() {
        return (out, decpt);
    }
    let first = digits[ku];
    let mut rest_nonzero = false;
    for k in (ku + 1)..digits.len() {
        if digits[k] != 0 {
            rest_nonzero = true;
        }
    }
    let last_odd = ku > 0 && out[ku - 1] % 2 == 1;
    let up = first > 5 || (first == 5 && (rest_nonzero || last_odd));
    if !up {
        return (out, decpt);
    }
    let mut i = ku;
    loop {
        if i == 0 {
            out.insert(0, 1);
            return (out, decpt + 1);
        }
        i -= 1;
        if out[i] == 9 {
            out[i] = 0;
        } else {
            out[i] += 1;
            return (out, decpt);
        }
    }
}

pub fn digit_char(d: u8) -> char {
    match crate::lexer::char_from_code('0' as u32 + d as u32) {
        Some(c) => c,
        None => '0',
    }
}

/// |x| with `prec` digits after the point ('f').
pub fn fixed_abs(x: f64, prec: i64) -> Vec<char> {
    let (digits, decpt) = if x == 0.0 { (Vec::new(), 0) } else { exact_decimal(x) };
    let (r, dp) = round_digits(&digits, decpt, decpt + prec);
    let mut out = Vec::new();
    if dp <= 0 {
        out.push('0');
    } else {
        for k in 0..dp {
            let k = k as usize;
            out.push(digit_char(if k < r.len() { r[k] } else { 0 }));
        }
    }
    if prec > 0 {
        out.push('.');
        for k in 0..prec {
            let idx = dp + k;
            let d = if idx < 0 || idx as usize >= r.len() { 0 } else { r[idx as usize] };
            out.push(digit_char(d));
        }
    }
    out
}

/// |x| in exponent form with `prec` digits after the point ('e').
pub fn exp_abs(x: f64, prec: i64, upper: bool) -> Vec<char> {
    let (digits, decpt) = if x == 0.0 { (Vec::new(), 1) } else { exact_decimal(x) };
    let (r, dp) = round_digits(&digits, decpt, prec + 1);
    let mut out = Vec::new();
    out.push(digit_char(if r.is_empty() { 0 } else { r[0] }));
    if prec > 0 {
        out.push('.');
        for k in 1..(prec + 1) {
            let k = k as usize;
            out.push(digit_char(if k < r.len() { r[k] } else { 0 }));
        }
    }
    let e = if x == 0.0 { 0 } else { dp - 1 };
    out.push(if upper { 'E' } else { 'e' });
    out.push(if e < 0 { '-' } else { '+' });
    let ae = if e < 0 { 0 - e } else { e };
    if ae < 10 {
        out.push('0');
    }
    push_all(&mut out, ae.to_string().as_str());
    out
}

/// 'g' formatting of |x| (`add_dot_0` for the no-type-with-precision case).
pub fn general_abs(x: f64, prec_in: i64, alt: bool, upper: bool, add_dot_0: bool) -> Vec<char> {
    let prec = if prec_in == 0 { 1 } else { prec_in };
    let exp = if x == 0.0 {
        0
    } else {
        let (digits, decpt) = exact_decimal(x);
        let (_, dp) = round_digits(&digits, decpt, prec);
        dp - 1
    };
    // With add_dot_0 (no presentation type) a fixed form needs a digit
    // after the point, so exponents start one place earlier.
    let limit = if add_dot_0 { prec - 1 } else { prec };
    let mut out = if exp >= -4 && exp < limit { fixed_abs(x, prec - 1 - exp) } else { exp_abs(x, prec - 1, upper) };
    if !alt {
        // Strip trailing zeros (and a bare point) from the mantissa.
        let mut mant: Vec<char> = Vec::new();
        let mut tail: Vec<char> = Vec::new();
        let mut in_exp = false;
        for c in out.iter() {
            if *c == 'e' || *c == 'E' {
                in_exp = true;
            }
            if in_exp {
                tail.push(*c);
            } else {
                mant.push(*c);
            }
        }
        let mut has_point = false;
        for c in mant.iter() {
            if *c == '.' {
                has_point = true;
            }
        }
        if has_point {
            while !mant.is_empty() && mant[mant.len() - 1] == '0' {
                mant.pop();
            }
            if !mant.is_empty() && mant[mant.len() - 1] == '.' {
                mant.pop();
            }
        }
        if add_dot_0 && tail.is_empty() {
            let mut point = false;
            for c in mant.iter() {
                if *c == '.' {
                    point = true;
                }
            }
            if !point {
                push_all(&mut mant, ".0");
            }
        }
        for c in tail.iter() {
            mant.push(*c);
        }
        out = mant;
    }
    out
}

/// Python's `round(x, n)` for floats: round-half-even on the exact value.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if x != x || x == 0.0 || x > 1.7976931348623157e308 || x < -1.7976931348623157e308 {
        return x;
    }
    if ndigits > 300 {
        return x;
    }
    let neg = x < 0.0;
    let a = if neg { -x } else { x };
    let (digits, decpt) = exact_decimal(a);
    let (r, dp) = round_digits(&digits, decpt, decpt + ndigits);
    let mut chars: Vec<char> = Vec::new();
    for d in r.iter() {
        chars.push(digit_char(*d));
    }
    let v = crate::floatparse::digits_to_float(&chars, dp - r.len() as i64);
    if neg {
        -v
    } else {
        v
    }
}

/// The '#' form of a number written without a decimal point: a point
/// after the mantissa's digits (before any exponent or '%').
pub fn alt_point(digits: Vec<char>) -> Vec<char> {
    let mut out = Vec::new();
    let mut done = false;
    for c in digits.iter() {
        if !done && (*c == 'e' || *c == 'E' || *c == '%') {
            out.push('.');
            done = true;
        }
        out.push(*c);
    }
    if !done {
        out.push('.');
    }
    out
}
