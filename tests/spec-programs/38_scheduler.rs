// covers: combined 31-38 features: generic binary heap MinHeap<T: PartialOrd + Clone> inside a module with pub fns and private field, Vec<Box<dyn Policy>> strategies selected at runtime, trait default method overridden in one impl, &dyn Trait parameter via Box::as_ref, impl Display for a struct, generic fn heap_sort over T: PartialOrd + Clone at several types, derive(PartialOrd) on a struct with a tuple key, tuple comparison, while let draining, simulation loop
mod heap {
    pub struct MinHeap<T> {
        data: Vec<T>,
    }

    impl<T: PartialOrd + Clone> MinHeap<T> {
        pub fn new() -> MinHeap<T> {
            MinHeap { data: Vec::new() }
        }

        pub fn len(&self) -> usize {
            self.data.len()
        }

        pub fn push(&mut self, x: T) {
            self.data.push(x);
            let mut i = self.data.len() - 1;
            while i > 0 {
                let p = (i - 1) / 2;
                if self.data[i] < self.data[p] {
                    self.data.swap(i, p);
                    i = p;
                } else {
                    break;
                }
            }
        }

        pub fn pop(&mut self) -> Option<T> {
            if self.data.is_empty() {
                return None;
            }
            let last = self.data.len() - 1;
            self.data.swap(0, last);
            let top = self.data.pop();
            let n = self.data.len();
            let mut i = 0;
            loop {
                let l = 2 * i + 1;
                let r = l + 1;
                let mut m = i;
                if l < n && self.data[l] < self.data[m] {
                    m = l;
                }
                if r < n && self.data[r] < self.data[m] {
                    m = r;
                }
                if m == i {
                    break;
                }
                self.data.swap(i, m);
                i = m;
            }
            top
        }
    }
}

use heap::MinHeap;
use std::fmt;

#[derive(Debug, Clone)]
struct Job {
    id: u32,
    arrival: u32,
    length: u32,
    priority: u32,
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "job#{}(arr={}, len={}, pri={})", self.id, self.arrival, self.length, self.priority)
    }
}

trait Policy {
    fn name(&self) -> String;
    // smaller key runs first; ties broken by id
    fn key(&self, job: &Job) -> (u32, u32);
    fn describe(&self) -> String {
        format!("policy {}", self.name())
    }
}

struct Fifo;
struct ShortestFirst;
struct ByPriority {
    aging: u32,
}

impl Policy for Fifo {
    fn name(&self) -> String {
        "FIFO".to_string()
    }
    fn key(&self, job: &Job) -> (u32, u32) {
        (job.arrival, job.id)
    }
}

impl Policy for ShortestFirst {
    fn name(&self) -> String {
        "SJF".to_string()
    }
    fn key(&self, job: &Job) -> (u32, u32) {
        (job.length, job.id)
    }
}

impl Policy for ByPriority {
    fn name(&self) -> String {
        format!("PRIO(aging={})", self.aging)
    }
    fn key(&self, job: &Job) -> (u32, u32) {
        (job.priority * 100 + job.arrival / self.aging, job.id)
    }
    fn describe(&self) -> String {
        format!("priority policy with aging {}", self.aging)
    }
}

#[derive(Clone, PartialEq, PartialOrd)]
struct Entry {
    key: (u32, u32),
    index: usize,
}

fn simulate(policy: &dyn Policy, jobs: &[Job]) -> (u32, u32, Vec<u32>) {
    let mut heap: MinHeap<Entry> = MinHeap::new();
    let mut time = 0;
    let mut next = 0;
    let mut order = Vec::new();
    let mut total_wait = 0;
    let mut max_wait = 0;
    while next < jobs.len() || heap.len() > 0 {
        while next < jobs.len() && jobs[next].arrival <= time {
            heap.push(Entry { key: policy.key(&jobs[next]), index: next });
            next += 1;
        }
        match heap.pop() {
            Some(e) => {
                let j = &jobs[e.index];
                let wait = time - j.arrival;
                total_wait += wait;
                if wait > max_wait {
                    max_wait = wait;
                }
                order.push(j.id);
                time += j.length;
            }
            None => time = jobs[next].arrival,
        }
    }
    (total_wait, max_wait, order)
}

fn heap_sort<T: PartialOrd + Clone>(xs: &[T]) -> Vec<T> {
    let mut h = MinHeap::new();
    for x in xs.iter() {
        h.push(x.clone());
    }
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    out
}

fn main() {
    let mut jobs = Vec::new();
    let mut seed: u32 = 7;
    let mut arrival = 0;
    for id in 0..12u32 {
        seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
        arrival += (seed >> 28) % 4;
        let length = 1 + (seed >> 20) % 9;
        let priority = (seed >> 12) % 3;
        jobs.push(Job { id, arrival, length, priority });
    }
    for j in jobs.iter() {
        println!("{}", j);
    }
    let policies: Vec<Box<dyn Policy>> = vec![Box::new(Fifo), Box::new(ShortestFirst), Box::new(ByPriority { aging: 4 })];
    for p in policies.iter() {
        let (total, max, order) = simulate(p.as_ref(), &jobs);
        println!("{:<16} total wait {:>4} max wait {:>3} order {:?}", p.name(), total, max, order);
        println!("  ({})", p.describe());
    }
    println!("heap sort ints {:?}", heap_sort(&[5, 3, 9, 1, 1, 8, -2]));
    println!("heap sort strs {:?}", heap_sort(&["pear", "fig", "apple", "kiwi"]));
    println!("heap sort floats {:?}", heap_sort(&[2.5, -1.0, 0.0, 10.25]));
}
