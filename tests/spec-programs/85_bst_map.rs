// covers: generic BST map TreeMap<K: Ord, V> over Option<Box<Node<K, V>>>: iterative insert through &mut Option cursor with mem::replace on existing keys, get/get_mut via as_ref/as_mut loops, recursive remove with two-children successor pop_min, Ordering match, generic free fns for in-order walk and height, word counting with String keys
use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<K, V> {
    key: K,
    val: V,
    left: Option<Box<Node<K, V>>>,
    right: Option<Box<Node<K, V>>>,
}

struct TreeMap<K, V> {
    root: Option<Box<Node<K, V>>>,
    len: usize,
}

impl<K: Ord + Clone + Debug, V: Clone + Debug> TreeMap<K, V> {
    fn new() -> Self {
        TreeMap { root: None, len: 0 }
    }

    fn insert(&mut self, key: K, val: V) -> Option<V> {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                Ordering::Less => cur = &mut node.left,
                Ordering::Greater => cur = &mut node.right,
                Ordering::Equal => return Some(std::mem::replace(&mut node.val, val)),
            }
        }
        *cur = Some(Box::new(Node { key, val, left: None, right: None }));
        self.len += 1;
        None
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                Ordering::Less => cur = node.left.as_ref(),
                Ordering::Greater => cur = node.right.as_ref(),
                Ordering::Equal => return Some(&node.val),
            }
        }
        None
    }

    fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let mut cur = self.root.as_mut();
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                Ordering::Less => cur = node.left.as_mut(),
                Ordering::Greater => cur = node.right.as_mut(),
                Ordering::Equal => return Some(&mut node.val),
            }
        }
        None
    }

    fn remove(&mut self, key: &K) -> Option<V> {
        let removed = Self::remove_from(&mut self.root, key);
        if removed.is_some() {
            self.len -= 1;
        }
        removed
    }

    fn remove_from(slot: &mut Option<Box<Node<K, V>>>, key: &K) -> Option<V> {
        let node = slot.as_mut()?;
        match key.cmp(&node.key) {
            Ordering::Less => return Self::remove_from(&mut node.left, key),
            Ordering::Greater => return Self::remove_from(&mut node.right, key),
            Ordering::Equal => {}
        }
        let mut boxed = slot.take().unwrap();
        let val = boxed.val.clone();
        *slot = match (boxed.left.take(), boxed.right.take()) {
            (None, None) => None,
            (Some(l), None) => Some(l),
            (None, Some(r)) => Some(r),
            (Some(l), Some(r)) => {
                let mut right = Some(r);
                let (k, v) = Self::pop_min(&mut right);
                Some(Box::new(Node { key: k, val: v, left: Some(l), right }))
            }
        };
        Some(val)
    }

    fn pop_min(slot: &mut Option<Box<Node<K, V>>>) -> (K, V) {
        if slot.as_ref().unwrap().left.is_some() {
            return Self::pop_min(&mut slot.as_mut().unwrap().left);
        }
        let mut node = slot.take().unwrap();
        *slot = node.right.take();
        (node.key, node.val)
    }

    fn in_order(&self) -> Vec<(K, V)> {
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(&self) -> usize {
        h(&self.root)
    }
}

fn walk<K: Clone, V: Clone>(n: &Option<Box<Node<K, V>>>, out: &mut Vec<(K, V)>) {
    if let Some(b) = n {
        walk(&b.left, out);
        out.push((b.key.clone(), b.val.clone()));
        walk(&b.right, out);
    }
}

fn h<K, V>(n: &Option<Box<Node<K, V>>>) -> usize {
    match n {
        None => 0,
        Some(b) => 1 + h(&b.left).max(h(&b.right)),
    }
}

fn main() {
    let mut m: TreeMap<String, u32> = TreeMap::new();
    let text = "the quick brown fox jumps over the lazy dog the fox barks";
    for w in text.split_whitespace() {
        match m.get_mut(&w.to_string()) {
            Some(c) => *c += 1,
            None => {
                m.insert(w.to_string(), 1);
            }
        }
    }
    println!("len={} height={}", m.len, m.height());
    println!("{:?}", m.in_order());
    println!("the -> {:?}, cat -> {:?}", m.get(&"the".to_string()), m.get(&"cat".to_string()));
    println!("replace fox: {:?}", m.insert("fox".to_string(), 10));
    for k in ["quick", "the", "zebra", "brown", "over"] {
        println!("remove {:<6} -> {:?} (len {})", k, m.remove(&k.to_string()), m.len);
    }
    println!("{:?}", m.in_order());

    let mut nums: TreeMap<i32, char> = TreeMap::new();
    for (i, k) in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65].iter().enumerate() {
        nums.insert(*k, (b'a' + i as u8) as char);
    }
    println!("h={} {:?}", nums.height(), nums.in_order());
    nums.remove(&50);
    nums.remove(&30);
    println!("h={} {:?}", nums.height(), nums.in_order());
    if let Some(root) = &nums.root {
        println!("root key {} val {:?}", root.key, root.val);
    }
}
