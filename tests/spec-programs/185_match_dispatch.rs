// covers: matches of 16 or more arms on an enum, which the translator lowers to one switch on the tag: variants with tuple, struct and no fields, guards that fall through to a later arm of the same variant, or-patterns, a catch-all binding before later arms, auto-deref through & and &&, explicit and negative discriminants, tags no arm before `_` names
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Nop,
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Dup,
    Swap,
    Jump(usize),
    JumpIfZero(usize),
    Load { slot: usize },
    Store { slot: usize },
    Print,
    Halt,
    Mark(u8),
    Skip,
}

#[derive(Clone, Copy, Debug)]
enum Level {
    Low = -3,
    Mid = 10,
    High = 1000,
    A = 2000,
    B,
    C,
    D = 7,
    E,
    F,
    G = 40,
    H,
    I,
    J,
    K,
    L,
    M,
}

fn cost(op: &Op) -> i64 {
    match op {
        Op::Nop => 0,
        Op::Push(n) if *n > 100 => 3,
        Op::Pop => 1,
        Op::Add | Op::Sub => 2,
        Op::Mul => 4,
        Op::Div => 9,
        Op::Neg => 1,
        Op::Dup => 1,
        Op::Swap => 2,
        Op::Jump(t) if *t == 0 => 5,
        Op::JumpIfZero(_) => 3,
        Op::Load { slot } if *slot < 4 => 2,
        Op::Load { .. } => 6,
        Op::Store { slot } => 2 + *slot as i64,
        Op::Print => 10,
        Op::Halt => 0,
        Op::Push(n) => 1 + n % 3,
        other => 100 + format!("{:?}", other).len() as i64,
    }
}

fn by_ref_ref(op: &&Op) -> &'static str {
    match op {
        Op::Nop => "nop",
        Op::Push(_) => "push",
        Op::Pop => "pop",
        Op::Add => "add",
        Op::Sub => "sub",
        Op::Mul => "mul",
        Op::Div => "div",
        Op::Neg => "neg",
        Op::Dup => "dup",
        Op::Swap => "swap",
        Op::Jump(_) | Op::JumpIfZero(_) => "jump",
        Op::Load { .. } => "load",
        Op::Store { .. } => "store",
        Op::Print => "print",
        Op::Halt => "halt",
        _ => "other",
    }
}

fn level_name(l: Level) -> (i64, char) {
    let c = match l {
        Level::Low => 'l',
        Level::Mid => 'm',
        Level::High => 'h',
        Level::A => 'a',
        Level::B => 'b',
        Level::C => 'c',
        Level::D => 'd',
        Level::E => 'e',
        Level::F => 'f',
        Level::G => 'g',
        Level::H => 'H',
        Level::I => 'i',
        Level::J => 'j',
        Level::K => 'k',
        Level::L => 'L',
        Level::M => 'M',
    };
    (l as i64, c)
}

fn run(code: &[Op]) -> Vec<i64> {
    let mut stack: Vec<i64> = Vec::new();
    let mut slots = [0i64; 8];
    let mut out = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < code.len() && steps < 1000 {
        steps += 1;
        let op = code[pc];
        pc += 1;
        match op {
            Op::Nop | Op::Mark(_) | Op::Skip => {}
            Op::Push(n) => stack.push(n),
            Op::Pop => {
                stack.pop();
            }
            Op::Add => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a + b);
            }
            Op::Sub => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a - b);
            }
            Op::Mul => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a * b);
            }
            Op::Div => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(if b == 0 { 0 } else { a / b });
            }
            Op::Neg => {
                let a = stack.pop().unwrap();
                stack.push(-a);
            }
            Op::Dup => {
                let a = *stack.last().unwrap();
                stack.push(a);
            }
            Op::Swap => {
                let n = stack.len();
                stack.swap(n - 1, n - 2);
            }
            Op::Jump(t) => pc = t,
            Op::JumpIfZero(t) => {
                if stack.pop().unwrap() == 0 {
                    pc = t;
                }
            }
            Op::Load { slot } => stack.push(slots[slot]),
            Op::Store { slot } => slots[slot] = stack.pop().unwrap(),
            Op::Print => out.push(*stack.last().unwrap()),
            Op::Halt => break,
        }
    }
    out
}

fn main() {
    // Counts down from 5, printing each value and the running product.
    let code = vec![
        Op::Push(5),
        Op::Store { slot: 0 },
        Op::Push(1),
        Op::Store { slot: 1 },
        Op::Mark(1),
        Op::Load { slot: 0 },
        Op::JumpIfZero(20),
        Op::Load { slot: 1 },
        Op::Load { slot: 0 },
        Op::Mul,
        Op::Dup,
        Op::Store { slot: 1 },
        Op::Print,
        Op::Pop,
        Op::Load { slot: 0 },
        Op::Push(1),
        Op::Sub,
        Op::Store { slot: 0 },
        Op::Skip,
        Op::Jump(5),
        Op::Push(7),
        Op::Push(3),
        Op::Swap,
        Op::Div,
        Op::Neg,
        Op::Print,
        Op::Halt,
        Op::Print,
    ];
    println!("{:?}", run(&code));
    let mut total = 0;
    for op in &code {
        let c = cost(op);
        total += c;
        println!("{:<20} {:>4} {}", format!("{:?}", op), c, by_ref_ref(&op));
    }
    for op in [Op::Push(500), Op::Jump(0), Op::Jump(3), Op::Load { slot: 6 }, Op::Store { slot: 5 }, Op::Nop, Op::Add] {
        total += cost(&op);
        println!("{:?} {} {}", op, cost(&op), by_ref_ref(&&op));
    }
    println!("total cost {}", total);
    let levels = [
        Level::Low, Level::Mid, Level::High, Level::A, Level::B, Level::C, Level::D, Level::E,
        Level::F, Level::G, Level::H, Level::I, Level::J, Level::K, Level::L, Level::M,
    ];
    let mut s = String::new();
    let mut sum = 0;
    for l in levels.iter().rev() {
        let (v, c) = level_name(*l);
        sum += v;
        s.push(c);
    }
    println!("{} {} {:?}", s, sum, levels[6]);
}
