//! Parsing of `format!`-style strings into pieces, following `std::fmt`'s grammar.

#[derive(Clone, Debug, PartialEq)]
pub enum ArgRef {
    Next,
    Index(usize),
    Name(String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FmtTrait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Binary,
    Octal,
    LowerExp,
    UpperExp,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Count {
    None,
    Lit(usize),
    Arg(ArgRef),
}

#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    /// 0 unspecified, 1 left, 2 right, 3 center
    pub align: u8,
    pub plus: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Count,
    pub prec: Count,
    pub trait_: FmtTrait,
}

#[derive(Clone, Debug)]
pub enum Piece {
    Lit(String),
    Arg(ArgRef, Spec),
}

pub fn parse(s: &str) -> Result<Vec<Piece>, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = vec![];
    let mut lit = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                lit.push('{');
                i += 2;
                continue;
            }
            let close = (i + 1..cs.len()).find(|&j| cs[j] == '}').ok_or("invalid format string: expected `}`")?;
            let inner: String = cs[i + 1..close].iter().collect();
            if !lit.is_empty() {
                out.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            let (arg, spec) = match inner.find(':') {
                Some(k) => (&inner[..k], &inner[k + 1..]),
                None => (&inner[..], ""),
            };
            out.push(Piece::Arg(arg_ref(arg.trim())?, parse_spec(spec)?));
            i = close + 1;
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err("invalid format string: unmatched `}` found".into());
        } else {
            lit.push(c);
            i += 1;
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

fn arg_ref(a: &str) -> Result<ArgRef, String> {
    if a.is_empty() {
        Ok(ArgRef::Next)
    } else if let Ok(n) = a.parse::<usize>() {
        Ok(ArgRef::Index(n))
    } else if a.chars().all(|c| c.is_alphanumeric() || c == '_') {
        Ok(ArgRef::Name(a.to_string()))
    } else {
        Err(format!("invalid format argument `{}`", a))
    }
}

fn parse_spec(s: &str) -> Result<Spec, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut sp = Spec {
        fill: ' ',
        align: 0,
        plus: false,
        alt: false,
        zero: false,
        width: Count::None,
        prec: Count::None,
        trait_: FmtTrait::Display,
    };
    let mut i = 0;
    let align_of = |c: char| match c {
        '<' => Some(1),
        '>' => Some(2),
        '^' => Some(3),
        _ => None,
    };
    if cs.len() >= 2 && align_of(cs[1]).is_some() {
        sp.fill = cs[0];
        sp.align = align_of(cs[1]).unwrap();
        i = 2;
    } else if !cs.is_empty() && align_of(cs[0]).is_some() {
        sp.align = align_of(cs[0]).unwrap();
        i = 1;
    }
    if i < cs.len() && cs[i] == '+' {
        sp.plus = true;
        i += 1;
    } else if i < cs.len() && cs[i] == '-' {
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let count = |i: &mut usize| -> Result<Count, String> {
        let start = *i;
        let digits = *i < cs.len() && cs[*i].is_ascii_digit();
        while *i < cs.len() && (if digits { cs[*i].is_ascii_digit() } else { cs[*i].is_alphanumeric() || cs[*i] == '_' }) {
            *i += 1;
        }
        let word: String = cs[start..*i].iter().collect();
        if word.is_empty() {
            return Ok(Count::None);
        }
        if *i < cs.len() && cs[*i] == '$' {
            *i += 1;
            return Ok(Count::Arg(arg_ref(&word)?));
        }
        match word.parse::<usize>() {
            Ok(n) => Ok(Count::Lit(n)),
            // Not a count: it was the type letter; rewind.
            Err(_) => {
                *i = start;
                Ok(Count::None)
            }
        }
    };
    sp.width = count(&mut i)?;
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        if i < cs.len() && cs[i] == '*' {
            sp.prec = Count::Arg(ArgRef::Next);
            i += 1;
        } else {
            sp.prec = count(&mut i)?;
        }
    }
    let rest: String = cs[i..].iter().collect();
    sp.trait_ = match rest.as_str() {
        "" => FmtTrait::Display,
        "?" => FmtTrait::Debug,
        "x" => FmtTrait::LowerHex,
        "X" => FmtTrait::UpperHex,
        "b" => FmtTrait::Binary,
        "o" => FmtTrait::Octal,
        "e" => FmtTrait::LowerExp,
        "E" => FmtTrait::UpperExp,
        other => return Err(format!("unknown format trait `{}`", other)),
    };
    Ok(sp)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_specs() {
        let p = parse("a {} {:>8.2} {x:?} {{}} {0:08b}").unwrap();
        assert_eq!(p.len(), 8);
        match &p[3] {
            Piece::Arg(ArgRef::Next, s) => {
                assert_eq!(s.align, 2);
                assert_eq!(s.width, Count::Lit(8));
                assert_eq!(s.prec, Count::Lit(2));
            }
            other => panic!("{:?}", other),
        }
    }
}
