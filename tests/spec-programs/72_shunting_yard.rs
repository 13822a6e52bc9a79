// covers: tokenizer producing Vec<Token> (enum with i64 and char payloads), shunting-yard conversion to RPN using Vec<Token> as operator stack with while let Some(&top) = ops.last(), precedence and associativity via match, RPN evaluation with Vec<i64> stack and Result<i64, String> with ?, checked arithmetic returning errors on overflow/div by zero, Display for Token, joining RPN output, i64 parsing via char to_digit accumulation
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token { Num(i64), Op(char), LParen, RParen }

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "{}", n),
            Token::Op(c) => write!(f, "{}", c),
            Token::LParen => write!(f, "("),
            Token::RParen => write!(f, ")"),
        }
    }
}

fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut num: Option<i64> = None;
    for (i, c) in s.chars().enumerate() {
        if let Some(d) = c.to_digit(10) {
            let cur = num.unwrap_or(0);
            num = Some(cur.checked_mul(10).and_then_free(d as i64)?);
            continue;
        }
        if let Some(n) = num.take() { out.push(Token::Num(n)); }
        match c {
            ' ' => {}
            '+' | '-' | '*' | '/' | '^' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            _ => return Err(format!("bad char {:?} at {}", c, i)),
        }
    }
    if let Some(n) = num { out.push(Token::Num(n)); }
    Ok(out)
}

trait AndThenFree { fn and_then_free(self, d: i64) -> Result<i64, String>; }
impl AndThenFree for Option<i64> {
    fn and_then_free(self, d: i64) -> Result<i64, String> {
        match self {
            Some(v) => match v.checked_add(d) { Some(r) => Ok(r), None => Err("number too large".to_string()) },
            None => Err("number too large".to_string()),
        }
    }
}

fn prec(op: char) -> (u8, bool) {
    match op {
        '+' | '-' => (1, false),
        '*' | '/' => (2, false),
        '^' => (3, true),
        _ => (0, false),
    }
}

fn to_rpn(tokens: &[Token]) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut ops: Vec<Token> = Vec::new();
    for &t in tokens {
        match t {
            Token::Num(_) => out.push(t),
            Token::Op(o) => {
                let (p, right) = prec(o);
                while let Some(&Token::Op(top)) = ops.last() {
                    let (tp, _) = prec(top);
                    if tp > p || (tp == p && !right) { out.push(ops.pop().unwrap()); } else { break; }
                }
                ops.push(t);
            }
            Token::LParen => ops.push(t),
            Token::RParen => loop {
                match ops.pop() {
                    Some(Token::LParen) => break,
                    Some(x) => out.push(x),
                    None => return Err("unbalanced ')'".to_string()),
                }
            },
        }
    }
    while let Some(t) = ops.pop() {
        if t == Token::LParen { return Err("unbalanced '('".to_string()); }
        out.push(t);
    }
    Ok(out)
}

fn eval_rpn(rpn: &[Token]) -> Result<i64, String> {
    let mut st: Vec<i64> = Vec::new();
    for t in rpn {
        match *t {
            Token::Num(n) => st.push(n),
            Token::Op(o) => {
                let b = st.pop().ok_or("stack empty")?;
                let a = st.pop().ok_or(String::from("missing operand"))?;
                let r = match o {
                    '+' => a.checked_add(b),
                    '-' => a.checked_sub(b),
                    '*' => a.checked_mul(b),
                    '/' => if b == 0 { return Err("division by zero".to_string()) } else { a.checked_div(b) },
                    '^' => if b < 0 { None } else { a.checked_pow(b as u32) },
                    _ => None,
                };
                st.push(r.ok_or(format!("overflow in {} {} {}", a, o, b))?);
            }
            _ => return Err(format!("unexpected {}", t)),
        }
    }
    if st.len() != 1 { return Err(format!("{} values left", st.len())); }
    Ok(st[0])
}

fn run(src: &str) -> Result<(String, i64), String> {
    let toks = tokenize(src)?;
    let rpn = to_rpn(&toks)?;
    let mut parts: Vec<String> = Vec::new();
    for t in &rpn { parts.push(t.to_string()); }
    let v = eval_rpn(&rpn)?;
    Ok((parts.join(" "), v))
}

fn main() {
    let cases = ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 7 - 3", "1 - 2 - 3", "((1)", "1 + 2)",
        "7 / (3 - 3)", "2 ^ 70", "99999999999999999999", "4 + x", "5 5", "12*(3+(4-1)^2)"];
    for c in cases.iter() {
        match run(c) {
            Ok((rpn, v)) => println!("{:<22} => {:<24} = {}", c, rpn, v),
            Err(e) => println!("{:<22} => error: {}", c, e),
        }
    }
}
