// macro_rules! repetitions: separators (`,` `;` `=>`), `*`, `+` and `?`, nested repetitions,
// map and vec literal macros, matrices, keyword-style arguments and trailing separators.
// Ends with an index panic inside a macro body: rustc reports the invocation's location.
use std::collections::BTreeMap;
use std::collections::HashMap;

macro_rules! hashmap {
    () => { HashMap::new() };
    ($($k:expr => $v:expr),+ $(,)?) => {{
        let mut m = HashMap::new();
        $( m.insert($k, $v); )+
        m
    }};
}

macro_rules! btree {
    ($($k:expr => $v:expr);* $(;)?) => {{
        let mut m = BTreeMap::new();
        $( m.insert($k, $v); )*
        m
    }};
}

macro_rules! my_vec {
    () => { Vec::new() };
    ($elem:expr; $n:expr) => { vec![$elem; $n] };
    ($($x:expr),+ $(,)?) => {{
        let mut v = Vec::new();
        $( v.push($x); )+
        v
    }};
}

macro_rules! matrix {
    ($([$($x:expr),*]),* $(,)?) => {
        vec![$(vec![$($x),*]),*]
    };
}

macro_rules! sum_rows {
    ($($($x:expr)+);+) => {
        [$(0 $(+ $x)+),+]
    };
}

macro_rules! pairs {
    ($($a:ident : $t:ty = $v:expr),*) => {{
        let mut out: Vec<String> = Vec::new();
        $(
            let $a: $t = $v;
            out.push(format!("{}={:?}", stringify_str(&[stringify_tok!($a), "_"]), $a));
        )*
        out
    }};
}

macro_rules! stringify_tok {
    ($i:ident) => { "v" };
}

fn stringify_str(parts: &[&str]) -> String {
    parts.join("")
}

macro_rules! opt_default {
    ($name:ident $(= $d:expr)?) => {{
        let mut x = 0;
        $( x = $d; )?
        (stringify_tok!($name), x)
    }};
}

macro_rules! call_each {
    ($($f:ident($($arg:expr),*));* $(;)?) => {
        vec![$($f($($arg),*)),*]
    };
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn neg(a: i32) -> i32 {
    -a
}
fn zero() -> i32 {
    0
}

macro_rules! tuple_list {
    ($(($a:expr, $b:expr)),*) => {
        [$($a * $b),*]
    };
}

macro_rules! chain {
    ($first:expr $(, $op:tt $rest:expr)*) => {{
        let mut acc = $first;
        $( acc = apply(acc, stringify_op!($op), $rest); )*
        acc
    }};
}

macro_rules! stringify_op {
    (+) => { '+' };
    (-) => { '-' };
    (*) => { '*' };
}

fn apply(a: i64, op: char, b: i64) -> i64 {
    match op {
        '+' => a + b,
        '-' => a - b,
        _ => a * b,
    }
}

macro_rules! at {
    ($v:expr, $i:expr) => {
        $v[$i]
    };
}

fn main() {
    let ages: HashMap<&str, u32> = hashmap! {
        "ann" => 31,
        "bob" => 27,
        "cid" => 45,
    };
    let mut names: Vec<_> = ages.keys().cloned().collect();
    names.sort();
    for n in &names {
        println!("{} is {}", n, ages[n]);
    }
    let empty: HashMap<i32, i32> = hashmap!();
    println!("empty len {}", empty.len());

    let scores = btree! { 3 => "c"; 1 => "a"; 2 => "b"; };
    println!("{:?}", scores);

    let v1: Vec<i32> = my_vec![1, 2, 3];
    let v2: Vec<i32> = my_vec![7; 4];
    let v3: Vec<String> = my_vec![String::from("x"), "y".to_string(),];
    let v4: Vec<u8> = my_vec![];
    println!("{:?} {:?} {:?} {:?}", v1, v2, v3, v4);

    let m = matrix![[1, 2, 3], [4, 5, 6], [], [7]];
    println!("{:?}", m);
    let rows = sum_rows!(1 2 3; 10 20; 100);
    println!("{:?}", rows);

    let p = pairs!(a: i32 = 5, b: &str = "hi", c: f64 = 1.5);
    println!("{:?}", p);

    println!("{:?} {:?}", opt_default!(x), opt_default!(y = 9));

    let results = call_each!(add(1, 2); neg(5); zero(););
    println!("{:?}", results);
    println!("{:?}", tuple_list!((1, 2), (3, 4), (5, 6)));
    println!("chain = {}", chain!(2, + 3, * 4, - 5));
    println!("chain one = {}", chain!(7));
    println!("at = {}", at!(v1, 2));
    println!("at = {}", at!(v1, 2 + results.len()));
}
