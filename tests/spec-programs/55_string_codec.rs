// covers: run-length encoding/decoding with chars().peekable-free index loops, char::to_digit / char::from_digit, title case via to_uppercase on first char, find/rfind returning Option<usize>, key=value splitting by find and slicing, replace, strip_prefix/strip_suffix, split(&str).count(), starts_with/ends_with, char_indices, chars().peekable() with while let Some(&c) = it.peek() and a trait impl on Option<&char>, bytes with b'0' arithmetic, String::with_capacity, insert/remove on String, truncate, format! with {:>width$}, Vec<String>.join, str comparisons, to_owned
fn rle_encode(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c { j += 1; }
        let run = j - i;
        if run > 1 { out.push_str(&run.to_string()); }
        out.push(c);
        i = j;
    }
    out
}

fn rle_decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut count: u32 = 0;
    for (pos, c) in s.char_indices() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d;
        } else {
            if c.is_whitespace() { return Err(format!("whitespace at byte {}", pos)); }
            let n = if count == 0 { 1 } else { count };
            for _ in 0..n { out.push(c); }
            count = 0;
        }
    }
    if count != 0 { return Err("dangling count".to_owned()); }
    Ok(out)
}

fn number_runs(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n: u64 = 0;
            while let Some(d) = it.peek().and_then_digit() {
                n = n * 10 + d as u64;
                it.next();
            }
            out.push(n);
        } else {
            it.next();
        }
    }
    out
}

trait DigitOf { fn and_then_digit(self) -> Option<u32>; }
impl DigitOf for Option<&char> {
    fn and_then_digit(self) -> Option<u32> {
        match self { Some(c) => c.to_digit(10), None => None }
    }
}

fn title_case(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        let mut cs = w.chars();
        match cs.next() {
            Some(first) => {
                let mut t = first.to_uppercase().to_string();
                let rest: String = cs.collect();
                t.push_str(&rest.to_lowercase());
                words.push(t);
            }
            None => {}
        }
    }
    words.join(" ")
}

fn to_base(mut n: u32, base: u32) -> String {
    if n == 0 { return "0".to_string(); }
    let mut s = String::new();
    while n > 0 {
        s.insert(0, std::char::from_digit(n % base, base).unwrap());
        n /= base;
    }
    s
}

fn digits_sum(s: &str) -> u32 {
    let mut t = 0;
    for b in s.bytes() {
        if b >= b'0' && b <= b'9' { t += (b - b'0') as u32; }
    }
    t
}

fn main() {
    for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"] {
        let e = rle_encode(s);
        println!("{:>14} -> {:<10} -> {:?}", s, e, rle_decode(&e));
    }
    println!("{:?} {:?}", rle_decode("3a 2b"), rle_decode("4"));
    println!("{}", title_case("the qUICK  brown fox"));
    for n in [0u32, 5, 255, 1000, 65535] {
        println!("{:>6} = {:>16} b = {:>6} o = {:>4} x = {:>4} b36", n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36));
    }
    let path = "/usr/local/lib/libpyrite.so.1";
    println!("{:?} {:?} {:?}", path.find('/'), path.rfind('/'), path.find("lib"));
    if let Some(idx) = path.rfind('/') {
        let (dir, file) = (&path[..idx], &path[idx + 1..]);
        println!("dir={} file={}", dir, file);
    }
    for kv in ["key=value=more", "novalue"] {
        match kv.find('=') {
            Some(i) => println!("{:?}", (&kv[..i], &kv[i + 1..])),
            None => println!("no '=' in {:?}", kv),
        }
    }
    println!("{:?} {:?}", "prefix-body".strip_prefix("prefix-"), "body.rs".strip_suffix(".txt"));
    println!("{}", "a-b-c-d".replace("-", " + "));
    println!("{} {}", "banana".split("an").count() - 1, "aaaa".split("aa").count() - 1);
    println!("digits sum {} runs {:?}", digits_sum("a1b22c333"), number_runs("a1b22c333-07x"));
    let mut s = String::from("hello world");
    s.insert(5, ',');
    s = format!(">> {}", s);
    let removed = s.remove(3);
    println!("[{}] removed {:?}", s, removed);
    s.truncate(8);
    println!("[{}] {}", s, s.len());
    let w = 12;
    println!("[{:>w$}] [{:<w$}] [{:^w$}]", "right", "left", "mid", w = w);
    println!("{} {} {}", "apple" < "banana", "Zebra" < "apple", "abc".to_owned() + "def" == "abcdef");
    let last_char = "héllo".chars().last();
    println!("{:?} {} {}", last_char, "héllo".len(), "héllo".chars().count());
}
