// covers: visitor pattern over a Box-based expression AST: trait Visitor with associated type Out, generic walk<V: Visitor> returning V::Out, four visitors (Result evaluator with an env stack, pretty printer, variable collector with unit Out, constant folder building new trees with match on (&Expr, Op, &Expr)), wrapping arithmetic, derive(PartialEq) tree comparison
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var(String),
    Bin(Box<Expr>, Op, Box<Expr>),
    Neg(Box<Expr>),
    Let(String, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Add, Sub, Mul, Div }

trait Visitor {
    type Out;
    fn num(&mut self, n: i64) -> Self::Out;
    fn var(&mut self, name: &str) -> Self::Out;
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Self::Out;
    fn neg(&mut self, e: &Expr) -> Self::Out;
    fn let_in(&mut self, name: &str, v: &Expr, body: &Expr) -> Self::Out;
}

fn walk<V: Visitor>(v: &mut V, e: &Expr) -> V::Out {
    match e {
        Expr::Num(n) => v.num(*n),
        Expr::Var(s) => v.var(s),
        Expr::Bin(l, op, r) => v.bin(l, *op, r),
        Expr::Neg(x) => v.neg(x),
        Expr::Let(n, val, body) => v.let_in(n, val, body),
    }
}

struct Eval { env: Vec<(String, i64)> }
impl Visitor for Eval {
    type Out = Result<i64, String>;
    fn num(&mut self, n: i64) -> Self::Out { Ok(n) }
    fn var(&mut self, name: &str) -> Self::Out {
        for (k, v) in self.env.iter().rev() {
            if k == name { return Ok(*v); }
        }
        Err(format!("unbound variable {}", name))
    }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Self::Out {
        let a = walk(self, l)?;
        let b = walk(self, r)?;
        match op {
            Op::Add => Ok(a.wrapping_add(b)),
            Op::Sub => Ok(a.wrapping_sub(b)),
            Op::Mul => Ok(a.wrapping_mul(b)),
            Op::Div => if b == 0 { Err("division by zero".to_string()) } else { Ok(a / b) },
        }
    }
    fn neg(&mut self, e: &Expr) -> Self::Out { Ok(-walk(self, e)?) }
    fn let_in(&mut self, name: &str, v: &Expr, body: &Expr) -> Self::Out {
        let x = walk(self, v)?;
        self.env.push((name.to_string(), x));
        let r = walk(self, body);
        self.env.pop();
        r
    }
}

struct Printer;
impl Visitor for Printer {
    type Out = String;
    fn num(&mut self, n: i64) -> String { n.to_string() }
    fn var(&mut self, name: &str) -> String { name.to_string() }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> String {
        let sym = match op { Op::Add => '+', Op::Sub => '-', Op::Mul => '*', Op::Div => '/' };
        format!("({} {} {})", walk(self, l), sym, walk(self, r))
    }
    fn neg(&mut self, e: &Expr) -> String { format!("-{}", walk(self, e)) }
    fn let_in(&mut self, name: &str, v: &Expr, body: &Expr) -> String {
        format!("let {} = {} in {}", name, walk(self, v), walk(self, body))
    }
}

struct Vars { seen: Vec<String>, depth: usize, max_depth: usize }
impl Visitor for Vars {
    type Out = ();
    fn num(&mut self, _n: i64) {}
    fn var(&mut self, name: &str) {
        if !self.seen.iter().any_eq(name) { self.seen.push(name.to_string()); }
    }
    fn bin(&mut self, l: &Expr, _op: Op, r: &Expr) {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        walk(self, l);
        walk(self, r);
        self.depth -= 1;
    }
    fn neg(&mut self, e: &Expr) { walk(self, e) }
    fn let_in(&mut self, _name: &str, v: &Expr, body: &Expr) { walk(self, v); walk(self, body); }
}

trait AnyEq { fn any_eq(self, s: &str) -> bool; }
impl<'a, I: Iterator<Item = &'a String>> AnyEq for I {
    fn any_eq(self, s: &str) -> bool { for x in self { if x == s { return true; } } false }
}

struct Folder;
impl Visitor for Folder {
    type Out = Expr;
    fn num(&mut self, n: i64) -> Expr { Expr::Num(n) }
    fn var(&mut self, name: &str) -> Expr { Expr::Var(name.to_string()) }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Expr {
        let (l, r) = (walk(self, l), walk(self, r));
        match (&l, op, &r) {
            (Expr::Num(a), _, Expr::Num(b)) if !(op == Op::Div && *b == 0) => {
                let mut ev = Eval { env: vec![] };
                Expr::Num(ev.bin(&Expr::Num(*a), op, &Expr::Num(*b)).unwrap())
            }
            (Expr::Num(0), Op::Add, _) => r,
            (_, Op::Add, Expr::Num(0)) | (_, Op::Sub, Expr::Num(0)) | (_, Op::Mul, Expr::Num(1)) => l,
            (Expr::Num(1), Op::Mul, _) => r,
            _ => Expr::Bin(Box::new(l), op, Box::new(r)),
        }
    }
    fn neg(&mut self, e: &Expr) -> Expr {
        match walk(self, e) { Expr::Num(n) => Expr::Num(-n), Expr::Neg(inner) => *inner, other => Expr::Neg(Box::new(other)) }
    }
    fn let_in(&mut self, name: &str, v: &Expr, body: &Expr) -> Expr {
        Expr::Let(name.to_string(), Box::new(walk(self, v)), Box::new(walk(self, body)))
    }
}

fn num(n: i64) -> Box<Expr> { Box::new(Expr::Num(n)) }
fn var(s: &str) -> Box<Expr> { Box::new(Expr::Var(s.to_string())) }
fn bin(l: Box<Expr>, op: Op, r: Box<Expr>) -> Box<Expr> { Box::new(Expr::Bin(l, op, r)) }

fn main() {
    let exprs = vec![
        *bin(num(2), Op::Add, bin(num(3), Op::Mul, num(4))),
        Expr::Let("x".into(), bin(num(6), Op::Sub, num(1)), bin(var("x"), Op::Mul, bin(var("x"), Op::Add, num(0)))),
        *bin(bin(var("y"), Op::Mul, num(1)), Op::Sub, Box::new(Expr::Neg(Box::new(Expr::Neg(var("z")))))),
        *bin(num(7), Op::Div, bin(num(3), Op::Sub, num(3))),
        Expr::Neg(bin(num(i64::MAX), Op::Add, num(1))),
    ];
    for e in &exprs {
        let text = walk(&mut Printer, e);
        let mut ev = Eval { env: vec![("y".to_string(), 10), ("z".to_string(), -3)] };
        let val = walk(&mut ev, e);
        let mut vars = Vars { seen: vec![], depth: 0, max_depth: 0 };
        walk(&mut vars, e);
        let folded = walk(&mut Folder, e);
        println!("{}", text);
        println!("  = {:?}; vars {:?}; depth {}", val, vars.seen, vars.max_depth);
        println!("  folded: {} (changed: {})", walk(&mut Printer, &folded), folded != *e);
    }
}
