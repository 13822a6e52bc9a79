// ---- fmt: the Formatter that format!, println!, write! and friends lower to ----

pub mod fmt {
    #[derive(Clone, Copy, Debug)]
    pub struct Error;
    pub type Result = super::Result<(), Error>;

    pub trait Display {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait Debug {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait LowerHex {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait UpperHex {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait Binary {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait Octal {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait LowerExp {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    pub trait UpperExp {
        fn fmt(&self, f: &mut Formatter) -> Result;
    }
    /// `{:E}`: `{:e}` with an upper-case exponent marker.
    impl<T: LowerExp> UpperExp for T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            let low = if f.has_prec { format!("{:.*e}", f.prec, self) } else { format!("{:e}", self) };
            let s = low.replace("e", "E");
            if s.starts_with("-") {
                f.pad_integral(false, &s[1..])
            } else {
                f.pad_integral(true, s.as_str())
            }
        }
    }
    impl LowerExp for f64 {
        fn fmt(&self, f: &mut Formatter) -> Result {
            let mut buf: Vec<u8> = Vec::with_capacity(1200 + f.prec);
            let mut mode: u32 = 3;
            if f.has_prec {
                mode = 4;
            }
            let n = pyr_fmt_f64(*self, mode, f.prec as u32, buf.as_mut_ptr(), 1200 + f.prec);
            let s = __str_raw(buf.as_mut_ptr(), n);
            if s.starts_with("-") {
                f.pad_integral(false, &s[1..])
            } else {
                f.pad_integral(true, s)
            }
        }
    }
    impl<T: Debug> Debug for [T; _] {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Debug::fmt(&self[..], f)
        }
    }
    impl<A: Debug, B: Debug, C: Debug, D: Debug, E: Debug> Debug for (A, B, C, D, E) {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.debug_tuple_begin("");
            f.debug_tuple_field(&self.0);
            f.debug_tuple_field(&self.1);
            f.debug_tuple_field(&self.2);
            f.debug_tuple_field(&self.3);
            f.debug_tuple_field(&self.4);
            f.debug_tuple_end()
        }
    }
    impl<A: Debug> Debug for (A,) {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.buf.push('(');
            Debug::fmt(&self.0, f);
            f.buf.push_str(",)");
            Ok(())
        }
    }

    pub struct Formatter {
        pub buf: String,
        width: usize,
        prec: usize,
        has_width: bool,
        has_prec: bool,
        // 0 = unspecified, 1 = left, 2 = right, 3 = center
        align: u8,
        fill: char,
        plus: bool,
        zero: bool,
        alt: bool,
        // debug_struct / debug_tuple state: fields written so far
        fields: usize,
    }

    impl Formatter {
        pub fn new() -> Formatter {
            Formatter { buf: String::new(), width: 0, prec: 0, has_width: false, has_prec: false, align: 0, fill: ' ', plus: false, zero: false, alt: false, fields: 0 }
        }
        pub fn __spec(&mut self, width: usize, has_width: bool, prec: usize, has_prec: bool, align: u8, fill: char, plus: bool, zero: bool, alt: bool) {
            self.alt = alt;
            self.width = width;
            self.has_width = has_width;
            self.prec = prec;
            self.has_prec = has_prec;
            self.align = align;
            self.fill = fill;
            self.plus = plus;
            self.zero = zero;
        }
        pub fn write_str(&mut self, s: &str) -> Result {
            self.buf.push_str(s);
            Ok(())
        }
        pub fn write_char(&mut self, c: char) -> Result {
            self.buf.push(c);
            Ok(())
        }
        pub fn precision(&self) -> Option<usize> {
            if self.has_prec { Some(self.prec) } else { None }
        }
        pub fn width(&self) -> Option<usize> {
            if self.has_width { Some(self.width) } else { None }
        }
        fn fill_n(&mut self, n: usize) {
            let mut i = 0;
            while i < n {
                self.buf.push(self.fill);
                i += 1;
            }
        }
        /// Writes `s` padded to the width; `default_right` is the alignment numbers use.
        fn padded(&mut self, s: &str, default_right: bool) -> Result {
            let n = s.chars().count();
            if !self.has_width || n >= self.width {
                self.buf.push_str(s);
                return Ok(());
            }
            let pad = self.width - n;
            let align = if self.align == 0 { if default_right { 2 } else { 1 } } else { self.align };
            if align == 1 {
                self.buf.push_str(s);
                self.fill_n(pad);
            } else if align == 2 {
                self.fill_n(pad);
                self.buf.push_str(s);
            } else {
                self.fill_n(pad / 2);
                self.buf.push_str(s);
                self.fill_n(pad - pad / 2);
            }
            Ok(())
        }
        /// Strings: precision truncates, then pad (left-aligned by default).
        pub fn pad(&mut self, s: &str) -> Result {
            if self.has_prec {
                let mut t = String::new();
                let mut i = 0;
                for c in s.chars() {
                    if i >= self.prec {
                        break;
                    }
                    t.push(c);
                    i += 1;
                }
                return self.padded(t.as_str(), false);
            }
            self.padded(s, false)
        }
        pub fn alternate(&self) -> bool {
            self.alt
        }
        /// Numbers: `digits` has no sign; handles `+` and `0` flags; right-aligned by default.
        pub fn pad_integral(&mut self, nonneg: bool, digits: &str) -> Result {
            self.pad_integral_prefixed(nonneg, "", digits)
        }
        /// Like `pad_integral`, with a prefix (`0x`) between the sign and the digits.
        pub fn pad_integral_prefixed(&mut self, nonneg: bool, prefix: &str, digits: &str) -> Result {
            if !self.has_width && !self.plus {
                if !nonneg {
                    self.buf.push('-');
                }
                self.buf.push_str(prefix);
                self.buf.push_str(digits);
                return Ok(());
            }
            let mut sign = "";
            if !nonneg {
                sign = "-";
            } else if self.plus {
                sign = "+";
            }
            if self.zero && self.has_width {
                let n = digits.chars().count() + sign.len() + prefix.len();
                self.buf.push_str(sign);
                self.buf.push_str(prefix);
                let mut i = n;
                while i < self.width {
                    self.buf.push('0');
                    i += 1;
                }
                self.buf.push_str(digits);
                return Ok(());
            }
            let mut s = String::new();
            s.push_str(sign);
            s.push_str(prefix);
            s.push_str(digits);
            self.padded(s.as_str(), true)
        }
        pub fn debug_struct_begin(&mut self, name: &str) {
            self.buf.push_str(name);
            self.fields = 0;
        }
        /// `{:#?}`: formats `v` one level in, as Rust's PadAdapter does (every line of its
        /// text indented by four spaces), followed by `,` and a newline.
        fn __pretty_item<T: Debug>(&mut self, v: &T) {
            let start = self.buf.len();
            Debug::fmt(v, self);
            let tail = self.buf.split_off(start);
            self.buf.push_str(&tail.replace("\n", "\n    "));
            self.buf.push_str(",\n");
        }
        pub fn debug_struct_field<T: Debug>(&mut self, name: &str, v: &T) {
            let saved = self.fields;
            if self.alt {
                if saved == 0 {
                    self.buf.push_str(" {\n");
                }
                self.buf.push_str("    ");
                self.buf.push_str(name);
                self.buf.push_str(": ");
                self.__pretty_item(v);
                self.fields = saved + 1;
                return;
            }
            if saved == 0 {
                self.buf.push_str(" { ");
            } else {
                self.buf.push_str(", ");
            }
            self.buf.push_str(name);
            self.buf.push_str(": ");
            Debug::fmt(v, self);
            self.fields = saved + 1;
        }
        pub fn debug_struct_end(&mut self) -> Result {
            if self.fields > 0 {
                self.buf.push_str(if self.alt { "}" } else { " }" });
            }
            Ok(())
        }
        pub fn debug_tuple_begin(&mut self, name: &str) {
            self.buf.push_str(name);
            self.fields = 0;
        }
        pub fn debug_tuple_field<T: Debug>(&mut self, v: &T) {
            let saved = self.fields;
            if self.alt {
                if saved == 0 {
                    self.buf.push_str("(\n");
                }
                self.buf.push_str("    ");
                self.__pretty_item(v);
                self.fields = saved + 1;
                return;
            }
            if saved == 0 {
                self.buf.push_str("(");
            } else {
                self.buf.push_str(", ");
            }
            Debug::fmt(v, self);
            self.fields = saved + 1;
        }
        pub fn debug_tuple_end(&mut self) -> Result {
            if self.fields > 0 {
                self.buf.push_str(")");
            }
            Ok(())
        }
        pub fn debug_list_item<T: Debug>(&mut self, first: bool, v: &T) {
            if self.alt {
                if first {
                    self.buf.push('\n');
                }
                self.buf.push_str("    ");
                self.__pretty_item(v);
                return;
            }
            if !first {
                self.buf.push_str(", ");
            }
            Debug::fmt(v, self);
        }
        /// A map entry `key: value` (`{:#?}`: one per line).
        pub fn debug_map_entry<K: Debug, V: Debug>(&mut self, first: bool, k: &K, v: &V) {
            if self.alt {
                if first {
                    self.buf.push('\n');
                }
                self.buf.push_str("    ");
                let start = self.buf.len();
                Debug::fmt(k, self);
                self.buf.push_str(": ");
                Debug::fmt(v, self);
                let tail = self.buf.split_off(start);
                self.buf.push_str(&tail.replace("\n", "\n    "));
                self.buf.push_str(",\n");
                return;
            }
            if !first {
                self.buf.push_str(", ");
            }
            Debug::fmt(k, self);
            self.buf.push_str(": ");
            Debug::fmt(v, self);
        }
    }

    impl Display for str {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.pad(self)
        }
    }
    impl Debug for str {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.buf.push('"');
            for c in self.chars() {
                if c == '"' {
                    f.buf.push_str("\\\"");
                } else {
                    __escape_char(&mut f.buf, c);
                }
            }
            f.buf.push('"');
            Ok(())
        }
    }
    pub fn __escape_char(buf: &mut String, c: char) {
        if c == '\n' {
            buf.push_str("\\n");
        } else if c == '\t' {
            buf.push_str("\\t");
        } else if c == '\r' {
            buf.push_str("\\r");
        } else if c == '\\' {
            buf.push_str("\\\\");
        } else if c == '\0' {
            buf.push_str("\\0");
        } else if (c as u32) < 32 || c as u32 == 127 {
            buf.push_str("\\u{");
            let mut tmp = [0u8; 72];
            let n = pyr_fmt_u64(c as u32 as u64, 16, 0, __slice_ptr(&tmp));
            buf.push_str(__str_raw(__slice_ptr(&tmp), n));
            buf.push('}');
        } else {
            buf.push(c);
        }
    }
    impl Display for String {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.pad(self.as_str())
        }
    }
    impl Debug for String {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Debug::fmt(self.as_str(), f)
        }
    }
    impl Display for char {
        fn fmt(&self, f: &mut Formatter) -> Result {
            let mut s = String::new();
            s.push(*self);
            f.pad(s.as_str())
        }
    }
    impl Debug for char {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.buf.push('\'');
            if *self == '\'' {
                f.buf.push_str("\\'");
            } else {
                __escape_char(&mut f.buf, *self);
            }
            f.buf.push('\'');
            Ok(())
        }
    }
    impl Display for bool {
        fn fmt(&self, f: &mut Formatter) -> Result {
            if *self { f.pad("true") } else { f.pad("false") }
        }
    }
    impl Debug for bool {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Display::fmt(self, f)
        }
    }
    impl Display for f64 {
        fn fmt(&self, f: &mut Formatter) -> Result {
            __fmt_float(*self, f, false)
        }
    }
    impl Debug for f64 {
        fn fmt(&self, f: &mut Formatter) -> Result {
            __fmt_float(*self, f, true)
        }
    }
    fn __fmt_float(x: f64, f: &mut Formatter, debug: bool) -> Result {
        __fmt_float_mode(x, f, debug, 0)
    }
    /// `extra` is or-ed into the runtime's mode (256: shortest digits of the f32 value).
    pub fn __fmt_float_mode(x: f64, f: &mut Formatter, debug: bool, extra: u32) -> Result {
        let mut buf: Vec<u8> = Vec::with_capacity(1200 + f.prec);
        let mut mode: u32 = 0;
        if debug {
            mode = 1;
        }
        if f.has_prec {
            mode = 2;
        }
        if x != x {
            return f.padded("NaN", true);
        }
        let n = pyr_fmt_f64(x, mode | extra, f.prec as u32, buf.as_mut_ptr(), 1200 + f.prec);
        let s = __str_raw(buf.as_mut_ptr(), n);
        if s.starts_with("-") {
            f.pad_integral(false, &s[1..])
        } else {
            f.pad_integral(true, s)
        }
    }
    impl Display for () {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.pad("()")
        }
    }
    impl Debug for () {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.pad("()")
        }
    }
    impl<T: Display> Display for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Display::fmt(*self, f)
        }
    }
    impl<T: Debug> Debug for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Debug::fmt(*self, f)
        }
    }
    impl<T: LowerHex> LowerHex for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            LowerHex::fmt(*self, f)
        }
    }
    impl<T: UpperHex> UpperHex for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            UpperHex::fmt(*self, f)
        }
    }
    impl<T: Binary> Binary for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Binary::fmt(*self, f)
        }
    }
    impl<T: Octal> Octal for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Octal::fmt(*self, f)
        }
    }
    impl<T: LowerExp> LowerExp for &T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            LowerExp::fmt(*self, f)
        }
    }
    impl<T: Display> Display for &mut T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Display::fmt(*self, f)
        }
    }
    impl<T: Debug> Debug for &mut T {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Debug::fmt(*self, f)
        }
    }
    impl<T: Debug> Debug for [T] {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.buf.push('[');
            let mut i = 0;
            while i < self.len() {
                f.debug_list_item(i == 0, &self[i]);
                i += 1;
            }
            f.buf.push(']');
            Ok(())
        }
    }
    impl<T: Debug> Debug for Vec<T> {
        fn fmt(&self, f: &mut Formatter) -> Result {
            Debug::fmt(self.as_slice(), f)
        }
    }
    impl<A: Debug, B: Debug> Debug for (A, B) {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.debug_tuple_begin("");
            f.debug_tuple_field(&self.0);
            f.debug_tuple_field(&self.1);
            f.debug_tuple_end()
        }
    }
    impl<A: Debug, B: Debug, C: Debug> Debug for (A, B, C) {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.debug_tuple_begin("");
            f.debug_tuple_field(&self.0);
            f.debug_tuple_field(&self.1);
            f.debug_tuple_field(&self.2);
            f.debug_tuple_end()
        }
    }
    impl<A: Debug, B: Debug, C: Debug, D: Debug> Debug for (A, B, C, D) {
        fn fmt(&self, f: &mut Formatter) -> Result {
            f.debug_tuple_begin("");
            f.debug_tuple_field(&self.0);
            f.debug_tuple_field(&self.1);
            f.debug_tuple_field(&self.2);
            f.debug_tuple_field(&self.3);
            f.debug_tuple_end()
        }
    }
    impl<T: Display> ToString for T {
        fn to_string(&self) -> String {
            let mut f = Formatter::new();
            Display::fmt(self, &mut f);
            f.buf
        }
    }
}
pub use fmt::Display;
pub use fmt::Debug;
pub fn __fmt_radix(v: u64, radix: u32, upper: u32, f: &mut fmt::Formatter) -> fmt::Result {
    let mut buf = [0u8; 72];
    let n = pyr_fmt_u64(v, radix, upper, __slice_ptr(&buf));
    let prefix = if !f.alternate() { "" } else if radix == 16 { "0x" } else if radix == 2 { "0b" } else { "0o" };
    f.pad_integral_prefixed(true, prefix, __str_raw(__slice_ptr(&buf), n))
}
