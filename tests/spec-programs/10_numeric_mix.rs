// covers: combination of 01-10 features: LCG with wrapping_mul/wrapping_add, integer sqrt, digit reversal, palindromes, perfect numbers, bit reversal with shifts, arrays as counters, loop-break values, nested functions calls, u64/usize/u8 mixing, rotate_left
const MOD: u64 = 1_000_000_007;

fn lcg(state: u64) -> u64 {
    state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407)
}

fn isqrt(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut lo: u64 = 1;
    let mut hi: u64 = n;
    if hi > 4_294_967_295 {
        hi = 4_294_967_295;
    }
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn reverse_digits(mut n: u64) -> u64 {
    let mut r = 0;
    while n > 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn is_perfect(n: u32) -> bool {
    let mut s = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            s += d;
            if d * d != n {
                s += n / d;
            }
        }
        d += 1;
    }
    n > 1 && s == n
}

fn reverse_bits(mut x: u32) -> u32 {
    let mut r: u32 = 0;
    for _ in 0..32 {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    r
}

fn binomial_mod(n: u64, k: u64) -> u64 {
    // Pascal row by row, mod MOD, fixed array
    let mut row = [0u64; 64];
    row[0] = 1;
    for i in 1..=n as usize {
        let mut j = i;
        while j > 0 {
            row[j] = (row[j] + row[j - 1]) % MOD;
            j -= 1;
        }
    }
    row[k as usize]
}

fn main() {
    // pseudo random dice histogram
    let mut state: u64 = 42;
    let mut hist = [0u32; 6];
    for _ in 0..6000 {
        state = lcg(state);
        let roll = ((state >> 33) % 6) as usize;
        hist[roll] += 1;
    }
    println!("dice histogram = {:?}", hist);
    println!("final state = {}", state);

    let tests = [0u64, 1, 15, 16, 17, 1_000_000, 999_999_999_999, 18_446_744_073_709_551_615];
    for i in 0..tests.len() {
        println!("isqrt({}) = {}", tests[i], isqrt(tests[i]));
    }

    let mut pal_count = 0;
    let mut largest_pal = 0;
    for n in 10u64..2000 {
        if reverse_digits(n) == n {
            pal_count += 1;
            largest_pal = n;
        }
    }
    println!("palindromes in 10..2000: {} largest {}", pal_count, largest_pal);

    print!("perfect numbers < 10000:");
    for n in 1..10000 {
        if is_perfect(n) {
            print!(" {}", n);
        }
    }
    println!();

    println!("reverse_bits(1) = {}", reverse_bits(1));
    println!("reverse_bits(0xF0) = {}", reverse_bits(0xF0));
    println!("C(60, 30) mod p = {}", binomial_mod(60, 30));

    // first triangular number with more than 100 divisors
    let mut n: u64 = 1;
    let tri = loop {
        let t = n * (n + 1) / 2;
        let mut divs = 0;
        let r = isqrt(t);
        let mut d = 1;
        while d <= r {
            if t % d == 0 {
                divs += if d * d == t { 1 } else { 2 };
            }
            d += 1;
        }
        if divs > 100 {
            break t;
        }
        n += 1;
    };
    println!("first triangle with >100 divisors = {}", tri);

    // digit frequency of 2^64-1 via u8 counters
    let mut freq = [0u8; 10];
    let mut v = u64::MAX;
    while v > 0 {
        freq[(v % 10) as usize] += 1;
        v /= 10;
    }
    println!("digit freq of u64::MAX = {:?}", freq);

    let mut checksum: u32 = 0;
    for i in 0..1000u32 {
        checksum = checksum.rotate_left(5) ^ i.wrapping_mul(2654435761);
    }
    println!("checksum = {}", checksum);
}
