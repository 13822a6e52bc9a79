// covers: nested Option<Result<..>>, let-else with continue, if-let-else chains, ? on Result inside loop, checked_add overflow, ParseIntError to_string, @ binding in nested pattern
#[derive(Debug, Clone, PartialEq)]
enum Field { Int(i64), Text(String), Missing }

fn parse_field(s: &str) -> Option<Result<i64, String>> {
    let s = s.trim();
    if s.is_empty() { return None; }
    Some(match s.parse::<i64>() { Ok(v) => Ok(v), Err(e) => Err(e.to_string()) })
}

fn classify(s: &str) -> Field {
    match parse_field(s) {
        None => Field::Missing,
        Some(Ok(n)) => Field::Int(n),
        Some(Err(_)) => Field::Text(s.trim().to_string()),
    }
}

fn first_even(v: &[Option<i64>]) -> Option<usize> {
    for (i, x) in v.iter().enumerate() {
        let Some(n) = x else { continue };
        if n % 2 == 0 { return Some(i); }
    }
    None
}

fn sum_valid(items: &[&str]) -> Result<i64, String> {
    let mut total = 0i64;
    for it in items {
        let Some(r) = parse_field(it) else { continue; };
        total = total.checked_add(r?).ok_or(String::from("overflow"))?;
    }
    Ok(total)
}

fn transpose(x: Option<Result<i64, String>>) -> Result<Option<i64>, String> {
    match x { None => Ok(None), Some(Ok(v)) => Ok(Some(v)), Some(Err(e)) => Err(e) }
}

fn main() {
    for s in ["42", " -7 ", "", "abc", "9999999999999999999", "   "] {
        let f = classify(s);
        let desc = if let Field::Int(n) = f { format!("int {}", n) } else if let Field::Text(ref t) = f { format!("text {:?}", t) } else { "missing".to_string() };
        println!("{:<24} {:?} / {}", format!("{:?}", s), f, desc);
    }
    println!("{:?}", parse_field("12"));
    println!("{:?}", parse_field("x1"));
    println!("{:?}", transpose(parse_field("5")));
    println!("{:?}", transpose(parse_field("")));
    println!("{:?}", transpose(parse_field("5.5")));
    println!("{:?}", first_even(&[None, Some(3), Some(8), Some(10)]));
    println!("{:?}", first_even(&[None, Some(1)]));
    println!("{:?}", sum_valid(&["1", "", "2", " 3"]));
    println!("{:?}", sum_valid(&["1", "two"]));
    println!("{:?}", sum_valid(&["9223372036854775807", "1"]));
    let nested: Option<Option<i32>> = Some(None);
    let flat = match nested { Some(Some(v)) => Some(v), _ => None };
    println!("{:?} {:?}", nested, flat);
    let r: Result<Option<u8>, ()> = Ok(Some(2));
    if let Ok(Some(n @ 1..=3)) = r { println!("small {}", n); } else { println!("other"); }
}
