// covers: enum cells with Copy/PartialEq, 2D array board in struct, Option<Player> winner detection, minimax recursion over board copies, match on tuples of enums, impl methods, const arrays of index triples, Result for illegal moves
#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    X,
    O,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Taken(Player),
}

#[derive(Debug, PartialEq)]
enum MoveError {
    OutOfRange(usize),
    Occupied(usize),
    GameOver,
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8],
    [0, 3, 6], [1, 4, 7], [2, 5, 8],
    [0, 4, 8], [2, 4, 6],
];

#[derive(Clone, Copy)]
struct Board {
    cells: [Cell; 9],
    turn: Player,
}

impl Player {
    fn other(self) -> Player {
        match self {
            Player::X => Player::O,
            Player::O => Player::X,
        }
    }

    fn symbol(self) -> char {
        if self == Player::X { 'X' } else { 'O' }
    }
}

impl Board {
    fn new() -> Board {
        Board { cells: [Cell::Empty; 9], turn: Player::X }
    }

    fn winner(&self) -> Option<Player> {
        for i in 0..LINES.len() {
            let l = LINES[i];
            match (self.cells[l[0]], self.cells[l[1]], self.cells[l[2]]) {
                (Cell::Taken(a), Cell::Taken(b), Cell::Taken(c)) if a == b && b == c => return Some(a),
                _ => {}
            }
        }
        None
    }

    fn full(&self) -> bool {
        for i in 0..9 {
            if self.cells[i] == Cell::Empty {
                return false;
            }
        }
        true
    }

    fn play(&mut self, pos: usize) -> Result<(), MoveError> {
        if self.winner().is_some() || self.full() {
            return Err(MoveError::GameOver);
        }
        if pos >= 9 {
            return Err(MoveError::OutOfRange(pos));
        }
        if let Cell::Taken(_) = self.cells[pos] {
            return Err(MoveError::Occupied(pos));
        }
        self.cells[pos] = Cell::Taken(self.turn);
        self.turn = self.turn.other();
        Ok(())
    }

    fn show(&self) {
        for r in 0..3 {
            for c in 0..3 {
                let ch = match self.cells[r * 3 + c] {
                    Cell::Empty => '.',
                    Cell::Taken(p) => p.symbol(),
                };
                print!("{}", ch);
            }
            println!();
        }
    }
}

// returns score from X's perspective and counts nodes
fn minimax(b: &Board, nodes: &mut u64) -> i32 {
    *nodes += 1;
    match b.winner() {
        Some(Player::X) => return 1,
        Some(Player::O) => return -1,
        None => {}
    }
    if b.full() {
        return 0;
    }
    let mut best = if b.turn == Player::X { -2 } else { 2 };
    for pos in 0..9 {
        if b.cells[pos] == Cell::Empty {
            let mut next = *b;
            next.play(pos).unwrap();
            let s = minimax(&next, nodes);
            if (b.turn == Player::X && s > best) || (b.turn == Player::O && s < best) {
                best = s;
            }
        }
    }
    best
}

fn best_move(b: &Board) -> usize {
    let mut best_pos = 9;
    let mut best_score = 0;
    let mut nodes = 0;
    for pos in 0..9 {
        if b.cells[pos] == Cell::Empty {
            let mut next = *b;
            next.play(pos).unwrap();
            let s = minimax(&next, &mut nodes);
            let better = match b.turn {
                Player::X => best_pos == 9 || s > best_score,
                Player::O => best_pos == 9 || s < best_score,
            };
            if better {
                best_pos = pos;
                best_score = s;
            }
        }
    }
    println!("  searched {} nodes, best {} score {}", nodes, best_pos, best_score);
    best_pos
}

fn main() {
    let mut b = Board::new();
    let script = [4, 0, 4, 9, 8, 2, 6, 3, 5, 1];
    for i in 0..script.len() {
        match b.play(script[i]) {
            Ok(()) => println!("played {} next {:?}", script[i], b.turn),
            Err(e) => println!("move {} rejected: {:?}", script[i], e),
        }
    }
    b.show();
    println!("winner = {:?}", b.winner());

    let mut g = Board::new();
    let mut nodes = 0;
    println!("empty board value = {}", minimax(&g, &mut nodes));
    println!("nodes = {}", nodes);
    g.play(0).unwrap();
    g.play(1).unwrap();
    while g.winner().is_none() && !g.full() {
        let mv = best_move(&g);
        g.play(mv).unwrap();
    }
    g.show();
    match g.winner() {
        Some(p) => println!("{:?} wins", p),
        None => println!("draw"),
    }
    println!("after end: {:?}", g.play(5));
}
