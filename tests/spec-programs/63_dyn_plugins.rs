// covers: trait objects with &mut self state (Vec<Box<dyn Filter>>), trait default methods overridden and not, &dyn Trait and &mut dyn Trait parameters, generic fn with T: Trait + ?Sized accepting dyn, Box<dyn Trait> returned from factory by name with Option, separate trait with default associated fn (no self) overridden in one impl, called as T::kind() under a second bound, static dispatch vs dyn dispatch of the same impl, struct holding Vec<Box<dyn Trait>> pipeline, impl Trait for Box-free unit struct, trait method returning String built with format!
trait Kind {
    fn kind() -> &'static str { "filter" }
}
impl Kind for DropOdd {}
impl Kind for Scale {
    fn kind() -> &'static str { "scaler" }
}

trait Filter {
    fn name(&self) -> String;
    fn apply(&mut self, x: i64) -> Option<i64>;
    fn reset(&mut self) {}
    fn label(&self) -> String {
        format!("<{}>", self.name())
    }
}

struct Scale(i64);
struct DropOdd;
struct RunningSum { total: i64 }
struct Clamp { lo: i64, hi: i64, clamped: u32 }

impl Filter for Scale {
    fn name(&self) -> String { format!("scale*{}", self.0) }
    fn apply(&mut self, x: i64) -> Option<i64> { Some(x * self.0) }
}
impl Filter for DropOdd {
    fn name(&self) -> String { "drop-odd".to_string() }
    fn apply(&mut self, x: i64) -> Option<i64> { if x % 2 != 0 { None } else { Some(x) } }
    fn label(&self) -> String { String::from("[even only]") }
}
impl Filter for RunningSum {
    fn name(&self) -> String { format!("sum({})", self.total) }
    fn apply(&mut self, x: i64) -> Option<i64> { self.total += x; Some(self.total) }
    fn reset(&mut self) { self.total = 0; }
}
impl Filter for Clamp {
    fn name(&self) -> String { format!("clamp[{},{}] hits={}", self.lo, self.hi, self.clamped) }
    fn apply(&mut self, x: i64) -> Option<i64> {
        if x < self.lo { self.clamped += 1; Some(self.lo) }
        else if x > self.hi { self.clamped += 1; Some(self.hi) }
        else { Some(x) }
    }
    fn reset(&mut self) { self.clamped = 0; }
}

fn make(name: &str) -> Option<Box<dyn Filter>> {
    let f: Box<dyn Filter> = match name {
        "double" => Box::new(Scale(2)),
        "negate" => Box::new(Scale(-1)),
        "even" => Box::new(DropOdd),
        "sum" => Box::new(RunningSum { total: 0 }),
        "clamp" => Box::new(Clamp { lo: -10, hi: 25, clamped: 0 }),
        _ => return None,
    };
    Some(f)
}

struct Pipeline { stages: Vec<Box<dyn Filter>> }

impl Pipeline {
    fn build(spec: &str) -> Pipeline {
        let mut stages = Vec::new();
        for part in spec.split('|') {
            match make(part.trim()) {
                Some(f) => stages.push(f),
                None => println!("unknown stage '{}'", part.trim()),
            }
        }
        Pipeline { stages }
    }
    fn run(&mut self, x: i64) -> Option<i64> {
        let mut v = x;
        for st in self.stages.iter_mut() {
            v = st.apply(v)?;
        }
        Some(v)
    }
    fn describe(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for st in &self.stages { parts.push(st.label()); }
        parts.join(" -> ")
    }
}

fn feed(f: &mut dyn Filter, xs: &[i64]) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    for &x in xs { out.push(f.apply(x)); }
    out
}

fn show<T: Filter + ?Sized>(f: &T) { println!("show {}", f.name()); }

fn kind_of<T: Filter + Kind>(_f: &T) -> &'static str { T::kind() }

fn main() {
    let mut p = Pipeline::build("double | even | sum | bogus | clamp");
    println!("{}", p.describe());
    for x in [1, 2, 3, 4, 5, 6, -40] {
        println!("{:>4} -> {:?}", x, p.run(x));
    }
    println!("{}", p.describe());
    for st in p.stages.iter_mut() { st.reset(); }
    println!("after reset: {}", p.describe());
    let mut rs = RunningSum { total: 100 };
    println!("{:?}", feed(&mut rs, &[1, 2, 3]));
    show(&rs);
    let boxed: Box<dyn Filter> = make("clamp").unwrap();
    show(boxed.as_ref());
    println!("{} {} {}", kind_of(&DropOdd), kind_of(&Scale(3)), make("nope").is_none());
    let mut d = DropOdd;
    println!("{:?} {}", feed(&mut d, &[3, 8, 0, -7]), d.label());
}
