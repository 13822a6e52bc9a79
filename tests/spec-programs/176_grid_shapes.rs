// covers: operator traits on a Copy struct (Add, Sub, Mul<f64>), a generic Grid<T> with Index/IndexMut by (usize, usize) tuple patterns in parameters, Display building rows with map+collect::<String>, writeln! with ?, BFS with HashSet::insert as a test and VecDeque, trait default methods, Box<dyn Shape> with max_by/partial_cmp and a lifetime-annotated Option<&Box<dyn Shape>>, sum of f64 areas, dedup
use std::ops::{Add, Mul, Sub, Index, IndexMut};
use std::fmt;
use std::collections::{HashSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }

struct Grid<T> { w: usize, h: usize, cells: Vec<T> }
impl<T: Clone + Default> Grid<T> {
    fn new(w: usize, h: usize) -> Self { Grid { w, h, cells: vec![T::default(); w * h] } }
}
impl<T> Index<(usize, usize)> for Grid<T> { type Output = T; fn index(&self, (x, y): (usize, usize)) -> &T { &self.cells[y * self.w + x] } }
impl<T> IndexMut<(usize, usize)> for Grid<T> { fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut T { &mut self.cells[y * self.w + x] } }
impl fmt::Display for Grid<u8> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for y in 0..self.h {
            let row: String = (0..self.w).map(|x| if self[(x, y)] == 1 { '#' } else { '.' }).collect();
            writeln!(f, "{}", row)?;
        }
        Ok(())
    }
}

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".to_string() } }
struct Circle(f64);
struct Rect { w: f64, h: f64 }
impl Shape for Circle { fn area(&self) -> f64 { std::f64::consts::PI * self.0 * self.0 } fn name(&self) -> String { format!("circle r={}", self.0) } }
impl Shape for Rect { fn area(&self) -> f64 { self.w * self.h } }

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a Box<dyn Shape>> {
    shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn bfs(grid: &Grid<u8>, start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let mut seen = HashSet::new();
    let mut q = VecDeque::new();
    q.push_back((start, 0));
    seen.insert(start);
    while let Some(((x, y), d)) = q.pop_front() {
        if (x, y) == goal { return Some(d); }
        let dirs: [(i32, i32); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        for (dx, dy) in dirs.iter() {
            let nx = x as i32 + dx; let ny = y as i32 + dy;
            if nx < 0 || ny < 0 || nx >= grid.w as i32 || ny >= grid.h as i32 { continue; }
            let n = (nx as usize, ny as usize);
            if grid[n] == 0 && seen.insert(n) { q.push_back((n, d + 1)); }
        }
    }
    None
}

fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    println!("{:?} {:?} {:?} {}", a + b, a - b, (a + b) * 2.0, a == V2::default());
    let mut g: Grid<u8> = Grid::new(6, 4);
    for y in 0..3 { g[(2, y)] = 1; }
    g[(4, 3)] = 1; g[(4, 2)] = 1;
    print!("{}", g);
    println!("{:?} {:?}", bfs(&g, (0, 0), (5, 0)), bfs(&g, (0, 0), (5, 3)));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.5)), Box::new(Rect { w: 3.0, h: 2.5 }), Box::new(Circle(0.5))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total {:.3}", total);
    if let Some(s) = largest(&shapes) { println!("largest: {} ({:.2})", s.name(), s.area()); }
    let mut names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    names.dedup();
    println!("{}", names.join(" | "));
}
