// error: unsupported `impl Trait` in argument position
// at: 5:12
use std::fmt::Display;

fn show(x: impl Display) {
    println!("{}", x);
}

fn main() {
    show(1);
}
