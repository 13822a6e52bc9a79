// error: unsupported macro definition or item macro
// at: 3:1
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    println!("{}", square!(3));
}
