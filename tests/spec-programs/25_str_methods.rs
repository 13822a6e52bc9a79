// covers: &str methods: to_uppercase, to_lowercase, starts_with, ends_with, contains, split_whitespace, trim, join on Vec<String> and Vec<&str>, parse::<i64>() with match on Result, parse::<f64>(), char::is_ascii_digit, is_alphabetic, is_whitespace, is_uppercase, to_ascii_uppercase, char as u8 / u8 as char, collect::<Vec<&str>>(), string slicing by byte range &s[a..b], repeat
fn title_case(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        let mut out = String::new();
        for (i, c) in w.chars().enumerate() {
            if i == 0 {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c.to_ascii_lowercase());
            }
        }
        words.push(out);
    }
    words.join(" ")
}

fn sum_numbers(s: &str) -> (i64, usize) {
    let mut total = 0;
    let mut bad = 0;
    for tok in s.split_whitespace() {
        match tok.parse::<i64>() {
            Ok(v) => total += v,
            Err(_) => bad += 1,
        }
    }
    (total, bad)
}

fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_alphabetic() {
        if c.is_uppercase() { "upper" } else { "lower" }
    } else if c.is_whitespace() {
        "space"
    } else {
        "punct"
    }
}

fn rot13(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let r = if c >= 'a' && c <= 'z' {
            (((c as u8 - b'a') + 13) % 26 + b'a') as char
        } else if c >= 'A' && c <= 'Z' {
            (((c as u8 - b'A') + 13) % 26 + b'A') as char
        } else {
            c
        };
        out.push(r);
    }
    out
}

fn main() {
    let raw = "   Hello, Pyrite World!  \n";
    let t = raw.trim();
    println!("trimmed = {:?}", t);
    println!("upper = {}", t.to_uppercase());
    println!("lower = {}", t.to_lowercase());
    println!("starts_with Hello: {}, ends_with '!': {}, contains Pyr: {}, contains xyz: {}",
        t.starts_with("Hello"), t.ends_with("!"), t.contains("Pyr"), t.contains("xyz"));
    println!("title = {}", title_case("the QUICK brown fOX"));

    let words: Vec<&str> = "  split   these\twords \n please ".split_whitespace().collect();
    println!("words = {:?} count {}", words, words.len());
    println!("joined = {}", words.join("+"));
    let owned: Vec<String> = vec![String::from("alpha"), "beta".to_string(), format!("gamma{}", 3)];
    println!("owned joined = {}", owned.join(", "));
    let empty: Vec<String> = Vec::new();
    println!("empty joined = {:?}", empty.join("-"));

    let (total, bad) = sum_numbers("10 -3 abc 400 7x 2 +5 99999999999");
    println!("sum = {} bad = {}", total, bad);
    let inputs = ["42", "-17", "", "3.5", " 8", "9223372036854775807", "9223372036854775808"];
    for s in inputs.iter() {
        match s.parse::<i64>() {
            Ok(v) => println!("parse {:?} -> Ok({})", s, v),
            Err(_) => println!("parse {:?} -> error", s),
        }
    }
    let f: f64 = "2.75".parse().unwrap();
    println!("parsed f64 * 2 = {}", f * 2.0);
    let u = "255".parse::<u8>().unwrap_or(0);
    let u2 = "256".parse::<u8>().unwrap_or(0);
    println!("u8 parse {} {}", u, u2);

    let sample = "aB3 ,z";
    for c in sample.chars() {
        println!("{:?} {} code {}", c, classify(c), c as u32);
    }

    let secret = rot13("Hello, World!");
    println!("rot13 = {} back = {}", secret, rot13(&secret));

    let s = "abcdefgh";
    println!("slices {} {} {}", &s[2..5], &s[..3], &s[6..]);
    println!("repeat = {}", "ab".repeat(3));

    let mut digits = 0;
    let mut letters = 0;
    for c in "R2-D2 and C-3PO".chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    println!("digits {} letters {}", digits, letters);

    let csv_line = "name, age , city";
    let mut fields: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in csv_line.chars() {
        if c == ',' {
            fields.push(cur.trim().to_string());
            cur = String::new();
        } else {
            cur.push(c);
        }
    }
    fields.push(cur.trim().to_string());
    println!("fields = {:?}", fields);
    println!("mixed upper = {}", "abc-XYZ 123 _q".to_uppercase());
}
