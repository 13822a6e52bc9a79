// covers: tokenizing with char_indices, reversing words, palindromes ignoring case/punctuation, caesar cipher with wrapping u8 arithmetic, char frequency counts in [usize; 26], parse numbers with parse::<i32>() and error handling, format! with width/precision/alignment/fill chars, {:e}, {:x} {:b} {:o} {:X} {:010x} incl. negative i32 hex, alternate forms {:#x} {:#b} {:#o} {:#X} {:#010x}, runtime width/precision via w$ p$ 1$ .*, to_string, chars().rev().collect, split(','), trim, lines()
fn reverse_words(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::new();
    for w in words.iter().rev() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let mut cleaned: Vec<char> = Vec::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        }
    }
    let n = cleaned.len();
    for i in 0..n / 2 {
        if cleaned[i] != cleaned[n - 1 - i] {
            return false;
        }
    }
    true
}

fn caesar(s: &str, shift: u8) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let enc = if c.is_ascii_lowercase() {
            (((c as u8 - b'a') + shift) % 26 + b'a') as char
        } else if c.is_ascii_uppercase() {
            (((c as u8 - b'A') + shift) % 26 + b'A') as char
        } else {
            c
        };
        out.push(enc);
    }
    out
}

fn tokens(s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(st) = start {
                out.push((st, s[st..i].to_string()));
                start = None;
            }
            if !c.is_whitespace() {
                out.push((i, c.to_string()));
            }
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].to_string()));
    }
    out
}

fn letter_counts(s: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for b in s.bytes() {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn main() {
    println!("{}", reverse_words("  one two   three four "));
    for p in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""] {
        println!("{:<32}|{:>6}", p, is_palindrome(p));
    }
    let secret = caesar("Hello, World! xyz", 3);
    println!("{} -> {}", secret, caesar(&secret, 23));
    for (pos, t) in tokens("let x1 = (foo+42)*bar;") {
        print!("[{}:{}]", pos, t);
    }
    println!();
    let counts = letter_counts("The quick brown fox jumps over the lazy dog");
    let mut line = String::new();
    for (i, &c) in counts.iter().enumerate() {
        if c > 1 {
            line += &format!("{}={} ", (b'a' + i as u8) as char, c);
        }
    }
    println!("{}", line.trim_end());
    let data = "12, -7, abc, 300,  42 ,9999999999, +5";
    let mut sum = 0i64;
    for part in data.split(',') {
        match part.trim().parse::<i32>() {
            Ok(n) => { sum += n as i64; println!("ok  {:>6}", n); }
            Err(e) => println!("bad {:?}: {}", part.trim(), e),
        }
    }
    println!("sum={}", sum);
    let pi = 3.14159265;
    println!("[{:10.3}] [{:<10.2}] [{:^10.1}] [{:+.4}] [{:e}]", pi, pi, pi, pi, 1234.5);
    println!("[{:*^9}] [{:->7}] [{:#<5}] [{:08.3}] [{:+05}]", "mid", 42, 'c', -pi, 7);
    println!("[{:x}] [{:b}] [{:o}] [{:X}] [{:010x}] [{:x}]", 255, 5, 64, 48879, 255, -1i32);
    println!("[{:#x}] [{:#b}] [{:#o}] [{:#X}] [{:#010x}] [{:#06b}]", 255, 5, 64, 48879, 255, 5u8);
    let w = 7;
    let p = 2;
    println!("[{:>w$.p$}] [{:>1$}] [{:.*}]", pi, 8, 3, 2.71828);
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    let text = "line one\nline two\n\nlast";
    for (n, l) in text.lines().enumerate() {
        println!("{:>3}: {} ({} chars)", n + 1, l, l.len());
    }
}
