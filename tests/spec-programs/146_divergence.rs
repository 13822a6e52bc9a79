// covers: blocks that end in a diverging statement (`{ panic!(..); }`, `{ eprintln!(..); std::process::exit(2); }`) as if/else and match arms of a value-returning fn, integer literals of unknown type refined by .max()/.min()/.cmp() with a usize argument, a struct literal through an associated type (Self::IntoIter { .. }), into_iter() called on &Vec, &[T] and &mut Vec, #[cfg(test)] modules with macro_rules! and #[test] functions left out as by rustc; ends in std::process::exit(2)
struct Deck {
    cards: Vec<u8>,
}

struct DeckIter {
    cards: Vec<u8>,
    at: usize,
}

impl Iterator for DeckIter {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        let c = self.cards.get(self.at).copied();
        self.at += 1;
        c
    }
}

impl IntoIterator for Deck {
    type Item = u8;
    type IntoIter = DeckIter;
    fn into_iter(self) -> Self::IntoIter {
        Self::IntoIter { cards: self.cards, at: 0 }
    }
}

fn halve(n: u32) -> u32 {
    if n % 2 == 0 {
        n / 2
    } else {
        panic!("odd input {}", n);
    }
}

fn score(word: &str) -> i64 {
    let first = match word.chars().next() {
        Some(c) if c.is_ascii_lowercase() => c as i64 - 'a' as i64,
        Some(c) => {
            println!("not lowercase: {:?}", c);
            return -1;
        }
        None => {
            eprintln!("empty word");
            std::process::exit(2);
        }
    };
    first * word.len() as i64
}

fn root(x: f64) -> f64 {
    if x < 0.0 {
        panic!("negative");
    } else {
        let mut g = x.max(1.0);
        loop {
            let next = 0.5 * (g + x / g);
            if (next - g).abs() < 1e-12 {
                return next;
            }
            g = next;
        }
    }
}

fn total(r: &Vec<i32>) -> i32 {
    let mut it = r.into_iter();
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

fn main() {
    println!("{} {} {:.6}", halve(10), halve(64), root(2.0));
    let words = vec!["pear", "fig", "banana", "kiwi"];
    let mut longest = 0;
    let mut shortest = 100;
    for w in &words {
        longest = longest.max(w.len());
        shortest = shortest.min(w.len());
    }
    let start = 3;
    println!("{} {} {:?}", longest, shortest, start.cmp(&words.len()));
    let deck = Deck { cards: vec![3, 1, 4, 1, 5] };
    let mut sum = 0u32;
    for c in deck {
        sum += c as u32;
    }
    let v = vec![10, 20, 30];
    let slice: &[i32] = &v[1..];
    let mut first_of_slice = slice.into_iter();
    let mut w = v.clone();
    for x in (&mut w).into_iter() {
        *x += 1;
    }
    println!("{} {} {:?} {:?}", sum, total(&v), first_of_slice.next(), w);
    for word in ["apple", "Zebra", "cat", ""].iter() {
        println!("{} -> {}", word, score(word));
    }
    println!("not reached");
}

#[cfg(test)]
mod tests {
    macro_rules! check {
        ($e:expr) => {
            assert!($e)
        };
    }
    #[test]
    fn halves() {
        check!(super::halve(4) == 2);
    }
}

#[test]
fn outside_a_test_module() {
    assert_eq!(1 + 1, 3);
}
