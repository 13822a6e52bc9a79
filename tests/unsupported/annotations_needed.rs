// error: type annotations needed: a local of type `Vec<_>`
// at: 4:9
fn main() {
    let v = Vec::new();
    println!("{}", v.len());
}
