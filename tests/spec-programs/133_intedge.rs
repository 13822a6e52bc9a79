// covers: integer edge cases: u8 wrapping/checked/saturating/overflowing, i64::MIN checked/wrapping div and abs, shifts by computed amounts, rotate, float-to-int saturation, {:x}/{:o}/{:b} on negatives
fn show_i8(x: i8) -> String { format!("{:>4} {:08b} {:#04x}", x, x, x as u8) }

fn main() {
    let a: u8 = 200;
    let b: u8 = 100;
    println!("{} {} {} {}", a.wrapping_add(b), a.wrapping_sub(b.wrapping_mul(3)), a.wrapping_mul(b), (a as u16 * b as u16) as u8);
    println!("{:?} {:?} {:?} {:?}", a.checked_add(b), a.checked_sub(b), b.checked_sub(a), a.checked_mul(2));
    println!("{} {} {}", a.saturating_add(b), b.saturating_sub(a), 7u8.saturating_mul(50));
    println!("{:?} {:?}", a.overflowing_add(b), 100i8.overflowing_mul(2));
    println!("{:?} {:?} {:?}", i64::MIN.checked_div(-1), i64::MIN.checked_abs(), i64::MIN.wrapping_abs());
    println!("{} {} {}", i64::MIN.wrapping_div(-1), i32::MIN.wrapping_neg(), i32::MIN.wrapping_rem(-1));
    println!("{:?} {:?}", 5i32.checked_rem(0), (-7i32).checked_div(2));
    println!("{} {} {} {}", -7 / 2, -7 % 2, (-7i32).div_euclid(2), (-7i32).rem_euclid(2));
    for s in [0u32, 1, 7, 31] {
        let v = 1u32 << s;
        let w = 0x8000_0000u32 >> s;
        let z = (-1i32) >> s;
        let r = 0xDEADBEEFu32.rotate_left(s);
        println!("s={:>2} {:>10} {:>10} {:>3} {:08x} {:08x}", s, v, w, z, r, 0x1234u32.wrapping_shl(s + 32));
    }
    let mut k: u64 = 1;
    let mut steps = 0;
    while let Some(n) = k.checked_mul(3) { k = n; steps += 1; }
    println!("3^{} = {} lz={} tz={}", steps, k, k.leading_zeros(), k.trailing_zeros());
    for x in [-128i8, -1, 0, 1, 127] { println!("{} | {}", show_i8(x), show_i8(x.wrapping_add(1))); }
    println!("{} {} {}", (-128i8) as u8, 255u8 as i8, (-1i64) as u16);
    println!("{} {} {}", 3.99f64 as u8, -3.99f64 as i32, 300.0f64 as u8);
    println!("{} {} {}", f64::NAN as i32, f64::INFINITY as i64, -1e20 as i64);
    println!("{} {}", u32::MAX.count_ones(), (0b1010_0000u8).trailing_zeros());
    println!("{} {} {}", i16::MAX.wrapping_add(1), u16::MAX.wrapping_add(1), (i16::MIN as i32 - 1) as i16);
    println!("{} {}", 2i64.pow(62), 3u64.wrapping_pow(41));
    println!("{:?} {:?}", 2i32.checked_pow(31), 2i32.checked_pow(30));
    println!("{} {} {}", 10u32.abs_diff(3), (-5i32).abs_diff(5), 17i64.signum() - (-17i64).signum());
    println!("{} {}", u64::MAX.swap_bytes() == u64::MAX, 0x0102_0304u32.swap_bytes());
    println!("{:x} {:X} {:o} {:b}", -1i8, 255u8, -8i16, -2i8);
    println!("{:e} {:e} {:e}", 1500.0f64, 0.00012f64, 123456789.0f64);
}
