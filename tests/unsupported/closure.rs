// error: unsupported closure
// at: 4:15
fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("{}", add(1, 2));
}
