// covers: shadowing, block expressions, labelled block break with value, labelled loop break with value, continue 'label, generic Display for Wrapper<T>, f.width()
use std::fmt;

struct Wrapper<T>(Vec<T>);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        for (i, x) in self.0.iter().enumerate() {
            if i != 0 { write!(f, "|")?; }
            write!(f, "{}", x)?;
        }
        write!(f, ">")
    }
}

struct Labeled<'a, T> { label: &'a str, value: T }
impl<'a, T> fmt::Display for Labeled<'a, T> where T: fmt::Display {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(w) = f.width() {
            write!(f, "{}={:>w$}", self.label, self.value.to_string(), w = w)
        } else {
            write!(f, "{}={}", self.label, self.value)
        }
    }
}

fn find_pair(grid: &[[i32; 4]; 4], target: i32) -> Option<(usize, usize)> {
    let found = 'search: {
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v == target { break 'search Some((r, c)); }
            }
        }
        None
    };
    found
}

fn main() {
    let x = 5;
    let x = x * 2;
    let x = { let y = x + 1; y * y };
    let x = if x > 100 { format!("big {}", x) } else { "small".into() };
    println!("{}", x);
    let x = x.len();
    println!("{}", x);

    let grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]];
    println!("{:?} {:?}", find_pair(&grid, 11), find_pair(&grid, 99));

    let mut count = 0;
    let result = 'outer: loop {
        let mut inner = 0;
        loop {
            inner += 1;
            count += 1;
            if inner == 3 { continue 'outer; }
            if count > 10 { break 'outer count * 100; }
        }
    };
    println!("result {} count {}", result, count);

    let mut primes: Vec<u32> = Vec::new();
    'cand: for n in 2..50u32 {
        for &p in &primes { if p * p > n { break; } if n % p == 0 { continue 'cand; } }
        primes.push(n);
    }
    println!("{}", Wrapper(primes));
    println!("{}", Wrapper(vec!["a", "bb", "ccc"]));
    println!("{}", Wrapper(vec![Wrapper(vec![1.5, 2.0]), Wrapper(vec![])]));
    println!("[{}] [{:6}]", Labeled { label: "n", value: 42 }, Labeled { label: "pi", value: 3.14 });
    let v = {
        let mut acc = Vec::new();
        for i in (0..10).rev() { if i % 3 == 0 { acc.push(i); } }
        acc
    };
    let total = match v.as_slice().len() { 0 => -1, n => { let s: i32 = v.iter().sum(); s / n as i32 } };
    println!("{:?} {}", v, total);
    let (a, b) = { let t = (1, 2); (t.1, t.0) };
    let _unit = { () };
    println!("{} {}", a, b);
}
