// covers: rational numbers with gcd normalisation, hand-written Ord/PartialOrd used by sort/max/min/dedup, Add/Sub/Mul/Div impls, Option-returning recip
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};

fn gcd(a: i64, b: i64) -> i64 { if b == 0 { a.abs() } else { gcd(b, a % b) } }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ratio { n: i64, d: i64 }

impl Ratio {
    fn new(n: i64, d: i64) -> Ratio {
        assert!(d != 0, "zero denominator");
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Ratio { n: s * n / g, d: s * d / g }
    }
    fn int(n: i64) -> Ratio { Ratio { n, d: 1 } }
    fn recip(self) -> Option<Ratio> { if self.n == 0 { None } else { Some(Ratio::new(self.d, self.n)) } }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Self) -> Ordering { (self.n * o.d).cmp(&(o.n * self.d)) }
}
impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) }
}
impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.d == 1 { write!(f, "{}", self.n) } else { write!(f, "{}/{}", self.n, self.d) }
    }
}
impl Add for Ratio { type Output = Ratio; fn add(self, o: Ratio) -> Ratio { Ratio::new(self.n * o.d + o.n * self.d, self.d * o.d) } }
impl Sub for Ratio { type Output = Ratio; fn sub(self, o: Ratio) -> Ratio { Ratio::new(self.n * o.d - o.n * self.d, self.d * o.d) } }
impl Mul for Ratio { type Output = Ratio; fn mul(self, o: Ratio) -> Ratio { Ratio::new(self.n * o.n, self.d * o.d) } }
impl Div for Ratio { type Output = Ratio; fn div(self, o: Ratio) -> Ratio { Ratio::new(self.n * o.d, self.d * o.n) } }

fn harmonic(n: i64) -> Ratio {
    let mut s = Ratio::int(0);
    for k in 1..=n { s = s + Ratio::new(1, k); }
    s
}

fn main() {
    let a = Ratio::new(6, -8);
    let b = Ratio::new(5, 12);
    println!("{} {} {} {} {} {}", a, b, a + b, a - b, a * b, a / b);
    println!("{:?}", a.recip());
    println!("{:?}", Ratio::int(0).recip());
    let mut v = vec![Ratio::new(1, 3), Ratio::new(-2, 5), Ratio::new(7, 21), Ratio::new(3, 4), Ratio::int(-1), Ratio::new(2, 3)];
    v.sort();
    let mut line = String::new();
    for r in &v { line += &format!("{} ", r); }
    println!("{}", line.trim_end());
    v.dedup();
    println!("{} unique, max {}, min {}", v.len(), v.iter().max().unwrap(), v.iter().min().unwrap());
    println!("{:?} {:?}", a.cmp(&b), b.partial_cmp(&a));
    println!("{} {}", a < b, Ratio::new(2, 4) == Ratio::new(-3, -6));
    for n in [1, 2, 5, 10] { println!("H({:>2}) = {:>12}", n, harmonic(n).to_string()); }
    let h = harmonic(10);
    println!("{:.6}", h.n as f64 / h.d as f64);
    println!("{:?}", std::cmp::max(a, b));
    let clamped = Ratio::new(9, 2).min(Ratio::int(3)).max(Ratio::int(0));
    println!("{}", clamped);
}
