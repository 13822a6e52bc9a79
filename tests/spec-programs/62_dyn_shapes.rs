// covers: trait with required and default methods, supertrait (trait Shape: Named), Vec<Box<dyn Shape>>, &dyn Shape params, &mut dyn Trait, default method calling supertrait method, dyn dispatch in loop, returning Box<dyn Shape> from match, trait object in struct field, sorting indices by area by hand, {:.2} formatting
trait Named {
    fn name(&self) -> String;
}

trait Shape: Named {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }
    fn scale(&mut self, k: f64);
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Tri { a: f64, b: f64, c: f64 }

impl Named for Circle { fn name(&self) -> String { "circle".to_string() } }
impl Named for Rect {
    fn name(&self) -> String {
        if self.w == self.h { String::from("square") } else { String::from("rectangle") }
    }
}
impl Named for Tri { fn name(&self) -> String { "triangle".to_string() } }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14159 * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * 3.14159 * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
}

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
    fn describe(&self) -> String {
        format!("{}x{} {}", self.w, self.h, self.name())
    }
}

impl Shape for Tri {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn scale(&mut self, k: f64) { self.a *= k; self.b *= k; self.c *= k; }
}

fn make(kind: u8, x: f64) -> Box<dyn Shape> {
    match kind {
        0 => Box::new(Circle { r: x }),
        1 => Box::new(Rect { w: x, h: x }),
        2 => Box::new(Rect { w: x, h: x * 2.0 }),
        _ => Box::new(Tri { a: x, b: x, c: x }),
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    let mut t = 0.0;
    for s in shapes.iter() {
        t += s.area();
    }
    t
}

fn largest<'a>(shapes: &'a Vec<Box<dyn Shape>>) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        match best {
            None => best = Some(s.as_ref()),
            Some(b) if s.area() > b.area() => best = Some(s.as_ref()),
            _ => {}
        }
    }
    best
}

fn grow(s: &mut dyn Shape) {
    s.scale(2.0);
}

fn report(label: &str, s: &dyn Shape) {
    println!("{:<8}| {}", label, s.describe());
}

struct Canvas {
    title: String,
    main: Box<dyn Shape>,
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for i in 0..6u8 {
        shapes.push(make(i % 4, 1.0 + i as f64));
    }
    for (i, s) in shapes.iter().enumerate() {
        report(&format!("#{}", i), s.as_ref());
    }
    println!("total area {:.3}", total_area(&shapes));
    if let Some(b) = largest(&shapes) {
        println!("largest: {}", b.describe());
    }
    for s in shapes.iter_mut() {
        grow(s.as_mut());
    }
    println!("after grow {:.3}", total_area(&shapes));
    let mut order: Vec<usize> = (0..shapes.len()).collect();
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && shapes[order[j - 1]].area() > shapes[order[j]].area() {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    println!("order by area: {:?}", order);
    let mut c = Canvas { title: "demo".to_string(), main: make(3, 3.0) };
    report(&c.title, c.main.as_ref());
    c.main.scale(0.5);
    println!("{} -> {:.4}", c.title, c.main.area());
    let empty: Vec<Box<dyn Shape>> = Vec::new();
    println!("{}", largest(&empty).is_none());
}
