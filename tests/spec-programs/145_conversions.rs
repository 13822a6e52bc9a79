// covers: String::from through the From trait (a program's own impl From<Celsius> for String, From<char>, From<&String>), TryFrom/TryInto between integer types (Ok, Err and its Display/Debug, ? with a Box-free error enum, expect), Vec::extend from another Vec, a slice, &Vec (cloned), an iterator, a range and a reversed iterator; String::extend from chars and &str items; to_owned on a slice
use std::convert::{TryFrom, TryInto};
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}C", self.0)
    }
}

impl From<Celsius> for String {
    fn from(c: Celsius) -> String {
        format!("temperature {}", c)
    }
}

#[derive(Debug)]
enum Shrink {
    TooBig(i64),
    Negative(i64),
}

fn to_byte(v: i64) -> Result<u8, Shrink> {
    if v < 0 {
        return Err(Shrink::Negative(v));
    }
    match u8::try_from(v) {
        Ok(b) => Ok(b),
        Err(_) => Err(Shrink::TooBig(v)),
    }
}

fn checksum(values: &[i64]) -> Result<u8, Shrink> {
    let mut acc: u8 = 0;
    for &v in values {
        acc = acc.wrapping_add(to_byte(v)?);
    }
    Ok(acc)
}

fn main() {
    let label = String::from(Celsius(21.456));
    let star = String::from('*');
    let copy = String::from(&label);
    println!("{} | {} | {}", label, star, copy.len());

    println!("{:?} {:?} {:?}", u8::try_from(255i32), u8::try_from(256i32), i8::try_from(-129i64));
    println!("{:?} {:?} {:?}", u32::try_from(-1i32).is_err(), i64::try_from(u64::MAX), usize::try_from(42u16));
    let small: i16 = 1234i64.try_into().unwrap();
    let wide: Result<u16, _> = 70000u32.try_into();
    println!("{} {:?}", small, wide);
    match i32::try_from(3_000_000_000u64) {
        Ok(v) => println!("fits: {}", v),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    for vals in [vec![1i64, 2, 250], vec![100, 300], vec![5, -7]].iter() {
        println!("{:?} -> {:?}", vals, checksum(vals));
    }
    let count: u8 = u8::try_from(vec![0; 12].len()).expect("short vector");
    println!("{}", count);

    let mut v: Vec<i32> = vec![1, 2];
    v.extend(vec![3, 4]);
    v.extend(&[5, 6]);
    let more = vec![7, 8];
    v.extend(&more);
    v.extend(more.iter().rev());
    v.extend(9..12);
    let squares: Vec<i32> = vec![1, 4, 9];
    v.extend(squares.iter().copied().skip(1));
    println!("{:?} {}", v, more.len());
    let mut words: Vec<String> = Vec::new();
    words.extend(vec!["a".to_string(), "b".to_string()]);
    let extra = [String::from("c")];
    words.extend(extra.iter().cloned());
    println!("{:?}", words);

    let mut s = String::from("ab");
    s.extend("cdé".chars());
    s.extend(vec!["-", "xy"]);
    s.extend(['!', '?'].iter());
    println!("{} {}", s, s.len());
    let part: &[u32] = &[30, 10, 20];
    let mut owned = part.to_owned();
    owned.sort();
    println!("{:?} {:?}", owned, part);
}
