// covers: big unsigned integers on Vec<u32> limbs in base 10^9: parse from decimal string chunks, add and schoolbook mul via impl Add/Mul for &BigUint, mul_small, divmod_small, hand-written PartialOrd with Ordering, Display with {:09} limb padding, factorial of 50, fib(300), u64::MAX limbs, derive(PartialEq, Eq) equality of results
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Mul};

const BASE: u64 = 1_000_000_000;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BigUint {
    limbs: Vec<u32>, // little-endian, base 10^9, no trailing zero limbs (except for zero itself)
}

impl BigUint {
    fn from_u64(mut n: u64) -> BigUint {
        let mut limbs = Vec::new();
        if n == 0 {
            limbs.push(0);
        }
        while n > 0 {
            limbs.push((n % BASE) as u32);
            n /= BASE;
        }
        BigUint { limbs }
    }

    fn parse(s: &str) -> Option<BigUint> {
        if s.is_empty() || !all_digits(s) {
            return None;
        }
        let bytes = s.as_bytes();
        let mut limbs = Vec::new();
        let mut end = bytes.len();
        while end > 0 {
            let start = if end >= 9 { end - 9 } else { 0 };
            let chunk = &s[start..end];
            limbs.push(chunk.parse::<u32>().ok()?);
            end = start;
        }
        let mut r = BigUint { limbs };
        r.trim();
        Some(r)
    }

    fn trim(&mut self) {
        while self.limbs.len() > 1 && *self.limbs.last().unwrap() == 0 {
            self.limbs.pop();
        }
    }

    fn mul_small(&self, m: u32) -> BigUint {
        let mut carry = 0u64;
        let mut limbs = Vec::with_capacity(self.limbs.len() + 1);
        for &l in &self.limbs {
            let cur = l as u64 * m as u64 + carry;
            limbs.push((cur % BASE) as u32);
            carry = cur / BASE;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
        let mut r = BigUint { limbs };
        r.trim();
        r
    }

    fn divmod_small(&self, d: u32) -> (BigUint, u32) {
        let mut rem = 0u64;
        let mut q = vec![0u32; self.limbs.len()];
        for i in (0..self.limbs.len()).rev() {
            let cur = rem * BASE + self.limbs[i] as u64;
            q[i] = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        let mut r = BigUint { limbs: q };
        r.trim();
        (r, rem as u32)
    }

    fn digit_sum(&self) -> u32 {
        let mut s = 0;
        for ch in self.to_string().chars() {
            s += ch.to_digit(10).unwrap();
        }
        s
    }
}

fn all_digits(s: &str) -> bool {
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return false;
        }
    }
    true
}

impl<'a> Add for &'a BigUint {
    type Output = BigUint;
    fn add(self, o: &BigUint) -> BigUint {
        let n = self.limbs.len().max(o.limbs.len());
        let mut limbs = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let a = *self.limbs.get(i).unwrap_or(&0) as u64;
            let b = *o.limbs.get(i).unwrap_or(&0) as u64;
            let s = a + b + carry;
            limbs.push((s % BASE) as u32);
            carry = s / BASE;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
        BigUint { limbs }
    }
}

impl<'a> Mul for &'a BigUint {
    type Output = BigUint;
    fn mul(self, o: &BigUint) -> BigUint {
        let mut acc = vec![0u64; self.limbs.len() + o.limbs.len() + 1];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.limbs.iter().enumerate() {
                let cur = acc[i + j] + a as u64 * b as u64 + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            let mut k = i + o.limbs.len();
            while carry > 0 {
                let cur = acc[k] + carry;
                acc[k] = cur % BASE;
                carry = cur / BASE;
                k += 1;
            }
        }
        let mut limbs = Vec::with_capacity(acc.len());
        for &x in acc.iter() {
            limbs.push(x as u32);
        }
        let mut r = BigUint { limbs };
        r.trim();
        r
    }
}

impl PartialOrd for BigUint {
    fn partial_cmp(&self, o: &BigUint) -> Option<Ordering> {
        if self.limbs.len() != o.limbs.len() {
            return Some(self.limbs.len().cmp(&o.limbs.len()));
        }
        for i in (0..self.limbs.len()).rev() {
            if self.limbs[i] != o.limbs[i] {
                return Some(self.limbs[i].cmp(&o.limbs[i]));
            }
        }
        Some(Ordering::Equal)
    }
}

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let last = self.limbs.len() - 1;
        write!(f, "{}", self.limbs[last])?;
        for i in (0..last).rev() {
            write!(f, "{:09}", self.limbs[i])?;
        }
        Ok(())
    }
}

fn factorial(n: u32) -> BigUint {
    let mut r = BigUint::from_u64(1);
    for k in 2..=n {
        r = r.mul_small(k);
    }
    r
}

fn main() {
    let f50 = factorial(50);
    println!("50! = {}", f50);
    println!("digits {} digit sum {}", f50.to_string().len(), f50.digit_sum());
    let (q, r) = f50.divmod_small(1_000_003);
    println!("50! / 1000003 = {} rem {}", q, r);
    let (mut a, mut b) = (BigUint::from_u64(0), BigUint::from_u64(1));
    for _ in 0..300 {
        let c = &a + &b;
        a = b;
        b = c;
    }
    println!("fib(300) = {}", a);
    let x = BigUint::parse("123456789012345678901234567890").unwrap();
    let y = BigUint::parse("987654321098765432109876543210").unwrap();
    println!("x*y = {}", &x * &y);
    println!("x+y = {}", &x + &y);
    println!("x<y {} x==x {} y>x {}", x < y, x == x.clone(), y > x);
    let sq = &f50 * &f50;
    println!("(50!)^2 has {} digits, equals 50!*50! via mul_small chain: {}", sq.to_string().len(), sq == { let mut t = f50.clone(); for k in 2..=50 { t = t.mul_small(k); } t });
    println!("parse bad: {:?} {:?}", BigUint::parse("12a"), BigUint::parse(""));
    println!("parse zeros: {} {:?}", BigUint::parse("000000000000000042").unwrap(), BigUint::from_u64(u64::MAX).limbs);
}
