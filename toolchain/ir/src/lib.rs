//! Pyrite flow graphs: the backend-neutral program representation.
//!
//! Invariants:
//! - A `Module` is fully monomorphic and uses only low-level types (`LType`): integers of a
//!   fixed width, `f64`, `bool`, pointers, structs, unions, arrays and function pointers.
//!   Word size is already decided: a graph for a 32-bit target has 32-bit `usize` values.
//! - A function body is a graph of blocks (nodes) and links (edges). A variable is local to
//!   its block: values cross blocks only as link arguments bound to block parameters.
//! - Memory is explicit: locals whose address matters live in stack slots, heap objects come
//!   from `Malloc`, and every read or write is a `Load` or `Store`.
//! - The graphs know nothing about C, the JVM or any other backend.
//! - `verify` accepts every graph the toolchain hands to a backend.

pub mod dump;
pub mod gc;
pub mod graph;
pub mod types;
pub mod verify;

pub use gc::GcInfo;
pub use graph::*;
pub use petgraph;
pub use types::*;

/// Maps a name to `[A-Za-z0-9_]`, collapsing runs of other characters to one `_`, and
/// truncates it to 60 characters: a symbol every backend accepts. The id prefix callers
/// add keeps the results unique.
pub fn sanitize(name: &str) -> String {
    let mut s = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            s.push(ch);
        } else if !s.ends_with('_') {
            s.push('_');
        }
    }
    let mut s = s.trim_matches('_').to_string();
    s.truncate(60);
    s
}
