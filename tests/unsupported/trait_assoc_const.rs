// error: unsupported trait item
// at: 4:5
trait HasId {
    const ID: u32;
}
struct A;
impl HasId for A {
    const ID: u32 = 7;
}

fn main() {
    println!("{}", A::ID);
}
