// covers: recursive regex matcher (. * ^ $) over &[u8] slices, char_indices, format! of Debug inside width formatting
fn match_here(re: &[u8], text: &[u8]) -> bool {
    if re.is_empty() { return true; }
    if re.len() >= 2 && re[1] == b'*' { return match_star(re[0], &re[2..], text); }
    if re[0] == b'$' && re.len() == 1 { return text.is_empty(); }
    if !text.is_empty() && (re[0] == b'.' || re[0] == text[0]) {
        return match_here(&re[1..], &text[1..]);
    }
    false
}

fn match_star(c: u8, re: &[u8], text: &[u8]) -> bool {
    let mut t = text;
    loop {
        if match_here(re, t) { return true; }
        if t.is_empty() || !(t[0] == c || c == b'.') { return false; }
        t = &t[1..];
    }
}

fn is_match(re: &str, text: &str) -> bool {
    let (r, t) = (re.as_bytes(), text.as_bytes());
    if r.first() == Some(&b'^') { return match_here(&r[1..], t); }
    let mut i = 0;
    loop {
        if match_here(r, &t[i..]) { return true; }
        if i == t.len() { return false; }
        i += 1;
    }
}

fn find_all(re: &str, text: &str) -> Vec<usize> {
    let mut v = Vec::new();
    for (i, _) in text.char_indices() {
        if match_here(re.as_bytes(), &text.as_bytes()[i..]) { v.push(i); }
    }
    v
}

fn main() {
    let cases = [
        ("abc", "xxabcxx"), ("^abc", "xxabc"), ("^abc", "abcdef"), ("c$", "abc"), ("c$", "abcd"),
        ("a.c", "abc"), ("a*b", "b"), ("a*b", "aaab"), ("^a*$", "aaaa"), ("^a*$", "aaba"),
        (".*", ""), ("^$", ""), ("x.*y", "x123y"), ("ab*c", "ac"), ("ab*c", "abbbbd"), ("^.", ""),
    ];
    let mut yes = 0;
    for (i, &(re, text)) in cases.iter().enumerate() {
        let m = is_match(re, text);
        if m { yes += 1; }
        println!("{:>2}: {:<6} ~ {:<10} => {}", i, re, format!("{:?}", text), m);
    }
    println!("{} of {} matched", yes, cases.len());
    println!("{:?}", find_all("a.a", "banana bandana"));
    println!("{:?}", find_all("n*a", "nnna"));
}
