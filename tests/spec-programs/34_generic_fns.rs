// covers: generic functions largest<T: PartialOrd + Copy>, generic over &[T] with PartialEq (count, position), generic swap_pair, generic insertion sort on &mut [T] with T: PartialOrd + Copy, generic min_max returning tuple, T: Debug bound with {:?}, T: Clone bound, where clauses, explicit turbofish calls, generic fn calling generic fn, generic fn with two type params, monomorphisation over i32/f64/char/&str/String/structs, derive(PartialOrd) on a struct for generic comparisons
use std::fmt::Debug;

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs.iter() {
        if x > m {
            m = x;
        }
    }
    m
}

fn min_max<T: PartialOrd + Copy>(xs: &[T]) -> Option<(T, T)> {
    if xs.is_empty() {
        return None;
    }
    let mut lo = xs[0];
    let mut hi = xs[0];
    for i in 1..xs.len() {
        if xs[i] < lo {
            lo = xs[i];
        }
        if xs[i] > hi {
            hi = xs[i];
        }
    }
    Some((lo, hi))
}

fn count<T: PartialEq>(xs: &[T], target: &T) -> usize {
    let mut n = 0;
    for x in xs.iter() {
        if x == target {
            n += 1;
        }
    }
    n
}

fn position<T>(xs: &[T], target: &T) -> Option<usize>
where
    T: PartialEq,
{
    for (i, x) in xs.iter().enumerate() {
        if *x == *target {
            return Some(i);
        }
    }
    None
}

fn sort<T: PartialOrd + Copy>(xs: &mut [T]) {
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

fn is_sorted<T: PartialOrd>(xs: &[T]) -> bool {
    for i in 1..xs.len() {
        if xs[i - 1] > xs[i] {
            return false;
        }
    }
    true
}

fn swap_pair<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn show_all<T: Debug>(label: &str, xs: &[T]) {
    print!("{}:", label);
    for x in xs.iter() {
        print!(" {:?}", x);
    }
    println!();
}

fn repeat_vec<T: Clone>(x: &T, n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(x.clone());
    }
    v
}

fn dedup_sorted<T: PartialEq + Clone>(xs: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for x in xs.iter() {
        let same = !out.is_empty() && out[out.len() - 1] == *x;
        if !same {
            out.push(x.clone());
        }
    }
    out
}

fn sorted_copy<T: PartialOrd + Copy + Debug>(xs: &[T]) -> Vec<T> {
    let mut v = Vec::new();
    for x in xs.iter() {
        v.push(*x);
    }
    sort(&mut v);
    v
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Score {
    points: u32,
    id: u32,
}

fn main() {
    let ints = [34, 50, 25, 100, 65, -3];
    let floats = [0.5, -2.25, 8.0, 3.75];
    let chars = ['q', 'z', 'a', 'm'];
    let strs = ["pear", "apple", "zucchini", "fig"];
    println!("largest int {}", largest(&ints));
    println!("largest float {}", largest(&floats));
    println!("largest char {}", largest(&chars));
    println!("largest str {}", largest(&strs));
    println!("min_max ints {:?}", min_max(&ints));
    println!("min_max strs {:?}", min_max(&strs));
    let empty: [f64; 0] = [];
    println!("min_max empty {:?}", min_max(&empty));

    let data = vec![1, 3, 3, 7, 3, 9, 1];
    println!("count 3 = {}, count 8 = {}", count(&data, &3), count(&data, &8));
    println!("position 7 = {:?}, position 8 = {:?}", position(&data, &7), position(&data, &8));
    let names = vec![String::from("ann"), String::from("bob"), String::from("ann")];
    println!("count ann = {}, position bob = {:?}", count(&names, &String::from("ann")), position(&names, &"bob".to_string()));

    let mut v = data.clone();
    sort(&mut v);
    println!("sorted {:?} is_sorted {} (orig {})", v, is_sorted(&v), is_sorted(&data));
    println!("dedup {:?}", dedup_sorted(&v));
    let mut cs = chars;
    sort(&mut cs);
    println!("sorted chars {:?}", cs);
    println!("sorted strs {:?}", sorted_copy(&strs));
    println!("sorted floats {:?}", sorted_copy::<f64>(&floats));

    let scores = [
        Score { points: 30, id: 1 },
        Score { points: 50, id: 2 },
        Score { points: 30, id: 0 },
        Score { points: 10, id: 3 },
    ];
    println!("best score {:?}", largest(&scores));
    show_all("sorted scores", &sorted_copy(&scores));

    println!("swap {:?}", swap_pair((1, "one")));
    println!("swap {:?}", swap_pair::<char, f64>(('x', 0.5)));
    println!("repeat {:?}", repeat_vec(&String::from("ab"), 3));
    println!("repeat {:?}", repeat_vec(&(1, 'x'), 2));
    show_all("ints", &ints);
    show_all("names", &names);
    println!("dedup strs {:?}", dedup_sorted(&["a", "a", "b", "c", "c", "c"]));
}
