// covers: allocation-heavy benchmark (benchmarks-game binary-trees): Option<Box<Node>> trees built recursively, recursive checksum walk, many short-lived trees dropped at end of scope, long-lived tree, shifts for iteration counts, {} tab-free formatted output, u32/i32 arithmetic
// bench
// gc-stress: 100000
struct Node {
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn bottom_up(depth: u32) -> Box<Node> {
    if depth == 0 {
        Box::new(Node { left: None, right: None })
    } else {
        Box::new(Node { left: Some(bottom_up(depth - 1)), right: Some(bottom_up(depth - 1)) })
    }
}

fn check(node: &Node) -> u32 {
    let mut c = 1;
    if let Some(l) = &node.left {
        c += check(l);
    }
    if let Some(r) = &node.right {
        c += check(r);
    }
    c
}

fn count_leaves(node: &Option<Box<Node>>) -> u32 {
    match node {
        None => 0,
        Some(n) => {
            if n.left.is_none() && n.right.is_none() {
                1
            } else {
                count_leaves(&n.left) + count_leaves(&n.right)
            }
        }
    }
}

fn main() {
    let min_depth = 4;
    let max_depth = 17;

    {
        let stretch_depth = max_depth + 1;
        let stretch = bottom_up(stretch_depth);
        println!("stretch tree of depth {} check: {}", stretch_depth, check(&stretch));
    }

    let long_lived = bottom_up(max_depth);

    let mut depth = min_depth;
    while depth <= max_depth {
        let iterations = 1u32 << (max_depth - depth + min_depth);
        let mut total = 0u32;
        for _ in 0..iterations {
            let t = bottom_up(depth);
            total += check(&t);
        }
        println!("{} trees of depth {} check: {}", iterations, depth, total);
        depth += 2;
    }

    println!("long lived tree of depth {} check: {}", max_depth, check(&long_lived));
    let wrapped = Some(long_lived);
    println!("long lived leaves: {}", count_leaves(&wrapped));
}
