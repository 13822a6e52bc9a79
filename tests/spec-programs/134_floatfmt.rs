// covers: f64 formatting: {} {:?} {:e} {:.0} {:+.2} {:10.3} {:<12.1e} {:.*} {:08.2} {:^+10.2} on normal, tiny, huge, NaN and infinite values, round-half-even .0 precision
fn main() {
    let vals = [0.0f64, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, 1e-7, 123456.789, 1e15, 1e16, 1e21, 6.02214076e23, f64::MIN_POSITIVE, f64::MAX, 1.0 / 3.0];
    for v in vals {
        println!("{} | {:?} | {:e} | {:.0} | {:+.2} | {:10.3}| {:<12.1e}|", v, v, v, v, v, v, v);
    }
    for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        println!("{} {:?} {:8.2}| {:e}", v, v, v, v);
    }
    let f: f32 = 0.1;
    let g: f32 = 16777217.0;
    println!("{} {:?} {} {}", f, f * 3.0, g, f as f64);
    println!("{:.3e} {:.0e} {:12.4e}| {:e}", 123456.0f64, 0.000951, -0.5, 1e-10f64.max(2e-10));
    for p in 0..6 { print!("[{:.*}]", p, std::f64::consts::E); }
    println!();
    for half in [0.5f64, 1.5, 2.5, -0.5, 0.125, 0.375] { print!("{:.0}/{:.2} ", half, half); }
    println!();
    println!("{:08.2} {:+08.1} {:^+10.2}| {:>w$.p$}|", -3.14159, 2.0, 7.777, 1.23456, w = 9, p = 3);
    println!("{} {} {}", 1e300 * 10.0, -1e300 * 1e10, 0.1 + 0.2);
    println!("{} {} {}", (2.0f64).powf(0.5), (10.0f64).ln(), (0.5f64).atan2(-0.5));
    println!("{} {} {} {}", 2.5f64.round(), -2.5f64.round(), 1e20f64.sqrt(), 100.0f64.log10());
    println!("{} {}", 5.0f64 % 3.0, -5.5f64 % 2.0);
    println!("{:?} {:?}", 1.0f64.total_cmp(&2.0), (0.3f64).partial_cmp(&0.1));
    let mut x = 1.0f64;
    for _ in 0..60 { x /= 3.0; }
    println!("{} {:e} {:.20}", x, x, x);
}
