// error: unsupported macro fragment specifier `$x:foo`
// at: 4:9
macro_rules! bad {
    ($x:foo) => { 1 };
}

fn main() {
    println!("{}", bad!(1));
}
