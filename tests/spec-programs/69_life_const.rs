// covers: const 2D arrays of u8 as initial patterns, const usize dimensions, fixed-size [[bool; W]; H] grids copied by value, neighbour counting with wrapping via (r + H - 1) % H, generations in a loop with std::mem::swap of arrays, population counts with nested iter().filter-free loops, rendering rows to String with push, detecting a period by comparing arrays with ==, u64 bit-packed row hashes with shifts and xor, static str arrays
const W: usize = 12;
const H: usize = 8;
const GLIDER: [[u8; 3]; 3] = [[0, 1, 0], [0, 0, 1], [1, 1, 1]];
const BLINKER: [[u8; 3]; 1] = [[1, 1, 1]];
const NAMES: [&str; 2] = ["glider", "blinker"];

type Grid = [[bool; W]; H];

fn place3(g: &mut Grid, pat: &[[u8; 3]], r0: usize, c0: usize) {
    for (dr, row) in pat.iter().enumerate() {
        for (dc, &cell) in row.iter().enumerate() {
            if cell == 1 { g[(r0 + dr) % H][(c0 + dc) % W] = true; }
        }
    }
}

fn neighbours(g: &Grid, r: usize, c: usize) -> u8 {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 { continue; }
            if g[(r + dr) % H][(c + dc) % W] { n += 1; }
        }
    }
    n
}

fn step(cur: &Grid, next: &mut Grid) {
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(cur, r, c);
            next[r][c] = match (cur[r][c], n) {
                (true, 2) | (true, 3) => true,
                (false, 3) => true,
                _ => false,
            };
        }
    }
}

fn population(g: &Grid) -> usize {
    let mut p = 0;
    for row in g.iter() { for &x in row.iter() { if x { p += 1; } } }
    p
}

fn hash(g: &Grid) -> u64 {
    let mut h: u64 = 0;
    for (i, row) in g.iter().enumerate() {
        let mut bits: u64 = 0;
        for (j, &x) in row.iter().enumerate() { if x { bits |= 1 << j; } }
        h ^= bits.rotate_left((i * 7) as u32).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    h
}

fn render(g: &Grid) -> String {
    let mut s = String::new();
    for row in g.iter() {
        for &x in row.iter() { s.push(if x { '#' } else { '.' }); }
        s.push('\n');
    }
    s
}

fn main() {
    for (k, name) in NAMES.iter().enumerate() {
        let mut a: Grid = [[false; W]; H];
        let mut b: Grid = [[false; W]; H];
        if k == 0 { place3(&mut a, &GLIDER, 1, 1); } else { place3(&mut a, &BLINKER, 3, 4); }
        let start = a;
        println!("== {} pop={} hash={:016x}", name, population(&a), hash(&a));
        print!("{}", render(&a));
        let mut period = None;
        for gen in 1..=48 {
            step(&a, &mut b);
            std::mem::swap(&mut a, &mut b);
            if gen % 12 == 0 { println!("gen {:>2}: pop={} hash={:016x}", gen, population(&a), hash(&a)); }
            if period.is_none() && a == start { period = Some(gen); }
        }
        println!("period: {:?}", period);
        print!("{}", render(&a));
    }
}
