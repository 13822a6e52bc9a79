// covers: panic from indexing past the end of a sub-slice &xs[peak - 1..] inside a helper (exit 101, index out of bounds message with line:col), moving average with i64 sums and {:.2}, peak detection, tuple returns
fn moving_average(xs: &[i32], window: usize) -> Vec<f64> {
    let mut out = Vec::new();
    let mut sum: i64 = 0;
    for i in 0..xs.len() {
        sum += xs[i] as i64;
        if i >= window {
            sum -= xs[i - window] as i64;
        }
        if i + 1 >= window {
            out.push(sum as f64 / window as f64);
        }
    }
    out
}

fn peak_neighbours(xs: &[i32], peak: usize) -> (i32, i32, i32) {
    let s = &xs[peak - 1..];
    (s[0], s[1], s[2])
}

fn find_peaks(xs: &[i32]) -> Vec<usize> {
    let mut v = Vec::new();
    for i in 1..xs.len() - 1 {
        if xs[i] > xs[i - 1] && xs[i] >= xs[i + 1] {
            v.push(i);
        }
    }
    // also treat a rising final element as a peak
    if xs.len() >= 2 && xs[xs.len() - 1] > xs[xs.len() - 2] {
        v.push(xs.len() - 1);
    }
    v
}

fn main() {
    let data = [3, 8, 2, 9, 9, 4, 1, 7, 5, 12];
    let avg = moving_average(&data, 3);
    let formatted: Vec<String> = { let mut v = Vec::new(); for a in &avg { v.push(format!("{:.2}", a)); } v };
    println!("avg3: {}", formatted.join(" "));
    let peaks = find_peaks(&data);
    println!("peaks at {:?}", peaks);
    for &p in &peaks {
        let (a, b, c) = peak_neighbours(&data, p);
        println!("peak {} : {} < {} >= {}", p, a, b, c);
    }
    println!("not reached");
}
