//! The collector's view of the module: the type table, as C data.
//!
//! Each type id gets its element size (`sizeof`, so the C compiler's layout is the truth)
//! and a *trace program*: a `uint32_t` array the runtime interprets to find the references
//! in one element (see `runtime/gc/gc.h` for the encoding). Offsets are `offsetof`
//! expressions, never computed here.

use crate::ctypes::Ctx;
use pyrite_ir::gc::holds_refs;
use pyrite_ir::{GcInfo, LType, StructKind};
use std::fmt::Write;

const OP_PTR: &str = "PYR_GC_PTR";
const OP_SWITCH: &str = "PYR_GC_SWITCH";
const OP_ARRAY: &str = "PYR_GC_ARRAY";

/// Arrays up to this many elements are unrolled into their elements' programs.
const UNROLL: u64 = 4;

/// `pyr_gc_types[]`, the trace programs and the chosen policy, as the text of `gc_types.c`.
pub(crate) fn type_table(cx: &mut Ctx, info: &GcInfo) -> String {
    let mut s = String::new();
    let mut entries = Vec::new();
    for (tid, t) in info.types.iter().enumerate() {
        let size = if t.is_unit() { "0".to_string() } else { format!("sizeof({})", cx.c(t)) };
        let mut prog = Vec::new();
        trace(cx, info, t, "0", &mut prog);
        if prog.is_empty() {
            entries.push(format!("    {{ {}, 0 }}, /* {} */", size, t));
        } else {
            prog.push("PYR_GC_END".to_string());
            writeln!(s, "static const uint32_t trace_{}[] = {{ {} }};", tid, prog.join(", ")).unwrap();
            entries.push(format!("    {{ {}, trace_{} }}, /* {} */", size, tid, t));
        }
    }
    writeln!(s, "\nconst pyr_gc_type pyr_gc_types[] = {{\n{}\n}};", entries.join("\n")).unwrap();
    writeln!(s, "const uint32_t pyr_gc_ntypes = {};", info.types.len()).unwrap();
    writeln!(s, "const pyr_gc_policy *const pyr_gc_chosen = &pyr_gc_policy_{};", info.policy).unwrap();
    s
}

/// Appends the program for a value of type `t` at offset expression `at`.
fn trace(cx: &mut Ctx, info: &GcInfo, t: &LType, at: &str, out: &mut Vec<String>) {
    let m = cx.m;
    if !holds_refs(&m.structs, t) {
        return;
    }
    match t {
        LType::Ptr(_) => {
            out.push(OP_PTR.into());
            out.push(at.into());
        }
        LType::Struct(id) => {
            let name = cx.c(t);
            let sd = m.struct_def(*id);
            if let Some(tags) = info.enum_tags.get(id) {
                // `{ tag, payload }`: trace only the variant the tag names.
                let (_, payload_ty) = &sd.fields[1];
                let LType::Struct(pid) = payload_ty else { unreachable!("enum payload is a struct") };
                let pname = cx.c(payload_ty);
                let pdef = m.struct_def(*pid);
                let pat = format!("{}+offsetof({},f1)", at, name);
                let mut cases = Vec::new();
                for (k, (_, vt)) in pdef.fields.iter().enumerate() {
                    let mut sub = Vec::new();
                    if !vt.is_unit() {
                        trace(cx, info, vt, &format!("{}+offsetof({},f{})", pat, pname, k), &mut sub);
                    }
                    if !sub.is_empty() {
                        cases.push((tags[k], sub));
                    }
                }
                if cases.is_empty() {
                    return;
                }
                out.push(OP_SWITCH.into());
                out.push(format!("{}+offsetof({},f0)", at, name));
                out.push(cases.len().to_string());
                out.push(cases.iter().map(|(_, sub)| 2 + sub.len()).sum::<usize>().to_string());
                for (tag, sub) in cases {
                    out.push(format!("{}u", tag));
                    out.push(sub.len().to_string());
                    out.extend(sub);
                }
                return;
            }
            assert!(sd.kind == StructKind::Struct, "C backend: GC tracing of an untagged union {}", sd.name);
            for (k, (_, ft)) in sd.fields.iter().enumerate() {
                if !ft.is_unit() {
                    trace(cx, info, ft, &format!("{}+offsetof({},f{})", at, name, k), out);
                }
            }
        }
        LType::Array(e, n) => {
            let ename = cx.c(e);
            if *n <= UNROLL {
                for i in 0..*n {
                    trace(cx, info, e, &format!("{}+{}*sizeof({})", at, i, ename), out);
                }
            } else {
                let mut sub = Vec::new();
                trace(cx, info, e, "0", &mut sub);
                out.push(OP_ARRAY.into());
                out.push(at.into());
                out.push(n.to_string());
                out.push(format!("sizeof({})", ename));
                out.push(sub.len().to_string());
                out.extend(sub);
            }
        }
        _ => {}
    }
}
