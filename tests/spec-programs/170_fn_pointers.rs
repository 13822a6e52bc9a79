// covers: fn pointer types (fn(i32, i32) -> i32) in a struct field, a table of named operations, a parameter and a local; functions and non-capturing closures coerced to them; calling through them; passing functions where closures are expected (map(String::from), fold(.., i64::max), or_insert_with(Vec::new))
use std::collections::HashMap;

fn add(a: i64, b: i64) -> i64 {
    a + b
}
fn sub(a: i64, b: i64) -> i64 {
    a - b
}
fn mul(a: i64, b: i64) -> i64 {
    a * b
}

struct Op {
    sym: char,
    run: fn(i64, i64) -> i64,
}

fn eval_rpn(tokens: &[&str], ops: &[Op]) -> Option<i64> {
    let mut stack: Vec<i64> = Vec::new();
    for t in tokens {
        if let Ok(n) = t.parse::<i64>() {
            stack.push(n);
            continue;
        }
        let c = t.chars().next()?;
        let op = ops.iter().find(|o| o.sym == c)?;
        let b = stack.pop()?;
        let a = stack.pop()?;
        stack.push((op.run)(a, b));
    }
    stack.pop()
}

fn apply_n(f: fn(i64) -> i64, n: usize, x: i64) -> i64 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

fn double(x: i64) -> i64 {
    x * 2
}

fn main() {
    let ops = [
        Op { sym: '+', run: add },
        Op { sym: '-', run: sub },
        Op { sym: '*', run: mul },
        Op { sym: '/', run: |a, b| if b == 0 { 0 } else { a / b } },
    ];
    println!("{:?}", eval_rpn(&["3", "4", "+", "2", "*"], &ops));
    println!("{:?}", eval_rpn(&["10", "3", "-", "5", "/"], &ops));
    println!("{:?}", eval_rpn(&["1", "+"], &ops));
    let f: fn(i64) -> i64 = double;
    println!("{} {}", apply_n(f, 5, 1), apply_n(|x| x - 1, 3, 10));
    let mut table: HashMap<&str, fn(i64, i64) -> i64> = HashMap::new();
    table.insert("add", add);
    table.insert("mul", mul);
    let mut keys: Vec<&&str> = table.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {}", k, table[*k](6, 7));
    }
    let names: Vec<String> = vec!["ann", "bo"].into_iter().map(String::from).collect();
    let biggest = [3i64, 9, -2].iter().copied().fold(i64::MIN, i64::max);
    let mut groups: HashMap<usize, Vec<String>> = HashMap::new();
    for n in &names {
        groups.entry(n.len()).or_insert_with(Vec::new).push(n.clone());
    }
    let mut g: Vec<(usize, Vec<String>)> = groups.into_iter().collect();
    g.sort();
    println!("{:?} {} {:?}", names, biggest, g);
}
