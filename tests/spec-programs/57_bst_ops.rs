// covers: BST over Option<Box<Node>> with insert, delete (leaf, one child, two children via min successor), inorder/preorder/postorder traversals into Vec, height, size, min/max via while let, contains, range count, match on Option<Box<Node>> by ref
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(t: &mut Option<Box<Node>>, key: i32) -> bool {
    match t {
        None => {
            *t = Some(Box::new(Node { key, left: None, right: None }));
            true
        }
        Some(n) => {
            if key < n.key { insert(&mut n.left, key) }
            else if key > n.key { insert(&mut n.right, key) }
            else { false }
        }
    }
}

fn take_min(t: &mut Option<Box<Node>>) -> Option<i32> {
    if t.as_ref().unwrap().left.is_some() {
        take_min(&mut t.as_mut().unwrap().left)
    } else {
        let node = t.take().unwrap();
        *t = node.right;
        Some(node.key)
    }
}

fn delete(t: &mut Option<Box<Node>>, key: i32) -> bool {
    let found = match t {
        None => return false,
        Some(n) => {
            if key < n.key {
                return delete(&mut n.left, key);
            } else if key > n.key {
                return delete(&mut n.right, key);
            }
            true
        }
    };
    if found {
        let mut node = t.take().unwrap();
        if node.left.is_none() {
            *t = node.right;
        } else if node.right.is_none() {
            *t = node.left;
        } else {
            let succ = take_min(&mut node.right).unwrap();
            node.key = succ;
            *t = Some(node);
        }
    }
    found
}

fn inorder(t: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = t {
        inorder(&n.left, out);
        out.push(n.key);
        inorder(&n.right, out);
    }
}

fn preorder(t: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = t { out.push(n.key); preorder(&n.left, out); preorder(&n.right, out); }
}

fn postorder(t: &Option<Box<Node>>, out: &mut Vec<i32>) {
    match t {
        Some(n) => {
            postorder(&n.left, out);
            postorder(&n.right, out);
            out.push(n.key);
        }
        None => {}
    }
}

fn height(t: &Option<Box<Node>>) -> usize {
    match t { None => 0, Some(n) => 1 + height(&n.left).max(height(&n.right)) }
}

fn size(t: &Option<Box<Node>>) -> usize {
    match t { None => 0, Some(n) => 1 + size(&n.left) + size(&n.right) }
}

fn minimum(t: &Option<Box<Node>>) -> Option<i32> {
    let mut cur = t.as_ref()?;
    while let Some(l) = cur.left.as_ref() {
        cur = l;
    }
    Some(cur.key)
}

fn maximum(t: &Option<Box<Node>>) -> Option<i32> {
    let mut cur = t;
    let mut best = None;
    while let Some(n) = cur {
        best = Some(n.key);
        cur = &n.right;
    }
    best
}

fn count_range(t: &Option<Box<Node>>, lo: i32, hi: i32) -> usize {
    match t {
        None => 0,
        Some(n) if n.key < lo => count_range(&n.right, lo, hi),
        Some(n) if n.key > hi => count_range(&n.left, lo, hi),
        Some(n) => 1 + count_range(&n.left, lo, hi) + count_range(&n.right, lo, hi),
    }
}

fn show(t: &Option<Box<Node>>) {
    let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
    inorder(t, &mut a);
    preorder(t, &mut b);
    postorder(t, &mut c);
    println!("in   {:?}", a);
    println!("pre  {:?}", b);
    println!("post {:?}", c);
    println!("size={} height={} min={:?} max={:?}", size(t), height(t), minimum(t), maximum(t));
}

fn main() {
    let mut root: Option<Box<Node>> = None;
    println!("empty: min={:?} max={:?}", minimum(&root), maximum(&root));
    let keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50];
    for &k in keys.iter() {
        let fresh = insert(&mut root, k);
        if !fresh { println!("duplicate {}", k); }
    }
    show(&root);
    println!("in [33, 62]: {}", count_range(&root, 33, 62));
    for k in [20, 30, 50, 99, 70] {
        let ok = delete(&mut root, k);
        println!("delete {} -> {}", k, ok);
        show(&root);
    }
    let mut small: Option<Box<Node>> = None;
    insert(&mut small, 1);
    insert(&mut small, 2);
    println!("{:?}", small);
}
