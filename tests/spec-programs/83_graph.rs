// covers: generic binary min-heap MinHeap<T: Ord> with sift up/down on Vec, Dijkstra over Vec<Vec<(usize, u64)>> adjacency with (u64, usize) heap entries and Option<u64> distances, path reconstruction through Option<usize> predecessors, grid BFS with a Vec queue and head index and i32 direction offsets, heap of Strings
struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    fn new() -> Self { MinHeap { data: Vec::new() } }
    fn len(&self) -> usize { self.data.len() }
    fn push(&mut self, x: T) {
        self.data.push(x);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }
    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() { return None; }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < n && self.data[l] < self.data[m] { m = l; }
            if r < n && self.data[r] < self.data[m] { m = r; }
            if m == i { break; }
            self.data.swap(i, m);
            i = m;
        }
        top
    }
}

struct Graph {
    adj: Vec<Vec<(usize, u64)>>,
}

impl Graph {
    fn new(n: usize) -> Graph { Graph { adj: vec![Vec::new(); n] } }
    fn edge(&mut self, a: usize, b: usize, w: u64) {
        self.adj[a].push((b, w));
        self.adj[b].push((a, w));
    }
    fn dijkstra(&self, src: usize) -> (Vec<Option<u64>>, Vec<Option<usize>>) {
        let n = self.adj.len();
        let mut dist: Vec<Option<u64>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = MinHeap::new();
        dist[src] = Some(0);
        heap.push((0u64, src));
        let mut pops = 0;
        while let Some((d, u)) = heap.pop() {
            pops += 1;
            if let Some(best) = dist[u] {
                if d > best { continue; }
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                let better = match dist[v] { None => true, Some(old) => nd < old };
                if better {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push((nd, v));
                }
            }
        }
        println!("heap pops: {}, heap left: {}", pops, heap.len());
        (dist, prev)
    }
}

fn path_to(prev: &[Option<usize>], mut t: usize) -> Vec<usize> {
    let mut p = vec![t];
    while let Some(u) = prev[t] {
        p.push(u);
        t = u;
    }
    p.reverse();
    p
}

fn grid_bfs(grid: &[&str]) -> Option<usize> {
    let h = grid.len();
    let w = grid[0].len();
    let mut cells: Vec<&[u8]> = Vec::new();
    for s in grid { cells.push(s.as_bytes()); }
    let mut dist = vec![vec![usize::MAX; w]; h];
    let mut queue = vec![(0usize, 0usize)];
    dist[0][0] = 0;
    let mut head = 0;
    while head < queue.len() {
        let (r, c) = queue[head];
        head += 1;
        if (r, c) == (h - 1, w - 1) { return Some(dist[r][c]); }
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs.iter() {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 { continue; }
            let (nr, nc) = (nr as usize, nc as usize);
            if cells[nr][nc] == b'#' || dist[nr][nc] != usize::MAX { continue; }
            dist[nr][nc] = dist[r][c] + 1;
            queue.push((nr, nc));
        }
    }
    None
}

fn main() {
    let mut g = Graph::new(7);
    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    for &(a, b, w) in edges.iter() { g.edge(a, b, w); }
    let (dist, prev) = g.dijkstra(0);
    for (v, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("0 -> {}: {:>3} via {:?}", v, d, path_to(&prev, v)),
            None => println!("0 -> {}: unreachable", v),
        }
    }
    let maze = ["..#.....", ".##.###.", "....#...", "#.#...#.", "..#.#.#."];
    println!("maze shortest: {:?}", grid_bfs(&maze));
    let blocked = [".#", "#."];
    println!("blocked: {:?}", grid_bfs(&blocked));
    let mut h = MinHeap::new();
    for w in ["pear", "apple", "fig", "kiwi", "banana"] { h.push(w.to_string()); }
    let mut order = Vec::new();
    while let Some(s) = h.pop() { order.push(s); }
    println!("{}", order.join(" < "));
}
