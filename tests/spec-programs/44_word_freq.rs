// covers: text processing tool: normalising words (to_lowercase, stripping punctuation via chars filter loop), counting into Vec<(String, usize)> with linear lookup, insertion sort by count desc then word asc (String comparison), top-N table with {:<12} {:>5} {:>6.2}, histogram bars with repeat, line/word/char statistics, longest line, manual line splitting into Vec<String>, struct for stats
const TEXT: &str = "It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way --
in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for
evil, in the superlative degree of comparison only.";

struct Stats {
    lines: usize,
    words: usize,
    chars: usize,
    letters: usize,
    longest_line: usize,
    longest_line_no: usize,
}

fn normalise(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if c.is_alphabetic() || c == '\'' {
            out.push(c);
        }
    }
    out.to_lowercase()
}

fn split_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c == '\n' {
            lines.push(cur);
            cur = String::new();
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn count_words(text: &str) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for raw in text.split_whitespace() {
        let w = normalise(raw);
        if w.is_empty() {
            continue;
        }
        let mut found = false;
        for i in 0..counts.len() {
            if counts[i].0 == w {
                counts[i].1 += 1;
                found = true;
                break;
            }
        }
        if !found {
            counts.push((w, 1));
        }
    }
    counts
}

// true if a should come before b: higher count first, then alphabetical
fn before(a: &(String, usize), b: &(String, usize)) -> bool {
    if a.1 != b.1 {
        return a.1 > b.1;
    }
    a.0 < b.0
}

fn insertion_sort(v: &mut Vec<(String, usize)>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn stats(text: &str) -> Stats {
    let lines = split_lines(text);
    let mut st = Stats { lines: lines.len(), words: 0, chars: 0, letters: 0, longest_line: 0, longest_line_no: 0 };
    for (i, line) in lines.iter().enumerate() {
        let n = line.chars().count();
        st.chars += n + 1;
        st.words += line.split_whitespace().count();
        for c in line.chars() {
            if c.is_alphabetic() {
                st.letters += 1;
            }
        }
        if n > st.longest_line {
            st.longest_line = n;
            st.longest_line_no = i + 1;
        }
    }
    st
}

fn main() {
    let st = stats(TEXT);
    println!("lines {} words {} chars {} letters {}", st.lines, st.words, st.chars, st.letters);
    println!("longest line is #{} with {} chars", st.longest_line_no, st.longest_line);

    let mut counts = count_words(TEXT);
    println!("distinct words: {}", counts.len());
    insertion_sort(&mut counts);
    let total = st.words as f64;
    println!("{:<12} {:>5} {:>6}  {}", "word", "count", "pct", "histogram");
    for i in 0..12 {
        let (w, c) = &counts[i];
        let pct = *c as f64 * 100.0 / total;
        println!("{:<12} {:>5} {:>6.2}  {}", w, c, pct, "*".repeat(*c));
    }

    let mut singles: Vec<String> = Vec::new();
    for (w, c) in counts.iter() {
        if *c == 1 && w.len() >= 9 {
            singles.push(w.clone());
        }
    }
    println!("long words used once: {}", singles.join(", "));

    // letter frequency with fixed array
    let mut letters = [0usize; 26];
    for c in TEXT.to_lowercase().chars() {
        if c >= 'a' && c <= 'z' {
            letters[(c as u8 - b'a') as usize] += 1;
        }
    }
    let mut order: Vec<(String, usize)> = Vec::new();
    for i in 0..26 {
        order.push((((b'a' + i as u8) as char).to_string(), letters[i]));
    }
    insertion_sort(&mut order);
    let mut top = Vec::new();
    for i in 0..6 {
        top.push(format!("{}:{}", order[i].0, order[i].1));
    }
    println!("top letters: {}", top.join(" "));
    let mut unused = String::new();
    for (l, c) in order.iter() {
        if *c == 0 {
            unused.push_str(l);
        }
    }
    println!("unused letters: {:?}", unused);

    // words per line
    let lines = split_lines(TEXT);
    for (i, line) in lines.iter().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let first = normalise(words[0]);
        let last = normalise(words[words.len() - 1]);
        println!("{:>2}: {:>2} words, {:<5} .. {:?}", i + 1, words.len(), first, last);
    }
}
