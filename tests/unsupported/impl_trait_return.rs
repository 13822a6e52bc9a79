// error: unsupported `impl Trait` in return position of a trait method
// at: 4:24
trait Source {
    fn items(&self) -> impl Iterator<Item = u32>;
}
struct Evens;
impl Source for Evens {
    fn items(&self) -> impl Iterator<Item = u32> {
        (0..10).step_by(2)
    }
}
fn total<S: Source>(s: &S) -> u32 {
    s.items().sum()
}
fn main() {
    println!("{}", total(&Evens));
}
