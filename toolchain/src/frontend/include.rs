//! Front end: `include_str!("path")` and `include_bytes!("path")` in expressions, expanded to
//! a string literal and a byte-string literal (`&'static [u8; N]`, as rustc types it).
//!
//! Invariants:
//! - The path is resolved like rustc does: relative to the directory of the source file
//!   that contains the invocation (absolute paths are taken as they are).
//! - Expansion happens once per file, right after parsing and before anything else looks
//!   at the syntax tree, so no later stage ever sees an `include_str!`/`include_bytes!`
//!   expression.
//! - A missing or unreadable file, or an argument that is not one string literal, is a
//!   located error at the macro; the translator never panics on it.
//! - Invocations nested inside other macros' token streams (`println!("{}", include_str!(..))`)
//!   are not expanded; the macro that holds them reports them as unsupported.

use crate::diag::{span_loc, DResult, Diag};
use std::path::Path;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;

struct Expander<'a> {
    dir: &'a Path,
    display: &'a str,
    file: u32,
    error: Option<Diag>,
}

impl Expander<'_> {
    fn diag(&self, span: proc_macro2::Span, msg: String) -> Diag {
        let l = span_loc(self.file, span);
        Diag { file: self.display.to_string(), line: l.line as usize, col: l.col as usize, msg }
    }

    /// `bytes`: `include_bytes!` (a byte-string literal) rather than `include_str!`.
    fn expand(&self, mac: &syn::ExprMacro, bytes: bool) -> DResult<syn::Expr> {
        let name = if bytes { "include_bytes" } else { "include_str" };
        let lit: syn::LitStr = mac
            .mac
            .parse_body()
            .map_err(|_| self.diag(mac.span(), format!("unsupported `{}!` argument: expected one string literal", name)))?;
        let rel = lit.value();
        let path = self.dir.join(&rel);
        let unreadable = |e: std::io::Error| self.diag(mac.span(), format!("couldn't read `{}`: {}", path.display(), e));
        let out = if bytes {
            let data = std::fs::read(&path).map_err(unreadable)?;
            syn::Lit::ByteStr(syn::LitByteStr::new(&data, lit.span()))
        } else {
            let text = std::fs::read_to_string(&path).map_err(unreadable)?;
            syn::Lit::Str(syn::LitStr::new(&text, lit.span()))
        };
        Ok(syn::Expr::Lit(syn::ExprLit { attrs: vec![], lit: out }))
    }
}

impl VisitMut for Expander<'_> {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if self.error.is_some() {
            return;
        }
        if let syn::Expr::Macro(m) = e {
            let bytes = m.mac.path.is_ident("include_bytes");
            if bytes || m.mac.path.is_ident("include_str") {
                match self.expand(m, bytes) {
                    Ok(new) => *e = new,
                    Err(d) => self.error = Some(d),
                }
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
}

/// Expands every `include_str!` and `include_bytes!` expression of `file` (parsed from `display`, file id `id`),
/// reading paths relative to `dir`.
pub fn expand_include_str(file: &mut syn::File, dir: &Path, display: &str, id: u32) -> DResult<()> {
    let mut x = Expander { dir, display, file: id, error: None };
    x.visit_file_mut(file);
    match x.error {
        Some(d) => Err(d),
        None => Ok(()),
    }
}
