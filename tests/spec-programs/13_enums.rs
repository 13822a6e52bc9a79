// covers: enums with unit variants, tuple variants, struct variants, explicit discriminants and `as i32` casts, match on enums, impl on enums, enums holding structs, derive Debug/Clone/Copy/PartialEq on enums, enum in arrays, exhaustive match with wildcard, use Enum::* imports
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

use Direction::*;

impl Direction {
    fn turn_right(self) -> Direction {
        match self {
            North => East,
            East => South,
            South => West,
            West => North,
        }
    }

    fn delta(self) -> (i32, i32) {
        match self {
            North => (0, 1),
            East => (1, 0),
            South => (0, -1),
            West => (-1, 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Triangle { a: f64, b: f64, c: f64 },
    Dot,
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle(r) => 3.14159 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Triangle { a, b, c } => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Dot => 0.0,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Rect(..) => "rect",
            Shape::Triangle { .. } => "triangle",
            Shape::Dot => "dot",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug)]
enum Event {
    Key { code: u32, shift: bool },
    Click(i32, i32),
    Resize { w: u32, h: u32 },
    Quit,
}

fn handle(e: &Event) -> i32 {
    match e {
        Event::Key { code, shift: true } => {
            println!("  shifted key {}", code);
            *code as i32 * 2
        }
        Event::Key { code, .. } => {
            println!("  key {}", code);
            *code as i32
        }
        Event::Click(x, y) => {
            println!("  click at {},{}", x, y);
            x + y
        }
        Event::Resize { w, h } => {
            println!("  resize to {}x{}", w, h);
            (*w * *h) as i32
        }
        Event::Quit => {
            println!("  quit");
            -1
        }
    }
}

fn main() {
    let mut d = North;
    let mut pos = (0, 0);
    let moves = [3, 1, 4, 1, 5, 9, 2, 6];
    for i in 0..moves.len() {
        let (dx, dy) = d.delta();
        pos = (pos.0 + dx * moves[i], pos.1 + dy * moves[i]);
        d = d.turn_right();
    }
    println!("final pos {:?} facing {:?}", pos, d);
    println!("North == North: {}, North == South: {}", North == North, North == South);

    let shapes = [
        Shape::Circle(1.5),
        Shape::Rect(2.0, 3.5),
        Shape::Triangle { a: 3.0, b: 4.0, c: 5.0 },
        Shape::Dot,
    ];
    let mut total = 0.0;
    for i in 0..shapes.len() {
        let s = shapes[i];
        println!("{} {:?} area {:.3}", s.name(), s, s.area());
        total += s.area();
    }
    println!("total area {:.3}", total);
    println!("Rect == Rect: {}", Shape::Rect(1.0, 2.0) == Shape::Rect(1.0, 2.0));

    let levels = [Level::Low, Level::Mid, Level::High];
    for i in 0..levels.len() {
        println!("{:?} = {}", levels[i], levels[i] as i32);
    }

    let events = [
        Event::Key { code: 65, shift: false },
        Event::Key { code: 66, shift: true },
        Event::Click(10, -3),
        Event::Resize { w: 80, h: 25 },
        Event::Quit,
    ];
    let mut score = 0;
    for i in 0..events.len() {
        println!("event {:?}", events[i]);
        score += handle(&events[i]);
    }
    println!("score = {}", score);
}
