// error: unsupported slice pattern
// at: 5:9
fn main() {
    let v = [1, 2, 3];
    let [first, _, last] = v;
    println!("{} {}", first, last);
}
