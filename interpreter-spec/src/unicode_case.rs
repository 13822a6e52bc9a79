//! Case mapping and letter classes beyond ASCII (stage 4 runtime): Latin-1,
//! Latin Extended-A, Greek and Cyrillic, the scripts whose simple case
//! mappings are fixed offsets or alternating pairs.
//!
//! Invariants: `to_upper(to_lower(c))` round-trips for every cased letter
//! covered here; characters outside these blocks are returned unchanged
//! (and count as uncased).

fn from(v: u32) -> char {
    match crate::lexer::char_from_code(v) {
        Some(c) => c,
        None => ' ',
    }
}

/// Latin Extended-A (U+0100..U+017F): is `v` the lower half of a pair
/// whose upper half is `v - 1`?
fn ext_a_lower(v: u32) -> bool {
    if v < 0x100 || v > 0x17e || v == 0x130 || v == 0x131 || v == 0x138 || v == 0x149 {
        return false;
    }
    if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17e) {
        return v % 2 == 0;
    }
    v % 2 == 1
}

fn ext_a_upper(v: u32) -> bool {
    if v < 0x100 || v > 0x17e || v == 0x130 || v == 0x131 || v == 0x138 || v == 0x149 || v == 0x178 {
        return false;
    }
    !ext_a_lower(v)
}

pub fn is_lower(c: char) -> bool {
    let v = c as u32;
    (v >= 0x61 && v <= 0x7a)
        || v == 0xb5
        || (v >= 0xdf && v <= 0xff && v != 0xf7)
        || ext_a_lower(v)
        || v == 0x131
        || v == 0x138
        || v == 0x149
        || v == 0x17f
        || (v >= 0x3ac && v <= 0x3ce)
        || (v >= 0x430 && v <= 0x45f)
}

/// Letters: ASCII, Latin-1 and every non-ASCII character from U+0100 up
/// that is not punctuation-like (an approximation for other scripts).
pub fn is_alpha(c: char) -> bool {
    let v = c as u32;
    if v < 128 {
        return c.is_ascii_alphabetic();
    }
    if v < 0x100 {
        return v == 0xaa || v == 0xb5 || v == 0xba || (v >= 0xc0 && v != 0xd7 && v != 0xf7);
    }
    !(v >= 0x2000 && v <= 0x2bff) && !(v >= 0x3000 && v <= 0x303f) && !(v >= 0xff00 && v <= 0xff20)
}

pub fn to_upper(c: char) -> char {
    let v = c as u32;
    if v >= 0x61 && v <= 0x7a {
        return from(v - 32);
    }
    if v < 0xb5 {
        return c;
    }
    if v == 0xb5 {
        return from(0x39c);
    }
    if v == 0xff {
        return from(0x178);
    }
    if v >= 0xe0 && v <= 0xfe && v != 0xf7 {
        return from(v - 32);
    }
    if ext_a_lower(v) {
        return from(v - 1);
    }
    if v == 0x131 {
        return 'I';
    }
    if v == 0x17f {
        return 'S';
    }
    if v == 0x3ac {
        return from(0x386);
    }
    if v >= 0x3ad && v <= 0x3af {
        return from(v - 37);
    }
    if v == 0x3c2 {
        return from(0x3a3);
    }
    if v >= 0x3b1 && v <= 0x3cb {
        return from(v - 32);
    }
    if v == 0x3cc {
        return from(0x38c);
    }
    if v == 0x3cd || v == 0x3ce {
        return from(v - 63);
    }
    if v >= 0x430 && v <= 0x44f {
        return from(v - 32);
    }
    if v >= 0x450 && v <= 0x45f {
        return from(v - 80);
    }
    c
}

pub fn to_lower(c: char) -> char {
    let v = c as u32;
    if v >= 0x41 && v <= 0x5a {
        return from(v + 32);
    }
    if v < 0xc0 {
        return c;
    }
    if v <= 0xde && v != 0xd7 {
        return from(v + 32);
    }
    if ext_a_upper(v) {
        return from(v + 1);
    }
    if v == 0x130 {
        return 'i';
    }
    if v == 0x178 {
        return from(0xff);
    }
    if v == 0x386 {
        return from(0x3ac);
    }
    if v >= 0x388 && v <= 0x38a {
        return from(v + 37);
    }
    if v == 0x38c {
        return from(0x3cc);
    }
    if v == 0x38e || v == 0x38f {
        return from(v + 63);
    }
    if v >= 0x391 && v <= 0x3ab && v != 0x3a2 {
        return from(v + 32);
    }
    if v >= 0x410 && v <= 0x42f {
        return from(v + 32);
    }
    if v >= 0x400 && v <= 0x40f {
        return from(v + 80);
    }
    c
}

fn special_table() -> &'static [u8] {
    include_bytes!("../lib/special_casing.bin")
}

const SPECIAL_REC: usize = 18;

fn rec_u32(t: &[u8], at: usize) -> u32 {
    (t[at] as u32) | ((t[at + 1] as u32) << 8) | ((t[at + 2] as u32) << 16) | ((t[at + 3] as u32) << 24)
}

pub const CASE_UPPER: u8 = 0;
pub const CASE_LOWER: u8 = 1;
pub const CASE_TITLE: u8 = 2;
pub const CASE_FOLD: u8 = 3;

/// The case mapping of `c` of `kind` (CASE_*) where the simple one above
/// does not give it (every mapping from U+0180 on, full mappings below): `ß`.upper() "SS", `İ`.lower() "i̇", `ǆ`.title()
/// "ǅ", `ß`.casefold() "ss" (lib/special_casing.bin, written by
/// tools/gen_special_casing.py from CPython's answers).  Binary search.
pub fn special(c: char, kind: u8) -> Option<Vec<char>> {
    let v = c as u32;
    if v < 0xb5 {
        return None;
    }
    let t = special_table();
    let n = t.len() / SPECIAL_REC;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if rec_u32(t, mid * SPECIAL_REC) < v {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let mut k = lo;
    while k < n && rec_u32(t, k * SPECIAL_REC) == v {
        let at = k * SPECIAL_REC;
        if t[at + 4] == kind {
            let len = t[at + 5] as usize;
            let mut out = Vec::new();
            for j in 0..len {
                out.push(from(rec_u32(t, at + 6 + 4 * j)));
            }
            return Some(out);
        }
        k += 1;
    }
    None
}

/// Case-ignorable characters the Final_Sigma context skips (the common
/// ones: apostrophes, periods, colons, middle dot, combining marks).
fn case_ignorable(c: char) -> bool {
    let v = c as u32;
    c == '\'' || c == '.' || c == ':' || v == 0xb7 || v == 0x2019 || v == 0xad || (v >= 0x300 && v <= 0x36f)
}

fn cased(c: char) -> bool {
    let f = crate::unicode_db::flags(c);
    f & (crate::unicode_db::FLAG_UPPER | crate::unicode_db::FLAG_LOWER | crate::unicode_db::FLAG_TITLE) != 0
}

/// Is the Σ at `s[k]` word-final: a cased letter before it and none after
/// it (case-ignorable characters skipped), as CPython's lower() decides?
pub fn final_sigma(s: &Vec<char>, k: usize) -> bool {
    let mut j = k;
    let mut before = false;
    while j > 0 {
        j -= 1;
        if case_ignorable(s[j]) {
            continue;
        }
        before = cased(s[j]);
        break;
    }
    if !before {
        return false;
    }
    let mut j = k + 1;
    while j < s.len() {
        if case_ignorable(s[j]) {
            j += 1;
            continue;
        }
        return !cased(s[j]);
    }
    true
}
