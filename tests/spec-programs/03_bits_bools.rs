// covers: bitwise and/or/xor/not, shifts on signed and unsigned, comparisons, bool logic, short-circuit && ||, ! on bool, bool printing, popcount by shift loop, compound bit assignment |= &= ^= >>=
fn popcount(mut x: u32) -> u32 {
    let mut n = 0;
    while x != 0 {
        n += x & 1;
        x >>= 1;
    }
    n
}

fn side_effect(tag: i32, result: bool) -> bool {
    println!("  evaluated {}", tag);
    result
}

fn main() {
    let a: u32 = 0b1100_1010;
    let b: u32 = 0b1010_0110;
    println!("a & b = {}", a & b);
    println!("a | b = {}", a | b);
    println!("a ^ b = {}", a ^ b);
    println!("!a = {}", !a);
    println!("a << 4 = {}", a << 4);
    println!("a >> 3 = {}", a >> 3);
    println!("hex literal 0xFF = {}", 0xFFu32);
    println!("octal 0o17 = {}", 0o17);

    let s: i32 = -64;
    println!("signed >> 2 = {}", s >> 2);
    println!("signed << 3 = {}", s << 3);
    println!("!0i32 = {}", !0i32);
    println!("!5i64 = {}", !5i64);
    let u: u8 = 0b1000_0001;
    println!("u8 << 1 = {}", u << 1);
    println!("u8 >> 7 = {}", u >> 7);
    println!("!u8 = {}", !u);
    let big: u64 = 1 << 40;
    println!("1 << 40 = {}", big);
    println!("u64 mask = {}", (big - 1) & 0xDEAD_BEEF_CAFE);

    for i in 0..6u32 {
        let v = i * 37 + 11;
        println!("popcount({}) = {}", v, popcount(v));
    }

    // comparisons
    let x = 7;
    let y = 12;
    println!("{} {} {} {} {} {}", x < y, x <= y, x > y, x >= y, x == y, x != y);
    let t = true;
    let f = false;
    println!("t && f = {}", t && f);
    println!("t || f = {}", t || f);
    println!("!t = {}", !t);
    println!("t ^ f = {}", t ^ f);
    println!("t & t = {}", t & t);
    println!("f | f = {}", f | f);

    println!("short circuit &&:");
    let r1 = side_effect(1, false) && side_effect(2, true);
    println!("r1 = {}", r1);
    println!("short circuit ||:");
    let r2 = side_effect(3, true) || side_effect(4, false);
    println!("r2 = {}", r2);
    println!("both evaluated:");
    let r3 = side_effect(5, true) && side_effect(6, false);
    println!("r3 = {}", r3);

    let in_range = x > 0 && x < 10 || y == 0;
    println!("in_range = {}", in_range);
    let cmp_bools = (true > false, false == false);
    println!("bool compare {} {}", cmp_bools.0, cmp_bools.1);

    // bit tricks
    let mut flags: u32 = 0;
    flags |= 1 << 3;
    flags |= 1 << 5;
    flags ^= 1 << 3;
    flags &= !(1 << 7);
    println!("flags = {}", flags);
    let n: u32 = 96;
    println!("lowest set bit of {} = {}", n, n & n.wrapping_neg());
    println!("is power of two 64: {}", (64u32 & 63) == 0);
}
