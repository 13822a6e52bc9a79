// error: unsupported function pointer type
// at: 8:12
extern "C" fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: extern "C" fn(i32) -> i32 = double;
    println!("{}", f(4));
}
