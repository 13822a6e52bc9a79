// covers: include_str! (path relative to this file) in a static table, a match arm and an expression
static TABLE: [(&str, &str); 2] = [("data", include_str!("data/141_include.txt")), ("empty", "")];

fn lookup(name: &str) -> Option<&'static str> {
    match name {
        "data" => Some(include_str!("data/141_include.txt")),
        _ => None,
    }
}

fn main() {
    let text = include_str!("data/141_include.txt");
    println!("{} bytes, {} chars, {} lines", text.len(), text.chars().count(), text.lines().count());
    for line in text.lines() {
        println!("[{}]", line);
    }
    for (name, body) in TABLE.iter() {
        println!("{}: {:?}", name, body);
    }
    if let Some(s) = lookup("data") {
        println!("{} {}", s.len(), s == text);
    }
    println!("{}", lookup("nope").is_none());
}
