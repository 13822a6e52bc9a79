// covers: tokenizer over chars into Vec<Token>, recursive-descent parser with precedence climbing (+ - * / % ^ unary minus, parentheses), AST as enum with Box children, evaluator with variables stored in Vec<(String, i64)>, Result<_, String> error propagation with ?, assignments, format! error messages, peekable-by-index cursor struct, generated large input for benchmarking
// bench
// gc-stress: 1000
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    LParen,
    RParen,
    Assign,
}

#[derive(Debug)]
enum Expr {
    Num(i64),
    Var(String),
    Neg(Box<Expr>),
    Bin(char, Box<Expr>, Box<Expr>),
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' || c == '\t' || c == '\n' {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut v: i64 = 0;
            while i < chars.len() && chars[i].is_ascii_digit() {
                v = v.wrapping_mul(10).wrapping_add(chars[i] as i64 - '0' as i64);
                i += 1;
            }
            toks.push(Token::Num(v));
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut name = String::new();
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i].is_ascii_digit() || chars[i] == '_') {
                name.push(chars[i]);
                i += 1;
            }
            toks.push(Token::Ident(name));
            continue;
        }
        let t = match c {
            '+' => Token::Plus,
            '-' => Token::Minus,
            '*' => Token::Star,
            '/' => Token::Slash,
            '%' => Token::Percent,
            '^' => Token::Caret,
            '(' => Token::LParen,
            ')' => Token::RParen,
            '=' => Token::Assign,
            _ => return Err(format!("unexpected character '{}' at {}", c, i)),
        };
        toks.push(t);
        i += 1;
    }
    Ok(toks)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        if self.pos < self.toks.len() { Some(&self.toks[self.pos]) } else { None }
    }

    fn advance(&mut self) -> Option<Token> {
        if self.pos < self.toks.len() {
            self.pos += 1;
            Some(self.toks[self.pos - 1].clone())
        } else {
            None
        }
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> Result<Expr, String> {
        let mut lhs = self.term()?;
        loop {
            let op = match self.peek() {
                Some(Token::Plus) => '+',
                Some(Token::Minus) => '-',
                _ => break,
            };
            self.advance();
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    // term := unary (('*' | '/' | '%') unary)*
    fn term(&mut self) -> Result<Expr, String> {
        let mut lhs = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Token::Star) => '*',
                Some(Token::Slash) => '/',
                Some(Token::Percent) => '%',
                _ => break,
            };
            self.advance();
            let rhs = self.unary()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    // unary := '-' unary | power
    fn unary(&mut self) -> Result<Expr, String> {
        if let Some(Token::Minus) = self.peek() {
            self.advance();
            let inner = self.unary()?;
            return Ok(Expr::Neg(Box::new(inner)));
        }
        self.power()
    }

    // power := atom ('^' unary)?   (right associative)
    fn power(&mut self) -> Result<Expr, String> {
        let base = self.atom()?;
        if let Some(Token::Caret) = self.peek() {
            self.advance();
            let exp = self.unary()?;
            return Ok(Expr::Bin('^', Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn atom(&mut self) -> Result<Expr, String> {
        match self.advance() {
            Some(Token::Num(v)) => Ok(Expr::Num(v)),
            Some(Token::Ident(name)) => Ok(Expr::Var(name)),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.advance() {
                    Some(Token::RParen) => Ok(e),
                    Some(t) => Err(format!("expected ')' but found {:?}", t)),
                    None => Err(String::from("expected ')' but input ended")),
                }
            }
            Some(t) => Err(format!("unexpected token {:?}", t)),
            None => Err("unexpected end of input".to_string()),
        }
    }
}

struct Env {
    vars: Vec<(String, i64)>,
}

impl Env {
    fn get(&self, name: &str) -> Option<i64> {
        for (k, v) in self.vars.iter() {
            if k == name {
                return Some(*v);
            }
        }
        None
    }

    fn set(&mut self, name: &str, value: i64) {
        for i in 0..self.vars.len() {
            if self.vars[i].0 == name {
                self.vars[i].1 = value;
                return;
            }
        }
        self.vars.push((name.to_string(), value));
    }
}

fn eval(e: &Expr, env: &Env) -> Result<i64, String> {
    match e {
        Expr::Num(v) => Ok(*v),
        Expr::Var(name) => match env.get(name) {
            Some(v) => Ok(v),
            None => Err(format!("unknown variable {}", name)),
        },
        Expr::Neg(inner) => Ok(eval(inner, env)?.wrapping_neg()),
        Expr::Bin(op, a, b) => {
            let x = eval(a, env)?;
            let y = eval(b, env)?;
            match op {
                '+' => Ok(x.wrapping_add(y)),
                '-' => Ok(x.wrapping_sub(y)),
                '*' => Ok(x.wrapping_mul(y)),
                '/' | '%' if y == 0 => Err(String::from("division by zero")),
                '/' => Ok(x / y),
                '%' => Ok(x % y),
                '^' => {
                    if y < 0 {
                        return Err(format!("negative exponent {}", y));
                    }
                    let mut r: i64 = 1;
                    for _ in 0..y {
                        r = r.wrapping_mul(x);
                    }
                    Ok(r)
                }
                _ => Err(format!("bad operator {}", op)),
            }
        }
    }
}

fn run_line(line: &str, env: &mut Env) -> Result<i64, String> {
    let toks = tokenize(line)?;
    let (target, start) = if toks.len() >= 2 && toks[1] == Token::Assign {
        match &toks[0] {
            Token::Ident(n) => (Some(n.clone()), 2),
            _ => return Err(String::from("can only assign to a name")),
        }
    } else {
        (None, 0)
    };
    let mut p = Parser { toks, pos: start };
    let e = p.expr()?;
    if p.pos != p.toks.len() {
        return Err(format!("trailing input at token {}", p.pos));
    }
    let v = eval(&e, env)?;
    if let Some(name) = target {
        env.set(&name, v);
    }
    Ok(v)
}

fn depth(e: &Expr) -> usize {
    match e {
        Expr::Num(_) | Expr::Var(_) => 1,
        Expr::Neg(a) => 1 + depth(a),
        Expr::Bin(_, a, b) => {
            let (x, y) = (depth(a), depth(b));
            1 + if x > y { x } else { y }
        }
    }
}

fn main() {
    let mut env = Env { vars: Vec::new() };
    let lines = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "x = 17 % 5 - -3",
        "y = x * (x + 1) / 2",
        "y - x * 3",
        "width = 1920",
        "width * 1080 / 1000",
        "10 / (5 - 5)",
        "z + 1",
        "3 + * 4",
        "(1 + 2",
        "4 $ 4",
        "2 ^ 62 + 2 ^ 62",
        "7 7",
    ];
    for line in lines.iter() {
        match run_line(line, &mut env) {
            Ok(v) => println!("{:<22} => {}", line, v),
            Err(msg) => println!("{:<22} => error: {}", line, msg),
        }
    }
    println!("env = {:?}", env.vars);

    let toks = tokenize("a1 = (b_2 + 30)").unwrap();
    println!("tokens = {:?}", toks);
    let mut p = Parser { toks: tokenize("1 - (2 - (3 - (4 - 5)))").unwrap(), pos: 0 };
    let tree = p.expr().unwrap();
    println!("tree = {:?}", tree);
    println!("depth = {} value = {:?}", depth(&tree), eval(&tree, &env));

    // benchmark: build a long expression and evaluate it many times
    let mut src = String::from("acc = 0");
    for i in 1..=4000 {
        let term = match i % 4 {
            0 => format!(" + {} * x", i),
            1 => format!(" - (x + {}) % 7", i),
            2 => format!(" + {} / (x + 1)", i * 3),
            _ => format!(" + -{} ^ 2", i % 10),
        };
        src.push_str(&term);
    }
    println!("big expression length {} chars", src.len());
    let mut checksum: i64 = 0;
    for round in 0..300 {
        env.set("x", round);
        let v = run_line(&src, &mut env).unwrap();
        checksum = checksum.wrapping_mul(31).wrapping_add(v);
    }
    println!("checksum = {} acc = {:?}", checksum, env.get("acc"));
}
