// covers: Conway's game of life on a torus with const dimensions and a [[bool; W]; H] type alias, matches! macro, FNV hash, labelled loop break with Option value
const W: usize = 12;
const H: usize = 8;

type Board = [[bool; W]; H];

fn neighbours(b: &Board, r: usize, c: usize) -> u8 {
    let mut n = 0u8;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 { continue; }
            if b[(r + dr) % H][(c + dc) % W] { n += 1; }
        }
    }
    n
}

fn step(b: &Board) -> Board {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(b, r, c);
            next[r][c] = matches!((b[r][c], n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn show(b: &Board) -> String {
    let mut s = String::with_capacity((W + 1) * H);
    for row in b.iter() {
        for &cell in row { s.push(if cell { 'O' } else { '.' }); }
        s.push('\n');
    }
    s
}

fn population(b: &Board) -> usize {
    let mut p = 0;
    for row in b { for &c in row.iter() { if c { p += 1; } } }
    p
}

fn hash(b: &Board) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for row in b { for &c in row { h ^= c as u64; h = h.wrapping_mul(0x100000001b3); } }
    h
}

fn main() {
    let mut b: Board = [[false; W]; H];
    for &(r, c) in &[(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] { b[r][c] = true; }
    for &(r, c) in [(5, 8), (5, 9), (5, 10)].iter() { b[r][c] = true; }
    print!("{}", show(&b));
    let mut history: Vec<u64> = vec![hash(&b)];
    let mut gen = 0;
    let period = 'sim: loop {
        b = step(&b);
        gen += 1;
        let h = hash(&b);
        for (i, &old) in history.iter().enumerate() {
            if old == h { break 'sim Some((i, gen - i)); }
        }
        history.push(h);
        if gen % 8 == 0 { println!("gen {:>3} pop {:>2} hash {:016x}", gen, population(&b), h); }
        if gen >= 60 { break None; }
    };
    println!("after {} generations: {:?}", gen, period);
    print!("{}", show(&b));
    let blinker_only = population(&b);
    println!("pop={} wrap-check={}", blinker_only, neighbours(&b, 0, 0));
}
