// covers: integer overflow wrapping under -O for i32/u8/u16/i64/u64/usize through function params, wrapping_*/checked_*/saturating_*/overflowing_* methods, checked_sub returning None, checked_div by zero, casts between u64/i64/u8/usize/i8/u16/i16/u32/i32 including truncation and sign extension, negative to unsigned casts, f64 to int saturating casts and NaN, leading_zeros/trailing_zeros/count_ones, pow, abs, rem_euclid, signum, MIN/MAX, shifts with wrapping_shl, printed values kept independent of usize width (32-bit targets)
fn add_u8(a: u8, b: u8) -> u8 { a + b }
fn sub_u32(a: u32, b: u32) -> u32 { a - b }
fn mul_i32(a: i32, b: i32) -> i32 { a * b }
fn neg_i64(a: i64) -> i64 { -a }
fn add_usize(a: usize, b: usize) -> usize { a + b }
fn mul_u64(a: u64, b: u64) -> u64 { a * b }
fn inc_i16(a: i16) -> i16 { a + 1 }

fn hash(s: &str) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

fn main() {
    println!("{} {} {}", add_u8(200, 100), sub_u32(3, 5), mul_i32(65536, 65536 + 3));
    println!("{} {} {}", neg_i64(i64::MIN), add_usize(usize::MAX, 2), mul_u64(u64::MAX / 3, 7));
    println!("{}", inc_i16(i16::MAX));
    println!("{:?} {:?} {:?}", 250u8.checked_add(5), 250u8.checked_add(6), 5u32.checked_sub(6));
    println!("{:?} {:?} {:?}", 10i32.checked_div(0), i32::MIN.checked_div(-1), 7i64.checked_mul(3));
    println!("{:?} {:?}", i32::MAX.checked_neg(), i32::MIN.checked_neg());
    println!("{} {} {}", 250u8.saturating_add(10), 5u8.saturating_sub(9), i32::MIN.saturating_sub(1));
    println!("{:?} {:?}", 255u8.overflowing_add(1), 100i8.overflowing_mul(2));
    println!("{} {} {}", (i8::MIN as i32).abs(), (-128i8).wrapping_neg(), 1u32.wrapping_shl(35));
    println!("{} {}", i64::MAX.wrapping_add(1) == i64::MIN, 0u16.wrapping_sub(1));

    let big: u64 = 0x1234_5678_9ABC_DEF0;
    println!("{} {} {} {}", big as u8, big as u16, big as u32, big as i32);
    let neg: i64 = -1;
    println!("{} {} {} {}", neg as u64, neg as u8, neg as u16, neg as i8);
    let x: i32 = -300;
    println!("{} {} {} {}", x as u8, x as i8, x as u16, x as i64);
    let y: u8 = 200;
    println!("{} {} {}", y as i8, y as i32, (y as i8) as i32);
    let u: u32 = 3_000_000_000;
    println!("{} {} {}", u as i32, u as i64, u as f64);
    let fs = [1e20, -1e20, 3.99, -3.99, f64::NAN, 255.5, -0.5];
    for f in fs.iter() {
        print!("[{} {} {} {}] ", *f as i32, *f as u8, *f as i64, *f as u64);
    }
    println!();
    println!("{} {} {}", (65u8 + 1) as char, 'z' as u8 - b'a', ('a' as u8 + 25) as char);
    println!("{} {} {} {}", 40u32.leading_zeros(), 40u32.trailing_zeros(), 0xF0F0u16.count_ones(), 0u64.leading_zeros());
    println!("{} {} {} {}", 3i64.pow(20), 2u32.pow(31), (-7i32).abs(), (-7i32).rem_euclid(3));
    println!("{} {} {} {}", -7 / 2, -7 % 2, 7 / -2, (-7i32).div_euclid(2));
    println!("{} {} {}", (-5i32).signum(), 0i32.signum(), i16::MIN);
    println!("{} {} {} {}", u8::MAX, i8::MIN, u64::MAX, usize::MAX as u8);
    println!("{:x} {:016x}", hash("hello"), hash(""));
    let mut acc: u32 = 1;
    for i in 0..40u32 {
        acc = acc.wrapping_mul(31).wrapping_add(i);
    }
    println!("acc={}", acc);
    let mut s: i32 = 0;
    for i in 0..100_000 {
        s = s.wrapping_add(i * i);
    }
    println!("s={}", s);
    let v: Vec<u8> = vec![1, 2, 3];
    let idx: i64 = 2;
    println!("{}", v[idx as usize]);
    println!("{}", (v.len() as i32 - 5) as usize > 1000);
}
