//! The Pyrite prelude: the parts of Rust's standard library the dialect offers, written in
//! the dialect itself over a few intrinsics.
//!
//! Invariants:
//! - Intrinsics are functions marked `#[intrinsic]`. Those named `pyr_*` are calls into the
//!   C runtime with the lowered signature; the others (`__*`) are expanded by the graph
//!   builder. Their bodies are never translated.
//! - Generic prelude code is checked per instantiation (as a template), so it may use
//!   operations that hold only for the concrete types it is instantiated with.

const CORE: &str = include_str!("core.rs");
const FMT: &str = include_str!("fmt.rs");
const VEC: &str = include_str!("vec.rs");
const STR: &str = include_str!("string.rs");
const ITER: &str = include_str!("iter.rs");
const NUM: &str = include_str!("num.rs");
const NUM_INT: &str = include_str!("num_int.rs");

pub fn source() -> String {
    let mut s = String::new();
    for part in [CORE, FMT, VEC, STR, ITER, NUM] {
        s.push_str(part);
        s.push('\n');
    }
    for (name, k) in crate::sema::ty::INT_KINDS {
        let unsigned = if k.signed() { "u".to_string() + &name[1..] } else { name.to_string() };
        let wide = if k.signed() { "i64" } else { "u64" };
        s.push_str(
            &NUM_INT
                .replace("$T", name)
                .replace("$U", &unsigned)
                .replace("$WIDE", wide)
                .replace("$SIGNED", if k.signed() { "true" } else { "false" }),
        );
        s.push('\n');
    }
    s
}
