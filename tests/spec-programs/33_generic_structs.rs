// covers: generic structs Stack<T>, Pair<A, B>, Grid<T>, impl<T> blocks, impl<T: Bound> blocks, generic methods returning Option<T> and Option<&T>, generic struct with Vec<T> field, derive on generic structs, generic enum (own Maybe<T>, Tree<T>), methods using T: Clone/Copy/PartialOrd/Debug bounds, turbofish Stack::<i32>::new(), monomorphisation at several types
#[derive(Debug, Clone)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        if self.items.is_empty() {
            None
        } else {
            Some(&self.items[self.items.len() - 1])
        }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Clone> Stack<T> {
    fn dup(&mut self) -> bool {
        let top = match self.peek() {
            Some(t) => t.clone(),
            None => return false,
        };
        self.push(top);
        true
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<A, B> {
    first: A,
    second: B,
}

impl<A: Copy, B: Copy> Pair<A, B> {
    fn new(first: A, second: B) -> Pair<A, B> {
        Pair { first, second }
    }

    fn swap(self) -> Pair<B, A> {
        Pair { first: self.second, second: self.first }
    }
}

impl<T: PartialOrd + Copy> Pair<T, T> {
    fn max(&self) -> T {
        if self.first > self.second { self.first } else { self.second }
    }
}

struct Grid<T> {
    w: usize,
    h: usize,
    cells: Vec<T>,
}

impl<T: Copy + std::fmt::Debug> Grid<T> {
    fn new(w: usize, h: usize, fill: T) -> Grid<T> {
        Grid { w, h, cells: vec![fill; w * h] }
    }

    fn get(&self, x: usize, y: usize) -> Option<T> {
        if x < self.w && y < self.h { Some(self.cells[y * self.w + x]) } else { None }
    }

    fn set(&mut self, x: usize, y: usize, v: T) {
        if x < self.w && y < self.h {
            self.cells[y * self.w + x] = v;
        }
    }

    fn print(&self) {
        for y in 0..self.h {
            let mut row = Vec::new();
            for x in 0..self.w {
                row.push(format!("{:?}", self.cells[y * self.w + x]));
            }
            println!("  {}", row.join(" "));
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T: Copy> Maybe<T> {
    fn or(&self, d: T) -> T {
        match self {
            Maybe::Just(v) => *v,
            Maybe::Nothing => d,
        }
    }
}

#[derive(Debug)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

impl<T: Copy + PartialOrd> Tree<T> {
    fn max(&self) -> T {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => {
                let a = l.max();
                let b = r.max();
                if a > b { a } else { b }
            }
        }
    }

    fn leaves(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Node(l, r) => l.leaves() + r.leaves(),
        }
    }
}

fn main() {
    let mut s = Stack::<i32>::new();
    for i in 1..=5 {
        s.push(i * i);
    }
    println!("stack {:?} len {} peek {:?}", s, s.len(), s.peek());
    s.dup();
    println!("after dup {:?}", s.items);
    let mut popped = Vec::new();
    while let Some(x) = s.pop() {
        popped.push(x);
    }
    println!("popped {:?} empty {} dup on empty {}", popped, s.is_empty(), s.dup());

    let mut words: Stack<String> = Stack::new();
    words.push(String::from("generic"));
    words.push(String::from("stack"));
    words.dup();
    println!("words {:?}", words);
    let top = words.pop().unwrap();
    println!("popped {} remaining {}", top, words.len());

    let mut nested: Stack<Stack<char>> = Stack::new();
    let mut inner = Stack::new();
    inner.push('a');
    inner.push('b');
    nested.push(inner.clone());
    inner.pop();
    nested.push(inner);
    println!("nested {:?}", nested);

    let p = Pair::new(3, 'z');
    let q = p.swap();
    println!("{:?} swapped {:?}", p, q);
    let nums = Pair::new(2.5, -7.0);
    println!("max of {:?} = {}", nums, nums.max());
    println!("max of ints = {}", Pair::new(10u8, 200u8).max());
    println!("pair eq {}", Pair::new(1, 2) == Pair { first: 1, second: 2 });
    let pp = Pair::new(Pair::new(1, 2), "label");
    println!("pair of pair {:?}", pp);

    let mut g = Grid::new(4, 3, 0u8);
    g.set(1, 1, 7);
    g.set(3, 2, 9);
    g.set(9, 9, 1);
    println!("grid get {:?} {:?} {:?}", g.get(1, 1), g.get(0, 0), g.get(4, 0));
    g.print();
    let mut gb = Grid::new(3, 2, false);
    gb.set(2, 0, true);
    gb.print();

    let a: Maybe<i64> = Maybe::Just(5);
    let b: Maybe<i64> = Maybe::Nothing;
    println!("{:?} {:?} -> {} {}", a, b, a.or(0), b.or(-1));
    println!("maybe eq {}", Maybe::Just('x') == Maybe::Just('x'));

    let t = Tree::Node(
        Box::new(Tree::Leaf(3.5)),
        Box::new(Tree::Node(Box::new(Tree::Leaf(9.25)), Box::new(Tree::Leaf(-1.0)))),
    );
    println!("tree max {} leaves {}", t.max(), t.leaves());
    let ti = Tree::Node(Box::new(Tree::Leaf(4)), Box::new(Tree::Leaf(2)));
    println!("int tree {:?} max {}", ti, ti.max());
}
