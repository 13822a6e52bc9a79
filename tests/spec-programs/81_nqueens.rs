// covers: n-queens by backtracking with Vec<usize> columns and abs_diff, bitmask counting with wrapping_neg lowest-bit extraction and shifts, Option<Vec<usize>> first solution, board drawing, labelled break/continue 'outer over a Vec<u64>, extension trait on std::ops::RangeInclusive<u32>, width formatting
struct Solver {
    n: usize,
    cols: Vec<usize>,
    solutions: u32,
    first: Option<Vec<usize>>,
}

impl Solver {
    fn new(n: usize) -> Self {
        Solver { n, cols: Vec::with_capacity(n), solutions: 0, first: None }
    }

    fn safe(&self, col: usize) -> bool {
        let row = self.cols.len();
        for (r, &c) in self.cols.iter().enumerate() {
            if c == col || (row - r) == c.abs_diff(col) {
                return false;
            }
        }
        true
    }

    fn place(&mut self) {
        if self.cols.len() == self.n {
            self.solutions += 1;
            if self.first.is_none() {
                self.first = Some(self.cols.clone());
            }
            return;
        }
        for col in 0..self.n {
            if self.safe(col) {
                self.cols.push(col);
                self.place();
                self.cols.pop();
            }
        }
    }
}

fn count_bits(n: u32, row: u32, cols: u32, d1: u32, d2: u32) -> u64 {
    if row == n {
        return 1;
    }
    let full = (1u32 << n) - 1;
    let mut avail = full & !(cols | d1 | d2);
    let mut total = 0;
    while avail != 0 {
        let bit = avail & avail.wrapping_neg();
        avail ^= bit;
        total += count_bits(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    total
}

fn draw(cols: &[usize]) {
    for &c in cols {
        let mut line = String::new();
        for j in 0..cols.len() {
            line.push_str(if j == c { "Q " } else { ". " });
        }
        println!("{}", line.trim_end());
    }
}

fn main() {
    for n in 1..=8 {
        let mut s = Solver::new(n);
        s.place();
        let fast = count_bits(n as u32, 0, 0, 0, 0);
        println!("n={:<2} solutions={:>3} bitmask={:>3} agree={}", n, s.solutions, fast, s.solutions as u64 == fast);
    }
    let mut s = Solver::new(6);
    s.place();
    if let Some(ref sol) = s.first {
        println!("first 6-queens: {:?}", sol);
        draw(sol);
    }
    // Find the first pair (a, b) of board sizes whose solution counts sum to 50, using labelled loops.
    let counts: Vec<u64> = (1..=10u32).map_counts();
    let mut found = None;
    'outer: for i in 0..counts.len() {
        for j in i..counts.len() {
            if counts[i] + counts[j] == 50 {
                found = Some((i + 1, j + 1));
                break 'outer;
            }
            if counts[j] > 50 {
                continue 'outer;
            }
        }
    }
    println!("counts: {:?}", counts);
    match found {
        Some((a, b)) => println!("sizes {} and {} sum to 50", a, b),
        None => println!("no pair sums to 50"),
    }
}

trait MapCounts {
    fn map_counts(self) -> Vec<u64>;
}

impl MapCounts for std::ops::RangeInclusive<u32> {
    fn map_counts(self) -> Vec<u64> {
        let mut v = Vec::new();
        for n in self {
            v.push(count_bits(n, 0, 0, 0, 0));
        }
        v
    }
}
