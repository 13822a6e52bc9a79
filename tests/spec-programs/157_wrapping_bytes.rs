// covers: std::num::Wrapping<u32>/<u64>/<i8> arithmetic (+ - * / % ^ & | ! neg << >>) and compound assignments (+= ^= <<= ...) wrapping, Display/Debug/LowerHex of Wrapping, a djb2 and an FNV-1a hash over Wrapping; to_le_bytes/to_be_bytes/from_le_bytes/from_be_bytes on u16/u32/i32/u64/i64; compound ^= |= &= %= <<= >>= on a user type through the *Assign traits
use std::fmt;
use std::num::Wrapping;
use std::ops::{BitXorAssign, RemAssign, ShlAssign};

fn djb2(s: &str) -> Wrapping<u32> {
    let mut h = Wrapping(5381u32);
    for b in s.bytes() {
        h = (h << 5) + h + Wrapping(b as u32);
    }
    h
}

fn fnv1a(data: &[u8]) -> u64 {
    let mut h = Wrapping(0xcbf2_9ce4_8422_2325u64);
    for &b in data {
        h ^= Wrapping(b as u64);
        h *= Wrapping(0x100_0000_01b3);
    }
    h.0
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Bits(u16);

impl BitXorAssign for Bits {
    fn bitxor_assign(&mut self, o: Bits) {
        self.0 ^= o.0;
    }
}
impl RemAssign<u16> for Bits {
    fn rem_assign(&mut self, m: u16) {
        self.0 %= m;
    }
}
impl ShlAssign<u32> for Bits {
    fn shl_assign(&mut self, n: u32) {
        self.0 = self.0.rotate_left(n);
    }
}
impl fmt::Display for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:016b}", self.0)
    }
}

fn main() {
    let a = Wrapping(250u8);
    let b = Wrapping(10u8);
    println!("{} {} {} {} {}", a + b, b - a, a * b, a / b, a % b);
    println!("{} {} {} {} {}", a ^ b, a & b, a | b, !a, -Wrapping(5i8));
    let mut c = Wrapping(i32::MAX);
    c += Wrapping(1);
    let mut d = Wrapping(1u64);
    d <<= 63;
    d >>= 3;
    let mut e = Wrapping(0xf0u8);
    e &= Wrapping(0x3c);
    e |= Wrapping(0x01);
    println!("{} {} {:?} {:x} {}", c, d, e, e, Wrapping(7u16) << 15);
    println!("{} {} {:016x}", djb2("hello"), djb2(""), fnv1a(b"pyrite"));

    let x: u32 = 0x1234_5678;
    println!("{:?} {:?}", x.to_le_bytes(), x.to_be_bytes());
    println!("{:x} {:x}", u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]), u32::from_be_bytes([0xde, 0xad, 0xbe, 0xef]));
    println!("{:?} {} {}", (-2i32).to_be_bytes(), i32::from_le_bytes([0xfe, 0xff, 0xff, 0xff]), u16::from_be_bytes([1, 2]));
    let big = 0x0102_0304_0506_0708u64;
    println!("{:?} {} {}", big.to_le_bytes(), u64::from_be_bytes(big.to_be_bytes()) == big, i64::from_le_bytes((-1i64).to_le_bytes()));

    let mut bits = Bits(0b1010_0000_0000_0001);
    bits ^= Bits(0xff);
    println!("{}", bits);
    bits <<= 4;
    println!("{}", bits);
    bits %= 1000;
    println!("{} {:?}", bits, bits);
}
