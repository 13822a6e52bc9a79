// error: unsupported `impl Trait` in return position
// at: 3:15
fn evens() -> impl Iterator<Item = u32> {
    (0..10).step_by(2)
}

fn main() {
    for i in evens() {
        println!("{}", i);
    }
}
