// ---- String and str ----

pub struct String {
    vec: Vec<u8>,
}

pub trait __StrLike {
    fn __as_str(&self) -> &str;
}
impl __StrLike for String {
    fn __as_str(&self) -> &str {
        self.as_str()
    }
}
impl __StrLike for &str {
    fn __as_str(&self) -> &str {
        *self
    }
}
impl __StrLike for str {
    fn __as_str(&self) -> &str {
        self
    }
}
impl __StrLike for char {
    fn __as_str(&self) -> &str {
        let mut s = String::new();
        s.push(*self);
        __leak_str(s)
    }
}
fn __leak_str(s: String) -> &str {
    __str_raw(s.vec.ptr, s.vec.len)
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }
    pub fn with_capacity(n: usize) -> String {
        String { vec: Vec::with_capacity(n) }
    }
    /// Any `IntoIterator` of `char`, `&char`, `&str` or `String`.
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            __PushStr::__push_to(x, self);
        }
    }
    pub fn from_utf8_lossy_bytes(b: &[u8]) -> String {
        String { vec: b.to_vec() }
    }
    pub fn as_str(&self) -> &str {
        __str_raw(self.vec.ptr, self.vec.len)
    }
    pub fn as_mut_str(&mut self) -> &mut str {
        __str_raw_mut(self.vec.ptr, self.vec.len)
    }
    pub fn push_str(&mut self, s: &str) {
        let n = s.len();
        self.vec.reserve(n);
        if n > 0 {
            __ptr_copy(__ptr_add(self.vec.ptr, self.vec.len), s.as_ptr(), n);
        }
        self.vec.len += n;
    }
    pub fn push(&mut self, c: char) {
        let u = c as u32;
        if u < 0x80 {
            self.vec.push(u as u8);
        } else if u < 0x800 {
            self.vec.push((0xC0 | (u >> 6)) as u8);
            self.vec.push((0x80 | (u & 0x3F)) as u8);
        } else if u < 0x10000 {
            self.vec.push((0xE0 | (u >> 12)) as u8);
            self.vec.push((0x80 | ((u >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (u & 0x3F)) as u8);
        } else {
            self.vec.push((0xF0 | (u >> 18)) as u8);
            self.vec.push((0x80 | ((u >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((u >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (u & 0x3F)) as u8);
        }
    }
    pub fn pop(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back();
        match c {
            Some(ch) => {
                self.vec.len -= ch.len_utf8();
                Some(ch)
            }
            None => None,
        }
    }
    pub fn len(&self) -> usize {
        self.vec.len
    }
    pub fn is_empty(&self) -> bool {
        self.vec.len == 0
    }
    pub fn clear(&mut self) {
        self.vec.len = 0;
    }
    pub fn truncate(&mut self, n: usize) {
        if n < self.vec.len {
            self.vec.len = n;
        }
    }
    pub fn insert(&mut self, i: usize, c: char) {
        let mut t = String::new();
        t.push_str(&self.as_str()[..i]);
        t.push(c);
        t.push_str(&self.as_str()[i..]);
        self.vec = t.vec;
    }
    pub fn remove(&mut self, i: usize) -> char {
        let c = self.as_str()[i..].chars().next().unwrap();
        let mut t = String::new();
        t.push_str(&self.as_str()[..i]);
        t.push_str(&self.as_str()[i + c.len_utf8()..]);
        self.vec = t.vec;
        c
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }
    pub fn capacity(&self) -> usize {
        self.vec.cap
    }
}
impl Clone for String {
    fn clone(&self) -> String {
        String::from(self.as_str())
    }
}
impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Default for String {
    fn default() -> String {
        String::new()
    }
}
impl Default for &str {
    fn default() -> &str {
        ""
    }
}
// `String::from` is the `From` trait's (no inherent `from`), so a program's own
// `impl From<X> for String` is found too.
impl From<&str> for String {
    fn from(s: &str) -> String {
        // One block copy (push_str), not a byte-by-byte extend_from_slice.
        let mut r = String::with_capacity(s.len());
        r.push_str(s);
        r
    }
}
impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}
impl From<&mut str> for String {
    fn from(s: &mut str) -> String {
        let t: &str = s;
        String::from(t)
    }
}
impl From<char> for String {
    fn from(c: char) -> String {
        let mut r = String::new();
        r.push(c);
        r
    }
}
/// What `String::extend` appends.
pub trait __PushStr {
    fn __push_to(self, s: &mut String);
}
impl __PushStr for char {
    fn __push_to(self, s: &mut String) {
        s.push(self);
    }
}
impl __PushStr for &char {
    fn __push_to(self, s: &mut String) {
        s.push(*self);
    }
}
impl __PushStr for &str {
    fn __push_to(self, s: &mut String) {
        s.push_str(self);
    }
}
impl __PushStr for String {
    fn __push_to(self, s: &mut String) {
        s.push_str(&self);
    }
}
impl __PushStr for &String {
    fn __push_to(self, s: &mut String) {
        s.push_str(self);
    }
}
impl FromIterator<char> for String {
    fn from_iter<I: Iterator>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter;
        while let Some(c) = it.next() {
            s.push_str(c.__as_str());
        }
        s
    }
}

pub fn __str_eq(a: &str, b: &str) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let pa = a.as_ptr();
    let pb = b.as_ptr();
    let mut i = 0;
    while i < n {
        if __ptr_read(pa, i) != __ptr_read(pb, i) {
            return false;
        }
        i += 1;
    }
    true
}
pub fn __str_cmp(a: &str, b: &str) -> i32 {
    let pa = a.as_ptr();
    let pb = b.as_ptr();
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let x = __ptr_read(pa, i);
        let y = __ptr_read(pb, i);
        if x < y {
            return -1;
        }
        if x > y {
            return 1;
        }
        i += 1;
    }
    if a.len() < b.len() {
        -1
    } else if a.len() > b.len() {
        1
    } else {
        0
    }
}
pub fn __str_concat(a: String, b: &str) -> String {
    let mut s = a;
    s.push_str(b);
    s
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        __str_eq(self, other)
    }
}

impl str {
    pub fn len(&self) -> usize {
        __slice_len(self.as_bytes())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn as_bytes(&self) -> &[u8] {
        __str_bytes(self)
    }
    pub fn as_ptr(&self) -> *mut u8 {
        __slice_ptr(__str_bytes(self))
    }
    pub fn to_string(&self) -> String {
        String::from(self)
    }
    pub fn to_owned(&self) -> String {
        String::from(self)
    }
    pub fn chars(&self) -> Chars {
        Chars { ptr: self.as_ptr(), i: 0, end: self.len() }
    }
    pub fn char_indices(&self) -> CharIndices {
        CharIndices { chars: self.chars() }
    }
    pub fn bytes(&self) -> Bytes {
        Bytes { ptr: self.as_ptr(), i: 0, end: self.len() }
    }
    pub fn starts_with<P: __Pattern>(&self, p: P) -> bool {
        p.__prefix_len(self) != usize::MAX
    }
    pub fn ends_with<P: __Pattern>(&self, p: P) -> bool {
        p.__suffix_len(self) != usize::MAX
    }
    pub fn find<P: __Pattern>(&self, p: P) -> Option<usize> {
        let mut i = 0;
        let n = self.len();
        while i <= n {
            if self.is_char_boundary(i) {
                if p.__prefix_len(__str_raw(__ptr_add(self.as_ptr(), i), n - i)) != usize::MAX {
                    return Some(i);
                }
            }
            i += 1;
        }
        None
    }
    pub fn contains<P: __Pattern>(&self, p: P) -> bool {
        self.find(p).is_some()
    }
    pub fn is_char_boundary(&self, i: usize) -> bool {
        if i == 0 || i == self.len() {
            return true;
        }
        if i > self.len() {
            return false;
        }
        let b = __ptr_read(self.as_ptr(), i);
        (b & 0xC0) != 0x80
    }
    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }
    pub fn trim_start(&self) -> &str {
        let mut it = self.char_indices();
        while let Some((i, c)) = it.next() {
            if !c.is_whitespace() {
                return &self[i..];
            }
        }
        &self[self.len()..]
    }
    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        let mut it = self.chars();
        while let Some(c) = it.next_back() {
            if !c.is_whitespace() {
                break;
            }
            end -= c.len_utf8();
        }
        &self[..end]
    }
    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_uppercase());
        }
        s
    }
    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            s.push(c.to_ascii_lowercase());
        }
        s
    }
    pub fn to_ascii_uppercase(&self) -> String {
        self.to_uppercase()
    }
    pub fn to_ascii_lowercase(&self) -> String {
        self.to_lowercase()
    }
    pub fn repeat(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i += 1;
        }
        s
    }
    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { rest: self }
    }
    pub fn split<P: __Pattern>(&self, p: P) -> Split<P> {
        Split { rest: self, pat: p, done: false }
    }
    pub fn lines(&self) -> Lines {
        Lines { rest: self }
    }
    pub fn replace(&self, from: &str, to: &str) -> String {
        let mut s = String::new();
        let mut i = 0;
        let n = self.len();
        let m = from.len();
        // Bytes are compared (a candidate may end inside a char); an empty `from` matches
        // before every char and at the end, as in Rust.
        while i < n {
            if m > 0 && i + m <= n && __str_eq(__str_raw(__ptr_add(self.as_ptr(), i), m), from) {
                s.push_str(to);
                i += m;
            } else {
                if m == 0 {
                    s.push_str(to);
                }
                let c = self[i..].chars().next().unwrap();
                s.push(c);
                i += c.len_utf8();
            }
        }
        if m == 0 {
            s.push_str(to);
        }
        s
    }
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
}

pub trait FromStr {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

pub trait __Pattern {
    /// Bytes of a match at the start of `s`, or usize::MAX.
    fn __prefix_len(&self, s: &str) -> usize;
    fn __suffix_len(&self, s: &str) -> usize;
}
impl __Pattern for &str {
    // Compares bytes: `s` may not have a char boundary `n` bytes in, but a match of a whole
    // string always ends on one.
    fn __prefix_len(&self, s: &str) -> usize {
        let n = self.len();
        if n <= s.len() && __str_eq(__str_raw(s.as_ptr(), n), *self) { n } else { usize::MAX }
    }
    fn __suffix_len(&self, s: &str) -> usize {
        let n = self.len();
        if n <= s.len() && __str_eq(__str_raw(__ptr_add(s.as_ptr(), s.len() - n), n), *self) { n } else { usize::MAX }
    }
}
impl __Pattern for &String {
    fn __prefix_len(&self, s: &str) -> usize {
        self.as_str().__prefix_len(s)
    }
    fn __suffix_len(&self, s: &str) -> usize {
        self.as_str().__suffix_len(s)
    }
}
impl __Pattern for char {
    fn __prefix_len(&self, s: &str) -> usize {
        match s.chars().next() {
            Some(c) => if c == *self { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
    fn __suffix_len(&self, s: &str) -> usize {
        match s.chars().next_back() {
            Some(c) => if c == *self { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
}
/// Any of a set of chars (`&[char]`, `[char; N]`, `&[char; N]`).
impl __Pattern for &[char] {
    fn __prefix_len(&self, s: &str) -> usize {
        match s.chars().next() {
            Some(c) => if self.contains(&c) { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
    fn __suffix_len(&self, s: &str) -> usize {
        match s.chars().next_back() {
            Some(c) => if self.contains(&c) { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
}
impl __Pattern for [char; _] {
    fn __prefix_len(&self, s: &str) -> usize {
        let set: &[char] = &self[..];
        set.__prefix_len(s)
    }
    fn __suffix_len(&self, s: &str) -> usize {
        let set: &[char] = &self[..];
        set.__suffix_len(s)
    }
}
impl __Pattern for &[char; _] {
    fn __prefix_len(&self, s: &str) -> usize {
        let set: &[char] = &self[..];
        set.__prefix_len(s)
    }
    fn __suffix_len(&self, s: &str) -> usize {
        let set: &[char] = &self[..];
        set.__suffix_len(s)
    }
}

pub struct Chars {
    ptr: *mut u8,
    i: usize,
    end: usize,
}
impl Chars {
    /// The part not yet iterated.
    pub fn as_str(&self) -> &str {
        __str_raw(__ptr_add(self.ptr, self.i), self.end - self.i)
    }
}
impl Iterator for Chars {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.i >= self.end {
            return None;
        }
        let b0 = __ptr_read(self.ptr, self.i) as u32;
        if b0 < 0x80 {
            self.i += 1;
            return Some(__char_from_u32(b0));
        }
        let mut n = 2;
        let mut c = b0 & 0x1F;
        if b0 >= 0xF0 {
            n = 4;
            c = b0 & 0x07;
        } else if b0 >= 0xE0 {
            n = 3;
            c = b0 & 0x0F;
        }
        let mut k = 1;
        while k < n {
            c = (c << 6) | ((__ptr_read(self.ptr, self.i + k) as u32) & 0x3F);
            k += 1;
        }
        self.i += n;
        Some(__char_from_u32(c))
    }
}
impl DoubleEndedIterator for Chars {
    fn next_back(&mut self) -> Option<char> {
        if self.i >= self.end {
            return None;
        }
        let mut j = self.end - 1;
        while (__ptr_read(self.ptr, j) & 0xC0) == 0x80 {
            j -= 1;
        }
        let mut sub = Chars { ptr: self.ptr, i: j, end: self.end };
        self.end = j;
        sub.next()
    }
}
pub struct CharIndices {
    chars: Chars,
}
impl Iterator for CharIndices {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.chars.i;
        match self.chars.next() {
            Some(c) => Some((i, c)),
            None => None,
        }
    }
}
pub struct Bytes {
    ptr: *mut u8,
    i: usize,
    end: usize,
}
impl Iterator for Bytes {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.i < self.end {
            let b = __ptr_read(self.ptr, self.i);
            self.i += 1;
            Some(b)
        } else {
            None
        }
    }
}
impl DoubleEndedIterator for Bytes {
    fn next_back(&mut self) -> Option<u8> {
        if self.i < self.end {
            self.end -= 1;
            Some(__ptr_read(self.ptr, self.end))
        } else {
            None
        }
    }
}
pub struct SplitWhitespace {
    rest: &str,
}
impl Iterator for SplitWhitespace {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        let mut end = s.len();
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                end = i;
                break;
            }
        }
        self.rest = &s[end..];
        Some(&s[..end])
    }
}
pub struct Split<P> {
    rest: &str,
    pat: P,
    done: bool,
}
impl<P: __Pattern> Iterator for Split<P> {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        if self.done {
            return None;
        }
        let s = self.rest;
        let mut i = 0;
        while i <= s.len() {
            if s.is_char_boundary(i) {
                let m = self.pat.__prefix_len(&s[i..]);
                if m != usize::MAX && m > 0 {
                    self.rest = &s[i + m..];
                    return Some(&s[..i]);
                }
            }
            i += 1;
        }
        self.done = true;
        Some(s)
    }
}
pub struct Lines {
    rest: &str,
}
impl Iterator for Lines {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        let s = self.rest;
        if s.is_empty() {
            return None;
        }
        match s.find('\n') {
            Some(i) => {
                self.rest = &s[i + 1..];
                if i > 0 && s.as_bytes()[i - 1] == b'\r' {
                    Some(&s[..i - 1])
                } else {
                    Some(&s[..i])
                }
            }
            None => {
                self.rest = &s[s.len()..];
                Some(s)
            }
        }
    }
}

#[intrinsic]
pub fn __str_bytes(s: &str) -> &[u8] {
    loop {}
}
#[intrinsic]
pub fn __char_from_u32(u: u32) -> char {
    loop {}
}
impl str {
    pub fn strip_prefix<P: __Pattern>(&self, p: P) -> Option<&str> {
        let n = p.__prefix_len(self);
        if n == usize::MAX { None } else { Some(&self[n..]) }
    }
    pub fn strip_suffix<P: __Pattern>(&self, p: P) -> Option<&str> {
        let n = p.__suffix_len(self);
        if n == usize::MAX { None } else { Some(&self[..self.len() - n]) }
    }
    pub fn split_at(&self, i: usize) -> (&str, &str) {
        (&self[..i], &self[i..])
    }
    pub fn char_count(&self) -> usize {
        self.chars().count()
    }
    pub fn rfind<P: __Pattern>(&self, p: P) -> Option<usize> {
        let mut i = self.len() + 1;
        while i > 0 {
            i -= 1;
            if self.is_char_boundary(i) && p.__prefix_len(&self[i..]) != usize::MAX {
                return Some(i);
            }
        }
        None
    }
}

/// Whether `&s[start..end]` is valid: in bounds, ordered, on char boundaries.
pub fn __str_slice_ok(s: &str, start: usize, end: usize) -> bool {
    let n = s.len();
    if start > end || end > n {
        return false;
    }
    let p = s.as_ptr();
    (start == n || (__ptr_read(p, start) & 0xC0) != 0x80) && (end == n || (__ptr_read(p, end) & 0xC0) != 0x80)
}

/// rustc's message for a bad `str` slice.
#[track_caller]
pub fn __str_slice_fail(s: &str, start: usize, end: usize) -> ! {
    let n = s.len();
    // Long strings are shown up to a char boundary at or below 256 bytes.
    let mut t = if n > 256 { 256 } else { n };
    while t < n && (__ptr_read(s.as_ptr(), t) & 0xC0) == 0x80 {
        t -= 1;
    }
    let shown = __str_raw(s.as_ptr(), t);
    let ellipsis = if t < n { "[...]" } else { "" };
    let mut f = fmt::Formatter::new();
    if start > n || end > n {
        let (which, i) = if start > n { ("start", start) } else { ("end", end) };
        f.write_str(which);
        f.write_str(" byte index ");
        fmt::Display::fmt(&i, &mut f);
        f.write_str(" is out of bounds of `");
    } else if start > end {
        f.write_str("begin > end (");
        fmt::Display::fmt(&start, &mut f);
        f.write_str(" > ");
        fmt::Display::fmt(&end, &mut f);
        f.write_str(") when slicing `");
    } else {
        let start_bad = start < n && (__ptr_read(s.as_ptr(), start) & 0xC0) == 0x80;
        let (which, i) = if start_bad { ("start", start) } else { ("end", end) };
        let mut c0 = i;
        while (__ptr_read(s.as_ptr(), c0) & 0xC0) == 0x80 {
            c0 -= 1;
        }
        let ch = __str_raw(__ptr_add(s.as_ptr(), c0), n - c0).chars().next().unwrap();
        f.write_str(which);
        f.write_str(" byte index ");
        fmt::Display::fmt(&i, &mut f);
        f.write_str(" is not a char boundary; it is inside ");
        fmt::Debug::fmt(&ch, &mut f);
        f.write_str(" (bytes ");
        fmt::Display::fmt(&c0, &mut f);
        f.write_str("..");
        fmt::Display::fmt(&(c0 + ch.len_utf8()), &mut f);
        f.write_str(") of `");
    }
    f.write_str(shown);
    f.write_str("`");
    f.write_str(ellipsis);
    __panic_str(f.buf.as_str())
}

impl str {
    pub fn split_once<P: __Pattern>(&self, p: P) -> Option<(&str, &str)> {
        let mut i = 0;
        let n = self.len();
        while i <= n {
            if self.is_char_boundary(i) {
                let m = p.__prefix_len(__str_raw(__ptr_add(self.as_ptr(), i), n - i));
                if m != usize::MAX {
                    return Some((__str_raw(self.as_ptr(), i), __str_raw(__ptr_add(self.as_ptr(), i + m), n - i - m)));
                }
            }
            i += 1;
        }
        None
    }
    pub fn rsplit_once<P: __Pattern>(&self, p: P) -> Option<(&str, &str)> {
        let n = self.len();
        let mut i = n + 1;
        while i > 0 {
            i -= 1;
            if self.is_char_boundary(i) {
                let m = p.__prefix_len(__str_raw(__ptr_add(self.as_ptr(), i), n - i));
                if m != usize::MAX {
                    return Some((__str_raw(self.as_ptr(), i), __str_raw(__ptr_add(self.as_ptr(), i + m), n - i - m)));
                }
            }
        }
        None
    }
    pub fn splitn<P: __Pattern>(&self, count: usize, p: P) -> SplitN<P> {
        SplitN { inner: self.split(p), left: count }
    }
    pub fn trim_start_matches<P: __Pattern>(&self, p: P) -> &str {
        let mut s = self;
        loop {
            let m = p.__prefix_len(s);
            if m == usize::MAX || m == 0 {
                return s;
            }
            s = &s[m..];
        }
    }
    pub fn trim_end_matches<P: __Pattern>(&self, p: P) -> &str {
        let mut s = self;
        loop {
            let m = p.__suffix_len(s);
            if m == usize::MAX || m == 0 {
                return s;
            }
            s = &s[..s.len() - m];
        }
    }
    pub fn trim_matches<P: __Pattern>(&self, p: P) -> &str {
        let s = self.trim_start_matches(p);
        let mut t = s;
        loop {
            let m = p.__suffix_len(t);
            if m == usize::MAX || m == 0 {
                return t;
            }
            t = &t[..t.len() - m];
        }
    }
    pub fn replacen(&self, from: &str, to: &str, count: usize) -> String {
        let mut s = String::new();
        let mut i = 0;
        let mut done = 0;
        let n = self.len();
        let m = from.len();
        while i < n {
            if done < count && m > 0 && i + m <= n && __str_eq(__str_raw(__ptr_add(self.as_ptr(), i), m), from) {
                s.push_str(to);
                i += m;
                done += 1;
            } else {
                if m == 0 && done < count {
                    s.push_str(to);
                    done += 1;
                }
                let c = self[i..].chars().next().unwrap();
                s.push(c);
                i += c.len_utf8();
            }
        }
        if m == 0 && done < count {
            s.push_str(to);
        }
        s
    }
    pub fn eq_ignore_ascii_case(&self, o: &str) -> bool {
        if self.len() != o.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if __ptr_read(self.as_ptr(), i).to_ascii_lowercase() != __ptr_read(o.as_ptr(), i).to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if __ptr_read(self.as_ptr(), i) >= 128 {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn matches_count<P: __Pattern>(&self, p: P) -> usize {
        self.split(p).count() - 1
    }
}
impl String {
    pub fn insert_str(&mut self, i: usize, s: &str) {
        let mut t = String::new();
        t.push_str(&self.as_str()[..i]);
        t.push_str(s);
        t.push_str(&self.as_str()[i..]);
        self.vec = t.vec;
    }
    pub fn from_utf8(v: Vec<u8>) -> Result<String, Utf8Error> {
        let k = __utf8_valid_up_to(&v);
        if k < v.len() {
            return Err(Utf8Error { valid_up_to: k });
        }
        Ok(String { vec: v })
    }
    /// Each maximal invalid subsequence becomes one U+FFFD, as in std.
    pub fn from_utf8_lossy(v: &[u8]) -> String {
        let mut out: Vec<u8> = Vec::new();
        let mut i: usize = 0;
        while i < v.len() {
            let (ok, n) = __utf8_char(v, i);
            if ok {
                out.extend_from_slice(&v[i..i + n]);
            } else {
                out.extend_from_slice(&[0xEFu8, 0xBFu8, 0xBDu8]);
            }
            i += n;
        }
        String { vec: out }
    }
    /// Removes the bytes in `r` (on char boundaries) and yields their chars.
    #[track_caller]
    pub fn drain<R: ops::RangeBounds<usize>>(&mut self, r: R) -> IntoIter<char> {
        let (lo, hi) = __range_of(&r, self.vec.len);
        let removed: Vec<char> = self.as_str()[lo..hi].chars().collect();
        let tail = String::from(&self.as_str()[hi..]);
        self.vec.len = lo;
        self.push_str(&tail);
        removed.into_iter()
    }
    pub fn split_off(&mut self, at: usize) -> String {
        let tail = String::from(&self.as_str()[at..]);
        self.vec.len = at;
        tail
    }
}
#[derive(Debug)]
pub struct Utf8Error {
    valid_up_to: usize,
}
impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }
}
/// The UTF-8 sequence at `b[i]`: (true, its length) if valid, else (false,
/// the length of its maximal valid prefix, at least 1).
pub fn __utf8_char(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        return (true, 1);
    }
    let n: usize;
    let lo: u8;
    let hi: u8;
    if c >= 0xC2 && c <= 0xDF {
        n = 2;
        lo = 0x80;
        hi = 0xBF;
    } else if c == 0xE0 {
        n = 3;
        lo = 0xA0;
        hi = 0xBF;
    } else if c == 0xED {
        n = 3;
        lo = 0x80;
        hi = 0x9F;
    } else if c >= 0xE1 && c <= 0xEF {
        n = 3;
        lo = 0x80;
        hi = 0xBF;
    } else if c == 0xF0 {
        n = 4;
        lo = 0x90;
        hi = 0xBF;
    } else if c >= 0xF1 && c <= 0xF3 {
        n = 4;
        lo = 0x80;
        hi = 0xBF;
    } else if c == 0xF4 {
        n = 4;
        lo = 0x80;
        hi = 0x8F;
    } else {
        return (false, 1);
    }
    let mut k: usize = 1;
    while k < n {
        if i + k >= b.len() {
            return (false, k);
        }
        let d = b[i + k];
        let ok = if k == 1 { d >= lo && d <= hi } else { d >= 0x80 && d <= 0xBF };
        if !ok {
            return (false, k);
        }
        k += 1;
    }
    (true, n)
}
/// How many leading bytes of `b` are valid UTF-8.
pub fn __utf8_valid_up_to(b: &[u8]) -> usize {
    let mut i: usize = 0;
    while i < b.len() {
        let (ok, n) = __utf8_char(b, i);
        if !ok {
            return i;
        }
        i += n;
    }
    i
}
pub struct SplitN<P> {
    inner: Split<P>,
    left: usize,
}
impl<P: __Pattern> Iterator for SplitN<P> {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        if self.left == 0 {
            if self.inner.done {
                return None;
            }
            self.inner.done = true;
            return Some(self.inner.rest);
        }
        self.inner.next()
    }
}
impl str {
    pub fn rsplit<P: __Pattern>(&self, p: P) -> IntoIter<&str> {
        let mut v: Vec<&str> = self.split(p).collect();
        v.reverse();
        v.into_iter()
    }
    /// Non-overlapping matches, left to right, with their byte offsets.
    pub fn match_indices<P: __Pattern>(&self, p: P) -> IntoIter<(usize, &str)> {
        let mut v: Vec<(usize, &str)> = Vec::new();
        let n = self.len();
        let mut i = 0;
        while i <= n {
            let m = if self.is_char_boundary(i) { p.__prefix_len(__str_raw(__ptr_add(self.as_ptr(), i), n - i)) } else { usize::MAX };
            if m != usize::MAX {
                v.push((i, &self[i..i + m]));
            }
            i += if m != usize::MAX && m > 0 { m } else { 1 };
        }
        v.into_iter()
    }
    pub fn matches<P: __Pattern>(&self, p: P) -> IntoIter<&str> {
        let mut v: Vec<&str> = Vec::new();
        for (_, m) in self.match_indices(p) {
            v.push(m);
        }
        v.into_iter()
    }
    pub fn rmatch_indices<P: __Pattern>(&self, p: P) -> IntoIter<(usize, &str)> {
        let mut v: Vec<(usize, &str)> = self.match_indices(p).collect();
        v.reverse();
        v.into_iter()
    }
    pub fn rmatches<P: __Pattern>(&self, p: P) -> IntoIter<&str> {
        let mut v: Vec<&str> = self.matches(p).collect();
        v.reverse();
        v.into_iter()
    }
    pub fn split_terminator<P: __Pattern>(&self, p: P) -> IntoIter<&str> {
        let mut v: Vec<&str> = self.split(p).collect();
        if v.len() > 0 && v[v.len() - 1].is_empty() {
            v.pop();
        }
        v.into_iter()
    }
}
