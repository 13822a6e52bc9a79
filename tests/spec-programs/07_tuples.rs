// covers: tuples, tuple construction, field access .0 .1, tuple destructuring in let, nested tuples, tuples as function args and returns, tuple assignment via destructuring, unit type, tuple comparison ==, Debug print of tuples
fn div_mod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn min_max(a: i64, b: i64, c: i64) -> (i64, i64) {
    let mut lo = a;
    let mut hi = a;
    if b < lo { lo = b; }
    if c < lo { lo = c; }
    if b > hi { hi = b; }
    if c > hi { hi = c; }
    (lo, hi)
}

fn add_points(p: (f64, f64), q: (f64, f64)) -> (f64, f64) {
    (p.0 + q.0, p.1 + q.1)
}

fn stats(n: u32) -> (u32, u32, bool) {
    let mut sum = 0;
    let mut sq = 0;
    for i in 1..=n {
        sum += i;
        sq += i * i;
    }
    (sum, sq, sum % 2 == 0)
}

fn do_nothing() {}

fn main() {
    let t = (1, 2.5, 'x', true);
    println!("t.0={} t.1={} t.2={} t.3={}", t.0, t.1, t.2, t.3);
    println!("debug: {:?}", t);

    let (q, r) = div_mod(47, 5);
    println!("47 divmod 5 = {} {}", q, r);
    let qr = div_mod(-47, 5);
    println!("-47 divmod 5 = {:?}", qr);

    let (lo, hi) = min_max(5, -3, 12);
    println!("min={} max={}", lo, hi);

    let p = add_points((1.5, 2.0), (0.25, -4.0));
    println!("point sum = ({}, {})", p.0, p.1);

    let (s, sq, even) = stats(10);
    println!("stats(10): sum={} sumsq={} even={}", s, sq, even);

    let nested = ((1, 2), (3, (4, 5)));
    let ((a, b), (c, (d, e))) = nested;
    println!("nested sum = {}", a + b + c + d + e);
    println!("nested access = {}", (nested.1).1 .0);
    println!("nested debug = {:?}", nested);

    let mut pair = (10, 20);
    pair.0 += 5;
    pair.1 *= 2;
    println!("mutated pair = {:?}", pair);

    // destructuring assignment to swap
    let mut x = 3;
    let mut y = 9;
    (x, y) = (y, x);
    println!("swapped x={} y={}", x, y);

    // fibonacci with tuple state
    let mut state: (u64, u64) = (0, 1);
    for _ in 0..50 {
        state = (state.1, state.0 + state.1);
    }
    println!("fib(50) = {}", state.0);

    let (_, second, _) = (7, 8, 9);
    println!("second = {}", second);

    println!("tuple eq: {} {}", (1, 'a') == (1, 'a'), (1, 2) == (2, 1));
    println!("tuple lt: {}", (1, 9) < (2, 0));

    let unit = do_nothing();
    println!("unit = {:?}", unit);

    let single = (42,);
    println!("single = {:?} value {}", single, single.0);

    let pts = [(0, 0), (3, 4), (6, 8)];
    let mut total = 0.0;
    for i in 1..pts.len() {
        let (x0, y0) = pts[i - 1];
        let (x1, y1) = pts[i];
        let dx = (x1 - x0) as f64;
        let dy = (y1 - y0) as f64;
        total += (dx * dx + dy * dy).sqrt();
    }
    println!("path length = {}", total);
}
