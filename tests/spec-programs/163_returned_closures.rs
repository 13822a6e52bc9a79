// covers: functions returning impl Fn/FnMut closures (make_adder, a counter generator, composition), impl Iterator in return position (a filtered and mapped chain, a range), returned closures capturing by move, closures stored and called later, Box<dyn Fn> returned from a function
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut next = start;
    move || {
        let cur = next;
        next += step;
        cur
    }
}

fn compose<F: Fn(i32) -> i32, G: Fn(i32) -> i32>(f: F, g: G) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

fn greeting(name: &str) -> impl Fn(&str) -> String {
    let owned = name.to_string();
    move |greet| format!("{}, {}!", greet, owned)
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn squares_of<'a>(v: &'a [i64]) -> impl Iterator<Item = i64> + 'a {
    v.iter().map(|x| x * x)
}

fn digits() -> impl Iterator<Item = char> {
    ('0'..='9').rev()
}

fn pick_op(name: &str) -> Box<dyn Fn(i64, i64) -> i64> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(move |a, _| a),
    }
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {} {}", add5(1), add10(1), add5(add10(100)));
    let mut c = make_counter(3, 4);
    let firsts: Vec<u32> = (0..5).map(|_| c()).collect();
    println!("{:?} then {}", firsts, c());
    let inc_then_double = compose(|x| x + 1, |x| x * 2);
    let double_then_inc = compose(|x| x * 2, |x| x + 1);
    println!("{} {}", inc_then_double(7), double_then_inc(7));
    let hello = greeting("ferris");
    println!("{} / {}", hello("hello"), hello("goodbye"));
    let e: Vec<u32> = evens(11).collect();
    println!("{:?} sum={}", e, evens(100).sum::<u32>());
    let data = vec![3, -4, 5];
    println!("{:?}", squares_of(&data).collect::<Vec<i64>>());
    let s: String = digits().take(4).collect();
    println!("{}", s);
    for name in ["add", "mul", "first"] {
        let op = pick_op(name);
        println!("{} -> {}", name, op(6, 7));
    }
}
