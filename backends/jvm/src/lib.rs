//! Pyrite JVM backend: verified flow graphs -> JVM class files in a runnable jar.
//!
//! Invariants of this stage:
//! - It knows nothing about Rust; it reads modules that `pyrite_ir::verify::verify_module`
//!   accepts and gives every IR operation the meaning the C backend gives it.
//! - Memory is off-heap, as in the other backends: pointers are `long` addresses, every
//!   load and store goes through the runtime (`runtime/PyrRt.java`, `sun.misc.Unsafe`),
//!   layouts follow the C ABI of 64-bit Linux (`layout.rs`), stack slots live on a stack
//!   region the runtime allocates (`PyrRt.SP`), globals are one block the runtime loads
//!   from the jar (`pyrite/globals.bin`: size, bytes, then the offsets of global addresses
//!   to relocate by the block's base `PyrRt.G`).
//! - Each generated function is a static method `f<id>` of class `F<id / CHUNK>`; a
//!   function pointer is the function's id plus one (0 stays null), and an indirect call
//!   goes through the static method `call` of a dispatcher class `D<k>`, one per JVM
//!   descriptor, which switches over the address-taken functions of that descriptor.
//! - Runtime functions (`ExternFn`) are static methods of `PyrRt` with the same name; the
//!   descriptor the graphs need is checked against the runtime's source, so a missing
//!   function is a translation error, never a `NoSuchMethodError` at run time.
//! - Only `--gc none` is lowered: the JVM's collector does not manage off-heap objects.
//!   Input this backend cannot handle (a collecting policy, 128-bit integers, an aggregate
//!   passed to the runtime, a method over the JVM's 64 KiB limit, a constant pool over
//!   65535 entries) is an `Err` with a message, never a panic.
//! - Output is deterministic for a given module.

mod asm;
mod classfile;
mod exits;
mod func;
mod layout;
mod ops;
mod promote;
pub mod rt;
mod zip;

use asm::{op, Code};
use classfile::{ClassFile, MethodDef, Pool, ACC_PUBLIC, ACC_STATIC};
use layout::Layouts;
use pyrite_ir::{Const, GlobalInit, LType, Module, OpKind, Sig, StructKind, Value};
use std::collections::HashMap;

/// Functions per generated class (bounds each class's constant pool).
const CHUNK: usize = 200;
/// The runtime class.
pub(crate) const RT: &str = "PyrRt";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum JType {
    I,
    J,
    F,
    D,
}

impl JType {
    pub fn slots(self) -> i32 {
        match self {
            JType::J | JType::D => 2,
            _ => 1,
        }
    }
    fn desc(self) -> char {
        match self {
            JType::I => 'I',
            JType::J => 'J',
            JType::F => 'F',
            JType::D => 'D',
        }
    }
}

/// The JVM type of an IR type's values (`None`: unit, no value). Aggregates are addresses.
pub(crate) fn jtype(t: &LType) -> Result<Option<JType>, String> {
    Ok(match t {
        LType::Unit => None,
        LType::Bool => Some(JType::I),
        LType::Int { bits, .. } if *bits <= 32 => Some(JType::I),
        LType::Int { bits: 64, .. } => Some(JType::J),
        LType::Int { bits, .. } => return Err(format!("error: the JVM backend does not support {}-bit integers yet", bits)),
        LType::F32 => Some(JType::F),
        LType::F64 => Some(JType::D),
        LType::Ptr(_) | LType::FnPtr(_) | LType::Struct(_) | LType::Array(..) => Some(JType::J),
    })
}

/// The Java name of a runtime function.
pub(crate) fn rt_name(extern_name: &str) -> String {
    extern_name.to_string()
}

pub(crate) struct Cx<'m> {
    pub m: &'m Module,
    pub lay: Layouts<'m>,
    pub pool: Pool,
    pub global_off: Vec<u64>,
    /// Runtime methods: name -> descriptor (from the runtime's source).
    rt_methods: HashMap<String, String>,
    /// Dispatcher descriptors (without the trailing function pointer), in creation order.
    dispatchers: Vec<String>,
    dispatcher_ids: HashMap<String, usize>,
}

impl<'m> Cx<'m> {
    /// The descriptor of a generated function.
    fn sig_desc(&self, s: &Sig) -> Result<String, String> {
        let mut d = String::from("(");
        if func::is_agg(&s.ret) {
            d.push('J');
        }
        for p in &s.params {
            if let Some(t) = jtype(p)? {
                d.push(t.desc());
            }
        }
        d.push(')');
        match jtype(&s.ret)? {
            Some(t) if !func::is_agg(&s.ret) => d.push(t.desc()),
            _ => d.push('V'),
        }
        Ok(d)
    }

    pub fn func_ref(&self, f: usize) -> Result<(String, String, String), String> {
        Ok((format!("F{}", f / CHUNK), format!("f{}", f), self.sig_desc(&self.m.functions[f].sig)?))
    }

    pub fn extern_desc(&self, e: &pyrite_ir::ExternFn) -> Result<String, String> {
        let mut d = String::from("(");
        for t in e.sig.params.iter().chain(std::iter::once(&e.sig.ret)) {
            if func::is_agg(t) {
                return Err(format!("error: the JVM backend cannot pass the aggregate type {} to or from the runtime function `{}`", t, e.name));
            }
        }
        for p in &e.sig.params {
            if let Some(t) = jtype(p)? {
                d.push(t.desc());
            }
        }
        d.push(')');
        d.push(jtype(&e.sig.ret)?.map(|t| t.desc()).unwrap_or('V'));
        let name = rt_name(&e.name);
        match self.rt_methods.get(&name) {
            Some(have) if *have == d => Ok(d),
            Some(have) => Err(format!("internal error: the JVM runtime's `{}` has descriptor {}, the graphs need {}", name, have, d)),
            None => Err(format!("error: the JVM runtime (backends/jvm/runtime/PyrRt.java) does not implement `{}` yet", name)),
        }
    }

    pub fn dispatcher(&mut self, s: &Sig) -> Result<(String, String, String), String> {
        let d = self.sig_desc(s)?;
        let k = match self.dispatcher_ids.get(&d) {
            Some(&k) => k,
            None => {
                self.dispatchers.push(d.clone());
                self.dispatcher_ids.insert(d.clone(), self.dispatchers.len() - 1);
                self.dispatchers.len() - 1
            }
        };
        let close = d.find(')').unwrap();
        Ok((format!("D{}", k), "call".into(), format!("{}J{}", &d[..close], &d[close..])))
    }
}

/// Lays out the globals in one block: (offsets, bytes, offsets holding global addresses).
fn globals_blob(m: &Module, lay: &mut Layouts) -> Result<(Vec<u64>, Vec<u8>, Vec<u64>), String> {
    let mut offs = vec![];
    let mut size = 0u64;
    for g in &m.globals {
        let l = lay.of(&g.ty);
        let a = l.align.max(8);
        let off = size.div_ceil(a) * a;
        offs.push(off);
        size = off + l.size.max(1);
    }
    let mut bytes = vec![0u8; size as usize];
    let mut relocs = vec![];
    let put = |bytes: &mut Vec<u8>, relocs: &mut Vec<u64>, at: u64, c: &Const, want: &LType, lay: &mut Layouts| {
        let n = lay.size(want) as usize;
        let mut w = |v: u128| bytes[at as usize..at as usize + n].copy_from_slice(&v.to_le_bytes()[..n]);
        match (c, want) {
            (Const::Unit, _) | (Const::Null(_), _) => {}
            (Const::Int(v, _), LType::F64) => w((*v as f64).to_bits() as u128),
            (Const::Int(v, _), LType::F32) => w((*v as f32).to_bits() as u128),
            (Const::Int(v, _), _) => w(*v as u128),
            (Const::Bool(b), _) => w(*b as u128),
            (Const::F64(x), LType::F32) => w((*x as f32).to_bits() as u128),
            (Const::F64(x), LType::F64) => w(x.to_bits() as u128),
            (Const::F64(x), _) => w(*x as i64 as u128),
            (Const::GlobalAddr(g), _) => {
                w(offs[g.0 as usize] as u128);
                relocs.push(at);
            }
            (Const::FuncAddr(f), _) => w(f.0 as u128 + 1),
        }
    };
    for (i, g) in m.globals.iter().enumerate() {
        let base = offs[i];
        match &g.init {
            GlobalInit::Bytes(bs) => bytes[base as usize..base as usize + bs.len()].copy_from_slice(bs),
            GlobalInit::Fields(cs) => match &g.ty {
                LType::Struct(id) => {
                    let sd = m.struct_def(*id);
                    for (k, c) in cs.iter().enumerate() {
                        let Some((_, ft)) = sd.fields.get(k) else { return Err(format!("internal error: global `{}`: too many initialisers", g.name)) };
                        if ft.is_unit() || m.const_type(c).is_unit() {
                            continue;
                        }
                        let off = lay.field_offset(*id, k as u32);
                        put(&mut bytes, &mut relocs, base + off, c, ft, lay);
                        if sd.kind == StructKind::Union {
                            break;
                        }
                    }
                }
                LType::Array(et, _) => {
                    if !et.is_unit() {
                        let es = lay.size(et);
                        for (k, c) in cs.iter().enumerate() {
                            put(&mut bytes, &mut relocs, base + k as u64 * es, c, et, lay);
                        }
                    }
                }
                t => {
                    if let Some(c) = cs.first() {
                        put(&mut bytes, &mut relocs, base, c, t, lay);
                    }
                }
            },
        }
    }
    Ok((offs, bytes, relocs))
}

/// Functions whose address is taken, grouped by descriptor.
fn address_taken(m: &Module) -> Vec<u32> {
    let mut set = std::collections::BTreeSet::new();
    let mut see = |c: &Const| {
        if let Const::FuncAddr(f) = c {
            set.insert(f.0);
        }
    };
    for f in &m.functions {
        for b in f.graph.cfg.node_indices() {
            let blk = &f.graph.cfg[b];
            for o in &blk.ops {
                for v in o.kind.operands() {
                    if let Value::Const(c) = v {
                        see(c);
                    }
                }
            }
            for e in f.graph.cfg.edges_directed(b, petgraph_dir()) {
                for a in &e.weight().args {
                    if let Value::Const(c) = a {
                        see(c);
                    }
                }
            }
            if let pyrite_ir::Exit::Return(Value::Const(c)) = &blk.exit {
                see(c);
            }
        }
    }
    for g in &m.globals {
        if let GlobalInit::Fields(cs) = &g.init {
            cs.iter().for_each(&mut see);
        }
    }
    set.into_iter().collect()
}

fn petgraph_dir() -> pyrite_ir::petgraph::Direction {
    pyrite_ir::petgraph::Direction::Outgoing
}

/// A generated jar's entries (name, bytes), without the runtime classes.
pub fn compile_module(m: &Module, runtime_source: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    if m.gc.is_some() {
        return Err("error: the JVM backend supports only `--gc none`".into());
    }
    let _ = OpKind::Copy;
    let mut lay = Layouts::new(m);
    let (global_off, gbytes, relocs) = globals_blob(m, &mut lay)?;
    let mut cx = Cx { m, lay, pool: Pool::new(), global_off, rt_methods: rt::methods(runtime_source), dispatchers: vec![], dispatcher_ids: HashMap::new() };
    let mut files = vec![];
    // Methods over the JVM's limits, all reported together.
    let mut too_big: Vec<String> = vec![];
    // Function classes.
    for (k, chunk) in (0..m.functions.len()).collect::<Vec<_>>().chunks(CHUNK).enumerate() {
        let mut cf = ClassFile::new(&format!("F{}", k));
        cx.pool = std::mem::replace(&mut cf.pool, Pool::new());
        for &i in chunk {
            let f = &m.functions[i];
            let (code, max_stack, max_locals) = func::Fn::new(&mut cx, &f.graph).lower(i).map_err(|e| format!("{} (in function `{}`)", e, f.name))?;
            let desc = cx.sig_desc(&f.sig)?;
            cf.pool = std::mem::replace(&mut cx.pool, Pool::new());
            if let Err(e) = cf.add_method(MethodDef { flags: ACC_PUBLIC | ACC_STATIC, name: format!("f{}", i), desc, code, max_stack, max_locals }) {
                too_big.push(format!("{} (function `{}`)", e, f.name));
            }
            cx.pool = std::mem::replace(&mut cf.pool, Pool::new());
        }
        cf.pool = std::mem::replace(&mut cx.pool, Pool::new());
        files.push((format!("F{}.class", k), cf.to_bytes()?));
    }
    if !too_big.is_empty() {
        let n = too_big.len();
        too_big.truncate(8);
        return Err(format!("{}{}", too_big.join("\n"), if n > 8 { format!("\n... and {} more functions over the limit", n - 8) } else { String::new() }));
    }
    // Dispatchers.
    let taken = address_taken(m);
    for (k, d) in cx.dispatchers.clone().iter().enumerate() {
        let mut cf = ClassFile::new(&format!("D{}", k));
        let (call_desc, code, max_stack, max_locals) = dispatcher_code(&cx, &mut cf.pool, d, &taken)?;
        cf.add_method(MethodDef { flags: ACC_PUBLIC | ACC_STATIC, name: "call".into(), desc: call_desc, code, max_stack, max_locals })?;
        files.push((format!("D{}.class", k), cf.to_bytes()?));
    }
    // Main: main(String[]) starts the runtime, which calls run().
    let mut cf = ClassFile::new("Main");
    {
        let mut c = Code::new();
        c.local(op::ALOAD, 0, 1);
        c.invokestatic(&mut cf.pool, RT, "start", "([Ljava/lang/String;)V");
        c.op(op::RETURN, 0);
        let (code, ms) = c.finish()?;
        cf.add_method(MethodDef { flags: ACC_PUBLIC | ACC_STATIC, name: "main".into(), desc: "([Ljava/lang/String;)V".into(), code, max_stack: ms, max_locals: 1 })?;
        let mut c = Code::new();
        if let Some(entry) = m.entry {
            let f = &m.functions[entry.0 as usize];
            let mut tys = vec![];
            if func::is_agg(&f.sig.ret) {
                tys.push(f.sig.ret.clone());
            }
            tys.extend(f.sig.params.iter().cloned());
            for t in &tys {
                match jtype(t)? {
                    None => {}
                    Some(_) if func::is_agg(t) => {
                        let size = cx.lay.size(t);
                        c.lconst(&mut cf.pool, size as i64);
                        c.invokestatic(&mut cf.pool, RT, "pyr_gc_alloc", "(J)J");
                    }
                    Some(JType::I) => c.iconst(&mut cf.pool, 0),
                    Some(JType::J) => c.lconst(&mut cf.pool, 0),
                    Some(JType::F) => c.fconst(&mut cf.pool, 0.0),
                    Some(JType::D) => c.dconst(&mut cf.pool, 0.0),
                }
            }
            let (class, name, desc) = cx.func_ref(entry.0 as usize)?;
            c.invokestatic(&mut cf.pool, &class, &name, &desc);
            let (_, r) = asm::desc_slots(&desc);
            if r == 2 {
                c.op(op::POP2, -2);
            } else if r == 1 {
                c.op(op::POP, -1);
            }
        }
        c.op(op::RETURN, 0);
        let (code, ms) = c.finish()?;
        cf.add_method(MethodDef { flags: ACC_PUBLIC | ACC_STATIC, name: "run".into(), desc: "()V".into(), code, max_stack: ms, max_locals: 0 })?;
    }
    files.push(("Main.class".into(), cf.to_bytes()?));
    // Globals.
    let mut blob = (gbytes.len() as u64).to_le_bytes().to_vec();
    blob.extend_from_slice(&gbytes);
    blob.extend_from_slice(&(relocs.len() as u32).to_le_bytes());
    for r in relocs {
        blob.extend_from_slice(&r.to_le_bytes());
    }
    files.push(("pyrite/globals.bin".into(), blob));
    Ok(files)
}

/// `call(args..., long fn)`: switches over the address-taken functions of descriptor `d`.
fn dispatcher_code(cx: &Cx, pool: &mut Pool, d: &str, taken: &[u32]) -> Result<(String, Vec<u8>, u32, u32), String> {
    let close = d.find(')').unwrap();
    let call_desc = format!("{}J{}", &d[..close], &d[close..]);
    let params: Vec<char> = d[1..close].chars().collect();
    let ret = d[close + 1..].chars().next().unwrap();
    let mut c = Code::new();
    let mut locals = vec![];
    let mut n = 0u32;
    for p in &params {
        locals.push((n, *p));
        n += if matches!(p, 'J' | 'D') { 2 } else { 1 };
    }
    let fp_local = n;
    c.local(op::LLOAD, fp_local, 2);
    c.op(op::L2I, -1);
    let mut cases = vec![];
    let mut targets = vec![];
    for &f in taken {
        if cx.sig_desc(&cx.m.functions[f as usize].sig)? == d {
            let l = c.new_label();
            cases.push(((f + 1) as i32, l));
            targets.push((f, l));
        }
    }
    let dl = c.new_label();
    c.lookupswitch(dl, &cases);
    for (f, l) in targets {
        c.bind(l, 0);
        for (idx, p) in &locals {
            let (o, s) = match p {
                'I' => (op::ILOAD, 1),
                'J' => (op::LLOAD, 2),
                'F' => (op::FLOAD, 1),
                _ => (op::DLOAD, 2),
            };
            c.local(o, *idx, s);
        }
        let (class, name, desc) = cx.func_ref(f as usize)?;
        c.invokestatic(pool, &class, &name, &desc);
        let (o, s) = match ret {
            'I' => (op::IRETURN, 1),
            'J' => (op::LRETURN, 2),
            'F' => (op::FRETURN, 1),
            'D' => (op::DRETURN, 2),
            _ => (op::RETURN, 0),
        };
        c.op(o, -s);
    }
    c.bind(dl, 0);
    c.invokestatic(pool, RT, "badCall", "()Ljava/lang/RuntimeException;");
    c.op(op::ATHROW, -1);
    let (code, ms) = c.finish()?;
    Ok((call_desc, code, ms, fp_local + 2))
}

/// Writes a runnable jar: the generated entries plus the compiled runtime classes.
pub fn write_jar(out: &std::path::Path, mut entries: Vec<(String, Vec<u8>)>, runtime_classes: Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let manifest = b"Manifest-Version: 1.0\r\nMain-Class: Main\r\nCreated-By: pyrite translate\r\n\r\n".to_vec();
    let mut all = vec![("META-INF/MANIFEST.MF".to_string(), manifest)];
    entries.extend(runtime_classes);
    all.extend(entries);
    let bytes = zip::stored(&all);
    std::fs::write(out, bytes).map_err(|e| format!("error: cannot write {}: {}", out.display(), e))
}
