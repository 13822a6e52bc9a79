// error: no rule of macro `pick!` matches this invocation
// at: 10:20
macro_rules! pick {
    (a) => { 1 };
    (b $x:expr) => { $x };
}

fn main() {
    println!("{}", pick!(b 3));
    println!("{}", pick!(c));
}
