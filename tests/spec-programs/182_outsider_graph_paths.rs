// covers: Dijkstra with BinaryHeap and hand-written Ord, BFS with VecDeque, Kahn's sort with Reverse, cycle detection with a recursive nested fn, find_map/position/flatten, (Option, Option) matches
// outsider: written by someone who never read Pyrite's dialect, prelude or tests (see README.md)
// Weighted directed graphs: Dijkstra, BFS, topological sort, cycle detection.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};

#[derive(Debug, Clone)]
struct Edge {
    to: usize,
    weight: u32,
}

#[derive(Debug, Default)]
struct Graph {
    names: Vec<String>,
    index: HashMap<String, usize>,
    adj: Vec<Vec<Edge>>,
}

impl Graph {
    fn node(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len();
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        self.adj.push(Vec::new());
        i
    }

    fn add_edge(&mut self, from: &str, to: &str, weight: u32) {
        let (a, b) = (self.node(from), self.node(to));
        self.adj[a].push(Edge { to: b, weight });
    }

    fn from_edges(edges: &[(&str, &str, u32)]) -> Self {
        let mut g = Graph::default();
        for &(a, b, w) in edges {
            g.add_edge(a, b, w);
        }
        g
    }

    fn id(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    fn path_string(&self, path: &[usize]) -> String {
        path.iter().map(|&i| self.names[i].as_str()).collect::<Vec<_>>().join(" -> ")
    }
}

/// Heap entry ordered so that `BinaryHeap` (a max-heap) pops the smallest cost.
#[derive(Debug, PartialEq, Eq)]
struct State {
    cost: u32,
    node: usize,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn dijkstra(g: &Graph, start: usize, goal: usize) -> Option<(u32, Vec<usize>)> {
    let mut dist = vec![u32::MAX; g.names.len()];
    let mut prev: Vec<Option<usize>> = vec![None; g.names.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = 0;
    heap.push(State { cost: 0, node: start });

    while let Some(State { cost, node }) = heap.pop() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = prev[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some((cost, path));
        }
        if cost > dist[node] {
            continue; // stale entry
        }
        for e in &g.adj[node] {
            let next = cost + e.weight;
            if next < dist[e.to] {
                dist[e.to] = next;
                prev[e.to] = Some(node);
                heap.push(State { cost: next, node: e.to });
            }
        }
    }
    None
}

/// Breadth-first search: hop counts from `start` to every reachable node.
fn bfs_levels(g: &Graph, start: usize) -> Vec<Option<usize>> {
    let mut level = vec![None; g.names.len()];
    let mut queue = VecDeque::from([start]);
    level[start] = Some(0);
    while let Some(u) = queue.pop_front() {
        let d = level[u].unwrap_or(0);
        for e in &g.adj[u] {
            if level[e.to].is_none() {
                level[e.to] = Some(d + 1);
                queue.push_back(e.to);
            }
        }
    }
    level
}

/// Kahn's algorithm. Returns Err with the nodes left over if there is a cycle.
fn topo_sort(g: &Graph) -> Result<Vec<usize>, Vec<usize>> {
    let n = g.names.len();
    let mut indegree = vec![0usize; n];
    for edges in &g.adj {
        for e in edges {
            indegree[e.to] += 1;
        }
    }
    // Use a min-heap on name so the order is deterministic and readable.
    let mut ready: BinaryHeap<Reverse<(&str, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse((g.names[i].as_str(), i)))
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse((_, u))) = ready.pop() {
        order.push(u);
        for e in &g.adj[u] {
            indegree[e.to] -= 1;
            if indegree[e.to] == 0 {
                ready.push(Reverse((g.names[e.to].as_str(), e.to)));
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        Err((0..n).filter(|&i| indegree[i] > 0).collect())
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Color {
    White,
    Gray,
    Black,
}

/// DFS-based cycle finder; returns one cycle as a list of nodes if present.
fn find_cycle(g: &Graph) -> Option<Vec<usize>> {
    fn visit(g: &Graph, u: usize, color: &mut [Color], stack: &mut Vec<usize>) -> Option<Vec<usize>> {
        color[u] = Color::Gray;
        stack.push(u);
        for e in &g.adj[u] {
            match color[e.to] {
                Color::Gray => {
                    let pos = stack.iter().position(|&x| x == e.to)?;
                    let mut cycle = stack[pos..].to_vec();
                    cycle.push(e.to);
                    return Some(cycle);
                }
                Color::White => {
                    if let Some(c) = visit(g, e.to, color, stack) {
                        return Some(c);
                    }
                }
                Color::Black => {}
            }
        }
        stack.pop();
        color[u] = Color::Black;
        None
    }

    let mut color = vec![Color::White; g.names.len()];
    (0..g.names.len()).find_map(|u| {
        if color[u] == Color::White {
            visit(g, u, &mut color, &mut Vec::new())
        } else {
            None
        }
    })
}

fn report(title: &str, g: &Graph, from: &str, to: &str) {
    println!("== {} ({} nodes, {} edges) ==", title, g.names.len(), g.adj.iter().map(Vec::len).sum::<usize>());
    match (g.id(from), g.id(to)) {
        (Some(a), Some(b)) => match dijkstra(g, a, b) {
            Some((cost, path)) => println!("shortest {} -> {}: cost {} via {}", from, to, cost, g.path_string(&path)),
            None => println!("shortest {} -> {}: unreachable", from, to),
        },
        _ => println!("unknown endpoint(s): {} / {}", from, to),
    }

    if let Some(a) = g.id(from) {
        let mut by_level: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for (i, lvl) in bfs_levels(g, a).into_iter().enumerate() {
            if let Some(l) = lvl {
                by_level.entry(l).or_default().push(&g.names[i]);
            }
        }
        for (l, mut names) in by_level {
            names.sort_unstable();
            println!("  hop {}: {}", l, names.join(", "));
        }
    }

    match topo_sort(g) {
        Ok(order) => println!("topological order: {}", g.path_string(&order)),
        Err(stuck) => println!("no topological order; {} node(s) on or behind a cycle", stuck.len()),
    }
    match find_cycle(g) {
        Some(cycle) => println!("cycle found: {}", g.path_string(&cycle)),
        None => println!("graph is acyclic"),
    }
    let unique_weights: HashSet<u32> = g.adj.iter().flatten().map(|e| e.weight).collect();
    println!("distinct edge weights: {}", unique_weights.len());
    println!();
}

fn main() {
    let roads = Graph::from_edges(&[
        ("Home", "Bakery", 4), ("Home", "Park", 2), ("Park", "Bakery", 1), ("Bakery", "Library", 5),
        ("Park", "School", 8), ("Library", "School", 3), ("School", "Office", 2), ("Bakery", "Office", 12),
        ("Library", "Office", 6), ("Gym", "Home", 1),
    ]);
    report("city roads", &roads, "Home", "Office");

    let build = Graph::from_edges(&[
        ("core", "utils", 1), ("core", "net", 1), ("utils", "net", 1), ("net", "http", 1),
        ("utils", "cli", 1), ("http", "app", 1), ("cli", "app", 1), ("core", "log", 1), ("log", "app", 1),
    ]);
    report("build deps", &build, "core", "app");

    let mut cyclic = Graph::from_edges(&[("a", "b", 3), ("b", "c", 4), ("c", "d", 5), ("d", "e", 1)]);
    cyclic.add_edge("d", "b", 2);
    report("with a cycle", &cyclic, "a", "e");
    report("unreachable", &cyclic, "e", "a");
}
