// A heavy-allocation workload for every GC policy: a long-lived table of about 20 MB
// (strings and boxed records) beside a stream of short-lived trees and vectors.
// gc-max-heap-below-live: 4M

struct Record {
    name: String,
    tags: Vec<u32>,
    next: Option<Box<Record>>,
}

enum Tree {
    Leaf(u64),
    Node(Box<Tree>, Box<Tree>),
}

fn build(depth: u32, seed: u64) -> Tree {
    if depth == 0 {
        Tree::Leaf(seed)
    } else {
        Tree::Node(Box::new(build(depth - 1, seed * 3 + 1)), Box::new(build(depth - 1, seed * 7 + 2)))
    }
}

fn sum(t: &Tree) -> u64 {
    match t {
        Tree::Leaf(v) => *v % 1000,
        Tree::Node(a, b) => sum(a) + sum(b),
    }
}

fn main() {
    let mut table: Vec<Record> = Vec::new();
    for i in 0..60000u32 {
        let mut tags = Vec::new();
        for k in 0..(i % 7) {
            tags.push(i * 31 + k);
        }
        let next = if i % 3 == 0 { Some(Box::new(Record { name: format!("n{}", i), tags: vec![i], next: None })) } else { None };
        table.push(Record { name: format!("record-{:06}", i), tags, next });
    }
    let mut churn = 0u64;
    for round in 0..1000u64 {
        let t = build(11, round);
        churn += sum(&t);
        let mut v: Vec<String> = Vec::new();
        for k in 0..200 {
            v.push(format!("{}-{}", round, k));
        }
        for s in &v {
            churn += s.len() as u64;
        }
        let r = &mut table[(round as usize * 197) % 60000];
        r.tags.push(round as u32);
    }
    let mut check = 0u64;
    for r in &table {
        check += r.name.len() as u64;
        for &t in &r.tags {
            check += t as u64;
        }
        if let Some(n) = &r.next {
            check += n.name.len() as u64 + n.tags[0] as u64;
        }
    }
    println!("records {} churn {} check {}", table.len(), churn, check);
}
