//! Collecting policies: the GC transform's output lowered for the runtime's collectors
//! (`backends/c/runtime/gc/`, reached through `gc/cli.c`'s functions).
//!
//! Invariants:
//! - The runtime's interface (`gc/gc.h`) is honoured bit for bit: the type table holds
//!   `{ u32 size, u32 0, const u32 *trace }` per type id, with trace programs in the
//!   runtime's encoding and offsets from `layout.rs`; a shadow-stack entry is
//!   `{ void *addr, uintptr_t tid }` (16 bytes). The table and the programs live in the
//!   globals block; `Main` hands them to `pyr_cli_gc_init` before any allocation.
//! - A function with root slots zeroes them and pushes one shadow-stack frame at entry, and
//!   pops it before every return (paths ending in a panic need not pop).
//! - The card-marking barrier follows every store of a reference-holding type through a
//!   pointer the GC transform did not exempt (`Graph::unbarriered`), as in the C backend.

use crate::Cx;
use pyrite_ir::gc::holds_refs;
use pyrite_ir::{GcInfo, LType, StructKind};

const OP_END: u32 = 0;
const OP_PTR: u32 = 1;
const OP_SWITCH: u32 = 2;
const OP_ARRAY: u32 = 3;
/// Arrays up to this many elements are traced element by element.
const UNROLL: u64 = 4;

/// Appends the type table and its trace programs to the globals block `bytes` (8-aligned);
/// returns the table's offset and the offsets at which the block's own address plus a
/// target offset must be stored (the trace pointers).
pub(crate) fn type_table(cx: &mut Cx, info: &GcInfo, bytes: &mut Vec<u8>) -> Result<(u64, Vec<(u64, u64)>), String> {
    let pad8 = |b: &mut Vec<u8>| b.resize(b.len().div_ceil(8) * 8, 0);
    pad8(bytes);
    let table = bytes.len() as u64;
    bytes.resize(bytes.len() + 16 * info.types.len().max(1), 0);
    let mut relocs = vec![];
    for (tid, t) in info.types.iter().enumerate() {
        let size = if t.is_unit() { 0 } else { cx.lay.size(t) };
        let size = u32::try_from(size).map_err(|_| format!("error: type {} is too large for the GC's type table", t))?;
        let at = table as usize + 16 * tid;
        bytes[at..at + 4].copy_from_slice(&size.to_le_bytes());
        let mut prog = vec![];
        trace(cx, info, t, 0, &mut prog)?;
        if !prog.is_empty() {
            prog.push(OP_END);
            pad8(bytes);
            relocs.push((at as u64 + 8, bytes.len() as u64));
            for w in prog {
                bytes.extend_from_slice(&w.to_le_bytes());
            }
        }
    }
    pad8(bytes);
    Ok((table, relocs))
}

/// Appends the trace program of a value of type `t` at byte offset `at`.
fn trace(cx: &mut Cx, info: &GcInfo, t: &LType, at: u64, out: &mut Vec<u32>) -> Result<(), String> {
    let m = cx.m;
    if !holds_refs(&m.structs, t) {
        return Ok(());
    }
    let w = |x: u64| u32::try_from(x).map_err(|_| "error: a type is too large for the GC's trace programs".to_string());
    match t {
        LType::Ptr(_) => out.extend([OP_PTR, w(at)?]),
        LType::Struct(id) => {
            let sd = m.struct_def(*id);
            if let Some(tags) = info.enum_tags.get(id) {
                // `{ tag, payload }`: only the variant the tag names holds references.
                let LType::Struct(pid) = &sd.fields[1].1 else {
                    return Err(format!("internal error: enum {} without a payload struct", sd.name));
                };
                let payload = at + cx.lay.field_offset(*id, 1);
                let mut cases = vec![];
                for (k, (_, vt)) in m.struct_def(*pid).fields.iter().enumerate() {
                    let mut sub = vec![];
                    if !vt.is_unit() {
                        let o = payload + cx.lay.field_offset(*pid, k as u32);
                        trace(cx, info, vt, o, &mut sub)?;
                    }
                    if !sub.is_empty() {
                        cases.push((tags[k], sub));
                    }
                }
                if !cases.is_empty() {
                    let skip: u32 = cases.iter().map(|(_, sub)| 2 + sub.len() as u32).sum();
                    out.extend([OP_SWITCH, w(at + cx.lay.field_offset(*id, 0))?, cases.len() as u32, skip]);
                    for (tag, sub) in cases {
                        out.extend([tag, sub.len() as u32]);
                        out.extend(sub);
                    }
                }
                return Ok(());
            }
            if sd.kind != StructKind::Struct {
                return Err(format!("internal error: GC tracing of the untagged union {}", sd.name));
            }
            for (k, (_, ft)) in sd.fields.iter().enumerate() {
                if !ft.is_unit() {
                    let o = at + cx.lay.field_offset(*id, k as u32);
                    trace(cx, info, ft, o, out)?;
                }
            }
        }
        LType::Array(e, n) => {
            let es = cx.lay.size(e);
            if *n <= UNROLL {
                for i in 0..*n {
                    trace(cx, info, e, at + i * es, out)?;
                }
            } else {
                let mut sub = vec![];
                trace(cx, info, e, 0, &mut sub)?;
                out.extend([OP_ARRAY, w(at)?, w(*n)?, w(es)?, sub.len() as u32]);
                out.extend(sub);
            }
        }
        _ => {}
    }
    Ok(())
}
