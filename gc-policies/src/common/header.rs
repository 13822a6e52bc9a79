//! The common header word: `type id << 8 | flags`. Every policy uses one such word just
//! before the object body; the flags a policy does not use stay zero.

use crate::types::TypeId;

/// The object was copied; its first body word holds the new address. In mark-compact,
/// during compaction: the header holds `new start address | FORWARDED`.
pub const FORWARDED: u64 = 1;
pub const MARKED: u64 = 2;
/// Old object that must be remembered when a young pointer is stored into it.
pub const TRACK_YOUNG: u64 = 4;
/// Large array with card words in front of the header word.
pub const HAS_CARDS: u64 = 8;
/// Some card is set and the array is in the card list.
pub const CARDS_SET: u64 = 16;
/// A gap left by dead objects during compaction; the type-id field holds its size.
pub const GAP: u64 = 32;
/// A free cell of a size-class page.
pub const FREE_CELL: u64 = 64;

pub const FLAG_BITS: u64 = 0xff;
pub const TID_SHIFT: u32 = 8;

pub fn make(tid: TypeId, flags: u64) -> u64 {
    ((tid as u64) << TID_SHIFT) | flags
}

pub fn tid(h: u64) -> TypeId {
    (h >> TID_SHIFT) as TypeId
}

pub fn has(h: u64, flag: u64) -> bool {
    h & flag != 0
}
