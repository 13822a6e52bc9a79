// error: unsupported function used as a value
// at: 5:13
fn double(x: i32) -> i32 { x * 2 }
fn main() {
    let f = double;
    println!("{}", f(3));
}
