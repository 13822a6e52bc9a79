// covers: panic on integer division by zero in a method (exit 101, attempt to divide by zero), histogram with Vec<(u32, i64)> buckets, String += &format!, repeat, checked_div/checked_rem before the panic, print! without newline before the panic
struct Histogram { buckets: Vec<(u32, i64)>, width: i64 }

impl Histogram {
    fn new(n: usize, width: i64) -> Self { Histogram { buckets: vec![(0, 0); n], width } }
    fn add(&mut self, x: i64) {
        let idx = (x / self.width) as usize;
        if idx < self.buckets.len() {
            self.buckets[idx].0 += 1;
            self.buckets[idx].1 += x;
        }
    }
    fn mean(&self, i: usize) -> i64 {
        let (count, sum) = self.buckets[i];
        sum / count as i64
    }
    fn render(&self) -> String {
        let mut s = String::new();
        for (i, (c, _)) in self.buckets.iter().enumerate() {
            s += &format!("[{:>3}-{:<3}) {}\n", i as i64 * self.width, (i as i64 + 1) * self.width, "#".repeat(*c as usize));
        }
        s
    }
}

fn main() {
    let mut h = Histogram::new(5, 20);
    let samples = [3, 17, 25, 31, 39, 44, 12, 8, 97, 85, 88, 19, 150, -4];
    for &x in samples.iter() { h.add(x); }
    print!("{}", h.render());
    println!("checked: {:?} {:?}", 10i64.checked_div(0), 10i64.checked_rem(3));
    for i in 0..h.buckets.len() {
        print!("bucket {} mean: ", i);
        println!("{}", h.mean(i));
    }
}
