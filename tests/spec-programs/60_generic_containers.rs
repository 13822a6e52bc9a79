// covers: generic Stack<T> and Queue<T> on Vec, impl<T> blocks, impl<T: Display> with where clause, generic fn with trait bounds T: PartialOrd + Copy, Option<&T> peek, while let with pop, generic trait impl for containers, turbofish constructors, Default derive, Clone bound, generic pair swap, monomorphisation over i32/String/char/tuple
use std::fmt::Display;
use std::fmt::Debug;

#[derive(Debug, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, x: T) { self.items.push(x); }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn len(&self) -> usize { self.items.len() }
    fn is_empty(&self) -> bool { self.items.is_empty() }
}

impl<T> Stack<T>
where
    T: Display,
{
    fn render(&self) -> String {
        let mut s = String::from("[");
        for (i, x) in self.items.iter().enumerate() {
            if i > 0 { s.push_str(", "); }
            s += &format!("{}", x);
        }
        s.push(']');
        s
    }
}

struct Queue<T> {
    data: Vec<T>,
    head: usize,
}

impl<T: Clone + Debug> Queue<T> {
    fn new() -> Queue<T> { Queue { data: Vec::new(), head: 0 } }
    fn enqueue(&mut self, x: T) { self.data.push(x); }
    fn dequeue(&mut self) -> Option<T> {
        if self.head < self.data.len() {
            let v = self.data[self.head].clone();
            self.head += 1;
            if self.head > 4 && self.head * 2 > self.data.len() {
                self.data = self.data[self.head..].to_vec();
                self.head = 0;
            }
            Some(v)
        } else {
            None
        }
    }
    fn size(&self) -> usize { self.data.len() - self.head }
    fn dump(&self) { println!("queue {:?} (head {})", &self.data[self.head..], self.head); }
}

trait Container {
    fn count(&self) -> usize;
    fn summary(&self) -> String { format!("container with {} items", self.count()) }
}

impl<T> Container for Stack<T> {
    fn count(&self) -> usize { self.len() }
}

impl<T: Clone + Debug> Container for Queue<T> {
    fn count(&self) -> usize { self.size() }
    fn summary(&self) -> String { format!("queue of {}", self.size()) }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    m
}

fn describe_all<C: Container>(cs: &[C]) -> usize {
    let mut t = 0;
    for c in cs { println!("  {}", c.summary()); t += c.count(); }
    t
}

fn swap_pair<A, B>(p: (A, B)) -> (B, A) { (p.1, p.0) }

fn main() {
    let mut s = Stack::<i32>::new();
    for i in 1..=5 { s.push(i * i); }
    println!("{} len={} peek={:?}", s.render(), s.len(), s.peek());
    while let Some(top) = s.pop() {
        print!("{} ", top);
    }
    println!("| empty={}", s.is_empty());
    let mut words: Stack<String> = Stack::new();
    for w in "the quick brown fox".split_whitespace() { words.push(w.to_uppercase()); }
    println!("{}", words.render());
    let mut d: Stack<char> = Default::default();
    d.push('z');
    println!("{:?} {}", d, d.summary());
    let mut q: Queue<(u8, &str)> = Queue::new();
    for (i, name) in ["ann", "bob", "cy", "dee", "eve", "fay", "gus"].iter().enumerate() {
        q.enqueue((i as u8, name));
    }
    for _ in 0..5 { println!("served {:?}", q.dequeue().unwrap()); }
    q.dump();
    q.enqueue((99, "zed"));
    q.dump();
    println!("{}", q.summary());
    while let Some((n, who)) = q.dequeue() { println!("late {} {}", n, who); }
    println!("{:?}", q.dequeue());
    println!("{} {} {}", largest(&[3, 9, -2, 7]), largest(&[1.5, -0.5, 0.25]), largest(&['q', 'z', 'a']));
    println!("{:?}", swap_pair((1, "one")));
    let stacks = vec![Stack { items: vec![1, 2] }, Stack { items: vec![3] }, Stack::new()];
    println!("total {}", describe_all(&stacks));
}
