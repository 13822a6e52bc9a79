// covers: binary search tree with Option<Box<Node>>, recursive insert through &mut Option<Box<Node>>, recursive traversal into &mut Vec, height, contains via while let, delete using Option::take and as_mut, match on &Option<Box<Node>>, Debug on nested boxes, enum expression tree Box<Expr> evaluation, format! recursion
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, key: i32) -> bool {
    match slot {
        None => {
            *slot = Some(Box::new(Node { key, left: None, right: None }));
            true
        }
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key)
            } else if key > node.key {
                insert(&mut node.right, key)
            } else {
                false
            }
        }
    }
}

fn contains(slot: &Option<Box<Node>>, key: i32) -> bool {
    let mut cur = slot;
    while let Some(node) = cur {
        if key == node.key {
            return true;
        }
        cur = if key < node.key { &node.left } else { &node.right };
    }
    false
}

fn inorder(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = slot {
        inorder(&node.left, out);
        out.push(node.key);
        inorder(&node.right, out);
    }
}

fn height(slot: &Option<Box<Node>>) -> usize {
    match slot {
        None => 0,
        Some(node) => {
            let l = height(&node.left);
            let r = height(&node.right);
            1 + if l > r { l } else { r }
        }
    }
}

fn take_min(slot: &mut Option<Box<Node>>) -> Option<i32> {
    let has_left = match slot {
        Some(node) => node.left.is_some(),
        None => return None,
    };
    if has_left {
        take_min(&mut slot.as_mut().unwrap().left)
    } else {
        let node = slot.take().unwrap();
        *slot = node.right;
        Some(node.key)
    }
}

fn remove(slot: &mut Option<Box<Node>>, key: i32) -> bool {
    let node = match slot {
        None => return false,
        Some(n) => n,
    };
    if key < node.key {
        return remove(&mut node.left, key);
    }
    if key > node.key {
        return remove(&mut node.right, key);
    }
    if node.left.is_none() {
        let n = slot.take().unwrap();
        *slot = n.right;
    } else if node.right.is_none() {
        let n = slot.take().unwrap();
        *slot = n.left;
    } else {
        let succ = take_min(&mut node.right).unwrap();
        node.key = succ;
    }
    true
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> f64 {
    match e {
        Expr::Num(v) => *v,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn render(e: &Expr) -> String {
    match e {
        Expr::Num(v) => format!("{}", v),
        Expr::Add(a, b) => format!("({} + {})", render(a), render(b)),
        Expr::Mul(a, b) => format!("{} * {}", render(a), render(b)),
        Expr::Neg(a) => format!("-{}", render(a)),
    }
}

fn main() {
    let mut root: Option<Box<Node>> = None;
    let mut x: u32 = 12345;
    let mut inserted = 0;
    for _ in 0..200 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        let key = ((x >> 16) % 500) as i32;
        if insert(&mut root, key) {
            inserted += 1;
        }
    }
    println!("inserted {} unique keys, height {}", inserted, height(&root));
    let mut keys = Vec::new();
    inorder(&root, &mut keys);
    println!("count {} first {:?} last {:?}", keys.len(), &keys[..5], &keys[keys.len() - 3..]);
    let mut sorted = true;
    for i in 1..keys.len() {
        if keys[i - 1] >= keys[i] {
            sorted = false;
        }
    }
    println!("inorder sorted: {}", sorted);
    let probes = [keys[0], keys[10], 501, -1, keys[keys.len() - 1]];
    for p in probes.iter() {
        println!("contains {} = {}", p, contains(&root, *p));
    }

    let mut removed = 0;
    for i in 0..keys.len() {
        if i % 3 == 0 && remove(&mut root, keys[i]) {
            removed += 1;
        }
    }
    println!("removed {} remove missing = {}", removed, remove(&mut root, 9999));
    let mut after = Vec::new();
    inorder(&root, &mut after);
    println!("after removal count {} height {}", after.len(), height(&root));
    println!("first after = {:?}", &after[..6]);
    println!("take_min = {:?}, {:?}", take_min(&mut root), take_min(&mut root));

    let mut small: Option<Box<Node>> = None;
    for k in [5, 3, 8].iter() {
        insert(&mut small, *k);
    }
    println!("small tree = {:?}", small);

    let e = Expr::Add(
        Box::new(Expr::Mul(Box::new(Expr::Num(2.5)), Box::new(Expr::Num(4.0)))),
        Box::new(Expr::Neg(Box::new(Expr::Add(Box::new(Expr::Num(1.0)), Box::new(Expr::Num(0.5)))))),
    );
    println!("{} = {}", render(&e), eval(&e));
    println!("{:?}", e);
}
