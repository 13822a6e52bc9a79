// covers: a generic struct built with a struct literal holding a closure (parameter types from the struct's Fn bound), a memoising cache calling its closure through a field, closures with early return and loops inside, closures capturing a moved Vec, iterator sources from closures (std::iter::from_fn, successors, repeat_with), HashMap::retain and values().map
use std::collections::HashMap;

struct Memo<F: Fn(u64) -> u64> {
    f: F,
    cache: HashMap<u64, u64>,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Memo<F> {
    fn get(&mut self, n: u64) -> u64 {
        if let Some(v) = self.cache.get(&n) {
            return *v;
        }
        self.misses += 1;
        let v = (self.f)(n);
        self.cache.insert(n, v);
        v
    }
}

struct Validator<P> {
    name: &'static str,
    check: P,
}

fn run_all<P: Fn(&str) -> bool>(vs: &[Validator<P>], input: &str) -> Vec<&'static str> {
    vs.iter().filter(|v| !(v.check)(input)).map(|v| v.name).collect()
}

fn main() {
    let mut m = Memo { f: |n| (1..=n).product(), cache: HashMap::new(), misses: 0 };
    println!("{} {} {} misses={}", m.get(5), m.get(10), m.get(5), m.misses);

    let first_dup = |xs: &[i32]| -> Option<i32> {
        for (i, x) in xs.iter().enumerate() {
            if xs[..i].contains(x) {
                return Some(*x);
            }
        }
        None
    };
    println!("{:?} {:?}", first_dup(&[3, 1, 4, 1, 5]), first_dup(&[1, 2, 3]));
    let collatz_len = |mut n: u64| {
        let mut steps = 0;
        loop {
            if n == 1 {
                break steps;
            }
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
    };
    let best = (1..30u64).max_by_key(|&n| collatz_len(n)).unwrap();
    println!("longest collatz under 30: {} ({} steps)", best, collatz_len(best));

    let owned = vec![10, 20, 30];
    let total_of = move |extra: i32| owned.iter().sum::<i32>() + extra;
    println!("{} {}", total_of(1), total_of(2));

    let mut count = 0;
    let counter = std::iter::from_fn(|| {
        count += 1;
        if count <= 5 { Some(count * count) } else { None }
    });
    println!("{:?}", counter.collect::<Vec<i32>>());
    let powers: Vec<u32> = std::iter::successors(Some(1u32), |&x| if x < 500 { Some(x * 3) } else { None }).collect();
    println!("{:?}", powers);
    let mut seed = 7u32;
    let noise: Vec<u32> = std::iter::repeat_with(|| {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345) % 1000;
        seed
    }).take(4).collect();
    println!("{:?}", noise);

    let mut stock: HashMap<&str, i32> = HashMap::new();
    for (k, v) in [("apple", 3), ("pear", 0), ("plum", 7), ("fig", 0)] {
        stock.insert(k, v);
    }
    stock.retain(|_, v| *v > 0);
    let mut left: Vec<(&str, i32)> = stock.iter().map(|(k, v)| (*k, *v)).collect();
    left.sort();
    println!("{:?} total {}", left, stock.values().map(|v| *v as i64).sum::<i64>());

    let vs: Vec<Validator<_>> = [("short", 3), ("long", 6)].iter().map(|&(name, n)| Validator { name, check: move |s: &str| s.len() >= n }).collect();
    println!("{:?} {:?}", run_all(&vs, "abc"), run_all(&vs, "abcdefg"));
}
