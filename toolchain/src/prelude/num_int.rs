// ---- integer type $T (this block is instantiated once per integer type) ----
impl $T {
    pub const MAX: $T = __int_max::<$T>();
    pub const MIN: $T = __int_min::<$T>();
    pub const BITS: u32 = __int_bits::<$T>();
    pub fn checked_add(self, o: $T) -> Option<$T> {
        if __add_overflows(self, o) { None } else { Some(self.wrapping_add(o)) }
    }
    pub fn checked_sub(self, o: $T) -> Option<$T> {
        if __sub_overflows(self, o) { None } else { Some(self.wrapping_sub(o)) }
    }
    pub fn checked_mul(self, o: $T) -> Option<$T> {
        if __mul_overflows(self, o) { None } else { Some(self.wrapping_mul(o)) }
    }
    pub fn checked_div(self, o: $T) -> Option<$T> {
        if o == 0 || ($SIGNED && self == $T::MIN && o == (0 as $T).wrapping_sub(1)) { None } else { Some(self / o) }
    }
    pub fn checked_rem(self, o: $T) -> Option<$T> {
        if o == 0 || ($SIGNED && self == $T::MIN && o == (0 as $T).wrapping_sub(1)) { None } else { Some(self % o) }
    }
    pub fn checked_neg(self) -> Option<$T> {
        (0 as $T).checked_sub(self)
    }
    pub fn checked_pow(self, e: u32) -> Option<$T> {
        let mut r: $T = 1;
        let mut i = 0;
        while i < e {
            match r.checked_mul(self) {
                Some(x) => r = x,
                None => return None,
            }
            i += 1;
        }
        Some(r)
    }
    pub fn saturating_add(self, o: $T) -> $T {
        match self.checked_add(o) {
            Some(x) => x,
            None => if $SIGNED && o < (0 as $T) { $T::MIN } else { $T::MAX },
        }
    }
    pub fn saturating_sub(self, o: $T) -> $T {
        match self.checked_sub(o) {
            Some(x) => x,
            None => if $SIGNED && o < (0 as $T) { $T::MAX } else { $T::MIN },
        }
    }
    pub fn saturating_mul(self, o: $T) -> $T {
        match self.checked_mul(o) {
            Some(x) => x,
            None => if $SIGNED && ((self < (0 as $T)) != (o < (0 as $T))) { $T::MIN } else { $T::MAX },
        }
    }
    #[intrinsic]
    pub fn wrapping_add(self, o: $T) -> $T {
        loop {}
    }
    #[intrinsic]
    pub fn wrapping_sub(self, o: $T) -> $T {
        loop {}
    }
    #[intrinsic]
    pub fn wrapping_mul(self, o: $T) -> $T {
        loop {}
    }
    pub fn wrapping_neg(self) -> $T {
        (0 as $T).wrapping_sub(self)
    }
    pub fn wrapping_div(self, o: $T) -> $T {
        if $SIGNED && self == $T::MIN && o == (0 as $T).wrapping_sub(1) { self } else { self / o }
    }
    pub fn wrapping_rem(self, o: $T) -> $T {
        if $SIGNED && self == $T::MIN && o == (0 as $T).wrapping_sub(1) { 0 } else { self % o }
    }
    pub fn wrapping_shl(self, n: u32) -> $T {
        self << (n % $T::BITS)
    }
    pub fn wrapping_shr(self, n: u32) -> $T {
        self >> (n % $T::BITS)
    }
    pub fn wrapping_pow(self, e: u32) -> $T {
        let mut r: $T = 1;
        let mut i = 0;
        while i < e {
            r = r.wrapping_mul(self);
            i += 1;
        }
        r
    }
    pub fn overflowing_add(self, o: $T) -> ($T, bool) {
        (self.wrapping_add(o), __add_overflows(self, o))
    }
    pub fn overflowing_sub(self, o: $T) -> ($T, bool) {
        (self.wrapping_sub(o), __sub_overflows(self, o))
    }
    pub fn overflowing_mul(self, o: $T) -> ($T, bool) {
        (self.wrapping_mul(o), __mul_overflows(self, o))
    }
    pub fn pow(self, e: u32) -> $T {
        self.wrapping_pow(e)
    }
    pub fn abs(self) -> $T {
        if $SIGNED && self < (0 as $T) { (0 as $T).wrapping_sub(self) } else { self }
    }
    pub fn unsigned_abs(self) -> $U {
        self.abs() as $U
    }
    pub fn abs_diff(self, o: $T) -> $U {
        if self > o { (self as $U).wrapping_sub(o as $U) } else { (o as $U).wrapping_sub(self as $U) }
    }
    pub fn signum(self) -> $T {
        if self > (0 as $T) { 1 } else if self == (0 as $T) { 0 } else { (0 as $T).wrapping_sub(1) }
    }
    pub fn is_positive(self) -> bool {
        self > (0 as $T)
    }
    pub fn is_negative(self) -> bool {
        self < (0 as $T)
    }
    pub fn min(self, o: $T) -> $T {
        if o < self { o } else { self }
    }
    pub fn max(self, o: $T) -> $T {
        if o > self { o } else { self }
    }
    pub fn clamp(self, lo: $T, hi: $T) -> $T {
        if self < lo { lo } else if self > hi { hi } else { self }
    }
    pub fn rem_euclid(self, o: $T) -> $T {
        let r = self % o;
        if $SIGNED && r < (0 as $T) { if o < (0 as $T) { r.wrapping_sub(o) } else { r.wrapping_add(o) } } else { r }
    }
    pub fn div_euclid(self, o: $T) -> $T {
        let q = self / o;
        if $SIGNED && self % o < (0 as $T) { if o > (0 as $T) { q - 1 } else { q + 1 } } else { q }
    }
    pub fn count_ones(self) -> u32 {
        let mut x = self as $U;
        let mut n = 0;
        while x != 0 {
            n += (x & 1) as u32;
            x = x >> 1;
        }
        n
    }
    pub fn count_zeros(self) -> u32 {
        $T::BITS - self.count_ones()
    }
    pub fn leading_zeros(self) -> u32 {
        let x = self as $U;
        let mut n = 0;
        let mut bit = $T::BITS;
        while bit > 0 {
            bit -= 1;
            if (x >> bit) & 1 != 0 {
                return n;
            }
            n += 1;
        }
        n
    }
    pub fn trailing_zeros(self) -> u32 {
        let x = self as $U;
        if x == 0 {
            return $T::BITS;
        }
        let mut n = 0;
        while (x >> n) & 1 == 0 {
            n += 1;
        }
        n
    }
    pub fn is_power_of_two(self) -> bool {
        self > (0 as $T) && (self & (self - 1)) == 0
    }
    pub fn is_multiple_of(self, rhs: $T) -> bool {
        if rhs == (0 as $T) { self == (0 as $T) } else { self % rhs == (0 as $T) }
    }
    pub fn to_string(&self) -> String {
        let mut f = fmt::Formatter::new();
        fmt::Display::fmt(self, &mut f);
        f.buf
    }
}
impl Clone for $T {
    fn clone(&self) -> $T {
        *self
    }
}
impl PartialEq for $T {
    fn eq(&self, o: &$T) -> bool {
        *self == *o
    }
}
impl Default for $T {
    fn default() -> $T {
        0
    }
}
impl __Num for $T {
    fn __zero() -> $T {
        0
    }
    fn __one() -> $T {
        1
    }
}
impl __Step for $T {
    fn __succ(&self) -> $T {
        *self + 1
    }
    fn __pred(&self) -> $T {
        *self - 1
    }
    fn __dist(&self, to: &$T) -> usize {
        (*to as $WIDE).wrapping_sub(*self as $WIDE) as usize
    }
}
impl fmt::Display for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut buf = [0u8; 72];
        let neg = $SIGNED && *self < (0 as $T);
        let mag: u64 = if neg { (0 as $WIDE).wrapping_sub(*self as $WIDE) as u64 } else { *self as $WIDE as u64 };
        let n = pyr_fmt_u64(mag, 10, 0, __slice_ptr(&buf));
        f.pad_integral(!neg, __str_raw(__slice_ptr(&buf), n))
    }
}
impl fmt::Debug for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
impl FromStr for $T {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<$T, ParseIntError> {
        let b = s.as_bytes();
        let n = b.len();
        if n == 0 {
            return Err(ParseIntError { kind: 0 });
        }
        let mut i = 0;
        let mut neg = false;
        if b[0] == b'+' || b[0] == b'-' {
            neg = b[0] == b'-';
            i = 1;
            if n == 1 {
                return Err(ParseIntError { kind: 1 });
            }
            if neg && !$SIGNED {
                return Err(ParseIntError { kind: 1 });
            }
        }
        let mut acc: $T = 0;
        while i < n {
            let c = b[i];
            if c < b'0' || c > b'9' {
                return Err(ParseIntError { kind: 1 });
            }
            let d = (c - b'0') as $T;
            let m = match acc.checked_mul(10) {
                Some(x) => x,
                None => return Err(ParseIntError { kind: if neg { 3 } else { 2 } }),
            };
            let r = if neg { m.checked_sub(d) } else { m.checked_add(d) };
            acc = match r {
                Some(x) => x,
                None => return Err(ParseIntError { kind: if neg { 3 } else { 2 } }),
            };
            i += 1;
        }
        Ok(acc)
    }
}
impl PartialOrd for $T {
    fn partial_cmp(&self, o: &$T) -> Option<cmp::Ordering> {
        Some(Ord::cmp(self, o))
    }
}
impl Ord for $T {
    fn cmp(&self, o: &$T) -> cmp::Ordering {
        if *self < *o { cmp::Ordering::Less } else if *self > *o { cmp::Ordering::Greater } else { cmp::Ordering::Equal }
    }
}
impl $T {
    pub fn rotate_left(self, n: u32) -> $T {
        let b = $T::BITS;
        let k = n % b;
        if k == 0 { self } else { ((self as $U) << k | (self as $U) >> (b - k)) as $T }
    }
    pub fn rotate_right(self, n: u32) -> $T {
        let b = $T::BITS;
        let k = n % b;
        if k == 0 { self } else { ((self as $U) >> k | (self as $U) << (b - k)) as $T }
    }
    pub fn swap_bytes(self) -> $T {
        let mut r: $U = 0;
        let mut x = self as $U;
        let mut i = 0;
        while i < $T::BITS / 8 {
            r = (r << 8) | (x & 0xff);
            x = x >> 8;
            i += 1;
        }
        r as $T
    }
}
impl fmt::LowerHex for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __fmt_radix(*self as $U as u64, 16, 0, f)
    }
}
impl fmt::UpperHex for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __fmt_radix(*self as $U as u64, 16, 1, f)
    }
}
impl fmt::Binary for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __fmt_radix(*self as $U as u64, 2, 0, f)
    }
}
impl fmt::Octal for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __fmt_radix(*self as $U as u64, 8, 0, f)
    }
}
impl __Sum<$T> for $T {}
impl __Sum<&$T> for $T {}
impl $T {
    pub fn checked_abs(self) -> Option<$T> {
        if $SIGNED && self == $T::MIN { None } else { Some(self.abs()) }
    }
    pub fn wrapping_abs(self) -> $T {
        if $SIGNED && self < (0 as $T) { (0 as $T).wrapping_sub(self) } else { self }
    }
    pub fn from_str_radix(s: &str, radix: u32) -> Result<$T, ParseIntError> {
        let b = s.as_bytes();
        if b.len() == 0 {
            return Err(ParseIntError { kind: 0 });
        }
        let mut i = 0;
        let mut neg = false;
        if b[0] == b'+' || b[0] == b'-' {
            neg = b[0] == b'-';
            i = 1;
            if b.len() == 1 || (neg && !$SIGNED) {
                return Err(ParseIntError { kind: 1 });
            }
        }
        let mut acc: $T = 0;
        while i < b.len() {
            let d = match (b[i] as char).to_digit(radix) {
                Some(d) => d as $T,
                None => return Err(ParseIntError { kind: 1 }),
            };
            let m = match acc.checked_mul(radix as $T) {
                Some(x) => x,
                None => return Err(ParseIntError { kind: if neg { 3 } else { 2 } }),
            };
            acc = match if neg { m.checked_sub(d) } else { m.checked_add(d) } {
                Some(x) => x,
                None => return Err(ParseIntError { kind: if neg { 3 } else { 2 } }),
            };
            i += 1;
        }
        Ok(acc)
    }
    pub fn next_power_of_two(self) -> $T {
        let mut p: $T = 1;
        while p < self {
            p = p.wrapping_mul(2);
        }
        p
    }
    pub fn ilog2(self) -> u32 {
        $T::BITS - 1 - self.leading_zeros()
    }
    pub fn ilog10(self) -> u32 {
        let mut n = 0;
        let mut x = self;
        while x >= 10 {
            x = x / 10;
            n += 1;
        }
        n
    }
    pub fn isqrt(self) -> $T {
        let mut r = (self as f64).sqrt() as $T;
        while r > 0 && r.wrapping_mul(r) > self {
            r -= 1;
        }
        while (r + 1).checked_mul(r + 1).map_or_le(self) {
            r += 1;
        }
        r
    }
    pub fn div_ceil(self, o: $T) -> $T {
        let q = self / o;
        if self % o != 0 && ((self % o > 0) == (o > 0)) { q + 1 } else { q }
    }
    pub fn leading_ones(self) -> u32 {
        (!self).leading_zeros()
    }
    pub fn trailing_ones(self) -> u32 {
        (!self).trailing_zeros()
    }
    pub fn reverse_bits(self) -> $T {
        let mut r: $U = 0;
        let mut x = self as $U;
        let mut i = 0;
        while i < $T::BITS {
            r = (r << 1) | (x & 1);
            x = x >> 1;
            i += 1;
        }
        r as $T
    }
}
impl Option<$T> {
    fn map_or_le(self, limit: $T) -> bool {
        match self {
            Some(v) => v <= limit,
            None => false,
        }
    }
}
impl $T {
    pub fn saturating_pow(self, e: u32) -> $T {
        match self.checked_pow(e) {
            Some(x) => x,
            None => if $SIGNED && self < (0 as $T) && e % 2 == 1 { $T::MIN } else { $T::MAX },
        }
    }
}
impl $T {
    pub fn overflowing_rem(self, o: $T) -> ($T, bool) {
        if $SIGNED && self == $T::MIN && o == (0 as $T).wrapping_sub(1) { (0, true) } else { (self % o, false) }
    }
    pub fn overflowing_neg(self) -> ($T, bool) {
        ((0 as $T).wrapping_sub(self), self != 0 && (!$SIGNED || self == $T::MIN))
    }
}
impl fmt::LowerExp for $T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // Rust prints integers in scientific form without trailing zeros: 1200 -> 1.2e3.
        let neg = $SIGNED && *self < (0 as $T);
        let mag: u64 = if neg { (0 as $WIDE).wrapping_sub(*self as $WIDE) as u64 } else { *self as $WIDE as u64 };
        let mut buf = [0u8; 72];
        let n = pyr_fmt_u64(mag, 10, 0, __slice_ptr(&buf));
        let digits = __str_raw(__slice_ptr(&buf), n);
        let mut end = n;
        while end > 1 && buf[end - 1] == b'0' {
            end -= 1;
        }
        let mut s = String::new();
        s.push_str(&digits[..1]);
        if end > 1 {
            s.push('.');
            s.push_str(&digits[1..end]);
        }
        s.push('e');
        s.push_str((n - 1).to_string().as_str());
        f.pad_integral(!neg, s.as_str())
    }
}
impl hash::Hash for $T {
    fn hash<H: hash::Hasher>(&self, state: &mut H) {
        state.write_u64(*self as u64)
    }
}
