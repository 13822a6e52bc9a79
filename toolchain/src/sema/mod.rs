//! Semantic analysis, stage 2: types, impls, method resolution and type inference.
//!
//! Invariants:
//! - Generic items are checked per instantiation, as templates: a body is checked with all
//!   generic parameters replaced by concrete types, so every type in its tables is concrete.
//! - Inference is unification within one body; an expression whose type cannot be decided
//!   where rustc would also need it (a method call receiver) asks for an annotation.
//! - This stage knows nothing about flow graphs or low-level layout.

pub mod check;
pub mod closures;
pub mod fmtstr;
pub mod items;
pub mod ty;
