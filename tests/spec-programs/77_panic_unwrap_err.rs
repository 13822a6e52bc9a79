// covers: panic from Result::unwrap on Err(String) (exit 101, message "called `Result::unwrap()` on an `Err` value: ..." with Debug-quoted string), a state machine enum with mem::replace transitions, impl Display for state, Vec<&str> command script, early error return
use std::fmt;
use std::mem;

#[derive(Debug)]
enum State {
    Idle,
    Loading { items: Vec<String> },
    Ready(Vec<String>),
    Closed,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "idle"),
            State::Loading { items } => write!(f, "loading({})", items.len()),
            State::Ready(v) => write!(f, "ready[{}]", v.join(",")),
            State::Closed => write!(f, "closed"),
        }
    }
}

struct Machine { state: State, steps: u32 }

impl Machine {
    fn handle(&mut self, cmd: &str) -> Result<(), String> {
        self.steps += 1;
        let old = mem::replace(&mut self.state, State::Closed);
        self.state = match (old, cmd) {
            (State::Idle, "start") => State::Loading { items: Vec::new() },
            (State::Loading { mut items }, c) if c.starts_with("add ") => {
                items.push(c[4..].to_string());
                State::Loading { items }
            }
            (State::Loading { items }, "finish") => State::Ready(items),
            (State::Ready(v), "reset") => { println!("  dropping {} items", v.len()); State::Idle }
            (State::Ready(_), "close") | (State::Idle, "close") => State::Closed,
            (s, c) => {
                let msg = format!("step {}: cannot '{}' while {}", self.steps, c, s);
                self.state = s;
                return Err(msg);
            }
        };
        Ok(())
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, steps: 0 };
    let script = ["start", "add apple", "add pear", "finish", "add kiwi", "reset", "start", "add fig", "finish", "close", "start"];
    for cmd in script.iter() {
        if let Err(e) = m.handle(cmd) {
            println!("  warn: {}", e);
            if m.steps > 8 {
                m.handle(cmd).unwrap();
            }
            continue;
        }
        println!("{:<10} -> {}", cmd, m.state);
    }
    println!("end {:?}", m.state);
}
