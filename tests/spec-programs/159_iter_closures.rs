// covers: Iterator::map, filter, for_each, fold, any, all, find, position, filter_map, take_while, skip_while, flat_map, inspect, find_map, partition, max_by_key, min_by_key, max_by, min_by with closures; map+collect, sum and count after adapters, map on rev and enumerate
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let evens: Vec<&i32> = v.iter().filter(|x| **x % 2 == 0).collect();
    println!("{:?}", evens);
    let odd_sum: i32 = v.iter().filter(|&&x| x % 2 == 1).sum();
    println!("odd sum {}", odd_sum);
    let big = v.iter().filter(|x| **x > 3).count();
    println!("big {}", big);
    let total = v.iter().fold(0, |acc, x| acc + x);
    let prod = v.iter().fold(1i64, |acc, &x| acc * x as i64);
    println!("fold {} {}", total, prod);
    v.iter().enumerate().for_each(|(i, x)| {
        if i < 3 {
            print!("[{}:{}]", i, x);
        }
    });
    println!();
    println!("any>8 {} all>0 {} any>10 {}", v.iter().any(|&x| x > 8), v.iter().all(|&x| x > 0), v.iter().any(|x| *x > 10));
    println!("find {:?} {:?}", v.iter().find(|&&x| x > 4), v.iter().find(|x| **x > 100));
    println!("position {:?} {:?}", v.iter().position(|&x| x == 5), v.iter().position(|&x| x == 7));
    let words = vec!["10", "x", "20", "", "30z", "40"];
    let nums: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    let first = words.iter().find_map(|w| w.parse::<i32>().ok());
    println!("{:?}", first);
    let prefix: Vec<i32> = v.iter().copied().take_while(|&x| x < 5).collect();
    let rest: Vec<i32> = v.iter().copied().skip_while(|&x| x < 5).collect();
    println!("{:?} {:?}", prefix, rest);
    let pairs: Vec<(i32, i32)> = (1..4).flat_map(|i| (0..i).map(move |j| (i, j))).collect();
    println!("{:?}", pairs);
    let mut seen = Vec::new();
    let s: i32 = v.iter().inspect(|x| seen.push(**x)).take(3).sum();
    println!("inspect {} {:?}", s, seen);
    let (small, large): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", small, large);
    let names = vec!["pear", "fig", "banana", "kiwi", "apple", "plum"];
    println!("{:?} {:?}", names.iter().max_by_key(|s| s.len()), names.iter().min_by_key(|s| s.len()));
    println!("{:?} {:?}", names.iter().max_by(|a, b| a.len().cmp(&b.len())), names.iter().min_by(|a, b| a.len().cmp(&b.len())));
    let fs = vec![2.5, -1.0, 7.25, 3.0];
    let fmax = fs.iter().cloned().fold(f64::MIN, |a, b| a.max(b));
    println!("{} {:?}", fmax, fs.iter().min_by(|a, b| a.partial_cmp(b).unwrap()));
    let upper: String = "hello world".chars().map(|c| c.to_ascii_uppercase()).collect();
    let vowels = "programming in rust".chars().filter(|c| "aeiou".contains(*c)).count();
    println!("{} {}", upper, vowels);
    let lens: Vec<usize> = names.iter().map(|s| s.len()).rev().collect();
    println!("{:?}", lens);
    let labeled: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{}={}", i, n)).collect();
    println!("{}", labeled.join(","));
    let squares: u64 = (1..=10u64).map(|x| x * x).filter(|x| x % 3 != 0).sum();
    println!("squares {}", squares);
    let threshold = 4;
    let above: Vec<i32> = v.iter().cloned().filter(|x| *x > threshold).map(|x| x * 10).collect();
    println!("{:?}", above);
    let mut calls = 0;
    let counted: Vec<i32> = v.iter().map(|x| {
        calls += 1;
        x + 1
    }).collect();
    println!("{:?} calls={}", counted, calls);
}
