// covers: combined 21-30 features: word wrapping into Vec<String>, roman numerals with const tables of (u32, &str), number to English words with recursion and String building, anagram check with [u32; 26] counts, vowel stats, centered banner with {:^N}, join, split_whitespace, chars().rev(), to_lowercase, Option<String> returns
const ROMAN: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for (value, sym) in ROMAN.iter() {
        while n >= *value {
            s.push_str(sym);
            n -= value;
        }
    }
    s
}

fn from_roman(s: &str) -> Option<u32> {
    let mut total = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    Some(total)
}

fn words(n: u64) -> String {
    if n < 20 {
        ONES[n as usize].to_string()
    } else if n < 100 {
        let t = TENS[(n / 10) as usize].to_string();
        if n % 10 == 0 { t } else { format!("{}-{}", t, ONES[(n % 10) as usize]) }
    } else if n < 1000 {
        let h = format!("{} hundred", ONES[(n / 100) as usize]);
        if n % 100 == 0 { h } else { format!("{} and {}", h, words(n % 100)) }
    } else {
        let scales = [(1_000_000_000u64, "billion"), (1_000_000, "million"), (1_000, "thousand")];
        for (size, name) in scales.iter() {
            if n >= *size {
                let head = format!("{} {}", words(n / size), name);
                let rest = n % size;
                return if rest == 0 {
                    head
                } else if rest < 100 {
                    format!("{} and {}", head, words(rest))
                } else {
                    format!("{} {}", head, words(rest))
                };
            }
        }
        String::new()
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + w.len() > width {
            lines.push(cur);
            cur = String::new();
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn letter_counts(s: &str) -> [u32; 26] {
    let mut c = [0u32; 26];
    for ch in s.to_lowercase().chars() {
        if ch >= 'a' && ch <= 'z' {
            c[(ch as u8 - b'a') as usize] += 1;
        }
    }
    c
}

fn is_anagram(a: &str, b: &str) -> bool {
    letter_counts(a) == letter_counts(b)
}

fn longest_word(text: &str) -> Option<String> {
    let mut best: Option<String> = None;
    for w in text.split_whitespace() {
        let longer = match &best {
            None => true,
            Some(b) => w.len() > b.len(),
        };
        if longer {
            best = Some(w.to_string());
        }
    }
    best
}

fn main() {
    let years = [1987u32, 2024, 3999, 444, 14];
    for y in years.iter() {
        let r = to_roman(*y);
        println!("{:>5} -> {:<12} -> {:?}", y, r, from_roman(&r));
    }
    println!("bad roman -> {:?}", from_roman("XIZ"));

    let nums = [0u64, 13, 40, 99, 101, 342, 1000, 1_000_017, 2_147_483_647];
    for n in nums.iter() {
        println!("{} = {}", n, words(*n));
    }

    let text = "Pyrite translates a carefully restricted dialect of Rust into portable C, \
                and this paragraph exists only to be wrapped into neat lines of limited width.";
    let lines = wrap(text, 28);
    println!("+{}+", "-".repeat(30));
    for l in lines.iter() {
        println!("| {:<28} |", l);
    }
    println!("+{}+", "-".repeat(30));
    println!("{} lines, longest word {:?}", lines.len(), longest_word(text));
    println!("longest of empty {:?}", longest_word("   "));

    let pairs = [("Listen", "Silent"), ("Dormitory", "dirty room"), ("hello", "world")];
    for (a, b) in pairs.iter() {
        println!("{:?} ~ {:?}: {}", a, b, is_anagram(a, b));
    }

    let counts = letter_counts(text);
    let mut top = Vec::new();
    for i in 0..26 {
        if counts[i] >= 8 {
            top.push(format!("{}={}", (b'a' + i as u8) as char, counts[i]));
        }
    }
    println!("frequent letters: {}", top.join(" "));
    println!("[{:^40}]", words(2025).to_uppercase());
}
