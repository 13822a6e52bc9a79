// covers: bytecode interpreter loop with enum Instr (unit + payload variants), program counter with usize, Vec<i64> stack, locals array, conditional jumps, call/ret with return-address stack, Result<i64, VmError> with custom error enum and Display, match on (Instr, stack state), checked_div/checked_rem, wrapping_mul, step limit, early return via ?, derive Debug/Clone/Copy/PartialEq on enums
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Push(i64), Pop, Dup, Swap,
    Add, Sub, Mul, Div, Mod, Lt,
    Load(usize), Store(usize),
    Jmp(usize), Jz(usize), Call(usize), Ret,
    Print, Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow(usize),
    DivByZero { pc: usize },
    BadJump(usize),
    StepLimit,
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={}", pc),
            VmError::DivByZero { pc } => write!(f, "division by zero at pc={}", pc),
            VmError::BadJump(t) => write!(f, "bad jump target {}", t),
            VmError::StepLimit => write!(f, "step limit exceeded"),
        }
    }
}

struct Vm {
    stack: Vec<i64>,
    locals: [i64; 8],
    calls: Vec<usize>,
    out: Vec<String>,
}

impl Vm {
    fn new() -> Vm {
        Vm { stack: Vec::new(), locals: [0; 8], calls: Vec::new(), out: Vec::new() }
    }

    fn pop(&mut self, pc: usize) -> Result<i64, VmError> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(VmError::StackUnderflow(pc)),
        }
    }

    fn run(&mut self, code: &[Instr], limit: u32) -> Result<i64, VmError> {
        let mut pc = 0usize;
        let mut steps = 0u32;
        loop {
            steps += 1;
            if steps > limit {
                return Err(VmError::StepLimit);
            }
            if pc >= code.len() {
                return Err(VmError::BadJump(pc));
            }
            let ins = code[pc];
            pc += 1;
            match ins {
                Instr::Push(v) => self.stack.push(v),
                Instr::Pop => { self.pop(pc - 1)?; }
                Instr::Dup => { let v = self.pop(pc - 1)?; self.stack.push(v); self.stack.push(v); }
                Instr::Swap => {
                    let b = self.pop(pc - 1)?;
                    let a = self.pop(pc - 1)?;
                    self.stack.push(b);
                    self.stack.push(a);
                }
                Instr::Add | Instr::Sub | Instr::Mul | Instr::Div | Instr::Mod | Instr::Lt => {
                    let b = self.pop(pc - 1)?;
                    let a = self.pop(pc - 1)?;
                    let r = match ins {
                        Instr::Add => a.wrapping_add(b),
                        Instr::Sub => a.wrapping_sub(b),
                        Instr::Mul => a.wrapping_mul(b),
                        Instr::Div => a.checked_div(b).ok_or(VmError::DivByZero { pc: pc - 1 })?,
                        Instr::Mod => match a.checked_rem(b) {
                            Some(r) => r,
                            None => return Err(VmError::DivByZero { pc: pc - 1 }),
                        },
                        _ => (a < b) as i64,
                    };
                    self.stack.push(r);
                }
                Instr::Load(i) => self.stack.push(self.locals[i]),
                Instr::Store(i) => self.locals[i] = self.pop(pc - 1)?,
                Instr::Jmp(t) => pc = t,
                Instr::Jz(t) => { if self.pop(pc - 1)? == 0 { pc = t; } }
                Instr::Call(t) => { self.calls.push(pc); pc = t; }
                Instr::Ret => match self.calls.pop() {
                    Some(r) => pc = r,
                    None => return Err(VmError::BadJump(pc + 1000)),
                },
                Instr::Print => { let v = self.pop(pc - 1)?; self.out.push(v.to_string()); }
                Instr::Halt => return self.pop(pc - 1),
            }
        }
    }
}

fn main() {
    use Instr::*;
    // factorial of 20 via loop, then call a subroutine squaring 12
    let prog = vec![
        Push(1), Store(0), Push(20), Store(1),
        Load(1), Jz(15),
        Load(0), Load(1), Mul, Store(0),
        Load(1), Push(1), Sub, Store(1),
        Jmp(4),
        Load(0), Print, Push(12), Call(22), Print, Push(7), Halt,
        Dup, Mul, Ret,
    ];
    let mut vm = Vm::new();
    match vm.run(&prog, 10_000) {
        Ok(v) => println!("halt with {} output={:?}", v, vm.out),
        Err(e) => println!("error: {}", e),
    }
    let bad: Vec<(&str, Vec<Instr>)> = vec![
        ("underflow", vec![Push(1), Add, Halt]),
        ("divzero", vec![Push(5), Push(0), Div, Halt]),
        ("modzero", vec![Push(5), Push(0), Mod, Halt]),
        ("overflow", vec![Push(i64::MIN), Push(-1), Div, Halt]),
        ("runaway", vec![Jmp(0)]),
        ("fall off", vec![Push(1)]),
        ("wrap", vec![Push(i64::MAX), Push(2), Mul, Halt]),
        ("ret", vec![Ret]),
    ];
    for (name, code) in bad.iter() {
        let mut vm = Vm::new();
        let r = vm.run(code, 500);
        println!("{:>10}: {:?}", name, r);
        if let Err(e) = r { println!("{:>10}  {}", "", e); }
    }
    println!("{}", Push(3) == Push(3) && Pop != Dup);
}
