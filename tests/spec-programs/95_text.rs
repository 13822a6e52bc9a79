// covers: greedy word wrap with mem::take, full justification distributing spaces, {:<width$} padding, caesar cipher with rem_euclid over ASCII letters and continue in a let-else-style if chain, vigenere encrypt/decrypt, anagram grouping by sorted-char signature via sort_unstable and sorting Vec<(String, &str)>, last_mut, join
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return format!("{:<width$}", line, width = width);
    }
    let mut letters = 0;
    for w in &words { letters += w.chars().count(); }
    let gaps = words.len() - 1;
    let spaces = width - letters;
    let (each, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out += w;
        if i < gaps {
            out.push_str(&" ".repeat(each + if i < extra { 1 } else { 0 }));
        }
    }
    out
}

fn caesar(s: &str, shift: i32) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let base = if c.is_ascii_lowercase() { b'a' } else if c.is_ascii_uppercase() { b'A' } else { out.push(c); continue; };
        let off = ((c as u8 - base) as i32 + shift).rem_euclid(26) as u8;
        out.push((base + off) as char);
    }
    out
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let k: Vec<i32> = key.bytes().collect_shifts();
    let mut i = 0;
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            let sh = if decrypt { -k[i % k.len()] } else { k[i % k.len()] };
            out.push_str(&caesar(&c.to_string(), sh));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

trait CollectShifts { fn collect_shifts(self) -> Vec<i32>; }
impl<I: Iterator<Item = u8>> CollectShifts for I {
    fn collect_shifts(self) -> Vec<i32> {
        let mut v = Vec::new();
        for b in self { v.push((b.to_ascii_lowercase() - b'a') as i32); }
        v
    }
}

fn signature(w: &str) -> String {
    let mut cs: Vec<char> = w.to_lowercase().chars().collect();
    cs.sort_unstable();
    cs.into_iter().collect()
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! \
                How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.";
    for width in [20, 32] {
        println!("width {}:", width);
        let lines = wrap(text, width);
        let n = lines.len();
        for (i, l) in lines.iter().enumerate() {
            let j = if i + 1 == n { format!("{:<w$}", l, w = width) } else { justify(l, width) };
            println!("|{}|", j);
        }
    }
    let secret = caesar("Attack at Dawn, Zulu!", 3);
    println!("{} -> {}", secret, caesar(&secret, -3));
    println!("rot13 twice: {}", caesar(&caesar("Hello, World", 13), 13));
    let v = vigenere("ATTACK AT DAWN", "Lemon", false);
    println!("vigenere: {} -> {}", v, vigenere(&v, "LEMON", true));

    let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"];
    let mut keyed: Vec<(String, &str)> = Vec::new();
    for w in words.iter() { keyed.push((signature(w), *w)); }
    keyed.sort();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut last_key = String::new();
    for (k, w) in &keyed {
        if *k != last_key || groups.is_empty() {
            groups.push(Vec::new());
            last_key = k.clone();
        }
        groups.last_mut().unwrap().push(w);
    }
    for g in &groups {
        println!("{:>2} {}", g.len(), g.join(","));
    }
    println!("anagram(Dormitory, dirty room): {}", signature("Dormitory") == signature(&"dirty room".replace(" ", "")));
}
