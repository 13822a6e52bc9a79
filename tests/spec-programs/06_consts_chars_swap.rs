// covers: const items incl. const array and const &str, char literals, byte literals b'a', char as u32, u8 as char, char comparisons, escape sequences, std::mem::swap on locals, shadowing with type change, unused-underscore bindings
const LIMIT: i32 = 10;
const SCALE: i64 = 1_000;
const GREETING: &str = "consts";
const MASK: u32 = (1 << 8) - 1;
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

fn scaled(x: i64) -> i64 {
    x * SCALE
}

fn main() {
    println!("{} LIMIT={} SCALE={} MASK={}", GREETING, LIMIT, SCALE, MASK);
    println!("scaled(7) = {}", scaled(7));
    let mut psum = 0;
    for i in 0..PRIMES.len() {
        psum += PRIMES[i];
    }
    println!("sum of PRIMES = {}", psum);

    // chars
    let c = 'A';
    let d: char = 'z';
    println!("chars: {} {} {}", c, d, '7');
    println!("'A' as u32 = {}", c as u32);
    println!("'z' as u8 = {}", d as u8);
    println!("66u8 as char = {}", 66u8 as char);
    println!("c < d: {}", c < d);
    println!("debug char: {:?} {:?}", c, '\n');
    println!("unicode: {} {}", 'é', 'λ' as u32);
    let next = (c as u8 + 2) as char;
    println!("next-next of A = {}", next);
    print!("alphabet:");
    for i in 0..26u8 {
        print!("{}", (b'a' + i) as char);
    }
    println!();

    // bytes
    let b = b'0';
    println!("b'0' = {}", b);
    let digit = b'7' - b'0';
    println!("digit = {}", digit);
    println!("escapes: tab[\t] quote[\"] backslash[\\] apostrophe['] {}", '\'');
    println!("newline byte = {}, tab byte = {}", b'\n', b'\t');

    // swap
    let mut x = 1;
    let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    println!("after swap x={} y={}", x, y);
    let mut p = 3.5;
    let mut q = -1.25;
    std::mem::swap(&mut p, &mut q);
    println!("after swap p={} q={}", p, q);

    // shadowing
    let v = 5;
    let v = v * 2;
    {
        let v = v + 100;
        println!("inner v = {}", v);
    }
    println!("outer v = {}", v);
    let v = v as f64 / 4.0;
    println!("shadowed as f64: {}", v);
    let v = v > 2.0;
    println!("shadowed as bool: {}", v);

    // chars in arithmetic
    let mut caesar = 0u32;
    let shift = 3u8;
    for i in 0..5u8 {
        let ch = (b'x' + i - b'a' + shift) % 26 + b'a';
        caesar = caesar * 31 + ch as u32;
        print!("{}", ch as char);
    }
    println!(" hash {}", caesar);
    let _unused = 42;
    let upper = 'q' as u8 - 32;
    println!("manual uppercase: {}", upper as char);
    println!("is digit via range: {} {}", '5' >= '0' && '5' <= '9', 'x' >= '0' && 'x' <= '9');
}
