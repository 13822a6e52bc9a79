// covers: stack-based bytecode interpreter: enum opcodes with payloads, Vec<Op> program, dispatch loop with match, Vec<i64> operand stack, frame-relative locals, jumps and conditional branches, call/return with a frame stack, Result-based runtime errors, a tiny assembler with labels and back-patching, wrapping arithmetic, (a < b) as i64
// bench
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Load(usize),
    Store(usize),
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Lt,
    Eq,
    Not,
    Dup,
    Pop,
    Jmp(usize),
    Jz(usize),
    Call(usize, usize), // target, number of args
    Ret,
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow(usize),
    DivByZero(usize),
    BadJump(usize),
}

struct Frame {
    ret_pc: usize,
    base: usize,
}

struct Vm {
    stack: Vec<i64>,
    locals: Vec<i64>,
    frames: Vec<Frame>,
    steps: u64,
    output: Vec<i64>,
}

const FRAME_SIZE: usize = 8;

impl Vm {
    fn new() -> Vm {
        Vm { stack: Vec::new(), locals: vec![0; FRAME_SIZE], frames: Vec::new(), steps: 0, output: Vec::new() }
    }

    fn base(&self) -> usize {
        if self.frames.is_empty() { 0 } else { self.frames[self.frames.len() - 1].base }
    }

    fn pop(&mut self, pc: usize) -> Result<i64, VmError> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(VmError::StackUnderflow(pc)),
        }
    }

    fn run(&mut self, code: &[Op]) -> Result<(), VmError> {
        let mut pc = 0;
        loop {
            if pc >= code.len() {
                return Err(VmError::BadJump(pc));
            }
            self.steps += 1;
            let op = code[pc];
            pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Load(i) => {
                    let v = self.locals[self.base() + i];
                    self.stack.push(v);
                }
                Op::Store(i) => {
                    let v = self.pop(pc)?;
                    let b = self.base();
                    self.locals[b + i] = v;
                }
                Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod | Op::Lt | Op::Eq => {
                    let b = self.pop(pc)?;
                    let a = self.pop(pc)?;
                    let r = match op {
                        Op::Add => a.wrapping_add(b),
                        Op::Sub => a.wrapping_sub(b),
                        Op::Mul => a.wrapping_mul(b),
                        Op::Div | Op::Mod => {
                            if b == 0 {
                                return Err(VmError::DivByZero(pc - 1));
                            }
                            if op == Op::Div { a / b } else { a % b }
                        }
                        Op::Lt => (a < b) as i64,
                        _ => (a == b) as i64,
                    };
                    self.stack.push(r);
                }
                Op::Not => {
                    let a = self.pop(pc)?;
                    self.stack.push((a == 0) as i64);
                }
                Op::Dup => {
                    let a = self.pop(pc)?;
                    self.stack.push(a);
                    self.stack.push(a);
                }
                Op::Pop => {
                    self.pop(pc)?;
                }
                Op::Jmp(t) => pc = t,
                Op::Jz(t) => {
                    if self.pop(pc)? == 0 {
                        pc = t;
                    }
                }
                Op::Call(t, nargs) => {
                    let base = self.base() + FRAME_SIZE;
                    while self.locals.len() < base + FRAME_SIZE {
                        self.locals.push(0);
                    }
                    for k in 0..nargs {
                        let v = self.pop(pc)?;
                        self.locals[base + nargs - 1 - k] = v;
                    }
                    self.frames.push(Frame { ret_pc: pc, base });
                    pc = t;
                }
                Op::Ret => match self.frames.pop() {
                    Some(f) => pc = f.ret_pc,
                    None => return Err(VmError::BadJump(pc)),
                },
                Op::Print => {
                    let v = self.pop(pc)?;
                    self.output.push(v);
                }
                Op::Halt => return Ok(()),
            }
        }
    }
}

struct Asm {
    code: Vec<Op>,
    labels: Vec<usize>,
    fixups: Vec<(usize, usize)>,
}

impl Asm {
    fn new() -> Asm {
        Asm { code: Vec::new(), labels: Vec::new(), fixups: Vec::new() }
    }

    fn new_label(&mut self) -> usize {
        self.labels.push(usize::MAX);
        self.labels.len() - 1
    }

    fn place(&mut self, label: usize) {
        self.labels[label] = self.code.len();
    }

    fn op(&mut self, op: Op) {
        self.code.push(op);
    }

    // emit a jump-like op whose target is a label, patched in finish()
    fn jump(&mut self, op: Op, label: usize) {
        self.fixups.push((self.code.len(), label));
        self.code.push(op);
    }

    fn finish(mut self) -> Vec<Op> {
        for i in 0..self.fixups.len() {
            let (pos, label) = self.fixups[i];
            let addr = self.labels[label];
            self.code[pos] = match self.code[pos] {
                Op::Jmp(_) => Op::Jmp(addr),
                Op::Jz(_) => Op::Jz(addr),
                Op::Call(_, n) => Op::Call(addr, n),
                other => other,
            };
        }
        self.code
    }
}

fn prime_counter(limit: i64) -> Vec<Op> {
    // locals: 0 = n, 1 = count, 2 = d
    let mut a = Asm::new();
    let top = a.new_label();
    let inner = a.new_label();
    let prime = a.new_label();
    let next = a.new_label();
    let end = a.new_label();
    a.op(Op::Push(2));
    a.op(Op::Store(0));
    a.op(Op::Push(0));
    a.op(Op::Store(1));
    a.place(top);
    a.op(Op::Load(0));
    a.op(Op::Push(limit));
    a.op(Op::Lt);
    a.jump(Op::Jz(0), end);
    a.op(Op::Push(2));
    a.op(Op::Store(2));
    a.place(inner);
    a.op(Op::Load(0));
    a.op(Op::Load(2));
    a.op(Op::Load(2));
    a.op(Op::Mul);
    a.op(Op::Lt);
    a.op(Op::Not);
    a.jump(Op::Jz(0), prime);
    a.op(Op::Load(0));
    a.op(Op::Load(2));
    a.op(Op::Mod);
    a.jump(Op::Jz(0), next);
    a.op(Op::Load(2));
    a.op(Op::Push(1));
    a.op(Op::Add);
    a.op(Op::Store(2));
    a.jump(Op::Jmp(0), inner);
    a.place(prime);
    a.op(Op::Load(1));
    a.op(Op::Push(1));
    a.op(Op::Add);
    a.op(Op::Store(1));
    a.place(next);
    a.op(Op::Load(0));
    a.op(Op::Push(1));
    a.op(Op::Add);
    a.op(Op::Store(0));
    a.jump(Op::Jmp(0), top);
    a.place(end);
    a.op(Op::Load(1));
    a.op(Op::Print);
    a.op(Op::Halt);
    a.finish()
}

fn fib_program(n: i64) -> Vec<Op> {
    let mut a = Asm::new();
    let f = a.new_label();
    let rec = a.new_label();
    a.op(Op::Push(n));
    a.jump(Op::Call(0, 1), f);
    a.op(Op::Print);
    a.op(Op::Halt);
    a.place(f);
    a.op(Op::Load(0));
    a.op(Op::Push(2));
    a.op(Op::Lt);
    a.jump(Op::Jz(0), rec);
    a.op(Op::Load(0));
    a.op(Op::Ret);
    a.place(rec);
    a.op(Op::Load(0));
    a.op(Op::Push(1));
    a.op(Op::Sub);
    a.jump(Op::Call(0, 1), f);
    a.op(Op::Load(0));
    a.op(Op::Push(2));
    a.op(Op::Sub);
    a.jump(Op::Call(0, 1), f);
    a.op(Op::Add);
    a.op(Op::Ret);
    a.finish()
}

fn explain(e: &VmError) -> String {
    match e {
        VmError::StackUnderflow(pc) => format!("stack underflow at pc {}", pc),
        VmError::DivByZero(pc) => format!("division by zero at pc {}", pc),
        VmError::BadJump(pc) => format!("control left the program at pc {}", pc),
    }
}

fn report(name: &str, code: &[Op]) {
    let mut vm = Vm::new();
    let r = vm.run(code);
    match r {
        Ok(()) => println!("{}: ok output {:?} steps {}", name, vm.output, vm.steps),
        Err(e) => println!("{}: error {:?} ({}) after {} steps, stack {:?}", name, e, explain(&e), vm.steps, vm.stack),
    }
}

fn main() {
    let small = vec![Op::Push(6), Op::Push(7), Op::Mul, Op::Dup, Op::Print, Op::Push(2), Op::Sub, Op::Print, Op::Halt];
    report("arith", &small);
    let pc = prime_counter(100);
    println!("prime program has {} ops, first {:?}", pc.len(), &pc[..4]);
    report("primes<100", &pc);
    report("fib(10)", &fib_program(10));
    report("divzero", &[Op::Push(1), Op::Push(0), Op::Div, Op::Halt]);
    report("underflow", &[Op::Push(1), Op::Add, Op::Halt]);
    report("runaway", &[Op::Push(1), Op::Pop]);
    report("eq", &[Op::Push(5), Op::Push(5), Op::Eq, Op::Push(4), Op::Push(5), Op::Eq, Op::Print, Op::Print, Op::Halt]);
    report("loop", &[Op::Push(3), Op::Dup, Op::Print, Op::Push(1), Op::Sub, Op::Dup, Op::Jz(8), Op::Jmp(1), Op::Halt]);

    // heavy runs (benchmark part)
    report("primes<250000", &prime_counter(250000));
    report("fib(30)", &fib_program(30));
}
