// covers: explicit panic! formatting a struct's derived Debug (nested enum, Vec<f32>, tuple) with eprintln! progress lines before it (exit 101)
#[derive(Debug, Clone, PartialEq)]
enum Phase { Init, Running { tick: u32 }, Failed(String) }

#[derive(Debug, Clone)]
struct Machine { name: &'static str, phase: Phase, temps: Vec<f32>, pos: (i16, i16) }

impl Machine {
    fn tick(&mut self, t: f32) {
        self.temps.push(t);
        self.phase = match &self.phase {
            Phase::Init => Phase::Running { tick: 1 },
            Phase::Running { tick } if t > 90.0 => Phase::Failed(format!("overheat at tick {}", tick)),
            Phase::Running { tick } => Phase::Running { tick: tick + 1 },
            Phase::Failed(m) => Phase::Failed(m.clone()),
        };
    }
}

fn main() {
    let mut m = Machine { name: "press-2", phase: Phase::Init, temps: Vec::new(), pos: (-3, 4) };
    for t in [20.5f32, 45.0, 88.25, 91.5, 30.0] {
        m.tick(t);
        eprintln!("{:?}", m.phase);
        if let Phase::Failed(_) = m.phase {
            panic!("machine halted: {:?} (last temp {})", m, t);
        }
    }
    println!("ok");
}
