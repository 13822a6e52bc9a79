// covers: sudoku backtracking solver over [[u8; 9]; 9] in a struct, const [&str; 9] puzzle, chars().enumerate() parsing with char ranges and to_digit, box/row/column checks, Option<(usize, usize)> search, step counter, rendering with trim_end and separators, generic fn over I: Iterator<Item = &[u8; 9]>, std::ops::Range<usize> parameter
const PUZZLE: [&str; 9] = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
];

struct Board {
    cells: [[u8; 9]; 9],
    steps: u64,
}

impl Board {
    fn parse(rows: &[&str; 9]) -> Board {
        let mut cells = [[0u8; 9]; 9];
        for (r, line) in rows.iter().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                cells[r][c] = match ch {
                    '1'..='9' => ch.to_digit(10).unwrap() as u8,
                    _ => 0,
                };
            }
        }
        Board { cells, steps: 0 }
    }

    fn can_place(&self, r: usize, c: usize, d: u8) -> bool {
        for i in 0..9 {
            if self.cells[r][i] == d || self.cells[i][c] == d {
                return false;
            }
        }
        let (br, bc) = (r / 3 * 3, c / 3 * 3);
        for rr in br..br + 3 {
            for cc in bc..bc + 3 {
                if self.cells[rr][cc] == d {
                    return false;
                }
            }
        }
        true
    }

    fn find_empty(&self) -> Option<(usize, usize)> {
        for r in 0..9 {
            for c in 0..9 {
                if self.cells[r][c] == 0 {
                    return Some((r, c));
                }
            }
        }
        None
    }

    fn solve(&mut self) -> bool {
        self.steps += 1;
        let (r, c) = match self.find_empty() {
            Some(pos) => pos,
            None => return true,
        };
        for d in 1..=9u8 {
            if self.can_place(r, c, d) {
                self.cells[r][c] = d;
                if self.solve() {
                    return true;
                }
                self.cells[r][c] = 0;
            }
        }
        false
    }

    fn render(&self) -> String {
        let mut out = String::new();
        for (r, row) in self.cells.iter().enumerate() {
            if r % 3 == 0 && r > 0 {
                out.push_str("------+-------+------\n");
            }
            for (c, &v) in row.iter().enumerate() {
                if c % 3 == 0 && c > 0 {
                    out.push_str("| ");
                }
                let ch = if v == 0 { '.' } else { (b'0' + v) as char };
                out.push(ch);
                out.push(' ');
            }
            let trimmed = out.trim_end().to_string();
            out = trimmed;
            out.push('\n');
        }
        out
    }

    fn is_valid(&self) -> bool {
        for i in 0..9 {
            let mut row_seen = [false; 10];
            let mut col_seen = [false; 10];
            for j in 0..9 {
                let a = self.cells[i][j] as usize;
                let b = self.cells[j][i] as usize;
                if a == 0 || row_seen[a] || b == 0 || col_seen[b] {
                    return false;
                }
                row_seen[a] = true;
                col_seen[b] = true;
            }
        }
        true
    }
}

fn main() {
    let mut board = Board::parse(&PUZZLE);
    let givens: usize = count_givens(board.cells.iter());
    println!("givens: {}", givens);
    print!("{}", board.render());
    let solved = board.solve();
    println!("solved={} steps={} valid={}", solved, board.steps, board.is_valid());
    print!("{}", board.render());
    let diag: u32 = diag_sum(0..9, &board);
    println!("diagonal sum: {}", diag);
}


fn count_givens<'a, I: Iterator<Item = &'a [u8; 9]>>(rows: I) -> usize {
    let mut n = 0;
    for row in rows {
        for &v in row.iter() {
            if v != 0 {
                n += 1;
            }
        }
    }
    n
}

fn diag_sum(r: std::ops::Range<usize>, b: &Board) -> u32 {
    let mut s = 0;
    for i in r {
        s += b.cells[i][i] as u32;
    }
    s
}
