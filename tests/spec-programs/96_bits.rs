// covers: bit manipulation: popcount naive/Kernighan/SWAR vs count_ones, leading/trailing zeros, gray code and its inverse, bit reversal of u8 by loop and u32 by masks + swap_bytes vs reverse_bits, next permutation with same popcount via wrapping ops, subset enumeration by masks, xor single-number, {:#018x} {:#010x} {:04b} {:08b}, rotate_left, is_power_of_two, next_power_of_two
fn popcount_naive(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 { n += (x & 1) as u32; x >>= 1; }
    n
}

fn popcount_kernighan(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 { x &= x - 1; n += 1; }
    n
}

fn popcount_swar(x: u64) -> u32 {
    let mut v = x - ((x >> 1) & 0x5555_5555_5555_5555);
    v = (v & 0x3333_3333_3333_3333) + ((v >> 2) & 0x3333_3333_3333_3333);
    v = (v + (v >> 4)) & 0x0f0f_0f0f_0f0f_0f0f;
    (v.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

fn gray(n: u32) -> u32 { n ^ (n >> 1) }
fn gray_inverse(mut g: u32) -> u32 {
    let mut n = 0;
    while g != 0 { n ^= g; g >>= 1; }
    n
}

fn reverse_bits_u8(b: u8) -> u8 {
    let mut r = 0u8;
    for i in 0..8 { if b & (1 << i) != 0 { r |= 1 << (7 - i); } }
    r
}

fn reverse_bits_u32(mut x: u32) -> u32 {
    x = ((x >> 1) & 0x5555_5555) | ((x & 0x5555_5555) << 1);
    x = ((x >> 2) & 0x3333_3333) | ((x & 0x3333_3333) << 2);
    x = ((x >> 4) & 0x0f0f_0f0f) | ((x & 0x0f0f_0f0f) << 4);
    x.swap_bytes()
}

fn next_same_popcount(v: u32) -> u32 {
    let t = v | (v.wrapping_sub(1));
    let shift = v.trailing_zeros() + 1;
    (t.wrapping_add(1)) | (((!t & (!t).wrapping_neg()) - 1) >> shift)
}

fn single_number(xs: &[i32]) -> i32 {
    let mut acc = 0;
    for &x in xs { acc ^= x; }
    acc
}

fn main() {
    let samples: [u64; 6] = [0, 1, 0xFF, 0xDEAD_BEEF, u64::MAX, 0x8000_0000_0000_0001];
    for &s in &samples {
        let (a, b, c, d) = (popcount_naive(s), popcount_kernighan(s), popcount_swar(s), s.count_ones());
        println!("{:#018x} {:>2} {:>2} {:>2} {:>2} lz={:>2} tz={:>2}", s, a, b, c, d, s.leading_zeros(), s.trailing_zeros());
    }
    let mut codes = Vec::new();
    for i in 0..16u32 {
        let g = gray(i);
        assert_eq!(gray_inverse(g), i);
        codes.push(format!("{:04b}", g));
    }
    println!("gray: {}", codes.join(" "));
    let mut ok = true;
    for i in 0..15u32 { if (gray(i) ^ gray(i + 1)).count_ones() != 1 { ok = false; } }
    println!("adjacent gray codes differ by one bit: {}", ok);
    for b in [0b0000_0001u8, 0b1011_0000, 0xF0, 0x81] {
        println!("rev8({:08b}) = {:08b}", b, reverse_bits_u8(b));
    }
    for x in [1u32, 0x1234_5678, 0xF000_000F] {
        println!("rev32({:#010x}) = {:#010x} {}", x, reverse_bits_u32(x), reverse_bits_u32(x) == x.reverse_bits());
    }
    let mut v = 0b0111u32;
    let mut seq = vec![];
    for _ in 0..8 { seq.push(format!("{:b}", v)); v = next_same_popcount(v); }
    println!("same popcount: {}", seq.join(" "));
    let items = ['a', 'b', 'c', 'd'];
    let mut subsets = Vec::new();
    for mask in 0u32..(1 << items.len()) {
        if mask.count_ones() == 2 {
            let mut s = String::new();
            for (i, &c) in items.iter().enumerate() { if mask >> i & 1 == 1 { s.push(c); } }
            subsets.push(s);
        }
    }
    println!("2-subsets: {:?}", subsets);
    println!("single: {}", single_number(&[4, 1, 2, 1, 2, -7, 4]));
    println!("{} {} {} {}", (-1i32) as u32 >> 28, -16i32 >> 2, 1u64 << 63, (1i64 << 62).rotate_left(3));
    println!("{} {} {}", 40u32.is_power_of_two(), 64u32.is_power_of_two(), 37u32.next_power_of_two());
}
