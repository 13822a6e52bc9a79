//! Parts shared by several policies (MMTk would call some of them "policies" and the
//! folders under `policies/` "plans").

pub mod core;
pub mod freelist;
pub mod header;
pub mod ids;
pub mod mark;
pub mod roots;
