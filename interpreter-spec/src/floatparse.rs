//! Correctly rounded decimal -> f64 conversion (used by the lexer for
//! float literals and by `float(str)`/`round()` at run time).
//!
//! Invariants:
//! - The result is the double nearest to the exact decimal value, ties to
//!   even -- the same as CPython's dtoa.c -- including subnormals and
//!   overflow to infinity.
//! - Small cases take Clinger's fast path (exact when the digits fit in
//!   2^53 and |exp10| <= 22); everything else uses exact big-integer
//!   arithmetic: limbs in base 2^30 stored in i64 so every product fits.

const LIMB_BITS: i64 = 30;
const LIMB: i64 = 1 << 30;

/// Little-endian base-2^30 natural number.
struct Big {
    limbs: Vec<i64>,
}

impl Big {
    fn from_small(v: i64) -> Big {
        let mut b = Big { limbs: Vec::new() };
        let mut x = v;
        while x > 0 {
            b.limbs.push(x % LIMB);
            x = x / LIMB;
        }
        b
    }

    fn mul_small(&mut self, m: i64) {
        let mut carry: i64 = 0;
        for k in 0..self.limbs.len() {
            let t = self.limbs[k] * m + carry;
            self.limbs[k] = t % LIMB;
            carry = t / LIMB;
        }
        while carry > 0 {
            self.limbs.push(carry % LIMB);
            carry = carry / LIMB;
        }
    }

    fn add_small(&mut self, a: i64) {
        let mut carry = a;
        let mut k = 0;
        while carry > 0 {
            if k == self.limbs.len() {
                self.limbs.push(0);
            }
            let t = self.limbs[k] + carry;
            self.limbs[k] = t % LIMB;
            carry = t / LIMB;
            k += 1;
        }
    }

    fn bit_length(&self) -> i64 {
        let n = self.limbs.len();
        if n == 0 {
            return 0;
        }
        let mut top = self.limbs[n - 1];
        let mut bits = 0;
        while top > 0 {
            bits += 1;
            top = top / 2;
        }
        (n as i64 - 1) * LIMB_BITS + bits
    }

    fn shl(&self, bits: i64) -> Big {
        let limb_shift = (bits / LIMB_BITS) as usize;
        let bit_shift = bits % LIMB_BITS;
        let mut out = Big { limbs: Vec::new() };
        for _ in 0..limb_shift {
            out.limbs.push(0);
        }
        let mut carry: i64 = 0;
        for k in 0..self.limbs.len() {
            let t = (self.limbs[k] << bit_shift) + carry;
            out.limbs.push(t % LIMB);
            carry = t / LIMB;
        }
        if carry > 0 {
            out.limbs.push(carry);
        }
        out.trim();
        out
    }

    fn trim(&mut self) {
        while !self.limbs.is_empty() && self.limbs[self.limbs.len() - 1] == 0 {
            self.limbs.pop();
        }
    }

    /// -1, 0, 1
    fn cmp(&self, other: &Big) -> i64 {
        if self.limbs.len() != other.limbs.len() {
            return if self.limbs.len() < other.limbs.len() { -1 } else { 1 };
        }
        let mut k = self.limbs.len();
        while k > 0 {
            k -= 1;
            if self.limbs[k] != other.limbs[k] {
                return if self.limbs[k] < other.limbs[k] { -1 } else { 1 };
            }
        }
        0
    }

    /// self -= other (requires self >= other)
    fn sub(&mut self, other: &Big) {
        let mut borrow: i64 = 0;
        for k in 0..self.limbs.len() {
            let o = if k < other.limbs.len() { other.limbs[k] } else { 0 };
            let mut t = self.limbs[k] - o - borrow;
            if t < 0 {
                t += LIMB;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.limbs[k] = t;
        }
        self.trim();
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }
}

fn pow2(e: i64) -> f64 {
    let mut v = 1.0;
    let mut k = e;
    while k > 0 {
        v = v * 2.0;
        k -= 1;
    }
    while k < 0 {
        v = v * 0.5;
        k += 1;
    }
    v
}

/// Decimal digits (ASCII '0'..'9') times 10^exp10 -> nearest f64.
pub fn digits_to_float(digits: &Vec<char>, exp10_in: i64) -> f64 {
    // Drop leading zeros; drop trailing zeros into the exponent.
    let mut ds: Vec<i64> = Vec::new();
    for d in digits.iter() {
        let v = (*d as u32 - '0' as u32) as i64;
        if ds.is_empty() && v == 0 {
            continue;
        }
        ds.push(v);
    }
    let mut exp10 = exp10_in;
    while !ds.is_empty() && ds[ds.len() - 1] == 0 {
        ds.pop();
        exp10 += 1;
    }
    if ds.is_empty() {
        return 0.0;
    }
    if ds.len() as i64 + exp10 > 310 {
        return 1.0e308 * 10.0;
    }
    if ds.len() as i64 + exp10 < -330 {
        return 0.0;
    }
    // Fast path.
    if ds.len() <= 15 && exp10 >= -22 && exp10 <= 22 {
        let mut m: i64 = 0;
        for d in ds.iter() {
            m = m * 10 + *d;
        }
        let mut p = 1.0;
        let ae = if exp10 < 0 { -exp10 } else { exp10 };
        for _ in 0..ae {
            p = p * 10.0;
        }
        return if exp10 < 0 { m as f64 / p } else { m as f64 * p };
    }
    // Exact path: value = num / den.
    let mut num = Big::from_small(0);
    for d in ds.iter() {
        num.mul_small(10);
        num.add_small(*d);
    }
    let mut den = Big::from_small(1);
    if exp10 >= 0 {
        for _ in 0..exp10 {
            num.mul_small(10);
        }
    } else {
        for _ in 0..(-exp10) {
            den.mul_small(10);
        }
    }
    // Scale so the quotient has exactly 55 or 56 bits: q = num*2^k / den.
    let k = 55 - (num.bit_length() - den.bit_length());
    let (mut n2, d2) = if k >= 0 { (num.shl(k), den) } else { (num, den.shl(-k)) };
    let mut q: i64 = 0;
    let mut bit: i64 = 57;
    while bit >= 0 {
        let shifted = d2.shl(bit);
        if n2.cmp(&shifted) >= 0 {
            n2.sub(&shifted);
            q = q | (1 << bit);
        }
        bit -= 1;
    }
    let sticky = !n2.is_zero();
    // value = q * 2^-k, q has qbits bits; top bit weight = 2^(qbits-1-k).
    let mut qbits = 0;
    let mut t = q;
    while t > 0 {
        qbits += 1;
        t = t / 2;
    }
    let top_exp = qbits - 1 - k;
    if top_exp > 1023 {
        return 1.0e308 * 10.0;
    }
    // Number of significant bits to keep (fewer for subnormals).
    let mut keep = 53;
    if top_exp < -1022 {
        keep = 53 - (-1022 - top_exp);
    }
    if keep <= 0 {
        // Below half the smallest subnormal (or exactly representable as 0/min).
        if keep == 0 {
            let half_up = q > (1 << (qbits - 1)) || sticky;
            return if half_up { pow2(-1074) } else { 0.0 };
        }
        return 0.0;
    }
    let drop = qbits - keep;
    let mut mant = q >> drop;
    let rem = q - (mant << drop);
    let half = 1 << (drop - 1);
    if rem > half || (rem == half && (sticky || mant % 2 == 1)) {
        mant += 1;
    }
    // mant * 2^(drop - k); multiplying by powers of two is exact here
    // except for overflow to infinity.
    let e = drop - k;
    let mut v = mant as f64;
    if e > 0 {
        let mut r = e;
        while r > 0 {
            v = v * 2.0;
            r -= 1;
        }
    } else {
        // Each halving is exact: the final LSB is at or above 2^-1074.
        let mut r = -e;
        while r > 0 {
            v = v * 0.5;
            r -= 1;
        }
    }
    v
}
