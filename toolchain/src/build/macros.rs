//! Macros to operations: formatting goes through the prelude's `fmt::Formatter`.

use super::func::{FnBuilder, Place};
use crate::diag::DResult;
use crate::frontend::DefId;
use crate::sema::check::{key, FmtPiece, FmtPlan, MacroArgs};
use crate::sema::fmtstr::Count;
use crate::sema::ty::{IntKind, Ty};
use pyrite_ir::*;
use std::collections::HashMap;
use syn::spanned::Spanned;

/// Field index of `Formatter::buf` in the prelude.
const FORMATTER_BUF: u32 = 0;

impl FnBuilder<'_, '_> {
    pub fn inherent_method(&self, adt: DefId, name: &str) -> DefId {
        for (i, h) in self.cx.prog.impl_headers.iter().enumerate() {
            if h.trait_.is_none() && matches!(&h.self_ty, Ty::Adt(d, _) if *d == adt) {
                if let Some(m) = self.cx.prog.krate.impls[i].methods.get(name) {
                    return *m;
                }
            }
        }
        panic!("internal: prelude method {}::{} missing", self.cx.prog.name_of(adt), name)
    }

    fn formatter_def(&self) -> DefId {
        self.cx.prog.krate.lang_in("fmt", "Formatter")
    }

    /// A fresh formatter in a slot; returns a pointer to it.
    fn new_formatter(&mut self, span: proc_macro2::Span) -> DResult<Value> {
        let fd = self.formatter_def();
        let new = self.inherent_method(fd, "new");
        let v = self.call_def(new, &[], vec![], span)?;
        let lt = self.lty(&Ty::Adt(fd, vec![]));
        Ok(self.spill_typed(v, lt))
    }

    /// The formatter's buffer as a `&str`.
    fn formatter_str(&mut self, f: Value) -> Value {
        let buf = self.field_addr(f, FORMATTER_BUF);
        let vec = self.field_addr(buf, 0);
        self.vec_slice(vec, &Ty::Int(IntKind::U8))
    }

    fn write_str_call(&mut self, f: Value, s: &str, span: proc_macro2::Span) -> DResult<()> {
        let fd = self.formatter_def();
        let ws = self.inherent_method(fd, "write_str");
        let lit = self.str_lit(s);
        self.call_def(ws, &[], vec![f, lit], span)?;
        Ok(())
    }

    /// Formats `pieces` into the formatter `f`.
    fn format_into(&mut self, f: Value, pieces: &[FmtPiece], span: proc_macro2::Span) -> DResult<()> {
        // Each distinct argument is evaluated once, in order, to a reference.
        let mut refs: HashMap<usize, Value> = HashMap::new();
        let mut counts: HashMap<usize, Value> = HashMap::new();
        for p in pieces {
            if let FmtPiece::Arg(a) = p {
                for c in [a.width, a.prec].into_iter().flatten() {
                    if !counts.contains_key(&key(c)) {
                        let v = self.expr(c)?;
                        counts.insert(key(c), v);
                    }
                }
                if refs.contains_key(&key(a.expr)) {
                    continue;
                }
                let place = self.place(a.expr)?;
                let mut r = match place {
                    Place::Addr(x) | Place::Fat(x) => x,
                };
                if a.as_slice {
                    let t = self.ty_of(a.expr);
                    r = self.unsize(r, &Ty::Ref(Box::new(t), false)).0;
                }
                refs.insert(key(a.expr), r);
            }
        }
        let fd = self.formatter_def();
        let spec = self.inherent_method(fd, "__spec");
        for p in pieces {
            match p {
                FmtPiece::Lit(s) => self.write_str_call(f.clone(), s, span)?,
                FmtPiece::Arg(a) => {
                    let u = self.cx.usize_ty();
                    let (w, hw) = match (&a.spec.width, a.width) {
                        (Count::Lit(n), _) => (self.int(*n as i128, u.clone()), true),
                        (_, Some(e)) => (counts[&key(e)].clone(), true),
                        _ => (self.int(0, u.clone()), false),
                    };
                    let (pr, hp) = match (&a.spec.prec, a.prec) {
                        (Count::Lit(n), _) => (self.int(*n as i128, u.clone()), true),
                        (_, Some(e)) => (counts[&key(e)].clone(), true),
                        _ => (self.int(0, u.clone()), false),
                    };
                    let args = vec![
                        f.clone(),
                        w,
                        Value::Const(Const::Bool(hw)),
                        pr,
                        Value::Const(Const::Bool(hp)),
                        self.int(a.spec.align as i128, LType::int(8, false)),
                        self.int(a.spec.fill as i128, LType::int(32, false)),
                        Value::Const(Const::Bool(a.spec.plus)),
                        Value::Const(Const::Bool(a.spec.zero)),
                        Value::Const(Const::Bool(a.spec.alt)),
                    ];
                    self.call_def(spec, &[], args, span)?;
                    let r = refs[&key(a.expr)].clone();
                    self.call_callee(&a.callee, vec![r, f.clone()], a.expr.span())?;
                }
            }
        }
        Ok(())
    }

    /// Formats a whole plan into a new formatter; returns the formatter pointer.
    fn format_plan(&mut self, plan: &FmtPlan, span: proc_macro2::Span) -> DResult<Value> {
        let f = self.new_formatter(span)?;
        self.format_into(f.clone(), &plan.pieces, span)?;
        Ok(f)
    }

    fn write_fd(&mut self, s: Value, stderr: bool) {
        let p = self.field_of(s.clone(), 0);
        let n = self.field_of(s, 1);
        let u8p = LType::ptr(LType::int(8, false));
        let u = self.cx.usize_ty();
        let e = self.cx.extern_fn(if stderr { "pyr_write_err" } else { "pyr_write_out" }, vec![u8p, u], LType::Unit, false);
        self.emit_void(OpKind::Call(Callee::Extern(e), vec![p, n]));
    }

    pub fn macro_expr(&mut self, mac: &'static syn::Macro) -> DResult<Value> {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let span = mac.path.span();
        let plan = self.t.fmt.get(&key(mac)).cloned();
        if let Ok(MacroArgs::Desugared(e)) = self.cx.macros.args(mac) {
            return self.expr(e);
        }
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let plan = plan.unwrap();
                let f = self.format_plan(&plan, span)?;
                if plan.newline {
                    self.write_str_call(f.clone(), "\n", span)?;
                }
                let s = self.formatter_str(f);
                self.write_fd(s, name.starts_with('e'));
                Ok(Value::Const(Const::Unit))
            }
            "format" => {
                let plan = plan.unwrap();
                let f = self.format_plan(&plan, span)?;
                let buf = self.field_addr(f, FORMATTER_BUF);
                Ok(self.load(buf))
            }
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                let plan = plan.unwrap();
                let prefix = match name.as_str() {
                    "unreachable" => "internal error: entered unreachable code",
                    "todo" => "not yet implemented",
                    "unimplemented" => "not implemented",
                    _ => "",
                };
                let literal: Option<String> = plan.pieces.iter().map(|p| match p {
                    FmtPiece::Lit(s) => Some(s.as_str()),
                    _ => None,
                }).collect();
                let msg = if plan.pieces.is_empty() {
                    self.str_lit(if name == "panic" { "explicit panic" } else { prefix })
                } else if let Some(text) = literal {
                    // A message without arguments is one string constant: no formatter code at
                    // the panic site, so small functions that can panic stay small to inline.
                    let full = if prefix.is_empty() { text } else { format!("{}: {}", prefix, text) };
                    self.str_lit(&full)
                } else {
                    let f = self.new_formatter(span)?;
                    if !prefix.is_empty() {
                        self.write_str_call(f.clone(), &format!("{}: ", prefix), span)?;
                    }
                    self.format_into(f.clone(), &plan.pieces, span)?;
                    self.formatter_str(f)
                };
                self.panic_str(msg, mac.path.segments[0].ident.span());
                Ok(Value::Const(Const::Unit))
            }
            "write" | "writeln" => {
                let plan = plan.unwrap();
                let target = plan.target.unwrap();
                let tt = self.ty_of(target);
                let mut fp = self.expr(target)?;
                let mut t = tt;
                while let Ty::Ref(x, _) = t.clone() {
                    if matches!(*x, Ty::Ref(..)) {
                        fp = self.load(fp);
                    }
                    t = *x;
                }
                if !matches!(self.ty_of(target), Ty::Ref(..)) {
                    let p = self.place(target)?;
                    fp = self.place_addr(&p);
                }
                let is_string = matches!(&t, Ty::Adt(d, _) if self.cx.prog.is_lang(*d, "String"));
                if is_string {
                    let f = self.new_formatter(span)?;
                    self.format_into(f.clone(), &plan.pieces, span)?;
                    if plan.newline {
                        self.write_str_call(f.clone(), "\n", span)?;
                    }
                    let s = self.formatter_str(f);
                    let sd = self.cx.prog.krate.lang("String");
                    let push = self.inherent_method(sd, "push_str");
                    self.call_def(push, &[], vec![fp, s], span)?;
                } else {
                    self.format_into(fp.clone(), &plan.pieces, span)?;
                    if plan.newline {
                        self.write_str_call(fp, "\n", span)?;
                    }
                }
                let err = Ty::Adt(self.cx.prog.krate.lang_in("fmt", "Error"), vec![]);
                let rt = Ty::Adt(self.cx.prog.krate.lang("Result"), vec![Ty::Unit, err]);
                Ok(self.construct(&rt, 0, vec![Value::Const(Const::Unit)]))
            }
            // rustc -O turns debug assertions off: checked, never run.
            "debug_assert" | "debug_assert_eq" | "debug_assert_ne" => Ok(Value::Const(Const::Unit)),
            "assert" => {
                let plan = plan.unwrap();
                let MacroArgs::List(list) = self.cx.macros.args(mac).unwrap() else { unreachable!() };
                let c = self.expr(list[0])?;
                let ok = self.new_block();
                let bad = self.new_block();
                self.branch(c, ok, bad);
                self.switch_to(bad);
                let msg = if plan.pieces.is_empty() {
                    let text = match super::pprust::expr(list[0]) {
                        Some(t) => t,
                        None => self.source_text(list[0]),
                    };
                    self.str_lit(&format!("assertion failed: {}", text))
                } else {
                    let f = self.format_plan(&plan, span)?;
                    self.formatter_str(f)
                };
                self.panic_str(msg, mac.path.segments[0].ident.span());
                self.switch_to(ok);
                Ok(Value::Const(Const::Unit))
            }
            "assert_eq" | "assert_ne" => {
                let plan = plan.unwrap();
                let MacroArgs::List(list) = self.cx.macros.args(mac).unwrap() else { unreachable!() };
                let eq_kind = name.ends_with("eq");
                let n = plan.pieces.len();
                let (custom, operands) = plan.pieces.split_at(n - 2);
                let (l, r) = (list[0], list[1]);
                let equal = match self.t.op_call.get(&key(mac)).cloned() {
                    Some(crate::sema::check::Callee::Fn(d, env)) => {
                        let view = self.t.cmp_view[&key(mac)].clone();
                        let lv = self.view_ref(l, &view)?;
                        let rv = self.view_ref(r, &view)?;
                        self.call_def(d, &env, vec![lv, rv], span)?
                    }
                    _ => {
                        let lt = self.ty_of(l);
                        let rt = self.ty_of(r);
                        let lv = self.expr(l)?;
                        let lv = self.deref_to_prim(lv, &lt);
                        let rv = self.expr(r)?;
                        let rv = self.deref_to_prim(rv, &rt);
                        self.bin(BinOp::Eq, lv, rv)
                    }
                };
                let ok = self.new_block();
                let bad = self.new_block();
                if eq_kind {
                    self.branch(equal, ok, bad);
                } else {
                    self.branch(equal, bad, ok);
                }
                self.switch_to(bad);
                let f = self.new_formatter(span)?;
                let op = if eq_kind { "==" } else { "!=" };
                self.write_str_call(f.clone(), &format!("assertion `left {} right` failed", op), span)?;
                if !custom.is_empty() {
                    self.write_str_call(f.clone(), ": ", span)?;
                    self.format_into(f.clone(), custom, span)?;
                }
                self.write_str_call(f.clone(), "\n  left: ", span)?;
                self.format_into(f.clone(), &operands[..1], span)?;
                self.write_str_call(f.clone(), "\n right: ", span)?;
                self.format_into(f.clone(), &operands[1..], span)?;
                let s = self.formatter_str(f);
                self.panic_str(s, mac.path.segments[0].ident.span());
                self.switch_to(ok);
                Ok(Value::Const(Const::Unit))
            }
            "vec" => self.vec_macro(mac),
            _ => Err(self.err(mac.span(), format!("unsupported macro `{}!`", name))),
        }
    }

    fn vec_macro(&mut self, mac: &'static syn::Macro) -> DResult<Value> {
        let ty = self.macro_result_ty(mac);
        let Ty::Adt(vd, args) = &ty else { return Err(self.err(mac.span(), "internal error: vec! type")) };
        let el = args[0].clone();
        let span = mac.path.span();
        let with_cap = self.inherent_method(*vd, "with_capacity");
        let push = self.inherent_method(*vd, "push");
        let env = vec![el.clone()];
        let lt = self.lty(&ty);
        match self.cx.macros.args(mac).unwrap() {
            MacroArgs::List(list) => {
                let n = self.usize_const(list.len() as i128);
                let v = self.call_def(with_cap, &env, vec![n], span)?;
                let va = self.spill_typed(v, lt);
                for x in list {
                    let xv = self.expr(x)?;
                    self.call_def(push, &env, vec![va.clone(), xv], span)?;
                }
                Ok(self.load(va))
            }
            MacroArgs::Desugared(_) => unreachable!(),
            MacroArgs::Repeat(x, n) => {
                let xv = self.expr(x)?;
                let elt = self.lty(&el);
                let xa = self.spill_typed(xv, elt);
                let nv = self.expr(n)?;
                let v = self.call_def(with_cap, &env, vec![nv.clone()], span)?;
                let va = self.spill_typed(v, lt);
                let clone = self.t.op_call.get(&key(mac)).cloned().unwrap();
                self.counted_loop(nv, &mut |b, _| {
                    let cv = b.call_callee(&clone, vec![xa.clone()], span)?;
                    b.call_def(push, &env, vec![va.clone(), cv], span)?;
                    Ok(())
                })?;
                Ok(self.load(va))
            }
        }
    }

    /// The type the checker gave to the macro expression that contains `mac`.
    fn macro_result_ty(&self, mac: &'static syn::Macro) -> Ty {
        self.t.macro_ty.get(&key(mac)).cloned().unwrap_or(Ty::Unit)
    }

    /// The source text of an expression, for `assert!` messages.
    fn source_text(&self, e: &syn::Expr) -> String {
        let toks = quote::ToTokens::to_token_stream(e);
        if toks.into_iter().any(|t| crate::diag::is_remapped(t.span())) {
            // Transcribed by a macro: the source text is not in one piece.
            return quote::ToTokens::to_token_stream(e).to_string();
        }
        let s = e.span();
        let (a, b) = (s.start(), s.end());
        let text = &self.cx.prog.krate.files[self.file as usize].text;
        let lines: Vec<&str> = text.lines().collect();
        if a.line == b.line && a.line >= 1 && a.line <= lines.len() {
            let l: Vec<char> = lines[a.line - 1].chars().collect();
            if b.column <= l.len() {
                return l[a.column..b.column].iter().collect();
            }
        }
        quote::ToTokens::to_token_stream(e).to_string()
    }
}
