// covers: discrete event simulation with derived Ord on struct/enum used for ordered insertion, Display for events, while-let with tuple pattern (Some, false)
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Kind { Arrive { customer: u32 }, StartService { customer: u32, teller: usize }, Depart { customer: u32, teller: usize } }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Event { time: u64, seq: u64, kind: Kind }

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:>4}] ", self.time)?;
        match self.kind {
            Kind::Arrive { customer } => write!(f, "customer {} arrives", customer),
            Kind::StartService { customer, teller } => write!(f, "teller {} serves {}", teller, customer),
            Kind::Depart { customer, teller } => write!(f, "customer {} leaves teller {}", customer, teller),
        }
    }
}

struct Sim { queue: Vec<Event>, seq: u64, waiting: Vec<(u32, u64)>, busy: [bool; 2], waits: Vec<u64>, log: Vec<String> }

impl Sim {
    fn schedule(&mut self, time: u64, kind: Kind) {
        self.seq += 1;
        let ev = Event { time, seq: self.seq, kind };
        let mut pos = self.queue.len();
        for (i, e) in self.queue.iter().enumerate() { if ev < *e { pos = i; break; } }
        self.queue.insert(pos, ev);
    }
    fn next_event(&mut self) -> Option<Event> {
        if self.queue.is_empty() { None } else { Some(self.queue.remove(0)) }
    }
    fn free_teller(&self) -> Option<usize> {
        for (i, b) in self.busy.iter().enumerate() { if !*b { return Some(i); } }
        None
    }
    fn run(&mut self) -> u64 {
        let mut now = 0;
        while let Some(ev) = self.next_event() {
            now = ev.time;
            self.log.push(ev.to_string());
            match ev.kind {
                Kind::Arrive { customer } => {
                    self.waiting.push((customer, now));
                }
                Kind::StartService { customer, teller } => {
                    let dur = 3 + (customer as u64 * 7) % 11;
                    self.schedule(now + dur, Kind::Depart { customer, teller });
                }
                Kind::Depart { teller, .. } => { self.busy[teller] = false; }
            }
            while let (Some(t), false) = (self.free_teller(), self.waiting.is_empty()) {
                let (c, arrived) = self.waiting.remove(0);
                self.busy[t] = true;
                self.waits.push(now - arrived);
                self.schedule(now, Kind::StartService { customer: c, teller: t });
            }
        }
        now
    }
}

fn main() {
    let mut sim = Sim { queue: vec![], seq: 0, waiting: vec![], busy: [false; 2], waits: vec![], log: vec![] };
    let arrivals = [0u64, 2, 3, 4, 9, 10, 10, 11, 25, 26];
    for (i, &t) in arrivals.iter().enumerate() { sim.schedule(t, Kind::Arrive { customer: i as u32 + 1 }); }
    let end = sim.run();
    for line in sim.log.iter() { println!("{}", line); }
    let total: u64 = sim.waits.iter().sum();
    let worst = sim.waits.iter().max().copied().unwrap_or(0);
    println!("end={} served={} total_wait={} worst={} avg={:.3}", end, sim.waits.len(), total, worst, total as f64 / sim.waits.len() as f64);
}
