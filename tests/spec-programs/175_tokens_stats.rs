// covers: a tokenizer over Vec<char> with char-range match arms and ? on map_err, HashMap/BTreeMap indexed by a &&K key taken from a collected keys() Vec (rustc coerces it to &K), fold into a HashMap accumulator, sort_by with Ordering::then, chunks + join, char_indices with filter/map, {:<16}/{:>6.2}/{:2} widths, f64::max as a fold function
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Op(char), LParen, RParen }

fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => { i += 1; }
            '0'..='9' | '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') { i += 1; }
                let s: String = chars[start..i].iter().collect();
                out.push(Token::Num(s.parse().map_err(|e| format!("{:?}", e))?));
            }
            '+' | '-' | '*' | '/' => { out.push(Token::Op(c)); i += 1; }
            '(' => { out.push(Token::LParen); i += 1; }
            ')' => { out.push(Token::RParen); i += 1; }
            _ => return Err(format!("bad char {:?} at {}", c, i)),
        }
    }
    Ok(out)
}

struct Stats { counts: HashMap<char, usize> }
impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut keys: Vec<&char> = self.counts.keys().collect();
        keys.sort();
        let parts: Vec<String> = keys.iter().map(|k| format!("{}={}", k, self.counts[k])).collect();
        write!(f, "{}", parts.join(", "))
    }
}

fn main() {
    let exprs = ["1 + 2 * 3", "(4.5 - 1) / 2", "7 % 2", "10 / (3 - 3)"];
    let mut stats = Stats { counts: HashMap::new() };
    for e in exprs.iter() {
        match tokenize(e) {
            Ok(toks) => {
                for t in &toks {
                    if let Token::Op(c) = t { *stats.counts.entry(*c).or_default() += 1; }
                }
                let nums: Vec<f64> = toks.iter().filter_map(|t| match t { Token::Num(n) => Some(*n), _ => None }).collect();
                let total: f64 = nums.iter().sum();
                let max = nums.iter().cloned().fold(f64::MIN, f64::max);
                println!("{:<16} tokens={:2} sum={:>6.2} max={}", e, toks.len(), total, max);
            }
            Err(msg) => println!("{:<16} error: {}", e, msg),
        }
    }
    println!("ops: {}", stats);
    let words = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: Vec<(String, usize)> = words.split_whitespace().fold(HashMap::new(), |mut m, w| { *m.entry(w.to_string()).or_insert(0) += 1; m }).into_iter().collect();
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", &freq[..3]);
    let chunks: Vec<String> = words.split(' ').collect::<Vec<_>>().chunks(4).map(|c| c.join("-")).collect();
    println!("{:?}", chunks);
    let pos = words.char_indices().filter(|(_, c)| *c == 'o').map(|(i, _)| i).collect::<Vec<_>>();
    println!("{:?} {}", pos, pos.iter().rev().take(2).map(|x| x.to_string()).collect::<Vec<_>>().join("+"));
    let tree: std::collections::BTreeMap<u32, &str> = [(3, "c"), (1, "a"), (2, "b")].iter().cloned().collect();
    let ks: Vec<&u32> = tree.keys().collect();
    let picked: Vec<&str> = ks.iter().map(|k| tree[k]).collect();
    println!("{:?}", picked);
}
