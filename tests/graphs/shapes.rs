// functions: area, describe
// Golden flow graphs: enum construction, match with bindings and a guard, field access.
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
    }
}

fn describe(n: i64) -> i64 {
    match n {
        0 => 10,
        x if x < 0 => -1,
        1..=9 => 1,
        _ => 2,
    }
}

fn main() {
    let s = [Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }];
    println!("{} {} {}", area(&s[0]), area(&s[1]), describe(5));
}
