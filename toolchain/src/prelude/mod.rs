//! The Pyrite prelude: the parts of Rust's standard library the dialect offers, written in
//! the dialect itself over a few intrinsics.
//!
//! Invariants:
//! - Intrinsics are functions marked `#[intrinsic]`. Those named `pyr_*` are calls into the
//!   C runtime with the lowered signature; the others (`__*`) are expanded by the graph
//!   builder. Their bodies are never translated.
//! - Generic prelude code is checked per instantiation (as a template), so it may use
//!   operations that hold only for the concrete types it is instantiated with.

const CORE: &str = include_str!("core.rs");
const OS: &str = include_str!("os.rs");
const FMT: &str = include_str!("fmt.rs");
const VEC: &str = include_str!("vec.rs");
const STR: &str = include_str!("string.rs");
const ITER: &str = include_str!("iter.rs");
const NUM: &str = include_str!("num.rs");
const NUM_INT: &str = include_str!("num_int.rs");
const COLLECTIONS: &str = include_str!("collections.rs");
const CLOSURES: &str = include_str!("closures.rs");
const ERROR: &str = include_str!("error.rs");

/// Lossless numeric conversions: `impl From<source> for target` with an `as` cast.
const LOSSLESS_FROM: [(&str, &[&str]); 9] = [
    ("i8", &["i16", "i32", "i64", "isize", "f64", "f32"]),
    ("u8", &["u16", "u32", "u64", "usize", "i16", "i32", "i64", "isize", "f64", "f32", "char"]),
    ("i16", &["i32", "i64", "isize", "f64", "f32"]),
    ("u16", &["u32", "u64", "usize", "i32", "i64", "f64", "f32"]),
    ("i32", &["i64", "f64"]),
    ("u32", &["u64", "i64", "f64"]),
    ("f32", &["f64"]),
    ("char", &["u32", "u64"]),
    ("bool", &["u8", "i32", "u32", "u64", "i64", "usize"]),
];

fn lossless_from() -> String {
    let mut s = String::new();
    for (src, dsts) in LOSSLESS_FROM {
        for d in dsts {
            s.push_str(&format!("impl From<{src}> for {d} {{\n    fn from(x: {src}) -> {d} {{\n        x as {d}\n    }}\n}}\n"));
        }
    }
    s
}

/// `impl TryFrom<S> for T` between every two integer types: the value converts when the
/// round trip through `as` keeps it and its sign.
fn int_try_from() -> String {
    let mut s = String::new();
    for (src, _) in crate::sema::ty::INT_KINDS {
        for (dst, _) in crate::sema::ty::INT_KINDS {
            if src == dst {
                continue;
            }
            s.push_str(&format!(
                "impl TryFrom<{src}> for {dst} {{\n    type Error = TryFromIntError;\n    fn try_from(x: {src}) -> Result<{dst}, TryFromIntError> {{\n        let y = x as {dst};\n        if y as {src} == x && (x < 0) == (y < 0) {{\n            Ok(y)\n        }} else {{\n            Err(TryFromIntError(()))\n        }}\n    }}\n}}\n"
            ));
        }
    }
    s
}

/// The `std::ops` traits for the primitive number types (and `bool`'s bit operators), so
/// that bounds such as `T: Add<Output = T>` hold for them. Operators on primitives never
/// call these impls (the checker takes the primitive operation first); bounds, `T::Output`
/// and explicit calls (`a.add(b)`) do.
fn prim_ops() -> String {
    let mut s = String::new();
    let ints: Vec<(&str, bool)> = crate::sema::ty::INT_KINDS.iter().map(|(n, k)| (*n, k.signed())).collect();
    let mut nums: Vec<(&str, bool, bool)> = ints.iter().map(|(n, sg)| (*n, *sg, true)).collect();
    nums.push(("f32", true, false));
    nums.push(("f64", true, false));
    for (t, signed, int) in nums {
        let mut bin = vec![("Add", "add", "+"), ("Sub", "sub", "-"), ("Mul", "mul", "*"), ("Div", "div", "/"), ("Rem", "rem", "%")];
        if int {
            bin.extend([("BitAnd", "bitand", "&"), ("BitOr", "bitor", "|"), ("BitXor", "bitxor", "^"), ("Shl", "shl", "<<"), ("Shr", "shr", ">>")]);
        }
        for (tr, m, op) in bin {
            s.push_str(&format!("impl ops::{tr}<{t}> for {t} {{\n    type Output = {t};\n    fn {m}(self, rhs: {t}) -> {t} {{\n        self {op} rhs\n    }}\n}}\n"));
        }
        for (tr, m, op) in [("AddAssign", "add_assign", "+="), ("SubAssign", "sub_assign", "-="), ("MulAssign", "mul_assign", "*="), ("DivAssign", "div_assign", "/=")] {
            s.push_str(&format!("impl ops::{tr}<{t}> for {t} {{\n    fn {m}(&mut self, rhs: {t}) {{\n        *self {op} rhs;\n    }}\n}}\n"));
        }
        if signed {
            s.push_str(&format!("impl ops::Neg for {t} {{\n    type Output = {t};\n    fn neg(self) -> {t} {{\n        -self\n    }}\n}}\n"));
        }
        if int {
            s.push_str(&format!("impl ops::Not for {t} {{\n    type Output = {t};\n    fn not(self) -> {t} {{\n        !self\n    }}\n}}\n"));
        }
    }
    for (tr, m, op) in [("BitAnd", "bitand", "&"), ("BitOr", "bitor", "|"), ("BitXor", "bitxor", "^")] {
        s.push_str(&format!("impl ops::{tr}<bool> for bool {{\n    type Output = bool;\n    fn {m}(self, rhs: bool) -> bool {{\n        self {op} rhs\n    }}\n}}\n"));
    }
    s.push_str("impl ops::Not for bool {\n    type Output = bool;\n    fn not(self) -> bool {\n        !self\n    }\n}\n");
    s
}

/// Byte conversions of the fixed-width integers (`to_le_bytes`, `from_be_bytes`, ...), and
/// `std::num::Wrapping<T>` arithmetic, for every integer type.
fn int_bytes_and_wrapping() -> String {
    let mut s = String::new();
    for (t, k) in crate::sema::ty::INT_KINDS {
        let u = if k.signed() { format!("u{}", &t[1..]) } else { t.to_string() };
        if !t.ends_with("size") {
            let n = k.bits(64) / 8;
            s.push_str(&format!(
                "impl {t} {{
    pub fn to_le_bytes(self) -> [u8; {n}] {{
        let v = self as {u};
        let mut b = [0u8; {n}];
        let mut i = 0;
        while i < {n} {{
            b[i] = (v >> (8 * i)) as u8;
            i += 1;
        }}
        b
    }}
    pub fn to_be_bytes(self) -> [u8; {n}] {{
        let mut b = self.to_le_bytes();
        b.reverse();
        b
    }}
    pub fn to_ne_bytes(self) -> [u8; {n}] {{
        self.to_le_bytes()
    }}
    pub fn from_le_bytes(b: [u8; {n}]) -> {t} {{
        let mut v: {u} = 0;
        let mut i = 0;
        while i < {n} {{
            v = v | ((b[i] as {u}) << (8 * i));
            i += 1;
        }}
        v as {t}
    }}
    pub fn from_be_bytes(b: [u8; {n}]) -> {t} {{
        let mut r = b;
        r.reverse();
        {t}::from_le_bytes(r)
    }}
    pub fn from_ne_bytes(b: [u8; {n}]) -> {t} {{
        {t}::from_le_bytes(b)
    }}
}}
"
            ));
        }
        for (tr, m, body) in [
            ("Add", "add", "self.0.wrapping_add(o.0)"),
            ("Sub", "sub", "self.0.wrapping_sub(o.0)"),
            ("Mul", "mul", "self.0.wrapping_mul(o.0)"),
            ("Div", "div", "self.0.wrapping_div(o.0)"),
            ("Rem", "rem", "self.0.wrapping_rem(o.0)"),
            ("BitXor", "bitxor", "self.0 ^ o.0"),
            ("BitAnd", "bitand", "self.0 & o.0"),
            ("BitOr", "bitor", "self.0 | o.0"),
        ] {
            s.push_str(&format!(
                "impl ops::{tr} for Wrapping<{t}> {{\n    type Output = Wrapping<{t}>;\n    fn {m}(self, o: Wrapping<{t}>) -> Wrapping<{t}> {{\n        Wrapping({body})\n    }}\n}}\nimpl ops::{tr}Assign for Wrapping<{t}> {{\n    fn {m}_assign(&mut self, o: Wrapping<{t}>) {{\n        let a = *self;\n        *self = ops::{tr}::{m}(a, o);\n    }}\n}}\n"
            ));
        }
        for (tr, m, body) in [("Shl", "shl", "self.0.wrapping_shl(n as u32)"), ("Shr", "shr", "self.0.wrapping_shr(n as u32)")] {
            s.push_str(&format!(
                "impl ops::{tr}<usize> for Wrapping<{t}> {{\n    type Output = Wrapping<{t}>;\n    fn {m}(self, n: usize) -> Wrapping<{t}> {{\n        Wrapping({body})\n    }}\n}}\nimpl ops::{tr}Assign<usize> for Wrapping<{t}> {{\n    fn {m}_assign(&mut self, n: usize) {{\n        let a = *self;\n        *self = ops::{tr}::{m}(a, n);\n    }}\n}}\n"
            ));
        }
        s.push_str(&format!(
            "impl ops::Neg for Wrapping<{t}> {{\n    type Output = Wrapping<{t}>;\n    fn neg(self) -> Wrapping<{t}> {{\n        Wrapping(self.0.wrapping_neg())\n    }}\n}}\nimpl ops::Not for Wrapping<{t}> {{\n    type Output = Wrapping<{t}>;\n    fn not(self) -> Wrapping<{t}> {{\n        Wrapping(!self.0)\n    }}\n}}\n"
        ));
    }
    s
}

/// `PartialEq`, `Clone` and `PartialOrd` for tuples of 5 to 8 elements, `Debug` for 6 to 8
/// (the smaller ones are written out in the prelude files).
fn tuple_impls() -> String {
    let names = ["A", "B", "C", "D", "E", "F", "G", "H"];
    let mut s = String::new();
    for n in 5..=8 {
        let ps = &names[..n];
        let bounded = |b: &str| ps.iter().map(|p| format!("{p}: {b}")).collect::<Vec<_>>().join(", ");
        let tup = format!("({})", ps.join(", "));
        let eq = (0..n).map(|i| format!("self.{i} == o.{i}")).collect::<Vec<_>>().join(" && ");
        s.push_str(&format!("impl<{}> PartialEq for {tup} {{\n    fn eq(&self, o: &{tup}) -> bool {{\n        {eq}\n    }}\n}}\n", bounded("PartialEq")));
        let cl = (0..n).map(|i| format!("self.{i}.clone()")).collect::<Vec<_>>().join(", ");
        s.push_str(&format!("impl<{}> Clone for {tup} {{\n    fn clone(&self) -> {tup} {{\n        ({cl})\n    }}\n}}\n", bounded("Clone")));
        let mut body = String::from("        let mut c = Some(cmp::Ordering::Equal);\n");
        for i in 0..n {
            body.push_str(&format!("        if c == Some(cmp::Ordering::Equal) {{\n            c = PartialOrd::partial_cmp(&self.{i}, &o.{i});\n        }}\n"));
        }
        s.push_str(&format!(
            "impl<{}> PartialOrd for {tup} {{\n    fn partial_cmp(&self, o: &{tup}) -> Option<cmp::Ordering> {{\n{body}        c\n    }}\n}}\n",
            bounded("PartialOrd")
        ));
        if n >= 6 {
            let fields = (0..n).map(|i| format!("        f.debug_tuple_field(&self.{i});\n")).collect::<String>();
            s.push_str(&format!(
                "impl<{}> fmt::Debug for {tup} {{\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {{\n        f.debug_tuple_begin(\"\");\n{fields}        f.debug_tuple_end()\n    }}\n}}\n",
                bounded("fmt::Debug")
            ));
        }
    }
    s
}

pub fn source() -> String {
    let mut s = String::new();
    for part in [CORE, OS, FMT, VEC, STR, ITER, NUM, COLLECTIONS, CLOSURES, ERROR] {
        s.push_str(part);
        s.push('\n');
    }
    s.push_str(&lossless_from());
    s.push_str(&int_try_from());
    s.push_str(&prim_ops());
    s.push_str(&int_bytes_and_wrapping());
    s.push_str(&tuple_impls());
    for (name, k) in crate::sema::ty::INT_KINDS {
        let unsigned = if k.signed() { "u".to_string() + &name[1..] } else { name.to_string() };
        let wide = if k.signed() { "i64" } else { "u64" };
        s.push_str(
            &NUM_INT
                .replace("$T", name)
                .replace("$U", &unsigned)
                .replace("$WIDE", wide)
                .replace("$SIGNED", if k.signed() { "true" } else { "false" }),
        );
        s.push('\n');
    }
    s
}
