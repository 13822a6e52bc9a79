// ---- std::hash and std::collections: HashMap, HashSet, BTreeMap, BTreeSet, VecDeque,
// BinaryHeap, written over Vec ----
//
// HashMap keeps its entries in insertion order in parallel vectors (keys, values, hashes)
// and finds them through an open-addressing index table; removal moves the last entry into
// the hole (so iteration order is arbitrary, as in Rust, where it is random). BTreeMap is a
// sorted pair of vectors (binary search; insertion and removal move the tail: fine for maps
// of some ten thousand entries). VecDeque is two stacks (front reversed, back), rebalanced
// by halves. BinaryHeap is std's algorithm on a Vec, so its layout (and `iter()` order) is
// rustc's.

pub mod hash {
    pub trait Hasher {
        fn finish(&self) -> u64;
        fn write(&mut self, bytes: &[u8]);
        fn write_u8(&mut self, i: u8) {
            self.write_u64(i as u64)
        }
        fn write_u16(&mut self, i: u16) {
            self.write_u64(i as u64)
        }
        fn write_u32(&mut self, i: u32) {
            self.write_u64(i as u64)
        }
        fn write_u64(&mut self, i: u64) {
            let b = [i as u8, (i >> 8) as u8, (i >> 16) as u8, (i >> 24) as u8, (i >> 32) as u8, (i >> 40) as u8, (i >> 48) as u8, (i >> 56) as u8];
            self.write(&b)
        }
        fn write_usize(&mut self, i: usize) {
            self.write_u64(i as u64)
        }
        fn write_i8(&mut self, i: i8) {
            self.write_u64(i as u64)
        }
        fn write_i16(&mut self, i: i16) {
            self.write_u64(i as u64)
        }
        fn write_i32(&mut self, i: i32) {
            self.write_u64(i as u64)
        }
        fn write_i64(&mut self, i: i64) {
            self.write_u64(i as u64)
        }
        fn write_isize(&mut self, i: isize) {
            self.write_u64(i as u64)
        }
    }
    pub trait Hash {
        fn hash<H: Hasher>(&self, state: &mut H);
    }
    /// Not SipHash: hash values differ from rustc's (HashMap iteration order is arbitrary
    /// in both).
    #[derive(Clone, Debug)]
    pub struct DefaultHasher {
        h: u64,
    }
    impl DefaultHasher {
        pub fn new() -> DefaultHasher {
            DefaultHasher { h: 0xcbf2_9ce4_8422_2325 }
        }
    }
    impl Default for DefaultHasher {
        fn default() -> DefaultHasher {
            DefaultHasher::new()
        }
    }
    impl Hasher for DefaultHasher {
        fn finish(&self) -> u64 {
            let mut x = self.h;
            x ^= x >> 33;
            x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
            x ^= x >> 33;
            x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
            x ^ (x >> 33)
        }
        fn write(&mut self, bytes: &[u8]) {
            let mut i = 0;
            while i < bytes.len() {
                self.h = (self.h ^ bytes[i] as u64).wrapping_mul(0x100_0000_01b3);
                i += 1;
            }
        }
        fn write_u64(&mut self, i: u64) {
            self.h = (self.h.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    impl Hash for str {
        fn hash<H: Hasher>(&self, state: &mut H) {
            state.write(self.as_bytes());
            state.write_u8(0xff);
        }
    }
    impl Hash for super::String {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(self.as_str(), state)
        }
    }
    impl Hash for bool {
        fn hash<H: Hasher>(&self, state: &mut H) {
            state.write_u8(*self as u8)
        }
    }
    impl Hash for char {
        fn hash<H: Hasher>(&self, state: &mut H) {
            state.write_u32(*self as u32)
        }
    }
    impl Hash for () {
        fn hash<H: Hasher>(&self, _state: &mut H) {}
    }
    impl<T: Hash> Hash for &T {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(*self, state)
        }
    }
    impl<T: Hash> Hash for &mut T {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(*self, state)
        }
    }
    impl<T: Hash> Hash for super::Box<T> {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(&**self, state)
        }
    }
    impl<T: Hash> Hash for [T] {
        fn hash<H: Hasher>(&self, state: &mut H) {
            state.write_usize(self.len());
            let mut i = 0;
            while i < self.len() {
                Hash::hash(&self[i], state);
                i += 1;
            }
        }
    }
    impl<T: Hash> Hash for [T; _] {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(&self[..], state)
        }
    }
    impl<T: Hash> Hash for super::Vec<T> {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(self.as_slice(), state)
        }
    }
    impl<T: Hash> Hash for super::Option<T> {
        fn hash<H: Hasher>(&self, state: &mut H) {
            match self {
                None => state.write_u8(0),
                Some(x) => {
                    state.write_u8(1);
                    Hash::hash(x, state);
                }
            }
        }
    }
    impl<A: Hash, B: Hash> Hash for (A, B) {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(&self.0, state);
            Hash::hash(&self.1, state);
        }
    }
    impl<A: Hash, B: Hash, C: Hash> Hash for (A, B, C) {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(&self.0, state);
            Hash::hash(&self.1, state);
            Hash::hash(&self.2, state);
        }
    }
    impl<A: Hash, B: Hash, C: Hash, D: Hash> Hash for (A, B, C, D) {
        fn hash<H: Hasher>(&self, state: &mut H) {
            Hash::hash(&self.0, state);
            Hash::hash(&self.1, state);
            Hash::hash(&self.2, state);
            Hash::hash(&self.3, state);
        }
    }
    impl Hash for super::cmp::Ordering {
        fn hash<H: Hasher>(&self, state: &mut H) {
            state.write_i8(*self as i8)
        }
    }
}

/// `map.get(k)` with `k: &Q` for a `K` that borrows as `Q` (`&str` keys of a `String` map).
pub trait __Borrow<Q> {
    fn __borrow(&self) -> &Q;
}
impl<T> __Borrow<T> for T {
    fn __borrow(&self) -> &T {
        self
    }
}
impl<T> __Borrow<T> for &T {
    fn __borrow(&self) -> &T {
        *self
    }
}
impl __Borrow<str> for String {
    fn __borrow(&self) -> &str {
        self.as_str()
    }
}
impl<T> __Borrow<[T]> for Vec<T> {
    fn __borrow(&self) -> &[T] {
        self.as_slice()
    }
}

fn __hash_of<Q: hash::Hash>(k: &Q) -> u64 {
    let mut h = hash::DefaultHasher::new();
    hash::Hash::hash(k, &mut h);
    hash::Hasher::finish(&h)
}

pub struct HashMap<K, V> {
    keys: Vec<K>,
    vals: Vec<V>,
    hashes: Vec<u64>,
    // Open addressing over entry indices + 1 (0: empty), linear probing, a power of two.
    slots: Vec<usize>,
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { keys: Vec::new(), vals: Vec::new(), hashes: Vec::new(), slots: Vec::new() }
    }
    pub fn with_capacity(n: usize) -> HashMap<K, V> {
        let mut m = HashMap::new();
        m.keys.reserve(n);
        m.vals.reserve(n);
        m.hashes.reserve(n);
        m
    }
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
    pub fn capacity(&self) -> usize {
        self.keys.capacity()
    }
    pub fn clear(&mut self) {
        self.keys.clear();
        self.vals.clear();
        self.hashes.clear();
        self.slots.clear();
    }
    pub fn keys(&self) -> Iter<K> {
        self.keys.iter()
    }
    pub fn values(&self) -> Iter<V> {
        self.vals.iter()
    }
    pub fn values_mut(&mut self) -> IterMut<V> {
        self.vals.iter_mut()
    }
    pub fn into_keys(self) -> IntoIter<K> {
        self.keys.into_iter()
    }
    pub fn into_values(self) -> IntoIter<V> {
        self.vals.into_iter()
    }
    pub fn iter(&self) -> Zip<Iter<K>, Iter<V>> {
        self.keys.iter().zip(self.vals.iter())
    }
    pub fn iter_mut(&mut self) -> Zip<Iter<K>, IterMut<V>> {
        self.keys.iter().zip(self.vals.iter_mut())
    }
    fn __grow(&mut self) {
        let mut n = 8;
        while n * 3 < (self.keys.len() + 1) * 4 {
            n *= 2;
        }
        if n <= self.slots.len() {
            return;
        }
        self.slots = vec![0; n];
        let mask = n - 1;
        let mut i = 0;
        while i < self.hashes.len() {
            let mut s = (self.hashes[i] as usize) & mask;
            while self.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            self.slots[s] = i + 1;
            i += 1;
        }
    }
    /// The slot holding entry `idx` (which is present).
    fn __slot_of(&self, idx: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut s = (self.hashes[idx] as usize) & mask;
        while self.slots[s] != idx + 1 {
            s = (s + 1) & mask;
        }
        s
    }
    /// Removes entry `idx`: empties its slot (shifting the probe chain back), then moves the
    /// last entry into its place.
    fn __remove_at(&mut self, idx: usize) -> (K, V) {
        let mask = self.slots.len() - 1;
        let mut hole = self.__slot_of(idx);
        self.slots[hole] = 0;
        let mut j = hole;
        loop {
            j = (j + 1) & mask;
            if self.slots[j] == 0 {
                break;
            }
            let ideal = (self.hashes[self.slots[j] - 1] as usize) & mask;
            let stays = if hole <= j { hole < ideal && ideal <= j } else { hole < ideal || ideal <= j };
            if !stays {
                self.slots[hole] = self.slots[j];
                self.slots[j] = 0;
                hole = j;
            }
        }
        let last = self.keys.len() - 1;
        if idx != last {
            let s = self.__slot_of(last);
            self.slots[s] = idx + 1;
        }
        self.hashes.swap_remove(idx);
        (self.keys.swap_remove(idx), self.vals.swap_remove(idx))
    }
}

impl<K: hash::Hash + PartialEq, V> HashMap<K, V> {
    fn __find<Q: hash::Hash + PartialEq>(&self, k: &Q, h: u64) -> Option<usize>
    where
        K: __Borrow<Q>,
    {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        loop {
            let e = self.slots[s];
            if e == 0 {
                return None;
            }
            if self.hashes[e - 1] == h {
                let key: &Q = __Borrow::__borrow(&self.keys[e - 1]);
                if key == k {
                    return Some(e - 1);
                }
            }
            s = (s + 1) & mask;
        }
    }
    fn __push(&mut self, k: K, v: V, h: u64) -> usize {
        self.__grow();
        let mask = self.slots.len() - 1;
        let mut s = (h as usize) & mask;
        while self.slots[s] != 0 {
            s = (s + 1) & mask;
        }
        self.keys.push(k);
        self.vals.push(v);
        self.hashes.push(h);
        self.slots[s] = self.keys.len();
        self.keys.len() - 1
    }
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let h = __hash_of(&k);
        match self.__find(&k, h) {
            Some(i) => Some(mem::replace(&mut self.vals[i], v)),
            None => {
                self.__push(k, v, h);
                None
            }
        }
    }
    pub fn get<Q: hash::Hash + PartialEq>(&self, k: &Q) -> Option<&V>
    where
        K: __Borrow<Q>,
    {
        match self.__find(k, __hash_of(k)) {
            Some(i) => Some(&self.vals[i]),
            None => None,
        }
    }
    pub fn get_mut<Q: hash::Hash + PartialEq>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: __Borrow<Q>,
    {
        match self.__find(k, __hash_of(k)) {
            Some(i) => Some(&mut self.vals[i]),
            None => None,
        }
    }
    pub fn get_key_value<Q: hash::Hash + PartialEq>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: __Borrow<Q>,
    {
        match self.__find(k, __hash_of(k)) {
            Some(i) => Some((&self.keys[i], &self.vals[i])),
            None => None,
        }
    }
    pub fn contains_key<Q: hash::Hash + PartialEq>(&self, k: &Q) -> bool
    where
        K: __Borrow<Q>,
    {
        self.__find(k, __hash_of(k)).is_some()
    }
    pub fn remove<Q: hash::Hash + PartialEq>(&mut self, k: &Q) -> Option<V>
    where
        K: __Borrow<Q>,
    {
        match self.__find(k, __hash_of(k)) {
            Some(i) => Some(self.__remove_at(i).1),
            None => None,
        }
    }
    pub fn remove_entry<Q: hash::Hash + PartialEq>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: __Borrow<Q>,
    {
        match self.__find(k, __hash_of(k)) {
            Some(i) => Some(self.__remove_at(i)),
            None => None,
        }
    }
    pub fn entry(&mut self, k: K) -> Entry<K, V> {
        let h = __hash_of(&k);
        let i = self.__find(&k, h);
        Entry { map: self, key: Some(k), hash: h, idx: i }
    }
}

/// `map.entry(k)`: `or_insert`, `or_default`, `key`.
pub struct Entry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    key: Option<K>,
    hash: u64,
    idx: Option<usize>,
}
impl<'a, K: hash::Hash + PartialEq, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        let mut e = self;
        let i = match e.idx {
            Some(i) => i,
            None => {
                let k = e.key.take().unwrap();
                e.map.__push(k, default, e.hash)
            }
        };
        &mut e.map.vals[i]
    }
    pub fn key(&self) -> &K {
        match self.idx {
            Some(i) => &self.map.keys[i],
            None => self.key.as_ref().unwrap(),
        }
    }
}
impl<'a, K: hash::Hash + PartialEq, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert(V::default())
    }
}

/// `map[k]` with `k: &&K` (a key from `keys().collect::<Vec<_>>().iter()`): rustc coerces
/// the index to `&K`.
impl<K: hash::Hash + PartialEq, V> ops::Index<&&K> for HashMap<K, V> {
    type Output = V;
    fn index(&self, k: &&K) -> &V {
        &self[*k]
    }
}
impl<K: hash::Hash + PartialEq, V> ops::Index<&K> for HashMap<K, V> {
    type Output = V;
    fn index(&self, k: &K) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in HashMap"),
        }
    }
}
impl<V> ops::Index<&str> for HashMap<String, V> {
    type Output = V;
    fn index(&self, k: &str) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in HashMap"),
        }
    }
}
impl<V> ops::Index<&str> for HashMap<&str, V> {
    type Output = V;
    fn index(&self, k: &str) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in HashMap"),
        }
    }
}
impl<K: Clone, V: Clone> Clone for HashMap<K, V> {
    fn clone(&self) -> HashMap<K, V> {
        HashMap { keys: self.keys.clone(), vals: self.vals.clone(), hashes: self.hashes.clone(), slots: self.slots.clone() }
    }
}
impl<K: hash::Hash + PartialEq, V: PartialEq> PartialEq for HashMap<K, V> {
    fn eq(&self, o: &HashMap<K, V>) -> bool {
        if self.len() != o.len() {
            return false;
        }
        let mut i = 0;
        while i < self.keys.len() {
            match o.get(&self.keys[i]) {
                Some(v) if *v == self.vals[i] => {}
                _ => return false,
            }
            i += 1;
        }
        true
    }
}
impl<K, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __debug_map(&self.keys, &self.vals, f)
    }
}
fn __debug_map<K: fmt::Debug, V: fmt::Debug>(keys: &Vec<K>, vals: &Vec<V>, f: &mut fmt::Formatter) -> fmt::Result {
    f.buf.push('{');
    let mut i = 0;
    while i < keys.len() {
        f.debug_map_entry(i == 0, &keys[i], &vals[i]);
        i += 1;
    }
    f.buf.push('}');
    Ok(())
}
fn __debug_set<K: fmt::Debug>(keys: &Vec<K>, f: &mut fmt::Formatter) -> fmt::Result {
    f.buf.push('{');
    let mut i = 0;
    while i < keys.len() {
        f.debug_list_item(i == 0, &keys[i]);
        i += 1;
    }
    f.buf.push('}');
    Ok(())
}
impl<K, V> IntoIterator for HashMap<K, V> {
    type IntoIter = Zip<IntoIter<K>, IntoIter<V>>;
    fn into_iter(self) -> Zip<IntoIter<K>, IntoIter<V>> {
        self.keys.into_iter().zip(self.vals.into_iter())
    }
}
impl<K, V> IntoIterator for &HashMap<K, V> {
    type IntoIter = Zip<Iter<K>, Iter<V>>;
    fn into_iter(self) -> Zip<Iter<K>, Iter<V>> {
        self.iter()
    }
}
impl<K, V> IntoIterator for &mut HashMap<K, V> {
    type IntoIter = Zip<Iter<K>, IterMut<V>>;
    fn into_iter(self) -> Zip<Iter<K>, IterMut<V>> {
        self.iter_mut()
    }
}
impl<K: hash::Hash + PartialEq, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: Iterator>(iter: I) -> HashMap<K, V> {
        let mut m = HashMap::new();
        let mut it = iter;
        while let Some((k, v)) = it.next() {
            m.insert(k, v);
        }
        m
    }
}
impl<K: hash::Hash + PartialEq, V> HashMap<K, V> {
    /// Entries from any `IntoIterator` of `(K, V)`; later ones replace earlier ones.
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some((k, v)) = it.next() {
            self.insert(k, v);
        }
    }
    /// From an array or vector of pairs (or any iterator of them).
    pub fn from<I: __AnyIterOf<(K, V)>>(entries: I) -> HashMap<K, V> {
        let mut m = HashMap::new();
        let mut it = __AnyIterOf::__any_iter_of(entries);
        while let Some((k, v)) = it.next() {
            m.insert(k, v);
        }
        m
    }
}

pub struct HashSet<T> {
    map: HashMap<T, ()>,
}
impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }
    pub fn with_capacity(n: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(n) }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn clear(&mut self) {
        self.map.clear()
    }
    pub fn iter(&self) -> Iter<T> {
        self.map.keys.iter()
    }
}
impl<T: hash::Hash + PartialEq> HashSet<T> {
    pub fn insert(&mut self, x: T) -> bool {
        let h = __hash_of(&x);
        if self.map.__find(&x, h).is_some() {
            return false;
        }
        self.map.__push(x, (), h);
        true
    }
    pub fn contains<Q: hash::Hash + PartialEq>(&self, x: &Q) -> bool
    where
        T: __Borrow<Q>,
    {
        self.map.contains_key(x)
    }
    pub fn get<Q: hash::Hash + PartialEq>(&self, x: &Q) -> Option<&T>
    where
        T: __Borrow<Q>,
    {
        match self.map.__find(x, __hash_of(x)) {
            Some(i) => Some(&self.map.keys[i]),
            None => None,
        }
    }
    pub fn remove<Q: hash::Hash + PartialEq>(&mut self, x: &Q) -> bool
    where
        T: __Borrow<Q>,
    {
        self.map.remove(x).is_some()
    }
    pub fn take<Q: hash::Hash + PartialEq>(&mut self, x: &Q) -> Option<T>
    where
        T: __Borrow<Q>,
    {
        match self.map.remove_entry(x) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            let y: T = __ElemOf::__elem(x);
            self.insert(y);
        }
    }
    pub fn from<I: __AnyIterOf<T>>(items: I) -> HashSet<T> {
        let mut s = HashSet::new();
        let mut it = __AnyIterOf::__any_iter_of(items);
        while let Some(x) = it.next() {
            s.insert(x);
        }
        s
    }
    pub fn is_subset(&self, o: &HashSet<T>) -> bool {
        for x in self.iter() {
            if !o.contains(x) {
                return false;
            }
        }
        true
    }
    pub fn is_superset(&self, o: &HashSet<T>) -> bool {
        o.is_subset(self)
    }
    pub fn is_disjoint(&self, o: &HashSet<T>) -> bool {
        for x in self.iter() {
            if o.contains(x) {
                return false;
            }
        }
        true
    }
    /// The elements of `self` also in `o`, in `self`'s order.
    pub fn intersection<'a>(&'a self, o: &HashSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            if o.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
    pub fn difference<'a>(&'a self, o: &HashSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            if !o.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
    pub fn symmetric_difference<'a>(&'a self, o: &'a HashSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            if !o.contains(x) {
                v.push(x);
            }
        }
        for x in o.iter() {
            if !self.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
    pub fn union<'a>(&'a self, o: &'a HashSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            v.push(x);
        }
        for x in o.iter() {
            if !self.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
}
impl<T: Clone> Clone for HashSet<T> {
    fn clone(&self) -> HashSet<T> {
        HashSet { map: self.map.clone() }
    }
}
impl<T: hash::Hash + PartialEq> PartialEq for HashSet<T> {
    fn eq(&self, o: &HashSet<T>) -> bool {
        self.len() == o.len() && self.is_subset(o)
    }
}
impl<T> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}
impl<T: fmt::Debug> fmt::Debug for HashSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __debug_set(&self.map.keys, f)
    }
}
impl<T> IntoIterator for HashSet<T> {
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        self.map.keys.into_iter()
    }
}
impl<T> IntoIterator for &HashSet<T> {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.map.keys.iter()
    }
}
impl<T: hash::Hash + PartialEq> FromIterator<T> for HashSet<T> {
    fn from_iter<I: Iterator>(iter: I) -> HashSet<T> {
        let mut s = HashSet::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            s.insert(x);
        }
        s
    }
}

pub struct BTreeMap<K, V> {
    keys: Vec<K>,
    vals: Vec<V>,
}
impl<K, V> BTreeMap<K, V> {
    pub fn new() -> BTreeMap<K, V> {
        BTreeMap { keys: Vec::new(), vals: Vec::new() }
    }
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
    pub fn clear(&mut self) {
        self.keys.clear();
        self.vals.clear();
    }
    pub fn keys(&self) -> Iter<K> {
        self.keys.iter()
    }
    pub fn values(&self) -> Iter<V> {
        self.vals.iter()
    }
    pub fn values_mut(&mut self) -> IterMut<V> {
        self.vals.iter_mut()
    }
    pub fn into_keys(self) -> IntoIter<K> {
        self.keys.into_iter()
    }
    pub fn into_values(self) -> IntoIter<V> {
        self.vals.into_iter()
    }
    pub fn iter(&self) -> Zip<Iter<K>, Iter<V>> {
        self.keys.iter().zip(self.vals.iter())
    }
    pub fn iter_mut(&mut self) -> Zip<Iter<K>, IterMut<V>> {
        self.keys.iter().zip(self.vals.iter_mut())
    }
    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        if self.keys.is_empty() { None } else { Some((&self.keys[0], &self.vals[0])) }
    }
    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        let n = self.keys.len();
        if n == 0 { None } else { Some((&self.keys[n - 1], &self.vals[n - 1])) }
    }
    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.keys.is_empty() { None } else { Some((self.keys.remove(0), self.vals.remove(0))) }
    }
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        match self.keys.pop() {
            Some(k) => Some((k, self.vals.pop().unwrap())),
            None => None,
        }
    }
}
impl<K: Ord, V> BTreeMap<K, V> {
    /// `Ok(index)` of the key, or `Err(insertion point)`.
    fn __search<Q: Ord>(&self, k: &Q) -> Result<usize, usize>
    where
        K: __Borrow<Q>,
    {
        let (mut lo, mut hi) = (0, self.keys.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let key: &Q = __Borrow::__borrow(&self.keys[mid]);
            match Ord::cmp(key, k) {
                cmp::Ordering::Less => lo = mid + 1,
                cmp::Ordering::Greater => hi = mid,
                cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.__search(&k) {
            Ok(i) => Some(mem::replace(&mut self.vals[i], v)),
            Err(i) => {
                self.keys.insert(i, k);
                self.vals.insert(i, v);
                None
            }
        }
    }
    pub fn get<Q: Ord>(&self, k: &Q) -> Option<&V>
    where
        K: __Borrow<Q>,
    {
        match self.__search(k) {
            Ok(i) => Some(&self.vals[i]),
            Err(_) => None,
        }
    }
    pub fn get_mut<Q: Ord>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: __Borrow<Q>,
    {
        match self.__search(k) {
            Ok(i) => Some(&mut self.vals[i]),
            Err(_) => None,
        }
    }
    pub fn get_key_value<Q: Ord>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: __Borrow<Q>,
    {
        match self.__search(k) {
            Ok(i) => Some((&self.keys[i], &self.vals[i])),
            Err(_) => None,
        }
    }
    pub fn contains_key<Q: Ord>(&self, k: &Q) -> bool
    where
        K: __Borrow<Q>,
    {
        self.__search(k).is_ok()
    }
    pub fn remove<Q: Ord>(&mut self, k: &Q) -> Option<V>
    where
        K: __Borrow<Q>,
    {
        match self.__search(k) {
            Ok(i) => {
                self.keys.remove(i);
                Some(self.vals.remove(i))
            }
            Err(_) => None,
        }
    }
    pub fn remove_entry<Q: Ord>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: __Borrow<Q>,
    {
        match self.__search(k) {
            Ok(i) => Some((self.keys.remove(i), self.vals.remove(i))),
            Err(_) => None,
        }
    }
    pub fn entry(&mut self, k: K) -> BTreeEntry<K, V> {
        let i = self.__search(&k);
        BTreeEntry { map: self, key: Some(k), at: i }
    }
    /// The entries with keys in `r` (any range of keys), in order.
    pub fn range<R: ops::RangeBounds<K>>(&self, r: R) -> Zip<Iter<K>, Iter<V>> {
        let lo = match r.__start() {
            Some((s, incl)) => match self.__search(s) {
                Ok(i) => if incl { i } else { i + 1 },
                Err(i) => i,
            },
            None => 0,
        };
        let mut hi = match r.__end() {
            Some((e, incl)) => match self.__search(e) {
                Ok(i) => if incl { i + 1 } else { i },
                Err(i) => i,
            },
            None => self.keys.len(),
        };
        if hi < lo {
            hi = lo;
        }
        self.keys[lo..hi].iter().zip(self.vals[lo..hi].iter())
    }
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some((k, v)) = it.next() {
            self.insert(k, v);
        }
    }
    pub fn from<I: __AnyIterOf<(K, V)>>(entries: I) -> BTreeMap<K, V> {
        let mut m = BTreeMap::new();
        let mut it = __AnyIterOf::__any_iter_of(entries);
        while let Some((k, v)) = it.next() {
            m.insert(k, v);
        }
        m
    }
}
pub struct BTreeEntry<'a, K, V> {
    map: &'a mut BTreeMap<K, V>,
    key: Option<K>,
    at: Result<usize, usize>,
}
impl<'a, K: Ord, V> BTreeEntry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        let mut e = self;
        let i = match e.at {
            Ok(i) => i,
            Err(i) => {
                let k = e.key.take().unwrap();
                e.map.keys.insert(i, k);
                e.map.vals.insert(i, default);
                i
            }
        };
        &mut e.map.vals[i]
    }
    pub fn key(&self) -> &K {
        match self.at {
            Ok(i) => &self.map.keys[i],
            Err(_) => self.key.as_ref().unwrap(),
        }
    }
}
impl<'a, K: Ord, V: Default> BTreeEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert(V::default())
    }
}
/// `map[k]` with `k: &&K` (a key from `keys().collect::<Vec<_>>().iter()`): rustc coerces
/// the index to `&K`.
impl<K: Ord, V> ops::Index<&&K> for BTreeMap<K, V> {
    type Output = V;
    fn index(&self, k: &&K) -> &V {
        &self[*k]
    }
}
impl<K: Ord, V> ops::Index<&K> for BTreeMap<K, V> {
    type Output = V;
    fn index(&self, k: &K) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in BTreeMap"),
        }
    }
}
impl<V> ops::Index<&str> for BTreeMap<String, V> {
    type Output = V;
    fn index(&self, k: &str) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in BTreeMap"),
        }
    }
}
impl<V> ops::Index<&str> for BTreeMap<&str, V> {
    type Output = V;
    fn index(&self, k: &str) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => __panic_str("key not found in BTreeMap"),
        }
    }
}
impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        BTreeMap { keys: self.keys.clone(), vals: self.vals.clone() }
    }
}
impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, o: &BTreeMap<K, V>) -> bool {
        self.keys == o.keys && self.vals == o.vals
    }
}
impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __debug_map(&self.keys, &self.vals, f)
    }
}
impl<K, V> IntoIterator for BTreeMap<K, V> {
    type IntoIter = Zip<IntoIter<K>, IntoIter<V>>;
    fn into_iter(self) -> Zip<IntoIter<K>, IntoIter<V>> {
        self.keys.into_iter().zip(self.vals.into_iter())
    }
}
impl<K, V> IntoIterator for &BTreeMap<K, V> {
    type IntoIter = Zip<Iter<K>, Iter<V>>;
    fn into_iter(self) -> Zip<Iter<K>, Iter<V>> {
        self.iter()
    }
}
impl<K, V> IntoIterator for &mut BTreeMap<K, V> {
    type IntoIter = Zip<Iter<K>, IterMut<V>>;
    fn into_iter(self) -> Zip<Iter<K>, IterMut<V>> {
        self.iter_mut()
    }
}
impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<I: Iterator>(iter: I) -> BTreeMap<K, V> {
        let mut m = BTreeMap::new();
        let mut it = iter;
        while let Some((k, v)) = it.next() {
            m.insert(k, v);
        }
        m
    }
}

pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}
impl<T> BTreeSet<T> {
    pub fn new() -> BTreeSet<T> {
        BTreeSet { map: BTreeMap::new() }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn clear(&mut self) {
        self.map.clear()
    }
    pub fn iter(&self) -> Iter<T> {
        self.map.keys.iter()
    }
    pub fn first(&self) -> Option<&T> {
        self.map.keys.first()
    }
    pub fn last(&self) -> Option<&T> {
        self.map.keys.last()
    }
    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
impl<T: Ord> BTreeSet<T> {
    pub fn insert(&mut self, x: T) -> bool {
        match self.map.__search(&x) {
            Ok(_) => false,
            Err(i) => {
                self.map.keys.insert(i, x);
                self.map.vals.insert(i, ());
                true
            }
        }
    }
    pub fn contains<Q: Ord>(&self, x: &Q) -> bool
    where
        T: __Borrow<Q>,
    {
        self.map.contains_key(x)
    }
    pub fn get<Q: Ord>(&self, x: &Q) -> Option<&T>
    where
        T: __Borrow<Q>,
    {
        match self.map.__search(x) {
            Ok(i) => Some(&self.map.keys[i]),
            Err(_) => None,
        }
    }
    pub fn remove<Q: Ord>(&mut self, x: &Q) -> bool
    where
        T: __Borrow<Q>,
    {
        self.map.remove(x).is_some()
    }
    pub fn take<Q: Ord>(&mut self, x: &Q) -> Option<T>
    where
        T: __Borrow<Q>,
    {
        match self.map.remove_entry(x) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub fn range<R: ops::RangeBounds<T>>(&self, r: R) -> Iter<T> {
        let z = self.map.range(r);
        z.a
    }
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            let y: T = __ElemOf::__elem(x);
            self.insert(y);
        }
    }
    pub fn from<I: __AnyIterOf<T>>(items: I) -> BTreeSet<T> {
        let mut s = BTreeSet::new();
        let mut it = __AnyIterOf::__any_iter_of(items);
        while let Some(x) = it.next() {
            s.insert(x);
        }
        s
    }
    pub fn is_subset(&self, o: &BTreeSet<T>) -> bool {
        for x in self.iter() {
            if !o.contains(x) {
                return false;
            }
        }
        true
    }
    pub fn is_superset(&self, o: &BTreeSet<T>) -> bool {
        o.is_subset(self)
    }
    pub fn is_disjoint(&self, o: &BTreeSet<T>) -> bool {
        for x in self.iter() {
            if o.contains(x) {
                return false;
            }
        }
        true
    }
    pub fn intersection<'a>(&'a self, o: &BTreeSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            if o.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
    pub fn difference<'a>(&'a self, o: &BTreeSet<T>) -> IntoIter<&'a T> {
        let mut v = Vec::new();
        for x in self.iter() {
            if !o.contains(x) {
                v.push(x);
            }
        }
        v.into_iter()
    }
    /// Both sets merged in order.
    pub fn union<'a>(&'a self, o: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        let (a, b) = (&self.map.keys, &o.map.keys);
        let (mut i, mut j) = (0, 0);
        let mut v = Vec::new();
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i] < b[j]) {
                v.push(&a[i]);
                i += 1;
            } else if i == a.len() || b[j] < a[i] {
                v.push(&b[j]);
                j += 1;
            } else {
                v.push(&a[i]);
                i += 1;
                j += 1;
            }
        }
        v.into_iter()
    }
    pub fn symmetric_difference<'a>(&'a self, o: &'a BTreeSet<T>) -> IntoIter<&'a T> {
        let (a, b) = (&self.map.keys, &o.map.keys);
        let (mut i, mut j) = (0, 0);
        let mut v = Vec::new();
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i] < b[j]) {
                v.push(&a[i]);
                i += 1;
            } else if i == a.len() || b[j] < a[i] {
                v.push(&b[j]);
                j += 1;
            } else {
                i += 1;
                j += 1;
            }
        }
        v.into_iter()
    }
}
impl<T: Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.clone() }
    }
}
impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, o: &BTreeSet<T>) -> bool {
        self.map.keys == o.map.keys
    }
}
impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}
impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        __debug_set(&self.map.keys, f)
    }
}
impl<T> IntoIterator for BTreeSet<T> {
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        self.map.keys.into_iter()
    }
}
impl<T> IntoIterator for &BTreeSet<T> {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.map.keys.iter()
    }
}
impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: Iterator>(iter: I) -> BTreeSet<T> {
        let mut s = BTreeSet::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            s.insert(x);
        }
        s
    }
}

/// Two stacks: `front` holds the first elements in reverse, `back` the rest in order.
pub struct VecDeque<T> {
    front: Vec<T>,
    back: Vec<T>,
}
impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { front: Vec::new(), back: Vec::new() }
    }
    pub fn with_capacity(n: usize) -> VecDeque<T> {
        VecDeque { front: Vec::new(), back: Vec::with_capacity(n) }
    }
    pub fn len(&self) -> usize {
        self.front.len() + self.back.len()
    }
    pub fn is_empty(&self) -> bool {
        self.front.is_empty() && self.back.is_empty()
    }
    pub fn clear(&mut self) {
        self.front.clear();
        self.back.clear();
    }
    pub fn push_back(&mut self, x: T) {
        self.back.push(x);
    }
    pub fn push_front(&mut self, x: T) {
        self.front.push(x);
    }
    /// Moves the first half of `back` to `front` (when `front` is empty).
    fn __refill_front(&mut self) {
        let k = (self.back.len() + 1) / 2;
        let rest = self.back.split_off(k);
        while let Some(x) = self.back.pop() {
            self.front.push(x);
        }
        self.back = rest;
    }
    /// Moves the last half of the elements (the bottom of `front`) to `back`.
    fn __refill_back(&mut self) {
        let k = (self.front.len() + 1) / 2;
        let top = self.front.split_off(k);
        while let Some(x) = self.front.pop() {
            self.back.push(x);
        }
        self.front = top;
    }
    pub fn pop_front(&mut self) -> Option<T> {
        if self.front.is_empty() {
            self.__refill_front();
        }
        self.front.pop()
    }
    pub fn pop_back(&mut self) -> Option<T> {
        if self.back.is_empty() {
            self.__refill_back();
        }
        self.back.pop()
    }
    pub fn get(&self, i: usize) -> Option<&T> {
        let f = self.front.len();
        if i < f { self.front.get(f - 1 - i) } else { self.back.get(i - f) }
    }
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        let f = self.front.len();
        if i < f { self.front.get_mut(f - 1 - i) } else { self.back.get_mut(i - f) }
    }
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }
    pub fn back(&self) -> Option<&T> {
        match self.back.last() {
            Some(x) => Some(x),
            None => self.front.first(),
        }
    }
    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }
    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.back.is_empty() { self.front.first_mut() } else { self.back.last_mut() }
    }
    pub fn iter(&self) -> Chain<Rev<Iter<T>>, Iter<T>> {
        self.front.iter().rev().chain(self.back.iter())
    }
    pub fn iter_mut(&mut self) -> Chain<Rev<IterMut<T>>, IterMut<T>> {
        self.front.iter_mut().rev().chain(self.back.iter_mut())
    }
    pub fn swap(&mut self, i: usize, j: usize) {
        let f = self.front.len();
        if i < f && j < f {
            self.front.swap(f - 1 - i, f - 1 - j);
        } else if i >= f && j >= f {
            self.back.swap(i - f, j - f);
        } else {
            let (a, b) = if i < f { (i, j) } else { (j, i) };
            mem::swap(&mut self.front[f - 1 - a], &mut self.back[b - f]);
        }
    }
    pub fn truncate(&mut self, n: usize) {
        while self.len() > n {
            self.pop_back();
        }
    }
    pub fn make_contiguous(&mut self) -> &mut [T] {
        while let Some(x) = self.front.pop() {
            self.back.insert(0, x);
        }
        self.back.as_mut_slice()
    }
    pub fn append(&mut self, o: &mut VecDeque<T>) {
        while let Some(x) = o.pop_front() {
            self.push_back(x);
        }
    }
    pub fn rotate_left(&mut self, n: usize) {
        let mut k = 0;
        while k < n {
            let x = self.pop_front().unwrap();
            self.push_back(x);
            k += 1;
        }
    }
    pub fn rotate_right(&mut self, n: usize) {
        let mut k = 0;
        while k < n {
            let x = self.pop_back().unwrap();
            self.push_front(x);
            k += 1;
        }
    }
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            let y: T = __ElemOf::__elem(x);
            self.back.push(y);
        }
    }
    pub fn from<I: __AnyIterOf<T>>(items: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        let mut it = __AnyIterOf::__any_iter_of(items);
        while let Some(x) = it.next() {
            d.back.push(x);
        }
        d
    }
}
impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, x: &T) -> bool {
        self.front.contains(x) || self.back.contains(x)
    }
}
impl<T> ops::Index<usize> for VecDeque<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(x) => x,
            None => __panic_str("Out of bounds access"),
        }
    }
}
impl<T> ops::IndexMut<usize> for VecDeque<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        match self.get_mut(i) {
            Some(x) => x,
            None => __panic_str("Out of bounds access"),
        }
    }
}
impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        VecDeque { front: self.front.clone(), back: self.back.clone() }
    }
}
impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, o: &VecDeque<T>) -> bool {
        if self.len() != o.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self.get(i) != o.get(i) {
                return false;
            }
            i += 1;
        }
        true
    }
}
impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}
impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.buf.push('[');
        let mut i = 0;
        while i < self.len() {
            f.debug_list_item(i == 0, self.get(i).unwrap());
            i += 1;
        }
        f.buf.push(']');
        Ok(())
    }
}
impl<T> IntoIterator for VecDeque<T> {
    type IntoIter = Chain<Rev<IntoIter<T>>, IntoIter<T>>;
    fn into_iter(self) -> Chain<Rev<IntoIter<T>>, IntoIter<T>> {
        self.front.into_iter().rev().chain(self.back.into_iter())
    }
}
impl<T> IntoIterator for &VecDeque<T> {
    type IntoIter = Chain<Rev<Iter<T>>, Iter<T>>;
    fn into_iter(self) -> Chain<Rev<Iter<T>>, Iter<T>> {
        self.iter()
    }
}
impl<T> IntoIterator for &mut VecDeque<T> {
    type IntoIter = Chain<Rev<IterMut<T>>, IterMut<T>>;
    fn into_iter(self) -> Chain<Rev<IterMut<T>>, IterMut<T>> {
        self.iter_mut()
    }
}
impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: Iterator>(iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            d.back.push(x);
        }
        d
    }
}

/// std's binary max-heap on a Vec (the same sift operations, so the same layout).
pub struct BinaryHeap<T> {
    data: Vec<T>,
}
impl<T> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }
    pub fn with_capacity(n: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(n) }
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
    pub fn clear(&mut self) {
        self.data.clear()
    }
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }
    pub fn iter(&self) -> Iter<T> {
        self.data.iter()
    }
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }
    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }
}
impl<T: Ord> BinaryHeap<T> {
    fn __sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut pos = pos;
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }
    fn __sift_down_range(&mut self, pos: usize, end: usize) {
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child + 1 < end {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
        }
    }
    fn __sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child + 1 < end {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end {
            self.data.swap(pos, child);
            pos = child;
        }
        self.__sift_up(start, pos);
    }
    fn __rebuild(&mut self) {
        let mut n = self.data.len() / 2;
        while n > 0 {
            n -= 1;
            let end = self.data.len();
            self.__sift_down_range(n, end);
        }
    }
    pub fn push(&mut self, x: T) {
        let old = self.data.len();
        self.data.push(x);
        self.__sift_up(0, old);
    }
    pub fn pop(&mut self) -> Option<T> {
        match self.data.pop() {
            None => None,
            Some(item) => {
                if self.data.is_empty() {
                    return Some(item);
                }
                let top = mem::replace(&mut self.data[0], item);
                self.__sift_down_to_bottom(0);
                Some(top)
            }
        }
    }
    pub fn into_sorted_vec(self) -> Vec<T> {
        let mut h = self;
        let mut end = h.data.len();
        while end > 1 {
            end -= 1;
            h.data.swap(0, end);
            h.__sift_down_range(0, end);
        }
        h.data
    }
    pub fn extend<I: __AnyIter>(&mut self, iter: I) {
        let mut it = iter.__any_iter();
        while let Some(x) = it.next() {
            let y: T = __ElemOf::__elem(x);
            self.push(y);
        }
    }
    pub fn from(v: Vec<T>) -> BinaryHeap<T> {
        let mut h = BinaryHeap { data: v };
        h.__rebuild();
        h
    }
}
impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}
impl<T> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}
impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.data.as_slice(), f)
    }
}
impl<T> IntoIterator for BinaryHeap<T> {
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        self.data.into_iter()
    }
}
impl<T> IntoIterator for &BinaryHeap<T> {
    type IntoIter = Iter<T>;
    fn into_iter(self) -> Iter<T> {
        self.data.iter()
    }
}
impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: Iterator>(iter: I) -> BinaryHeap<T> {
        let mut v = Vec::new();
        let mut it = iter;
        while let Some(x) = it.next() {
            v.push(x);
        }
        BinaryHeap::from(v)
    }
}

pub mod collections {
    pub use super::BTreeMap;
    pub use super::BTreeSet;
    pub use super::BinaryHeap;
    pub use super::HashMap;
    pub use super::HashSet;
    pub use super::VecDeque;
    pub mod hash_map {
        pub use super::super::Entry;
        pub use super::super::HashMap;
        pub use super::super::hash::DefaultHasher;
    }
    pub mod hash_set {
        pub use super::super::HashSet;
    }
    pub mod btree_map {
        pub use super::super::BTreeEntry as Entry;
        pub use super::super::BTreeMap;
    }
    pub mod btree_set {
        pub use super::super::BTreeSet;
    }
    pub mod vec_deque {
        pub use super::super::VecDeque;
    }
    pub mod binary_heap {
        pub use super::super::BinaryHeap;
    }
}
