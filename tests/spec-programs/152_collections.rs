// covers: std::collections: HashMap with entry().or_insert/or_default counting, get/get_mut/contains_key/remove with &str and &u64 keys, map[&key] and map["str"], iteration collected and sorted, HashMap::from an array; HashSet insert/contains/remove and sorted output; BTreeMap ordered iteration, range, first/last_key_value, pop_first; BTreeSet set operations; VecDeque as a BFS queue, push_front/pop_back/rotate/index; BinaryHeap with Reverse for Dijkstra, peek, into_sorted_vec, layout as rustc's; derive(Hash) on a struct and an enum used as keys
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Cell {
    row: i32,
    col: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tag {
    Name(String),
    Code(u32),
    Flag,
}

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        let w = w.trim_matches(&['.', ',', '!', '?'][..]).to_lowercase();
        if !w.is_empty() {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

fn shortest(walls: &HashSet<Cell>, from: Cell, to: Cell, size: i32) -> Option<u32> {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::new();
    seen.insert(from);
    queue.push_back((from, 0));
    while let Some((c, d)) = queue.pop_front() {
        if c == to {
            return Some(d);
        }
        for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)].iter() {
            let n = Cell { row: c.row + dr, col: c.col + dc };
            let inside = n.row >= 0 && n.col >= 0 && n.row < size && n.col < size;
            if inside && !walls.contains(&n) && seen.insert(n) {
                queue.push_back((n, d + 1));
            }
        }
    }
    None
}

fn dijkstra(edges: &[(u32, u32, u64)], src: u32) -> BTreeMap<u32, u64> {
    let mut adj: BTreeMap<u32, Vec<(u32, u64)>> = BTreeMap::new();
    for &(a, b, w) in edges {
        adj.entry(a).or_default().push((b, w));
        adj.entry(b).or_default().push((a, w));
    }
    let mut dist = BTreeMap::new();
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u64, src)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist.contains_key(&u) {
            continue;
        }
        dist.insert(u, d);
        if let Some(next) = adj.get(&u) {
            for &(v, w) in next {
                if !dist.contains_key(&v) {
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
    }
    dist
}

fn main() {
    let counts = word_counts("The cat and the hat. The cat sat, a cat! A hat?");
    let mut pairs: Vec<(&String, &u32)> = counts.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    println!("{} {:?} {:?} {} {}", counts.len(), counts.get("cat"), counts.get("dog"), counts["the"], counts.contains_key("hat"));
    let mut stock: HashMap<&str, i32> = HashMap::from([("apple", 3), ("pear", 0), ("fig", 12)]);
    if let Some(n) = stock.get_mut("apple") {
        *n += 10;
    }
    let removed = stock.remove("pear");
    let mut keys: Vec<&&str> = stock.keys().collect();
    keys.sort();
    println!("{:?} {:?} {} {:?}", removed, keys, stock["fig"], stock.get(&"apple"));

    let mut walls = HashSet::new();
    for i in 0..4 {
        walls.insert(Cell { row: i, col: 2 });
        walls.insert(Cell { row: 5 - i, col: 4 });
    }
    let start = Cell { row: 0, col: 0 };
    println!("{:?} {:?} {}", shortest(&walls, start, Cell { row: 0, col: 5 }, 6), shortest(&walls, start, Cell { row: 9, col: 9 }, 6), walls.len());
    walls.remove(&Cell { row: 0, col: 2 });
    println!("{:?}", shortest(&walls, start, Cell { row: 0, col: 5 }, 6));

    let dist = dijkstra(&[(1, 2, 7), (1, 3, 9), (1, 6, 14), (2, 3, 10), (2, 4, 15), (3, 4, 11), (3, 6, 2), (4, 5, 6), (5, 6, 9)], 1);
    println!("{:?} {:?} {:?}", dist, dist.first_key_value(), dist.last_key_value());
    let middle: Vec<(&u32, &u64)> = dist.range(2..5).collect();
    println!("{:?}", middle);

    let mut heap: BinaryHeap<i32> = vec![5, 1, 8, 3, 9, 2].into_iter().collect();
    heap.push(7);
    println!("{:?} {:?} {}", heap.peek(), heap, heap.len());
    let first = heap.pop();
    println!("{:?} {:?} {:?}", first, heap, heap.clone().into_sorted_vec());

    let mut line: VecDeque<char> = "hello".chars().collect();
    line.push_front('>');
    line.push_back('<');
    line.rotate_left(2);
    let backwards: String = line.iter().rev().collect();
    println!("{:?} {:?} {:?} {} {}", line, line.front(), line.back(), line[3], backwards);
    while line.len() > 3 {
        line.pop_back();
        line.pop_front();
    }
    println!("{:?} {}", line, line.contains(&'l'));

    let mut tags: HashMap<Tag, Vec<u32>> = HashMap::new();
    tags.insert(Tag::Name("ann".to_string()), vec![1]);
    tags.insert(Tag::Code(7), vec![2, 3]);
    tags.insert(Tag::Flag, Vec::new());
    tags.entry(Tag::Code(7)).or_default().push(4);
    tags.entry(Tag::Code(8)).or_default().push(5);
    let gone = tags.remove(&Tag::Name("ann".to_string()));
    println!("{:?} {:?} {} {:?}", tags.get(&Tag::Code(7)), gone, tags.len(), tags.get(&Tag::Flag));

    let odd: BTreeSet<i32> = [1, 3, 5, 7, 9].iter().cloned().collect();
    let high: BTreeSet<i32> = (4..10).collect();
    let both: Vec<&i32> = odd.intersection(&high).collect();
    let either: Vec<&i32> = odd.union(&high).collect();
    let only: BTreeSet<i32> = odd.difference(&high).cloned().collect();
    println!("{:?} {:?} {:?} {:?} {:?}", both, either, only, odd.range(2..8).collect::<Vec<_>>(), high.first());
    let mut seen: HashSet<&str> = HashSet::new();
    let mut dups = Vec::new();
    for w in "a b c a b d a".split(' ') {
        if !seen.insert(w) {
            dups.push(w);
        }
    }
    let mut uniq: Vec<&&str> = seen.iter().collect();
    uniq.sort();
    println!("{:?} {:?}", uniq, dups);

    let mut squares: HashMap<u64, u64> = HashMap::new();
    for i in 0..5000u64 {
        squares.insert(i, i * i);
    }
    for i in 0..5000u64 {
        if i % 3 == 0 {
            squares.remove(&i);
        }
    }
    let mut total = 0;
    for i in (1..5000u64).step_by(7) {
        if let Some(v) = squares.get(&i) {
            total += v;
        }
    }
    println!("{} {} {:?} {:?}", squares.len(), total, squares.get(&3), squares.get(&4));
}
