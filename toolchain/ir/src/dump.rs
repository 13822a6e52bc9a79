//! Textual and Graphviz dumps of flow graphs. The text form is what golden tests compare.

use crate::graph::*;
use std::fmt::Write;

pub fn value(m: &Module, v: &Value) -> String {
    match v {
        Value::Var(x) => format!("v{}", x.0),
        Value::Const(c) => match c {
            Const::Int(i, t) => format!("{}_{}", i, t),
            Const::F64(f) => format!("{:?}", f),
            Const::Bool(b) => b.to_string(),
            Const::Unit => "()".into(),
            Const::Null(_) => "null".into(),
            Const::GlobalAddr(g) => format!("@{}", m.globals[g.0 as usize].name),
            Const::FuncAddr(f) => format!("&{}", m.functions[f.0 as usize].name),
        },
    }
}

fn callee(m: &Module, c: &Callee) -> String {
    match c {
        Callee::Func(f) => m.functions[f.0 as usize].name.clone(),
        Callee::Extern(e) => format!("extern {}", m.externs[e.0 as usize].name),
        Callee::Indirect(v) => format!("*{}", value(m, v)),
    }
}

pub fn op(m: &Module, g: &Graph, o: &Op) -> String {
    let vs = |xs: &[&Value]| xs.iter().map(|x| value(m, x)).collect::<Vec<_>>().join(", ");
    let body = match &o.kind {
        OpKind::Bin(b, x, y) => format!("{:?}({})", b, vs(&[x, y])).to_lowercase(),
        OpKind::Un(u, x) => format!("{:?}({})", u, value(m, x)).to_lowercase(),
        OpKind::Cast(x, t) => format!("cast({}) to {}", value(m, x), t),
        OpKind::PtrCast(x, t) => format!("ptrcast({}) to {}", value(m, x), t),
        OpKind::Copy(x) => format!("copy({})", value(m, x)),
        OpKind::SlotAddr(s) => format!("slot{}", s.0),
        OpKind::Load(x) => format!("load({})", value(m, x)),
        OpKind::Store(p, x) => format!("store({})", vs(&[p, x])),
        OpKind::FieldAddr(p, i) => format!("field({}, {})", value(m, p), i),
        OpKind::ElemAddr(p, i) => format!("elem({})", vs(&[p, i])),
        OpKind::Malloc(t, n) => format!("malloc({}, {})", t, value(m, n)),
        OpKind::Realloc(t, p, a, b) => format!("realloc({}, {})", t, vs(&[p, a, b])),
        OpKind::MemCopy(a, b, c) => format!("memcopy({})", vs(&[a, b, c])),
        OpKind::Call(c, args) => {
            format!("call {}({})", callee(m, c), vs(&args.iter().collect::<Vec<_>>()))
        }
    };
    match o.result {
        Some(r) => format!("v{}: {} = {}", r.0, g.var_type(r), body),
        None => body,
    }
}

fn exit(m: &Module, e: &Exit) -> String {
    match e {
        Exit::Goto => "goto".into(),
        Exit::If(v) => format!("if {}", value(m, v)),
        Exit::Switch(v) => format!("switch {}", value(m, v)),
        Exit::Return(v) => format!("return {}", value(m, v)),
        Exit::Unreachable => "unreachable".into(),
    }
}

fn case(c: &ExitCase) -> String {
    match c {
        ExitCase::Always => String::new(),
        ExitCase::True => "true ".into(),
        ExitCase::False => "false ".into(),
        ExitCase::Case(k) => format!("case {} ", k),
        ExitCase::Default => "default ".into(),
    }
}

/// Block numbers in the dump are positions in `block_order`, so dumps are stable.
pub fn function_text(m: &Module, f: &Function) -> String {
    let g = &f.graph;
    let order = g.block_order();
    let pos = |b: BlockId| order.iter().position(|x| *x == b).unwrap();
    let mut s = String::new();
    let params: Vec<String> = f.sig.params.iter().map(|t| t.to_string()).collect();
    writeln!(s, "fn {}({}) -> {} {{", f.name, params.join(", "), f.sig.ret).unwrap();
    for (i, t) in g.slots.iter().enumerate() {
        writeln!(s, "  slot{}: {}", i, t).unwrap();
    }
    for &b in &order {
        let blk = &g.cfg[b];
        let ps: Vec<String> =
            blk.params.iter().map(|p| format!("v{}: {}", p.0, g.var_type(*p))).collect();
        writeln!(s, "block{}({}):", pos(b), ps.join(", ")).unwrap();
        for o in &blk.ops {
            writeln!(s, "    {}", op(m, g, o)).unwrap();
        }
        writeln!(s, "    {}", exit(m, &blk.exit)).unwrap();
        for (_, t, l) in g.exits(b) {
            let args: Vec<String> = l.args.iter().map(|a| value(m, a)).collect();
            writeln!(s, "      {}-> block{}({})", case(&l.case), pos(t), args.join(", ")).unwrap();
        }
    }
    s.push_str("}\n");
    s
}

pub fn function_dot(m: &Module, f: &Function) -> String {
    let g = &f.graph;
    let order = g.block_order();
    let pos = |b: BlockId| order.iter().position(|x| *x == b).unwrap();
    let esc = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"").replace('{', "\\{").replace('}', "\\}").replace('<', "\\<").replace('>', "\\>").replace('|', "\\|");
    let mut s = format!("digraph \"{}\" {{\n  node [shape=record, fontname=monospace];\n", esc(&f.name));
    for &b in &order {
        let blk = &g.cfg[b];
        let mut label = format!("block{}({})", pos(b), blk.params.iter().map(|p| format!("v{}", p.0)).collect::<Vec<_>>().join(", "));
        for o in &blk.ops {
            label.push_str("\\l");
            label.push_str(&esc(&op(m, g, o)));
        }
        label.push_str("\\l");
        label.push_str(&esc(&exit(m, &blk.exit)));
        label.push_str("\\l");
        writeln!(s, "  b{} [label=\"{{{}}}\"];", pos(b), label).unwrap();
        for (_, t, l) in g.exits(b) {
            let args: Vec<String> = l.args.iter().map(|a| value(m, a)).collect();
            writeln!(s, "  b{} -> b{} [label=\"{}({})\"];", pos(b), pos(t), esc(case(&l.case).trim()), esc(&args.join(", "))).unwrap();
        }
    }
    s.push_str("}\n");
    s
}
