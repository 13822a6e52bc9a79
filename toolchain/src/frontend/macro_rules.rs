//! Front end: user-defined `macro_rules!` macros (macros by example), expanded on the syntax
//! tree of each file right after parsing, before `include_str!` expansion and before the
//! loader builds the item table.
//!
//! Invariants:
//! - After this pass no `macro_rules!` definition and no invocation of a user macro is left in
//!   an enabled part of the tree (`#[cfg]`-disabled items are left untouched; the loader drops
//!   them). Later stages only ever see the built-in macros (`println!`, `vec!`, ...).
//! - Scoping is textual, as in rustc: a definition is visible after it, in its module (or
//!   block) and in modules declared after it (also in out-of-line `mod x;` files, whose
//!   visible macros the loader hands over); `#[macro_use]` on an inline module keeps its
//!   macros visible after the module; `#[macro_export]` macros are also visible anywhere
//!   later in the crate, by bare name or as `crate::name!`/`$crate::name!`. A later
//!   definition of the same name shadows an earlier one; a user macro named like a built-in
//!   one shadows it only where it is visible.
//! - Invocations are expanded where they stand: items (module level and in blocks), impl and
//!   trait items, statements, expressions, types and patterns, and inside the arguments of
//!   built-in macros (`println!("{}", m!(x))`, expanded as expressions). Expansion is
//!   outermost-first and repeats until no user macro is left; more than
//!   `RECURSION_LIMIT` nested expansions is a located error.
//! - Transcribed tokens keep their locations: tokens of a fragment keep their own spans (in
//!   the invocation); tokens of the macro body get fresh spans, one per token and expansion,
//!   that `diag::span_loc` maps back to the body token's line and column (so errors point
//!   into the definition) and `diag::panic_loc` to the outermost invocation in user code (so
//!   panics report what rustc reports). `expr` and `ty` fragments are transcribed as
//!   invisible (`None`-delimited) groups, so precedence is kept; the groups are removed from
//!   the re-parsed tree (and from the built-in macros' token streams) before later stages.
//! - Simplified hygiene: an identifier a rule's body binds with `let x`/`let mut x`/
//!   `let (x, y)` is renamed (`x__mN`, fresh per expansion) everywhere in that body, except
//!   as a field (`.x`, `x: ..`), path segment or macro name, so it neither captures nor
//!   shadows a caller's variable of the same name named by a fragment.
//! - Errors (no rule matched, unsupported fragment specifier, bad definition, an expansion
//!   that does not parse in its position, recursion limit) are `file:line:col` diagnostics;
//!   the pass never panics.
//!
//! Not modelled:
//! - Full hygiene: only `let` bindings of a body are renamed. Closure parameters, `match` and
//!   `for` bindings of a body are not; a body whose format string names a `let` local
//!   (`"{x}"`) or that uses `assert!` keeps its names unrenamed (the message shows them);
//!   labels are not renamed (items and `$x:ident` bindings are unhygienic in rustc too).
//! - Matching backtracks only inside a repetition (an iteration that fails, or a separator not
//!   followed by one, ends the repetition), and a fragment that fails to parse makes the rule
//!   fail rather than being an error; rustc's "local ambiguity" errors are not reported.
//! - Macros of an out-of-line `#[macro_use] mod x;` file are visible after it only if they are
//!   `#[macro_export]`. The body location of a macro defined in another file is reported with
//!   the file of the invocation. A panic located at a span that joins fragment and body
//!   tokens reports the location of its first token's origin (rustc: the invocation).

use crate::diag::{span_loc, DResult, Diag};
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::HashMap;
use std::rc::Rc;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;

/// Nested expansions allowed (rustc's default `recursion_limit`).
pub const RECURSION_LIMIT: usize = 128;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Frag {
    Ident,
    Expr,
    Ty,
    Tt,
    Literal,
    Pat,
    Path,
    Block,
    Stmt,
    Item,
    Lifetime,
    Vis,
    Meta,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kleene {
    Star,
    Plus,
    Opt,
}

#[derive(Clone, Debug)]
enum Matcher {
    Tok(TokenTree),
    Group(Delimiter, Vec<Matcher>),
    Frag(String, Frag),
    Rep(Vec<Matcher>, Vec<TokenTree>, Kleene),
}

#[derive(Clone, Debug)]
enum Trans {
    Tok(TokenTree),
    Group(Delimiter, Span, Vec<Trans>),
    Var(String, Span),
    Crate(Span),
    Rep(Vec<Trans>, Vec<TokenTree>, Kleene, Span),
}

#[derive(Debug)]
struct Rule {
    matcher: Vec<Matcher>,
    body: Vec<Trans>,
}

/// One `macro_rules!` definition.
#[derive(Debug)]
pub struct MacroDef {
    name: String,
    rules: Vec<Rule>,
    exported: bool,
}

/// The macros visible at a point, latest definition last.
pub type Scope = Vec<Rc<MacroDef>>;

/// A matched fragment: its tokens, or one binding per iteration of a repetition.
#[derive(Clone, Debug)]
enum Bound {
    Leaf(Vec<TokenTree>, Frag),
    Seq(Vec<Bound>),
}

type Bindings = HashMap<String, Bound>;

// ---------------------------------------------------------------------------------------
// Definitions

fn frag_kind(name: &str) -> Option<Frag> {
    Some(match name {
        "ident" => Frag::Ident,
        "expr" | "expr_2021" => Frag::Expr,
        "ty" => Frag::Ty,
        "tt" => Frag::Tt,
        "literal" => Frag::Literal,
        "pat" | "pat_param" => Frag::Pat,
        "path" => Frag::Path,
        "block" => Frag::Block,
        "stmt" => Frag::Stmt,
        "item" => Frag::Item,
        "lifetime" => Frag::Lifetime,
        "vis" => Frag::Vis,
        "meta" => Frag::Meta,
        _ => return None,
    })
}

fn is_punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// The multi-character operators rustc lexes as one token (longest first).
const OPS: &[&str] = &[
    "<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=",
    "&=", "|=", "<<", ">>", "..",
];

/// How many tokens the punctuation at `toks[i]` takes as one rustc token (1 if not punct).
fn op_len(toks: &[TokenTree], i: usize) -> usize {
    let mut s = String::new();
    let mut j = i;
    while let Some(TokenTree::Punct(p)) = toks.get(j) {
        s.push(p.as_char());
        j += 1;
        if p.spacing() == Spacing::Alone || s.len() == 3 {
            break;
        }
    }
    if s.is_empty() {
        return 1;
    }
    for op in OPS {
        if s.starts_with(op) {
            return op.len();
        }
    }
    1
}

struct DefParser<'a, 'b> {
    cx: &'a Expander<'b>,
}

impl DefParser<'_, '_> {
    fn err(&self, span: Span, msg: impl Into<String>) -> Diag {
        self.cx.diag(span, msg.into())
    }

    fn rules(&self, mac: &syn::Macro, name: &str) -> DResult<Vec<Rule>> {
        let toks: Vec<TokenTree> = mac.tokens.clone().into_iter().collect();
        let mut rules = vec![];
        let mut i = 0;
        let bad = |span: Span| self.err(span, format!("malformed `macro_rules! {}`: expected `(matcher) => {{ body }}`", name));
        while i < toks.len() {
            let m = match &toks[i] {
                TokenTree::Group(g) => g.clone(),
                t => return Err(bad(t.span())),
            };
            if !(is_punct(toks.get(i + 1), '=') && is_punct(toks.get(i + 2), '>')) {
                return Err(bad(toks.get(i + 1).map(|t| t.span()).unwrap_or(m.span())));
            }
            let b = match toks.get(i + 3) {
                Some(TokenTree::Group(g)) => g.clone(),
                Some(t) => return Err(bad(t.span())),
                None => return Err(bad(m.span())),
            };
            i += 4;
            if is_punct(toks.get(i), ';') {
                i += 1;
            }
            let mtoks: Vec<TokenTree> = m.stream().into_iter().collect();
            let btoks: Vec<TokenTree> = b.stream().into_iter().collect();
            rules.push(Rule { matcher: self.matcher(&mtoks)?, body: self.trans(&btoks)? });
        }
        if rules.is_empty() {
            return Err(bad(mac.path.span()));
        }
        Ok(rules)
    }

    /// After `$( ... )`: an optional separator and the repetition operator; returns them and
    /// the tokens taken.
    fn kleene(&self, toks: &[TokenTree], i: usize, at: Span) -> DResult<(Vec<TokenTree>, Kleene, usize)> {
        let op = |t: Option<&TokenTree>| match t {
            Some(TokenTree::Punct(p)) => match p.as_char() {
                '*' => Some(Kleene::Star),
                '+' => Some(Kleene::Plus),
                '?' => Some(Kleene::Opt),
                _ => None,
            },
            _ => None,
        };
        if let Some(k) = op(toks.get(i)) {
            // `$(a)?*` hmm: a `?` followed by another operator is a separator.
            if k == Kleene::Opt {
                if let Some(k2) = op(toks.get(i + 1)) {
                    if k2 != Kleene::Opt {
                        return Ok((vec![toks[i].clone()], k2, 2));
                    }
                }
            }
            return Ok((vec![], k, 1));
        }
        let n = match toks.get(i) {
            Some(TokenTree::Group(_)) | None => return Err(self.err(at, "expected one of `*`, `+` or `?` after a macro repetition")),
            Some(_) => op_len(toks, i),
        };
        match op(toks.get(i + n)) {
            Some(k) if k != Kleene::Opt => Ok((toks[i..i + n].to_vec(), k, n + 1)),
            _ => Err(self.err(at, "expected one of `*`, `+` or `?` after a macro repetition")),
        }
    }

    fn matcher(&self, toks: &[TokenTree]) -> DResult<Vec<Matcher>> {
        let mut out = vec![];
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                TokenTree::Punct(p) if p.as_char() == '$' => match toks.get(i + 1) {
                    Some(TokenTree::Ident(id)) => {
                        let name = id.to_string();
                        if !is_punct(toks.get(i + 2), ':') {
                            return Err(self.err(id.span(), format!("missing fragment specifier for `${}`", name)));
                        }
                        let kind = match toks.get(i + 3) {
                            Some(TokenTree::Ident(k)) => {
                                frag_kind(&k.to_string()).ok_or_else(|| {
                                    self.err(k.span(), format!("unsupported macro fragment specifier `${}:{}`", name, k))
                                })?
                            }
                            Some(t) => return Err(self.err(t.span(), format!("missing fragment specifier for `${}`", name))),
                            None => return Err(self.err(id.span(), format!("missing fragment specifier for `${}`", name))),
                        };
                        out.push(Matcher::Frag(name, kind));
                        i += 4;
                    }
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                        let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                        let sub = self.matcher(&inner)?;
                        let (sep, k, n) = self.kleene(toks, i + 2, g.span())?;
                        out.push(Matcher::Rep(sub, sep, k));
                        i += 2 + n;
                    }
                    _ => {
                        out.push(Matcher::Tok(toks[i].clone()));
                        i += 1;
                    }
                },
                TokenTree::Group(g) => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    out.push(Matcher::Group(g.delimiter(), self.matcher(&inner)?));
                    i += 1;
                }
                t => {
                    out.push(Matcher::Tok(t.clone()));
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    fn trans(&self, toks: &[TokenTree]) -> DResult<Vec<Trans>> {
        let mut out = vec![];
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                TokenTree::Punct(p) if p.as_char() == '$' => match toks.get(i + 1) {
                    Some(TokenTree::Ident(id)) if id == "crate" => {
                        out.push(Trans::Crate(id.span()));
                        i += 2;
                    }
                    Some(TokenTree::Ident(id)) => {
                        out.push(Trans::Var(id.to_string(), id.span()));
                        i += 2;
                    }
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                        let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                        let sub = self.trans(&inner)?;
                        let (sep, k, n) = self.kleene(toks, i + 2, g.span())?;
                        out.push(Trans::Rep(sub, sep, k, g.span()));
                        i += 2 + n;
                    }
                    _ => {
                        out.push(Trans::Tok(toks[i].clone()));
                        i += 1;
                    }
                },
                TokenTree::Group(g) => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    out.push(Trans::Group(g.delimiter(), g.span(), self.trans(&inner)?));
                    i += 1;
                }
                t => {
                    out.push(Trans::Tok(t.clone()));
                    i += 1;
                }
            }
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------
// Matching

fn tok_eq(a: &TokenTree, b: &TokenTree) -> bool {
    match (a, b) {
        (TokenTree::Ident(x), TokenTree::Ident(y)) => x == y,
        (TokenTree::Punct(x), TokenTree::Punct(y)) => x.as_char() == y.as_char(),
        (TokenTree::Literal(x), TokenTree::Literal(y)) => x.to_string() == y.to_string(),
        _ => false,
    }
}

/// A `None`-delimited group holding exactly one token: that token (fragments forwarded from
/// an outer macro stay matchable as `ident`, `literal` and plain tokens).
fn unwrap_none(t: &TokenTree) -> TokenTree {
    if let TokenTree::Group(g) = t {
        if g.delimiter() == Delimiter::None {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            if inner.len() == 1 {
                return unwrap_none(&inner[0]);
            }
        }
    }
    t.clone()
}

/// Parses a prefix of `toks` with `f`; returns how many token trees it took.
fn parse_prefix(toks: &[TokenTree], f: fn(ParseStream) -> syn::Result<()>) -> Option<usize> {
    let ts: TokenStream = toks.iter().cloned().collect();
    let total = toks.len();
    let p = |input: ParseStream| -> syn::Result<usize> {
        f(input)?;
        let rest: TokenStream = input.parse()?;
        Ok(rest.into_iter().count())
    };
    match p.parse2(ts) {
        Ok(rest) if rest < total => Some(total - rest),
        _ => None,
    }
}

/// How many tokens of `toks` (at least one) a fragment of kind `k` takes, if any.
fn match_frag(k: Frag, toks: &[TokenTree]) -> Option<usize> {
    let first = unwrap_none(toks.first()?);
    match k {
        Frag::Ident => match &first {
            TokenTree::Ident(i) if i != "_" => Some(1),
            _ => None,
        },
        Frag::Lifetime => match (&first, toks.get(1)) {
            (TokenTree::Punct(p), Some(TokenTree::Ident(_))) if p.as_char() == '\'' => Some(2),
            _ => None,
        },
        Frag::Tt => match &first {
            TokenTree::Punct(p) if p.as_char() == '\'' && matches!(toks.get(1), Some(TokenTree::Ident(_))) => Some(2),
            TokenTree::Punct(_) => Some(op_len(toks, 0)),
            _ => Some(1),
        },
        Frag::Literal => match &first {
            TokenTree::Literal(_) => Some(1),
            TokenTree::Ident(i) if i == "true" || i == "false" => Some(1),
            TokenTree::Punct(p) if p.as_char() == '-' => match toks.get(1).map(unwrap_none) {
                Some(TokenTree::Literal(_)) => Some(2),
                _ => None,
            },
            _ => None,
        },
        Frag::Expr => parse_prefix(toks, |i| i.parse::<syn::Expr>().map(|_| ())),
        Frag::Ty => parse_prefix(toks, |i| i.parse::<syn::Type>().map(|_| ())),
        Frag::Pat => parse_prefix(toks, |i| syn::Pat::parse_single(i).map(|_| ())),
        Frag::Path => parse_prefix(toks, |i| i.parse::<syn::Path>().map(|_| ())),
        Frag::Block => match &first {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => Some(1),
            _ => None,
        },
        Frag::Stmt => parse_prefix(toks, |i| {
            if i.peek(syn::Token![let]) {
                // A `let` without its `;`.
                i.parse::<syn::Token![let]>()?;
                syn::Pat::parse_single(i)?;
                if i.peek(syn::Token![:]) {
                    i.parse::<syn::Token![:]>()?;
                    i.parse::<syn::Type>()?;
                }
                if i.peek(syn::Token![=]) {
                    i.parse::<syn::Token![=]>()?;
                    i.parse::<syn::Expr>()?;
                }
                Ok(())
            } else if matches!(i.fork().parse::<syn::Item>(), Ok(it) if !matches!(it, syn::Item::Macro(_) | syn::Item::Verbatim(_))) {
                // (A macro call is an expression here: an item macro would take the `;`.)
                i.parse::<syn::Item>().map(|_| ())
            } else {
                i.parse::<syn::Expr>().map(|_| ())
            }
        }),
        Frag::Item => parse_prefix(toks, |i| i.parse::<syn::Item>().map(|_| ())),
        // May be empty: matched by `match_seq` itself.
        Frag::Vis => None,
        Frag::Meta => parse_prefix(toks, |i| i.parse::<syn::Meta>().map(|_| ())),
    }
}

fn vis_len(toks: &[TokenTree]) -> usize {
    if toks.is_empty() {
        return 0;
    }
    parse_prefix(toks, |i| i.parse::<syn::Visibility>().map(|_| ())).unwrap_or(0)
}

fn frag_vars(ms: &[Matcher], out: &mut Vec<String>) {
    for m in ms {
        match m {
            Matcher::Frag(n, _) => out.push(n.clone()),
            Matcher::Group(_, sub) | Matcher::Rep(sub, _, _) => frag_vars(sub, out),
            Matcher::Tok(_) => {}
        }
    }
}

/// Matches `ms` against a prefix of `toks`; returns the tokens taken. With `whole`, all of
/// `toks` must be taken.
fn match_seq(ms: &[Matcher], toks: &[TokenTree], b: &mut Bindings) -> Option<usize> {
    let mut pos = 0;
    for m in ms {
        let rest = &toks[pos..];
        match m {
            Matcher::Tok(t) => {
                let got = rest.first().map(unwrap_none)?;
                if !tok_eq(t, &got) {
                    return None;
                }
                pos += 1;
            }
            Matcher::Group(d, sub) => match rest.first()? {
                TokenTree::Group(g) if g.delimiter() == *d => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    let n = match_seq(sub, &inner, b)?;
                    if n != inner.len() {
                        return None;
                    }
                    pos += 1;
                }
                _ => return None,
            },
            Matcher::Frag(name, Frag::Vis) => {
                let n = vis_len(rest);
                b.insert(name.clone(), Bound::Leaf(rest[..n].to_vec(), Frag::Vis));
                pos += n;
            }
            Matcher::Frag(name, k) => {
                let n = match_frag(*k, rest)?;
                b.insert(name.clone(), Bound::Leaf(rest[..n].to_vec(), *k));
                pos += n;
            }
            Matcher::Rep(sub, sep, k) => {
                let mut iters: Vec<Bindings> = vec![];
                loop {
                    if *k == Kleene::Opt && iters.len() == 1 {
                        break;
                    }
                    let mut at = pos;
                    if !iters.is_empty() && !sep.is_empty() {
                        let ok = sep.len() <= toks.len() - at && sep.iter().zip(&toks[at..]).all(|(s, t)| tok_eq(s, t));
                        if !ok {
                            break;
                        }
                        at += sep.len();
                    }
                    let mut ib = Bindings::new();
                    match match_seq(sub, &toks[at..], &mut ib) {
                        // An iteration that takes nothing would repeat forever.
                        Some(n) if n > 0 => {
                            iters.push(ib);
                            pos = at + n;
                        }
                        _ => break,
                    }
                }
                if *k == Kleene::Plus && iters.is_empty() {
                    return None;
                }
                let mut names = vec![];
                frag_vars(sub, &mut names);
                for n in names {
                    let seq = iters.iter_mut().map(|ib| ib.remove(&n).unwrap_or(Bound::Seq(vec![]))).collect();
                    b.insert(n, Bound::Seq(seq));
                }
            }
        }
    }
    Some(pos)
}

// ---------------------------------------------------------------------------------------
// Transcription

/// The binding of `name` at the repetition indices `idx`.
fn lookup<'b>(b: &'b Bindings, name: &str, idx: &[usize]) -> Option<&'b Bound> {
    let mut cur = b.get(name)?;
    for &i in idx {
        match cur {
            Bound::Seq(v) => cur = v.get(i)?,
            Bound::Leaf(..) => return Some(cur),
        }
    }
    Some(cur)
}

fn trans_vars(ts: &[Trans], out: &mut Vec<(String, Span)>) {
    for t in ts {
        match t {
            Trans::Var(n, s) => out.push((n.clone(), *s)),
            Trans::Group(_, _, sub) | Trans::Rep(sub, _, _, _) => trans_vars(sub, out),
            _ => {}
        }
    }
}

fn tok_ident(t: Option<&Trans>) -> Option<String> {
    match t {
        Some(Trans::Tok(TokenTree::Ident(i))) => Some(i.to_string()),
        _ => None,
    }
}

fn tok_punct(t: Option<&Trans>) -> Option<char> {
    match t {
        Some(Trans::Tok(TokenTree::Punct(p))) => Some(p.as_char()),
        _ => None,
    }
}

const KEYWORDS: &[&str] = &["mut", "ref", "_", "self", "Self", "crate", "super", "true", "false"];

fn hygienic_name(x: &Ident) -> bool {
    let n = x.to_string();
    !KEYWORDS.contains(&n.as_str()) && !n.starts_with("r#")
}

/// The identifiers a rule's body binds with `let x`, `let mut x` or `let (x, mut y)`, and the
/// ones a format string of the body names (`{x}`: kept, the string cannot be renamed).
fn let_bound(ts: &[Trans], out: &mut Vec<String>, in_strings: &mut Vec<String>) {
    for (i, t) in ts.iter().enumerate() {
        match t {
            Trans::Tok(TokenTree::Ident(id)) if id == "let" => {
                let mut j = i + 1;
                while matches!(tok_ident(ts.get(j)).as_deref(), Some("mut") | Some("ref")) {
                    j += 1;
                }
                match ts.get(j) {
                    Some(Trans::Tok(TokenTree::Ident(x))) if hygienic_name(x) => {
                        if !matches!(tok_punct(ts.get(j + 1)), Some(':') if tok_punct(ts.get(j + 2)) == Some(':')) && tok_punct(ts.get(j + 1)) != Some('(') && tok_punct(ts.get(j + 1)) != Some('{') {
                            out.push(x.to_string());
                        }
                    }
                    Some(Trans::Group(Delimiter::Parenthesis, _, sub)) => {
                        for (k, e) in sub.iter().enumerate() {
                            if let Trans::Tok(TokenTree::Ident(x)) = e {
                                let next = tok_punct(sub.get(k + 1));
                                if hygienic_name(x) && (next.is_none() || next == Some(',')) {
                                    out.push(x.to_string());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Trans::Tok(TokenTree::Literal(l)) => {
                let text = l.to_string();
                if text.contains('{') {
                    in_strings.push(text);
                }
            }
            Trans::Group(_, _, sub) | Trans::Rep(sub, _, _, _) => let_bound(sub, out, in_strings),
            _ => {}
        }
    }
}

fn mentions_assert(ts: &[Trans]) -> bool {
    ts.iter().any(|t| match t {
        Trans::Tok(TokenTree::Ident(i)) => i.to_string().contains("assert"),
        Trans::Group(_, _, sub) | Trans::Rep(sub, _, _, _) => mentions_assert(sub),
        _ => false,
    })
}

/// Simplified hygiene: the locals a rule's body binds with `let` get fresh names in each
/// expansion, so they neither capture nor shadow the caller's variables that fragments name.
fn hygiene_renames(body: &[Trans], serial: usize) -> HashMap<String, String> {
    let mut bound = vec![];
    let mut strings = vec![];
    let_bound(body, &mut bound, &mut strings);
    // `assert!(x > 0)` prints its condition: keep the names it shows.
    if mentions_assert(body) {
        return HashMap::new();
    }
    let mut out = HashMap::new();
    for b in bound {
        let named = strings.iter().any(|s| s.contains(&format!("{{{}}}", b)) || s.contains(&format!("{{{}:", b)));
        if !named {
            let fresh = format!("{}__m{}", b, serial);
            out.insert(b, fresh);
        }
    }
    out
}

struct Transcriber<'a, 'b> {
    cx: &'a Expander<'b>,
    b: &'a Bindings,
    renames: HashMap<String, String>,
    /// The invocation: a body token's fresh span reports panics there.
    call: Span,
}

impl Transcriber<'_, '_> {
    fn span(&self, orig: Span) -> Span {
        crate::diag::remap(orig, self.call)
    }

    fn body_tok(&self, t: &TokenTree) -> TokenTree {
        let mut t = t.clone();
        t.set_span(self.span(t.span()));
        t
    }

    /// The body identifier `ts[i]` under the hygiene renaming: not a field (`.x`, `x: ..` in
    /// a struct literal), path segment or macro name.
    fn renamed(&self, ts: &[Trans], i: usize, id: &Ident) -> Option<Ident> {
        let fresh = self.renames.get(&id.to_string())?;
        let prev = if i > 0 { ts.get(i - 1) } else { None };
        let prev_p = tok_punct(prev);
        let next_p = tok_punct(ts.get(i + 1));
        let next2_p = tok_punct(ts.get(i + 2));
        let prev2_p = if i > 1 { tok_punct(ts.get(i - 2)) } else { None };
        let path_tail = prev_p == Some(':') && prev2_p == Some(':');
        if prev_p == Some('.') || path_tail || next_p == Some('!') || (next_p == Some(':') && next2_p == Some(':')) {
            return None;
        }
        if next_p == Some(':') && !matches!(tok_ident(prev).as_deref(), Some("let") | Some("mut") | Some("ref")) {
            return None;
        }
        Some(Ident::new(fresh, id.span()))
    }

    fn run(&self, ts: &[Trans], idx: &mut Vec<usize>, out: &mut Vec<TokenTree>) -> DResult<()> {
        self.run_in(ts, idx, out, false)
    }

    /// `struct_lit`: `ts` is the inside of `Name { .. }`.
    fn run_in(&self, ts: &[Trans], idx: &mut Vec<usize>, out: &mut Vec<TokenTree>, struct_lit: bool) -> DResult<()> {
        for (i, t) in ts.iter().enumerate() {
            match t {
                Trans::Tok(TokenTree::Ident(id)) => match self.renamed(ts, i, id) {
                    Some(r) => {
                        let field_pos = (i == 0 || tok_punct(ts.get(i - 1)) == Some(','))
                            && (i + 1 == ts.len() || tok_punct(ts.get(i + 1)) == Some(','));
                        let sp = self.span(id.span());
                        if struct_lit && field_pos {
                            // A shorthand field keeps its field name.
                            let mut field = id.clone();
                            field.set_span(sp);
                            out.push(TokenTree::Ident(field));
                            let mut colon = Punct::new(':', Spacing::Alone);
                            colon.set_span(sp);
                            out.push(TokenTree::Punct(colon));
                        }
                        let mut r = r;
                        r.set_span(sp);
                        out.push(TokenTree::Ident(r))
                    }
                    None => {
                        let mut id = id.clone();
                        id.set_span(self.span(id.span()));
                        out.push(TokenTree::Ident(id))
                    }
                },
                Trans::Tok(tok) => out.push(self.body_tok(tok)),
                Trans::Crate(s) => out.push(TokenTree::Ident(Ident::new("crate", self.span(*s)))),
                Trans::Group(d, s, sub) => {
                    let mut inner = vec![];
                    // `Name { x, y }`: a renamed shorthand field keeps its field name.
                    let struct_lit = *d == Delimiter::Brace
                        && i > 0
                        && tok_ident(ts.get(i - 1)).is_some_and(|n| n == "Self" || n.starts_with(|c: char| c.is_ascii_uppercase()));
                    self.run_in(sub, idx, &mut inner, struct_lit)?;
                    let mut g = Group::new(*d, inner.into_iter().collect());
                    g.set_span(self.span(*s));
                    out.push(TokenTree::Group(g));
                }
                Trans::Var(name, s) => match lookup(self.b, name, idx) {
                    None => {
                        // Not a meta-variable: the tokens stand for themselves.
                        let mut p = Punct::new('$', Spacing::Alone);
                        p.set_span(self.span(*s));
                        out.push(TokenTree::Punct(p));
                        let id = match name.strip_prefix("r#") {
                            Some(raw) => Ident::new_raw(raw, self.span(*s)),
                            None => Ident::new(name, self.span(*s)),
                        };
                        out.push(TokenTree::Ident(id));
                    }
                    Some(Bound::Seq(_)) => {
                        return Err(self.cx.diag(*s, format!("variable `{}` is still repeating at this depth", name)));
                    }
                    Some(Bound::Leaf(toks, k)) => match k {
                        Frag::Expr | Frag::Ty if toks.len() > 1 => {
                            let mut g = Group::new(Delimiter::None, toks.iter().cloned().collect());
                            g.set_span(toks[0].span());
                            out.push(TokenTree::Group(g));
                        }
                        _ => out.extend(toks.iter().cloned()),
                    },
                },
                Trans::Rep(sub, sep, k, span) => {
                    let mut vars = vec![];
                    trans_vars(sub, &mut vars);
                    let mut count: Option<(usize, String)> = None;
                    for (v, vs) in &vars {
                        if let Some(Bound::Seq(items)) = lookup(self.b, v, idx) {
                            match &count {
                                Some((c, other)) if *c != items.len() => {
                                    return Err(self.cx.diag(
                                        *vs,
                                        format!("meta-variable `{}` repeats {} times, but `{}` repeats {} times", other, c, v, items.len()),
                                    ));
                                }
                                Some(_) => {}
                                None => count = Some((items.len(), v.clone())),
                            }
                        }
                    }
                    let n = match count {
                        Some((n, _)) => n,
                        None => {
                            return Err(self.cx.diag(
                                *span,
                                "attempted to repeat an expression containing no syntax variables matched as repeating at this depth",
                            ))
                        }
                    };
                    if *k == Kleene::Opt && n > 1 {
                        return Err(self.cx.diag(*span, "a `?` repetition repeats more than once"));
                    }
                    for i in 0..n {
                        if i > 0 {
                            out.extend(sep.iter().map(|t| self.body_tok(t)));
                        }
                        idx.push(i);
                        self.run(sub, idx, out)?;
                        idx.pop();
                    }
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// The pass

/// Where an invocation stands: what its expansion is parsed as.
#[derive(Clone, Copy)]
enum Pos {
    Items,
    ImplItems,
    TraitItems,
    Stmts,
    Expr,
    Ty,
    Pat,
}

pub struct Expander<'a> {
    display: &'a str,
    file: u32,
    scope: Scope,
    /// `#[macro_export]` macros of the whole crate so far.
    exported: &'a mut Scope,
    /// The macros visible at each out-of-line `mod x;` (by the position of its name).
    mod_scopes: Vec<((usize, usize), Scope)>,
    depth: usize,
    /// Numbers the expansions, for the fresh names of hygienic locals.
    serial: std::cell::Cell<usize>,
    error: Option<Diag>,
}

fn macro_name(p: &syn::Path) -> Option<String> {
    // `name!`, `crate::name!`, `$crate::name!` (transcribed as `crate`), `self::name!`.
    let segs: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
    match segs.as_slice() {
        [n] => Some(n.clone()),
        [c, n] if c == "crate" || c == "self" => Some(n.clone()),
        _ => None,
    }
}

fn is_macro_rules(m: &syn::ItemMacro) -> bool {
    m.ident.is_some() && m.mac.path.is_ident("macro_rules")
}

fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

impl<'a> Expander<'a> {
    fn diag(&self, span: Span, msg: impl Into<String>) -> Diag {
        let msg = msg.into();
        let l = span_loc(self.file, span);
        Diag { file: self.display.to_string(), line: l.line as usize, col: l.col as usize, msg }
    }

    fn fail(&mut self, d: Diag) {
        if self.error.is_none() {
            self.error = Some(d);
        }
    }

    fn find(&self, p: &syn::Path) -> Option<Rc<MacroDef>> {
        let name = macro_name(p)?;
        if p.segments.len() == 1 {
            if let Some(d) = self.scope.iter().rev().find(|d| d.name == name) {
                return Some(d.clone());
            }
        }
        self.exported.iter().rev().find(|d| d.name == name).cloned()
    }

    fn define(&mut self, m: &syn::ItemMacro) {
        let name = m.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
        let rules = DefParser { cx: self }.rules(&m.mac, &name);
        match rules {
            Ok(rules) => {
                let exported = has_attr(&m.attrs, "macro_export");
                let d = Rc::new(MacroDef { name, rules, exported });
                if d.exported {
                    self.exported.push(d.clone());
                }
                self.scope.push(d);
            }
            Err(e) => self.fail(e),
        }
    }

    /// Transcribes the first rule of `def` that matches `mac`.
    fn transcribe(&self, def: &MacroDef, mac: &syn::Macro) -> DResult<TokenStream> {
        let span = mac.path.segments.last().map(|s| s.ident.span()).unwrap_or_else(|| mac.path.span());
        if self.depth >= RECURSION_LIMIT {
            return Err(self.diag(
                span,
                format!("recursion limit reached while expanding `{}!` (more than {} nested expansions)", def.name, RECURSION_LIMIT),
            ));
        }
        let toks: Vec<TokenTree> = mac.tokens.clone().into_iter().collect();
        for r in &def.rules {
            let mut b = Bindings::new();
            if match_seq(&r.matcher, &toks, &mut b) == Some(toks.len()) {
                let mut out = vec![];
                let serial = self.serial.get() + 1;
                self.serial.set(serial);
                let renames = hygiene_renames(&r.body, serial);
                let call = mac.path.segments.first().map(|s| s.ident.span()).unwrap_or(span);
                Transcriber { cx: self, b: &b, renames, call }.run(&r.body, &mut vec![], &mut out)?;
                return Ok(out.into_iter().collect());
            }
        }
        Err(self.diag(span, format!("no rule of macro `{}!` matches this invocation", def.name)))
    }

    fn parse<T>(&self, def: &MacroDef, ts: TokenStream, pos: Pos, at: Span, p: impl FnOnce(ParseStream) -> syn::Result<T>) -> DResult<T> {
        p.parse2(ts).map_err(|e| {
            let what = match pos {
                Pos::Items => "items",
                Pos::ImplItems => "impl items",
                Pos::TraitItems => "trait items",
                Pos::Stmts => "statements",
                Pos::Expr => "an expression",
                Pos::Ty => "a type",
                Pos::Pat => "a pattern",
            };
            // "unexpected end of input" is reported at the call site: locate it at the invocation.
            let es = e.span().start();
            let span = if es.line == 0 || es == Span::call_site().start() { at } else { e.span() };
            self.diag(span, format!("the expansion of `{}!` does not parse as {}: {}", def.name, what, e))
        })
    }

    fn expand_to<T>(&mut self, def: &MacroDef, mac: &syn::Macro, pos: Pos, p: impl FnOnce(ParseStream) -> syn::Result<T>) -> Option<T> {
        let r = self.transcribe(def, mac).and_then(|ts| self.parse(def, ts, pos, mac.path.span(), p));
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(e);
                None
            }
        }
    }

    /// Runs `f` one expansion deeper.
    fn deeper(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    /// A module's (or block's) items: definitions, invocations, nested modules.
    fn items(&mut self, items: &mut Vec<syn::Item>) {
        let mut out = Vec::with_capacity(items.len());
        for it in std::mem::take(items) {
            self.item(it, &mut out);
            if self.error.is_some() {
                break;
            }
        }
        *items = out;
    }

    fn item(&mut self, mut it: syn::Item, out: &mut Vec<syn::Item>) {
        if !super::cfg_enabled(super::item_attrs(&it)) {
            out.push(it);
            return;
        }
        match &mut it {
            syn::Item::Macro(m) if is_macro_rules(m) => self.define(m),
            syn::Item::Macro(m) if m.ident.is_none() => {
                if let Some(def) = self.find(&m.mac.path) {
                    let parsed = self.expand_to(&def, &m.mac, Pos::Items, |input| {
                        let mut v = vec![];
                        while !input.is_empty() {
                            v.push(input.parse::<syn::Item>()?);
                        }
                        Ok(v)
                    });
                    if let Some(new) = parsed {
                        self.deeper(|x| {
                            for i in new {
                                x.item(i, out);
                            }
                        });
                    }
                } else {
                    out.push(it);
                }
            }
            syn::Item::Mod(md) => {
                match &mut md.content {
                    Some((_, sub)) => {
                        let saved = self.scope.len();
                        self.items(sub);
                        if !has_attr(&md.attrs, "macro_use") {
                            self.scope.truncate(saved);
                        }
                    }
                    None => {
                        let lc = md.ident.span().start();
                        self.mod_scopes.push(((lc.line, lc.column), self.scope.clone()));
                    }
                }
                out.push(it);
            }
            _ => {
                self.visit_item_mut(&mut it);
                out.push(it);
            }
        }
    }

    fn stmts(&mut self, stmts: &mut Vec<syn::Stmt>) {
        let n = stmts.len();
        let mut out = Vec::with_capacity(n);
        for (i, st) in std::mem::take(stmts).into_iter().enumerate() {
            self.stmt(st, i + 1 == n, &mut out);
            if self.error.is_some() {
                break;
            }
        }
        *stmts = out;
    }

    fn stmt(&mut self, mut st: syn::Stmt, last: bool, out: &mut Vec<syn::Stmt>) {
        let user = match &st {
            syn::Stmt::Macro(sm) => self.find(&sm.mac.path),
            _ => None,
        };
        let mut keep = false;
        match (&mut st, user) {
            (syn::Stmt::Item(syn::Item::Macro(m)), _) if is_macro_rules(m) && super::cfg_enabled(&m.attrs) => self.define(m),
            (syn::Stmt::Item(it @ syn::Item::Macro(_)), _) => {
                let mut items = vec![];
                self.item(it.clone(), &mut items);
                out.extend(items.into_iter().map(syn::Stmt::Item));
            }
            (syn::Stmt::Macro(sm), Some(def)) => {
                let semi = sm.semi_token;
                if let Some(mut new) = self.expand_to(&def, &sm.mac, Pos::Stmts, syn::Block::parse_within) {
                    if !last || semi.is_some() {
                        if let Some(syn::Stmt::Expr(_, s @ None)) = new.last_mut() {
                            *s = Some(semi.unwrap_or_default());
                        }
                        if let Some(syn::Stmt::Macro(m)) = new.last_mut() {
                            if m.semi_token.is_none() {
                                m.semi_token = Some(semi.unwrap_or_default());
                            }
                        }
                    }
                    self.deeper(|x| {
                        let k = new.len();
                        for (i, s) in new.into_iter().enumerate() {
                            x.stmt(s, last && i + 1 == k, out);
                        }
                    });
                }
            }
            (syn::Stmt::Macro(sm), None) => {
                self.builtin(&mut sm.mac);
                keep = true;
            }
            (s, _) => {
                self.visit_stmt_mut(s);
                keep = true;
            }
        }
        if keep {
            out.push(st);
        }
    }

    /// A built-in macro's arguments: user macros in them are expanded as expressions.
    /// Arguments that parse as comma-separated expressions are expanded on their syntax tree
    /// (so blocks in them get statement-position expansion and scoping); others (`vec![x; n]`,
    /// `matches!(e, pat)`) token by token.
    fn builtin(&mut self, mac: &mut syn::Macro) {
        let list = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        if let Ok(mut args) = list.parse2(mac.tokens.clone()) {
            let mut changed = false;
            for e in args.iter_mut() {
                let before = e.to_token_stream().to_string();
                self.visit_expr_mut(e);
                if self.error.is_some() {
                    return;
                }
                changed |= e.to_token_stream().to_string() != before;
            }
            if changed {
                mac.tokens = args.to_token_stream();
            }
            return;
        }
        if let Some(ts) = self.tokens(&mac.tokens) {
            mac.tokens = ts;
        }
    }

    /// Expands user macro invocations in a token stream; `None` when there is none.
    fn tokens(&mut self, ts: &TokenStream) -> Option<TokenStream> {
        let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
        let mut out: Vec<TokenTree> = vec![];
        let mut changed = false;
        let mut i = 0;
        while i < toks.len() {
            // `name ! (..)` or `crate :: name ! (..)`
            let path_len = match (&toks[i], toks.get(i + 1), toks.get(i + 2)) {
                (TokenTree::Ident(_), Some(TokenTree::Punct(p)), Some(TokenTree::Group(_))) if p.as_char() == '!' => 1,
                (TokenTree::Ident(c), Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if (c == "crate" || c == "self") && a.as_char() == ':' && b.as_char() == ':' =>
                {
                    match (toks.get(i + 3), toks.get(i + 4), toks.get(i + 5)) {
                        (Some(TokenTree::Ident(_)), Some(TokenTree::Punct(p)), Some(TokenTree::Group(_))) if p.as_char() == '!' => 4,
                        _ => 0,
                    }
                }
                _ => 0,
            };
            if path_len > 0 {
                let path_ts: TokenStream = toks[i..i + path_len].iter().cloned().collect();
                if let Ok(path) = syn::parse2::<syn::Path>(path_ts) {
                    if let Some(def) = self.find(&path) {
                        let g = match &toks[i + path_len + 1] {
                            TokenTree::Group(g) => g.clone(),
                            _ => Group::new(Delimiter::Parenthesis, TokenStream::new()),
                        };
                        let mac = syn::Macro {
                            path,
                            bang_token: Default::default(),
                            delimiter: match g.delimiter() {
                                Delimiter::Brace => syn::MacroDelimiter::Brace(Default::default()),
                                Delimiter::Bracket => syn::MacroDelimiter::Bracket(Default::default()),
                                _ => syn::MacroDelimiter::Paren(Default::default()),
                            },
                            tokens: g.stream(),
                        };
                        let mut e = self.expand_to(&def, &mac, Pos::Expr, expr_parser)?;
                        self.deeper(|x| x.visit_expr_mut(&mut e));
                        if self.error.is_some() {
                            return None;
                        }
                        let after = i + path_len + 2;
                        let whole_arg = (i == 0 || is_punct(out.last(), ',')) && (after == toks.len() || is_punct(toks.get(after), ','));
                        let ets = e.to_token_stream();
                        if whole_arg {
                            out.extend(ets);
                        } else {
                            let mut pg = Group::new(Delimiter::Parenthesis, ets);
                            pg.set_span(toks[i].span());
                            out.push(TokenTree::Group(pg));
                        }
                        changed = true;
                        i = after;
                        continue;
                    }
                }
            }
            match &toks[i] {
                TokenTree::Group(g) => {
                    if let Some(inner) = self.tokens(&g.stream()) {
                        let mut ng = Group::new(g.delimiter(), inner);
                        ng.set_span(g.span());
                        out.push(TokenTree::Group(ng));
                        changed = true;
                    } else {
                        out.push(toks[i].clone());
                    }
                }
                t => out.push(t.clone()),
            }
            if self.error.is_some() {
                return None;
            }
            i += 1;
        }
        if changed {
            Some(out.into_iter().collect())
        } else {
            None
        }
    }
}

fn expr_parser(input: ParseStream) -> syn::Result<syn::Expr> {
    let e: syn::Expr = input.parse()?;
    // rustc accepts (with a lint) a trailing `;` in expression position.
    if input.peek(syn::Token![;]) {
        input.parse::<syn::Token![;]>()?;
    }
    Ok(e)
}

impl VisitMut for Expander<'_> {
    fn visit_file_mut(&mut self, f: &mut syn::File) {
        self.items(&mut f.items);
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        let saved = self.scope.len();
        self.stmts(&mut b.stmts);
        self.scope.truncate(saved);
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        let mut out = Vec::with_capacity(i.items.len());
        for it in std::mem::take(&mut i.items) {
            self.impl_item(it, &mut out);
        }
        i.items = out;
        syn::visit_mut::visit_type_mut(self, &mut i.self_ty);
    }

    fn visit_item_trait_mut(&mut self, t: &mut syn::ItemTrait) {
        let mut out = Vec::with_capacity(t.items.len());
        for it in std::mem::take(&mut t.items) {
            self.trait_item(it, &mut out);
        }
        t.items = out;
    }

    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if self.error.is_some() {
            return;
        }
        if let syn::Expr::Macro(m) = e {
            match self.find(&m.mac.path) {
                Some(def) => {
                    if let Some(new) = self.expand_to(&def, &m.mac, Pos::Expr, expr_parser) {
                        *e = new;
                        self.deeper(|x| x.visit_expr_mut(e));
                    }
                }
                None => self.builtin(&mut m.mac),
            }
            return;
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        if self.error.is_some() {
            return;
        }
        if let syn::Type::Macro(m) = t {
            if let Some(def) = self.find(&m.mac.path) {
                if let Some(new) = self.expand_to(&def, &m.mac, Pos::Ty, |i| i.parse::<syn::Type>()) {
                    *t = new;
                    self.deeper(|x| x.visit_type_mut(t));
                }
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, t);
    }

    fn visit_pat_mut(&mut self, p: &mut syn::Pat) {
        if self.error.is_some() {
            return;
        }
        if let syn::Pat::Macro(m) = p {
            if let Some(def) = self.find(&m.mac.path) {
                if let Some(new) = self.expand_to(&def, &m.mac, Pos::Pat, syn::Pat::parse_multi_with_leading_vert) {
                    *p = new;
                    self.deeper(|x| x.visit_pat_mut(p));
                }
                return;
            }
        }
        syn::visit_mut::visit_pat_mut(self, p);
    }

    fn visit_item_mod_mut(&mut self, md: &mut syn::ItemMod) {
        if let Some((_, sub)) = &mut md.content {
            let saved = self.scope.len();
            self.items(sub);
            self.scope.truncate(saved);
        }
    }
}

impl Expander<'_> {
    fn impl_item(&mut self, mut it: syn::ImplItem, out: &mut Vec<syn::ImplItem>) {
        if self.error.is_some() {
            return;
        }
        if let syn::ImplItem::Macro(m) = &it {
            if super::cfg_enabled(&m.attrs) {
                if let Some(def) = self.find(&m.mac.path) {
                    let parsed = self.expand_to(&def, &m.mac, Pos::ImplItems, |input| {
                        let mut v = vec![];
                        while !input.is_empty() {
                            v.push(input.parse::<syn::ImplItem>()?);
                        }
                        Ok(v)
                    });
                    if let Some(new) = parsed {
                        self.deeper(|x| {
                            for i in new {
                                x.impl_item(i, out);
                            }
                        });
                    }
                    return;
                }
            }
        }
        self.visit_impl_item_mut(&mut it);
        out.push(it);
    }

    fn trait_item(&mut self, mut it: syn::TraitItem, out: &mut Vec<syn::TraitItem>) {
        if self.error.is_some() {
            return;
        }
        if let syn::TraitItem::Macro(m) = &it {
            if let Some(def) = self.find(&m.mac.path) {
                let parsed = self.expand_to(&def, &m.mac, Pos::TraitItems, |input| {
                    let mut v = vec![];
                    while !input.is_empty() {
                        v.push(input.parse::<syn::TraitItem>()?);
                    }
                    Ok(v)
                });
                if let Some(new) = parsed {
                    self.deeper(|x| {
                        for i in new {
                            x.trait_item(i, out);
                        }
                    });
                }
                return;
            }
        }
        self.visit_trait_item_mut(&mut it);
        out.push(it);
    }
}

// ---------------------------------------------------------------------------------------
// Invisible groups

/// Removes the invisible groups of transcribed `expr`/`ty` fragments from the tree (the tree
/// keeps their precedence) and from built-in macros' token streams (a group that is a whole
/// argument is spliced; any other becomes parentheses).
struct Ungroup;

fn ungroup_tokens(ts: &TokenStream) -> Option<TokenStream> {
    let toks: Vec<TokenTree> = ts.clone().into_iter().collect();
    if !toks.iter().any(|t| matches!(t, TokenTree::Group(_))) {
        return None;
    }
    let mut changed = false;
    let mut out: Vec<TokenTree> = vec![];
    for (i, t) in toks.iter().enumerate() {
        match t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                let inner = ungroup_tokens(&g.stream()).unwrap_or_else(|| g.stream());
                let whole_arg = (i == 0 || is_punct(out.last(), ',')) && (i + 1 == toks.len() || is_punct(toks.get(i + 1), ','));
                let single = inner.clone().into_iter().count() == 1;
                if whole_arg || single {
                    out.extend(inner);
                } else {
                    let mut pg = Group::new(Delimiter::Parenthesis, inner);
                    pg.set_span(g.span());
                    out.push(TokenTree::Group(pg));
                }
                changed = true;
            }
            TokenTree::Group(g) => match ungroup_tokens(&g.stream()) {
                Some(inner) => {
                    let mut ng = Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                    changed = true;
                }
                None => out.push(t.clone()),
            },
            _ => out.push(t.clone()),
        }
    }
    if changed {
        Some(out.into_iter().collect())
    } else {
        None
    }
}

impl VisitMut for Ungroup {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        while let syn::Expr::Group(g) = e {
            let inner = std::mem::replace(&mut *g.expr, syn::Expr::Verbatim(TokenStream::new()));
            *e = inner;
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        while let syn::Type::Group(g) = t {
            let inner = std::mem::replace(&mut *g.elem, syn::Type::Verbatim(TokenStream::new()));
            *t = inner;
        }
        syn::visit_mut::visit_type_mut(self, t);
    }
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        if let Some(ts) = ungroup_tokens(&m.tokens) {
            m.tokens = ts;
        }
    }
}

/// The result of expanding one file.
pub struct Expanded {
    /// The macros visible at each out-of-line `mod x;` of the file, by the line and
    /// (0-based) column of its name.
    pub mod_scopes: Vec<((usize, usize), Scope)>,
}

/// Expands the user macros of `file` (parsed from `display`, file id `id`); `scope` holds the
/// macros visible where the file's module is declared, `exported` the crate's
/// `#[macro_export]` macros so far (extended with this file's).
pub fn expand(file: &mut syn::File, display: &str, id: u32, scope: Scope, exported: &mut Scope) -> DResult<Expanded> {
    let mut x = Expander { display, file: id, scope, exported, mod_scopes: vec![], depth: 0, serial: Default::default(), error: None };
    x.visit_file_mut(file);
    if let Some(d) = x.error {
        return Err(d);
    }
    let mod_scopes = std::mem::take(&mut x.mod_scopes);
    Ungroup.visit_file_mut(file);
    Ok(Expanded { mod_scopes })
}

/// Does the source use `macro_rules!` at all, or could it invoke an exported macro?
pub fn needed(text: &str, scope: &Scope, exported: &Scope) -> bool {
    text.contains("macro_rules") || !scope.is_empty() || !exported.is_empty()
}
