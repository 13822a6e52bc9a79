// covers: matches on nested enums (enum inside enum inside struct), tuple and struct variants, Option<enum> in variants, match guards, @ bindings, or-patterns across nested variants, ref patterns, impl Display on enums delegating to inner Display, match returning tuples, wildcard arms, if let with or-pattern, if let chains by nesting, enum methods consuming self
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color { Red, Green, Blue, Rgb(u8, u8, u8) }

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Dot,
    Circle { r: u32, fill: Option<Color> },
    Poly(Vec<(i32, i32)>, Color),
}

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Draw(Shape),
    Move { id: u32, dx: i32, dy: i32 },
    Batch(Vec<Event>),
    Quit,
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Color::Red => write!(f, "red"),
            Color::Green => write!(f, "green"),
            Color::Blue => write!(f, "blue"),
            Color::Rgb(r, g, b) => write!(f, "#{:02x}{:02x}{:02X}", r, g, b),
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Dot => write!(f, "dot"),
            Shape::Circle { r, fill: Some(c) } => write!(f, "{} circle r={}", c, r),
            Shape::Circle { r, fill: None } => write!(f, "hollow circle r={}", r),
            Shape::Poly(pts, c) => write!(f, "{} poly with {} points", c, pts.len()),
        }
    }
}

fn weight(e: &Event) -> u32 {
    match e {
        Event::Quit => 0,
        Event::Move { dx: 0, dy: 0, .. } => 0,
        Event::Move { dx, dy, .. } if dx.abs() + dy.abs() > 10 => 5,
        Event::Move { .. } => 1,
        Event::Draw(Shape::Dot) => 1,
        Event::Draw(Shape::Circle { r: r @ 0..=9, .. }) => 2 + *r,
        Event::Draw(Shape::Circle { fill: Some(Color::Red | Color::Rgb(255, _, _)), .. }) => 50,
        Event::Draw(Shape::Circle { .. }) => 20,
        Event::Draw(Shape::Poly(pts, _)) if pts.is_empty() => 0,
        Event::Draw(Shape::Poly(pts, Color::Blue)) => 3 * pts.len() as u32,
        Event::Draw(Shape::Poly(pts, _)) => pts.len() as u32,
        Event::Batch(inner) => {
            let mut t = 1;
            for ev in inner { t += weight(ev); }
            t
        }
    }
}

fn classify(c: Color) -> (&'static str, u32) {
    match c {
        Color::Rgb(r, g, b) if r == g && g == b => ("gray", r as u32),
        Color::Rgb(r, g, b) => ("custom", r as u32 + g as u32 + b as u32),
        Color::Red | Color::Green | Color::Blue => ("primary", 0),
    }
}

fn describe(e: &Event, depth: usize) {
    let pad = "  ".repeat(depth);
    match e {
        Event::Draw(s) => println!("{}draw {} (w={})", pad, s, weight(e)),
        Event::Move { id, dx, dy } => println!("{}move #{} by ({}, {}) (w={})", pad, id, dx, dy, weight(e)),
        Event::Batch(v) => {
            println!("{}batch of {} (w={})", pad, v.len(), weight(e));
            for inner in v.iter() { describe(inner, depth + 1); }
        }
        Event::Quit => println!("{}quit", pad),
    }
}

fn main() {
    let events = vec![
        Event::Draw(Shape::Dot),
        Event::Draw(Shape::Circle { r: 4, fill: None }),
        Event::Draw(Shape::Circle { r: 40, fill: Some(Color::Rgb(255, 1, 2)) }),
        Event::Draw(Shape::Circle { r: 40, fill: Some(Color::Green) }),
        Event::Move { id: 7, dx: 0, dy: 0 },
        Event::Move { id: 8, dx: -9, dy: 3 },
        Event::Batch(vec![
            Event::Draw(Shape::Poly(vec![(0, 0), (1, 0), (0, 1)], Color::Blue)),
            Event::Batch(vec![Event::Move { id: 1, dx: 1, dy: 1 }, Event::Quit]),
            Event::Draw(Shape::Poly(Vec::new(), Color::Red)),
        ]),
        Event::Quit,
    ];
    let mut total = 0;
    for e in &events {
        describe(e, 0);
        total += weight(e);
    }
    println!("total weight {}", total);
    for c in [Color::Red, Color::Rgb(9, 9, 9), Color::Rgb(16, 32, 200)] {
        let (kind, score) = classify(c);
        println!("{:>10} {:<8} {}", c.to_string(), kind, score);
    }
    let mut quits = 0;
    for e in events.iter() {
        if let Event::Quit | Event::Batch(_) = e { quits += 1; }
    }
    println!("quits={}", quits);
    if let Event::Batch(ref inner) = events[6] {
        if let Some(Event::Draw(Shape::Poly(pts, c))) = inner.first() {
            println!("first poly {:?} in {:?}", pts, c);
        }
    }
    println!("{}", events[1] == Event::Draw(Shape::Circle { r: 4, fill: None }));
}
