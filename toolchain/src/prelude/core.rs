// ---- core: Option, Result, the basic traits, mem, process (env, io, fs: os.rs) ----

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
pub enum Option<T> {
    None,
    Some(T),
}
pub use Option::None;
pub use Option::Some;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}
pub use Result::Ok;
pub use Result::Err;

pub struct Box<T> {
    ptr: *mut T,
}

pub trait Clone {
    fn clone(&self) -> Self;
}
pub trait Copy {}
pub trait PartialEq<Rhs> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}
pub trait Eq {}
pub trait PartialOrd<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<cmp::Ordering>;
}
pub trait Ord {
    fn cmp(&self, other: &Self) -> cmp::Ordering;
    fn max(self, other: Self) -> Self {
        if Ord::cmp(&other, &self).is_lt() { self } else { other }
    }
    fn min(self, other: Self) -> Self {
        if Ord::cmp(&other, &self).is_lt() { other } else { self }
    }
    fn clamp(self, lo: Self, hi: Self) -> Self {
        if Ord::cmp(&self, &lo).is_lt() { lo } else if Ord::cmp(&self, &hi).is_gt() { hi } else { self }
    }
}
pub trait Default {
    fn default() -> Self;
}
pub trait From<T> {
    fn from(value: T) -> Self;
}
impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}
pub trait Into<T> {
    fn into(self) -> T;
}
impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        From::from(self)
    }
}
/// Cheap reference conversions (`fn f<S: AsRef<str>>(s: S)`).
pub trait AsRef<T> {
    fn as_ref(&self) -> &T;
}
impl AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}
impl AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}
impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}
impl<T> AsRef<[T]> for [T; _] {
    fn as_ref(&self) -> &[T] {
        &self[..]
    }
}
impl<T> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}
impl<U, T: AsRef<U>> AsRef<U> for &T {
    fn as_ref(&self) -> &U {
        AsRef::as_ref(*self)
    }
}
impl<U, T: AsRef<U>> AsRef<U> for &mut T {
    fn as_ref(&self) -> &U {
        AsRef::as_ref(*self)
    }
}
pub trait AsMut<T> {
    fn as_mut(&mut self) -> &mut T;
}
impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}
impl<T> AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}
pub trait TryFrom<T> {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}
pub trait TryInto<T> {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}
impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}
pub trait ToString {
    fn to_string(&self) -> String;
}
pub trait Sized {}

pub mod cmp {
    #[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
    pub enum Ordering {
        Less,
        Equal,
        Greater,
    }
    impl Ordering {
        pub fn is_lt(self) -> bool {
            match self { Ordering::Less => true, _ => false }
        }
        pub fn is_gt(self) -> bool {
            match self { Ordering::Greater => true, _ => false }
        }
        pub fn is_eq(self) -> bool {
            match self { Ordering::Equal => true, _ => false }
        }
        pub fn reverse(self) -> Ordering {
            match self { Ordering::Less => Ordering::Greater, Ordering::Equal => Ordering::Equal, Ordering::Greater => Ordering::Less }
        }
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct Reverse<T>(pub T);
    impl<T: PartialOrd> PartialOrd for Reverse<T> {
        fn partial_cmp(&self, o: &Reverse<T>) -> Option<Ordering> {
            PartialOrd::partial_cmp(&o.0, &self.0)
        }
    }
    impl<T: Ord> Ord for Reverse<T> {
        fn cmp(&self, o: &Reverse<T>) -> Ordering {
            Ord::cmp(&o.0, &self.0)
        }
    }
    pub fn max<T>(a: T, b: T) -> T {
        if b >= a { b } else { a }
    }
    pub fn min<T>(a: T, b: T) -> T {
        if b < a { b } else { a }
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new(Clone::clone(&**self))
    }
}
impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> {
        __box_new(x)
    }
    pub fn as_ref(&self) -> &T {
        &**self
    }
    pub fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}
impl<T: PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        **self == **other
    }
}
impl<T: fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}
impl<T: fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
impl<T> Clone for &T {
    fn clone(&self) -> &T {
        *self
    }
}

impl<T> Option<T> {
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(x) => x,
            None => __panic_str("called `Option::unwrap()` on a `None` value"),
        }
    }
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(x) => x,
            None => __panic_str(msg),
        }
    }
    pub fn unwrap_or(self, d: T) -> T {
        match self {
            Some(x) => x,
            None => d,
        }
    }
    pub fn unwrap_or_default(self) -> T {
        match self {
            Some(x) => x,
            None => Default::default(),
        }
    }
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }
    pub fn is_none(&self) -> bool {
        match self {
            Some(_) => false,
            None => true,
        }
    }
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(x) => Some(x),
            None => None,
        }
    }
    pub fn take(&mut self) -> Option<T> {
        mem::replace(self, None)
    }
    pub fn replace(&mut self, v: T) -> Option<T> {
        mem::replace(self, Some(v))
    }
    pub fn ok_or<E>(self, e: E) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(e),
        }
    }
    pub fn unwrap_unchecked_or_panic(self) -> T {
        self.unwrap()
    }
}
impl<T: Clone> Option<&T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
    pub fn copied(self) -> Option<T> {
        match self {
            Some(x) => Some(*x),
            None => None,
        }
    }
}
impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

impl<T, E: fmt::Debug> Result<T, E> {
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Ok(x) => x,
            Err(e) => __panic_debug("called `Result::unwrap()` on an `Err` value", &e),
        }
    }
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Ok(x) => x,
            Err(e) => __panic_debug(msg, &e),
        }
    }
}
impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }
    pub fn is_err(&self) -> bool {
        match self {
            Ok(_) => false,
            Err(_) => true,
        }
    }
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(x) => Some(x),
            Err(_) => None,
        }
    }
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }
    pub fn unwrap_or(self, d: T) -> T {
        match self {
            Ok(x) => x,
            Err(_) => d,
        }
    }
    pub fn unwrap_or_default(self) -> T {
        match self {
            Ok(x) => x,
            Err(_) => Default::default(),
        }
    }
    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(e),
        }
    }
}

#[track_caller]
pub fn __panic_debug<E: fmt::Debug>(msg: &str, e: &E) -> ! {
    let mut f = fmt::Formatter::new();
    f.write_str(msg);
    f.write_str(": ");
    fmt::Debug::fmt(e, &mut f);
    __panic_str(f.buf.as_str())
}

#[intrinsic]
#[track_caller]
pub fn __panic_str(msg: &str) -> ! {
    loop {}
}
#[intrinsic]
pub fn __drop_glue<T>(x: T) {
    loop {}
}
#[intrinsic]
pub fn __box_new<T>(x: T) -> Box<T> {
    loop {}
}
#[intrinsic]
pub fn __alloc<T>(n: usize) -> *mut T {
    loop {}
}
#[intrinsic]
pub fn __realloc<T>(p: *mut T, old: usize, new: usize) -> *mut T {
    loop {}
}
#[intrinsic]
pub fn __null<T>() -> *mut T {
    loop {}
}
#[intrinsic]
pub fn __ptr_read<T>(p: *mut T, i: usize) -> T {
    loop {}
}
#[intrinsic]
pub fn __ptr_write<T>(p: *mut T, i: usize, v: T) {
    loop {}
}
#[intrinsic]
pub fn __ptr_ref<T>(p: *mut T, i: usize) -> &T {
    loop {}
}
#[intrinsic]
pub fn __ptr_mut<T>(p: *mut T, i: usize) -> &mut T {
    loop {}
}
#[intrinsic]
pub fn __ptr_add<T>(p: *mut T, i: usize) -> *mut T {
    loop {}
}
#[intrinsic]
pub fn __ptr_copy<T>(dst: *mut T, src: *mut T, n: usize) {
    loop {}
}
#[intrinsic]
pub fn __slice_raw<T>(p: *mut T, len: usize) -> &[T] {
    loop {}
}
#[intrinsic]
pub fn __slice_raw_mut<T>(p: *mut T, len: usize) -> &mut [T] {
    loop {}
}
#[intrinsic]
pub fn __slice_ptr<T>(s: &[T]) -> *mut T {
    loop {}
}
#[intrinsic]
pub fn __slice_len<T>(s: &[T]) -> usize {
    loop {}
}
#[intrinsic]
pub fn __str_raw(p: *mut u8, len: usize) -> &str {
    loop {}
}
#[intrinsic]
pub fn __str_raw_mut(p: *mut u8, len: usize) -> &mut str {
    loop {}
}
#[intrinsic]
pub fn pyr_write_out(p: *mut u8, n: usize) {
    loop {}
}
#[intrinsic]
pub fn pyr_write_err(p: *mut u8, n: usize) {
    loop {}
}
#[intrinsic]
pub fn pyr_exit(code: i32) -> ! {
    loop {}
}
#[intrinsic]
pub fn pyr_fmt_f64(x: f64, mode: u32, prec: u32, buf: *mut u8, cap: usize) -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_fmt_u64(v: u64, radix: u32, upper: u32, buf: *mut u8) -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_fmt_i64(v: i64, buf: *mut u8) -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_parse_f64(p: *mut u8, n: usize, out: &mut f64) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_argc() -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_argv(i: usize, len: &mut usize) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_read_file(p: *mut u8, n: usize, out_len: &mut usize, err: &mut i32) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_strerror(err: i32, len: &mut usize) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_read_line(len: &mut usize) -> *mut u8 {
    loop {}
}

pub fn __write_stdout(s: &str) {
    pyr_write_out(s.as_ptr(), s.len());
}
pub fn __write_stderr(s: &str) {
    pyr_write_err(s.as_ptr(), s.len());
}

pub mod mem {
    pub fn replace<T>(dest: &mut T, src: T) -> T {
        let old = __ptr_read(dest as *mut T, 0);
        __ptr_write(dest as *mut T, 0, src);
        old
    }
    pub fn swap<T>(a: &mut T, b: &mut T) {
        let t = __ptr_read(a as *mut T, 0);
        __ptr_write(a as *mut T, 0, __ptr_read(b as *mut T, 0));
        __ptr_write(b as *mut T, 0, t);
    }
    pub fn take<T: Default>(dest: &mut T) -> T {
        replace(dest, Default::default())
    }
    pub fn drop<T>(x: T) {
        __drop_glue(x)
    }
}
pub use mem::drop;

pub mod process {
    pub fn exit(code: i32) -> ! {
        pyr_exit(code)
    }
    pub fn id() -> u32 {
        pyr_getpid()
    }
}

/// What the runtime does with `fn main() -> Result<(), E>`.
pub fn __report_main_result<E: fmt::Debug>(r: Result<(), E>) {
    match r {
        Ok(()) => {}
        Err(e) => {
            let mut f = fmt::Formatter::new();
            f.write_str("Error: ");
            fmt::Debug::fmt(&e, &mut f);
            f.write_str("\n");
            __write_stderr(f.buf.as_str());
            pyr_exit(1)
        }
    }
}

impl<T> Option<T> {
    pub fn or(self, o: Option<T>) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => o,
        }
    }
    pub fn and<U>(self, o: Option<U>) -> Option<U> {
        match self {
            Some(_) => o,
            None => None,
        }
    }
    pub fn xor(self, o: Option<T>) -> Option<T> {
        match (self, o) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }
    pub fn insert(&mut self, v: T) -> &mut T {
        *self = Some(v);
        match self {
            Some(x) => x,
            None => __panic_str("unreachable"),
        }
    }
    pub fn get_or_insert(&mut self, v: T) -> &mut T {
        if self.is_none() {
            *self = Some(v);
        }
        match self {
            Some(x) => x,
            None => __panic_str("unreachable"),
        }
    }
    pub fn unwrap_or_else_default(self) -> T {
        self.unwrap_or_default()
    }
}
impl<T: fmt::Debug, E> Result<T, E> {
    #[track_caller]
    pub fn unwrap_err(self) -> E {
        match self {
            Ok(x) => __panic_debug("called `Result::unwrap_err()` on an `Ok` value", &x),
            Err(e) => e,
        }
    }
    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E {
        match self {
            Ok(x) => __panic_debug(msg, &x),
            Err(e) => e,
        }
    }
}
impl<T, E> Result<T, E> {
    pub fn or<F>(self, o: Result<T, F>) -> Result<T, F> {
        match self {
            Ok(x) => Ok(x),
            Err(_) => o,
        }
    }
    pub fn and<U>(self, o: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => o,
            Err(e) => Err(e),
        }
    }
}

impl<T: PartialEq> PartialEq for &T {
    fn eq(&self, o: &&T) -> bool {
        PartialEq::eq(*self, *o)
    }
}
impl<T: PartialEq> PartialEq for &mut T {
    fn eq(&self, o: &&mut T) -> bool {
        PartialEq::eq(&**self, &**o)
    }
}
pub mod slice {
    pub use super::Iter;
    pub use super::IterMut;
    pub use super::Windows;
    pub use super::Chunks;
}
pub mod vec {
    pub use super::Vec;
    pub use super::IntoIter;
}
pub mod string {
    pub use super::String;
    pub use super::ToString;
}
pub mod iter {
    pub use super::Iterator;
    pub use super::DoubleEndedIterator;
    pub use super::IntoIterator;
    pub use super::FromIterator;
    pub use super::Enumerate;
    pub use super::Rev;
    pub use super::Zip;
    pub use super::Skip;
    pub use super::Take;
    pub use super::StepBy;
    pub use super::Chain;
    pub use super::Peekable;
    pub use super::Cloned;
    pub use super::__iter_from_fn as from_fn;
    pub use super::__iter_successors as successors;
    pub use super::__iter_repeat_with as repeat_with;
    pub use super::__iter_repeat as repeat;
    pub use super::__iter_once as once;
    pub use super::Map;
    pub use super::Filter;
}
pub mod str {
    pub fn from_utf8(v: &[u8]) -> Result<&str, super::Utf8Error> {
        let k = super::__utf8_valid_up_to(v);
        if k < v.len() {
            return Err(super::Utf8Error { valid_up_to: k });
        }
        Ok(__str_raw(__slice_ptr(v), v.len()))
    }
    pub use super::Chars;
    pub use super::CharIndices;
    pub use super::Bytes;
    pub use super::SplitWhitespace;
    pub use super::Lines;
    pub use super::FromStr;
}
pub mod convert {
    pub use super::From;
    pub use super::Into;
    pub use super::TryFrom;
    pub use super::TryInto;
    pub use super::AsRef;
    pub use super::AsMut;
}

impl Option<String> {
    pub fn as_deref(&self) -> Option<&str> {
        match self {
            Some(s) => Some(s.as_str()),
            None => None,
        }
    }
}
impl<T> Option<Box<T>> {
    pub fn as_deref(&self) -> Option<&T> {
        match self {
            Some(b) => Some(&**b),
            None => None,
        }
    }
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(x) => x,
            None => None,
        }
    }
}
