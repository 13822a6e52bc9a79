// covers: Vec<Vec<T>> via vec![vec![0; m]; n], nested indexing and mutation, dynamic programming tables (knapsack, edit distance, LCS with backtracking), BFS with Vec as queue and head index, Vec<(usize, usize)>, as_bytes() on &str, u8 comparisons, usize arithmetic, max by hand
fn knapsack(weights: &[usize], values: &[u64], cap: usize) -> u64 {
    let n = weights.len();
    let mut dp = vec![vec![0u64; cap + 1]; n + 1];
    for i in 1..=n {
        for w in 0..=cap {
            dp[i][w] = dp[i - 1][w];
            if weights[i - 1] <= w {
                let cand = dp[i - 1][w - weights[i - 1]] + values[i - 1];
                if cand > dp[i][w] {
                    dp[i][w] = cand;
                }
            }
        }
    }
    dp[n][cap]
}

fn min3(a: usize, b: usize, c: usize) -> usize {
    let m = if a < b { a } else { b };
    if m < c { m } else { c }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let x = a.as_bytes();
    let y = b.as_bytes();
    let mut d = vec![vec![0usize; y.len() + 1]; x.len() + 1];
    for i in 0..=x.len() {
        d[i][0] = i;
    }
    for j in 0..=y.len() {
        d[0][j] = j;
    }
    for i in 1..=x.len() {
        for j in 1..=y.len() {
            let cost = if x[i - 1] == y[j - 1] { 0 } else { 1 };
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        }
    }
    d[x.len()][y.len()]
}

fn lcs(a: &str, b: &str) -> String {
    let x = a.as_bytes();
    let y = b.as_bytes();
    let n = x.len();
    let m = y.len();
    let mut t = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if x[i] == y[j] {
                t[i + 1][j + 1] + 1
            } else if t[i + 1][j] >= t[i][j + 1] {
                t[i + 1][j]
            } else {
                t[i][j + 1]
            };
        }
    }
    let mut out = String::new();
    let mut i = 0;
    let mut j = 0;
    while i < n && j < m {
        if x[i] == y[j] {
            out.push(x[i] as char);
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn bfs(grid: &Vec<Vec<char>>, start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let rows = grid.len();
    let cols = grid[0].len();
    let mut dist = vec![vec![usize::MAX; cols]; rows];
    let mut queue: Vec<(usize, usize)> = Vec::new();
    let mut head = 0;
    dist[start.0][start.1] = 0;
    queue.push(start);
    while head < queue.len() {
        let (r, c) = queue[head];
        head += 1;
        if (r, c) == goal {
            return Some(dist[r][c]);
        }
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for k in 0..4 {
            let nr = r as i32 + dirs[k].0;
            let nc = c as i32 + dirs[k].1;
            if nr < 0 || nc < 0 || nr >= rows as i32 || nc >= cols as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if grid[nr][nc] == '#' || dist[nr][nc] != usize::MAX {
                continue;
            }
            dist[nr][nc] = dist[r][c] + 1;
            queue.push((nr, nc));
        }
    }
    None
}

fn main() {
    let w = vec![12, 7, 11, 8, 9];
    let v = vec![24, 13, 23, 15, 16];
    for cap in [10usize, 26, 40].iter() {
        println!("knapsack cap {} = {}", cap, knapsack(&w, &v, *cap));
    }

    let pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("pyrite", "pyrite"), ("intention", "execution")];
    for p in pairs.iter() {
        println!("edit({}, {}) = {}", p.0, p.1, edit_distance(p.0, p.1));
    }
    println!("lcs = {:?}", lcs("AGGTABQXYZ", "GXTXAYBQZ"));
    println!("lcs = {:?}", lcs("translator", "relational"));

    let maze_src = [
        "..#.......",
        ".##.####..",
        "....#..#.#",
        "##.##.##..",
        "...#...#.#",
        ".#...#....",
    ];
    let mut grid: Vec<Vec<char>> = Vec::new();
    for line in maze_src.iter() {
        let mut row = Vec::new();
        for ch in line.chars() {
            row.push(ch);
        }
        grid.push(row);
    }
    println!("maze {}x{}", grid.len(), grid[0].len());
    println!("path (0,0)->(5,9) = {:?}", bfs(&grid, (0, 0), (5, 9)));
    println!("path (0,0)->(0,3) = {:?}", bfs(&grid, (0, 0), (0, 3)));
    grid[5][2] = '#';
    grid[4][2] = '#';
    println!("after walls (0,0)->(5,9) = {:?}", bfs(&grid, (0, 0), (5, 9)));

    // pascal triangle as jagged Vec<Vec<u64>>
    let mut tri: Vec<Vec<u64>> = Vec::new();
    for n in 0..12 {
        let mut row = vec![1u64; n + 1];
        for k in 1..n {
            row[k] = tri[n - 1][k - 1] + tri[n - 1][k];
        }
        tri.push(row);
    }
    println!("row 11 = {:?}", tri[11]);
    let mut total = 0;
    for row in tri.iter() {
        total += row.len();
    }
    println!("cells = {}", total);
}
