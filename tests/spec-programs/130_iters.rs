// covers: iterator adaptors without closures: zip/enumerate/rev/skip/take/step_by/chain/peekable/sum/product/max/min/count/last/nth/next_back, user Iterator impls
struct Countdown { n: u32 }
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 { None } else { self.n -= 1; Some(self.n + 1) }
    }
}

struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    let v = vec![3i64, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let w = [10i64, 20, 30];
    let total: i64 = v.iter().sum();
    let prod: i64 = v.iter().take(5).product();
    println!("sum={} prod={} max={:?} min={:?} count={}", total, prod, v.iter().max(), v.iter().min(), v.iter().count());
    println!("last={:?} nth3={:?} nth99={:?}", v.iter().last(), v.iter().nth(3), v.iter().nth(99));
    for (i, (a, b)) in v.iter().zip(w.iter()).enumerate() { print!("{}:{}*{}={} ", i, a, b, a * b); }
    println!();
    let picked: Vec<i64> = v.iter().copied().rev().skip(1).step_by(3).collect();
    println!("{:?}", picked);
    let chained: Vec<i64> = w.iter().chain(v.iter().take(2)).cloned().collect();
    println!("{:?}", chained);
    let mut it = v.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut len = 1;
        while let Some(&&y) = it.peek() {
            if y > x { break; }
            len += 1;
            it.next();
        }
        runs.push((x, len));
    }
    println!("runs {:?}", runs);
    let cd: Vec<u32> = Countdown { n: 5 }.collect();
    let cds: u32 = Countdown { n: 10 }.skip(2).step_by(2).sum();
    println!("{:?} {} {:?}", cd, cds, Countdown { n: 4 }.zip(Countdown { n: 2 }).last());
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.skip(10).take(5).collect();
    println!("{:?} {:?}", fibs, Fib { a: 0, b: 1 }.nth(50));
    let mut evens = 0;
    for x in (Fib { a: 0, b: 1 }).take(30) { if x % 2 == 0 { evens += 1; } }
    println!("evens {}", evens);
    let s: String = "hello world".chars().rev().skip(2).collect();
    println!("{} {:?}", s, "abc".chars().zip("xyz".chars().rev()).collect::<Vec<(char, char)>>());
    let mut back = [1, 2, 3, 4, 5].iter();
    println!("{:?} {:?} {:?}", back.next_back(), back.next(), back.next_back());
    let f: f64 = [0.5f64, 1.5, 2.0].iter().sum();
    let fp: f64 = [0.5f64, 1.5, 2.0].iter().product();
    println!("{} {} {}", f, fp, (1..=20u64).product::<u64>());
    println!("{}", (1..=100).rev().step_by(7).take(4).count());
}
