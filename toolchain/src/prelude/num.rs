// ---- f64, char, bool ----

impl f64 {
    pub const MAX: f64 = 1.7976931348623157e308;
    pub const MIN: f64 = -1.7976931348623157e308;
    pub const INFINITY: f64 = 1.0 / 0.0;
    pub const NEG_INFINITY: f64 = -1.0 / 0.0;
    pub const NAN: f64 = f64::from_bits(0x7ff8000000000000);
    pub const EPSILON: f64 = 2.220446049250313e-16;
    #[intrinsic]
    pub fn sqrt(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn powi(self, n: i32) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn powf(self, n: f64) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn floor(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn ceil(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn round(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn trunc(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn sin(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn cos(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn tan(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn atan2(self, o: f64) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn exp(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn ln(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn log10(self) -> f64 {
        loop {}
    }
    pub fn abs(self) -> f64 {
        if self < 0.0 { -self } else if self == 0.0 { 0.0 } else { self }
    }
    pub fn max(self, o: f64) -> f64 {
        if self.is_nan() { o } else if o > self { o } else { self }
    }
    pub fn min(self, o: f64) -> f64 {
        if self.is_nan() { o } else if o < self { o } else { self }
    }
    pub fn is_nan(self) -> bool {
        self != self
    }
    pub fn is_finite(self) -> bool {
        !self.is_nan() && self != f64::INFINITY && self != f64::NEG_INFINITY
    }
    pub fn signum(self) -> f64 {
        if self.is_nan() { self } else if self.is_sign_negative() { -1.0 } else { 1.0 }
    }
    #[intrinsic]
    pub fn mul_add(self, a: f64, b: f64) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn hypot(self, o: f64) -> f64 {
        loop {}
    }
    pub fn to_degrees(self) -> f64 {
        self * (180.0 / consts::PI)
    }
    pub fn to_radians(self) -> f64 {
        self * (consts::PI / 180.0)
    }
}
pub mod f64 {
    pub mod consts {
        pub const PI: f64 = 3.141592653589793;
        pub const E: f64 = 2.718281828459045;
        pub const TAU: f64 = 6.283185307179586;
        pub const SQRT_2: f64 = 1.4142135623730951;
        pub const LN_2: f64 = 0.6931471805599453;
        pub const LN_10: f64 = 2.302585092994046;
        pub const FRAC_PI_2: f64 = 1.5707963267948966;
        pub const FRAC_PI_4: f64 = 0.7853981633974483;
        pub const FRAC_1_SQRT_2: f64 = 0.7071067811865476;
        pub const LOG2_E: f64 = 1.4426950408889634;
        pub const LOG10_E: f64 = 0.4342944819032518;
    }
}
pub use f64::consts;
impl Clone for f64 {
    fn clone(&self) -> f64 {
        *self
    }
}
impl PartialEq for f64 {
    fn eq(&self, o: &f64) -> bool {
        *self == *o
    }
}
impl Default for f64 {
    fn default() -> f64 {
        0.0
    }
}
impl __Num for f64 {
    fn __zero() -> f64 {
        0.0
    }
    fn __one() -> f64 {
        1.0
    }
}
impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        let mut out: f64 = 0.0;
        if pyr_parse_f64(s.as_ptr(), s.len(), &mut out) == 1 {
            Ok(out)
        } else {
            Err(ParseFloatError { empty: s.is_empty() })
        }
    }
}
pub struct ParseFloatError {
    empty: bool,
}
impl fmt::Debug for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.empty { f.write_str("ParseFloatError { kind: Empty }") } else { f.write_str("ParseFloatError { kind: Invalid }") }
    }
}
impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.empty { f.write_str("cannot parse float from empty string") } else { f.write_str("invalid float literal") }
    }
}

impl char {
    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        (*self >= 'a' && *self <= 'z') || (*self >= 'A' && *self <= 'Z')
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_digit() || self.is_ascii_alphabetic()
    }
    pub fn is_alphabetic(self) -> bool {
        self.is_ascii_alphabetic() || (self as u32) > 127
    }
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_ascii_digit()
    }
    pub fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }
    pub fn is_uppercase(self) -> bool {
        self.is_ascii_uppercase()
    }
    pub fn is_lowercase(self) -> bool {
        self.is_ascii_lowercase()
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }
    pub fn is_ascii_graphic(&self) -> bool {
        *self >= '!' && *self <= '~'
    }
    pub fn is_ascii_control(&self) -> bool {
        (*self as u32) < 32 || *self as u32 == 127
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    }
    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 128
    }
    pub fn is_whitespace(self) -> bool {
        let c = self as u32;
        c == 32 || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\r' || *self == '\x0c'
    }
    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { __char_from_u32(*self as u32 - 32) } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { __char_from_u32(*self as u32 + 32) } else { *self }
    }
    pub fn to_uppercase(self) -> ToUpper {
        ToUpper { c: self.to_ascii_uppercase(), done: false }
    }
    pub fn to_lowercase(self) -> ToUpper {
        ToUpper { c: self.to_ascii_lowercase(), done: false }
    }
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let d = if c >= 48 && c <= 57 {
            c - 48
        } else if c >= 97 && c <= 122 {
            c - 97 + 10
        } else if c >= 65 && c <= 90 {
            c - 65 + 10
        } else {
            99
        };
        if d < radix { Some(d) } else { None }
    }
    pub fn from_digit(d: u32, radix: u32) -> Option<char> {
        if d >= radix {
            None
        } else if d < 10 {
            Some(__char_from_u32(48 + d))
        } else {
            Some(__char_from_u32(97 + d - 10))
        }
    }
    pub fn from_u32(u: u32) -> Option<char> {
        if u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) { None } else { Some(__char_from_u32(u)) }
    }
    pub fn len_utf8(self) -> usize {
        let u = self as u32;
        if u < 0x80 { 1 } else if u < 0x800 { 2 } else if u < 0x10000 { 3 } else { 4 }
    }
    pub fn to_string(&self) -> String {
        let mut s = String::new();
        s.push(*self);
        s
    }
}
pub mod char {
    pub fn from_u32(u: u32) -> Option<char> {
        if u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) { None } else { Some(__char_from_u32(u)) }
    }
    pub fn from_digit(d: u32, radix: u32) -> Option<char> {
        if d >= radix {
            None
        } else if d < 10 {
            Some(__char_from_u32(48 + d))
        } else {
            Some(__char_from_u32(97 + d - 10))
        }
    }
}
pub struct ToUpper {
    c: char,
    done: bool,
}
impl Iterator for ToUpper {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.done {
            None
        } else {
            self.done = true;
            Some(self.c)
        }
    }
}
impl fmt::Display for ToUpper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.c, f)
    }
}
impl Clone for char {
    fn clone(&self) -> char {
        *self
    }
}
impl PartialEq for char {
    fn eq(&self, o: &char) -> bool {
        *self == *o
    }
}
impl Default for char {
    fn default() -> char {
        '\0'
    }
}
impl Clone for bool {
    fn clone(&self) -> bool {
        *self
    }
}
impl PartialEq for bool {
    fn eq(&self, o: &bool) -> bool {
        *self == *o
    }
}
impl Default for bool {
    fn default() -> bool {
        false
    }
}
impl Clone for () {
    fn clone(&self) -> () {}
}
impl PartialEq for () {
    fn eq(&self, o: &()) -> bool {
        true
    }
}
impl<A: Clone, B: Clone> Clone for (A, B) {
    fn clone(&self) -> (A, B) {
        (self.0.clone(), self.1.clone())
    }
}
impl<A: Clone, B: Clone, C: Clone> Clone for (A, B, C) {
    fn clone(&self) -> (A, B, C) {
        (self.0.clone(), self.1.clone(), self.2.clone())
    }
}
impl<A: PartialEq, B: PartialEq> PartialEq for (A, B) {
    fn eq(&self, o: &(A, B)) -> bool {
        self.0 == o.0 && self.1 == o.1
    }
}
impl<A: PartialEq, B: PartialEq, C: PartialEq> PartialEq for (A, B, C) {
    fn eq(&self, o: &(A, B, C)) -> bool {
        self.0 == o.0 && self.1 == o.1 && self.2 == o.2
    }
}
impl<A: Default, B: Default> Default for (A, B) {
    fn default() -> (A, B) {
        (Default::default(), Default::default())
    }
}
impl<A: Default, B: Default, C: Default> Default for (A, B, C) {
    fn default() -> (A, B, C) {
        (Default::default(), Default::default(), Default::default())
    }
}
impl Default for () {
    fn default() -> () {
        ()
    }
}

pub struct ParseIntError {
    kind: u8,
}
impl fmt::Debug for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("ParseIntError { kind: ");
        if self.kind == 0 {
            f.write_str("Empty");
        } else if self.kind == 1 {
            f.write_str("InvalidDigit");
        } else if self.kind == 2 {
            f.write_str("PosOverflow");
        } else {
            f.write_str("NegOverflow");
        }
        f.write_str(" }")
    }
}
impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.kind == 0 {
            f.write_str("cannot parse integer from empty string")
        } else if self.kind == 1 {
            f.write_str("invalid digit found in string")
        } else if self.kind == 2 {
            f.write_str("number too large to fit in target type")
        } else {
            f.write_str("number too small to fit in target type")
        }
    }
}
#[intrinsic]
pub fn __int_max<T>() -> T {
    loop {}
}
#[intrinsic]
pub fn __int_min<T>() -> T {
    loop {}
}
#[intrinsic]
pub fn __int_bits<T>() -> u32 {
    loop {}
}
#[intrinsic]
pub fn __add_overflows<T>(a: T, b: T) -> bool {
    loop {}
}
#[intrinsic]
pub fn __sub_overflows<T>(a: T, b: T) -> bool {
    loop {}
}
#[intrinsic]
pub fn __mul_overflows<T>(a: T, b: T) -> bool {
    loop {}
}

impl PartialOrd for f64 {
    fn partial_cmp(&self, o: &f64) -> Option<cmp::Ordering> {
        if *self < *o {
            Some(cmp::Ordering::Less)
        } else if *self > *o {
            Some(cmp::Ordering::Greater)
        } else if *self == *o {
            Some(cmp::Ordering::Equal)
        } else {
            None
        }
    }
}
impl f64 {
    pub fn partial_cmp(&self, o: &f64) -> Option<cmp::Ordering> {
        PartialOrd::partial_cmp(self, o)
    }
    /// IEEE 754 totalOrder, computed on the bits as Rust does.
    pub fn total_cmp(&self, o: &f64) -> cmp::Ordering {
        let mut a = self.to_bits() as i64;
        let mut b = o.to_bits() as i64;
        a = a ^ ((((a >> 63) as u64) >> 1) as i64);
        b = b ^ ((((b >> 63) as u64) >> 1) as i64);
        a.cmp(&b)
    }
    #[intrinsic]
    pub fn to_bits(self) -> u64 {
        loop {}
    }
    #[intrinsic]
    pub fn from_bits(b: u64) -> f64 {
        loop {}
    }
}
impl PartialOrd for char {
    fn partial_cmp(&self, o: &char) -> Option<cmp::Ordering> {
        Some(Ord::cmp(self, o))
    }
}
impl Ord for char {
    fn cmp(&self, o: &char) -> cmp::Ordering {
        (*self as u32).cmp(&(*o as u32))
    }
}
impl PartialOrd for bool {
    fn partial_cmp(&self, o: &bool) -> Option<cmp::Ordering> {
        Some(Ord::cmp(self, o))
    }
}
impl Ord for bool {
    fn cmp(&self, o: &bool) -> cmp::Ordering {
        (*self as u8).cmp(&(*o as u8))
    }
}
impl PartialOrd for str {
    fn partial_cmp(&self, o: &str) -> Option<cmp::Ordering> {
        Some(Ord::cmp(self, o))
    }
}
impl Ord for str {
    fn cmp(&self, o: &str) -> cmp::Ordering {
        let c = __str_cmp(self, o);
        if c < 0 { cmp::Ordering::Less } else if c > 0 { cmp::Ordering::Greater } else { cmp::Ordering::Equal }
    }
}
impl PartialOrd for String {
    fn partial_cmp(&self, o: &String) -> Option<cmp::Ordering> {
        Some(Ord::cmp(self.as_str(), o.as_str()))
    }
}
impl Ord for String {
    fn cmp(&self, o: &String) -> cmp::Ordering {
        Ord::cmp(self.as_str(), o.as_str())
    }
}
impl<A: PartialOrd, B: PartialOrd> PartialOrd for (A, B) {
    fn partial_cmp(&self, o: &(A, B)) -> Option<cmp::Ordering> {
        match PartialOrd::partial_cmp(&self.0, &o.0) {
            Some(cmp::Ordering::Equal) => PartialOrd::partial_cmp(&self.1, &o.1),
            c => c,
        }
    }
}
impl<A: PartialOrd, B: PartialOrd, C: PartialOrd> PartialOrd for (A, B, C) {
    fn partial_cmp(&self, o: &(A, B, C)) -> Option<cmp::Ordering> {
        match PartialOrd::partial_cmp(&self.0, &o.0) {
            Some(cmp::Ordering::Equal) => match PartialOrd::partial_cmp(&self.1, &o.1) {
                Some(cmp::Ordering::Equal) => PartialOrd::partial_cmp(&self.2, &o.2),
                c => c,
            },
            c => c,
        }
    }
}
impl<A: Ord, B: Ord> Ord for (A, B) {
    fn cmp(&self, o: &(A, B)) -> cmp::Ordering {
        match Ord::cmp(&self.0, &o.0) {
            cmp::Ordering::Equal => Ord::cmp(&self.1, &o.1),
            c => c,
        }
    }
}
impl<T: PartialOrd> PartialOrd for &T {
    fn partial_cmp(&self, o: &&T) -> Option<cmp::Ordering> {
        PartialOrd::partial_cmp(*self, *o)
    }
}
impl<T: Clone> Clone for [T; _] {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: PartialEq> PartialEq for [T; _] {
    fn eq(&self, o: &Self) -> bool {
        self[..] == o[..]
    }
}

impl u8 {
    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        (*self >= b'a' && *self <= b'z') || (*self >= b'A' && *self <= b'Z')
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_digit() || self.is_ascii_alphabetic()
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == b'\r' || *self == 12
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        (*self as char).is_ascii_hexdigit()
    }
    pub fn is_ascii_graphic(&self) -> bool {
        (*self as char).is_ascii_graphic()
    }
    pub fn is_ascii_control(&self) -> bool {
        (*self as char).is_ascii_control()
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        (*self as char).is_ascii_punctuation()
    }
    pub fn is_ascii(&self) -> bool {
        *self < 128
    }
    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
}

// ---- f32: computed in f32 where rounding matters; f64 where the result is exact ----
impl f32 {
    pub const MAX: f32 = 3.4028235e38;
    pub const MIN: f32 = -3.4028235e38;
    pub const EPSILON: f32 = 1.1920929e-7;
    pub const MIN_POSITIVE: f32 = 1.1754944e-38;
    pub const INFINITY: f32 = 1.0 / 0.0;
    pub const NEG_INFINITY: f32 = -1.0 / 0.0;
    pub const NAN: f32 = 0.0 / 0.0;
    pub fn sqrt(self) -> f32 {
        (self as f64).sqrt() as f32
    }
    pub fn floor(self) -> f32 {
        (self as f64).floor() as f32
    }
    pub fn ceil(self) -> f32 {
        (self as f64).ceil() as f32
    }
    pub fn round(self) -> f32 {
        (self as f64).round() as f32
    }
    pub fn trunc(self) -> f32 {
        (self as f64).trunc() as f32
    }
    pub fn abs(self) -> f32 {
        if self < 0.0 { -self } else if self == 0.0 { 0.0 } else { self }
    }
    pub fn powi(self, n: i32) -> f32 {
        let mut r: f32 = 1.0;
        let mut b = self;
        let mut k = if n < 0 { 0 - n } else { n };
        loop {
            if k % 2 != 0 {
                r = r * b;
            }
            k = k / 2;
            if k == 0 {
                break;
            }
            b = b * b;
        }
        if n < 0 { 1.0 / r } else { r }
    }
    pub fn max(self, o: f32) -> f32 {
        if self.is_nan() { o } else if o > self { o } else { self }
    }
    pub fn min(self, o: f32) -> f32 {
        if self.is_nan() { o } else if o < self { o } else { self }
    }
    pub fn is_nan(self) -> bool {
        self != self
    }
    #[intrinsic]
    pub fn sin(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn cos(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn tan(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn asin(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn acos(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn atan(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn atan2(self, o: f32) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn exp(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn exp2(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn ln(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn log2(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn log10(self) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn powf(self, n: f32) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn mul_add(self, a: f32, b: f32) -> f32 {
        loop {}
    }
    #[intrinsic]
    pub fn to_bits(self) -> u32 {
        loop {}
    }
    #[intrinsic]
    pub fn from_bits(b: u32) -> f32 {
        loop {}
    }
    pub fn log(self, b: f32) -> f32 {
        self.ln() / b.ln()
    }
    /// Correctly rounded through f64, as Rust's.
    pub fn cbrt(self) -> f32 {
        (self as f64).cbrt() as f32
    }
    pub fn hypot(self, o: f32) -> f32 {
        (self as f64).hypot(o as f64) as f32
    }
    pub fn is_finite(self) -> bool {
        !self.is_nan() && self != f32::INFINITY && self != f32::NEG_INFINITY
    }
    pub fn is_infinite(self) -> bool {
        self == f32::INFINITY || self == f32::NEG_INFINITY
    }
    pub fn is_sign_negative(self) -> bool {
        self < 0.0 || (self == 0.0 && 1.0 / self < 0.0)
    }
    pub fn is_sign_positive(self) -> bool {
        !self.is_sign_negative()
    }
    pub fn signum(self) -> f32 {
        if self.is_nan() { self } else if self.is_sign_negative() { -1.0 } else { 1.0 }
    }
    pub fn copysign(self, s: f32) -> f32 {
        if s.is_sign_negative() != self.is_sign_negative() { -self } else { self }
    }
    pub fn fract(self) -> f32 {
        self - self.trunc()
    }
    pub fn recip(self) -> f32 {
        1.0 / self
    }
    pub fn clamp(self, lo: f32, hi: f32) -> f32 {
        if self < lo { lo } else if self > hi { hi } else { self }
    }
    pub fn rem_euclid(self, o: f32) -> f32 {
        let r = self % o;
        if r < 0.0 { r + o.abs() } else { r }
    }
    pub fn to_degrees(self) -> f32 {
        self * 57.2957795130823208767981548141051703_f32
    }
    pub fn to_radians(self) -> f32 {
        self * (f32::consts::PI / 180.0)
    }
    pub fn total_cmp(&self, o: &f32) -> cmp::Ordering {
        let mut a = self.to_bits() as i32;
        let mut b = o.to_bits() as i32;
        a = a ^ ((((a >> 31) as u32) >> 1) as i32);
        b = b ^ ((((b >> 31) as u32) >> 1) as i32);
        a.cmp(&b)
    }
}
pub mod f32 {
    pub mod consts {
        pub const PI: f32 = 3.14159265358979323846264338327950288_f32;
        pub const E: f32 = 2.71828182845904523536028747135266250_f32;
        pub const TAU: f32 = 6.28318530717958647692528676655900577_f32;
        pub const SQRT_2: f32 = 1.41421356237309504880168872420969808_f32;
        pub const LN_2: f32 = 0.693147180559945309417232121458176568_f32;
        pub const LN_10: f32 = 2.30258509299404568401799145468436421_f32;
        pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144_f32;
        pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721_f32;
        pub const FRAC_1_SQRT_2: f32 = 0.707106781186547524400844362104849039_f32;
        pub const LOG2_E: f32 = 1.44269504088896340735992468100189214_f32;
        pub const LOG10_E: f32 = 0.434294481903251827651128918916605082_f32;
    }
}
impl fmt::Display for f32 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::__fmt_float_mode(*self as f64, f, false, 256)
    }
}
impl fmt::Debug for f32 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::__fmt_float_mode(*self as f64, f, true, 256)
    }
}
impl Clone for f32 {
    fn clone(&self) -> f32 {
        *self
    }
}
impl PartialEq for f32 {
    fn eq(&self, o: &f32) -> bool {
        *self == *o
    }
}
impl PartialOrd for f32 {
    fn partial_cmp(&self, o: &f32) -> Option<cmp::Ordering> {
        PartialOrd::partial_cmp(&(*self as f64), &(*o as f64))
    }
}
impl Default for f32 {
    fn default() -> f32 {
        0.0
    }
}
impl __Num for f32 {
    fn __zero() -> f32 {
        0.0
    }
    fn __one() -> f32 {
        1.0
    }
}
impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match f64::from_str(s) {
            Ok(x) => Ok(x as f32),
            Err(e) => Err(e),
        }
    }
}
impl __Sum<f64> for f64 {}
impl __Sum<&f64> for f64 {}
impl __Sum<f32> for f32 {}
impl __Sum<&f32> for f32 {}
pub mod num {
    pub use super::ParseIntError;
    pub use super::ParseFloatError;
    pub use super::TryFromIntError;
    pub use super::Wrapping;
}
/// Integers whose arithmetic wraps (`std::num::Wrapping`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Wrapping<T>(pub T);
impl<T: fmt::Debug> fmt::Debug for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
impl<T: fmt::Display> fmt::Display for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
impl<T: fmt::LowerHex> fmt::LowerHex for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}
/// The error of the integer `TryFrom` conversions.
pub struct TryFromIntError(());
impl fmt::Debug for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("TryFromIntError(())")
    }
}
impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("out of range integral type conversion attempted")
    }
}
impl Clone for TryFromIntError {
    fn clone(&self) -> TryFromIntError {
        TryFromIntError(())
    }
}
impl PartialEq for TryFromIntError {
    fn eq(&self, _o: &TryFromIntError) -> bool {
        true
    }
}
impl<A: PartialEq, B: PartialEq, C: PartialEq, D: PartialEq> PartialEq for (A, B, C, D) {
    fn eq(&self, o: &(A, B, C, D)) -> bool {
        self.0 == o.0 && self.1 == o.1 && self.2 == o.2 && self.3 == o.3
    }
}
impl<A: PartialOrd, B: PartialOrd, C: PartialOrd, D: PartialOrd> PartialOrd for (A, B, C, D) {
    fn partial_cmp(&self, o: &(A, B, C, D)) -> Option<cmp::Ordering> {
        match PartialOrd::partial_cmp(&self.0, &o.0) {
            Some(cmp::Ordering::Equal) => match PartialOrd::partial_cmp(&self.1, &o.1) {
                Some(cmp::Ordering::Equal) => match PartialOrd::partial_cmp(&self.2, &o.2) {
                    Some(cmp::Ordering::Equal) => PartialOrd::partial_cmp(&self.3, &o.3),
                    c => c,
                },
                c => c,
            },
            c => c,
        }
    }
}
impl<A: Clone, B: Clone, C: Clone, D: Clone> Clone for (A, B, C, D) {
    fn clone(&self) -> (A, B, C, D) {
        (self.0.clone(), self.1.clone(), self.2.clone(), self.3.clone())
    }
}


impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, o: &[T]) -> Option<cmp::Ordering> {
        let n = if self.len() < o.len() { self.len() } else { o.len() };
        let mut i = 0;
        while i < n {
            match PartialOrd::partial_cmp(&self[i], &o[i]) {
                Some(cmp::Ordering::Equal) => {}
                c => return c,
            }
            i += 1;
        }
        PartialOrd::partial_cmp(&self.len(), &o.len())
    }
}
impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, o: &Vec<T>) -> Option<cmp::Ordering> {
        PartialOrd::partial_cmp(self.as_slice(), o.as_slice())
    }
}
impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, o: &Vec<T>) -> cmp::Ordering {
        let n = if self.len() < o.len() { self.len() } else { o.len() };
        let mut i = 0;
        while i < n {
            match Ord::cmp(&self[i], &o[i]) {
                cmp::Ordering::Equal => {}
                c => return c,
            }
            i += 1;
        }
        Ord::cmp(&self.len(), &o.len())
    }
}
impl<A: Ord, B: Ord, C: Ord> Ord for (A, B, C) {
    fn cmp(&self, o: &(A, B, C)) -> cmp::Ordering {
        match Ord::cmp(&self.0, &o.0) {
            cmp::Ordering::Equal => match Ord::cmp(&self.1, &o.1) {
                cmp::Ordering::Equal => Ord::cmp(&self.2, &o.2),
                c => c,
            },
            c => c,
        }
    }
}
impl<T: Ord> Ord for Option<T> {
    fn cmp(&self, o: &Option<T>) -> cmp::Ordering {
        match (self, o) {
            (None, None) => cmp::Ordering::Equal,
            (None, Some(_)) => cmp::Ordering::Less,
            (Some(_), None) => cmp::Ordering::Greater,
            (Some(a), Some(b)) => Ord::cmp(a, b),
        }
    }
}
impl<T: Ord> Ord for &T {
    fn cmp(&self, o: &&T) -> cmp::Ordering {
        Ord::cmp(*self, *o)
    }
}
impl cmp::Ordering {
    pub fn then(self, o: cmp::Ordering) -> cmp::Ordering {
        match self {
            cmp::Ordering::Equal => o,
            c => c,
        }
    }
}
impl f64 {
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308;
    #[intrinsic]
    pub fn log2(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn cbrt(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn sinh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn cosh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn tanh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn asinh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn acosh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn atanh(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn exp_m1(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn ln_1p(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn exp2(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn asin(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn acos(self) -> f64 {
        loop {}
    }
    #[intrinsic]
    pub fn atan(self) -> f64 {
        loop {}
    }
    pub fn fract(self) -> f64 {
        self - self.trunc()
    }
    pub fn rem_euclid(self, o: f64) -> f64 {
        let r = self % o;
        if r < 0.0 { r + o.abs() } else { r }
    }
    pub fn copysign(self, s: f64) -> f64 {
        if (s < 0.0 || (s == 0.0 && 1.0 / s < 0.0)) != (self < 0.0 || (self == 0.0 && 1.0 / self < 0.0)) { -self } else { self }
    }
    pub fn clamp(self, lo: f64, hi: f64) -> f64 {
        if self < lo { lo } else if self > hi { hi } else { self }
    }
    pub fn recip(self) -> f64 {
        1.0 / self
    }
    #[intrinsic]
    pub fn exp2(self) -> f64 {
        loop {}
    }
    pub fn log(self, b: f64) -> f64 {
        self.ln() / b.ln()
    }
    pub fn is_infinite(self) -> bool {
        self == f64::INFINITY || self == f64::NEG_INFINITY
    }
    pub fn is_sign_negative(self) -> bool {
        self < 0.0 || (self == 0.0 && 1.0 / self < 0.0)
    }
    pub fn is_sign_positive(self) -> bool {
        !self.is_sign_negative()
    }
}

#[derive(Debug)]
pub struct ParseBoolError;
impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("provided string was not `true` or `false`")
    }
}
impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}
pub struct ParseCharError {
    empty: bool,
}
impl fmt::Debug for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.empty { f.write_str("ParseCharError { kind: EmptyString }") } else { f.write_str("ParseCharError { kind: TooManyChars }") }
    }
}
impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.empty { f.write_str("cannot parse char from empty string") } else { f.write_str("too many characters in string") }
    }
}
impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut it = s.chars();
        match it.next() {
            None => Err(ParseCharError { empty: true }),
            Some(c) => match it.next() {
                None => Ok(c),
                Some(_) => Err(ParseCharError { empty: false }),
            },
        }
    }
}
impl FromStr for String {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<String, ParseBoolError> {
        Ok(String::from(s))
    }
}

impl fmt::LowerExp for f32 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut buf: Vec<u8> = Vec::with_capacity(1200);
        let n = pyr_fmt_f64(*self as f64, 3 | 256, 0, buf.as_mut_ptr(), 1200);
        let s = __str_raw(buf.as_mut_ptr(), n);
        if s.starts_with("-") { f.pad_integral(false, &s[1..]) } else { f.pad_integral(true, s) }
    }
}
pub mod hint {
    pub fn black_box<T>(x: T) -> T {
        x
    }
}
