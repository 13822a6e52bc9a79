//! DEFLATE (RFC 1951) for the frozen `zlib` module: `inflate` decodes
//! stored, fixed-Huffman and dynamic-Huffman blocks; `deflate` writes one
//! fixed-Huffman block over a hash-chain LZ77 match finder (level 0:
//! stored blocks), a valid stream though not zlib's bytes; `adler32`.
//! Reached as `_pyrite.inflate/deflate/adler32` (stdlib_mod.rs); the zlib
//! and gzip headers, checksums and the stream objects are Python
//! (lib/zlib.py).
//!
//! Invariants: inflate is restartable only from the stream's start (the
//! Python objects re-run it over all the input they kept); `stop_at`
//! bounds the output, so a caller can ask where in the input a prefix of
//! the output ends.

static LEN_BASE: [u32; 29] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
static LEN_EXTRA: [u32; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
static DIST_BASE: [u32; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
static DIST_EXTRA: [u32; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
static CL_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    bit: u32,
}

/// A canonical Huffman code: how many codes of each length, and the
/// symbols in code order.
struct Huff {
    counts: Vec<u32>,
    symbols: Vec<u32>,
}

impl<'a> Bits<'a> {
    /// `n` bits, least significant first; None past the end.
    fn get(&mut self, n: u32) -> Option<u32> {
        let mut v: u32 = 0;
        for k in 0..n {
            if self.pos >= self.data.len() {
                return None;
            }
            let b = (self.data[self.pos] >> self.bit) & 1;
            v |= (b as u32) << k;
            self.bit += 1;
            if self.bit == 8 {
                self.bit = 0;
                self.pos += 1;
            }
        }
        Some(v)
    }

    fn decode(&mut self, h: &Huff) -> Result<Option<u32>, String> {
        let mut code: i64 = 0;
        let mut first: i64 = 0;
        let mut index: i64 = 0;
        for len in 1..16 {
            let b = match self.get(1) {
                Some(b) => b,
                None => return Ok(None),
            };
            code |= b as i64;
            let count = h.counts[len] as i64;
            if code - first < count {
                return Ok(Some(h.symbols[(index + code - first) as usize]));
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err("invalid code".to_string())
    }
}

fn build(lengths: &[u32]) -> Huff {
    let mut counts = vec![0u32; 16];
    for l in lengths.iter() {
        counts[*l as usize] += 1;
    }
    counts[0] = 0;
    let mut symbols = Vec::new();
    for len in 1..16 {
        for (s, l) in lengths.iter().enumerate() {
            if *l as usize == len {
                symbols.push(s as u32);
            }
        }
    }
    Huff { counts: counts, symbols: symbols }
}

/// Result of `inflate`: output, input bytes used, and 0 = stream ended,
/// 1 = the input ended first, 2 = stopped at `stop_at` bytes of output.
pub struct Inflated {
    pub out: Vec<u8>,
    pub used: usize,
    pub status: u8,
}

pub fn inflate(data: &[u8], stop_at: usize) -> Result<Inflated, String> {
    let mut b = Bits { data: data, pos: 0, bit: 0 };
    let mut out: Vec<u8> = Vec::new();
    loop {
        if out.len() >= stop_at {
            let used = b.pos + if b.bit > 0 { 1 } else { 0 };
            return Ok(Inflated { out: out, used: used, status: 2 });
        }
        let hdr = match b.get(3) {
            Some(h) => h,
            None => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
        };
        let last = hdr & 1 == 1;
        let kind = hdr >> 1;
        if kind == 0 {
            if b.bit > 0 {
                b.bit = 0;
                b.pos += 1;
            }
            if b.pos + 4 > data.len() {
                return Ok(Inflated { out: out, used: data.len(), status: 1 });
            }
            let len = (data[b.pos] as usize) | ((data[b.pos + 1] as usize) << 8);
            let nlen = (data[b.pos + 2] as usize) | ((data[b.pos + 3] as usize) << 8);
            if len != (!nlen & 0xffff) {
                return Err("invalid stored block lengths".to_string());
            }
            b.pos += 4;
            if b.pos + len > data.len() {
                return Ok(Inflated { out: out, used: data.len(), status: 1 });
            }
            out.extend_from_slice(&data[b.pos..b.pos + len]);
            b.pos += len;
        } else if kind == 1 || kind == 2 {
            let (lit, dist) = if kind == 1 {
                let mut l = vec![8u32; 288];
                for k in 144..256 {
                    l[k] = 9;
                }
                for k in 256..280 {
                    l[k] = 7;
                }
                (build(&l), build(&vec![5u32; 30]))
            } else {
                let (nlen, ndist, ncode) = match (b.get(5), b.get(5), b.get(4)) {
                    (Some(a), Some(c), Some(d)) => (a as usize + 257, c as usize + 1, d as usize + 4),
                    _ => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                };
                if nlen > 286 || ndist > 30 {
                    return Err("too many length or distance symbols".to_string());
                }
                let mut cl = vec![0u32; 19];
                for k in 0..ncode {
                    match b.get(3) {
                        Some(v) => cl[CL_ORDER[k]] = v,
                        None => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                    }
                }
                let clh = build(&cl);
                let mut lens: Vec<u32> = Vec::new();
                while lens.len() < nlen + ndist {
                    let sym = match b.decode(&clh) {
                        Ok(Some(s)) => s,
                        Ok(None) => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                        Err(_) => return Err("invalid code lengths set".to_string()),
                    };
                    if sym < 16 {
                        lens.push(sym);
                        continue;
                    }
                    let (rep, val) = if sym == 16 {
                        if lens.is_empty() {
                            return Err("invalid bit length repeat".to_string());
                        }
                        (3 + b.get(2).unwrap_or(0), lens[lens.len() - 1])
                    } else if sym == 17 {
                        (3 + b.get(3).unwrap_or(0), 0)
                    } else {
                        (11 + b.get(7).unwrap_or(0), 0)
                    };
                    for _ in 0..rep {
                        lens.push(val);
                    }
                    if lens.len() > nlen + ndist {
                        return Err("invalid bit length repeat".to_string());
                    }
                }
                (build(&lens[..nlen]), build(&lens[nlen..]))
            };
            loop {
                let sym = match b.decode(&lit) {
                    Ok(Some(s)) => s,
                    Ok(None) => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                    Err(_) => return Err("invalid literal/length code".to_string()),
                };
                if sym < 256 {
                    out.push(sym as u8);
                    continue;
                }
                if sym == 256 {
                    break;
                }
                let li = (sym - 257) as usize;
                if li >= 29 {
                    return Err("invalid literal/length code".to_string());
                }
                let len = match b.get(LEN_EXTRA[li]) {
                    Some(e) => (LEN_BASE[li] + e) as usize,
                    None => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                };
                let di = match b.decode(&dist) {
                    Ok(Some(s)) => s as usize,
                    Ok(None) => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                    Err(_) => return Err("invalid distance code".to_string()),
                };
                if di >= 30 {
                    return Err("invalid distance code".to_string());
                }
                let d = match b.get(DIST_EXTRA[di]) {
                    Some(e) => (DIST_BASE[di] + e) as usize,
                    None => return Ok(Inflated { out: out, used: data.len(), status: 1 }),
                };
                if d > out.len() {
                    return Err("invalid distance too far back".to_string());
                }
                let start = out.len() - d;
                for k in 0..len {
                    let c = out[start + k];
                    out.push(c);
                }
            }
        } else {
            return Err("invalid block type".to_string());
        }
        if last {
            let used = b.pos + if b.bit > 0 { 1 } else { 0 };
            return Ok(Inflated { out: out, used: used, status: 0 });
        }
    }
}

struct BitOut {
    out: Vec<u8>,
    acc: u32,
    n: u32,
}

impl BitOut {
    fn put(&mut self, v: u32, bits: u32) {
        for k in 0..bits {
            self.acc |= ((v >> k) & 1) << self.n;
            self.n += 1;
            if self.n == 8 {
                self.out.push(self.acc as u8);
                self.acc = 0;
                self.n = 0;
            }
        }
    }

    /// A Huffman code, most significant bit first.
    fn code(&mut self, v: u32, bits: u32) {
        for k in 0..bits {
            self.put((v >> (bits - 1 - k)) & 1, 1);
        }
    }

    fn flush(&mut self) {
        if self.n > 0 {
            self.out.push(self.acc as u8);
            self.acc = 0;
            self.n = 0;
        }
    }
}

fn put_lit(w: &mut BitOut, v: u32) {
    if v < 144 {
        w.code(0x30 + v, 8);
    } else if v < 256 {
        w.code(0x190 + v - 144, 9);
    } else if v < 280 {
        w.code(v - 256, 7);
    } else {
        w.code(0xc0 + v - 280, 8);
    }
}

fn put_match(w: &mut BitOut, len: usize, dist: usize) {
    let mut li = 28;
    while LEN_BASE[li] as usize > len {
        li -= 1;
    }
    put_lit(w, 257 + li as u32);
    w.put(len as u32 - LEN_BASE[li], LEN_EXTRA[li]);
    let mut di = 29;
    while DIST_BASE[di] as usize > dist {
        di -= 1;
    }
    w.code(di as u32, 5);
    w.put(dist as u32 - DIST_BASE[di], DIST_EXTRA[di]);
}

/// Raw DEFLATE data for `data` (level 0: stored; else fixed Huffman,
/// searching longer hash chains at higher levels).
pub fn deflate(data: &[u8], level: i64) -> Vec<u8> {
    let mut w = BitOut { out: Vec::new(), acc: 0, n: 0 };
    if level == 0 {
        let mut i = 0;
        loop {
            let n = if data.len() - i > 65535 { 65535 } else { data.len() - i };
            let last = i + n == data.len();
            w.put(if last { 1 } else { 0 }, 3);
            w.flush();
            w.out.push((n & 255) as u8);
            w.out.push((n >> 8) as u8);
            w.out.push((!n & 255) as u8);
            w.out.push(((!n >> 8) & 255) as u8);
            w.out.extend_from_slice(&data[i..i + n]);
            i += n;
            if last {
                return w.out;
            }
        }
    }
    let chain = if level >= 8 { 256 } else if level >= 4 { 32 } else { 8 };
    w.put(1, 1);
    w.put(1, 2);
    let mut head = vec![-1i64; 1 << 15];
    let mut prev = vec![-1i64; data.len()];
    let n = data.len();
    let mut i = 0;
    while i < n {
        let mut best_len = 0;
        let mut best_dist = 0;
        if i + 3 <= n {
            let h = (((data[i] as usize) << 10) ^ ((data[i + 1] as usize) << 5) ^ (data[i + 2] as usize)) & 0x7fff;
            let mut cand = head[h];
            let mut steps = 0;
            while cand >= 0 && steps < chain {
                let c = cand as usize;
                if i - c > 32768 {
                    break;
                }
                let mut l = 0;
                while l < 258 && i + l < n && data[c + l] == data[i + l] {
                    l += 1;
                }
                if l > best_len {
                    best_len = l;
                    best_dist = i - c;
                    if l == 258 {
                        break;
                    }
                }
                cand = prev[c];
                steps += 1;
            }
            prev[i] = head[h];
            head[h] = i as i64;
        }
        if best_len >= 3 {
            put_match(&mut w, best_len, best_dist);
            // index the positions the match covers
            for k in i + 1..i + best_len {
                if k + 3 <= n {
                    let h = (((data[k] as usize) << 10) ^ ((data[k + 1] as usize) << 5) ^ (data[k + 2] as usize)) & 0x7fff;
                    prev[k] = head[h];
                    head[h] = k as i64;
                }
            }
            i += best_len;
        } else {
            put_lit(&mut w, data[i] as u32);
            i += 1;
        }
    }
    put_lit(&mut w, 256);
    w.flush();
    w.out
}

pub fn adler32(data: &[u8], start: u32) -> u32 {
    let mut a = start & 0xffff;
    let mut b = start >> 16;
    for c in data.iter() {
        a = (a + *c as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}
