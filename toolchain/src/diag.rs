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
    let lc = s.start();
    Loc { file, line: lc.line as u32, col: lc.column as u32 + 1 }
}

pub fn plain(msg: impl Into<String>) -> Diag {
    Diag { file: String::new(), line: 0, col: 0, msg: msg.into() }
}
