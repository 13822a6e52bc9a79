// covers: traits with associated functions (no self) fn name() -> String and constructors fn create(..) -> Self, calling T::name() in generic code, Self in trait signatures, impl PartialEq by hand (eq) including != and comparisons across fields, PartialEq used by Vec::contains and ==, generic function using T::create, trait with both assoc fn and methods
trait Unit {
    fn name() -> String;
    fn symbol() -> &'static str;
    fn from_base(v: f64) -> Self;
    fn to_base(&self) -> f64;
    fn value(&self) -> f64;
}

#[derive(Debug, Clone, Copy)]
struct Meters(f64);
#[derive(Debug, Clone, Copy)]
struct Feet(f64);
#[derive(Debug, Clone, Copy)]
struct Inches(f64);

impl Unit for Meters {
    fn value(&self) -> f64 {
        self.0
    }
    fn name() -> String {
        String::from("meters")
    }
    fn symbol() -> &'static str {
        "m"
    }
    fn from_base(v: f64) -> Self {
        Meters(v)
    }
    fn to_base(&self) -> f64 {
        self.0
    }
}

impl Unit for Feet {
    fn value(&self) -> f64 {
        self.0
    }
    fn name() -> String {
        "feet".to_string()
    }
    fn symbol() -> &'static str {
        "ft"
    }
    fn from_base(v: f64) -> Self {
        Feet(v / 0.3048)
    }
    fn to_base(&self) -> f64 {
        self.0 * 0.3048
    }
}

impl Unit for Inches {
    fn value(&self) -> f64 {
        self.0
    }
    fn name() -> String {
        "inches".to_string()
    }
    fn symbol() -> &'static str {
        "in"
    }
    fn from_base(v: f64) -> Self {
        Inches(v / 0.0254)
    }
    fn to_base(&self) -> f64 {
        self.0 * 0.0254
    }
}

fn convert<A: Unit, B: Unit>(a: &A) -> B {
    B::from_base(a.to_base())
}

fn describe<U: Unit>(u: &U) -> String {
    format!("{:.3} {} = {:.3} {} ({})", u.value(), U::symbol(), u.to_base(), Meters::symbol(), U::name())
}

trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}

impl Zero for i64 {
    fn zero() -> Self {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}

impl Zero for f64 {
    fn zero() -> Self {
        0.0
    }
    fn is_zero(&self) -> bool {
        *self == 0.0
    }
}

fn zeros<T: Zero + Clone>(n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(T::zero());
    }
    v
}

// PartialEq by hand: case-insensitive names, id ignored
#[derive(Debug, Clone)]
struct User {
    id: u32,
    name: String,
}

impl PartialEq for User {
    fn eq(&self, other: &User) -> bool {
        self.name.to_lowercase() == other.name.to_lowercase()
    }
}

#[derive(Debug, Clone, Copy)]
struct Fraction {
    num: i64,
    den: i64,
}

impl PartialEq for Fraction {
    fn eq(&self, other: &Self) -> bool {
        self.num * other.den == other.num * self.den
    }
}

#[derive(Debug, Clone, Copy)]
enum Tolerance {
    Exact(i32),
    Near(i32),
}

impl PartialEq for Tolerance {
    fn eq(&self, other: &Tolerance) -> bool {
        match (self, other) {
            (Tolerance::Exact(a), Tolerance::Exact(b)) => a == b,
            (Tolerance::Near(a), Tolerance::Near(b)) => (a - b).abs() <= 1,
            (Tolerance::Exact(a), Tolerance::Near(b)) | (Tolerance::Near(b), Tolerance::Exact(a)) => (a - b).abs() <= 1,
        }
    }
}

fn main() {
    let run = Meters(100.0);
    let f: Feet = convert(&run);
    let i: Inches = convert(&f);
    let back: Meters = convert(&i);
    println!("{:?} -> {:?}", run, f);
    println!("{:?} -> {:?}", f, i);
    println!("round trip {:.6}", back.0);
    println!("names: {} {} {}", Meters::name(), Feet::name(), <Inches as Unit>::name());
    println!("{}", describe(&Feet(3.0)));
    println!("{}", describe(&Meters(2.0)));
    println!("{}", describe(&Inches(12.0)));

    let zi: Vec<i64> = zeros(3);
    let zf = zeros::<f64>(2);
    println!("zeros {:?} {:?} all zero {}", zi, zf, zi[0].is_zero() && zf[1].is_zero());
    println!("i64::zero() = {} f64 zero = {}", i64::zero(), <f64 as Zero>::zero());

    let a = User { id: 1, name: String::from("Alice") };
    let b = User { id: 2, name: String::from("ALICE") };
    let c = User { id: 3, name: String::from("Bob") };
    println!("a == b {} a == c {} a != c {}", a == b, a == c, a != c);
    let users = vec![a.clone(), c.clone()];
    println!("contains alice-ish: {}", users.contains(&User { id: 99, name: "aLiCe".to_string() }));
    println!("ids {} {} {}", a.id, b.id, c.id);

    let h1 = Fraction { num: 1, den: 2 };
    let h2 = Fraction { num: 3, den: 6 };
    let t = Fraction { num: 1, den: 3 };
    println!("1/2 == 3/6 {}, 1/2 == 1/3 {}, 1/2 != 1/3 {}", h1 == h2, h1 == t, h1 != t);
    let fr = vec![h1, t];
    println!("vec eq {}", fr == vec![h2, Fraction { num: -2, den: -6 }]);

    let cases = [
        (Tolerance::Exact(5), Tolerance::Exact(5)),
        (Tolerance::Exact(5), Tolerance::Exact(6)),
        (Tolerance::Near(5), Tolerance::Near(6)),
        (Tolerance::Exact(5), Tolerance::Near(7)),
        (Tolerance::Near(4), Tolerance::Exact(3)),
    ];
    for (x, y) in cases.iter() {
        println!("{:?} == {:?}: {}", x, y, x == y);
    }
}
