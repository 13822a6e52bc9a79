// covers: operator overloading impl Add/Sub/Mul/Neg/AddAssign/MulAssign for Vec2 and Complex structs, Mul<f64> for Vec2 (scalar), by-value self methods on Copy struct, derive Copy/Clone/PartialEq/Debug, impl Display with {:.3}, complex mandelbrot iteration count, Output associated type, generic sum over T: Add<Output = T> + Copy
use std::fmt;
use std::ops::{Add, AddAssign, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 { x: f64, y: f64 }

impl Add for Vec2 { type Output = Vec2; fn add(self, o: Vec2) -> Vec2 { Vec2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for Vec2 { type Output = Vec2; fn sub(self, o: Vec2) -> Vec2 { Vec2 { x: self.x - o.x, y: self.y - o.y } } }
impl Neg for Vec2 { type Output = Vec2; fn neg(self) -> Vec2 { Vec2 { x: -self.x, y: -self.y } } }
impl Mul<f64> for Vec2 { type Output = Vec2; fn mul(self, k: f64) -> Vec2 { Vec2 { x: self.x * k, y: self.y * k } } }
impl Vec2 { fn dot(self, o: Vec2) -> f64 { self.x * o.x + self.y * o.y } }
impl AddAssign for Vec2 { fn add_assign(&mut self, o: Vec2) { self.x += o.x; self.y += o.y; } }
impl MulAssign<f64> for Vec2 { fn mul_assign(&mut self, k: f64) { self.x *= k; self.y *= k; } }
impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({:.3}, {:.3})", self.x, self.y) }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Complex { re: f64, im: f64 }

impl Add for Complex { type Output = Self; fn add(self, o: Self) -> Self { Complex { re: self.re + o.re, im: self.im + o.im } } }
impl Sub for Complex { type Output = Self; fn sub(self, o: Self) -> Self { Complex { re: self.re - o.re, im: self.im - o.im } } }
impl Mul for Complex {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }
}
impl Neg for Complex { type Output = Complex; fn neg(self) -> Complex { Complex { re: -self.re, im: -self.im } } }
impl Complex {
    fn norm_sqr(&self) -> f64 { self.re * self.re + self.im * self.im }
}
impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.im < 0.0 { write!(f, "{}-{}i", self.re, -self.im) } else { write!(f, "{}+{}i", self.re, self.im) }
    }
}

fn mandel(c: Complex, limit: u32) -> u32 {
    let mut z = Complex { re: 0.0, im: 0.0 };
    for i in 0..limit {
        if z.norm_sqr() > 4.0 { return i; }
        z = z * z + c;
    }
    limit
}

fn sum_all<T: Add<Output = T> + Copy>(xs: &[T], zero: T) -> T {
    let mut acc = zero;
    for &x in xs { acc = acc + x; }
    acc
}

fn main() {
    let a = Vec2 { x: 1.5, y: -2.0 };
    let b = Vec2 { x: 0.25, y: 4.0 };
    println!("{} {} {} {}", a + b, a - b, -a, a * 2.0);
    println!("{} dot={}", b * 0.5, a.dot(b));
    let mut p = Vec2 { x: 0.0, y: 0.0 };
    let v = Vec2 { x: 1.0, y: 0.5 };
    for _ in 0..4 { p += v; p *= 1.1; }
    println!("{} {:?}", p, p == p);
    p.y = 9.0;
    p.x += 1.0;
    println!("p.x={:.2} p.y={}", p.x, p.y);
    println!("sum {}", sum_all(&[a, b, v], Vec2 { x: 0.0, y: 0.0 }));
    println!("sum {}", sum_all(&[1, 2, 3, 4], 0));
    let i = Complex { re: 0.0, im: 1.0 };
    println!("i*i = {}  -i = {}  (1+i)*(1-i) = {}", i * i, -i, (Complex { re: 1.0, im: 1.0 }) * (Complex { re: 1.0, im: -1.0 }));
    println!("{:?}", Complex { re: 3.0, im: 4.0 } - i);
    for row in 0..11 {
        let mut line = String::new();
        for col in 0..32 {
            let c = Complex { re: -2.1 + col as f64 * 0.085, im: -1.2 + row as f64 * 0.24 };
            let n = mandel(c, 50);
            line.push(if n >= 50 { '#' } else if n > 10 { '+' } else if n > 4 { '.' } else { ' ' });
        }
        println!("|{}|", line);
    }
}
