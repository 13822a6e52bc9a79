//! Arbitrary-precision integers behind Python `int` (used by ops.rs and
//! bigint_ops.rs; the VM keeps small ints as `Value::Int`).
//!
//! Invariants:
//! - Sign and magnitude: `mag` holds base-2^32 limbs, least significant
//!   first, with no zero limb at the top; zero is an empty `mag` with
//!   `neg == false` (there is no negative zero).
//! - Only u32 limbs and u64 intermediates (no u128), so the translated
//!   code is the same on 32-bit targets.
//! - Everything is plain schoolbook arithmetic: multiplication, division
//!   (Knuth's algorithm D) and decimal conversion are quadratic.
//! - Bitwise operators follow Python: negative numbers behave as infinite
//!   two's complement; `>>` floors.

#[derive(Clone)]
pub struct BigInt {
    pub neg: bool,
    pub mag: Vec<u32>,
}

const LIMB: u64 = 4294967296;
const MASK: u64 = 4294967295;

// ---- magnitudes (Vec<u32>, little endian) ------------------------------

fn trim(v: &mut Vec<u32>) {
    while !v.is_empty() && v[v.len() - 1] == 0 {
        v.pop();
    }
}

/// -1, 0, 1 for |a| <=> |b| (both trimmed).
pub fn mag_cmp(a: &Vec<u32>, b: &Vec<u32>) -> i32 {
    if a.len() != b.len() {
        return if a.len() < b.len() { -1 } else { 1 };
    }
    let mut i = a.len();
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
    }
    0
}

fn mag_add(a: &Vec<u32>, b: &Vec<u32>) -> Vec<u32> {
    let n = if a.len() > b.len() { a.len() } else { b.len() };
    let mut out: Vec<u32> = Vec::with_capacity(n + 1);
    let mut carry: u64 = 0;
    for i in 0..n {
        let x = if i < a.len() { a[i] as u64 } else { 0 };
        let y = if i < b.len() { b[i] as u64 } else { 0 };
        let s = x + y + carry;
        out.push((s & MASK) as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// |a| - |b|, requires |a| >= |b|.
fn mag_sub(a: &Vec<u32>, b: &Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(a.len());
    let mut borrow: i64 = 0;
    for i in 0..a.len() {
        let y = if i < b.len() { b[i] as i64 } else { 0 };
        let mut t = a[i] as i64 - y - borrow;
        if t < 0 {
            t += LIMB as i64;
            borrow = 1;
        } else {
            borrow = 0;
        }
        out.push(t as u32);
    }
    trim(&mut out);
    out
}

fn mag_mul(a: &Vec<u32>, b: &Vec<u32>) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<u32> = vec![0; a.len() + b.len()];
    for i in 0..a.len() {
        let x = a[i] as u64;
        if x == 0 {
            continue;
        }
        let mut carry: u64 = 0;
        for j in 0..b.len() {
            let t = x * (b[j] as u64) + (out[i + j] as u64) + carry;
            out[i + j] = (t & MASK) as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = (out[k] as u64) + carry;
            out[k] = (t & MASK) as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut out);
    out
}

/// a * m + add, in place.
fn mag_mul_small(a: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry: u64 = add as u64;
    for i in 0..a.len() {
        let t = (a[i] as u64) * (m as u64) + carry;
        a[i] = (t & MASK) as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    trim(a);
}

/// (a / d, a % d) for a one-limb divisor d > 0.
fn mag_divmod_small(a: &Vec<u32>, d: u32) -> (Vec<u32>, u32) {
    let mut q: Vec<u32> = vec![0; a.len()];
    let mut r: u64 = 0;
    let dd = d as u64;
    let mut i = a.len();
    while i > 0 {
        i -= 1;
        let cur = (r << 32) | (a[i] as u64);
        q[i] = (cur / dd) as u32;
        r = cur % dd;
    }
    trim(&mut q);
    (q, r as u32)
}

/// a << s for 0 <= s < 32; the result has a.len() + 1 limbs (untrimmed).
fn shl_bits(a: &Vec<u32>, s: u32) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(a.len() + 1);
    let mut carry: u64 = 0;
    for i in 0..a.len() {
        let t = ((a[i] as u64) << s) | carry;
        out.push((t & MASK) as u32);
        carry = t >> 32;
    }
    out.push(carry as u32);
    out
}

/// a >> s for 0 <= s < 32 (trimmed).
fn shr_bits(a: &Vec<u32>, s: u32) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        let hi = if i + 1 < a.len() { a[i + 1] as u64 } else { 0 };
        let t = ((hi << 32) | (a[i] as u64)) >> s;
        out.push((t & MASK) as u32);
    }
    trim(&mut out);
    out
}

fn leading_zeros32(x: u32) -> u32 {
    let mut n = 0;
    let mut v = x;
    if v == 0 {
        return 32;
    }
    while v & 0x80000000 == 0 {
        v = v << 1;
        n += 1;
    }
    n
}

/// (|a| / |b|, |a| % |b|), b non-empty.  Knuth, TAOCP 4.3.1, algorithm D.
pub fn mag_divmod(a: &Vec<u32>, b: &Vec<u32>) -> (Vec<u32>, Vec<u32>) {
    if mag_cmp(a, b) < 0 {
        return (Vec::new(), a.clone());
    }
    if b.len() == 1 {
        let (q, r) = mag_divmod_small(a, b[0]);
        let rv = if r == 0 { Vec::new() } else { vec![r] };
        return (q, rv);
    }
    let s = leading_zeros32(b[b.len() - 1]);
    let mut v = shl_bits(b, s);
    v.pop(); // the top limb is normalised, so the carry limb is zero
    let mut u = shl_bits(a, s);
    let n = v.len();
    let m = a.len() - n;
    let mut q: Vec<u32> = vec![0; m + 1];
    let vtop = v[n - 1] as u64;
    let vnext = v[n - 2] as u64;
    let mut j = m + 1;
    while j > 0 {
        j -= 1;
        let num = ((u[j + n] as u64) << 32) | (u[j + n - 1] as u64);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        if qhat > MASK {
            qhat = MASK;
            rhat = num - qhat * vtop;
        }
        while rhat <= MASK && qhat * vnext > ((rhat << 32) | (u[j + n - 2] as u64)) {
            qhat -= 1;
            rhat += vtop;
        }
        // u[j..j+n+1] -= qhat * v
        let mut carry: u64 = 0;
        let mut borrow: i64 = 0;
        for i in 0..n {
            let p = qhat * (v[i] as u64) + carry;
            carry = p >> 32;
            let mut t = (u[i + j] as i64) - ((p & MASK) as i64) - borrow;
            if t < 0 {
                t += LIMB as i64;
                borrow = 1;
            } else {
                borrow = 0;
            }
            u[i + j] = t as u32;
        }
        let mut t = (u[j + n] as i64) - (carry as i64) - borrow;
        let negative = t < 0;
        if negative {
            t += LIMB as i64;
        }
        u[j + n] = t as u32;
        if negative {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c: u64 = 0;
            for i in 0..n {
                let s2 = (u[i + j] as u64) + (v[i] as u64) + c;
                u[i + j] = (s2 & MASK) as u32;
                c = s2 >> 32;
            }
            u[j + n] = (((u[j + n] as u64) + c) & MASK) as u32;
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    trim(&mut u);
    let r = shr_bits(&u, s);
    (q, r)
}

fn mag_one() -> Vec<u32> {
    vec![1]
}

// ---- signed values -----------------------------------------------------

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt { neg: false, mag: Vec::new() }
    }

    fn make(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let n = neg && !mag.is_empty();
        BigInt { neg: n, mag: mag }
    }

    pub fn from_u64(x: u64) -> BigInt {
        let mut mag = Vec::new();
        if x != 0 {
            mag.push((x & MASK) as u32);
            let hi = (x >> 32) as u32;
            if hi != 0 {
                mag.push(hi);
            }
        }
        BigInt { neg: false, mag: mag }
    }

    pub fn from_i64(x: i64) -> BigInt {
        let neg = x < 0;
        let a: u64 = if neg { (x as u64).wrapping_neg() } else { x as u64 };
        let mut b = BigInt::from_u64(a);
        b.neg = neg && a != 0;
        b
    }

    /// The value as an i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let mut a: u64 = 0;
        if self.mag.len() > 0 {
            a = self.mag[0] as u64;
        }
        if self.mag.len() > 1 {
            a = a | ((self.mag[1] as u64) << 32);
        }
        if self.neg {
            if a <= 9223372036854775808 {
                return Some((a as i64).wrapping_neg());
            }
            None
        } else {
            if a <= 9223372036854775807 {
                return Some(a as i64);
            }
            None
        }
    }

    /// The non-negative value of little-endian 32-bit words.
    pub fn from_words(words: Vec<u32>) -> BigInt {
        BigInt::make(false, words)
    }

    /// The value as a u64, if it is in 0..2**64.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg || self.mag.len() > 2 {
            return None;
        }
        let mut a: u64 = 0;
        if self.mag.len() > 0 {
            a = self.mag[0] as u64;
        }
        if self.mag.len() > 1 {
            a = a | ((self.mag[1] as u64) << 32);
        }
        Some(a)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_odd(&self) -> bool {
        !self.mag.is_empty() && (self.mag[0] & 1) == 1
    }

    /// -1, 0, 1 for self <=> o.
    pub fn cmp(&self, o: &BigInt) -> i32 {
        if self.neg != o.neg {
            return if self.neg { -1 } else { 1 };
        }
        let c = mag_cmp(&self.mag, &o.mag);
        if self.neg {
            0 - c
        } else {
            c
        }
    }

    pub fn neg(&self) -> BigInt {
        BigInt::make(!self.neg, self.mag.clone())
    }

    pub fn abs(&self) -> BigInt {
        BigInt { neg: false, mag: self.mag.clone() }
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::make(self.neg, mag_add(&self.mag, &o.mag));
        }
        let c = mag_cmp(&self.mag, &o.mag);
        if c == 0 {
            return BigInt::zero();
        }
        if c > 0 {
            BigInt::make(self.neg, mag_sub(&self.mag, &o.mag))
        } else {
            BigInt::make(o.neg, mag_sub(&o.mag, &self.mag))
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::make(self.neg != o.neg, mag_mul(&self.mag, &o.mag))
    }

    /// Python floor division and modulo; `o` must be nonzero.
    pub fn divmod_floor(&self, o: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = mag_divmod(&self.mag, &o.mag);
        if self.neg != o.neg && !r.is_empty() {
            let q1 = mag_add(&q, &mag_one());
            let r1 = mag_sub(&o.mag, &r);
            return (BigInt::make(true, q1), BigInt::make(o.neg, r1));
        }
        (BigInt::make(self.neg != o.neg, q), BigInt::make(o.neg, r))
    }

    /// Truncating division (quotient toward zero, remainder with the
    /// dividend's sign); `o` must be nonzero.
    pub fn divmod_trunc(&self, o: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = mag_divmod(&self.mag, &o.mag);
        (BigInt::make(self.neg != o.neg, q), BigInt::make(self.neg, r))
    }

    /// self ** e (e >= 0).
    pub fn pow(&self, e: u64) -> BigInt {
        let mut result = BigInt::from_i64(1);
        let mut base = self.clone();
        let mut k = e;
        while k > 0 {
            if k & 1 == 1 {
                result = result.mul(&base);
            }
            k = k >> 1;
            if k > 0 {
                base = base.mul(&base);
            }
        }
        result
    }

    /// Python `pow(self, e, m)` for e >= 0 and m != 0 (result has m's sign).
    pub fn pow_mod(&self, e: &BigInt, m: &BigInt) -> BigInt {
        let mut result = BigInt::from_i64(1).divmod_floor(m).1;
        let mut base = self.divmod_floor(m).1;
        let bits = e.bit_length();
        let mut i: u64 = 0;
        while i < bits {
            if e.bit(i) {
                result = result.mul(&base).divmod_floor(m).1;
            }
            i += 1;
            if i < bits {
                base = base.mul(&base).divmod_floor(m).1;
            }
        }
        result
    }

    /// Bit `i` of the magnitude.
    pub fn bit(&self, i: u64) -> bool {
        let limb = (i / 32) as usize;
        if limb >= self.mag.len() {
            return false;
        }
        (self.mag[limb] >> ((i % 32) as u32)) & 1 == 1
    }

    /// Number of bits of |self| (0 for zero).
    pub fn bit_length(&self) -> u64 {
        if self.mag.is_empty() {
            return 0;
        }
        let top = self.mag[self.mag.len() - 1];
        (self.mag.len() as u64) * 32 - (leading_zeros32(top) as u64)
    }

    pub fn shl(&self, n: u64) -> BigInt {
        if self.mag.is_empty() {
            return BigInt::zero();
        }
        let limbs = (n / 32) as usize;
        let bits = (n % 32) as u32;
        let mut mag: Vec<u32> = vec![0; limbs];
        let shifted = shl_bits(&self.mag, bits);
        for x in shifted.iter() {
            mag.push(*x);
        }
        BigInt::make(self.neg, mag)
    }

    /// Python `>>`: floor(self / 2**n).
    pub fn shr(&self, n: u64) -> BigInt {
        if self.neg {
            // -((|x| - 1) >> n) - 1
            let m1 = mag_sub(&self.mag, &mag_one());
            let t = BigInt { neg: false, mag: m1 }.shr(n);
            return BigInt::make(true, mag_add(&t.mag, &mag_one()));
        }
        let limbs = (n / 32) as usize;
        if limbs >= self.mag.len() {
            return BigInt::zero();
        }
        let bits = (n % 32) as u32;
        let mut rest: Vec<u32> = Vec::with_capacity(self.mag.len() - limbs);
        for i in limbs..self.mag.len() {
            rest.push(self.mag[i]);
        }
        BigInt::make(false, shr_bits(&rest, bits))
    }

    /// Two's complement limbs, `len` of them (len > magnitude length).
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::with_capacity(len);
        for i in 0..len {
            out.push(if i < self.mag.len() { self.mag[i] } else { 0 });
        }
        if self.neg {
            let mut carry: u64 = 1;
            for i in 0..len {
                let t = ((!out[i]) as u64) + carry;
                out[i] = (t & MASK) as u32;
                carry = t >> 32;
            }
        }
        out
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let n = v.len();
        if n > 0 && (v[n - 1] & 0x80000000) != 0 {
            let mut carry: u64 = 1;
            for i in 0..n {
                let t = ((!v[i]) as u64) + carry;
                v[i] = (t & MASK) as u32;
                carry = t >> 32;
            }
            return BigInt::make(true, v);
        }
        BigInt::make(false, v)
    }

    /// `op`: 0 and, 1 or, 2 xor.
    pub fn bitwise(&self, o: &BigInt, op: u8) -> BigInt {
        let n = (if self.mag.len() > o.mag.len() { self.mag.len() } else { o.mag.len() }) + 1;
        let a = self.twos(n);
        let b = o.twos(n);
        let mut out: Vec<u32> = Vec::with_capacity(n);
        for i in 0..n {
            out.push(if op == 0 {
                a[i] & b[i]
            } else if op == 1 {
                a[i] | b[i]
            } else {
                a[i] ^ b[i]
            });
        }
        BigInt::from_twos(out)
    }

    /// `~x == -x - 1`.
    pub fn invert(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    // ---- conversions ---------------------------------------------------

    /// Decimal digits of |self|.
    pub fn to_decimal(&self) -> Vec<char> {
        if self.mag.is_empty() {
            return vec!['0'];
        }
        let mut chunks: Vec<u32> = Vec::new();
        let mut cur = self.mag.clone();
        while !cur.is_empty() {
            let (q, r) = mag_divmod_small(&cur, 1000000000);
            chunks.push(r);
            cur = q;
        }
        let mut out: Vec<char> = Vec::new();
        let mut k = chunks.len();
        let mut first = true;
        while k > 0 {
            k -= 1;
            let mut c = chunks[k];
            let mut digs: Vec<char> = Vec::new();
            let mut count = 0;
            while c > 0 || (count < 9 && !first) || (first && count == 0) {
                digs.push(char_digit(c % 10, false));
                c = c / 10;
                count += 1;
            }
            while let Some(d) = digs.pop() {
                out.push(d);
            }
            first = false;
        }
        out
    }

    /// Digits of |self| in a power-of-two base (2, 8 or 16).
    pub fn to_pow2_radix(&self, bits_per_digit: u64, upper: bool) -> Vec<char> {
        let nbits = self.bit_length();
        if nbits == 0 {
            return vec!['0'];
        }
        let ndig = (nbits + bits_per_digit - 1) / bits_per_digit;
        let mut out: Vec<char> = Vec::with_capacity(ndig as usize);
        let mut k = ndig;
        while k > 0 {
            k -= 1;
            let mut d: u32 = 0;
            for b in 0..bits_per_digit {
                if self.bit(k * bits_per_digit + b) {
                    d = d | (1 << (b as u32));
                }
            }
            out.push(char_digit(d, upper));
        }
        out
    }

    /// Parses digit values (each < base) into a non-negative number.
    pub fn from_digits(digits: &Vec<u32>, base: u32) -> BigInt {
        let mut mag: Vec<u32> = Vec::new();
        // Group digits so that each multiply-add uses a large multiplier.
        let mut group: u32 = 1;
        let mut per: usize = 0;
        while (group as u64) * (base as u64) <= MASK {
            group = group * base;
            per += 1;
        }
        let mut i = 0;
        while i < digits.len() {
            let mut mult: u32 = 1;
            let mut acc: u32 = 0;
            let mut k = 0;
            while k < per && i < digits.len() {
                acc = acc * base + digits[i];
                mult = mult * base;
                i += 1;
                k += 1;
            }
            mag_mul_small(&mut mag, mult, acc);
        }
        BigInt::make(false, mag)
    }

    /// Correctly rounded (half to even) conversion; None if too large.
    pub fn to_f64(&self) -> Option<f64> {
        let nbits = self.bit_length();
        if nbits == 0 {
            return Some(0.0);
        }
        let mut top: u64;
        let mut sticky = false;
        let shift: u64;
        if nbits <= 64 {
            shift = 0;
            top = 0;
            if self.mag.len() > 0 {
                top = self.mag[0] as u64;
            }
            if self.mag.len() > 1 {
                top = top | ((self.mag[1] as u64) << 32);
            }
        } else {
            shift = nbits - 64;
            let t = self.abs().shr(shift);
            top = t.mag[0] as u64;
            if t.mag.len() > 1 {
                top = top | ((t.mag[1] as u64) << 32);
            }
            let mut i: u64 = 0;
            let whole = shift / 32;
            while i < whole {
                if self.mag[i as usize] != 0 {
                    sticky = true;
                    break;
                }
                i += 1;
            }
            if !sticky && shift % 32 != 0 {
                let m = ((1 as u64) << (shift % 32)) - 1;
                if (self.mag[whole as usize] as u64) & m != 0 {
                    sticky = true;
                }
            }
        }
        // Round `top` (nbits' = min(nbits, 64) significant bits) to 53 bits.
        let width = if nbits < 64 { nbits } else { 64 };
        let mut exp = shift;
        if width > 53 {
            let drop = width - 53;
            let rem = top & (((1 as u64) << drop) - 1);
            let half = (1 as u64) << (drop - 1);
            top = top >> drop;
            exp += drop;
            if rem > half || (rem == half && (sticky || (top & 1) == 1)) {
                top += 1;
                if top == ((1 as u64) << 53) {
                    top = top >> 1;
                    exp += 1;
                }
            }
        }
        // value = top * 2^exp, top < 2^53
        let tb = 64 - leading_zeros64(top) as u64;
        if tb + exp > 1024 {
            return None;
        }
        let mut f = top as f64;
        let mut e = exp;
        while e > 0 {
            let step = if e > 600 { 600 } else { e };
            f = f * f64::from_bits((1023 + step) << 52);
            e -= step;
        }
        Some(if self.neg { -f } else { f })
    }

    /// The integer part of a finite float, exactly.
    pub fn from_f64(f: f64) -> BigInt {
        let neg = f < 0.0;
        let a = if neg { -f } else { f };
        if a < 1.0 {
            return BigInt::zero();
        }
        if a < 9223372036854775808.0 {
            let i = a as i64;
            return BigInt::from_i64(if neg { 0 - i } else { i });
        }
        let bits = a.to_bits();
        let e = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let m = (bits & 0xfffffffffffff) | ((1 as u64) << 52);
        let r = BigInt::from_u64(m).shl(e as u64);
        if neg {
            r.neg()
        } else {
            r
        }
    }

    /// CPython's hash: value modulo 2**61 - 1 with the sign, -1 -> -2.
    pub fn hash(&self) -> i64 {
        let p: u64 = 2305843009213693951;
        let mut x: u64 = 0;
        let mut i = self.mag.len();
        while i > 0 {
            i -= 1;
            // x = x * 2^32 mod p: a rotation of the 61-bit value.
            x = ((x << 32) & p) | (x >> 29);
            x += self.mag[i] as u64;
            if x >= p {
                x -= p;
            }
        }
        let h = if self.neg { 0 - (x as i64) } else { x as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

fn leading_zeros64(x: u64) -> u32 {
    let hi = (x >> 32) as u32;
    if hi != 0 {
        return leading_zeros32(hi);
    }
    32 + leading_zeros32((x & MASK) as u32)
}

pub fn char_digit(d: u32, upper: bool) -> char {
    if d < 10 {
        return (b'0' + d as u8) as char;
    }
    if upper {
        (b'A' + (d - 10) as u8) as char
    } else {
        (b'a' + (d - 10) as u8) as char
    }
}
