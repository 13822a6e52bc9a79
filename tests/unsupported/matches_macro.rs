// error: unsupported `matches!` macro
// at: 5:20
fn main() {
    let c = 'x';
    println!("{}", matches!(c, 'a'..='z'));
}
