// covers: BFS maze solver on a grid of bytes, generic Queue<T: Copy>, Vec<Vec<Option<Pos>>> predecessor map, path reconstruction, String::from_utf8, windows().count()
const MAZE: [&str; 9] = [
    "###########",
    "#S..#.....#",
    "#.#.#.###.#",
    "#.#...#...#",
    "#.#####.#.#",
    "#...#...#.#",
    "###.#.###.#",
    "#.....#..E#",
    "###########",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos { r: usize, c: usize }

struct Queue<T> { items: Vec<T>, head: usize }
impl<T: Copy> Queue<T> {
    fn new() -> Self { Queue { items: Vec::new(), head: 0 } }
    fn push(&mut self, t: T) { self.items.push(t); }
    fn pop(&mut self) -> Option<T> {
        if self.head < self.items.len() { self.head += 1; Some(self.items[self.head - 1]) } else { None }
    }
}

fn find(grid: &[Vec<u8>], ch: u8) -> Option<Pos> {
    for (r, row) in grid.iter().enumerate() {
        for (c, &b) in row.iter().enumerate() {
            if b == ch { return Some(Pos { r, c }); }
        }
    }
    None
}

fn neighbours(p: Pos, h: usize, w: usize) -> Vec<Pos> {
    let mut out = Vec::with_capacity(4);
    let deltas: [(i32, i32); 4] = [(-1, 0), (0, 1), (1, 0), (0, -1)];
    for (dr, dc) in deltas {
        let nr = p.r as i32 + dr;
        let nc = p.c as i32 + dc;
        if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 { continue; }
        out.push(Pos { r: nr as usize, c: nc as usize });
    }
    out
}

fn bfs(grid: &[Vec<u8>], start: Pos, goal: Pos) -> Option<Vec<Pos>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; w]; h];
    let mut seen = vec![vec![false; w]; h];
    let mut q = Queue::new();
    q.push(start);
    seen[start.r][start.c] = true;
    while let Some(p) = q.pop() {
        if p == goal {
            let mut path = vec![p];
            let mut cur = p;
            while let Some(pp) = prev[cur.r][cur.c] { path.push(pp); cur = pp; }
            path.reverse();
            return Some(path);
        }
        for n in neighbours(p, h, w) {
            if grid[n.r][n.c] != b'#' && !seen[n.r][n.c] {
                seen[n.r][n.c] = true;
                prev[n.r][n.c] = Some(p);
                q.push(n);
            }
        }
    }
    None
}

fn main() {
    let mut grid: Vec<Vec<u8>> = Vec::new();
    for line in MAZE.iter() { grid.push(line.as_bytes().to_vec()); }
    let start = find(&grid, b'S').unwrap();
    let goal = find(&grid, b'E').unwrap();
    println!("start {:?} goal {:?}", start, goal);
    match bfs(&grid, start, goal) {
        Some(path) => {
            println!("path length {}", path.len() - 1);
            for p in path.iter().skip(1).take(path.len() - 2) { grid[p.r][p.c] = b'*'; }
            for row in &grid { println!("{}", String::from_utf8(row.clone()).unwrap()); }
            let turns = path.windows(3).count();
            println!("windows {}", turns);
        }
        None => println!("no path"),
    }
    grid[7][8] = b'#';
    grid[6][9] = b'#';
    println!("{:?}", bfs(&grid, start, goal).is_none());
}
