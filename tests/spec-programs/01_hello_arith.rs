// covers: println, i32 arithmetic, let, let mut, compound assignment, integer division and remainder, negative numbers, inline captured args
fn main() {
    println!("Hello, Pyrite!");
    let a: i32 = 17;
    let b: i32 = 5;
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} / {} = {}", a, b, a / b);
    println!("{} % {} = {}", a, b, a % b);

    let c = -17;
    println!("{} / {} = {}", c, b, c / b);
    println!("{} % {} = {}", c, b, c % b);
    println!("-c = {}", -c);

    let mut x = 10;
    x += 5;
    println!("x += 5 -> {}", x);
    x -= 3;
    println!("x -= 3 -> {}", x);
    x *= 4;
    println!("x *= 4 -> {}", x);
    x /= 6;
    println!("x /= 6 -> {}", x);
    x %= 5;
    println!("x %= 5 -> {}", x);

    let sum = a + b * 2 - (c + 3) / 2;
    println!("precedence: {sum}");
    let y = 3;
    println!("captured: a={a} y={y}");
    println!("{{literal braces}} {}", y * y);
    println!();
    println!("done");
}
