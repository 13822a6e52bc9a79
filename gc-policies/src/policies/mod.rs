//! The registry: policy name → constructor. Adding a policy is one folder
//! (`policies/<name>/mod.rs` with `pub struct Factory` + `README.md`) plus its `mod` line
//! and its row in `factories()` below.

use crate::api::{Constraints, Gc, GcConfig, GcError};
use crate::types::TypeTable;

pub mod generational;
pub mod markcompact;
pub mod marksweep;
pub mod none;
pub mod semispace;

/// What each policy folder exports as `Factory`.
pub trait PolicyFactory {
    fn constraints(&self) -> Constraints;
    fn create(&self, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError>;
}

pub fn factories() -> Vec<Box<dyn PolicyFactory>> {
    let mut v: Vec<Box<dyn PolicyFactory>> = Vec::new();
    v.push(Box::new(none::Factory));
    v.push(Box::new(marksweep::Factory));
    v.push(Box::new(semispace::Factory));
    v.push(Box::new(markcompact::Factory));
    v.push(Box::new(generational::Factory));
    v
}

pub fn names() -> Vec<&'static str> {
    let mut out = Vec::new();
    let fs = factories();
    for f in fs.iter() {
        out.push(f.constraints().name);
    }
    out
}

pub fn constraints(name: &str) -> Option<Constraints> {
    let fs = factories();
    for f in fs.iter() {
        if f.constraints().name == name {
            return Some(f.constraints());
        }
    }
    None
}

/// Create the policy called `name` (what `--gc=NAME` will select).
pub fn create(name: &str, types: &TypeTable, config: &GcConfig) -> Result<Box<dyn Gc>, GcError> {
    let fs = factories();
    for f in fs.iter() {
        if f.constraints().name == name {
            return f.create(types, config);
        }
    }
    Err(GcError::BadRequest(format!("unknown GC policy '{}' (known: {})", name, names().join(", "))))
}
