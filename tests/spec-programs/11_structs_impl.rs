// covers: named structs, tuple structs, unit struct, struct literals, field access and mutation, impl blocks, associated functions (new), &self methods, &mut self methods, self-consuming methods, Self type, struct update syntax, field init shorthand, structs containing structs and arrays, passing structs by reference
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn origin() -> Self {
        Self { x: 0, y: 0 }
    }

    fn manhattan(&self, other: &Point) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }

    fn translate(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }

    fn into_tuple(self) -> (i32, i32) {
        (self.x, self.y)
    }
}

struct Meters(f64);
struct Color(u8, u8, u8);
struct Marker;

impl Meters {
    fn to_feet(&self) -> f64 {
        self.0 * 3.28084
    }
}

impl Color {
    fn gray(level: u8) -> Color {
        Color(level, level, level)
    }

    fn brightness(&self) -> u32 {
        (self.0 as u32 * 299 + self.1 as u32 * 587 + self.2 as u32 * 114) / 1000
    }
}

impl Marker {
    fn describe(&self) -> &'static str {
        "I am a unit struct"
    }
}

struct Rect {
    top_left: Point,
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }

    fn contains(&self, p: &Point) -> bool {
        p.x >= self.top_left.x
            && p.y >= self.top_left.y
            && p.x < self.top_left.x + self.w as i32
            && p.y < self.top_left.y + self.h as i32
    }

    fn grow(&mut self, by: u32) {
        self.w += by;
        self.h += by;
    }
}

struct Counter {
    counts: [u32; 4],
    total: u32,
    name: &'static str,
    enabled: bool,
}

impl Counter {
    fn new(name: &'static str) -> Counter {
        Counter { counts: [0; 4], total: 0, name, enabled: true }
    }

    fn hit(&mut self, bucket: usize) {
        if self.enabled {
            self.counts[bucket % 4] += 1;
            self.total += 1;
        }
    }

    fn report(&self) {
        println!("{}: total={} buckets={:?} enabled={}", self.name, self.total, self.counts, self.enabled);
    }
}

fn farthest(points: &[Point; 3], from: &Point) -> i32 {
    let mut best = 0;
    for i in 0..3 {
        let d = points[i].manhattan(from);
        if d > best {
            best = d;
        }
    }
    best
}

fn main() {
    let mut p = Point::new(3, -4);
    let o = Point::origin();
    println!("p = ({}, {}), dist to origin = {}", p.x, p.y, p.manhattan(&o));
    p.translate(10, 10);
    println!("after translate: ({}, {})", p.x, p.y);
    p.x = -1;
    let (tx, ty) = p.into_tuple();
    println!("as tuple: {} {}", tx, ty);

    let m = Meters(100.0);
    println!("{} m = {:.2} ft", m.0, m.to_feet());
    let c = Color(255, 128, 0);
    println!("color ({}, {}, {}) brightness {}", c.0, c.1, c.2, c.brightness());
    let g = Color::gray(77);
    println!("gray brightness {}", g.brightness());
    let mk = Marker;
    println!("{}", mk.describe());

    let mut r = Rect { top_left: Point::new(0, 0), w: 4, h: 3 };
    println!("area = {}", r.area());
    let probe = Point { x: 4, ..Point::new(1, 2) };
    println!("probe ({}, {}) inside: {}", probe.x, probe.y, r.contains(&probe));
    r.grow(2);
    println!("grown area = {} inside: {}", r.area(), r.contains(&probe));
    r.top_left.x += 5;
    println!("moved rect inside: {}", r.contains(&probe));

    let mut ctr = Counter::new("clicks");
    for i in 0..11 {
        ctr.hit(i * 3);
    }
    ctr.report();
    ctr.enabled = false;
    ctr.hit(1);
    ctr.report();

    let pts = [Point::new(1, 1), Point::new(-5, 2), Point::new(3, 9)];
    println!("farthest = {}", farthest(&pts, &Point::origin()));
}
