// covers: a panic inside a closure called through an iterator adapter (unwrap on a parse error) reports the closure's location and exits with 101 after the earlier output; expect inside a closure passed to a generic function
fn apply_all<F: Fn(&str) -> i32>(items: &[&str], f: F) -> Vec<i32> {
    let mut out = Vec::new();
    for it in items {
        out.push(f(it));
    }
    out
}

fn main() {
    let ok = apply_all(&["1", "22", "333"], |s| s.len() as i32 * 10);
    println!("{:?}", ok);
    let parsed: Vec<i32> = ["4", "5", "6"].iter().map(|s| s.parse::<i32>().expect("number")).collect();
    println!("{:?}", parsed);
    let total: i32 = ["7", "8", "x9", "10"]
        .iter()
        .map(|s| {
            println!("parsing {}", s);
            s.parse::<i32>().unwrap()
        })
        .sum();
    println!("never printed {}", total);
}
