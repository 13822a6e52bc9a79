//! Pyrite's garbage-collector layer.
//!
//! The collectors are ordinary code in the Pyrite dialect. Untranslated, they run over
//! [`arena::Arena`], a checked model of memory that turns every bad access into a
//! [`arena::MemError`] instead of corrupting anything. Translated, the arena operations
//! become plain loads, stores and `memmove`s, and [`arena::Addr`] becomes a machine word.
//!
//! - [`types`]: the per-type tables the translator generates.
//! - [`api`]: the interface every policy implements ([`api::Gc`]).
//! - [`common`]: parts shared by policies (roots, id table, size-class space, marking).
//! - [`policies`]: one folder per policy and the registry.

pub mod api;
pub mod arena;
pub mod common;
pub mod policies;
pub mod types;
pub mod workload;
