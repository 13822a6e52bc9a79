// covers: tiny spreadsheet: recursive Box<Expr> evaluation with cell references, cycle detection by depth, or-patterns binding Box fields, parse_ref with ? on Option, custom Display with {:>8.2}
use std::fmt;

#[derive(Debug, Clone)]
enum Expr {
    Num(f64),
    Ref(usize, usize),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Sum(usize, usize, usize, usize),
}

#[derive(Debug, Clone, PartialEq)]
enum Value { Empty, Number(f64), Error(String) }

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Empty => write!(f, "{:>8}", ""),
            Value::Number(n) => write!(f, "{:>8.2}", n),
            Value::Error(e) => write!(f, "{:>8}", e),
        }
    }
}

const ROWS: usize = 4;
const COLS: usize = 3;

struct Sheet { cells: Vec<Vec<Option<Expr>>> }

fn parse_ref(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    if bytes.len() < 2 { return None; }
    let col = (bytes[0] as char).to_ascii_uppercase();
    if !('A'..='Z').contains(&col) { return None; }
    let row: usize = s[1..].parse().ok()?;
    Some((row.checked_sub(1)?, col as usize - 'A' as usize))
}

impl Sheet {
    fn new() -> Self { Sheet { cells: vec![vec![None; COLS]; ROWS] } }
    fn set(&mut self, name: &str, e: Expr) {
        let (r, c) = parse_ref(name).expect("bad ref");
        self.cells[r][c] = Some(e);
    }
    fn eval_cell(&self, r: usize, c: usize, depth: u32) -> Value {
        if depth > 10 { return Value::Error("#CYCLE".to_string()); }
        if r >= ROWS || c >= COLS { return Value::Error("#REF".to_string()); }
        match &self.cells[r][c] {
            None => Value::Empty,
            Some(e) => self.eval(e, depth + 1),
        }
    }
    fn eval(&self, e: &Expr, depth: u32) -> Value {
        match e {
            Expr::Num(n) => Value::Number(*n),
            Expr::Ref(r, c) => match self.eval_cell(*r, *c, depth) {
                Value::Empty => Value::Number(0.0),
                v => v,
            },
            Expr::Add(a, b) | Expr::Mul(a, b) => {
                let (x, y) = (self.eval(a, depth), self.eval(b, depth));
                match (x, y) {
                    (Value::Number(p), Value::Number(q)) => {
                        if let Expr::Add(..) = e { Value::Number(p + q) } else { Value::Number(p * q) }
                    }
                    (Value::Error(m), _) | (_, Value::Error(m)) => Value::Error(m),
                    _ => Value::Number(0.0),
                }
            }
            Expr::Sum(r0, c0, r1, c1) => {
                let mut total = 0.0;
                for r in *r0..=*r1 {
                    for c in *c0..=*c1 {
                        match self.eval_cell(r, c, depth) {
                            Value::Number(n) => total += n,
                            Value::Error(m) => return Value::Error(m),
                            Value::Empty => {}
                        }
                    }
                }
                Value::Number(total)
            }
        }
    }
}

fn r(name: &str) -> Box<Expr> {
    let (a, b) = parse_ref(name).unwrap();
    Box::new(Expr::Ref(a, b))
}

fn main() {
    let mut s = Sheet::new();
    s.set("A1", Expr::Num(1.5));
    s.set("B1", Expr::Num(2.25));
    s.set("C1", Expr::Add(r("A1"), r("B1")));
    s.set("A2", Expr::Mul(r("C1"), Box::new(Expr::Num(4.0))));
    s.set("b2", Expr::Sum(0, 0, 1, 0));
    s.set("C2", Expr::Add(r("C3"), Box::new(Expr::Num(1.0))));
    s.set("C3", Expr::Add(r("C2"), Box::new(Expr::Num(1.0))));
    s.set("A4", Expr::Ref(9, 9));
    s.set("B4", Expr::Sum(0, 0, 1, 2));
    s.set("C4", Expr::Mul(r("A3"), r("B1")));
    print!("   ");
    for c in 0..COLS { print!("{:>8}", (b'A' + c as u8) as char); }
    println!();
    for row in 0..ROWS {
        print!("{:>3}", row + 1);
        for col in 0..COLS { print!("{}", s.eval_cell(row, col, 0)); }
        println!();
    }
    println!("{:?} {:?} {:?}", parse_ref("Z9"), parse_ref("A0"), parse_ref("?1"));
    println!("{:?}", s.eval_cell(0, 2, 0) == Value::Number(3.75));
}
