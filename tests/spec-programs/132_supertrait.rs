// covers: trait objects with supertraits and default methods calling supertrait methods, Box<dyn Pet> and &dyn Solid, associated consts in traits with defaults, L::MAX in generic fns
use std::fmt;

trait Named { fn name(&self) -> String; }
trait Animal: Named + fmt::Debug {
    fn sound(&self) -> &'static str;
    fn describe(&self) -> String { format!("{} says {}", self.name(), self.sound()) }
}
trait Legs { const LEGS: u32; }
trait Pet: Animal {
    fn owner(&self) -> &str;
    fn tag(&self) -> String { format!("{} (owner: {})", self.describe(), self.owner()) }
}

#[derive(Debug)]
struct Dog { name: String, owner: String, tricks: u8 }
#[derive(Debug)]
struct Bird { species: &'static str }

impl Named for Dog { fn name(&self) -> String { self.name.clone() } }
impl Named for Bird { fn name(&self) -> String { format!("a {}", self.species) } }
impl Legs for Dog { const LEGS: u32 = 4; }
impl Animal for Dog {
    fn sound(&self) -> &'static str { if self.tricks > 2 { "woof!" } else { "woof" } }
}
impl Legs for Bird { const LEGS: u32 = 2; }
impl Animal for Bird {
    fn sound(&self) -> &'static str { "tweet" }
    fn describe(&self) -> String { format!("{} sings {}", self.name(), self.sound()) }
}
impl Pet for Dog { fn owner(&self) -> &str { &self.owner } }

trait Shape { fn area(&self) -> f64; fn kind(&self) -> &str { "shape" } }
trait Solid: Shape { fn depth(&self) -> f64; fn volume(&self) -> f64 { self.area() * self.depth() } }
struct Slab { w: f64, h: f64, d: f64 }
impl Shape for Slab { fn area(&self) -> f64 { self.w * self.h } fn kind(&self) -> &str { "slab" } }
impl Solid for Slab { fn depth(&self) -> f64 { self.d } }

fn total_legs<A: Animal + Legs>(xs: &[A]) -> u32 { A::LEGS * xs.len() as u32 }
fn shout(p: &dyn Pet) -> String { p.tag().to_uppercase() }
fn show_solid(s: &dyn Solid) { println!("{} area={:.2} vol={:.3}", s.kind(), s.area(), s.volume()); }

trait Limits { const MAX: i64; const NAME: &'static str = "unnamed"; fn check(v: i64) -> bool { v <= Self::MAX } }
struct Small;
struct Big;
impl Limits for Small { const MAX: i64 = 10; }
impl Limits for Big { const MAX: i64 = 1_000_000; const NAME: &'static str = "big"; }

fn report<L: Limits>(v: i64) -> String { format!("{}:{}<={}? {}", L::NAME, v, L::MAX, L::check(v)) }

fn main() {
    let d = Dog { name: "Rex".into(), owner: "Ann".into(), tricks: 3 };
    let d2 = Dog { name: "Fido".into(), owner: "Bo".into(), tricks: 0 };
    let b = Bird { species: "robin" };
    println!("{}", d.describe());
    println!("{}", b.describe());
    println!("{}", d2.tag());
    println!("{}", shout(&d));
    let zoo: Vec<Box<dyn Pet>> = vec![Box::new(d2), Box::new(Dog { name: "Spot".into(), owner: "Cy".into(), tricks: 5 })];
    for p in &zoo { println!("{} / {}", p.tag(), p.name()); }
    println!("legs {} {}", total_legs(&[b]), Dog::LEGS + Bird::LEGS);
    show_solid(&Slab { w: 2.0, h: 1.5, d: 0.25 });
    let solids: Vec<Box<dyn Solid>> = vec![Box::new(Slab { w: 1.0, h: 1.0, d: 1.0 })];
    for s in solids.iter() { println!("{:.1}", s.volume() + s.area()); }
    println!("{} | {} | {}", report::<Small>(7), report::<Small>(70), report::<Big>(70));
}
