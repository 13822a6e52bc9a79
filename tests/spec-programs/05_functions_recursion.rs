// covers: functions, return values, early return, recursion, mutual recursion, fib, gcd, ackermann, power by squaring, i64/u64 params, unit-returning functions, &mut u32 out-parameter, &str parameter
fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    result
}

fn factorial(n: i64) -> i64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn first_divisor(n: i32) -> i32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    n
}

fn hanoi(n: u32, from: u32, to: u32, via: u32, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    if n >= 4 {
        println!("move disk {} from {} to {}", n, from, to);
    }
    hanoi(n - 1, via, to, from, moves);
}

fn sum_digits(n: u64) -> u64 {
    if n < 10 { n } else { n % 10 + sum_digits(n / 10) }
}

fn print_header(title: &str) {
    println!("== {} ==", title);
}

fn main() {
    print_header("fib");
    for i in 0..15 {
        print!("{} ", fib(i));
    }
    println!();
    println!("fib(25) = {} iter = {}", fib(25), fib_iter(25));
    println!("fib_iter(90) = {}", fib_iter(90));

    print_header("gcd/lcm");
    println!("gcd(1071, 462) = {}", gcd(1071, 462));
    println!("lcm(21, 6) = {}", lcm(21, 6));
    let mut l = 1;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {}", l);

    print_header("ackermann");
    for m in 0..4 {
        for n in 0..4 {
            print!(" {}", ackermann(m, n));
        }
        println!();
    }

    print_header("parity");
    println!("is_even(10) = {}, is_odd(7) = {}, is_even(7) = {}", is_even(10), is_odd(7), is_even(7));

    print_header("misc");
    println!("pow_mod(2, 100, 1000000007) = {}", pow_mod(2, 100, 1_000_000_007));
    println!("20! = {}", factorial(20));
    println!("first_divisor(91) = {}, first_divisor(97) = {}", first_divisor(91), first_divisor(97));
    println!("sum_digits(9876543210) = {}", sum_digits(9876543210));

    print_header("hanoi");
    let mut moves = 0;
    hanoi(5, 1, 3, 2, &mut moves);
    println!("total moves = {}", moves);
}
