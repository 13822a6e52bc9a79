// error: recursion limit reached while expanding `forever!`
// at: 4:20
macro_rules! forever {
    ($x:expr) => { forever!($x + 1) };
}

fn main() {
    println!("{}", forever!(0));
}
