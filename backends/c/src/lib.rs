//! Pyrite C backend: verified flow graphs -> portable GNU C11 source files.
//!
//! Invariants of this stage:
//! - It knows nothing about Rust syntax or Rust types; it only reads flow graphs that
//!   `pyrite_ir::verify::verify_module` accepts, and it trusts them (a graph the verifier
//!   rejects may make it panic or emit C that does not compile).
//! - It never changes the program's meaning: every IR operation maps to a fixed piece of C
//!   whose semantics match the IR's (wrapping integer arithmetic, saturating float-to-int
//!   casts, parallel block-parameter assignment). It does no optimisation of its own; the C
//!   compiler does that.
//! - Output is deterministic: the same module and options always give byte-identical files.
//! - Every C name it invents is derived from an IR id, so names never clash:
//!   `S<id>_*` structs, `A<k>_*` wrapped arrays, `F<k>` function-pointer types, `f<id>_*`
//!   functions, `g<id>_*` globals, `v<N>` variables, `s<N>` slots, `t<N>` temporaries,
//!   `b<N>` labels, `pyrc_*` helpers. Runtime functions (`ExternFn`) are called by their
//!   exact name and are declared by `pyrite_rt.h`, never by the generated code.
//! - Values of type `Unit` have no C representation: no variables, parameters, struct
//!   members or initialisers; loads, stores and copies of them vanish.
//! - Only the standard headers `<stdint.h>`, `<string.h>` and `<math.h>` and the runtime's
//!   `pyrite_rt.h` are used. GNU extensions used: `__builtin_unreachable`, `__builtin_nan`,
//!   `__builtin_inf`, and `__int128` (only if the module has 128-bit integers). Compile with
//!   `-std=gnu11 -fno-strict-aliasing` (the IR may reinterpret memory through `PtrCast`) and
//!   link with `-lm` (F64 `%` uses `fmod`).
//! - Memory layout is the C compiler's: the IR never asks for sizes or offsets, so none are
//!   computed here (`sizeof` in `Malloc`/`MemCopy` is left to C).
//!
//! Output layout (see [`emit_module`]): `pyrite_module.h` (types, helpers, prototypes, global
//! declarations), `globals.c` (global definitions), `module_0.c` .. `module_{n-1}.c`
//! (function definitions, split by size; `module_0.c` also defines `pyr_main`).

mod ctypes;
mod func;
mod gc;
mod lit;
#[cfg(test)]
mod tests;

use ctypes::Ctx;
pub use pyrite_ir::sanitize;
use pyrite_ir::{GlobalInit, LType, Module, Placement, StructKind};
use std::fmt::Write;

/// Options for [`emit_module`].
#[derive(Clone, Debug)]
pub struct COptions {
    /// Split the functions over this many `module_N.c` files (values below 1 count as 1).
    pub files: usize,
}

impl Default for COptions {
    fn default() -> Self {
        COptions { files: 1 }
    }
}

/// One generated file: a bare file name (no directories) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CFile {
    pub name: String,
    pub contents: String,
}

/// Name of the generated header every generated `.c` file includes.
pub const HEADER_NAME: &str = "pyrite_module.h";
/// Name of the runtime header every generated `.c` file includes (provided by the runtime).
pub const RUNTIME_HEADER_NAME: &str = "pyrite_rt.h";

/// The C name of function `id` of `m` (`f<id>_<sanitized name>`).
pub fn function_c_name(m: &Module, id: pyrite_ir::FuncId) -> String {
    format!("f{}_{}", id.0, sanitize(&m.functions[id.0 as usize].name))
}

/// The C name of global `id` of `m` (`g<id>_<sanitized name>`).
pub fn global_c_name(m: &Module, id: pyrite_ir::GlobalId) -> String {
    format!("g{}_{}", id.0, sanitize(&m.globals[id.0 as usize].name))
}

/// Emits the whole module: `pyrite_module.h` (all struct typedefs in dependency order,
/// helpers, prototypes of all functions, extern declarations of globals), then `globals.c`,
/// then `module_0.c` .. `module_{files-1}.c`, each `.c` file including `pyrite_rt.h` and the
/// header. Runtime functions are not declared: `pyrite_rt.h` must declare every `ExternFn`
/// the module calls. If `m.entry` is set, `module_0.c` also defines `void pyr_main(void)`.
pub fn emit_module(m: &Module, opts: &COptions) -> Vec<CFile> {
    let nfiles = opts.files.max(1);
    let mut cx = Ctx::new(m);

    // 1. Struct bodies (interns every array / function-pointer type they mention).
    let struct_bodies: Vec<String> = (0..m.structs.len()).map(|i| struct_body(&mut cx, i)).collect();

    // 2. Functions: prototypes and bodies.
    let mut protos = Vec::new();
    let mut bodies = Vec::new();
    for i in 0..m.functions.len() {
        let head = func::signature(&mut cx, i);
        // The prototype never says `inline`, so an inline definition stays external.
        let (proto_attr, def_prefix) = match m.functions[i].graph.placement {
            Placement::Normal => ("", ""),
            Placement::Cold => ("__attribute__((cold)) ", ""),
            // A hint either way: GCC rejects an `always_inline` call whose body is in another
            // file until link time.
            Placement::Inline | Placement::AlwaysInline => ("", "inline "),
        };
        protos.push(format!("{}{};", proto_attr, head));
        bodies.push(func::emit_function(&mut cx, i, &format!("{}{}", def_prefix, head)));
    }

    // 3. Globals.
    let mut global_decls = String::new();
    let mut global_defs = String::new();
    for (i, gl) in m.globals.iter().enumerate() {
        let name = cx.global_names[i].clone();
        let cty = if gl.ty.is_unit() { "uint8_t".to_string() } else { cx.c(&gl.ty) };
        writeln!(global_decls, "extern {} {};", cty, name).unwrap();
        let init = global_init(&mut cx, i);
        writeln!(global_defs, "/* {} */", comment(&gl.name)).unwrap();
        writeln!(global_defs, "{} {} = {};", cty, name, init).unwrap();
    }

    // 4. Entry wrapper.
    let pyr_main = m.entry.map(|e| {
        let f = &m.functions[e.0 as usize];
        let args: Vec<String> = f
            .sig
            .params
            .iter()
            .filter(|t| !t.is_unit())
            .map(|t| {
                let c = cx.c(t);
                format!("({}){{0}}", c)
            })
            .collect();
        format!(
            "/* The program's entry point, called by the runtime. */\nvoid pyr_main(void)\n{{\n    {}({});\n}}\n",
            cx.func_names[e.0 as usize],
            args.join(", ")
        )
    });

    let gc_types = m.gc.as_ref().map(|info| gc::type_table(&mut cx, info));

    // 5. The header (now that every type is interned).
    let mut h = String::new();
    h.push_str("/* Generated by the Pyrite C backend. Do not edit. */\n");
    h.push_str("#ifndef PYRITE_MODULE_H\n#define PYRITE_MODULE_H\n\n");
    h.push_str("#include <stdint.h>\n#include <string.h>\n#include <math.h>\n\n");
    if cx.uses_i128 {
        h.push_str("typedef __int128 pyrc_i128;\ntypedef unsigned __int128 pyrc_u128;\n\n");
    }
    h.push_str(&cx.type_definitions(&struct_bodies));
    h.push_str(&lit::f64_to_int_helpers(cx.uses_i128));
    if !m.externs.is_empty() {
        h.push_str("/* Runtime functions used (declared in pyrite_rt.h):");
        for e in &m.externs {
            write!(h, " {}", e.name).unwrap();
        }
        h.push_str(" */\n\n");
    }
    h.push_str("/* Functions. */\n");
    for p in &protos {
        h.push_str(p);
        h.push('\n');
    }
    if m.entry.is_some() {
        h.push_str("void pyr_main(void);\n");
    }
    if !m.globals.is_empty() {
        h.push_str("\n/* Globals. */\n");
        h.push_str(&global_decls);
    }
    h.push_str("\n#endif /* PYRITE_MODULE_H */\n");

    let includes = format!("#include \"{}\"\n#include \"{}\"\n", RUNTIME_HEADER_NAME, HEADER_NAME);
    let mut files = vec![CFile { name: HEADER_NAME.to_string(), contents: h }];
    if let Some(t) = gc_types {
        files.push(CFile { name: "gc_types.c".to_string(), contents: format!("/* Generated by the Pyrite C backend. Do not edit. */\n{}\n{}", includes, t) });
    }
    files.push(CFile {
        name: "globals.c".to_string(),
        contents: format!("/* Generated by the Pyrite C backend. Do not edit. */\n{}\n{}", includes, global_defs),
    });

    // 6. Distribute functions over the module files: biggest first onto the smallest file,
    //    then each file keeps its functions in id order.
    let mut order: Vec<usize> = (0..bodies.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(bodies[i].len()), i));
    let mut load = vec![0usize; nfiles];
    let mut assigned: Vec<Vec<usize>> = vec![Vec::new(); nfiles];
    for i in order {
        let k = (0..nfiles).min_by_key(|&k| (load[k], k)).unwrap();
        load[k] += bodies[i].len();
        assigned[k].push(i);
    }
    for (k, mut fs) in assigned.into_iter().enumerate() {
        fs.sort();
        let mut s = format!("/* Generated by the Pyrite C backend. Do not edit. */\n{}", includes);
        for i in fs {
            s.push('\n');
            s.push_str(&bodies[i]);
        }
        if k == 0 {
            if let Some(w) = &pyr_main {
                s.push('\n');
                s.push_str(w);
            }
        }
        files.push(CFile { name: format!("module_{}.c", k), contents: s });
    }
    files
}

/// The member list of struct `i` (without braces); unit fields are skipped, field `k` is
/// always member `f<k>`.
fn struct_body(cx: &mut Ctx, i: usize) -> String {
    let sd = &cx.m.structs[i];
    let mut s = String::new();
    for (k, (name, ty)) in sd.fields.iter().enumerate() {
        if ty.is_unit() {
            continue;
        }
        let c = cx.c(ty);
        writeln!(s, "    {} f{}; /* {} */", c, k, comment(name)).unwrap();
    }
    if s.is_empty() {
        s.push_str("    char pyrc_empty; /* no non-unit fields */\n");
    }
    s
}

fn global_init(cx: &mut Ctx, i: usize) -> String {
    let m = cx.m;
    let gl = &m.globals[i];
    if gl.ty.is_unit() {
        return "0".to_string();
    }
    match &gl.init {
        GlobalInit::Bytes(bytes) => {
            let n = match &gl.ty {
                LType::Array(e, n) if matches!(**e, LType::Int { bits: 8, .. }) => *n,
                LType::Int { bits: 8, .. } if bytes.len() <= 1 => {
                    return bytes.first().copied().unwrap_or(0).to_string();
                }
                t => panic!("C backend: global `{}`: byte initialiser for type {}", gl.name, t),
            };
            assert!(
                bytes.len() as u64 <= n,
                "C backend: global `{}`: {} bytes for [{}; {}]",
                gl.name,
                bytes.len(),
                gl.ty,
                n
            );
            if n == 0 {
                return "{ 0 }".to_string();
            }
            let mut s = String::from("{ {");
            for (k, b) in bytes.iter().enumerate() {
                if k % 16 == 0 {
                    s.push_str("\n    ");
                }
                write!(s, "{},", b).unwrap();
                if k % 16 != 15 && k + 1 != bytes.len() {
                    s.push(' ');
                }
            }
            s.push_str("\n} }");
            s
        }
        GlobalInit::Fields(cs) => match &gl.ty {
            LType::Struct(id) => {
                let sd = m.struct_def(*id);
                let mut parts = Vec::new();
                for (k, c) in cs.iter().enumerate() {
                    let fty = match sd.fields.get(k) {
                        Some((_, t)) => t,
                        None => panic!("C backend: global `{}`: too many field initialisers", gl.name),
                    };
                    if fty.is_unit() || m.const_type(c).is_unit() {
                        continue;
                    }
                    parts.push(format!(".f{} = {}", k, cx.const_as(c, fty)));
                    if sd.kind == StructKind::Union {
                        break; // a C union initialiser sets one member: the first non-unit one
                    }
                }
                if parts.is_empty() {
                    "{ 0 }".to_string()
                } else {
                    format!("{{ {} }}", parts.join(", "))
                }
            }
            LType::Array(ety, n) => {
                assert!(cs.len() as u64 <= *n, "C backend: global `{}`: too many elements", gl.name);
                if ety.is_unit() || *n == 0 {
                    return "{ 0 }".to_string();
                }
                let parts: Vec<String> = cs.iter().map(|c| cx.const_as(c, ety)).collect();
                format!("{{ {{ {} }} }}", parts.join(", "))
            }
            t => match cs.as_slice() {
                [c] => cx.const_as(c, t),
                [] => "0".to_string(),
                _ => panic!("C backend: global `{}`: several initialisers for scalar type {}", gl.name, t),
            },
        },
    }
}


/// Text safe inside a C block comment.
pub(crate) fn comment(s: &str) -> String {
    s.replace("*/", "* /").replace("/*", "/ *").replace(['\n', '\r'], " ")
}
