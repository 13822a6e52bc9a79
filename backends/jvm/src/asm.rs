//! A bytecode assembler for one method: instructions, labels with 32-bit fixups, and the
//! operand-stack depth bookkeeping that gives `max_stack`.
//!
//! Invariants:
//! - Jumps to labels are relaxed in `finish`: each is emitted in its short form (`goto`,
//!   `if<cond>`) when its offset fits in 16 bits, else in its long form (`goto_w`, or the
//!   inverted short branch over a `goto_w`), so no method is limited by 16-bit offsets.
//!   Relaxation only ever grows an instruction, so it terminates. The fixed, local sequences
//!   of `cond_to_bool` are position-independent raw bytes.
//! - Callers state each instruction's effect on the stack depth (in slots, `long`/`double`
//!   counting two); `max_stack` is the largest depth seen. A label is bound with the depth
//!   the code reaching it has (the lowering binds every block at depth 0).

use crate::classfile::Pool;

#[allow(dead_code)] // the full table of opcodes we may use
pub mod op {
    pub const NOP: u8 = 0x00;
    pub const ACONST_NULL: u8 = 0x01;
    pub const ICONST_0: u8 = 0x03;
    pub const LCONST_0: u8 = 0x09;
    pub const BIPUSH: u8 = 0x10;
    pub const SIPUSH: u8 = 0x11;
    pub const LDC_W: u8 = 0x13;
    pub const LDC2_W: u8 = 0x14;
    pub const ILOAD: u8 = 0x15;
    pub const LLOAD: u8 = 0x16;
    pub const FLOAD: u8 = 0x17;
    pub const DLOAD: u8 = 0x18;
    pub const ALOAD: u8 = 0x19;
    pub const ISTORE: u8 = 0x36;
    pub const LSTORE: u8 = 0x37;
    pub const FSTORE: u8 = 0x38;
    pub const DSTORE: u8 = 0x39;
    pub const ASTORE: u8 = 0x3a;
    pub const POP: u8 = 0x57;
    pub const POP2: u8 = 0x58;
    pub const DUP: u8 = 0x59;
    pub const DUP2: u8 = 0x5c;
    pub const IADD: u8 = 0x60;
    pub const LADD: u8 = 0x61;
    pub const FADD: u8 = 0x62;
    pub const DADD: u8 = 0x63;
    pub const ISUB: u8 = 0x64;
    pub const LSUB: u8 = 0x65;
    pub const FSUB: u8 = 0x66;
    pub const DSUB: u8 = 0x67;
    pub const IMUL: u8 = 0x68;
    pub const LMUL: u8 = 0x69;
    pub const FMUL: u8 = 0x6a;
    pub const DMUL: u8 = 0x6b;
    pub const IDIV: u8 = 0x6c;
    pub const LDIV: u8 = 0x6d;
    pub const FDIV: u8 = 0x6e;
    pub const DDIV: u8 = 0x6f;
    pub const IREM: u8 = 0x70;
    pub const LREM: u8 = 0x71;
    pub const FREM: u8 = 0x72;
    pub const DREM: u8 = 0x73;
    pub const INEG: u8 = 0x74;
    pub const LNEG: u8 = 0x75;
    pub const FNEG: u8 = 0x76;
    pub const DNEG: u8 = 0x77;
    pub const ISHL: u8 = 0x78;
    pub const LSHL: u8 = 0x79;
    pub const ISHR: u8 = 0x7a;
    pub const LSHR: u8 = 0x7b;
    pub const IUSHR: u8 = 0x7c;
    pub const LUSHR: u8 = 0x7d;
    pub const IAND: u8 = 0x7e;
    pub const LAND: u8 = 0x7f;
    pub const IOR: u8 = 0x80;
    pub const LOR: u8 = 0x81;
    pub const IXOR: u8 = 0x82;
    pub const LXOR: u8 = 0x83;
    pub const I2L: u8 = 0x85;
    pub const I2F: u8 = 0x86;
    pub const I2D: u8 = 0x87;
    pub const L2I: u8 = 0x88;
    pub const L2F: u8 = 0x89;
    pub const L2D: u8 = 0x8a;
    pub const F2I: u8 = 0x8b;
    pub const F2L: u8 = 0x8c;
    pub const F2D: u8 = 0x8d;
    pub const D2I: u8 = 0x8e;
    pub const D2L: u8 = 0x8f;
    pub const D2F: u8 = 0x90;
    pub const I2B: u8 = 0x91;
    pub const I2C: u8 = 0x92;
    pub const I2S: u8 = 0x93;
    pub const LCMP: u8 = 0x94;
    pub const FCMPL: u8 = 0x95;
    pub const FCMPG: u8 = 0x96;
    pub const DCMPL: u8 = 0x97;
    pub const DCMPG: u8 = 0x98;
    pub const IFEQ: u8 = 0x99;
    pub const IFNE: u8 = 0x9a;
    pub const IFLT: u8 = 0x9b;
    pub const IFGE: u8 = 0x9c;
    pub const IFGT: u8 = 0x9d;
    pub const IFLE: u8 = 0x9e;
    pub const IF_ICMPEQ: u8 = 0x9f;
    pub const IF_ICMPNE: u8 = 0xa0;
    pub const IF_ICMPLT: u8 = 0xa1;
    pub const IF_ICMPGE: u8 = 0xa2;
    pub const IF_ICMPGT: u8 = 0xa3;
    pub const IF_ICMPLE: u8 = 0xa4;
    pub const GOTO: u8 = 0xa7;
    pub const LOOKUPSWITCH: u8 = 0xab;
    pub const IRETURN: u8 = 0xac;
    pub const LRETURN: u8 = 0xad;
    pub const FRETURN: u8 = 0xae;
    pub const DRETURN: u8 = 0xaf;
    pub const RETURN: u8 = 0xb1;
    pub const GETSTATIC: u8 = 0xb2;
    pub const PUTSTATIC: u8 = 0xb3;
    pub const INVOKESPECIAL: u8 = 0xb7;
    pub const INVOKESTATIC: u8 = 0xb8;
    pub const NEW: u8 = 0xbb;
    pub const ATHROW: u8 = 0xbf;
    pub const WIDE: u8 = 0xc4;
    pub const GOTO_W: u8 = 0xc8;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// A jump whose encoding depends on where things end up.
enum Insn {
    Goto(Label),
    Cond(u8, Label),
    Switch(Label, Vec<(i32, Label)>),
}

pub struct Code {
    pub bytes: Vec<u8>,
    /// Bound labels: (position in `bytes`, number of jumps emitted before).
    labels: Vec<Option<(u32, usize)>>,
    /// Jumps at their position in `bytes` (their placeholder bytes are dropped by `finish`).
    insns: Vec<(u32, u32, Insn)>,
    pub depth: i32,
    pub max_stack: i32,
}

/// Stack slots a descriptor's parameters take, and its result's.
pub fn desc_slots(desc: &str) -> (i32, i32) {
    let mut params = 0;
    let mut chars = desc[1..].chars();
    let mut ret = 0;
    let mut in_params = true;
    while let Some(c) = chars.next() {
        let n = match c {
            ')' => {
                in_params = false;
                continue;
            }
            'J' | 'D' => 2,
            'V' => 0,
            'L' => {
                for c2 in chars.by_ref() {
                    if c2 == ';' {
                        break;
                    }
                }
                1
            }
            '[' => continue,
            _ => 1,
        };
        if in_params {
            params += n;
        } else {
            ret = n;
        }
    }
    (params, ret)
}

impl Code {
    pub fn new() -> Code {
        Code { bytes: vec![], labels: vec![], insns: vec![], depth: 0, max_stack: 0 }
    }

    fn adjust(&mut self, delta: i32) {
        self.depth += delta;
        if self.depth > self.max_stack {
            self.max_stack = self.depth;
        }
    }

    pub fn op(&mut self, opcode: u8, delta: i32) {
        self.bytes.push(opcode);
        self.adjust(delta);
    }

    pub fn op_u16(&mut self, opcode: u8, arg: u16, delta: i32) {
        self.bytes.push(opcode);
        self.bytes.extend_from_slice(&arg.to_be_bytes());
        self.adjust(delta);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label, depth: i32) {
        self.labels[l.0 as usize] = Some((self.bytes.len() as u32, self.insns.len()));
        self.depth = depth;
    }

    /// An unconditional jump; the code after it is unreachable until a label is bound.
    pub fn goto(&mut self, l: Label) {
        let at = self.bytes.len() as u32;
        self.insns.push((at, 0, Insn::Goto(l)));
    }

    /// A conditional jump (`ifeq`..`if_icmple`), popping its operands.
    pub fn branch(&mut self, cond: u8, l: Label) {
        let pops = if cond >= op::IF_ICMPEQ { 2 } else { 1 };
        let at = self.bytes.len() as u32;
        self.insns.push((at, 0, Insn::Cond(cond, l)));
        self.adjust(-pops);
    }

    /// Turns a condition (`ifeq`..`if_icmple` over the stack top) into an int 0 or 1.
    pub fn cond_to_bool(&mut self, cond: u8) {
        let pops = if cond >= op::IF_ICMPEQ { 2 } else { 1 };
        self.bytes.push(cond);
        self.bytes.extend_from_slice(&7i16.to_be_bytes());
        self.adjust(-pops);
        self.bytes.push(op::ICONST_0);
        self.bytes.push(op::GOTO);
        self.bytes.extend_from_slice(&4i16.to_be_bytes());
        self.bytes.push(op::ICONST_0 + 1);
        self.adjust(1);
    }

    /// `lookupswitch` on the int at the stack top.
    pub fn lookupswitch(&mut self, default: Label, cases: &[(i32, Label)]) {
        let at = self.bytes.len() as u32;
        let mut sorted: Vec<(i32, Label)> = cases.to_vec();
        sorted.sort_by_key(|c| c.0);
        self.insns.push((at, 0, Insn::Switch(default, sorted)));
        self.adjust(-1);
    }

    /// Loads or stores local `idx` with `opcode` (`iload`..`astore`).
    pub fn local(&mut self, opcode: u8, idx: u32, delta: i32) {
        if idx <= 255 {
            self.bytes.push(opcode);
            self.bytes.push(idx as u8);
        } else {
            self.bytes.push(op::WIDE);
            self.bytes.push(opcode);
            self.bytes.extend_from_slice(&(idx as u16).to_be_bytes());
        }
        self.adjust(delta);
    }

    pub fn iconst(&mut self, pool: &mut Pool, v: i32) {
        if (-1..=5).contains(&v) {
            self.op((op::ICONST_0 as i32 + v) as u8, 1);
        } else if (-128..=127).contains(&v) {
            self.bytes.push(op::BIPUSH);
            self.bytes.push(v as i8 as u8);
            self.adjust(1);
        } else if (-32768..=32767).contains(&v) {
            self.op_u16(op::SIPUSH, v as i16 as u16, 1);
        } else {
            let i = pool.int(v);
            self.op_u16(op::LDC_W, i, 1);
        }
    }

    pub fn lconst(&mut self, pool: &mut Pool, v: i64) {
        if v == 0 || v == 1 {
            self.op(op::LCONST_0 + v as u8, 2);
        } else {
            let i = pool.long(v);
            self.op_u16(op::LDC2_W, i, 2);
        }
    }

    pub fn fconst(&mut self, pool: &mut Pool, v: f32) {
        let i = pool.float(v);
        self.op_u16(op::LDC_W, i, 1);
    }

    pub fn dconst(&mut self, pool: &mut Pool, v: f64) {
        let i = pool.double(v);
        self.op_u16(op::LDC2_W, i, 2);
    }

    pub fn invokestatic(&mut self, pool: &mut Pool, class: &str, name: &str, desc: &str) {
        let i = pool.method(class, name, desc);
        let (p, r) = desc_slots(desc);
        self.op_u16(op::INVOKESTATIC, i, r - p);
    }

    pub fn getstatic(&mut self, pool: &mut Pool, class: &str, name: &str, desc: &str) {
        let i = pool.field(class, name, desc);
        let (_, r) = desc_slots(&format!("(){}", desc));
        self.op_u16(op::GETSTATIC, i, r);
    }

    pub fn putstatic(&mut self, pool: &mut Pool, class: &str, name: &str, desc: &str) {
        let i = pool.field(class, name, desc);
        let (_, r) = desc_slots(&format!("(){}", desc));
        self.op_u16(op::PUTSTATIC, i, -r);
    }

    /// Lays out every jump (short where it fits) and resolves labels; an unbound label is
    /// an internal error.
    pub fn finish(self) -> Result<(Vec<u8>, u32), String> {
        let mut labels = vec![];
        for l in &self.labels {
            labels.push(l.ok_or("internal error: JVM backend: jump to an unbound label")?);
        }
        // Jumps sit between raw bytes; `long[k]`: jump k uses its long form.
        let n = self.insns.len();
        let mut long = vec![false; n];
        let size = |k: usize, at_new: u32, long: &[bool]| -> u32 {
            match &self.insns[k].2 {
                Insn::Goto(_) => if long[k] { 5 } else { 3 },
                Insn::Cond(..) => if long[k] { 8 } else { 3 },
                Insn::Switch(_, cases) => {
                    let pad = (4 - (at_new + 1) % 4) % 4;
                    1 + pad + 8 + 8 * cases.len() as u32
                }
            }
        };
        // New positions of the jumps, given the forms chosen.
        let layout = |long: &[bool]| -> Vec<u32> {
            let mut v = Vec::with_capacity(n);
            let mut shift = 0u32;
            for k in 0..n {
                let at = self.insns[k].0 + shift;
                v.push(at);
                shift += size(k, at, long);
            }
            v
        };
        // A label's new position: after the `k` jumps emitted before it was bound.
        let new_pos = |(old, k): (u32, usize), pos: &[u32], long: &[bool]| -> u32 {
            if k == 0 {
                old
            } else {
                let last = k - 1;
                pos[last] + size(last, pos[last], long) + (old - self.insns[last].0)
            }
        };
        loop {
            let pos = layout(&long);
            let mut changed = false;
            for k in 0..n {
                if long[k] {
                    continue;
                }
                let target = match &self.insns[k].2 {
                    Insn::Goto(l) | Insn::Cond(_, l) => labels[l.0 as usize],
                    Insn::Switch(..) => continue,
                };
                let off = new_pos(target, &pos, &long) as i64 - pos[k] as i64;
                if off < i16::MIN as i64 || off > i16::MAX as i64 {
                    long[k] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let pos = layout(&long);
        let mut out = Vec::with_capacity(self.bytes.len() + 3 * n);
        let mut prev = 0usize;
        for k in 0..n {
            let at_old = self.insns[k].0 as usize;
            out.extend_from_slice(&self.bytes[prev..at_old]);
            prev = at_old;
            let at = pos[k];
            debug_assert_eq!(at as usize, out.len());
            let rel = |l: &Label| (new_pos(labels[l.0 as usize], &pos, &long) as i64 - at as i64) as i32;
            match &self.insns[k].2 {
                Insn::Goto(l) if long[k] => {
                    out.push(op::GOTO_W);
                    out.extend_from_slice(&rel(l).to_be_bytes());
                }
                Insn::Goto(l) => {
                    out.push(op::GOTO);
                    out.extend_from_slice(&(rel(l) as i16).to_be_bytes());
                }
                Insn::Cond(c, l) if long[k] => {
                    let inv = if (c - op::IFEQ) % 2 == 0 { c + 1 } else { c - 1 };
                    out.push(inv);
                    out.extend_from_slice(&8i16.to_be_bytes());
                    out.push(op::GOTO_W);
                    out.extend_from_slice(&(rel(l) - 3).to_be_bytes());
                }
                Insn::Cond(c, l) => {
                    out.push(*c);
                    out.extend_from_slice(&(rel(l) as i16).to_be_bytes());
                }
                Insn::Switch(d, cases) => {
                    out.push(op::LOOKUPSWITCH);
                    while out.len() % 4 != 0 {
                        out.push(0);
                    }
                    out.extend_from_slice(&rel(d).to_be_bytes());
                    out.extend_from_slice(&(cases.len() as i32).to_be_bytes());
                    for (key, l) in cases {
                        out.extend_from_slice(&key.to_be_bytes());
                        out.extend_from_slice(&rel(l).to_be_bytes());
                    }
                }
            }
        }
        out.extend_from_slice(&self.bytes[prev..]);
        Ok((out, self.max_stack.max(0) as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_and_far_branches() {
        assert_eq!(desc_slots("(JI[BLjava/lang/String;D)J"), (7, 2));
        assert_eq!(desc_slots("()V"), (0, 0));
        let mut c = Code::new();
        let l = c.new_label();
        c.op(op::ICONST_0, 1);
        c.branch(op::IFEQ, l);
        c.bind(l, 0);
        c.op(op::RETURN, 0);
        let (b, max) = c.finish().unwrap();
        // iconst_0; ifeq +3; return
        assert_eq!(b, vec![0x03, 0x99, 0, 3, 0xb1]);
        assert_eq!(max, 1);
        // A far jump takes the long form: iconst_0; ifne +8; goto_w +N; <40000 nops>; return.
        let mut c = Code::new();
        let l = c.new_label();
        c.op(op::ICONST_0, 1);
        c.branch(op::IFEQ, l);
        for _ in 0..40000 {
            c.op(op::NOP, 0);
        }
        c.bind(l, 0);
        c.op(op::RETURN, 0);
        let (b, _) = c.finish().unwrap();
        assert_eq!(&b[..9], &[0x03, 0x9a, 0, 8, 0xc8, 0, 0, 0x9c, 0x45]);
        assert_eq!(b.len(), 9 + 40000 + 1);
    }
}
