// covers: trie over Vec<Option<Box<Node>>> with &mut cursor walk, recursive collection with a String buffer, derive(Default) on a struct with Vec
#[derive(Default)]
struct Node { children: Vec<Option<Box<Node>>>, terminal: bool, count: u32 }

impl Node {
    fn new() -> Node {
        let mut children = Vec::with_capacity(26);
        for _ in 0..26 { children.push(None); }
        Node { children, terminal: false, count: 0 }
    }
}

struct Trie { root: Node, words: usize }

impl Trie {
    fn new() -> Self { Trie { root: Node::new(), words: 0 } }
    fn insert(&mut self, w: &str) -> bool {
        let mut cur = &mut self.root;
        for b in w.bytes() {
            let i = (b - b'a') as usize;
            if cur.children[i].is_none() { cur.children[i] = Some(Box::new(Node::new())); }
            cur = cur.children[i].as_mut().unwrap();
            cur.count += 1;
        }
        let fresh = !cur.terminal;
        cur.terminal = true;
        if fresh { self.words += 1; }
        fresh
    }
    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut cur = &self.root;
        for b in prefix.bytes() {
            match &cur.children[(b - b'a') as usize] {
                Some(n) => cur = n,
                None => return None,
            }
        }
        Some(cur)
    }
    fn contains(&self, w: &str) -> bool { if let Some(n) = self.find(w) { is_term(n) } else { false } }
    fn collect(node: &Node, buf: &mut String, out: &mut Vec<String>) {
        if node.terminal { out.push(buf.clone()); }
        for (i, ch) in node.children.iter().enumerate() {
            if let Some(c) = ch {
                buf.push((b'a' + i as u8) as char);
                Trie::collect(c, buf, out);
                buf.pop();
            }
        }
    }
    fn with_prefix(&self, p: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.find(p) {
            let mut buf = p.to_string();
            Trie::collect(n, &mut buf, &mut out);
        }
        out
    }
}

fn is_term(n: &Node) -> bool { n.terminal }

fn main() {
    let mut t = Trie::new();
    let text = "the then there these this tree trie tried try tea ten to toe the tree";
    let mut dups = 0;
    for w in text.split(' ') { if !t.insert(w) { dups += 1; } }
    println!("words={} dups={}", t.words, dups);
    for q in ["the", "th", "tri", "tx", "t"] {
        let n = match t.find(q) { Some(nd) => count_of(nd), None => 0 };
        println!("{:<4} contains={:<5} prefix_count={:>2} {:?}", q, t.contains(q), n, t.with_prefix(q));
    }
    let d: Node = Node::default();
    println!("{} {} {}", d.children.len(), d.terminal, d.count);
}

fn count_of(n: &Node) -> u32 { n.count }
