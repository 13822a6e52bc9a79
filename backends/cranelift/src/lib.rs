//! Pyrite Cranelift backend: verified flow graphs -> one native object file.
//!
//! Invariants of this stage:
//! - It knows nothing about Rust; it reads modules that `pyrite_ir::verify::verify_module`
//!   accepts and lowers every IR operation to Cranelift IR with the same meaning the C
//!   backend gives it (wrapping integer arithmetic, saturating float-to-int casts, parallel
//!   block-parameter assignment, `fmod` for float `%`).
//! - Input it cannot handle (a 32-bit target, an aggregate passed to a runtime function, a
//!   128-bit division) is an `Err` with a message, never a panic of our own.
//! - Memory layout is computed here (`layout.rs`) to match the C compiler's for the same
//!   structs, so the object links with the C runtime (`backends/c/runtime`) compiled by the
//!   target's `cc`: runtime functions (`ExternFn`) are called with the platform's C calling
//!   convention by their exact name; generated functions are local symbols
//!   `f<id>_<name>`, globals `g<id>_<name>`, and the object exports `pyr_main` (the entry
//!   point the runtime's `main` calls).
//! - Values of type `Unit` have no representation. Scalars (integers, `Bool` as a 0/1 byte,
//!   floats, pointers) are Cranelift values. An aggregate value (struct, union, array) is
//!   the address of memory holding it that nobody writes while the value is live: every
//!   aggregate-typed variable gets its own stack slot (block parameters too), and between
//!   generated functions aggregates travel by address (arguments) or through a hidden
//!   first parameter pointing at the caller's result slot (returns).
//! - Under a collecting policy (`Module::gc`), the GC transform's root slots are pushed on
//!   the runtime's shadow stack at entry and popped at every return, allocation goes
//!   through the runtime's bump window inline (`gc.rs`), and the type table is emitted as
//!   data with offsets from `layout.rs`.
//! - Output is deterministic for a given module and options.

mod func;
mod gc;
mod layout;

use cranelift_codegen::ir::{types, AbiParam, Signature, Type, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use layout::Layouts;
use pyrite_ir::{sanitize, Const, GlobalInit, LType, Module, Sig, StructKind};
use std::collections::HashMap;
use target_lexicon::Triple;

/// Whether `--gc` policies other than `none` work (the GC transform's output is lowered).
pub const SUPPORTS_COLLECTING_GC: bool = true;

/// The targets this backend can generate code for (architectures of 64-bit Linux).
pub const SUPPORTED_ARCHS: &[&str] = &["x86_64", "aarch64"];

/// Options for [`compile_module`].
#[derive(Clone, Debug)]
pub struct ClifOptions {
    /// The Cranelift target triple (see [`target_triple`]).
    pub triple: Triple,
    /// `0` (no optimisation), anything else: Cranelift's `speed`.
    pub opt: String,
    /// Run Cranelift's IR verifier on every function (slower; catches backend bugs as
    /// errors instead of miscompilations).
    pub verify: bool,
}

/// The Cranelift triple for a target described by its name, its GNU triple and its
/// pointer width, or why this backend cannot generate code for it. `host` is the machine
/// running the translator.
pub fn target_triple(name: &str, gnu_triple: &str, pointer_width: u8) -> Result<Triple, String> {
    let arch = if name == "host" { Triple::host().architecture.to_string() } else { gnu_triple.split('-').next().unwrap_or("").to_string() };
    if arch.starts_with("arm") || arch.starts_with("thumb") || (arch.is_empty() && pointer_width == 32) {
        return Err(format!(
            "error: the Cranelift backend cannot generate code for target `{}` ({}): Cranelift has no 32-bit ARM support\nhelp: use `--backend c` for this target",
            name, gnu_triple
        ));
    }
    if !SUPPORTED_ARCHS.contains(&arch.as_str()) || pointer_width != 64 {
        return Err(format!(
            "error: the Cranelift backend cannot generate code for target `{}` ({}, {}-bit); it supports 64-bit Linux on {}\nhelp: use `--backend c` for this target",
            name,
            gnu_triple,
            pointer_width,
            SUPPORTED_ARCHS.join(", ")
        ));
    }
    if name != "host" && !gnu_triple.contains("linux") {
        return Err(format!("error: the Cranelift backend supports Linux targets only, not `{}` ({})\nhelp: use `--backend c`", name, gnu_triple));
    }
    format!("{}-unknown-linux-gnu", arch).parse::<Triple>().map_err(|e| format!("error: bad target triple for `{}`: {}", name, e))
}

fn make_isa(o: &ClifOptions) -> Result<OwnedTargetIsa, String> {
    let mut b = settings::builder();
    let set = |b: &mut settings::Builder, k: &str, v: &str| b.set(k, v).map_err(|e| format!("internal error: Cranelift setting {}={}: {}", k, v, e));
    set(&mut b, "opt_level", if o.opt == "0" { "none" } else { "speed" })?;
    // Debian's cc links position-independent executables by default.
    set(&mut b, "is_pic", "true")?;
    set(&mut b, "enable_verifier", if o.verify { "true" } else { "false" })?;
    // Generated frames can be large (every local has a slot): probe the stack so an
    // overflow hits the guard page, which the runtime reports like rustc does.
    set(&mut b, "enable_probestack", "true")?;
    set(&mut b, "probestack_strategy", "inline")?;
    let flags = settings::Flags::new(b);
    let builder = cranelift_codegen::isa::lookup(o.triple.clone()).map_err(|e| format!("error: Cranelift cannot target {}: {}", o.triple, e))?;
    builder.finish(flags).map_err(|e| format!("error: Cranelift cannot target {}: {}", o.triple, e))
}

/// How a value of an IR type is represented.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Repr {
    None,
    Scalar(Type),
    /// In memory: (size, align).
    Agg(u64, u64),
}

pub(crate) struct Cx<'m> {
    pub m: &'m Module,
    pub module: ObjectModule,
    pub lay: Layouts<'m>,
    pub ptr: Type,
    pub call_conv: CallConv,
    pub funcs: Vec<FuncId>,
    pub externs: Vec<FuncId>,
    pub globals: Vec<DataId>,
    /// Runtime and libc functions used by the lowering itself (`memmove`, `fmod`, ...).
    pub helpers: HashMap<&'static str, FuncId>,
    /// Runtime data symbols used by the lowering (`pyr_gc_sp`, ...).
    pub rt_data: HashMap<&'static str, DataId>,
}

impl<'m> Cx<'m> {
    pub fn repr(&mut self, t: &LType) -> Repr {
        match t {
            LType::Unit => Repr::None,
            LType::Bool => Repr::Scalar(types::I8),
            LType::Int { bits, .. } => Repr::Scalar(match bits {
                8 => types::I8,
                16 => types::I16,
                32 => types::I32,
                64 => types::I64,
                _ => types::I128,
            }),
            LType::F32 => Repr::Scalar(types::F32),
            LType::F64 => Repr::Scalar(types::F64),
            LType::Ptr(_) | LType::FnPtr(_) => Repr::Scalar(self.ptr),
            LType::Struct(_) | LType::Array(..) => {
                let l = self.lay.of(t);
                Repr::Agg(l.size, l.align)
            }
        }
    }

    /// The signature of a generated function: a hidden result pointer first if the result
    /// is an aggregate, then one parameter per non-unit IR parameter (aggregates by address).
    pub fn internal_sig(&mut self, s: &Sig) -> Signature {
        let mut sig = Signature::new(self.call_conv);
        match self.repr(&s.ret) {
            Repr::None => {}
            Repr::Scalar(t) => sig.returns.push(AbiParam::new(t)),
            Repr::Agg(..) => sig.params.push(AbiParam::new(self.ptr)),
        }
        for p in &s.params {
            match self.repr(p) {
                Repr::None => {}
                Repr::Scalar(t) => sig.params.push(AbiParam::new(t)),
                Repr::Agg(..) => sig.params.push(AbiParam::new(self.ptr)),
            }
        }
        sig
    }

    /// The C signature of a runtime function; narrow integers are extended as C callers do.
    pub fn extern_sig(&mut self, name: &str, s: &Sig) -> Result<Signature, String> {
        let mut sig = Signature::new(self.call_conv);
        let param = |cx: &mut Cx, t: &LType| -> Result<Option<AbiParam>, String> {
            Ok(match (cx.repr(t), t) {
                (Repr::None, _) => None,
                (Repr::Scalar(ct), LType::Int { bits, signed: true }) if *bits < 32 => Some(AbiParam::new(ct).sext()),
                (Repr::Scalar(ct), LType::Int { bits, .. }) if *bits < 32 => Some(AbiParam::new(ct).uext()),
                (Repr::Scalar(ct), LType::Bool) => Some(AbiParam::new(ct).uext()),
                (Repr::Scalar(ct), _) => Some(AbiParam::new(ct)),
                (Repr::Agg(..), _) => {
                    return Err(format!("error: the Cranelift backend cannot pass the aggregate type {} to or from the runtime function `{}`", t, name))
                }
            })
        };
        if let Some(p) = param(self, &s.ret)? {
            sig.returns.push(p);
        }
        for p in &s.params {
            if let Some(p) = param(self, p)? {
                sig.params.push(p);
            }
        }
        Ok(sig)
    }

    /// A runtime or libc function, declared on first use.
    pub fn helper(&mut self, name: &'static str, params: &[Type], ret: Option<Type>) -> Result<FuncId, String> {
        if let Some(&id) = self.helpers.get(name) {
            return Ok(id);
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(ret.map(AbiParam::new));
        let id = self.module.declare_function(name, Linkage::Import, &sig).map_err(|e| format!("internal error: declaring `{}`: {}", name, e))?;
        self.helpers.insert(name, id);
        Ok(id)
    }

    /// A data symbol of the runtime, declared on first use.
    pub fn rt_data(&mut self, name: &'static str) -> Result<DataId, String> {
        if let Some(&id) = self.rt_data.get(name) {
            return Ok(id);
        }
        let id = self.module.declare_data(name, Linkage::Import, true, false).map_err(|e| format!("internal error: declaring `{}`: {}", name, e))?;
        self.rt_data.insert(name, id);
        Ok(id)
    }
}


/// Lowers the whole module to one relocatable object file (the bytes of a `.o`).
pub fn compile_module(m: &Module, o: &ClifOptions) -> Result<Vec<u8>, String> {
    let isa = make_isa(o)?;
    let ptr = isa.pointer_type();
    if ptr != types::I64 {
        return Err(format!("error: the Cranelift backend supports 64-bit targets only, not {}", o.triple));
    }
    let call_conv = isa.default_call_conv();
    let builder = ObjectBuilder::new(isa, "pyrite", cranelift_module::default_libcall_names()).map_err(|e| format!("internal error: {}", e))?;
    let module = ObjectModule::new(builder);
    let mut cx = Cx {
        m,
        module,
        lay: Layouts::new(m, 8),
        ptr,
        call_conv,
        funcs: vec![],
        externs: vec![],
        globals: vec![],
        helpers: HashMap::new(),
        rt_data: HashMap::new(),
    };
    let err = |e: cranelift_module::ModuleError| format!("internal error: Cranelift module: {}", e);

    // 1. Declarations.
    for (i, f) in m.functions.iter().enumerate() {
        let sig = cx.internal_sig(&f.sig);
        let id = cx.module.declare_function(&format!("f{}_{}", i, sanitize(&f.name)), Linkage::Local, &sig).map_err(err)?;
        cx.funcs.push(id);
    }
    for e in &m.externs {
        let sig = cx.extern_sig(&e.name, &e.sig)?;
        let id = cx.module.declare_function(&e.name, Linkage::Import, &sig).map_err(err)?;
        cx.externs.push(id);
    }
    for (i, gl) in m.globals.iter().enumerate() {
        let id = cx.module.declare_data(&format!("g{}_{}", i, sanitize(&gl.name)), Linkage::Local, true, false).map_err(err)?;
        cx.globals.push(id);
    }

    if m.gc.is_some() {
        gc::declare_helpers(&mut cx)?;
    }

    // 2. Globals.
    for i in 0..m.globals.len() {
        define_global(&mut cx, i)?;
    }

    // 3. Functions.
    let mut ctx = cx.module.make_context();
    let mut fbc = FunctionBuilderContext::new();
    for i in 0..m.functions.len() {
        ctx.func.signature = cx.internal_sig(&m.functions[i].sig);
        ctx.func.name = UserFuncName::user(0, i as u32);
        func::lower_function(&mut cx, i, &mut ctx.func, &mut fbc).map_err(|e| format!("{} (in function `{}`)", e, m.functions[i].name))?;
        let id = cx.funcs[i];
        cx.module.define_function(id, &mut ctx).map_err(|e| format!("internal error: Cranelift rejected function `{}`: {:?}", m.functions[i].name, e))?;
        cx.module.clear_context(&mut ctx);
    }

    // 4. The entry point the runtime calls, and the GC tables.
    if let Some(entry) = m.entry {
        define_pyr_main(&mut cx, entry.0 as usize, &mut ctx, &mut fbc)?;
    }
    if let Some(info) = &m.gc {
        gc::type_table(&mut cx, info, &mut ctx, &mut fbc)?;
    }

    let product = cx.module.finish();
    product.emit().map_err(|e| format!("internal error: writing the object file: {}", e))
}

/// `void pyr_main(void)`: calls the entry function with zero arguments.
fn define_pyr_main(cx: &mut Cx, entry: usize, ctx: &mut Context, fbc: &mut FunctionBuilderContext) -> Result<(), String> {
    use cranelift_codegen::ir::{InstBuilder, StackSlotData, StackSlotKind};
    let sig = Signature::new(cx.call_conv);
    let id = cx.module.declare_function("pyr_main", Linkage::Export, &sig).map_err(|e| format!("internal error: {}", e))?;
    ctx.func.signature = sig;
    ctx.func.name = UserFuncName::user(0, cx.m.functions.len() as u32);
    {
        let mut b = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, fbc);
        let blk = b.create_block();
        b.switch_to_block(blk);
        let f = &cx.m.functions[entry];
        let mut args = vec![];
        let mut tys = vec![f.sig.ret.clone()];
        tys.extend(f.sig.params.iter().cloned());
        for (k, t) in tys.iter().enumerate() {
            match cx.repr(t) {
                Repr::None => {}
                Repr::Scalar(ct) if k > 0 => {
                    let z = if ct.is_float() {
                        if ct == types::F32 {
                            b.ins().f32const(0.0)
                        } else {
                            b.ins().f64const(0.0)
                        }
                    } else if ct == types::I128 {
                        let z = b.ins().iconst(types::I64, 0);
                        b.ins().uextend(types::I128, z)
                    } else {
                        b.ins().iconst(ct, 0)
                    };
                    args.push(z);
                }
                Repr::Scalar(_) => {}
                Repr::Agg(size, align) => {
                    let ss = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size as u32, align.trailing_zeros() as u8));
                    let p = b.ins().stack_addr(cx.ptr, ss, 0);
                    let cfg = cx.module.target_config();
                    b.emit_small_memset(cfg, p, 0, size, align as u8, cranelift_codegen::ir::MemFlagsData::new());
                    args.push(p);
                }
            }
        }
        let fref = cx.module.declare_func_in_func(cx.funcs[entry], b.func);
        b.ins().call(fref, &args);
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(id, ctx).map_err(|e| format!("internal error: Cranelift rejected pyr_main: {:?}", e))?;
    cx.module.clear_context(ctx);
    Ok(())
}

fn define_global(cx: &mut Cx, i: usize) -> Result<(), String> {
    let m = cx.m;
    let gl = &m.globals[i];
    let lay = cx.lay.of(&gl.ty);
    let size = lay.size.max(1) as usize;
    let mut bytes = vec![0u8; size];
    let mut desc = DataDescription::new();
    desc.set_align(lay.align);
    match &gl.init {
        GlobalInit::Bytes(bs) => {
            if bs.len() > size {
                return Err(format!("internal error: global `{}`: {} bytes for type {}", gl.name, bs.len(), gl.ty));
            }
            bytes[..bs.len()].copy_from_slice(bs);
        }
        GlobalInit::Fields(cs) => match &gl.ty {
            LType::Struct(id) => {
                let sd = m.struct_def(*id);
                for (k, c) in cs.iter().enumerate() {
                    let Some((_, fty)) = sd.fields.get(k) else {
                        return Err(format!("internal error: global `{}`: too many field initialisers", gl.name));
                    };
                    if fty.is_unit() || m.const_type(c).is_unit() {
                        continue;
                    }
                    let off = cx.lay.field_offset(*id, k as u32);
                    write_const(cx, &mut desc, &mut bytes, off as usize, c, fty)?;
                    if sd.kind == StructKind::Union {
                        break; // as in C: the first non-unit member is initialised
                    }
                }
            }
            LType::Array(ety, n) => {
                if cs.len() as u64 > *n {
                    return Err(format!("internal error: global `{}`: too many elements", gl.name));
                }
                if !ety.is_unit() {
                    let es = cx.lay.size(ety) as usize;
                    for (k, c) in cs.iter().enumerate() {
                        write_const(cx, &mut desc, &mut bytes, k * es, c, ety)?;
                    }
                }
            }
            t => match cs.as_slice() {
                [] => {}
                [c] => write_const(cx, &mut desc, &mut bytes, 0, c, t)?,
                _ => return Err(format!("internal error: global `{}`: several initialisers for scalar type {}", gl.name, t)),
            },
        },
    }
    desc.define(bytes.into_boxed_slice());
    cx.module.define_data(cx.globals[i], &desc).map_err(|e| format!("internal error: global `{}`: {}", gl.name, e))
}

/// Writes constant `c`, converted to type `want` as a C initialiser would, at `off`.
fn write_const(cx: &mut Cx, desc: &mut DataDescription, bytes: &mut [u8], off: usize, c: &Const, want: &LType) -> Result<(), String> {
    let size = cx.lay.size(want) as usize;
    let put = |bytes: &mut [u8], v: u128| {
        let le = v.to_le_bytes();
        bytes[off..off + size].copy_from_slice(&le[..size]);
    };
    match (c, want) {
        (Const::Unit, _) | (Const::Null(_), _) => {}
        (Const::Int(v, _), LType::F64) => put(bytes, (*v as f64).to_bits() as u128),
        (Const::Int(v, _), LType::F32) => put(bytes, (*v as f32).to_bits() as u128),
        (Const::Int(v, _), _) => put(bytes, *v as u128),
        (Const::Bool(b), _) => put(bytes, *b as u128),
        (Const::F64(x), LType::F32) => put(bytes, (*x as f32).to_bits() as u128),
        (Const::F64(x), LType::F64) => put(bytes, x.to_bits() as u128),
        (Const::F64(x), _) => put(bytes, *x as i64 as u128),
        (Const::GlobalAddr(g), _) => {
            let gv = cx.module.declare_data_in_data(cx.globals[g.0 as usize], desc);
            desc.write_data_addr(off as u32, gv, 0);
        }
        (Const::FuncAddr(f), _) => {
            let fr = cx.module.declare_func_in_data(cx.funcs[f.0 as usize], desc);
            desc.write_function_addr(off as u32, fr);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        let e = target_triple("armv5-maemo", "arm-linux-gnueabi", 32).unwrap_err();
        assert!(e.contains("no 32-bit ARM support") && e.contains("--backend c"), "{}", e);
        assert!(target_triple("i686", "i686-linux-gnu", 32).is_err());
        assert_eq!(target_triple("aarch64-linux", "aarch64-linux-gnu", 64).unwrap().to_string(), "aarch64-unknown-linux-gnu");
        assert!(target_triple("host", "x86_64-linux-gnu", 64).is_ok());
    }

    /// A module with one function `main` returning 42 compiles to an ELF object for both ISAs.
    #[test]
    fn object_for_both_isas() {
        use pyrite_ir::{Exit, Function, Graph};
        let mut g = Graph::new();
        let v = g.new_var(LType::int(32, true));
        let e = g.entry;
        g.cfg[e].ops.push(pyrite_ir::Op { result: Some(v), kind: pyrite_ir::OpKind::Copy(pyrite_ir::Value::Const(Const::Int(42, LType::int(32, true)))) });
        g.cfg[e].exit = Exit::Return(pyrite_ir::Value::Var(v));
        let mut m = Module::default();
        m.functions.push(Function { name: "main".into(), sig: Sig { params: vec![], ret: LType::int(32, true) }, graph: g });
        m.entry = Some(pyrite_ir::FuncId(0));
        pyrite_ir::verify::verify_module(&m).unwrap();
        for t in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
            let o = ClifOptions { triple: t.parse().unwrap(), opt: "2".into(), verify: true };
            let obj = compile_module(&m, &o).unwrap();
            assert_eq!(&obj[..4], b"\x7fELF");
        }
    }
}
