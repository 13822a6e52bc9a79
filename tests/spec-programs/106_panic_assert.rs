// covers: assert!/assert_eq!/assert_ne! that pass (with and without messages), then a failing assert! with a formatted message inside a constructor (exit 101), interval merging via sorted (i32, i32) keys and last_mut with a match guard
#[derive(Debug, Clone, Copy, PartialEq)]
struct Interval { lo: i32, hi: i32 }

impl Interval {
    fn new(lo: i32, hi: i32) -> Interval {
        assert!(lo <= hi, "invalid interval: lo {} > hi {}", lo, hi);
        Interval { lo, hi }
    }
    fn len(&self) -> u32 { (self.hi - self.lo) as u32 }
    fn overlaps(&self, o: &Interval) -> bool { self.lo < o.hi && o.lo < self.hi }
}

fn merge(mut v: Vec<Interval>) -> Vec<Interval> {
    let mut keyed: Vec<(i32, i32)> = Vec::new();
    for iv in &v { keyed.push((iv.lo, iv.hi)); }
    keyed.sort();
    v.clear();
    for (lo, hi) in keyed {
        match v.last_mut() {
            Some(last) if lo <= last.hi => { if hi > last.hi { last.hi = hi; } }
            _ => v.push(Interval::new(lo, hi)),
        }
    }
    v
}

fn main() {
    let raw = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)];
    let mut ivs = Vec::new();
    for &(a, b) in raw.iter() { ivs.push(Interval::new(a, b)); }
    let merged = merge(ivs.clone());
    println!("{:?}", merged);
    let total: u32 = { let mut t = 0; for m in &merged { t += m.len(); } t };
    assert_eq!(total, 5 + 2 + 5, "coverage mismatch");
    assert!(merged.len() < ivs.len());
    assert_ne!(merged[0], ivs[0]);
    println!("covered {} units in {} intervals", total, merged.len());
    println!("overlap (1,3)/(2,6): {}", ivs[0].overlaps(&ivs[1]));
    let user_input = [(4, 7), (10, 2), (0, 0)];
    for (lo, hi) in user_input {
        let iv = Interval::new(lo, hi);
        println!("accepted {:?} len {}", iv, iv.len());
    }
}
