// covers: calculator: tokenizer over Vec<char> with unary-minus detection, shunting-yard with precedence/associativity table, function calls (max, min, sqrt) and commas, RPN evaluation on Vec<f64> with Result<f64, CalcError>, custom error enum with Display, ParseFloatError handling, while let Some(Tok::Op(top)) = ops.last(), f64 inf/NaN output, extension traits on Result and Option
// right-associative ^, and error reporting with positions.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Tok { Num(f64), Ident(String), Op(char), LParen, RParen, Comma }

#[derive(Debug)]
enum CalcError { BadChar(char, usize), Mismatched, Stack(String), Unknown(String) }

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::BadChar(c, i) => write!(f, "unexpected {:?} at {}", c, i),
            CalcError::Mismatched => write!(f, "mismatched parentheses"),
            CalcError::Stack(s) => write!(f, "stack error: {}", s),
            CalcError::Unknown(n) => write!(f, "unknown function {}", n),
        }
    }
}

fn tokenize(s: &str) -> Result<Vec<Tok>, CalcError> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() { i += 1; continue; }
        if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') { i += 1; }
            let text: String = cs[start..i].iter().collect();
            out.push(Tok::Num(text.parse().map_err_at(c, start)?));
            continue;
        }
        if c.is_alphabetic() {
            let mut name = String::new();
            while i < cs.len() && cs[i].is_alphanumeric() { name.push(cs[i]); i += 1; }
            out.push(Tok::Ident(name));
            continue;
        }
        let prev_is_value = matches_value(out.last());
        out.push(match c {
            '-' if !prev_is_value => Tok::Op('~'),
            '+' | '-' | '*' | '/' | '^' | '%' => Tok::Op(c),
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            ',' => Tok::Comma,
            _ => return Err(CalcError::BadChar(c, i)),
        });
        i += 1;
    }
    Ok(out)
}

trait MapErrAt { fn map_err_at(self, c: char, i: usize) -> Result<f64, CalcError>; }
impl MapErrAt for Result<f64, std::num::ParseFloatError> {
    fn map_err_at(self, c: char, i: usize) -> Result<f64, CalcError> {
        match self { Ok(v) => Ok(v), Err(_) => Err(CalcError::BadChar(c, i)) }
    }
}

fn matches_value(t: Option<&Tok>) -> bool {
    match t { Some(Tok::Num(_)) | Some(Tok::RParen) | Some(Tok::Ident(_)) => true, _ => false }
}

fn prec(op: char) -> (u8, bool) {
    match op { '+' | '-' => (1, false), '*' | '/' | '%' => (2, false), '~' => (3, true), '^' => (4, true), _ => (0, false) }
}

fn to_rpn(toks: Vec<Tok>) -> Result<Vec<Tok>, CalcError> {
    let mut out = Vec::new();
    let mut ops: Vec<Tok> = Vec::new();
    for t in toks {
        match t {
            Tok::Num(_) => out.push(t),
            Tok::Ident(_) => ops.push(t),
            Tok::Comma => {
                while let Some(top) = ops.last() {
                    if *top == Tok::LParen { break; }
                    out.push(ops.pop().unwrap());
                }
            }
            Tok::Op(o) => {
                let (p, right) = prec(o);
                while let Some(Tok::Op(top)) = ops.last() {
                    let (tp, _) = prec(*top);
                    if tp > p || (tp == p && !right) { out.push(ops.pop().unwrap()); } else { break; }
                }
                ops.push(Tok::Op(o));
            }
            Tok::LParen => ops.push(t),
            Tok::RParen => {
                loop {
                    match ops.pop() {
                        Some(Tok::LParen) => break,
                        Some(x) => out.push(x),
                        None => return Err(CalcError::Mismatched),
                    }
                }
                if let Some(Tok::Ident(_)) = ops.last() { out.push(ops.pop().unwrap()); }
            }
        }
    }
    while let Some(t) = ops.pop() {
        if t == Tok::LParen { return Err(CalcError::Mismatched); }
        out.push(t);
    }
    Ok(out)
}

fn eval(rpn: &[Tok]) -> Result<f64, CalcError> {
    let mut st: Vec<f64> = Vec::new();
    for t in rpn {
        match t {
            Tok::Num(n) => st.push(*n),
            Tok::Op('~') => { let a = st.pop().ok_or(CalcError::Stack("negate".into()))?; st.push(-a); }
            Tok::Op(o) => {
                let b = st.pop().ok_or(CalcError::Stack(format!("missing rhs of {}", o)))?;
                let a = st.pop().ok_or(CalcError::Stack(format!("missing lhs of {}", o)))?;
                st.push(match o { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, '%' => a % b, _ => a.powf(b) });
            }
            Tok::Ident(name) => {
                let v = match name.as_str() {
                    "sqrt" => st.pop().map_or_nan().sqrt(),
                    "max" | "min" => {
                        let (b, a) = (st.pop().map_or_nan(), st.pop().map_or_nan());
                        if name == "max" { a.max(b) } else { a.min(b) }
                    }
                    _ => return Err(CalcError::Unknown(name.clone())),
                };
                st.push(v);
            }
            _ => return Err(CalcError::Mismatched),
        }
    }
    if st.len() != 1 { return Err(CalcError::Stack(format!("{} values left", st.len()))); }
    Ok(st[0])
}

trait OrNan { fn map_or_nan(self) -> f64; }
impl OrNan for Option<f64> { fn map_or_nan(self) -> f64 { match self { Some(v) => v, None => f64::NAN } } }

fn show(rpn: &[Tok]) -> String {
    let mut parts = Vec::new();
    for t in rpn {
        parts.push(match t { Tok::Num(n) => format!("{}", n), Tok::Ident(s) => s.clone(), Tok::Op(c) => c.to_string(), _ => "?".into() });
    }
    parts.join(" ")
}

fn main() {
    let inputs = ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "-2 ^ 2", "max(3, 7) * sqrt(16) - min(2.5, -1)", "10 % 4 + .5",
                  "(1 + 2", "1 + 2)", "2 * # 3", "foo(1)", "1 2", "1 / 0", "0 / 0 + 1", "2 ^ 0.5 * 2 ^ 0.5"];
    for s in inputs {
        let result = tokenize(s).and_then_rpn();
        match result {
            Ok((rpn, v)) => println!("{:<40} => {:<28} = {}", s, show(&rpn), v),
            Err(e) => println!("{:<40} => error: {}", s, e),
        }
    }
}

trait AndThenRpn { fn and_then_rpn(self) -> Result<(Vec<Tok>, f64), CalcError>; }
impl AndThenRpn for Result<Vec<Tok>, CalcError> {
    fn and_then_rpn(self) -> Result<(Vec<Tok>, f64), CalcError> {
        let rpn = to_rpn(self?)?;
        let v = eval(&rpn)?;
        Ok((rpn, v))
    }
}
