// covers: #[derive(Clone, Copy, Debug, PartialEq)], {:?} on structs/tuple structs/unit structs/nested structs/arrays of structs, == and != on derived PartialEq, .clone(), Copy semantics for structs, struct update syntax from a constructor
#[derive(Clone, Copy, Debug, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Id(u32);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Empty;

#[derive(Debug, Clone, PartialEq)]
struct Particle {
    id: Id,
    pos: Vec2,
    vel: Vec2,
    tags: [char; 2],
    alive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug)]
struct Settings {
    volume: i32,
    muted: bool,
    ratio: f64,
}

impl Version {
    fn newer_than(&self, o: &Version) -> bool {
        if self.major != o.major {
            return self.major > o.major;
        }
        if self.minor != o.minor {
            return self.minor > o.minor;
        }
        self.patch > o.patch
    }
}

impl Settings {
    fn new() -> Settings {
        Settings { volume: 0, muted: false, ratio: 0.0 }
    }
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }

    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Particle {
    fn step(&mut self, dt: f64) {
        self.pos = self.pos.add(self.vel.scale(dt));
    }
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.5 };
    let b = a; // Copy
    let c = a.add(b);
    println!("a = {:?}", a);
    println!("b = {:?}", b);
    println!("c = {:?}", c);
    println!("a == b: {}, a == c: {}, a != c: {}", a == b, a == c, a != c);

    let id = Id(7);
    println!("id = {:?}, inner = {}", id, id.0);
    println!("empty = {:?}, eq = {}", Empty, Empty == Empty);

    let mut p = Particle {
        id: Id(1),
        pos: Vec2 { x: 0.0, y: 0.0 },
        vel: Vec2 { x: 0.5, y: -1.0 },
        tags: ['h', 'z'],
        alive: true,
    };
    let snapshot = p.clone();
    for _ in 0..4 {
        p.step(0.5);
    }
    println!("p = {:?}", p);
    println!("snapshot = {:?}", snapshot);
    println!("p == snapshot: {}", p == snapshot);
    let mut q = p.clone();
    println!("q == p: {}", q == p);
    q.alive = false;
    println!("after change q == p: {}", q == p);

    let versions = [
        Version { major: 1, minor: 2, patch: 3 },
        Version { major: 1, minor: 10, patch: 0 },
        Version { major: 0, minor: 99, patch: 99 },
    ];
    println!("versions = {:?}", versions);
    let mut newest = versions[0];
    for i in 1..versions.len() {
        if versions[i].newer_than(&newest) {
            newest = versions[i];
        }
    }
    println!("newest = {:?}", newest);
    println!("v1 newer than v0: {}, v0 == copy: {}", versions[1].newer_than(&versions[0]), versions[0] == newest);

    let s = Settings::new();
    println!("default settings = {:?}", s);
    let s2 = Settings { volume: 11, ..Settings::new() };
    println!("custom settings = {:?} ({} {} {})", s2, s2.volume, s2.muted, s2.ratio);

    let pair = (Id(3), Vec2 { x: -0.0, y: 1e-9 });
    println!("tuple of structs = {:?}", pair);
    let name = "quoted";
    println!("debug str = {:?}, debug char = {:?}", name, 'q');
}
