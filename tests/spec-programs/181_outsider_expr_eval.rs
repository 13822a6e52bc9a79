// covers: tokenizer, recursive-descent parser over Box'd enum AST, fn(&mut Self) pointers, impl Fn(char) -> bool, range/guard/@/or patterns, map_err/ok_or_else/map_or, HashMap::from, flatten over &Result, Display of the AST
// outsider: written by someone who never read Pyrite's dialect, prelude or tests (see README.md)
// Tokenizer, recursive-descent parser and evaluator for arithmetic expressions.
// Grammar:
//   expr   := term (('+' | '-') term)*
//   term   := unary (('*' | '/' | '%') unary)*
//   unary  := '-' unary | power
//   power  := atom ('^' unary)?
//   atom   := number | ident | ident '(' expr ')' | '(' expr ')'

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(Box<Expr>, char, Box<Expr>),
    Call(String, Box<Expr>),
}

#[derive(Debug, PartialEq)]
enum EvalError {
    UnexpectedChar(char, usize),
    BadNumber(String),
    UnexpectedToken(String),
    UnexpectedEnd,
    UnknownVariable(String),
    UnknownFunction(String),
    DivisionByZero,
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            EvalError::UnexpectedChar(c, pos) => write!(f, "unexpected character '{}' at {}", c, pos),
            EvalError::BadNumber(s) => write!(f, "malformed number '{}'", s),
            EvalError::UnexpectedToken(t) => write!(f, "unexpected token {}", t),
            EvalError::UnexpectedEnd => write!(f, "unexpected end of input"),
            EvalError::UnknownVariable(v) => write!(f, "unknown variable '{}'", v),
            EvalError::UnknownFunction(n) => write!(f, "unknown function '{}'", n),
            EvalError::DivisionByZero => write!(f, "division by zero"),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Neg(e) => write!(f, "(-{})", e),
            Expr::Bin(l, op, r) => write!(f, "({} {} {})", l, op, r),
            Expr::Call(name, arg) => write!(f, "{}({})", name, arg),
        }
    }
}

/// Advances `i` past every char matching `pred`, returning the consumed text.
fn take_while(chars: &[char], i: &mut usize, pred: impl Fn(char) -> bool) -> String {
    let start = *i;
    while *i < chars.len() && pred(chars[*i]) {
        *i += 1;
    }
    chars[start..*i].iter().collect()
}

fn tokenize(src: &str) -> Result<Vec<Token>, EvalError> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => i += 1,
            '0'..='9' | '.' => {
                let text = take_while(&chars, &mut i, |d| d.is_ascii_digit() || d == '.');
                let n = text.parse().map_err(|_| EvalError::BadNumber(text))?;
                tokens.push(Token::Num(n));
            }
            c if c.is_alphabetic() || c == '_' => {
                let name = take_while(&chars, &mut i, |d| d.is_alphanumeric() || d == '_');
                tokens.push(Token::Ident(name));
            }
            '+' | '-' | '*' | '/' | '%' | '^' | '(' | ')' => {
                tokens.push(match c {
                    '(' => Token::LParen,
                    ')' => Token::RParen,
                    _ => Token::Op(c),
                });
                i += 1;
            }
            other => return Err(EvalError::UnexpectedChar(other, i)),
        }
    }
    Ok(tokens)
}

type ParseResult = Result<Expr, EvalError>;

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        self.pos += 1;
        self.tokens.get(self.pos - 1).cloned()
    }

    fn parse(mut self) -> ParseResult {
        let e = self.expr()?;
        self.next().map_or(Ok(e), |t| Err(EvalError::UnexpectedToken(format!("{:?}", t))))
    }

    /// Parses a left-associative chain `operand (op operand)*` for ops in `ops`.
    fn chain(&mut self, ops: &[char], operand: fn(&mut Self) -> ParseResult) -> ParseResult {
        let mut lhs = operand(self)?;
        while let Some(&Token::Op(op)) = self.peek() {
            if !ops.contains(&op) {
                break;
            }
            self.pos += 1;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(operand(self)?));
        }
        Ok(lhs)
    }

    fn expr(&mut self) -> ParseResult {
        self.chain(&['+', '-'], Self::term)
    }

    fn term(&mut self) -> ParseResult {
        self.chain(&['*', '/', '%'], Self::unary)
    }

    fn unary(&mut self) -> ParseResult {
        if let Some(Token::Op('-')) = self.peek() {
            self.pos += 1;
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        self.power()
    }

    fn power(&mut self) -> ParseResult {
        let base = self.atom()?;
        if let Some(Token::Op('^')) = self.peek() {
            self.pos += 1;
            let exp = self.unary()?; // right-associative
            return Ok(Expr::Bin(Box::new(base), '^', Box::new(exp)));
        }
        Ok(base)
    }

    fn atom(&mut self) -> ParseResult {
        match self.next().ok_or(EvalError::UnexpectedEnd)? {
            Token::Num(n) => Ok(Expr::Num(n)),
            Token::Ident(name) => {
                if let Some(Token::LParen) = self.peek() {
                    self.pos += 1;
                    let arg = self.expr()?;
                    self.expect_rparen()?;
                    Ok(Expr::Call(name, Box::new(arg)))
                } else {
                    Ok(Expr::Var(name))
                }
            }
            Token::LParen => {
                let e = self.expr()?;
                self.expect_rparen()?;
                Ok(e)
            }
            t => Err(EvalError::UnexpectedToken(format!("{:?}", t))),
        }
    }

    fn expect_rparen(&mut self) -> Result<(), EvalError> {
        match self.next().ok_or(EvalError::UnexpectedEnd)? {
            Token::RParen => Ok(()),
            t => Err(EvalError::UnexpectedToken(format!("{:?}", t))),
        }
    }
}

fn eval(e: &Expr, env: &HashMap<&str, f64>) -> Result<f64, EvalError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *env.get(v.as_str()).ok_or_else(|| EvalError::UnknownVariable(v.clone()))?,
        Expr::Neg(inner) => -eval(inner, env)?,
        Expr::Call(name, arg) => match name.as_str() {
            "sqrt" => eval(arg, env)?.sqrt(),
            "abs" => eval(arg, env)?.abs(),
            "floor" => eval(arg, env)?.floor(),
            _ => return Err(EvalError::UnknownFunction(name.clone())),
        },
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' | '%' if b == 0.0 => return Err(EvalError::DivisionByZero),
                '/' => a / b,
                '%' => a % b,
                '^' => a.powf(b),
                _ => unreachable!("parser only produces known operators"),
            }
        }
    })
}

fn run(src: &str, env: &HashMap<&str, f64>) -> Result<(Expr, f64), EvalError> {
    let ast = Parser { tokens: tokenize(src)?, pos: 0 }.parse()?;
    eval(&ast, env).map(|v| (ast, v))
}

fn main() {
    let env = HashMap::from([("x", 3.0), ("y", 4.0), ("rate", 0.25), ("n", 10.0)]);
    let inputs = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "sqrt(x*x + y*y)",
        "n % 3 + rate * 8", "abs(-7.5) - floor(2.9)", "0.5 * (x + y) ^ 2",
        // and some that should fail:
        "10 / (y - 4)", "z + 1", "3 + * 4", "(1 + 2", "4 $ 2", "cos(0)", "1.2.3",
    ];

    let results: Vec<_> = inputs.iter().map(|s| run(s, &env)).collect();
    for (src, result) in inputs.iter().zip(&results) {
        match result {
            Ok((ast, v)) => println!("{:<24} => {:<32} = {:.4}", src, ast.to_string(), v),
            Err(e) => println!("{:<24} => error: {}", src, e),
        }
    }
    let total: f64 = results.iter().flatten().map(|(_, v)| v).sum();
    let failures = results.iter().filter(|r| r.is_err()).count();
    println!("sum of successful results: {:.3}", total);
    println!("failed expressions: {}", failures);
}
