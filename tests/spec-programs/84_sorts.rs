// covers: generic quick sort (Lomuto, recursion on &mut v[..k] / &mut v[k+1..]), merge sort returning Vec<T>, heap sort with sift_down, insertion sort on &mut Vec<T>, all over T: PartialOrd + Copy; windows(2) sortedness check, T: Debug printing, LCG test data, derive(PartialOrd) struct keys, tuples, floats, chars, u64 extremes, empty Vec
use std::fmt::Debug;

fn quick_sort<T: PartialOrd + Copy>(v: &mut [T]) {
    if v.len() <= 1 {
        return;
    }
    let last = v.len() - 1;
    v.swap(v.len() / 2, last);
    let pivot = v[last];
    let mut store = 0;
    for i in 0..last {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    quick_sort(&mut v[..store]);
    quick_sort(&mut v[store + 1..]);
}

fn merge_sort<T: PartialOrd + Copy>(v: &[T]) -> Vec<T> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let mid = v.len() / 2;
    let a = merge_sort(&v[..mid]);
    let b = merge_sort(&v[mid..]);
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] { out.push(b[j]); j += 1; } else { out.push(a[i]); i += 1; }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn sift_down<T: PartialOrd + Copy>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end { break; }
        if child + 1 < end && v[child] < v[child + 1] { child += 1; }
        if v[root] < v[child] {
            v.swap(root, child);
            root = child;
        } else {
            break;
        }
    }
}

fn heap_sort<T: PartialOrd + Copy>(v: &mut [T]) {
    let n = v.len();
    for i in (0..n / 2).rev() { sift_down(v, i, n); }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

fn insertion_sort<T: PartialOrd + Copy>(v: &mut Vec<T>) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

fn is_sorted<T: PartialOrd>(v: &[T]) -> bool {
    for w in v.windows(2) {
        if w[0] > w[1] { return false; }
    }
    true
}

fn check<T: PartialOrd + Copy + Debug>(label: &str, data: &[T]) {
    let mut q = data.to_vec();
    quick_sort(&mut q);
    let m = merge_sort(data);
    let mut h = data.to_vec();
    heap_sort(&mut h);
    let mut ins = data.to_vec();
    insertion_sort(&mut ins);
    let agree = q == m && m == h && h == ins;
    println!("{:<7} sorted={} agree={} first={:?} last={:?}", label, is_sorted(&q), agree, q.first(), q.last());
    if data.len() <= 12 { println!("        {:?}", q); }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Version { major: u8, minor: u8, patch: u16 }

fn main() {
    let mut seed: u32 = 12345;
    let mut nums = Vec::new();
    for _ in 0..500 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
        nums.push(((seed >> 16) % 1000) as i32 - 500);
    }
    check("ints", &nums);
    let mut std_sorted = nums.clone();
    std_sorted.sort();
    println!("std agrees: {}", merge_sort(&nums) == std_sorted);
    check("small", &[5, 3, 9, 1, 1, 0, -4, 8]);
    check("floats", &[3.5, -1.25, 2.0, 0.0, -0.5, 10.75, 2.0]);
    check("chars", &['z', 'e', 'b', 'r', 'a', 'q']);
    check("u64s", &[u64::MAX, 0, 1 << 40, 7, 1 << 63]);
    check("empty", &Vec::<u8>::new());
    let vs = [
        Version { major: 1, minor: 2, patch: 3 },
        Version { major: 0, minor: 9, patch: 12 },
        Version { major: 1, minor: 2, patch: 0 },
        Version { major: 1, minor: 10, patch: 1 },
    ];
    check("vers", &vs);
    let pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')];
    check("pairs", &pairs);
}
