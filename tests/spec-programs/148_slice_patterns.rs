// covers: slice patterns on slices and arrays: [], [x], [a, b], [first, .., last] with a guard, [head, tail @ ..] in recursion, byte-string prefixes [b'G', b'E', b'T', b' ', path @ ..], irrefutable let [a, b, c] = array and let [x, mid @ .., z] (mid an array), &mut array of rows destructured, if let on as_slice()/as_mut_slice() with mem::swap of the ends; a struct declared in a fn body with the name of a crate-level enum used in that fn's signature
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Dot,
    Line(u32),
}

fn measure(s: &Shape) -> u32 {
    struct Shape {
        scale: u32,
    }
    let local = Shape { scale: 3 };
    match s {
        crate::Shape::Dot => local.scale,
        crate::Shape::Line(n) => n * local.scale,
    }
}

fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one {}", x),
        [a, b] => format!("pair {}+{}={}", a, b, a + b),
        [first, .., last] if first == last => format!("bookends {} (len {})", first, v.len()),
        [first, rest @ ..] => format!("{} then {:?}", first, rest),
    }
}

fn total(v: &[i64]) -> i64 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + total(tail),
    }
}

fn outer_pair(words: &[String]) -> Option<(&str, &str)> {
    match words {
        [] => None,
        [only] => Some((only.as_str(), only.as_str())),
        [first, .., last] => Some((first.as_str(), last.as_str())),
    }
}

fn route(req: &[u8]) -> String {
    match req {
        [b'G', b'E', b'T', b' ', path @ ..] => format!("get {}", String::from_utf8_lossy(path)),
        [b'P', b'U', b'T', b' ', rest @ ..] if rest.len() > 3 => format!("put {} bytes", rest.len()),
        [first, ..] => format!("unknown method starting with {:?}", *first as char),
        [] => "empty request".to_string(),
    }
}

fn main() {
    println!("{} {}", measure(&Shape::Dot), measure(&Shape::Line(5)));
    let samples: Vec<Vec<i32>> = vec![vec![], vec![7], vec![2, 5], vec![4, 0, 4], vec![1, 2, 3, 4]];
    for s in &samples {
        println!("{}", describe(s));
    }
    println!("{}", total(&[1, 2, 3, 4, 5, 6]));
    let arr = [10, 20, 30];
    let [a, b, c] = arr;
    let [x, mid @ .., z] = [1u8, 2, 3, 4, 5];
    println!("{} {} {} | {} {:?} {} {}", a, b, c, x, mid, z, mid.len());
    let mut grid = [[0; 3]; 2];
    let [top, bottom] = &mut grid;
    top[1] = 5;
    bottom[2] = 7;
    println!("{:?}", grid);
    let mut words: Vec<String> = Vec::new();
    for w in "alpha beta gamma".split(' ') {
        words.push(w.to_string());
    }
    println!("{:?} {:?} {:?}", outer_pair(&words), outer_pair(&words[1..2]), outer_pair(&[]));
    for r in [&b"GET /index.html"[..], b"PUT data", b"PUT", b"", b"DELETE /x"].iter() {
        println!("{}", route(r));
    }
    let pairs = vec![(1, 'a'), (2, 'b')];
    if let [(n, ch), ..] = pairs.as_slice() {
        println!("{} {}", n, ch);
    }
    let mut nums = vec![5, 6, 7, 8];
    if let [first, .., last] = nums.as_mut_slice() {
        std::mem::swap(first, last);
    }
    println!("{:?}", nums);
}
