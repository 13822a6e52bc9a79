//! The text `assert!(cond)` panics with: rustc prints the condition with its own pretty
//! printer, not as written: `x<y` becomes `x < y`, `f(x) [0]` becomes `f(x)[0]`, and a
//! condition longer than the 78-column margin is broken after operators and commas, with
//! the indentation of its nested boxes. This is that printer (Oppen's algorithm, as in
//! rustc_ast_pretty) fed with the boxes rustc opens for the common expression forms: every
//! expression an inconsistent box indented by 4, call arguments a box of their own. Any other
//! form gives `None`, and the caller falls back to the source text.

use quote::ToTokens;

const MARGIN: isize = 78;
const MIN_SPACE: isize = 60;
const INDENT: isize = 4;

enum Tok {
    Begin { offset: isize, consistent: bool },
    End,
    Break { blank: isize, offset: isize },
    Str(String),
}

pub fn expr(e: &syn::Expr) -> Option<String> {
    let mut p = Printer { toks: vec![] };
    p.expr(e)?;
    Some(p.layout())
}

struct Printer {
    toks: Vec<Tok>,
}

impl Printer {
    fn word(&mut self, s: impl Into<String>) {
        self.toks.push(Tok::Str(s.into()));
    }
    fn space(&mut self) {
        self.toks.push(Tok::Break { blank: 1, offset: 0 });
    }
    fn ibox(&mut self, offset: isize) {
        self.toks.push(Tok::Begin { offset, consistent: false });
    }
    fn end(&mut self) {
        self.toks.push(Tok::End);
    }

    fn expr(&mut self, e: &syn::Expr) -> Option<()> {
        use syn::Expr as X;
        self.ibox(INDENT);
        match e {
            X::Lit(l) => self.word(l.lit.to_token_stream().to_string()),
            X::Path(p) if p.qself.is_none() => self.word(path(&p.path)?),
            X::Paren(p) => {
                self.word("(");
                self.expr(&p.expr)?;
                self.word(")");
            }
            X::Group(g) => self.expr(&g.expr)?,
            X::Binary(b) => {
                self.expr(&b.left)?;
                self.space();
                self.word(b.op.to_token_stream().to_string());
                self.space();
                self.expr(&b.right)?;
            }
            X::Unary(u) => {
                self.word(match u.op {
                    syn::UnOp::Not(_) => "!",
                    syn::UnOp::Neg(_) => "-",
                    syn::UnOp::Deref(_) => "*",
                    _ => return None,
                });
                self.expr(&u.expr)?;
            }
            X::Reference(r) => {
                self.word(if r.mutability.is_some() { "&mut " } else { "&" });
                self.expr(&r.expr)?;
            }
            X::Field(f) => {
                self.expr(&f.base)?;
                self.word(".");
                self.word(match &f.member {
                    syn::Member::Named(i) => i.to_string(),
                    syn::Member::Unnamed(i) => i.index.to_string(),
                });
            }
            X::Index(i) => {
                self.expr(&i.expr)?;
                self.word("[");
                self.expr(&i.index)?;
                self.word("]");
            }
            X::Call(c) => {
                self.expr(&c.func)?;
                self.call_args(c.args.iter())?;
            }
            X::MethodCall(m) => {
                self.expr(&m.receiver)?;
                self.word(".");
                let tf = match &m.turbofish {
                    Some(t) => format!("::<{}>", generic_args(t.args.iter())?),
                    None => String::new(),
                };
                self.word(format!("{}{}", m.method, tf));
                self.call_args(m.args.iter())?;
            }
            X::Cast(c) => {
                self.expr(&c.expr)?;
                self.space();
                self.word("as");
                self.space();
                self.word(ty(&c.ty)?);
            }
            X::Try(t) => {
                self.expr(&t.expr)?;
                self.word("?");
            }
            X::Tuple(t) => {
                self.word("(");
                self.comma_list(t.elems.iter())?;
                if t.elems.len() == 1 {
                    self.word(",");
                }
                self.word(")");
            }
            X::Array(a) => {
                self.ibox(INDENT);
                self.word("[");
                self.comma_list(a.elems.iter())?;
                self.word("]");
                self.end();
            }
            X::Range(r) => {
                if let Some(s) = &r.start {
                    self.expr(s)?;
                }
                self.word(match r.limits {
                    syn::RangeLimits::HalfOpen(_) => "..",
                    syn::RangeLimits::Closed(_) => "..=",
                });
                if let Some(t) = &r.end {
                    self.expr(t)?;
                }
            }
            X::Macro(m) => {
                // A macro call's arguments are printed from its tokens; comma-separated
                // expressions come out as they would outside it (kept on one line here).
                let args = m.mac.parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated).ok()?;
                let mut parts = vec![];
                for a in args.iter() {
                    parts.push(flat(a)?);
                }
                let (open, close) = match m.mac.delimiter {
                    syn::MacroDelimiter::Paren(_) => ("(", ")"),
                    syn::MacroDelimiter::Bracket(_) => ("[", "]"),
                    syn::MacroDelimiter::Brace(_) => ("{", "}"),
                };
                self.word(format!("{}!{}{}{}", path(&m.mac.path)?, open, parts.join(", "), close));
            }
            _ => return None,
        }
        self.end();
        Some(())
    }

    fn call_args<'a>(&mut self, args: impl Iterator<Item = &'a syn::Expr>) -> Option<()> {
        self.word("(");
        self.comma_list(args)?;
        self.word(")");
        Some(())
    }

    /// rustc's `commasep`: a box with offset 0, a break after each comma.
    fn comma_list<'a>(&mut self, items: impl Iterator<Item = &'a syn::Expr>) -> Option<()> {
        let items: Vec<&syn::Expr> = items.collect();
        self.ibox(0);
        for (i, e) in items.iter().enumerate() {
            self.expr(e)?;
            if i + 1 < items.len() {
                self.word(",");
                self.space();
            }
        }
        self.end();
        Some(())
    }

    /// Oppen's algorithm with complete lookahead: a group's size is its length on one line, a
    /// break's the length up to the next break of its group or the group's end.
    fn layout(&self) -> String {
        let n = self.toks.len();
        let mut size = vec![0isize; n];
        let mut total = 0isize;
        let mut pos = vec![0isize; n];
        for (i, t) in self.toks.iter().enumerate() {
            pos[i] = total;
            match t {
                Tok::Str(s) => total += s.len() as isize,
                Tok::Break { blank, .. } => total += *blank,
                _ => {}
            }
        }
        // As rustc's scan stack: a break's size runs to the next break of its group; the last
        // break of a group, and the group itself, run to the next break after the group's end
        // (the text after a group has to fit on its line too), or to the end of the text.
        let mut frames_u: Vec<(Vec<usize>, usize)> = vec![(vec![], usize::MAX)];
        for (i, t) in self.toks.iter().enumerate() {
            match t {
                Tok::Begin { .. } => frames_u.push((vec![], i)),
                Tok::End => {
                    if frames_u.len() > 1 {
                        let (mut un, b) = frames_u.pop().unwrap();
                        un.push(b);
                        frames_u.last_mut().unwrap().0.extend(un);
                    }
                }
                Tok::Break { .. } => {
                    let top = frames_u.last_mut().unwrap();
                    for &u in &top.0 {
                        size[u] = pos[i] - pos[u];
                    }
                    top.0 = vec![i];
                }
                Tok::Str(s) => size[i] = s.len() as isize,
            }
        }
        for (un, b) in frames_u {
            for u in un {
                size[u] = total - pos[u];
            }
            if b != usize::MAX {
                size[b] = total - pos[b];
            }
        }
        let mut out = String::new();
        let mut space = MARGIN;
        let mut indent = 0isize;
        let mut pending = 0isize;
        // Frames: None fits; Some((saved indent, consistent)) broken.
        let mut frames: Vec<Option<(isize, bool)>> = vec![];
        for (i, t) in self.toks.iter().enumerate() {
            match t {
                Tok::Begin { offset, consistent } => {
                    if size[i] > space {
                        frames.push(Some((indent, *consistent)));
                        indent += offset;
                    } else {
                        frames.push(None);
                    }
                }
                Tok::End => {
                    if let Some(Some((saved, _))) = frames.pop() {
                        indent = saved;
                    }
                }
                Tok::Break { blank, offset } => {
                    let fits = match frames.last() {
                        Some(None) => true,
                        Some(Some((_, true))) => false,
                        Some(Some((_, false))) | None => size[i] <= space,
                    };
                    if fits {
                        pending += blank;
                        space -= blank;
                    } else {
                        out.push('\n');
                        pending = indent + offset;
                        space = (MARGIN - pending).max(MIN_SPACE);
                    }
                }
                Tok::Str(s) => {
                    for _ in 0..pending {
                        out.push(' ');
                    }
                    pending = 0;
                    out.push_str(s);
                    space -= s.len() as isize;
                }
            }
        }
        out
    }
}

/// An expression on one line (macro arguments).
fn flat(e: &syn::Expr) -> Option<String> {
    let mut p = Printer { toks: vec![] };
    p.expr(e)?;
    let mut s = String::new();
    for t in &p.toks {
        match t {
            Tok::Str(x) => s.push_str(x),
            Tok::Break { blank, .. } => s.push_str(&" ".repeat(*blank as usize)),
            _ => {}
        }
    }
    Some(s)
}

fn path(p: &syn::Path) -> Option<String> {
    let mut out = String::new();
    if p.leading_colon.is_some() {
        out.push_str("::");
    }
    for (i, seg) in p.segments.iter().enumerate() {
        if i > 0 {
            out.push_str("::");
        }
        out.push_str(&seg.ident.to_string());
        match &seg.arguments {
            syn::PathArguments::None => {}
            syn::PathArguments::AngleBracketed(a) => {
                out.push_str(if a.colon2_token.is_some() { "::<" } else { "<" });
                out.push_str(&generic_args(a.args.iter())?);
                out.push('>');
            }
            syn::PathArguments::Parenthesized(_) => return None,
        }
    }
    Some(out)
}

fn generic_args<'a>(it: impl Iterator<Item = &'a syn::GenericArgument>) -> Option<String> {
    let v: Option<Vec<String>> = it
        .map(|a| match a {
            syn::GenericArgument::Type(t) => ty(t),
            _ => None,
        })
        .collect();
    Some(v?.join(", "))
}

fn ty(t: &syn::Type) -> Option<String> {
    Some(match t {
        syn::Type::Path(p) if p.qself.is_none() => path(&p.path)?,
        syn::Type::Reference(r) => format!("&{}{}", if r.mutability.is_some() { "mut " } else { "" }, ty(&r.elem)?),
        syn::Type::Slice(s) => format!("[{}]", ty(&s.elem)?),
        syn::Type::Tuple(t) => {
            let v: Option<Vec<String>> = t.elems.iter().map(ty).collect();
            format!("({})", v?.join(", "))
        }
        _ => return None,
    })
}
