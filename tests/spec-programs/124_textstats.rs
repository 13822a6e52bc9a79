// covers: text statistics: word-length histogram with {:>width$} and {:<30}, letter frequency, run-length grouping of sorted words, tuple sort and reverse
const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.";

fn clean(w: &str) -> String {
    let mut s = String::new();
    for c in w.chars() { if c.is_alphabetic() { s.push(c.to_ascii_lowercase()); } }
    s
}

fn main() {
    let mut hist = [0usize; 16];
    let mut words: Vec<String> = Vec::new();
    let mut longest = String::new();
    let mut letters = [0u32; 26];
    for raw in TEXT.split_whitespace() {
        let w = clean(raw);
        if w.is_empty() { continue; }
        hist[w.len().min(15)] += 1;
        if w.len() > longest.len() { longest = w.clone(); }
        for b in w.bytes() { letters[(b - b'a') as usize] += 1; }
        words.push(w);
    }
    println!("lines={} words={} chars={} longest={:?}", TEXT.lines().count(), words.len(), TEXT.chars().count(), longest);
    let max = *hist.iter().max().unwrap();
    let width = 3;
    for (len, &n) in hist.iter().enumerate() {
        if n == 0 { continue; }
        let bar = "#".repeat(n * 30 / max);
        println!("{:>width$} | {:<30} | {:>3}", len, bar, n, width = width);
    }
    println!("{:-<20}", "");
    words.sort();
    let mut uniq: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && words[j] == words[i] { j += 1; }
        uniq.push((j - i, words[i].clone()));
        i = j;
    }
    uniq.sort();
    uniq.reverse();
    for (n, w) in uniq.iter().take(6) { println!("{:<12}{:>4}", w, n); }
    let mut top = Vec::new();
    for (i, &n) in letters.iter().enumerate() { top.push((n, (b'a' + i as u8) as char)); }
    top.sort();
    let mut best = String::new();
    for p in top.iter().rev().take(5) { best.push(p.1); }
    println!("top letters: {}", best);
    println!("{:-<20}{:.>8}", "total", words.len());
}
