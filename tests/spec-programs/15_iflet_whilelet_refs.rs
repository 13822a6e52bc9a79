// covers: if let, if let ... else, else if let, while let with Option-returning method, ref and ref mut bindings, & patterns in match and let, &mut references, dereference *, references to struct fields, match on references, Option<&T>, function returning &mut into its argument
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    End,
}

struct ArrayStack {
    data: [i64; 16],
    len: usize,
}

impl ArrayStack {
    fn new() -> ArrayStack {
        ArrayStack { data: [0; 16], len: 0 }
    }

    fn push(&mut self, v: i64) -> bool {
        if self.len == 16 {
            return false;
        }
        self.data[self.len] = v;
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Option<i64> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(self.data[self.len])
        }
    }

    fn peek(&self) -> Option<&i64> {
        if self.len == 0 { None } else { Some(&self.data[self.len - 1]) }
    }
}

struct Walker {
    n: u64,
}

impl Walker {
    fn next(&mut self) -> Option<u64> {
        if self.n == 1 {
            return None;
        }
        self.n = if self.n % 2 == 0 { self.n / 2 } else { 3 * self.n + 1 };
        Some(self.n)
    }
}

fn bump(x: &mut i32) {
    *x += 10;
}

fn larger_slot(p: &mut (i32, i32)) -> &mut i32 {
    if p.0 >= p.1 { &mut p.0 } else { &mut p.1 }
}

fn main() {
    // if let
    let tokens = [Token::Num(12), Token::Op('+'), Token::Num(30), Token::Op('*'), Token::End];
    for i in 0..tokens.len() {
        if let Token::Num(n) = tokens[i] {
            println!("number {}", n);
        } else if let Token::Op(c) = tokens[i] {
            println!("operator {}", c);
        } else {
            println!("end token {:?}", tokens[i]);
        }
    }

    // RPN evaluation with while let draining the stack
    let program = [Token::Num(3), Token::Num(4), Token::Op('+'), Token::Num(5), Token::Op('*'), Token::Num(2), Token::Op('-')];
    let mut st = ArrayStack::new();
    for i in 0..program.len() {
        match program[i] {
            Token::Num(n) => {
                st.push(n);
            }
            Token::Op(op) => {
                let b = st.pop().unwrap();
                let a = st.pop().unwrap();
                let r = match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => 0,
                };
                st.push(r);
            }
            Token::End => {}
        }
    }
    if let Some(top) = st.peek() {
        println!("peek = {}", top);
    }
    for k in 0..3 {
        st.push(k * 100);
    }
    print!("drain:");
    while let Some(v) = st.pop() {
        print!(" {}", v);
    }
    println!();
    println!("peek empty is_none = {}", st.peek().is_none());

    let mut w = Walker { n: 6 };
    let mut steps = 0;
    while let Some(v) = w.next() {
        steps += 1;
        if v > 10 {
            print!("[{}]", v);
        }
    }
    println!(" steps = {}", steps);

    // ref and ref mut
    let mut pair = (4, 5);
    {
        let (ref s, ref mut n) = pair;
        *n += *s;
    }
    println!("pair.1 = {}", pair.1);
    let opt: Option<(i32, i32)> = Some((2, 3));
    match opt {
        Some((ref a, ref b)) => println!("ref match {} {}", a, b),
        None => println!("none"),
    }
    let mut maybe = Some(41);
    if let Some(ref mut v) = maybe {
        *v += 1;
    }
    println!("maybe = {:?}", maybe);

    // & patterns
    let values = [3, -1, 4, -1, 5];
    let mut positives = 0;
    for i in 0..values.len() {
        match &values[i] {
            &v if v > 0 => positives += v,
            &_ => {}
        }
    }
    println!("sum of positives = {}", positives);
    let rp = &(7, 'q');
    let &(num, ch) = rp;
    println!("destructured ref: {} {}", num, ch);

    // &mut and deref
    let mut counter = 1;
    bump(&mut counter);
    bump(&mut counter);
    println!("counter = {}", counter);
    let r = &mut counter;
    *r *= 3;
    println!("counter = {}", counter);
    let mut slots = (10, 20);
    *larger_slot(&mut slots) += 5;
    *larger_slot(&mut slots) -= 100;
    println!("slots = {:?}", slots);
    let a = 10;
    let rr = &&a;
    println!("double ref = {}", **rr + 1);
}
