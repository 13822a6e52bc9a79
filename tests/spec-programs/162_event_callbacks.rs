// covers: FnMut callbacks mutating captured state seen afterwards, a generic struct holding a closure field called as (self.f)(x), closures passed as &mut F and &F, closures capturing self in methods, a Vec of move closures from one expression, nested closures sharing a captured counter, closures returning structs, impl FnMut arguments
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Tick(u32),
}

struct Filter<F: FnMut(&Event) -> bool> {
    accept: F,
    passed: u32,
    dropped: u32,
}

impl<F: FnMut(&Event) -> bool> Filter<F> {
    fn new(accept: F) -> Self {
        Filter { accept, passed: 0, dropped: 0 }
    }
    fn offer(&mut self, e: &Event) -> bool {
        let ok = (self.accept)(e);
        if ok {
            self.passed += 1;
        } else {
            self.dropped += 1;
        }
        ok
    }
}

fn dispatch<F: FnMut(usize, &Event)>(events: &[Event], handler: &mut F) {
    for (i, e) in events.iter().enumerate() {
        handler(i, e);
    }
}

fn count_matching<P: Fn(&Event) -> bool>(events: &[Event], pred: &P) -> usize {
    let mut n = 0;
    for e in events {
        if pred(e) {
            n += 1;
        }
    }
    n
}

fn retry(mut attempt: impl FnMut(u32) -> Result<u32, String>, max: u32) -> Result<u32, String> {
    let mut last = Err("never tried".to_string());
    for i in 0..max {
        last = attempt(i);
        if last.is_ok() {
            break;
        }
    }
    last
}

struct Inventory {
    items: Vec<(String, u32)>,
    low_water: u32,
}

impl Inventory {
    fn low(&self) -> Vec<&str> {
        self.items.iter().filter(|(_, n)| *n < self.low_water).map(|(name, _)| name.as_str()).collect()
    }
    fn restock(&mut self, amount: u32) {
        let low = self.low_water;
        self.items.iter_mut().filter(|(_, n)| *n < low).for_each(|(_, n)| *n += amount);
    }
}

fn main() {
    let events = vec![
        Event::Click { x: 3, y: 4 },
        Event::Key('q'),
        Event::Tick(10),
        Event::Click { x: -1, y: 7 },
        Event::Key('w'),
        Event::Tick(25),
    ];
    let mut clicks = 0;
    let mut keys = String::new();
    let mut ticks: HashMap<&str, u32> = HashMap::new();
    let mut log = Vec::new();
    dispatch(&events, &mut |i, e| {
        match e {
            Event::Click { x, y } => {
                clicks += 1;
                log.push(format!("#{} click at {},{}", i, x, y));
            }
            Event::Key(c) => keys.push(*c),
            Event::Tick(t) => *ticks.entry("total").or_insert(0) += t,
        }
    });
    println!("clicks={} keys={} ticks={:?}", clicks, keys, ticks.get("total"));
    println!("{:?}", log);

    let min_x = 0;
    let mut filter = Filter::new(|e: &Event| match e {
        Event::Click { x, .. } => *x >= min_x,
        _ => true,
    });
    for e in &events {
        filter.offer(e);
    }
    println!("passed {} dropped {}", filter.passed, filter.dropped);

    let is_tick = |e: &Event| matches!(e, Event::Tick(_));
    println!("ticks: {}", count_matching(&events, &is_tick));
    println!("keys: {}", count_matching(&events, &|e: &Event| matches!(e, Event::Key(_))));

    let adders: Vec<_> = (1..=3).map(|n| move |x: i32| x + n * 100).collect();
    let results: Vec<i32> = adders.iter().map(|f| f(5)).collect();
    println!("{:?}", results);

    let mut calls = 0;
    let outcome = retry(|i| {
        calls += 1;
        if i < 2 { Err(format!("attempt {} failed", i)) } else { Ok(i * 10) }
    }, 5);
    println!("{:?} after {} calls", outcome, calls);
    println!("{:?}", retry(|i| Err(format!("no {}", i)), 2));

    let mut total = 0;
    {
        let mut add = |x: i32| total += x;
        let mut twice = |x: i32| {
            add(x);
            add(x);
        };
        twice(5);
        twice(7);
    }
    println!("total {}", total);

    let make_point = |x: i32, y: i32| Event::Click { x, y };
    println!("{:?} {}", make_point(1, 2), make_point(1, 2) == events[0]);

    let mut inv = Inventory { items: vec![("bolts".to_string(), 3), ("nuts".to_string(), 12), ("gears".to_string(), 1)], low_water: 5 };
    println!("low: {:?}", inv.low());
    inv.restock(10);
    println!("{:?} low: {:?}", inv.items, inv.low());
}
