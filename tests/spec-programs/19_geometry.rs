// covers: f64 structs with Copy, methods returning structs, enum with struct payloads, match returning f64, Option<Point> for line intersection, shoelace polygon area over array, bounding box fold by hand, {:.3} and {:?} on f64 structs, associated functions, const f64
const EPS: f64 = 1e-9;

#[derive(Debug, Clone, Copy, PartialEq)]
struct P {
    x: f64,
    y: f64,
}

impl P {
    fn new(x: f64, y: f64) -> P {
        P { x, y }
    }

    fn sub(self, o: P) -> P {
        P::new(self.x - o.x, self.y - o.y)
    }

    fn cross(self, o: P) -> f64 {
        self.x * o.y - self.y * o.x
    }

    fn dot(self, o: P) -> f64 {
        self.x * o.x + self.y * o.y
    }

    fn len(self) -> f64 {
        self.dot(self).sqrt()
    }
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    a: P,
    b: P,
}

impl Segment {
    fn intersect(&self, o: &Segment) -> Option<P> {
        let r = self.b.sub(self.a);
        let s = o.b.sub(o.a);
        let denom = r.cross(s);
        if denom.abs() < EPS {
            return None;
        }
        let qp = o.a.sub(self.a);
        let t = qp.cross(s) / denom;
        let u = qp.cross(r) / denom;
        if t < 0.0 || t > 1.0 || u < 0.0 || u > 1.0 {
            return None;
        }
        Some(P::new(self.a.x + t * r.x, self.a.y + t * r.y))
    }
}

#[derive(Debug, Clone, Copy)]
enum Figure {
    Circle { c: P, r: f64 },
    Rect { lo: P, hi: P },
    Tri(P, P, P),
}

#[derive(Debug, Clone, Copy)]
struct BBox {
    lo: P,
    hi: P,
}

impl Figure {
    fn area(&self) -> f64 {
        match self {
            Figure::Circle { r, .. } => std::f64::consts::PI * r * r,
            Figure::Rect { lo, hi } => (hi.x - lo.x) * (hi.y - lo.y),
            Figure::Tri(a, b, c) => (b.sub(*a).cross(c.sub(*a)) / 2.0).abs(),
        }
    }

    fn bbox(&self) -> BBox {
        match *self {
            Figure::Circle { c, r } => BBox { lo: P::new(c.x - r, c.y - r), hi: P::new(c.x + r, c.y + r) },
            Figure::Rect { lo, hi } => BBox { lo, hi },
            Figure::Tri(a, b, c) => BBox {
                lo: P::new(a.x.min(b.x).min(c.x), a.y.min(b.y).min(c.y)),
                hi: P::new(a.x.max(b.x).max(c.x), a.y.max(b.y).max(c.y)),
            },
        }
    }
}

fn shoelace(poly: &[P; 6]) -> f64 {
    let mut s = 0.0;
    let n = poly.len();
    for i in 0..n {
        let j = (i + 1) % n;
        s += poly[i].x * poly[j].y - poly[j].x * poly[i].y;
    }
    s.abs() / 2.0
}

fn perimeter(poly: &[P; 6]) -> f64 {
    let mut s = 0.0;
    for i in 0..poly.len() {
        s += poly[(i + 1) % poly.len()].sub(poly[i]).len();
    }
    s
}

fn main() {
    let a = P::new(1.0, 2.0);
    let b = P::new(4.0, 6.0);
    println!("a = {:?}, b = {:?}", a, b);
    println!("|b - a| = {}", b.sub(a).len());
    println!("a . b = {}, a x b = {}", a.dot(b), a.cross(b));

    let s1 = Segment { a: P::new(0.0, 0.0), b: P::new(4.0, 4.0) };
    let s2 = Segment { a: P::new(0.0, 4.0), b: P::new(4.0, 0.0) };
    let s3 = Segment { a: P::new(5.0, 0.0), b: P::new(9.0, 4.0) };
    let s4 = Segment { a: P::new(0.0, 3.0), b: P::new(1.0, 2.5) };
    println!("s1 x s2 = {:?}", s1.intersect(&s2));
    println!("s1 x s3 = {:?}", s1.intersect(&s3));
    println!("s1 x s4 = {:?}", s1.intersect(&s4));
    match s2.intersect(&Segment { a: P::new(1.0, 0.0), b: P::new(1.0, 10.0) }) {
        Some(p) => println!("s2 hits x=1 at ({:.3}, {:.3})", p.x, p.y),
        None => println!("s2 misses x=1"),
    }

    let figs = [
        Figure::Circle { c: P::new(0.0, 0.0), r: 2.0 },
        Figure::Rect { lo: P::new(-1.0, -1.0), hi: P::new(3.0, 0.5) },
        Figure::Tri(P::new(0.0, 0.0), P::new(4.0, 0.0), P::new(1.0, 3.0)),
    ];
    let mut total = 0.0;
    let mut world = figs[0].bbox();
    for i in 0..figs.len() {
        let area = figs[i].area();
        let bb = figs[i].bbox();
        total += area;
        world.lo.x = world.lo.x.min(bb.lo.x);
        world.lo.y = world.lo.y.min(bb.lo.y);
        world.hi.x = world.hi.x.max(bb.hi.x);
        world.hi.y = world.hi.y.max(bb.hi.y);
        println!("figure {} area {:.3} bbox ({:.1},{:.1})-({:.1},{:.1})", i, area, bb.lo.x, bb.lo.y, bb.hi.x, bb.hi.y);
    }
    println!("total area {:.4}", total);
    println!("world bbox {:?}", world);

    let hex = [
        P::new(2.0, 0.0),
        P::new(1.0, 1.7320508075688772),
        P::new(-1.0, 1.7320508075688772),
        P::new(-2.0, 0.0),
        P::new(-1.0, -1.7320508075688772),
        P::new(1.0, -1.7320508075688772),
    ];
    println!("hexagon area {:.6} perimeter {:.6}", shoelace(&hex), perimeter(&hex));
    println!("P eq: {}", P::new(0.5, 0.25) == P::new(0.5, 0.25));
}
