// ---- Vec<T> and slices ----

pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: __null(), cap: 0, len: 0 }
    }
    pub fn with_capacity(n: usize) -> Vec<T> {
        if n == 0 {
            return Vec::new();
        }
        Vec { ptr: __alloc(n), cap: n, len: 0 }
    }
    #[cold]
    fn grow(&mut self, need: usize) {
        if need <= self.cap {
            return;
        }
        let mut cap = self.cap * 2;
        if cap < 4 {
            cap = 4;
        }
        if cap < need {
            cap = need;
        }
        if self.cap == 0 {
            self.ptr = __alloc(cap);
        } else {
            self.ptr = __realloc(self.ptr, self.cap, cap);
        }
        self.cap = cap;
    }
    pub fn reserve(&mut self, n: usize) {
        let need = self.len + n;
        self.grow(need);
    }
    #[inline]
    pub fn push(&mut self, x: T) {
        if self.len == self.cap {
            self.push_grown(x);
            return;
        }
        __ptr_write(self.ptr, self.len, x);
        self.len += 1;
    }
    /// `push` when full. Out of line, so that `push` keeps nothing live across a call that
    /// may collect and needs no shadow-stack frame: small enough to inline.
    #[cold]
    fn push_grown(&mut self, x: T) {
        let need = self.len + 1;
        self.grow(need);
        __ptr_write(self.ptr, self.len, x);
        self.len += 1;
    }
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(__ptr_read(self.ptr, self.len))
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn capacity(&self) -> usize {
        self.cap
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn clear(&mut self) {
        self.len = 0;
    }
    pub fn truncate(&mut self, n: usize) {
        if n < self.len {
            self.len = n;
        }
    }
    pub fn as_slice(&self) -> &[T] {
        __slice_raw(self.ptr, self.len)
    }
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        __slice_raw_mut(self.ptr, self.len)
    }
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }
    pub fn as_ptr(&self) -> *mut T {
        self.ptr
    }
    #[track_caller]
    pub fn insert(&mut self, i: usize, x: T) {
        if i > self.len {
            __panic_insert(i, self.len);
        }
        if self.len == self.cap {
            let need = self.len + 1;
            self.grow(need);
        }
        if i < self.len {
            __ptr_copy(__ptr_add(self.ptr, i + 1), __ptr_add(self.ptr, i), self.len - i);
        }
        __ptr_write(self.ptr, i, x);
        self.len += 1;
    }
    #[track_caller]
    pub fn remove(&mut self, i: usize) -> T {
        if i >= self.len {
            __panic_remove(i, self.len);
        }
        let x = __ptr_read(self.ptr, i);
        if i + 1 < self.len {
            __ptr_copy(__ptr_add(self.ptr, i), __ptr_add(self.ptr, i + 1), self.len - i - 1);
        }
        self.len -= 1;
        x
    }
    pub fn swap_remove(&mut self, i: usize) -> T {
        let x = __ptr_read(self.ptr, i);
        self.len -= 1;
        if i < self.len {
            __ptr_write(self.ptr, i, __ptr_read(self.ptr, self.len));
        }
        x
    }
    pub fn extend_from_slice(&mut self, s: &[T]) {
        let n = s.len();
        self.reserve(n);
        let mut i = 0;
        while i < n {
            __ptr_write(self.ptr, self.len, s[i].clone());
            self.len += 1;
            i += 1;
        }
    }
    pub fn append(&mut self, other: &mut Vec<T>) {
        let n = other.len;
        self.reserve(n);
        if n > 0 {
            __ptr_copy(__ptr_add(self.ptr, self.len), other.ptr, n);
        }
        self.len += n;
        other.len = 0;
    }
    pub fn into_iter(self) -> IntoIter<T> {
        IntoIter { ptr: self.ptr, i: 0, end: self.len }
    }
    pub fn drain_all(&mut self) -> IntoIter<T> {
        let it = IntoIter { ptr: self.ptr, i: 0, end: self.len };
        self.ptr = __null();
        self.len = 0;
        self.cap = 0;
        it
    }
    pub fn dedup(&mut self) {
        if self.len < 2 {
            return;
        }
        let mut w = 1;
        let mut r = 1;
        while r < self.len {
            if !(__ptr_ref(self.ptr, r) == __ptr_ref(self.ptr, w - 1)) {
                __ptr_write(self.ptr, w, __ptr_read(self.ptr, r));
                w += 1;
            }
            r += 1;
        }
        self.len = w;
    }
    pub fn resize(&mut self, n: usize, v: T) {
        while self.len > n {
            self.len -= 1;
        }
        while self.len < n {
            self.push(v.clone());
        }
    }
}

#[track_caller]
fn __panic_insert(i: usize, len: usize) -> ! {
    let mut f = fmt::Formatter::new();
    f.write_str("insertion index (is ");
    fmt::Display::fmt(&i, &mut f);
    f.write_str(") should be <= len (is ");
    fmt::Display::fmt(&len, &mut f);
    f.write_str(")");
    __panic_str(f.buf.as_str())
}
#[track_caller]
fn __panic_len_mismatch(src: usize, dst: usize) -> ! {
    let mut f = fmt::Formatter::new();
    f.write_str("copy_from_slice: source slice length (");
    fmt::Display::fmt(&src, &mut f);
    f.write_str(") does not match destination slice length (");
    fmt::Display::fmt(&dst, &mut f);
    f.write_str(")");
    __panic_str(f.buf.as_str())
}
#[track_caller]
fn __panic_remove(i: usize, len: usize) -> ! {
    let mut f = fmt::Formatter::new();
    f.write_str("removal index (is ");
    fmt::Display::fmt(&i, &mut f);
    f.write_str(") should be < len (is ");
    fmt::Display::fmt(&len, &mut f);
    f.write_str(")");
    __panic_str(f.buf.as_str())
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        let mut i = 0;
        while i < self.len {
            v.push(__ptr_ref(self.ptr, i).clone());
            i += 1;
        }
        v
    }
}
impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}
impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T> [T] {
    pub fn len(&self) -> usize {
        __slice_len(self)
    }
    pub fn is_empty(&self) -> bool {
        __slice_len(self) == 0
    }
    pub fn iter(&self) -> Iter<T> {
        Iter { ptr: __slice_ptr(self), i: 0, end: __slice_len(self) }
    }
    pub fn iter_mut(&mut self) -> IterMut<T> {
        IterMut { ptr: __slice_ptr(self), i: 0, end: __slice_len(self) }
    }
    pub fn as_ptr(&self) -> *mut T {
        __slice_ptr(self)
    }
    pub fn as_mut_ptr(&mut self) -> *mut T {
        __slice_ptr(self)
    }
    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let n = __slice_len(self);
        if a >= n {
            __panic_index(a, n);
        }
        if b >= n {
            __panic_index(b, n);
        }
        let p = __slice_ptr(self);
        let t = __ptr_read(p, a);
        __ptr_write(p, a, __ptr_read(p, b));
        __ptr_write(p, b, t);
    }
    pub fn first(&self) -> Option<&T> {
        if __slice_len(self) == 0 { None } else { Some(__ptr_ref(__slice_ptr(self), 0)) }
    }
    pub fn last(&self) -> Option<&T> {
        let n = __slice_len(self);
        if n == 0 { None } else { Some(__ptr_ref(__slice_ptr(self), n - 1)) }
    }
    pub fn first_mut(&mut self) -> Option<&mut T> {
        if __slice_len(self) == 0 { None } else { Some(__ptr_mut(__slice_ptr(self), 0)) }
    }
    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = __slice_len(self);
        if n == 0 { None } else { Some(__ptr_mut(__slice_ptr(self), n - 1)) }
    }
    pub fn get(&self, i: usize) -> Option<&T> {
        if i < __slice_len(self) { Some(__ptr_ref(__slice_ptr(self), i)) } else { None }
    }
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        if i < __slice_len(self) { Some(__ptr_mut(__slice_ptr(self), i)) } else { None }
    }
    pub fn contains(&self, x: &T) -> bool {
        let mut i = 0;
        let n = __slice_len(self);
        while i < n {
            if __ptr_ref(__slice_ptr(self), i) == x {
                return true;
            }
            i += 1;
        }
        false
    }
    pub fn to_vec(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(__slice_len(self));
        v.extend_from_slice(self);
        v
    }
    pub fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }
    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T]) {
        let n = __slice_len(self);
        if n != src.len() {
            __panic_len_mismatch(src.len(), n);
        }
        self.write_cloned(src);
    }
    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T]) {
        if __slice_len(self) != src.len() {
            panic!("destination and source slices have different lengths");
        }
        self.write_cloned(src);
    }
    /// Overwrites every element with a clone of `src`'s (of the same length).
    fn write_cloned(&mut self, src: &[T]) {
        let p = __slice_ptr(self);
        let mut i = 0;
        while i < src.len() {
            __ptr_write(p, i, src[i].clone());
            i += 1;
        }
    }
    pub fn reverse(&mut self) {
        let n = __slice_len(self);
        let p = __slice_ptr(self);
        let mut i = 0;
        while i < n / 2 {
            let t = __ptr_read(p, i);
            __ptr_write(p, i, __ptr_read(p, n - 1 - i));
            __ptr_write(p, n - 1 - i, t);
            i += 1;
        }
    }
    pub fn fill(&mut self, v: T) {
        let n = __slice_len(self);
        let p = __slice_ptr(self);
        let mut i = 0;
        while i < n {
            __ptr_write(p, i, v.clone());
            i += 1;
        }
    }
    pub fn join(&self, sep: &str) -> String {
        let mut s = String::new();
        let n = __slice_len(self);
        let mut i = 0;
        while i < n {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(__ptr_ref(__slice_ptr(self), i).__as_str());
            i += 1;
        }
        s
    }
    pub fn concat(&self) -> <T as __Concat>::Output {
        __Concat::__concat_all(self)
    }
    pub fn starts_with(&self, other: &[T]) -> bool {
        let n = __slice_len(other);
        if n > __slice_len(self) {
            return false;
        }
        let mut i = 0;
        while i < n {
            if !(__ptr_ref(__slice_ptr(self), i) == __ptr_ref(__slice_ptr(other), i)) {
                return false;
            }
            i += 1;
        }
        true
    }
}

#[track_caller]
pub fn __panic_index(i: usize, len: usize) -> ! {
    let mut f = fmt::Formatter::new();
    f.write_str("index out of bounds: the len is ");
    fmt::Display::fmt(&len, &mut f);
    f.write_str(" but the index is ");
    fmt::Display::fmt(&i, &mut f);
    __panic_str(f.buf.as_str())
}
/// The index range `r` stands for in a sequence of `len`, checked as slicing checks it.
#[track_caller]
pub fn __range_of<R: ops::RangeBounds<usize>>(r: &R, len: usize) -> (usize, usize) {
    let lo = match r.__start() {
        Some((s, incl)) => if incl { *s } else { *s + 1 },
        None => 0,
    };
    let hi = match r.__end() {
        Some((e, incl)) => if incl { *e + 1 } else { *e },
        None => len,
    };
    if lo > hi || hi > len {
        __panic_range(lo, hi, len);
    }
    (lo, hi)
}
#[track_caller]
pub fn __panic_range(start: usize, end: usize, len: usize) -> ! {
    let mut f = fmt::Formatter::new();
    if start > end {
        f.write_str("slice index starts at ");
        fmt::Display::fmt(&start, &mut f);
        f.write_str(" but ends at ");
        fmt::Display::fmt(&end, &mut f);
    } else if start > len {
        f.write_str("range start index ");
        fmt::Display::fmt(&start, &mut f);
        f.write_str(" out of range for slice of length ");
        fmt::Display::fmt(&len, &mut f);
    } else {
        f.write_str("range end index ");
        fmt::Display::fmt(&end, &mut f);
        f.write_str(" out of range for slice of length ");
        fmt::Display::fmt(&len, &mut f);
    }
    __panic_str(f.buf.as_str())
}

impl<T: PartialEq> PartialEq for [T] {
    fn eq(&self, other: &[T]) -> bool {
        let n = __slice_len(self);
        if n != __slice_len(other) {
            return false;
        }
        let mut i = 0;
        while i < n {
            if !(__ptr_ref(__slice_ptr(self), i) == __ptr_ref(__slice_ptr(other), i)) {
                return false;
            }
            i += 1;
        }
        true
    }
}

pub struct Iter<T> {
    ptr: *mut T,
    i: usize,
    end: usize,
}
impl<T> Iterator for Iter<T> {
    type Item = &T;
    fn next(&mut self) -> Option<&T> {
        if self.i < self.end {
            let r = __ptr_ref(self.ptr, self.i);
            self.i += 1;
            Some(r)
        } else {
            None
        }
    }
}
impl<T: fmt::Debug> fmt::Debug for Iter<T> {
    /// As std's: the elements not yet yielded, `Iter([1, 2])`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("Iter(");
        let mut rest = Vec::new();
        let mut i = self.i;
        while i < self.end {
            rest.push(__ptr_ref(self.ptr, i));
            i += 1;
        }
        fmt::Debug::fmt(&rest, f);
        f.write_str(")")
    }
}
impl<T> DoubleEndedIterator for Iter<T> {
    fn next_back(&mut self) -> Option<&T> {
        if self.i < self.end {
            self.end -= 1;
            Some(__ptr_ref(self.ptr, self.end))
        } else {
            None
        }
    }
}
pub struct IterMut<T> {
    ptr: *mut T,
    i: usize,
    end: usize,
}
impl<T> Iterator for IterMut<T> {
    type Item = &mut T;
    fn next(&mut self) -> Option<&mut T> {
        if self.i < self.end {
            let r = __ptr_mut(self.ptr, self.i);
            self.i += 1;
            Some(r)
        } else {
            None
        }
    }
}
impl<T> DoubleEndedIterator for IterMut<T> {
    fn next_back(&mut self) -> Option<&mut T> {
        if self.i < self.end {
            self.end -= 1;
            Some(__ptr_mut(self.ptr, self.end))
        } else {
            None
        }
    }
}
pub struct IntoIter<T> {
    ptr: *mut T,
    i: usize,
    end: usize,
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.i < self.end {
            let r = __ptr_read(self.ptr, self.i);
            self.i += 1;
            Some(r)
        } else {
            None
        }
    }
}
impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.i < self.end {
            self.end -= 1;
            Some(__ptr_read(self.ptr, self.end))
        } else {
            None
        }
    }
}
impl<T> IntoIterator for Vec<T> {
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { ptr: self.ptr, i: 0, end: self.len }
    }
}
impl<T> IntoIterator for &Vec<T> {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}
impl<T> IntoIterator for &mut Vec<T> {
    type IntoIter = IterMut<T>;
    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}
impl<T> IntoIterator for &[T] {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}
impl<T> IntoIterator for &mut [T] {
    type IntoIter = IterMut<T>;
    fn into_iter(self) -> IterMut<T> {
        self.iter_mut()
    }
}
impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: Iterator>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            v.push(x);
        }
        v
    }
}

impl<T: PartialOrd> [T] {
    /// Stable merge sort (like Rust's `sort`), by `<`.
    pub fn sort(&mut self) {
        self.__sort_less(|a: &T, b: &T| a < b);
    }
    pub fn sort_unstable(&mut self) {
        self.sort();
    }
    /// The same probe sequence as Rust 1.95's, so duplicates give the same index.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        let mut size = __slice_len(self);
        if size == 0 {
            return Err(0);
        }
        let p = __slice_ptr(self);
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if !(__ptr_ref(p, mid) > x) {
                base = mid;
            }
            size -= half;
        }
        let b = __ptr_ref(p, base);
        if b == x {
            Ok(base)
        } else if b < x {
            Err(base + 1)
        } else {
            Err(base)
        }
    }
}
impl<T> Vec<T> {
    /// Any `IntoIterator` of `T`, or of `&T` (cloned; rustc wants `T: Copy` there).
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            let y: T = __ElemOf::__elem(x);
            self.push(y);
        }
    }
}
/// What `extend` and the collections' `from` take: any `IntoIterator`, and arrays by value
/// (`[T; N]: IntoIterator` in every edition; only `array.into_iter()` method calls differ).
pub trait __AnyIter {
    type It;
    fn __any_iter(self) -> Self::It;
}
impl<I: IntoIterator> __AnyIter for I {
    type It = I::IntoIter;
    fn __any_iter(self) -> I::IntoIter {
        self.into_iter()
    }
}
/// The collections' `from`: an array, a `Vec` or an iterator of `A` (`A` inferred from it).
pub trait __AnyIterOf<A> {
    type It;
    fn __any_iter_of(self) -> Self::It;
}
impl<T> __AnyIterOf<T> for [T; _] {
    type It = IntoIter<T>;
    fn __any_iter_of(self) -> IntoIter<T> {
        __AnyIter::__any_iter(self)
    }
}
impl<T> __AnyIterOf<T> for Vec<T> {
    type It = IntoIter<T>;
    fn __any_iter_of(self) -> IntoIter<T> {
        self.into_iter()
    }
}
impl<I: Iterator> __AnyIterOf<I::Item> for I {
    type It = I;
    fn __any_iter_of(self) -> I {
        self
    }
}
impl<T> __AnyIter for [T; _] {
    type It = IntoIter<T>;
    fn __any_iter(self) -> IntoIter<T> {
        let n = self.len();
        let mut v: Vec<T> = Vec::with_capacity(n);
        __ptr_copy(v.ptr, __slice_ptr(&self), n);
        v.len = n;
        v.into_iter()
    }
}
/// An item `Vec::extend` can push: `T` itself, or `&T` cloned.
pub trait __ElemOf<T> {
    fn __elem(self) -> T;
}
impl<T> __ElemOf<T> for T {
    fn __elem(self) -> T {
        self
    }
}
impl<T: Clone> __ElemOf<T> for &T {
    fn __elem(self) -> T {
        self.clone()
    }
}
impl<T> IntoIterator for [T; _] {
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        __AnyIter::__any_iter(self)
    }
}
impl<T> IntoIterator for &[T; _] {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T> Vec<T> {
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            __panic_str("`at` split index out of bounds");
        }
        let mut v = Vec::with_capacity(self.len - at);
        let mut i = at;
        while i < self.len {
            v.push(__ptr_read(self.ptr, i));
            i += 1;
        }
        self.len = at;
        v
    }
    /// Removes the elements in `r` (any range of indices) and yields them. The removal is
    /// done at once, not when the iterator is dropped: only a leaked `Drain` tells.
    #[track_caller]
    pub fn drain<R: ops::RangeBounds<usize>>(&mut self, r: R) -> IntoIter<T> {
        let (lo, hi) = __range_of(&r, self.len);
        let mut out = Vec::with_capacity(hi - lo);
        let mut i = lo;
        while i < hi {
            out.push(__ptr_read(self.ptr, i));
            i += 1;
        }
        while i < self.len {
            __ptr_write(self.ptr, i - (hi - lo), __ptr_read(self.ptr, i));
            i += 1;
        }
        self.len -= hi - lo;
        out.into_iter()
    }
    pub fn drain_from(&mut self, start: usize) -> IntoIter<T> {
        let v = self.split_off(start);
        v.into_iter()
    }
    pub fn first_index(&self) -> usize {
        0
    }
}
impl<T> [T] {
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        let n = __slice_len(self);
        if mid > n {
            __panic_str("mid > len");
        }
        let p = __slice_ptr(self);
        (__slice_raw(p, mid), __slice_raw(__ptr_add(p, mid), n - mid))
    }
    pub fn windows(&self, size: usize) -> Windows<T> {
        Windows { ptr: __slice_ptr(self), len: __slice_len(self), size: size, i: 0 }
    }
    pub fn chunks(&self, size: usize) -> Chunks<T> {
        Chunks { ptr: __slice_ptr(self), len: __slice_len(self), size: size, i: 0 }
    }
    /// Whole chunks only (the rest is left out).
    pub fn chunks_exact(&self, size: usize) -> Chunks<T> {
        let n = __slice_len(self);
        Chunks { ptr: __slice_ptr(self), len: n - n % size, size: size, i: 0 }
    }
    pub fn rotate_left(&mut self, k: usize) {
        let n = __slice_len(self);
        if n == 0 {
            return;
        }
        let mut r = 0;
        while r < k % n {
            let p = __slice_ptr(self);
            let first = __ptr_read(p, 0);
            __ptr_copy(p, __ptr_add(p, 1), n - 1);
            __ptr_write(p, n - 1, first);
            r += 1;
        }
    }
    pub fn rotate_right(&mut self, k: usize) {
        let n = __slice_len(self);
        if n == 0 {
            return;
        }
        self.rotate_left(n - k % n);
    }
    pub fn ends_with(&self, other: &[T]) -> bool {
        let n = __slice_len(self);
        let m = __slice_len(other);
        if m > n {
            return false;
        }
        let mut i = 0;
        while i < m {
            if !(__ptr_ref(__slice_ptr(self), n - m + i) == __ptr_ref(__slice_ptr(other), i)) {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn iter_sum_len(&self) -> usize {
        __slice_len(self)
    }
}
impl<T: PartialOrd> [T] {
    pub fn is_sorted(&self) -> bool {
        let n = __slice_len(self);
        let mut i = 1;
        while i < n {
            if __ptr_ref(__slice_ptr(self), i) < __ptr_ref(__slice_ptr(self), i - 1) {
                return false;
            }
            i += 1;
        }
        true
    }
}
impl<T: Clone> [T] {
    pub fn repeat(&self, n: usize) -> Vec<T> {
        let mut v = Vec::new();
        let mut i = 0;
        while i < n {
            v.extend_from_slice(self);
            i += 1;
        }
        v
    }
}
pub struct Windows<T> {
    ptr: *mut T,
    len: usize,
    size: usize,
    i: usize,
}
impl<T> Iterator for Windows<T> {
    type Item = &[T];
    fn next(&mut self) -> Option<&[T]> {
        if self.i + self.size > self.len {
            return None;
        }
        let s = __slice_raw(__ptr_add(self.ptr, self.i), self.size);
        self.i += 1;
        Some(s)
    }
}
pub struct Chunks<T> {
    ptr: *mut T,
    len: usize,
    size: usize,
    i: usize,
}
impl<T> Iterator for Chunks<T> {
    type Item = &[T];
    fn next(&mut self) -> Option<&[T]> {
        if self.i >= self.len {
            return None;
        }
        let n = if self.i + self.size > self.len { self.len - self.i } else { self.size };
        let s = __slice_raw(__ptr_add(self.ptr, self.i), n);
        self.i += n;
        Some(s)
    }
}

/// What `[x].concat()` builds: a String from strings, a Vec from vectors.
pub trait __Concat {
    type Output;
    fn __concat_all(items: &[Self]) -> Self::Output;
}
impl __Concat for String {
    type Output = String;
    fn __concat_all(items: &[String]) -> String {
        items.join("")
    }
}
impl __Concat for &str {
    type Output = String;
    fn __concat_all(items: &[&str]) -> String {
        items.join("")
    }
}
impl<T: Clone> __Concat for Vec<T> {
    type Output = Vec<T>;
    fn __concat_all(items: &[Vec<T>]) -> Vec<T> {
        let mut v = Vec::new();
        let mut i = 0;
        while i < items.len() {
            v.extend_from_slice(items[i].as_slice());
            i += 1;
        }
        v
    }
}
impl<T> [T] {
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let n = __slice_len(self);
        if mid > n {
            __panic_str("mid > len");
        }
        let p = __slice_ptr(self);
        (__slice_raw_mut(p, mid), __slice_raw_mut(__ptr_add(p, mid), n - mid))
    }
}

impl<T> [T] {
    pub fn split_first(&self) -> Option<(&T, &[T])> {
        let n = __slice_len(self);
        if n == 0 {
            return None;
        }
        let p = __slice_ptr(self);
        Some((__ptr_ref(p, 0), __slice_raw(__ptr_add(p, 1), n - 1)))
    }
    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = __slice_len(self);
        if n == 0 {
            return None;
        }
        let p = __slice_ptr(self);
        Some((__ptr_ref(p, n - 1), __slice_raw(p, n - 1)))
    }
}
impl<T> Iter<T> {
    pub fn len(&self) -> usize {
        self.end - self.i
    }
}
