// covers: match on integer literals, ranges 1..=5, char ranges, or-patterns a | b, bindings x @ 1..=9, guards if, tuple patterns, nested struct patterns, enum patterns with nested data, wildcard _ and .., match as expression, match on bool, match on &str, negative literal patterns, binding with @ on enum
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Msg {
    Move(Pt),
    Write(char, u8),
    Color { r: u8, g: u8, b: u8 },
    Nop,
}

fn describe_num(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        10 | 20 | 30 => "round",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn char_kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        _ => "other",
    }
}

fn bucket(n: u32) -> u32 {
    match n {
        d @ 1..=9 => d * 100,
        t @ 10..=99 if t % 11 == 0 => t * 10,
        t @ 10..=99 => t,
        big => big / 100,
    }
}

fn quadrant(p: Pt) -> &'static str {
    match (p.x > 0, p.y > 0) {
        _ if p.x == 0 || p.y == 0 => "axis",
        (true, true) => "I",
        (false, true) => "II",
        (false, false) => "III",
        (true, false) => "IV",
    }
}

fn fizz(n: u32) -> u32 {
    match (n % 3, n % 5) {
        (0, 0) => 15,
        (0, _) => 3,
        (_, 0) => 5,
        _ => 0,
    }
}

fn msg_cost(m: Msg) -> i32 {
    match m {
        Msg::Move(Pt { x: 0, y: 0 }) => 0,
        Msg::Move(Pt { x, y: 0 }) => x.abs(),
        Msg::Move(Pt { x, y }) if x == y => 2 * x.abs(),
        Msg::Move(Pt { x, y }) => x.abs() + y.abs(),
        Msg::Write(c @ 'a'..='z', n) => (c as i32 - 'a' as i32) * n as i32,
        Msg::Write(_, n) => n as i32,
        Msg::Color { r: 255, g, b } => 1000 + g as i32 + b as i32,
        Msg::Color { r, .. } => r as i32,
        Msg::Nop => -1,
    }
}

fn command(word: &str) -> i32 {
    match word {
        "start" | "go" => 1,
        "stop" => 2,
        "" => 0,
        _ => -1,
    }
}

fn main() {
    let nums = [-5, 0, 2, 7, 20, 44, 51, i32::MIN];
    for i in 0..nums.len() {
        println!("{} -> {}", nums[i], describe_num(nums[i]));
    }

    let chars = ['e', 'k', 'Q', '4', ' ', '#'];
    for i in 0..chars.len() {
        println!("{:?} -> {}", chars[i], char_kind(chars[i]));
    }

    let ns = [5u32, 33, 47, 1234];
    for i in 0..ns.len() {
        println!("bucket({}) = {}", ns[i], bucket(ns[i]));
    }

    let pts = [Pt { x: 1, y: 2 }, Pt { x: -1, y: 2 }, Pt { x: -3, y: -3 }, Pt { x: 5, y: -1 }, Pt { x: 0, y: 7 }];
    for i in 0..pts.len() {
        println!("{:?} in quadrant {}", pts[i], quadrant(pts[i]));
    }

    let mut fz = 0;
    for n in 1..=30 {
        fz += fizz(n);
    }
    println!("fizz sum = {}", fz);

    let msgs = [
        Msg::Move(Pt { x: 0, y: 0 }),
        Msg::Move(Pt { x: -7, y: 0 }),
        Msg::Move(Pt { x: 4, y: 4 }),
        Msg::Move(Pt { x: 3, y: -8 }),
        Msg::Write('d', 5),
        Msg::Write('Z', 9),
        Msg::Color { r: 255, g: 1, b: 2 },
        Msg::Color { r: 17, g: 1, b: 2 },
        Msg::Nop,
    ];
    for i in 0..msgs.len() {
        println!("cost of {:?} = {}", msgs[i], msg_cost(msgs[i]));
    }

    let flag = nums.len() > 3;
    let label = match flag {
        true => "long",
        false => "short",
    };
    println!("label = {}", label);

    let words = ["go", "stop", "", "jump", "start"];
    let mut total = 0;
    for i in 0..words.len() {
        total = total * 10 + command(words[i]);
    }
    println!("command code = {}", total);

    let whole = Msg::Write('x', 3);
    match whole {
        m @ Msg::Write(..) => println!("matched whole message {:?}", m),
        _ => println!("no"),
    }

    let triple = (1, (2, 3), [4, 5]);
    let (a, (_, c), arr) = triple;
    match arr[0] + a {
        5 => println!("five with c={}", c),
        _ => println!("not five"),
    }
    let neg = -3;
    match neg {
        -3 => println!("minus three"),
        _ => println!("other"),
    }
}
