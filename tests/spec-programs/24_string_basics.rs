// covers: String::new, String::from, to_string on str/int/f64/char/bool, push, push_str, len (bytes), chars(), chars().count(), chars().rev(), bytes(), collect::<String>(), collect::<Vec<_>>() turbofish, collect into annotated Vec<char>, format! with args, string concatenation with + and +=, &String to &str coercion, String equality and comparison, clone, is_empty, non-ASCII chars, {:?} on String
fn reverse(s: &str) -> String {
    s.chars().rev().collect::<String>()
}

fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    let n = cs.len();
    for i in 0..n / 2 {
        if cs[i] != cs[n - 1 - i] {
            return false;
        }
    }
    true
}

fn rle(s: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        out.push_str(&(j - i).to_string());
        out.push(c);
        i = j;
    }
    out
}

fn checksum(s: &str) -> u32 {
    let mut h: u32 = 5381;
    for b in s.bytes() {
        h = h.wrapping_mul(33) ^ b as u32;
    }
    h
}

fn count_upper(s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        if c >= 'A' && c <= 'Z' {
            n += 1;
        }
    }
    n
}

fn greet(name: &str, times: usize) -> String {
    let mut s = String::from("Hi");
    for _ in 0..times {
        s += ", ";
        s += name;
    }
    s + "!"
}

fn main() {
    let mut s = String::new();
    println!("empty {:?} len {} is_empty {}", s, s.len(), s.is_empty());
    s.push('R');
    s.push_str("ust");
    s.push(' ');
    s.push_str(&String::from("to C"));
    println!("s = {} (len {})", s, s.len());
    println!("debug = {:?}", s);

    let n = 42;
    let x = 2.5;
    let composed = format!("n={} x={} flag={} ch={}", n, x, true, 'z');
    println!("{}", composed);
    let tail = format!("{}-{}", composed.len(), n * 2);
    println!("tail = {}", tail);
    let parts = n.to_string() + "/" + &x.to_string() + "/" + &'c'.to_string() + "/" + &false.to_string();
    println!("parts = {}", parts);

    let word = "straße café";
    println!("{} bytes {} chars {}", word, word.len(), word.chars().count());
    println!("reversed: {}", reverse(word));
    let upper_count = count_upper("Hello World From Pyrite");
    println!("capitals: {}", upper_count);

    let tests = ["racecar", "level", "pyrite", "a", "", "abba", "abca"];
    for t in tests.iter() {
        println!("{:?} palindrome: {}", t, is_palindrome(t));
    }

    println!("rle = {}", rle("aaabccddddde"));
    println!("rle = {}", rle("xyz"));
    println!("checksum = {}", checksum("the quick brown fox"));

    let g = greet("Ada", 3);
    println!("{}", g);
    let g2 = g.clone();
    println!("clone equal: {} cmp: {} {}", g == g2, "apple" < "banana", String::from("b") > String::from("abc"));

    let chars: Vec<char> = "hello".chars().collect();
    println!("chars vec = {:?}", chars);
    let mut rebuilt = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i % 2 == 0 {
            rebuilt.push(*c);
        } else {
            rebuilt.push('_');
        }
    }
    println!("rebuilt = {}", rebuilt);
    let reversed = "programming".chars().rev().collect::<Vec<_>>();
    println!("turbofish collect = {:?} ({} items)", reversed, reversed.len());
    let back: String = chars.into_iter().collect();
    println!("back = {}", back);

    let mut bytes_sum = 0u32;
    for b in "AZaz09".bytes() {
        bytes_sum += b as u32;
        print!("{} ", b);
    }
    println!("sum {}", bytes_sum);

    let owned: String = "slice".to_string();
    let borrowed: &str = &owned;
    println!("borrowed {} len {}", borrowed, borrowed.len());
    let mut acc = String::new();
    for i in 0..5 {
        acc = acc + &i.to_string();
    }
    println!("acc = {}", acc);
}
