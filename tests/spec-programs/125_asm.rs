// covers: mini assembler: parse lines into enum instructions with Result errors and ? in tuple match arms, or-patterns on (&str, usize), register machine run with wrapping ops
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Reg { A, B, C, D }

#[derive(Debug, Clone, PartialEq)]
enum Instr { Mov(Reg, i64), Add(Reg, Reg), Sub(Reg, Reg), Mul(Reg, Reg), Dec(Reg), Jnz(Reg, usize), Out(Reg), Halt }

#[derive(Debug, PartialEq)]
enum AsmError { UnknownOp { line: usize, op: String }, BadReg(usize, String), BadInt(usize, String), Arity(usize, usize) }

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AsmError::UnknownOp { line, op } => write!(f, "line {}: unknown op `{}`", line, op),
            AsmError::BadReg(l, r) => write!(f, "line {}: bad register {:?}", l, r),
            AsmError::BadInt(l, s) => write!(f, "line {}: bad integer {:?}", l, s),
            AsmError::Arity(l, n) => write!(f, "line {}: wrong operand count {}", l, n),
        }
    }
}

fn reg(line: usize, s: &str) -> Result<Reg, AsmError> {
    match s.trim_end_matches(',') {
        "a" => Ok(Reg::A), "b" => Ok(Reg::B), "c" => Ok(Reg::C), "d" => Ok(Reg::D),
        other => Err(AsmError::BadReg(line, other.to_string())),
    }
}

fn int(line: usize, s: &str) -> Result<i64, AsmError> {
    s.parse::<i64>().or(Err(AsmError::BadInt(line, s.to_string())))
}

fn assemble(src: &str) -> Result<Vec<Instr>, AsmError> {
    let mut prog = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        let code = match raw.find(';') { Some(p) => &raw[..p], None => raw }.trim();
        if code.is_empty() { continue; }
        let toks: Vec<&str> = code.split_whitespace().collect();
        let ins = match (toks[0], toks.len()) {
            ("mov", 3) => Instr::Mov(reg(line, toks[1])?, int(line, toks[2])?),
            ("add", 3) => Instr::Add(reg(line, toks[1])?, reg(line, toks[2])?),
            ("sub", 3) => Instr::Sub(reg(line, toks[1])?, reg(line, toks[2])?),
            ("mul", 3) => Instr::Mul(reg(line, toks[1])?, reg(line, toks[2])?),
            ("dec", 2) => Instr::Dec(reg(line, toks[1])?),
            ("jnz", 3) => Instr::Jnz(reg(line, toks[1])?, int(line, toks[2])? as usize),
            ("out", 2) => Instr::Out(reg(line, toks[1])?),
            ("halt", 1) => Instr::Halt,
            ("mov" | "add" | "sub" | "mul" | "dec" | "jnz" | "out" | "halt", n) => return Err(AsmError::Arity(line, n - 1)),
            (op, _) => return Err(AsmError::UnknownOp { line, op: op.to_string() }),
        };
        prog.push(ins);
    }
    Ok(prog)
}

fn run(prog: &[Instr], limit: usize) -> (Vec<i64>, [i64; 4], usize) {
    let mut r = [0i64; 4];
    let mut pc = 0;
    let mut out = Vec::new();
    let mut steps = 0;
    while pc < prog.len() && steps < limit {
        steps += 1;
        match prog[pc] {
            Instr::Mov(d, v) => r[d as usize] = v,
            Instr::Add(d, s) => r[d as usize] = r[d as usize].wrapping_add(r[s as usize]),
            Instr::Sub(d, s) => r[d as usize] -= r[s as usize],
            Instr::Mul(d, s) => r[d as usize] = r[d as usize].wrapping_mul(r[s as usize]),
            Instr::Dec(d) => r[d as usize] -= 1,
            Instr::Jnz(c, t) => if r[c as usize] != 0 { pc = t; continue; },
            Instr::Out(s) => out.push(r[s as usize]),
            Instr::Halt => break,
        }
        pc += 1;
    }
    (out, r, steps)
}

fn main() {
    let fact = "mov a 1 ; accumulator\nmov b 20\nmul a b\ndec b\njnz b 2\nout a\nhalt\n";
    let fib = "mov a 0\nmov b 1\nmov c 12\n\nadd a b ; a=a+b\nout a\nadd b a\nout b\ndec c\njnz c 4\n";
    for src in [fact, fib, "mov a 1\nfoo b\n", "mov e 1\n", "mov a x1\n", "add a\n", "dec a b\n"] {
        match assemble(src) {
            Ok(p) => {
                let (out, regs, steps) = run(&p, 1000);
                println!("{} instrs, {} steps, regs {:?}", p.len(), steps, regs);
                println!("  out {:?}", out);
            }
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
}
