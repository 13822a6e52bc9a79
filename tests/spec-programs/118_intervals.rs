// covers: interval merging with sort on tuples and last_mut, intersection by two pointers, ASCII rendering, fill/align {:-<20} {:=>10} {:~^12}
fn merge(mut v: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    v.sort();
    let mut out: Vec<(i32, i32)> = Vec::new();
    for (s, e) in v {
        if let Some(last) = out.last_mut() {
            if s <= last.1 { last.1 = last.1.max(e); continue; }
        }
        out.push((s, e));
    }
    out
}

fn total_len(v: &[(i32, i32)]) -> i32 {
    let mut t = 0;
    for &(a, b) in v { t += b - a; }
    t
}

fn gaps(v: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut g = Vec::new();
    for i in 1..v.len() { g.push((v[i - 1].1, v[i].0)); }
    g
}

fn intersect(a: &[(i32, i32)], b: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let (mut i, mut j) = (0, 0);
    let mut out = vec![];
    while i < a.len() && j < b.len() {
        let lo = a[i].0.max(b[j].0);
        let hi = a[i].1.min(b[j].1);
        if lo < hi { out.push((lo, hi)); }
        if a[i].1 < b[j].1 { i += 1 } else { j += 1 }
    }
    out
}

fn render(v: &[(i32, i32)], width: i32) -> String {
    let mut s = String::new();
    for x in 0..width {
        let mut inside = false;
        for &(a, b) in v { if x >= a && x < b { inside = true; break; } }
        s.push(if inside { '#' } else { '.' });
    }
    s
}

fn main() {
    let raw = vec![(8, 10), (1, 3), (2, 6), (15, 18), (17, 20), (6, 7), (25, 26), (0, 1)];
    let m = merge(raw.clone());
    println!("{:?}", m);
    println!("len={} gaps={:?}", total_len(&m), gaps(&m));
    let other = merge(vec![(5, 16), (19, 30), (2, 3)]);
    let x = intersect(&m, &other);
    println!("{:?}", x);
    println!("{}", render(&raw, 30));
    println!("{}", render(&m, 30));
    println!("{}", render(&x, 30));
    println!("{:-<20}|{:=>10}|{:~^12}|", "", "r", "mid");
    let empty: Vec<(i32, i32)> = merge(Vec::new());
    println!("{:?} {}", empty, gaps(&empty).len());
}
