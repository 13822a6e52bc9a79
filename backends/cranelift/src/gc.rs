//! Collecting policies: the GC transform's output lowered for the runtime's collectors.
//!
//! Invariants:
//! - The runtime's interface (`backends/c/runtime/gc/gc.h`) is honoured bit for bit: an
//!   object is an 8-byte header `{ u32 tid, u32 len }` then `len` zeroed elements, 8-aligned,
//!   at least 16 bytes in all; a shadow-stack entry is `{ void *addr, uintptr_t tid }`
//!   (16 bytes); `pyr_gc_types[]` holds `{ u32 size, const u32 *trace }` per type id, with
//!   trace programs in the runtime's encoding and offsets from `layout.rs`.
//! - The header's inline fast paths (`pyr_gc_new`, `pyr_gc_push_frame`, `pyr_gc_wb`) are
//!   generated once per object as local functions `pyrc_gc_*` in Cranelift IR, reading the
//!   runtime's globals (`pyr_gc_free`, `pyr_gc_top`, ...); their slow paths are the
//!   runtime's own functions. No C is generated.
//! - A function with root slots pushes one frame at entry (after zeroing the slots) and
//!   restores `pyr_gc_sp` before every return; paths ending in a panic need not pop.
//! - The card-marking barrier follows every store of a reference-holding type through a
//!   pointer that is not a stack-slot address or a global, as in the C backend.

use crate::func::FnLower;
use crate::{Cx, Repr};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, UserFuncName};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, Linkage, Module as _};
use pyrite_ir::gc::holds_refs;
use pyrite_ir::{GcInfo, LType, StructKind, Value};

const OP_END: u32 = 0;
const OP_PTR: u32 = 1;
const OP_SWITCH: u32 = 2;
const OP_ARRAY: u32 = 3;
/// Arrays up to this many elements are unrolled into their elements' programs.
const UNROLL: u64 = 4;

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

/// Declares the generated fast paths so functions can call them (before any body is lowered).
pub(crate) fn declare_helpers(cx: &mut Cx) -> Result<(), String> {
    let p = cx.ptr;
    for (name, params, ret) in [
        ("pyrc_gc_new", vec![types::I32, p, p], Some(p)),
        ("pyrc_gc_push_frame", vec![p], Some(p)),
        ("pyrc_gc_wb", vec![p, p], None),
    ] {
        let mut sig = Signature::new(cx.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(ret.map(AbiParam::new));
        let id = cx.module.declare_function(name, Linkage::Local, &sig).map_err(|e| format!("internal error: {}", e))?;
        cx.helpers.insert(name, id);
    }
    Ok(())
}

/// The type table, the chosen policy, and the bodies of the `pyrc_gc_*` fast paths.
pub(crate) fn type_table(cx: &mut Cx, info: &GcInfo, ctx: &mut Context, fbc: &mut FunctionBuilderContext) -> Result<(), String> {
    let err = |e: cranelift_module::ModuleError| format!("internal error: GC tables: {}", e);
    let m = cx.m;
    let mut entries = vec![0u8; 16 * info.types.len().max(1)];
    let mut table = DataDescription::new();
    table.set_align(8);
    for (tid, t) in info.types.iter().enumerate() {
        let size = if t.is_unit() { 0 } else { cx.lay.size(t) };
        if size > u32::MAX as u64 {
            return Err(format!("error: type {} is too large for the GC's type table", t));
        }
        entries[16 * tid..16 * tid + 4].copy_from_slice(&(size as u32).to_le_bytes());
        let mut prog = vec![];
        trace(cx, info, t, 0, &mut prog)?;
        if !prog.is_empty() {
            prog.push(OP_END);
            let id = cx.module.declare_data(&format!("pyrc_gc_trace_{}", tid), Linkage::Local, false, false).map_err(err)?;
            let mut d = DataDescription::new();
            d.set_align(4);
            d.define(prog.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>().into_boxed_slice());
            cx.module.define_data(id, &d).map_err(err)?;
            let gv = cx.module.declare_data_in_data(id, &mut table);
            table.write_data_addr((16 * tid + 8) as u32, gv, 0);
        }
    }
    let _ = m;
    table.define(entries.into_boxed_slice());
    let id = cx.module.declare_data("pyr_gc_types", Linkage::Export, false, false).map_err(err)?;
    cx.module.define_data(id, &table).map_err(err)?;

    let id = cx.module.declare_data("pyr_gc_ntypes", Linkage::Export, false, false).map_err(err)?;
    let mut d = DataDescription::new();
    d.set_align(4);
    d.define(Box::new((info.types.len() as u32).to_le_bytes()));
    cx.module.define_data(id, &d).map_err(err)?;

    if !info.policy.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("error: bad GC policy name `{}`", info.policy));
    }
    let policy = cx.module.declare_data(&format!("pyr_gc_policy_{}", info.policy), Linkage::Import, false, false).map_err(err)?;
    let id = cx.module.declare_data("pyr_gc_chosen", Linkage::Export, false, false).map_err(err)?;
    let mut d = DataDescription::new();
    d.set_align(8);
    d.define(Box::new([0u8; 8]));
    let gv = cx.module.declare_data_in_data(policy, &mut d);
    d.write_data_addr(0, gv, 0);
    cx.module.define_data(id, &d).map_err(err)?;

    define_helper(cx, "pyrc_gc_new", ctx, fbc, gen_new)?;
    define_helper(cx, "pyrc_gc_push_frame", ctx, fbc, gen_push_frame)?;
    define_helper(cx, "pyrc_gc_wb", ctx, fbc, gen_wb)?;
    Ok(())
}

/// Appends the trace program of a value of type `t` at byte offset `at`.
fn trace(cx: &mut Cx, info: &GcInfo, t: &LType, at: u64, out: &mut Vec<u32>) -> Result<(), String> {
    let m = cx.m;
    if !holds_refs(&m.structs, t) {
        return Ok(());
    }
    let off32 = |x: u64| u32::try_from(x).map_err(|_| "error: a type is too large for the GC's trace programs".to_string());
    match t {
        LType::Ptr(_) => {
            out.push(OP_PTR);
            out.push(off32(at)?);
        }
        LType::Struct(id) => {
            let sd = m.struct_def(*id);
            if let Some(tags) = info.enum_tags.get(id) {
                // `{ tag, payload }`: trace only the variant the tag names.
                let LType::Struct(pid) = &sd.fields[1].1 else {
                    return Err(format!("internal error: enum {} without a payload struct", sd.name));
                };
                let pat = at + cx.lay.field_offset(*id, 1);
                let pdef = m.struct_def(*pid);
                let mut cases = vec![];
                for (k, (_, vt)) in pdef.fields.iter().enumerate() {
                    let mut sub = vec![];
                    if !vt.is_unit() {
                        let o = pat + cx.lay.field_offset(*pid, k as u32);
                        trace(cx, info, vt, o, &mut sub)?;
                    }
                    if !sub.is_empty() {
                        cases.push((tags[k], sub));
                    }
                }
                if cases.is_empty() {
                    return Ok(());
                }
                out.push(OP_SWITCH);
                out.push(off32(at + cx.lay.field_offset(*id, 0))?);
                out.push(cases.len() as u32);
                out.push(cases.iter().map(|(_, sub)| 2 + sub.len() as u32).sum());
                for (tag, sub) in cases {
                    out.push(tag);
                    out.push(sub.len() as u32);
                    out.extend(sub);
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
                out.push(OP_ARRAY);
                out.push(off32(at)?);
                out.push(off32(*n)?);
                out.push(off32(es)?);
                out.push(sub.len() as u32);
                out.extend(sub);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Context for generating one helper body.
struct Gen<'a, 'm, 'b> {
    cx: &'a mut Cx<'m>,
    b: FunctionBuilder<'b>,
}

impl Gen<'_, '_, '_> {
    fn addr(&mut self, name: &'static str) -> Result<ir::Value, String> {
        let id = self.cx.rt_data(name)?;
        let gv = self.cx.module.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(self.cx.ptr, gv))
    }
    fn load_global(&mut self, name: &'static str, t: ir::Type) -> Result<ir::Value, String> {
        let a = self.addr(name)?;
        Ok(self.b.ins().load(t, flags(), a, 0))
    }
    fn store_global(&mut self, name: &'static str, v: ir::Value) -> Result<(), String> {
        let a = self.addr(name)?;
        self.b.ins().store(flags(), v, a, 0);
        Ok(())
    }
    fn call_rt(&mut self, name: &'static str, params: &[ir::Type], ret: Option<ir::Type>, args: &[ir::Value]) -> Result<Option<ir::Value>, String> {
        let id = self.cx.helper(name, params, ret)?;
        let fr = self.cx.module.declare_func_in_func(id, self.b.func);
        let c = self.b.ins().call(fr, args);
        Ok(self.b.inst_results(c).first().copied())
    }
}

fn define_helper(
    cx: &mut Cx,
    name: &'static str,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
    body: fn(&mut Gen, &[ir::Value]) -> Result<(), String>,
) -> Result<(), String> {
    let id = cx.helpers[name];
    ctx.func.signature = cx.module.declarations().get_function_decl(id).signature.clone();
    ctx.func.name = UserFuncName::user(1, id.as_u32());
    {
        let b = FunctionBuilder::new(&mut ctx.func, fbc);
        let mut g = Gen { cx, b };
        let entry = g.b.create_block();
        g.b.append_block_params_for_function_params(entry);
        g.b.switch_to_block(entry);
        let params = g.b.block_params(entry).to_vec();
        body(&mut g, &params)?;
        g.b.seal_all_blocks();
        let cfg = g.cx.module.target_config();
        g.b.finalize(cfg);
    }
    cx.module.define_function(id, ctx).map_err(|e| format!("internal error: Cranelift rejected {}: {:?}", name, e))?;
    cx.module.clear_context(ctx);
    Ok(())
}

/// `pyrc_gc_new(tid, n, size)`: `pyr_gc_new` of `gc.h` (size = the type's element size).
fn gen_new(g: &mut Gen, ps: &[ir::Value]) -> Result<(), String> {
    let (tid, n, size) = (ps[0], ps[1], ps[2]);
    let p = g.cx.ptr;
    let slow = g.b.create_block();
    let fast1 = g.b.create_block();
    let fast2 = g.b.create_block();
    let mark = g.b.create_block();
    let init = g.b.create_block();
    // n < 2^32 and size < 2^32, so n * size cannot overflow 64 bits.
    let body = g.b.ins().imul(n, size);
    let big_n = g.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, n, 0xffff_ffff);
    let big_body = g.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, body, 1 << 62);
    let bad = g.b.ins().bor(big_n, big_body);
    g.b.ins().brif(bad, slow, &[], fast1, &[]);

    g.b.switch_to_block(fast1);
    let t = g.b.ins().iadd_imm_s(body, 15);
    let t = g.b.ins().band_imm_s(t, -8);
    let sixteen = g.b.ins().iconst(p, 16);
    let total = g.b.ins().umax(t, sixteen);
    let free = g.load_global("pyr_gc_free", p)?;
    let top = g.load_global("pyr_gc_top", p)?;
    let room = g.b.ins().isub(top, free);
    let short = g.b.ins().icmp(IntCC::UnsignedLessThan, room, total);
    g.b.ins().brif(short, slow, &[], fast2, &[]);

    g.b.switch_to_block(fast2);
    let nf = g.b.ins().iadd(free, total);
    g.store_global("pyr_gc_free", nf)?;
    let starts = g.load_global("pyr_gc_alloc_starts", p)?;
    g.b.ins().brif(starts, mark, &[], init, &[]);

    g.b.switch_to_block(mark);
    let lo = g.load_global("pyr_gc_alloc_lo", p)?;
    let d = g.b.ins().isub(free, lo);
    let gi = g.b.ins().ushr_imm_u(d, 3);
    let word = g.b.ins().ushr_imm_u(gi, 6);
    let word = g.b.ins().ishl_imm_u(word, 3);
    let wa = g.b.ins().iadd(starts, word);
    let bitn = g.b.ins().band_imm_u(gi, 63);
    let one = g.b.ins().iconst(types::I64, 1);
    let bit = g.b.ins().ishl(one, bitn);
    let old = g.b.ins().load(types::I64, flags(), wa, 0);
    let new = g.b.ins().bor(old, bit);
    g.b.ins().store(flags(), new, wa, 0);
    g.b.ins().jump(init, &[]);

    g.b.switch_to_block(init);
    g.b.ins().store(flags(), tid, free, 0);
    let n32 = g.b.ins().ireduce(types::I32, n);
    g.b.ins().store(flags(), n32, free, 4);
    let obj = g.b.ins().iadd_imm_s(free, 8);
    let rest = g.b.ins().iadd_imm_s(total, -8);
    let zero = g.b.ins().iconst(types::I32, 0);
    let cfg = g.cx.module.target_config();
    g.b.call_memset(cfg, obj, zero, rest);
    g.b.ins().return_(&[obj]);

    g.b.switch_to_block(slow);
    let r = g.call_rt("pyr_gc_new_slow", &[types::I32, p], Some(p), &[tid, n])?.expect("result");
    g.b.ins().return_(&[r]);
    Ok(())
}

/// `pyrc_gc_push_frame(k)`: `pyr_gc_push_frame` of `gc.h`.
fn gen_push_frame(g: &mut Gen, ps: &[ir::Value]) -> Result<(), String> {
    let k = ps[0];
    let p = g.cx.ptr;
    let slow = g.b.create_block();
    let fast = g.b.create_block();
    let f = g.load_global("pyr_gc_sp", p)?;
    let e = g.load_global("pyr_gc_ss_end", p)?;
    let room = g.b.ins().isub(e, f);
    let need = g.b.ins().ishl_imm_u(k, 4);
    let short = g.b.ins().icmp(IntCC::UnsignedLessThan, room, need);
    g.b.ins().brif(short, slow, &[], fast, &[]);
    g.b.switch_to_block(fast);
    let nf = g.b.ins().iadd(f, need);
    g.store_global("pyr_gc_sp", nf)?;
    g.b.ins().return_(&[f]);
    g.b.switch_to_block(slow);
    let r = g.call_rt("pyr_gc_push_frame_slow", &[p], Some(p), &[k])?.expect("result");
    g.b.ins().return_(&[r]);
    Ok(())
}

/// `pyrc_gc_wb(p, size)`: the card-marking barrier `pyr_gc_wb` of `gc.h` (512-byte cards).
fn gen_wb(g: &mut Gen, ps: &[ir::Value]) -> Result<(), String> {
    let (a, size) = (ps[0], ps[1]);
    let p = g.cx.ptr;
    let mark = g.b.create_block();
    let lp = g.b.create_block();
    let c = g.b.append_block_param(lp, p);
    let done = g.b.create_block();
    let lo = g.load_global("pyr_gc_card_lo", p)?;
    let span = g.load_global("pyr_gc_card_span", p)?;
    let off = g.b.ins().isub(a, lo);
    let inside = g.b.ins().icmp(IntCC::UnsignedLessThan, off, span);
    g.b.ins().brif(inside, mark, &[], done, &[]);

    g.b.switch_to_block(mark);
    let cards = g.load_global("pyr_gc_cards", p)?;
    let zero = g.b.ins().iconst(p, 0);
    let s1 = g.b.ins().iadd_imm_s(size, -1);
    let is0 = g.b.ins().icmp_imm_u(IntCC::Equal, size, 0);
    let ext = g.b.ins().select(is0, zero, s1);
    let last = g.b.ins().iadd(off, ext);
    let c0 = g.b.ins().ushr_imm_u(off, 9);
    g.b.ins().jump(lp, &[BlockArg::Value(c0)]);

    g.b.switch_to_block(lp);
    let cl = g.b.ins().ushr_imm_u(last, 9);
    let ca = g.b.ins().iadd(cards, c);
    let one = g.b.ins().iconst(types::I8, 1);
    g.b.ins().store(flags(), one, ca, 0);
    let c2 = g.b.ins().iadd_imm_s(c, 1);
    let more = g.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, c2, cl);
    g.b.ins().brif(more, lp, &[BlockArg::Value(c2)], done, &[]);

    g.b.switch_to_block(done);
    g.b.ins().return_(&[]);
    Ok(())
}

impl<'a, 'm, 'b> FnLower<'a, 'm, 'b> {
    /// Pushes the root slots on the shadow stack (zeroed first).
    pub(crate) fn gc_prologue(&mut self) -> Result<(), String> {
        let g = self.g;
        if g.gc_roots.is_empty() {
            return Ok(());
        }
        let info = self.cx.m.gc.as_ref().ok_or("internal error: root slots without a GC")?;
        let p = self.cx.ptr;
        let k = self.b.ins().iconst(p, g.gc_roots.len() as i64);
        let f = self.helper_ref("pyrc_gc_push_frame", &[p], Some(p))?;
        let c = self.b.ins().call(f, &[k]);
        let frame = self.b.inst_results(c)[0];
        for (i, s) in g.gc_roots.iter().enumerate() {
            let st = &g.slots[s.0 as usize];
            let tid = info.tid(st);
            let size = self.cx.lay.size(st).max(1);
            let a = self.slot_addr(*s);
            let cfg = self.cx.module.target_config();
            let align = self.cx.lay.of(st).align.min(128) as u8;
            self.b.emit_small_memset(cfg, a, 0, size, align, flags());
            self.b.ins().store(flags(), a, frame, (16 * i) as i32);
            let tv = self.b.ins().iconst(p, tid as i64);
            self.b.ins().store(flags(), tv, frame, (16 * i + 8) as i32);
        }
        self.gc_frame = Some(frame);
        Ok(())
    }

    /// Pops this call's shadow-stack frame (before a return).
    pub(crate) fn gc_epilogue(&mut self) -> Result<(), String> {
        if let Some(frame) = self.gc_frame {
            let a = self.rt_addr("pyr_gc_sp")?;
            self.b.ins().store(flags(), frame, a, 0);
        }
        Ok(())
    }

    /// A new object of `n` elements of type `t`.
    pub(crate) fn gc_new(&mut self, t: &LType, n: ir::Value) -> Result<ir::Value, String> {
        let info = self.cx.m.gc.as_ref().ok_or("internal error: GC allocation without a GC")?;
        let tid = info.tid(t);
        let size = if t.is_unit() { 0 } else { self.cx.lay.size(t) };
        let p = self.cx.ptr;
        let f = self.helper_ref("pyrc_gc_new", &[types::I32, p, p], Some(p))?;
        let tv = self.b.ins().iconst(types::I32, tid as i64);
        let sv = self.b.ins().iconst(p, size as i64);
        let c = self.b.ins().call(f, &[tv, n, sv]);
        Ok(self.b.inst_results(c)[0])
    }

    /// The card-marking barrier after a store of a `t` (or `bytes` bytes of them) at `p`.
    pub(crate) fn barrier(&mut self, p: &Value, pv: ir::Value, t: &LType, bytes: Option<ir::Value>) -> Result<(), String> {
        let m = self.cx.m;
        match &m.gc {
            Some(info) if info.card_barrier => {}
            _ => return Ok(()),
        }
        // The GC transform exempts stack-slot addresses and fresh objects (`Graph::unbarriered`).
        let exempt = match p {
            Value::Var(x) => self.g.unbarriered.contains(x),
            Value::Const(_) => true,
        };
        if exempt || !holds_refs(&m.structs, t) {
            return Ok(());
        }
        let ptr = self.cx.ptr;
        let size = match bytes {
            Some(b) => b,
            None => {
                let s = match self.cx.repr(t) {
                    Repr::Scalar(ct) => ct.bytes() as u64,
                    Repr::Agg(s, _) => s,
                    Repr::None => 0,
                };
                self.b.ins().iconst(ptr, s as i64)
            }
        };
        let f = self.helper_ref("pyrc_gc_wb", &[ptr, ptr], None)?;
        self.b.ins().call(f, &[pv, size]);
        Ok(())
    }
}
