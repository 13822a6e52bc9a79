// error: cannot find value `y` in this scope
// at: 5:24
fn main() {
    let x = 1;
    println!("{}", x + y);
}
