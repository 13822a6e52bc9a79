// covers: hand-written binary min-heap of (u32, String) tuples using tuple ordering, while-let pop loop, tuple sort and cmp
#[derive(Debug)]
struct MinHeap { data: Vec<(u32, String)> }

impl MinHeap {
    fn new() -> Self { MinHeap { data: Vec::new() } }
    fn len(&self) -> usize { self.data.len() }
    fn push(&mut self, item: (u32, String)) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else { break; }
        }
    }
    fn pop(&mut self) -> Option<(u32, String)> {
        if self.data.is_empty() { return None; }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < n && self.data[l] < self.data[m] { m = l; }
            if r < n && self.data[r] < self.data[m] { m = r; }
            if m == i { break; }
            self.data.swap(i, m);
            i = m;
        }
        top
    }
    fn peek(&self) -> Option<&(u32, String)> { self.data.first() }
}

fn main() {
    let mut h = MinHeap::new();
    let tasks = [(5, "write docs"), (1, "fix crash"), (3, "review"), (1, "deploy"), (4, "lunch"), (2, "email"), (3, "refactor")];
    for (p, name) in tasks { h.push((p, name.to_string())); }
    println!("size {} peek {:?}", h.len(), h.peek());
    let mut order = Vec::new();
    while let Some((p, name)) = h.pop() {
        println!("{:>2} | {:<12}|", p, name);
        order.push(name);
        if p == 3 && h.len() == 2 { h.push((0, String::from("urgent"))); }
    }
    println!("{}", order.concat().len());
    println!("{:?}", h.pop());
    let mut t = vec![(2, "b".to_string()), (1, "z".to_string()), (2, "a".to_string())];
    t.sort();
    println!("{:?}", t);
    println!("{}", (1, "b") < (1, "c"));
    println!("{:?}", (3u8, 'x', -1i16).cmp(&(3, 'x', 0)));
}
