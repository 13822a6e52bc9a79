// covers: labelled break and continue across nested loops, break with value from labelled loop, while let with Vec::pop as a worklist (DFS over adjacency const array), Option combinators without closures (unwrap_or, unwrap_or_default, is_some, is_none, take, replace, as_ref, as_mut, get, copied, ok_or), early returns, shadowing in nested scopes, const arrays and const fn-free consts, struct update syntax, tuple structs
const GRAPH: [[usize; 3]; 7] = [
    [1, 2, 7], [3, 7, 7], [4, 5, 7], [7, 7, 7], [6, 7, 7], [6, 7, 7], [0, 7, 7],
];
const PRIMES: [u32; 8] = [2, 3, 5, 7, 11, 13, 17, 19];
const NONE_MARK: usize = 7;

#[derive(Debug, Clone)]
struct Config { name: String, depth: u32, verbose: bool, ratio: f64 }

#[derive(Debug)]
struct Slot(Option<String>, u32);

fn dfs(start: usize) -> Vec<usize> {
    let mut seen = [false; 7];
    let mut order = Vec::new();
    let mut stack = vec![start];
    while let Some(n) = stack.pop() {
        if seen[n] { continue; }
        seen[n] = true;
        order.push(n);
        for &m in GRAPH[n].iter().rev() {
            if m != NONE_MARK && !seen[m] { stack.push(m); }
        }
    }
    order
}

fn find_pair(target: u32) -> Option<(u32, u32)> {
    let mut found = None;
    'outer: for (i, &a) in PRIMES.iter().enumerate() {
        for &b in &PRIMES[i..] {
            if a + b > target { continue 'outer; }
            if a + b == target { found = Some((a, b)); break 'outer; }
        }
    }
    found
}

fn first_negative(rows: &[Vec<i32>]) -> Option<(usize, usize)> {
    for (r, row) in rows.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v < 0 { return Some((r, c)); }
        }
    }
    None
}

fn classify(n: i32) -> &'static str {
    if n == 0 { return "zero"; }
    if n < 0 { return "negative"; }
    if n % 2 == 0 { "even" } else { "odd" }
}

fn main() {
    println!("dfs {:?}", dfs(0));
    println!("dfs {:?}", dfs(4));
    for t in [10, 24, 3, 36] {
        println!("pair for {}: {:?}", t, find_pair(t));
    }
    let grid = vec![vec![1, 2, 3], vec![4, -5, 6], vec![-7, 8, 9]];
    println!("{:?} {:?}", first_negative(&grid), first_negative(&grid[..1]));
    let found = 'search: loop {
        let mut n = 100u32;
        loop {
            n += 1;
            if n % 7 == 0 && n % 11 == 0 { break 'search n; }
            if n > 1000 { break 'search 0; }
        }
    };
    println!("found {}", found);
    for n in [-3, 0, 4, 9] { print!("{} ", classify(n)); }
    println!();

    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed";
        println!("inner {}", x);
    }
    let x = format!("{}!", x);
    println!("outer {}", x);

    let maybe: Option<i32> = None;
    let some = Some(3);
    println!("{} {} {} {}", maybe.unwrap_or(-1), some.unwrap_or(-1), maybe.is_none(), some.is_some());
    println!("{:?} {:?}", maybe.ok_or("missing"), some.ok_or("missing"));
    let name: Option<String> = Some("Ferris".to_string());
    let len = match name.as_ref() { Some(s) => s.len(), None => 0 };
    println!("{} {:?}", len, name);
    let empty: Option<String> = None;
    println!("[{}]", empty.clone().unwrap_or_default());

    let mut slot = Slot(Some("first".to_string()), 1);
    let old = slot.0.take();
    println!("{:?} {:?}", old, slot);
    let prev = slot.0.replace("second".to_string());
    if let Some(s) = slot.0.as_mut() { s.push_str("!!"); }
    slot.1 += 1;
    println!("{:?} {:?}", prev, slot);

    let v = vec![10, 20, 30];
    println!("{:?} {:?} {}", v.get(1), v.get(5), v.get(7).copied().unwrap_or(0));
    println!("{:?} {:?}", v.first(), v.last().copied());

    let base = Config { name: "base".to_string(), depth: 3, verbose: false, ratio: 0.5 };
    let deep = Config { depth: 10, ..base.clone() };
    let loud = Config { verbose: true, name: String::from("loud"), ..deep.clone() };
    println!("{:?}\n{:?}\n{:?}", base, deep, loud);
}
