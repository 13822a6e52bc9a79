// covers: panic on integer division by zero computed at runtime (exit 101, "attempt to divide by zero" message with line:col), normal output before the panic, checked_div and checked_rem used first then plain division in a method, Option<i64> match, rem_euclid on negatives, stdout flushed after print! without newline before the panic, array of structs with &'static str fields
struct Bucket {
    label: &'static str,
    total: i64,
    count: i64,
}

impl Bucket {
    fn safe_avg(&self) -> Option<i64> {
        self.total.checked_div(self.count)
    }
    fn safe_rem(&self) -> Option<i64> {
        self.total.checked_rem(self.count)
    }
    fn avg(&self) -> i64 {
        self.total / self.count
    }
}

fn describe(b: &Bucket) -> String {
    match (b.safe_avg(), b.safe_rem()) {
        (Some(a), Some(r)) if r == 0 => format!("{} exactly", a),
        (Some(a), Some(r)) => format!("{} rem {} (euclid {})", a, r, b.total.rem_euclid(b.count)),
        _ => String::from("empty"),
    }
}

fn main() {
    let buckets = [
        Bucket { label: "alpha", total: 120, count: 7 },
        Bucket { label: "beta", total: -45, count: 4 },
        Bucket { label: "gamma", total: 9, count: 0 },
        Bucket { label: "delta", total: 12, count: 3 },
    ];
    for b in buckets.iter() {
        println!("{:>6}: {}", b.label, describe(b));
    }
    let mut nonempty = 0;
    for b in buckets.iter() {
        if b.count != 0 { nonempty += 1; }
    }
    println!("{} of {} buckets non-empty", nonempty, buckets.len());
    print!("plain averages:");
    for b in buckets.iter() {
        print!(" {}", b.avg());
    }
    println!();
}
