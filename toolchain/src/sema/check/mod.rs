//! Type checking of one function instance: inference, coercions, method resolution.
//! Output: `Tables`, keyed by the address of syntax nodes (the trees are leaked, so stable).

mod closure;
mod expr;
mod infer;
mod macros;
mod method;
pub mod pat;

pub use infer::Infer;
pub use macros::{FmtPiece, FmtPlan, MacroArgs, MacroCache};

use super::items::Program;
use super::ty::Ty;
use crate::diag::{DResult, Diag};
use crate::frontend::{DefId, ModId};
use std::collections::HashMap;

pub fn key<T>(x: &T) -> usize {
    x as *const T as usize
}

/// A call target, concrete after `finish`.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A function instance: the definition and its full generic environment.
    Fn(DefId, Vec<Ty>),
    /// A trait method whose impl is selected once `self_ty` is known.
    Trait { tr: DefId, method: String, self_ty: Ty, trait_args: Vec<Ty>, method_args: Vec<Ty> },
    /// A call through a `dyn Trait` vtable.
    /// `tr` is the object's trait; `owner` the trait (or supertrait) declaring the method.
    Virtual { tr: DefId, owner: DefId, method: String },
    /// A tuple-like enum variant or tuple struct used as a constructor.
    Ctor(Ty, u32),
}

/// One step of an implicit conversion, applied in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Adjust {
    /// Load through a reference or a Box (the value's type is the pointer type).
    Deref,
    /// Take the address of the place.
    Borrow(bool),
    /// `&[T; N]` to `&[T]`, `&Vec<T>` to `&[T]`, `&String` to `&str` (from the pointer type).
    UnsizeRef,
    /// `&T` or `Box<T>` to a `dyn Trait` pointer; carries the concrete `T` and the trait.
    ToDyn(Ty, DefId),
    /// `&C` or `Box<C>` for a closure type `C` to a `dyn Fn` pointer; carries `C`.
    ToDynFn(Ty),
}

#[derive(Clone, Debug)]
pub enum PathRes {
    Local(usize),
    Const(DefId, Vec<Ty>),
    UnitVariant(Ty, u32),
    UnitStruct(Ty),
}

#[derive(Clone, Debug)]
pub struct ForPlan {
    /// Arrays iterate by value: the item is a reference to copy the element from.
    pub deref_item: bool,
    pub into_iter: Callee,
    pub iter_ty: Ty,
    pub next: Callee,
    pub item_ty: Ty,
}

#[derive(Clone, Debug)]
pub struct IndexPlan {
    /// Derefs applied to the base before indexing.
    pub derefs: u32,
    /// The base type after the derefs.
    pub base: Ty,
    /// Some when the index is a range (the range's type); None for a single element.
    pub range: Option<Ty>,
    /// A user `Index`/`IndexMut` impl: `index_mut(&mut base, i)` (or `index`) gives the place.
    pub overloaded: Option<Callee>,
}

#[derive(Default)]
pub struct Tables {
    pub expr_ty: HashMap<usize, Ty>,
    pub pat_ty: HashMap<usize, Ty>,
    /// Patterns matched through references by match ergonomics: derefs before matching.
    pub pat_derefs: HashMap<usize, u32>,
    /// Identifier patterns that bind by reference.
    pub binds_ref: HashMap<usize, bool>,
    pub callee: HashMap<usize, Callee>,
    /// Receiver adjustments of method calls, and adjustments of coerced expressions.
    pub adjust: HashMap<usize, Vec<Adjust>>,
    pub path: HashMap<usize, PathRes>,
    pub fields: HashMap<usize, (u32, u32)>,
    /// Position of a sub-pattern within its tuple or tuple-struct pattern.
    pub pat_pos: HashMap<usize, u32>,
    pub for_plan: HashMap<usize, ForPlan>,
    pub index: HashMap<usize, IndexPlan>,
    pub fmt: HashMap<usize, FmtPlan>,
    /// Binary operators on non-primitive operands are calls (`==` on structs, `+` on String).
    pub op_call: HashMap<usize, Callee>,
    /// The type both operands of such a comparison are viewed as (`str` for strings).
    pub cmp_view: HashMap<usize, Ty>,
    /// Types of macro invocations, by the key of the macro.
    pub macro_ty: HashMap<usize, Ty>,
    /// Where trait calls resolved at the end of checking were written, for their errors.
    pub spans: HashMap<usize, proc_macro2::Span>,
    /// Types of the locals, by the key of their binding pattern.
    pub local_ty: HashMap<usize, Ty>,
    /// Calls of closures (`f(x)`, `(self.f)(x)`): the closure and the derefs to reach it.
    pub closure_call: HashMap<usize, (u32, u32)>,
    /// Functions used as closures: the closure expression that stands for the path.
    pub fn_closures: HashMap<usize, &'static syn::ExprClosure>,
    /// Calls through `dyn Fn` pointers: the derefs to reach the `dyn Fn`.
    pub dyn_fn_call: HashMap<usize, u32>,
}

pub struct Checker<'p> {
    pub prog: &'p Program,
    pub macros: &'p MacroCache,
    pub module: ModId,
    pub file: u32,
    pub env: Vec<Ty>,
    pub env_names: Vec<String>,
    pub self_ty: Option<Ty>,
    pub infer: Infer,
    pub t: Tables,
    pub ret_ty: Ty,
    scopes: Vec<Vec<(String, usize)>>,
    /// Enclosing loops and labelled blocks: label, type of `break` values, is a block.
    loops: Vec<(Option<String>, Option<Ty>, bool)>,
    deferred_trait_calls: Vec<usize>,
    pub deferred: Vec<(Ty, Ty)>,
    /// Types that stand for generic parameters here, with the traits bounding them: a method
    /// call on such a type means the trait's method, even if the type has an inherent one.
    pub bound_traits: Vec<(Ty, DefId)>,
    /// Bounds with trait arguments (`T: AsRef<str>`, `K: Borrow<Q>`) at this instance's types:
    /// a method found through such a bound takes the bound's arguments.
    pub bound_args: Vec<(Ty, DefId, Vec<Ty>)>,
    /// Blocks without a tail expression whose statements diverge (`{ panic!(..); }`): their
    /// type is `!`, which coerces to anything.
    pub diverging_blocks: std::collections::HashSet<usize>,
    /// Closures of this body being checked, and the ones enclosing the current expression.
    pub closures: Vec<closure::Pending>,
    pub closure_stack: Vec<(usize, usize)>,
    /// `F: Fn(A) -> R` bounds of the calls being checked, at the calls' types.
    pub closure_hints: Vec<(Ty, Vec<Ty>, Ty)>,
    /// Set while `publish_closures` runs (it normalises, which may publish again).
    pub publishing: bool,
}

impl<'p> Checker<'p> {
    pub fn err(&self, span: proc_macro2::Span, msg: impl Into<String>) -> Diag {
        self.prog.krate.diag(self.file, span, msg)
    }
    pub fn unsupported(&self, span: proc_macro2::Span, what: &str) -> Diag {
        crate::frontend::unsupported(self.file, &self.prog.krate.files, span, what)
    }

    fn push_scope(&mut self) {
        self.scopes.push(vec![]);
    }
    fn pop_scope(&mut self) {
        self.scopes.pop();
    }
    fn bind_local(&mut self, name: String, pat_key: usize, ty: Ty) {
        self.t.local_ty.insert(pat_key, ty);
        self.scopes.last_mut().unwrap().push((name, pat_key));
    }
    /// Finds a local for a use; a local from outside the closures being checked is captured.
    fn use_local(&mut self, name: &str) -> Option<usize> {
        for (si, s) in self.scopes.iter().enumerate().rev() {
            for (n, k) in s.iter().rev() {
                if n == name {
                    let k = *k;
                    self.note_capture(si, k);
                    return Some(k);
                }
            }
        }
        None
    }
    fn lookup_local(&self, name: &str) -> Option<usize> {
        for s in self.scopes.iter().rev() {
            for (n, k) in s.iter().rev() {
                if n == name {
                    return Some(*k);
                }
            }
        }
        None
    }

    pub fn scope(&self) -> crate::frontend::resolve::Scope<'_> {
        crate::frontend::resolve::Scope { module: self.module, generics: &self.env_names, self_ty: self.self_ty.clone() }
    }

    /// Resolves a written type in this body: generic parameters become the instance's types.
    pub fn ty_of_syn(&mut self, t: &syn::Type) -> DResult<Ty> {
        let scope =
            crate::frontend::resolve::Scope { module: self.module, generics: &self.env_names, self_ty: self.self_ty.clone() };
        let infer = &mut self.infer;
        let r = self.prog.krate.resolve_type(&scope, t, &mut || Some(infer.fresh()))?;
        Ok(self.instantiate(&r))
    }

    /// Replaces the body's generic parameters by the instance's concrete types.
    pub fn instantiate(&self, t: &Ty) -> Ty {
        t.subst(&self.env)
    }

    pub fn resolve(&self, t: &Ty) -> Ty {
        self.infer.resolve(t)
    }
}

impl<'p> Checker<'p> {
    fn new(prog: &'p Program, macros: &'p MacroCache, module: ModId, env: Vec<Ty>, env_names: Vec<String>, self_ty: Option<Ty>) -> Checker<'p> {
        Checker {
            prog,
            macros,
            module,
            file: prog.krate.file_of_mod(module),
            env,
            env_names,
            self_ty,
            infer: Infer::default(),
            t: Tables::default(),
            ret_ty: Ty::Unit,
            scopes: vec![vec![]],
            loops: vec![],
            deferred_trait_calls: vec![],
            deferred: vec![],
            bound_traits: vec![],
            bound_args: vec![],
            diverging_blocks: Default::default(),
            closures: vec![],
            closure_stack: vec![],
            closure_hints: vec![],
            publishing: false,
        }
    }
}

pub struct Checked {
    pub tables: Tables,
    pub param_pats: Vec<usize>,
    /// The body's result type (what an `impl Trait` result stands for).
    pub ret: Ty,
}

/// The concrete type behind `impl Trait` returned by an instance: its body's type. None when
/// the body fails to check (the error comes again when the instance is built) or the type
/// depends on itself.
pub fn opaque_type(prog: &Program, def: DefId, env: &[Ty]) -> Option<Ty> {
    let k = (def, env.to_vec());
    if let Some(t) = prog.opaque.borrow().get(&k) {
        return t.clone();
    }
    prog.opaque.borrow_mut().insert(k.clone(), None);
    let macros = MacroCache::default();
    let t = check_fn(prog, &macros, def, env).ok().map(|c| c.ret);
    prog.opaque.borrow_mut().insert(k, t.clone());
    t
}

/// Checks the body of `def` instantiated with `env`.
pub fn check_fn(prog: &Program, macros: &MacroCache, def: DefId, env: &[Ty]) -> DResult<Checked> {
    let info = prog.krate.fn_info(def);
    let sig = prog.sig(def)?;
    let (env_names, _, self_ty) = prog.fn_env(def);
    let module = prog.krate.def(def).module;
    let mut c = Checker::new(prog, macros, module, env.to_vec(), env_names, self_ty.map(|t| t.subst(env)));
    c.bound_traits = prog.env_bound_traits(def).into_iter().filter_map(|(i, t)| env.get(i).map(|ty| (ty.clone(), t))).collect();
    c.bound_args = prog.fn_bounds(def).into_iter().filter_map(|(i, t, args)| env.get(i).map(|ty| (ty.clone(), t, args.iter().map(|a| a.subst(env)).collect()))).collect();
    let ret = match &sig.ret {
        Ty::Opaque(d, _) if *d == def => {
            let v = c.infer.fresh();
            c.opaque_fn_hints(info.sig, &v)?;
            v
        }
        r => c.normalize_deep(&r.subst(env)),
    };
    c.ret_ty = ret.clone();
    let mut param_pats = vec![];
    for (input, pty) in info.sig.inputs.iter().zip(&sig.params) {
        let pty = c.normalize_deep(&pty.subst(env));
        match input {
            syn::FnArg::Receiver(r) => {
                let k = key(r);
                c.t.pat_ty.insert(k, pty.clone());
                c.bind_local("self".into(), k, pty);
                param_pats.push(k);
            }
            syn::FnArg::Typed(pt) => {
                c.check_pat(&pt.pat, &pty, None)?;
                param_pats.push(key(&*pt.pat));
            }
        }
    }
    let body = info.body.ok_or_else(|| c.err(info.sig.ident.span(), "function without a body"))?;
    let bt = c.check_block(body, Some(&ret))?;
    c.coerce_block_result(body, &bt, &ret)?;
    c.finish()?;
    let ret = c.normalize_deep(&ret);
    Ok(Checked { tables: c.t, param_pats, ret })
}

/// Checks a constant's expression with the given expected type.
pub fn check_const(prog: &Program, macros: &MacroCache, def: DefId, self_ty: Option<Ty>) -> DResult<(Tables, Ty)> {
    let (ty, e) = match &prog.krate.def(def).kind {
        crate::frontend::DefKind::Const(t, e) => (*t, *e),
        _ => unreachable!(),
    };
    let module = prog.krate.def(def).module;
    let mut c = Checker::new(prog, macros, module, vec![], vec![], self_ty);
    let want = c.ty_of_syn(ty)?;
    c.check_expr_coerce(e, &want)?;
    c.finish()?;
    Ok((c.t, want))
}

impl Checker<'_> {
    /// Ends inference: defaults literals, resolves every type and every deferred trait call.
    pub fn finish(&mut self) -> DResult<()> {
        self.process_deferred();
        self.infer.apply_defaults();
        self.process_deferred();
        let mut t = std::mem::take(&mut self.t);
        let fix = |c: &mut Self, ty: &Ty| c.normalize_deep(ty);
        for v in t.expr_ty.values_mut() {
            *v = fix(self, v);
        }
        for v in t.pat_ty.values_mut() {
            *v = fix(self, v);
        }
        for v in t.local_ty.values_mut() {
            *v = fix(self, v);
        }
        for v in t.cmp_view.values_mut() {
            *v = fix(self, v);
        }
        for v in t.macro_ty.values_mut() {
            *v = fix(self, v);
        }
        let fix_callee = |c: &mut Self, cal: &Callee| -> DResult<Callee> {
            let cal = match cal {
                Callee::Fn(d, args) => Callee::Fn(*d, args.iter().map(|a| c.normalize_deep(a)).collect()),
                Callee::Ctor(t, v) => Callee::Ctor(c.normalize_deep(t), *v),
                other => other.clone(),
            };
            c.resolve_trait_callee(&cal)
        };
        let spans = std::mem::take(&mut t.spans);
        let locate = |c: &Self, k: usize, d: Diag| match spans.get(&k) {
            Some(s) if d.file.is_empty() => c.err(*s, d.msg.trim_start_matches("error: ").to_string()),
            _ => d,
        };
        for (k, v) in t.callee.iter_mut() {
            *v = fix_callee(self, v).map_err(|d| locate(self, *k, d))?;
        }
        for (k, v) in t.op_call.iter_mut() {
            *v = fix_callee(self, v).map_err(|d| locate(self, *k, d))?;
        }
        for v in t.adjust.values_mut() {
            for a in v.iter_mut() {
                if let Adjust::ToDyn(ty, _) | Adjust::ToDynFn(ty) = a {
                    *ty = self.normalize_deep(ty);
                }
            }
        }
        for v in t.path.values_mut() {
            match v {
                PathRes::Const(_, args) => {
                    for a in args.iter_mut() {
                        *a = self.normalize_deep(a);
                    }
                }
                PathRes::UnitVariant(ty, _) | PathRes::UnitStruct(ty) => *ty = self.normalize_deep(ty),
                _ => {}
            }
        }
        for (k, p) in t.for_plan.iter_mut() {
            p.into_iter = fix_callee(self, &p.into_iter).map_err(|d| locate(self, *k, d))?;
            p.iter_ty = self.normalize_deep(&p.iter_ty);
            p.next = fix_callee(self, &p.next).map_err(|d| locate(self, *k, d))?;
            p.item_ty = self.normalize_deep(&p.item_ty);
        }
        for p in t.index.values_mut() {
            if let Some(c) = &p.overloaded {
                p.overloaded = Some(fix_callee(self, c)?);
            }
            p.base = self.normalize_deep(&p.base);
            p.range = p.range.as_ref().map(|r| self.normalize_deep(r));
        }
        for plan in t.fmt.values_mut() {
            for piece in plan.pieces.iter_mut() {
                if let macros::FmtPiece::Arg(a) = piece {
                    if let Callee::Trait { self_ty, .. } = &mut a.callee {
                        *self_ty = self.normalize_deep(self_ty);
                    }
                    a.callee = fix_callee(self, &a.callee).map_err(|d| locate(self, key(a.expr), d))?;
                }
            }
        }
        // Anything still unknown needs an annotation.
        for (k, v) in t.local_ty.iter() {
            if v.any(&|x| matches!(x, Ty::Var(_) | Ty::Proj(..))) {
                let d = crate::diag::plain(format!("error: type annotations needed: a local of type `{}`", self.prog.ty_str(v)));
                return Err(locate(self, *k, d));
            }
        }
        self.t = t;
        self.finish_closures();
        Ok(())
    }
}

/// A checker with no body, for normalising types and selecting impls after checking.
pub fn normalizer<'p>(prog: &'p Program, macros: &'p MacroCache) -> Checker<'p> {
    Checker::new(prog, macros, prog.krate.root, vec![], vec![], None)
}

/// `t` with every `<T as Trait>::Name` replaced by the type the impl gives it.
pub fn normalize_type(prog: &Program, t: &Ty) -> Ty {
    if !t.any(&|x| matches!(x, Ty::Proj(..) | Ty::Opaque(..))) {
        return t.clone();
    }
    let macros = MacroCache::default();
    let mut c = normalizer(prog, &macros);
    c.normalize_deep(t)
}
