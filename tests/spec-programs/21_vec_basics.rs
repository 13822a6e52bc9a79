// covers: Vec::new, vec![a, b, c], vec![x; n], push, pop, len, is_empty, indexing read/write, swap, truncate, clear, clone, contains, insert, remove, Vec equality, {:?} on Vec, Vec<f64>, Vec<bool>, Vec<char>, Vec<(i32, char)>, Vec of structs
#[derive(Debug, Clone, PartialEq)]
struct Task {
    id: u32,
    done: bool,
}

fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("empty: {:?} len {} is_empty {}", v, v.len(), v.is_empty());
    for i in 1..=10 {
        v.push(i * i);
    }
    println!("squares: {:?}", v);
    println!("len {} first {} last {}", v.len(), v[0], v[v.len() - 1]);
    v[3] = -1;
    v.swap(0, 9);
    println!("after set+swap: {:?}", v);
    println!("pop -> {:?}", v.pop());
    println!("pop -> {:?}", v.pop());
    println!("contains 49: {}, contains 100: {}", v.contains(&49), v.contains(&100));
    let snapshot = v.clone();
    v.truncate(3);
    println!("truncated: {:?}, snapshot: {:?}", v, snapshot);
    v.insert(1, 777);
    println!("after insert: {:?}", v);
    let removed = v.remove(0);
    println!("removed {} -> {:?}", removed, v);
    v.clear();
    println!("cleared: {:?} is_empty {}", v, v.is_empty());
    println!("pop on empty: {:?}", v.pop());

    let filled = vec![0u8; 5];
    let lit = vec![1.5, 2.5, -3.0];
    let flags = vec![true, false];
    let letters = vec!['a', 'b', 'c'];
    println!("{:?} {:?} {:?} {:?}", filled, lit, flags, letters);
    let none: Vec<char> = Vec::new();
    println!("empty char vec {:?} len {}", none, none.len());

    let mut pairs: Vec<(i32, char)> = Vec::new();
    for i in 0..4 {
        pairs.push((i * 10, (b'w' + i as u8) as char));
    }
    println!("pairs: {:?}", pairs);
    println!("pairs[2].1 = {}", pairs[2].1);

    let mut tasks = vec![Task { id: 1, done: false }, Task { id: 2, done: true }];
    tasks.push(Task { id: 3, done: false });
    tasks[0].done = true;
    let mut open = 0;
    for i in 0..tasks.len() {
        if !tasks[i].done {
            open += 1;
        }
    }
    println!("tasks: {:?}", tasks);
    println!("open tasks: {}", open);
    let copy = tasks.clone();
    println!("clone equal: {}", copy == tasks);
    tasks[2].done = true;
    println!("after edit equal: {}", copy == tasks);
    println!("vec eq: {}", vec![1, 2, 3] == vec![1, 2, 3]);

    // Vec as a stack: balanced brackets
    let inputs = ["([]{()})", "([)]", "((", "{[()()]}"];
    for k in 0..inputs.len() {
        let mut stack: Vec<char> = Vec::new();
        let mut ok = true;
        for c in inputs[k].chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                ')' | ']' | '}' => {
                    let want = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if stack.pop() != Some(want) {
                        ok = false;
                        break;
                    }
                }
                _ => {}
            }
        }
        println!("{} balanced: {}", inputs[k], ok && stack.is_empty());
    }

    // growth
    let mut big: Vec<u64> = Vec::new();
    for i in 0..100000u64 {
        big.push(i * 3);
    }
    let mut s = 0u64;
    for i in 0..big.len() {
        s += big[i];
    }
    println!("big len {} sum {}", big.len(), s);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    println!("nested {:?} len {}", nested, nested.len());
}
