//! Front end, stage 1: load the crate's modules with `syn` and build the item table.
//!
//! Invariants:
//! - Every module file of the input crate and of the prelude is parsed exactly once; the
//!   syntax trees are leaked, so every stage may hold `&'static` references into them.
//! - Items outside the dialect are rejected here with a located `unsupported` error.
//! - The item table knows nothing about types of expressions or about flow graphs.

pub mod derive;
mod impl_trait;
pub mod include;
pub mod macro_rules;
pub mod resolve;

use crate::diag::{span_loc, DResult, Diag};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use syn::spanned::Spanned;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct DefId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ModId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ImplId(pub u32);

pub struct SourceFile {
    /// The path as rustc would print it in a panic message.
    pub display: String,
    pub text: String,
}

#[derive(Clone, Debug)]
pub enum Binding {
    Def(DefId),
    Mod(ModId),
    Variant(DefId, u32),
}

pub struct UseEntry {
    pub name: String,
    pub path: Vec<String>,
    pub glob: bool,
}

pub struct Module {
    pub parent: Option<ModId>,
    pub items: HashMap<String, Binding>,
    pub uses: Vec<UseEntry>,
    pub file: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VariantShape {
    Unit,
    Tuple,
    Named,
}

pub struct Variant {
    pub name: String,
    /// The tag value (`A = 5`, else one more than the previous variant's).
    pub discr: i128,
    pub shape: VariantShape,
    pub fields: Vec<(String, &'static syn::Type)>,
}

pub struct AdtInfo {
    pub generics: Vec<String>,
    /// The written generics, for bounds (`struct Memo<F: Fn(u64) -> u64>`).
    pub syn_generics: &'static syn::Generics,
    /// A struct has exactly one variant, named like the struct.
    pub variants: Vec<Variant>,
    pub is_enum: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FnOwner {
    Free,
    Impl(ImplId),
    Trait(DefId),
}

pub struct FnInfo {
    pub sig: &'static syn::Signature,
    pub body: Option<&'static syn::Block>,
    pub owner: FnOwner,
    /// The function's own type parameters (after the owner's in the generic environment).
    pub generics: Vec<String>,
    pub intrinsic: bool,
    pub track_caller: bool,
    /// `#[cold]`, `#[inline]`, `#[inline(always)]`: how backends should place the code.
    pub placement: pyrite_ir::Placement,
}

pub struct TraitInfo {
    pub generics: Vec<String>,
    /// `trait Shape: Named + Debug`: the bounds, resolved by `sema::items`.
    pub supertraits: Vec<&'static syn::Path>,
    pub methods: Vec<(String, DefId)>,
    pub assoc_types: Vec<String>,
    /// Associated constants with a default value.
    pub consts: Vec<(String, DefId)>,
}

pub enum DefKind {
    Adt(AdtInfo),
    Trait(TraitInfo),
    Fn(FnInfo),
    Const(&'static syn::Type, &'static syn::Expr),
    Alias(Vec<String>, &'static syn::Type),
}

pub struct Def {
    pub name: String,
    pub kind: DefKind,
    pub module: ModId,
}

pub struct Impl {
    pub generics: Vec<String>,
    pub syn_generics: &'static syn::Generics,
    pub self_ty: &'static syn::Type,
    pub trait_path: Option<&'static syn::Path>,
    pub methods: HashMap<String, DefId>,
    pub assoc_types: HashMap<String, &'static syn::Type>,
    pub consts: HashMap<String, DefId>,
    pub module: ModId,
}

pub struct Crate {
    pub files: Vec<SourceFile>,
    pub defs: Vec<Def>,
    pub mods: Vec<Module>,
    pub impls: Vec<Impl>,
    pub root: ModId,
    pub prelude: ModId,
    pub main_fn: Option<DefId>,
    /// Derived `Copy` types.
    pub copy_types: Vec<DefId>,
    /// Functions with items in their body: their `module` is the body's scope, and this is
    /// the module their signature is written in (a local item does not shadow an outer one
    /// there).
    pub sig_modules: HashMap<DefId, ModId>,
}

pub fn unsupported(file: u32, files: &[SourceFile], span: proc_macro2::Span, what: &str) -> Diag {
    let l = span_loc(file, span);
    Diag {
        file: files[file as usize].display.clone(),
        line: l.line as usize,
        col: l.col as usize,
        msg: format!("unsupported {} (outside the Pyrite dialect)", what),
    }
}

fn generic_names(g: &syn::Generics, file: u32, files: &[SourceFile]) -> DResult<Vec<String>> {
    let mut out = vec![];
    for p in &g.params {
        match p {
            syn::GenericParam::Type(t) => out.push(t.ident.to_string()),
            syn::GenericParam::Lifetime(_) => {}
            syn::GenericParam::Const(c) => return Err(unsupported(file, files, c.span(), "const generic parameter")),
        }
    }
    Ok(out)
}

/// The placement attributes of a function: `#[cold]`, `#[inline]`, `#[inline(always)]`
/// (`#[inline(never)]` is the default placement).
fn placement(attrs: &[syn::Attribute]) -> pyrite_ir::Placement {
    for a in attrs {
        if a.path().is_ident("cold") {
            return pyrite_ir::Placement::Cold;
        }
        if a.path().is_ident("inline") {
            return match &a.meta {
                syn::Meta::List(l) if l.tokens.to_string() == "always" => pyrite_ir::Placement::AlwaysInline,
                syn::Meta::List(_) => pyrite_ir::Placement::Normal,
                _ => pyrite_ir::Placement::Inline,
            };
        }
    }
    pyrite_ir::Placement::Normal
}

fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

/// Is an item with these attributes compiled, as by `rustc -O` without `--test`? `#[test]`
/// functions and `#[cfg(P)]` items whose predicate is false are left out: `test` and
/// `debug_assertions` are off, `unix`/`target_os = "linux"` on; `feature = ..` and unknown
/// names are off.
fn cfg_enabled(attrs: &[syn::Attribute]) -> bool {
    fn eval(m: &syn::Meta) -> bool {
        match m {
            syn::Meta::Path(p) => p.is_ident("unix"),
            syn::Meta::NameValue(nv) => {
                let val = match &nv.value {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => s.value(),
                    _ => return false,
                };
                let name = nv.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
                matches!((name.as_str(), val.as_str()), ("target_os", "linux") | ("target_family", "unix") | ("panic", "abort"))
            }
            syn::Meta::List(l) => {
                let args = match l.parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated) {
                    Ok(a) => a,
                    Err(_) => return false,
                };
                if l.path.is_ident("not") {
                    args.len() == 1 && !eval(&args[0])
                } else if l.path.is_ident("all") {
                    args.iter().all(eval)
                } else if l.path.is_ident("any") {
                    args.iter().any(eval)
                } else {
                    false
                }
            }
        }
    }
    attrs.iter().all(|a| {
        if a.path().is_ident("test") {
            return false;
        }
        if !a.path().is_ident("cfg") {
            return true;
        }
        match a.parse_args::<syn::Meta>() {
            Ok(m) => eval(&m),
            Err(_) => true,
        }
    })
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Fn(x) => &x.attrs,
        syn::Item::Struct(x) => &x.attrs,
        syn::Item::Enum(x) => &x.attrs,
        syn::Item::Trait(x) => &x.attrs,
        syn::Item::Impl(x) => &x.attrs,
        syn::Item::Const(x) => &x.attrs,
        syn::Item::Static(x) => &x.attrs,
        syn::Item::Type(x) => &x.attrs,
        syn::Item::Use(x) => &x.attrs,
        syn::Item::Mod(x) => &x.attrs,
        syn::Item::Macro(x) => &x.attrs,
        _ => &[],
    }
}

struct Loader {
    krate: Crate,
    /// The user macros visible at each out-of-line `mod x;`, by file and the line and
    /// column of its name.
    mod_macros: HashMap<(u32, usize, usize), macro_rules::Scope>,
    /// `#[macro_export]` macros of the crate so far.
    exported_macros: macro_rules::Scope,
}

impl Loader {
    fn err(&self, file: u32, span: proc_macro2::Span, what: &str) -> Diag {
        unsupported(file, &self.krate.files, span, what)
    }

    /// Parses a file; `dir` (its directory) is where its `include_str!` paths start, `macros`
    /// the user macros visible where its module is declared.
    fn add_file(&mut self, display: String, text: String, dir: Option<&Path>, macros: macro_rules::Scope) -> DResult<(u32, &'static syn::File)> {
        let id = self.krate.files.len() as u32;
        let mut parsed = syn::parse_file(&text).map_err(|e| {
            let l = span_loc(id, e.span());
            Diag { file: display.clone(), line: l.line as usize, col: l.col as usize, msg: format!("syntax error: {}", e) }
        })?;
        if macro_rules::needed(&text, &macros, &self.exported_macros) {
            let x = macro_rules::expand(&mut parsed, &display, id, macros, &mut self.exported_macros)?;
            for ((line, col), scope) in x.mod_scopes {
                self.mod_macros.insert((id, line, col), scope);
            }
        }
        if let Some(dir) = dir {
            include::expand_include_str(&mut parsed, dir, &display, id)?;
        }
        impl_trait::desugar(&mut parsed);
        self.krate.files.push(SourceFile { display, text });
        Ok((id, Box::leak(Box::new(parsed))))
    }

    fn new_mod(&mut self, parent: Option<ModId>, file: u32) -> ModId {
        self.krate.mods.push(Module { parent, items: HashMap::new(), uses: vec![], file });
        ModId(self.krate.mods.len() as u32 - 1)
    }

    fn add_def(&mut self, m: ModId, name: String, kind: DefKind) -> DefId {
        self.krate.defs.push(Def { name: name.clone(), kind, module: m });
        let id = DefId(self.krate.defs.len() as u32 - 1);
        self.krate.mods[m.0 as usize].items.insert(name, Binding::Def(id));
        id
    }

    /// `dir` is where `mod x;` files of this module live.
    fn load_items(&mut self, m: ModId, file: u32, items: &'static [syn::Item], dir: &Path, is_prelude: bool) -> DResult<()> {
        for item in items {
            self.load_item(m, file, item, dir, is_prelude)?;
        }
        Ok(())
    }

    fn load_item(&mut self, m: ModId, file: u32, item: &'static syn::Item, dir: &Path, is_prelude: bool) -> DResult<()> {
        if !cfg_enabled(item_attrs(item)) {
            return Ok(());
        }
        match item {
            syn::Item::Fn(f) => {
                let generics = generic_names(&f.sig.generics, file, &self.krate.files)?;
                self.check_sig(file, &f.sig)?;
                let info = FnInfo {
                    sig: &f.sig,
                    body: Some(&f.block),
                    owner: FnOwner::Free,
                    generics,
                    intrinsic: has_attr(&f.attrs, "intrinsic"),
                    track_caller: has_attr(&f.attrs, "track_caller"),
                    placement: placement(&f.attrs),
                };
                let id = self.add_def(m, f.sig.ident.to_string(), DefKind::Fn(info));
                if m == self.krate.root && f.sig.ident == "main" {
                    self.krate.main_fn = Some(id);
                }
                self.body_scope(id, m, file, &f.block, dir)?;
            }
            syn::Item::Struct(s) => {
                let generics = generic_names(&s.generics, file, &self.krate.files)?;
                let (shape, fields) = match &s.fields {
                    syn::Fields::Named(n) => (
                        VariantShape::Named,
                        n.named.iter().map(|f| (f.ident.as_ref().unwrap().to_string(), &f.ty)).collect(),
                    ),
                    syn::Fields::Unnamed(u) => {
                        (VariantShape::Tuple, u.unnamed.iter().enumerate().map(|(i, f)| (i.to_string(), &f.ty)).collect())
                    }
                    syn::Fields::Unit => (VariantShape::Unit, vec![]),
                };
                let name = s.ident.to_string();
                let info = AdtInfo { generics, syn_generics: &s.generics, variants: vec![Variant { name: name.clone(), discr: 0, shape, fields }], is_enum: false };
                let id = self.add_def(m, name, DefKind::Adt(info));
                self.derives(m, file, id, &s.attrs, item)?;
            }
            syn::Item::Enum(e) => {
                let generics = generic_names(&e.generics, file, &self.krate.files)?;
                let mut variants = vec![];
                let mut next_discr: i128 = 0;
                for v in &e.variants {
                    if let Some((_, d)) = &v.discriminant {
                        next_discr = literal_i128(d).ok_or_else(|| self.err(file, d.span(), "enum discriminant that is not an integer literal"))?;
                    }
                    let discr = next_discr;
                    next_discr += 1;
                    let (shape, fields) = match &v.fields {
                        syn::Fields::Named(n) => (
                            VariantShape::Named,
                            n.named.iter().map(|f| (f.ident.as_ref().unwrap().to_string(), &f.ty)).collect(),
                        ),
                        syn::Fields::Unnamed(u) => (
                            VariantShape::Tuple,
                            u.unnamed.iter().enumerate().map(|(i, f)| (i.to_string(), &f.ty)).collect(),
                        ),
                        syn::Fields::Unit => (VariantShape::Unit, vec![]),
                    };
                    variants.push(Variant { name: v.ident.to_string(), discr, shape, fields });
                }
                let info = AdtInfo { generics, syn_generics: &e.generics, variants, is_enum: true };
                let id = self.add_def(m, e.ident.to_string(), DefKind::Adt(info));
                self.derives(m, file, id, &e.attrs, item)?;
            }
            syn::Item::Trait(t) => {
                let generics = generic_names(&t.generics, file, &self.krate.files)?;
                let tid = self.add_def(
                    m,
                    t.ident.to_string(),
                    DefKind::Trait(TraitInfo {
                        generics: generics.clone(),
                        supertraits: t.supertraits.iter().filter_map(|b| match b {
                            syn::TypeParamBound::Trait(tb) => Some(&tb.path),
                            _ => None,
                        }).collect(),
                        methods: vec![],
                        assoc_types: vec![],
                        consts: vec![],
                    }),
                );
                let mut methods = vec![];
                let mut assoc = vec![];
                let mut consts = vec![];
                for ti in &t.items {
                    match ti {
                        syn::TraitItem::Fn(f) => {
                            self.check_sig(file, &f.sig)?;
                            if let syn::ReturnType::Type(_, rt) = &f.sig.output {
                                if let syn::Type::ImplTrait(it) = &**rt {
                                    return Err(self.err(file, it.span(), "`impl Trait` in return position of a trait method"));
                                }
                            }
                            let info = FnInfo {
                                sig: &f.sig,
                                body: f.default.as_ref(),
                                owner: FnOwner::Trait(tid),
                                generics: generic_names(&f.sig.generics, file, &self.krate.files)?,
                                intrinsic: false,
                                track_caller: has_attr(&f.attrs, "track_caller"),
                                placement: placement(&f.attrs),
                            };
                            let fid = self.push_def(m, f.sig.ident.to_string(), DefKind::Fn(info));
                            if let Some(b) = &f.default {
                                self.body_scope(fid, m, file, b, Path::new("."))?;
                            }
                            methods.push((f.sig.ident.to_string(), fid));
                        }
                        syn::TraitItem::Type(ty) => assoc.push(ty.ident.to_string()),
                        syn::TraitItem::Const(c) => {
                            // A default value is usable by impls that do not set their own.
                            if let Some((_, e)) = &c.default {
                                let cid = self.push_def(m, c.ident.to_string(), DefKind::Const(&c.ty, e));
                                consts.push((c.ident.to_string(), cid));
                            }
                        }
                        other => return Err(self.err(file, other.span(), "trait item")),
                    }
                }
                if let DefKind::Trait(info) = &mut self.krate.defs[tid.0 as usize].kind {
                    info.methods = methods;
                    info.assoc_types = assoc;
                    info.consts = consts;
                }
            }
            syn::Item::Impl(i) => self.load_impl(m, file, i)?,
            syn::Item::Const(c) => {
                self.add_def(m, c.ident.to_string(), DefKind::Const(&c.ty, &c.expr));
            }
            syn::Item::Static(s) if matches!(s.mutability, syn::StaticMutability::None) => {
                self.add_def(m, s.ident.to_string(), DefKind::Const(&s.ty, &s.expr));
            }
            syn::Item::Type(t) => {
                let g = generic_names(&t.generics, file, &self.krate.files)?;
                self.add_def(m, t.ident.to_string(), DefKind::Alias(g, &t.ty));
            }
            syn::Item::Use(u) => {
                let mut out = vec![];
                flatten_use(&u.tree, &mut vec![], &mut out);
                self.krate.mods[m.0 as usize].uses.extend(out);
            }
            syn::Item::Mod(md) => {
                let name = md.ident.to_string();
                let sub_dir = dir.join(&name);
                let child = match &md.content {
                    Some((_, items)) => {
                        let c = self.new_mod(Some(m), file);
                        self.load_items(c, file, items, &sub_dir, is_prelude)?;
                        c
                    }
                    None => {
                        if is_prelude {
                            return Err(self.err(file, md.span(), "out-of-line module in the prelude"));
                        }
                        let candidates = [dir.join(format!("{}.rs", name)), dir.join(&name).join("mod.rs")];
                        let path = candidates.iter().find(|p| p.exists()).ok_or_else(|| {
                            let l = span_loc(file, md.ident.span());
                            Diag {
                                file: self.krate.files[file as usize].display.clone(),
                                line: l.line as usize,
                                col: l.col as usize,
                                msg: format!("file not found for module `{}` (looked for {})", name, candidates[0].display()),
                            }
                        })?;
                        let text = std::fs::read_to_string(path).map_err(|e| crate::diag::plain(format!("{}: {}", path.display(), e)))?;
                        let lc = md.ident.span().start();
                        let macros = self.mod_macros.remove(&(file, lc.line, lc.column)).unwrap_or_default();
                        let (fid, parsed) = self.add_file(display_path(path), text, Some(path.parent().unwrap_or(Path::new("."))), macros)?;
                        let c = self.new_mod(Some(m), fid);
                        self.load_items(c, fid, &parsed.items, &sub_dir, false)?;
                        c
                    }
                };
                self.krate.mods[m.0 as usize].items.insert(name, Binding::Mod(child));
            }
            syn::Item::Macro(mac) => return Err(self.err(file, mac.span(), "macro definition or item macro")),
            other => return Err(self.err(file, other.span(), "item kind")),
        }
        Ok(())
    }

    /// Items declared in a function body (at any depth) live in a scope of their own: an
    /// anonymous module that sees its parent's names, so two functions' local items never
    /// collide and local constants and `use`s take effect in the body.
    fn body_scope(&mut self, f: DefId, m: ModId, file: u32, body: &'static syn::Block, dir: &Path) -> DResult<()> {
        let mut items = vec![];
        collect_block_items(body, &mut items);
        if items.is_empty() {
            return Ok(());
        }
        let child = self.new_mod(Some(m), file);
        self.krate.mods[child.0 as usize].uses.push(UseEntry { name: String::new(), path: vec!["super".into()], glob: true });
        for it in items {
            self.load_item(child, file, it, dir, false)?;
        }
        self.krate.sig_modules.insert(f, m);
        self.krate.defs[f.0 as usize].module = child;
        Ok(())
    }

    /// A definition that is not bound by name in the module (trait and impl members).
    fn push_def(&mut self, m: ModId, name: String, kind: DefKind) -> DefId {
        self.krate.defs.push(Def { name, kind, module: m });
        DefId(self.krate.defs.len() as u32 - 1)
    }

    fn check_sig(&self, file: u32, sig: &syn::Signature) -> DResult<()> {
        if let Some(a) = &sig.asyncness {
            return Err(self.err(file, a.span(), "async fn"));
        }
        if let Some(u) = &sig.unsafety {
            return Err(self.err(file, u.span(), "unsafe fn"));
        }
        if let Some(v) = &sig.variadic {
            return Err(self.err(file, v.span(), "variadic fn"));
        }
        Ok(())
    }

    fn load_impl(&mut self, m: ModId, file: u32, i: &'static syn::ItemImpl) -> DResult<()> {
        let generics = generic_names(&i.generics, file, &self.krate.files)?;
        let id = ImplId(self.krate.impls.len() as u32);
        let mut methods = HashMap::new();
        let mut assoc_types = HashMap::new();
        let mut consts = HashMap::new();
        for ii in &i.items {
            match ii {
                syn::ImplItem::Fn(f) if !cfg_enabled(&f.attrs) => {}
                syn::ImplItem::Fn(f) => {
                    self.check_sig(file, &f.sig)?;
                    let info = FnInfo {
                        sig: &f.sig,
                        body: Some(&f.block),
                        owner: FnOwner::Impl(id),
                        generics: generic_names(&f.sig.generics, file, &self.krate.files)?,
                        intrinsic: has_attr(&f.attrs, "intrinsic"),
                        track_caller: has_attr(&f.attrs, "track_caller"),
                        placement: placement(&f.attrs),
                    };
                    let fid = self.push_def(m, f.sig.ident.to_string(), DefKind::Fn(info));
                    self.body_scope(fid, m, file, &f.block, Path::new("."))?;
                    methods.insert(f.sig.ident.to_string(), fid);
                }
                syn::ImplItem::Type(t) => {
                    assoc_types.insert(t.ident.to_string(), &t.ty);
                }
                syn::ImplItem::Const(c) => {
                    let cid = self.push_def(m, c.ident.to_string(), DefKind::Const(&c.ty, &c.expr));
                    consts.insert(c.ident.to_string(), cid);
                }
                other => return Err(self.err(file, other.span(), "impl item")),
            }
        }
        if let Some((Some(_), p, _)) = &i.trait_ {
            return Err(self.err(file, p.span(), "negative impl"));
        }
        self.krate.impls.push(Impl {
            generics,
            syn_generics: &i.generics,
            self_ty: &i.self_ty,
            trait_path: i.trait_.as_ref().map(|(_, p, _)| p),
            methods,
            assoc_types,
            consts,
            module: m,
        });
        Ok(())
    }

    fn derives(&mut self, m: ModId, file: u32, id: DefId, attrs: &[syn::Attribute], item: &'static syn::Item) -> DResult<()> {
        for a in attrs {
            if !a.path().is_ident("derive") {
                continue;
            }
            let names = a
                .parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map_err(|_| self.err(file, a.span(), "derive syntax"))?;
            let derives_copy = names.iter().any(|n| n.segments.last().is_some_and(|s| s.ident == "Copy"));
            for n in names {
                let name = n.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                if name == "Clone" && derives_copy {
                    // What rustc's derive writes for a Copy type: a plain copy, not a match.
                    let src = derive::copy_clone_impl(item).ok_or_else(|| self.err(file, n.span(), "derive `Clone`"))?;
                    let parsed: syn::ItemImpl = syn::parse_str(&src)
                        .map_err(|e| crate::diag::plain(format!("internal error: derive(Clone) produced bad code: {}\n{}", e, src)))?;
                    self.load_impl(m, file, Box::leak(Box::new(parsed)))?;
                    continue;
                }
                if name == "Copy" {
                    self.krate.copy_types.push(id);
                    continue;
                }
                if name == "Eq" {
                    continue;
                }
                let src = derive::derive_impl(&name, item).ok_or_else(|| self.err(file, n.span(), &format!("derive `{}`", name)))?;
                let parsed: syn::ItemImpl = syn::parse_str(&src)
                    .map_err(|e| crate::diag::plain(format!("internal error: derive({}) produced bad code: {}\n{}", name, e, src)))?;
                let leaked: &'static syn::ItemImpl = Box::leak(Box::new(parsed));
                self.load_impl(m, file, leaked)?;
            }
        }
        Ok(())
    }
}

fn collect_block_items(b: &'static syn::Block, out: &mut Vec<&'static syn::Item>) {
    for st in &b.stmts {
        match st {
            syn::Stmt::Item(it) => out.push(it),
            syn::Stmt::Local(l) => {
                if let Some(init) = &l.init {
                    collect_expr_items(&init.expr, out);
                }
            }
            syn::Stmt::Expr(e, _) => collect_expr_items(e, out),
            syn::Stmt::Macro(_) => {}
        }
    }
}

fn collect_expr_items(e: &'static syn::Expr, out: &mut Vec<&'static syn::Item>) {
    match e {
        syn::Expr::Block(b) => collect_block_items(&b.block, out),
        syn::Expr::Unsafe(u) => collect_block_items(&u.block, out),
        syn::Expr::If(i) => {
            collect_block_items(&i.then_branch, out);
            if let Some((_, els)) = &i.else_branch {
                collect_expr_items(els, out);
            }
        }
        syn::Expr::While(w) => collect_block_items(&w.body, out),
        syn::Expr::Loop(l) => collect_block_items(&l.body, out),
        syn::Expr::ForLoop(f) => collect_block_items(&f.body, out),
        syn::Expr::Match(m) => {
            for arm in &m.arms {
                collect_expr_items(&arm.body, out);
            }
        }
        syn::Expr::Paren(p) => collect_expr_items(&p.expr, out),
        _ => {}
    }
}

fn literal_i128(e: &syn::Expr) -> Option<i128> {
    match e {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse::<i128>().ok(),
        syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => literal_i128(&u.expr).map(|v| -v),
        syn::Expr::Paren(p) => literal_i128(&p.expr),
        _ => None,
    }
}

fn flatten_use(t: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<UseEntry>) {
    match t {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let mut path = prefix.clone();
            path.push(n.ident.to_string());
            let name = if n.ident == "self" { prefix.last().cloned().unwrap_or_default() } else { n.ident.to_string() };
            if n.ident == "self" {
                path.pop();
            }
            out.push(UseEntry { name, path, glob: false });
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            if r.ident != "self" {
                path.push(r.ident.to_string());
            }
            out.push(UseEntry { name: r.rename.to_string(), path, glob: false });
        }
        syn::UseTree::Glob(_) => out.push(UseEntry { name: String::new(), path: prefix.clone(), glob: true }),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten_use(t, prefix, out);
            }
        }
    }
}

fn display_path(p: &Path) -> String {
    let s = p.display().to_string();
    s.strip_prefix("./").map(|x| x.to_string()).unwrap_or(s)
}

/// Finds the crate root file for INPUT: a `.rs` file, or a crate directory.
pub fn crate_root(input: &Path) -> DResult<PathBuf> {
    if input.is_file() {
        return Ok(input.to_path_buf());
    }
    for c in ["src/main.rs", "src/lib.rs", "main.rs"] {
        let p = input.join(c);
        if p.exists() {
            return Ok(p);
        }
    }
    Err(crate::diag::plain(format!(
        "error: `{}` is neither a .rs file nor a crate directory with src/main.rs",
        input.display()
    )))
}

pub fn load(root_file: &Path) -> DResult<Crate> {
    let mut l = Loader {
        krate: Crate {
            files: vec![],
            defs: vec![],
            mods: vec![],
            impls: vec![],
            root: ModId(0),
            prelude: ModId(0),
            main_fn: None,
            sig_modules: HashMap::new(),
            copy_types: vec![],
        },
        mod_macros: HashMap::new(),
        exported_macros: vec![],
    };
    let prelude_src = crate::prelude::source();
    let (pf, pparsed) = l.add_file("<pyrite prelude>".into(), prelude_src, None, vec![])?;
    let prelude = l.new_mod(None, pf);
    l.krate.prelude = prelude;
    l.load_items(prelude, pf, &pparsed.items, Path::new("."), true)?;

    let text = std::fs::read_to_string(root_file)
        .map_err(|e| crate::diag::plain(format!("error: cannot read {}: {}", root_file.display(), e)))?;
    let dir = root_file.parent().unwrap_or(Path::new("."));
    let (rf, parsed) = l.add_file(display_path(root_file), text, Some(dir), vec![])?;
    let root = l.new_mod(None, rf);
    l.krate.root = root;
    l.load_items(root, rf, &parsed.items, dir, false)?;
    Ok(l.krate)
}

impl Crate {
    pub fn def(&self, d: DefId) -> &Def {
        &self.defs[d.0 as usize]
    }
    pub fn adt(&self, d: DefId) -> &AdtInfo {
        match &self.def(d).kind {
            DefKind::Adt(a) => a,
            _ => panic!("internal: not an ADT"),
        }
    }
    pub fn fn_info(&self, d: DefId) -> &FnInfo {
        match &self.def(d).kind {
            DefKind::Fn(f) => f,
            _ => panic!("internal: not a fn"),
        }
    }
    pub fn trait_info(&self, d: DefId) -> &TraitInfo {
        match &self.def(d).kind {
            DefKind::Trait(t) => t,
            _ => panic!("internal: not a trait"),
        }
    }
    pub fn file_of_mod(&self, m: ModId) -> u32 {
        self.mods[m.0 as usize].file
    }
    pub fn diag(&self, file: u32, span: proc_macro2::Span, msg: impl Into<String>) -> Diag {
        let l = span_loc(file, span);
        Diag { file: self.files[file as usize].display.clone(), line: l.line as usize, col: l.col as usize, msg: msg.into() }
    }
    /// A prelude item by name; the prelude always defines the names the toolchain asks for.
    pub fn lang(&self, name: &str) -> DefId {
        match self.mods[self.prelude.0 as usize].items.get(name) {
            Some(Binding::Def(d)) => *d,
            _ => panic!("internal: prelude lacks `{}`", name),
        }
    }
    pub fn lang_in(&self, module: &str, name: &str) -> DefId {
        let m = match self.mods[self.prelude.0 as usize].items.get(module) {
            Some(Binding::Mod(m)) => *m,
            _ => panic!("internal: prelude lacks module `{}`", module),
        };
        match self.mods[m.0 as usize].items.get(name) {
            Some(Binding::Def(d)) => *d,
            _ => panic!("internal: prelude lacks `{}::{}`", module, name),
        }
    }
}
