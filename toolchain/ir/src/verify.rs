//! The verifier: structural and type rules every graph must satisfy after every pass.

use crate::graph::*;
use crate::types::*;
use std::collections::HashSet;

pub fn verify_module(m: &Module) -> Result<(), String> {
    for f in &m.functions {
        verify_function(m, f).map_err(|e| format!("verifier: in function `{}`: {}", f.name, e))?;
    }
    Ok(())
}

pub fn verify_function(m: &Module, f: &Function) -> Result<(), String> {
    let g = &f.graph;
    let entry = g.cfg.node_weight(g.entry).ok_or("entry block missing")?;
    let entry_tys: Vec<LType> = entry.params.iter().map(|p| g.var_type(*p).clone()).collect();
    if entry_tys != f.sig.params {
        return Err(format!("entry parameters {:?} differ from the signature", entry_tys));
    }
    let mut defined_anywhere = HashSet::new();
    for b in g.block_order() {
        let block = &g.cfg[b];
        let mut local: HashSet<Var> = HashSet::new();
        let def = |v: Var, local: &mut HashSet<Var>, any: &mut HashSet<Var>| -> Result<(), String> {
            if !any.insert(v) {
                return Err(format!("v{} defined twice", v.0));
            }
            local.insert(v);
            Ok(())
        };
        for p in &block.params {
            def(*p, &mut local, &mut defined_anywhere)?;
        }
        let use_ok = |v: &Value, local: &HashSet<Var>| -> Result<(), String> {
            match v {
                Value::Var(x) if !local.contains(x) => {
                    Err(format!("block{}: v{} used outside the block that defines it", b.index(), x.0))
                }
                _ => Ok(()),
            }
        };
        for op in &block.ops {
            for v in op.kind.operands() {
                use_ok(v, &local)?;
            }
            check_op_types(m, g, op).map_err(|e| format!("block{}: {}", b.index(), e))?;
            if let Some(r) = op.result {
                def(r, &mut local, &mut defined_anywhere)?;
            }
        }
        let exits = g.exits(b);
        let cases: Vec<&ExitCase> = exits.iter().map(|(_, _, l)| &l.case).collect();
        match &block.exit {
            Exit::Goto => {
                if cases != [&ExitCase::Always] {
                    return Err(format!("block{}: goto needs exactly one link", b.index()));
                }
            }
            Exit::If(c) => {
                use_ok(c, &local)?;
                if g.value_type(c, m) != LType::Bool {
                    return Err(format!("block{}: if on a non-bool", b.index()));
                }
                let (t, e) = (cases.contains(&&ExitCase::True), cases.contains(&&ExitCase::False));
                if cases.len() != 2 || !t || !e {
                    return Err(format!("block{}: if needs a true and a false link", b.index()));
                }
            }
            Exit::Switch(c) => {
                use_ok(c, &local)?;
                if !matches!(g.value_type(c, m), LType::Int { .. }) {
                    return Err(format!("block{}: switch on a non-integer", b.index()));
                }
                let mut seen = HashSet::new();
                let mut defaults = 0;
                for c in &cases {
                    match c {
                        ExitCase::Case(k) => {
                            if !seen.insert(*k) {
                                return Err(format!("block{}: duplicate case {}", b.index(), k));
                            }
                        }
                        ExitCase::Default => defaults += 1,
                        _ => return Err(format!("block{}: bad switch case", b.index())),
                    }
                }
                if defaults != 1 {
                    return Err(format!("block{}: switch needs one default link", b.index()));
                }
            }
            Exit::Return(v) => {
                use_ok(v, &local)?;
                if g.value_type(v, m) != f.sig.ret {
                    return Err(format!("block{}: return type mismatch", b.index()));
                }
                if !exits.is_empty() {
                    return Err(format!("block{}: return with links", b.index()));
                }
            }
            Exit::Unreachable => {
                if !exits.is_empty() {
                    return Err(format!("block{}: unreachable with links", b.index()));
                }
            }
        }
        for (_, target, link) in exits {
            let tparams = &g.cfg[target].params;
            if tparams.len() != link.args.len() {
                return Err(format!(
                    "block{} -> block{}: {} arguments for {} parameters",
                    b.index(),
                    target.index(),
                    link.args.len(),
                    tparams.len()
                ));
            }
            for (a, p) in link.args.iter().zip(tparams) {
                use_ok(a, &local)?;
                if &g.value_type(a, m) != g.var_type(*p) {
                    return Err(format!("block{} -> block{}: argument type mismatch", b.index(), target.index()));
                }
            }
        }
    }
    Ok(())
}

fn check_op_types(m: &Module, g: &Graph, op: &Op) -> Result<(), String> {
    let ty = |v: &Value| g.value_type(v, m);
    let result_ty = op.result.map(|r| g.var_type(r).clone());
    let expect = |want: LType| -> Result<(), String> {
        match &result_ty {
            Some(t) if *t != want => Err(format!("{:?}: result {} but computes {}", op.kind, t, want)),
            _ => Ok(()),
        }
    };
    match &op.kind {
        OpKind::Bin(o, a, b) => {
            if ty(a) != ty(b) {
                return Err(format!("{:?} on {} and {}", o, ty(a), ty(b)));
            }
            let cmp = matches!(o, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
            expect(if cmp { LType::Bool } else { ty(a) })
        }
        OpKind::Un(_, a) => expect(ty(a)),
        OpKind::Cast(_, t) | OpKind::PtrCast(_, t) => expect(t.clone()),
        OpKind::Copy(a) => expect(ty(a)),
        OpKind::SlotAddr(s) => expect(LType::ptr(g.slots[s.0 as usize].clone())),
        OpKind::Load(p) => match ty(p) {
            LType::Ptr(t) => expect(*t),
            t => Err(format!("load from non-pointer {}", t)),
        },
        OpKind::Store(p, v) => match ty(p) {
            LType::Ptr(t) if *t == ty(v) => Ok(()),
            t => Err(format!("store of {} through {}", ty(v), t)),
        },
        OpKind::FieldAddr(p, i) => match ty(p) {
            LType::Ptr(t) => match *t {
                LType::Struct(id) => match m.struct_def(id).fields.get(*i as usize) {
                    Some((_, ft)) => expect(LType::ptr(ft.clone())),
                    None => Err(format!("no field {} in {}", i, m.struct_def(id).name)),
                },
                t => Err(format!("field address into non-struct {}", t)),
            },
            t => Err(format!("field address of non-pointer {}", t)),
        },
        OpKind::ElemAddr(p, _) => expect(ty(p)),
        OpKind::Malloc(t, _) => expect(LType::ptr(t.clone())),
        OpKind::Realloc(t, p, _, _) => {
            if ty(p) != LType::ptr(t.clone()) {
                return Err(format!("realloc of {} as *{}", ty(p), t));
            }
            expect(LType::ptr(t.clone()))
        }
        OpKind::MemCopy(..) => Ok(()),
        OpKind::Call(c, args) => {
            let sig = m.callee_sig(c, g).ok_or("indirect call through a non-function")?;
            let got: Vec<LType> = args.iter().map(ty).collect();
            if got != sig.params {
                return Err(format!(
                    "call {:?}: arguments ({}) but parameters ({})",
                    c,
                    got.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", "),
                    sig.params.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
                ));
            }
            expect(sig.ret)
        }
    }
}
