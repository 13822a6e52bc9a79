// covers: Box<dyn Fn>/Box<dyn FnMut> stored in a Vec and a struct (an event bus with named handlers), &dyn Fn and &mut dyn FnMut parameters, closures of different types in one collection, a HashMap of boxed command closures, handlers mutating their own captured state
use std::collections::HashMap;

struct EventBus {
    handlers: Vec<(String, Box<dyn FnMut(&str) -> bool>)>,
    delivered: usize,
}

impl EventBus {
    fn new() -> EventBus {
        EventBus { handlers: Vec::new(), delivered: 0 }
    }
    fn subscribe(&mut self, name: &str, h: Box<dyn FnMut(&str) -> bool>) {
        self.handlers.push((name.to_string(), h));
    }
    fn publish(&mut self, msg: &str) -> Vec<String> {
        let mut accepted = Vec::new();
        for (name, h) in self.handlers.iter_mut() {
            if h(msg) {
                accepted.push(name.clone());
                self.delivered += 1;
            }
        }
        accepted
    }
}

fn apply_all(fs: &[Box<dyn Fn(f64) -> f64>], x: f64) -> Vec<f64> {
    fs.iter().map(|f| f(x)).collect()
}

fn twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn drive(n: u32, sink: &mut dyn FnMut(u32)) {
    for i in 0..n {
        sink(i);
    }
}

fn main() {
    let mut bus = EventBus::new();
    let mut count = 0;
    bus.subscribe("counter", Box::new(move |_m| {
        count += 1;
        println!("  counter saw message #{}", count);
        true
    }));
    bus.subscribe("errors", Box::new(|m| m.starts_with("error")));
    let min_len = 12;
    bus.subscribe("long", Box::new(move |m| m.len() >= min_len));
    for msg in ["hello", "error: disk full", "a rather long message"] {
        let got = bus.publish(msg);
        println!("{:?} -> {:?}", msg, got);
    }
    println!("delivered {}", bus.delivered);

    let scale = 2.5;
    let fs: Vec<Box<dyn Fn(f64) -> f64>> = vec![Box::new(|x| x + 1.0), Box::new(move |x| x * scale), Box::new(|x: f64| x.sqrt())];
    println!("{:?}", apply_all(&fs, 16.0));

    let offset = 3;
    println!("{} {}", twice(&|x| x * x, 3), twice(&move |x| x - offset, 10));
    let mut collected = Vec::new();
    drive(4, &mut |i| collected.push(i * 10));
    println!("{:?}", collected);

    let mut commands: HashMap<&str, Box<dyn Fn(&[i32]) -> i32>> = HashMap::new();
    commands.insert("sum", Box::new(|xs| xs.iter().sum()));
    commands.insert("max", Box::new(|xs| *xs.iter().max().unwrap_or(&0)));
    commands.insert("len", Box::new(|xs| xs.len() as i32));
    let args = [4, 9, -2, 7];
    let mut names: Vec<&&str> = commands.keys().collect();
    names.sort();
    for n in names {
        println!("{} = {}", n, commands[*n](&args));
    }
}
