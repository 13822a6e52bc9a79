// covers: word counting with HashMap entry().or_insert_with and and_modify().or_insert, BTreeMap entry with closures, Option map/and_then/unwrap_or_else/map_or/map_or_else/filter/ok_or_else/or_else/is_some_and/get_or_insert_with, Result map/map_err/and_then/or_else/unwrap_or_else/map_or/is_ok_and, closures building Strings
use std::collections::{BTreeMap, HashMap};

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Invalid(String, String),
}

fn lookup<'a>(cfg: &'a HashMap<&str, &str>, key: &str) -> Result<&'a str, ConfigError> {
    cfg.get(key).copied().ok_or_else(|| ConfigError::Missing(key.to_string()))
}

fn port(cfg: &HashMap<&str, &str>) -> Result<u16, ConfigError> {
    lookup(cfg, "port").and_then(|s| s.parse::<u16>().map_err(|e| ConfigError::Invalid(s.to_string(), e.to_string())))
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        counts.entry(w).and_modify(|c| *c += 1).or_insert(1);
    }
    let mut pairs: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &pairs[..4]);

    let mut by_letter: HashMap<char, Vec<String>> = HashMap::new();
    for w in text.split_whitespace() {
        let first = w.chars().next().unwrap();
        by_letter.entry(first).or_insert_with(Vec::new).push(w.to_uppercase());
    }
    let mut letters: Vec<&char> = by_letter.keys().collect();
    letters.sort();
    for c in letters.iter().take(4) {
        println!("{} -> {:?}", c, by_letter[*c]);
    }

    let mut lengths: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in text.split_whitespace() {
        let e = lengths.entry(w.len()).or_insert_with(|| Vec::new());
        if !e.contains(&w) {
            e.push(w);
        }
    }
    println!("{:?}", lengths);
    let mut tally: BTreeMap<bool, u32> = BTreeMap::new();
    for n in 1..=10 {
        tally.entry(n % 3 == 0).and_modify(|t| *t += n).or_insert(n);
    }
    println!("{:?}", tally);

    let maybe: Option<i32> = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", maybe.map(|x| x * x), none.map(|x| x * x));
    println!("{:?} {:?}", maybe.and_then(|x| if x > 3 { Some(x - 3) } else { None }), maybe.filter(|x| *x % 2 == 1));
    let fallback = 99;
    println!("{} {}", none.unwrap_or_else(|| fallback + 1), maybe.map_or(0, |x| x + 1));
    println!("{} {}", none.map_or_else(|| -1, |x| x * 2), maybe.is_some_and(|x| x > 2));
    println!("{:?} {:?}", none.or_else(|| Some(7)), none.ok_or_else(|| format!("no value (fallback {})", fallback)));
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(|| vec![1, 2]).push(3);
    println!("{:?}", cache);

    let mut cfg = HashMap::new();
    cfg.insert("port", "8080");
    cfg.insert("host", "example.org");
    println!("{:?}", port(&cfg));
    cfg.insert("port", "80x");
    println!("{:?}", port(&cfg));
    cfg.remove("port");
    println!("{:?}", port(&cfg));
    let r: Result<i32, String> = "42".parse::<i32>().map_err(|e| e.to_string());
    println!("{:?} {}", r.clone().map(|x| x / 2), r.clone().map_or(0, |x| x + 1));
    let bad: Result<i32, String> = Err("boom".to_string());
    println!("{} {}", bad.clone().unwrap_or_else(|e| e.len() as i32), r.clone().is_ok_and(|x| x == 42));
    println!("{:?}", bad.or_else(|e| if e == "boom" { Ok::<i32, String>(0) } else { Err(e) }));
    let host = lookup(&cfg, "host").map(|h| h.len()).unwrap_or_else(|_| 0);
    println!("host len {}", host);
}
