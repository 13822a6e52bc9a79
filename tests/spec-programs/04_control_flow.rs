// covers: print! without newline, &'static str return, if/else if/else, if as expression, while, loop, break with value, labelled break, labelled continue, for over 0..n, 0..=n, (0..n).rev(), ranges with variables, nested loops, block expressions
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    }
}

fn main() {
    for n in -2..4 {
        println!("{} is {}", n, classify(n));
    }

    let x = 15;
    let size = if x > 10 { "big" } else { "small" };
    println!("{} is {}", x, size);
    let abs = if x < 0 { -x } else { x };
    println!("abs = {}", abs);

    // while
    let mut i = 0;
    let mut total = 0;
    while i < 10 {
        total += i;
        i += 1;
    }
    println!("while total = {}", total);

    // loop with break value
    let mut n: u64 = 27;
    let mut steps = 0;
    let peak = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz(27) steps = {}", peak);

    // for ranges
    let mut s = 0;
    for k in 0..5 {
        s += k;
    }
    println!("sum 0..5 = {}", s);
    let mut s2 = 0;
    for k in 0..=5 {
        s2 += k;
    }
    println!("sum 0..=5 = {}", s2);
    print!("rev:");
    for k in (0..6).rev() {
        print!(" {}", k);
    }
    println!();
    for k in (1..=3).rev() {
        println!("countdown {}", k);
    }
    let lo = 3;
    let hi = 7;
    let mut prod: i64 = 1;
    for k in lo..hi {
        prod *= k;
    }
    println!("prod {}..{} = {}", lo, hi, prod);
    for _ in 0..0 {
        println!("never");
    }

    // labelled break / continue
    let mut found = (0, 0);
    'outer: for a in 1..20 {
        for b in a..20 {
            if a * a + b * b == 13 * 13 {
                found = (a, b);
                break 'outer;
            }
        }
    }
    println!("pythagorean with c=13: {} {}", found.0, found.1);

    let mut count = 0;
    'rows: for r in 0..5 {
        for c in 0..5 {
            if c > r {
                continue 'rows;
            }
            if (r + c) % 3 == 0 {
                continue;
            }
            count += 1;
        }
    }
    println!("count = {}", count);

    let mut depth = 0;
    let result = 'search: loop {
        let mut j = 0;
        loop {
            j += 1;
            if j > depth {
                break;
            }
            if j * depth == 42 {
                break 'search j + depth;
            }
        }
        depth += 1;
    };
    println!("labelled loop value = {}", result);

    // block expression
    let v = {
        let t = 4;
        t * t + 1
    };
    println!("block value = {}", v);

    // while with complex condition
    let mut a = 0;
    let mut b = 100;
    while a < b && b - a > 7 {
        a += 3;
        b -= 5;
    }
    println!("a = {}, b = {}", a, b);
}
