// covers: integer overflow: plain + * - unary - wrapping under -O through function params (i8, u16, i32, u32), wrapping_shl, wrapping/checked/saturating/overflowing add/sub/mul/neg/abs/div/rem/pow across widths, checked factorial with ?, i64-accumulated mean, casts with truncation and sign change, saturating float-to-int casts incl. NaN, checked_add in a parse loop with error messages, FNV-1a hash, rem_euclid/div_euclid
// -O wrapping of plain operators (through function parameters), casts, and an overflow-safe mean.
fn add_i8(a: i8, b: i8) -> i8 { a + b }
fn mul_u16(a: u16, b: u16) -> u16 { a * b }
fn neg_i32(a: i32) -> i32 { -a }
fn sub_u32(a: u32, b: u32) -> u32 { a - b }
fn shl_u64(a: u64, s: u32) -> u64 { a.wrapping_shl(s) }

fn checked_factorial(n: u32) -> Option<u64> {
    let mut acc: u64 = 1;
    for k in 2..=n as u64 {
        acc = acc.checked_mul(k)?;
    }
    Some(acc)
}

fn mean_i32(xs: &[i32]) -> i32 {
    // average without overflowing i32: accumulate in i64
    let mut s: i64 = 0;
    for &x in xs { s += x as i64; }
    (s / xs.len() as i64) as i32
}

fn parse_sum(parts: &[&str]) -> Result<i16, String> {
    let mut acc: i16 = 0;
    for p in parts {
        let v: i16 = p.parse().map_err_str(p)?;
        acc = acc.checked_add(v).ok_or_else_str(format!("overflow adding {} to {}", v, acc))?;
    }
    Ok(acc)
}

trait MapErrStr { fn map_err_str(self, p: &str) -> Result<i16, String>; }
impl MapErrStr for Result<i16, std::num::ParseIntError> {
    fn map_err_str(self, p: &str) -> Result<i16, String> {
        match self { Ok(v) => Ok(v), Err(e) => Err(format!("{:?}: {}", p, e)) }
    }
}
trait OkOrElseStr { fn ok_or_else_str(self, msg: String) -> Result<i16, String>; }
impl OkOrElseStr for Option<i16> {
    fn ok_or_else_str(self, msg: String) -> Result<i16, String> { self.ok_or(msg) }
}

fn main() {
    println!("plain: {} {} {} {} {}", add_i8(100, 100), mul_u16(300, 300), neg_i32(i32::MIN), sub_u32(3, 5), shl_u64(1, 65));
    let x: u8 = 200;
    println!("u8 200+100: wrapping {} checked {:?} saturating {} overflowing {:?}",
             x.wrapping_add(100), x.checked_add(100), x.saturating_add(100), x.overflowing_add(100));
    let y: i32 = i32::MAX - 1;
    println!("i32: {:?} {:?} {} {} {:?}", y.checked_add(1), y.checked_add(2), y.saturating_add(5), y.wrapping_add(5), y.overflowing_mul(2));
    println!("i64 min: {:?} {:?} {} {} {}", i64::MIN.checked_neg(), i64::MIN.checked_abs(), i64::MIN.wrapping_abs(), i64::MIN.saturating_sub(1), i64::MIN.wrapping_neg());
    println!("div: {:?} {:?} {:?} {}", 7i32.checked_div(0), i32::MIN.checked_div(-1), (-7i32).checked_rem(2), i32::MIN.wrapping_div(-1));
    println!("pow: {:?} {:?} {} {}", 3u32.checked_pow(20), 3u32.checked_pow(21), 2i64.pow(62), 10u8.wrapping_pow(3));
    println!("saturating: {} {} {} {}", 5u32.saturating_sub(9), (-100i8).saturating_sub(100), 100i8.saturating_mul(2), (-100i8).saturating_mul(2));
    for n in [5u32, 20, 21, 25] {
        println!("{}! = {:?}", n, checked_factorial(n));
    }
    println!("mean {}", mean_i32(&[i32::MAX, i32::MAX, i32::MAX - 3]));
    println!("casts: {} {} {} {} {} {}", 300i32 as u8, -1i64 as u16, 3_000_000_000u32 as i32, -129i32 as i8, 255u8 as i8, u64::MAX as i64);
    println!("floats: {} {} {} {} {}", 1e20f64 as i32, -1e20f64 as i64, f64::NAN as u8, -5.7f64 as u32, 255.9f64 as u8);
    println!("widening: {} {} {}", (u32::MAX as u64) * 2, (i32::MIN as i64) * 2, (-1i8) as u8 as u32);
    println!("{:?}", parse_sum(&["100", "20000", "12000"]));
    println!("{:?}", parse_sum(&["-30000", "-2000", "-768"]));
    println!("{:?}", parse_sum(&["-30000", "-2000", "-769"]));
    println!("{:?}", parse_sum(&["12", "4x"]));
    println!("{:?}", parse_sum(&["40000"]));
    let mut h: u32 = 2166136261;
    for b in "overflow".bytes() { h ^= b as u32; h = h.wrapping_mul(16777619); }
    println!("fnv1a = {:08x}", h);
    let (r, o) = 0xFFu8.overflowing_sub(0x100u16 as u8);
    println!("{} {} {} {}", r, o, u16::MAX.count_ones(), i16::MIN.leading_zeros());
    println!("{} {} {}", (-17i32).rem_euclid(5), (-17i32) % 5, (-17i32).div_euclid(5));
}
