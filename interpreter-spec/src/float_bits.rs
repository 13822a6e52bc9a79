//! IEEE 754 binary formats narrower than f64 (half `e`, single `f`),
//! packed from and unpacked to f64 in integer arithmetic, for `struct`
//! and `array`.
//!
//! Invariants:
//! - `pack_float` rounds half to even, like a C cast to float and like
//!   CPython's PyFloat_Pack2; it returns None when the rounded value is
//!   too large for the format (the caller decides: error or infinity).
//! - NaNs keep their sign and become quiet NaNs with only the top
//!   mantissa bit set; infinities and signed zeros are kept.
//! - `unpack_float` is exact (every narrow value is an f64).

/// The bits of `x` in a format with `ebits` exponent and `mbits` mantissa bits.
pub fn pack_float(x: f64, ebits: u32, mbits: u32) -> Option<u64> {
    let b = x.to_bits();
    let sign = (b >> 63) << (ebits + mbits);
    let emax: u64 = (1u64 << ebits) - 1;
    if ebits == 11 {
        // NaNs pack as CPython's: the quiet bit alone (see Heap::fresh_nan).
        return Some(if x.is_nan() { (b & 0x8000_0000_0000_0000) | 0x7ff8_0000_0000_0000 } else { b });
    }
    let e64 = ((b >> 52) & 2047) as i64;
    let mut m = b & ((1u64 << 52) - 1);
    if e64 == 2047 {
        if m != 0 {
            return Some(sign | (emax << mbits) | (1u64 << (mbits - 1)));
        }
        return Some(sign | (emax << mbits));
    }
    if e64 == 0 && m == 0 {
        return Some(sign);
    }
    let mut e = e64;
    if e == 0 {
        // An f64 subnormal: far below any narrow format's range.
        e = 1;
        while m < (1u64 << 52) {
            m = m << 1;
            e -= 1;
        }
    } else {
        m = m | (1u64 << 52);
    }
    let bias: i64 = (1i64 << (ebits - 1)) - 1;
    let mut te = e - 1023 + bias;
    let mut shift: i64 = 52 - mbits as i64;
    if te < 1 {
        shift += 1 - te;
        te = 0;
    }
    let mut q: u64;
    if shift >= 60 {
        q = 0;
    } else {
        q = m >> shift;
        let rem = m & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && (q & 1) == 1) {
            q += 1;
        }
    }
    if te >= 1 {
        if q == (1u64 << (mbits + 1)) {
            q = q >> 1;
            te += 1;
        }
    } else if q == (1u64 << mbits) {
        te = 1;
    }
    if te >= emax as i64 {
        return None;
    }
    Some(sign | ((te as u64) << mbits) | (q & ((1u64 << mbits) - 1)))
}

/// The f64 value of bits `raw` in a format with `ebits`/`mbits` bits.
pub fn unpack_float(raw: u64, ebits: u32, mbits: u32) -> f64 {
    let neg = (raw >> (ebits + mbits)) & 1 == 1;
    let emax: u64 = (1u64 << ebits) - 1;
    let e = (raw >> mbits) & emax;
    let m = raw & ((1u64 << mbits) - 1);
    let bias: i32 = (1i32 << (ebits - 1)) - 1;
    let v = if e == emax {
        if m == 0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        m as f64 * pow2(1 - bias - mbits as i32)
    } else {
        (m + (1u64 << mbits)) as f64 * pow2(e as i32 - bias - mbits as i32)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// 2**k for -1022 <= k <= 1023, exactly.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}
