// covers: the text of a failing assert! without a message is rustc's pretty-printed condition, not the source as written (spaces around binary operators, none before an index or call, method calls with turbofish, casts, field and tuple access, negation, references, a macro call); passing asserts with messages using inline captured names; assert_eq! with a captured-name message; the last assert fails (exit 101)
fn scores(n: i64) -> Vec<i64> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(i * i);
    }
    v
}

fn main() {
    let limit = 4;
    let v = scores(limit);
    let pair = (3, 9);
    let name = "pyrite";
    assert!(v.len() as i64 == limit, "length was {}", v.len());
    assert!(pair.0 < pair.1, "pair {pair:?} out of order");
    assert_eq!(v[2], 4, "square of two for {name}");
    assert_ne!(name.len(), 0);
    println!("{:?} {:?} {}", v, pair, name);
    assert!(v.iter().sum::<i64>()>0&&!v.is_empty());
    assert!(scores(2) [1]==1 || -pair.0 > 0);
    assert!(name.starts_with("py") && &name[..2]=="py");
    println!("still fine");
    assert!(v.len() as f64 >3.5&&(pair.1-pair.0)*2 ==  12 && scores(limit)[3] < pair.1 && matches!(name.len(), 1 | 2));
}
