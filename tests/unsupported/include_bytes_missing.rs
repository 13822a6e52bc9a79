// error: couldn't read `tests/unsupported/no_such_file.bin`
// at: 4:16
fn main() {
    let data = include_bytes!("no_such_file.bin");
    println!("{}", data.len());
}
