// covers: dyn Trait behind Box, Vec<Box<dyn Trait>>, &dyn Trait parameters, &mut dyn Trait, default methods through trait objects, returning Box<dyn Trait> from a factory function, trait objects with &mut self methods and internal state, dynamic dispatch in a loop, mixing static and dynamic dispatch, Box<dyn Trait> stored in struct fields
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
    fn speak(&self) -> String {
        format!("{} the {}-legged says {}", self.name(), self.legs(), self.sound())
    }
}

struct Dog {
    name: String,
}

struct Bird {
    name: String,
    can_talk: bool,
}

struct Snake;

impl Animal for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        if self.can_talk { "hello".to_string() } else { "tweet".to_string() }
    }
    fn legs(&self) -> u32 {
        2
    }
}

impl Animal for Snake {
    fn name(&self) -> String {
        "Sid".to_string()
    }
    fn sound(&self) -> String {
        "hiss".to_string()
    }
    fn legs(&self) -> u32 {
        0
    }
    fn speak(&self) -> String {
        String::from("Sid prefers not to talk")
    }
}

trait Counter {
    fn tick(&mut self) -> u64;
    fn label(&self) -> &str;
}

struct Linear {
    n: u64,
    step: u64,
}

struct Fib {
    a: u64,
    b: u64,
}

impl Counter for Linear {
    fn tick(&mut self) -> u64 {
        self.n += self.step;
        self.n
    }
    fn label(&self) -> &str {
        "linear"
    }
}

impl Counter for Fib {
    fn tick(&mut self) -> u64 {
        let t = self.a + self.b;
        self.a = self.b;
        self.b = t;
        self.a
    }
    fn label(&self) -> &str {
        "fib"
    }
}

fn make_counter(kind: u32) -> Box<dyn Counter> {
    if kind == 0 {
        Box::new(Linear { n: 0, step: 7 })
    } else {
        Box::new(Fib { a: 0, b: 1 })
    }
}

fn introduce(a: &dyn Animal) {
    println!("intro: {}", a.speak());
}

fn run(c: &mut dyn Counter, times: u32) -> u64 {
    let mut last = 0;
    for _ in 0..times {
        last = c.tick();
    }
    last
}

fn total_legs(zoo: &Vec<Box<dyn Animal>>) -> u32 {
    let mut t = 0;
    for a in zoo.iter() {
        t += a.legs();
    }
    t
}

struct Keeper {
    name: String,
    favourite: Box<dyn Animal>,
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog { name: String::from("Rex") }));
    zoo.push(Box::new(Bird { name: String::from("Polly"), can_talk: true }));
    zoo.push(Box::new(Snake));
    zoo.push(Box::new(Bird { name: String::from("Tweety"), can_talk: false }));
    for a in zoo.iter() {
        println!("{}", a.speak());
    }
    println!("total legs {}", total_legs(&zoo));
    introduce(&*zoo[0]);
    introduce(zoo[1].as_ref());
    let d = Dog { name: String::from("Fido") };
    introduce(&d);

    let mut counters: Vec<Box<dyn Counter>> = vec![make_counter(0), make_counter(1), make_counter(0)];
    for round in 0..3 {
        for i in 0..counters.len() {
            let v = counters[i].tick();
            print!("{}={} ", counters[i].label(), v);
        }
        println!("(round {})", round);
    }
    let mut f = Fib { a: 0, b: 1 };
    println!("fib after 50 ticks = {}", run(&mut f, 50));
    let mut boxed = make_counter(0);
    println!("boxed linear after 10 = {}", run(&mut *boxed, 10));

    let k = Keeper { name: String::from("Ann"), favourite: Box::new(Bird { name: String::from("Kiwi"), can_talk: false }) };
    println!("{} likes {} ({} legs)", k.name, k.favourite.name(), k.favourite.legs());
}
