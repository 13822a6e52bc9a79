// error: couldn't read `tests/unsupported/no_such_file.txt`
// at: 5:16
fn main() {
    let a = 1;
    let text = include_str!("no_such_file.txt");
    println!("{} {}", a, text);
}
