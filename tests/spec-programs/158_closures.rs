// covers: closure expressions with and without annotations, captures by reference, by mutable reference and by move, calling closures held in locals and parameters, generic functions with Fn/FnMut/FnOnce bounds and impl Fn arguments, closures returning closures' results, ? inside a closure
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn repeat<F>(n: usize, mut f: F)
where
    F: FnMut(usize),
{
    for i in 0..n {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C, x: A) -> C {
    g(f(x))
}

fn parse_all(items: &[&str]) -> Result<Vec<i32>, String> {
    let parse = |s: &str| -> Result<i32, String> {
        let n: i32 = s.trim().parse().map_err_str()?;
        Ok(n * 10)
    };
    let mut out = Vec::new();
    for s in items {
        out.push(parse(s)?);
    }
    Ok(out)
}

trait MapErrStr<T> {
    fn map_err_str(self) -> Result<T, String>;
}
impl<T> MapErrStr<T> for Result<T, std::num::ParseIntError> {
    fn map_err_str(self) -> Result<T, String> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(format!("bad number: {}", e)),
        }
    }
}

fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("add: {}", add(2, 3));
    let offset = 100;
    let shift = |x| x + offset;
    println!("shift: {} {}", shift(1), apply(shift, 5));
    println!("twice: {}", apply_twice(|x| x * 3, 2));
    let mut counter = 0;
    let mut bump = || {
        counter += 1;
        counter * 10
    };
    let a = bump();
    let b = bump();
    println!("bump: {} {} counter={}", a, b, counter);
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("seen: {:?}", seen);
    let name = String::from("world");
    let greet = move || format!("hello, {}", name);
    println!("{}", consume(greet));
    let mut total = 5;
    let mut add_to = move |x: i32| {
        total += x;
        total
    };
    println!("moved copy: {} {} outer={}", add_to(1), add_to(2), total);
    println!("compose: {}", compose(|x: i32| x + 1, |y: i32| format!("<{}>", y), 41));
    let unit = || println!("no arguments");
    unit();
    let nested = |x: i32| {
        let inner = |y: i32| y * offset;
        inner(x) + 1
    };
    println!("nested: {}", nested(3));
    println!("{:?}", parse_all(&["1", " 2", "3 "]));
    println!("{:?}", parse_all(&["1", "x"]));
    let pick = |flag: bool| if flag { "yes" } else { "no" };
    println!("{} {}", pick(true), pick(false));
}
