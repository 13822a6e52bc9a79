// error: `{:#?}` pretty debug formatting
// at: 11:14
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{:#?}", p);
}
