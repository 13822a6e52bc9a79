// covers: panic from unreachable!() with a formatted message naming a bound variable (exit 101, internal error: entered unreachable code: ...), state machine over match on (enum, enum) tuples with wildcard and binding arms, enumerate over an array of Copy enums
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light { Red, Green, Yellow, Flashing }

#[derive(Debug, Clone, Copy)]
enum Event { Timer, Fault, Reset }

fn step(s: Light, e: Event) -> Light {
    match (s, e) {
        (_, Event::Fault) => Light::Flashing,
        (Light::Flashing, Event::Reset) => Light::Red,
        (Light::Flashing, Event::Timer) => Light::Flashing,
        (Light::Red, Event::Timer) => Light::Green,
        (Light::Green, Event::Timer) => Light::Yellow,
        (Light::Yellow, Event::Timer) => Light::Red,
        (state, Event::Reset) => unreachable!("reset while {:?}: resets only happen after a fault", state),
    }
}

fn duration(s: Light) -> u32 {
    match s {
        Light::Red => 30,
        Light::Green => 25,
        Light::Yellow => 5,
        Light::Flashing => 1,
    }
}

fn main() {
    let events = [Event::Timer, Event::Timer, Event::Timer, Event::Fault, Event::Timer, Event::Reset, Event::Timer, Event::Reset];
    let mut s = Light::Red;
    let mut clock = 0;
    for (i, &e) in events.iter().enumerate() {
        clock += duration(s);
        let next = step(s, e);
        println!("t={:>3} #{} {:?} + {:?} -> {:?}", clock, i, s, e, next);
        s = next;
    }
    println!("final {:?}", s);
}
