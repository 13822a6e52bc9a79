// error: syntax error: expected an expression
// at: 4:16
fn main() {
    let x = 1 +;
    println!("{}", x);
}
