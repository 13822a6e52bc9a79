// covers: f64 arithmetic, sqrt, powi, abs, floor, ceil, round, min, max, f64 Display {}, Debug {:?}, precision {:.3} {:.0} {:.9}, NaN and infinity printing, f64 comparisons, int<->f64 casts, f64::consts::PI, f32 basics
fn newton_sqrt(x: f64) -> f64 {
    let mut g = x / 2.0;
    for _ in 0..30 {
        g = (g + x / g) / 2.0;
    }
    g
}

fn hypot(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

fn integrate_x2(n: u32) -> f64 {
    // midpoint rule for x^2 over [0, 1]
    let h = 1.0 / n as f64;
    let mut s = 0.0;
    for i in 0..n {
        let x = (i as f64 + 0.5) * h;
        s += x * x;
    }
    s * h
}

fn main() {
    let a = 7.0_f64;
    let b = 2.0;
    println!("a+b={} a-b={} a*b={} a/b={}", a + b, a - b, a * b, a / b);
    println!("a % b = {}", a % b);
    println!("-a = {}", -a);
    println!("Display whole: {} Debug whole: {:?}", 3.0_f64, 3.0_f64);
    println!("Display frac: {} Debug frac: {:?}", 0.1 + 0.2, 0.1 + 0.2);
    println!("1/3 = {}", 1.0 / 3.0);
    println!("2/3 {{:.3}} = {:.3}", 2.0 / 3.0);
    println!("{{:.0}} of 2.5 = {:.0}, of 3.5 = {:.0}", 2.5, 3.5);
    println!("{{:.9}} pi = {:.9}", std::f64::consts::PI);
    println!("pi = {}", std::f64::consts::PI);
    println!("big = {} small = {}", 1e15, 0.000125);
    println!("debug big = {:?} small = {:?}", 1e16, 1e-7);
    println!("display 1e21 = {}", 1e21);

    println!("sqrt(2) = {}", 2.0_f64.sqrt());
    println!("newton sqrt(2) = {}", newton_sqrt(2.0));
    println!("hypot(3,4) = {}", hypot(3.0, 4.0));
    println!("powi: {} {} {}", 2.0_f64.powi(10), 1.5_f64.powi(3), 10.0_f64.powi(-2));
    println!("abs: {} {}", (-4.25_f64).abs(), 4.25_f64.abs());
    println!("floor/ceil/round: {} {} {} {}", 2.7_f64.floor(), 2.2_f64.ceil(), 2.5_f64.round(), (-2.5_f64).round());
    println!("min/max: {} {}", 3.5_f64.min(-1.0), 3.5_f64.max(-1.0));
    println!("trunc: {} {}", 9.99_f64.trunc(), (-9.99_f64).trunc());

    let zero = 0.0_f64;
    let inf = 1.0 / zero;
    let nan = zero / zero;
    println!("inf = {} -inf = {} nan = {}", inf, -inf, nan);
    println!("nan == nan: {} nan < 1: {} is_nan: {}", nan == nan, nan < 1.0, nan.is_nan());
    println!("negative zero: {} {:?}", -0.0_f64, -0.0_f64);

    println!("cast 1e10 as i32 = {}", 1e10 as i32);
    println!("cast nan as i64 = {}", nan as i64);
    println!("cast 255.9 as u8 = {}", 255.9 as u8);
    println!("i64 to f64 = {}", 9007199254740993i64 as f64);

    println!("integrate x^2 = {:.6}", integrate_x2(1000));
    let mut total = 0.0;
    for i in 1..=10 {
        total += 1.0 / (i as f64);
    }
    println!("H(10) = {} ({:.4})", total, total);

    let c: f64 = 100.0;
    let f = c * 9.0 / 5.0 + 32.0;
    println!("{}C = {}F", c, f);
    let temps = [-40.0, 0.0, 36.6, 100.0];
    for i in 0..temps.len() {
        println!("{:.1}C -> {:.2}F", temps[i], temps[i] * 1.8 + 32.0);
    }

    let x: f32 = 1.0 / 3.0;
    println!("f32 1/3 = {} as f64 = {}", x, x as f64);
    println!("f32 sqrt = {}", 2.0_f32.sqrt());
    println!("compare: {} {} {}", 1.5 < 2.5, 2.0 == 2.0, -1.0 > -0.5);
}
