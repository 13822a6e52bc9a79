// covers: generic LRU-ish cache Cache<K, V> with where clauses and trait bounds, trait impls for u32 and String, Display for generic struct, derive(Default) stats
use std::fmt::{self, Debug, Display};

trait Keyed { fn key(&self) -> u64; }

impl Keyed for u32 { fn key(&self) -> u64 { *self as u64 * 2654435761 % 97 } }
impl Keyed for String {
    fn key(&self) -> u64 {
        let mut h = 5381u64;
        for b in self.bytes() { h = h.wrapping_mul(33) ^ b as u64; }
        h
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Stats { hits: u32, misses: u32, evictions: u32 }

struct Cache<K, V> { slots: Vec<Option<(K, V, u64)>>, clock: u64, stats: Stats }

impl<K, V> Cache<K, V>
where
    K: Keyed + PartialEq + Clone + Debug,
    V: Clone + Display,
{
    fn with_slots(n: usize) -> Self {
        let mut slots = Vec::new();
        for _ in 0..n { slots.push(None); }
        Cache { slots, clock: 0, stats: Stats::default() }
    }
    fn get(&mut self, k: &K) -> Option<V> {
        self.clock += 1;
        let now = self.clock;
        for slot in self.slots.iter_mut() {
            if let Some((sk, v, t)) = slot {
                if sk == k { *t = now; self.stats.hits += 1; return Some(v.clone()); }
            }
        }
        self.stats.misses += 1;
        None
    }
    fn put(&mut self, k: K, v: V) {
        self.clock += 1;
        let mut victim = 0;
        let mut oldest = u64::MAX;
        for (i, slot) in self.slots.iter().enumerate() {
            match slot {
                None => { victim = i; oldest = 0; break; }
                Some((_, _, t)) if *t < oldest => { oldest = *t; victim = i; }
                Some(_) => {}
            }
        }
        if oldest != 0 { self.stats.evictions += 1; }
        self.slots[victim] = Some((k, v, self.clock));
    }
}

impl<K: Debug, V: Display> Display for Cache<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, s) in self.slots.iter().enumerate() {
            if i > 0 { write!(f, ", ")?; }
            match s { Some((k, v, t)) => write!(f, "{:?}={}@{}", k, v, t)?, None => write!(f, "_")? }
        }
        write!(f, "]")
    }
}

fn main() {
    let mut c: Cache<u32, String> = Cache::with_slots(3);
    for k in [1u32, 2, 3, 1, 4, 2, 5, 1, 1, 3] {
        let v = match c.get(&k) {
            Some(v) => v,
            None => { let v = format!("v{}", k * k); c.put(k, v.clone()); v }
        };
        println!("{:>2} -> {:<4} key={:>2} {}", k, v, k.key(), c);
    }
    println!("{:?}", c.stats);
    let mut c2: Cache<String, f64> = Cache::with_slots(2);
    for w in ["alpha", "beta", "alpha", "gamma", "beta"] {
        let k = w.to_string();
        let hit = c2.get(&k).is_some();
        if !hit { c2.put(k.clone(), w.len() as f64 / 2.0); }
        println!("{} {} {} {}", w, hit, k.key() % 1000, c2);
    }
    println!("{:?} {}", c2.stats, c2.stats == Stats { hits: 1, misses: 4, evictions: 2 });
}
