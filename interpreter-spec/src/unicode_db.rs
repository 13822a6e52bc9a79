//! Character properties for the `str` predicates, from a table generated
//! from CPython 3.11's own answers (Unicode 14.0): `lib/unicode.bin`,
//! written by `tools/gen_unicode.py`.
//!
//! Invariants: the table is sorted records of (u32 first code point, u16
//! flags), little-endian; a record covers every code point up to the next
//! record's start; the first record starts at U+0000. A lookup is a binary
//! search and allocates nothing.

pub const FLAG_ALPHA: u16 = 1;
pub const FLAG_DECIMAL: u16 = 2;
pub const FLAG_DIGIT: u16 = 4;
pub const FLAG_NUMERIC: u16 = 8;
pub const FLAG_SPACE: u16 = 16;
pub const FLAG_UPPER: u16 = 32;
pub const FLAG_LOWER: u16 = 64;
pub const FLAG_PRINTABLE: u16 = 128;
pub const FLAG_TITLE: u16 = 256;
pub const FLAG_ID_START: u16 = 512;
pub const FLAG_ID_CONTINUE: u16 = 1024;

fn table() -> &'static [u8] {
    include_bytes!("../lib/unicode.bin")
}

fn start_at(t: &[u8], k: usize) -> u32 {
    (t[k * 6] as u32) | ((t[k * 6 + 1] as u32) << 8) | ((t[k * 6 + 2] as u32) << 16) | ((t[k * 6 + 3] as u32) << 24)
}

fn flags_at(t: &[u8], k: usize) -> u16 {
    (t[k * 6 + 4] as u16) | ((t[k * 6 + 5] as u16) << 8)
}

/// The flags of `c`.
pub fn flags(c: char) -> u16 {
    let v = c as u32;
    let t = table();
    let n = t.len() / 6;
    let mut lo: usize = 0;
    let mut hi: usize = n;
    // Invariant: start_at(lo) <= v, and v < start_at(hi) when hi < n.
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if start_at(t, mid) <= v {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    flags_at(t, lo)
}

/// `c.isprintable()`.
pub fn printable(c: char) -> bool {
    flags(c) & FLAG_PRINTABLE != 0
}
