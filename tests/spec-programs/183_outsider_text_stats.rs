// covers: multi-line const &str, fold into derive(Default) struct, char classification, split_whitespace/trim_matches/matches with closures, HashMap word counts sorted, BTreeMap histogram, Caesar/ROT13 on u8, Iterator::eq, unwrap_or_default on Option<&str>, FNV hash with wrapping_mul
// outsider: written by someone who never read Pyrite's dialect, prelude or tests (see README.md)
// Text statistics over an embedded passage: word frequencies, character
// classes, longest words, ROT13 / Caesar ciphers and assorted string tricks.

use std::collections::{BTreeMap, HashMap};

const TEXT: &str = "\
The lighthouse keeper woke before dawn, as he always did. The sea was calm,
the wind had dropped, and the gulls were still asleep on the rocks below.
He climbed the ninety-two steps to the lamp room, counting each one aloud.

In 1887 the lamp had burned whale oil; by 1921 it burned kerosene, and now
it hummed with electricity. Still, the keeper polished the great lens every
morning, because the light mattered more than the fuel that fed it.

Ships passed in the night without knowing his name. That was fine. The keeper
believed that a light is measured by the harbours it reaches, not by the
praise it receives. \"Keep the lamp lit,\" his father had said, \"and the
rest will take care of itself.\"";

#[derive(Debug, Default, Clone, PartialEq)]
struct CharClasses {
    letters: usize,
    vowels: usize,
    digits: usize,
    whitespace: usize,
    punctuation: usize,
    uppercase: usize,
}

fn classify(text: &str) -> CharClasses {
    text.chars().fold(CharClasses::default(), |mut c, ch| {
        match ch {
            _ if ch.is_alphabetic() => {
                c.letters += 1;
                if "aeiouAEIOU".contains(ch) {
                    c.vowels += 1;
                }
                if ch.is_uppercase() {
                    c.uppercase += 1;
                }
            }
            '0'..='9' => c.digits += 1,
            _ if ch.is_whitespace() => c.whitespace += 1,
            _ if ch.is_ascii_punctuation() => c.punctuation += 1,
            _ => {}
        }
        c
    })
}

/// Splits text into lowercase words, keeping inner hyphens and apostrophes.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn word_frequencies(words: &[String]) -> Vec<(&str, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut freq: Vec<(&str, usize)> = counts.into_iter().collect();
    // Highest count first, ties broken alphabetically for stable output.
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    freq
}

fn caesar(text: &str, shift: u8) -> String {
    text.chars()
        .map(|c| match c {
            'a'..='z' => ((c as u8 - b'a' + shift) % 26 + b'a') as char,
            'A'..='Z' => ((c as u8 - b'A' + shift) % 26 + b'A') as char,
            _ => c,
        })
        .collect()
}

fn rot13(text: &str) -> String {
    caesar(text, 13)
}

fn is_palindrome(word: &str) -> bool {
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    chars.len() > 1 && chars.iter().eq(chars.iter().rev())
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Simple FNV-1a hash over bytes, to show `bytes()` and wrapping arithmetic.
fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

fn main() {
    let paragraphs: Vec<&str> = TEXT.split("\n\n").collect();
    let all_words = words(TEXT);

    println!("== Overview ==");
    println!("characters: {}  bytes: {}  lines: {}", TEXT.chars().count(), TEXT.len(), TEXT.lines().count());
    println!("paragraphs: {}  words: {}", paragraphs.len(), all_words.len());
    for (i, p) in paragraphs.iter().enumerate() {
        let sentences = p.matches(|c| c == '.' || c == ';' || c == '!' || c == '?').count();
        println!("  paragraph {}: {:>3} words, {} sentence marks", i + 1, words(p).len(), sentences);
    }

    let cc = classify(TEXT);
    println!();
    println!("== Character classes ==");
    println!("{:?}", cc);
    let vowel_ratio = cc.vowels as f64 / cc.letters as f64;
    println!("vowel ratio: {:.3}  consonants: {}", vowel_ratio, cc.letters - cc.vowels);

    let mut letter_counts: BTreeMap<char, usize> = BTreeMap::new();
    for ch in TEXT.chars().filter(char::is_ascii_alphabetic) {
        *letter_counts.entry(ch.to_ascii_lowercase()).or_default() += 1;
    }
    let histogram: Vec<String> = letter_counts.iter().take(6).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("first letters of alphabet: {}", histogram.join(" "));
    let missing: String = ('a'..='z').filter(|c| !letter_counts.contains_key(c)).collect();
    println!("letters never used: {:?}", missing);

    println!();
    println!("== Word frequency (top 8) ==");
    let freq = word_frequencies(&all_words);
    for (word, count) in freq.iter().take(8) {
        println!("{:<10} {:>3} {}", word, count, "#".repeat(*count));
    }
    let hapax = freq.iter().filter(|&&(_, n)| n == 1).count();
    println!("distinct words: {}  used once: {}", freq.len(), hapax);

    println!();
    println!("== Longest words ==");
    let mut unique: Vec<&String> = all_words.iter().collect();
    unique.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    unique.dedup();
    for w in unique.iter().take(5) {
        println!("{:>2}  {}", w.len(), w);
    }
    let avg = all_words.iter().map(String::len).sum::<usize>() as f64 / all_words.len() as f64;
    println!("average word length: {:.2}", avg);

    let numbers: Vec<u32> = TEXT.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
    if let (Some(lo), Some(hi)) = (numbers.iter().min(), numbers.iter().max()) {
        println!("numbers found: {:?}  span: {} years", numbers, hi - lo);
    }

    println!();
    println!("== Ciphers ==");
    let first_line = TEXT.lines().next().unwrap_or_default();
    let encoded = rot13(first_line);
    println!("plain:   {}", first_line);
    println!("rot13:   {}", encoded);
    println!("back:    {}", rot13(&encoded));
    let shifted = caesar("Keep the lamp lit", 3);
    println!("caesar3: {} -> {}", shifted, caesar(&shifted, 23));
    assert_eq!(rot13(&rot13(TEXT)), TEXT);

    println!();
    println!("== String manipulation ==");
    let quote: String = TEXT.split('"').nth(1).unwrap_or("").trim_end_matches(',').to_string();
    println!("first quote:   {:?}", quote);
    println!("title case:    {}", title_case(&quote));
    println!("reversed:      {}", quote.chars().rev().collect::<String>());
    println!("upper:         {}", quote.to_uppercase());
    let acronym: String = quote.split_whitespace().filter_map(|w| w.chars().next()).collect();
    println!("acronym:       {}", acronym.to_uppercase());
    let no_vowels: String = quote.chars().filter(|c| !"aeiou".contains(*c)).collect();
    println!("no vowels:     {}", no_vowels);
    println!("replaced:      {}", quote.replacen("lamp", "light", 1));
    println!("fnv1a hash:    {:08x}", fnv1a(&quote));

    let palindromes: Vec<&str> = freq.iter().map(|&(w, _)| w).filter(|w| is_palindrome(w)).collect();
    println!("palindromes:   {:?}", palindromes);
    let hyphenated: Vec<&String> = all_words.iter().filter(|w| w.contains('-')).collect();
    println!("hyphenated:    {:?}", hyphenated);
    let starts_with_th = all_words.iter().filter(|w| w.starts_with("th")).count();
    println!("words starting with 'th': {}", starts_with_th);
}
