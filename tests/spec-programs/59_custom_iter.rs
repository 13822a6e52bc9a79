// covers: user-defined impl Iterator for structs (Fibonacci, Collatz, countdown over a borrowed slice with lifetime), using adapters on them (take, skip, step_by, enumerate, zip, sum, count, max, last, collect), for loops over custom iterators, singly linked list of Option<Box<Node>> with push_front/pop_front/reverse and an iterator over &Node, while let Some(x) = it.next(), iterator stored in a struct field
struct Fib { a: u64, b: u64 }

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = r.checked_add(self.b)?;
        Some(r)
    }
}

struct Collatz { n: u64, done: bool }

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        if self.done { return None; }
        let cur = self.n;
        if cur == 1 { self.done = true; } else if cur % 2 == 0 { self.n = cur / 2; } else { self.n = 3 * cur + 1; }
        Some(cur)
    }
}

struct Pairs<'a> { xs: &'a [i32], i: usize }

impl<'a> Iterator for Pairs<'a> {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<(i32, i32)> {
        if self.i + 1 >= self.xs.len() { return None; }
        let p = (self.xs[self.i], self.xs[self.i + 1]);
        self.i += 1;
        Some(p)
    }
}

struct Node { val: i32, next: Option<Box<Node>> }
struct List { head: Option<Box<Node>>, len: usize }

impl List {
    fn new() -> List { List { head: None, len: 0 } }
    fn push_front(&mut self, v: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val: v, next: old }));
        self.len += 1;
    }
    fn pop_front(&mut self) -> Option<i32> {
        let node = self.head.take()?;
        self.head = node.next;
        self.len -= 1;
        Some(node.val)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
    fn iter(&self) -> ListIter<'_> { ListIter { cur: deref_node(&self.head) } }
}

fn deref_node(link: &Option<Box<Node>>) -> Option<&Node> {
    match link {
        Some(b) => Some(&**b),
        None => None,
    }
}

struct ListIter<'a> { cur: Option<&'a Node> }

impl<'a> Iterator for ListIter<'a> {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        let n = self.cur?;
        self.cur = deref_node(&n.next);
        Some(n.val)
    }
}

struct Walker { it: Collatz, steps: u32 }

fn main() {
    let first: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("{:?}", first);
    println!("fib count until overflow: {}", Fib { a: 0, b: 1 }.count());
    println!("last fib: {:?}", Fib { a: 0, b: 1 }.last());
    let even_sum: u64 = Fib { a: 0, b: 1 }.skip(1).step_by(3).take(10).sum();
    println!("sum of every third: {}", even_sum);
    for (i, f) in (Fib { a: 0, b: 1 }).enumerate().skip(80).take(3) {
        println!("fib[{}] = {}", i, f);
    }
    let c27: Vec<u64> = Collatz { n: 27, done: false }.collect();
    println!("collatz(27): {} steps, max {:?}", c27.len() - 1, Collatz { n: 27, done: false }.max());
    let mut best = (0, 0);
    for start in 1..30u64 {
        let len = Collatz { n: start, done: false }.count();
        if len > best.1 { best = (start, len); }
    }
    println!("longest under 30: {:?}", best);
    let data = [3, 8, 2, 9, 4];
    for (a, b) in (Pairs { xs: &data, i: 0 }) {
        print!("{}{} ", if b > a { '+' } else { '-' }, (b - a).abs());
    }
    println!();
    let zipped: Vec<(u64, (i32, i32))> = Fib { a: 1, b: 1 }.zip(Pairs { xs: &data, i: 0 }).collect();
    println!("{:?}", zipped);
    let mut l = List::new();
    for v in 1..=6 { l.push_front(v * v); }
    println!("{:?} len={}", l.iter().collect::<Vec<i32>>(), l.len);
    l.reverse();
    println!("{:?} sum={}", l.iter().collect::<Vec<_>>(), l.iter().sum::<i32>());
    println!("{:?} {:?}", l.pop_front(), l.pop_front());
    let mut it = l.iter();
    while let Some(v) = it.next() { print!("<{}>", v); }
    println!();
    let mut w = Walker { it: Collatz { n: 6, done: false }, steps: 0 };
    while let Some(v) = w.it.next() { w.steps += 1; print!("{} ", v); }
    println!("({} values)", w.steps);
}
