// covers: panic from Option::unwrap on None after normal output, exit code 101, stdout flushed before panic, Option-returning search
struct Inventory {
    names: Vec<String>,
    counts: Vec<u32>,
}

impl Inventory {
    fn lookup(&self, name: &str) -> Option<u32> {
        for i in 0..self.names.len() {
            if self.names[i] == name {
                return Some(self.counts[i]);
            }
        }
        None
    }
}

fn main() {
    let inv = Inventory {
        names: vec![String::from("bolts"), String::from("nuts"), String::from("washers")],
        counts: vec![120, 75, 300],
    };
    let wanted = ["nuts", "washers", "gears", "bolts"];
    let mut total = 0;
    for w in wanted.iter() {
        print!("looking up {}... ", w);
        let n = inv.lookup(w).unwrap();
        total += n;
        println!("{} in stock (running total {})", n, total);
    }
    println!("total {}", total);
}
