// macro_rules! in expression and statement position: several rules tried in order,
// recursive macros (max! of many arguments, counting tokens), macros calling other macros,
// macros inside println! arguments, literal, ident, tt and block fragments, and `let`
// bindings of a macro body that must not capture the caller's variables of the same name.

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! describe {
    (zero) => { "nothing" };
    (one $x:literal) => { concat_like($x, "single") };
    ($name:ident = $v:expr) => { format!("{} is {}", stringify_ident(stringify_name!($name)), $v) };
    ($($other:tt)*) => { "something else" };
}

macro_rules! stringify_name {
    ($i:ident) => { IdentName { name: NAMES[0] } };
}

struct IdentName {
    name: &'static str,
}

const NAMES: [&str; 1] = ["a name"];

fn stringify_ident(n: IdentName) -> String {
    n.name.to_string()
}

fn concat_like(a: i32, b: &str) -> String {
    format!("{}-{}", a, b)
}

macro_rules! add_all {
    ($($x:expr),* $(,)?) => { 0 $(+ $x)* };
}

macro_rules! with_block {
    ($b:block) => {{
        let r = $b;
        r * 10
    }};
}

macro_rules! swap_vals {
    ($a:ident, $b:ident) => {
        let tmp = $a;
        $a = $b;
        $b = tmp;
    };
}

macro_rules! min_of {
    ($a:expr, $b:expr) => {
        if $a < $b { $a } else { $b }
    };
}

macro_rules! twice {
    ($e:expr) => {
        square!($e) + square!($e)
    };
}

macro_rules! neg_lit {
    ($l:literal) => { $l };
}

macro_rules! unit_stmt {
    ($v:ident += $n:expr) => { $v = $v + $n; };
}

struct Point {
    x: i32,
    y: i32,
}

macro_rules! make_point {
    ($a:expr, $b:expr) => {{
        let x = $b;
        let y = $a;
        Point { x, y: y }
    }};
}

fn main() {
    println!("square(7) = {}", square!(7));
    // Precedence is kept: (2 + 3) * (2 + 3).
    println!("square(2 + 3) = {}", square!(2 + 3));
    println!("max = {}", max!(3, 9, 4, 1));
    println!("max single = {}", max!(42));
    let v = vec![5, 17, 2];
    println!("max of vec items = {}", max!(v[0], v[1], v[2], 11));
    println!("count = {}", count!(a b c d e));
    println!("count empty = {}", count!());
    println!("{}", describe!(zero));
    println!("{}", describe!(one 5));
    println!("{}", describe!(x = 3 + 4));
    println!("{}", describe!(what ever 1 2));
    println!("add_all = {}", add_all!(1, 2, 3, 4,));
    println!("add_all empty = {}", add_all!());
    println!("with_block = {}", with_block!({ let q = 4; q + 1 }));
    let mut a = 1;
    let mut b = 2;
    swap_vals!(a, b);
    println!("after swap: a={} b={}", a, b);
    println!("min = {}", min_of!(a * 10, b * 10));
    println!("twice(3) = {}", twice!(3));
    println!("neg = {}", neg_lit!(-12));
    let mut total = 0;
    for i in 1..=4 {
        unit_stmt!(total += i * i);
    }
    println!("total = {}", total);
    let s = format!("{}|{}", square!(3), max!(1, 2));
    println!("{}", s);
    assert_eq!(square!(4), 16);
    assert!(max!(1, 5, 2) == 5, "max is wrong");
    let nested = max!(square!(3), count!(x y), twice!(2));
    println!("nested = {}", nested);
    let t = if count!(a b) == 2 { "two" } else { "not two" };
    println!("{}", t);
    // max! binds `a` and `b` itself: the caller's `a` and `b` stay the caller's.
    let a = 2;
    let b = 30;
    println!("max(b, a, 7) = {}", max!(b, a, 7));
    println!("max(a, b) = {}", max!(a, b));
    let r = with_block!({ let r = a + b; r });
    println!("r = {}", r);
    let v = make_point!(a, b);
    println!("point = ({}, {})", v.x, v.y);
}

