//! What the GC transform hands to a backend: the type table and the root slots.
//!
//! Invariants:
//! - A module with `gc: None` allocates without a collector (`--gc=none`); its graphs have
//!   no root slots.
//! - With `gc: Some(info)`, every `Malloc`/`Realloc` element type and every root slot's type
//!   has a type id in `info.types`. Objects are `count` elements of their type; a type id
//!   says nothing about the count, which the object's header holds.
//! - Between two operations that may collect, a GC reference lives either in a root slot or
//!   nowhere: the transform has reloaded every reference that is used after such an
//!   operation from its root slot. A backend needs no liveness knowledge of its own.
//! - Enum structs (`{ tag, payload }`) carry their variants' tags in `enum_tags`, so a
//!   collector traces only the variant a value holds.

use crate::types::*;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct GcInfo {
    /// The policy's registry name (`semispace`, `markcompact`, ...).
    pub policy: String,
    /// Every store of references (`Store`, `MemCopy`) is followed by the card-marking
    /// barrier on the bytes it wrote.
    pub card_barrier: bool,
    /// Type id -> element type.
    pub types: Vec<LType>,
    ids: HashMap<LType, u32>,
    /// Enum struct -> the tag value of payload member `k`, for each `k`.
    pub enum_tags: HashMap<StructId, Vec<u32>>,
}

impl GcInfo {
    pub fn new(policy: &str, enum_tags: HashMap<StructId, Vec<u32>>) -> GcInfo {
        GcInfo { policy: policy.to_string(), card_barrier: false, types: Vec::new(), ids: HashMap::new(), enum_tags }
    }
    /// The type id of `t`, interned on first use.
    pub fn intern(&mut self, t: &LType) -> u32 {
        if let Some(&k) = self.ids.get(t) {
            return k;
        }
        let k = self.types.len() as u32;
        self.types.push(t.clone());
        self.ids.insert(t.clone(), k);
        k
    }
    pub fn tid(&self, t: &LType) -> u32 {
        *self.ids.get(t).unwrap_or_else(|| panic!("GC: type {} has no type id", t))
    }
}

/// Whether values of type `t` hold pointers a collector must see. Function pointers and
/// pointers into static data are never heap references, but a pointer type cannot tell
/// heap from stack or static targets, so every data pointer counts.
pub fn holds_refs(m: &[StructDef], t: &LType) -> bool {
    match t {
        LType::Ptr(_) => true,
        LType::Struct(id) => m[id.0 as usize].fields.iter().any(|(_, f)| holds_refs(m, f)),
        LType::Array(e, n) => *n > 0 && holds_refs(m, e),
        LType::Unit | LType::Bool | LType::Int { .. } | LType::F32 | LType::F64 | LType::FnPtr(_) => false,
    }
}
