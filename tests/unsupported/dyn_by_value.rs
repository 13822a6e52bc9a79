// error: expected `dyn Shape`, found `Square`
// at: 16:28
trait Shape {
    fn area(&self) -> f64;
}
struct Square(f64);
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn area_of(s: dyn Shape) -> f64 {
    s.area()
}
fn main() {
    println!("{}", area_of(Square(2.0)));
}
