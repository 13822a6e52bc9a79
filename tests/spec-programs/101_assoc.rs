// covers: traits with associated types: Container with default method using Self::Item, generic fns with where C::Item: Debug / PartialOrd + Clone, Parser trait with type Output, generic Pair<A, B> parser with Output = (A::Output, B::Output), Vec<Option<P::Output>>, char_indices with len_utf8 on non-ASCII, generic trait Convert<T> implemented twice and selected by bound via <T as Convert<i64>>::convert
// a Graph trait with Node type, generic algorithms over them, and generic traits Convert<T>.
use std::fmt::Debug;

trait Container {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        let v = self.items();
        if v.is_empty() { None } else { Some(v.into_iter().next().unwrap()) }
    }
}

struct Range3 { start: i32 }
struct Words { text: String }

impl Container for Range3 {
    type Item = i32;
    fn items(&self) -> Vec<i32> { vec![self.start, self.start + 1, self.start + 2] }
}
impl Container for Words {
    type Item = String;
    fn items(&self) -> Vec<String> {
        let mut v = Vec::new();
        for w in self.text.split_whitespace() { v.push(w.to_string()); }
        v
    }
}

fn describe<C: Container>(c: &C) -> String where C::Item: Debug {
    format!("{} items, first {:?}, all {:?}", c.items().len(), c.first(), c.items())
}

fn largest<C>(c: &C) -> Option<C::Item> where C: Container, C::Item: PartialOrd + Clone {
    let mut best: Option<C::Item> = None;
    for x in c.items() {
        best = match best {
            None => Some(x),
            Some(b) => if x > b { Some(x) } else { Some(b) },
        };
    }
    best
}

trait Parser {
    type Output;
    fn parse(&self, s: &str) -> Option<(Self::Output, usize)>;
}
struct Digits;
struct Word;
struct Pair<A, B>(A, B);

impl Parser for Digits {
    type Output = u64;
    fn parse(&self, s: &str) -> Option<(u64, usize)> {
        let mut n = 0u64;
        let mut used = 0;
        for b in s.bytes() {
            if !b.is_ascii_digit() { break; }
            n = n * 10 + (b - b'0') as u64;
            used += 1;
        }
        if used == 0 { None } else { Some((n, used)) }
    }
}
impl Parser for Word {
    type Output = String;
    fn parse(&self, s: &str) -> Option<(String, usize)> {
        let mut end = 0;
        for (i, c) in s.char_indices() {
            if !c.is_alphabetic() { break; }
            end = i + c.len_utf8();
        }
        if end == 0 { None } else { Some((s[..end].to_string(), end)) }
    }
}
impl<A: Parser, B: Parser> Parser for Pair<A, B> {
    type Output = (A::Output, B::Output);
    fn parse(&self, s: &str) -> Option<(Self::Output, usize)> {
        let (a, n) = self.0.parse(s)?;
        let (b, m) = self.1.parse(&s[n..])?;
        Some(((a, b), n + m))
    }
}

fn parse_all<P: Parser>(p: &P, inputs: &[&str]) -> Vec<Option<P::Output>> {
    let mut out = Vec::new();
    for s in inputs {
        out.push(match p.parse(s) { Some((v, _)) => Some(v), None => None });
    }
    out
}

trait Convert<T> { fn convert(&self) -> T; }
struct Celsius(f64);
impl Convert<f64> for Celsius { fn convert(&self) -> f64 { self.0 * 9.0 / 5.0 + 32.0 } }
impl Convert<i64> for Celsius { fn convert(&self) -> i64 { (self.0 + 273.15).round() as i64 } }

fn to_f<T: Convert<f64>>(x: &T) -> f64 { x.convert() }
fn to_k<T: Convert<i64>>(x: &T) -> i64 { <T as Convert<i64>>::convert(x) }

fn main() {
    let r = Range3 { start: -1 };
    let w = Words { text: "delta alpha charlie bravo".to_string() };
    println!("{}", describe(&r));
    println!("{}", describe(&w));
    println!("largest {:?} {:?}", largest(&r), largest(&w));
    let empty = Words { text: "   ".into() };
    println!("{} / {:?}", describe(&empty), largest(&empty));
    let inputs = ["42abc", "7", "x9", "123456789012ms", ""];
    println!("{:?}", parse_all(&Digits, &inputs));
    println!("{:?}", parse_all(&Word, &["héllo1", "abc", "1a"]));
    println!("{:?}", parse_all(&Pair(Digits, Word), &inputs));
    println!("{:?}", Pair(Word, Pair(Digits, Word)).parse("abc12de!"));
    let c = Celsius(36.6);
    println!("{:.2} {} {:.1}", to_f(&c), to_k(&c), to_f(&Celsius(-40.0)));
}
