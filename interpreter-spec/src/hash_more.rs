//! SHA-3 (Keccak-f[1600] sponge) and BLAKE2b for `hashlib` (hash_mod.rs
//! holds the MD-style hashes and the constants shared with them).
//!
//! Invariants: whole-message functions, like hash_mod.rs; BLAKE2b takes a
//! digest size of 1..=64 and a key of at most 64 bytes (checked by the
//! caller).

const BLAKE2_SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

fn keccak_f(a: &mut [u64; 25], rc: &[u64; 24]) {
    // rotation offsets, from their definition
    let mut rot = [0u32; 25];
    let mut x = 1;
    let mut y = 0;
    for t in 0..24 {
        rot[x + 5 * y] = (((t + 1) * (t + 2) / 2) % 64) as u32;
        let nx = y;
        let ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    for round in 0..24 {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(rot[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc[round];
    }
}

/// SHA3 with an `outlen`-byte digest (28, 32, 48 or 64).
pub fn sha3(data: &[u8], outlen: usize, rc: &[u64; 24]) -> Vec<u8> {
    let rate = 200 - 2 * outlen;
    let mut m = data.to_vec();
    m.push(0x06);
    while m.len() % rate != 0 {
        m.push(0);
    }
    let last = m.len() - 1;
    m[last] |= 0x80;
    let mut a = [0u64; 25];
    let mut off = 0;
    while off < m.len() {
        for i in 0..rate / 8 {
            let p = off + 8 * i;
            a[i] ^= u64::from_le_bytes([m[p], m[p + 1], m[p + 2], m[p + 3], m[p + 4], m[p + 5], m[p + 6], m[p + 7]]);
        }
        keccak_f(&mut a, rc);
        off += rate;
    }
    let mut out = Vec::new();
    for i in 0..(outlen + 7) / 8 {
        out.extend_from_slice(&a[i].to_le_bytes());
    }
    out.truncate(outlen);
    out
}

fn blake2b_compress(h: &mut [u64; 8], block: &[u8], t: u64, last: bool, iv: &[u64; 8]) {
    let mut m = [0u64; 16];
    for i in 0..16 {
        let p = 8 * i;
        m[i] = u64::from_le_bytes([block[p], block[p + 1], block[p + 2], block[p + 3], block[p + 4], block[p + 5], block[p + 6], block[p + 7]]);
    }
    let mut v = [0u64; 16];
    for i in 0..8 {
        v[i] = h[i];
        v[i + 8] = iv[i];
    }
    v[12] ^= t;
    if last {
        v[14] = !v[14];
    }
    let lanes: [[usize; 4]; 8] = [[0, 4, 8, 12], [1, 5, 9, 13], [2, 6, 10, 14], [3, 7, 11, 15], [0, 5, 10, 15], [1, 6, 11, 12], [2, 7, 8, 13], [3, 4, 9, 14]];
    for r in 0..12 {
        let s = BLAKE2_SIGMA[r % 10];
        for g in 0..8 {
            let (a, b, c, d) = (lanes[g][0], lanes[g][1], lanes[g][2], lanes[g][3]);
            let x = m[s[2 * g]];
            let y = m[s[2 * g + 1]];
            v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
            v[d] = (v[d] ^ v[a]).rotate_right(32);
            v[c] = v[c].wrapping_add(v[d]);
            v[b] = (v[b] ^ v[c]).rotate_right(24);
            v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
            v[d] = (v[d] ^ v[a]).rotate_right(16);
            v[c] = v[c].wrapping_add(v[d]);
            v[b] = (v[b] ^ v[c]).rotate_right(63);
        }
    }
    for i in 0..8 {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

/// BLAKE2b of `data` with an `nn`-byte digest and `key`.
pub fn blake2b(data: &[u8], nn: usize, key: &[u8], iv: &[u64; 8]) -> Vec<u8> {
    let mut h = *iv;
    h[0] ^= 0x01010000 ^ ((key.len() as u64) << 8) ^ (nn as u64);
    let mut m: Vec<u8> = Vec::new();
    if !key.is_empty() {
        m.extend_from_slice(key);
        m.resize(128, 0);
    }
    m.extend_from_slice(data);
    let total = m.len();
    if m.is_empty() || m.len() % 128 != 0 {
        let want = (m.len() / 128 + 1) * 128;
        m.resize(want, 0);
    }
    let blocks = m.len() / 128;
    for k in 0..blocks {
        let last = k + 1 == blocks;
        let t = if last { total as u64 } else { ((k + 1) * 128) as u64 };
        blake2b_compress(&mut h, &m[k * 128..(k + 1) * 128], t, last, iv);
    }
    let mut out = Vec::new();
    for x in h.iter() {
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(nn);
    out
}
