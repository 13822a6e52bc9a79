// covers: custom Iterator structs (Fibonacci stopping on checked_add overflow via ?, incremental Primes with labelled continue, Collatz, a borrowing Pairs<'a, T> with type Item = (&'a T, &'a T)) used with take/skip/step_by/zip/chain/enumerate/nth/last/count/max/sum/product/collect, while let over next(), blanket extension traits over iterators
struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let n = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = n;
        Some(r)
    }
}
fn fib() -> Fib { Fib { a: 0, b: 1 } }

struct Primes { found: Vec<u32>, cur: u32 }
impl Primes { fn new() -> Self { Primes { found: Vec::new(), cur: 1 } } }
impl Iterator for Primes {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        'search: loop {
            self.cur += 1;
            for &p in &self.found {
                if p * p > self.cur { break; }
                if self.cur % p == 0 { continue 'search; }
            }
            self.found.push(self.cur);
            return Some(self.cur);
        }
    }
}

struct Collatz(u64);
impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 { return None; }
        let v = self.0;
        self.0 = if v == 1 { 0 } else if v % 2 == 0 { v / 2 } else { 3 * v + 1 };
        Some(v)
    }
}

struct Pairs<'a, T> { items: &'a [T], i: usize }
impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);
    fn next(&mut self) -> Option<Self::Item> {
        if self.i + 1 >= self.items.len() { return None; }
        let p = (&self.items[self.i], &self.items[self.i + 1]);
        self.i += 1;
        Some(p)
    }
}

fn main() {
    let first: Vec<u64> = fib().take(15).collect();
    println!("fib: {:?}", first);
    let s: u64 = fib().skip(10).step_by(3).take(5).sum();
    println!("sum of skip(10).step_by(3).take(5): {}", s);
    println!("fib terms before u64 overflow: {}", fib().count());
    println!("last u64 fib: {:?}", fib().last());
    println!("fib(50) = {:?}", fib().nth(50));

    let primes: Vec<u32> = Primes::new().take(20).collect();
    println!("primes: {:?}", primes);
    let zipped: Vec<(u32, u64)> = Primes::new().zip(fib().skip(1)).take(6).collect();
    println!("zip primes/fib: {:?}", zipped);
    let mut twins = Vec::new();
    let ps: Vec<u32> = Primes::new().take(60).collect();
    for (a, b) in (Pairs { items: &ps, i: 0 }) {
        if b - a == 2 { twins.push((*a, *b)); }
    }
    println!("twin primes: {} first {:?} last {:?}", twins.len(), twins.first(), twins.last());
    let p1000: u32 = Primes::new().nth(999).unwrap();
    println!("1000th prime: {}", p1000);
    let prod: u64 = Primes::new().take(10).map_u64().into_iter().product();
    println!("primorial(10) = {}", prod);

    let mut longest = (0u64, 0usize);
    for start in 1..30u64 {
        let len = Collatz(start).count();
        if len > longest.1 { longest = (start, len); }
    }
    println!("longest collatz under 30: {:?}", longest);
    let path: Vec<String> = Collatz(27).enumerate().skip(100).take(5).fmt_pairs();
    println!("collatz(27) steps 100..105: {}", path.join(" "));
    println!("max in collatz(27): {:?}", Collatz(27).max());
    let chained: Vec<u64> = Collatz(6).chain(Collatz(7).skip(10)).collect();
    println!("chain: {:?}", chained);
    let mut it = fib().skip(5);
    while let Some(x) = it.next() {
        if x > 100 { println!("first fib over 100: {}", x); break; }
    }
}

trait MapU64 { fn map_u64(self) -> Vec<u64>; }
impl<I: Iterator<Item = u32>> MapU64 for I {
    fn map_u64(self) -> Vec<u64> {
        let mut v = Vec::new();
        for x in self { v.push(x as u64); }
        v
    }
}
trait FmtPairs { fn fmt_pairs(self) -> Vec<String>; }
impl<I: Iterator<Item = (usize, u64)>> FmtPairs for I {
    fn fmt_pairs(self) -> Vec<String> {
        let mut v = Vec::new();
        for (i, x) in self { v.push(format!("{}:{}", i, x)); }
        v
    }
}
