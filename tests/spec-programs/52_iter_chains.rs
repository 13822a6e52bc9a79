// covers: iterator chains without closures: enumerate, zip, rev, skip, take, step_by, chain, sum, product, max, min, count, last, nth, collect into Vec/String, copied, cloned, ranges inclusive and reversed, iter over arrays and slices, chars().rev(), zip of two different element types, sum::<i64>, collect::<Vec<_>>, position via enumerate loop, running totals
fn main() {
    let a = [5, 3, 8, 1, 9, 2, 7];
    let b = vec![10, 20, 30, 40];

    let total: i32 = a.iter().sum();
    let prod: i64 = (1..=10i64).product();
    println!("sum={} product={} count={}", total, prod, a.iter().count());

    for (i, x) in a.iter().enumerate().skip(2).take(3) {
        print!("a[{}]={} ", i, x);
    }
    println!();

    let evens: Vec<i32> = (0..20).step_by(4).collect();
    println!("{:?}", evens);
    let back: Vec<usize> = (0..10).rev().step_by(3).collect();
    println!("{:?}", back);

    let both: Vec<i32> = a.iter().copied().chain(b.iter().copied()).collect();
    println!("{:?} len={}", both, both.len());

    let mut dot = 0;
    for (x, y) in a.iter().zip(b.iter()) {
        dot += x * y;
    }
    println!("dot={}", dot);

    let names = ["ann", "bob", "cat"];
    let ages = [31u8, 22, 45];
    for (n, (name, age)) in names.iter().zip(ages.iter()).enumerate() {
        println!("{}: {:<5}{:>4}", n, name, age);
    }

    println!("max={:?} min={:?}", a.iter().copied().max(), b.iter().copied().min());
    let empty: Vec<i32> = Vec::new();
    println!("empty max={:?} sum={}", empty.iter().copied().max(), empty.iter().sum::<i32>());

    println!("last={:?} nth(2)={:?} nth(99)={:?}", a.iter().last(), a.iter().nth(2), a.iter().nth(99));

    let word = "iterator";
    let rev: String = word.chars().rev().collect();
    let every_other: String = word.chars().step_by(2).collect();
    println!("{} {} {}", rev, every_other, word.chars().skip(4).collect::<String>());

    let big: i64 = (1..=100_000i64).step_by(7).sum();
    println!("big={}", big);

    let mut running = Vec::new();
    let mut acc = 0;
    for x in a.iter().rev() {
        acc += x;
        running.push(acc);
    }
    println!("running {:?}", running);

    let strings: Vec<String> = vec!["x".to_string(), "yy".to_string(), "zzz".to_string()];
    let copies: Vec<String> = strings.iter().rev().cloned().collect();
    println!("{:?}", copies);

    let mut pos = None;
    for (i, &x) in a.iter().enumerate() {
        if x > 7 {
            pos = Some(i);
            break;
        }
    }
    println!("first >7 at {:?}", pos);

    let pairs: Vec<(usize, char)> = "abc".chars().enumerate().collect();
    println!("{:?}", pairs);
    let n = (0..50).skip(10).step_by(5).take(4).count();
    let s: u32 = (1..=4u32).rev().chain(10..12u32).sum();
    println!("n={} s={}", n, s);
    let mut it = b.iter();
    it.next();
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
}
