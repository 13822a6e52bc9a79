// functions: gcd, clamp_add
// Golden flow graphs: integer arithmetic, a loop, a checked division, an early return.
fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn clamp_add(x: i32, y: i32) -> i32 {
    if x > 100 {
        return 100;
    }
    let s = x.wrapping_add(y);
    if s > 100 { 100 } else { s }
}

fn main() {
    println!("{} {}", gcd(48, 18), clamp_add(40, 50));
}
