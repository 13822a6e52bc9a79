// ---- Methods that take closures ----
// Adapters keep their closure's result type as an extra parameter (`Map<I, F, B>`), so the
// impl needs no `F: FnMut(..) -> B` bound to fix `Item`.

impl cmp::Ordering {
    pub fn then(self, other: cmp::Ordering) -> cmp::Ordering {
        match self {
            cmp::Ordering::Equal => other,
            o => o,
        }
    }
    pub fn then_with<F: FnOnce() -> cmp::Ordering>(self, f: F) -> cmp::Ordering {
        match self {
            cmp::Ordering::Equal => f(),
            o => o,
        }
    }
    pub fn is_ne(self) -> bool {
        !self.is_eq()
    }
    pub fn is_le(self) -> bool {
        !self.is_gt()
    }
    pub fn is_ge(self) -> bool {
        !self.is_lt()
    }
}

pub struct Map<I, F, B> {
    iter: I,
    f: F,
}
impl<I: Iterator, F, B> Iterator for Map<I, F, B> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}
impl<I: DoubleEndedIterator, F, B> DoubleEndedIterator for Map<I, F, B> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}
impl<I: __ExactLen, F, B> __ExactLen for Map<I, F, B> {
    fn __len(&self) -> usize {
        self.iter.__len()
    }
}

pub struct Filter<I, P> {
    iter: I,
    p: P,
}
impl<I: Iterator, P> Iterator for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.p)(&x) {
                return Some(x);
            }
        }
        None
    }
}
impl<I: DoubleEndedIterator, P> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.p)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct FilterMap<I, F, B> {
    iter: I,
    f: F,
}
impl<I: Iterator, F, B> Iterator for FilterMap<I, F, B> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

pub struct TakeWhile<I, P> {
    iter: I,
    p: P,
    done: bool,
}
impl<I: Iterator, P> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.p)(&x) {
                    Some(x)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    p: P,
    started: bool,
}
impl<I: Iterator, P> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.started || !(self.p)(&x) {
                self.started = true;
                return Some(x);
            }
        }
        None
    }
}

pub struct FlatMap<I, F, U> {
    iter: I,
    f: F,
    cur: Option<U>,
}
impl<I: Iterator, F, U: Iterator> Iterator for FlatMap<I, F, U> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.cur {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(y) => self.cur = Some((self.f)(y).into_iter()),
                None => return None,
            }
        }
    }
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}
impl<I: Iterator, F> Iterator for Inspect<I, F> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            Some(x) => {
                (self.f)(&x);
                Some(x)
            }
            None => None,
        }
    }
}


impl<T> [T] {
    /// Stable merge sort with a strict "less than".
    fn __sort_less<F: FnMut(&T, &T) -> bool>(&mut self, mut less: F) {
        let n = __slice_len(self);
        if n < 2 {
            return;
        }
        let p = __slice_ptr(self);
        let tmp: *mut T = __alloc(n);
        let mut width = 1;
        while width < n {
            let mut lo = 0;
            while lo < n {
                let mid = if lo + width < n { lo + width } else { n };
                let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
                let mut i = lo;
                let mut j = mid;
                let mut k = lo;
                while i < mid && j < hi {
                    if less(__ptr_ref(p, j), __ptr_ref(p, i)) {
                        __ptr_write(tmp, k, __ptr_read(p, j));
                        j += 1;
                    } else {
                        __ptr_write(tmp, k, __ptr_read(p, i));
                        i += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    __ptr_write(tmp, k, __ptr_read(p, i));
                    i += 1;
                    k += 1;
                }
                while j < hi {
                    __ptr_write(tmp, k, __ptr_read(p, j));
                    j += 1;
                    k += 1;
                }
                lo = hi;
            }
            __ptr_copy(p, tmp, n);
            width *= 2;
        }
    }
    pub fn sort_by<F: FnMut(&T, &T) -> cmp::Ordering>(&mut self, mut compare: F) {
        self.__sort_less(|a: &T, b: &T| compare(a, b) == cmp::Ordering::Less);
    }
    pub fn sort_by_key<K: PartialOrd, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        self.__sort_less(|a: &T, b: &T| f(a) < f(b));
    }
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> cmp::Ordering>(&mut self, mut compare: F) {
        self.__sort_less(|a: &T, b: &T| compare(a, b) == cmp::Ordering::Less);
    }
    pub fn sort_unstable_by_key<K: PartialOrd, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        self.__sort_less(|a: &T, b: &T| f(a) < f(b));
    }
    /// The same probe sequence as Rust 1.95's `binary_search_by`.
    pub fn binary_search_by<F: FnMut(&T) -> cmp::Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = __slice_len(self);
        if size == 0 {
            return Err(0);
        }
        let p = __slice_ptr(self);
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(__ptr_ref(p, mid)) != cmp::Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        match f(__ptr_ref(p, base)) {
            cmp::Ordering::Equal => Ok(base),
            cmp::Ordering::Less => Err(base + 1),
            cmp::Ordering::Greater => Err(base),
        }
    }
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|x: &T| Ord::cmp(&f(x), b))
    }
}

impl<T> Vec<T> {
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut w = 0;
        let mut r = 0;
        while r < self.len {
            if f(__ptr_ref(self.ptr, r)) {
                if w != r {
                    __ptr_write(self.ptr, w, __ptr_read(self.ptr, r));
                }
                w += 1;
            }
            r += 1;
        }
        self.len = w;
    }
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        if self.len < 2 {
            return;
        }
        let mut w = 1;
        let mut r = 1;
        while r < self.len {
            let a = key(__ptr_mut(self.ptr, r));
            let b = key(__ptr_mut(self.ptr, w - 1));
            if !(a == b) {
                __ptr_write(self.ptr, w, __ptr_read(self.ptr, r));
                w += 1;
            }
            r += 1;
        }
        self.len = w;
    }
}

impl<T> Option<T> {
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default,
        }
    }
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(x) => f(x),
            None => default(),
        }
    }
    pub fn filter<P: FnOnce(&T) -> bool>(self, p: P) -> Option<T> {
        match self {
            Some(x) => if p(&x) { Some(x) } else { None },
            None => None,
        }
    }
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, f: F) -> Result<T, E> {
        match self {
            Some(x) => Ok(x),
            None => Err(f()),
        }
    }
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(x) => Some(x),
            None => f(),
        }
    }
    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => false,
        }
    }
    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(x) => f(x),
            None => true,
        }
    }
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if self.is_none() {
            *self = Some(f());
        }
        self.as_mut().unwrap()
    }
}

impl<T, E> Result<T, E> {
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Result<U, E> {
        match self {
            Ok(x) => Ok(f(x)),
            Err(e) => Err(e),
        }
    }
    pub fn map_err<G, F: FnOnce(E) -> G>(self, f: F) -> Result<T, G> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(f(e)),
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, f: F) -> Result<U, E> {
        match self {
            Ok(x) => f(x),
            Err(e) => Err(e),
        }
    }
    pub fn or_else<G, F: FnOnce(E) -> Result<T, G>>(self, f: F) -> Result<T, G> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => f(e),
        }
    }
    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, f: F) -> T {
        match self {
            Ok(x) => x,
            Err(e) => f(e),
        }
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(x) => f(x),
            Err(_) => default,
        }
    }
    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(x) => f(x),
            Err(_) => false,
        }
    }
    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }
}

impl<'a, K: hash::Hash + PartialEq, V> Entry<'a, K, V> {
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let mut e = self;
        let i = match e.idx {
            Some(i) => i,
            None => {
                let k = e.key.take().unwrap();
                e.map.__push(k, f(), e.hash)
            }
        };
        &mut e.map.vals[i]
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        let e = self;
        if let Some(i) = e.idx {
            f(&mut e.map.vals[i]);
        }
        e
    }
}
impl<'a, K: Ord, V> BTreeEntry<'a, K, V> {
    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let mut e = self;
        let i = match e.at {
            Ok(i) => i,
            Err(i) => {
                let k = e.key.take().unwrap();
                e.map.keys.insert(i, k);
                e.map.vals.insert(i, f());
                i
            }
        };
        &mut e.map.vals[i]
    }
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V> {
        let e = self;
        if let Ok(i) = e.at {
            f(&mut e.map.vals[i]);
        }
        e
    }
}

/// A closure as a string pattern: `split(|c: char| !c.is_alphanumeric())`.
impl<F: FnMut(char) -> bool> __Pattern for F {
    fn __prefix_len(&self, s: &str) -> usize {
        match s.chars().next() {
            Some(c) => if self(c) { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
    fn __suffix_len(&self, s: &str) -> usize {
        match s.chars().next_back() {
            Some(c) => if self(c) { c.len_utf8() } else { usize::MAX },
            None => usize::MAX,
        }
    }
}

impl<T> Iter<T> {
    pub fn rposition<P: FnMut(&T) -> bool>(&mut self, mut p: P) -> Option<usize> {
        let mut i = self.__len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if p(x) {
                return Some(i);
            }
        }
        None
    }
}

impl String {
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let mut out = String::new();
        for c in self.chars() {
            if f(c) {
                out.push(c);
            }
        }
        *self = out;
    }
}

impl<T> Vec<T> {
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same: F) {
        if self.len < 2 {
            return;
        }
        let mut w = 1;
        let mut r = 1;
        while r < self.len {
            if !same(__ptr_mut(self.ptr, r), __ptr_mut(self.ptr, w - 1)) {
                __ptr_write(self.ptr, w, __ptr_read(self.ptr, r));
                w += 1;
            }
            r += 1;
        }
        self.len = w;
    }
}

/// `collect::<Result<Vec<T>, E>>()`: the first error, or all the values.
impl<T, E> FromIterator<Result<T, E>> for Result<Vec<T>, E> {
    fn from_iter<I: Iterator>(iter: I) -> Result<Vec<T>, E> {
        let mut v = Vec::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            match x {
                Ok(y) => v.push(y),
                Err(e) => return Err(e),
            }
        }
        Ok(v)
    }
}
/// `collect::<Option<Vec<T>>>()`: None at the first None.
impl<T> FromIterator<Option<T>> for Option<Vec<T>> {
    fn from_iter<I: Iterator>(iter: I) -> Option<Vec<T>> {
        let mut v = Vec::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            match x {
                Some(y) => v.push(y),
                None => return None,
            }
        }
        Some(v)
    }
}

// `std::iter` sources.
pub struct FromFn<F, T> {
    f: F,
}
impl<F, T> Iterator for FromFn<F, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}
pub fn __iter_from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F, T> {
    FromFn { f: f }
}
pub struct Successors<T, F> {
    next: Option<T>,
    f: F,
}
impl<T, F> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.next.take() {
            Some(cur) => {
                self.next = (self.f)(&cur);
                Some(cur)
            }
            None => None,
        }
    }
}
pub fn __iter_successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, f: succ }
}
pub struct RepeatWith<F, T> {
    f: F,
}
impl<F, T> Iterator for RepeatWith<F, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some((self.f)())
    }
}
pub fn __iter_repeat_with<T, F: FnMut() -> T>(f: F) -> RepeatWith<F, T> {
    RepeatWith { f: f }
}
pub struct Repeat<T> {
    x: T,
}
impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some(self.x.clone())
    }
}
pub fn __iter_repeat<T: Clone>(x: T) -> Repeat<T> {
    Repeat { x: x }
}
pub struct Once<T> {
    x: Option<T>,
}
impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.x.take()
    }
}
pub fn __iter_once<T>(x: T) -> Once<T> {
    Once { x: Some(x) }
}

impl<K: hash::Hash + PartialEq, V> HashMap<K, V> {
    /// Keeps the entries `f` accepts (visited in the map's order, as std's is unspecified).
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.keys.len() {
            if f(&self.keys[i], &mut self.vals[i]) {
                i += 1;
            } else {
                self.__remove_at(i);
            }
        }
    }
}
impl<T: hash::Hash + PartialEq> HashSet<T> {
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k: &T, _v: &mut ()| f(k));
    }
}
impl<K: Ord, V> BTreeMap<K, V> {
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.keys.len() {
            if f(&self.keys[i], &mut self.vals[i]) {
                i += 1;
            } else {
                self.keys.remove(i);
                self.vals.remove(i);
            }
        }
    }
}

pub struct Scan<I, St, F, B> {
    iter: I,
    state: St,
    f: F,
}
impl<I: Iterator, St, F, B> Iterator for Scan<I, St, F, B> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => (self.f)(&mut self.state, x),
            None => None,
        }
    }
}
pub struct MapWhile<I, P, B> {
    iter: I,
    p: P,
    done: bool,
}
impl<I: Iterator, P, B> Iterator for MapWhile<I, P, B> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => match (self.p)(x) {
                Some(y) => Some(y),
                None => {
                    self.done = true;
                    None
                }
            },
            None => None,
        }
    }
}

impl bool {
    pub fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T> {
        if self { Some(f()) } else { None }
    }
    pub fn then_some<T>(self, t: T) -> Option<T> {
        if self { Some(t) } else { None }
    }
}

impl<T> [T] {
    pub fn sort_by_cached_key<K: PartialOrd, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        self.__sort_less(|a: &T, b: &T| f(a) < f(b));
    }
}

impl<T> Vec<T> {
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let mut w = 0;
        let mut r = 0;
        while r < self.len {
            if f(__ptr_mut(self.ptr, r)) {
                if w != r {
                    __ptr_write(self.ptr, w, __ptr_read(self.ptr, r));
                }
                w += 1;
            }
            r += 1;
        }
        self.len = w;
    }
}
