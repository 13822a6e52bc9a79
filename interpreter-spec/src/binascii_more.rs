//! More of `binascii` (binascii_mod.rs has the rest): crc_hqx, the
//! quoted-printable pair b2a_qp/a2b_qp, the uuencode pair b2a_uu/a2b_uu,
//! and a2b_base64's strict mode, with CPython 3.11's results.
//!
//! Invariants: pure functions over byte vectors; Err carries the
//! binascii.Error message.

pub fn crc_hqx(data: &[u8], start: u32) -> u32 {
    let mut crc = start & 0xffff;
    for b in data.iter() {
        crc ^= (*b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { ((crc << 1) ^ 0x1021) & 0xffff } else { (crc << 1) & 0xffff };
        }
    }
    crc
}

fn hex_up(v: u8) -> u8 {
    let d = "0123456789ABCDEF".as_bytes();
    d[v as usize]
}

/// Quoted-printable encoding (lines of at most 76 characters).
pub fn b2a_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    let mut col = 0;
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        if istext && (c == 10 || (c == 13 && i + 1 < n && data[i + 1] == 10)) {
            if c == 13 {
                out.push(13);
                i += 1;
            }
            out.push(10);
            col = 0;
            i += 1;
            continue;
        }
        let at_end = i + 1 == n || (istext && (data[i + 1] == 10 || (data[i + 1] == 13 && i + 2 < n && data[i + 2] == 10)));
        let ws = c == 32 || c == 9;
        let encode = c == 61
            || c > 126
            || (c < 32 && !ws && !(c == 13 && !istext) && !(c == 10 && !istext))
            || (c == 46 && col == 0 && at_end)
            || (ws && (at_end || quotetabs))
            || (header && c == 95)
            || (!istext && (c == 10 || c == 13));
        let width = if encode { 3 } else { 1 };
        if col + width > 75 && !(i + 1 == n && col + width <= 76) {
            out.push(61);
            out.push(10);
            col = 0;
        }
        if encode {
            out.push(61);
            out.push(hex_up(c >> 4));
            out.push(hex_up(c & 15));
        } else if header && c == 32 {
            out.push(95);
        } else {
            out.push(c);
        }
        col += width;
        i += 1;
    }
    out
}

fn hex_digit(c: u8) -> Option<u8> {
    if c >= 48 && c <= 57 {
        return Some(c - 48);
    }
    if c >= 65 && c <= 70 {
        return Some(c - 55);
    }
    if c >= 97 && c <= 102 {
        return Some(c - 87);
    }
    None
}

pub fn a2b_qp(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == 61 {
            if i + 1 >= n {
                break;
            }
            if data[i + 1] == 10 {
                i += 2;
                continue;
            }
            if data[i + 1] == 13 && i + 2 < n && data[i + 2] == 10 {
                i += 3;
                continue;
            }
            if i + 2 < n {
                if let (Some(a), Some(b)) = (hex_digit(data[i + 1]), hex_digit(data[i + 2])) {
                    out.push(a * 16 + b);
                    i += 3;
                    continue;
                }
            }
            out.push(61);
            i += 1;
            continue;
        }
        out.push(if header && c == 95 { 32 } else { c });
        i += 1;
    }
    out
}

fn uu_char(v: u32, backtick: bool) -> u8 {
    if v == 0 && backtick {
        96
    } else {
        (v + 32) as u8
    }
}

pub fn b2a_uu(data: &[u8], backtick: bool) -> Result<Vec<u8>, String> {
    if data.len() > 45 {
        return Err("At most 45 bytes at once".to_string());
    }
    let mut out = vec![uu_char(data.len() as u32, backtick)];
    let mut i = 0;
    while i < data.len() {
        let b0 = data[i] as u32;
        let b1 = if i + 1 < data.len() { data[i + 1] as u32 } else { 0 };
        let b2 = if i + 2 < data.len() { data[i + 2] as u32 } else { 0 };
        let v = (b0 << 16) | (b1 << 8) | b2;
        for s in [18, 12, 6, 0] {
            out.push(uu_char((v >> s) & 63, backtick));
        }
        i += 3;
    }
    out.push(10);
    Ok(out)
}

pub fn a2b_uu(data: &[u8]) -> Result<Vec<u8>, String> {
    if data.is_empty() {
        return Ok(vec![0u8; 32]);
    }
    let len = ((data[0] as u32).wrapping_sub(32) & 63) as usize;
    let mut bits: Vec<u32> = Vec::new();
    let mut k = 1;
    while k < data.len() && data[k] != 10 && data[k] != 13 {
        let c = data[k] as u32;
        if c < 32 || c > 96 {
            return Err("Illegal char".to_string());
        }
        bits.push((c - 32) & 63);
        k += 1;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < len {
        let mut v: u32 = 0;
        for j in 0..4 {
            v = (v << 6) | if i + j < bits.len() { bits[i + j] } else { 0 };
        }
        for s in [16, 8, 0] {
            if out.len() < len {
                out.push(((v >> s) & 255) as u8);
            }
        }
        i += 4;
    }
    Ok(out)
}

/// The checks of `a2b_base64(strict_mode=True)`, before decoding.
pub fn base64_strict_check(data: &[u8]) -> Result<(), String> {
    if !data.is_empty() && data[0] == 61 {
        return Err("Leading padding not allowed".to_string());
    }
    let mut pads = 0;
    let mut count = 0;
    for c in data.iter() {
        if *c == 61 {
            pads += 1;
            continue;
        }
        let c = *c;
        let b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 43 || c == 47;
        if !b64 {
            return Err("Only base64 data is allowed".to_string());
        }
        if pads > 0 {
            if (count + pads) % 4 == 0 || pads >= 2 {
                return Err("Excess data after padding".to_string());
            }
            return Err("Discontinuous padding not allowed".to_string());
        }
        count += 1;
    }
    if pads > 0 && (count + pads) % 4 != 0 {
        if (count + pads) % 4 > 0 && pads > 2 {
            return Err("Excess data after padding".to_string());
        }
    }
    Ok(())
}
