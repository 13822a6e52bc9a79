// covers: {:#?} pretty Debug (derived structs, tuple structs, enums with data, unit variants, nested Vec/Option/tuples/maps and sets, empty collections, String escapes, width passed through), impl Trait in argument position (impl Display, &impl Trait, impl Iterator<Item = u32>, several in one signature, in a method)
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Display};

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Dot,
    Circle { r: f64 },
    Poly(Vec<(i32, i32)>),
}

#[derive(Debug)]
struct Layer {
    name: String,
    visible: bool,
    shapes: Vec<Shape>,
    tags: Option<Vec<&'static str>>,
}

#[derive(Debug)]
struct Pair(u8, char);

#[derive(Debug)]
struct Empty;

struct Money(i64);
impl Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

trait Area {
    fn area(&self) -> f64;
}
impl Area for Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Dot => 0.0,
            Shape::Circle { r } => 3.0 * r * r,
            Shape::Poly(p) => p.len() as f64,
        }
    }
}

fn show(label: &str, x: impl Display) -> String {
    format!("{}={}", label, x)
}

fn total_area(shapes: &[impl Area]) -> f64 {
    let mut t = 0.0;
    for s in shapes {
        t += s.area();
    }
    t
}

fn sum_all(it: impl Iterator<Item = u32>, extra: &impl Display) -> String {
    let mut s = 0;
    for x in it {
        s += x;
    }
    format!("{} {}", s, extra)
}

impl Layer {
    fn describe(&self, prefix: impl Display, width: usize) -> String {
        format!("{}{:>w$}", prefix, self.name, w = width)
    }
}

fn main() {
    let layer = Layer {
        name: "base \"one\"".to_string(),
        visible: true,
        shapes: vec![Shape::Dot, Shape::Circle { r: 1.5 }, Shape::Poly(vec![(0, 0), (2, 1)])],
        tags: Some(vec!["a", "b"]),
    };
    println!("{:#?}", layer);
    let hidden = Layer { name: String::new(), visible: false, shapes: Vec::new(), tags: None };
    println!("{:#?}", hidden);
    println!("{:#?} {:#?}", Pair(7, 'x'), Empty);
    let mut scores: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    scores.insert("ann", vec![3, 4]);
    scores.insert("bob", vec![]);
    let set: BTreeSet<(i32, &str)> = [(2, "b"), (1, "a")].iter().cloned().collect();
    println!("{:#?}\n{:#?}", scores, set);
    println!("{:#?} {:#?} {:#?}", (1, "two", [3.5]), Some(Some(4)), Vec::<i32>::new());
    println!("{:#5?}|{:?}", Pair(1, 'y'), layer.shapes[1]);
    println!("{} {} {}", show("cost", Money(1234)), show("n", 42), show("s", "str"));
    println!("{:.1} {}", total_area(&layer.shapes), sum_all(vec![1u32, 2, 3].into_iter(), &Money(5)));
    println!("{}", sum_all(1..=4, &"four"));
    println!("[{}]", layer.describe(Money(99), 14));
}
