// covers: trait definitions, required and default methods, default method calling required method, impl Trait for struct, impl Trait for enum, impl trait for primitive type (i32), generic functions with trait bounds <T: Shape>, generic fn taking T by value, where clauses, &[T] of generic type, static dispatch, multiple bounds T: Shape + Describe, overriding a default method, trait methods with &mut self
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn summary(&self) -> String {
        format!("{} area={:.2} perimeter={:.2}", self.name(), self.area(), self.perimeter())
    }
}

trait Describe {
    fn describe(&self) -> String;
}

trait Scale {
    fn scale(&mut self, k: f64);
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug, Clone, Copy)]
enum Polygon {
    Square(f64),
    Equilateral(f64),
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.141592653589793 * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * 3.141592653589793 * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
}

impl Shape for Polygon {
    fn area(&self) -> f64 {
        match self {
            Polygon::Square(s) => s * s,
            Polygon::Equilateral(s) => s * s * 3.0f64.sqrt() / 4.0,
        }
    }
    fn perimeter(&self) -> f64 {
        match *self {
            Polygon::Square(s) => 4.0 * s,
            Polygon::Equilateral(s) => 3.0 * s,
        }
    }
    fn name(&self) -> String {
        match self {
            Polygon::Square(_) => "square".to_string(),
            Polygon::Equilateral(_) => "triangle".to_string(),
        }
    }
}

impl Describe for Circle {
    fn describe(&self) -> String {
        format!("a circle of radius {}", self.r)
    }
}

impl Describe for Rect {
    fn describe(&self) -> String {
        format!("a {}x{} rectangle", self.w, self.h)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { format!("negative {}", -self) } else { format!("number {}", self) }
    }
}

impl Scale for Circle {
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Scale for Rect {
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

fn total_area<T: Shape>(xs: &[T]) -> f64 {
    let mut s = 0.0;
    for x in xs.iter() {
        s += x.area();
    }
    s
}

fn largest_index<T>(xs: &[T]) -> usize
where
    T: Shape,
{
    let mut best = 0;
    for i in 1..xs.len() {
        if xs[i].area() > xs[best].area() {
            best = i;
        }
    }
    best
}

fn report<T: Shape + Describe>(x: &T) {
    println!("{} -> {}", x.describe(), x.summary());
}

fn grow_all<T: Scale + Shape>(xs: &mut [T], k: f64) -> f64 {
    for i in 0..xs.len() {
        xs[i].scale(k);
    }
    total_area(xs)
}

fn describe_twice<D: Describe>(d: D) -> String {
    let s = d.describe();
    format!("{} / {}", s, s.len())
}

fn main() {
    let circles = vec![Circle { r: 1.0 }, Circle { r: 2.5 }, Circle { r: 0.5 }];
    let rects = vec![Rect { w: 2.0, h: 3.0 }, Rect { w: 10.0, h: 0.5 }];
    let polys = [Polygon::Square(3.0), Polygon::Equilateral(2.0), Polygon::Square(1.5)];

    for c in circles.iter() {
        println!("{}", c.summary());
    }
    for r in rects.iter() {
        println!("{}", r.summary());
    }
    for p in polys.iter() {
        println!("{}", p.summary());
    }
    println!("total circles {:.4}", total_area(&circles));
    println!("total rects {:.4}", total_area(&rects));
    println!("total polys {:.4}", total_area(&polys));
    println!("largest circle index {}", largest_index(&circles));
    println!("largest poly index {}", largest_index(&polys));

    report(&circles[1]);
    report(&rects[0]);
    println!("{}", (-12).describe());
    println!("{}", describe_twice(7));
    println!("{}", describe_twice(Rect { w: 1.0, h: 1.0 }));

    let mut cs = circles.clone();
    println!("grown circles {:.4}", grow_all(&mut cs, 2.0));
    let mut rs = rects.clone();
    println!("shrunk rects {:.4}", grow_all(&mut rs, 0.5));
    println!("{:?}", rs);
}
