// covers: impl blocks and functions bounded by std::ops traits (Add<Output = T>, Mul<Output = T>, Sub, Neg, AddAssign, Rem, BitXor, Not) instantiated at primitive integers and floats and at a user type, T::Output in a signature, explicit a.add(b) on an i32, {:E} and {:>12.3E} on floats and integers, copy_from_slice and clone_from_slice, then a copy_from_slice length mismatch panic (exit 101)
use std::ops::{Add, AddAssign, BitXor, Mul, Neg, Not, Rem, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Poly<T> {
    coef: Vec<T>,
}

impl<T> Poly<T>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    fn at(&self, x: T) -> T {
        let mut acc = T::default();
        for i in (0..self.coef.len()).rev() {
            acc = acc * x + self.coef[i];
        }
        acc
    }
    fn times(&self, other: &Poly<T>) -> Poly<T> {
        let mut out = vec![T::default(); self.coef.len() + other.coef.len() - 1];
        for (i, &a) in self.coef.iter().enumerate() {
            for (j, &b) in other.coef.iter().enumerate() {
                out[i + j] = out[i + j] + a * b;
            }
        }
        Poly { coef: out }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Mod7(u32);

impl Add for Mod7 {
    type Output = Mod7;
    fn add(self, o: Mod7) -> Mod7 {
        Mod7((self.0 + o.0) % 7)
    }
}

impl Mul for Mod7 {
    type Output = Mod7;
    fn mul(self, o: Mod7) -> Mod7 {
        Mod7((self.0 * o.0) % 7)
    }
}

fn combine<T: Add>(a: T, b: T) -> T::Output {
    a + b
}

fn spread<T: Copy + PartialOrd + Sub<Output = T>>(xs: &[T]) -> Option<T> {
    let mut lo = *xs.first()?;
    let mut hi = lo;
    for &x in xs {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    Some(hi - lo)
}

fn accumulate<T: Copy + Default + AddAssign>(xs: &[T]) -> T {
    let mut t = T::default();
    for &x in xs {
        t += x;
    }
    t
}

fn flip_all<T: Copy + Neg<Output = T>>(xs: &mut [T]) {
    for x in xs.iter_mut() {
        *x = -*x;
    }
}

fn parity<T: Copy + Rem<Output = T> + PartialEq + From<u8>>(x: T) -> bool {
    x % T::from(2) == T::from(0)
}

fn mix<T: BitXor<Output = T> + Not<Output = T>>(a: T, b: T) -> T {
    !(a ^ b)
}

fn main() {
    let p = Poly { coef: vec![1, -2, 3] };
    let q = Poly { coef: vec![0.5, 0.25] };
    let m = Poly { coef: vec![Mod7(3), Mod7(5)] };
    println!("{} {} {:?}", p.at(2), q.at(4.0), m.at(Mod7(6)));
    println!("{:?}", p.times(&Poly { coef: vec![1, 1] }).coef);
    println!("{:?}", m.times(&m));
    println!("{} {} {:?} {}", combine(2, 3), combine(0.5, 0.25), combine(Mod7(4), Mod7(4)), 40i32.add(2));
    println!("{:?} {:?} {:?}", spread(&[3, 9, -4]), spread(&[1.5, 0.5]), spread::<u8>(&[]));
    println!("{} {}", accumulate(&[1u64, 2, 3]), accumulate(&[0.1f32, 0.2]));
    let mut ints = [1, -2, 3];
    let mut floats = vec![0.5, -1.25];
    flip_all(&mut ints);
    flip_all(&mut floats);
    println!("{:?} {:?} {} {} {}", ints, floats, parity(10u32), parity(7i64), mix(0b1100u8, 0b1010u8));
    println!("{:E} {:.2E} {:>12.3E}| {:E} {:E}", 1234.5f64, 0.000123, -98765.4321, 1200, 2.5f32);
    let mut dst = [0u8; 4];
    dst.copy_from_slice(&[1, 2, 3, 4]);
    let mut names = vec![String::new(); 2];
    names.clone_from_slice(&["a".to_string(), "b".to_string()]);
    dst[1..3].copy_from_slice(&[9, 9]);
    println!("{:?} {:?}", dst, names);
    let src = [7u8; 3];
    dst[..2].copy_from_slice(&src);
    println!("unreachable");
}
