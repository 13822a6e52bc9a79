// error: unsupported unsafe block
// at: 5:13
fn main() {
    let x = 5;
    let y = unsafe { x + 1 };
    println!("{}", y);
}
