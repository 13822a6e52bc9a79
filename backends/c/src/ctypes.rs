//! Mapping of IR types to C types, and the type part of the header.
//!
//! Array and function-pointer types have no name in the IR; they are interned here on first
//! use (children before parents, so the intern order is a valid declaration order).

use crate::{comment, function_c_name, global_c_name, lit, sanitize};
use pyrite_ir::{Const, FuncId, GlobalId, LType, Module, Sig, StructKind};
use std::collections::HashMap;
use std::fmt::Write;

struct ArrayDef {
    name: String,
    /// Member declaration (`T e[n];`) or the dummy member for empty arrays.
    member: String,
    elem: LType,
}

pub(crate) struct Ctx<'m> {
    pub m: &'m Module,
    pub struct_names: Vec<String>,
    pub func_names: Vec<String>,
    pub global_names: Vec<String>,
    arrays: Vec<ArrayDef>,
    array_ids: HashMap<(LType, u64), usize>,
    /// Function-pointer typedef lines, in intern order.
    fnptrs: Vec<String>,
    fnptr_ids: HashMap<Sig, usize>,
    pub uses_i128: bool,
}

/// C name of an integer type.
pub(crate) fn int_name(bits: u8, signed: bool) -> &'static str {
    match (bits, signed) {
        (8, true) => "int8_t",
        (16, true) => "int16_t",
        (32, true) => "int32_t",
        (64, true) => "int64_t",
        (128, true) => "pyrc_i128",
        (8, false) => "uint8_t",
        (16, false) => "uint16_t",
        (32, false) => "uint32_t",
        (64, false) => "uint64_t",
        (128, false) => "pyrc_u128",
        _ => panic!("C backend: unsupported integer width {}", bits),
    }
}

/// The unsigned type wrapping arithmetic on an integer of this width is done in (at least
/// `unsigned int`, so narrow operands are not promoted to signed `int`).
pub(crate) fn wide_unsigned(bits: u8) -> &'static str {
    match bits {
        0..=32 => "uint32_t",
        64 => "uint64_t",
        _ => "pyrc_u128",
    }
}

impl<'m> Ctx<'m> {
    pub fn new(m: &'m Module) -> Ctx<'m> {
        let struct_names = m.structs.iter().enumerate().map(|(i, s)| format!("S{}_{}", i, sanitize(&s.name))).collect();
        let func_names = (0..m.functions.len()).map(|i| function_c_name(m, FuncId(i as u32))).collect();
        let global_names = (0..m.globals.len()).map(|i| global_c_name(m, GlobalId(i as u32))).collect();
        Ctx {
            m,
            struct_names,
            func_names,
            global_names,
            arrays: Vec::new(),
            array_ids: HashMap::new(),
            fnptrs: Vec::new(),
            fnptr_ids: HashMap::new(),
            uses_i128: false,
        }
    }

    /// The C spelling of `t`. `Unit` is `void` (only meaningful as a return type or under a
    /// pointer: `Ptr(Unit)` is `void*`).
    pub fn c(&mut self, t: &LType) -> String {
        match t {
            LType::Unit => "void".to_string(),
            LType::Bool => "uint8_t".to_string(),
            LType::Int { bits, signed } => {
                if *bits == 128 {
                    self.uses_i128 = true;
                }
                int_name(*bits, *signed).to_string()
            }
            LType::F32 => "float".to_string(),
            LType::F64 => "double".to_string(),
            LType::Ptr(p) => format!("{}*", self.c(p)),
            LType::Struct(id) => self.struct_names[id.0 as usize].clone(),
            LType::Array(e, n) => self.array(e, *n),
            LType::FnPtr(sig) => self.fnptr(sig),
        }
    }

    fn array(&mut self, e: &LType, n: u64) -> String {
        if let Some(&k) = self.array_ids.get(&(e.clone(), n)) {
            return self.arrays[k].name.clone();
        }
        let member = if e.is_unit() || n == 0 {
            format!("char pyrc_empty; /* [{}; {}] */", e, n)
        } else {
            format!("{} e[{}];", self.c(e), n)
        };
        let k = self.arrays.len();
        let mut hint = self.hint(e);
        hint.truncate(40);
        let name = format!("A{}_{}_{}", k, hint, n);
        self.arrays.push(ArrayDef { name: name.clone(), member, elem: e.clone() });
        self.array_ids.insert((e.clone(), n), k);
        name
    }

    /// A short readable tag for a type, used in array type names.
    fn hint(&mut self, t: &LType) -> String {
        match t {
            LType::Unit => "unit".to_string(),
            LType::Bool => "bool".to_string(),
            LType::Int { bits, signed } => format!("{}{}", if *signed { "i" } else { "u" }, bits),
            LType::F32 => "f32".to_string(),
            LType::F64 => "f64".to_string(),
            LType::Ptr(p) => format!("p{}", self.hint(p)),
            LType::Struct(id) => format!("S{}", id.0),
            LType::Array(..) | LType::FnPtr(..) => {
                let c = self.c(t);
                c.split('_').next().unwrap_or("").to_string()
            }
        }
    }

    fn fnptr(&mut self, sig: &Sig) -> String {
        if let Some(&k) = self.fnptr_ids.get(sig) {
            return format!("F{}", k);
        }
        let ret = self.c(&sig.ret);
        let params = self.param_list(&sig.params, |_| None);
        let k = self.fnptrs.len();
        self.fnptrs.push(format!(
            "typedef {} (*F{})({}); /* {} */",
            ret,
            k,
            params,
            comment(&LType::FnPtr(Box::new(sig.clone())).to_string())
        ));
        self.fnptr_ids.insert(sig.clone(), k);
        format!("F{}", k)
    }

    /// A C parameter list for these IR parameter types, unit ones dropped; `(void)` if empty.
    /// `name(i)` gives the name of IR parameter `i` (or none, for abstract declarators).
    pub fn param_list(&mut self, params: &[LType], name: impl Fn(usize) -> Option<String>) -> String {
        let mut v = Vec::new();
        for (i, p) in params.iter().enumerate() {
            if p.is_unit() {
                continue;
            }
            let c = self.c(p);
            v.push(match name(i) {
                Some(n) => format!("{} {}", c, n),
                None => c,
            });
        }
        if v.is_empty() {
            "void".to_string()
        } else {
            v.join(", ")
        }
    }

    /// A constant as a C expression of type `want` (cast when the constant's own type differs;
    /// used for global initialisers, e.g. a function address stored in a `void*` slot).
    pub fn const_as(&mut self, c: &Const, want: &LType) -> String {
        let e = self.konst(c);
        if self.m.const_type(c) == *want {
            e
        } else {
            format!("(({}){})", self.c(want), e)
        }
    }

    /// A constant as an atomic C expression (an identifier, a literal or a parenthesised
    /// expression). Must not be called for `Const::Unit`.
    pub fn konst(&mut self, c: &Const) -> String {
        match c {
            Const::Int(v, t) => match t {
                LType::Int { bits, signed } => {
                    if *bits == 128 {
                        self.uses_i128 = true;
                    }
                    lit::int_lit(*v, *bits, *signed)
                }
                LType::Bool => (if *v != 0 { "1" } else { "0" }).to_string(),
                t => format!("(({}){})", self.c(t), v),
            },
            Const::F64(x) => lit::f64_lit(*x),
            Const::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
            Const::Unit => "0 /* unit */".to_string(),
            Const::Null(t) => format!("(({})0)", self.c(t)),
            Const::GlobalAddr(g) => {
                let name = &self.global_names[g.0 as usize];
                if self.m.globals[g.0 as usize].ty.is_unit() {
                    format!("((void*)&{})", name)
                } else {
                    format!("(&{})", name)
                }
            }
            Const::FuncAddr(f) => self.func_names[f.0 as usize].clone(),
        }
    }

    /// The type section of the header: forward typedefs, function-pointer typedefs, then
    /// struct, union and wrapped-array definitions in by-value dependency order.
    pub fn type_definitions(&mut self, struct_bodies: &[String]) -> String {
        let m = self.m;
        let mut s = String::new();
        if !m.structs.is_empty() || !self.arrays.is_empty() {
            s.push_str("/* Forward declarations. */\n");
        }
        for (i, sd) in m.structs.iter().enumerate() {
            let kw = if sd.kind == StructKind::Union { "union" } else { "struct" };
            writeln!(s, "typedef {} {} {};", kw, self.struct_names[i], self.struct_names[i]).unwrap();
        }
        for a in &self.arrays {
            writeln!(s, "typedef struct {} {};", a.name, a.name).unwrap();
        }
        if !self.fnptrs.is_empty() {
            s.push_str("\n/* Function pointer types. */\n");
            for f in &self.fnptrs {
                s.push_str(f);
                s.push('\n');
            }
        }
        // Topological order over by-value containment. Node ids: structs 0..S, arrays S...
        let ns = m.structs.len();
        let total = ns + self.arrays.len();
        let deps_of = |cx: &Ctx, t: &LType| -> Option<usize> {
            match t {
                LType::Struct(id) => Some(id.0 as usize),
                LType::Array(e, n) => cx.array_ids.get(&(e.as_ref().clone(), *n)).map(|k| ns + k),
                _ => None,
            }
        };
        let mut deps: Vec<Vec<usize>> = Vec::with_capacity(total);
        for sd in &m.structs {
            deps.push(sd.fields.iter().filter_map(|(_, t)| deps_of(self, t)).collect());
        }
        for a in &self.arrays {
            deps.push(deps_of(self, &a.elem).into_iter().collect());
        }
        let mut state = vec![0u8; total];
        let mut order = Vec::with_capacity(total);
        for root in 0..total {
            if state[root] != 0 {
                continue;
            }
            // Iterative DFS, post-order.
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            state[root] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if *next < deps[node].len() {
                    let d = deps[node][*next];
                    *next += 1;
                    match state[d] {
                        0 => {
                            state[d] = 1;
                            stack.push((d, 0));
                        }
                        1 => panic!("C backend: a type contains itself by value"),
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    order.push(node);
                    stack.pop();
                }
            }
        }
        if total > 0 {
            s.push_str("\n/* Type definitions (by-value dependencies first). */\n");
        }
        for node in order {
            if node < ns {
                let sd = &m.structs[node];
                let kw = if sd.kind == StructKind::Union { "union" } else { "struct" };
                writeln!(
                    s,
                    "/* {} */\n{} {} {{\n{}}};",
                    comment(&sd.name),
                    kw,
                    self.struct_names[node],
                    struct_bodies[node]
                )
                .unwrap();
            } else {
                let a = &self.arrays[node - ns];
                writeln!(s, "struct {} {{ {} }};", a.name, a.member).unwrap();
            }
        }
        s.push('\n');
        s
    }
}
