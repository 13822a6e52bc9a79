//! The Unicode Character Database for the built-in `unicodedata` module
//! (unicodedata_mod.rs): every code point's category, bidirectional
//! class, combining class, east-asian width and mirroring, the
//! decompositions, the numeric values, and the four normalization forms
//! over them, for all of Unicode 14.0.0.  The table `lib/unicodedata.bin`
//! is generated from CPython 3.11's unicodedata by
//! `tools/gen_unicodedata.py`, which documents its layout.
//!
//! Invariants: the name lists below are the generator's, index for index;
//! every section is sorted by code point, so lookups are binary searches;
//! Hangul syllables are decomposed and composed algorithmically.

pub static CATS: [&str; 30] = [
    "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf",
    "Po", "Sm", "Sc", "Sk", "So",
];
pub static BIDI: [&str; 24] = [
    "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
];
pub static EAW: [&str; 6] = ["N", "Na", "A", "W", "H", "F"];
pub static TAGS: [&str; 17] = [
    "", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>",
    "<small>", "<square>", "<fraction>", "<compat>",
];

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = 588;
const S_COUNT: u32 = 11172;

fn table() -> &'static [u8] {
    include_bytes!("../lib/unicodedata.bin")
}

fn u32_at(t: &[u8], p: usize) -> u32 {
    (t[p] as u32) | ((t[p + 1] as u32) << 8) | ((t[p + 2] as u32) << 16) | ((t[p + 3] as u32) << 24)
}

/// Byte offsets of the sections: (runs, decompositions, pool, numeric).
fn sections() -> (usize, usize, usize, usize) {
    let t = table();
    let runs = 4;
    let dec = runs + 8 * u32_at(t, 0) as usize + 4;
    let pool = dec + 8 * u32_at(t, dec - 4) as usize + 4;
    let num = pool + 4 * u32_at(t, pool - 4) as usize + 4;
    (runs, dec, pool, num)
}

/// Index of the last record (of `size` bytes, from `base`, `n` of them)
/// whose code point is <= v, or None.
fn search(t: &[u8], base: usize, n: usize, size: usize, v: u32) -> Option<usize> {
    if n == 0 || u32_at(t, base) > v {
        return None;
    }
    let mut lo = 0;
    let mut hi = n;
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if u32_at(t, base + mid * size) <= v {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}

/// (category, bidirectional, combining, east_asian_width, mirrored) indices.
pub fn props(c: char) -> (usize, usize, u8, usize, bool) {
    let t = table();
    let (runs, _, _, _) = sections();
    let n = u32_at(t, 0) as usize;
    let k = search(t, runs, n, 8, c as u32).unwrap_or(0);
    let p = runs + 8 * k;
    (t[p + 4] as usize, t[p + 5] as usize, t[p + 6], (t[p + 7] & 7) as usize, t[p + 7] & 8 != 0)
}

pub fn combining(c: char) -> u8 {
    props(c).2
}

/// The decomposition of `c`: (tag index, primary composite?, code points).
pub fn decomposition(c: char) -> Option<(usize, bool, Vec<u32>)> {
    let t = table();
    let (_, dec, pool, _) = sections();
    let n = u32_at(t, dec - 4) as usize;
    let k = search(t, dec, n, 8, c as u32)?;
    let p = dec + 8 * k;
    if u32_at(t, p) != c as u32 {
        return None;
    }
    let tag = t[p + 4];
    let len = t[p + 5] as usize;
    let off = (t[p + 6] as usize) | ((t[p + 7] as usize) << 8);
    let mut out = Vec::new();
    for i in 0..len {
        out.push(u32_at(t, pool + 4 * (off + i)));
    }
    Some(((tag & 0x7f) as usize, tag & 0x80 != 0, out))
}

/// (decimal, digit, numerator, denominator) of `c`, if numeric.
pub fn numeric(c: char) -> Option<(i64, i64, i64, i64)> {
    let t = table();
    let (_, _, _, num) = sections();
    let n = u32_at(t, num - 4) as usize;
    let k = search(t, num, n, 16, c as u32)?;
    let p = num + 16 * k;
    if u32_at(t, p) != c as u32 {
        return None;
    }
    let dec = t[p + 4] as i8 as i64;
    let dig = t[p + 5] as i8 as i64;
    let den = (t[p + 6] as i64) | ((t[p + 7] as i64) << 8);
    let mut numer: u64 = 0;
    for i in 0..8 {
        numer |= (t[p + 8 + i] as u64) << (8 * i);
    }
    Some((dec, dig, numer as i64, den))
}

fn push_decomposed(out: &mut Vec<char>, c: char, compat: bool) {
    let v = c as u32;
    if v >= S_BASE && v < S_BASE + S_COUNT {
        let s = v - S_BASE;
        out.push(char_of(L_BASE + s / N_COUNT));
        out.push(char_of(V_BASE + (s % N_COUNT) / T_COUNT));
        if s % T_COUNT != 0 {
            out.push(char_of(T_BASE + s % T_COUNT));
        }
        return;
    }
    if let Some((tag, _, codes)) = decomposition(c) {
        if tag == 0 || compat {
            for x in codes.iter() {
                push_decomposed(out, char_of(*x), compat);
            }
            return;
        }
    }
    out.push(c);
}

fn char_of(v: u32) -> char {
    match crate::lexer::char_from_code(v) {
        Some(c) => c,
        None => '\u{fffd}',
    }
}

/// NFD (or NFKD with `compat`): full decomposition, then the canonical
/// ordering of each run of non-starters by combining class.
pub fn decompose(s: &[char], compat: bool) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in s.iter() {
        push_decomposed(&mut out, *c, compat);
    }
    // stable insertion sort of non-starter runs
    let mut i = 1;
    while i < out.len() {
        let cc = combining(out[i]);
        if cc != 0 {
            let mut j = i;
            while j > 0 {
                let prev = combining(out[j - 1]);
                if prev <= cc || prev == 0 {
                    break;
                }
                out.swap(j, j - 1);
                j -= 1;
            }
        }
        i += 1;
    }
    out
}

/// The primary composite of `a` + `b`, if any.
fn compose_pair(a: char, b: char) -> Option<char> {
    let (x, y) = (a as u32, b as u32);
    if x >= L_BASE && x < L_BASE + L_COUNT && y >= V_BASE && y < V_BASE + V_COUNT {
        return Some(char_of(S_BASE + ((x - L_BASE) * V_COUNT + (y - V_BASE)) * T_COUNT));
    }
    if x >= S_BASE && x < S_BASE + S_COUNT && (x - S_BASE) % T_COUNT == 0 && y > T_BASE && y < T_BASE + T_COUNT {
        return Some(char_of(x + (y - T_BASE)));
    }
    let t = table();
    let (_, _, _, num) = sections();
    let comp = num + 16 * u32_at(t, num - 4) as usize + 4;
    let n = u32_at(t, comp - 4) as usize;
    let mut lo = 0;
    let mut hi = n;
    while lo < hi {
        let mid = (lo + hi) / 2;
        let p = comp + 12 * mid;
        let (f, g) = (u32_at(t, p), u32_at(t, p + 4));
        if f == x && g == y {
            return Some(char_of(u32_at(t, p + 8)));
        }
        if f < x || (f == x && g < y) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

/// NFC (or NFKC): decomposition, then canonical composition.
pub fn compose(s: &[char], compat: bool) -> Vec<char> {
    let d = decompose(s, compat);
    let mut out: Vec<char> = Vec::new();
    let mut starter: Option<usize> = None;
    let mut last_cc: i32 = -1;
    for c in d.iter() {
        let cc = combining(*c) as i32;
        if let Some(si) = starter {
            // blocked when a char in between has cc 0 or >= this cc
            let adjacent = si + 1 == out.len();
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(comp) = compose_pair(out[si], *c) {
                    out[si] = comp;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last_cc = -1;
        } else {
            last_cc = cc;
        }
        out.push(*c);
    }
    out
}
