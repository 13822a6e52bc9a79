// covers: functions with params, i64, u8, u32, u64, usize, plain + - * and unary - wrapping under -O (through function params to dodge the const lint), wrapping_sub, wrapping_add, wrapping_mul, checked_add, checked_mul, MAX/MIN constants, as casts between ints, int to f64 and f64 to int casts
fn add_i32(a: i32, b: i32) -> i32 {
    a + b
}

fn mul_i32(a: i32, b: i32) -> i32 {
    a * b
}

fn sub_u32(a: u32, b: u32) -> u32 {
    a - b
}

fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}

fn neg_i64(a: i64) -> i64 {
    -a
}

fn main() {
    let big: i64 = 3_000_000_000;
    println!("big*3 = {}", big * 3);
    println!("i64::MAX = {}", i64::MAX);
    println!("i64::MIN = {}", i64::MIN);
    println!("i32::MAX = {}", i32::MAX);
    println!("u32::MAX = {}", u32::MAX);
    println!("u64::MAX = {}", u64::MAX);
    println!("u8::MAX = {}", u8::MAX);

    // wrapping helpers
    let m: i32 = i32::MAX;
    println!("wrapping_add: {}", m.wrapping_add(1));
    println!("wrapping_mul: {}", m.wrapping_mul(3));
    let u: u8 = 250;
    println!("u8 wrapping_add: {}", u.wrapping_add(10));
    println!("u32 wrapping_sub: {}", 3u32.wrapping_sub(5));

    // checked helpers (Option results consumed without match)
    println!("checked_add none? {}", m.checked_add(1).is_none());
    println!("checked_mul {}", 1000i32.checked_mul(1000).unwrap_or(-1));
    println!("checked_mul {}", 100000i32.checked_mul(100000).unwrap_or(-1));
    println!("checked u64 some? {}", u64::MAX.checked_add(1).is_some());
    println!("checked u64 {}", 5u64.checked_add(7).unwrap_or(0));

    // plain operators wrap under -O (overflow checks are off)
    println!("plain add wraps: {}", add_i32(i32::MAX, 1));
    println!("plain mul wraps: {}", mul_i32(65536, 65536 + 3));
    println!("plain sub wraps u32: {}", sub_u32(3, 10));
    println!("plain add wraps u8: {}", add_u8(200, 100));
    println!("plain neg wraps: {}", neg_i64(i64::MIN));

    // a hash that relies on wrapping multiplication
    let mut h: u64 = 14695981039346656037;
    for b in 0u64..20 {
        h ^= b;
        h = h.wrapping_mul(1099511628211);
    }
    println!("fnv = {}", h);
    let mut h32: u32 = 2166136261;
    for b in 0u32..20 {
        h32 ^= b;
        h32 = h32.wrapping_mul(16777619);
    }
    println!("fnv32 = {}", h32);

    // casts
    let n: i32 = -1;
    println!("-1 as u32 = {}", n as u32);
    println!("-1 as u8 = {}", n as u8);
    println!("-1 as i64 = {}", n as i64);
    println!("-1 as u64 = {}", n as u64);
    println!("300 as u8 = {}", 300i32 as u8);
    println!("200u8 as i8 = {}", 200u8 as i8);
    println!("u64::MAX as i32 = {}", u64::MAX as i32);
    println!("5000000000 as i32 = {}", 5_000_000_000i64 as i32);
    let idx: usize = 7;
    println!("usize {} as i32 {}", idx, idx as i32 * -2);
    println!("i32 as f64 = {}", 7i32 as f64 / 2.0);
    println!("f64 as i32 = {}", 7.9f64 as i32);
    println!("neg f64 as i32 = {}", -7.9f64 as i32);
    println!("f64 as u8 (saturating) = {}", 300.5f64 as u8);
    println!("neg f64 as u32 (saturating) = {}", -5.0f64 as u32);
    println!("u8 sum as u32 = {}", (200u8 as u32) + (100u8 as u32));

    // unsigned arithmetic
    let a: u32 = 4_000_000_000;
    let b: u32 = 500_000_000;
    println!("u32 wrap add = {}", a.wrapping_add(b));
    let mut acc: u64 = 1;
    for i in 1u64..=20 {
        acc *= i;
    }
    println!("20! = {}", acc);
    let mut w: i64 = 1;
    for i in 1i64..=25 {
        w = w.wrapping_mul(i);
    }
    println!("25! wrapped = {}", w);
    println!("u64 div = {} rem = {}", 1_000_000_007u64 / 13, 1_000_000_007u64 % 13);
}
