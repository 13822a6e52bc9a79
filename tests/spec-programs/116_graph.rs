// covers: generic Graph<T> with adjacency Vec<Vec<usize>>, Kahn topological sort with cycle error, recursive DFS with &mut Vec params, tuple node type
use std::fmt::Debug;

struct Graph<T> { nodes: Vec<T>, adj: Vec<Vec<usize>> }

#[derive(Debug, PartialEq)]
enum TopoError { Cycle(Vec<usize>) }

impl<T: Debug + Clone + PartialEq> Graph<T> {
    fn new() -> Self { Graph { nodes: Vec::new(), adj: Vec::new() } }
    fn add_node(&mut self, t: T) -> usize {
        if let Some(i) = self.index_of(&t) { return i; }
        self.nodes.push(t);
        self.adj.push(Vec::new());
        self.nodes.len() - 1
    }
    fn index_of(&self, t: &T) -> Option<usize> {
        for (i, n) in self.nodes.iter().enumerate() { if n == t { return Some(i); } }
        None
    }
    fn add_edge(&mut self, a: T, b: T) {
        let i = self.add_node(a);
        let j = self.add_node(b);
        if !self.adj[i].contains(&j) { self.adj[i].push(j); }
    }
    fn topo(&self) -> Result<Vec<T>, TopoError> {
        let n = self.nodes.len();
        let mut indeg = vec![0usize; n];
        for edges in &self.adj { for &j in edges { indeg[j] += 1; } }
        let mut ready: Vec<usize> = Vec::new();
        for i in (0..n).rev() { if indeg[i] == 0 { ready.push(i); } }
        let mut out = Vec::new();
        while let Some(i) = ready.pop() {
            out.push(self.nodes[i].clone());
            for &j in self.adj[i].iter().rev() {
                indeg[j] -= 1;
                if indeg[j] == 0 { ready.push(j); }
            }
        }
        if out.len() == n { Ok(out) } else {
            let mut stuck = Vec::new();
            for i in 0..n { if indeg[i] > 0 { stuck.push(i); } }
            Err(TopoError::Cycle(stuck))
        }
    }
    fn dfs_order(&self, start: usize) -> Vec<usize> {
        let mut seen = vec![false; self.nodes.len()];
        let mut order = Vec::new();
        self.visit(start, &mut seen, &mut order);
        order
    }
    fn visit(&self, i: usize, seen: &mut Vec<bool>, order: &mut Vec<usize>) {
        if seen[i] { return; }
        seen[i] = true;
        order.push(i);
        for &j in &self.adj[i] { self.visit(j, seen, order); }
    }
}

fn main() {
    let mut g: Graph<&str> = Graph::new();
    let deps = [("std", "alloc"), ("alloc", "core"), ("app", "std"), ("app", "log"), ("log", "core"), ("test", "app"), ("std", "core")];
    for &(a, b) in deps.iter() { g.add_edge(a, b); }
    println!("nodes: {:?}", g.nodes);
    println!("adj: {:?}", g.adj);
    match g.topo() {
        Ok(order) => println!("order: {}", order.join(" -> ")),
        Err(e) => println!("error {:?}", e),
    }
    println!("dfs from test: {:?}", g.dfs_order(g.index_of(&"test").unwrap()));
    g.add_edge("core", "app");
    println!("{:?}", g.topo());
    let mut gi: Graph<(u8, char)> = Graph::new();
    for k in 0..6u8 {
        gi.add_edge((k, (b'a' + k) as char), ((k * 2) % 7, 'z'));
    }
    println!("{:?}", gi.topo());
}
