// covers: polynomial arithmetic with Add/Sub/Mul/Neg impls on &Poly, Horner eval, derivative, Display with match on (usize, i64) tuples
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Poly { c: Vec<i64> }

impl Poly {
    fn new(mut c: Vec<i64>) -> Self {
        while c.len() > 1 && *c.last().unwrap() == 0 { c.pop(); }
        if c.is_empty() { c.push(0); }
        Poly { c }
    }
    fn degree(&self) -> usize { self.c.len() - 1 }
    fn eval(&self, x: i64) -> i64 {
        let mut acc = 0i64;
        for &k in self.c.iter().rev() { acc = acc * x + k; }
        acc
    }
    fn derive(&self) -> Poly {
        let mut out = Vec::new();
        for (i, &k) in self.c.iter().enumerate().skip(1) { out.push(k * i as i64); }
        Poly::new(out)
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (i, &k) in self.c.iter().enumerate().rev() {
            if k == 0 && self.c.len() > 1 { continue; }
            let sign = if k < 0 { "-" } else if first { "" } else { "+" };
            if !first { write!(f, " {} ", sign)?; } else { write!(f, "{}", sign)?; }
            let a = k.abs();
            match (i, a) {
                (0, _) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "{}x", a)?,
                (_, 1) => write!(f, "x^{}", i)?,
                _ => write!(f, "{}x^{}", a, i)?,
            }
            first = false;
        }
        Ok(())
    }
}

impl Add for &Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.c.len().max(o.c.len());
        let mut v = vec![0; n];
        for i in 0..n {
            v[i] = self.c.get(i).copied().unwrap_or(0) + o.c.get(i).copied().unwrap_or(0);
        }
        Poly::new(v)
    }
}
impl Neg for &Poly {
    type Output = Poly;
    fn neg(self) -> Poly {
        let mut v = self.c.clone();
        for k in v.iter_mut() { *k = -*k; }
        Poly::new(v)
    }
}
impl Sub for &Poly {
    type Output = Poly;
    fn sub(self, o: &Poly) -> Poly { self + &(-o) }
}
impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut v = vec![0; self.c.len() + o.c.len() - 1];
        for (i, a) in self.c.iter().enumerate() {
            for (j, b) in o.c.iter().enumerate() { v[i + j] += a * b; }
        }
        Poly::new(v)
    }
}

fn main() {
    let p = Poly::new(vec![1, -3, 0, 2]);
    let q = Poly::new(vec![-1, 1]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p+q = {}", &p + &q);
    println!("p-p = {} (deg {})", &p - &p, (&p - &p).degree());
    let pq = &p * &q;
    println!("p*q = {} deg {}", pq, pq.degree());
    println!("p' = {}, p'' = {}", p.derive(), p.derive().derive());
    for x in -2..=2 { print!("{:>4}", pq.eval(x)); }
    println!();
    let mut pw = Poly::new(vec![1]);
    for _ in 0..5 { pw = &pw * &q; }
    println!("(x-1)^5 = {}", pw);
    println!("{:?}", Poly::new(vec![0, 0, 0]));
    println!("{}", Poly::new(vec![0, 1, 1, -1]) == Poly::new(vec![0, 1, 1, -1, 0, 0]));
}
