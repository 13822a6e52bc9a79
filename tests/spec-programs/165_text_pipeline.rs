// covers: text processing with closures: lines().map(trim).filter, split on a closure pattern, chars().filter/map into String, collect::<Result<Vec<_>, _>>, reduce, windows().all, zip().map().sum, chunks().map, iter().rev().position, rposition, sort_by_key with Reverse, String::retain, dedup_by, recursion passing &mut F
use std::cmp::Reverse;

#[derive(Debug)]
struct Node {
    name: String,
    children: Vec<Node>,
}

fn walk<F: FnMut(&Node, usize)>(n: &Node, depth: usize, f: &mut F) {
    f(n, depth);
    for c in &n.children {
        walk(c, depth + 1, f);
    }
}

fn leaf(name: &str) -> Node {
    Node { name: name.to_string(), children: vec![] }
}

fn main() {
    let text = "  alpha beta \n\n gamma,delta;epsilon \n   zeta  ";
    let lines: Vec<&str> = text.lines().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    println!("{:?}", lines);
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    println!("{:?}", words);
    let caps: String = text.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).take(12).collect();
    println!("{}", caps);
    let good: Result<Vec<i32>, std::num::ParseIntError> = "1,2,3".split(',').map(|s| s.parse::<i32>()).collect();
    let bad: Result<Vec<i32>, _> = "1,x,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?} {}", good, bad.is_err());
    let maybe: Option<Vec<u32>> = ['1', '7', '9'].iter().map(|c| c.to_digit(10)).collect();
    println!("{:?}", maybe);
    let nums = vec![4, 8, 15, 16, 23, 42];
    println!("{:?} {:?}", nums.iter().copied().reduce(|a, b| a.max(b)), Vec::<i32>::new().into_iter().reduce(|a, b| a + b));
    println!("sorted {}", nums.windows(2).all(|w| w[0] <= w[1]));
    let weights = [0.5, 1.5, 2.0];
    let dot: f64 = weights.iter().zip(nums.iter()).map(|(w, n)| w * *n as f64).sum();
    println!("dot {}", dot);
    let sums: Vec<i32> = nums.chunks(4).map(|c| c.iter().sum::<i32>()).collect();
    println!("{:?}", sums);
    println!("{:?} {:?}", nums.iter().rev().position(|&x| x < 16), nums.iter().rposition(|&x| x < 16));
    let mut scores = vec![("ann", 72), ("bob", 95), ("cy", 72), ("di", 88)];
    scores.sort_by_key(|&(_, s)| Reverse(s));
    println!("{:?}", scores);
    let mut s = String::from("h e l l o, w o r l d");
    s.retain(|c| c != ' ');
    println!("{}", s);
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 1];
    v.dedup_by(|a, b| a == b);
    println!("{:?}", v);
    let tree = Node { name: "root".into(), children: vec![Node { name: "a".into(), children: vec![leaf("a1"), leaf("a2")] }, leaf("b")] };
    let mut out = Vec::new();
    let mut deepest = 0;
    walk(&tree, 0, &mut |n, d| {
        out.push(format!("{}{}", "  ".repeat(d), n.name));
        if d > deepest {
            deepest = d;
        }
    });
    println!("{}\ndeepest {}", out.join("\n"), deepest);
    let csv = "name,qty\nbolt,10\nnut,25\nwasher,5";
    let total: u32 = csv.lines().skip(1).filter_map(|l| l.split(',').nth(1)).map(|q| q.parse::<u32>().unwrap()).sum();
    println!("total qty {}", total);
    let longest = csv.lines().skip(1).map(|l| l.split(',').next().unwrap()).max_by_key(|n| n.len()).unwrap();
    println!("longest {}", longest);
}
