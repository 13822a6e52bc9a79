// covers: panic on slice range out of bounds (&v[a..b] with b > len) inside a helper called in a loop, exit 101, "range end index N out of range for slice of length M" message with line:col, windowed sums/averages/min/max over &[i32] sub-slices, slice patterns-free head/tail via &v[..k] and &v[k..], stdout flushed before panic, struct of stats with Debug
#[derive(Debug)]
struct Stats {
    min: i32,
    max: i32,
    sum: i64,
    mean: f64,
}

fn stats(w: &[i32]) -> Stats {
    let mut min = w[0];
    let mut max = w[0];
    let mut sum = 0i64;
    for &x in w {
        if x < min { min = x; }
        if x > max { max = x; }
        sum += x as i64;
    }
    Stats { min, max, sum, mean: sum as f64 / w.len() as f64 }
}

fn window(v: &[i32], start: usize, width: usize) -> &[i32] {
    &v[start..start + width]
}

fn split_report(v: &[i32], k: usize) {
    let (head, tail) = (&v[..k], &v[k..]);
    println!("head {:?} tail {:?}", head, tail);
}

fn main() {
    let data = vec![4, 8, 15, 16, 23, 42, 7, 1];
    println!("all: {:?}", stats(&data));
    split_report(&data, 3);
    split_report(&data, data.len());
    let width = 3;
    let mut start = 0;
    while start < data.len() {
        let w = window(&data, start, width);
        let s = stats(w);
        println!("window at {} {:?}: min={} max={} sum={} mean={:.3}", start, w, s.min, s.max, s.sum, s.mean);
        start += 2;
    }
    println!("done");
}
