// covers: recursive-descent parser for arithmetic over Vec<char> with cursor struct, Result<f64, ParseError> and ? propagation, custom error enum with position payloads and impl Display, unary minus, parentheses, exponent right-assoc, number parsing with decimal point via String + parse::<f64>(), peek/advance helpers returning Option<char>, skip whitespace, error at trailing input, {:.4} output
use std::fmt;

#[derive(Debug, PartialEq)]
enum ParseError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    BadNumber(String),
    DivideByZero(usize),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::UnexpectedChar(c, p) => write!(f, "unexpected '{}' at {}", c, p),
            ParseError::UnexpectedEnd => write!(f, "unexpected end of input"),
            ParseError::BadNumber(s) => write!(f, "bad number {:?}", s),
            ParseError::DivideByZero(p) => write!(f, "divide by zero at {}", p),
        }
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn new(s: &str) -> Parser {
        Parser { chars: s.chars().collect(), pos: 0 }
    }

    fn skip_ws(&mut self) {
        while self.pos < self.chars.len() && self.chars[self.pos] == ' ' {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_ws();
        self.chars.get(self.pos).copied()
    }

    fn expect(&mut self, want: char) -> Result<(), ParseError> {
        match self.peek() {
            Some(c) if c == want => { self.pos += 1; Ok(()) }
            Some(c) => Err(ParseError::UnexpectedChar(c, self.pos)),
            None => Err(ParseError::UnexpectedEnd),
        }
    }

    fn parse(&mut self) -> Result<f64, ParseError> {
        let v = self.expr()?;
        match self.peek() {
            None => Ok(v),
            Some(c) => Err(ParseError::UnexpectedChar(c, self.pos)),
        }
    }

    fn expr(&mut self) -> Result<f64, ParseError> {
        let mut acc = self.term()?;
        loop {
            match self.peek() {
                Some('+') => { self.pos += 1; acc += self.term()?; }
                Some('-') => { self.pos += 1; acc -= self.term()?; }
                _ => return Ok(acc),
            }
        }
    }

    fn term(&mut self) -> Result<f64, ParseError> {
        let mut acc = self.power()?;
        while let Some(c) = self.peek() {
            if c == '*' {
                self.pos += 1;
                acc *= self.power()?;
            } else if c == '/' {
                self.pos += 1;
                let at = self.pos;
                let d = self.power()?;
                if d == 0.0 { return Err(ParseError::DivideByZero(at)); }
                acc /= d;
            } else {
                break;
            }
        }
        Ok(acc)
    }

    fn power(&mut self) -> Result<f64, ParseError> {
        let base = self.unary()?;
        if self.peek() == Some('^') {
            self.pos += 1;
            let exp = self.power()?;
            return Ok(base.powf(exp));
        }
        Ok(base)
    }

    fn unary(&mut self) -> Result<f64, ParseError> {
        if self.peek() == Some('-') {
            self.pos += 1;
            return Ok(-self.unary()?);
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<f64, ParseError> {
        match self.peek() {
            Some('(') => {
                self.pos += 1;
                let v = self.expr()?;
                self.expect(')')?;
                Ok(v)
            }
            Some(c) if c.is_ascii_digit() || c == '.' => {
                let mut s = String::new();
                while let Some(&d) = self.chars.get(self.pos) {
                    if d.is_ascii_digit() || d == '.' { s.push(d); self.pos += 1; } else { break; }
                }
                match s.parse::<f64>() {
                    Ok(v) => Ok(v),
                    Err(_) => Err(ParseError::BadNumber(s)),
                }
            }
            Some(c) => Err(ParseError::UnexpectedChar(c, self.pos)),
            None => Err(ParseError::UnexpectedEnd),
        }
    }
}

fn main() {
    let inputs = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 0.5", "((((7))))", "3 * (2 + ",
        "4 / (2 - 2)", "1.2.3 + 1", "5 $ 3", "8 / 3", "", "2 * -(-3 + 1)", "1 2",
    ];
    let mut ok = 0;
    for inp in inputs.iter() {
        let mut p = Parser::new(inp);
        match p.parse() {
            Ok(v) => { ok += 1; println!("{:<16} = {:>10.4}", inp, v); }
            Err(e) => println!("{:<16} ! {}", inp, e),
        }
    }
    println!("{} of {} parsed", ok, inputs.len());
    println!("{:?}", Parser::new("(1").parse());
    println!("{}", Parser::new("x").parse() == Err(ParseError::UnexpectedChar('x', 0)));
}
