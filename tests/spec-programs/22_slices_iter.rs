// covers: slicing &v[a..b], &v[..n], &v[n..], &v[..], &[T] parameters, &mut [T] parameters, slice len/is_empty, iter(), iter().enumerate(), into_iter(), iter().rev(), for over &v and &mut v, *x deref in loops, insertion sort by hand on &mut [i32], binary search by hand, slice of arrays, swap on slices, for x in &mut slice, Vec<String> into_iter().rev()
fn sum(xs: &[i64]) -> i64 {
    let mut s = 0;
    for x in xs.iter() {
        s += *x;
    }
    s
}

fn max_index(xs: &[i64]) -> Option<usize> {
    if xs.is_empty() {
        return None;
    }
    let mut best = 0;
    for (i, x) in xs.iter().enumerate() {
        if *x > xs[best] {
            best = i;
        }
    }
    Some(best)
}

fn insertion_sort(xs: &mut [i64]) {
    for i in 1..xs.len() {
        let key = xs[i];
        let mut j = i;
        while j > 0 && xs[j - 1] > key {
            xs[j] = xs[j - 1];
            j -= 1;
        }
        xs[j] = key;
    }
}

fn binary_search(xs: &[i64], target: i64) -> Option<usize> {
    let mut lo = 0;
    let mut hi = xs.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if xs[mid] == target {
            return Some(mid);
        } else if xs[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn reverse_in_place(xs: &mut [i64]) {
    if xs.len() < 2 {
        return;
    }
    let mut i = 0;
    let mut j = xs.len() - 1;
    while i < j {
        xs.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn scale(xs: &mut [i64], k: i64) {
    for x in xs {
        *x *= k;
    }
}

fn add_one(xs: &mut Vec<i64>) {
    for x in xs {
        *x += 1;
    }
}

fn main() {
    let mut v: Vec<i64> = vec![31, -4, 15, 9, 26, -5, 35, 8, 97, 9, 3];
    println!("v = {:?}", v);
    println!("sum all = {} sum [2..5] = {}", sum(&v), sum(&v[2..5]));
    println!("head = {:?} tail = {:?} full len = {}", &v[..3], &v[8..], v[..].len());
    println!("max_index = {:?}, of empty = {:?}", max_index(&v), max_index(&v[3..3]));

    insertion_sort(&mut v[..6]);
    println!("first 6 sorted = {:?}", v);
    insertion_sort(&mut v);
    println!("sorted = {:?}", v);
    for t in [9, 35, 10, -5].iter() {
        println!("search {} -> {:?}", t, binary_search(&v, *t));
    }

    reverse_in_place(&mut v[1..4]);
    println!("reverse [1..4] = {:?}", v);
    scale(&mut v[7..], -1);
    println!("scale tail = {:?}", v);
    add_one(&mut v);
    println!("add one = {:?}", v);

    for (i, x) in v.iter().enumerate() {
        if i % 4 == 0 {
            println!("v[{}] = {}", i, x);
        }
    }
    print!("rev:");
    for x in v.iter().rev() {
        print!(" {}", x);
    }
    println!();

    let words = vec!["zeta", "alpha", "mu"];
    for w in &words {
        print!("{} ", w);
    }
    println!("({} words)", words.len());

    let mut total_len = 0;
    for w in words.into_iter() {
        total_len += w.len();
    }
    println!("total_len = {}", total_len);

    let mut counts = vec![0usize; 5];
    for c in &mut counts {
        *c += 2;
    }
    for i in 0..counts.len() {
        counts[i] *= i;
    }
    println!("counts = {:?}", counts);

    let arr = [1i64, 2, 3, 4, 5, 6];
    println!("array slice sum = {}", sum(&arr[1..=4]));
    let mut owned: Vec<i64> = Vec::new();
    for x in arr[2..].iter() {
        owned.push(*x);
    }
    println!("copied = {:?}", owned);
    let chunk = &arr[..];
    println!("chunk len {} empty {}", chunk.len(), chunk[..0].is_empty());

    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    for (r, row) in matrix.iter().enumerate() {
        let mut s = 0;
        for x in row.iter() {
            s += x;
        }
        println!("row {} sum {}", r, s);
    }
    let moved: Vec<String> = vec![String::from("a"), String::from("bb")];
    for s in moved.into_iter().rev() {
        println!("owned string {} len {}", s, s.len());
    }
}
