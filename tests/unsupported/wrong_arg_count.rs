// error: this function takes 2 arguments but 1 were supplied
// at: 8:20
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1));
}
