// covers: std::mem::replace on struct fields and enum state, std::mem::swap on Vecs and struct fields, moving out of &mut via replace, double buffering, state machine with owned data in enum variants, Vec<String> ownership moves, String moved into/out of enums
use std::mem;

#[derive(Debug)]
enum State {
    Idle,
    Collecting(Vec<String>),
    Done { words: Vec<String>, total_len: usize },
}

struct Machine {
    state: State,
    log: Vec<String>,
}

impl Machine {
    fn new() -> Machine {
        Machine { state: State::Idle, log: Vec::new() }
    }

    fn feed(&mut self, word: &str) {
        let old = mem::replace(&mut self.state, State::Idle);
        self.state = match old {
            State::Idle => {
                self.log.push(format!("start with {}", word));
                State::Collecting(vec![word.to_string()])
            }
            State::Collecting(mut ws) => {
                if word == "end" {
                    let mut total = 0;
                    for w in ws.iter() {
                        total += w.len();
                    }
                    self.log.push(format!("finish after {} words", ws.len()));
                    State::Done { words: ws, total_len: total }
                } else {
                    ws.push(word.to_string());
                    State::Collecting(ws)
                }
            }
            State::Done { words, total_len } => {
                self.log.push(format!("ignored {} (done)", word));
                State::Done { words, total_len }
            }
        };
    }

    fn reset(&mut self) -> State {
        mem::replace(&mut self.state, State::Idle)
    }
}

struct Buffers {
    front: Vec<u32>,
    back: Vec<u32>,
    name: String,
    alias: String,
}

fn step(src: &Vec<u32>, dst: &mut Vec<u32>) {
    dst.clear();
    for i in 0..src.len() {
        let left = if i == 0 { 0 } else { src[i - 1] };
        let right = if i + 1 == src.len() { 0 } else { src[i + 1] };
        dst.push((left + src[i] * 2 + right) % 1000);
    }
}

fn main() {
    let mut m = Machine::new();
    let input = "alpha beta gamma end delta";
    for w in input.split_whitespace() {
        m.feed(w);
        match &m.state {
            State::Idle => println!("{} -> idle", w),
            State::Collecting(ws) => println!("{} -> collecting {:?}", w, ws),
            State::Done { words, total_len } => println!("{} -> done {} words, {} chars", w, words.len(), total_len),
        }
    }
    for entry in m.log.iter() {
        println!("log: {}", entry);
    }
    let final_state = m.reset();
    println!("taken state = {:?}", final_state);
    println!("after reset = {:?}", m.state);

    let mut b = Buffers {
        front: vec![1, 0, 0, 5, 0, 0, 0, 9],
        back: Vec::new(),
        name: String::from("front"),
        alias: String::from("back"),
    };
    for gen in 0..5 {
        step(&b.front, &mut b.back);
        mem::swap(&mut b.front, &mut b.back);
        println!("gen {} {:?}", gen + 1, b.front);
    }
    mem::swap(&mut b.name, &mut b.alias);
    println!("names swapped: {} {}", b.name, b.alias);

    let mut v = vec![String::from("x"), String::from("y"), String::from("z")];
    let old = mem::replace(&mut v[1], String::from("Y!"));
    println!("replaced {} -> {:?}", old, v);
    let mut counter = 10;
    let prev = mem::replace(&mut counter, 99);
    println!("prev {} now {}", prev, counter);
    let mut a = vec![1, 2, 3];
    let mut c = vec![9];
    mem::swap(&mut a, &mut c);
    println!("a {:?} c {:?}", a, c);
    let taken = mem::replace(&mut a, Vec::new());
    println!("taken {:?} left {:?}", taken, a);
}
