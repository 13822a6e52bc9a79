// ---- Iterators and ranges ----

pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;

    /// Lexicographic comparisons with another iterable, as std's.
    fn eq<I: IntoIterator>(self, other: I) -> bool {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if x != y {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
    fn ne<I: IntoIterator>(self, other: I) -> bool {
        !self.eq(other)
    }
    fn cmp<I: IntoIterator>(self, other: I) -> cmp::Ordering {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return cmp::Ordering::Equal,
                (None, Some(_)) => return cmp::Ordering::Less,
                (Some(_), None) => return cmp::Ordering::Greater,
                (Some(x), Some(y)) => match x.cmp(&y) {
                    cmp::Ordering::Equal => {}
                    o => return o,
                },
            }
        }
    }
    fn partial_cmp<I: IntoIterator>(self, other: I) -> Option<cmp::Ordering> {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Some(cmp::Ordering::Equal),
                (None, Some(_)) => return Some(cmp::Ordering::Less),
                (Some(_), None) => return Some(cmp::Ordering::Greater),
                (Some(x), Some(y)) => match x.partial_cmp(&y) {
                    Some(cmp::Ordering::Equal) => {}
                    o => return o,
                },
            }
        }
    }
    fn lt<I: IntoIterator>(self, other: I) -> bool {
        self.partial_cmp(other) == Some(cmp::Ordering::Less)
    }
    fn le<I: IntoIterator>(self, other: I) -> bool {
        matches!(self.partial_cmp(other), Some(cmp::Ordering::Less | cmp::Ordering::Equal))
    }
    fn gt<I: IntoIterator>(self, other: I) -> bool {
        self.partial_cmp(other) == Some(cmp::Ordering::Greater)
    }
    fn ge<I: IntoIterator>(self, other: I) -> bool {
        matches!(self.partial_cmp(other), Some(cmp::Ordering::Greater | cmp::Ordering::Equal))
    }

    fn count(self) -> usize {
        let mut n = 0;
        let mut it = self;
        while let Some(_) = it.next() {
            n += 1;
        }
        n
    }
    fn last(self) -> Option<Self::Item> {
        let mut last = None;
        let mut it = self;
        while let Some(x) = it.next() {
            last = Some(x);
        }
        last
    }
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            match self.next() {
                Some(_) => {}
                None => return None,
            }
            i += 1;
        }
        self.next()
    }
    fn collect<B: FromIterator<Self::Item>>(self) -> B {
        B::from_iter(self)
    }
    fn enumerate(self) -> Enumerate<Self> {
        Enumerate { iter: self, n: 0 }
    }
    fn rev(self) -> Rev<Self> {
        Rev { iter: self }
    }
    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> {
        Zip { a: self, b: other.into_iter() }
    }
    fn skip(self, n: usize) -> Skip<Self> {
        Skip { iter: self, n: n }
    }
    fn take(self, n: usize) -> Take<Self> {
        Take { iter: self, n: n }
    }
    fn step_by(self, step: usize) -> StepBy<Self> {
        StepBy { iter: self, step: step - 1, first: true }
    }
    fn chain<U: __IntoIterOf<Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> {
        Chain { a: self, b: other.into_iter(), first_done: false }
    }
    fn flatten(self) -> Flatten<Self> {
        Flatten { outer: self, inner: None }
    }
    /// Pairs into two vectors.
    fn unzip<A, B>(self) -> (Vec<A>, Vec<B>) {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let mut it = self;
        while let Some((x, y)) = it.next() {
            a.push(x);
            b.push(y);
        }
        (a, b)
    }
    fn peekable(self) -> Peekable<Self> {
        Peekable { iter: self, peeked: None }
    }
    fn cloned(self) -> Cloned<Self> {
        Cloned { iter: self }
    }
    fn copied(self) -> Cloned<Self> {
        Cloned { iter: self }
    }
    fn sum<S: __Sum<Self::Item>>(self) -> S {
        let mut acc = S::__zero();
        let mut it = self;
        while let Some(x) = it.next() {
            acc = acc + x;
        }
        acc
    }
    fn product<S: __Sum<Self::Item>>(self) -> S {
        let mut acc = S::__one();
        let mut it = self;
        while let Some(x) = it.next() {
            acc = acc * x;
        }
        acc
    }
    fn max(self) -> Option<Self::Item> {
        let mut best = None;
        let mut it = self;
        while let Some(x) = it.next() {
            best = match best {
                None => Some(x),
                Some(b) => if x >= b { Some(x) } else { Some(b) },
            };
        }
        best
    }
    fn min(self) -> Option<Self::Item> {
        let mut best = None;
        let mut it = self;
        while let Some(x) = it.next() {
            best = match best {
                None => Some(x),
                Some(b) => if x < b { Some(x) } else { Some(b) },
            };
        }
        best
    }
    // Methods taking closures (their adapters are in closures.rs).
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F, B> {
        Map { iter: self, f: f }
    }
    fn filter<P: FnMut(&Self::Item) -> bool>(self, p: P) -> Filter<Self, P> {
        Filter { iter: self, p: p }
    }
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F, B> {
        FilterMap { iter: self, f: f }
    }
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, p: P) -> TakeWhile<Self, P> {
        TakeWhile { iter: self, p: p, done: false }
    }
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, p: P) -> SkipWhile<Self, P> {
        SkipWhile { iter: self, p: p, started: false }
    }
    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, F, U::IntoIter> {
        FlatMap { iter: self, f: f, cur: None }
    }
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> {
        Inspect { iter: self, f: f }
    }
    fn for_each<F: FnMut(Self::Item)>(self, mut f: F) {
        let mut it = self;
        while let Some(x) = it.next() {
            f(x);
        }
    }
    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, init: St, f: F) -> Scan<Self, St, F, B> {
        Scan { iter: self, state: init, f: f }
    }
    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, p: P) -> MapWhile<Self, P, B> {
        MapWhile { iter: self, p: p, done: false }
    }
    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, mut f: F) -> Option<Self::Item> {
        let mut it = self;
        let mut acc = match it.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = it.next() {
            acc = f(acc, x);
        }
        Some(acc)
    }
    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, mut f: F) -> B {
        let mut acc = init;
        let mut it = self;
        while let Some(x) = it.next() {
            acc = f(acc, x);
        }
        acc
    }
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, mut f: F) -> bool {
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, mut p: P) -> Option<Self::Item> {
        while let Some(x) = self.next() {
            if p(&x) {
                return Some(x);
            }
        }
        None
    }
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, mut p: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if p(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }
    /// Into two collections: `Vec`s of the items, or of copies of the referenced items.
    fn partition<B: __Partition<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, mut f: F) -> (B, B) {
        let mut yes: B = __Partition::__empty();
        let mut no: B = __Partition::__empty();
        let mut it = self;
        while let Some(x) = it.next() {
            if f(&x) {
                yes.__put(x);
            } else {
                no.__put(x);
            }
        }
        (yes, no)
    }
    /// The last element with the largest key, as std's.
    fn max_by_key<B: PartialOrd, F: FnMut(&Self::Item) -> B>(self, mut f: F) -> Option<Self::Item> {
        let mut best: Option<(B, Self::Item)> = None;
        let mut it = self;
        while let Some(x) = it.next() {
            let k = f(&x);
            best = match best {
                None => Some((k, x)),
                Some((bk, bx)) => if k >= bk { Some((k, x)) } else { Some((bk, bx)) },
            };
        }
        match best {
            Some((_, x)) => Some(x),
            None => None,
        }
    }
    /// The first element with the smallest key, as std's.
    fn min_by_key<B: PartialOrd, F: FnMut(&Self::Item) -> B>(self, mut f: F) -> Option<Self::Item> {
        let mut best: Option<(B, Self::Item)> = None;
        let mut it = self;
        while let Some(x) = it.next() {
            let k = f(&x);
            best = match best {
                None => Some((k, x)),
                Some((bk, bx)) => if k < bk { Some((k, x)) } else { Some((bk, bx)) },
            };
        }
        match best {
            Some((_, x)) => Some(x),
            None => None,
        }
    }
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> cmp::Ordering>(self, mut f: F) -> Option<Self::Item> {
        let mut best: Option<Self::Item> = None;
        let mut it = self;
        while let Some(x) = it.next() {
            best = match best {
                None => Some(x),
                Some(b) => if f(&x, &b) != cmp::Ordering::Less { Some(x) } else { Some(b) },
            };
        }
        best
    }
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> cmp::Ordering>(self, mut f: F) -> Option<Self::Item> {
        let mut best: Option<Self::Item> = None;
        let mut it = self;
        while let Some(x) = it.next() {
            best = match best {
                None => Some(x),
                Some(b) => if f(&x, &b) == cmp::Ordering::Less { Some(x) } else { Some(b) },
            };
        }
        best
    }
}

pub trait DoubleEndedIterator {
    fn next_back(&mut self) -> Option<Self::Item>;
}
pub trait IntoIterator {
    type IntoIter;
    fn into_iter(self) -> Self::IntoIter;
}
impl<I: Iterator> IntoIterator for I {
    type IntoIter = I;
    fn into_iter(self) -> I {
        self
    }
}
pub trait FromIterator<A> {
    fn from_iter<I: Iterator>(iter: I) -> Self;
}
/// `S: __Sum<A>`: values of type A can be summed into an S (Rust's `Sum<A>`).
pub trait __Sum<A> {}
pub trait __Num {
    fn __zero() -> Self;
    fn __one() -> Self;
}

pub struct Enumerate<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.n;
                self.n += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}
pub struct Rev<I> {
    iter: I,
}
impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }
}
pub struct Zip<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        match self.a.next() {
            Some(x) => match self.b.next() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}
pub struct Skip<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        while self.n > 0 {
            self.n -= 1;
            match self.iter.next() {
                Some(_) => {}
                None => return None,
            }
        }
        self.iter.next()
    }
}
pub struct Take<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        self.iter.next()
    }
}
/// `for x in opt`, `.flatten()` over options.
pub struct __OptionIter<T> {
    item: Option<T>,
}
impl<T> Iterator for __OptionIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.item.take()
    }
}
impl<T> IntoIterator for Option<T> {
    type IntoIter = __OptionIter<T>;
    fn into_iter(self) -> __OptionIter<T> {
        __OptionIter { item: self }
    }
}
impl<T> IntoIterator for &Option<T> {
    type IntoIter = __OptionIter<&T>;
    fn into_iter(self) -> __OptionIter<&T> {
        __OptionIter { item: self.as_ref() }
    }
}
impl<T, E> IntoIterator for Result<T, E> {
    type IntoIter = __OptionIter<T>;
    fn into_iter(self) -> __OptionIter<T> {
        __OptionIter { item: self.ok() }
    }
}
impl<T, E> IntoIterator for &Result<T, E> {
    type IntoIter = __OptionIter<&T>;
    fn into_iter(self) -> __OptionIter<&T> {
        __OptionIter { item: self.as_ref().ok() }
    }
}
/// Items of each item in turn (each item an `IntoIterator`).
pub struct Flatten<I> {
    outer: I,
    inner: Option<<I::Item as IntoIterator>::IntoIter>,
}
impl<I: Iterator> Iterator for Flatten<I> {
    type Item = <<I::Item as IntoIterator>::IntoIter as Iterator>::Item;
    fn next(&mut self) -> Option<<<I::Item as IntoIterator>::IntoIter as Iterator>::Item> {
        loop {
            if let Some(it) = &mut self.inner {
                if let Some(x) = it.next() {
                    return Some(x);
                }
            }
            match self.outer.next() {
                Some(next) => self.inner = Some(next.into_iter()),
                None => return None,
            }
        }
    }
}
pub struct StepBy<I> {
    iter: I,
    step: usize,
    first: bool,
}
impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.first {
            self.first = false;
            return self.iter.next();
        }
        self.iter.nth(self.step)
    }
}
pub struct Chain<A, B> {
    a: A,
    b: B,
    first_done: bool,
}
impl<A: Iterator, B: Iterator> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item> {
        if !self.first_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.first_done = true,
            }
        }
        self.b.next()
    }
}
pub struct Peekable<I> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}
impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }
}
impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(x)) => Some(x),
            _ => None,
        }
    }
}
pub struct Cloned<I> {
    iter: I,
}
impl<I: Iterator> Iterator for Cloned<I> {
    type Item = <I::Item as __Deref>::Target;
    fn next(&mut self) -> Option<<I::Item as __Deref>::Target> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}
pub trait __Deref {
    type Target;
}
impl<T> __Deref for &T {
    type Target = T;
}
impl<T> __Deref for &mut T {
    type Target = T;
}

pub trait __Step {
    fn __succ(&self) -> Self;
    fn __pred(&self) -> Self;
    /// The number of steps from `self` up to `to` (`to >= self`).
    fn __dist(&self, to: &Self) -> usize;
}
impl __Step for char {
    fn __succ(&self) -> char {
        __char_from_u32(*self as u32 + 1)
    }
    fn __pred(&self) -> char {
        __char_from_u32(*self as u32 - 1)
    }
    fn __dist(&self, to: &char) -> usize {
        (*to as u32 - *self as u32) as usize
    }
}

pub mod ops {
    pub trait Add<Rhs> {
        type Output;
        fn add(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Sub<Rhs> {
        type Output;
        fn sub(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Mul<Rhs> {
        type Output;
        fn mul(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Div<Rhs> {
        type Output;
        fn div(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Rem<Rhs> {
        type Output;
        fn rem(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Not {
        type Output;
        fn not(self) -> Self::Output;
    }
    pub trait BitAnd<Rhs> {
        type Output;
        fn bitand(self, rhs: Rhs) -> Self::Output;
    }
    pub trait BitOr<Rhs> {
        type Output;
        fn bitor(self, rhs: Rhs) -> Self::Output;
    }
    pub trait BitXor<Rhs> {
        type Output;
        fn bitxor(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Shl<Rhs> {
        type Output;
        fn shl(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Shr<Rhs> {
        type Output;
        fn shr(self, rhs: Rhs) -> Self::Output;
    }
    pub trait Neg {
        type Output;
        fn neg(self) -> Self::Output;
    }
    pub trait Index<Idx> {
        type Output;
        fn index(&self, i: Idx) -> &Self::Output;
    }
    pub trait IndexMut<Idx> {
        fn index_mut(&mut self, i: Idx) -> &mut Self::Output;
    }
    pub trait AddAssign<Rhs> {
        fn add_assign(&mut self, rhs: Rhs);
    }
    pub trait SubAssign<Rhs> {
        fn sub_assign(&mut self, rhs: Rhs);
    }
    pub trait MulAssign<Rhs> {
        fn mul_assign(&mut self, rhs: Rhs);
    }
    pub trait DivAssign<Rhs> {
        fn div_assign(&mut self, rhs: Rhs);
    }
    pub trait RemAssign<Rhs> {
        fn rem_assign(&mut self, rhs: Rhs);
    }
    pub trait BitXorAssign<Rhs> {
        fn bitxor_assign(&mut self, rhs: Rhs);
    }
    pub trait BitAndAssign<Rhs> {
        fn bitand_assign(&mut self, rhs: Rhs);
    }
    pub trait BitOrAssign<Rhs> {
        fn bitor_assign(&mut self, rhs: Rhs);
    }
    pub trait ShlAssign<Rhs> {
        fn shl_assign(&mut self, rhs: Rhs);
    }
    pub trait ShrAssign<Rhs> {
        fn shr_assign(&mut self, rhs: Rhs);
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct Range<T> {
        pub start: T,
        pub end: T,
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct RangeInclusive<T> {
        pub start: T,
        pub end: T,
        pub exhausted: bool,
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct RangeFrom<T> {
        pub start: T,
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct RangeTo<T> {
        pub end: T,
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct RangeToInclusive<T> {
        pub end: T,
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct RangeFull;

    /// The bounds of a range of keys (`BTreeMap::range`): the value and whether it is
    /// included.
    pub trait RangeBounds<T> {
        fn __start(&self) -> Option<(&T, bool)>;
        fn __end(&self) -> Option<(&T, bool)>;
    }
    impl<T> RangeBounds<T> for Range<T> {
        fn __start(&self) -> Option<(&T, bool)> {
            Some((&self.start, true))
        }
        fn __end(&self) -> Option<(&T, bool)> {
            Some((&self.end, false))
        }
    }
    impl<T> RangeBounds<T> for RangeInclusive<T> {
        fn __start(&self) -> Option<(&T, bool)> {
            Some((&self.start, true))
        }
        fn __end(&self) -> Option<(&T, bool)> {
            Some((&self.end, true))
        }
    }
    impl<T> RangeBounds<T> for RangeFrom<T> {
        fn __start(&self) -> Option<(&T, bool)> {
            Some((&self.start, true))
        }
        fn __end(&self) -> Option<(&T, bool)> {
            None
        }
    }
    impl<T> RangeBounds<T> for RangeTo<T> {
        fn __start(&self) -> Option<(&T, bool)> {
            None
        }
        fn __end(&self) -> Option<(&T, bool)> {
            Some((&self.end, false))
        }
    }
    impl<T> RangeBounds<T> for RangeToInclusive<T> {
        fn __start(&self) -> Option<(&T, bool)> {
            None
        }
        fn __end(&self) -> Option<(&T, bool)> {
            Some((&self.end, true))
        }
    }
    impl<T> RangeBounds<T> for RangeFull {
        fn __start(&self) -> Option<(&T, bool)> {
            None
        }
        fn __end(&self) -> Option<(&T, bool)> {
            None
        }
    }

    impl<T: __Step> Iterator for Range<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            if self.start < self.end {
                let n = self.start;
                self.start = n.__succ();
                Some(n)
            } else {
                None
            }
        }
    }
    impl<T: __Step> DoubleEndedIterator for Range<T> {
        fn next_back(&mut self) -> Option<T> {
            if self.start < self.end {
                self.end = self.end.__pred();
                Some(self.end)
            } else {
                None
            }
        }
    }
    impl<T> Range<T> {
        pub fn contains(&self, x: &T) -> bool {
            *x >= self.start && *x < self.end
        }
        pub fn len(&self) -> usize {
            if self.end > self.start { (self.end - self.start) as usize } else { 0 }
        }
        pub fn is_empty(&self) -> bool {
            !(self.start < self.end)
        }
    }
    impl<T: __Step> Iterator for RangeInclusive<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            if self.exhausted || self.start > self.end {
                return None;
            }
            let n = self.start;
            if n == self.end {
                self.exhausted = true;
            } else {
                self.start = n.__succ();
            }
            Some(n)
        }
    }
    impl<T: __Step> DoubleEndedIterator for RangeInclusive<T> {
        fn next_back(&mut self) -> Option<T> {
            if self.exhausted || self.start > self.end {
                return None;
            }
            let n = self.end;
            if n == self.start {
                self.exhausted = true;
            } else {
                self.end = n.__pred();
            }
            Some(n)
        }
    }
    impl<T> RangeInclusive<T> {
        pub fn new(start: T, end: T) -> RangeInclusive<T> {
            RangeInclusive { start: start, end: end, exhausted: false }
        }
        pub fn contains(&self, x: &T) -> bool {
            *x >= self.start && *x <= self.end
        }
    }
    impl<T: __Step> Iterator for RangeFrom<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            let n = self.start;
            self.start = n.__succ();
            Some(n)
        }
    }
}
pub use ops::Range;
pub use ops::RangeInclusive;

/// `U: __IntoIterOf<A>`: U iterates over A (Rust's `IntoIterator<Item = A>` bound).
pub trait __IntoIterOf<A> {}
impl<I: Iterator> __IntoIterOf<I::Item> for I {}
impl<T> __IntoIterOf<T> for Vec<T> {}
impl<T> __IntoIterOf<&T> for &Vec<T> {}
impl<T> __IntoIterOf<&T> for &[T] {}

/// The number of items an iterator has left, for adapters that count from the back.
pub trait __ExactLen {
    fn __len(&self) -> usize;
}
impl<T> __ExactLen for Iter<T> {
    fn __len(&self) -> usize {
        self.end - self.i
    }
}
impl<T> __ExactLen for IterMut<T> {
    fn __len(&self) -> usize {
        self.end - self.i
    }
}
impl<T> __ExactLen for IntoIter<T> {
    fn __len(&self) -> usize {
        self.end - self.i
    }
}
impl<T: __Step> __ExactLen for ops::Range<T> {
    fn __len(&self) -> usize {
        if self.start < self.end { self.start.__dist(&self.end) } else { 0 }
    }
}
impl<T: __Step> __ExactLen for ops::RangeInclusive<T> {
    fn __len(&self) -> usize {
        if self.exhausted || self.start > self.end { 0 } else { self.start.__dist(&self.end) + 1 }
    }
}
impl<I: __ExactLen> __ExactLen for StepBy<I> {
    fn __len(&self) -> usize {
        let n = self.iter.__len();
        if self.first {
            if n == 0 { 0 } else { 1 + (n - 1) / (self.step + 1) }
        } else {
            n / (self.step + 1)
        }
    }
}
/// As Rust's `StepBy::next_back`: the last element the forward walk would reach.
impl<I: DoubleEndedIterator + __ExactLen> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let rem = self.iter.__len() % (self.step + 1);
        let mut skip = if self.first { if rem == 0 { self.step } else { rem - 1 } } else { rem };
        while skip > 0 {
            self.iter.next_back();
            skip -= 1;
        }
        self.iter.next_back()
    }
}
impl<I: __ExactLen> __ExactLen for Rev<I> {
    fn __len(&self) -> usize {
        self.iter.__len()
    }
}
impl<I: __ExactLen> __ExactLen for Cloned<I> {
    fn __len(&self) -> usize {
        self.iter.__len()
    }
}
impl<I: __ExactLen> __ExactLen for Enumerate<I> {
    fn __len(&self) -> usize {
        self.iter.__len()
    }
}
impl<A: __ExactLen, B: __ExactLen> __ExactLen for Zip<A, B> {
    fn __len(&self) -> usize {
        let a = self.a.__len();
        let b = self.b.__len();
        if a < b { a } else { b }
    }
}
impl<I: DoubleEndedIterator + __ExactLen> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let len = self.iter.__len();
        match self.iter.next_back() {
            Some(x) => Some((self.n + len - 1, x)),
            None => None,
        }
    }
}
impl<I: Iterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<<I::Item as __Deref>::Target> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}
impl<A: DoubleEndedIterator, B: DoubleEndedIterator> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item> {
        match self.b.next_back() {
            Some(x) => Some(x),
            None => self.a.next_back(),
        }
    }
}
impl<A: DoubleEndedIterator + __ExactLen, B: DoubleEndedIterator + __ExactLen> DoubleEndedIterator for Zip<A, B> {
    fn next_back(&mut self) -> Option<(A::Item, B::Item)> {
        let mut a = self.a.__len();
        let mut b = self.b.__len();
        while a > b {
            self.a.next_back();
            a -= 1;
        }
        while b > a {
            self.b.next_back();
            b -= 1;
        }
        match self.a.next_back() {
            Some(x) => match self.b.next_back() {
                Some(y) => Some((x, y)),
                None => None,
            },
            None => None,
        }
    }
}
impl<I: DoubleEndedIterator + __ExactLen> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.iter.__len() > self.n { self.iter.next_back() } else { None }
    }
}
impl<I: DoubleEndedIterator + __ExactLen> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        while self.iter.__len() > self.n {
            self.iter.next_back();
        }
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        self.iter.next_back()
    }
}
impl DoubleEndedIterator for CharIndices {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.chars.next_back() {
            Some(c) => Some((self.chars.end, c)),
            None => None,
        }
    }
}

/// What `partition` fills (std's `Default + Extend<Item>`): a `Vec` of the items, or of
/// copies of referenced items.
pub trait __Partition<I> {
    fn __empty() -> Self;
    fn __put(&mut self, x: I);
}
impl<T> __Partition<T> for Vec<T> {
    fn __empty() -> Vec<T> {
        Vec::new()
    }
    fn __put(&mut self, x: T) {
        self.push(x);
    }
}
impl<T: Clone> __Partition<&T> for Vec<T> {
    fn __empty() -> Vec<T> {
        Vec::new()
    }
    fn __put(&mut self, x: &T) {
        self.push(x.clone());
    }
}
