//! Diagnostics: every user-facing error carries a location `file:line:col`.
//! Invariant: the toolchain never panics on bad input; every stage returns `Result<_, Diag>`.

use proc_macro2::Span;
use std::fmt;

#[derive(Debug, Clone)]
pub struct Diag {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub msg: String,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.is_empty() {
            write!(f, "{}", self.msg)
        } else {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.msg)
        }
    }
}

pub type DResult<T> = Result<T, Diag>;

/// A source location as rustc reports it: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Loc {
    pub file: u32,
    pub line: u32,
    pub col: u32,
}

pub fn span_loc(file: u32, s: Span) -> Loc {
    if let Some(o) = origin(s) {
        return Loc { file, line: o.line, col: o.col };
    }
    let lc = s.start();
    Loc { file, line: lc.line as u32, col: lc.column as u32 + 1 }
}

/// Where a panic at `s` is reported: as `span_loc`, but a token transcribed from a
/// `macro_rules!` body reports the outermost invocation, as rustc does.
pub fn panic_loc(file: u32, s: Span) -> Loc {
    if let Some(o) = origin(s) {
        return Loc { file, line: o.call_line, col: o.call_col };
    }
    span_loc(file, s)
}

/// Tokens transcribed from a `macro_rules!` body get fresh spans (each expansion its own),
/// recorded here with the location of the body token (for errors) and of the outermost
/// invocation in user code (for panics). The spans come from parsing throwaway text, so
/// their own line and column mean nothing; `span_loc` and `panic_loc` look them up.
#[derive(Clone, Copy, Debug)]
struct Origin {
    line: u32,
    col: u32,
    call_line: u32,
    call_col: u32,
}

static ORIGINS: std::sync::Mutex<Option<std::collections::HashMap<u32, Origin>>> = std::sync::Mutex::new(None);
static ANY_ORIGIN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    static FRESH: std::cell::RefCell<Vec<Span>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The start offset of a span in proc-macro2's source map (its `Debug` form is
/// `bytes(lo..hi)` with span locations on).
fn span_lo(s: Span) -> Option<u32> {
    let d = format!("{:?}", s);
    let rest = d.strip_prefix("bytes(")?;
    rest.split("..").next()?.parse().ok()
}

fn origin(s: Span) -> Option<Origin> {
    if !ANY_ORIGIN.load(std::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    let lo = span_lo(s)?;
    ORIGINS.lock().ok()?.as_ref()?.get(&lo).copied()
}

/// Was `s` made by `remap`?
pub fn is_remapped(s: Span) -> bool {
    origin(s).is_some()
}

/// A fresh span standing for the token at `orig`, transcribed by a macro invoked at `call`.
pub fn remap(orig: Span, call: Span) -> Span {
    let o = span_loc(0, orig);
    let c = panic_loc(0, call);
    let fresh = FRESH.with(|f| {
        let mut f = f.borrow_mut();
        if f.is_empty() {
            let text = "x ".repeat(4096);
            if let Ok(ts) = text.parse::<proc_macro2::TokenStream>() {
                f.extend(ts.into_iter().map(|t| t.span()));
                f.reverse();
            }
        }
        f.pop()
    });
    let fresh = match fresh {
        Some(s) => s,
        None => return orig,
    };
    let lo = match span_lo(fresh) {
        Some(lo) => lo,
        None => return orig,
    };
    if let Ok(mut m) = ORIGINS.lock() {
        m.get_or_insert_with(Default::default).insert(lo, Origin { line: o.line, col: o.col, call_line: c.line, call_col: c.col });
        ANY_ORIGIN.store(true, std::sync::atomic::Ordering::Relaxed);
        fresh
    } else {
        orig
    }
}

pub fn plain(msg: impl Into<String>) -> Diag {
    Diag { file: String::new(), line: 0, col: 0, msg: msg.into() }
}
