//! One flow graph -> one C function.
//!
//! Shape of the output: all variables (`v<N>`) and slots (`s<N>`) are declared at the top;
//! each block is a label `b<index>:` (emitted only if some `goto` targets it) followed by its
//! operations and its exit; a link is a parallel assignment to the target's parameters
//! followed by `goto` (omitted when the target is the next block in the text).

use crate::comment;
use crate::ctypes::{wide_unsigned, Ctx};
use crate::lit;
use pyrite_ir::*;
use std::collections::HashSet;
use std::fmt::Write;

/// `R name(T v0, ...)`: the C declarator of function `i` (without `;`). The C parameters
/// are the entry block's (non-unit) parameters, named `v<N>` after their variables.
pub(crate) fn signature(cx: &mut Ctx, i: usize) -> String {
    let m = cx.m;
    let f = &m.functions[i];
    let g = &f.graph;
    let entry = &g.cfg[g.entry];
    let ret = cx.c(&f.sig.ret);
    let ptys: Vec<LType> = entry.params.iter().map(|p| g.var_type(*p).clone()).collect();
    let params = cx.param_list(&ptys, |k| Some(format!("v{}", entry.params[k].0)));
    format!("{} {}({})", ret, cx.func_names[i], params)
}

struct FnEmit<'a, 'm> {
    cx: &'a mut Ctx<'m>,
    m: &'m Module,
    g: &'m Graph,
    out: String,
    /// Blocks some emitted `goto` jumps to: they need a label.
    gotos: HashSet<BlockId>,
}

pub(crate) fn emit_function(cx: &mut Ctx, i: usize, head: &str) -> String {
    let m = cx.m;
    let f = &m.functions[i];
    let g = &f.graph;
    let order = g.block_order();
    let mut fe = FnEmit { cx, m, g, out: String::new(), gotos: HashSet::new() };
    writeln!(fe.out, "/* {} */\n{}\n{{", comment(&f.name), head).unwrap();

    // Declarations: every variable some block defines (entry parameters are C parameters),
    // then every slot.
    let mut vars: Vec<Var> = Vec::new();
    for &b in &order {
        let blk = &g.cfg[b];
        if b != g.entry {
            vars.extend(blk.params.iter().copied());
        }
        vars.extend(blk.ops.iter().filter_map(|o| o.result));
    }
    vars.sort();
    vars.dedup();
    let mut any_decl = false;
    for v in vars {
        let t = g.var_type(v);
        if t.is_unit() {
            continue;
        }
        let c = fe.cx.c(t);
        writeln!(fe.out, "    {} v{};", c, v.0).unwrap();
        any_decl = true;
    }
    for (k, t) in g.slots.iter().enumerate() {
        let c = if t.is_unit() { "uint8_t".to_string() } else { fe.cx.c(t) };
        writeln!(fe.out, "    {} s{};", c, k).unwrap();
        any_decl = true;
    }
    if any_decl {
        fe.out.push('\n');
    }
    fe.register_roots();

    // Blocks are emitted separately, then joined with labels for the blocks some `goto` targets.
    let mut head_text = std::mem::take(&mut fe.out);
    let mut texts = Vec::new();
    for (k, &b) in order.iter().enumerate() {
        fe.block(b, order.get(k + 1).copied());
        texts.push((b, std::mem::take(&mut fe.out)));
    }
    for (b, t) in texts {
        if fe.gotos.contains(&b) {
            writeln!(head_text, "b{}:", b.index()).unwrap();
        }
        head_text.push_str(&t);
    }
    head_text.push_str("}\n");
    head_text
}

impl<'a, 'm> FnEmit<'a, 'm> {
    fn line(&mut self, indent: usize, s: &str) {
        for _ in 0..indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// Whether a store of a `t` through `p` must be followed by the card-marking barrier:
    /// the policy asks for it, `t` holds references, and `p` is not a global or an address
    /// the GC transform exempted (`Graph::unbarriered`).
    fn needs_barrier(&self, p: &Value, t: &LType) -> bool {
        match &self.m.gc {
            Some(info) if info.card_barrier => {}
            _ => return false,
        }
        let exempt = match p {
            Value::Var(x) => self.g.unbarriered.contains(x),
            Value::Const(_) => true,
        };
        !exempt && pyrite_ir::gc::holds_refs(&self.m.structs, t)
    }

    /// Zeroes the root slots and pushes them on the shadow stack (popped at every return),
    /// on entry, or declares the frame pointer there when `gc_late_roots` names a later block.
    fn register_roots(&mut self) {
        let g = self.g;
        if g.gc_roots.is_empty() {
            return;
        }
        if g.gc_late_roots.is_some() {
            // NULL until the late block pushes the frame: returns restore only a pushed one.
            self.line(1, "pyr_gc_root *gc_frame = NULL;");
        } else {
            self.push_root_frame("pyr_gc_root *gc_frame", &[]);
        }
        self.out.push('\n');
    }

    /// Pushes the root slots on the shadow stack into `frame`, zeroing all but `prefilled`.
    fn push_root_frame(&mut self, frame: &str, prefilled: &[SlotId]) {
        let (g, m) = (self.g, self.m);
        let info = m.gc.as_ref().expect("root slots without a GC");
        self.line(1, &format!("{} = pyr_gc_push_frame({});", frame, g.gc_roots.len()));
        for (i, s) in g.gc_roots.iter().enumerate() {
            let tid = info.tid(&g.slots[s.0 as usize]);
            let zero = if prefilled.contains(s) { String::new() } else { format!("memset(&s{0}, 0, sizeof s{0}); ", s.0) };
            self.line(1, &format!("{}gc_frame[{}].addr = &s{}; gc_frame[{}].tid = {};", zero, i, s.0, i, tid));
        }
    }

    fn ty(&self, v: &Value) -> LType {
        self.g.value_type(v, self.m)
    }

    /// An operand as an atomic C expression. Must not be called on unit values.
    fn val(&mut self, v: &Value) -> String {
        match v {
            Value::Var(x) => format!("v{}", x.0),
            Value::Const(c) => self.cx.konst(c),
        }
    }

    /// If `p` is the address of a global, the global itself (so `&g.f1` rather than
    /// `&(&g)->f1`).
    fn place(&self, p: &Value) -> Option<String> {
        match p {
            Value::Const(Const::GlobalAddr(gid)) if !self.m.globals[gid.0 as usize].ty.is_unit() => {
                Some(self.cx.global_names[gid.0 as usize].clone())
            }
            _ => None,
        }
    }

    /// `*p` as an lvalue.
    fn deref(&mut self, p: &Value) -> String {
        match self.place(p) {
            Some(g) => g,
            None => format!("*{}", self.val(p)),
        }
    }

    fn block(&mut self, b: BlockId, next: Option<BlockId>) {
        let g = self.g;
        let blk = &g.cfg[b];
        if let Some(late) = g.gc_late_roots.as_ref().filter(|l| l.block == b) {
            self.push_root_frame("gc_frame", &late.prefilled);
        }
        for op in &blk.ops {
            self.op(op);
        }
        let exits = g.exits(b);
        match &blk.exit {
            Exit::Goto => {
                let (_, t, l) = exits[0];
                self.link(1, t, &l.args, next);
            }
            Exit::If(c) => {
                let cv = self.val(c);
                let find = |case: ExitCase| *exits.iter().find(|e| e.2.case == case).expect("if without both links");
                let (_, tt, tl) = find(ExitCase::True);
                let (_, ft, fl) = find(ExitCase::False);
                if next == Some(ft) {
                    // The false link falls through into the next block.
                    self.line(1, &format!("if ({}) {{", cv));
                    self.link(2, tt, &tl.args, None);
                    self.line(1, "}");
                    self.link(1, ft, &fl.args, next);
                } else if next == Some(tt) {
                    self.line(1, &format!("if (!{}) {{", cv));
                    self.link(2, ft, &fl.args, None);
                    self.line(1, "}");
                    self.link(1, tt, &tl.args, next);
                } else {
                    self.line(1, &format!("if ({}) {{", cv));
                    self.link(2, tt, &tl.args, None);
                    self.line(1, "} else {");
                    self.link(2, ft, &fl.args, None);
                    self.line(1, "}");
                }
            }
            Exit::Switch(c) => {
                let (bits, signed) = match self.ty(c) {
                    LType::Int { bits, signed } => (bits, signed),
                    t => panic!("C backend: switch on {}", t),
                };
                let cv = self.val(c);
                let mut cases: Vec<(i128, BlockId, &Link)> = Vec::new();
                let mut default = None;
                for &(_, t, l) in &exits {
                    match l.case {
                        ExitCase::Case(k) => cases.push((k, t, l)),
                        _ => default = Some((t, l)),
                    }
                }
                let (dt, dl) = default.expect("switch without default link");
                if bits == 128 {
                    // GCC's `switch` does not take 128-bit operands portably: use a chain.
                    for (k, t, l) in cases {
                        let lit = lit::int_lit(k, bits, signed);
                        self.line(1, &format!("if ({} == {}) {{", cv, lit));
                        self.link(2, t, &l.args, None);
                        self.line(1, "}");
                    }
                    self.link(1, dt, &dl.args, next);
                } else {
                    self.line(1, &format!("switch ({}) {{", cv));
                    for (k, t, l) in cases {
                        self.line(1, &format!("case {}:", lit::int_lit(k, bits, signed)));
                        self.link(2, t, &l.args, None);
                    }
                    self.line(1, "default:");
                    self.link(2, dt, &dl.args, None);
                    self.line(1, "}");
                }
            }
            Exit::Return(v) => {
                if g.gc_late_roots.is_some() {
                    self.line(1, "if (gc_frame) pyr_gc_sp = gc_frame;");
                } else if !g.gc_roots.is_empty() {
                    self.line(1, "pyr_gc_sp = gc_frame;");
                }
                if self.ty(v).is_unit() {
                    self.line(1, "return;");
                } else {
                    let e = self.val(v);
                    self.line(1, &format!("return {};", e));
                }
            }
            Exit::Unreachable => self.line(1, "__builtin_unreachable();"),
        }
    }

    /// The assignments a link performs: (parameter, argument), unit and identity ones dropped.
    fn moves<'v>(&self, target: BlockId, args: &'v [Value]) -> Vec<(Var, &'v Value)> {
        let params = &self.g.cfg[target].params;
        args.iter()
            .zip(params)
            .filter(|(a, p)| !self.g.var_type(**p).is_unit() && **a != Value::Var(**p))
            .map(|(a, p)| (*p, a))
            .collect()
    }

    /// Assigns the link arguments to the target's parameters with parallel-assignment
    /// semantics, then jumps (unless the target is `next`, the block that follows in the text).
    fn link(&mut self, indent: usize, target: BlockId, args: &[Value], next: Option<BlockId>) {
        let moves = self.moves(target, args);
        let dsts: HashSet<Var> = moves.iter().map(|(d, _)| *d).collect();
        // Arguments that read a parameter being assigned are saved in temporaries first.
        let mut saved: Vec<Var> = moves
            .iter()
            .filter_map(|(_, a)| match a {
                Value::Var(x) if dsts.contains(x) => Some(*x),
                _ => None,
            })
            .collect();
        saved.sort();
        saved.dedup();
        let inner = if saved.is_empty() { indent } else { indent + 1 };
        if !saved.is_empty() {
            self.line(indent, "{");
            for x in &saved {
                let c = self.cx.c(self.g.var_type(*x));
                self.line(inner, &format!("{} t{} = v{};", c, x.0, x.0));
            }
        }
        for (d, a) in moves {
            let src = match a {
                Value::Var(x) if saved.contains(x) => format!("t{}", x.0),
                _ => self.val(a),
            };
            self.line(inner, &format!("v{} = {};", d.0, src));
        }
        if !saved.is_empty() {
            self.line(indent, "}");
        }
        if next != Some(target) {
            self.gotos.insert(target);
            self.line(indent, &format!("goto b{};", target.index()));
        }
    }

    fn op(&mut self, op: &Op) {
        let g = self.g;
        // The destination, if the result has a C representation.
        let dst = match op.result {
            Some(r) if !g.var_type(r).is_unit() => Some(format!("v{}", r.0)),
            _ => None,
        };
        let rty = op.result.map(|r| g.var_type(r).clone());
        let expr: Option<String> = match &op.kind {
            OpKind::Bin(o, a, b) => {
                let t = self.ty(a);
                let (x, y) = (self.val(a), self.val(b));
                Some(self.bin(*o, &t, &x, &y))
            }
            OpKind::Un(o, a) => {
                let t = self.ty(a);
                let x = self.val(a);
                Some(match (o, &t) {
                    (UnOp::Neg, LType::Int { bits, .. }) => {
                        let c = self.cx.c(&t);
                        let w = wide_unsigned(*bits);
                        format!("({})(({})0 - ({}){})", c, w, w, x)
                    }
                    (UnOp::Neg, _) => format!("(-{})", x),
                    (UnOp::Not, LType::Bool) => format!("(!{})", x),
                    (UnOp::Not, _) => {
                        let c = self.cx.c(&t);
                        format!("({})(~{})", c, x)
                    }
                })
            }
            OpKind::Cast(a, to) => {
                if to.is_unit() {
                    None
                } else {
                    let from = self.ty(a);
                    let x = self.val(a);
                    Some(self.cast(&from, to, &x))
                }
            }
            OpKind::PtrCast(a, to) => {
                let c = self.cx.c(to);
                let x = self.val(a);
                Some(format!("({}){}", c, x))
            }
            OpKind::Copy(a) => {
                if self.ty(a).is_unit() {
                    None
                } else {
                    Some(self.val(a))
                }
            }
            OpKind::SlotAddr(s) => {
                Some(if g.slots[s.0 as usize].is_unit() { format!("(void*)&s{}", s.0) } else { format!("&s{}", s.0) })
            }
            OpKind::Load(p) => match rty {
                Some(ref t) if !t.is_unit() => Some(self.deref(p)),
                _ => None,
            },
            OpKind::Store(p, v) => {
                let vt = self.ty(v);
                if !vt.is_unit() {
                    let (pp, vv) = (self.deref(p), self.val(v));
                    self.line(1, &format!("{} = {};", pp, vv));
                    if self.needs_barrier(p, &vt) {
                        let a = self.val(p);
                        self.line(1, &format!("pyr_gc_wb({}, sizeof(*{}));", a, a));
                    }
                }
                None
            }
            OpKind::FieldAddr(p, i) => {
                let pt = self.ty(p);
                let fty = match pt.pointee() {
                    Some(LType::Struct(id)) => self.m.struct_def(*id).fields[*i as usize].1.clone(),
                    _ => panic!("C backend: field address through {}", pt),
                };
                let pp = self.val(p);
                Some(if fty.is_unit() {
                    format!("(void*){}", pp)
                } else if let Some(gl) = self.place(p) {
                    format!("&{}.f{}", gl, i)
                } else {
                    format!("&{}->f{}", pp, i)
                })
            }
            OpKind::ElemAddr(p, i) => {
                let pt = self.ty(p);
                let pp = self.val(p);
                if matches!(pt.pointee(), Some(LType::Unit) | None) {
                    Some(pp) // elements of size zero: every element is at the same address
                } else {
                    let ii = self.val(i);
                    Some(format!("{} + {}", pp, ii))
                }
            }
            OpKind::Call(callee, args) => {
                let e = self.call(callee, args);
                if dst.is_none() {
                    self.line(1, &format!("{};", e));
                    None
                } else {
                    Some(e)
                }
            }
            OpKind::Malloc(t, n) if self.m.gc.is_some() => {
                let tid = self.m.gc.as_ref().unwrap().tid(t);
                let c = if t.is_unit() { "void".to_string() } else { self.cx.c(t) };
                let nn = self.val(n);
                let e = format!("({}*)pyr_gc_new({}, (uintptr_t){})", c, tid, nn);
                if dst.is_none() {
                    self.line(1, &format!("{};", e));
                    None
                } else {
                    Some(e)
                }
            }
            OpKind::Realloc(t, p, old, new) if self.m.gc.is_some() => {
                let tid = self.m.gc.as_ref().unwrap().tid(t);
                let c = if t.is_unit() { "void".to_string() } else { self.cx.c(t) };
                let (pp, oo, nn) = (self.val(p), self.val(old), self.val(new));
                let e = format!("({}*)pyr_gc_grow((void*){}, {}, (uintptr_t){}, (uintptr_t){})", c, pp, tid, oo, nn);
                if dst.is_none() {
                    self.line(1, &format!("{};", e));
                    None
                } else {
                    Some(e)
                }
            }
            OpKind::Malloc(t, n) => {
                if dst.is_none() {
                    None
                } else if t.is_unit() {
                    Some("pyr_gc_alloc(1)".to_string())
                } else {
                    let c = self.cx.c(t);
                    let nn = self.val(n);
                    Some(format!("({}*)pyr_gc_alloc(sizeof({}) * (uintptr_t){})", c, c, nn))
                }
            }
            OpKind::Realloc(t, p, old, new) => {
                if dst.is_none() {
                    None
                } else {
                    let c = self.cx.c(t);
                    let (pp, oo, nn) = (self.val(p), self.val(old), self.val(new));
                    let size = if t.is_unit() { "1".to_string() } else { format!("sizeof({})", c) };
                    Some(format!("({}*)pyr_gc_realloc((void*){}, {} * (uintptr_t){}, {} * (uintptr_t){})", c, pp, size, oo, size, nn))
                }
            }
            OpKind::MemCopy(d, s, n) => {
                let dt = self.ty(d);
                if !matches!(dt.pointee(), Some(LType::Unit) | None) {
                    let (dd, ss, nn) = (self.val(d), self.val(s), self.val(n));
                    self.line(1, &format!("memmove({}, {}, sizeof(*{}) * (uintptr_t){});", dd, ss, dd, nn));
                    if self.needs_barrier(d, dt.pointee().unwrap()) {
                        self.line(1, &format!("pyr_gc_wb({}, sizeof(*{}) * (uintptr_t){});", dd, dd, nn));
                    }
                }
                None
            }
        };
        if let (Some(d), Some(e)) = (dst, expr) {
            self.line(1, &format!("{} = {};", d, e));
        }
    }

    fn bin(&mut self, o: BinOp, t: &LType, x: &str, y: &str) -> String {
        use BinOp::*;
        let cmp = |op: &str| format!("({} {} {})", x, op, y);
        match o {
            Eq => return cmp("=="),
            Ne => return cmp("!="),
            Lt => return cmp("<"),
            Le => return cmp("<="),
            Gt => return cmp(">"),
            Ge => return cmp(">="),
            _ => {}
        }
        match t {
            LType::Int { bits, .. } => {
                let c = self.cx.c(t);
                let w = wide_unsigned(*bits);
                match o {
                    Add => format!("({})(({}){} + ({}){})", c, w, x, w, y),
                    Sub => format!("({})(({}){} - ({}){})", c, w, x, w, y),
                    Mul => format!("({})(({}){} * ({}){})", c, w, x, w, y),
                    Shl => format!("({})(({}){} << {})", c, w, x, y),
                    Div => format!("({})({} / {})", c, x, y),
                    Rem => format!("({})({} % {})", c, x, y),
                    And => format!("({})({} & {})", c, x, y),
                    Or => format!("({})({} | {})", c, x, y),
                    Xor => format!("({})({} ^ {})", c, x, y),
                    Shr => format!("({})({} >> {})", c, x, y),
                    _ => unreachable!(),
                }
            }
            LType::F32 => match o {
                Add => format!("(float)({} + {})", x, y),
                Sub => format!("(float)({} - {})", x, y),
                Mul => format!("(float)({} * {})", x, y),
                Div => format!("(float)({} / {})", x, y),
                Rem => format!("fmodf({}, {})", x, y),
                _ => panic!("C backend: {:?} on f32", o),
            },
            LType::F64 => match o {
                Add => format!("({} + {})", x, y),
                Sub => format!("({} - {})", x, y),
                Mul => format!("({} * {})", x, y),
                Div => format!("({} / {})", x, y),
                Rem => format!("fmod({}, {})", x, y),
                _ => panic!("C backend: {:?} on f64", o),
            },
            LType::Bool => match o {
                And => format!("({} & {})", x, y),
                Or => format!("({} | {})", x, y),
                Xor => format!("({} ^ {})", x, y),
                _ => panic!("C backend: {:?} on bool", o),
            },
            t => panic!("C backend: {:?} on {}", o, t),
        }
    }

    fn cast(&mut self, from: &LType, to: &LType, x: &str) -> String {
        let c = self.cx.c(to);
        match (from, to) {
            (LType::F64 | LType::F32, LType::Int { bits, signed }) => format!("{}((double){})", lit::f64_to_int_helper(*bits, *signed), x),
            (LType::F64, LType::F64) => x.to_string(),
            (_, LType::Bool) => format!("({} != 0)", x),
            (LType::Ptr(_) | LType::FnPtr(_), LType::Int { .. })
            | (LType::Int { .. }, LType::Ptr(_) | LType::FnPtr(_)) => {
                format!("({})(uintptr_t){}", c, x)
            }
            _ => format!("({}){}", c, x),
        }
    }

    fn call(&mut self, callee: &Callee, args: &[Value]) -> String {
        let sig = self.m.callee_sig(callee, self.g).expect("C backend: indirect call through a non-function");
        let is_extern = matches!(callee, Callee::Extern(_));
        let mut cargs = Vec::new();
        for a in args {
            let t = self.ty(a);
            if t.is_unit() {
                continue;
            }
            let s = self.val(a);
            // Runtime prototypes use `const uint8_t*`, `uintptr_t*`...: `void*` converts to all.
            cargs.push(if is_extern && matches!(t, LType::Ptr(_)) { format!("(void*){}", s) } else { s });
        }
        let name = match callee {
            Callee::Func(f) => self.cx.func_names[f.0 as usize].clone(),
            Callee::Extern(e) => self.m.externs[e.0 as usize].name.clone(),
            Callee::Indirect(v) => self.val(v),
        };
        let e = format!("{}({})", name, cargs.join(", "));
        if is_extern && matches!(sig.ret, LType::Ptr(_)) {
            let c = self.cx.c(&sig.ret);
            format!("({}){}", c, e)
        } else {
            e
        }
    }
}
