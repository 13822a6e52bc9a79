// covers: std::error::Error (user impls, the source() default), Box<dyn Error> from any error and from &str/String messages through ? and .into(), ParseIntError/TryFromIntError as errors, ok_or with a message, Display and Debug of Box<dyn Error> (Debug quotes messages), main returning Result<(), Box<dyn Error>>: "Error: <Debug>" on stderr and exit 1
use std::convert::TryFrom;
use std::error::Error;
use std::collections::HashMap;

fn parse_line(line: &str) -> Result<(String, u32), Box<dyn Error>> {
    let (name, n) = line.split_once('=').ok_or("missing '='")?;
    Ok((name.trim().to_string(), n.trim().parse()?))
}

fn main() -> Result<(), Box<dyn Error>> {
    part_one();
    let mut totals: HashMap<String, u32> = HashMap::new();
    for line in ["a = 1", "b=2", "a= 5"] {
        let (k, v) = parse_line(line)?;
        *totals.entry(k).or_insert(0) += v;
    }
    let mut keys: Vec<_> = totals.keys().cloned().collect();
    keys.sort();
    for k in &keys {
        println!("{} {}", k, totals[k]);
    }
    let bad = parse_line("c 3");
    if let Err(e) = &bad {
        println!("bad: {}", e);
    }
    parse_line("d = x")?;
    println!("unreachable");
    Ok(())
}

use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct ParseErr(String);
impl fmt::Display for ParseErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "parse error: {}", self.0) }
}
impl Error for ParseErr {}

fn parse_pair(s: &str) -> Result<(i32, i32), Box<dyn Error>> {
    let mut it = s.split(',');
    let a: i32 = it.next().ok_or_else(|| ParseErr("missing a".into()))?.trim().parse()?;
    let b: i32 = it.next().ok_or_else(|| ParseErr("missing b".into()))?.trim().parse()?;
    Ok((a, b))
}

fn sum_all(xs: &[&str]) -> Result<i32, ParseIntError> {
    let mut t = 0; for s in xs { t += s.parse::<i32>()?; } Ok(t)
}

fn part_one() {
    for s in ["1, 2", "3", "x,4"] {
        match parse_pair(s) {
            Ok((a, b)) => println!("{} + {} = {}", a, b, a + b),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]));
    println!("{:?}", sum_all(&["1", "z"]));
    let v: Vec<u8> = "hello".bytes().filter(|b| matches!(b, b'a'..=b'k')).collect();
    println!("{:?}", v);
    extra();
}
fn top() -> Result<(), Box<dyn Error>> {
    let n: i32 = "12".parse()?;
    if n > 10 {
        return Err(format!("too big: {}", n).into());
    }
    Ok(())
}
fn top2() -> Result<u8, Box<dyn Error>> {
    let x: u8 = u8::try_from(300i32)?;
    Ok(x)
}
fn top3() -> Result<(), Box<dyn Error>> {
    Err("plain message")?
}
#[allow(dead_code)]
fn unused() {}
pub fn extra() {
    match top() { Err(e) => println!("{} | {:?}", e, e), Ok(()) => {} }
    match top2() { Err(e) => println!("{} | {:?}", e, e), Ok(v) => println!("{}", v) }
    match top3() { Err(e) => println!("{} | {:?} | {}", e, e, e.source().is_none()), Ok(()) => {} }
}
