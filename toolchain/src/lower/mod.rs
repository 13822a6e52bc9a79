//! Lowering to low-level types. Invariant: knows the target's word size, nothing else.
pub mod layout;
