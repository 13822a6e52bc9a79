// covers: scan, map_while, bool::then/then_some, sort_by_cached_key, retain_mut, a closure in a tuple-struct constructor with an Fn bound, closures in a generic function instantiated at two types, a closure capturing a loop variable per iteration, a closure whose parameter is a closure-typed generic, closures capturing the parameters of an enclosing closure, reassigning a captured variable between calls, a move closure capturing a reference, shadowing inside a closure body, closures returning tuples and Options, calling a closure immediately, a closure matching on its argument with patterns
fn pairwise<T: Copy, R, F: Fn(T, T) -> R>(xs: &[T], f: F) -> Vec<R> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < xs.len() {
        out.push(f(xs[i - 1], xs[i]));
        i += 1;
    }
    out
}

fn describe<T: std::fmt::Debug>(items: &[T]) -> String {
    let fmt = |x: &T| format!("<{:?}>", x);
    items.iter().map(fmt).collect::<Vec<String>>().join("")
}

fn twice<F: Fn(i32) -> i32>(f: F) -> impl Fn(i32) -> i32 {
    move |x| f(f(x))
}

struct Rule<F: Fn(u32) -> bool>(&'static str, F);

fn main() {
    let running: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    let leading: Vec<u32> = "12a34".chars().map_while(|c| c.to_digit(10)).collect();
    println!("{:?} {:?} {:?} {:?}", running, leading, (3 > 2).then(|| "yes"), (1 > 2).then_some(5));
    let mut tags = vec!["beta", "Alpha", "gamma"];
    tags.sort_by_cached_key(|t| t.to_lowercase());
    let mut counts = vec![1, 5, 2, 8];
    counts.retain_mut(|c| {
        *c *= 10;
        *c > 15
    });
    let even = Rule("even", |n| n % 2 == 0);
    println!("{:?} {:?} {} {}", tags, counts, even.0, (even.1)(4));

    println!("{:?}", pairwise(&[1, 4, 9, 16], |a, b| b - a));
    println!("{:?}", pairwise(&[1.5, 2.0, 4.0], |a, b| b / a));
    println!("{:?}", pairwise(&['a', 'c', 'b'], |a, b| a < b));
    println!("{} {}", describe(&[1, 2]), describe(&["x", "y"]));

    let mut fs = Vec::new();
    for i in 0..3 {
        let k = i * 10;
        fs.push(move |x: i32| x + k);
    }
    println!("{:?}", fs.iter().map(|f| f(1)).collect::<Vec<i32>>());

    let add3 = |x| x + 3;
    let add6 = twice(add3);
    let add12 = twice(twice(add3));
    println!("{} {}", add6(0), add12(0));

    let outer = |a: i32| {
        let inner = |b: i32| a * 100 + b;
        (inner(1), inner(2))
    };
    println!("{:?} {:?}", outer(3), outer(4));

    let mut level = 1;
    let show = |tag: &str| format!("{}:{}", tag, level);
    println!("{}", show("first"));
    level += 1;
    let show = |tag: &str| format!("{}:{}", tag, level);
    println!("{}", show("second"));

    let name = String::from("ref");
    let r = &name;
    let shout = move || r.to_uppercase();
    println!("{} {}", shout(), name);

    let classify = |n: i32| match n {
        0 => "zero",
        x if x < 0 => "negative",
        1..=9 => "digit",
        _ => "big",
    };
    println!("{} {} {} {}", classify(0), classify(-4), classify(7), classify(42));
    let split = |s: &str| -> Option<(String, i32)> {
        let (k, v) = s.split_once('=')?;
        let v = v.trim().parse().ok()?;
        Some((k.trim().to_string(), v))
    };
    println!("{:?} {:?} {:?}", split("a = 1"), split("b=x"), split("nothing"));
    println!("{}", (|x: i32, y: i32| x * y)(6, 7));
    let pts: Vec<(i32, i32)> = vec![(1, 2), (3, 4), (-5, 6)];
    let norms: Vec<i32> = pts.iter().map(|&(x, y)| x.abs() + y.abs()).collect();
    println!("{:?}", norms);
    let mut acc = String::new();
    let mut append = |s: &str| {
        let s = s.trim();
        if !acc.is_empty() {
            acc.push('+');
        }
        acc.push_str(s);
        acc.len()
    };
    let lens = (append(" a "), append("bb"), append(" ccc"));
    println!("{:?} {}", lens, acc);
}
