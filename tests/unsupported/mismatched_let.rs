// error: mismatched types: expected `i32`, found `&str`
// at: 4:18
fn main() {
    let n: i32 = "seven";
    println!("{}", n);
}
