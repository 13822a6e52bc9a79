// covers: expression tree enum with Box children, recursive eval returning Result<i64, String>, simplification producing new Box trees, derivative of polynomial expressions, impl Display with precedence-aware parenthesisation, nested enum matching on Box contents with box deref patterns via &**, clone of Box trees, PartialEq derive on recursive enum
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var,
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn num(n: i64) -> Box<Expr> { Box::new(Num(n)) }
fn var() -> Box<Expr> { Box::new(Var) }
fn add(a: Box<Expr>, b: Box<Expr>) -> Box<Expr> { Box::new(Add(a, b)) }
fn mul(a: Box<Expr>, b: Box<Expr>) -> Box<Expr> { Box::new(Mul(a, b)) }

fn prec(e: &Expr) -> u8 {
    match e {
        Add(_, _) => 1,
        Mul(_, _) | Div(_, _) => 2,
        Neg(_) => 3,
        Num(n) if *n < 0 => 3,
        _ => 4,
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Var => write!(f, "x"),
            Neg(a) => {
                if prec(a) < 3 { write!(f, "-({})", a) } else { write!(f, "-{}", a) }
            }
            Add(a, b) => write!(f, "{} + {}", a, b),
            Mul(a, b) | Div(a, b) => {
                let op = if let Mul(_, _) = self { "*" } else { "/" };
                if prec(a) < 2 { write!(f, "({})", a)?; } else { write!(f, "{}", a)?; }
                write!(f, " {} ", op)?;
                if prec(b) <= 2 { write!(f, "({})", b) } else { write!(f, "{}", b) }
            }
        }
    }
}

fn eval(e: &Expr, x: i64) -> Result<i64, String> {
    Ok(match e {
        Num(n) => *n,
        Var => x,
        Add(a, b) => eval(a, x)? + eval(b, x)?,
        Mul(a, b) => eval(a, x)? * eval(b, x)?,
        Neg(a) => -eval(a, x)?,
        Div(a, b) => {
            let d = eval(b, x)?;
            if d == 0 {
                return Err(format!("division by zero in {}", e));
            }
            eval(a, x)? / d
        }
    })
}

fn simplify(e: &Expr) -> Expr {
    match e {
        Add(a, b) => match (simplify(a), simplify(b)) {
            (Num(0), s) | (s, Num(0)) => s,
            (Num(p), Num(q)) => Num(p + q),
            (s, t) => Add(Box::new(s), Box::new(t)),
        },
        Mul(a, b) => match (simplify(a), simplify(b)) {
            (Num(0), _) | (_, Num(0)) => Num(0),
            (Num(1), s) | (s, Num(1)) => s,
            (Num(p), Num(q)) => Num(p * q),
            (s, t) => Mul(Box::new(s), Box::new(t)),
        },
        Neg(a) => match simplify(a) {
            Num(n) => Num(-n),
            Neg(inner) => *inner,
            s => Neg(Box::new(s)),
        },
        Div(a, b) => Div(Box::new(simplify(a)), Box::new(simplify(b))),
        other => other.clone(),
    }
}

fn deriv(e: &Expr) -> Expr {
    match e {
        Num(_) => Num(0),
        Var => Num(1),
        Add(a, b) => Add(Box::new(deriv(a)), Box::new(deriv(b))),
        Mul(a, b) => Add(
            Box::new(Mul(Box::new(deriv(a)), b.clone())),
            Box::new(Mul(a.clone(), Box::new(deriv(b)))),
        ),
        Neg(a) => Neg(Box::new(deriv(a))),
        Div(_, _) => Num(0),
    }
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Num(_) | Var => 1,
        Neg(a) => 1 + count_nodes(a),
        Add(a, b) | Mul(a, b) | Div(a, b) => 1 + count_nodes(a) + count_nodes(b),
    }
}

fn main() {
    // 3x^2 + 2x + 1
    let p = add(add(mul(num(3), mul(var(), var())), mul(num(2), var())), num(1));
    println!("p = {}", p);
    for x in -2..=2 {
        println!("p({}) = {:?}", x, eval(&p, x));
    }
    let d = deriv(&p);
    println!("d raw = {} ({} nodes)", d, count_nodes(&d));
    let ds = simplify(&d);
    println!("d simplified = {} ({} nodes)", ds, count_nodes(&ds));
    println!("d(5) = {}", eval(&ds, 5).unwrap());
    let q = Box::new(Div(num(100), add(var(), num(-3))));
    for x in [1, 3, 5] {
        match eval(&q, x) {
            Ok(v) => println!("q({}) = {}", x, v),
            Err(msg) => println!("q({}) error: {}", x, msg),
        }
    }
    let n = Neg(Box::new(Neg(add(num(0), mul(num(1), var())))));
    println!("{} => {}", n, simplify(&n));
    println!("{}", simplify(&n) == Var);
    println!("{:?}", simplify(&Mul(num(4), Box::new(Neg(num(5))))));
    let wide = Mul(add(var(), num(1)), Box::new(Mul(var(), num(2))));
    println!("{}", wide);
}
