// covers: roman numerals both ways with a const [(u32, &str); 13] table and canonical-form check, run-length encode/decode with digit counts, base64 encode/decode over chunks(3)/chunks(4) with padding and Result errors, byte-string constant &[u8; 64], blanket extension trait over I: Iterator<Item = u8>, {:02x} formatting, String::from_utf8
const ROMAN: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for &(v, sym) in ROMAN.iter() {
        while n >= v {
            s += sym;
            n -= v;
        }
    }
    s
}

fn roman_value(c: char) -> Option<u32> {
    Some(match c {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50,
        'C' => 100, 'D' => 500, 'M' => 1000,
        _ => return None,
    })
}

fn from_roman(s: &str) -> Result<u32, String> {
    let mut total = 0u32;
    let vals: Vec<u32> = {
        let mut v = Vec::new();
        for c in s.chars() {
            v.push(roman_value(c).ok_or(format!("bad numeral {:?}", c))?);
        }
        v
    };
    for i in 0..vals.len() {
        if i + 1 < vals.len() && vals[i] < vals[i + 1] {
            total -= vals[i];
        } else {
            total += vals[i];
        }
        total = total.wrapping_add(0);
    }
    // the subtractions above may underflow temporarily in u32; recompute safely
    let mut t: i64 = 0;
    for i in 0..vals.len() {
        let v = vals[i] as i64;
        if i + 1 < vals.len() && vals[i] < vals[i + 1] { t -= v; } else { t += v; }
    }
    if to_roman(t as u32) != s {
        return Err(format!("non-canonical {} (reads as {})", s, t));
    }
    let _ = total;
    Ok(t as u32)
}

fn rle_encode(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] { j += 1; }
        let run = j - i;
        if run > 1 { out.push_str(&run.to_string()); }
        out.push(chars[i]);
        i = j;
    }
    out
}

fn rle_decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d as usize;
        } else {
            let n = if count == 0 { 1 } else { count };
            for _ in 0..n { out.push(c); }
            count = 0;
        }
    }
    out
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity((data.len() + 2) / 3 * 4);
    for chunk in data.chunks(3) {
        let b0 = chunk[0] as u32;
        let b1 = if chunk.len() > 1 { chunk[1] as u32 } else { 0 };
        let b2 = if chunk.len() > 2 { chunk[2] as u32 } else { 0 };
        let triple = (b0 << 16) | (b1 << 8) | b2;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((triple >> (18 - 6 * k)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_val(c: u8) -> Result<u32, String> {
    match c {
        b'A'..=b'Z' => Ok((c - b'A') as u32),
        b'a'..=b'z' => Ok((c - b'a' + 26) as u32),
        b'0'..=b'9' => Ok((c - b'0' + 52) as u32),
        b'+' => Ok(62),
        b'/' => Ok(63),
        _ => Err(format!("invalid byte 0x{:02x}", c)),
    }
}

fn b64_decode(s: &str) -> Result<Vec<u8>, String> {
    let bytes = s.as_bytes();
    if bytes.len() % 4 != 0 { return Err(format!("length {} not a multiple of 4", bytes.len())); }
    let mut out = Vec::new();
    for quad in bytes.chunks(4) {
        let pad = quad.iter().rev().copied().take_while_eq(b'=');
        let mut acc = 0u32;
        for k in 0..4 {
            let v = if k < 4 - pad { b64_val(quad[k])? } else { 0 };
            acc = (acc << 6) | v;
        }
        let got = [(acc >> 16) as u8, (acc >> 8) as u8, acc as u8];
        out.extend_from_slice(&got[..3 - pad]);
    }
    Ok(out)
}

trait TakeWhileEq { fn take_while_eq(self, b: u8) -> usize; }
impl<I: Iterator<Item = u8>> TakeWhileEq for I {
    fn take_while_eq(self, b: u8) -> usize {
        let mut n = 0;
        for x in self { if x == b { n += 1; } else { break; } }
        n
    }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{:>4} = {:<12} back {:?}", n, r, from_roman(&r));
    }
    for bad in ["IIII", "MCMZ", "IC", ""] {
        println!("{:?} -> {:?}", bad, from_roman(bad));
    }
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccccccccd", ""] {
        let e = rle_encode(s);
        println!("{:?} -> {:?} ok={}", e, rle_decode(&e).len(), rle_decode(&e) == s);
    }
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."] {
        let e = b64_encode(s.as_bytes());
        let d = b64_decode(&e).unwrap();
        println!("{:<30} {:<40} {}", format!("{:?}", s), e, String::from_utf8(d).unwrap() == s);
    }
    println!("{:?}", b64_decode("aGk*"));
    println!("{:?}", b64_decode("abc"));
    println!("{:?}", b64_decode("AAEC/w=="));
}
