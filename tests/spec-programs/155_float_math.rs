// covers: f64::cbrt correctly rounded as Rust's (the C library's is not), mul_add with one rounding (fma), hypot without overflow, signum of -0.0, exp2, log with a base; f32 methods (sin, cos, tan, exp, exp2, ln, log2, log10, powf, atan, atan2, asin, acos, hypot, cbrt, mul_add, signum, copysign, fract, recip, clamp, rem_euclid, to_degrees, to_radians, total_cmp, to_bits, from_bits, is_finite) and std::f32::consts; transcendental results printed rounded
fn main() {
    let xs = [0.1f64, 1e-5, 2.0, 27.5, 123456.789, 3.375, 1e300, 4.9e-324];
    for x in xs.iter() {
        println!("cbrt({:e}) = {:e} {:e}", x, x.cbrt(), (-x).cbrt());
    }
    println!("{} {} {}", 0.1f64.mul_add(10.0, -1.0), 3e200f64.hypot(4e200), 5.0f64.hypot(12.0));
    println!("{} {} {} {}", (-0.0f64).signum(), 0.0f64.signum(), f64::NAN.signum().is_nan(), (-2.5f64).signum());
    println!("{} {} {:.12} {:.12}", 10.0f64.exp2(), 0.5f64.exp2(), 100.0f64.log(10.0), 8.0f64.log(2.0));
    let mut acc: f64 = 0.0;
    for i in 1..=200 {
        let t = i as f64 * 0.05;
        acc = t.mul_add(0.3, acc * 0.5);
    }
    println!("{}", acc);

    let a = 1.75f32;
    let b = -0.4f32;
    println!("{:.5} {:.5} {:.5} {:.5} {:.5}", a.sin(), a.cos(), a.tan(), a.exp(), a.exp2());
    println!("{:.5} {:.5} {:.5} {:.5} {:.5}", a.ln(), a.log2(), a.log10(), a.powf(b), a.log(3.0));
    println!("{:.5} {:.5} {:.5} {:.5} {:.5}", b.atan(), b.atan2(a), b.asin(), b.acos(), a.hypot(b));
    println!("{} {} {} {} {}", 27.0f32.cbrt(), a.mul_add(2.0, 0.5), b.signum(), a.copysign(b), a.fract());
    println!("{} {} {} {} {}", a.recip(), b.clamp(-0.1, 0.1), (-7.5f32).rem_euclid(2.0), 90.0f32.to_radians(), std::f32::consts::FRAC_PI_2.to_degrees());
    println!("{:?} {:x} {} {}", a.total_cmp(&b), a.to_bits(), f32::from_bits(0x40490fdb), (a / 0.0).is_finite());
    println!("{} {} {}", std::f32::consts::PI, std::f32::consts::E, std::f32::consts::SQRT_2);
}
