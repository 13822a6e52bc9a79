// covers: Vec<Box<dyn Employee>> with a supertrait Named, default methods calling supertrait and overridden methods, ordering trait objects by sorting Vec<(u32, usize)> key/index pairs then rebuilding the Vec through Option<Box<dyn Trait>> slots, sorting Vec<(String, usize)>, Option<&dyn Trait> via as_ref, Display for a struct of trait objects, aggregating into Vec<(&str, u32)> with iter_mut
// pairs, then reordering; supertraits, default methods, and downcast-free dispatch by kind().
use std::fmt;

trait Named {
    fn name(&self) -> String;
}

trait Employee: Named {
    fn monthly_cost(&self) -> u32;
    fn kind(&self) -> &'static str;
    fn seniority(&self) -> u8 { 0 }
    fn summary(&self) -> String {
        format!("{:<8} {:<10} {:>6} s{}", self.kind(), self.name(), self.monthly_cost(), self.seniority())
    }
}

struct Engineer { name: String, level: u8 }
struct Manager { name: String, reports: Vec<String> }
struct Contractor { name: String, hours: u32, rate: u32 }

impl Named for Engineer { fn name(&self) -> String { self.name.clone() } }
impl Named for Manager { fn name(&self) -> String { format!("{}*", self.name) } }
impl Named for Contractor { fn name(&self) -> String { self.name.to_uppercase() } }

impl Employee for Engineer {
    fn monthly_cost(&self) -> u32 { 5000 + 1500 * self.level as u32 }
    fn kind(&self) -> &'static str { "engineer" }
    fn seniority(&self) -> u8 { self.level }
}
impl Employee for Manager {
    fn monthly_cost(&self) -> u32 { 7000 + 300 * self.reports.len() as u32 }
    fn kind(&self) -> &'static str { "manager" }
    fn seniority(&self) -> u8 { 3 + self.reports.len() as u8 }
}
impl Employee for Contractor {
    fn monthly_cost(&self) -> u32 { self.hours * self.rate }
    fn kind(&self) -> &'static str { "contract" }
    fn summary(&self) -> String { format!("{:<8} {:<10} {:>6} ({}h @ {})", self.kind(), self.name(), self.monthly_cost(), self.hours, self.rate) }
}

struct Team { members: Vec<Box<dyn Employee>> }

impl fmt::Display for Team {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, m) in self.members.iter().enumerate() {
            writeln!(f, "{:>2}. {}", i + 1, m.summary())?;
        }
        write!(f, "total {}", self.total())
    }
}

impl Team {
    fn total(&self) -> u32 {
        let mut t = 0;
        for m in &self.members { t += m.monthly_cost(); }
        t
    }
    fn order_by_cost_desc(&self) -> Vec<usize> {
        let mut keyed: Vec<(u32, usize)> = Vec::new();
        for (i, m) in self.members.iter().enumerate() {
            keyed.push((u32::MAX - m.monthly_cost(), i));
        }
        keyed.sort();
        let mut order = Vec::new();
        for (_, i) in keyed { order.push(i); }
        order
    }
    fn reorder(&mut self, order: &[usize]) {
        let mut slots: Vec<Option<Box<dyn Employee>>> = Vec::new();
        for m in self.members.drain_into_options() { slots.push(m); }
        for &i in order { self.members.push(slots[i].take().unwrap()); }
    }
    fn by_name(&self) -> Vec<String> {
        let mut keyed: Vec<(String, usize)> = Vec::new();
        for (i, m) in self.members.iter().enumerate() { keyed.push((m.name().to_lowercase(), i)); }
        keyed.sort();
        let mut v = Vec::new();
        for (k, i) in &keyed { v.push(format!("{}@{}", k, i)); }
        v
    }
}

trait DrainIntoOptions { fn drain_into_options(&mut self) -> Vec<Option<Box<dyn Employee>>>; }
impl DrainIntoOptions for Vec<Box<dyn Employee>> {
    fn drain_into_options(&mut self) -> Vec<Option<Box<dyn Employee>>> {
        let mut out = Vec::new();
        while let Some(b) = self.pop() { out.push(Some(b)); }
        out.reverse();
        out
    }
}

fn cheapest(members: &[Box<dyn Employee>]) -> Option<&dyn Employee> {
    let mut best: Option<&dyn Employee> = None;
    for m in members {
        let better = match best { None => true, Some(b) => m.monthly_cost() < b.monthly_cost() };
        if better { best = Some(m.as_ref()); }
    }
    best
}

fn main() {
    let mut team = Team { members: vec![
        Box::new(Engineer { name: "grace".into(), level: 3 }),
        Box::new(Contractor { name: "linus".into(), hours: 60, rate: 120 }),
        Box::new(Manager { name: "ada".into(), reports: vec!["grace".into(), "ken".into()] }),
        Box::new(Engineer { name: "ken".into(), level: 1 }),
        Box::new(Contractor { name: "bjarne".into(), hours: 100, rate: 95 }),
    ] };
    println!("{}", team);
    let order = team.order_by_cost_desc();
    println!("order: {:?}", order);
    team.reorder(&order);
    println!("{}", team);
    println!("names: {:?}", team.by_name());
    if let Some(c) = cheapest(&team.members) { println!("cheapest: {}", c.summary()); }
    let mut kinds: Vec<(&str, u32)> = Vec::new();
    for m in &team.members {
        let k = m.kind();
        let mut found = false;
        for e in kinds.iter_mut() { if e.0 == k { e.1 += m.monthly_cost(); found = true; } }
        if !found { kinds.push((k, m.monthly_cost())); }
    }
    kinds.sort();
    println!("{:?}", kinds);
}
