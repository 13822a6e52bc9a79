// covers: generic LRU cache over Vec<(K, V)> with K: PartialEq + Clone + Debug, recency by remove-and-push, eviction list, hit/miss statistics and {:.3} rate, memoised computation with wrapping_add, split_at on &str commands, tuple keys and Vec values, Option<V> results printed with {:<8} via format!
// with hit/miss statistics, and a memoised computation that uses it.
use std::fmt::Debug;

struct LruCache<K, V> {
    cap: usize,
    entries: Vec<(K, V)>,
    hits: u32,
    misses: u32,
    evicted: Vec<K>,
}

impl<K: PartialEq + Clone + Debug, V: Clone + Debug> LruCache<K, V> {
    fn with_capacity(cap: usize) -> Self {
        assert!(cap > 0, "capacity must be positive");
        LruCache { cap, entries: Vec::with_capacity(cap), hits: 0, misses: 0, evicted: vec![] }
    }

    fn position(&self, k: &K) -> Option<usize> {
        for (i, (key, _)) in self.entries.iter().enumerate() {
            if key == k {
                return Some(i);
            }
        }
        None
    }

    fn get(&mut self, k: &K) -> Option<V> {
        match self.position(k) {
            Some(i) => {
                self.hits += 1;
                let e = self.entries.remove(i);
                let v = e.1.clone();
                self.entries.push(e);
                Some(v)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, k: K, v: V) -> Option<V> {
        if let Some(i) = self.position(&k) {
            let (_, old) = self.entries.remove(i);
            self.entries.push((k, v));
            return Some(old);
        }
        if self.entries.len() == self.cap {
            let (old_k, _) = self.entries.remove(0);
            self.evicted.push(old_k);
        }
        self.entries.push((k, v));
        None
    }

    fn keys(&self) -> Vec<K> {
        let mut ks = Vec::new();
        for (k, _) in &self.entries {
            ks.push(k.clone());
        }
        ks
    }

    fn hit_rate(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 { 0.0 } else { self.hits as f64 / total as f64 }
    }
}

fn slow_square_sum(n: u64) -> u64 {
    let mut s = 0u64;
    for i in 1..=n { s = s.wrapping_add(i * i); }
    s
}

fn cached_square_sum(cache: &mut LruCache<u64, u64>, n: u64) -> u64 {
    if let Some(v) = cache.get(&n) {
        return v;
    }
    let v = slow_square_sum(n);
    cache.put(n, v);
    v
}

fn main() {
    let mut c: LruCache<String, usize> = LruCache::with_capacity(3);
    let ops = ["put a", "put b", "get a", "put c", "put d", "get b", "get c", "put a", "get a", "put e", "get d", "get c"];
    for (i, op) in ops.iter().enumerate() {
        let (cmd, key) = op.split_at(3);
        let key = key.trim().to_string();
        let res = if cmd == "put" { format!("{:?}", c.put(key, i)) } else { format!("{:?}", c.get(&key)) };
        println!("{:<6} -> {:<8} keys={:?}", op, res, c.keys());
    }
    println!("hits={} misses={} rate={:.3} evicted={:?}", c.hits, c.misses, c.hit_rate(), c.evicted);

    let mut sq: LruCache<u64, u64> = LruCache::with_capacity(4);
    let queries = [10u64, 20, 10, 30, 40, 50, 10, 20, 20, 1000, 10];
    let mut total = 0u64;
    for &q in queries.iter() {
        total = total.wrapping_add(cached_square_sum(&mut sq, q));
    }
    println!("total={} hits={} misses={} keys={:?} evicted={:?}", total, sq.hits, sq.misses, sq.keys(), sq.evicted);

    let mut pairs: LruCache<(i32, char), Vec<u8>> = LruCache::with_capacity(2);
    pairs.put((1, 'x'), vec![1, 2]);
    pairs.put((2, 'y'), vec![]);
    println!("{:?}", pairs.get(&(1, 'x')));
    pairs.put((3, 'z'), vec![9; 3]);
    println!("{:?} {:?} {:.2}", pairs.keys(), pairs.get(&(2, 'y')), pairs.hit_rate());
}
