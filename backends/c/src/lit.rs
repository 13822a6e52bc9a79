//! C literals for IR constants, and the float-to-int helpers of the header.

use crate::ctypes::int_name;

/// An integer constant of the given IR type as an atomic, correctly typed C expression.
/// The value is first reduced to the type's range (so both `-1` and `255` mean `u8` 255).
pub(crate) fn int_lit(v: i128, bits: u8, signed: bool) -> String {
    let ty = int_name(bits, signed);
    let u: u128 = if bits >= 128 { v as u128 } else { (v as u128) & ((1u128 << bits) - 1) };
    if bits == 128 {
        let hi = (u >> 64) as u64;
        let lo = u as u64;
        return if hi == 0 {
            format!("(({}){}ULL)", ty, lo)
        } else {
            format!("(({})(((pyrc_u128){}ULL << 64) | {}ULL))", ty, hi, lo)
        };
    }
    if signed {
        let s: i128 = if (u >> (bits - 1)) & 1 == 1 { u as i128 - (1i128 << bits) } else { u as i128 };
        if s == -(1i128 << (bits - 1)) {
            return format!("INT{}_MIN", bits);
        }
        let mag = s.unsigned_abs();
        let suffix = if mag > i32::MAX as u128 { "LL" } else { "" };
        let sign = if s < 0 { "-" } else { "" };
        format!("(({}){}{}{})", ty, sign, mag, suffix)
    } else {
        let suffix = if u > u32::MAX as u128 { "ULL" } else { "U" };
        format!("(({}){}{})", ty, u, suffix)
    }
}

/// An `f64` constant as an exact C expression. Normal numbers use Rust's shortest
/// round-trip decimal form (`0.1`, `1e16`), which a correctly rounding C compiler (GCC,
/// Clang) reads back bit for bit; subnormals use a hexadecimal literal, which is exact
/// everywhere; NaN and the infinities use builtins. Only NaN payloads are not preserved.
pub(crate) fn f64_lit(x: f64) -> String {
    let neg = x.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if x.is_nan() {
        return format!("({}__builtin_nan(\"\"))", sign);
    }
    if x.is_infinite() {
        return format!("({}__builtin_inf())", sign);
    }
    let body = if x.is_normal() {
        let d = format!("{:?}", x.abs());
        debug_assert!(d.contains('.') || d.contains('e'));
        d
    } else {
        hex_f64(x.abs())
    };
    if neg {
        format!("(-{})", body)
    } else {
        body
    }
}

/// A non-negative finite `f64` as a C99 hexadecimal floating literal.
pub(crate) fn hex_f64(x: f64) -> String {
    if x == 0.0 {
        return "0.0".to_string();
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut frac = format!("{:013x}", mant);
    while frac.ends_with('0') {
        frac.pop();
    }
    let dot = if frac.is_empty() { String::new() } else { format!(".{}", frac) };
    format!("0x{}{}p{:+}", lead, dot, e)
}

/// Name of the saturating `double` -> integer helper for an integer type.
pub(crate) fn f64_to_int_helper(bits: u8, signed: bool) -> String {
    format!("pyrc_f64_to_{}{}", if signed { "i" } else { "u" }, bits)
}

/// `static inline` helpers implementing Rust's saturating `f64 as int` (NaN -> 0).
pub(crate) fn f64_to_int_helpers(with_i128: bool) -> String {
    let mut s = String::from("/* Rust `as` from f64 to integers: saturating, NaN -> 0. */\n");
    let mut widths = vec![8u8, 16, 32, 64];
    if with_i128 {
        widths.push(128);
    }
    for signed in [true, false] {
        for &bits in &widths {
            let ty = int_name(bits, signed);
            let (min, max) = match (bits, signed) {
                (128, true) => (
                    "(-(pyrc_i128)(~(pyrc_u128)0 >> 1) - 1)".to_string(),
                    "(pyrc_i128)(~(pyrc_u128)0 >> 1)".to_string(),
                ),
                (128, false) => ("0".to_string(), "(~(pyrc_u128)0)".to_string()),
                (_, true) => (format!("INT{}_MIN", bits), format!("INT{}_MAX", bits)),
                (_, false) => ("0".to_string(), format!("UINT{}_MAX", bits)),
            };
            // (double)max rounds up to 2^k for 64/128-bit types, so `>=` is the right test.
            s.push_str(&format!(
                "static inline {ty} {name}(double x)\n{{\n    if (x != x) return 0;\n    if (x <= (double){min}) return {min};\n    if (x >= (double){max}) return {max};\n    return ({ty})x;\n}}\n",
                ty = ty,
                name = f64_to_int_helper(bits, signed),
                min = min,
                max = max
            ));
        }
    }
    s.push('\n');
    s
}
