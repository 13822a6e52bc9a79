//! Flow-graph construction, stage 3: checked function instances become graphs.
//!
//! Invariants:
//! - Monomorphisation is demand-driven: starting from `main`, each call to a function
//!   instance (definition + concrete generic arguments) queues that instance once.
//! - Every local lives in a stack slot; expression values that cross blocks are moved into
//!   slots by `localize`, so the finished graph keeps values block-local.
//! - Panics become calls to the runtime's `pyr_panic` with rustc's message and location.
//! - This stage produces backend-neutral graphs; it knows nothing about C.

mod closure;
mod control;
mod dispatch;
mod expr;
mod func;
mod intrinsics;
mod localize;
mod macros;
mod pat;
mod pprust;

use crate::diag::{DResult, Loc};
use crate::frontend::DefId;
use crate::lower::layout::Layouts;
use crate::sema::check::{self, MacroCache};
use crate::sema::items::Program;
use crate::sema::ty::Ty;
use pyrite_ir::*;
use std::collections::{HashMap, VecDeque};

pub struct ModuleCx<'p> {
    pub prog: &'p Program,
    pub macros: MacroCache,
    pub m: Module,
    pub layouts: Layouts,
    instances: HashMap<(DefId, Vec<Ty>), FuncId>,
    queue: VecDeque<(FuncId, DefId, Vec<Ty>)>,
    externs: HashMap<String, ExternId>,
    strings: HashMap<Vec<u8>, GlobalId>,
    locations: HashMap<Loc, GlobalId>,
    vtables: HashMap<(Ty, DefId), GlobalId>,
    vtable_types: HashMap<DefId, (StructId, Vec<Option<Sig>>)>,
    location_ty: Option<LType>,
    /// The function of each closure type, and whether its graph has been built.
    closure_fns: HashMap<u32, (FuncId, bool)>,
    /// `dyn Fn` vtables of closures, and the vtable struct of each call signature.
    closure_vtables: HashMap<u32, GlobalId>,
    fn_vtable_types: HashMap<Sig, StructId>,
    /// Per-stage progress: instances built so far.
    pub built: usize,
}

impl<'p> ModuleCx<'p> {
    pub fn new(prog: &'p Program) -> ModuleCx<'p> {
        ModuleCx {
            prog,
            macros: MacroCache::default(),
            m: Module::default(),
            layouts: Layouts::new(prog.ptr_bits),
            instances: HashMap::new(),
            queue: VecDeque::new(),
            externs: HashMap::new(),
            strings: HashMap::new(),
            locations: HashMap::new(),
            vtables: HashMap::new(),
            vtable_types: HashMap::new(),
            location_ty: None,
            closure_fns: HashMap::new(),
            closure_vtables: HashMap::new(),
            fn_vtable_types: HashMap::new(),
            built: 0,
        }
    }

    pub fn lty(&mut self, t: &Ty) -> LType {
        self.layouts.lty(self.prog, t)
    }

    pub fn usize_ty(&self) -> LType {
        self.layouts.usize()
    }

    pub fn str_ty(&mut self) -> LType {
        self.layouts.fat_slice(LType::int(8, false))
    }

    pub fn extern_fn(&mut self, name: &str, params: Vec<LType>, ret: LType, noreturn: bool) -> ExternId {
        if let Some(e) = self.externs.get(name) {
            return *e;
        }
        self.m.externs.push(ExternFn { name: name.to_string(), sig: Sig { params, ret }, noreturn });
        let id = ExternId(self.m.externs.len() as u32 - 1);
        self.externs.insert(name.to_string(), id);
        id
    }

    /// A byte string in static memory.
    pub fn bytes_global(&mut self, b: &[u8]) -> GlobalId {
        if let Some(g) = self.strings.get(b) {
            return *g;
        }
        self.m.globals.push(Global {
            name: format!("str{}", self.m.globals.len()),
            ty: LType::Array(Box::new(LType::int(8, false)), b.len() as u64),
            init: GlobalInit::Bytes(b.to_vec()),
        });
        let id = GlobalId(self.m.globals.len() as u32 - 1);
        self.strings.insert(b.to_vec(), id);
        id
    }

    pub fn location_ty(&mut self) -> LType {
        if let Some(t) = &self.location_ty {
            return t.clone();
        }
        let u = self.usize_ty();
        self.layouts.structs.push(StructDef {
            name: "Location".into(),
            kind: StructKind::Struct,
            fields: vec![
                ("file".into(), LType::ptr(LType::int(8, false))),
                ("file_len".into(), u),
                ("line".into(), LType::int(32, false)),
                ("col".into(), LType::int(32, false)),
            ],
        });
        let t = LType::Struct(StructId(self.layouts.structs.len() as u32 - 1));
        self.location_ty = Some(t.clone());
        t
    }

    /// A static `Location` record for a source position.
    pub fn location(&mut self, loc: &Loc) -> GlobalId {
        if let Some(g) = self.locations.get(loc) {
            return *g;
        }
        let ty = self.location_ty();
        let file = self.prog.krate.files[loc.file as usize].display.clone();
        let fg = self.bytes_global(file.as_bytes());
        let u = self.usize_ty();
        self.m.globals.push(Global {
            name: format!("loc{}", self.m.globals.len()),
            ty,
            init: GlobalInit::Fields(vec![
                Const::GlobalAddr(fg),
                Const::Int(file.len() as i128, u),
                Const::Int(loc.line as i128, LType::int(32, false)),
                Const::Int(loc.col as i128, LType::int(32, false)),
            ]),
        });
        let id = GlobalId(self.m.globals.len() as u32 - 1);
        self.locations.insert(loc.clone(), id);
        id
    }

    pub fn fn_sig(&mut self, def: DefId, env: &[Ty]) -> DResult<Sig> {
        let sig = self.prog.sig(def)?;
        let tys: Vec<Ty> = sig.params.iter().map(|t| self.normalized(&t.subst(env))).collect();
        let mut params: Vec<LType> = tys.iter().map(|t| self.lty(t)).collect();
        if self.prog.krate.fn_info(def).track_caller {
            let l = self.location_ty();
            params.push(LType::ptr(l));
        }
        let r = self.normalized(&sig.ret.subst(env));
        let ret = self.lty(&r);
        Ok(Sig { params, ret })
    }

    /// Normalises projections in a signature type of a concrete instance.
    pub fn normalized(&self, t: &Ty) -> Ty {
        check::normalize_type(self.prog, t)
    }

    /// The function for an instance, queued for building the first time it is asked for.
    pub fn func_for(&mut self, def: DefId, env: &[Ty]) -> DResult<FuncId> {
        let k = (def, env.to_vec());
        if let Some(f) = self.instances.get(&k) {
            return Ok(*f);
        }
        if env.iter().any(|t| t.any(&|x| matches!(x, Ty::Var(_) | Ty::Param(_)))) {
            return Err(crate::diag::plain(format!(
                "internal error: instance of `{}` with undetermined types <{}>",
                self.instance_name(def, env),
                env.iter().map(|t| self.prog.ty_str(t)).collect::<Vec<_>>().join(", ")
            )));
        }
        let sig = self.fn_sig(def, env)?;
        let name = self.instance_name(def, env);
        self.m.functions.push(Function { name, sig, graph: Graph::new() });
        let id = FuncId(self.m.functions.len() as u32 - 1);
        self.instances.insert(k, id);
        self.queue.push_back((id, def, env.to_vec()));
        Ok(id)
    }

    fn instance_name(&self, def: DefId, env: &[Ty]) -> String {
        let d = self.prog.krate.def(def);
        let mut name = match self.prog.krate.fn_info(def).owner {
            crate::frontend::FnOwner::Impl(i) => {
                let h = &self.prog.impl_headers[i.0 as usize];
                let st = self.prog.ty_str(&h.self_ty.subst(env));
                match &h.trait_ {
                    Some((t, _)) => format!("<{} as {}>::{}", st, self.prog.name_of(*t), d.name),
                    None => format!("{}::{}", st, d.name),
                }
            }
            crate::frontend::FnOwner::Trait(t) => format!("<{} as {}>::{}", env.first().map(|x| self.prog.ty_str(x)).unwrap_or_default(), self.prog.name_of(t), d.name),
            crate::frontend::FnOwner::Free => d.name.clone(),
        };
        let own = self.prog.krate.fn_info(def).generics.len();
        if own > 0 && env.len() >= own {
            let args: Vec<String> = env[env.len() - own..].iter().map(|t| self.prog.ty_str(t)).collect();
            name.push_str(&format!("::<{}>", args.join(", ")));
        }
        name
    }

    /// The program's entry: `main` itself, or for `fn main() -> Result<(), E>` a wrapper that
    /// reports an `Err` as rustc's runtime does (`Error: {:?}` on stderr, exit code 1).
    pub fn entry(&mut self, main: DefId) -> DResult<FuncId> {
        let f = self.func_for(main, &[])?;
        let ret = self.prog.sig(main)?.ret;
        let err_ty = match &ret {
            Ty::Adt(d, args) if self.prog.is_lang(*d, "Result") => args[1].clone(),
            _ => return Ok(f),
        };
        let report = self.func_for(self.prog.krate.lang("__report_main_result"), &[err_ty])?;
        let rt = self.m.functions[f.0 as usize].sig.ret.clone();
        let mut g = Graph::new();
        let r = g.new_var(rt);
        let entry = g.entry;
        g.cfg[entry].ops = vec![
            Op { result: Some(r), kind: OpKind::Call(Callee::Func(f), vec![]) },
            Op { result: None, kind: OpKind::Call(Callee::Func(report), vec![Value::Var(r)]) },
        ];
        g.cfg[entry].exit = Exit::Return(Value::Const(Const::Unit));
        self.m.functions.push(Function { name: "main (Result)".into(), sig: Sig { params: vec![], ret: LType::Unit }, graph: g });
        Ok(FuncId(self.m.functions.len() as u32 - 1))
    }

    /// Builds every queued instance. `progress` is told about each one.
    pub fn run(&mut self, progress: &mut dyn FnMut(usize, &str)) -> DResult<()> {
        while let Some((fid, def, env)) = self.queue.pop_front() {
            let checked = check::check_fn(self.prog, &self.macros, def, &env)?;
            let mut graph = func::FnBuilder::build(self, fid, def, &env, checked)?;
            graph.placement = self.prog.krate.fn_info(def).placement;
            self.m.functions[fid.0 as usize].graph = graph;
            self.built += 1;
            let name = self.m.functions[fid.0 as usize].name.clone();
            progress(self.built, &name);
        }
        Ok(())
    }

    /// The vtable of `ty` for `tr`, with a shim per object-safe method.
    pub fn vtable(&mut self, ty: &Ty, tr: DefId) -> DResult<GlobalId> {
        let k = (ty.clone(), tr);
        if let Some(g) = self.vtables.get(&k) {
            return Ok(*g);
        }
        let (vt_struct, sigs) = self.vtable_type(tr)?;
        let methods = self.prog.vtable_methods(tr);
        let mut fields = vec![];
        for ((owner, name, _), sig) in methods.iter().zip(&sigs) {
            match sig {
                Some(s) => {
                    let shim = self.dyn_shim(ty, *owner, name, s.clone())?;
                    fields.push(Const::FuncAddr(shim));
                }
                None => fields.push(Const::Null(LType::void_ptr())),
            }
        }
        self.m.globals.push(Global { name: format!("vtable{}", self.m.globals.len()), ty: LType::Struct(vt_struct), init: GlobalInit::Fields(fields) });
        let id = GlobalId(self.m.globals.len() as u32 - 1);
        self.vtables.insert(k, id);
        Ok(id)
    }

    /// The vtable struct of a trait: one function pointer per method taking `&self`.
    pub fn vtable_type(&mut self, tr: DefId) -> DResult<(StructId, Vec<Option<Sig>>)> {
        if let Some(v) = self.vtable_types.get(&tr) {
            return Ok(v.clone());
        }
        let methods = self.prog.vtable_methods(tr);
        let mut sigs = vec![];
        let mut fields = vec![];
        for (_, name, mdef) in &methods {
            let s = self.prog.sig(*mdef)?;
            // `&self`, `&mut self` and `self: Box<Self>` receivers are all one data pointer.
            let object_safe = s.has_self
                && matches!(s.params[0], Ty::Ref(..) | Ty::Box(_))
                && s.env.len() == s.owner_params
                && !s.params[1..].iter().chain(std::iter::once(&s.ret)).any(|t| t.any(&|x| matches!(x, Ty::Param(0))));
            if object_safe {
                let env = vec![Ty::Dyn(tr)];
                let mut params = vec![LType::void_ptr()];
                for p in &s.params[1..] {
                    let t = p.subst(&env);
                    params.push(self.lty(&t));
                }
                let r = s.ret.subst(&env);
                let ret = self.lty(&r);
                let sig = Sig { params, ret };
                fields.push((name.clone(), LType::FnPtr(Box::new(sig.clone()))));
                sigs.push(Some(sig));
            } else {
                fields.push((name.clone(), LType::void_ptr()));
                sigs.push(None);
            }
        }
        self.layouts.structs.push(StructDef { name: format!("vtable {}", self.prog.name_of(tr)), kind: StructKind::Struct, fields });
        let id = StructId(self.layouts.structs.len() as u32 - 1);
        self.vtable_types.insert(tr, (id, sigs.clone()));
        Ok((id, sigs))
    }

    fn dyn_shim(&mut self, ty: &Ty, tr: DefId, method: &str, sig: Sig) -> DResult<FuncId> {
        let callee = check::Callee::Trait { tr, method: method.to_string(), self_ty: ty.clone(), trait_args: vec![], method_args: vec![] };
        let mut c = check::normalizer(self.prog, &self.macros);
        let resolved = c.resolve_trait_callee(&callee)?;
        let check::Callee::Fn(def, env) = resolved else { unreachable!() };
        let target = self.func_for(def, &env)?;
        let tsig = self.m.functions[target.0 as usize].sig.clone();
        let mut g = Graph::new();
        let params: Vec<Var> = sig.params.iter().map(|t| g.new_var(t.clone())).collect();
        let entry = g.entry;
        g.cfg[entry].params = params.clone();
        let this = g.new_var(tsig.params[0].clone());
        let mut ops = vec![Op { result: Some(this), kind: OpKind::PtrCast(Value::Var(params[0]), tsig.params[0].clone()) }];
        let mut args = vec![Value::Var(this)];
        args.extend(params[1..].iter().map(|p| Value::Var(*p)));
        let ret = if sig.ret.is_unit() { None } else { Some(g.new_var(sig.ret.clone())) };
        ops.push(Op { result: ret, kind: OpKind::Call(Callee::Func(target), args) });
        g.cfg[entry].ops = ops;
        g.cfg[entry].exit = Exit::Return(match ret {
            Some(r) => Value::Var(r),
            None => Value::Const(Const::Unit),
        });
        let name = format!("dyn shim {}", self.m.functions[target.0 as usize].name);
        self.m.functions.push(Function { name, sig, graph: g });
        Ok(FuncId(self.m.functions.len() as u32 - 1))
    }

    pub fn finish(mut self) -> Module {
        self.m.structs = std::mem::take(&mut self.layouts.structs);
        self.m
    }
}
