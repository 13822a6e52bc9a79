// covers: Box<T>, recursive enum through Box (cons list), Box::new, matching on Box contents with &**, recursive functions over Box lists, building lists in loops, reversing a list by moving boxes, Option<Box<Node>> singly linked stack with push/pop/peek, take(), as_ref(), as_mut(), Box<i32> deref
// gc-stress: 50
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn list_len(l: &List) -> usize {
    match l {
        Cons(_, rest) => 1 + list_len(rest),
        Nil => 0,
    }
}

fn list_sum(l: &List) -> i64 {
    let mut cur = l;
    let mut s = 0i64;
    loop {
        match cur {
            Cons(v, rest) => {
                s += *v as i64;
                cur = &**rest;
            }
            Nil => break,
        }
    }
    s
}

fn from_range(lo: i32, hi: i32) -> List {
    let mut l = Nil;
    let mut i = hi;
    while i > lo {
        i -= 1;
        l = Cons(i, Box::new(l));
    }
    l
}

fn reverse(l: List) -> List {
    let mut acc = Nil;
    let mut cur = l;
    loop {
        match cur {
            Cons(v, rest) => {
                acc = Cons(v, Box::new(acc));
                cur = *rest;
            }
            Nil => break,
        }
    }
    acc
}

fn show(l: &List) -> String {
    let mut out = String::from("[");
    let mut cur = l;
    let mut first = true;
    while let Cons(v, rest) = cur {
        if !first {
            out.push_str(", ");
        }
        out.push_str(&v.to_string());
        first = false;
        cur = rest;
    }
    out.push(']');
    out
}

struct Node {
    value: String,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    size: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, size: 0 }
    }

    fn push(&mut self, value: String) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.size += 1;
    }

    fn pop(&mut self) -> Option<String> {
        match self.head.take() {
            Some(node) => {
                self.head = node.next;
                self.size -= 1;
                Some(node.value)
            }
            None => None,
        }
    }

    fn peek(&self) -> Option<&String> {
        match self.head.as_ref() {
            Some(node) => Some(&node.value),
            None => None,
        }
    }

    fn peek_mut(&mut self) -> Option<&mut String> {
        match self.head.as_mut() {
            Some(node) => Some(&mut node.value),
            None => None,
        }
    }

    fn contents(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.value.clone());
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let small = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("small = {:?}", small);
    println!("len {} sum {}", list_len(&small), list_sum(&small));

    let l = from_range(0, 10);
    println!("range list = {}", show(&l));
    let r = reverse(l);
    println!("reversed = {}", show(&r));
    println!("len {} sum {}", list_len(&r), list_sum(&r));

    let long = from_range(0, 20000);
    println!("long sum = {}", list_sum(&long));
    let long_rev = reverse(long);
    if let Cons(h, _) = &long_rev {
        println!("long reversed head = {}", h);
    }

    let b = Box::new(41);
    let c = *b + 1;
    println!("unboxed = {} boxed = {}", c, b);
    let mut bm = Box::new(vec![1, 2]);
    bm.push(3);
    println!("boxed vec = {:?} len {}", bm, bm.len());

    let mut st = Stack::new();
    for w in "one two three four".split_whitespace() {
        st.push(w.to_string());
    }
    println!("stack size {} peek {:?}", st.size, st.peek());
    if let Some(top) = st.peek_mut() {
        top.push_str("!!");
    }
    println!("contents {:?}", st.contents());
    println!("pop {:?}", st.pop());
    println!("pop {:?}", st.pop());
    println!("size {} contents {:?}", st.size, st.contents());
    while let Some(v) = st.pop() {
        println!("drained {}", v);
    }
    println!("pop empty {:?} peek empty {:?}", st.pop(), st.peek());
}
