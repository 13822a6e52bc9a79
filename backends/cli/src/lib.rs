//! Pyrite CLI backend: verified flow graphs -> one CIL assembly (ilasm text), run by mono.
//!
//! Invariants of this stage:
//! - It knows nothing about Rust; it reads modules that `pyrite_ir::verify::verify_module`
//!   accepts and gives every operation the meaning the C backend gives it (wrapping integer
//!   arithmetic, saturating float-to-int casts, parallel block-parameter assignment).
//! - The flow graphs are low-level, so the CIL is too: memory is unmanaged (`native int`
//!   addresses, `ldind`/`stind`, `cpblk`), each call's stack slots and aggregate values live
//!   in one `localloc` frame, function pointers are `ldftn` pointers called with `calli`.
//!   The code is valid but unverifiable CIL; the .NET collector never sees these objects.
//!   Collecting policies are the C runtime's, as for the other backends (`gc.rs`).
//! - Memory layout is computed here (`layout.rs`) to match the C compiler's for the same
//!   structs: the runtime (`backends/c/runtime`, a shared library built by the host `cc`) is
//!   called through P/Invoke (`pinvokeimpl`) by its exact C name, with the C ABI.
//! - Values of type `Unit` have no representation. Scalars are CIL locals of the matching
//!   width (`Bool` is `uint8`, pointers `native int`). An aggregate value is the address of
//!   frame memory that nobody writes while the value is live; aggregates travel by address
//!   (arguments) or through a hidden first parameter pointing at the caller's memory
//!   (returns), as in the Cranelift backend.
//! - Globals live in one block of runtime memory, initialised at startup from an RVA blob
//!   plus generated stores for the addresses it holds.
//! - Input it cannot handle (128-bit integers, an aggregate passed to a runtime function)
//!   is an `Err` with a message, never a panic of our own. Output is deterministic.

mod func;
mod gc;
mod layout;

use layout::Layouts;
use pyrite_ir::{sanitize, Const, GlobalInit, LType, Module, Sig, StructKind};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Whether `--gc` policies other than `none` work.
pub const SUPPORTS_COLLECTING_GC: bool = true;

/// The class holding every generated method.
pub(crate) const CLASS: &str = "Prog";

/// Options for [`emit_module`].
#[derive(Clone, Debug)]
pub struct CliOptions {
    /// The file name of the runtime shared library, as P/Invoke will look it up (beside the
    /// assembly).
    pub runtime_lib: String,
    /// The assembly's name (the `.exe` file's stem).
    pub assembly: String,
}

/// A scalar's CIL type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Sc {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Ptr,
}

/// A type on the CIL evaluation stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum St {
    I32,
    I64,
    N,
    F,
}

impl Sc {
    pub fn il(self) -> &'static str {
        match self {
            Sc::I8 => "int8",
            Sc::U8 => "uint8",
            Sc::I16 => "int16",
            Sc::U16 => "uint16",
            Sc::I32 => "int32",
            Sc::U32 => "uint32",
            Sc::I64 => "int64",
            Sc::U64 => "uint64",
            Sc::F32 => "float32",
            Sc::F64 => "float64",
            Sc::Ptr => "native int",
        }
    }
    pub fn ldind(self) -> &'static str {
        match self {
            Sc::I8 => "ldind.i1",
            Sc::U8 => "ldind.u1",
            Sc::I16 => "ldind.i2",
            Sc::U16 => "ldind.u2",
            Sc::I32 => "ldind.i4",
            Sc::U32 => "ldind.u4",
            Sc::I64 | Sc::U64 => "ldind.i8",
            Sc::F32 => "ldind.r4",
            Sc::F64 => "ldind.r8",
            Sc::Ptr => "ldind.i",
        }
    }
    pub fn stind(self) -> &'static str {
        match self {
            Sc::I8 | Sc::U8 => "stind.i1",
            Sc::I16 | Sc::U16 => "stind.i2",
            Sc::I32 | Sc::U32 => "stind.i4",
            Sc::I64 | Sc::U64 => "stind.i8",
            Sc::F32 => "stind.r4",
            Sc::F64 => "stind.r8",
            Sc::Ptr => "stind.i",
        }
    }
    pub fn stack(self) -> St {
        match self {
            Sc::I8 | Sc::U8 | Sc::I16 | Sc::U16 | Sc::I32 | Sc::U32 => St::I32,
            Sc::I64 | Sc::U64 => St::I64,
            Sc::F32 | Sc::F64 => St::F,
            Sc::Ptr => St::N,
        }
    }
    pub fn signed(self) -> bool {
        matches!(self, Sc::I8 | Sc::I16 | Sc::I32 | Sc::I64)
    }
    pub fn bits(self) -> u32 {
        match self {
            Sc::I8 | Sc::U8 => 8,
            Sc::I16 | Sc::U16 => 16,
            Sc::I32 | Sc::U32 | Sc::F32 => 32,
            _ => 64,
        }
    }
}

/// How a value of an IR type is represented.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Repr {
    None,
    Scalar(Sc),
    /// In memory: (size, align).
    Agg(u64, u64),
}

/// A generated helper method or runtime function the lowering itself uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Helper {
    /// Signed division / remainder with `MIN / -1` wrapping (64-bit if true).
    SDiv(bool),
    SRem(bool),
    /// Saturating float-to-integer conversion to the given integer type.
    F2I(Sc),
}

pub(crate) struct Cx<'m> {
    pub m: &'m Module,
    pub lay: Layouts<'m>,
    /// Per function: `RET Prog::'fN_name'(PARAMS)`, the operand of `call`.
    pub func_refs: Vec<String>,
    /// Per function: `RET(PARAMS)`, the operand of `calli` after `default`.
    pub func_sigs: Vec<String>,
    pub extern_refs: Vec<String>,
    /// Byte offset of each global in the globals block.
    pub global_offs: Vec<u64>,
    pub helpers: BTreeSet<Helper>,
    /// Offset of the GC type table in the globals block (collecting policies only).
    pub gc_table: Option<u64>,
}

impl<'m> Cx<'m> {
    pub fn repr(&mut self, t: &LType) -> Result<Repr, String> {
        Ok(match t {
            LType::Unit => Repr::None,
            LType::Bool => Repr::Scalar(Sc::U8),
            LType::Int { bits, signed } => Repr::Scalar(match (bits, signed) {
                (8, true) => Sc::I8,
                (8, false) => Sc::U8,
                (16, true) => Sc::I16,
                (16, false) => Sc::U16,
                (32, true) => Sc::I32,
                (32, false) => Sc::U32,
                (64, true) => Sc::I64,
                (64, false) => Sc::U64,
                _ => return Err(format!("error: the CLI backend does not support {}-bit integers (CIL has no such type)", bits)),
            }),
            LType::F32 => Repr::Scalar(Sc::F32),
            LType::F64 => Repr::Scalar(Sc::F64),
            LType::Ptr(_) | LType::FnPtr(_) => Repr::Scalar(Sc::Ptr),
            LType::Struct(_) | LType::Array(..) => {
                let l = self.lay.of(t);
                Repr::Agg(l.size, l.align)
            }
        })
    }

    /// `(RET, PARAMS)` of a generated function: a hidden result pointer first if the result
    /// is an aggregate, then one parameter per non-unit IR parameter (aggregates by address).
    pub fn internal_sig(&mut self, s: &Sig) -> Result<(String, Vec<&'static str>), String> {
        let mut params = vec![];
        let ret = match self.repr(&s.ret)? {
            Repr::None => "void",
            Repr::Scalar(sc) => sc.il(),
            Repr::Agg(..) => {
                params.push("native int");
                "void"
            }
        };
        for p in &s.params {
            match self.repr(p)? {
                Repr::None => {}
                Repr::Scalar(sc) => params.push(sc.il()),
                Repr::Agg(..) => params.push("native int"),
            }
        }
        Ok((ret.to_string(), params))
    }

    fn extern_sig(&mut self, name: &str, s: &Sig) -> Result<(String, Vec<&'static str>), String> {
        let mut one = |t: &LType| -> Result<Option<&'static str>, String> {
            match self.repr(t)? {
                Repr::None => Ok(None),
                Repr::Scalar(sc) => Ok(Some(sc.il())),
                Repr::Agg(..) => Err(format!("error: the CLI backend cannot pass the aggregate type {} to or from the runtime function `{}`", t, name)),
            }
        };
        let ret = one(&s.ret)?.unwrap_or("void").to_string();
        let mut params = vec![];
        for p in &s.params {
            if let Some(t) = one(p)? {
                params.push(t);
            }
        }
        Ok((ret, params))
    }

    /// The operand of `call` for a helper, recording that it must be emitted.
    pub fn helper(&mut self, h: Helper) -> String {
        self.helpers.insert(h);
        match h {
            Helper::SDiv(w) => format!("{t} {}::'h_sdiv{}'({t}, {t})", CLASS, if w { 64 } else { 32 }, t = if w { "int64" } else { "int32" }),
            Helper::SRem(w) => format!("{t} {}::'h_srem{}'({t}, {t})", CLASS, if w { 64 } else { 32 }, t = if w { "int64" } else { "int32" }),
            Helper::F2I(sc) => format!("{} {}::'h_f2i_{}'(float64)", if sc.stack() == St::I64 { "int64" } else { "int32" }, CLASS, sc.il()),
        }
    }
}

/// The runtime and libc functions the lowering calls besides the module's externs:
/// (method name, C name, return, parameters).
pub(crate) const RT_FUNCS: &[(&str, &str, &str, &str)] = &[
    ("h_pyr_gc_alloc", "pyr_gc_alloc", "native int", "native int"),
    ("h_pyr_gc_realloc", "pyr_gc_realloc", "native int", "native int, native int, native int"),
    ("h_pyr_alloc", "pyr_alloc", "native int", "native int"),
    ("h_memmove", "memmove", "native int", "native int, native int, native int"),
    ("h_pyr_cli_start", "pyr_cli_start", "void", "int32, string[] marshal(lpstr[])"),
    ("h_pyr_cli_finish", "pyr_cli_finish", "void", ""),
    ("h_gc_init", "pyr_cli_gc_init", "void", "native int, uint32, string marshal(lpstr)"),
    ("h_gc_new", "pyr_cli_gc_new", "native int", "uint32, native int"),
    ("h_gc_grow", "pyr_gc_grow", "native int", "native int, uint32, native int, native int"),
    ("h_gc_push", "pyr_cli_gc_push_frame", "native int", "native int"),
    ("h_gc_pop", "pyr_cli_gc_pop_frame", "void", "native int"),
    ("h_gc_wb", "pyr_cli_gc_wb", "void", "native int, native int"),
];

/// The operand of `call` for one of [`RT_FUNCS`].
pub(crate) fn rt_ref(name: &str) -> String {
    let (m, _, ret, params) = RT_FUNCS.iter().find(|f| f.0 == name).expect("runtime helper");
    let params = params.replace(" marshal(lpstr[])", "").replace(" marshal(lpstr)", "");
    format!("{} {}::'{}'({})", ret, CLASS, m, params)
}

/// The CIL assembly text (input of `ilasm`) for the whole module.
pub fn emit_module(m: &Module, o: &CliOptions) -> Result<String, String> {
    let mut cx = Cx { m, lay: Layouts::new(m), func_refs: vec![], func_sigs: vec![], extern_refs: vec![], global_offs: vec![], helpers: BTreeSet::new(), gc_table: None };
    let mut out = String::new();
    let asm = sanitize(&o.assembly);
    let asm = if asm.is_empty() { "prog".to_string() } else { asm };
    let _ = writeln!(out, "// Generated by Pyrite's translate --backend cli. Assemble with ilasm; run with mono.");
    let _ = writeln!(out, ".assembly extern mscorlib {{}}\n.assembly '{}' {{}}\n.module '{}.exe'\n", asm, asm);
    let _ = writeln!(out, ".class public abstract sealed auto ansi {} extends [mscorlib]System.Object\n{{", CLASS);

    // Declarations: what `call` needs to name every function.
    for (i, f) in m.functions.iter().enumerate() {
        let (ret, params) = cx.internal_sig(&f.sig).map_err(|e| format!("{} (in function `{}`)", e, f.name))?;
        cx.func_refs.push(format!("{} {}::'f{}_{}'({})", ret, CLASS, i, sanitize(&f.name), params.join(", ")));
        cx.func_sigs.push(format!("{}({})", ret, params.join(", ")));
    }
    let lib = o.runtime_lib.replace('"', "");
    for (i, e) in m.externs.iter().enumerate() {
        let (ret, params) = cx.extern_sig(&e.name, &e.sig)?;
        let _ = writeln!(
            out,
            "  .method public static pinvokeimpl(\"{}\" as \"{}\" cdecl) {} 'x{}_{}'({}) cil managed preservesig {{}}",
            lib,
            e.name,
            ret,
            i,
            sanitize(&e.name),
            params.join(", ")
        );
        cx.extern_refs.push(format!("{} {}::'x{}_{}'({})", ret, CLASS, i, sanitize(&e.name), params.join(", ")));
    }
    for (mname, cname, ret, params) in RT_FUNCS {
        let _ = writeln!(out, "  .method public static pinvokeimpl(\"{}\" as \"{}\" cdecl) {} '{}'({}) cil managed preservesig {{}}", lib, cname, ret, mname, params);
    }

    // Globals: one block, its initial bytes and the addresses to store into it.
    let (blob, relocs) = globals(&mut cx)?;
    let _ = writeln!(out, "  .field public static native int G");
    let _ = writeln!(out, "  .class nested private explicit sealed ansi Blob extends [mscorlib]System.ValueType {{ .pack 1 .size {} }}", blob.len());
    let _ = writeln!(out, "  .field private static valuetype {}/Blob Ginit at GDATA", CLASS);

    // Functions.
    for i in 0..m.functions.len() {
        func::emit_function(&mut cx, i, &mut out).map_err(|e| format!("{} (in function `{}`)", e, m.functions[i].name))?;
    }
    entry_points(&mut cx, &mut out, blob.len(), &relocs)?;
    helpers(&cx, &mut out);
    let _ = writeln!(out, "}}\n");
    let _ = write!(out, ".data GDATA = bytearray (");
    for (k, b) in blob.iter().enumerate() {
        if k % 32 == 0 {
            out.push_str("\n  ");
        }
        let _ = write!(out, "{:02x} ", b);
    }
    out.push_str(")\n");
    Ok(out)
}

enum Reloc {
    Global(u32),
    Func(u32),
    /// The block's address plus this offset.
    Block(u64),
}

/// Lays out every global in one block; returns its initial bytes and the (offset, address)
/// pairs to store at startup.
fn globals(cx: &mut Cx) -> Result<(Vec<u8>, Vec<(u64, Reloc)>), String> {
    let m = cx.m;
    let mut end = 0u64;
    for gl in &m.globals {
        let l = cx.lay.of(&gl.ty);
        end = end.div_ceil(l.align.max(1)) * l.align.max(1);
        cx.global_offs.push(end);
        end += l.size.max(1);
    }
    let mut bytes = vec![0u8; end.max(8) as usize];
    let mut relocs = vec![];
    for (i, gl) in m.globals.iter().enumerate() {
        let base = cx.global_offs[i] as usize;
        let size = cx.lay.size(&gl.ty).max(1) as usize;
        match &gl.init {
            GlobalInit::Bytes(bs) => {
                if bs.len() > size {
                    return Err(format!("internal error: global `{}`: {} bytes for type {}", gl.name, bs.len(), gl.ty));
                }
                bytes[base..base + bs.len()].copy_from_slice(bs);
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
                        let off = base + cx.lay.field_offset(*id, k as u32) as usize;
                        write_const(cx, &mut bytes, &mut relocs, off, c, fty);
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
                            write_const(cx, &mut bytes, &mut relocs, base + k * es, c, ety);
                        }
                    }
                }
                t => match cs.as_slice() {
                    [] => {}
                    [c] => write_const(cx, &mut bytes, &mut relocs, base, c, t),
                    _ => return Err(format!("internal error: global `{}`: several initialisers for scalar type {}", gl.name, t)),
                },
            },
        }
    }
    if let Some(info) = &m.gc {
        let (table, table_relocs) = gc::type_table(cx, info, &mut bytes)?;
        cx.gc_table = Some(table);
        relocs.extend(table_relocs.into_iter().map(|(at, to)| (at, Reloc::Block(to))));
    }
    Ok((bytes, relocs))
}

/// Writes constant `c`, converted to type `want` as a C initialiser would, at `off`.
fn write_const(cx: &mut Cx, bytes: &mut [u8], relocs: &mut Vec<(u64, Reloc)>, off: usize, c: &Const, want: &LType) {
    let size = cx.lay.size(want) as usize;
    let mut put = |v: u128| bytes[off..off + size].copy_from_slice(&v.to_le_bytes()[..size]);
    match (c, want) {
        (Const::Unit, _) | (Const::Null(_), _) => {}
        (Const::Int(v, _), LType::F64) => put((*v as f64).to_bits() as u128),
        (Const::Int(v, _), LType::F32) => put((*v as f32).to_bits() as u128),
        (Const::Int(v, _), _) => put(*v as u128),
        (Const::Bool(b), _) => put(*b as u128),
        (Const::F64(x), LType::F32) => put((*x as f32).to_bits() as u128),
        (Const::F64(x), LType::F64) => put(x.to_bits() as u128),
        (Const::F64(x), _) => put(*x as i64 as u128),
        (Const::GlobalAddr(g), _) => relocs.push((off as u64, Reloc::Global(g.0))),
        (Const::FuncAddr(f), _) => relocs.push((off as u64, Reloc::Func(f.0))),
    }
}

/// `Main` (the assembly's entry point), the global initialisers and `Run` (the program's
/// `main`, on a thread with a 1 GiB stack: generated frames are larger than rustc's).
fn entry_points(cx: &mut Cx, out: &mut String, blob: usize, relocs: &[(u64, Reloc)]) -> Result<(), String> {
    // The address stores, in methods of at most 2000 each (huge methods JIT slowly).
    let chunks: Vec<&[(u64, Reloc)]> = relocs.chunks(2000).collect();
    for (k, chunk) in chunks.iter().enumerate() {
        let _ = writeln!(out, "  .method private static void 'init{}'() cil managed\n  {{\n    .maxstack 4", k);
        for (off, r) in chunk.iter() {
            let _ = write!(out, "    ldsfld native int {}::G\n    ldc.i8 {}\n    conv.i\n    add\n", CLASS, off);
            match r {
                Reloc::Global(g) => {
                    let _ = write!(out, "    ldsfld native int {}::G\n    ldc.i8 {}\n    conv.i\n    add\n", CLASS, cx.global_offs[*g as usize]);
                }
                Reloc::Func(f) => {
                    let _ = writeln!(out, "    ldftn {}", cx.func_refs[*f as usize]);
                }
                Reloc::Block(to) => {
                    let _ = write!(out, "    ldsfld native int {}::G\n    ldc.i8 {}\n    conv.i\n    add\n", CLASS, to);
                }
            }
            let _ = writeln!(out, "    stind.i");
        }
        let _ = writeln!(out, "    ret\n  }}");
    }
    let _ = writeln!(out, "  .method public static void Main(string[] args) cil managed\n  {{\n    .entrypoint\n    .maxstack 8");
    let _ = writeln!(out, "    ldarg.0\n    ldlen\n    conv.i4\n    ldarg.0\n    call {}", rt_ref("h_pyr_cli_start"));
    let _ = writeln!(out, "    ldc.i8 {}\n    conv.i\n    call {}\n    stsfld native int {}::G", blob, rt_ref("h_pyr_alloc"), CLASS);
    let _ = writeln!(out, "    ldsfld native int {c}::G\n    ldsflda valuetype {c}/Blob {c}::Ginit\n    conv.u\n    ldc.i4 {}\n    cpblk", blob, c = CLASS);
    for k in 0..chunks.len() {
        let _ = writeln!(out, "    call void {}::'init{}'()", CLASS, k);
    }
    if let (Some(info), Some(table)) = (&cx.m.gc, cx.gc_table) {
        if !info.policy.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("error: bad GC policy name `{}`", info.policy));
        }
        let _ = writeln!(out, "    ldsfld native int {}::G\n    ldc.i8 {}\n    conv.i\n    add", CLASS, table);
        let _ = writeln!(out, "    ldc.i4 {}\n    ldstr \"{}\"\n    call {}", info.types.len(), info.policy, rt_ref("h_gc_init"));
    }
    if cx.m.entry.is_some() {
        let _ = writeln!(out, "    ldnull\n    ldftn void {}::Run()", CLASS);
        let _ = writeln!(out, "    newobj instance void [mscorlib]System.Threading.ThreadStart::.ctor(object, native int)");
        let _ = writeln!(out, "    ldc.i4 0x40000000\n    newobj instance void [mscorlib]System.Threading.Thread::.ctor(class [mscorlib]System.Threading.ThreadStart, int32)");
        let _ = writeln!(out, "    dup\n    callvirt instance void [mscorlib]System.Threading.Thread::Start()\n    callvirt instance void [mscorlib]System.Threading.Thread::Join()");
    }
    let _ = writeln!(out, "    call {}\n    ret\n  }}", rt_ref("h_pyr_cli_finish"));
    if let Some(entry) = cx.m.entry {
        func::emit_run(cx, entry.0 as usize, out)?;
    }
    Ok(())
}

/// The generated helper methods the functions used.
fn helpers(cx: &Cx, out: &mut String) {
    for h in &cx.helpers {
        match *h {
            Helper::SDiv(w) | Helper::SRem(w) => {
                let (t, m1, div) = if w { ("int64", "ldc.i8 -1", 64) } else { ("int32", "ldc.i4.m1", 32) };
                let is_div = matches!(h, Helper::SDiv(_));
                let name = if is_div { format!("h_sdiv{}", div) } else { format!("h_srem{}", div) };
                let _ = writeln!(out, "  .method private static {t} '{}'({t} x, {t} y) cil managed aggressiveinlining\n  {{\n    .maxstack 4", name, t = t);
                let _ = writeln!(out, "    ldarg.1\n    {}\n    bne.un.s DO", m1);
                if is_div {
                    let _ = writeln!(out, "    ldarg.0\n    neg\n    ret");
                } else if w {
                    let _ = writeln!(out, "    ldc.i8 0\n    ret");
                } else {
                    let _ = writeln!(out, "    ldc.i4.0\n    ret");
                }
                let _ = writeln!(out, "  DO:\n    ldarg.0\n    ldarg.1\n    {}\n    ret\n  }}", if is_div { "div" } else { "rem" });
            }
            Helper::F2I(sc) => {
                let wide = sc.stack() == St::I64;
                let (rt, ldc) = if wide { ("int64", "ldc.i8") } else { ("int32", "ldc.i4") };
                let bits = sc.bits();
                let (lo, hi, min, max): (f64, f64, i64, i64) = if sc.signed() {
                    (-(2f64.powi(bits as i32 - 1)), 2f64.powi(bits as i32 - 1), -(1i64 << (bits - 1).min(63)), (((1u64 << (bits - 1)) - 1) as i64))
                } else {
                    (0.0, 2f64.powi(bits as i32), 0, if bits == 64 { -1 } else if bits == 32 { -1 } else { ((1u64 << bits) - 1) as i64 })
                };
                let min = if bits == 64 && sc.signed() { i64::MIN } else { min };
                let _ = writeln!(out, "  .method private static {} 'h_f2i_{}'(float64 x) cil managed aggressiveinlining\n  {{\n    .maxstack 4", rt, sc.il());
                let _ = writeln!(out, "    ldarg.0\n    ldarg.0\n    bne.un NAN");
                let _ = writeln!(out, "    ldarg.0\n    ldc.r8 float64(0x{:016x})\n    blt LO", lo.to_bits());
                let _ = writeln!(out, "    ldarg.0\n    ldc.r8 float64(0x{:016x})\n    bge HI", hi.to_bits());
                if bits == 64 && !sc.signed() {
                    let _ = writeln!(out, "    ldarg.0\n    ldc.r8 float64(0x{:016x})\n    bge BIG", 2f64.powi(63).to_bits());
                }
                let _ = writeln!(out, "    ldarg.0\n    conv.i8");
                if !wide {
                    let _ = writeln!(out, "    conv.i4");
                }
                let _ = writeln!(out, "    ret");
                if bits == 64 && !sc.signed() {
                    let _ = writeln!(out, "  BIG:\n    ldarg.0\n    ldc.r8 float64(0x{:016x})\n    sub\n    conv.i8\n    ldc.i8 {}\n    xor\n    ret", 2f64.powi(63).to_bits(), i64::MIN);
                }
                let _ = writeln!(out, "  NAN:\n    {} 0\n    ret\n  LO:\n    {} {}\n    ret\n  HI:\n    {} {}\n    ret\n  }}", ldc, ldc, min, ldc, max);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyrite_ir::{Exit, FuncId, Function, Graph, Op, OpKind, Value};

    fn module_returning(t: LType, v: i128) -> Module {
        let mut g = Graph::new();
        let x = g.new_var(t.clone());
        let e = g.entry;
        g.cfg[e].ops.push(Op { result: Some(x), kind: OpKind::Copy(Value::Const(Const::Int(v, t.clone()))) });
        g.cfg[e].exit = Exit::Return(Value::Var(x));
        let mut m = Module::default();
        m.functions.push(Function { name: "main".into(), sig: Sig { params: vec![], ret: t }, graph: g });
        m.entry = Some(FuncId(0));
        pyrite_ir::verify::verify_module(&m).unwrap();
        m
    }

    fn opts() -> CliOptions {
        CliOptions { runtime_lib: "p.rt.so".into(), assembly: "p".into() }
    }

    /// `main` returning 42: one method, the entry point and the runtime's P/Invoke entries.
    #[test]
    fn small_module() {
        let il = emit_module(&module_returning(LType::int(32, true), 42), &opts()).unwrap();
        assert!(il.contains(".method private static int32 'f0_main'()"), "{}", il);
        assert!(il.contains("ldc.i4 42") && il.contains(".entrypoint"), "{}", il);
        assert!(il.contains("pinvokeimpl(\"p.rt.so\" as \"pyr_cli_start\" cdecl)"), "{}", il);
        assert!(il.contains("call int32 Prog::'f0_main'()"), "{}", il);
    }

    /// CIL has no 128-bit integers: an error, not a panic.
    #[test]
    fn refuses_128_bit_integers() {
        let e = emit_module(&module_returning(LType::int(128, true), 1), &opts()).unwrap_err();
        assert!(e.contains("128-bit") && e.contains("main"), "{}", e);
    }
}
