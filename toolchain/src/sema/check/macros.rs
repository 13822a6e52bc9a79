//! The dialect's macros: `println!`-style formatting, `vec!`, `assert!` and `panic!` kin.
//! Macro arguments are parsed once and leaked, so their nodes have stable keys.

use super::super::fmtstr::{self, ArgRef, Count, FmtTrait, Piece};
use super::super::ty::Ty;
use super::{key, Callee, Checker};
use crate::diag::DResult;
use std::cell::RefCell;
use std::collections::HashMap;
use syn::parse::Parser;
use syn::spanned::Spanned;

pub enum MacroArgs {
    /// A macro that is sugar for an expression (`matches!(e, p)` is a `match`).
    Desugared(&'static syn::Expr),
    /// Comma-separated expressions (format macros, assert!, vec![a, b]).
    List(Vec<&'static syn::Expr>),
    /// `vec![elem; n]`
    Repeat(&'static syn::Expr, &'static syn::Expr),
}

#[derive(Default)]
pub struct MacroCache {
    parsed: RefCell<HashMap<usize, &'static MacroArgs>>,
    /// Expressions made up for inline format arguments (`{name}`), by macro and name.
    captured: RefCell<HashMap<(usize, String), &'static syn::Expr>>,
}

impl MacroCache {
    pub fn args(&self, m: &'static syn::Macro) -> syn::Result<&'static MacroArgs> {
        if let Some(a) = self.parsed.borrow().get(&key(m)) {
            return Ok(a);
        }
        let name = m.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let args = if name == "matches" {
            let m2: syn::Expr = syn::parse2::<MatchesArgs>(m.tokens.clone())?.0;
            MacroArgs::Desugared(Box::leak(Box::new(m2)))
        } else if name == "vec" {
            let repeat = syn::parse2::<RepeatArgs>(m.tokens.clone());
            match repeat {
                Ok(r) => MacroArgs::Repeat(Box::leak(Box::new(r.elem)), Box::leak(Box::new(r.n))),
                Err(_) => MacroArgs::List(parse_list(m)?),
            }
        } else {
            MacroArgs::List(parse_list(m)?)
        };
        let leaked: &'static MacroArgs = Box::leak(Box::new(args));
        self.parsed.borrow_mut().insert(key(m), leaked);
        Ok(leaked)
    }

    pub fn captured(&self, m: &'static syn::Macro, name: &str) -> &'static syn::Expr {
        let k = (key(m), name.to_string());
        if let Some(e) = self.captured.borrow().get(&k) {
            return e;
        }
        let ident = syn::Ident::new(name, m.path.span());
        let e: &'static syn::Expr = Box::leak(Box::new(syn::Expr::Path(syn::ExprPath {
            attrs: vec![],
            qself: None,
            path: ident.into(),
        })));
        self.captured.borrow_mut().insert(k, e);
        e
    }
}

fn parse_list(m: &syn::Macro) -> syn::Result<Vec<&'static syn::Expr>> {
    let p = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
    let list = p.parse2(m.tokens.clone())?;
    Ok(list.into_iter().map(|e| &*Box::leak(Box::new(e))).collect())
}

/// `matches!(expr, pattern if guard)` as `match expr { pattern if guard => true, _ => false }`.
struct MatchesArgs(syn::Expr);
impl syn::parse::Parse for MatchesArgs {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let e: syn::Expr = input.parse()?;
        input.parse::<syn::Token![,]>()?;
        let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
        let guard = if input.peek(syn::Token![if]) {
            input.parse::<syn::Token![if]>()?;
            let g: syn::Expr = input.parse()?;
            quote::quote!(if #g)
        } else {
            quote::quote!()
        };
        let _ = input.parse::<Option<syn::Token![,]>>()?;
        Ok(MatchesArgs(syn::parse_quote!(match #e { #pat #guard => true, _ => false })))
    }
}

struct RepeatArgs {
    elem: syn::Expr,
    n: syn::Expr,
}
impl syn::parse::Parse for RepeatArgs {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let elem: syn::Expr = input.parse()?;
        input.parse::<syn::Token![;]>()?;
        let n: syn::Expr = input.parse()?;
        Ok(RepeatArgs { elem, n })
    }
}

#[derive(Clone)]
pub struct FmtArg {
    pub expr: &'static syn::Expr,
    pub trait_: FmtTrait,
    pub spec: fmtstr::Spec,
    pub width: Option<&'static syn::Expr>,
    pub prec: Option<&'static syn::Expr>,
    /// The `fmt` function to call with `&arg`.
    pub callee: Callee,
    /// Format the value behind this many references (arrays are formatted as slices).
    pub as_slice: bool,
}

#[derive(Clone)]
pub enum FmtPiece {
    Lit(String),
    Arg(FmtArg),
}

#[derive(Clone)]
pub struct FmtPlan {
    pub pieces: Vec<FmtPiece>,
    /// For `write!`/`writeln!`: the formatter expression.
    pub target: Option<&'static syn::Expr>,
    pub newline: bool,
}

impl Checker<'_> {
    /// Checks a formatting macro; `first` is the index of the format string in `args`.
    pub fn check_format(&mut self, m: &'static syn::Macro, args: &[&'static syn::Expr], first: usize, newline: bool) -> DResult<FmtPlan> {
        let target = if first > 0 { Some(args[0]) } else { None };
        if args.len() <= first {
            return Ok(FmtPlan { pieces: vec![], target, newline });
        }
        // Rust 2015 (rustc's default edition): `panic!`, `assert!` and `unreachable!` with a
        // message and nothing after it print the message as it is (`{x}` and `{{` stay), and a
        // message that is not a literal is printed with Display.
        let legacy = matches!(m.path.segments.last().map(|s| s.ident.to_string()).as_deref(), Some("panic" | "assert" | "unreachable"));
        let (fs, single) = match args[first] {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => (s.value(), false),
            _ if legacy && args.len() == first + 1 => (String::new(), true),
            other => return Err(self.err(other.span(), "format argument must be a string literal")),
        };
        if legacy && args.len() == first + 1 && !single {
            return Ok(FmtPlan { pieces: vec![FmtPiece::Lit(fs)], target, newline });
        }
        let pieces = if single { fmtstr::parse("{}") } else { fmtstr::parse(&fs) }.map_err(|e| self.err(args[first].span(), e))?;
        let mut positional = vec![];
        if single {
            positional.push(args[first]);
        }
        let mut named: HashMap<String, &'static syn::Expr> = HashMap::new();
        for a in &args[if single { first + 2 } else { first + 1 }.min(args.len())..] {
            if let syn::Expr::Assign(asg) = a {
                if let syn::Expr::Path(p) = &*asg.left {
                    if let Some(id) = p.path.get_ident() {
                        named.insert(id.to_string(), &asg.right);
                        continue;
                    }
                }
            }
            positional.push(*a);
        }
        let mut next = 0;
        let resolve = |c: &mut Self, r: &ArgRef, next: &mut usize| -> DResult<&'static syn::Expr> {
            match r {
                ArgRef::Next => {
                    let e = positional.get(*next).copied().ok_or_else(|| c.err(m.span(), "format string needs more arguments"))?;
                    *next += 1;
                    Ok(e)
                }
                ArgRef::Index(i) => positional.get(*i).copied().ok_or_else(|| c.err(m.span(), "invalid reference to positional argument")),
                ArgRef::Name(n) => Ok(match named.get(n) {
                    Some(e) => e,
                    None => c.macros.captured(m, n),
                }),
            }
        };
        let mut out = vec![];
        for p in pieces {
            match p {
                Piece::Lit(s) => out.push(FmtPiece::Lit(s)),
                Piece::Arg(r, spec) => {
                    let width = match &spec.width {
                        Count::Arg(a) => Some(resolve(self, a, &mut next)?),
                        _ => None,
                    };
                    let prec = match &spec.prec {
                        Count::Arg(a) => Some(resolve(self, a, &mut next)?),
                        _ => None,
                    };
                    let e = resolve(self, &r, &mut next)?;
                    out.push(FmtPiece::Arg(FmtArg {
                        expr: e,
                        trait_: spec.trait_,
                        spec: spec.clone(),
                        width,
                        prec,
                        callee: Callee::Ctor(Ty::Unit, 0),
                        as_slice: false,
                    }));
                }
            }
        }
        // Type the arguments (each expression once) and pick their formatting impls.
        let mut typed: HashMap<usize, Ty> = HashMap::new();
        for piece in out.iter_mut() {
            let FmtPiece::Arg(a) = piece else { continue };
            for cnt in [a.width, a.prec].into_iter().flatten() {
                if let std::collections::hash_map::Entry::Vacant(v) = typed.entry(key(cnt)) {
                    let usize_ty = Ty::Int(super::super::ty::IntKind::Usize);
                    self.check_expr_coerce(cnt, &usize_ty)?;
                    v.insert(usize_ty);
                }
            }
            let t = match typed.get(&key(a.expr)) {
                Some(t) => t.clone(),
                None => {
                    let t = self.check_expr(a.expr, None)?;
                    typed.insert(key(a.expr), t.clone());
                    t
                }
            };
            let mut st = self.shallow(&t);
            if let Ty::Array(el, _) = &st {
                a.as_slice = true;
                st = Ty::Slice(el.clone());
            }
            let trait_name = match a.trait_ {
                FmtTrait::Display => "Display",
                FmtTrait::Debug => "Debug",
                FmtTrait::LowerHex => "LowerHex",
                FmtTrait::UpperHex => "UpperHex",
                FmtTrait::Binary => "Binary",
                FmtTrait::Octal => "Octal",
                FmtTrait::LowerExp => "LowerExp",
                FmtTrait::UpperExp => "UpperExp",
            };
            let tr = self.prog.krate.lang_in("fmt", trait_name);
            a.callee = Callee::Trait { tr, method: "fmt".into(), self_ty: st, trait_args: vec![], method_args: vec![] };
            self.t.spans.insert(key(a.expr), m.path.span());
        }
        Ok(FmtPlan { pieces: out, target, newline })
    }
}
