// covers: dynamic programming: 0/1 knapsack table with item reconstruction, edit distance with backtracked operation string, longest increasing subsequence with predecessor links and usize::MAX sentinel, coin-change counting, Vec<Vec<_>> tables, struct of &'static str/usize/u32 in an array, tuple array iteration
#[derive(Debug, Clone, Copy)]
struct Item {
    name: &'static str,
    weight: usize,
    value: u32,
}

fn knapsack(items: &[Item], cap: usize) -> (u32, Vec<&'static str>) {
    let n = items.len();
    let mut dp = vec![vec![0u32; cap + 1]; n + 1];
    for i in 1..=n {
        let it = items[i - 1];
        for w in 0..=cap {
            dp[i][w] = dp[i - 1][w];
            if it.weight <= w {
                let cand = dp[i - 1][w - it.weight] + it.value;
                if cand > dp[i][w] {
                    dp[i][w] = cand;
                }
            }
        }
    }
    let mut chosen = Vec::new();
    let mut w = cap;
    for i in (1..=n).rev() {
        if dp[i][w] != dp[i - 1][w] {
            chosen.push(items[i - 1].name);
            w -= items[i - 1].weight;
        }
    }
    chosen.reverse();
    (dp[n][cap], chosen)
}

fn edit_distance(a: &str, b: &str) -> (usize, String) {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for i in 0..=n { d[i][0] = i; }
    for j in 0..=m { d[0][j] = j; }
    for i in 1..=n {
        for j in 1..=m {
            let sub = d[i - 1][j - 1] + if a[i - 1] == b[j - 1] { 0 } else { 1 };
            d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    // backtrack into an op string: M match, S substitute, D delete, I insert
    let mut ops = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + if a[i - 1] == b[j - 1] { 0 } else { 1 } {
            ops.push(if a[i - 1] == b[j - 1] { 'M' } else { 'S' });
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            ops.push('D');
            i -= 1;
        } else {
            ops.push('I');
            j -= 1;
        }
    }
    let s: String = ops.iter().rev().collect();
    (d[n][m], s)
}

fn lis(xs: &[i32]) -> Vec<i32> {
    if xs.is_empty() { return vec![]; }
    let mut len = vec![1usize; xs.len()];
    let mut prev = vec![usize::MAX; xs.len()];
    for i in 0..xs.len() {
        for j in 0..i {
            if xs[j] < xs[i] && len[j] + 1 > len[i] {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        }
    }
    let mut best = 0;
    for i in 1..xs.len() {
        if len[i] > len[best] { best = i; }
    }
    let mut out = vec![];
    let mut k = best;
    loop {
        out.push(xs[k]);
        if prev[k] == usize::MAX { break; }
        k = prev[k];
    }
    out.reverse();
    out
}

fn coin_ways(coins: &[usize], target: usize) -> u64 {
    let mut ways = vec![0u64; target + 1];
    ways[0] = 1;
    for &c in coins {
        for v in c..=target {
            ways[v] += ways[v - c];
        }
    }
    ways[target]
}

fn main() {
    let items = [
        Item { name: "map", weight: 9, value: 150 },
        Item { name: "compass", weight: 13, value: 35 },
        Item { name: "water", weight: 153, value: 200 },
        Item { name: "sandwich", weight: 50, value: 160 },
        Item { name: "glucose", weight: 15, value: 60 },
        Item { name: "tin", weight: 68, value: 45 },
        Item { name: "banana", weight: 27, value: 60 },
        Item { name: "apple", weight: 39, value: 40 },
    ];
    for cap in [50, 100, 200, 400] {
        let (v, names) = knapsack(&items, cap);
        println!("cap {:>3}: value {:>4} {:?}", cap, v, names);
    }
    for (a, b) in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")] {
        let (d, ops) = edit_distance(a, b);
        println!("{:>10} -> {:<10} {} {}", a, b, d, ops);
    }
    let seq = [10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12];
    println!("lis {:?}", lis(&seq));
    println!("ways(100) = {}", coin_ways(&[1, 5, 10, 25, 50], 100));
    println!("ways(1000) = {}", coin_ways(&[1, 2, 5, 10, 20, 50, 100, 200], 1000));
}
