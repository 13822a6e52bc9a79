// error: unsupported function used as a value
// at: 10:26
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn double(x: i32) -> i32 {
    x * 2
}
fn main() {
    println!("{}", apply(double, 3));
}
